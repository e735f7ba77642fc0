// Checks that the words of a model's spoken text appear, in order, in the text extracted from
// an output (PDF, DOCX via LibreOffice, EPUB spine), which may hold more words (labels, running
// heads, paragraph numbers, notes). Hyphenation at line ends may split or join words in
// extraction, so a model word may match one extracted word, two joined, or a prefix + suffix.
import type { Transcript } from '../../src/model/nodes.js';
import { spokenParagraphs, spokenText, wordsOf } from '../../src/model/walk.js';

/** Spoken words of a transcript in order, lower case. */
export function spokenWords(transcript: Transcript): string[] {
  const words: string[] = [];
  for (const { paragraph } of spokenParagraphs(transcript)) words.push(...wordsOf(spokenText(paragraph)));
  return words.map((w) => w.toLowerCase());
}

/** Result of an in-order word match. */
export interface OrderResult {
  total: number;
  matched: number;
  /** The first model word not found, with context, or null. */
  firstMissing: string | null;
}

/** How many model words are found in order in the extracted words (searching ahead at most `window`). */
export function wordsInOrder(model: string[], extracted: string[], window = 400): OrderResult {
  const doc = extracted.map((w) => w.toLowerCase());
  let position = 0;
  let matched = 0;
  let firstMissing: string | null = null;
  for (let i = 0; i < model.length; i++) {
    const word = model[i]!;
    let found = -1;
    let consumed = 1;
    for (let j = position; j < Math.min(doc.length, position + window); j++) {
      const candidate = doc[j]!;
      if (candidate === word) {
        found = j;
        break;
      }
      // A word split by a line-end hyphen ("rela" "tions"), or two words joined by extraction.
      if (word.startsWith(candidate) && candidate.length > 0 && doc[j + 1] !== undefined && candidate + doc[j + 1] === word) {
        found = j;
        consumed = 2;
        break;
      }
      if (candidate.startsWith(word) && i + 1 < model.length && candidate === word + model[i + 1]) {
        found = j;
        consumed = 0; // the next model word is inside this extracted word as well
        break;
      }
    }
    if (found < 0) {
      firstMissing ??= `${word} (word ${i + 1} of ${model.length}, after “${model.slice(Math.max(0, i - 5), i).join(' ')}”)`;
      continue;
    }
    matched++;
    if (consumed === 0) {
      matched++;
      i++;
      consumed = 1;
    }
    position = found + consumed;
  }
  return { total: model.length, matched, firstMissing };
}
