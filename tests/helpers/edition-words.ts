// What a PDF must give back: every word of an edition as the edition model holds it — title
// page (title, subtitle, participants), body (labels, speech, marks as printed, headings,
// directions), notes, speaker index, colophon — and a check that pdftotext's text has them all,
// as a multiset (a name on the title page and the same name in the index are two words to find).
//
// "Whole" for a word the PDF split at a line end: the line's last token followed by the next
// line's first token (and on, over lines that hold only that token) spell it, with nothing
// added; an inserted hyphen at the line end is dropped. Read the PDF with `pdftotext -raw`
// (content order): without it pdftotext joins a compound broken after its own hyphen
// ("all-" + "out" gives "allout"). Words are compared as `comparableWords`
// (NFKC, lower case, runs of letters and digits), so a URL split after "/" gives back the same
// words as the URL whole, and a hash split every 8 characters is joined back here.
import type { Inline } from '../../src/model/nodes.js';
import { inlinesOf } from '../../src/model/walk.js';
import type { Edition, EditionBlock } from '../../src/render/edition/edition.js';
import { isMark, markDisplay } from '../../src/render/edition/marks.js';
import { comparableWords } from './word-order.js';

/** The words of each part of an edition, in order. */
export interface EditionWords {
  titlePage: string[];
  body: string[];
  notes: string[];
  index: string[];
  colophon: string[];
}

function inlineWords(nodes: readonly Inline[], edition: Edition, out: string[]): void {
  for (const node of inlinesOf(nodes)) {
    if (node.type === 'text') out.push(...comparableWords(node.value));
    else if (isMark(node)) {
      const display = markDisplay(node, edition.theme, edition.messages.marks);
      if (display) out.push(...comparableWords(display.text));
    }
  }
}

function blockWords(block: EditionBlock, edition: Edition, out: string[]): void {
  switch (block.type) {
    case 'turn':
      out.push(...comparableWords(`${block.label.name} ${block.label.role ?? ''}`));
      for (const paragraph of block.paragraphs) inlineWords(paragraph.inlines, edition, out);
      break;
    case 'heading':
    case 'stageDirection':
      inlineWords(block.inlines, edition, out);
      break;
    case 'section':
      inlineWords(block.title, edition, out);
      for (const child of block.blocks) blockWords(child, edition, out);
      break;
  }
}

/** Every word an edition prints, by part. */
export function editionWords(edition: Edition): EditionWords {
  const titlePage = comparableWords(`${edition.title} ${edition.subtitle}`);
  for (const entry of edition.participants)
    titlePage.push(...comparableWords(`${entry.participant.name} ${entry.description ?? ''}`));
  const body: string[] = [];
  for (const block of edition.blocks) blockWords(block, edition, body);
  const notes = edition.notes.flatMap((note) => comparableWords(`${note.number} ${note.text}`));
  const index = edition.index.length > 0 ? comparableWords(edition.strings.speakerIndex) : [];
  for (const entry of edition.index) {
    index.push(...comparableWords(`${entry.participant.name} ${entry.wordsText}`));
    for (const [from, to] of entry.ranges) index.push(...comparableWords(from === to ? `${from}` : `${from} ${to}`));
  }
  const colophon = comparableWords(`${edition.strings.colophon} ${edition.colophon.join(' ')}`);
  return { titlePage, body, notes, index, colophon };
}

/** Longest run of lines one split word may cover. */
const MAX_SPLIT_LINES = 12;

/**
 * The words of `expected` not found in pdftotext's `text` (as "part: word"); multiset
 * comparison, split words joined back as the module comment says.
 */
export function missingFromPdfText(expected: EditionWords, text: string): string[] {
  const lines = text
    .normalize('NFKC')
    .split('\n')
    .map((line) => ({ raw: line.trim(), words: comparableWords(line) }))
    .filter((line) => line.words.length > 0);
  const found = new Map<string, number>();
  const add = (word: string) => found.set(word, (found.get(word) ?? 0) + 1);
  for (const line of lines) for (const word of line.words) add(word);
  // Split words: a line's last token joined with the first tokens of the lines after it.
  const joined = new Map<string, number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    let word = lines[i]!.words[lines[i]!.words.length - 1]!;
    for (let j = i + 1; j < lines.length && j - i <= MAX_SPLIT_LINES; j++) {
      word += lines[j]!.words[0]!;
      joined.set(word, (joined.get(word) ?? 0) + 1);
      if (lines[j]!.words.length > 1) break;
    }
  }
  // A note reference drawn right after a word ("Minister1") is one token in the text layer.
  for (const line of lines)
    for (const word of line.words) {
      const bare = /^(.*\p{L})\d{1,3}$/u.exec(word)?.[1];
      if (bare) joined.set(bare, (joined.get(bare) ?? 0) + 1);
    }
  const missing: string[] = [];
  for (const [part, words] of Object.entries(expected) as [string, string[]][]) {
    words.forEach((word) => {
      const n = found.get(word) ?? 0;
      if (n > 0) found.set(word, n - 1);
      else if ((joined.get(word) ?? 0) > 0) joined.set(word, joined.get(word)! - 1);
      else missing.push(`${part}: ${word}`);
    });
  }
  return missing;
}
