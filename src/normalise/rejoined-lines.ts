/**
 * @module normalise/rejoined-lines
 * Lines a hard wrap broke apart, put back on one line for the passes that read a line at a time
 * (`wrapped-labels`, `wrapped-list-items`): the stretch's text on its first or its last line, the
 * others left empty so that every line keeps its number, and one summary change per rule with
 * the first rewrite and a count.
 */
import type { Change } from '../model/nodes.js';
import { change, type Draft, type SourceLine } from './draft.js';

/** Joins stretches of a draft's lines and records them as one summary change. */
export class RejoinedLines {
  readonly lines: SourceLine[];
  private count = 0;
  private first: { from: string; to: string; line: number } | null = null;

  constructor(draft: Draft) {
    this.lines = draft.lines.map((line) => ({ ...line }));
  }

  /** Put lines `start`…`end` on one line, the `onto` one (the first keeps its indent), the others left empty. */
  join(start: number, end: number, onto: 'first' | 'last'): void {
    const stretch = this.lines.slice(start, end + 1);
    const from = stretch.map((line) => line.text).join('\n');
    const to = stretch
      .map((line, at) => (at === 0 && onto === 'first' ? line.text.trimEnd() : line.text.trim()))
      .join(' ');
    const target = onto === 'first' ? start : end;
    for (let index = start; index <= end; index++)
      this.lines[index] = { no: this.lines[index]!.no, text: index === target ? to : '' };
    this.first ??= { from, to, line: this.lines[start]!.no };
    this.count++;
  }

  /** The draft with the joined lines and the summary change under `rule`; the draft itself where nothing was joined. */
  applyTo(draft: Draft, rule: string): Draft {
    if (!this.first) return draft;
    const summary: Change = change(rule, this.first.from, this.first.to, { line: this.first.line }, this.count);
    return { ...draft, lines: this.lines, changes: [...draft.changes, summary] };
  }
}
