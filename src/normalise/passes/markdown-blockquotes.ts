/**
 * @module normalise/passes/markdown-blockquotes
 * Pass `markdown-blockquotes` (Markdown input only): a transcript a page prints as a blockquote
 * (`> **Jane Roe:** Thank you.`) is read like any other. Where two or more quoted lines start
 * with a speaker's label, the `> ` that sets each line of those blockquotes is taken off (the
 * words stay where they were); a blockquote with no label in it (a quoted note, a pull quote)
 * stays as printed. A line that starts `>>` is a live captioner's mark of a new voice, not a
 * quote. Logged as one summary change with a count.
 */
import { change, placeOf, type Draft, type Pass, type SourceLine } from '../draft.js';
import { labelAt } from '../labels.js';

const QUOTED = /^\s{0,3}>(?!>)[ \t]?/;

/** The runs of consecutive quoted lines, as [first, last] indexes. */
function blockquotes(lines: readonly SourceLine[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!QUOTED.test(lines[index]!.text)) continue;
    const first = index;
    while (index + 1 < lines.length && QUOTED.test(lines[index + 1]!.text)) index++;
    runs.push([first, index]);
  }
  return runs;
}

export const markdownBlockquotes: Pass = {
  name: 'markdown-blockquotes',
  run(draft: Draft): Draft {
    if (draft.format !== 'markdown') return draft;
    const unquoted = (line: SourceLine) => line.text.replace(QUOTED, '');
    const labelled = (line: SourceLine) => QUOTED.test(line.text) && labelAt(unquoted(line)) !== null;
    if (draft.lines.filter(labelled).length < 2) return draft;
    const lines = [...draft.lines];
    let count = 0;
    let first: SourceLine | null = null;
    for (const [start, end] of blockquotes(draft.lines)) {
      const run = draft.lines.slice(start, end + 1);
      if (!run.some(labelled)) continue;
      for (let index = start; index <= end; index++) {
        const line = draft.lines[index]!;
        first ??= line;
        count++;
        lines[index] = { no: line.no, text: unquoted(line) };
      }
    }
    if (first === null) return draft;
    const { text, no } = first;
    return {
      ...draft,
      lines,
      changes: [...draft.changes, change('markdown-blockquote', text, text.replace(QUOTED, ''), placeOf(no), count)],
    };
  },
};
