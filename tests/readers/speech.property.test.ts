/**
 * Property: whatever words a recogniser gives, with whatever timings and speakers, every word is
 * in the model's text, in order, in every vendor's shape; turns change exactly where the speaker
 * does; and each paragraph's word timings have one entry per printed word.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnreadableInputError } from '../../src/errors.js';
import { checkTranscript } from '../../src/model/json.js';
import type { Inline, Transcript } from '../../src/model/nodes.js';
import { inlinesOf, turnsOf } from '../../src/model/walk.js';
import { normalise } from '../../src/normalise/index.js';
import { FIXTURES_DIR } from '../helpers/fixtures.js';
import { comparableWords } from '../helpers/word-order.js';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 60);

interface Word {
  text: string;
  start: number;
  end: number;
  confidence: number;
  speaker: number;
}

const token = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,9}$/) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z]{1,6}[.,?!]$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z]{1,5}'[a-z]{1,2}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,4}%?$/) },
);

const wordsArbitrary = fc
  .array(
    fc.record({
      text: token,
      gap: fc.oneof(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 2, max: 6, noNaN: true })),
      length: fc.double({ min: 0.05, max: 1.2, noNaN: true }),
      confidence: fc.double({ min: 0.05, max: 1, noNaN: true }),
      speaker: fc.nat(3),
    }),
    { minLength: 1, maxLength: 120 },
  )
  .map((list) => {
    let t = 0;
    return list.map((w): Word => {
      const start = Math.round((t + w.gap) * 1000) / 1000;
      t = Math.round((start + w.length) * 1000) / 1000;
      return { text: w.text, start, end: t, confidence: Math.round(w.confidence * 1000) / 1000, speaker: w.speaker };
    });
  });

/** Consecutive words of one speaker. */
function runs(words: readonly Word[]): Word[][] {
  const out: Word[][] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (last && last[0]!.speaker === w.speaker) last.push(w);
    else out.push([w]);
  }
  return out;
}

const join = (ws: readonly Word[]) => ws.map((w) => w.text).join(' ');
const split = (text: string): [string, string] => {
  const m = /^(.*?)([.,?!]?)$/.exec(text)!;
  return m[1] === '' ? [text, ''] : [m[1]!, m[2]!];
};

/** The same words in each vendor's shape. */
const SHAPES: Record<string, (words: readonly Word[]) => unknown> = {
  whisperx: (words) => ({
    segments: runs(words).map((ws) => ({
      start: ws[0]!.start,
      end: ws[ws.length - 1]!.end,
      text: ` ${join(ws)}`,
      speaker: `SPEAKER_0${ws[0]!.speaker}`,
      words: ws.map((w) => ({
        word: w.text,
        start: w.start,
        end: w.end,
        score: w.confidence,
        speaker: `SPEAKER_0${w.speaker}`,
      })),
    })),
  }),
  aws: (words) => ({
    jobName: 'property',
    results: {
      transcripts: [{ transcript: join(words) }],
      items: words.flatMap((w) => {
        const [core, punct] = split(w.text);
        const item = {
          start_time: String(w.start),
          end_time: String(w.end),
          alternatives: [{ confidence: String(w.confidence), content: core }],
          type: 'pronunciation',
          speaker_label: `spk_${w.speaker}`,
        };
        return punct
          ? [
              item,
              {
                alternatives: [{ confidence: '0.0', content: punct }],
                type: 'punctuation',
                speaker_label: `spk_${w.speaker}`,
              },
            ]
          : [item];
      }),
    },
  }),
  assemblyai: (words) => ({
    text: join(words),
    utterances: runs(words).map((ws) => ({
      speaker: 'ABCD'[ws[0]!.speaker],
      start: Math.round(ws[0]!.start * 1000),
      end: Math.round(ws[ws.length - 1]!.end * 1000),
      text: join(ws),
      words: ws.map((w) => ({
        text: w.text,
        start: Math.round(w.start * 1000),
        end: Math.round(w.end * 1000),
        confidence: w.confidence,
        speaker: 'ABCD'[w.speaker],
      })),
    })),
  }),
  deepgram: (words) => ({
    metadata: {},
    results: {
      channels: [{ alternatives: [{ transcript: join(words) }] }],
      utterances: runs(words).map((ws) => ({
        start: ws[0]!.start,
        end: ws[ws.length - 1]!.end,
        transcript: join(ws),
        speaker: ws[0]!.speaker,
        words: ws.map((w) => ({
          word: split(w.text)[0].toLowerCase(),
          punctuated_word: w.text,
          start: w.start,
          end: w.end,
          confidence: w.confidence,
          speaker: w.speaker,
        })),
      })),
    },
  }),
  revai: (words) => ({
    monologues: runs(words).map((ws) => ({
      speaker: ws[0]!.speaker,
      elements: ws.flatMap((w, i) => {
        const [core, punct] = split(w.text);
        return [
          { type: 'text', value: core, ts: w.start, end_ts: w.end, confidence: w.confidence },
          ...(punct ? [{ type: 'punct', value: punct }] : []),
          ...(i < ws.length - 1 ? [{ type: 'punct', value: ' ' }] : []),
        ];
      }),
    })),
  }),
};

function printed(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of inlinesOf(nodes)) {
    if (node.type === 'text') out += node.value;
    else if ('asPrinted' in node) out += node.asPrinted;
  }
  return out;
}

function check(transcript: Transcript, words: readonly Word[]): void {
  const turns = [...turnsOf(transcript.body)];
  const text = turns.flatMap((t) => t.paragraphs.map(printed)).join(' ');
  expect(comparableWords(text)).toEqual(comparableWords(join(words)));
  expect(turns).toHaveLength(runs(words).length);
  for (const turn of turns)
    for (const paragraph of turn.paragraphs) {
      const timing = paragraph[0];
      expect(timing?.type).toBe('timing');
      if (timing?.type === 'timing')
        expect(timing.words?.split(' ')).toHaveLength(printed(paragraph).split(/\s+/).filter(Boolean).length);
    }
}

describe(`speech-recognition readers on ${RUNS} generated word lists per format`, () => {
  it.each(Object.keys(SHAPES))('should keep every word of %s in order, and its speakers and timings', (shape) => {
    fc.assert(
      fc.property(wordsArbitrary, (words) => {
        check(normalise(JSON.stringify(SHAPES[shape]!(words), null, 2)), words);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Every path of a JSON value that leads to an object key or array entry. */
function paths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i): [number, unknown] => [i, v])
    : value && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of entries) {
    out.push([...prefix, key]);
    paths(child, [...prefix, key], out);
  }
  return out;
}

function mutate(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined && Array.isArray(node)) node.splice(Number(last), 1);
  else if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return copy;
}

describe('speech-recognition readers on damaged files', () => {
  const fixtures = [
    'whisperx.json',
    'aws-transcribe.json',
    'assemblyai.json',
    'deepgram-utterances.json',
    'revai.json',
  ];
  it.each(fixtures)('should give a valid model or refuse with one line, never crash (%s)', (file) => {
    const original: unknown = JSON.parse(readFileSync(`${FIXTURES_DIR}speech/${file}`, 'utf8'));
    const all = paths(original);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(all.length - 1), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined })), {
          minLength: 1,
          maxLength: 6,
        }),
        (changes) => {
          let damaged = original;
          for (const [at, replacement] of changes) {
            const current = paths(damaged);
            const path = current[at % Math.max(1, current.length)];
            if (path) damaged = mutate(damaged, path, replacement);
          }
          try {
            const t = normalise(JSON.stringify(damaged));
            expect(() => checkTranscript(JSON.parse(JSON.stringify(t)))).not.toThrow();
          } catch (error) {
            expect(error).toBeInstanceOf(UnreadableInputError);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
