/**
 * @module normalise/passes/unspoken-opening
 * Pass `unspoken-opening`: in a labelled transcript, the unlabelled lines before the first label
 * that hold no sentence — a page title with its date, a subtitle, a link, a page and tape
 * number, the keys of a front matter whose opening line was cut — and Markdown block quotes
 * (`> Note on speaker labels: …`, a note to readers) are the page's, not speech.
 * They go to `removed[]` with the reason, instead of making a turn nobody speaks. Lines with a
 * sentence in them (a salutation is the speaker's, see `speech-openings`; a notice in capitals where
 * the speech is printed in both cases is the page's), long lines, caption
 * cues and transcripts with fewer than two labelled turns are left alone. An opening that holds
 * the page's list of who attended (a Markdown table, `**Attendees:**`, `Present:`) is the page's
 * up to that list, whatever sentences it holds — a note to readers, the table (reason `cover-page`);
 * so is unlabelled prose under the page's own headings ("About the Interview", "Copyright
 * Statement") where a heading stands between it and the first label.
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

/**
 * A line in capitals only (`THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.`),
 * in a transcript whose speech is printed in both cases: a broadcaster's or press office's notice.
 */
function capitalsNotice(text: string, speechInBothCases: boolean): boolean {
  return speechInBothCases && !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 3;
}

/** A longer line set as a headline: most of its words capitalised (`Interview With Senator Jane Doe; Interview With …`). */
function headline(text: string): boolean {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return words.length <= 40 && capitalised >= words.length * 0.7;
}

/**
 * A note about the document itself, whatever sentences it holds: how the transcript was made or
 * edited, its licence or copyright, who sponsored it (`This transcript was made with automated
 * artificial intelligence …`, `All content on this site is licensed under …`).
 */
const DOCUMENT_NOTE =
  /\b(?:this|the|our)\s+(?:transcript|transcription|text|page|site|website|recording|episode|interview|conversation)\b[^.?!]{0,80}?\b(?:was|were|is|are|has been|have been)\s+(?:\w+\s+)?(?:made|produced|generated|created|edited|transcribed|condensed|licensed|published|recorded|provided|sponsored|machine[- ]generated|auto(?:matically)?[- ]generated)\b|\ball rights reserved\b|\blicen[cs]ed under\b|\bcreative commons\b|\bcopyright\b|©|\btranscripts? (?:is |are )?(?:sponsored|provided|made possible) by\b/i;

/** A covering letter's salutation or closing: `Dear Sir / Madam,`, `Yours faithfully,`, `Thanking you,`. */
const COVERING_LETTER =
  /\b(?:Dear\s+(?:Sir|Madam|Sirs|Shareholders?)\b|Yours\s+(?:faithfully|sincerely|truly)\b|Thanking\s+you,)/i;

function unspoken(turn: DraftTurn, speechInBothCases: boolean): boolean {
  return (
    turn.paragraphs.length <= MAX_LINES &&
    turn.paragraphs.every(
      (p) =>
        !p.cue &&
        (BLOCK_QUOTE.test(p.text) ||
          capitalsNotice(p.text, speechInBothCases) ||
          (DOCUMENT_NOTE.test(p.text) && p.text.trim().split(/\s+/).length <= 120) ||
          (COVERING_LETTER.test(p.text) && p.text.trim().split(/\s+/).length <= 400) ||
          (!SENTENCE_END.test(p.text) && (p.text.trim().split(/\s+/).length <= MAX_WORDS || headline(p.text)))),
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

/**
 * Where unlabelled turns and headings come before the first labelled turn and a heading stands
 * between the last of those turns and it: the index of that heading (the blocks before it are
 * the page's sections); 0 otherwise.
 */
function beforeLastOpeningHeading(blocks: readonly DraftBlock[]): number {
  const firstLabelled = blocks.findIndex((b) => isDraftTurn(b) && b.label !== null);
  if (firstLabelled <= 0) return 0;
  const opening = blocks.slice(0, firstLabelled);
  if (opening.some((b) => isDraftTurn(b) && b.speaker !== null)) return 0;
  const lastTurn = opening.findLastIndex(isDraftTurn);
  if (lastTurn < 0) return 0;
  const heading = opening.findIndex((b, index) => index > lastTurn && b.type === 'heading');
  return heading < 0 ? 0 : heading;
}

/** Headings of a page's own sections around a transcript: about, copyright, abstract, notes. */
const PAGE_SECTION =
  /^\s*(?:about\b|copyright|abstract|summary|biograph|bio\b|description|(?:show|episode|editor['’]?s|transcript|transcriber['’]?s)\s+notes?|notes?\b|links|resources|citation|how to cite|licen[cs]e|disclaimer|acknowledg|(?:table of )?contents|preface|foreword|synopsis|interview (?:summary|information|details))/i;

/**
 * The unlabelled turns of the opening that stand under a heading of the page's own sections (the
 * first perhaps under a heading the title block took: `headingBefore`).
 */
function underPageSections(opening: readonly DraftBlock[], headingBefore: string | null): number[] {
  const indexes: number[] = [];
  let section: string | null = headingBefore;
  opening.forEach((block, index) => {
    if (block.type === 'heading') section = block.children.map((c) => ('value' in c ? c.value : '')).join('');
    else if (isDraftTurn(block) && section !== null && PAGE_SECTION.test(section)) indexes.push(index);
  });
  return indexes;
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
    const speechInBothCases = labelled.some(
      (b) => isDraftTurn(b) && b.paragraphs.some((p) => /\p{Ll}/u.test(p.text) && /\p{Lu}/u.test(p.text)),
    );
    const sections = beforeLastOpeningHeading(draft.blocks);
    const firstLine = opening.place.line;
    const takenHeading =
      draft.removed
        .filter((r) => (r.place?.line ?? Infinity) < firstLine && /^\s*#{1,6}\s/.test(r.text))
        .at(-1)
        ?.text.replace(/^\s*#{1,6}\s+/, '') ?? null;
    const pageSections =
      sections > 0 && labelled.length >= 3 ? underPageSections(draft.blocks.slice(0, sections), takenHeading) : [];
    if (pageSections.length > 0) {
      // Prose under the page's own sections ("About the Interview", "Copyright Statement") before
      // a heading that the first label follows: the page's, whatever sentences it holds.
      const removed = pageSections
        .map((index) => draft.blocks[index] as DraftTurn)
        .flatMap((turn) =>
          turn.paragraphs.map((p) =>
            removal(
              p.text,
              'cover-page',
              'Unlabelled text under the page’s own headings, before the heading that the first label follows, in a labelled transcript: the page’s front matter, not speech.',
              p.place,
            ),
          ),
        );
      return {
        ...draft,
        blocks: draft.blocks.filter((_, index) => !pageSections.includes(index)),
        removed: [...draft.removed, ...removed],
      };
    }
    if (!unspoken(opening, speechInBothCases)) return draft;
    const removed = opening.paragraphs.map((p) =>
      removal(
        p.text,
        'unspoken-opening',
        BLOCK_QUOTE.test(p.text)
          ? 'A quoted note before the first label, in a labelled transcript: the page’s note to readers, not speech.'
          : COVERING_LETTER.test(p.text)
            ? 'A covering letter before the first label (its salutation or closing), in a labelled transcript: the page’s, not speech.'
            : DOCUMENT_NOTE.test(p.text) && SENTENCE_END.test(p.text)
              ? 'A note about the transcript itself (how it was made, its licence), before the first label in a labelled transcript: the page’s, not speech.'
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
