/**
 * @module normalise/readers/revai
 * Reader for a Rev.ai transcript (`application/vnd.rev.transcript.v1.0+json`): `monologues[]`,
 * each with `speaker` (a number), an optional `speaker_name`, and `elements[]` of type `text`
 * (`value`, `ts`, `end_ts`, `confidence`), `punct` (punctuation and the spaces between words) and
 * `unknown` (`<inaudible>`-style tags, printed in square brackets so they read as marks). A
 * speaker's name, where the file gives one, names the participant.
 */
import { change, type Draft } from '../draft.js';
import type { Change } from '../../model/nodes.js';
import {
  fillDraftFromSpeech,
  labelOf,
  numberOrNull,
  recordOf,
  recordsOf,
  type RecognisedPiece,
} from './recognised-speech.js';
import type { WordTiming } from '../draft.js';
import type { StructuredDocument, StructuredReader } from './structured.js';

function detect(document: StructuredDocument): boolean {
  if (document.syntax !== 'json') return false;
  const monologues = recordsOf(recordOf(document.value)?.['monologues']);
  return monologues.length > 0 && monologues.every((m) => Array.isArray(m['elements']));
}

function read(draft: Draft, document: StructuredDocument): Draft {
  const root = recordOf(document.syntax === 'json' ? document.value : null) ?? {};
  const names = new Map<string, string>();
  const changes: Change[] = [];
  const pieces: RecognisedPiece[] = [];
  for (const monologue of recordsOf(root['monologues'])) {
    const speaker = labelOf(monologue['speaker']);
    const name = typeof monologue['speaker_name'] === 'string' ? monologue['speaker_name'].trim() : '';
    if (speaker !== null && name !== '' && !names.has(speaker)) names.set(speaker, name);
    // The text is the elements' values run together; each token's timing is that of its words.
    let text = '';
    const words: WordTiming[] = [];
    let inToken = false;
    for (const element of recordsOf(monologue['elements'])) {
      let value = typeof element['value'] === 'string' ? element['value'] : '';
      if (element['type'] === 'unknown' && /^<[^<>]+>$/.test(value.trim())) {
        const marked = `[${value.trim().slice(1, -1)}]`;
        changes.push(change('revai-tag', value.trim(), marked));
        value = marked;
      }
      for (const part of value.match(/\s+|\S+/g) ?? []) {
        if (/^\s/.test(part)) {
          inToken = false;
          text += part;
          continue;
        }
        const timing: WordTiming = {
          start: element['type'] === 'text' ? numberOrNull(element['ts']) : null,
          end: element['type'] === 'text' ? numberOrNull(element['end_ts']) : null,
          confidence: element['type'] === 'text' ? numberOrNull(element['confidence']) : null,
        };
        if (!inToken) words.push(timing);
        else {
          const last = words[words.length - 1]!;
          words[words.length - 1] = {
            start: last.start ?? timing.start,
            end: timing.end ?? last.end,
            confidence:
              last.confidence === null ? timing.confidence : Math.min(last.confidence, timing.confidence ?? 1),
          };
        }
        inToken = true;
        text += part;
      }
    }
    const timed = words.filter((w) => w.start !== null);
    pieces.push({
      text: text.trim(),
      start: timed[0]?.start ?? null,
      end: timed[timed.length - 1]?.end ?? null,
      speaker,
      words,
    });
  }
  const filled = fillDraftFromSpeech(draft, { pieces, speakerNames: names, tool: null }, 'Rev.ai');
  return { ...filled, changes: [...filled.changes, ...changes] };
}

/** Rev.ai JSON. */
export const revAiReader: StructuredReader = {
  format: 'revai-json',
  title: 'Rev.ai JSON',
  extensions: ['.json'],
  syntax: 'json',
  detect,
  read,
};
