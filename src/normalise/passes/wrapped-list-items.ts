/**
 * @module normalise/passes/wrapped-list-items
 * Pass `wrapped-list-items`: in hard-wrapped Markdown, a list item too long for the width goes
 * on at the start of the next lines (Markdown's "lazy continuation"):
 *
 *     - **Guest:** Major General Jane Roe, USMC — Commander, U.S.
 *     Marine Corps Forces Cyberspace Command; aviator
 *
 * Read line by line, the second line would be a paragraph of its own (before the first label, a
 * turn nobody speaks). The lines that go on with an item are put back on the item's line, up to
 * a blank line, the next item, a heading, a quote, a table row or a line that starts with a
 * label; they are left empty, so every line keeps its number. Only in Markdown that is
 * hard-wrapped (`wrapped-labels`' test); the rewrite is logged as one summary change with a count.
 */
import { type Draft, type Pass } from '../draft.js';
import { labelAt } from '../labels.js';
import { RejoinedLines } from '../rejoined-lines.js';
import { hardWrapped } from './wrapped-labels.js';

/** A Markdown list item: a bullet or a number, then a space. */
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+\S/;
/** A line that starts a block of its own: an item, a heading, a quote, a table row, a rule, a fence. */
const BLOCK_START = /^\s*(?:[-*+]\s|\d{1,3}[.)]\s|#|>|\||```|~~~|---|\*\*\*|___|<)/;

export const wrappedListItems: Pass = {
  name: 'wrapped-list-items',
  run(draft: Draft): Draft {
    if (draft.format !== 'markdown' || !hardWrapped(draft.lines)) return draft;
    const rejoined = new RejoinedLines(draft);
    const lines = rejoined.lines;
    for (let index = 0; index < lines.length; index++) {
      if (!LIST_ITEM.test(lines[index]!.text)) continue;
      let last = index;
      while (
        last + 1 < lines.length &&
        lines[last + 1]!.text.trim() !== '' &&
        !BLOCK_START.test(lines[last + 1]!.text) &&
        labelAt(lines[last + 1]!.text) === null
      )
        last++;
      if (last > index) rejoined.join(index, last, 'first');
      index = last;
    }
    return rejoined.applyTo(draft, 'wrapped-list-item');
  },
};
