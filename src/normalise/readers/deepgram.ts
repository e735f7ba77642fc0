/**
 * @module normalise/readers/deepgram
 * Reader for a Deepgram `/listen` response: `results.utterances[]` (speaker, `transcript`,
 * words) when the request asked for them, else the paragraphs of
 * `results.channels[0].alternatives[0].paragraphs.paragraphs[]` (speaker, `sentences[].text`),
 * else that alternative's words, else its transcript. Words carry `word`, `punctuated_word`,
 * `start`, `end`, `confidence` and, with diarisation, `speaker` (0, 1, …). A multichannel
 * response without diarisation takes each channel for one voice ("channel 0", "channel 1"),
 * its words in time order. The models of `metadata.model_info` name the tool.
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

function wordsOf(list: unknown): RecognisedWord[] {
  return recordsOf(list)
    .filter((w) => typeof (w['punctuated_word'] ?? w['word']) === 'string')
    .map((w) => ({
      text: String(w['punctuated_word'] ?? w['word']),
      start: numberOrNull(w['start']),
      end: numberOrNull(w['end']),
      confidence: numberOrNull(w['confidence']),
      speaker: labelOf(w['speaker']),
    }));
}

function alternativeOf(root: Record<string, unknown>): Record<string, unknown> | null {
  const channel = recordsOf(recordOf(root['results'])?.['channels'])[0];
  return recordsOf(channel?.['alternatives'])[0] ?? null;
}

function detect(document: StructuredDocument): boolean {
  if (document.syntax !== 'json') return false;
  const root = recordOf(document.value);
  if (!root) return false;
  const results = recordOf(root['results']);
  return (
    !!results && (Array.isArray(results['channels']) || Array.isArray(results['utterances'])) && !('items' in results)
  );
}

function piece(text: string, start: unknown, end: unknown, speaker: unknown, words: RecognisedWord[]): RecognisedPiece {
  const out: RecognisedPiece = { text, start: numberOrNull(start), end: numberOrNull(end), speaker: labelOf(speaker) };
  if (words.length > 0) {
    const aligned = alignWords(text, words);
    out.words = aligned.words;
    out.wordSpeakers = aligned.speakers;
  }
  return out;
}

function textOf(words: readonly RecognisedWord[]): string {
  return words.map((w) => w.text.trim()).join(' ');
}

function piecesOf(root: Record<string, unknown>): RecognisedPiece[] {
  const utterances = recordsOf(recordOf(root['results'])?.['utterances']);
  const channels = recordsOf(recordOf(root['results'])?.['channels']);
  // A multichannel recording (one voice per channel, a telephone call) without diarisation:
  // the channel tells the speakers apart.
  const voiceOf = (speaker: unknown, channel: unknown): unknown =>
    speaker ?? (channels.length > 1 && labelOf(channel) !== null ? `channel ${labelOf(channel)}` : null);
  if (utterances.length > 0)
    return utterances.map((u) => {
      const words = wordsOf(u['words']);
      const text = words.length > 0 ? textOf(words) : typeof u['transcript'] === 'string' ? u['transcript'] : '';
      return piece(text, u['start'], u['end'], voiceOf(u['speaker'], u['channel']), words);
    });
  if (channels.length > 1) {
    const words = channels
      .flatMap((channel, index) =>
        wordsOf(recordsOf(channel['alternatives'])[0]?.['words']).map((w) => ({
          ...w,
          speaker: w.speaker ?? `channel ${index}`,
        })),
      )
      .sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    return [piece(textOf(words), null, null, null, words)];
  }
  const alternative = alternativeOf(root);
  const allWords = wordsOf(alternative?.['words']);
  const paragraphs = recordsOf(recordOf(alternative?.['paragraphs'])?.['paragraphs']);
  if (paragraphs.length > 0) {
    let rest = allWords;
    return paragraphs.map((p) => {
      const text = recordsOf(p['sentences'])
        .map((s) => (typeof s['text'] === 'string' ? s['text'] : ''))
        .join(' ');
      const end = numberOrNull(p['end']);
      const words = end === null ? [] : rest.filter((w) => w.start === null || w.start < end);
      rest = rest.slice(words.length);
      return piece(text, p['start'], p['end'], p['speaker'], words);
    });
  }
  if (allWords.length > 0) return [piece(textOf(allWords), null, null, null, allWords)];
  const transcript = typeof alternative?.['transcript'] === 'string' ? alternative['transcript'] : '';
  return [piece(transcript, null, null, null, [])];
}

function toolOf(root: Record<string, unknown>): string {
  const metadata = recordOf(root['metadata']);
  const info = recordOf(metadata?.['model_info']);
  const models = info
    ? Object.values(info)
        .map(recordOf)
        .map((m) => [m?.['arch'], m?.['name']].filter((v) => typeof v === 'string').join(' '))
        .filter(Boolean)
    : [];
  return models.length > 0 ? `Deepgram, model ${[...new Set(models)].join(', ')}` : 'Deepgram';
}

function read(draft: Draft, document: StructuredDocument): Draft {
  const root = recordOf(document.syntax === 'json' ? document.value : null) ?? {};
  return fillDraftFromSpeech(draft, { pieces: piecesOf(root), tool: toolOf(root) }, 'Deepgram');
}

/** Deepgram JSON. */
export const deepgramReader: StructuredReader = {
  format: 'deepgram-json',
  title: 'Deepgram JSON',
  extensions: ['.json'],
  syntax: 'json',
  detect,
  read,
};
