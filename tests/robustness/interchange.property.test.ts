/**
 * Property tests over generated models (fast-check): a model written as TEI or Akoma Ntoso and
 * read back loses no word (body, labels, marks), keeps its participants and turns, and gives
 * each turn the same speaker. The number of generated models is printed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { turnsOf } from '../../src/model/walk.js';
import { transcriptArbitrary } from '../helpers/model-arbitrary.js';
import { roundTrip, type InterchangeFormat } from '../helpers/interchange.js';
import { missingWords, modelWords } from '../helpers/words.js';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 40);

describe.each<InterchangeFormat>(['tei', 'akn'])(`%s on ${RUNS} generated models`, (format) => {
  it('should lose no word, participant, turn or speaker', async () => {
    await fc.assert(
      fc.asyncProperty(transcriptArbitrary, async (transcript) => {
        const back = await roundTrip(format, transcript);
        expect(missingWords(modelWords(transcript), modelWords(back))).toEqual([]);
        expect(missingWords(modelWords(back), modelWords(transcript))).toEqual([]);
        expect(back.participants.map((p) => [p.id, p.name, p.kind])).toEqual(
          transcript.participants.map((p) => [p.id, p.name, p.kind]),
        );
        expect([...turnsOf(back.body)].map((t) => [t.speaker, t.label, t.attribution.method])).toEqual(
          [...turnsOf(transcript.body)].map((t) => [t.speaker, t.label, t.attribution.method]),
        );
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
