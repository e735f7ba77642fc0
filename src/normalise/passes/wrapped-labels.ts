/**
 * @module normalise/passes/wrapped-labels
 * Pass `wrapped-labels`: a speaker's label that stands on lines of its own and is too long for
 * the page's width is hard-wrapped like the text around it:
 *
 *     So, Andrei, please.
 *     Board Chairman of the Foundation for
 *     Development and Support of the Valdai Discussion Club Andrei
 *     Bystritsky:
 *     Thank you very much.
 *
 * Read line by line, the label would be `Bystritsky:` alone and its office words the end of the
 * turn before. The label is put back on one line, its last (the line with the colon, so that
 * the turn starts where the label ends), and the lines it came from are left empty. A stretch is
 * a wrapped label only when it ends a line with a short capitalised name and a colon, its first
 * line starts a paragraph or follows a finished sentence, it spans at most four lines, and every
 * word of it is capitalised or a connector (`of`, `the`, `and`, `for`, `de`, …): prose wrapped
 * before a colon ("… as the Chairman said ⏎ to Congress:") has lower-case words and stays as it
 * is. Two more conditions keep a title over a label (`WHITE HOUSE BRIEFING ⏎ Q:`) apart: the
 * text must be hard-wrapped (a fifth or more of its lines with words run on into the next), and
 * the name on the colon's line must never stand elsewhere as a whole label on a line of its own.
 * The rewrite is logged as one summary change with a count.
 */
import { type Draft, type Pass, type SourceLine } from '../draft.js';
import { RejoinedLines } from '../rejoined-lines.js';

/** A line that is only a short capitalised name or title and a colon: `Bystritsky:`, `MINISTER:`. */
const LABEL_TAIL = /^\s*([\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){0,3})\s*:\s*$/u;
/** Small words an office or a name may hold in lower case. */
const CONNECTORS = new Set([
  'of',
  'the',
  'for',
  'and',
  'on',
  'to',
  'in',
  'at',
  'de',
  'du',
  'des',
  'la',
  'le',
  'del',
  'della',
  'von',
  'van',
  'der',
  'den',
  'und',
  'y',
  'e',
  'da',
  'do',
  'dos',
  'das',
]);
/** The end of a finished sentence (or a label) at a line's end. */
const SENTENCE_END = /[.!?:;…"”’)\]]\s*$/;
const MAX_LINES = 4;
const MAX_WORDS = 24;

/** True when every word of `text` is capitalised, a connector, or no word (a mark, a dagger, `&`). */
function labelWords(text: string): boolean {
  const words = text
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((word) => word !== '');
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word) || CONNECTORS.has(word));
}

/** Where the wrapped label that ends on line `end` starts, or -1 when the lines before it are not one. */
function wrappedLabelStart(lines: readonly SourceLine[], end: number): number {
  const previous = lines[end - 1];
  if (!previous || previous.text.trim() === '' || SENTENCE_END.test(previous.text)) return -1;
  let start = end - 1;
  while (start > 0) {
    const before = lines[start - 1]!.text;
    if (before.trim() === '' || SENTENCE_END.test(before)) break;
    start--;
    if (end - start >= MAX_LINES) return -1;
  }
  // (A wrap keeps the indent; a centred heading over a label, "      EXAMINATION ⏎ BY MR. DAVIS:", does not.)
  const indent = (text: string) => /^\s*/.exec(text)![0].length;
  if (lines.slice(start, end).some((line) => Math.abs(indent(line.text) - indent(lines[end]!.text)) > 1)) return -1;
  const stretch = lines.slice(start, end + 1).map((line) => line.text.trim());
  const joined = stretch.join(' ');
  if (joined.split(/\s+/).length > MAX_WORDS || stretch.slice(0, -1).some((text) => text.includes(':'))) return -1;
  if (!/^[^\p{L}]*\p{Lu}/u.test(joined)) return -1;
  return labelWords(joined.replace(/:\s*$/, '')) ? start : -1;
}

/** True when a fifth or more of the lines with words run on into the next line unfinished. */
export function hardWrapped(lines: readonly SourceLine[]): boolean {
  let filled = 0;
  let runOn = 0;
  lines.forEach((line, index) => {
    if (line.text.trim() === '') return;
    filled++;
    const next = lines[index + 1]?.text.trim() ?? '';
    if (next !== '' && !SENTENCE_END.test(line.text)) runOn++;
  });
  return filled >= 10 && runOn / filled >= 0.2;
}

/** The names that stand as a whole label on a line of their own, first in a paragraph or after a sentence. */
function wholeLabels(lines: readonly SourceLine[]): Set<string> {
  const names = new Set<string>();
  lines.forEach((line, index) => {
    const tail = LABEL_TAIL.exec(line.text);
    const before = lines[index - 1]?.text ?? '';
    if (tail && (before.trim() === '' || SENTENCE_END.test(before))) names.add(tail[1]!.toLowerCase());
  });
  return names;
}

export const wrappedLabels: Pass = {
  name: 'wrapped-labels',
  run(draft: Draft): Draft {
    if (draft.format !== 'markdown' && draft.format !== 'text') return draft;
    if (!hardWrapped(draft.lines)) return draft;
    const whole = wholeLabels(draft.lines);
    const rejoined = new RejoinedLines(draft);
    const lines = rejoined.lines;
    for (let end = 1; end < lines.length; end++) {
      const tail = LABEL_TAIL.exec(lines[end]!.text);
      // (An examiner's "BY MR. DAVIS:" is whole under any heading.)
      if (!tail || whole.has(tail[1]!.toLowerCase()) || /^BY\s/i.test(tail[1]!)) continue;
      const start = wrappedLabelStart(lines, end);
      if (start >= 0) rejoined.join(start, end, 'last');
    }
    return rejoined.applyTo(draft, 'wrapped-label');
  },
};
