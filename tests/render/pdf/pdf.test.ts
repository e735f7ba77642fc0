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
import { layoutPdf } from '../../../src/render/pdf/layout.js';
import { defaultTheme, themePresets } from '../../../src/theme/default.js';
import {
  baseName,
  FIXTURE,
  FIXTURES_DIR,
  longPressConference,
  normaliseFixture,
  PRESS_CONFERENCE_LONG,
  pressConference,
} from '../../helpers/fixtures.js';
import { spokenWords, wordsInOrder } from '../../helpers/word-order.js';
import { HAVE, missing, run } from '../../helpers/tools.js';
import { expectEveryWordInOrder, labelsStranded, violations } from './layout-rules.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-pdf-'));

describe('PDF layout', () => {
  it('should keep every typesetting rule on the long press conference, 10 times it and an A5 book', () => {
    for (const [text, theme] of [
      [readFileSync(PRESS_CONFERENCE_LONG, 'utf8'), defaultTheme],
      [longPressConference(10), defaultTheme],
      [longPressConference(10), themePresets['a5-book']],
    ] as const) {
      const layout = layoutPdf(prepareEdition(normalise(text, { fileName: 'press-conference-long.txt' }), theme));
      expect(violations(layout)).toEqual([]);
      expect(labelsStranded(layout)).toBe(0);
      expect(layout.pages.length).toBeGreaterThan(3);
    }
  });

  it('should hyphenate, but never on a paragraph’s last line', () => {
    const layout = layoutPdf(prepareEdition(normalise(longPressConference(5)), defaultTheme));
    const hyphenated = layout.galley.flatMap((b) => b.lines).filter((l) => l.broken.hyphenated);
    expect(hyphenated.length).toBeGreaterThan(10);
    for (const block of layout.galley)
      expect(block.lines[block.lines.length - 1]?.broken.hyphenated ?? false).toBe(false);
  });

  it('should set run-in labels in the speaker’s colour and the label face', () => {
    const transcript = pressConference();
    const layout = layoutPdf(prepareEdition(transcript, defaultTheme));
    const first = layout.galley[0]!.lines[0]!;
    const style = (f: { fontKey: string }) => layout.context.styles.get(f.fontKey);
    const labelFragments = first.broken.fragments.filter((f) => style(f).role === 'label');
    expect(labelFragments.map((f) => f.text).join(' ')).toBe('[ Tomas Reyes ] :');
    // The name and separator in the speaker's colour, the brackets of the inferred label muted.
    expect(labelFragments.map((f) => style(f).colour)).toEqual(['#5e5e5e', '#b5311b', '#b5311b', '#5e5e5e', '#b5311b']);
    expect(layout.edition.styles.get('p-reyes')!.colour).toBe('#b5311b');
    expect(
      first.broken.fragments
        .filter((f) => style(f).role === 'role')
        .map((f) => f.text)
        .join(' '),
    ).toBe(', Regional Minister of Transport');
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

describe('PDF file', () => {
  let seedPdf = '';
  let seedTranscript: Transcript;
  beforeAll(async () => {
    seedTranscript = pressConference();
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
      expect(info).toMatch(/^Title:\s+Press conference with Dame Elsa Marlow and Tomas Reyes$/m);
      expect(info).toMatch(/^CreationDate:\s+Tue Mar 12 00:00:00 2024 UTC$/m);
      expect(readFileSync(seedPdf, 'latin1')).toMatch(/\/Lang \(en\)/);
      // PDF/A-2a and PDF/UA-1 identification in the XMP metadata, with an output intent.
      const xmp = run('pdfinfo', ['-meta', seedPdf]).stdout;
      expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
      expect(xmp).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
      expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
      expect(readFileSync(seedPdf, 'latin1')).toMatch(/\/OutputIntents/);
      const dests = run('pdfinfo', ['-dests', seedPdf]).stdout;
      for (let n = 1; n <= 8; n++) expect(dests).toMatch(new RegExp(`"para-${n}"`));
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
      if (tree) walk(tree);
    }
    expect(roles.get('P') ?? 0).toBeGreaterThanOrEqual(8);
    expect(roles.get('Lbl') ?? 0).toBe(7 + 3); // one per turn, one per speaker-index entry
    expect(roles.get('Note') ?? 0).toBe(1);
    expect(roles.get('H1') ?? 0).toBeGreaterThanOrEqual(1);
    const outline = await document.getOutline();
    expect(outline.map((o) => o.title)).toEqual([
      'Press conference with Dame Elsa Marlow and Tomas Reyes',
      'Speaker index',
      'Colophon',
    ]);
    const text = (await (await document.getPage(2)).getTextContent()).items
      .map((i) => ('str' in i ? i.str : ''))
      .join(' ');
    expect(text).toContain('Good morning. Thank you all');
  });
});

describe.skipIf(!HAVE.poppler || !HAVE.qpdf)('PDF of the other fixtures', () => {
  it.each(Object.values(FIXTURE).map(baseName))('should render %s with every word in order', async (file) => {
    const transcript = normaliseFixture(FIXTURES_DIR + file);
    const path = join(dir, `${file}.pdf`);
    await expectEveryWordInOrder(transcript, path);
  });
});

describe.skipIf(!HAVE.poppler || !HAVE.qpdf)('PDF of a transcript 180 times the long press conference', () => {
  it('should pass qpdf, embed every font, be tagged with a P per paragraph and give back every word', async () => {
    const transcript = normalise(longPressConference(180), { fileName: 'long-x180.txt' });
    const path = join(dir, 'long-x180.pdf');
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
