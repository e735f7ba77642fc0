/**
 * @module normalise/passes/join-broken-paragraphs
 * Pass `join-broken-paragraphs`: a paragraph of a turn that stops mid-sentence (no closing
 * punctuation) and is followed by another paragraph of the same turn was broken by a page
 * break, an OCR line break or a caption pause, not by the speaker: the two are joined and the
 * join is logged. Paragraphs that end in a dash (a cut-off) are left alone. Captions are not
 * touched: `caption-paragraphs` has made their paragraphs.
 */
import type { Change } from '../../model/nodes.js';
import { change, isDraftTurn, type Draft, type DraftTurn, type Pass } from '../draft.js';

/** (Closing emphasis marks after the stop, `**What next?**`, do not hide it.) */
const ENDS_SENTENCE = /[.?!…:;"”’')\]\-–—][*_]*\s*$/;
const STANDS_ALONE = /^\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/;

function lastWord(text: string): string {
  // From the end only: paragraphs can grow long as they are joined.
  return /(\S*)\s*$/.exec(text.slice(-200))?.[1] ?? '';
}

function firstWord(text: string): string {
  return /^\s*(\S*)/.exec(text.slice(0, 200))?.[1] ?? '';
}

function joinTurn(turn: DraftTurn, log: Change[]): DraftTurn {
  // Pieces are collected and joined once: re-trimming a growing string would be quadratic.
  const groups: { pieces: string[]; first: DraftTurn['paragraphs'][number]; endLine: number }[] = [];
  for (const paragraph of turn.paragraphs) {
    const group = groups[groups.length - 1];
    const previous = group?.pieces[group.pieces.length - 1];
    if (
      group &&
      previous !== undefined &&
      previous.trim() !== '' &&
      !ENDS_SENTENCE.test(previous.slice(-8)) &&
      !(group.pieces.length === 1 && STANDS_ALONE.test(previous)) &&
      !STANDS_ALONE.test(paragraph.text) &&
      paragraph.text.trim() !== '' &&
      // (A paragraph whose label printed a time starts where that time says.)
      paragraph.time === undefined
    ) {
      log.push(
        change(
          'join-paragraph',
          `${lastWord(previous)}¶${firstWord(paragraph.text)}`,
          `${lastWord(previous)} ${firstWord(paragraph.text)}`,
          paragraph.place,
        ),
      );
      group.pieces.push(paragraph.text.trim());
      group.endLine = paragraph.place.endLine ?? paragraph.place.line;
    } else {
      groups.push({
        pieces: [paragraph.text.trim() === '' ? paragraph.text : paragraph.text.trim()],
        first: paragraph,
        endLine: paragraph.place.endLine ?? paragraph.place.line,
      });
    }
  }
  const paragraphs = groups.map(({ pieces, first, endLine }) =>
    pieces.length === 1 ? first : { ...first, text: pieces.join(' '), place: { line: first.place.line, endLine } },
  );
  return { ...turn, paragraphs };
}

export const joinBrokenParagraphs: Pass = {
  name: 'join-broken-paragraphs',
  run(draft: Draft): Draft {
    // Captions were joined and cut by `caption-paragraphs`, which may cut raw ASR mid-sentence on purpose.
    if (draft.captionUnits !== null) return draft;
    const log: Change[] = [];
    const blocks = draft.blocks.map((block) => (isDraftTurn(block) ? joinTurn(block, log) : block));
    return log.length === 0 ? draft : { ...draft, blocks, changes: [...draft.changes, ...log] };
  },
};
