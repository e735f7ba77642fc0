/**
 * @module render/pdf/fontkit-adapter
 * The one place that reaches into fontkit's internals (fontkit 2.0.4, pinned in package-lock).
 *
 * fontkit keeps one glyph object per glyph id and font (`getGlyph(id, codePoints)` caches the
 * first object it makes), and that object keeps the code points of its first creation. A font
 * shared by several documents therefore gave each glyph the characters of whatever first
 * reached it in the process: when one document's subsetter took the period out of a composite
 * (a small-caps colon) with no characters, every later document that drew "Dr." got a period
 * with no Unicode in its ToUnicode map, because pdfkit writes `glyph.codePoints` there.
 *
 * `openSharedFont` opens a font whose glyphs carry the characters they were asked for: shaping
 * (fontkit's `glyphsForString` and the GSUB result both call the font's own `getGlyph`) gets a
 * glyph object per glyph id *and* code points, so a glyph's characters are those of the text
 * being shaped (less variation selectors, which choose a glyph rather than add text), whatever
 * was shaped or subset before. Outlines and metrics are still read from the one shared font.
 * `fontkitInternalsProblem` says what no longer holds if fontkit changes (a test calls it, so
 * an upgrade fails loudly instead of losing text again).
 *
 * Its subsets copy glyphs without decoding them (`copyGlyphsUndecoded`): fontkit's TrueType
 * subsetter decodes every glyph it copies, outline and all, to learn whether it is a composite,
 * and reads its metrics through `_getMetrics`, which decodes it again for its bounding box (a
 * tenth of a short document's PDF). For a font without variations neither is needed: the glyph's
 * first two bytes (its contour count, negative for a composite) say whether it has components,
 * and the subset's metrics are the glyph's `hmtx` entry, which is what `_getMetrics` returns for
 * them. Composites are still decoded for their components; the bytes written are fontkit's.
 */
import * as fontkit from 'fontkit';

/** The fontkit version whose internals this adapter relies on. */
export const FONTKIT_VERSION = '2.0.4';

type GlyphConstructor = new (id: number, codePoints: number[], font: fontkit.Font) => fontkit.Glyph;

function isVariationSelector(code: number): boolean {
  return (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef);
}

/** A fontkit font whose glyphs report the code points they were asked for (see the module comment). */
export function openSharedFont(bytes: Buffer): fontkit.Font {
  const font = fontkit.create(bytes) as fontkit.Font;
  const plainGlyph = font.getGlyph.bind(font);
  const withCodePoint = new Map<number, fontkit.Glyph>();
  const withCodePoints = new Map<string, fontkit.Glyph>();
  const make = (plain: fontkit.Glyph, id: number, codePoints: number[]): fontkit.Glyph =>
    new (plain.constructor as GlyphConstructor)(id, [...codePoints], font);
  font.getGlyph = (id: number, given: number[] = []): fontkit.Glyph => {
    // The shared glyph object is always made with no code points, so nothing depends on who made it.
    const plain = plainGlyph(id, []);
    // A variation selector chooses the glyph; it is not text of its own (MuPDF reads a ToUnicode
    // entry of an emoji and U+FE0F as replacement characters).
    const codePoints = given.length > 1 ? given.filter((code) => !isVariationSelector(code)) : given;
    if (codePoints.length === 0 || plain === null) return plain;
    if (codePoints.length === 1) {
      const key = id * 0x110000 + codePoints[0]!;
      let glyph = withCodePoint.get(key);
      if (!glyph) withCodePoint.set(key, (glyph = make(plain, id, codePoints)));
      return glyph;
    }
    const key = `${id}:${codePoints.join(',')}`;
    let glyph = withCodePoints.get(key);
    if (!glyph) withCodePoints.set(key, (glyph = make(plain, id, codePoints)));
    return glyph;
  };
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    copyGlyphsUndecoded(subset);
    return subset;
  };
  return font;
}

/** The parts of fontkit's TrueType subset (`TTFSubset`) that `copyGlyphsUndecoded` uses. */
interface TrueTypeSubsetInternals {
  font: {
    getGlyph(id: number): GlyphInternals;
    loca: { offsets: number[] };
    hmtx: unknown;
    _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
    _variationProcessor?: unknown;
  };
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(id: number): number;
  _addGlyph(id: number): number;
}

interface GlyphInternals {
  _decode(): { components: { glyphID: number; pos: number }[] } | null;
  _getTableMetrics(table: unknown): { advance: number; bearing: number };
}

/** Whether a subset is fontkit's TrueType one, with the members `copyGlyphsUndecoded` uses. */
function isTrueTypeSubset(subset: unknown): subset is TrueTypeSubsetInternals {
  const candidate = subset as Partial<TrueTypeSubsetInternals>;
  return (
    typeof candidate._addGlyph === 'function' &&
    typeof candidate.includeGlyph === 'function' &&
    typeof candidate.font?._getTableStream === 'function' &&
    Array.isArray(candidate.font.loca?.offsets)
  );
}

/** Have a TrueType subset of a font without variations copy glyphs without decoding them (see the module comment). */
export function copyGlyphsUndecoded(subset: unknown): void {
  if (!isTrueTypeSubset(subset) || subset.font._variationProcessor) return;
  subset._addGlyph = function addGlyph(this: TrueTypeSubsetInternals, id: number): number {
    const font = this.font;
    const glyph = font.getGlyph(id);
    const start = font.loca.offsets[id]!;
    const stream = font._getTableStream('glyf');
    stream.pos += start;
    let buffer = stream.readBuffer(font.loca.offsets[id + 1]! - start);
    // A negative contour count: a composite, whose components are copied too and renumbered.
    if (buffer.length >= 2 && buffer[0]! >= 0x80) {
      buffer = new Uint8Array(buffer);
      const view = new DataView(buffer.buffer);
      for (const component of glyph._decode()!.components)
        view.setUint16(component.pos, this.includeGlyph(component.glyphID));
    }
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    const { advance, bearing } = glyph._getTableMetrics(font.hmtx);
    this.hmtx.metrics.push({ advance, bearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
}

/**
 * What in fontkit no longer behaves as this adapter expects, or null. `fontBytes` is a TrueType
 * font in which `composite` is drawn with the glyph of `component` (a colon made of periods):
 * subsetting the composite makes the component's glyph with no code points, as it did for
 * another document, and shaping the component afterwards must still give its character —
 * which holds only while shaping calls the font's own `getGlyph` for the characters and for
 * the substituted glyphs, and a glyph's class takes (id, code points, font).
 */
export function fontkitInternalsProblem(fontBytes: Buffer, composite: string, component: string): string | null {
  const font = openSharedFont(fontBytes);
  const subset = font.createSubset();
  for (const glyph of font.glyphsForString(composite)) subset.includeGlyph(glyph);
  subset.encode();
  const expected = [...component].map((c) => c.codePointAt(0)!).join();
  const mapped = font
    .glyphsForString(component)
    .flatMap((g) => g.codePoints)
    .join();
  if (mapped !== expected)
    return `fontkit's glyphsForString no longer goes through the font's getGlyph: "${component}" gave code points [${mapped}]`;
  for (const features of [[], ['smcp']]) {
    const shaped = font
      .layout(component, features)
      .glyphs.flatMap((g) => g.codePoints)
      .join();
    if (shaped !== expected)
      return `fontkit's layout (features [${features.join()}]) no longer gives its glyphs the text's code points: "${component}" gave [${shaped}]`;
  }
  return null;
}
