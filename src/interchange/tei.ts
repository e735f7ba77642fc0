/**
 * @module interchange/tei
 * The TEI P5 vocabulary Verbatim writes and reads, shared by the TEI writer (`render/tei/`) and
 * reader (`normalise/readers/tei.ts`) so the two cannot drift apart: which element and `@type`
 * stand for each incident kind (ParlaMint's `vocal`/`kinesic`/`incident` types), the `@ana`
 * tokens of a turn's attribution method and function, the `@type` of a heading's depth and of
 * the notes that carry labels, evidence and marks, and how a paragraph's timings are written as a
 * `<timeline>` of `<when>`s. `docs/interchange.md` is the mapping in prose.
 */
import type { Attribution, Heading, IncidentKind, Participant, Timing, TurnFunction } from '../model/nodes.js';

/** The TEI namespace. */
export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** The elements ParlaMint uses for non-speech events. */
export type TeiIncidentElement = 'vocal' | 'kinesic' | 'incident';

/** The element and `@type` written for each incident kind. */
export const TEI_INCIDENT: Readonly<Record<IncidentKind, { element: TeiIncidentElement; type: string }>> = {
  laughter: { element: 'vocal', type: 'laughter' },
  applause: { element: 'kinesic', type: 'applause' },
  interjection: { element: 'vocal', type: 'interruption' },
  procedure: { element: 'incident', type: 'action' },
  noise: { element: 'incident', type: 'sound' },
  music: { element: 'incident', type: 'music' },
  pause: { element: 'incident', type: 'pause' },
  other: { element: 'incident', type: 'incident' },
};

/** ParlaMint's types beyond the ones Verbatim writes, read as the nearest kind. */
const READ_TYPES: Readonly<Record<TeiIncidentElement, Readonly<Record<string, IncidentKind>>>> = {
  vocal: {
    laughter: 'laughter',
    interruption: 'interjection',
    shouting: 'interjection',
    exclamat: 'interjection',
    speaking: 'interjection',
    question: 'interjection',
    greeting: 'interjection',
    murmuring: 'noise',
    noise: 'noise',
    singing: 'music',
  },
  kinesic: { applause: 'applause', ringing: 'noise', signal: 'noise', noise: 'noise', playback: 'music' },
  incident: {
    action: 'procedure',
    leaving: 'procedure',
    entering: 'procedure',
    editorial: 'procedure',
    sound: 'noise',
    music: 'music',
    pause: 'pause',
    break: 'pause',
  },
};

/** The incident kind of a `vocal`, `kinesic` or `incident` element and its `@type`. */
export function incidentKindOf(element: TeiIncidentElement, type: string | undefined): IncidentKind {
  return (type !== undefined ? READ_TYPES[element][type] : undefined) ?? 'other';
}

/** `@ana` tokens for the attribution method (on `<u>`). */
export const METHOD_TOKENS: Readonly<Record<Attribution['method'], string>> = {
  explicit: '#explicit',
  inferred: '#inferred',
  editor: '#editor',
  unknown: '#unknown',
};

/** `@ana` tokens for the turn's function (on `<u>`). */
export const FUNCTION_TOKENS: Readonly<Record<TurnFunction, string>> = {
  question: '#question',
  answer: '#answer',
  statement: '#statement',
};

/** `@ana` tokens for the participant's kind (on `<person>` / `<personGrp>`). */
export const KIND_TOKENS: Readonly<Record<Participant['kind'], string>> = {
  person: '#person',
  group: '#group',
  anonymous: '#anonymous',
  unknown: '#unknown',
};

/** `<head type>` for each heading depth. */
export const HEAD_TYPES: Readonly<Record<Heading['depth'], string>> = { 1: 'main', 2: 'sub', 3: 'minor' };

/** `<note type>` values with a meaning of their own (any other type is an editorial note). */
export const NOTE_TYPES = {
  /** The label as printed, before its `<u>` (ParlaMint's `note type="speaker"`). */
  speaker: 'speaker',
  /** One sentence of attribution evidence, inside `<u>`. */
  evidence: 'evidence',
  /** The attribution note for readers, inside `<u>`; the reader writes it again from the evidence. */
  attribution: 'attribution',
  /** The transcriber's "(sic)". */
  sic: 'sic',
  /** "(As interpreted.)". */
  interpretation: 'interpretation',
  /** A `<desc>` holding the mark as printed, when it is not the description in brackets. */
  printed: 'printed',
} as const;

/** `<timeline unit>` of a paragraph's timings: seconds from the start of the recording. */
export const TIMELINE_UNIT = 's';

/** `<when interval>` of a word the source gives no time (a `?` of `Timing.words`), twice: start and end. */
export const UNKNOWN_INTERVAL = 'unknown';

/**
 * The `<when interval>` values of a paragraph's timings, in order: the paragraph's start and end,
 * then the start and end of each word (`unknown` twice for a word without a time). The word
 * times are copied as the model writes them, not reparsed, so they read back unchanged.
 */
export function timelineIntervals(timing: Timing): string[] {
  const out = [String(timing.start), String(timing.end)];
  for (const entry of timing.words !== undefined ? timing.words.split(' ') : []) {
    if (entry === '?') out.push(UNKNOWN_INTERVAL, UNKNOWN_INTERVAL);
    else out.push(...entry.split('-'));
  }
  return out;
}

const SECONDS = /^\d+(?:\.\d+)?$/;

/**
 * The timing of a paragraph from its `<when interval>` values (the inverse of
 * `timelineIntervals`); null when they are not two numbers of seconds and pairs after them. Word
 * times that are not pairs of seconds or of `unknown` leave the words out.
 */
export function timingOfIntervals(intervals: readonly (string | undefined)[]): Timing | null {
  const [start, end, ...words] = intervals;
  if (start === undefined || end === undefined || !SECONDS.test(start) || !SECONDS.test(end)) return null;
  const timing: Timing = { type: 'timing', start: Number(start), end: Number(end) };
  if (words.length === 0 || words.length % 2 !== 0) return timing;
  const entries: string[] = [];
  for (let i = 0; i < words.length; i += 2) {
    const [from, to] = [words[i], words[i + 1]];
    if (from === UNKNOWN_INTERVAL && to === UNKNOWN_INTERVAL) entries.push('?');
    else if (from !== undefined && to !== undefined && SECONDS.test(from) && SECONDS.test(to))
      entries.push(`${from}-${to}`);
    else return timing;
  }
  return { ...timing, words: entries.join(' ') };
}
