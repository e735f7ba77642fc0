/**
 * @module render/pdf/fonts
 * The PDF edition's fonts: the theme's families opened from `fonts/` through pdfkit, one key per
 * face and OpenType feature set ("body", "body-italic", "label" with `smcp`, "furniture", …),
 * the width function the line breaker measures with (the very shaping pdfkit draws with:
 * kerning and ligatures on, small caps where the label asks for them), and the check that
 * every character of the transcript has a glyph — a character no bundled font has becomes a
 * diagnostic naming it, never a silent blank box.
 */
import { readFileSync } from 'node:fs';
import type * as fontkit from 'fontkit';
import type { Diagnostic } from '../../model/nodes.js';
import { fontFilePath } from '../../theme/fonts.js';
import { openSharedFont } from './fontkit-adapter.js';
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
  | 'furniture-bold';

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
const openedFonts = new Map<string, { font: fontkit.Font; shapedWords: Record<string, unknown> }>();
const SHAPED_WORDS_LIMIT = 200_000;

function openedFont(file: string): { font: fontkit.Font; shapedWords: Record<string, unknown> } {
  let opened = openedFonts.get(file);
  if (!opened) {
    opened = {
      font: openSharedFont(readFileSync(file)),
      shapedWords: Object.create(null) as Record<string, unknown>,
    };
    openedFonts.set(file, opened);
  }
  if (Object.keys(opened.shapedWords).length > SHAPED_WORDS_LIMIT)
    opened.shapedWords = Object.create(null) as Record<string, unknown>;
  return opened;
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
    const open = (relative: string): { file: string; embedded: EmbeddedFont } => {
      const file = fontFilePath(relative);
      let font = embedded.get(file);
      if (!font) {
        const opened = openedFont(file);
        host.font(opened.font, file);
        font = host._font as EmbeddedFont;
        // pdfkit's cache of shaped words (glyphs and positions, no document state), shared.
        (font as EmbeddedFont & { layoutCache?: Record<string, unknown> }).layoutCache = opened.shapedWords;
        embedded.set(file, font);
      }
      return { file, embedded: font };
    };
    const define = (key: FaceKey, relative: string, features: string[] = [], transform: Face['transform'] = 'none') => {
      this.faces.set(key, { key, ...open(relative), features, transform });
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

  /** A face by key. */
  face(key: FaceKey): Face {
    const face = this.faces.get(key);
    if (!face) throw new Error(`no face "${key}"`);
    return face;
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
   * Characters of `text` that a face has no glyph for (white space and controls aside), with
   * a diagnostic naming them; the drawing still goes ahead.
   */
  missingGlyphs(key: FaceKey, text: string): string[] {
    const font = this.face(key).embedded.font;
    const missing = new Set<string>();
    for (const char of new Set(text)) {
      const code = char.codePointAt(0)!;
      if (code < 0x20 || /\s/u.test(char) || (code >= 0x200b && code <= 0x200f) || code === 0xfe0f) continue;
      if (!font.hasGlyphForCodePoint(code)) missing.add(char);
    }
    return [...missing].sort();
  }
}

/** A diagnostic naming characters the fonts cannot show. */
export function missingGlyphDiagnostic(characters: string[], faceName: string): Diagnostic {
  const shown = characters
    .slice(0, 20)
    .map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  return {
    severity: 'warning',
    rule: 'missing-glyph',
    message: `The PDF fonts have no glyph for ${characters.length} character${characters.length === 1 ? '' : 's'}: ${shown.join(', ')}${characters.length > 20 ? ', …' : ''}; ${faceName} shows them as empty boxes. Choose a theme font that covers them.`,
  };
}
