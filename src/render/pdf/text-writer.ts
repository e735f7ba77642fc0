/**
 * @module render/pdf/text-writer
 * A lean replacement for pdfkit's `text()` when the layout is already done: writes one text
 * object (BT … ET) for a run that our line breaker has positioned, with pdfkit's own font
 * objects doing the shaping, encoding and subsetting (kerning, ligatures and OpenType features
 * such as small caps as pdfkit would apply them). pdfkit's `text()` re-measures and re-wraps
 * every call, which made a 300-page edition take seconds; this writes the same operators
 * (the same `TJ` arrays, word spacing by glyph advance, as pdfkit's `_fragment`) directly.
 * It relies on pdfkit 0.20 internals (`_font`, `page.fonts`, `addContent`), pinned in
 * package.json. Characters no font has are written with glyph codes of their own
 * (`pdfkit-adapter`) inside a span whose `/ActualText` is their text, within the text object so
 * that readers place the text where the boxes are.
 */
import { missingGlyphCodes } from './pdfkit-adapter.js';

/** The pdfkit internals the writer uses. */
interface PdfkitInternals {
  font(src: string): unknown;
  fillColor(colour: string): unknown;
  addContent(data: string): unknown;
  _font: {
    id: string;
    ref(): unknown;
    encode(
      text: string,
      features?: string[],
    ): [string[], { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[]];
    widthOfString(text: string, size: number, features?: string[]): number;
  };
  page: { height: number; fonts: Record<string, unknown> };
}

function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** A PDF text string in UTF-16BE with a byte-order mark, as hex. */
function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** Writes positioned text runs into the current page. */
type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number };

/** A word's `TJ` pieces for justified lines. */
interface EncodedWord {
  /** Segments before the last one, each with its kerning adjustment ("" when none). */
  head: string;
  /** Glyph hex of the last segment. */
  tail: string;
  /** Adjustment after the last glyph before any inter-word space (usually 0). */
  tailAdjustment: number;
}

export class TextWriter {
  private readonly doc: PdfkitInternals;
  private colour = '';
  private page: unknown = null;
  /** Feature-shaped words by font id, features and text: pdfkit caches only feature-less shaping. */
  private readonly shaped = new Map<string, [string[], Position[]]>();

  private encode(text: string, features: string[] | undefined): [string[], Position[]] {
    const font = this.doc._font;
    // pdfkit caches the shaping of feature-less text word by word itself.
    if (!features) return font.encode(text, features);
    const key = `${font.id}\u0000${features?.join(',') ?? ''}\u0000${text}`;
    let result = this.shaped.get(key);
    if (!result) {
      result = font.encode(text, features);
      if (this.shaped.size > 50_000) this.shaped.clear();
      this.shaped.set(key, result);
    }
    return result;
  }

  constructor(doc: unknown) {
    this.doc = doc as PdfkitInternals;
  }

  /** Encoded words for justified lines, by font id and features, then by word. */
  private readonly words = new Map<string, Map<string, EncodedWord | null>>();

  /**
   * A word's `TJ` pieces, all but the adjustment after its last glyph (where the inter-word
   * space goes); null for a word whose glyphs carry offsets (drawn the general way).
   */
  private encodedWord(word: string, features: string[] | undefined): EncodedWord | null {
    const font = this.doc._font;
    const table = `${font.id}\u0000${features?.join(',') ?? ''}`;
    let words = this.words.get(table);
    if (!words) {
      words = new Map();
      this.words.set(table, words);
    }
    const cached = words.get(word);
    if (cached !== undefined) return cached;
    const [encoded, positions] = font.encode(word, features);
    let result: EncodedWord | null = null;
    if (positions.length > 0 && positions.every((p) => !p.xOffset && !p.yOffset)) {
      const pieces: string[] = [];
      let last = 0;
      for (let i = 0; i < positions.length - 1; i++) {
        const adjustment = positions[i]!.xAdvance - positions[i]!.advanceWidth;
        if (adjustment !== 0) {
          pieces.push(`<${encoded.slice(last, i + 1).join('')}> ${num(-adjustment)}`);
          last = i + 1;
        }
      }
      const end = positions[positions.length - 1]!;
      result = {
        head: pieces.join(' '),
        tail: encoded.slice(last).join(''),
        tailAdjustment: end.xAdvance - end.advanceWidth,
      };
    }
    if (words.size > 50_000) words.clear();
    words.set(word, result);
    return result;
  }

  /**
   * Write characters the current font has no glyph for: each with a glyph code of its own (an
   * empty box mapped to the character), spaces as the font's space, all inside an
   * `/ActualText` span. False when the font's subset cannot take such codes (then pdfkit's own
   * encoding draws them).
   */
  private writeMissing(text: string, size: number, x: number, baseline: number, wordSpacing: number): boolean {
    const doc = this.doc;
    const font = doc._font;
    const pieces: string[] = [];
    for (const part of text.split(/(\s+)/u)) {
      if (part === '') continue;
      if (/^\s+$/u.test(part)) {
        const [codes] = font.encode(' ');
        const extra = (wordSpacing * 1000) / size;
        for (let i = 0; i < part.length; i++) pieces.push(`<${codes.join('')}>${extra !== 0 ? ` ${num(-extra)}` : ''}`);
        continue;
      }
      // Joiners and variation selectors draw nothing (as when shaped); the span still has them.
      // eslint-disable-next-line no-misleading-character-class -- a class of invisible characters is what is meant
      const drawn = part.replace(/[\u200b-\u200f\u2060-\u2064\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu, '');
      if (drawn === '') continue;
      const encoded = missingGlyphCodes(font, drawn);
      if (!encoded) return false;
      pieces.push(`<${encoded.codes.join('')}>`);
    }
    const height = doc.page.height;
    doc.addContent(
      `q 1 0 0 -1 0 ${num(height)} cm BT 1 0 0 1 ${num(x)} ${num(height - baseline)} Tm /${font.id} ${num(size)} Tf\n` +
        `/Span <</ActualText ${pdfTextString(text)}>> BDC\n[${pieces.join(' ')}] TJ\nEMC\nET Q`,
    );
    return true;
  }

  /**
   * Write `text` in the font file `fontFile` at `size`, left edge `x`, baseline `baseline`
   * (pdfkit's top-left coordinates), each space widened by `wordSpacing` points; `missing`
   * when no font has the characters (see `writeMissing`).
   */
  write(
    fontFile: string,
    size: number,
    colour: string,
    text: string,
    x: number,
    baseline: number,
    wordSpacing: number,
    features?: string[],
    missing = false,
  ): void {
    const doc = this.doc;
    if (text.length === 0) return;
    if (this.page !== doc.page) {
      this.page = doc.page;
      this.colour = '';
    }
    doc.font(fontFile);
    const font = doc._font;
    if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
    if (colour !== this.colour) {
      doc.fillColor(colour);
      this.colour = colour;
    }
    if (missing && this.writeMissing(text, size, x, baseline, wordSpacing)) return;
    if (wordSpacing !== 0) {
      // Justified text: words encoded once and joined, the space as an adjustment after each.
      const spacing = (font.widthOfString(' ', size, features) + wordSpacing) * (1000 / size);
      const words = text.trim().split(/\s+/);
      const pieces: string[] = [];
      let simple = true;
      for (let w = 0; w < words.length; w++) {
        const encodedWord = this.encodedWord(words[w]!, features);
        if (!encodedWord) {
          simple = false;
          break;
        }
        const adjustment = encodedWord.tailAdjustment + (w < words.length - 1 ? spacing : 0);
        if (encodedWord.head) pieces.push(encodedWord.head);
        pieces.push(`<${encodedWord.tail}> ${num(-adjustment)}`);
      }
      if (simple) {
        const height = doc.page.height;
        doc.addContent(
          `q 1 0 0 -1 0 ${num(height)} cm BT 1 0 0 1 ${num(x)} ${num(height - baseline)} Tm /${font.id} ${num(size)} Tf\n[${pieces.join(' ')}] TJ\nET Q`,
        );
        return;
      }
    }
    let encoded: string[];
    let positions: Position[];
    if (wordSpacing !== 0) {
      // As pdfkit: the space glyph is dropped and its advance (plus the extra) added to the
      // word before it, so justified spaces cost nothing in the content stream.
      const spacing = (font.widthOfString(' ', size, features) + wordSpacing) * (1000 / size);
      encoded = [];
      positions = [];
      const words = text.trim().split(/\s+/);
      words.forEach((word, index) => {
        const [e, p] = this.encode(word, features);
        encoded.push(...e);
        positions.push(...p);
        if (index < words.length - 1 && p.length > 0) {
          const last = positions[positions.length - 1]!;
          positions[positions.length - 1] = { ...last, xAdvance: last.xAdvance + spacing };
        }
      });
    } else {
      [encoded, positions] = this.encode(text, features);
    }
    const height = doc.page.height;
    const scale = size / 1000;
    let cx = x;
    const y = height - baseline;
    const out: string[] = [
      `q 1 0 0 -1 0 ${num(height)} cm BT 1 0 0 1 ${num(cx)} ${num(y)} Tm /${font.id} ${num(size)} Tf`,
    ];
    const commands: string[] = [];
    let last = 0;
    let hadOffset = false;
    const addSegment = (cur: number) => {
      if (last < cur) {
        const position = positions[cur - 1]!;
        commands.push(`<${encoded.slice(last, cur).join('')}> ${num(-(position.xAdvance - position.advanceWidth))}`);
      }
      last = cur;
    };
    const flush = (i: number) => {
      addSegment(i);
      if (commands.length > 0) {
        out.push(`[${commands.join(' ')}] TJ`);
        commands.length = 0;
      }
    };
    let i = 0;
    for (; i < positions.length; i++) {
      const pos = positions[i]!;
      if (pos.xOffset || pos.yOffset) {
        flush(i);
        out.push(`1 0 0 1 ${num(cx + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`);
        flush(i + 1);
        hadOffset = true;
      } else {
        if (hadOffset) {
          out.push(`1 0 0 1 ${num(cx)} ${num(y)} Tm`);
          hadOffset = false;
        }
        if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
      }
      cx += pos.xAdvance * scale;
    }
    flush(i);
    out.push('ET Q');
    doc.addContent(out.join('\n'));
  }
}
