/**
 * @module normalise/passes/notes-lists
 * Pass `notes-lists`: meeting notes written in Markdown put lists between the labelled speech —
 * under an agenda item its links ("- [slides](https://…)", "- No slides"), under "Conclusion"
 * the outcome ("- Not advanced; listed as rejected"). An unlabelled stretch made only of list
 * items, in a transcript whose speech is labelled, is the note-taker's, not anyone's speech: each
 * item becomes a stage direction (info diagnostic `notes-list`) instead of a turn that inference
 * would give to the speaker before, or leave unattributed. A list inside a labelled turn stays
 * the speaker's, and nothing happens in a transcript with fewer than two labelled turns.
 */
import type { Diagnostic } from '../../model/nodes.js';
import { diagnostic, isDraftTurn, type Draft, type DraftBlock, type Pass, textDirection } from '../draft.js';

/** An item of a Markdown list: "- …", "* …", "+ …", "• …", "1. …". */
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+\S/u;

export const notesLists: Pass = {
  name: 'notes-lists',
  run(draft: Draft): Draft {
    const labelled = draft.blocks.filter((b) => isDraftTurn(b) && b.method === 'explicit' && b.label !== null);
    if (labelled.length < 2) return draft;
    const blocks: DraftBlock[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const block of draft.blocks) {
      if (
        !isDraftTurn(block) ||
        block.label !== null ||
        block.speaker !== null ||
        block.paragraphs.length === 0 ||
        !block.paragraphs.every((p) => !p.cue && LIST_ITEM.test(p.text))
      ) {
        blocks.push(block);
        continue;
      }
      for (const paragraph of block.paragraphs) blocks.push(textDirection(paragraph.text, paragraph.place));
      diagnostics.push(
        diagnostic(
          'info',
          'notes-list',
          'An unlabelled list between labelled speech: the notes’ own, kept as stage directions, not a turn.',
          block.place,
        ),
      );
    }
    if (diagnostics.length === 0) return draft;
    return { ...draft, blocks, diagnostics: [...draft.diagnostics, ...diagnostics] };
  },
};
