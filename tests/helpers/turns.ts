// A compact view of a transcript's turns for assertions: [speaker name, label as printed,
// attribution method, first words of the first paragraph].
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
      .split(' ')
      .slice(0, words)
      .join(' '),
  ]);
}
