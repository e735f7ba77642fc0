/**
 * @module render/pdf/fonts
 * The PDF edition's fonts: the theme's families opened with fontkit from `fonts/`, one key per
 * face and OpenType feature set ("body", "body-italic", "label" with `smcp`, "furniture", …),
 * the width function the line breaker measures with (the same shaping pdfkit draws with:
 * kerning and ligatures on, small caps where the label asks for them), and the check that
 * every character of the transcript has a glyph — a character no bundled font has becomes a
 * diagnostic naming it, never a silent blank box.
 */
import * as fontkit from 'fontkit';
import type { Diagnostic } from '../../model/nodes.js';
import { fontFilePath } from '../../theme/fonts.js';
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

/** One face: a font file and the OpenType features to shape it with. */
export interface Face {
  key: FaceKey;
  /** Absolute path of the font file. */
  file: string;
  /** Extra OpenType features (pdfkit keeps kerning and ligatures on by default). */
  features: string[];
  /** Letter case applied before shaping. */
  transform: 'uppercase' | 'none';
  font: fontkit.Font;
}

function pick(family: FontFamily, weight: 'regular' | 'semibold' | 'bold'): string {
  if (weight === 'semibold') return family.semibold ?? family.bold;
  if (weight === 'bold') return family.bold;
  return family.regular;
}

const openFonts = new Map<string, fontkit.Font>();

function open(relative: string): { file: string; font: fontkit.Font } {
  const file = fontFilePath(relative);
  let font = openFonts.get(file);
  if (!font) {
    const opened = fontkit.openSync(file);
    if (!('layout' in opened)) throw new Error(`${relative} is a font collection; a single font is needed`);
    font = opened as fontkit.Font;
    openFonts.set(file, font);
  }
  return { file, font };
}

/** The faces of a theme, opened. */
export class FaceSet {
  private readonly faces = new Map<FaceKey, Face>();

  constructor(readonly theme: Theme) {
    const { text, furniture } = theme.fonts;
    const labelFamily = theme.labels.family === 'text' ? text : furniture;
    const headingFamily = theme.headings.family === 'text' ? text : furniture;
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

  private readonly widths = new Map<string, number>();

  /** Width of `text` in a face at `size` points, shaped as pdfkit will draw it (cached). */
  width(key: FaceKey, text: string, size: number): number {
    const cacheKey = `${key}\u0000${text}`;
    let unit = this.widths.get(cacheKey);
    if (unit === undefined) {
      const face = this.face(key);
      const shaped = face.transform === 'uppercase' ? text.toLocaleUpperCase() : text;
      const run = face.font.layout(shaped, face.features.length > 0 ? face.features : undefined);
      unit = run.advanceWidth / face.font.unitsPerEm;
      if (this.widths.size > 100_000) this.widths.clear();
      this.widths.set(cacheKey, unit);
    }
    return unit * size;
  }

  /** Ascent of a face in points at `size`. */
  ascent(key: FaceKey, size: number): number {
    const font = this.face(key).font;
    return (font.ascent / font.unitsPerEm) * size;
  }

  /**
   * Characters of `text` that a face has no glyph for (white space and controls aside), with
   * a diagnostic naming them; the drawing still goes ahead.
   */
  missingGlyphs(key: FaceKey, text: string): string[] {
    const font = this.face(key).font;
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
  const shown = characters.slice(0, 20).map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  return {
    severity: 'warning',
    rule: 'missing-glyph',
    message: `The PDF fonts have no glyph for ${characters.length} character${characters.length === 1 ? '' : 's'}: ${shown.join(', ')}${characters.length > 20 ? ', …' : ''}; ${faceName} shows them as empty boxes. Choose a theme font that covers them.`,
  };
}
