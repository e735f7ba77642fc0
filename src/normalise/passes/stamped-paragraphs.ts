/**
 * @module normalise/passes/stamped-paragraphs
 * Pass `stamped-paragraphs`: a transcript that prints the time each passage starts on a line of
 * its own above it (an oral history's film time code `01:00:45`, a video page's `[12:04]`)
 * reaches this pass with each stamp as a paragraph of its own. The stamp is the time of the words
 * under it, not words anyone spoke: it becomes that paragraph's printed time (a `timeMark` before
 * its words, as a time printed with a label does), so that the paragraph is read, attributed and
 * rendered by its words. A stamp followed by nothing, or by another stamp, stays as printed.
 * Minutes and seconds alone (`00:14`, a recorder app's export) are a stamp where three or more
 * paragraphs are only that; one alone may be a time of day.
 * A stamp set in bold at the start of a paragraph (`**(00:01:08)** And… nothing.`, a podcast
 * page's mark of a paragraph of the same speaker) loses its bold, so that it is read as a time
 * mark like any other, not left as an empty bold.
 */
import { clockSeconds } from '../dates.js';
import { isDraftTurn, type Draft, type DraftBlock, type DraftParagraph, type Pass } from '../draft.js';

/** A clock time alone, bare with hours (`01:00:45`) or in brackets (`[12:04]`, `[01:00:45]`). */
const STAMP_ALONE = /^\s*(?:\[(\d{1,2}:\d{2}(?::\d{2})?)\]|(\d{1,2}:\d{2}:\d{2}))\s*$/;
/** Minutes and seconds alone (`00:14`): a stamp only where the transcript prints three or more so (one may be a time of day). */
const BARE_MINUTES = /^\s*(\d{1,2}:\d{2})\s*$/;
const MIN_BARE_STAMPS = 3;

/** A stamp in bold or italics opening a paragraph, the words after it: `**(00:01:08)** And…`. */
const EMPHASISED_STAMP = /^(\s*)(\*\*|__|\*|_)([[(]\d{1,2}:\d{2}(?::\d{2})?[\])])\2(?=\s+\S)/;

/** The seconds and printed form of a paragraph that is a time stamp and nothing else; null otherwise. */
function stampOf(paragraph: DraftParagraph, bare = false): { seconds: number; asPrinted: string } | null {
  const match = STAMP_ALONE.exec(paragraph.text) ?? (bare ? BARE_MINUTES.exec(paragraph.text) : null);
  if (!match) return null;
  const seconds = clockSeconds(match[1] ?? match[2]!);
  return seconds === null ? null : { seconds, asPrinted: paragraph.text.trim() };
}

export const stampedParagraphs: Pass = {
  name: 'stamped-paragraphs',
  run(draft: Draft): Draft {
    // Every paragraph in document order; a block that is not a turn breaks the run, except a
    // stamp alone the turns were built around (before the first label: a stage direction).
    const directionStamps = new Map<DraftBlock, DraftParagraph>();
    for (const block of draft.blocks)
      if (block.type === 'stageDirection' && block.children.length === 1 && block.children[0]!.type === 'text')
        directionStamps.set(block, {
          text: block.children[0].value,
          place: block.place ?? { line: 0 },
          blankLinesBefore: 1,
        });
    const flat: (DraftParagraph | null)[] = draft.blocks.flatMap((block) =>
      isDraftTurn(block) ? block.paragraphs : [directionStamps.get(block) ?? null],
    );
    // (A labelled turn whose only words are a stamp keeps it: its label must not go.)
    const keep = new Set(
      draft.blocks.flatMap((b) =>
        isDraftTurn(b) && b.label !== null && b.paragraphs.length === 1 ? b.paragraphs : [],
      ),
    );
    const bare = flat.filter((p) => p !== null && BARE_MINUTES.test(p.text)).length >= MIN_BARE_STAMPS;
    const stamped = new Map<DraftParagraph, { seconds: number; asPrinted: string }>();
    const dropped = new Set<DraftParagraph>();
    flat.forEach((paragraph, index) => {
      const stamp = paragraph ? stampOf(paragraph, bare) : null;
      const next = flat[index + 1];
      if (
        !paragraph ||
        !stamp ||
        paragraph.cue ||
        keep.has(paragraph) ||
        !next ||
        next.time ||
        next.cue ||
        stampOf(next, bare)
      )
        return;
      stamped.set(next, stamp);
      dropped.add(paragraph);
    });
    const emphasised = (p: DraftParagraph) => EMPHASISED_STAMP.test(p.text);
    if (stamped.size === 0 && !flat.some((p) => p !== null && emphasised(p))) return draft;
    const blocks: DraftBlock[] = [];
    for (const block of draft.blocks) {
      if (!isDraftTurn(block)) {
        const stamp = directionStamps.get(block);
        if (!stamp || !dropped.has(stamp)) blocks.push(block);
        continue;
      }
      const paragraphs = block.paragraphs
        .filter((p) => !dropped.has(p))
        .map((p) => (stamped.has(p) ? { ...p, time: stamped.get(p)! } : p))
        .map((p) => (emphasised(p) ? { ...p, text: p.text.replace(EMPHASISED_STAMP, '$1$3') } : p));
      // (A turn that held only the stamp of the next turn's first words is gone with it.)
      if (paragraphs.length === 0) continue;
      const moved = block.label === null && dropped.has(block.paragraphs[0]!);
      blocks.push({ ...block, paragraphs, place: moved ? paragraphs[0]!.place : block.place });
    }
    return { ...draft, blocks };
  },
};
