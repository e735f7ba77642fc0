// The fontkit adapter: glyphs carry the characters of the text being shaped, whatever another
// document shaped or subset before with the same shared font; and the fontkit internals it
// relies on are still there (an upgrade that changes them fails here, loudly).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FONTKIT_VERSION, fontkitInternalsProblem, openSharedFont } from '../../../src/render/pdf/fontkit-adapter.js';
import { fontFilePath } from '../../../src/theme/fonts.js';

const sans = readFileSync(fontFilePath('source-sans-3/SourceSans3-Semibold.ttf'));

function fontkitPackageVersion(): string {
  const main = createRequire(import.meta.url).resolve('fontkit');
  const manifest = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

describe('fontkit adapter', () => {
  it('should be used with the fontkit version it was written for, pinned in package.json', () => {
    expect(fontkitPackageVersion()).toBe(FONTKIT_VERSION);
    const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(manifest.dependencies['fontkit']).toBe(FONTKIT_VERSION);
  });

  it('should find fontkit’s internals as it expects them (a colon subset before a period is shaped)', () => {
    expect(fontkitInternalsProblem(sans, ':', '.')).toBeNull();
    expect(fontkitInternalsProblem(sans, '“', '‘')).toBeNull();
    expect(fontkitInternalsProblem(sans, 'ä', 'a')).toBeNull();
  });

  it('should need the adapter: plain fontkit loses a component’s character once a subset made it', () => {
    // The failure the adapter prevents, shown on fontkit itself: if this starts passing, fontkit
    // fixed it and the adapter may go.
    const plain = fontkit.create(sans) as fontkit.Font;
    const subset = plain.createSubset();
    for (const glyph of plain.glyphsForString(':')) subset.includeGlyph(glyph);
    subset.encode();
    expect(plain.layout('.').glyphs[0]!.codePoints).toEqual([]);
  });

  it('should give each glyph the characters it was shaped from, not those of an earlier use', () => {
    const font = openSharedFont(sans);
    const space = font.glyphForCodePoint(0x20);
    const noBreak = font.glyphForCodePoint(0xa0);
    expect(noBreak.id).toBe(space.id);
    expect(space.codePoints).toEqual([0x20]);
    expect(noBreak.codePoints).toEqual([0xa0]);
    // Small caps: the substituted glyph keeps the letter it stands for, first reached or not.
    font.getGlyph(font.layout('a', ['smcp']).glyphs[0]!.id);
    expect(font.layout('Dr.', ['smcp']).glyphs.map((g) => g.codePoints)).toEqual([[0x44], [0x72], [0x2e]]);
    // A variation selector chooses the glyph and is not part of its text.
    expect(font.glyphsForString('\u2764\ufe0f').map((g) => g.codePoints)).toEqual([[0x2764]]);
    // The same glyph object for the same glyph and characters (shaping stays cached).
    expect(font.glyphForCodePoint(0x2e)).toBe(font.glyphForCodePoint(0x2e));
  });

  it('should write the same subsets as fontkit without decoding the glyphs it copies (composites included)', () => {
    const text = 'The Quick Brown Fox: “jumps” — 0123456789 äéîõüÅÇÑØß œŒ ﬁ ﬂ ½ € § ¶ … Ёжик';
    for (const file of [
      'source-serif-4/SourceSerif4-Regular.ttf',
      'source-serif-4/SourceSerif4-BoldItalic.ttf',
      'source-sans-3/SourceSans3-Semibold.ttf',
      'dejavu-sans/DejaVuSans.ttf',
    ]) {
      const bytes = readFileSync(fontFilePath(file));
      const subsetOf = (font: fontkit.Font, features: string[]) => {
        const subset = font.createSubset();
        for (const glyph of font.layout(text, features).glyphs) subset.includeGlyph(glyph);
        return Buffer.from(subset.encode());
      };
      for (const features of [[], ['smcp']]) {
        const shared = openSharedFont(bytes);
        const addGlyph = (font: fontkit.Font) => (font.createSubset() as unknown as { _addGlyph: unknown })._addGlyph;
        expect(addGlyph(shared)).not.toBe(addGlyph(fontkit.create(bytes) as fontkit.Font));
        expect(subsetOf(shared, features).equals(subsetOf(fontkit.create(bytes) as fontkit.Font, features)), file).toBe(
          true,
        );
      }
    }
  });
});
