/**
 * @module normalise/readers/html
 * Reader for web pages (HTML, XHTML): transcripts saved from a browser, exported by Word 97's
 * "Save as HTML", or made by a PDF-to-HTML converter. htmlparser2 (a maintained, forgiving HTML
 * parser) reads the page; this module writes its text as the lines the plain-text reader reads,
 * and the normaliser then runs the same line and block passes as for plain text
 * (`meta.source.format` is `html`):
 *  - block elements (`p`, `div`, `li`, `tr`, `blockquote`, `section`, …) end a paragraph: a blank
 *    line between paragraphs; `<br>` ends a line (two in a row, a paragraph); `h1`–`h6` become
 *    Markdown headings (`#`, `##`, `###`), which the passes read as titles and headings;
 *  - inline tags (`font`, `span`, `b`, `a`, …) are taken out and their text kept; white space
 *    inside a paragraph (tabs, line breaks, runs of spaces) becomes one space, so `MSM:&#9;How`
 *    reads `MSM: How`; `<pre>` keeps its lines;
 *  - entities are decoded (`&nbsp;`, `&#9;`, `&quot;`), one `changes[]` entry per entity with
 *    its count;
 *  - what is not transcript goes to `removed[]`, one entry per region with its source text: the
 *    `<head>` (reason `html-head`; its `<title>` becomes the title when the text gives none),
 *    scripts, styles and the like (`html-script`), comments (`html-comment`), `<nav>`
 *    (`site-navigation`), a list of three or more items each a link alone (a menu: `site-navigation`),
 *    and a `<header>` or `<footer>` outside `<article>`/`<main>` (the site's banner and footer:
 *    `site-header`, `site-footer`); the tags themselves are one summary entry (`html-markup`).
 * Each line made here keeps the number of the source line its text starts on, so places point
 * at the page as saved. A page a script saved as a Python bytes literal (`b'<div>\n…'`) is read
 * as the page it holds (`withoutBytesLiterals`, change `python-bytes-literal`). A page that declares its charset (`<meta charset>`) is decoded in it when
 * its bytes are not UTF-8 (`declaredCharset`).
 */
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import type { Change, Removed } from '../../model/nodes.js';
import { change, removal, type SourceLine } from '../draft.js';

/** What the reader made of a page: lines for the text passes, its title, what it left out. */
export interface HtmlText {
  lines: SourceLine[];
  /** The `<title>`, white space collapsed; null when the page has none. */
  title: string | null;
  removed: Removed[];
  changes: Change[];
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

/** Elements that end a paragraph where they open and close. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never transcript, with the reason recorded in `removed[]`. */
const DROPPED: ReadonlyMap<string, { reason: string; explanation: string }> = new Map([
  ['head', { reason: 'html-head', explanation: 'The head of the web page (title, metadata, styles, scripts).' }],
  ['title', { reason: 'html-head', explanation: 'The title of the web page, outside its head.' }],
  ['script', { reason: 'html-script', explanation: 'A script of the web page.' }],
  ['style', { reason: 'html-script', explanation: 'A style sheet of the web page.' }],
  ['noscript', { reason: 'html-script', explanation: 'What the web page shows when scripts are off.' }],
  ['template', { reason: 'html-script', explanation: 'A template of the web page, never shown.' }],
  ['svg', { reason: 'html-script', explanation: 'A drawing (SVG) of the web page.' }],
  ['nav', { reason: 'site-navigation', explanation: 'The navigation of the web page (<nav>).' }],
  ['header', { reason: 'site-header', explanation: 'The banner of the web site (<header> outside the article).' }],
  ['footer', { reason: 'site-footer', explanation: 'The footer of the web site (<footer> outside the article).' }],
  ['thead', { reason: 'table-header', explanation: 'The header row of a table (<thead>): the names of its columns.' }],
]);

/** Elements that hold the page's own content: a `<header>` or `<footer>` inside them is the article's. */
const CONTENT = new Set(['article', 'main']);

/** True when an element's content is dropped: always for `DROPPED`, for a header or footer only outside the content. */
function dropped(name: string, contentDepth: number): boolean {
  if (name === 'header' || name === 'footer') return contentDepth === 0;
  return DROPPED.has(name);
}

/** An image's text that is a label: a few words and a colon (`Sarah Ferguson:`). */
const LABEL_ALT = /^\s*[^\s:][^:<>]{0,59}:\s*$/;

const HEADING = /^h([1-6])$/;
const ENTITY = /&(?:#\d+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/g;

/** The page's lower-case file-name extension, with the dot. */
function extensionOf(fileName: string | undefined): string {
  const match = /\.[^./\\]+$/.exec(fileName ?? '');
  return match ? match[0].toLowerCase() : '';
}

/** The start of the text with a BOM, white space, an XML declaration and comments skipped. */
function opening(text: string): string {
  let start = text.replace(/^\uFEFF/, '').trimStart();
  for (;;) {
    const skipped = start.replace(/^<\?xml[^>]*\?>\s*|^<!--[\s\S]*?-->\s*/, '');
    if (skipped === start) return start.slice(0, 2000);
    start = skipped;
  }
}

/** True when most non-blank lines of the text hold a tag: a page, not prose with a few tags. */
function mostlyMarkup(text: string): boolean {
  const lines = text
    .slice(0, 20000)
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '');
  const tagged = lines.filter((l) => /<\/?[A-Za-z][\w-]*[\s/>]/.test(l)).length;
  return lines.length > 0 && tagged / lines.length >= 0.5;
}

/**
 * True when the text is a web page: it opens with `<!DOCTYPE html`, `<html`, `<head` or `<body`;
 * or it opens with a block element (`<p>`, `<div>`, `<h1>`, `<table>`, `<meta>`, `<title>`) and
 * most of its lines hold tags; or its name ends in `.html`, `.htm`, `.xhtml` and it has tags at
 * all. A Markdown file (`.md`) is HTML only when it opens as a whole page does, so Markdown with
 * a few inline tags stays Markdown.
 */
export function looksLikeHtml(text: string, fileName?: string): boolean {
  const start = opening(text);
  if (/^<!doctype\s+html[\s>]/i.test(start) || /^<(?:html|head|body)[\s>]/i.test(start)) return true;
  const ext = extensionOf(fileName);
  if (MARKDOWN_EXTENSIONS.has(ext)) return false;
  if (HTML_EXTENSIONS.has(ext)) return /<\/?(?:p|div|br|span|font|table|h[1-6]|b|i|a|title)[\s/>]/i.test(text);
  return /^<(?:p|div|h[1-6]|table|meta|title)[\s>]/i.test(start) && mostlyMarkup(text);
}

/** Encodings a page may name for what browsers decode as windows-1252. */
const WINDOWS_1252 = /^(?:iso-8859-1|iso8859-1|latin-?1|us-ascii|ascii|windows-1252|cp1252)$/i;

/**
 * The charset a page declares in its first 4 KB (`<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`), lower case, with the
 * names browsers read as windows-1252 mapped to it; null when it declares none.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  if (!match) return null;
  const name = match[1]!.toLowerCase();
  return WINDOWS_1252.test(name) ? 'windows-1252' : name;
}

/** Line numbers of source offsets. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** Collapse a paragraph's white space (not its no-break spaces) to single spaces. */
function collapsed(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Counts of each entity decoded, with the line of the first. */
type EntityLog = Map<string, { count: number; after: string; line: number }>;

/** Decode the entities of raw text, counting each kind. */
function decodeCounted(raw: string, line: number, log: EntityLog): string {
  for (const match of raw.matchAll(ENTITY)) {
    const after = decodeHTML(match[0]);
    if (after === match[0]) continue;
    const entry = log.get(match[0]);
    if (entry) entry.count++;
    else log.set(match[0], { count: 1, after, line });
  }
  return decodeHTML(raw);
}

/** The line being written: its text and the source line its first character comes from. */
interface OpenLine {
  text: string;
  line: number | null;
  /** Whether every word of it so far stood inside `<strong>` or `<b>` (null before any word). */
  bold: boolean | null;
  /** The length of the bold run it opens with, once that run is closed (a label: `<b>Jane Roe:</b>`). */
  boldHead: number | null;
}

/** Writes lines and paragraphs in order; a blank line separates paragraphs. */
class LineWriter {
  readonly lines: SourceLine[] = [];
  private current: OpenLine = { text: '', line: null, bold: null, boldHead: null };
  private gap = false;
  /** Inside `<strong>` or `<b>`. */
  strong = 0;
  /** The source lines of the paragraphs set wholly in bold, written with Markdown's `**`. */
  readonly boldLines: number[] = [];
  /** Prefix of the line being written: `## ` for a heading, `- ` for a list item. */
  prefix = '';
  /** Inside `<pre>`: white space kept. */
  pre = 0;

  /** Add text that starts on a source line. */
  add(text: string, line: number): void {
    if (this.current.line === null && text.trim() !== '') this.current.line = line;
    if (text.trim() !== '') this.current.bold = (this.current.bold ?? true) && this.strong > 0;
    this.current.text += text;
  }

  /** A `<strong>` or `<b>` closes: where the line opened with it, its bold run ends here. */
  closeStrong(): void {
    this.strong = Math.max(0, this.strong - 1);
    if (this.strong === 0 && this.current.bold === true && this.current.boldHead === null)
      this.current.boldHead = this.current.text.length;
  }

  /** End the line being written; `paragraph` also ends the paragraph. */
  end(paragraph: boolean): void {
    const plain = this.pre > 0 ? this.current.text.replace(/\s+$/, '') : collapsed(this.current.text);
    // A paragraph set wholly in bold (a written interview's question) keeps its bold, as Markdown
    // prints it; bold inside a line (a label, a word) is left out as before.
    const wholeBold = this.current.bold === true && this.prefix === '' && this.pre === 0 && /\p{L}/u.test(plain);
    const line = this.current.line;
    // A line that opens with a label in bold (`<b>Jane Roe:</b> Thank you.`) keeps that bold too:
    // a label printed in bold is the page's convention, read as Markdown's `**Jane Roe:**` is.
    const head =
      this.current.boldHead !== null ? collapsed(this.current.text.slice(0, this.current.boldHead)).trim() : '';
    const rest = this.current.boldHead !== null ? this.current.text.slice(this.current.boldHead) : '';
    const boldLabel =
      !wholeBold &&
      this.prefix === '' &&
      this.pre === 0 &&
      head !== '' &&
      (/[:：]$/.test(head) || /^\s*[:：]/.test(rest));
    const text = wholeBold ? `**${plain.trim()}**` : boldLabel ? `**${head}**${collapsed(rest)}` : plain;
    if (boldLabel && line !== null) this.boldLines.push(line);
    if (wholeBold && line !== null) this.boldLines.push(line);
    this.current = { text: '', line: null, bold: null, boldHead: null };
    if (text.trim() !== '' && line !== null) {
      if (this.gap && this.lines.length > 0) this.lines.push({ no: line, text: '' });
      this.gap = false;
      this.lines.push({ no: line, text: `${this.prefix}${text}` });
      this.prefix = this.prefix.startsWith('#') ? this.prefix : '';
    } else if (!paragraph && this.lines.length > 0) this.gap = true; // `<br><br>`: a paragraph ends
    if (paragraph) this.gap = true;
  }
}

/** An item of a list: the lines it wrote, its words, and the words of its links. */
interface ListItem {
  start: number;
  end: number;
  text: string;
  linked: string;
}

/** A `<ul>` or `<ol>` and its items. */
interface LinkList {
  items: ListItem[];
}

/** At least this many items, each a link alone, make a list a menu. */
const MENU_ITEMS = 3;

/**
 * The lines without the site's menus: lists of three or more items each of which is a link and
 * nothing else. Each menu goes to `removed[]` (`site-navigation`) with its words.
 */
function withoutMenus(lines: SourceLine[], lists: readonly LinkList[], removed: Removed[]): SourceLine[] {
  const drop = new Set<number>();
  for (const list of lists) {
    const linkOnly = (item: ListItem) => collapsed(item.text) !== '' && collapsed(item.text) === collapsed(item.linked);
    if (list.items.length < MENU_ITEMS || !list.items.every(linkOnly)) continue;
    const first = list.items[0]!.start;
    const last = list.items.at(-1)!.end;
    const taken = lines.slice(first, last).filter((line, offset) => !drop.has(first + offset) && line.text !== '');
    if (taken.length === 0) continue;
    for (let index = first; index < last; index++) drop.add(index);
    const place = { line: taken[0]!.no, endLine: taken.at(-1)!.no };
    removed.push(
      removal(
        taken.map((line) => line.text).join('\n'),
        'site-navigation',
        'A menu of the web page: a list whose every item is a link and nothing else.',
        place.endLine > place.line ? place : { line: place.line },
      ),
    );
  }
  if (drop.size === 0) return lines;
  // (A blank line left first, or two in a row, where a menu stood, goes too.)
  const kept = lines.filter((_, index) => !drop.has(index));
  return kept.filter((line, index) => line.text !== '' || (index > 0 && kept[index - 1]!.text !== ''));
}

/** A dropped region being read: where it starts and its reason. */
interface Region {
  name: string;
  start: number;
}

/** Read a web page into lines of text, its title, and what was left out. */
/**
 * A page a script saved as the text of a Python bytes object (`b'<div class="field">\n<p>\xc2\xa0…'`):
 * the literal's escapes undone (`\xc2\xa0` the UTF-8 bytes of a no-break space, `\'` a quote),
 * its `\n`, `\r` and `\t` read as the white space they are in HTML (a space, so every line
 * keeps its number). Only a literal with three or more escapes is read so; null when there is none.
 */
export function withoutBytesLiterals(source: string): { text: string; count: number } | null {
  let count = 0;
  // (A hard wrap may break the literal over lines: its line breaks stay, so lines keep their numbers.)
  const text = source.replace(/\bb(['"])((?:[^\\]|\\.)*?)\1/gs, (literal, _quote: string, body: string) => {
    if ((body.match(/\\(?:[nrt]|x[0-9a-fA-F]{2})/g) ?? []).length < 3) return literal;
    count++;
    const bytes: number[] = [];
    const encoder = new TextEncoder();
    for (let i = 0; i < body.length; i++) {
      const char = body[i]!;
      if (char !== '\\' || i + 1 >= body.length) {
        bytes.push(...encoder.encode(char));
        continue;
      }
      const next = body[++i]!;
      if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
        bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
        i += 2;
      } else if (next === 'n' || next === 'r' || next === 't') bytes.push(0x20);
      else bytes.push(...encoder.encode(next));
    }
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  });
  return count > 0 ? { text, count } : null;
}

export function readHtml(page: string): HtmlText {
  const unwrapped = withoutBytesLiterals(page);
  const source = unwrapped?.text ?? page;
  const lineOf = lineIndex(source);
  const writer = new LineWriter();
  const removed: Removed[] = [];
  const entities: EntityLog = new Map();
  const tags = new Map<string, number>();
  let tagCount = 0;
  let firstTagLine: number | null = null;
  let region: Region | null = null;
  let regionDepth = 0;
  let contentDepth = 0;
  let title: string | null = null;
  let titleText: string | null = null;
  // Lists whose every item is a link alone: a menu of the site (`<ul><li><a>Economic Bulletin</a>…`).
  const lists: LinkList[] = [];
  const openLists: LinkList[] = [];
  const openItems: ListItem[] = [];
  let linkDepth = 0;

  const closeRegion = (end: number) => {
    const open = region!;
    const what = DROPPED.get(open.name)!;
    const place = { line: lineOf(open.start), endLine: lineOf(Math.max(open.start, end - 1)) };
    removed.push(
      removal(
        source.slice(open.start, end),
        what.reason,
        what.explanation,
        place.endLine > place.line ? place : { line: place.line },
      ),
    );
    region = null;
    regionDepth = 0;
  };

  const countTag = (name: string, at: number) => {
    tagCount++;
    tags.set(name, (tags.get(name) ?? 0) + 1);
    firstTagLine ??= lineOf(at);
  };

  const parser: Parser = new Parser(
    {
      onprocessinginstruction(name) {
        countTag(name.toLowerCase(), parser.startIndex);
      },
      onopentag(name, attributes, implied) {
        if (!implied) countTag(name, parser.startIndex);
        if (name === 'title') titleText = '';
        if (region) {
          if (name === region.name) regionDepth++;
          return;
        }
        if (CONTENT.has(name)) contentDepth++;
        if (dropped(name, contentDepth)) {
          writer.end(true);
          region = { name, start: parser.startIndex };
          regionDepth = 1;
          return;
        }
        const heading = HEADING.exec(name);
        if (name === 'br') writer.end(false);
        else if (BLOCKS.has(name) || heading) writer.end(true);
        if (name === 'ul' || name === 'ol') {
          const list: LinkList = { items: [] };
          lists.push(list);
          openLists.push(list);
        } else if (name === 'li') openItems.push({ start: writer.lines.length, end: 0, text: '', linked: '' });
        else if (name === 'a') linkDepth++;
        else if (name === 'strong' || name === 'b') writer.strong++;
        if (heading) writer.prefix = `${'#'.repeat(Math.min(Number(heading[1]), 3))} `;
        else if (name === 'li') writer.prefix = '- ';
        else if (name === 'pre') writer.pre++;
        else if (name === 'td' || name === 'th') writer.add(' ', lineOf(parser.startIndex));
        else if (name === 'img' && LABEL_ALT.test(attributes.alt ?? '')) {
          // <img alt="Sarah Ferguson:" src="portrait.jpg">: a speaker's label printed as their
          // portrait; its text is the label.
          writer.end(true);
          writer.add(attributes.alt!.trim(), lineOf(parser.startIndex));
          writer.end(true);
        }
      },
      onclosetag(name, implied) {
        if (name === 'title' && titleText !== null) {
          title ??= collapsed(titleText) || null;
          titleText = null;
        }
        if (region) {
          if (name === region.name && --regionDepth === 0)
            closeRegion(implied ? parser.startIndex : parser.endIndex + 1);
          return;
        }
        if (CONTENT.has(name)) contentDepth = Math.max(0, contentDepth - 1);
        const heading = HEADING.exec(name);
        if (BLOCKS.has(name) || heading) writer.end(true);
        if (name === 'li' && openItems.length > 0) {
          const item = openItems.pop()!;
          item.end = writer.lines.length;
          openLists.at(-1)?.items.push(item);
          // (A nested list's words are its parent item's too.)
          if (openItems.length > 0) {
            openItems.at(-1)!.text += item.text;
            openItems.at(-1)!.linked += item.linked;
          }
        } else if (name === 'ul' || name === 'ol') openLists.pop();
        else if (name === 'a') linkDepth = Math.max(0, linkDepth - 1);
        else if (name === 'strong' || name === 'b') writer.closeStrong();
        if (heading) writer.prefix = '';
        if (name === 'pre') writer.pre = Math.max(0, writer.pre - 1);
      },
      ontext(raw) {
        const at = parser.startIndex;
        if (titleText !== null) titleText += decodeCounted(raw, lineOf(at), entities);
        if (region) return;
        if (writer.pre > 0) {
          // Each source line of preformatted text is a line.
          let offset = 0;
          for (const piece of raw.split(/(\r\n|\r|\n)/)) {
            if (/^(?:\r\n|\r|\n)$/.test(piece)) writer.end(false);
            else writer.add(decodeCounted(piece, lineOf(at + offset), entities), lineOf(at + offset));
            offset += piece.length;
          }
          return;
        }
        const lead = raw.length - raw.trimStart().length;
        const line = lineOf(at + lead);
        const text = decodeCounted(raw, line, entities);
        writer.add(text, line);
        const item = openItems.at(-1);
        if (item) {
          item.text += text;
          if (linkDepth > 0) item.linked += text;
        }
      },
      oncomment() {
        if (region) return;
        removed.push(
          removal(
            source.slice(parser.startIndex, parser.endIndex + 1),
            'html-comment',
            'A comment in the web page, not shown by a browser.',
            { line: lineOf(parser.startIndex) },
          ),
        );
      },
    },
    { decodeEntities: false, recognizeCDATA: true },
  );
  parser.write(source);
  parser.end();
  if (region) closeRegion(source.length);
  writer.end(true);

  const lines = withoutMenus(writer.lines, lists, removed);
  if (tagCount > 0) {
    const names = [...tags.keys()].map((n) => `<${n}>`);
    removed.push(
      removal(
        names.join(' '),
        'html-markup',
        `The tags of ${tagCount} HTML element(s) taken out; their text is kept, with paragraphs, line breaks and headings where the tags put them.`,
        { line: firstTagLine ?? 1 },
      ),
    );
  }
  const changes = [...entities].map(([before, { count, after, line }]) =>
    change('html-entity', before, after, { line }, count),
  );
  if (unwrapped)
    changes.unshift(change('python-bytes-literal', "b'…\\n…\\xc2\\xa0…'", '… …\u00a0…', undefined, unwrapped.count));
  // (Recorded as Markdown's bold, so that the inline pass reads it as emphasis.)
  if (writer.boldLines.length > 0)
    changes.push(change('html-tag', '<strong>', '**', { line: writer.boldLines[0]! }, writer.boldLines.length));
  return { lines, title, removed, changes };
}
