/**
 * @module normalise/passes/unspoken-opening
 * Pass `unspoken-opening`: in a labelled transcript, the unlabelled lines before the first label
 * that hold no sentence — a page title with its date, a subtitle, a link, a page and tape
 * number, the keys of a front matter whose opening line was cut — are the page's, not speech.
 * They go to `removed[]` with the reason, instead of making a turn nobody speaks. Lines with a
 * sentence in them (a salutation is the speaker's, see `speech-openings`), long lines, caption
 * cues and transcripts with fewer than two labelled turns are left alone.
 */
import { isDraftTurn, removal, type Draft, type DraftTurn, type Pass } from '../draft.js';

/** A sentence ends here: a full stop, question or exclamation mark, perhaps inside quotes or brackets. */
const SENTENCE_END = /[.?!…](?:["'”’)\]]*)\s*$/u;
/** Longer than this, a line is prose whatever its punctuation. */
const MAX_WORDS = 16;
/** More unlabelled lines than this before the first label are more than a page's heading. */
const MAX_LINES = 8;

function unspoken(turn: DraftTurn): boolean {
  return (
    turn.paragraphs.length <= MAX_LINES &&
    turn.paragraphs.every((p) => !p.cue && !SENTENCE_END.test(p.text) && p.text.trim().split(/\s+/).length <= MAX_WORDS)
  );
}

export const unspokenOpening: Pass = {
  name: 'unspoken-opening',
  run(draft: Draft): Draft {
    const first = draft.blocks.findIndex(isDraftTurn);
    const opening = draft.blocks[first];
    if (!opening || !isDraftTurn(opening) || opening.speaker !== null || opening.label !== null) return draft;
    const labelled = draft.blocks.filter((b) => isDraftTurn(b) && b.method === 'explicit' && b.label !== null);
    if (labelled.length < 2 || !unspoken(opening)) return draft;
    const removed = opening.paragraphs.map((p) =>
      removal(
        p.text,
        'unspoken-opening',
        'A line before the first label with no sentence in it, in a labelled transcript: the page’s heading or notes, not speech.',
        p.place,
      ),
    );
    return {
      ...draft,
      blocks: draft.blocks.filter((_, index) => index !== first),
      removed: [...draft.removed, ...removed],
    };
  },
};
