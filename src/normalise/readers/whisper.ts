/**
 * @module normalise/readers/whisper
 * Reader for OpenAI Whisper JSON and WhisperX: `text`, `segments[]` with `start`/`end`/`text`,
 * optional `words[]` per segment (`word`, `start`, `end`, and Whisper's `probability` or
 * WhisperX's `score`), WhisperX's `speaker` on segments and words, and the OpenAI API's
 * `verbose_json` with the words at the top level. The segments' text is what is printed; the
 * words give each token its timing and confidence.
 */
import { diagnostic, type Draft } from '../draft.js';
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

function wordsOf(list: unknown): RecognisedWord[] {
  return recordsOf(list)
    .filter((w) => typeof w['word'] === 'string' || typeof w['text'] === 'string')
    .map((w) => ({
      text: String(w['word'] ?? w['text']),
      start: numberOrNull(w['start']),
      end: numberOrNull(w['end']),
      confidence: numberOrNull(w['probability'] ?? w['score'] ?? w['confidence']),
      speaker: labelOf(w['speaker']),
    }));
}

function isSegment(segment: Record<string, unknown>): boolean {
  return (
    typeof segment['text'] === 'string' &&
    numberOrNull(segment['start']) !== null &&
    numberOrNull(segment['end']) !== null
  );
}

function detect(document: StructuredDocument): boolean {
  if (document.syntax !== 'json') return false;
  const root = recordOf(document.value);
  if (!root || 'monologues' in root || 'utterances' in root || 'results' in root) return false;
  const segments = recordsOf(root['segments']);
  // A damaged segment or two does not make it another format: most must be segments.
  if (Array.isArray(root['segments']) && segments.length > 0)
    return segments.filter(isSegment).length * 2 >= segments.length;
  // The API's verbose_json with word granularity only: text and words.
  const words = recordsOf(root['words']);
  return typeof root['text'] === 'string' && words.length > 0 && typeof words[0]!['word'] === 'string';
}

function toolOf(root: Record<string, unknown>): string | null {
  const model = typeof root['model'] === 'string' ? root['model'] : null;
  const speakers = recordsOf(root['segments']).some((s) => labelOf(s['speaker']) !== null);
  const name = speakers || recordsOf(root['word_segments']).length > 0 ? 'WhisperX' : null;
  if (!model && !name) return null;
  return [name ?? 'Whisper', model ? `model ${model}` : null].filter(Boolean).join(', ');
}

function read(draft: Draft, document: StructuredDocument): Draft {
  const root = recordOf(document.syntax === 'json' ? document.value : null) ?? {};
  const segments = recordsOf(root['segments']).filter(isSegment);
  const topWords = wordsOf(root['words']);
  const pieces: RecognisedPiece[] = [];
  if (segments.length === 0) {
    const text = String(root['text']);
    const aligned = alignWords(text, topWords);
    pieces.push({ text, start: null, end: null, speaker: null, words: aligned.words, wordSpeakers: aligned.speakers });
  }
  // Words at the top level (the API) are found in the segments in order, across segment ends.
  let pending = topWords;
  for (const segment of segments) {
    const text = String(segment['text']);
    const start = numberOrNull(segment['start']);
    const end = numberOrNull(segment['end']);
    let words = wordsOf(segment['words']);
    if (words.length === 0 && pending.length > 0 && end !== null) {
      words = pending.filter((w) => w.start === null || w.start < end);
      pending = pending.slice(words.length);
    }
    const piece: RecognisedPiece = { text, start, end, speaker: labelOf(segment['speaker']) };
    if (words.length > 0) {
      const aligned = alignWords(text, words);
      piece.words = aligned.words;
      piece.wordSpeakers = aligned.speakers;
    }
    pieces.push(piece);
  }
  const filled = fillDraftFromSpeech(draft, { pieces, tool: toolOf(root) }, 'Whisper');
  const skipped = recordsOf(root['segments']).length - segments.length;
  if (skipped === 0) return filled;
  const message = `${skipped} segment${skipped === 1 ? '' : 's'} of the Whisper file had no text or times and ${skipped === 1 ? 'was' : 'were'} left out.`;
  return { ...filled, diagnostics: [...filled.diagnostics, diagnostic('warning', 'speech-segment-skipped', message)] };
}

/** OpenAI Whisper JSON and WhisperX. */
export const whisperReader: StructuredReader = {
  format: 'whisper-json',
  title: 'OpenAI Whisper / WhisperX JSON',
  extensions: ['.json'],
  syntax: 'json',
  detect,
  read,
};
