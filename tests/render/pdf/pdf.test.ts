// The PDF edition: typesetting rules checked on the layout before drawing, then the file
// checked with the real tools (qpdf, pdffonts, pdfinfo, pdftotext) and pdfjs-dist.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Transcript } from '../../../src/model/nodes.js';
import { normalise, normaliseBytes } from '../../../src/normalise/index.js';
import { prepareEdition } from '../../../src/render/edition/edition.js';
import { pdfRenderer } from '../../../src/render/pdf/index.js';
import type { FaceKey } from '../../../src/render/pdf/fonts.js';
import { layoutPdf, type PdfLayout } from '../../../src/render/pdf/layout.js';
import { MIN_LINES } from '../../../src/render/pdf/paginate.js';
import { defaultTheme, themePresets } from '../../../src/theme/default.js';
import { CORPUS_DIR, corpusFiles, HAVE_CORPUS, NO_CORPUS, SEED } from '../../helpers/corpus.js';
import { spokenWords, wordsInOrder } from '../../helpers/word-order.js';
import { FIXTURES_DIR } from '../../helpers/fixtures.js';
import { HAVE, missing, run } from '../../helpers/tools.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-pdf-'));

/** The seed's body repeated `times` times: a long transcript with many page breaks. */
export function longSeed(times: number): string {
  const text = readFileSync(SEED, 'utf8');
  const body = text.split('\n').slice(8, -2).join('\n');
  return text + ('\n\n' + body).repeat(times - 1);
}

/** Check the typesetting rules on a layout; returns a list of violations. */
function violations(layout: PdfLayout): string[] {
  const problems: string[] = [];
  const linesByBlock = new Map<number, { page: number; index: number }[]>();
  for (const page of layout.pages) {
    for (const placed of page.lines) {
      const list = linesByBlock.get(placed.block) ?? [];
      list.push({ page: page.number, index: placed.index });
      linesByBlock.set(placed.block, list);
    }
    // No hyphen on the last line of a page.
    const last = page.lines[page.lines.length - 1];
    if (last?.line.broken.hyphenated) problems.push(`page ${page.number} ends with a hyphenated line`);
    // Every footnote referenced on a page is set on that page.
    const referenced = page.lines.flatMap((l) => l.line.noteIds);
    const set = page.notes.map((n) => n.note.id);
    for (const id of referenced)
      if (!set.includes(id)) problems.push(`note ${id} referenced on page ${page.number} is not set there`);
    for (const id of set)
      if (!referenced.includes(id)) problems.push(`note ${id} set on page ${page.number} is not referenced there`);
  }
  for (const [block, lines] of linesByBlock) {
    const galleyBlock = layout.galley[block]!;
    const pages = [...new Set(lines.map((l) => l.page))];
    for (const page of pages) {
      const count = lines.filter((l) => l.page === page).length;
      if (pages.length > 1 && count < MIN_LINES)
        problems.push(`block ${block} (${galleyBlock.tag.type}) has ${count} line(s) on page ${page}: widow or orphan`);
    }
    if (galleyBlock.keepWithNext && !layout.galley[block + 1]?.pageBreakBefore) {
      const next = linesByBlock.get(block + 1);
      if (next && next[0]!.page !== lines[lines.length - 1]!.page)
        problems.push(`block ${block} (${galleyBlock.tag.type}) is separated from what follows`);
    }
  }
  // At most two hyphenated lines in a row within a paragraph.
  for (const block of layout.galley) {
    let run = 0;
    for (const line of block.lines) {
      run = line.broken.hyphenated ? run + 1 : 0;
      if (run > 2) problems.push(`three hyphenated lines in a row in a ${block.tag.type}`);
    }
  }
  return problems;
}

function labelsStranded(layout: PdfLayout): number {
  // A paragraph that starts a turn carries its label on its first line; it must keep two lines
  // (or all of itself) on that page.
  let stranded = 0;
  for (const page of layout.pages) {
    const last = page.lines[page.lines.length - 1];
    if (!last) continue;
    const block = layout.galley[last.block]!;
    const labelled = block.lines[0]?.broken.fragments.some(
      (f) => layout.context.styles.get(f.fontKey).role === 'label',
    );
    if (labelled && last.index === 0 && block.lines.length > 1) stranded++;
  }
  return stranded;
}

describe.skipIf(!HAVE_CORPUS)(`PDF layout ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`, () => {
  it('should keep every typesetting rule on the seed, a 10x seed and an A5 book', () => {
    for (const [text, theme] of [
      [readFileSync(SEED, 'utf8'), defaultTheme],
      [longSeed(10), defaultTheme],
      [longSeed(10), themePresets['a5-book']],
    ] as const) {
      const layout = layoutPdf(prepareEdition(normalise(text, { fileName: 'seed.txt' }), theme));
      expect(violations(layout)).toEqual([]);
      expect(labelsStranded(layout)).toBe(0);
      expect(layout.pages.length).toBeGreaterThan(3);
    }
  });

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

  it('should hyphenate, but never on a paragraph’s last line', () => {
    const layout = layoutPdf(prepareEdition(normalise(longSeed(5)), defaultTheme));
    const hyphenated = layout.galley.flatMap((b) => b.lines).filter((l) => l.broken.hyphenated);
    expect(hyphenated.length).toBeGreaterThan(10);
    for (const block of layout.galley)
      expect(block.lines[block.lines.length - 1]?.broken.hyphenated ?? false).toBe(false);
  });

  it('should set run-in labels in the speaker’s colour and the label face', () => {
    const transcript = normaliseBytes(readFileSync(SEED), { fileName: SEED });
    const layout = layoutPdf(prepareEdition(transcript, defaultTheme));
    const first = layout.galley[0]!.lines[0]!;
    const style = (f: { fontKey: string }) => layout.context.styles.get(f.fontKey);
    const labelFragments = first.broken.fragments.filter((f) => style(f).role === 'label');
    expect(labelFragments.map((f) => f.text).join(' ')).toBe('[ Igor Ivanov ] :');
    // The name and separator in the speaker's colour, the brackets of the inferred label muted.
    expect(labelFragments.map((f) => style(f).colour)).toEqual(['#5e5e5e', '#b5311b', '#b5311b', '#5e5e5e', '#b5311b']);
    expect(layout.edition.styles.get('p-ivanov')!.colour).toBe('#b5311b');
    expect(
      first.broken.fragments
        .filter((f) => style(f).role === 'role')
        .map((f) => f.text)
        .join(' '),
    ).toBe(', Minister of Foreign Affairs, Russia');
  });
});

describe('PDF fallback faces', () => {
  it('should draw characters its faces lack in the fallback faces, and name those no font has', async () => {
    const diagnostics: Transcript['diagnostics'] = [];
    const transcript = normalise('MR. LI: 你好 ⌊x⌋, 🙂 friends from 서울 and 𓀀.\n');
    await pdfRenderer.render(transcript, { theme: defaultTheme, diagnostics });
    expect(diagnostics.map((d) => d.rule)).toEqual(['missing-glyph']);
    expect(diagnostics[0]!.message).toContain('서 (U+C11C)');
    expect(diagnostics[0]!.message).toContain('𓀀 (U+13000)');
    for (const covered of ['你', '⌊', '🙂']) expect(diagnostics[0]!.message).not.toContain(covered);
    const layout = layoutPdf(prepareEdition(transcript, defaultTheme));
    const faceOf = new Map<string, string>();
    for (const fragment of layout.galley.flatMap((b) => b.lines).flatMap((l) => l.broken.fragments)) {
      const style = layout.context.styles.get(fragment.fontKey);
      for (const char of fragment.text) faceOf.set(char, `${style.face}${style.missing ? ' missing' : ''}`);
    }
    const files = defaultTheme.fonts.fallback;
    expect(layout.context.faces.face(faceOf.get('⌊') as FaceKey).file).toContain(files[0]!.split('/')[1]);
    expect(layout.context.faces.face(faceOf.get('🙂') as FaceKey).file).toContain(files[1]!.split('/')[1]);
    expect(layout.context.faces.face(faceOf.get('你') as FaceKey).file).toContain(files[2]!.split('/')[1]);
    expect(faceOf.get('서')).toBe('body missing');
  });

  it('should have no fallback face without a theme fallback: the characters stay, named and missing', async () => {
    const theme = { ...defaultTheme, fonts: { ...defaultTheme.fonts, fallback: [] } };
    const diagnostics: Transcript['diagnostics'] = [];
    await pdfRenderer.render(normalise('MR. LI: 你好 ⌊x⌋.\n'), { theme, diagnostics });
    expect(diagnostics[0]!.message).toContain('你 (U+4F60)');
    expect(diagnostics[0]!.message).toContain('⌊ (U+230A)');
  });
});

describe.skipIf(!HAVE.poppler || !HAVE.mutool)(
  `PDF text layer of characters no theme face has ${HAVE.poppler && HAVE.mutool ? '' : missing('poppler-utils or mupdf-tools')}`,
  () => {
    it('should give back CJK, ⌊x⌋, emoji (fallback faces) and Hangul (no font: own glyph codes, ActualText) in place', async () => {
      const file = join(FIXTURES_DIR, 'fonts', 'characters-without-glyphs.md');
      const path = join(dir, 'characters-without-glyphs.pdf');
      const transcript = normaliseBytes(readFileSync(file), { fileName: file });
      writeFileSync(path, await pdfRenderer.render(transcript, { theme: defaultTheme, diagnostics: [] }));
      expect(run('qpdf', ['--check', path]).code).toBe(0);
      const poppler = run('pdftotext', ['-enc', 'UTF-8', path, '-']).stdout;
      const mupdf = run('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', path]).stdout;
      for (const text of [poppler, mupdf]) {
        expect(text).not.toContain('\uFFFD');
        expect(text).toContain('Harbour Forum 記者会見 on the ⌊x⌋ notation 🌊'); // title page and running heads
        expect(text).toContain('the port of 大阪 and its twin city 釜山');
        expect(text).toContain('大阪港 handles more containers every year ❤; the numbers are in my slides');
        expect(text).toContain('📊');
        expect(text).toContain('our guest from 서울, please');
        expect(text).toContain('감사합니다 — thank you, and goodbye 🙏');
        const words = wordsInOrder(spokenWords(transcript), text);
        // U+FE0F after ❤ chooses the emoji glyph; the text layer gives the character without it.
        expect(words.missing.filter((m) => !/^[\ufe00-\ufe0f]+$/u.test(m.word))).toEqual([]);
      }
    });
  },
);

describe.skipIf(!HAVE_CORPUS)('PDF file', () => {
  let seedPdf = '';
  let seedTranscript: Transcript;
  beforeAll(async () => {
    seedTranscript = normaliseBytes(readFileSync(SEED), { fileName: SEED });
    const bytes = await pdfRenderer.render(seedTranscript, { theme: defaultTheme, diagnostics: [] });
    seedPdf = join(dir, 'seed.pdf');
    writeFileSync(seedPdf, bytes);
  });

  it.skipIf(!HAVE.qpdf)(`should pass qpdf --check ${HAVE.qpdf ? '' : missing('qpdf')}`, () => {
    expect(run('qpdf', ['--check', seedPdf]).stdout).toContain('No syntax or stream encoding errors found');
  });

  it.skipIf(!HAVE.poppler)(
    `should embed and subset every font, never Helvetica ${HAVE.poppler ? '' : missing('poppler-utils')}`,
    () => {
      const rows = run('pdffonts', [seedPdf]).stdout.trim().split('\n').slice(2);
      expect(rows.length).toBeGreaterThanOrEqual(3);
      for (const row of rows) {
        expect(row).toMatch(/^[A-Z]{6}\+/);
        expect(row).toMatch(/\byes\s+yes\s+yes\b/);
        expect(row).not.toMatch(/Helvetica/);
      }
    },
  );

  it.skipIf(!HAVE.poppler)(
    'should be tagged, titled, dated from the transcript, with a destination per paragraph',
    () => {
      const info = run('pdfinfo', [seedPdf]).stdout;
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(/^Title:\s+Press conference with Lord Robertson and Igor Ivanov$/m);
      expect(info).toMatch(/^CreationDate:\s+Fri Nov 23 00:00:00 2001 UTC$/m);
      expect(readFileSync(seedPdf, 'latin1')).toMatch(/\/Lang \(en\)/);
      // PDF/A-2a and PDF/UA-1 identification in the XMP metadata, with an output intent.
      const xmp = run('pdfinfo', ['-meta', seedPdf]).stdout;
      expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
      expect(xmp).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
      expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
      expect(readFileSync(seedPdf, 'latin1')).toMatch(/\/OutputIntents/);
      const dests = run('pdfinfo', ['-dests', seedPdf]).stdout;
      for (let n = 1; n <= 23; n++) expect(dests).toMatch(new RegExp(`"para-${n}"`));
    },
  );

  it.skipIf(!HAVE.poppler)('should give back every spoken word in order through pdftotext', () => {
    const text = run('pdftotext', ['-raw', seedPdf, '-']).stdout;
    const result = wordsInOrder(spokenWords(seedTranscript), text);
    expect(result.missing).toEqual([]);
    expect(result.found).toBe(result.total);
  });

  it('should give back every spoken word in order through pdfjs-dist', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(seedPdf)), verbosity: 0 }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= document.numPages; i++) {
      const content = await (await document.getPage(i)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
    }
    const result = wordsInOrder(spokenWords(seedTranscript), pages.join('\n'));
    expect(result.missing).toEqual([]);
    expect(result.found).toBe(result.total);
  });

  it('should have a structure tree with a P per paragraph, labels and notes, read by pdfjs-dist', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(seedPdf)), verbosity: 0 }).promise;
    const roles = new Map<string, number>();
    const walk = (node: { role?: string; children?: unknown[] }) => {
      if (node.role) roles.set(node.role, (roles.get(node.role) ?? 0) + 1);
      for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
    };
    for (let i = 1; i <= document.numPages; i++) {
      const tree = await (await document.getPage(i)).getStructTree();
      if (tree) walk(tree as never);
    }
    expect(roles.get('P') ?? 0).toBeGreaterThanOrEqual(23);
    expect(roles.get('Lbl') ?? 0).toBe(11 + 3); // one per turn, one per speaker-index entry
    expect(roles.get('Note') ?? 0).toBe(1);
    expect(roles.get('H1') ?? 0).toBeGreaterThanOrEqual(1);
    const outline = await document.getOutline();
    expect(outline.map((o) => o.title)).toEqual([
      'Press conference with Lord Robertson and Igor Ivanov',
      'Speaker index',
      'Colophon',
    ]);
    const text = (await (await document.getPage(2)).getTextContent()).items
      .map((i) => ('str' in i ? i.str : ''))
      .join(' ');
    expect(text).toContain('Ladies and Gentlemen');
  });
});

describe.skipIf(!HAVE_CORPUS || !HAVE.poppler)('PDF of other corpus files', () => {
  it.each([
    '070-podcast-gotime-100-changelog.md',
    '110-parliament-bundestag-1951-de.txt',
    '092-subtitle-podcast-voice-tags-mixed-labels.vtt',
  ])('should render %s with every word in order', async (file) => {
    const transcript = normaliseBytes(readFileSync(CORPUS_DIR + file), { fileName: file });
    const path = join(dir, `${file}.pdf`);
    writeFileSync(path, await pdfRenderer.render(transcript, { theme: defaultTheme, diagnostics: [] }));
    expect(run('qpdf', ['--check', path]).code).toBe(0);
    const result = wordsInOrder(spokenWords(transcript), run('pdftotext', ['-raw', path, '-']).stdout);
    expect(result.missing).toEqual([]);
    expect(result.ratio).toBe(1);
  });
});

describe.skipIf(!HAVE_CORPUS || !HAVE.poppler || !HAVE.qpdf)('PDF of a transcript 100 times the seed', () => {
  it('should pass qpdf, embed every font, be tagged with a P per paragraph and give back every word', async () => {
    const transcript = normalise(longSeed(100), { fileName: 'seed-x100.txt' });
    const path = join(dir, 'seed-x100.pdf');
    writeFileSync(path, await pdfRenderer.render(transcript, { theme: defaultTheme, diagnostics: [] }));
    expect(run('qpdf', ['--check', path]).stdout).toContain('No syntax or stream encoding errors found');
    const fonts = run('pdffonts', [path]).stdout.trim().split('\n').slice(2);
    expect(fonts.every((row) => /^[A-Z]{6}\+/.test(row) && /\byes\s+yes\s+yes\b/.test(row))).toBe(true);
    expect(run('pdfinfo', [path]).stdout).toMatch(/^Tagged:\s+yes$/m);
    const paragraphs = [...readFileSync(path, 'latin1').matchAll(/\/S \/P\b/g)].length;
    expect(paragraphs).toBeGreaterThanOrEqual(prepareEdition(transcript, defaultTheme).paragraphCount);
    const result = wordsInOrder(spokenWords(transcript), run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).stdout);
    expect(result.missing).toEqual([]);
  }, 120_000);
});
