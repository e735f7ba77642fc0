// Property tests (fast-check): the normaliser is total on any string, always yields a valid
// model, and loses no word of transcript-like input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../src/model/json.js';
import { wordsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { inputAfterRewrites, missingWords, modelWords } from './helpers/words.js';

const word = fc.constantFrom(
  'the',
  'NATO',
  'Russia',
  'we',
  'will',
  'talk',
  'question',
  'inaudible',
  'laughter',
  'Secretary',
  'General',
  'A',
  'Q',
  '19+1',
  "don't",
  '"quoted"',
  'well-known',
  'Ivanov',
  'café',
  'Straße',
  'мир',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ') + '.');
const label = fc.constantFrom(
  'Q:',
  'A:',
  'Question:',
  'Secretary General:',
  'THE PRESIDENT:',
  '**Rob Pike:**',
  'MR. SMITH:',
  'Ivanov:',
  '',
);
const marks = fc.constantFrom('', ' (inaudible)', ' (Laughter.)', ' [crosstalk]', ' (sic)', ' [04:22]', ' -- ', '...');
const paragraph = fc
  .tuple(label, fc.array(sentence, { minLength: 1, maxLength: 4 }), marks)
  .map(([l, s, m]) => `${l} ${s.join(' ')}${m}`.trim());
const transcriptText = fc
  .tuple(
    fc.constantFrom('', 'Updated: 26-Nov-2001 NATO Speeches\n\n', '---\ntitle: A talk\ndate: 2001-11-23\n---\n'),
    fc.constantFrom('', '23 Nov. 2001\n\n', 'Press Conference\n\n'),
    fc.array(paragraph, { minLength: 1, maxLength: 12 }),
    fc.constantFrom('\n\n', '\r\n\r\n', '\n\n\n'),
    fc.constantFrom('', '\n\nGo to Homepage Go to Index'),
  )
  .map(([header, date, paragraphs, gap, footer]) => header + date + paragraphs.join(gap) + footer);

// Caption-like rows with no labels, mixing the cues of an unlabelled press conference
// (moderator calls, outlets, self-introductions, questions, a printed label) with plain rows.
const captionRow = fc.oneof(
  { weight: 3, arbitrary: fc.array(word, { minLength: 1, maxLength: 10 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: sentence },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "We'll start with the Island Gazette, front row.",
      'We’ll go to the lady in white.',
      'Radio North',
      'IMEDI, in Green.',
      'Thank you. Anna Berg, Island Gazette. Minister,',
      "I'm Ola Lind from Radio North. Will it",
      'run in winter?',
      'Mr. Secretary General, why?',
      'NATO Secretary General: It will.',
      "Okay, that's all we have time for.",
      'Thank you.',
    ),
  },
);
const captionText = fc.array(captionRow, { minLength: 22, maxLength: 60 }).map((rows) => rows.join('\n'));

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 300);

describe('normaliser properties', () => {
  it(`should never throw and always give a valid model on any string (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const transcript = normalise(text);
        expect(() => checkTranscript(JSON.parse(JSON.stringify(transcript)))).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it(`should account for every word of transcript-like input (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(transcriptText, (text) => {
        const transcript = normalise(text);
        const input = wordsOf(inputAfterRewrites(text, transcript));
        const held = modelWords(transcript);
        expect(missingWords(input, held)).toEqual([]);
        expect(missingWords(held, input)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`should account for every word of unlabelled caption rows, and give every turn made from them its evidence (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(captionText, (text) => {
        const transcript = normalise(text);
        expect(() => checkTranscript(JSON.parse(JSON.stringify(transcript)))).not.toThrow();
        const input = wordsOf(inputAfterRewrites(text, transcript));
        const held = modelWords(transcript);
        expect(missingWords(input, held)).toEqual([]);
        expect(missingWords(held, input)).toEqual([]);
        if (transcript.diagnostics.some((d) => d.rule === 'dialogue-from-content')) {
          for (const block of transcript.body)
            if (block.type === 'turn') expect(block.attribution.evidence.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`should be deterministic (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(transcriptText, (text) => {
        expect(JSON.stringify(normalise(text))).toBe(JSON.stringify(normalise(text)));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
