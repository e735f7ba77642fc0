/**
 * @module normalise/passes/setext-headings
 * Pass `setext-headings`: a short line underlined by a row of `=` or `-` (Markdown's "setext"
 * heading, and the way plain-text pages set a title) is the heading it underlines, not a line of
 * text over a horizontal rule. The line is rewritten as the Markdown heading it is (`# Title`,
 * `## Part two`), so the title block and `segment` read it as one; the underline goes to
 * `removed[]` as markup, and the rewrite is logged as one summary change with a count.
 */
import type { Removed } from '../../model/nodes.js';
import { change, placeOf, removal, type Draft, type Pass, type SourceLine } from '../draft.js';
import { startsWithLabel } from '../labels.js';

const UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;

/** The heading level a line's underline gives (1 for `===`, 2 for `---`), or null when it is no underline. */
function underlineLevel(line: SourceLine | undefined): 1 | 2 | null {
  const match = line ? UNDERLINE.exec(line.text) : null;
  if (!match || match[1]!.length < 3) return null;
  return match[1]!.startsWith('=') ? 1 : 2;
}

/**
 * True for a line a heading can be: a few words of text standing first in their paragraph, not
 * already markup, not a speaker's label; under `---` (which a writer also types as a rule after a
 * paragraph) not a sentence either.
 */
function headingText(text: string, level: 1 | 2): boolean {
  const trimmed = text.trim();
  if (!/\p{L}/u.test(trimmed) || /^(?:#|[-*+>|]\s|\d+[.)]\s)/.test(trimmed)) return false;
  if (trimmed.split(/\s+/).length > 15 || startsWithLabel(trimmed)) return false;
  return level === 1 || !/[.,;:]$/.test(trimmed);
}

export const setextHeadings: Pass = {
  name: 'setext-headings',
  run(draft: Draft): Draft {
    if (draft.format !== 'markdown' && draft.format !== 'text') return draft;
    const lines: SourceLine[] = [];
    const removed: Removed[] = [];
    let count = 0;
    let first: { heading: SourceLine; underline: SourceLine; level: 1 | 2 } | null = null;
    for (let index = 0; index < draft.lines.length; index++) {
      const line = draft.lines[index]!;
      const level = underlineLevel(draft.lines[index + 1]);
      const standsFirst = index === 0 || draft.lines[index - 1]!.text.trim() === '';
      if (level === null || !standsFirst || !headingText(line.text, level)) {
        lines.push(line);
        continue;
      }
      const underline = draft.lines[index + 1]!;
      lines.push({ no: line.no, text: `${'#'.repeat(level)} ${line.text.trim()}` });
      removed.push(
        removal(
          underline.text,
          'heading-underline',
          'The row of `=` or `-` under a heading, which makes the line above it a heading.',
          placeOf(underline.no),
        ),
      );
      first ??= { heading: line, underline, level };
      count++;
      index++;
    }
    if (first === null) return draft;
    return {
      ...draft,
      lines,
      removed: [...draft.removed, ...removed],
      changes: [
        ...draft.changes,
        change(
          'setext-heading',
          `${first.heading.text.trim()}\n${first.underline.text.trim()}`,
          `${'#'.repeat(first.level)} ${first.heading.text.trim()}`,
          placeOf(first.heading.no, first.underline.no),
          count,
        ),
      ],
    };
  },
};
