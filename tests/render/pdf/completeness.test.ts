// Nothing falls off a PDF page (issue #11): every word of the edition — title page,
// participants, body, notes, speaker index, colophon — is in the PDF's text layer (pdftotext),
// and the layout sets no line wider than its measure or below the text block, on the title
// pages as on the body pages. Our own fixtures (65 participants, long URLs and a hash) in A4
// and A5, then every corpus file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../../src/model/nodes.js';
import { prepareEdition } from '../../../src/render/edition/edition.js';
import { pdfRenderer } from '../../../src/render/pdf/index.js';
import type { GalleyBlock, GalleyLine } from '../../../src/render/pdf/galley.js';
import { layoutPdf } from '../../../src/render/pdf/layout.js';
import { paginate } from '../../../src/render/pdf/paginate.js';
import { defaultTheme, themePresets } from '../../../src/theme/default.js';
import type { Theme } from '../../../src/theme/theme.js';
import { editionWords, missingFromPdfText } from '../../helpers/edition-words.js';
import { HAVE, missing, run } from '../../helpers/tools.js';
import { overflow, transcriptOf } from '../../helpers/pdf-overflow.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-pdf-words-'));
const FIXTURES = new URL('../../fixtures/', import.meta.url);
const COUNCIL = 'council-sitting-64-speakers.md';

async function pdfText(transcript: Transcript, theme: Theme, name: string): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, await pdfRenderer.render(transcript, { theme, diagnostics: [] }));
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).stdout;
}

/** A galley block of `count` lines of 12 pt, with no text (pagination only reads heights). */
function block(count: number, options: Partial<GalleyBlock> = {}): GalleyBlock {
  const line = {
    broken: { hyphenated: false },
    indent: 0,
    ascent: 9,
    height: 12,
    noteIds: [],
  } as unknown as GalleyLine;
  return {
    lines: Array.from({ length: count }, () => line),
    spaceBefore: 6,
    keepWithNext: false,
    breakable: true,
    pageBreakBefore: false,
    tag: { type: 'P' },
    rebreak: null,
    ...options,
  };
}

describe('paginate', () => {
  const notes = { lines: new Map(), separator: 0, gap: 0, footnotes: false };
  const run = (galley: GalleyBlock[], top = 0) => paginate(galley, 120, notes, new Map(), 1, top);
  const lowest = (pages: ReturnType<typeof run>) =>
    Math.max(...pages.flatMap((p) => p.lines.map((l) => l.top + l.line.height)));

  it('should split a block that may not be split when it is taller than a page, never set it past the foot', () => {
    for (const galley of [
      [block(25, { breakable: false })],
      [block(3), block(25, { breakable: false }), block(4)],
      [block(14, { breakable: false, keepWithNext: true }), block(3)],
    ]) {
      const pages = run(galley);
      expect(lowest(pages)).toBeLessThanOrEqual(120);
      expect(pages.reduce((n, p) => n + p.lines.length, 0)).toBe(galley.reduce((n, b) => n + b.lines.length, 0));
    }
  });

  it('should keep a block that may not be split whole when it fits on a page', () => {
    const pages = run([block(6), block(5, { breakable: false })]);
    expect(pages.map((p) => p.lines.map((l) => l.block))).toEqual([
      [0, 0, 0, 0, 0, 0],
      [1, 1, 1, 1, 1],
    ]);
  });

  it('should start the first page lower when asked, and the next pages at the top', () => {
    const pages = run([block(12, { breakable: false }), block(12, { breakable: false })], 40);
    expect(pages[0]!.lines[0]!.top).toBe(40);
    expect(pages[1]!.lines[0]!.top).toBe(0);
    expect(lowest(pages)).toBeLessThanOrEqual(120);
  });
});

describe('PDF layout of long matter', () => {
  const council = transcriptOf(new URL(COUNCIL, FIXTURES).pathname, COUNCIL);

  it.each([
    ['A4', defaultTheme],
    ['A5 book', themePresets['a5-book']],
  ] as const)('should flow 65 participants over title pages and split long URLs and hashes in %s', (_, theme) => {
    const layout = layoutPdf(prepareEdition(council, theme));
    expect(layout.edition.participants.length).toBe(65);
    expect(overflow(layout)).toEqual([]);
    expect(layout.titlePages.length).toBeGreaterThan(1);
    expect(layout.titlePages.map((p) => p.number)).toEqual(layout.titlePages.map((_, i) => i + 1));
    expect(layout.pages[0]!.number).toBe(layout.titlePages.length + 1);
    // Every participant line is placed once, in order.
    const placed = layout.titlePages.flatMap((p) => p.lines.map((l) => `${l.block}/${l.index}`));
    const all = layout.titleBlocks.flatMap((b, i) => b.lines.map((_, k) => `${i}/${k}`));
    expect(placed).toEqual(all);
    // The URLs (colophon and body) and the hash are split, with nothing added.
    const split = [...layout.titleBlocks, ...layout.galley].flatMap((b) =>
      b.lines.filter((l) => l.broken.end === 'split').map((l) => l.broken.text),
    );
    expect(split.length).toBeGreaterThanOrEqual(3);
    for (const text of split) expect(text).toMatch(/[/.\-_?&=]$|[0-9a-f]{8}$/);
    // The title is never hyphenated.
    for (const line of layout.titleBlocks[0]!.lines) expect(line.broken.end).not.toBe('hyphen');
  });

  it('should set a title page of one page a fifth of the way down, as before', () => {
    const transcript = transcriptOf(
      new URL('../../../examples/press-conference.txt', import.meta.url).pathname,
      'x.txt',
    );
    const layout = layoutPdf(prepareEdition(transcript, defaultTheme));
    expect(layout.titlePages.length).toBe(1);
    expect(layout.titlePages[0]!.lines[0]!.top).toBeCloseTo(layout.geometry.textHeight * 0.22, 3);
    expect(layout.pages[0]!.number).toBe(2);
  });
});

describe.skipIf(!HAVE.poppler)(`PDF text layer ${HAVE.poppler ? '' : missing('poppler-utils')}`, () => {
  it.each([
    [COUNCIL, 'default'],
    [COUNCIL, 'a5-book'],
    ['../../examples/press-conference.txt', 'default'],
  ] as const)('should give back every word of %s (%s) through pdftotext', async (file, preset) => {
    const transcript = transcriptOf(new URL(file, FIXTURES).pathname, file.split('/').pop()!);
    const edition = prepareEdition(transcript, themePresets[preset]);
    const expected = editionWords(edition);
    expect(expected.titlePage.length).toBeGreaterThan(10);
    expect(expected.colophon.length).toBeGreaterThan(20);
    const text = await pdfText(transcript, themePresets[preset], `${file.split('/').pop()}-${preset}`);
    expect(missingFromPdfText(expected, text)).toEqual([]);
  });

  it('should report a word the PDF does not print (the check can fail)', async () => {
    const transcript = transcriptOf(new URL(COUNCIL, FIXTURES).pathname, COUNCIL);
    const edition = prepareEdition(transcript, defaultTheme);
    const text = await pdfText(transcript, defaultTheme, 'council-check');
    const expected = editionWords(edition);
    const cut = text.replace(/Penhaligon/g, '');
    expect(missingFromPdfText(expected, cut).filter((m) => m.endsWith('penhaligon')).length).toBeGreaterThanOrEqual(3);
    // A hash given back in pieces on one line is not whole.
    const hash = '5f2b9c04e17ad3c8b6e0f4a29d71c58e03b6a9f2c4d8e17b0a5c3f69d2e48b71';
    expect(
      missingFromPdfText(
        { ...expected, titlePage: [], index: [], colophon: [], notes: [], body: [hash] },
        `a ${hash.slice(0, 8)} ${hash.slice(8)} b`,
      ),
    ).toEqual([`body: ${hash}`]);
    expect(
      missingFromPdfText(
        { ...expected, titlePage: [], index: [], colophon: [], notes: [], body: [hash] },
        `a ${hash.slice(0, 8)}\n${hash.slice(8)} b`,
      ),
    ).toEqual([]);
  });
});
