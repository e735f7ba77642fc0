/**
 * @module normalise/passes/line-numbers
 * Pass `line-numbers`: the numbered lines of a court reporter's or hearing transcript (`1` to
 * `25` down the left margin of every page) are page furniture. When most lines of a text start
 * with a small number that counts up page by page, the numbers are blanked out (the rest of the
 * line keeps its place) and one `line-numbers` change records how many were taken, so that a
 * label such as `SENATOR RITCHIE:` starts its line again.
 */
import { change, placeOf, type Draft, type Pass } from '../draft.js';

/** A number in the left margin, then at least two spaces or the end of the line. */
const MARGIN_NUMBER = /^(\s{0,12})(\d{1,2})(?=\s{2,}|\s*$)/;

export const lineNumbers: Pass = {
  name: 'line-numbers',
  run(draft: Draft): Draft {
    const lines = draft.lines;
    const text = lines.filter((line) => line.text.trim() !== '');
    const numbered = lines.flatMap((line, index) => {
      const match = MARGIN_NUMBER.exec(line.text);
      return match ? [{ index, n: Number(match[2]) }] : [];
    });
    if (numbered.length < 12 || numbered.length < text.length * 0.5) return draft;
    // The numbers count up by one, starting again at 1 on each page.
    let counting = 0;
    for (let i = 1; i < numbered.length; i++) {
      const { n } = numbered[i]!;
      if (n === numbered[i - 1]!.n + 1 || n === 1) counting++;
    }
    if (counting < (numbered.length - 1) * 0.8) return draft;
    // A page holds at most about thirty lines: numbered paragraphs that count on past that are not these.
    if (numbered.some(({ n }) => n > 30)) return draft;
    const out = lines.map((line) => ({ ...line }));
    for (const { index } of numbered) {
      const line = out[index]!;
      line.text = line.text.replace(MARGIN_NUMBER, (whole) => ' '.repeat(whole.length));
    }
    const first = lines[numbered[0]!.index]!;
    return {
      ...draft,
      lines: out,
      changes: [
        ...draft.changes,
        change('line-numbers', MARGIN_NUMBER.exec(first.text)![0].trim(), '', placeOf(first.no), numbered.length),
      ],
    };
  },
};
