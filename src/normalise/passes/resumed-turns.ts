/**
 * @module normalise/passes/resumed-turns
 * Pass `resumed-turns`: a speaker interrupted by something the record reports — "(Member of the
 * audience asks, "Is the mic on?")", "(Laughter.)" — and labelled again to finish the sentence
 * ("SENATOR ROE:  -- so we can get some answers") goes on with the same turn: when a turn starts
 * with a dash or an ellipsis and the turn before it (right before, or before a stage direction)
 * has the same speaker, they become one turn (the direction a paragraph of it, as `build-turns`
 * does for directions between paragraphs). So do two entries of a timed log printed with the
 * same label and only a time stamp between them ("[00:01:12]" / "P: …" / "[00:01:16]" / "P: …").
 * An info diagnostic `turn-resumed` says so. A diariser's generic label ("Speaker 1") that cuts
 * a sentence in two — the turn before it ends mid-sentence, its words go on in lower case, and
 * the voice starts no sentence of its own anywhere (an announcer between clips does) — is
 * dropped (`removed[]`, reason `generic-label-mid-sentence`) and the sentence joined again —
 * unless only a word or two finish that sentence before the voice goes on with sentences of its
 * own ("how are" / "Speaker 2: you? Thank you for taking my question."): the diariser cut late.
 */
import type { Diagnostic, Removed } from '../../model/nodes.js';
import { diagnostic, isDraftTurn, removal, type Draft, type DraftBlock, type DraftTurn, type Pass } from '../draft.js';

/** A diariser's label for a voice it could not name: "Speaker 1", "SPEAKER_02", "Unknown Speaker". */
const GENERIC_VOICE = /^(?:(?:unknown|unidentified)\s+)?speaker(?:[\s_]*\d{1,2})?$/i;
const SENTENCE_END = /[.?!…"”'’)\]]$/;

/**
 * A voice whose words start with the last word or two of the sentence before, then sentences of
 * its own ("you? Thank you for taking my question. …"): the diariser cut the change of speaker a
 * word late, and the voice is a voice.
 */
const CUT_LATE = /^\s*\S+(?:\s+\S+)?[.?!…]["”’)]*\s+["“‘(]?\p{Lu}/u;

/** The words of a sentence taken up again: "-- so we", "— and", "…and", "... to say". */
const RESUMES = /^\s*(?:--|—|–|\.\.\.|…)\s*\p{Ll}/u;

/** A time stamp standing alone between entries of a log: "[00:01:16]", "[-00:00:00:03]", "12:04:33". */
const TIME_MARK = /^\s*\[?-?\d{1,3}(?::\d{2}){1,3}(?:[.,]\d+)?\]?\s*$/;

function directionText(block: DraftBlock): string | null {
  if (block.type !== 'stageDirection') return null;
  return block.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

export const resumedTurns: Pass = {
  name: 'resumed-turns',
  run(draft: Draft): Draft {
    const blocks: DraftBlock[] = [];
    const diagnostics: Diagnostic[] = [];
    const removed: Removed[] = [];
    const cut = new Set<string>();
    // A generic voice that also starts sentences of its own (an announcer between clips) is a
    // voice: its labels are never dropped.
    const speaksOnItsOwn = new Set(
      draft.blocks
        .filter(isDraftTurn)
        .filter((t) => t.label !== null && GENERIC_VOICE.test(t.label.trim()))
        .filter((t) => /^[\p{Lu}\p{N}"“'‘([]/u.test(t.paragraphs[0]?.text.trim() ?? ''))
        .map((t) => t.label!.trim()),
    );
    for (const block of draft.blocks) {
      const last = blocks.at(-1);
      const text = last ? directionText(last) : null;
      // The turn before: right before, or before the reported interruption.
      const before = text !== null ? blocks.at(-2) : last;
      // A diariser's generic label cutting a sentence in two ("… I moved" / "Speaker 1: a submarine
      // or two …"): the sentence, and the turn, go on.
      const previous = last && isDraftTurn(last) ? last : null;
      const lastText = previous?.paragraphs.at(-1)?.text.trim() ?? '';
      if (
        isDraftTurn(block) &&
        previous &&
        block.label !== null &&
        GENERIC_VOICE.test(block.label.trim()) &&
        !speaksOnItsOwn.has(block.label.trim()) &&
        lastText !== '' &&
        !SENTENCE_END.test(lastText) &&
        /^\p{Ll}/u.test(block.paragraphs[0]?.text.trim() ?? '') &&
        !CUT_LATE.test(block.paragraphs[0]?.text ?? '')
      ) {
        if (block.speaker) cut.add(block.speaker);
        blocks.splice(-1, 1, {
          ...previous,
          paragraphs: [
            ...previous.paragraphs.slice(0, -1),
            { ...previous.paragraphs.at(-1)!, text: `${lastText} ${block.paragraphs[0]!.text.trim()}` },
            ...block.paragraphs.slice(1),
          ],
        });
        removed.push(
          removal(
            `${block.label}:`,
            'generic-label-mid-sentence',
            `“${block.label}” cuts a sentence of the speaker before it in two: the sentence and the turn go on.`,
            block.place,
          ),
        );
        continue;
      }
      if (
        isDraftTurn(block) &&
        block.speaker !== null &&
        before &&
        isDraftTurn(before) &&
        before.speaker === block.speaker &&
        (RESUMES.test(block.paragraphs[0]?.text ?? '') ||
          (text !== null && TIME_MARK.test(text) && block.label !== null && block.label === before.label))
      ) {
        const interruption = text !== null ? [{ text, place: last!.place ?? block.place, blankLinesBefore: 1 }] : [];
        const merged: DraftTurn = {
          ...before,
          paragraphs: [...before.paragraphs, ...interruption, ...block.paragraphs],
        };
        blocks.splice(text !== null ? -2 : -1, text !== null ? 2 : 1, merged);
        diagnostics.push(
          diagnostic(
            'info',
            'turn-resumed',
            `The speaker is labelled again to finish the sentence${text !== null ? ` after “${text.trim()}”` : ''}: one turn.`,
            block.place,
          ),
        );
        continue;
      }
      blocks.push(block);
    }
    if (diagnostics.length === 0 && removed.length === 0) return draft;
    // A generic voice whose every turn went back to the speaker it interrupted is nobody.
    const speaking = new Set(blocks.filter(isDraftTurn).map((t) => t.speaker));
    return {
      ...draft,
      participants: draft.participants.filter((p) => !cut.has(p.id) || speaking.has(p.id)),
      blocks,
      removed: [...draft.removed, ...removed],
      diagnostics: [...draft.diagnostics, ...diagnostics],
    };
  },
};
