/**
 * The TEI and Akoma Ntoso writers on the project's own inputs (the example and every fixture):
 * each output validates against the published schema (TEI P5 tei_all RELAX NG, OASIS Akoma Ntoso
 * 3.0 XSD) with xmllint, reads back into the same transcript, and is byte-identical when made
 * twice; `-o name.tei.xml` and `-o name.akn.xml` pick the format from the double extension. The
 * speech-recogniser fixtures (tests/fixtures/speech/) check the model 1.2 timings and
 * low-confidence words the same way.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Inline, Transcript } from '../../../src/model/nodes.js';
import { inlinesOf, turnsOf } from '../../../src/model/walk.js';
import { formatForOutput } from '../../../src/batch/single.js';
import { ALL_FIXTURES, baseName, FIXTURES_DIR, normaliseFixture, pressConference } from '../../helpers/fixtures.js';
import {
  carried,
  roundTrip,
  validateAll,
  writeInterchange,
  type InterchangeFormat,
} from '../../helpers/interchange.js';
import { HAVE, missing } from '../../helpers/tools.js';

const FORMATS: InterchangeFormat[] = ['tei', 'akn'];

/** The speech recognisers' exports: paragraphs with timings, most with word timings and unsure words. */
const SPEECH = readdirSync(`${FIXTURES_DIR}speech`)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => `${FIXTURES_DIR}speech/${name}`);

/** The timing and uncertain nodes of a transcript's turns. */
function recordingNodes(transcript: Transcript): Inline[] {
  return [...turnsOf(transcript.body)].flatMap((turn) =>
    turn.paragraphs.flatMap((paragraph) =>
      [...inlinesOf(paragraph)].filter((node) => node.type === 'timing' || node.type === 'uncertain'),
    ),
  );
}

/** The element each format writes for a paragraph's timings and for a low-confidence word. */
const RECORDING_MARKUP: Record<InterchangeFormat, { timing: string; uncertain: RegExp }> = {
  tei: { timing: '<timeline unit="s"><when interval=', uncertain: /<unclear cert="0\.\d+">/ },
  akn: { timing: '<marker name="timing" v:start=', uncertain: /<inline name="uncertain" v:confidence="0\.\d+">/ },
};

describe.each(FORMATS)('%s writer', (format) => {
  it.skipIf(!HAVE.xmllint)(
    `should write documents the published schema accepts ${HAVE.xmllint ? '' : `(${missing('xmllint')})`}`,
    async () => {
      const documents = new Map<string, string>();
      for (const path of ALL_FIXTURES)
        documents.set(`${baseName(path)}.${format}.xml`, await writeInterchange(format, normaliseFixture(path)));
      expect(validateAll(format, documents)).toEqual([]);
    },
    60_000,
  );

  it.skipIf(!HAVE.xmllint)(
    'should be told apart from an invalid document by the validator',
    async () => {
      const text = await writeInterchange(format, pressConference());
      const element = format === 'tei' ? '<seg>' : '<from>';
      expect(text).toContain(element);
      const broken = text.replace(element, `${element}<bogus/>`);
      expect(validateAll(format, new Map([[`broken.${format}.xml`, broken]])).join('\n')).toMatch(/fails to validate/);
    },
    60_000,
  );

  it.each(ALL_FIXTURES.map((path) => [baseName(path), path]))(
    'should read %s back into the same transcript',
    async (_name, path) => {
      const transcript = normaliseFixture(path);
      const back = await roundTrip(format, transcript);
      expect(back.meta.source.format).toBe(format === 'tei' ? 'tei' : 'akoma-ntoso');
      expect(carried(back)).toEqual(carried(transcript));
    },
  );

  it.skipIf(!HAVE.xmllint)(
    'should write paragraph and word timings and low-confidence words valid, and read them back',
    async () => {
      const documents = new Map<string, string>();
      const nodes: Inline[] = [];
      for (const path of SPEECH) {
        const transcript = normaliseFixture(path);
        const written = await writeInterchange(format, transcript);
        documents.set(`${baseName(path)}.${format}.xml`, written);
        nodes.push(...recordingNodes(transcript));
        const back = await roundTrip(format, transcript);
        expect(recordingNodes(back)).toEqual(recordingNodes(transcript));
        expect(carried(back)).toEqual(carried(transcript));
      }
      expect(nodes.filter((node) => node.type === 'timing' && node.words !== undefined).length).toBeGreaterThan(10);
      expect(nodes.filter((node) => node.type === 'uncertain').length).toBeGreaterThan(5);
      const all = [...documents.values()].join('\n');
      expect(all).toContain(RECORDING_MARKUP[format].timing);
      expect(all).toMatch(RECORDING_MARKUP[format].uncertain);
      expect(validateAll(format, documents)).toEqual([]);
    },
    60_000,
  );

  it('should write the same bytes twice', async () => {
    const transcript = pressConference();
    expect(await writeInterchange(format, transcript)).toBe(await writeInterchange(format, transcript));
  });

  it(`should be chosen by -o name.${format}.xml`, () => {
    expect(formatForOutput(`out/talk.${format}.xml`, undefined)).toBe(format);
  });
});
