/**
 * @module render/pdf/linebreak/knuth-plass
 * Total-fit paragraph line breaking (Knuth & Plass, "Breaking paragraphs into lines", 1981,
 * the algorithm of TeX's `line_break`) for the PDF renderer, independent of pdfkit: the caller
 * hands in text runs, a `measure(text, fontKey, size)` callback and the width of each line,
 * and gets back lines of positioned fragments, ready to draw one fragment at a time at `x`.
 *
 * Model. A paragraph becomes the classic item list: a *box* per word piece, *glue* per
 * inter-word space (natural width = the width of `' '` in the font of the run holding the
 * space, stretch = 1/2 of it, shrink = 1/3 of it, unless `spaceStretch`/`spaceShrink` say otherwise), a *penalty* at each place where a word may
 * break (flagged, with the width of an inserted `-` for a hyphenation point, width 0 after an
 * existing hyphen), and a forced penalty at the end (the last line is set at natural spacing,
 * left-aligned, like TeX's `\parfillskip`). Demerits are TeX's: `(linePenalty + 100|r|³)² ±
 * penalty²`, plus `doubleHyphenDemerits` for two flagged line ends in a row and
 * `adjacentDemerits` when neighbouring lines differ by more than one fitness class.
 *
 * Passes, like TeX: (1) no hyphenation points (existing hyphens may break), ratio ≤
 * `pretolerance`; (2) with hyphenation, ratio ≤ `tolerance`; (3) the same plus
 * `emergencyStretch` added to every line, last-resort splits of long tokens allowed (see
 * long-tokens.ts), and an overfull line accepted (flagged `overfull`) where nothing else is
 * possible; if that sets an overfull line, the same again with lines looser than `tolerance`
 * accepted at their badness, since a loose line beats one that runs past the margin; (4) if even that fails
 * (rare: e.g. the only way to fit a too-wide word would leave its tail alone on the last
 * line), first-fit (greedy) with the same hard rules, overfull lines flagged. It never throws
 * on any text: empty input gives no lines, a huge word gets a line of its own (overfull), a
 * 1 MB paragraph is broken in linear time. Exceptions thrown by the caller's own callbacks
 * (`measure`, `lineWidth`, `noHyphenOnLine`) are not caught; non-finite or negative results
 * are read as 0.
 *
 * Hard rules, true of every result (in every pass, including the fallbacks):
 * - at most `consecutiveHyphenLimit` (2) lines in a row end inside a word (with an inserted
 *   hyphen, or after an existing hyphen, as TeX counts them);
 * - with `lastLineNoHyphen` (default), the paragraph's last line never starts with the rest
 *   of a broken word: the line before it does not end inside a word (TeX's
 *   `\finalhyphendemerits` made absolute). The last line itself never ends with a hyphen;
 * - `noHyphenOnLine(i)`: line `i` does not end inside a word. This is the hook for "no
 *   hyphen on the last line of a page": paginate, and if line `k` of a paragraph is the
 *   last on its page and ends with a hyphen, break the paragraph again with
 *   `noHyphenOnLine: (i) => i === k`. With a fixed leading, line `k` stays the last one on
 *   that page, because lines are indexed from the paragraph start.
 *
 * Line numbers are told apart in the search as far as `lineWidth` or `noHyphenOnLine` vary
 * (probed over the paragraph's expected line count, at most 256 lines); beyond that, nodes
 * are merged as in TeX. The rules above hold whatever the merging; only optimality beyond
 * line 256 is approximate.
 *
 * Widths are cached per measure function, font, size and text (a `WeakMap` keyed by the
 * callback), so pass the same `measure` function for a whole document.
 */
import { wordBreakerFor, type WordBreak } from './hyphenate.js';
import { LONG_TOKEN, tokenSplits } from './long-tokens.js';

/** A stretch of paragraph text in one font: body text, an italic gap mark, a bold label. */
export interface TextRun {
  /** The text; whitespace separates words, U+00A0/U+202F/U+2007 do not break. */
  readonly text: string;
  /** The caller's name for the font (passed back to `measure` and on fragments). */
  readonly fontKey: string;
  /** Font size in points. */
  readonly size: number;
  /**
   * `false` keeps every word that touches this run whole: no hyphenation point and no break
   * after an existing hyphen (speaker labels, gap marks). Default `true`.
   */
  readonly hyphenate?: boolean;
}

/** Width of `text` set in `fontKey` at `size`, in the same unit as line widths. */
export type MeasureText = (text: string, fontKey: string, size: number) => number;

/** Tuning of the line breaker; every field has a default. */
export interface BreakOptions {
  /** Largest adjustment ratio accepted in the hyphenating pass (default 2). */
  readonly tolerance?: number;
  /** Largest ratio accepted in the first, non-hyphenating pass; below 0 skips that pass (default 1). */
  readonly pretolerance?: number;
  /** Penalty of a break at a hyphenation point (default 50). */
  readonly hyphenPenalty?: number;
  /** Penalty of a break after an existing hyphen (default 50). */
  readonly explicitHyphenPenalty?: number;
  /** Most lines in a row that may end inside a word (default 2; at least 0). */
  readonly consecutiveHyphenLimit?: number;
  /** The line before the last one does not end inside a word (default `true`). */
  readonly lastLineNoHyphen?: boolean;
  /**
   * Set lines ragged right (natural spaces, left-aligned) instead of justified (default `false`).
   * Ragged spaces never shrink either: a line is no wider than its measure at natural spacing.
   */
  readonly ragged?: boolean;
  /** Use hyphenation patterns for `language` (default `true`; existing hyphens still break). */
  readonly hyphenate?: boolean;
  /** Lines, by 0-based index in the paragraph, that must not end inside a word. */
  readonly noHyphenOnLine?: (lineIndex: number) => boolean;
  /** Added to each line's badness before squaring (default 10). */
  readonly linePenalty?: number;
  /** Extra demerits for two consecutive lines ending inside a word (default 10000). */
  readonly doubleHyphenDemerits?: number;
  /** Extra demerits when adjacent lines differ by more than one fitness class (default 10000). */
  readonly adjacentDemerits?: number;
  /** Stretch added to every line in the emergency pass (default 2 × the largest font size). */
  readonly emergencyStretch?: number;
  /** In ragged mode, the stretch that badness is measured against (default 2 × the largest font size). */
  readonly raggedStretch?: number;
  /** Penalty of a split inside a URL or a hash, nothing added (default 100; last-resort splits of other long tokens cost 10000). */
  readonly splitPenalty?: number;
  /** Stretch of an inter-word space, as a fraction of its width (default 1/2). */
  readonly spaceStretch?: number;
  /** Shrink of an inter-word space, as a fraction of its width (default 1/3; at most 0.9). */
  readonly spaceShrink?: number;
}

/** One paragraph to break. */
export interface ParagraphInput {
  readonly runs: readonly TextRun[];
  readonly measure: MeasureText;
  /** Width available to line `lineIndex` (0-based): shorter first lines, hanging indents. */
  readonly lineWidth: (lineIndex: number) => number;
  /** BCP 47 language of the paragraph; chooses the hyphenation patterns. */
  readonly language: string;
  readonly options?: BreakOptions;
}

/** A piece of a line in one font, positioned from the line's start. */
export interface PositionedFragment {
  /** The text to draw, an inserted hyphen included; never contains U+00AD. */
  text: string;
  fontKey: string;
  size: number;
  /** Offset from the start of the line. */
  x: number;
  /** Width of `text` as laid out (natural width; spaces are between fragments). */
  width: number;
}

/**
 * How a line ends: at a space (or a zero-width space, U+200B), at an inserted hyphen, after an
 * existing hyphen, inside a long token with nothing added (`split`: a URL after `/`, a hash
 * every 8 characters; see long-tokens.ts), or at the paragraph end.
 */
export type LineEnd = 'space' | 'hyphen' | 'explicit-hyphen' | 'split' | 'end';

/** Which pass produced a paragraph's breaks. */
export type BreakPass = 'first' | 'second' | 'emergency' | 'first-fit';

/** One line of a broken paragraph. */
export interface BrokenLine {
  /** Fragments in reading order; one per word piece in one font, spaces between them. */
  fragments: PositionedFragment[];
  /** Plain text of the line (single spaces between words, inserted hyphen included). */
  text: string;
  /** Width available to the line. */
  width: number;
  /** Width of the content at natural spacing (inserted hyphen included). */
  naturalWidth: number;
  /** Adjustment ratio applied to the spaces: > 0 stretched, < 0 shrunk (≥ −1), 0 natural. */
  ratio: number;
  end: LineEnd;
  /** The line ends with a hyphen that the breaker inserted. */
  hyphenated: boolean;
  /** Spaces were adjusted so the line fills `width` (false for the last line, ragged lines, lines without spaces). */
  justified: boolean;
  /** The content does not fit `width` even with the spaces fully shrunk. */
  overfull: boolean;
  /** Number of inter-word spaces in the line. */
  spaces: number;
  /** Sum of the spaces' natural widths. */
  naturalSpace: number;
  /** Sum of the spaces' widths as set. */
  actualSpace: number;
}

/** A broken paragraph. */
export interface BrokenParagraph {
  lines: BrokenLine[];
  /** The adjustment ratio of each line (`lines[i].ratio`), for statistics. */
  ratios: number[];
  /** Which pass found the breaks. */
  pass: BreakPass;
}

// ---------------------------------------------------------------------------------------
// Measuring

interface Font {
  readonly fontKey: string;
  readonly size: number;
  readonly widths: Map<string, number>;
  readonly space: number;
  readonly hyphen: number;
}

type WidthCache = Map<string, Map<number, Map<string, number>>>;
const widthCaches = new WeakMap<MeasureText, WidthCache>();
/** A font's width table is dropped when it grows past this many strings. */
const WIDTH_CACHE_LIMIT = 200_000;

function finite(value: number, fallback = 0): number {
  return Number.isFinite(value) ? value : fallback;
}

function widthIn(font: Font, text: string, measure: MeasureText): number {
  let w = font.widths.get(text);
  if (w === undefined) {
    w = Math.max(0, finite(measure(text, font.fontKey, font.size)));
    if (font.widths.size >= WIDTH_CACHE_LIMIT) font.widths.clear();
    font.widths.set(text, w);
  }
  return w;
}

class FontTable {
  readonly list: Font[] = [];
  private readonly index = new Map<string, Map<number, number>>();
  private readonly cache: WidthCache;

  constructor(private readonly measure: MeasureText) {
    let cache = widthCaches.get(measure);
    if (cache === undefined) widthCaches.set(measure, (cache = new Map() as WidthCache));
    this.cache = cache;
  }

  fontOf(fontKey: string, rawSize: number): number {
    const size = Number.isFinite(rawSize) && rawSize > 0 ? rawSize : 0;
    let bySize = this.index.get(fontKey);
    if (bySize === undefined) this.index.set(fontKey, (bySize = new Map<number, number>()));
    const known = bySize.get(size);
    if (known !== undefined) return known;
    let sizes = this.cache.get(fontKey);
    if (sizes === undefined) this.cache.set(fontKey, (sizes = new Map<number, Map<string, number>>()));
    let widths = sizes.get(size);
    if (widths === undefined) sizes.set(size, (widths = new Map<string, number>()));
    const probe: Font = { fontKey, size, widths, space: 0, hyphen: 0 };
    const font: Font = {
      ...probe,
      space: widthIn(probe, ' ', this.measure),
      hyphen: widthIn(probe, '-', this.measure),
    };
    this.list.push(font);
    bySize.set(size, this.list.length - 1);
    return this.list.length - 1;
  }
}

// ---------------------------------------------------------------------------------------
// Tokens: words (possibly spanning runs) and the spaces between them

/**
 * The words of a paragraph (a word may span runs: one segment per font) and the spaces
 * between them, as flat arrays (no object per word: a book has hundreds of thousands).
 */
class Tokens {
  /** Text of each word. */
  readonly words: string[] = [];
  /** Index of each word's first segment; the word's segments end where the next word's start. */
  readonly firstSegment: number[] = [];
  /** A run of the word asked for no breaks inside words. */
  readonly whole: boolean[] = [];
  readonly segmentText: string[] = [];
  readonly segmentFont: number[] = [];
  /** Font of the space before word i + 1 (between words i and i + 1). */
  readonly gapFont: number[] = [];
  /** That space is only zero-width spaces (U+200B): a break without a visible space. */
  readonly gapZero: boolean[] = [];

  segmentsEnd(word: number): number {
    return this.firstSegment[word + 1] ?? this.segmentText.length;
  }
}

/** Breaking white space: U+00A0, U+2007 and U+202F are deliberately absent (they bind). */
const SPACE_RUN = /[\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000\u200B]+/g;
const NOT_ZWSP = /[^\u200B]/;
/** Soft hyphens and BOMs are dropped from the text: see the pdfkit notes in hyphenate.ts. */
const DROPPED = /[\u00AD\uFEFF]/g;
const HAS_DROPPED = /[\u00AD\uFEFF]/;
const HAS_HYPHEN = /[-\u2010]/;

function tokenize(runs: readonly TextRun[], fonts: FontTable): Tokens {
  const t = new Tokens();
  let open = false; // a word is being collected: its segments are the last ones
  let whole = false;
  let gapOpen = false; // a space was seen since the last word
  let gapFont = 0;
  let gapZero = true;

  const finishWord = (): void => {
    if (!open) return;
    const first = t.firstSegment[t.firstSegment.length - 1] ?? 0;
    const count = t.segmentText.length - first;
    t.words.push(count === 1 ? (t.segmentText[first] ?? '') : t.segmentText.slice(first).join(''));
    t.whole.push(whole);
    open = false;
    whole = false;
  };

  for (const run of runs) {
    if (typeof run.text !== 'string' || run.text === '') continue;
    const text = HAS_DROPPED.test(run.text) ? run.text.replace(DROPPED, '') : run.text;
    if (text === '') continue;
    const font = fonts.fontOf(String(run.fontKey), run.size);
    const keepWhole = run.hyphenate === false;
    SPACE_RUN.lastIndex = 0;
    let last = 0;
    for (;;) {
      const m = SPACE_RUN.exec(text);
      const end = m === null ? text.length : m.index;
      if (end > last) {
        const piece = text.slice(last, end);
        if (!open) {
          if (t.words.length > 0) {
            t.gapFont.push(gapOpen ? gapFont : font);
            t.gapZero.push(gapOpen ? gapZero : true);
          }
          gapOpen = false;
          t.firstSegment.push(t.segmentText.length);
          open = true;
        }
        if (keepWhole) whole = true;
        const lastSeg = t.segmentText.length - 1;
        if (
          t.segmentText.length > (t.firstSegment[t.firstSegment.length - 1] ?? 0) &&
          t.segmentFont[lastSeg] === font
        ) {
          t.segmentText[lastSeg] += piece;
        } else {
          t.segmentText.push(piece);
          t.segmentFont.push(font);
        }
      }
      if (m === null) break;
      const zero = !NOT_ZWSP.test(m[0]);
      if (open) {
        finishWord();
        gapOpen = true;
        gapFont = font;
        gapZero = zero;
      } else if (gapOpen && !zero) gapZero = false;
      last = m.index + m[0].length;
    }
  }
  finishWord();
  return t;
}

// ---------------------------------------------------------------------------------------
// Items

const BOX = 0;
const GLUE = 1;
const PENALTY = 2;

const FLAG_NONE = 0;
const FLAG_HYPHEN = 1;
const FLAG_EXPLICIT = 2;
const FLAG_END = 3;
/** A split inside a long token: a break like a space, nothing added, not counted as a hyphen. */
const FLAG_SPLIT = 4;
/** A last-resort split of a long token (every 8 characters): only in the emergency pass and first fit. */
const FLAG_RESORT = 5;
/** Penalty of a last-resort split. */
const RESORT_SPLIT_PENALTY = 10_000;

/** The item list of a paragraph, as parallel arrays. */
class Items {
  n = 0;
  kind: Uint8Array;
  flag: Uint8Array;
  font: Int32Array;
  width: Float64Array;
  stretch: Float64Array;
  shrink: Float64Array;
  penalty: Float64Array;
  readonly text: string[] = [];
  /** Totals of width/stretch/shrink of the items before index i (length n + 1), set by `close`. */
  sumW = new Float64Array(1);
  sumY = new Float64Array(1);
  sumZ = new Float64Array(1);

  constructor(capacity: number) {
    const cap = Math.max(16, capacity);
    this.kind = new Uint8Array(cap);
    this.flag = new Uint8Array(cap);
    this.font = new Int32Array(cap);
    this.width = new Float64Array(cap);
    this.stretch = new Float64Array(cap);
    this.shrink = new Float64Array(cap);
    this.penalty = new Float64Array(cap);
  }

  private grow(): void {
    const cap = this.kind.length * 2;
    const u8 = (a: Uint8Array): Uint8Array => {
      const b = new Uint8Array(cap);
      b.set(a);
      return b;
    };
    const f64 = (a: Float64Array): Float64Array => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    const font = new Int32Array(cap);
    font.set(this.font);
    this.kind = u8(this.kind);
    this.flag = u8(this.flag);
    this.font = font;
    this.width = f64(this.width);
    this.stretch = f64(this.stretch);
    this.shrink = f64(this.shrink);
    this.penalty = f64(this.penalty);
  }

  push(
    kind: number,
    width: number,
    stretch: number,
    shrink: number,
    penalty: number,
    flag: number,
    text: string,
    font: number,
  ): void {
    if (this.n === this.kind.length) this.grow();
    const i = this.n++;
    this.kind[i] = kind;
    this.width[i] = width;
    this.stretch[i] = stretch;
    this.shrink[i] = shrink;
    this.penalty[i] = penalty;
    this.flag[i] = flag;
    this.font[i] = font;
    this.text.push(text);
  }

  close(): void {
    const n = this.n;
    const sumW = new Float64Array(n + 1);
    const sumY = new Float64Array(n + 1);
    const sumZ = new Float64Array(n + 1);
    let w = 0;
    let y = 0;
    let z = 0;
    for (let i = 0; i < n; i++) {
      const k = this.kind[i];
      if (k === BOX) w += this.width[i] ?? 0;
      else if (k === GLUE) {
        w += this.width[i] ?? 0;
        y += this.stretch[i] ?? 0;
        z += this.shrink[i] ?? 0;
      }
      sumW[i + 1] = w;
      sumY[i + 1] = y;
      sumZ[i + 1] = z;
    }
    this.sumW = sumW;
    this.sumY = sumY;
    this.sumZ = sumZ;
  }
}

interface ResolvedOptions {
  tolerance: number;
  pretolerance: number;
  hyphenPenalty: number;
  explicitHyphenPenalty: number;
  consecutiveHyphenLimit: number;
  lastLineNoHyphen: boolean;
  ragged: boolean;
  hyphenate: boolean;
  linePenalty: number;
  doubleHyphenDemerits: number;
  adjacentDemerits: number;
  emergencyStretch: number;
  raggedStretch: number;
  splitPenalty: number;
  spaceStretch: number;
  spaceShrink: number;
}

const NO_BREAKS: readonly WordBreak[] = [];

/** A break inside a word: a hyphenation point, an existing hyphen, or a split of a long token. */
interface InnerBreak {
  readonly offset: number;
  readonly flag: number;
  readonly penalty: number;
}

/** A token this long is no word of any language: last-resort splits may fall anywhere in it. */
const NOT_A_WORD = 64;

/** Hyphenation points and long-token splits of a word, in order of offset. */
function innerBreaks(breaks: readonly WordBreak[], text: string, opts: ResolvedOptions): InnerBreak[] {
  const out: InnerBreak[] = breaks.map((b) =>
    b.explicit
      ? { offset: b.offset, flag: FLAG_EXPLICIT, penalty: opts.explicitHyphenPenalty }
      : { offset: b.offset, flag: FLAG_HYPHEN, penalty: opts.hyphenPenalty },
  );
  const splits = tokenSplits(text);
  if (splits.length === 0) return out;
  const taken = new Set(out.map((b) => b.offset));
  // A word is broken where hyphenation can break it, never split at random ("Angestelltenvers|icherung",
  // which the no-hyphen rule at a page foot would otherwise invite): last-resort splits only inside a
  // stretch of LONG_TOKEN or more characters between two such breaks — or anywhere in a token too long
  // to be a word (a run of letters several lines long), which must never run past the margin.
  const fixed = [0, ...out.map((b) => b.offset), text.length].sort((a, b) => a - b);
  const inLongStretch = (offset: number) => {
    const after = fixed.findIndex((at) => at >= offset);
    return after > 0 && fixed[after]! - fixed[after - 1]! >= LONG_TOKEN;
  };
  const wordLike = text.length < NOT_A_WORD;
  for (const split of splits) {
    if (split.resort && wordLike && !inLongStretch(split.offset)) continue;
    if (!taken.has(split.offset))
      out.push(
        split.resort
          ? { offset: split.offset, flag: FLAG_RESORT, penalty: RESORT_SPLIT_PENALTY }
          : { offset: split.offset, flag: FLAG_SPLIT, penalty: opts.splitPenalty },
      );
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * The item list of a paragraph. Every possible break is in it (hyphenation points only when
 * `hyphenate`); a pass that does not hyphenate skips the `FLAG_HYPHEN` penalties.
 */
function buildItems(
  tokens: Tokens,
  fonts: readonly Font[],
  measure: MeasureText,
  language: string,
  hyphenate: boolean,
  opts: ResolvedOptions,
): Items {
  const { words, firstSegment, segmentText, segmentFont, gapFont, gapZero } = tokens;
  const items = new Items(words.length * 3 + 1);
  const breaksOf = wordBreakerFor(hyphenate ? language : 'zxx');
  for (let wi = 0; wi < words.length; wi++) {
    const text = words[wi] ?? '';
    const firstSeg = firstSegment[wi] ?? 0;
    const endSeg = tokens.segmentsEnd(wi);
    if (wi > 0) {
      const zero = gapZero[wi - 1] ?? false;
      const gf = gapFont[wi - 1] ?? segmentFont[firstSeg] ?? 0;
      const w = zero ? 0 : (fonts[gf]?.space ?? 0);
      const shrink = opts.ragged ? 0 : w * opts.spaceShrink;
      items.push(GLUE, w, w * opts.spaceStretch, shrink, 0, FLAG_NONE, zero ? '' : ' ', gf);
    }
    const breaks =
      tokens.whole[wi] === true
        ? []
        : innerBreaks(hyphenate || HAS_HYPHEN.test(text) ? breaksOf(text) : NO_BREAKS, text, opts);
    if (breaks.length === 0 && endSeg - firstSeg === 1) {
      const fi = segmentFont[firstSeg] ?? 0;
      items.push(BOX, widthIn(fonts[fi] as Font, text, measure), 0, 0, 0, FLAG_NONE, text, fi);
      continue;
    }
    let segStart = 0;
    let bi = 0;
    for (let si = firstSeg; si < endSeg; si++) {
      const segText = segmentText[si] ?? '';
      const fi = segmentFont[si] ?? 0;
      const f = fonts[fi] as Font;
      const segEnd = segStart + segText.length;
      let pieceStart = segStart;
      let sum = 0;
      for (; bi < breaks.length; bi++) {
        const b = breaks[bi] as InnerBreak;
        if (b.offset <= pieceStart) continue;
        if (b.offset >= segEnd) break;
        const piece = segText.slice(pieceStart - segStart, b.offset - segStart);
        const w = widthIn(f, piece, measure);
        sum += w;
        items.push(BOX, w, 0, 0, 0, FLAG_NONE, piece, fi);
        items.push(PENALTY, b.flag === FLAG_HYPHEN ? f.hyphen : 0, 0, 0, b.penalty, b.flag, '', fi);
        pieceStart = b.offset;
      }
      const piece = pieceStart === segStart ? segText : segText.slice(pieceStart - segStart);
      let w = widthIn(f, piece, measure);
      if (pieceStart > segStart) {
        // Kerning inside the segment: an unbroken segment is exactly as wide as measured whole.
        w = Math.max(0, w + widthIn(f, segText, measure) - (sum + w));
      }
      items.push(BOX, w, 0, 0, 0, FLAG_NONE, piece, fi);
      const atEnd = breaks[bi];
      if (si < endSeg - 1 && atEnd !== undefined && atEnd.offset === segEnd) {
        items.push(PENALTY, atEnd.flag === FLAG_HYPHEN ? f.hyphen : 0, 0, 0, atEnd.penalty, atEnd.flag, '', fi);
        bi++;
      }
      segStart = segEnd;
    }
  }
  items.push(PENALTY, 0, 0, 0, -Infinity, FLAG_END, '', 0);
  items.close();
  return items;
}

/** First item of the line after a break at `b`: glue and penalties after a break are discarded. */
function afterBreak(items: Items, b: number): number {
  let j = b + 1;
  while (j < items.n && items.kind[j] !== BOX && items.flag[j] !== FLAG_END) j++;
  return j;
}

// ---------------------------------------------------------------------------------------
// Lines: widths and per-line rules, cached per paragraph

/** Longest stretch of line numbers kept distinct in the search. */
const MAX_DISTINCT_LINES = 256;

class LineRules {
  private readonly widths: number[] = [];
  private readonly noHyph: (boolean | undefined)[] = [];

  constructor(
    private readonly lineWidth: (lineIndex: number) => number,
    private readonly noHyphenOnLine: ((lineIndex: number) => boolean) | undefined,
  ) {}

  width(line: number): number {
    let w = this.widths[line];
    if (w === undefined) {
      w = Math.max(0, finite(this.lineWidth(line)));
      this.widths[line] = w;
    }
    return w;
  }

  noHyphen(line: number): boolean {
    if (this.noHyphenOnLine === undefined) return false;
    let v = this.noHyph[line];
    if (v === undefined) {
      v = this.noHyphenOnLine(line) === true;
      this.noHyph[line] = v;
    }
    return v;
  }

  /** Lines `< cutoff` are told apart in the search; from `cutoff` on all lines are alike. */
  cutoff(naturalWidth: number): number {
    const narrowest = Math.max(1, Math.min(this.width(0), this.width(1)));
    const expected = Math.min(MAX_DISTINCT_LINES, Math.ceil((naturalWidth / narrowest) * 1.5) + 3);
    let last = -1;
    for (let i = 0; i < expected; i++) if (this.width(i) !== this.width(i + 1) || this.noHyphen(i)) last = i;
    return last + 1;
  }
}

// ---------------------------------------------------------------------------------------
// The total-fit search

interface BreakNode {
  /** Item index of the break (−1 for the paragraph start). */
  pos: number;
  /** First item of the next line. */
  start: number;
  /** Lines completed up to this break (= index of the next line). */
  line: number;
  /** Width of the next line (`lineWidth(line)`), looked up once. */
  width: number;
  fitness: number;
  /** Lines in a row ending inside a word, up to and including this break. */
  run: number;
  flagged: boolean;
  demerits: number;
  overfull: boolean;
  prev: BreakNode | null;
}

interface Candidate {
  cls: number;
  fitness: number;
  run: number;
  demerits: number;
  prev: BreakNode | null;
  overfull: boolean;
}

interface Pass {
  /** Break at hyphenation points (`FLAG_HYPHEN` penalties). */
  hyphens: boolean;
  tolerance: number;
  emergency: number;
  rescue: boolean;
  /** Accept lines looser than `tolerance` (at their badness): a loose line beats an overfull one. */
  loose: boolean;
}

function rootNode(rules: LineRules): BreakNode {
  return {
    pos: -1,
    start: 0,
    line: 0,
    width: rules.width(0),
    fitness: 1,
    run: 0,
    flagged: false,
    demerits: 0,
    overfull: false,
    prev: null,
  };
}

function fitnessOf(r: number): number {
  return r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
}

function totalFit(items: Items, rules: LineRules, opts: ResolvedOptions, pass: Pass, cutoff: number): BreakNode | null {
  const { n, kind, width, penalty, flag, sumW, sumY, sumZ } = items;
  const limit = opts.consecutiveHyphenLimit;
  const ragged = opts.ragged;
  const tol = pass.tolerance;
  // Live nodes are active[0 .. na), in order of position; the arrays are reused, not resized.
  const active: BreakNode[] = [rootNode(rules)];
  let na = 1;
  const cands: Candidate[] = [];
  const dropped: BreakNode[] = [];
  let nd: number;
  let nc = 0;

  const offer = (
    cls: number,
    fitness: number,
    run: number,
    demerits: number,
    prev: BreakNode,
    overfull: boolean,
  ): void => {
    for (let i = 0; i < nc; i++) {
      const c = cands[i] as Candidate;
      if (c.cls === cls && c.fitness === fitness && c.run === run) {
        if (demerits < c.demerits) {
          c.demerits = demerits;
          c.prev = prev;
          c.overfull = overfull;
        }
        return;
      }
    }
    const c = cands[nc];
    if (c === undefined) cands.push({ cls, fitness, run, demerits, prev, overfull });
    else {
      c.cls = cls;
      c.fitness = fitness;
      c.run = run;
      c.demerits = demerits;
      c.prev = prev;
      c.overfull = overfull;
    }
    nc++;
  };

  for (let b = 0; b < n; b++) {
    const k = kind[b];
    if (k === BOX) continue;
    if (k === GLUE && kind[b - 1] !== BOX) continue;
    const f = flag[b] ?? FLAG_NONE;
    if (f === FLAG_HYPHEN && !pass.hyphens) continue;
    if (f === FLAG_RESORT && !pass.rescue) continue;
    const isEnd = f === FLAG_END;
    const flagged = f === FLAG_HYPHEN || f === FLAG_EXPLICIT;
    const penW = k === PENALTY ? (width[b] ?? 0) : 0;
    const p = k === PENALTY ? (penalty[b] ?? 0) : 0;
    const pp = p > 0 ? p * p : p > -Infinity ? -p * p : 0;
    const sW = sumW[b] ?? 0;
    const sY = sumY[b] ?? 0;
    const sZ = sumZ[b] ?? 0;
    nc = 0;
    let write = 0;
    let rescue: BreakNode | null = null;
    nd = 0;

    for (let ai = 0; ai < na; ai++) {
      const a = active[ai] as BreakNode;
      const s = a.start;
      if (s > b) {
        active[write++] = a;
        continue;
      }
      const W = a.width;
      const L = sW - (sumW[s] ?? 0) + penW;
      let r: number;
      if (L < W) {
        if (isEnd) r = 0;
        else {
          const y = (ragged ? opts.raggedStretch : sY - (sumY[s] ?? 0)) + pass.emergency;
          r = y > 0 ? (W - L) / y : Infinity;
        }
      } else if (L > W) {
        const z = sZ - (sumZ[s] ?? 0);
        r = z > 0 ? (W - L) / z : -Infinity;
      } else r = 0;

      const overfull = r < -1;
      if (!overfull && !isEnd) active[write++] = a;
      else if (overfull && !isEnd && pass.rescue) dropped[nd++] = a;

      const allowed = flagged
        ? a.run < limit && !rules.noHyphen(a.line)
        : !(isEnd && opts.lastLineNoHyphen && a.flagged);
      if (!allowed) continue;
      if (overfull) {
        if (
          pass.rescue &&
          (rescue === null || a.pos > rescue.pos || (a.pos === rescue.pos && a.demerits < rescue.demerits))
        )
          rescue = a;
        continue;
      }
      if (r > tol && !pass.loose) continue;
      const ar = r < 0 ? -r : r;
      const base = opts.linePenalty + 100 * ar * ar * ar;
      let d = base * base + pp;
      if (flagged && a.flagged) d += opts.doubleHyphenDemerits;
      const fit = fitnessOf(r);
      if (fit - a.fitness > 1 || a.fitness - fit > 1) d += opts.adjacentDemerits;
      const line = a.line + 1;
      offer(line < cutoff ? line : cutoff, fit, flagged ? a.run + 1 : 0, a.demerits + d, a, false);
    }
    na = write;

    if (nc === 0 && write === 0 && rescue !== null) {
      // Nothing feasible is left: accept one overfull line (TeX's artificial demerits).
      const line = rescue.line + 1;
      const base = opts.linePenalty;
      offer(
        line < cutoff ? line : cutoff,
        1,
        flagged ? rescue.run + 1 : 0,
        rescue.demerits + base * base + pp,
        rescue,
        true,
      );
    } else if (nc === 0 && write === 0 && nd > 0) {
      // Not even an overfull line may end here (a rule forbids it): carry on to a break that may.
      for (let i = 0; i < nd; i++) active[na++] = dropped[i] as BreakNode;
    }

    if (nc > 0) {
      const start = afterBreak(items, b);
      for (let i = 0; i < nc; i++) {
        const c = cands[i] as Candidate;
        let dominated = false;
        for (let j = 0; j < nc && !dominated; j++) {
          const o = cands[j] as Candidate;
          dominated = j !== i && o.cls === c.cls && o.run <= c.run && o.demerits + opts.adjacentDemerits < c.demerits;
        }
        if (dominated || c.prev === null) continue;
        active[na++] = {
          pos: b,
          start,
          line: c.prev.line + 1,
          width: rules.width(c.prev.line + 1),
          fitness: c.fitness,
          run: c.run,
          flagged,
          demerits: c.demerits,
          overfull: c.overfull,
          prev: c.prev,
        };
      }
    }
    if (na === 0) return null;
    if (isEnd) break;
  }

  let best: BreakNode | null = null;
  for (let i = 0; i < na; i++) {
    const a = active[i] as BreakNode;
    if (a.pos === n - 1 && (best === null || a.demerits < best.demerits)) best = a;
  }
  return best;
}

/** Greedy first-fit at natural spacing under the same hard rules; always succeeds. */
function firstFit(items: Items, rules: LineRules, opts: ResolvedOptions): BreakNode {
  const { n, kind, width, flag, sumW } = items;
  const end = n - 1;
  const eps = 1e-9;
  let lastGlue = -1;
  for (let i = 0; i < n; i++) if (kind[i] === GLUE) lastGlue = i;
  let prev = rootNode(rules);
  for (;;) {
    const s = prev.start;
    const W = prev.width;
    let best = -1;
    let over = false;
    for (let b = s; b < n; b++) {
      const k = kind[b];
      if (best >= 0 && (sumW[b] ?? 0) - (sumW[s] ?? 0) > W + eps) break;
      if (k === BOX || (k === GLUE && kind[b - 1] !== BOX)) continue;
      const f = flag[b] ?? FLAG_NONE;
      if (f === FLAG_HYPHEN || f === FLAG_EXPLICIT) {
        if (prev.run >= opts.consecutiveHyphenLimit || rules.noHyphen(prev.line)) continue;
        // The rest would be the last line if it fits, or if no space is left to break at.
        if (
          opts.lastLineNoHyphen &&
          (b > lastGlue || (sumW[end] ?? 0) - (sumW[b + 1] ?? 0) <= rules.width(prev.line + 1) + eps)
        )
          continue;
      }
      const L = (sumW[b] ?? 0) - (sumW[s] ?? 0) + (k === PENALTY ? (width[b] ?? 0) : 0);
      if (L <= W + eps) {
        best = b;
        if (b === end) break;
      } else if (best < 0) {
        best = b;
        over = true;
        break;
      }
    }
    if (best < 0) best = end;
    const f = flag[best] ?? FLAG_NONE;
    const flagged = f === FLAG_HYPHEN || f === FLAG_EXPLICIT;
    const node: BreakNode = {
      pos: best,
      start: afterBreak(items, best),
      line: prev.line + 1,
      width: rules.width(prev.line + 1),
      fitness: 1,
      run: flagged ? prev.run + 1 : 0,
      flagged,
      demerits: 0,
      overfull: over,
      prev,
    };
    if (best === end) return node;
    prev = node;
  }
}

// ---------------------------------------------------------------------------------------
// Setting the lines

function setLine(
  items: Items,
  fonts: readonly Font[],
  s: number,
  b: number,
  W: number,
  isLast: boolean,
  ragged: boolean,
): BrokenLine {
  const { kind, width, stretch, shrink, flag, text, font, sumW, sumY, sumZ } = items;
  const f = flag[b] ?? FLAG_NONE;
  const hyphenated = f === FLAG_HYPHEN;
  const natural = (sumW[b] ?? 0) - (sumW[s] ?? 0) + (kind[b] === PENALTY ? (width[b] ?? 0) : 0);
  const Y = (sumY[b] ?? 0) - (sumY[s] ?? 0);
  const Z = (sumZ[b] ?? 0) - (sumZ[s] ?? 0);
  let r = 0;
  if (natural > W) r = Z > 0 ? Math.max(-1, (W - natural) / Z) : 0;
  else if (natural < W && !isLast && !ragged) r = Y > 0 ? (W - natural) / Y : 0;
  const justified = !isLast && !ragged && Y > 0 && natural <= W + Z;
  const overfull = natural + (r < 0 ? r * Z : 0) > W + 1e-6;

  const fragments: PositionedFragment[] = [];
  let lineText = '';
  let x = 0;
  let spaces = 0;
  let naturalSpace = 0;
  let actualSpace = 0;
  let joinable = false;
  for (let i = s; i < b; i++) {
    const k = kind[i];
    if (k === BOX) {
      const fi = font[i] ?? 0;
      const t = text[i] ?? '';
      const w = width[i] ?? 0;
      const last = fragments[fragments.length - 1];
      const fnt = fonts[fi] as Font;
      if (joinable && last !== undefined && last.fontKey === fnt.fontKey && last.size === fnt.size) {
        last.text += t;
        last.width += w;
      } else fragments.push({ text: t, fontKey: fnt.fontKey, size: fnt.size, x, width: w });
      lineText += t;
      x += w;
      joinable = true;
    } else if (k === GLUE) {
      const w = width[i] ?? 0;
      const set = w + (r >= 0 ? r * (stretch[i] ?? 0) : r * (shrink[i] ?? 0));
      x += set;
      if (text[i] === ' ') {
        spaces++;
        naturalSpace += w;
        actualSpace += set;
        lineText += ' ';
      }
      joinable = false;
    }
  }
  if (hyphenated) {
    const last = fragments[fragments.length - 1];
    if (last !== undefined) {
      last.text += '-';
      last.width += width[b] ?? 0;
    }
    lineText += '-';
  }
  const end: LineEnd =
    f === FLAG_HYPHEN
      ? 'hyphen'
      : f === FLAG_EXPLICIT
        ? 'explicit-hyphen'
        : f === FLAG_SPLIT || f === FLAG_RESORT
          ? 'split'
          : f === FLAG_END
            ? 'end'
            : 'space';
  return {
    fragments,
    text: lineText,
    width: W,
    naturalWidth: natural,
    ratio: r,
    end,
    hyphenated,
    justified,
    overfull,
    spaces,
    naturalSpace,
    actualSpace,
  };
}

function hasOverfull(last: BreakNode): boolean {
  for (let node: BreakNode | null = last; node !== null; node = node.prev) if (node.overfull) return true;
  return false;
}

function setParagraph(
  items: Items,
  fonts: readonly Font[],
  rules: LineRules,
  last: BreakNode,
  ragged: boolean,
  pass: BreakPass,
): BrokenParagraph {
  const path: BreakNode[] = [];
  for (let node: BreakNode | null = last; node !== null && node.pos >= 0; node = node.prev) path.push(node);
  path.reverse();
  const lines: BrokenLine[] = [];
  let start = 0;
  path.forEach((node, i) => {
    lines.push(setLine(items, fonts, start, node.pos, rules.width(i), i === path.length - 1, ragged));
    start = node.start;
  });
  return { lines, ratios: lines.map((l) => l.ratio), pass };
}

// ---------------------------------------------------------------------------------------
// Entry points

function resolveOptions(options: BreakOptions | undefined, runs: readonly TextRun[]): ResolvedOptions {
  const o = options ?? {};
  let largest = 0;
  for (const run of runs) if (Number.isFinite(run.size) && run.size > largest) largest = run.size;
  const num = (v: number | undefined, fallback: number, min = -Infinity): number =>
    v !== undefined && Number.isFinite(v) ? Math.max(min, v) : fallback;
  return {
    tolerance: num(o.tolerance, 2, 0),
    pretolerance: num(o.pretolerance, 1),
    hyphenPenalty: num(o.hyphenPenalty, 50),
    explicitHyphenPenalty: num(o.explicitHyphenPenalty, 50),
    consecutiveHyphenLimit: Math.floor(num(o.consecutiveHyphenLimit, 2, 0)),
    lastLineNoHyphen: o.lastLineNoHyphen ?? true,
    ragged: o.ragged ?? false,
    hyphenate: o.hyphenate ?? true,
    linePenalty: num(o.linePenalty, 10, 0),
    doubleHyphenDemerits: num(o.doubleHyphenDemerits, 10_000, 0),
    adjacentDemerits: num(o.adjacentDemerits, 10_000, 0),
    emergencyStretch: num(o.emergencyStretch, 2 * largest, 0),
    raggedStretch: num(o.raggedStretch, 2 * largest, 0),
    splitPenalty: num(o.splitPenalty, 100),
    spaceStretch: num(o.spaceStretch, 1 / 2, 0),
    spaceShrink: Math.min(0.9, num(o.spaceShrink, 1 / 3, 0)),
  };
}

interface Prepared {
  tokens: Tokens;
  fonts: FontTable;
  rules: LineRules;
  opts: ResolvedOptions;
}

function prepare(input: ParagraphInput): Prepared | null {
  const runs = Array.isArray(input.runs) ? input.runs : [];
  const fonts = new FontTable(input.measure);
  const tokens = tokenize(runs, fonts);
  if (tokens.words.length === 0) return null;
  return {
    tokens,
    fonts,
    rules: new LineRules(input.lineWidth, input.options?.noHyphenOnLine),
    opts: resolveOptions(input.options, runs),
  };
}

const EMPTY = (): BrokenParagraph => ({ lines: [], ratios: [], pass: 'first' });

/**
 * Break one paragraph into justified (or ragged) lines by total fit. Never throws on any
 * text; see the module comment for the passes and the hard rules.
 */
export function breakParagraph(input: ParagraphInput): BrokenParagraph {
  const prepared = prepare(input);
  if (prepared === null) return EMPTY();
  const { tokens, fonts, rules, opts } = prepared;
  const items = buildItems(tokens, fonts.list, input.measure, String(input.language), opts.hyphenate, opts);
  const cutoff = rules.cutoff(items.sumW[items.n] ?? 0);

  if (opts.pretolerance >= 0) {
    const first = totalFit(
      items,
      rules,
      opts,
      { hyphens: false, tolerance: opts.pretolerance, emergency: 0, rescue: false, loose: false },
      cutoff,
    );
    if (first !== null) return setParagraph(items, fonts.list, rules, first, opts.ragged, 'first');
  }
  const second = totalFit(
    items,
    rules,
    opts,
    { hyphens: true, tolerance: opts.tolerance, emergency: 0, rescue: false, loose: false },
    cutoff,
  );
  if (second !== null) return setParagraph(items, fonts.list, rules, second, opts.ragged, 'second');
  const emergency = totalFit(
    items,
    rules,
    opts,
    { hyphens: true, tolerance: opts.tolerance, emergency: opts.emergencyStretch, rescue: true, loose: false },
    cutoff,
  );
  if (emergency !== null && !hasOverfull(emergency))
    return setParagraph(items, fonts.list, rules, emergency, opts.ragged, 'emergency');
  // An overfull line would run past the margin: take loose lines instead wherever they fit.
  const loose = totalFit(
    items,
    rules,
    opts,
    { hyphens: true, tolerance: opts.tolerance, emergency: opts.emergencyStretch, rescue: true, loose: true },
    cutoff,
  );
  const best = loose ?? emergency;
  if (best !== null) return setParagraph(items, fonts.list, rules, best, opts.ragged, 'emergency');
  return setParagraph(items, fonts.list, rules, firstFit(items, rules, opts), opts.ragged, 'first-fit');
}

/**
 * Break one paragraph greedily (first fit at natural spacing, as pdfkit and most word
 * processors do), with the same hyphenation, hard rules and output as
 * {@link breakParagraph}: the baseline for comparisons, and the last fallback.
 */
export function breakParagraphFirstFit(input: ParagraphInput): BrokenParagraph {
  const prepared = prepare(input);
  if (prepared === null) return { ...EMPTY(), pass: 'first-fit' };
  const { tokens, fonts, rules, opts } = prepared;
  const items = buildItems(tokens, fonts.list, input.measure, String(input.language), opts.hyphenate, opts);
  return setParagraph(items, fonts.list, rules, firstFit(items, rules, opts), opts.ragged, 'first-fit');
}
