// The compact shaping tables (src/render/pdf/compact-shaping.ts, built by shaping-table-build.ts)
// shape text exactly as fontkit does, glyph for glyph and unit for unit: every character a
// table calls simple, alone and beside others, every pair of printable ASCII characters, and
// the words of real transcripts, in every bundled font that gets a table; text with any other
// character is left to fontkit. And the PDF is the same bytes with the tables and without.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import {
  CompactShaper,
  fontDigest,
  loadCompactShaper,
  type ShapingTable,
  TABLE_FEATURE_SETS,
} from '../../../src/render/pdf/compact-shaping.js';
import { FONTKIT_VERSION, openSharedFont } from '../../../src/render/pdf/fontkit-adapter.js';
import { pdfkitInternalsProblem, shapeFromTable } from '../../../src/render/pdf/pdfkit-adapter.js';
import { buildShapingTable } from '../../../src/render/pdf/shaping-table-build.js';
import { FONTS_DIRECTORY } from '../../../src/theme/fonts.js';

function fontFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? fontFiles(join(folder, entry.name))
      : /\.(ttf|otf)$/i.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );
}

/** What fontkit makes of a text, in the terms of a compact run. */
function fontkitRun(font: fontkit.Font, text: string, features: readonly string[]) {
  const run = font.layout(text, [...features]);
  return {
    ids: run.glyphs.map((g) => g.id),
    codePoints: run.glyphs.map((g) => [...g.codePoints]),
    xAdvances: run.positions.map((p) => p.xAdvance),
    advances: run.glyphs.map((g) => g.advanceWidth),
    offsets: run.positions.every((p) => p.xOffset === 0 && p.yOffset === 0 && p.yAdvance === 0),
  };
}

const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i));
const realText = [
  readFileSync(new URL('../../../examples/press-conference.txt', import.meta.url), 'utf8'),
  // Latin text beyond English: accents, ligature-prone words, quotes, dashes and numbers.
  'Le Président a dit « difficile » ; la Bundesrepublik fährt fort — l’œuvre, the “affluent” ' +
    'officials’ effigy, 1–2 € 3,50 %, Ærø Škoda Łódź naïve café ﬁnal fjord ‰ † ‡ … ffl ffi ff fi fl',
];
const words = [...new Set(realText.flatMap((text) => text.split(/[\s]+/u)).filter(Boolean))];

const fonts = fontFiles(FONTS_DIRECTORY).sort();
const built = new Map<string, ShapingTable | null>();
function tableOf(file: string, features: readonly string[] = []): ShapingTable | null {
  const key = `${file}|${features.join()}`;
  if (!built.has(key)) built.set(key, buildShapingTable(readFileSync(file), features).table);
  return built.get(key)!;
}

/** pdfkit's font for a file in a fresh document (optionally shaping from the table). */
function pdfkitFont(file: string, table: ShapingTable | null) {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.font(openSharedFont(readFileSync(file)) as unknown as string, file);
  const font = (doc as unknown as { _font: PdfkitFont })._font;
  if (table) {
    const shapers = new Map(
      TABLE_FEATURE_SETS.map((features) => [features.join(), new CompactShaper(tableOf(file, features)!)]),
    );
    shapeFromTable(font, (features) => shapers.get((features ?? []).join()) ?? null);
  }
  return font;
}
interface PdfkitFont {
  layoutRun(text: string, features?: string[]): { glyphs: fontkit.Glyph[]; positions: object[]; advanceWidth: number };
  encode(text: string, features?: string[]): [string[], object[]];
  widthOfString(text: string, size: number, features?: string[]): number;
  layout(text: string, features: string[] | undefined, onlyWidth: boolean): unknown;
}
const runOf = (run: ReturnType<PdfkitFont['layoutRun']>) => ({
  ids: run.glyphs.map((g) => g.id),
  codePoints: run.glyphs.map((g) => [...g.codePoints]),
  positions: run.positions,
  advanceWidth: run.advanceWidth,
});

describe('compact shaping tables', () => {
  it('should be made for the bundled text fonts', () => {
    const made = fonts.filter((file) => tableOf(file) !== null);
    expect(made.filter((f) => f.includes('source-serif-4')).length).toBe(5);
    expect(made.filter((f) => f.includes('source-sans-3')).length).toBe(4);
    // Small caps (labels): every Source Serif 4 face (the default theme's labels).
    expect(fonts.filter((file) => file.includes('source-serif-4') && tableOf(file, ['smcp']) !== null).length).toBe(5);
  });

  it.each(
    fonts.flatMap((file) =>
      TABLE_FEATURE_SETS.map(
        (features) => [file.slice(FONTS_DIRECTORY.length + 1), features.join('+'), file, features] as const,
      ),
    ),
  )(
    'should shape as fontkit does in %s (features: %s)',
    (_name, _features, file, features) => {
      const bytes = readFileSync(file);
      const table = tableOf(file, features);
      if (!table) return;
      const shaper = new CompactShaper(table);
      const font = openSharedFont(bytes);
      const simple = [...table.chars];
      expect(simple.length).toBeGreaterThan(300);
      const texts = [
        ...simple,
        ...simple.map((c) => `${c}${c} `),
        ...simple.map((c) => `f${c}i${c}l${c}`),
        ...ASCII.flatMap((a) => ASCII.map((b) => a + b)),
        ...words,
        ...words.map((w) => `${w} `),
      ];
      let shapedFromTable = 0;
      for (const text of texts) {
        const ours = shaper.shape(text);
        if (ours === null) {
          expect(
            [...text].some((c) => !table.chars.includes(c)),
            text,
          ).toBe(true);
          continue;
        }
        shapedFromTable++;
        const theirs = fontkitRun(font, text, features);
        expect(theirs.offsets, text).toBe(true);
        expect({ ...ours }, text).toEqual({
          ids: theirs.ids,
          codePoints: theirs.codePoints,
          xAdvances: theirs.xAdvances,
          advances: theirs.advances,
        });
      }
      // Nearly all the real words are shaped from the table.
      expect(shapedFromTable).toBeGreaterThan(texts.length * 0.95);
    },
    60_000,
  );

  it('should leave text with a character it does not know to fontkit', () => {
    const shaper = new CompactShaper(tableOf(join(FONTS_DIRECTORY, 'source-serif-4', 'SourceSerif4-Regular.ttf'))!);
    for (const text of ['', 'Ελλάδα', 'a\u00ADb', 'x\u0301', '1\u20442', 'emoji 😀', 'tab\there'])
      expect(shaper.shape(text), text).toBeNull();
  });

  it('should give pdfkit the runs, codes and widths its own shaping gives', () => {
    for (const name of ['source-serif-4/SourceSerif4-Regular.ttf', 'source-sans-3/SourceSans3-Italic.ttf']) {
      const file = join(FONTS_DIRECTORY, ...name.split('/'));
      const own = pdfkitFont(file, null);
      const fromTable = pdfkitFont(file, tableOf(file));
      for (const word of [...words, ...words.map((w) => `${w} `), 'Ελλάδα ']) {
        expect(runOf(fromTable.layoutRun(word)), word).toEqual(runOf(own.layoutRun(word)));
        expect(fromTable.widthOfString(word, 10.5), word).toBe(own.widthOfString(word, 10.5));
      }
      for (const text of realText) expect(fromTable.encode(text), name).toEqual(own.encode(text));
      for (const text of ['Mr Smith', 'Lord Robertson', 'Ms Ægidius', 'office 1–2']) {
        expect(runOf(fromTable.layoutRun(text, ['smcp'])), text).toEqual(runOf(own.layoutRun(text, ['smcp'])));
        expect(fromTable.encode(text, ['smcp']), text).toEqual(own.encode(text, ['smcp']));
      }
      // Features no table is made for stay fontkit's.
      expect(runOf(fromTable.layoutRun('1/2 office', ['onum']))).toEqual(runOf(own.layoutRun('1/2 office', ['onum'])));
    }
  });

  it('should say so, loudly, when pdfkit no longer shapes word by word through layoutRun', () => {
    const file = join(FONTS_DIRECTORY, 'source-serif-4', 'SourceSerif4-Regular.ttf');
    expect(pdfkitInternalsProblem(pdfkitFont(file, null))).toBeNull();
    const changed = pdfkitFont(file, null);
    changed.layout = () => ({ glyphs: [], positions: [], advanceWidth: 0 });
    expect(pdfkitInternalsProblem(changed)).toMatch(/layoutRun/);
  });

  it('should use a table file only for the font and fontkit it was made from', () => {
    const bytes = readFileSync(join(FONTS_DIRECTORY, 'source-serif-4', 'SourceSerif4-Regular.ttf'));
    expect(loadCompactShaper('0'.repeat(64), FONTKIT_VERSION, [])).toBeNull();
    expect(loadCompactShaper(fontDigest(bytes), '0.0.0', [])).toBeNull();
    expect(loadCompactShaper(fontDigest(bytes), FONTKIT_VERSION, ['onum'])).toBeNull();
  });
});
