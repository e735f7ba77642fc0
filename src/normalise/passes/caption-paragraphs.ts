/**
 * @module normalise/passes/caption-paragraphs
 * Pass `caption-paragraphs`: captions carry no paragraphs. A caption file gives one cue per
 * draft paragraph, and caption rows saved as text give one row (or a few rows ending a sentence)
 * per draft paragraph; printed as they are, a reader gets one numbered paragraph per sentence
 * or a sentence cut in half between cues. Within each turn (a change of speaker has already
 * made a new turn), the pieces are joined and cut again into paragraphs as a reader expects:
 *  - a silence between cues longer than `paragraphPause` seconds (default 2) starts a new
 *    paragraph;
 *  - otherwise a paragraph ends at a sentence end once it has at least three sentences and
 *    about a hundred words, or a sentence opens a new topic ("So, …", "Now, …", "Finally …"),
 *    and always after eight sentences — unless fewer than 25 words of the turn are left (a
 *    closing "Thank you." stays with its paragraph);
 *  - never mid-sentence, except in a stretch of text with no sentence punctuation (raw ASR),
 *    which is cut at a cue or row boundary after 120 words without a sentence end (60 when a
 *    silence longer than the pause stands there).
 * Every word stays in its order; the joins and the cuts are counted in `changes[]` (not for a
 * speech recogniser's words, which never were paragraphs). Each paragraph keeps when it is heard
 * (`cue`: from its first timed word or cue to its last) and, from speech-recognition readers, the
 * timing and confidence of each of its words, which `inline-marks` puts into the model.
 */
import type { Change, Place } from '../../model/nodes.js';
import {
  change,
  isDraftTurn,
  type CueTiming,
  type Draft,
  type DraftTurn,
  type LineBreak,
  type Pass,
  type WordTiming,
} from '../draft.js';

type Paragraph = DraftTurn['paragraphs'][number];

/** Seconds of silence between cues that start a new paragraph unless the options say otherwise. */
export const DEFAULT_PARAGRAPH_PAUSE = 2;
const MIN_SENTENCES = 3;
const MAX_SENTENCES = 8;
const TARGET_WORDS = 100;
const RUN_ON_WORDS = 120;

/** Where one sentence ends and the next begins inside a piece: after . ? ! … (and closing quotes), before a capital or digit. */
const SENTENCE_BOUNDARY = /(?<=[.?!…]["”’)\]]*)\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;
const ENDS_SENTENCE = /[.?!…]["”’)\]]*\s*$/u;
/** Words that open a new topic at the start of a sentence. */
const OPENS_TOPIC =
  /^["“]?(?:(?:So|Now|Well|Okay|OK|Anyway|Nun|Alors),|(?:Finally|Firstly|Secondly|Thirdly|Lastly|Next|Today|Let me|Let[’']s|Turning to|Zunächst|Erstens|Zweitens|Drittens|Schließlich|Enfin|D[’']abord)\b)/u;
/** Words left in the turn below which no paragraph is cut off by length or topic (a closing "Thank you."). */
const SHORT_REST = 25;

/** A sentence or the piece of one that a cue or row holds. */
interface Fragment {
  text: string;
  line: number;
  endLine: number;
  /** First fragment of its cue or row: a pause may stand before it, a forced cut may fall before it. */
  startsPiece: boolean;
  /** The timing of the piece it belongs to. */
  cue?: CueTiming;
  blankLinesBefore: number;
  /** The recogniser's words of the fragment, one per token, when the piece had them. */
  words?: WordTiming[];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The source line at an offset of a piece (reflowed rows keep where each line begins). */
function lineAt(piece: Paragraph, offset: number): number {
  let line = piece.place.line;
  for (const b of piece.breaks ?? []) if (b.offset <= offset) line = b.line;
  return line;
}

/** A piece cut at its sentence boundaries. */
function fragmentsOf(piece: Paragraph): Fragment[] {
  const text = piece.text.trim();
  const lead = piece.text.indexOf(text);
  const out: Fragment[] = [];
  let from = 0;
  const ends = [...text.matchAll(SENTENCE_BOUNDARY)].map((m) => ({ end: m.index, next: m.index + m[0].length }));
  const words = piece.words && piece.words.length === wordCount(text) ? piece.words : undefined;
  let wordsUsed = 0;
  for (const cut of [...ends, { end: text.length, next: text.length }]) {
    const fragment = text.slice(from, cut.end);
    if (fragment !== '') {
      const fragmentWords = words?.slice(wordsUsed, wordsUsed + wordCount(fragment));
      wordsUsed += wordCount(fragment);
      const line = lineAt(piece, lead + from);
      const endLine = lineAt(piece, lead + cut.end - 1);
      out.push({
        text: fragment,
        line,
        endLine: Math.max(line, endLine),
        startsPiece: out.length === 0,
        ...(piece.cue ? { cue: piece.cue } : {}),
        blankLinesBefore: out.length === 0 ? piece.blankLinesBefore : 0,
        ...(fragmentWords ? { words: fragmentWords } : {}),
      });
    }
    from = cut.next;
  }
  // The last fragment reaches the piece's last line.
  const last = out[out.length - 1];
  if (last) last.endLine = Math.max(last.endLine, piece.place.endLine ?? piece.place.line);
  return out;
}

/** When a paragraph is heard: from its first timed word (or cue) to its last. */
function spanOf(group: readonly Fragment[]): CueTiming | null {
  let start: number | null = null;
  let end: number | null = null;
  for (const fragment of group) {
    const timed = fragment.words?.filter((w) => w.start !== null && w.end !== null) ?? [];
    const from = timed.length > 0 ? timed[0]!.start! : (fragment.cue?.start ?? null);
    const to = timed.length > 0 ? timed[timed.length - 1]!.end! : (fragment.cue?.end ?? null);
    if (from !== null && start === null) start = from;
    if (to !== null) end = Math.max(end ?? to, to);
  }
  return start !== null && end !== null ? { start, end: Math.max(start, end) } : null;
}

interface Grouping {
  paragraphs: Paragraph[];
  joins: number;
  cuts: number;
  firstJoin: Place | null;
}

/** The paragraphs of one turn, regrouped. */
export function groupCaptionParagraphs(pieces: readonly Paragraph[], pause: number): Grouping {
  const fragments = pieces.flatMap(fragmentsOf);
  // A label with no text keeps its one empty paragraph.
  if (fragments.length === 0) return { paragraphs: [...pieces], joins: 0, cuts: 0, firstJoin: null };
  // Words from each fragment to the end of the turn.
  const rest: number[] = new Array<number>(fragments.length + 1).fill(0);
  for (let i = fragments.length - 1; i >= 0; i--) rest[i] = rest[i + 1]! + wordCount(fragments[i]!.text);
  const groups: Fragment[][] = [];
  let current: Fragment[] = [];
  let sentences = 0;
  let words = 0;
  let sinceSentenceEnd = 0;
  let lastEnd: number | null = null;
  fragments.forEach((fragment, index) => {
    if (current.length > 0) {
      const previous = current[current.length - 1]!;
      // "…" before a lower-case word ("our lessons… at least that was") goes on with the sentence.
      const endsSentence = ENDS_SENTENCE.test(previous.text) && !/^\p{Ll}/u.test(fragment.text);
      const silence =
        fragment.startsPiece && fragment.cue && lastEnd !== null
          ? fragment.cue.start - lastEnd
          : Number.NEGATIVE_INFINITY;
      const cut = endsSentence
        ? silence > pause ||
          (rest[index]! >= SHORT_REST &&
            (sentences >= MAX_SENTENCES ||
              (sentences >= MIN_SENTENCES && (words >= TARGET_WORDS || OPENS_TOPIC.test(fragment.text)))))
        : // Mid-sentence only in a long stretch with no sentence end (raw ASR), at a cue or row boundary.
          fragment.startsPiece &&
          (sinceSentenceEnd >= RUN_ON_WORDS || (silence > pause && sinceSentenceEnd >= RUN_ON_WORDS / 2));
      if (cut) {
        groups.push(current);
        current = [];
        sentences = 0;
        words = 0;
        sinceSentenceEnd = 0;
      }
    }
    current.push(fragment);
    const n = wordCount(fragment.text);
    words += n;
    if (ENDS_SENTENCE.test(fragment.text)) {
      sentences++;
      sinceSentenceEnd = 0;
    } else sinceSentenceEnd += n;
    if (fragment.cue) lastEnd = Math.max(lastEnd ?? fragment.cue.end, fragment.cue.end);
  });
  if (current.length > 0) groups.push(current);

  let joins = 0;
  let cuts = 0;
  let firstJoin: Place | null = null;
  const paragraphs = groups.map((group) => {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    let text = '';
    const breaks: LineBreak[] = [];
    group.forEach((fragment, i) => {
      if (i > 0) {
        text += ' ';
        if (fragment.startsPiece) {
          joins++;
          firstJoin ??= { line: fragment.line };
        }
        if (fragment.line !== group[i - 1]!.endLine) breaks.push({ offset: text.length, line: fragment.line });
      }
      text += fragment.text;
    });
    const place: Place =
      last.endLine !== first.line ? { line: first.line, endLine: last.endLine } : { line: first.line };
    const paragraph: Paragraph = { text, place, blankLinesBefore: first.blankLinesBefore };
    if (breaks.length > 0) paragraph.breaks = breaks;
    const span = spanOf(group);
    if (span) paragraph.cue = span;
    if (group.every((fragment) => fragment.words)) paragraph.words = group.flatMap((fragment) => fragment.words!);
    return paragraph;
  });
  // A cut inside a piece (a cue holding the end of one sentence and the start of the next).
  for (let i = 1; i < groups.length; i++) if (!groups[i]![0]!.startsPiece) cuts++;
  return { paragraphs, joins, cuts, firstJoin };
}

export const captionParagraphs: Pass = {
  name: 'caption-paragraphs',
  run(draft: Draft): Draft {
    if (draft.captionUnits === null) return draft;
    const pause = draft.options.paragraphPause ?? DEFAULT_PARAGRAPH_PAUSE;
    let joins = 0;
    let cuts = 0;
    let firstJoin: Place | null = null;
    const blocks = draft.blocks.map((block) => {
      if (!isDraftTurn(block) || block.paragraphs.length === 0) return block;
      const grouped = groupCaptionParagraphs(block.paragraphs, pause);
      joins += grouped.joins;
      cuts += grouped.cuts;
      firstJoin ??= grouped.firstJoin;
      return { ...block, paragraphs: grouped.paragraphs };
    });
    const log: Change[] = [];
    if (draft.captionUnits === 'words') return { ...draft, blocks };
    if (joins > 0) log.push(change('caption-paragraphs', '¶', ' ', firstJoin ?? undefined, joins));
    if (cuts > 0) log.push(change('caption-paragraphs', ' ', '¶', undefined, cuts));
    return { ...draft, blocks, changes: [...draft.changes, ...log] };
  },
};
