/**
 * @module render/pdf/pdfkit-adapter
 * The places that reach into pdfkit's embedded-font internals (pdfkit 0.20.2, pinned in
 * package-lock), kept in this one file:
 *
 * - `shareShapedWords` gives a document's font a cache of shaped words shared across documents
 *   (pdfkit's `layoutCache`), so a batch shapes each word once; the shapes hold no document
 *   state (glyph ids, positions, and — through `fontkit-adapter` — the code points shaped).
 * - `missingGlyphCodes` encodes characters a font has no glyph for. pdfkit draws them all with
 *   glyph 0, which the ToUnicode map can tie to one text only, so MuPDF and pdftotext read
 *   U+FFFD. Here each such character gets a glyph of its own in the document's subset: a copy
 *   of glyph 0 (the same empty box is drawn) whose ToUnicode entry is that character.
 *
 * - `shapeFromTable` has a font shape plain Latin text from its compact shaping table
 *   (`compact-shaping.ts`) instead of fontkit's engine: pdfkit shapes every word through its
 *   font's `layoutRun(text, features)`, which this replaces on the font object with one that
 *   builds the same run (fontkit's glyph objects, positions scaled as pdfkit scales them) from
 *   the table, and calls pdfkit's own for anything else.
 *
 * - `orderDestinationsInCodeUnits` has the document's tree of named destinations order two
 *   names of paragraphs ("para-17") by their code units instead of pdfkit's `localeCompare`:
 *   the same order (one prefix, then digits) without ICU's collator, which costs a process ≈ 8 ms
 *   to make. Any other name is ordered by pdfkit's own comparison.
 *
 * `pdfkitInternalsProblem` says what no longer holds if pdfkit changes; a test calls it.
 */
import type * as fontkit from 'fontkit';
import type { CompactShaper } from './compact-shaping.js';

/** The pdfkit version whose internals this adapter relies on. */
export const PDFKIT_VERSION = '0.20.2';

/** The parts of pdfkit's `EmbeddedFont` this adapter touches. */
interface EmbeddedFontInternals {
  font: fontkit.Font;
  /** Advance width per subset glyph id, in thousandths of the size. */
  widths: (number | undefined)[];
  /** Code points per subset glyph id (the ToUnicode map). */
  unicode: (number[] | undefined)[];
  /** Scale from font units to thousandths of the size. */
  scale: number;
  /** fontkit's subset: the original glyph id of each subset glyph, and the reverse map. */
  subset: { glyphs: number[]; mapping: Record<number, number>; cff?: unknown };
  layoutCache?: Record<string, unknown>;
  /** pdfkit's shaping of one word (or of a text with features): fontkit's run, positions scaled. */
  layoutRun(text: string, features?: string[]): ShapedRun;
  layout(text: string, features: string[] | undefined, onlyWidth: boolean): { advanceWidth: number };
}

/** A run as pdfkit's `layoutRun` gives it. */
interface ShapedRun {
  glyphs: fontkit.Glyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
  advanceWidth: number;
}

/** Named destinations of paragraphs, as the edition names them (`para-N`). */
const PARAGRAPH_DESTINATION = /^para-\d+$/;

/** pdfkit's tree of named destinations: its items, sorted by `_compareKeys` when written. */
interface NameTreeInternals {
  _compareKeys(a: string, b: string): number;
}

/** The document's tree of named destinations, or null when pdfkit no longer keeps one there. */
function destinationTree(document: unknown): NameTreeInternals | null {
  const root = (document as { _root?: { data?: { Names?: { data?: { Dests?: unknown } } } } })._root;
  const tree = root?.data?.Names?.data?.Dests as Partial<NameTreeInternals> | undefined;
  return typeof tree?._compareKeys === 'function' ? (tree as NameTreeInternals) : null;
}

/** Have a pdfkit document order the names of paragraph destinations without ICU (see the header). */
export function orderDestinationsInCodeUnits(document: unknown): void {
  const tree = destinationTree(document);
  if (!tree) return;
  const own = tree._compareKeys.bind(tree);
  tree._compareKeys = (a, b) =>
    PARAGRAPH_DESTINATION.test(a) && PARAGRAPH_DESTINATION.test(b) ? (a < b ? -1 : a > b ? 1 : 0) : own(a, b);
}

/**
 * Have a pdfkit font shape text that a table of its feature set knows from that table (see the header);
 * the run is the one pdfkit's `layoutRun` would give, value for value.
 */
export function shapeFromTable(
  embeddedFont: unknown,
  shaperFor: (features: readonly string[] | undefined) => CompactShaper | null,
): void {
  const font = embeddedFont as EmbeddedFontInternals;
  const pdfkitLayoutRun = font.layoutRun.bind(font);
  font.layoutRun = (text: string, features?: string[]): ShapedRun => {
    const run = shaperFor(features)?.shape(text) ?? null;
    if (run === null) return pdfkitLayoutRun(text, features);
    const glyphs: fontkit.Glyph[] = [];
    const positions: ShapedRun['positions'] = [];
    let advanceWidth = 0;
    for (let i = 0; i < run.ids.length; i++) {
      glyphs.push(font.font.getGlyph(run.ids[i]!, run.codePoints[i]));
      const xAdvance = run.xAdvances[i]! * font.scale;
      positions.push({
        xAdvance,
        yAdvance: 0 * font.scale,
        xOffset: 0 * font.scale,
        yOffset: 0 * font.scale,
        advanceWidth: run.advances[i]! * font.scale,
      });
      advanceWidth += xAdvance;
    }
    return { glyphs, positions, advanceWidth };
  };
}

/** Give a pdfkit font a shared cache of shaped words (pdfkit's own key: the word's text). */
export function shareShapedWords(embeddedFont: unknown, shapedWords: Record<string, unknown>): void {
  (embeddedFont as EmbeddedFontInternals).layoutCache = shapedWords;
}

/** Subset glyph ids made for missing characters, per pdfkit font (that is, per document and font). */
const missingGlyphIds = new WeakMap<object, Map<number, number>>();

/**
 * Hex glyph codes (as pdfkit's `encode` gives them) for characters the font has no glyph for,
 * one per code point, each drawing glyph 0 and mapped to its own character; and the advance of
 * each, in thousandths of the size. Null for a font whose subset is not TrueType (CFF subsets
 * are not touched), for which the caller keeps pdfkit's own encoding.
 */
export function missingGlyphCodes(embeddedFont: unknown, text: string): { codes: string[]; advances: number[] } | null {
  const font = embeddedFont as EmbeddedFontInternals;
  if (font.subset.cff !== undefined || font.font.getGlyph(0) === null) return null;
  let ids = missingGlyphIds.get(font);
  if (!ids) {
    ids = new Map();
    missingGlyphIds.set(font, ids);
  }
  const advance = font.font.getGlyph(0).advanceWidth * font.scale;
  const codes: string[] = [];
  const advances: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    let id = ids.get(code);
    if (id === undefined) {
      id = font.subset.glyphs.length;
      font.subset.glyphs.push(0);
      font.widths[id] = advance;
      font.unicode[id] = [code];
      ids.set(code, id);
    }
    codes.push(`0000${id.toString(16)}`.slice(-4));
    advances.push(advance);
  }
  return { codes, advances };
}

/**
 * What in pdfkit no longer behaves as this adapter expects, or null. `embeddedFont` is a fresh
 * pdfkit font of a TrueType file (`doc._font` right after `doc.font(file)`).
 */
export function pdfkitInternalsProblem(embeddedFont: unknown): string | null {
  const font = embeddedFont as Partial<EmbeddedFontInternals>;
  if (!font.subset || !Array.isArray(font.subset.glyphs) || typeof font.subset.mapping !== 'object')
    return "pdfkit's EmbeddedFont no longer keeps fontkit's subset (subset.glyphs, subset.mapping)";
  if (!Array.isArray(font.widths) || !Array.isArray(font.unicode))
    return "pdfkit's EmbeddedFont no longer keeps widths and unicode arrays by subset glyph id";
  if (typeof font.scale !== 'number') return "pdfkit's EmbeddedFont no longer has a scale";
  if (font.layoutCache === undefined || typeof font.layoutCache !== 'object')
    return "pdfkit's EmbeddedFont no longer caches shaped words in layoutCache";
  if (typeof font.layoutRun !== 'function' || typeof font.layout !== 'function')
    return "pdfkit's EmbeddedFont no longer shapes through layoutRun";
  // Words are shaped one at a time (with the space after them), through the font's own layoutRun.
  const asked: string[] = [];
  const own = font.layoutRun;
  const runs = font as EmbeddedFontInternals;
  const reference = own.call(runs, 'x', undefined);
  runs.layoutRun = (text: string, features?: string[]) => {
    asked.push(`${text}|${features === undefined ? '' : features.join()}`);
    return { glyphs: [], positions: [], advanceWidth: 1 };
  };
  const cache = runs.layoutCache!;
  runs.layoutCache = Object.create(null) as Record<string, unknown>;
  let width: number;
  try {
    width = runs.layout('\u0001a \u0001b', undefined, true).advanceWidth;
  } finally {
    delete (runs as Partial<EmbeddedFontInternals>).layoutRun;
    runs.layoutCache = cache;
  }
  if (asked.join(',') !== '\u0001a |,\u0001b|' || width !== 2)
    return `pdfkit's EmbeddedFont no longer shapes word by word through layoutRun (asked: ${JSON.stringify(asked)})`;
  const keys = Object.keys(reference.positions[0] ?? {}).join();
  if (keys !== 'xAdvance,yAdvance,xOffset,yOffset,advanceWidth' || !Array.isArray(reference.glyphs))
    return `pdfkit's layoutRun no longer gives glyphs and positions (xAdvance, yAdvance, xOffset, yOffset, advanceWidth): ${keys}`;
  return null;
}
