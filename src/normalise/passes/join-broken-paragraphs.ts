/**
 * @module normalise/passes/join-broken-paragraphs
 * Pass `join-broken-paragraphs`: a paragraph of a turn that stops mid-sentence (no closing
 * punctuation) and is followed by another paragraph of the same turn was broken by a page
 * break, an OCR line break or a caption pause, not by the speaker: the two are joined and the
 * join is logged. Paragraphs that end in a dash (a cut-off) are left alone.
 */
import type { Change } from '../../model/nodes.js';
import { change, isDraftTurn, type Draft, type DraftTurn, type Pass } from '../draft.js';

const ENDS_SENTENCE = /[.?!…:;"”’')\]\-–—]\s*$/;
const STANDS_ALONE = /^\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/;

function lastWord(text: string): string {
  return text.trim().split(/\s+/).pop() ?? '';
}

function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0] ?? '';
}

function joinTurn(turn: DraftTurn, log: Change[]): DraftTurn {
  const paragraphs: DraftTurn['paragraphs'] = [];
  for (const paragraph of turn.paragraphs) {
    const previous = paragraphs[paragraphs.length - 1];
    if (
      previous &&
      previous.text.trim() !== '' &&
      !ENDS_SENTENCE.test(previous.text) &&
      !STANDS_ALONE.test(previous.text) &&
      !STANDS_ALONE.test(paragraph.text) &&
      paragraph.text.trim() !== ''
    ) {
      log.push(change('join-paragraph', `${lastWord(previous.text)}¶${firstWord(paragraph.text)}`, `${lastWord(previous.text)} ${firstWord(paragraph.text)}`, paragraph.place));
      paragraphs[paragraphs.length - 1] = {
        ...previous,
        text: `${previous.text.trimEnd()} ${paragraph.text.trimStart()}`,
        place: { line: previous.place.line, endLine: paragraph.place.endLine ?? paragraph.place.line },
      };
    } else paragraphs.push(paragraph);
  }
  return { ...turn, paragraphs };
}

export const joinBrokenParagraphs: Pass = {
  name: 'join-broken-paragraphs',
  run(draft: Draft): Draft {
    const log: Change[] = [];
    const blocks = draft.blocks.map((block) => (isDraftTurn(block) ? joinTurn(block, log) : block));
    return log.length === 0 ? draft : { ...draft, blocks, changes: [...draft.changes, ...log] };
  },
};
