// Reusable check that a rendering holds the model's spoken words in order: the words of every
// spoken paragraph, in document order, must appear as a subsequence of the words extracted from
// the output (pdftotext output of a PDF, the text of a DOCX or an EPUB). Extra words in between
// (labels, paragraph numbers, running heads, folios, footnotes) are allowed; words split by a
// line-end hyphen ("deve-" + "lopment") are joined back.
import type { Transcript } from '../../src/model/nodes.js';
import { spokenParagraphs, spokenText, wordsOf } from '../../src/model/walk.js';

/** The words of a text for comparison: NFKC, lower case, Unicode letters/marks/digits runs. */
export function comparableWords(text: string): string[] {
  return wordsOf(
    text
      .normalize('NFKC')
      .replace(/\u00AD/g, '')
      .toLowerCase(),
  );
}

/** Every spoken word of a transcript, in document order (text nodes of turn paragraphs). */
export function spokenWords(transcript: Pick<Transcript, 'body'>): string[] {
  const out: string[] = [];
  for (const { paragraph } of spokenParagraphs(transcript)) out.push(...comparableWords(spokenText(paragraph)));
  return out;
}

/** Result of `wordsInOrder`. */
export interface WordOrderResult {
  /** Expected words. */
  total: number;
  /** Expected words found in order. */
  found: number;
  /** found / total (1 when nothing was expected). */
  ratio: number;
  /** The first few expected words not found, with the expected words around them. */
  missing: { index: number; word: string; context: string }[];
}

/**
 * Find `expected` words, in order, in `actualText`. Each expected word is looked for at most
 * `window` words ahead of where the previous one was found; a match more than 40 words ahead
 * is taken only when the next two expected words follow it too, each within 40 words (so a common word far ahead does
 * not swallow the text in between); a word not found is counted missing and the search goes on
 * from the same place. A word hyphenated at a line end is matched whether the extractor kept it
 * in two pieces ("deve" + "lopment") or joined a compound ("asiapacific" for "Asia-Pacific").
 */
export function wordsInOrder(expected: readonly string[], actualText: string, window = 4000): WordOrderResult {
  /** A match this close to the last one is taken as it is; farther ones need the next words to follow within this distance. */
  const NEAR = 40;
  const actual = comparableWords(actualText);
  const want = expected.map((w) => w.normalize('NFKC').toLowerCase());
  /** How many expected and actual words match at (i, k), or null. */
  const matchAt = (i: number, k: number): [number, number] | null => {
    const word = want[i];
    const token = actual[k];
    if (word === undefined || token === undefined) return null;
    if (token === word) return [1, 1];
    if (word.startsWith(token) && token + (actual[k + 1] ?? '') === word) return [1, 2];
    if (token.startsWith(word)) {
      let joined = word;
      for (let n = 1; n <= 3 && i + n < want.length; n++) {
        joined += want[i + n];
        if (joined === token) return [n + 1, 1];
        if (!token.startsWith(joined)) break;
      }
    }
    return null;
  };
  // The next two expected words follow within a few words (labels, numbers, a heading may sit
  // between: as many as the distance taken without confirmation).
  const confirmed = (i: number, k: number): boolean => {
    for (let n = 0; n < 2 && i < want.length; n++) {
      let m: [number, number] | null = null;
      let at = k;
      for (; at < Math.min(actual.length, k + NEAR); at++) {
        m = matchAt(i, at);
        if (m) break;
      }
      if (!m) return false;
      i += m[0];
      k = at + m[1];
    }
    return true;
  };
  let j = 0;
  let found = 0;
  const missing: WordOrderResult['missing'] = [];
  for (let i = 0; i < want.length; ) {
    let hit: [number, number, number] | null = null;
    const limit = Math.min(actual.length, j + window);
    for (let k = j; k < limit; k++) {
      const m = matchAt(i, k);
      if (m && (k - j <= NEAR || confirmed(i + m[0], k + m[1]))) {
        hit = [k, m[0], m[1]];
        break;
      }
    }
    if (!hit) {
      if (missing.length < 10)
        missing.push({ index: i, word: want[i]!, context: want.slice(Math.max(0, i - 5), i + 6).join(' ') });
      i++;
      continue;
    }
    found += hit[1];
    i += hit[1];
    j = hit[0] + hit[2];
  }
  return { total: want.length, found, ratio: want.length === 0 ? 1 : found / want.length, missing };
}
