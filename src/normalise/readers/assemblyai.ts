/**
 * @module normalise/readers/assemblyai
 * Reader for an AssemblyAI transcript: `utterances[]` (with diarisation: `speaker` "A", "B", …,
 * `start`/`end` in milliseconds, `text`, `words[]` with `text`, `start`, `end`, `confidence`),
 * or, without diarisation, the top-level `text` and `words[]`. `speech_model` names the tool.
 */
import type { Draft } from '../draft.js';
import {
  alignWords,
  fillDraftFromSpeech,
  labelOf,
  numberOrNull,
  recordOf,
  recordsOf,
  type RecognisedPiece,
  type RecognisedWord,
} from './recognised-speech.js';
import type { StructuredDocument, StructuredReader } from './structured.js';

const seconds = (ms: unknown): number | null => {
  const n = numberOrNull(ms);
  return n === null ? null : n / 1000;
};

function wordsOf(list: unknown): RecognisedWord[] {
  return recordsOf(list)
    .filter((w) => typeof w['text'] === 'string')
    .map((w) => ({
      text: String(w['text']),
      start: seconds(w['start']),
      end: seconds(w['end']),
      confidence: numberOrNull(w['confidence']),
      speaker: labelOf(w['speaker']),
    }));
}

function detect(document: StructuredDocument): boolean {
  if (document.syntax !== 'json') return false;
  const root = recordOf(document.value);
  if (!root || 'segments' in root || 'results' in root) return false;
  const utterances = recordsOf(root['utterances']);
  if (utterances.length > 0) return utterances.every((u) => typeof u['text'] === 'string' && 'speaker' in u);
  const words = recordsOf(root['words']);
  return (
    typeof root['text'] === 'string' &&
    words.length > 0 &&
    typeof words[0]!['text'] === 'string' &&
    'confidence' in words[0]!
  );
}

function piece(
  text: string,
  start: number | null,
  end: number | null,
  speaker: string | null,
  words: RecognisedWord[],
): RecognisedPiece {
  const aligned = alignWords(text, words);
  return { text, start, end, speaker, words: aligned.words, wordSpeakers: aligned.speakers };
}

function read(draft: Draft, document: StructuredDocument): Draft {
  const root = recordOf(document.syntax === 'json' ? document.value : null) ?? {};
  const utterances = recordsOf(root['utterances']);
  const pieces =
    utterances.length > 0
      ? utterances.map((u) =>
          piece(String(u['text']), seconds(u['start']), seconds(u['end']), labelOf(u['speaker']), wordsOf(u['words'])),
        )
      : [piece(String(root['text']), null, null, null, wordsOf(root['words']))];
  const model = typeof root['speech_model'] === 'string' ? root['speech_model'] : null;
  return fillDraftFromSpeech(
    draft,
    { pieces, tool: model ? `AssemblyAI, speech model ${model}` : 'AssemblyAI' },
    'AssemblyAI',
  );
}

/** AssemblyAI JSON. */
export const assemblyAiReader: StructuredReader = {
  format: 'assemblyai-json',
  title: 'AssemblyAI JSON',
  extensions: ['.json'],
  syntax: 'json',
  detect,
  read,
};
