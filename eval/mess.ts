/**
 * @module eval/mess
 * The mess generator: degrades annotated transcripts the ways real ones are degraded — labels
 * dropped from some turns (the gold then says nobody can tell who speaks there) or written in another style (upper case, bold Markdown, on a line of
 * their own, OCR-damaged), site headers and footers, page numbers, hard-wrapped lines, Windows
 * line endings, Latin-1 — and carries the gold annotation along, so that `npm run eval --mess N`
 * measures attribution on N variants nobody tuned for. Deterministic: variant k of a file is
 * always the same text.
 */
import iconv from 'iconv-lite';
import { decodeBytes } from '../src/normalise/decode.js';
import type { GoldFile } from './score.js';

/** A degraded copy of a gold file, with its annotation. */
export interface MessVariant {
  gold: GoldFile;
  bytes: Uint8Array;
}

/** mulberry32: a small seeded generator, so variants are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A turn found in the text: where its label starts and ends and where its words start. */
interface LocatedTurn {
  /** The gold turn's index. */
  turn: number;
  labelStart: number;
  labelEnd: number;
  label: string;
  wordsStart: number;
}

const INLINE_LABEL = /(?:^|\n)([^\n:]{1,60}?):[ \t]*$/;

/** Labels printed before each gold turn's first words on the same line, where there is one. */
export function locateLabels(text: string, gold: GoldFile): LocatedTurn[] {
  const found: LocatedTurn[] = [];
  let cursor = 0;
  for (const [index, turn] of gold.turns.entries()) {
    const at = text.indexOf(turn.firstWords, cursor);
    if (at < 0) continue;
    cursor = at + turn.firstWords.length;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const before = text.slice(Math.max(0, lineStart - 1), at);
    const match = INLINE_LABEL.exec(before);
    if (!match || turn.speaker === null) continue;
    const label = match[1]!.replace(/^[*_\s]+|[*_\s]+$/g, '');
    if (label === '' || /^\s*$/.test(label)) continue;
    // (A label inside markup, `<p><b>MR. ROE</b>:`, is left alone: restyled or dropped with its
    // tags, the page would be markup no editor writes, `**<p><b>MR. ROE</b>:**`.)
    if (/[<>]/.test(label)) continue;
    found.push({ turn: index, labelStart: lineStart, labelEnd: at, label, wordsStart: at });
  }
  return found;
}

/** A time stamp standing alone on its line: "[00:00:03:19]", "[-00:00:00:03]", "00:01:16". */
const STAMP_LINE = /^\s*\[?-?\d{1,3}(?::\d{2}){1,3}(?:[.,]\d+)?\]?\s*$/;

const OCR_SWAPS: [RegExp, string][] = [
  [/R(?=[^R]*$)/, 'P'],
  [/O/, '0'],
  [/l/, '1'],
  [/I(?=[^I]*$)/, 'l'],
  [/E/, 'F'],
];

/** One way of printing a label again. */
function restyle(label: string, style: number, rng: () => number): string {
  switch (style) {
    case 0:
      return `${label.toUpperCase()}: `;
    case 1:
      return `**${label}:** `;
    case 2:
      return `${label}:\n`;
    case 3: {
      const [pattern, replacement] = OCR_SWAPS[Math.floor(rng() * OCR_SWAPS.length)]!;
      return `${label.toUpperCase().replace(pattern, replacement)}: `;
    }
    default:
      return `${label}; `;
  }
}

const HEADERS = [
  'Home | News | Transcripts | Contact us',
  'Skip to main content',
  'PRINT THIS PAGE   EMAIL THIS PAGE',
  'Transcript service - All rights reserved',
];

/**
 * Hard-wrap long lines at about `width` characters, never inside a word, nor a Markdown heading
 * or table row (one line each by the format's rules: a wrapping editor leaves them whole).
 */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width || /^\s{0,3}(?:#{1,6}\s|\|)/.test(line)) return line;
      const out: string[] = [];
      let rest = line;
      while (rest.length > width) {
        const cut = rest.lastIndexOf(' ', width);
        if (cut <= 0) break;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      out.push(rest);
      return out.join('\n');
    })
    .join('\n');
}

/** Page furniture: a running header and a page number every `every` lines. */
function paginate(text: string, every: number, header: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, index) => {
    if (index > 0 && index % every === 0 && line.trim() === '') {
      page++;
      out.push('', `Page ${page}`, header, '');
    }
    out.push(line);
  });
  return out.join('\n');
}

/** File names of formats a program writes: tables, captions, markup, JSON. */
const MACHINE_FORMAT = /\.(?:csv|tsv|json|xml|html?|srt|vtt)$/i;

/** Variant `k` of one gold file. */
export function messVariant(gold: GoldFile, bytes: Uint8Array, k: number): MessVariant {
  const rng = random(k * 7919 + gold.id.length * 104729 + [...gold.id].reduce((sum, c) => sum + c.charCodeAt(0), 0));
  // Read as Verbatim reads it (a Latin-1 source read as UTF-8 would be garbled before any degradation).
  let text = decodeBytes(bytes).text;
  const operations: string[] = [];
  // A table, a caption file or markup is a file a program wrote: nobody prints a site's header
  // above a CSV's header row or wraps an HTML page's lines, so those are degraded in labels and
  // bytes only.
  const printedAsPage = !MACHINE_FORMAT.test(gold.file) && !/^\s*</.test(text);
  // Labels first (positions are in the original text): restyle or drop some, from the end back.
  const located = locateLabels(text, gold);
  const turns = gold.turns.map((turn) => ({ ...turn }));
  if (located.length > 0) {
    const style = Math.floor(rng() * 5);
    const restyleShare = rng() < 0.5 ? 0 : 0.3 + rng() * 0.7;
    const dropShare = rng() < 0.5 ? 0 : rng() * 0.2;
    if (restyleShare > 0) operations.push(`labels restyled (${style})`);
    if (dropShare > 0) operations.push(`labels dropped (${Math.round(dropShare * 100)}%)`);
    for (const turn of [...located].reverse()) {
      const roll = rng();
      if (roll < dropShare) {
        text = text.slice(0, turn.labelStart) + text.slice(turn.wordsStart);
        // Nothing left in the text says who speaks here: a careful reader cannot tell.
        // An entry that keeps its time stamp line still shows that something new starts there.
        const lineBefore = text.slice(0, turn.labelStart).replace(/\s+$/, '').split('\n').at(-1) ?? '';
        turns[turn.turn] = {
          ...turns[turn.turn]!,
          speaker: null,
          labelDropped: turns[turn.turn]!.speaker!,
          ...(STAMP_LINE.test(lineBefore) ? { stampedEntry: true } : {}),
        };
      } else if (roll < dropShare + restyleShare)
        text = text.slice(0, turn.labelStart) + restyle(turn.label, style, rng) + text.slice(turn.wordsStart);
    }
  }
  if (rng() < 0.5 && printedAsPage) {
    const header = HEADERS[Math.floor(rng() * HEADERS.length)]!;
    const footer = HEADERS[Math.floor(rng() * HEADERS.length)]!;
    // A file's YAML (or TOML) front matter is the file's, not the page's: a site's header stands after it.
    const frontMatter = /^(---|\+\+\+)\r?\n[\s\S]*?\r?\n\1\r?\n/.exec(text)?.[0] ?? '';
    text = `${frontMatter}${header}\n\n${text.slice(frontMatter.length)}\n\n${footer}\n`;
    operations.push('site header and footer');
  }
  if (rng() < 0.4 && printedAsPage) {
    // The page's text is wrapped, never the file's YAML front matter (wrapped, it is no YAML).
    const frontMatter = /^(---|\+\+\+)\r?\n[\s\S]*?\r?\n\1\r?\n/.exec(text)?.[0] ?? '';
    text = frontMatter + hardWrap(text.slice(frontMatter.length), 60 + Math.floor(rng() * 20));
    operations.push('hard-wrapped');
  }
  if (rng() < 0.3 && printedAsPage) {
    text = paginate(text, 40 + Math.floor(rng() * 40), gold.id.toUpperCase());
    operations.push('page numbers');
  }
  if (rng() < 0.3) {
    text = text.replace(/\n/g, '\r\n');
    operations.push('CRLF');
  }
  let out: Uint8Array = Buffer.from(text, 'utf8');
  if (rng() < 0.3 && iconv.decode(iconv.encode(text, 'latin1'), 'latin1') === text) {
    out = iconv.encode(text, 'latin1');
    operations.push('Latin-1');
  }
  return {
    gold: { ...gold, id: `${gold.id}~${k}`, turns, notes: operations.join(', ') || 'unchanged' },
    bytes: out,
  };
}

/** `count` variants spread over the gold files, in a fixed order. */
export function messVariants(entries: readonly { gold: GoldFile; bytes: Uint8Array }[], count: number): MessVariant[] {
  const variants: MessVariant[] = [];
  for (let k = 0; k < count; k++) {
    const entry = entries[k % entries.length]!;
    variants.push(messVariant(entry.gold, entry.bytes, Math.floor(k / entries.length)));
  }
  return variants;
}
