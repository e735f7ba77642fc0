// The pdfkit adapter: the embedded-font internals it relies on are still there (an upgrade that
// changes them fails here, loudly), and characters a font lacks get glyph codes of their own,
// each tied to its character, drawing the font's missing-glyph box.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import {
  missingGlyphCodes,
  PDFKIT_VERSION,
  pdfkitInternalsProblem,
  shareShapedWords,
} from '../../../src/render/pdf/pdfkit-adapter.js';
import { fontFilePath } from '../../../src/theme/fonts.js';

function freshFont(): unknown {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.font(fontFilePath('source-serif-4/SourceSerif4-Regular.ttf'));
  return (doc as unknown as { _font: unknown })._font;
}

describe('pdfkit adapter', () => {
  it('should be used with the pdfkit version it was written for, pinned in package.json', () => {
    const main = createRequire(import.meta.url).resolve('pdfkit');
    const manifest = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(manifest.version).toBe(PDFKIT_VERSION);
    const ours = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(ours.dependencies['pdfkit']).toBe(PDFKIT_VERSION);
  });

  it('should find pdfkit’s embedded-font internals as it expects them', () => {
    expect(pdfkitInternalsProblem(freshFont())).toBeNull();
  });

  it('should share a cache of shaped words with a document’s font', () => {
    const font = freshFont() as { layoutCache: Record<string, unknown>; widthOfString(t: string, s: number): number };
    const shared = Object.create(null) as Record<string, unknown>;
    shareShapedWords(font, shared);
    font.widthOfString('harbour', 10);
    expect(Object.keys(shared)).toEqual(['harbour']);
  });

  it('should give each missing character a code of its own, mapped to it, drawing glyph 0', () => {
    const font = freshFont() as {
      subset: { glyphs: number[] };
      unicode: number[][];
      widths: number[];
    };
    const first = missingGlyphCodes(font, '서울서')!;
    expect(first.codes[0]).toBe(first.codes[2]);
    expect(first.codes[0]).not.toBe(first.codes[1]);
    expect(first.codes).not.toContain('0000');
    for (const [index, char] of ['서', '울'].entries()) {
      const id = parseInt(first.codes[index]!, 16);
      expect(font.subset.glyphs[id]).toBe(0);
      expect(font.unicode[id]).toEqual([char.codePointAt(0)]);
      expect(font.widths[id]).toBe(font.widths[0]);
    }
    // The same code again in the same document.
    expect(missingGlyphCodes(font, '울')!.codes).toEqual([first.codes[1]]);
  });
});
