// A small strict XML 1.0 parser for tests: throws on anything that is not well-formed (unclosed
// or crossed tags, unquoted or repeated attributes, bare `&` or `<`, unknown entities, characters
// XML forbids, text or a second element outside the root) and gives a tree to query.

/** An element. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** Element or text. */
export type XmlNode = XmlElement | string;

/** Not well-formed, with the offset where it was noticed. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
  }
}

const NAME = /[A-Za-z_:][-A-Za-z0-9._:\u00B7\u00C0-\uFFFF]*/y;
const SPACE = /[ \t\r\n]*/y;
const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9._:\u00B7\u00C0-\uFFFF]*)[ \t\r\n]*=[ \t\r\n]*("([^"<]*)"|'([^'<]*)')/y;
const TEXT = /[^<]+/y;
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(raw: string, offset: number): string {
  if (!raw.includes('&')) return raw;
  const rest = raw.replace(ENTITY, '');
  if (rest.includes('&'))
    throw new XmlError(`bare "&" or unknown entity in ${JSON.stringify(raw.slice(0, 40))}`, offset);
  return raw.replace(ENTITY, (_m, named: string | undefined, dec: string | undefined, hexa: string | undefined) => {
    if (named) return PREDEFINED[named]!;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hexa!, 16);
    if (
      !(
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff)
      )
    ) {
      throw new XmlError(`character reference to a forbidden character (${code})`, offset);
    }
    return String.fromCodePoint(code);
  });
}

/** Parse a document; throws `XmlError` when it is not well-formed. */
export function parseXml(text: string): XmlElement {
  const forbidden = FORBIDDEN_CHAR.exec(text);
  if (forbidden)
    throw new XmlError(
      `forbidden character U+${forbidden[0].charCodeAt(0).toString(16).padStart(4, '0')}`,
      forbidden.index,
    );
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m) pos = re.lastIndex;
    return m;
  };
  if (text.startsWith('<?xml', pos)) {
    const end = text.indexOf('?>', pos);
    if (end < 0) throw new XmlError('unterminated XML declaration', pos);
    pos = end + 2;
  }
  while (pos < text.length) {
    if (text.charCodeAt(pos) !== 60 /* < */) {
      const m = at(TEXT)!;
      // The raw character data may not hold "]]>" (its decoded value may: "]]&gt;").
      if (m[0].includes(']]>')) throw new XmlError('"]]>" in text', pos);
      const value = decode(m[0], pos);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(value);
      else if (value.trim() !== '') throw new XmlError('text outside the root element', pos);
      continue;
    }
    if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      if (end < 0) throw new XmlError('unterminated comment', pos);
      pos = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', pos)) {
      const parent = stack[stack.length - 1];
      if (!parent) throw new XmlError('CDATA outside the root element', pos);
      const end = text.indexOf(']]>', pos);
      if (end < 0) throw new XmlError('unterminated CDATA section', pos);
      parent.children.push(text.slice(pos + 9, end));
      pos = end + 3;
      continue;
    }
    if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos);
      if (end < 0) throw new XmlError('unterminated processing instruction', pos);
      pos = end + 2;
      continue;
    }
    if (text.startsWith('<!', pos))
      throw new XmlError('DOCTYPE or other declaration not expected in a package part', pos);
    if (text.startsWith('</', pos)) {
      const start = pos;
      pos += 2;
      const name = at(NAME)?.[0];
      at(SPACE);
      if (!name || text[pos] !== '>') throw new XmlError('malformed end tag', start);
      pos++;
      const open = stack.pop();
      if (!open) throw new XmlError(`end tag </${name}> without a start tag`, start);
      if (open.name !== name) throw new XmlError(`end tag </${name}> closes <${open.name}>`, start);
      continue;
    }
    const start = pos;
    pos++;
    const name = at(NAME)?.[0];
    if (!name) throw new XmlError('malformed start tag', start);
    const element: XmlElement = { name, attrs: {}, children: [] };
    for (;;) {
      const space = at(SPACE)![0];
      if (text[pos] === '>' || text.startsWith('/>', pos)) break;
      if (space === '') throw new XmlError(`expected white space before an attribute of <${name}>`, pos);
      const m = at(ATTRIBUTE);
      if (!m) throw new XmlError(`malformed attribute in <${name}>`, pos);
      const key = m[1]!;
      if (key in element.attrs) throw new XmlError(`attribute ${key} repeated in <${name}>`, pos);
      element.attrs[key] = decode(m[3] ?? m[4] ?? '', pos);
    }
    const selfClosing = text.startsWith('/>', pos);
    pos += selfClosing ? 2 : 1;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) throw new XmlError('a second root element', start);
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]!.name}> is not closed`, text.length);
  if (!root) throw new XmlError('no root element', 0);
  return root;
}

/** Every element named `name` under `node` (itself included), depth-first in document order. */
export function findAll(node: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  if (node.name === name) out.push(node);
  for (const child of node.children) if (typeof child !== 'string') findAll(child, name, out);
  return out;
}

/** The first child element named `name`, if any. */
export function child(node: XmlElement, name: string): XmlElement | undefined {
  for (const c of node.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The concatenated text under a node. */
export function textOf(node: XmlNode): string {
  if (typeof node === 'string') return node;
  return node.children.map(textOf).join('');
}

/** Undo the five predefined XML entities (for text taken out of markup with a regex). */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
