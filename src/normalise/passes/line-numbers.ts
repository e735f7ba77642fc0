/**
 * @module normalise/passes/line-numbers
 * Pass `line-numbers`: a court reporter's or hearing transcript prints a line number (1 to 25,
 * starting again on every page) at the start of every line, and sometimes lines holding only a
 * number. When most lines start so and the numbers run up by one, the numbers go: stripped from
 * the start of each line (one `changes[]` entry, rule `line-numbers`, with the count), a line
 * that is nothing but its number to `removed[]` (reason `line-number`), so that a label such as
 * `SENATOR RITCHIE:` starts its line again. Page numbers are left to `page-chrome`, which stands
 * after this pass. Nothing changes when the numbers do not count up, or count past what a page
 * holds (about thirty lines) more than one time in twenty: a numbered list, numbered paragraphs
 * or a table keep them. A stray number above thirty (a figure of a table a hard wrap put first
 * on its line) stays as text.
 */
import type { Removed } from '../../model/nodes.js';
import { change, placeOf, removal, type Draft, type Pass, type SourceLine } from '../draft.js';

/** A number of one or two digits near the margin (a page number stands far right), then at least two spaces or the end of the line. */
const NUMBERED = /^( {0,12}|\t{0,2})(\d{1,2})(?:\s{2,}|\s*$)/;

/** Most lines a printed page holds: a number above it is no line number. */
const MOST_LINES = 30;

/**
 * True when the numbers at the start of lines mostly count up by one, restarting at 1 on a new
 * page. One number above what a page holds, or one in twenty (a table’s figure a hard wrap put first on its
 * line), are strays, left out; more and the numbers are something else.
 */
function countsUp(all: number[]): boolean {
  const numbers = all.filter((n) => n <= MOST_LINES);
  if (numbers.length < 12 || all.length - numbers.length > Math.max(1, all.length * 0.05)) return false;
  let steps = 0;
  for (let i = 1; i < numbers.length; i++) {
    const previous = numbers[i - 1]!;
    const current = numbers[i]!;
    if (current === previous + 1 || (current === 1 && previous >= 10)) steps++;
  }
  return steps >= (numbers.length - 1) * 0.8;
}

export const lineNumbers: Pass = {
  name: 'line-numbers',
  run(draft: Draft): Draft {
    const nonBlank = draft.lines.filter((l) => l.text.trim() !== '');
    const numbered = nonBlank.filter((l) => NUMBERED.test(l.text));
    if (numbered.length < nonBlank.length * 0.5) return draft;
    if (!countsUp(numbered.map((l) => Number(NUMBERED.exec(l.text)![2])))) return draft;
    const removed: Removed[] = [];
    const lines: SourceLine[] = [];
    let stripped = 0;
    let first = 0;
    for (const line of draft.lines) {
      const match = NUMBERED.exec(line.text);
      if (!match || Number(match[2]) > MOST_LINES) {
        lines.push(line);
        continue;
      }
      const rest = line.text.slice(match[0].length);
      if (rest.trim() === '') {
        removed.push(
          removal(line.text, 'line-number', 'Line number of the printed page, alone on its line.', placeOf(line.no)),
        );
        continue;
      }
      if (first === 0) first = line.no;
      stripped++;
      // The indentation after the number stays: it shows where a paragraph starts.
      lines.push({ no: line.no, text: rest.replace(/^\s{6,}/, '      ') });
    }
    return {
      ...draft,
      lines,
      removed: [...draft.removed, ...removed],
      changes:
        stripped > 0 ? [...draft.changes, change('line-numbers', '1', '', placeOf(first), stripped)] : draft.changes,
    };
  },
};
