// The PDF edition of every corpus file: the typesetting rules on each layout, and three files of
// other shapes (Markdown podcast, German sitting, WebVTT) drawn and read back with every word in
// order. tests/render/pdf/pdf.test.ts checks the same on the project's own fixtures. Skipped
// without ../shared/corpus.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseBytes } from '../../src/normalise/index.js';
import { prepareEdition } from '../../src/render/edition/edition.js';
import { layoutPdf } from '../../src/render/pdf/layout.js';
import { defaultTheme } from '../../src/theme/default.js';
import { CORPUS_DIR, corpusFiles, HAVE_CORPUS, NO_CORPUS } from '../helpers/corpus.js';
import { HAVE, missing } from '../helpers/tools.js';
import { expectEveryWordInOrder, labelsStranded, violations } from '../render/pdf/layout-rules.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-corpus-pdf-'));

describe.skipIf(!HAVE_CORPUS)(`PDF layout of the corpus ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`, () => {
  it('should keep every typesetting rule on every corpus file', () => {
    const problems: string[] = [];
    for (const file of corpusFiles().filter((f) => !f.endsWith('.rttm'))) {
      const layout = layoutPdf(
        prepareEdition(normaliseBytes(readFileSync(CORPUS_DIR + file), { fileName: file }), defaultTheme),
      );
      problems.push(...violations(layout).map((v) => `${file}: ${v}`));
      if (labelsStranded(layout) > 0) problems.push(`${file}: stranded label`);
    }
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!HAVE_CORPUS || !HAVE.poppler || !HAVE.qpdf)(
  `PDF of other corpus files ${!HAVE_CORPUS ? `(${NO_CORPUS})` : !HAVE.poppler || !HAVE.qpdf ? missing('qpdf or poppler-utils') : ''}`,
  () => {
    it.each([
      '070-podcast-gotime-100-changelog.md',
      '110-parliament-bundestag-1951-de.txt',
      '092-subtitle-podcast-voice-tags-mixed-labels.vtt',
    ])('should render %s with every word in order', async (file) => {
      const transcript = normaliseBytes(readFileSync(CORPUS_DIR + file), { fileName: file });
      const path = join(dir, `${file}.pdf`);
      await expectEveryWordInOrder(transcript, path);
    });
  },
);
