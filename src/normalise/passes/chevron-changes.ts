/**
 * @module normalise/passes/chevron-changes
 * Pass `chevron-changes`: a live captioner marks each new voice with `>>`, and a transcript
 * saved as text from such captions (a video page's `[00:13] What do you do? >> Great questions.`)
 * keeps the marks, at the start of a line or inside it, with no name after them. Where the text
 * holds at least four such marks and most of them name nobody (named ones, `>> JANE ROE:`, are
 * labels and read as such), each mark starts a new paragraph that starts a new turn, nobody
 * named (`startsTurn`), and the mark itself goes: the change is recorded once in `changes[]`
 * (`caption-speaker-change`, as the caption reader records it). Later passes may still name the
 * voices (a self-introduction, inference); nothing here guesses who speaks.
 */
import { labelAt } from '../labels.js';
import { change, type Draft, type Pass, type Segment } from '../draft.js';

/** At least this many unnamed marks make the convention. */
const MIN_MARKS = 4;

/** A `>>` mark: at a line's start (after a time stamp) or after a sentence's end; not `>>>`, not inside a word. */
const CHEVRON = /(?<![>\w])>>(?!>)\s*/g;
const HAS_CHEVRON = new RegExp(CHEVRON.source);

/** The first mark of a piece (with a stamp before it, `[00:09] >> Thanks`: the mark goes, the stamp stays). */
const CHEVRON_ONCE = /(?<![>\w])>>(?!>)\s*/;
/** A time stamp opening a line, just before a mark: it goes with the words after the mark. */
const TRAILING_STAMP = /(?<=^|\s)(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}:\d{2}(?::\d{2})?)\s*$/;

/** Why a paragraph after a mark starts a new turn. */
const CHEVRON_EVIDENCE = 'a captioner’s mark of a new voice (“>>”) stands here: a new turn, by nobody the text names';

export const chevronChanges: Pass = {
  name: 'chevron-changes',
  run(draft: Draft): Draft {
    let marks = 0;
    let named = 0;
    for (const segment of draft.segments) {
      if (segment.kind !== 'para') continue;
      for (const match of segment.text.matchAll(CHEVRON)) {
        marks++;
        const after = segment.text.slice(match.index + match[0].length);
        if (labelAt(after)?.rest) named++;
      }
    }
    if (marks - named < MIN_MARKS || named >= marks / 2) return draft;
    const out: Segment[] = [];
    let count = 0;
    let firstLine = 0;
    for (const segment of draft.segments) {
      if (segment.kind !== 'para' || !HAS_CHEVRON.test(segment.text)) {
        out.push(segment);
        continue;
      }
      // Each piece with where it starts in the text; a stamp just before a mark opens the piece after it.
      const pieces: { text: string; at: number }[] = [];
      let from = 0;
      for (const match of segment.text.matchAll(CHEVRON)) {
        const before = segment.text.slice(from, match.index);
        const stamp = TRAILING_STAMP.exec(before);
        const cut = stamp ? match.index - stamp[0].length : match.index;
        pieces.push({ text: segment.text.slice(from, cut), at: from });
        from = cut;
      }
      pieces.push({ text: segment.text.slice(from), at: from });
      const [head, ...marked] = pieces;
      if (head!.text.trim() !== '') out.push({ ...segment, text: head!.text.trimEnd() });
      for (const piece of marked) {
        const text = piece.text.replace(CHEVRON_ONCE, '').trim();
        if (text === '') continue;
        count++;
        // (The source line the piece starts on: the last line break of the reflowed paragraph before it.)
        const line = (segment.breaks ?? []).filter((b) => b.offset <= piece.at).at(-1)?.line ?? segment.place.line;
        if (firstLine === 0) firstLine = line;
        out.push({
          kind: 'para',
          text,
          place: { line },
          blankLinesBefore: piece.at === 0 ? segment.blankLinesBefore : 0,
          startsTurn: CHEVRON_EVIDENCE,
        });
      }
    }
    return {
      ...draft,
      segments: out,
      changes: [...draft.changes, change('caption-speaker-change', '>>', '¶', { line: firstLine }, count)],
    };
  },
};
