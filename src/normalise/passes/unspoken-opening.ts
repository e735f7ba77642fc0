/**
 * @module normalise/passes/unspoken-opening
 * Pass `unspoken-opening`: in a labelled transcript, the unlabelled lines before the first label
 * that hold no sentence — a page title with its date, a subtitle, a link, a page and tape
 * number, the keys of a front matter whose opening line was cut — and Markdown block quotes
 * (`> Note on speaker labels: …`, a note to readers) are the page's, not speech.
 * They go to `removed[]` with the reason, instead of making a turn nobody speaks. Lines with a
 * sentence in them (a salutation is the speaker's, see `speech-openings`), long lines, caption
 * cues and transcripts with fewer than two labelled turns are left alone. An opening that holds
 * the page's list of who attended (a Markdown table, `**Attendees:**`, `Present:`) is the page's
 * up to that list, whatever sentences it holds — a note to readers, the table (reason `cover-page`).
 */
import { isDraftTurn, removal, type Draft, type DraftBlock, type DraftTurn, type Pass } from '../draft.js';

/** A sentence ends here: a full stop, question or exclamation mark, perhaps inside quotes or brackets. */
const SENTENCE_END = /[.?!…](?:["'”’)\]]*)\s*$/u;
/** Longer than this, a line is prose whatever its punctuation. */
const MAX_WORDS = 16;
/** More unlabelled lines than this before the first label are more than a page's heading. */
const MAX_LINES = 8;

/** A Markdown block quote: a note set apart from the text (`> Note on speaker labels: …`). */
const BLOCK_QUOTE = /^\s*>\s/;

function unspoken(turn: DraftTurn): boolean {
  return (
    turn.paragraphs.length <= MAX_LINES &&
    turn.paragraphs.every(
      (p) =>
        !p.cue &&
        (BLOCK_QUOTE.test(p.text) || (!SENTENCE_END.test(p.text) && p.text.trim().split(/\s+/).length <= MAX_WORDS)),
    )
  );
}

/** The page's list of who attended: a Markdown table, or a field naming those present. */
const ATTENDEE_LIST =
  /\|\s*:?-{3,}:?\s*\||\*\*(?:(?:in-person|remote)\s+)?(?:attendees|present|participants)\s*:?\s*\*\*|^\s*(?:attendees|present)\s*:/imu;

/** How many paragraphs of the opening, up to the page's list of attendees, are the page's (0 when it holds none). */
function beforeAttendeeList(turn: DraftTurn): number {
  let last = -1;
  turn.paragraphs.forEach((p, index) => {
    if (!p.cue && ATTENDEE_LIST.test(p.text)) last = index;
  });
  return last + 1;
}

export const unspokenOpening: Pass = {
  name: 'unspoken-opening',
  run(draft: Draft): Draft {
    const first = draft.blocks.findIndex(isDraftTurn);
    const opening = draft.blocks[first];
    if (!opening || !isDraftTurn(opening) || opening.speaker !== null || opening.label !== null) return draft;
    const labelled = draft.blocks.filter((b) => isDraftTurn(b) && b.method === 'explicit' && b.label !== null);
    if (labelled.length < 2) return draft;
    const coverPage = beforeAttendeeList(opening);
    if (coverPage > 0) {
      // Notes for the reader and the list of who attended, before anyone speaks: the page's.
      const rest = opening.paragraphs.slice(coverPage);
      const removed = opening.paragraphs
        .slice(0, coverPage)
        .map((p) =>
          removal(
            p.text,
            'cover-page',
            'Before the first label, up to the list of who attended, in a labelled transcript: the page’s opening, not speech.',
            p.place,
          ),
        );
      const kept: DraftBlock[] = rest.length > 0 ? [{ ...opening, paragraphs: rest, place: rest[0]!.place }] : [];
      return {
        ...draft,
        blocks: [...draft.blocks.slice(0, first), ...kept, ...draft.blocks.slice(first + 1)],
        removed: [...draft.removed, ...removed],
      };
    }
    if (!unspoken(opening)) return draft;
    const removed = opening.paragraphs.map((p) =>
      removal(
        p.text,
        'unspoken-opening',
        BLOCK_QUOTE.test(p.text)
          ? 'A quoted note before the first label, in a labelled transcript: the page’s note to readers, not speech.'
          : 'A line before the first label with no sentence in it, in a labelled transcript: the page’s heading or notes, not speech.',
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
