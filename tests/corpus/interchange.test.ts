/**
 * TEI and Akoma Ntoso of the seed and every corpus transcript: each validates against the
 * published schema (one xmllint run per schema for all files) and reads back into the same
 * transcript (what the formats carry: `tests/helpers/interchange.ts`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { normalise, normaliseBytes } from '../../src/normalise/index.js';
import { CORPUS_DIR, HAVE_CORPUS, NO_CORPUS, corpusFiles } from '../helpers/corpus.js';
import { carried, validateAll, writeInterchange, type InterchangeFormat } from '../helpers/interchange.js';
import { HAVE, missing } from '../helpers/tools.js';

describe.skipIf(!HAVE_CORPUS)(`TEI and Akoma Ntoso of the corpus ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`, () => {
  const files = corpusFiles().filter((f) => !f.endsWith('.rttm'));
  const transcripts = new Map<string, Transcript>(
    files.map((f) => [f, normaliseBytes(readFileSync(`${CORPUS_DIR}${f}`), { fileName: f })]),
  );

  it('should include the seed', () => {
    expect(files).toContain('000-nato-press-conference-2001-seed.txt');
  });

  describe.each<InterchangeFormat>(['tei', 'akn'])('%s', (format) => {
    const written = new Map<string, string>();
    const documentOf = async (file: string): Promise<string> => {
      if (!written.has(file)) written.set(file, await writeInterchange(format, transcripts.get(file)!));
      return written.get(file)!;
    };

    it.each(files)('should read %s back into the same transcript', async (file) => {
      const back = normalise(await documentOf(file), { fileName: `${file}.${format}.xml` });
      expect(carried(back)).toEqual(carried(transcripts.get(file)!));
    });

    it.skipIf(!HAVE.xmllint)(
      `should validate every file against the schema ${HAVE.xmllint ? '' : `(${missing('xmllint')})`}`,
      async () => {
        const documents = new Map<string, string>();
        for (const file of files) documents.set(`${file}.${format}.xml`, await documentOf(file));
        expect(validateAll(format, documents)).toEqual([]);
      },
      120_000,
    );
  });
});
