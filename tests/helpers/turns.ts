// Compact views of a transcript's turns for assertions: rows of [speaker name, label as printed,
// attribution method, first words], and summaries of speaker, method, paragraph count and start.
// (The words are trimmed: a time mark before them leaves the space that follows it.)
import type { Transcript } from '../../src/model/nodes.js';
import { spokenText, turnsOf } from '../../src/model/walk.js';

export type TurnRow = [string | null, string | null, string, string];

/** One row per turn, in document order; `words` first words of each turn's text. */
export function turnRows(transcript: Transcript, words = 3): TurnRow[] {
  const names = new Map(transcript.participants.map((p) => [p.id, p.name]));
  return [...turnsOf(transcript.body)].map((t) => [
    t.speaker ? (names.get(t.speaker) ?? t.speaker) : null,
    t.label,
    t.attribution.method,
    spokenText(t.paragraphs[0] ?? [])
      .trim()
      .split(' ')
      .slice(0, words)
      .join(' '),
  ]);
}

/** A turn as the exact-model tests state it: speaker name, method, paragraphs, first words. */
export interface TurnSummary {
  speaker: string | null | undefined;
  method: string;
  paragraphs: number;
  start: string;
}

/** One summary per turn, in document order; `words` first words of each turn's text. */
export function turnSummaries(transcript: Transcript, words = 4): TurnSummary[] {
  const names = new Map(transcript.participants.map((p) => [p.id, p.name]));
  return [...turnsOf(transcript.body)].map((t) => ({
    speaker: t.speaker ? names.get(t.speaker) : null,
    method: t.attribution.method,
    paragraphs: t.paragraphs.length,
    start: spokenText(t.paragraphs[0] ?? [])
      .trim()
      .split(' ')
      .slice(0, words)
      .join(' '),
  }));
}
