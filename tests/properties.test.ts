// Property tests (fast-check): the normaliser is total on any string, always yields a valid
// model, and loses no word of transcript-like input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../src/model/json.js';
import { wordsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { inputAfterRewrites, missingWords, modelWords } from './helpers/words.js';

const word = fc.constantFrom('the', 'NATO', 'Russia', 'we', 'will', 'talk', 'question', 'inaudible', 'laughter', 'Secretary', 'General', 'A', 'Q', '19+1', 'don\'t', '"quoted"', 'well-known', 'Ivanov', 'café', 'Straße', 'мир');
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ') + '.');
const label = fc.constantFrom('Q:', 'A:', 'Question:', 'Secretary General:', 'THE PRESIDENT:', '**Rob Pike:**', 'MR. SMITH:', 'Ivanov:', '');
const marks = fc.constantFrom('', ' (inaudible)', ' (Laughter.)', ' [crosstalk]', ' (sic)', ' [04:22]', ' -- ', '...');
const paragraph = fc.tuple(label, fc.array(sentence, { minLength: 1, maxLength: 4 }), marks).map(([l, s, m]) => `${l} ${s.join(' ')}${m}`.trim());
const transcriptText = fc
  .tuple(
    fc.constantFrom('', 'Updated: 26-Nov-2001 NATO Speeches\n\n', '---\ntitle: A talk\ndate: 2001-11-23\n---\n'),
    fc.constantFrom('', '23 Nov. 2001\n\n', 'Press Conference\n\n'),
    fc.array(paragraph, { minLength: 1, maxLength: 12 }),
    fc.constantFrom('\n\n', '\r\n\r\n', '\n\n\n'),
    fc.constantFrom('', '\n\nGo to Homepage Go to Index'),
  )
  .map(([header, date, paragraphs, gap, footer]) => header + date + paragraphs.join(gap) + footer);

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

  it(`should be deterministic (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(transcriptText, (text) => {
        expect(JSON.stringify(normalise(text))).toBe(JSON.stringify(normalise(text)));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
