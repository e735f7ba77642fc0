/**
 * @module normalise/readers/xml-tree
 * XML for the TEI and Akoma Ntoso readers: a strict, namespace-aware parse (saxes, which
 * refuses anything that is not well-formed XML 1.0) into a small tree of elements with their
 * namespace, local name, attributes, children and source line, plus the queries the readers
 * need. No regular expression ever reads the XML itself.
 */
import { SaxesParser } from 'saxes';
import { UnreadableInputError } from '../../errors.js';

/** The XML namespace (`xml:id`, `xml:lang`). */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * What a structured reader is handed (`StructuredDocument` of `structured.ts`, repeated here so
 * that the readers that list imports need not import the list).
 */
export type StructuredInput = { syntax: 'json'; value: unknown } | { syntax: 'xml'; text: string };

/** An element of the tree. */
export interface XmlElement {
  kind: 'element';
  /** Namespace URI ('' for none). */
  ns: string;
  /** Local name. */
  name: string;
  /** Attributes by name as written without prefix for unprefixed ones; `xml:id`, `xml:lang` keep theirs. */
  attrs: Record<string, string>;
  children: XmlChild[];
  /** 1-based line of the start tag. */
  line: number;
}

/** A run of character data. */
export interface XmlText {
  kind: 'text';
  value: string;
}

/** An element or text. */
export type XmlChild = XmlElement | XmlText;

/** A parse: the tree (as far as it got) and the first well-formedness error, if any. */
export interface XmlParse {
  root: XmlElement | null;
  failure: string | null;
}

function parse(text: string): XmlParse {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: string | null = null;
  parser.on('error', (error) => {
    failure ??= error.message.split('\n')[0] ?? error.message;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attrs[attribute.uri === XML_NS ? `xml:${attribute.local}` : attribute.uri ? attribute.name : attribute.local] =
        attribute.value;
    }
    const element: XmlElement = {
      kind: 'element',
      ns: tag.uri,
      name: tag.local,
      attrs,
      children: [],
      line: parser.line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (value: string): void => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const last = parent.children[parent.children.length - 1];
    if (last?.kind === 'text') last.value += value;
    else parent.children.push({ kind: 'text', value });
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(text).close();
  return { root, failure: failure ?? (root ? null : 'no root element') };
}

let cached: { text: string; parse: XmlParse } | null = null;

/**
 * The parse of a document, made once for detection and reading (the last document is kept).
 * Detection looks at the root element, which a document that breaks later still has.
 */
export function xmlParseOf(text: string): XmlParse {
  if (cached?.text !== text) cached = { text, parse: parse(text) };
  return cached.parse;
}

/** The tree of a well-formed document; throws `UnreadableInputError` (one line) when it is not well-formed. */
export function wellFormedTree(text: string): XmlElement {
  const { root, failure } = xmlParseOf(text);
  if (failure !== null || root === null)
    throw new UnreadableInputError(`the input is not well-formed XML (${failure})`);
  return root;
}

/** Child elements, optionally only those with a local name. */
export function elements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter(
    (c): c is XmlElement => c.kind === 'element' && (name === undefined || c.name === name),
  );
}

/** The first child element with a local name. */
export function child(parent: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!parent) return null;
  return elements(parent, name)[0] ?? null;
}

/** The first descendant (depth-first) with a local name. */
export function descendant(parent: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!parent) return null;
  for (const element of elements(parent)) {
    if (element.name === name) return element;
    const found = descendant(element, name);
    if (found) return found;
  }
  return null;
}

/** Every descendant with a local name, in document order. */
export function descendants(parent: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const element of elements(parent)) {
    if (element.name === name) out.push(element);
    out.push(...descendants(element, name));
  }
  return out;
}

/** All character data inside an element, white space runs made single spaces and trimmed. */
export function textOf(element: XmlElement | null | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (node: XmlElement): void => {
    for (const c of node.children) {
      if (c.kind === 'text') parts.push(c.value);
      else walk(c);
    }
  };
  walk(element);
  return collapseSpace(parts.join('')).trim();
}

/** XML white space (space, tab, CR, LF — not a no-break space) collapsed to single spaces. */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ');
}

/** The id a pointer (`#p-1`, `p-1`, `file.xml#p-1`) points at. */
export function pointerId(pointer: string): string {
  const hash = pointer.lastIndexOf('#');
  return hash >= 0 ? pointer.slice(hash + 1) : pointer;
}
