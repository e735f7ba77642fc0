/**
 * @module normalise/readers/docx
 * Reader for Word documents (`.docx`). mammoth (a maintained .docx reader) turns the document
 * into plain HTML (paragraphs, bold, italics, headings, tables); this module writes that HTML as
 * the Markdown the text reader already understands, and the normaliser runs the Markdown
 * pipeline on it (`meta.source.format` is `docx`):
 *  - a bold label at a paragraph's start → `**Name:** text` (also `**Name**: text`, and a bold
 *    label whose colon or space fell inside the bold run);
 *  - italics → `*stress*` (emphasis), bold elsewhere → `**…**`; headings → `#`, `##`, `###`;
 *  - a table of two columns, speaker | text (three with a time column first) → one labelled
 *    paragraph per row (`[00:01:02] ` before the text for a time); an empty speaker cell goes on
 *    with the previous speaker; a header row ("Speaker | Text", or cells Word marks as header) is
 *    recorded in `removed[]`; any other table → its rows, cells joined by ` | `;
 *  - the document's own `*`, `\` and a `#` or `- ` opening a paragraph are escaped, so they
 *    stay text (the `markdown-escapes` pass takes the backslashes out and counts them);
 *  - list items → `- item`; line breaks inside a paragraph stay line breaks; images are left out
 *    (one diagnostic counts them), and so are mammoth's own warnings (as diagnostics).
 * Places (`line`) refer to lines of the Markdown made here, not of the document.
 *
 * mammoth reads the zip asynchronously, so Word documents go through `normaliseDocx` /
 * `normaliseFile` (async) rather than the synchronous `normaliseBytes`.
 */
import { decodeHTMLStrict } from 'entities';
import type { Diagnostic, Removed } from '../../model/nodes.js';
import { diagnostic, removal } from '../draft.js';
import { isSpeakerHeader, isTimeHeader, isWordsHeader } from './turn-table.js';

/** The local-file header of a ZIP archive: "PK\x03\x04". */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** True when bytes are a Word document: a ZIP archive holding `word/document.xml`. */
export function looksLikeDocx(bytes: Uint8Array): boolean {
  if (bytes.length < 30 || !ZIP_MAGIC.every((b, i) => bytes[i] === b)) return false;
  // Entry names are stored uncompressed, in the local headers and the central directory.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml', 0, 'latin1');
}

/** What the reader made of a document: Markdown text, and what it left out. */
export interface DocxText {
  text: string;
  removed: Removed[];
  diagnostics: Diagnostic[];
}

type Token = { kind: 'open' | 'close'; name: string; attributes: string } | { kind: 'text'; text: string };

function tokens(html: string): Token[] {
  const out: Token[] = [];
  const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    if (match.index > last) out.push({ kind: 'text', text: decodeHTMLStrict(html.slice(last, match.index)) });
    const name = match[2]!.toLowerCase();
    const selfClosing = match[3]!.endsWith('/') || name === 'br' || name === 'img';
    out.push({ kind: match[1] ? 'close' : 'open', name, attributes: match[3]! });
    if (selfClosing && !match[1]) out.push({ kind: 'close', name, attributes: '' });
    last = match.index + match[0].length;
  }
  if (last < html.length) out.push({ kind: 'text', text: decodeHTMLStrict(html.slice(last)) });
  return out;
}

/** Wrap inline text in a Markdown marker, with the spaces at its edges outside the marker. */
function marked(content: string, marker: string): string {
  const inner = content.trim();
  if (inner === '') return content;
  const lead = content.slice(0, content.indexOf(inner));
  const trail = content.slice(content.indexOf(inner) + inner.length);
  return `${lead}${marker}${inner}${marker}${trail}`;
}

/** A bold label at the start of a paragraph, written as the Markdown reader expects it. */
function labelFirst(paragraph: string): string {
  // "**Name: **text", "**Name:**text", "**Name** : text" → "**Name:** text".
  return paragraph.replace(
    /^\*\*([^*\n]{1,80}?)\s*:\s*\*\*\s*|^\*\*([^*\n]{1,80}?)\*\*\s*:\s*/,
    (_m, a?: string, b?: string) => {
      const label = (a ?? b ?? '').trim();
      return `**${label}:** `;
    },
  );
}

interface Cell {
  paragraphs: string[];
  header: boolean;
}

const TIME_CELL = /^\[?\(?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\)?\]?$/;

function plain(markdown: string): string {
  return markdown.replace(/\*+/g, '').trim();
}

/** The rows of a table as Markdown paragraphs. */
function tableBlocks(rows: Cell[][], removed: Removed[], line: () => number): string[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const cellText = (cell: Cell | undefined) => (cell ? cell.paragraphs.join('\n').trim() : '');
  const body = rows.filter((row, index) => {
    const words = row.map((c) => plain(cellText(c)));
    const header =
      row.every((c) => c.header) ||
      (index === 0 &&
        words.some(isSpeakerHeader) &&
        words.some(isWordsHeader) &&
        words.every((w) => isSpeakerHeader(w) || isWordsHeader(w) || isTimeHeader(w) || w === ''));
    if (header)
      removed.push(
        removal(words.join(' | '), 'table-header', 'The header row of the table of the Word document.', {
          line: line(),
        }),
      );
    return !header;
  });
  const timed = width === 3 && body.length > 0 && body.every((r) => TIME_CELL.test(plain(cellText(r[0]))));
  if (width !== 2 && !timed) {
    return body
      .map((row) =>
        row
          .map(cellText)
          .filter((t) => t !== '')
          .join(' | '),
      )
      .filter((t) => t !== '');
  }
  const out: string[] = [];
  for (const row of body) {
    const time = timed ? plain(cellText(row[0])) : null;
    const speaker = plain(cellText(row[timed ? 1 : 0])).replace(/\s*:$/, '');
    const paragraphs = row[timed ? 2 : 1]?.paragraphs.map((p) => p.trim()).filter((p) => p !== '') ?? [];
    if (paragraphs.length === 0) {
      if (speaker !== '') out.push(`**${speaker}:**`);
      continue;
    }
    const first = `${time ? `[${TIME_CELL.exec(time)![1]}] ` : ''}${paragraphs[0]}`;
    out.push(speaker === '' ? first : `**${speaker}:** ${first}`, ...paragraphs.slice(1));
  }
  return out;
}

/** mammoth's HTML as Markdown paragraphs, with what was left out. */
export function htmlToMarkdown(html: string): DocxText {
  const blocks: string[] = [];
  const removed: Removed[] = [];
  let images = 0;
  // Inline text being collected, with the start of each open bold/italic run.
  let buffer = '';
  const marks: { name: string; at: number }[] = [];
  // Tables (nested ones are read as text of their cell).
  const tables: { rows: Cell[][]; cell: Cell | null }[] = [];
  let listDepth = 0;
  let heading = 0;
  let inListItem = false;
  /** The line of the Markdown text the next block starts on. */
  const nextLine = () => blocks.reduce((n, b) => n + b.split('\n').length + 1, 1);

  const endParagraph = () => {
    const text = buffer
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n[ \t]+/g, '\n')
      .replace(/[ \t]{2,}/g, ' ')
      .trim();
    buffer = '';
    marks.length = 0;
    if (text === '') return;
    const table = tables[tables.length - 1];
    if (table?.cell) {
      table.cell.paragraphs.push(text);
      return;
    }
    if (heading > 0) blocks.push(`${'#'.repeat(Math.min(heading, 3))} ${text.replace(/\n/g, ' ')}`);
    else if (inListItem) blocks.push(`- ${text}`);
    // A paragraph the document starts with "#" or "- " is not a Markdown heading or list.
    else blocks.push(labelFirst(text.replace(/^(#|[-+] )/, '\\$1')));
  };

  for (const token of tokens(html)) {
    if (token.kind === 'text') {
      // The document's own backslashes and asterisks are text, not Markdown.
      buffer += token.text.replace(/\s+/g, ' ').replace(/[\\*]/g, (c) => `\\${c}`);
      continue;
    }
    const { name } = token;
    if (token.kind === 'open') {
      if (name === 'strong' || name === 'b' || name === 'em' || name === 'i') marks.push({ name, at: buffer.length });
      else if (name === 'br') buffer += '\n';
      else if (name === 'img') images++;
      else if (/^h[1-6]$/.test(name)) {
        endParagraph();
        heading = Number(name[1]);
      } else if (name === 'p') endParagraph();
      else if (name === 'li') {
        endParagraph();
        inListItem = listDepth > 0;
      } else if (name === 'ul' || name === 'ol') {
        endParagraph();
        listDepth++;
      } else if (name === 'table') {
        endParagraph();
        tables.push({ rows: [], cell: null });
      } else if (name === 'tr') tables[tables.length - 1]?.rows.push([]);
      else if (name === 'td' || name === 'th') {
        const table = tables[tables.length - 1];
        if (table) {
          endParagraph();
          table.cell = { paragraphs: [], header: name === 'th' };
          table.rows[table.rows.length - 1]?.push(table.cell);
        }
      }
      continue;
    }
    // Closing tags.
    if (name === 'strong' || name === 'b' || name === 'em' || name === 'i') {
      const open = marks.map((m) => m.name).lastIndexOf(name);
      if (open >= 0) {
        const at = marks[open]!.at;
        marks.splice(open);
        buffer = buffer.slice(0, at) + marked(buffer.slice(at), name === 'em' || name === 'i' ? '*' : '**');
      }
    } else if (/^h[1-6]$/.test(name)) {
      endParagraph();
      heading = 0;
    } else if (name === 'p') endParagraph();
    else if (name === 'li') {
      endParagraph();
      inListItem = false;
    } else if (name === 'ul' || name === 'ol') listDepth = Math.max(0, listDepth - 1);
    else if (name === 'td' || name === 'th') {
      endParagraph();
      const table = tables[tables.length - 1];
      if (table) table.cell = null;
    } else if (name === 'table') {
      endParagraph();
      const table = tables.pop();
      if (table) {
        const rows = tableBlocks(table.rows, removed, nextLine);
        const outer = tables[tables.length - 1];
        if (outer?.cell) outer.cell.paragraphs.push(...rows);
        else blocks.push(...rows);
      }
    }
  }
  endParagraph();
  const diagnostics: Diagnostic[] = [];
  if (images > 0)
    diagnostics.push(
      diagnostic(
        'info',
        'docx-images',
        `The Word document holds ${images} image(s); the transcript keeps its text only.`,
      ),
    );
  return { text: blocks.join('\n\n') + '\n', removed, diagnostics };
}

/** Read a Word document into Markdown text (mammoth, then `htmlToMarkdown`). Throws on a broken archive. */
export async function docxToMarkdown(bytes: Uint8Array): Promise<DocxText> {
  const { default: mammoth } = await import('mammoth');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.convertToHtml(
    { buffer },
    // No image data in the HTML: an image is only counted.
    { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
  );
  const read = htmlToMarkdown(result.value);
  const warnings = [...new Set(result.messages.map((m) => m.message))];
  for (const message of warnings)
    read.diagnostics.push(diagnostic('info', 'docx-reader', `Reading the Word document: ${message}`));
  return read;
}
