// Nothing falls off a PDF page (issue #11): every word of the edition — title page,
// participants, body, notes, speaker index, colophon — is in the PDF's text layer (pdftotext),
// and the layout sets no line wider than its measure or below the text block, on the title
// pages as on the body pages. Our own fixtures (65 participants, long URLs and a hash) in A4
// and A5, then every corpus file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { prepareEdition } from '../../src/render/edition/edition.js';
import { pdfRenderer } from '../../src/render/pdf/index.js';
import { layoutPdf, type PdfLayout } from '../../src/render/pdf/layout.js';
import { defaultTheme, themePresets } from '../../src/theme/default.js';
import type { Theme } from '../../src/theme/theme.js';
import { CORPUS_DIR, corpusFiles, HAVE_CORPUS, NO_CORPUS } from '../helpers/corpus.js';
import { editionWords, missingFromPdfText } from '../helpers/edition-words.js';
import { HAVE, missing, run } from '../helpers/tools.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-pdf-words-'));

function transcriptOf(path: string, name: string): Transcript {
  return normaliseBytes(readFileSync(path), { fileName: name });
}

/** Lines wider than their measure or set below the text block, on any page. */
function overflow(layout: PdfLayout): string[] {
  const problems: string[] = [];
  const { textWidth, textHeight } = layout.geometry;
  const pages = [
    ...layout.titlePages.map((page) => ({ page, blocks: layout.titleBlocks })),
    ...layout.pages.map((page) => ({ page, blocks: layout.galley })),
  ];
  for (const { page, blocks } of pages) {
    for (const placed of page.lines) {
      const line = placed.line;
      const last = line.broken.fragments[line.broken.fragments.length - 1];
      const right = line.indent + (last ? last.x + last.width : 0);
      if (line.broken.overfull || right > textWidth + 0.01)
        problems.push(`page ${page.number}: "${line.broken.text}" is ${(right - textWidth).toFixed(1)} pt too wide`);
      if (placed.top + line.height > textHeight + 0.01)
        problems.push(`page ${page.number}: "${line.broken.text}" is below the text block`);
      expect(blocks[placed.block]).toBeDefined();
    }
    for (const note of page.notes) {
      const bottom = note.top + note.lines.reduce((h, l) => h + l.height, 0);
      if (bottom > textHeight + 0.01)
        problems.push(`page ${page.number}: note ${note.note.number} is below the text block`);
    }
  }
  return problems;
}

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
