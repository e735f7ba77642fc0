/**
 * @module normalise/readers/aws-transcribe
 * Reader for Amazon Transcribe's batch output: `results.transcripts[]`, `results.items[]`
 * (`pronunciation` items with `start_time`/`end_time` as strings and
 * `alternatives[0].confidence`/`content`; `punctuation` items that join the word before them),
 * speakers from each item's `speaker_label` or else from `results.speaker_labels.segments[]` by
 * time, or, for a recording with one voice per channel (channel identification), from the
 * channel (`channel_label` on the item or in `results.channel_labels.channels[]`). The job name
 * (`jobName`) names the tool.
 */
import type { Draft } from '../draft.js';
import {
  fillDraftFromSpeech,
  labelOf,
  numberOrNull,
  recordOf,
  recordsOf,
  type RecognisedPiece,
  type RecognisedWord,
} from './recognised-speech.js';
import type { StructuredDocument, StructuredReader } from './structured.js';

function detect(document: StructuredDocument): boolean {
  if (document.syntax !== 'json') return false;
  const results = recordOf(recordOf(document.value)?.['results']);
  return !!results && Array.isArray(results['items']) && Array.isArray(results['transcripts']);
}

interface Token {
  words: RecognisedWord[];
  text: string;
  speaker: string | null;
}

function read(draft: Draft, document: StructuredDocument): Draft {
  const root = recordOf(document.syntax === 'json' ? document.value : null) ?? {};
  const results = recordOf(root['results']) ?? {};
  const segments = recordsOf(recordOf(results['speaker_labels'])?.['segments']).map((s) => ({
    speaker: labelOf(s['speaker_label']),
    start: numberOrNull(s['start_time']) ?? 0,
    end: numberOrNull(s['end_time']) ?? 0,
  }));
  // Channel identification (one voice per channel): `channel_labels.channels[].items`, or a
  // `channel_label` on each item; used when nobody is diarised.
  const channelAt = new Map<number, string>();
  for (const channel of recordsOf(recordOf(results['channel_labels'])?.['channels'])) {
    const label = labelOf(channel['channel_label']);
    if (label === null) continue;
    for (const item of recordsOf(channel['items'])) {
      const start = numberOrNull(item['start_time']);
      if (start !== null && !channelAt.has(start)) channelAt.set(start, label);
    }
  }
  const speakerAt = (time: number | null): string | null =>
    time === null ? null : (segments.find((s) => time >= s.start - 0.001 && time <= s.end + 0.001)?.speaker ?? null);
  const tokens: Token[] = [];
  for (const item of recordsOf(results['items'])) {
    const best = recordsOf(item['alternatives'])[0];
    const content = typeof best?.['content'] === 'string' ? best['content'].trim() : '';
    if (content === '') continue;
    const punctuation = item['type'] === 'punctuation';
    const start = numberOrNull(item['start_time']);
    const word: RecognisedWord = {
      text: content,
      start,
      end: numberOrNull(item['end_time']),
      // A punctuation mark's confidence is 0.0 in every file: it says nothing of the words.
      confidence: punctuation ? null : numberOrNull(best?.['confidence']),
    };
    const last = tokens[tokens.length - 1];
    if (punctuation && last) {
      last.words.push(word);
      last.text += content;
      continue;
    }
    const speaker =
      labelOf(item['speaker_label']) ??
      speakerAt(start) ??
      labelOf(item['channel_label']) ??
      (start !== null ? (channelAt.get(start) ?? null) : null);
    for (const part of content.split(/\s+/)) tokens.push({ words: [{ ...word, text: part }], text: part, speaker });
  }
  const pieces: RecognisedPiece[] = [];
  for (const token of tokens) {
    const timed = token.words.filter((w) => w.start !== null && w.end !== null);
    const sure = token.words.map((w) => w.confidence).filter((c): c is number => c !== null);
    const timing = {
      start: timed[0]?.start ?? null,
      end: timed[timed.length - 1]?.end ?? null,
      confidence: sure.length > 0 ? Math.min(...sure) : null,
    };
    const last = pieces[pieces.length - 1];
    if (last && last.speaker === token.speaker) {
      last.text += ` ${token.text}`;
      last.words!.push(timing);
      last.end = timing.end ?? last.end;
    } else
      pieces.push({ text: token.text, start: timing.start, end: timing.end, speaker: token.speaker, words: [timing] });
  }
  // No items (a job with items stripped): the transcript text, untimed.
  if (pieces.length === 0) {
    const text = recordsOf(results['transcripts'])
      .map((t) => (typeof t['transcript'] === 'string' ? t['transcript'] : ''))
      .join(' ');
    pieces.push({ text, start: null, end: null, speaker: null });
  }
  const job = typeof root['jobName'] === 'string' && root['jobName'] !== '' ? root['jobName'] : null;
  return fillDraftFromSpeech(
    draft,
    { pieces, tool: job ? `Amazon Transcribe, job ${job}` : 'Amazon Transcribe' },
    'Amazon Transcribe',
  );
}

/** Amazon Transcribe JSON. */
export const awsTranscribeReader: StructuredReader = {
  format: 'aws-transcribe-json',
  title: 'Amazon Transcribe JSON',
  extensions: ['.json'],
  syntax: 'json',
  detect,
  read,
};
