/**
 * @module render/pdf/fonts
 * The PDF edition's fonts: the theme's families opened from `fonts/` through pdfkit, one key per
 * face and OpenType feature set ("body", "body-italic", "label" with `smcp`, "furniture", …),
 * the width function the line breaker measures with (the very shaping pdfkit draws with:
 * kerning and ligatures on, small caps where the label asks for them), the theme's fallback
 * faces ("fallback-0", …: `fonts.fallback`, opened when a document first needs one) and the
 * split of a text into pieces by the face that has its characters. A character no bundled font
 * has stays in its run's face, marked so that `emit.ts` keeps it in the text layer
 * (`/ActualText`), and becomes a diagnostic naming it, never a silent blank box.
 */
import { readFileSync } from 'node:fs';
import type * as fontkit from 'fontkit';
import type { Diagnostic } from '../../model/nodes.js';
import { fontFilePath } from '../../theme/fonts.js';
import { type CompactShaper, fontDigest, loadCompactShaper, TABLE_FEATURE_SETS } from './compact-shaping.js';
import { FONTKIT_VERSION, openSharedFont } from './fontkit-adapter.js';
import { shapeFromTable, shareShapedWords } from './pdfkit-adapter.js';
import type { FontFamily, Theme } from '../../theme/theme.js';

/** Keys of the faces the PDF edition uses. */
export type FaceKey =
  | 'body'
  | 'body-italic'
  | 'body-bold'
  | 'label'
  | 'heading'
  | 'title'
  | 'furniture'
  | 'furniture-italic'
  | 'furniture-bold'
  | `fallback-${number}`;

/** A piece of text and the face that draws it (see `FaceSet.pieces`). */
export interface FacePiece {
  text: string;
  face: FaceKey;
  /** No bundled font has these characters: drawn as missing glyphs, kept as `/ActualText`. */
  missing: boolean;
}

/** pdfkit's embedded font object (untyped in @types/pdfkit): it shapes, caches and subsets. */
export interface EmbeddedFont {
  /** The fontkit font inside. */
  font: fontkit.Font;
  ascender: number;
  widthOfString(text: string, size: number, features?: string[]): number;
}

/** The pdfkit document surface the faces need. */
export interface FontHost {
  /** pdfkit 0.20 takes a path or an already opened fontkit font; `family` is its cache key in the document. */
  font(src: string | fontkit.Font, family?: string): unknown;
  _font: unknown;
}

/**
 * Fonts opened once per process and shared by every document: pdfkit opens a font file anew for
 * each document, and decoding a face's OpenType tables and shaping its words again took over
 * half of each render in a batch. Each document still gets its own pdfkit font object (its own
 * subset); the fontkit font, with its decoded tables, and the shaped words are shared.
 */
interface OpenedFont {
  font: fontkit.Font;
  shapedWords: Record<string, unknown>;
  /**
   * Whether the font has a glyph, by code point (BMP), in pages of 256 made when first needed: a
   * document asks about a few pages, and a table of the whole BMP was 64 kB a font in the CLI's
   * startup snapshot. 1 yes, 2 no, 0 not looked up yet.
   */
  coverage: (Uint8Array | undefined)[];
  /** SHA-256 of the font file (names its compact shaping tables). */
  digest: string;
  /** Shapers of plain Latin text from the font's compact tables, by feature set, loaded when first asked for. */
  shapers: Map<string, CompactShaper | null>;
}
const openedFonts = new Map<string, OpenedFont>();
const SHAPED_WORDS_LIMIT = 200_000;

function openedFont(file: string): OpenedFont {
  let opened = openedFonts.get(file);
  if (!opened) {
    const bytes = readFileSync(file);
    opened = {
      font: openSharedFont(bytes),
      shapedWords: Object.create(null) as Record<string, unknown>,
      coverage: [],
      digest: fontDigest(bytes),
      shapers: new Map(),
    };
    openedFonts.set(file, opened);
  }
  if (Object.keys(opened.shapedWords).length > SHAPED_WORDS_LIMIT)
    opened.shapedWords = Object.create(null) as Record<string, unknown>;
  return opened;
}

/** The shaper of an opened font for a feature set, or null when the build made no table for it. */
function compactShaper(opened: OpenedFont, features: readonly string[]): CompactShaper | null {
  const key = features.join('+');
  let shaper = opened.shapers.get(key);
  if (shaper === undefined) {
    const known = TABLE_FEATURE_SETS.some((set) => set.join('+') === key);
    shaper = known ? loadCompactShaper(opened.digest, FONTKIT_VERSION, features) : null;
    opened.shapers.set(key, shaper);
  }
  return shaper;
}

/**
 * Drop the shaped words kept so far (the fonts and their decoded tables stay). The CLI's startup
 * snapshot calls this before it is written, so that it sets no text in advance.
 */
export function forgetShapedWords(): void {
  for (const opened of openedFonts.values()) opened.shapedWords = Object.create(null) as Record<string, unknown>;
}

/** One face: a font file and the OpenType features to shape it with. */
export interface Face {
  key: FaceKey;
  /** Absolute path of the font file. */
  file: string;
  /** Extra OpenType features (pdfkit keeps kerning and ligatures on by default). */
  features: string[];
  /** Letter case applied before shaping. */
  transform: 'uppercase' | 'none';
  /** pdfkit's font for the file: the same object measures here and draws in `emit.ts`. */
  embedded: EmbeddedFont;
}

/** Whether an opened font has a glyph for a code point (cached for the BMP). */
function covers(opened: OpenedFont, code: number): boolean {
  if (code > 0xffff) return opened.font.hasGlyphForCodePoint(code);
  const page = (opened.coverage[code >> 8] ??= new Uint8Array(256));
  let known = page[code & 0xff]!;
  if (known === 0) {
    known = opened.font.hasGlyphForCodePoint(code) ? 1 : 2;
    page[code & 0xff] = known;
  }
  return known === 1;
}

/**
 * Characters any face may draw, glyph or not: white space, controls, zero-width and
 * bidirectional marks, variation selectors, the emoji zero-width joiner and skin-tone modifiers
 * — they go with the piece around them instead of starting a piece of their own.
 */
function joinsAnyPiece(code: number): boolean {
  return (
    code < 0x21 ||
    (code >= 0x7f && code <= 0xa0) ||
    (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202f) ||
    code === 0x205f ||
    code === 0x3000 ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0100 && code <= 0xe01ef)
  );
}

function pick(family: FontFamily, weight: 'regular' | 'semibold' | 'bold'): string {
  if (weight === 'semibold') return family.semibold ?? family.bold;
  if (weight === 'bold') return family.bold;
  return family.regular;
}

/**
 * The faces of a theme, opened through the pdfkit document that will draw them, so that each
 * word is shaped once: pdfkit caches the shaping of words without extra features, and the line
 * breaker's measurements are those same shapes.
 */
export class FaceSet {
  private readonly faces = new Map<FaceKey, Face>();
  /** Opens a font file in the document (once) and says which pdfkit font draws it. */
  private readonly open: (relative: string) => { file: string; embedded: EmbeddedFont };
  private readonly opened = new Map<FaceKey, OpenedFont>();
  /** Widths of feature-shaped text (pdfkit does not cache those), per unit of size. */
  private readonly featureWidths = new Map<string, number>();

  constructor(
    readonly theme: Theme,
    host: FontHost,
  ) {
    const { text, furniture } = theme.fonts;
    const labelFamily = theme.labels.family === 'text' ? text : furniture;
    const headingFamily = theme.headings.family === 'text' ? text : furniture;
    const embedded = new Map<string, EmbeddedFont>();
    const open = (this.open = (relative: string): { file: string; embedded: EmbeddedFont } => {
      const file = fontFilePath(relative);
      let font = embedded.get(file);
      if (!font) {
        const opened = openedFont(file);
        host.font(opened.font, file);
        font = host._font as EmbeddedFont;
        // pdfkit's cache of shaped words (glyphs and positions, no document state), shared.
        shareShapedWords(font, opened.shapedWords);
        const shared = opened;
        shapeFromTable(font, (features) => compactShaper(shared, features ?? []));
        embedded.set(file, font);
      }
      return { file, embedded: font };
    });
    const define = (key: FaceKey, relative: string, features: string[] = [], transform: Face['transform'] = 'none') => {
      this.faces.set(key, { key, ...open(relative), features, transform });
      this.opened.set(key, openedFont(fontFilePath(relative)));
    };
    define('body', text.regular);
    define('body-italic', text.italic);
    define('body-bold', text.bold);
    define(
      'label',
      pick(labelFamily, theme.labels.weight),
      theme.labels.transform === 'small-caps' ? ['smcp'] : [],
      theme.labels.transform === 'uppercase' ? 'uppercase' : 'none',
    );
    define('heading', pick(headingFamily, 'semibold'));
    define('title', pick(text, 'semibold'));
    define('furniture', furniture.regular);
    define('furniture-italic', furniture.italic);
    define('furniture-bold', pick(furniture, 'semibold'));
  }

  /** A face by key (a fallback face is opened in the document when first asked for). */
  face(key: FaceKey): Face {
    let face = this.faces.get(key);
    if (!face && key.startsWith('fallback-')) face = this.fallback(Number(key.slice('fallback-'.length)));
    if (!face) throw new Error(`no face "${key}"`);
    return face;
  }

  private fallback(index: number): Face | undefined {
    const relative = this.theme.fonts.fallback[index];
    if (relative === undefined) return undefined;
    const key: FaceKey = `fallback-${index}`;
    const face: Face = { key, ...this.open(relative), features: [], transform: 'none' };
    this.faces.set(key, face);
    return face;
  }

  private openedFallback(index: number): OpenedFont {
    const key: FaceKey = `fallback-${index}`;
    let opened = this.opened.get(key);
    if (!opened) {
      // Only the fontkit font, to look glyphs up: the document registers it when a piece uses it.
      opened = openedFont(fontFilePath(this.theme.fonts.fallback[index]!));
      this.opened.set(key, opened);
    }
    return opened;
  }

  /** Which face draws a character that `key` lacks: the first fallback that has it, or none. */
  private standIn(code: number): FaceKey | null {
    for (let index = 0; index < this.theme.fonts.fallback.length; index++)
      if (covers(this.openedFallback(index), code)) return `fallback-${index}`;
    return null;
  }

  /**
   * `text` cut into pieces by the face that draws them: `key` where it has the glyphs, else the
   * first fallback face that has them, else `key` marked missing. Null when `key` has every
   * character (the usual case, checked without allocating).
   */
  pieces(key: FaceKey, text: string): FacePiece[] | null {
    const own = this.opened.get(key) ?? openedFont(this.face(key).file);
    const shaped = this.face(key).transform === 'uppercase' ? text.toLocaleUpperCase() : text;
    let lacking = false;
    for (let i = 0; i < shaped.length; i++) {
      const code = shaped.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) {
        lacking = true;
        break;
      }
      if (!joinsAnyPiece(code) && !covers(own, code)) {
        lacking = true;
        break;
      }
    }
    if (!lacking) return null;
    const pieces: FacePiece[] = [];
    for (const char of text) {
      const code = char.codePointAt(0)!;
      const last = pieces[pieces.length - 1];
      // Joiners go with the piece before, but spaces never into a missing piece (they have glyphs).
      if (last && joinsAnyPiece(code) && !(last.missing && /\s/u.test(char))) {
        last.text += char;
        continue;
      }
      const upper = this.face(key).transform === 'uppercase' ? char.toLocaleUpperCase() : char;
      const ownGlyph = [...upper].every((c) => covers(own, c.codePointAt(0)!));
      const face = ownGlyph || joinsAnyPiece(code) ? key : (this.standIn(code) ?? key);
      const missing = !ownGlyph && !joinsAnyPiece(code) && face === key;
      if (last && last.face === face && last.missing === missing) last.text += char;
      else pieces.push({ text: char, face, missing });
    }
    return pieces;
  }

  /** Width of `text` at `size` with each piece in the face that draws it. */
  piecesWidth(key: FaceKey, text: string, size: number): number {
    const pieces = this.pieces(key, text);
    if (!pieces) return this.width(key, text, size);
    return pieces.reduce((sum, piece) => sum + this.width(piece.face, piece.text, size), 0);
  }

  /** Every face. */
  all(): Face[] {
    return [...this.faces.values()];
  }

  /** Width of `text` in a face at `size` points, shaped as pdfkit will draw it. */
  width(key: FaceKey, text: string, size: number): number {
    const face = this.face(key);
    const shaped = face.transform === 'uppercase' ? text.toLocaleUpperCase() : text;
    if (face.features.length === 0) return face.embedded.widthOfString(shaped, size);
    const cacheKey = `${key}\u0000${shaped}`;
    let unit = this.featureWidths.get(cacheKey);
    if (unit === undefined) {
      unit = face.embedded.widthOfString(shaped, 1000, face.features) / 1000;
      if (this.featureWidths.size > 50_000) this.featureWidths.clear();
      this.featureWidths.set(cacheKey, unit);
    }
    return unit * size;
  }

  /** Ascent of a face in points at `size`. */
  ascent(key: FaceKey, size: number): number {
    return (this.face(key).embedded.ascender / 1000) * size;
  }

  /**
   * Characters of `text` that neither a face nor any fallback face has a glyph for (white space
   * and controls aside), for a diagnostic naming them; the drawing still goes ahead.
   */
  missingGlyphs(key: FaceKey, text: string): string[] {
    const own = this.opened.get(key) ?? openedFont(this.face(key).file);
    const missing = new Set<string>();
    for (const char of new Set(text)) {
      const code = char.codePointAt(0)!;
      if (joinsAnyPiece(code) || /\s/u.test(char)) continue;
      if (!covers(own, code) && this.standIn(code) === null) missing.add(char);
    }
    return [...missing].sort();
  }
}

/** A diagnostic naming characters no font of the theme (fallbacks included) can show. */
export function missingGlyphDiagnostic(characters: string[], faceName: string): Diagnostic {
  const shown = characters
    .slice(0, 20)
    .map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  return {
    severity: 'warning',
    rule: 'missing-glyph',
    message: `No PDF font of the theme, fallbacks included, has a glyph for ${characters.length} character${characters.length === 1 ? '' : 's'}: ${shown.join(', ')}${characters.length > 20 ? ', …' : ''}; ${faceName} shows them as empty boxes, and the text layer keeps them (ActualText). Add a font that covers them to fonts/ and to the theme's fonts.fallback.`,
  };
}
