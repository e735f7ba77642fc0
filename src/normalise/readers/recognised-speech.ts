/**
 * @module normalise/readers/recognised-speech
 * What every speech-recognition reader (Whisper, Amazon Transcribe, AssemblyAI, Deepgram, Rev.ai)
 * shares once it has taken its file apart: timed pieces of text (an utterance, a segment) with
 * their speakers and, where the file has them, their words' timings and confidences — into the
 * draft's participants and turns.
 *
 * - A diarisation label (`SPEAKER_00`, `A`, `0`, `spk_1`) is an anonymous participant
 *   "Speaker 1", "Speaker 2", … (`p-speaker-1`, …) numbered in order of first appearance, the
 *   label as printed kept in its `labels`; a name the file gives (Rev.ai `speaker_name`) is used.
 * - A file that does not tell speakers apart gives turns with no speaker (attribution `unknown`,
 *   printed "[Unidentified speaker]"), never an invented one; an editor names them with a
 *   sidecar's `turns:`.
 * - Consecutive pieces of one speaker are one turn. Each word becomes one draft paragraph with
 *   its timing (caption units `words`), and `caption-paragraphs` makes a reader's paragraphs from
 *   pauses and sentence ends.
 *
 * Also: `alignWords`, which finds a recogniser's words in the text it printed, so that the text
 * (with its punctuation and spacing) is what the edition prints and every word keeps its timing.
 */
import type { Participant } from '../../model/nodes.js';
import { diagnostic, type Draft, type DraftParagraph, type DraftTurn, type WordTiming } from '../draft.js';
import { anonymousSpeaker, shortNameOf, slug } from '../people.js';

/** One word as a recogniser gives it. */
export interface RecognisedWord {
  /** As spelled in the file (punctuation attached or not, leading space or not). */
  text: string;
  start: number | null;
  end: number | null;
  confidence: number | null;
  /** Diarisation label of this word, when the file gives one per word. */
  speaker?: string | null;
}

/** A stretch of recognised speech: an utterance, a segment, a monologue. */
export interface RecognisedPiece {
  /** The text as the file prints it. */
  text: string;
  start: number | null;
  end: number | null;
  /** Diarisation label as in the file, or null. */
  speaker: string | null;
  /** One entry per white-space-separated token of `text`, when the file times its words. */
  words?: WordTiming[];
  /** Per token, a speaker that differs from the piece's (a word-level diarisation). */
  wordSpeakers?: (string | null)[];
}

/** What a reader hands over. */
export interface RecognisedSpeech {
  pieces: RecognisedPiece[];
  /** Names the file gives to diarisation labels (Rev.ai `speaker_name`). */
  speakerNames?: ReadonlyMap<string, string>;
  /** The program that made the file, where it says so. */
  tool: string | null;
}

/** Numbers in a file may be strings ("4.87" in Amazon Transcribe): a finite number or null. */
export function numberOrNull(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** A plain object, or null. */
export function recordOf(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** An array of plain objects (other entries left out), or []. */
export function recordsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map(recordOf).filter((r): r is Record<string, unknown> => r !== null) : [];
}

/** A diarisation label as text ("0" for Deepgram's number 0), or null. */
export function labelOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function merge(words: readonly RecognisedWord[]): WordTiming {
  const timed = words.filter((w) => w.start !== null && w.end !== null);
  const sure = words.map((w) => w.confidence).filter((c): c is number => c !== null);
  return {
    start: timed[0]?.start ?? null,
    end: timed[timed.length - 1]?.end ?? null,
    confidence: sure.length > 0 ? Math.min(...sure) : null,
  };
}

/**
 * Find a recogniser's words, in order, in the text it printed, and give each white-space token of
 * the text the timing of the words found in it (the start of the first, the end of the last, the
 * lowest confidence). A word the text does not hold is skipped (the text is what is printed); a
 * token no word was found in has no timing. Also the speaker of each token's first word.
 */
export function alignWords(
  text: string,
  words: readonly RecognisedWord[],
): { words: WordTiming[]; speakers: (string | null)[] } {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  const found: RecognisedWord[][] = tokens.map(() => []);
  const lower = text.toLowerCase();
  let cursor = 0;
  let token = 0;
  for (const word of words) {
    const spelled = word.text.trim().toLowerCase();
    if (spelled === '') continue;
    let at = lower.indexOf(spelled, cursor);
    // Text that spells the word differently (a recogniser's "%" for "percent"): try its letters.
    if (at < 0 || at - cursor > 80) {
      const core = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(spelled)?.[0];
      at = core ? lower.indexOf(core, cursor) : -1;
      if (at < 0 || at - cursor > 80) continue;
      cursor = at + core!.length;
    } else cursor = at + spelled.length;
    while (token < tokens.length - 1 && tokens[token]!.to <= at) token++;
    found[token]?.push(word);
  }
  return {
    words: found.map((list) => merge(list)),
    speakers: found.map((list) => list[0]?.speaker ?? null),
  };
}

const PLACE = { line: 1 };

/** Participants for the labels in order of first appearance. */
function participantsFor(
  labels: readonly string[],
  names: ReadonlyMap<string, string> | undefined,
): Map<string, Participant> {
  const out = new Map<string, Participant>();
  let anonymous = 0;
  const ids = new Set<string>();
  for (const label of labels) {
    if (out.has(label)) continue;
    const name = names?.get(label)?.trim();
    let participant: Participant;
    if (name) {
      let id = `p-${slug(name)}`;
      for (let n = 2; ids.has(id); n++) id = `p-${slug(name)}-${n}`;
      const shortName = name.includes(' ') ? shortNameOf(name) : name;
      participant = { id, name, shortName, role: null, affiliation: null, kind: 'person', labels: [label] };
    } else {
      participant = { ...anonymousSpeaker(++anonymous), labels: [label] };
    }
    ids.add(participant.id);
    out.set(label, participant);
  }
  return out;
}

/** One draft paragraph per token of a piece with timed words, or one for the piece. */
function paragraphsOf(piece: RecognisedPiece): { paragraph: DraftParagraph; speaker: string | null }[] {
  const tokens = piece.text.match(/\S+/g) ?? [];
  if (tokens.length === 0) return [];
  if (piece.words && piece.words.length === tokens.length) {
    return tokens.map((text, i) => {
      const timing = piece.words![i]!;
      const paragraph: DraftParagraph = { text, place: PLACE, blankLinesBefore: 0, words: [timing] };
      if (timing.start !== null && timing.end !== null) paragraph.cue = { start: timing.start, end: timing.end };
      return { paragraph, speaker: piece.wordSpeakers?.[i] ?? piece.speaker };
    });
  }
  const paragraph: DraftParagraph = { text: tokens.join(' '), place: PLACE, blankLinesBefore: 0 };
  if (piece.start !== null && piece.end !== null) paragraph.cue = { start: piece.start, end: piece.end };
  return [{ paragraph, speaker: piece.speaker }];
}

/** Seconds the model can hold: from 0 to about four months; anything else is no time. */
function saneTime(value: number | null): number | null {
  return value !== null && value >= 0 && value < 1e7 ? value : null;
}

/** A confidence from 0 to 1, or none. */
function saneConfidence(value: number | null): number | null {
  return value !== null && value >= 0 && value <= 1 ? value : null;
}

/** A piece with every time and confidence the model cannot hold left out (a damaged file). */
function sanePiece(piece: RecognisedPiece): RecognisedPiece {
  const out: RecognisedPiece = { ...piece, start: saneTime(piece.start), end: saneTime(piece.end) };
  if (piece.words)
    out.words = piece.words.map((w) => ({
      start: saneTime(w.start),
      end: saneTime(w.end),
      confidence: saneConfidence(w.confidence),
    }));
  return out;
}

/** Fill a draft from recognised speech (see the module comment). */
export function fillDraftFromSpeech(draft: Draft, speech: RecognisedSpeech, title: string): Draft {
  const units = speech.pieces.map(sanePiece).flatMap(paragraphsOf);
  const diarised = units.some((u) => u.speaker !== null);
  // A word the diariser left without a speaker goes on with the speaker before it (or after it, at the start).
  let current = units.find((u) => u.speaker !== null)?.speaker ?? null;
  const labelled = units.map((u) => {
    if (u.speaker !== null) current = u.speaker;
    return { ...u, speaker: diarised ? current : null };
  });
  const participants = participantsFor(
    labelled.map((u) => u.speaker).filter((s): s is string => s !== null),
    speech.speakerNames,
  );
  const blocks: DraftTurn[] = [];
  for (const unit of labelled) {
    const last = blocks[blocks.length - 1];
    const participant = unit.speaker !== null ? participants.get(unit.speaker)! : null;
    if (last && last.speaker === (participant?.id ?? null)) {
      last.paragraphs.push(unit.paragraph);
      continue;
    }
    const named = participant !== null && participant.kind === 'person';
    blocks.push({
      type: 'draftTurn',
      speaker: participant?.id ?? null,
      label: null,
      labelForm: null,
      function: null,
      method: participant ? 'explicit' : 'unknown',
      confidence: participant ? 0.9 : 0,
      evidence: participant
        ? [
            named
              ? `the ${title} file names speaker “${unit.speaker}” ${participant.name}`
              : `the ${title} file's diarisation gives these words to speaker “${unit.speaker}”`,
          ]
        : [`the ${title} file does not tell speakers apart`],
      paragraphs: [{ ...unit.paragraph, blankLinesBefore: 1 }],
      place: PLACE,
    });
  }
  const diagnostics = [...draft.diagnostics];
  if (units.length === 0)
    diagnostics.push(diagnostic('warning', 'speech-empty', `The ${title} file holds no recognised words.`));
  else if (!diarised)
    diagnostics.push(
      diagnostic(
        'info',
        'speech-no-speakers',
        `The ${title} file does not tell speakers apart (no diarisation): its speech is left to an unidentified speaker; a sidecar's "turns:" gives paragraphs to people.`,
      ),
    );
  return {
    ...draft,
    captionUnits: 'words',
    meta: { ...draft.meta, tool: speech.tool },
    participants: [...participants.values()],
    blocks,
    diagnostics,
  };
}
