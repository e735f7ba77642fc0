/**
 * @module render/markdown/syntax
 * The small syntax Verbatim's Markdown edition is written in, shared by its writer
 * (`render/markdown/index.ts`) and its reader (`normalise/readers/verbatim-markdown.ts`) so
 * that the two cannot drift apart: escaping, pandoc attribute blocks (`{#para-3}`,
 * `{.gap reason=inaudible printed="(inaudible)"}`), the comment lines that mark where the
 * transcript begins and ends, and the attribution record at the end of the file.
 */

/** The front-matter key that says a Markdown file is Verbatim's own edition. */
export const GENERATOR_KEY = 'generator';
/** Its value starts so: "Verbatim 0.1.0". */
export const GENERATOR_NAME = 'Verbatim';

/** The comment line before the transcript's first block. */
export const TEXT_BEGINS =
  '<!-- verbatim:begin — the transcript. Edit labels and text below and the front matter above; the title page above and everything after verbatim:end are made again at each build. -->';
/** The comment line after its last block. */
export const TEXT_ENDS = '<!-- verbatim:end -->';
/** The first line of the attribution record (a comment closed by `-->` on a line of its own). */
export const RECORD_OPENS = '<!-- verbatim:record';
/** The explanation under it. */
export const RECORD_EXPLAINS =
  'How Verbatim attributed each turn (by the number of its first paragraph) and what each note is. Read back by verbatim normalise and build: correct a speaker by changing the label in the text, not here.';

/** True when a line is the begin / end mark (whatever follows the token). */
export function isTextBegins(line: string): boolean {
  return /^<!--\s*verbatim:begin\b/.test(line.trim());
}
export function isTextEnds(line: string): boolean {
  return /^<!--\s*verbatim:end\b/.test(line.trim());
}

/** One turn as Verbatim attributed it, in the record. */
export interface TurnRecord {
  /** Number of the turn's first paragraph. */
  turn: number;
  /** Its label as the edition printed it (without the colon). */
  printed: string;
  speaker: string | null;
  label: string | null;
  function: 'question' | 'answer' | 'statement' | null;
  method: 'explicit' | 'inferred' | 'editor' | 'unknown';
  confidence: number;
  evidence: string[];
  noteId?: string;
}

/** One note in the record. */
export interface NoteRecord {
  /** The number printed. */
  note: number;
  id: string;
  kind: 'attribution' | 'editorial' | 'source';
}

/** A record line: JSON, with `>` written `\u003e` so that no value can close the comment. */
export function recordLine(entry: TurnRecord | NoteRecord): string {
  return JSON.stringify(entry).replace(/>/g, '\\u003e');
}

/** Escape text so Markdown prints it as it is. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(\s*)([#+:-])(?=\s|:|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/\n/g, '\\\n');
}

/** Undo Markdown backslash escapes (any ASCII punctuation). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** A parsed attribute block: `{#id .class key=value key="quoted value"}`. */
export interface Attributes {
  id: string | null;
  classes: string[];
  values: Record<string, string>;
}

function attributeValue(value: string): string {
  return /^[\w.:-]+$/u.test(value) ? value : JSON.stringify(value);
}

/** Write an attribute block. */
export function formatAttributes(id: string | null, classes: readonly string[], values: [string, string][]): string {
  const parts = [
    ...(id ? [`#${id}`] : []),
    ...classes.map((c) => `.${c}`),
    ...values.map(([key, value]) => `${key}=${attributeValue(value)}`),
  ];
  return `{${parts.join(' ')}}`;
}

/**
 * Read an attribute block starting at `text[start]` (a `{`): the attributes and the index after
 * its `}`, or `null` when it is not one.
 */
export function parseAttributes(text: string, start: number): { attributes: Attributes; end: number } | null {
  if (text[start] !== '{') return null;
  const attributes: Attributes = { id: null, classes: [], values: {} };
  let i = start + 1;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text[i] === '}') return { attributes, end: i + 1 };
    const token = /^(#|\.)?([^\s=}"]+)(=)?/.exec(text.slice(i));
    if (!token) return null;
    i += token[0].length;
    const [, sigil, name, equals] = token;
    if (sigil === '#') attributes.id = name!;
    else if (sigil === '.') attributes.classes.push(name!);
    else if (equals) {
      if (text[i] === '"') {
        let j = i + 1;
        while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        if (j >= text.length) return null;
        try {
          attributes.values[name!] = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          attributes.values[name!] = text.slice(i + 1, j);
        }
        i = j + 1;
      } else {
        const bare = /^[^\s}]*/.exec(text.slice(i))![0];
        attributes.values[name!] = bare;
        i += bare.length;
      }
    } else attributes.classes.push(name!);
  }
  return null;
}

/** The words inside an incident's printed brackets: "(Laughter.)" → "Laughter."; null when not bracketed. */
export function bracketedWords(printed: string): string | null {
  const match = /^\s*[([](.*)[)\]]\s*$/s.exec(printed);
  return match ? match[1]!.trim() : null;
}
