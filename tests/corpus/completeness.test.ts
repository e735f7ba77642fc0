// Nothing falls off a PDF page (issue #11): every word of the edition — title page,
// participants, body, notes, speaker index, colophon — is in the PDF's text layer (pdftotext),
// and the layout sets no line wider than its measure or below the text block, on the title
// pages as on the body pages. Our own fixtures (65 participants, long URLs and a hash) in A4
// and A5, then every corpus file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { prepareEdition } from '../../src/render/edition/edition.js';
import { pdfRenderer } from '../../src/render/pdf/index.js';
import { layoutPdf } from '../../src/render/pdf/layout.js';
import { defaultTheme, themePresets } from '../../src/theme/default.js';
import type { Theme } from '../../src/theme/theme.js';
import { CORPUS_DIR, corpusFiles, HAVE_CORPUS, NO_CORPUS } from '../helpers/corpus.js';
import { editionWords, missingFromPdfText } from '../helpers/edition-words.js';
import { HAVE, missing, run } from '../helpers/tools.js';
import { overflow, transcriptOf } from '../helpers/pdf-overflow.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-pdf-words-'));

async function pdfText(transcript: Transcript, theme: Theme, name: string): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, await pdfRenderer.render(transcript, { theme, diagnostics: [] }));
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).stdout;
}

describe.skipIf(!HAVE_CORPUS || !HAVE.poppler)(
  `PDF text layer of every corpus file ${HAVE_CORPUS ? (HAVE.poppler ? '' : missing('poppler-utils')) : `(${NO_CORPUS})`}`,
  () => {
    it.each(corpusFiles().filter((f) => !f.endsWith('.rttm')))(
      'should give back every word of %s and set nothing outside the text block',
      async (file) => {
        const transcript = transcriptOf(CORPUS_DIR + file, file);
        const edition = prepareEdition(transcript, defaultTheme);
        expect(overflow(layoutPdf(edition))).toEqual([]);
        const text = await pdfText(transcript, defaultTheme, file);
        expect(missingFromPdfText(editionWords(edition), text)).toEqual([]);
      },
      60_000,
    );

    it('should set 030 (62 participants) in A5 with nothing outside the text block', async () => {
      const file = '030-hansard-canada-1998-11-27-en-latin1.txt';
      const transcript = transcriptOf(CORPUS_DIR + file, file);
      const theme = themePresets['a5-book'];
      const edition = prepareEdition(transcript, theme);
      const layout = layoutPdf(edition);
      expect(overflow(layout)).toEqual([]);
      expect(layout.titlePages.length).toBeGreaterThan(1);
      expect(missingFromPdfText(editionWords(edition), await pdfText(transcript, theme, `${file}-a5`))).toEqual([]);
    }, 60_000);
  },
);
