/**
 * @module render/pdf/compact-shaping
 * Shaping of plain Latin text from a font's compact table (`dist/shaping/<SHA-256 of the
 * font>.json`, written at build time by `scripts/shaping-tables.mjs` through
 * `shaping-table-build.ts`): glyphs from the cmap, the font's ligatures, pair kerning — what
 * fontkit's OpenType engine gives such text, without running that engine (in cold code, on a
 * command's first words, it was about half of the PDF's time). A text with any character the
 * table does not call simple gets null, and the caller shapes it with fontkit as before; so does
 * every text of a font without a table (a theme's own font, a build without the step).
 * `pdfkit-adapter.ts` plugs this into pdfkit's fonts; the outputs are the same bytes either way.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { packagePath } from '../../package-files.js';

/**
 * The feature sets the PDF edition shapes with (`fonts.ts`): none (pdfkit's defaults), and small
 * caps for labels. The build makes a table for each.
 */
export const TABLE_FEATURE_SETS: readonly (readonly string[])[] = [[], ['smcp']];

/** A substitution lookup of a table: single (glyph → glyph) or ligatures (by first glyph, [components after it, ligature]). */
export type Substitution = { single: Record<number, number> } | { ligature: Record<number, [number[], number][]> };

/** A font's table for one feature set (JSON). Glyph ids and advances in font units. */
export interface ShapingTable {
  version: 2;
  /** The fontkit version whose shaping the table reproduces. */
  fontkit: string;
  /** SHA-256 of the font file. */
  digest: string;
  /** The features asked for on top of fontkit's defaults. */
  features: string[];
  /** The simple characters, in code point order. */
  chars: string;
  /** The glyph of each simple character. */
  glyphs: number[];
  /** Advance width by glyph id (simple and ligature glyphs). */
  advances: Record<number, number>;
  /** The substitutions in the order fontkit applies them. */
  substitutions: Substitution[];
  /**
   * Kerning by classes: each glyph the table can produce (`glyphs`) has a first and a second
   * class; `matrix` (little-endian int16, base64) holds the adjustment of the first glyph's
   * advance at first class × `secondClassCount` + second class.
   */
  kerning: {
    glyphs: number[];
    firstClasses: number[];
    secondClasses: number[];
    secondClassCount: number;
    matrix: string;
  };
}

/** A shaped text: glyph ids, the characters of each glyph, each glyph's advance with kerning. */
export interface CompactRun {
  ids: number[];
  codePoints: number[][];
  xAdvances: number[];
  /** Advance widths without kerning. */
  advances: number[];
}

/** Shapes plain Latin text from a table. */
export class CompactShaper {
  private readonly glyphOfChar = new Map<number, number>();
  /** First and second kerning class by glyph id. */
  private readonly firstClass: Uint16Array;
  private readonly secondClass: Uint16Array;
  private readonly secondClassCount: number;
  private readonly kerning: Int16Array;
  private readonly substitutions: (
    | { single: Map<number, number>; ligature?: undefined }
    | { ligature: Map<number, [number[], number][]> }
  )[];
  private readonly advances = new Map<number, number>();

  constructor(table: ShapingTable) {
    let i = 0;
    for (const char of table.chars) this.glyphOfChar.set(char.codePointAt(0)!, table.glyphs[i++]!);
    for (const [glyph, advance] of Object.entries(table.advances)) this.advances.set(Number(glyph), advance);
    const { glyphs, firstClasses, secondClasses, secondClassCount, matrix } = table.kerning;
    const size = Math.max(0, ...glyphs) + 1;
    this.firstClass = new Uint16Array(size);
    this.secondClass = new Uint16Array(size);
    glyphs.forEach((glyph, k) => {
      this.firstClass[glyph] = firstClasses[k]!;
      this.secondClass[glyph] = secondClasses[k]!;
    });
    this.secondClassCount = secondClassCount;
    const bytes = Buffer.from(matrix, 'base64');
    this.kerning = new Int16Array(bytes.length / 2);
    for (let k = 0; k < this.kerning.length; k++) this.kerning[k] = bytes.readInt16LE(k * 2);
    this.substitutions = table.substitutions.map((lookup) =>
      'single' in lookup
        ? { single: new Map(Object.entries(lookup.single).map(([from, to]) => [Number(from), to])) }
        : { ligature: new Map(Object.entries(lookup.ligature).map(([first, list]) => [Number(first), list])) },
    );
  }

  /** The adjustment of the first glyph's advance before the second. */
  private kern(first: number, second: number): number {
    return this.kerning[this.firstClass[first]! * this.secondClassCount + this.secondClass[second]!]!;
  }

  /** `text` shaped from the table, or null when a character of it is not simple (or it is empty). */
  shape(text: string): CompactRun | null {
    if (text.length === 0) return null;
    const ids: number[] = [];
    const codePoints: number[][] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const glyph = this.glyphOfChar.get(code);
      if (glyph === undefined) return null;
      ids.push(glyph);
      codePoints.push([code]);
    }
    for (const lookup of this.substitutions) {
      if (lookup.ligature === undefined) {
        // A single substitution changes the glyph, not the characters it stands for.
        for (let i = 0; i < ids.length; i++) ids[i] = lookup.single.get(ids[i]!) ?? ids[i]!;
        continue;
      }
      for (let i = 0; i < ids.length; i++) {
        const candidates = lookup.ligature.get(ids[i]!);
        if (!candidates) continue;
        for (const [components, ligature] of candidates) {
          let matches = i + components.length < ids.length;
          for (let k = 0; matches && k < components.length; k++) matches = ids[i + 1 + k] === components[k];
          if (!matches) continue;
          ids.splice(i, components.length + 1, ligature);
          codePoints.splice(i, components.length + 1, codePoints.slice(i, i + components.length + 1).flat());
          break;
        }
      }
    }
    const advances = ids.map((id) => this.advances.get(id)!);
    const xAdvances = advances.slice();
    for (let i = 0; i + 1 < ids.length; i++) {
      xAdvances[i]! += this.kern(ids[i]!, ids[i + 1]!);
    }
    return { ids, codePoints, xAdvances, advances };
  }
}

/** The SHA-256 of a font file: the name its table is kept under. */
export function fontDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Where a font's table is kept. */
export function shapingTablePath(digest: string, features: readonly string[]): string {
  return packagePath('dist', 'shaping', `${digest}${features.length > 0 ? `.${features.join('+')}` : ''}.json`);
}

/** The shaper of a font (by its digest) for a feature set, or null when there is no usable table (see the header). */
export function loadCompactShaper(
  digest: string,
  fontkitVersion: string,
  features: readonly string[],
): CompactShaper | null {
  let table: ShapingTable;
  try {
    table = JSON.parse(readFileSync(shapingTablePath(digest, features), 'utf8')) as ShapingTable;
  } catch {
    return null;
  }
  if (
    table.version !== 2 ||
    table.digest !== digest ||
    table.fontkit !== fontkitVersion ||
    table.features.join() !== features.join()
  )
    return null;
  return new CompactShaper(table);
}
