/**
 * The TEI and Akoma Ntoso writers on the project's own inputs (the example and every fixture):
 * each output validates against the published schema (TEI P5 tei_all RELAX NG, OASIS Akoma Ntoso
 * 3.0 XSD) with xmllint, reads back into the same transcript, and is byte-identical when made
 * twice; `-o name.tei.xml` and `-o name.akn.xml` pick the format from the double extension.
 */
import { describe, expect, it } from 'vitest';
import { formatForOutput } from '../../../src/batch/single.js';
import { ALL_FIXTURES, baseName, normaliseFixture, pressConference } from '../../helpers/fixtures.js';
import {
  carried,
  roundTrip,
  validateAll,
  writeInterchange,
  type InterchangeFormat,
} from '../../helpers/interchange.js';
import { HAVE, missing } from '../../helpers/tools.js';

const FORMATS: InterchangeFormat[] = ['tei', 'akn'];

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

  it('should write the same bytes twice', async () => {
    const transcript = pressConference();
    expect(await writeInterchange(format, transcript)).toBe(await writeInterchange(format, transcript));
  });

  it(`should be chosen by -o name.${format}.xml`, () => {
    expect(formatForOutput(`out/talk.${format}.xml`, undefined)).toBe(format);
  });
});
