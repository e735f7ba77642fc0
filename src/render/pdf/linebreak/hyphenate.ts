/**
 * @module render/pdf/linebreak/hyphenate
 * Where a word may be broken at a line end, for the PDF line breaker. Pattern hyphenation
 * uses the TeX patterns shipped by the `hyphen` package for English (en = en-us, en-GB),
 * French, German (1996 orthography) and Russian; any other language gets no pattern breaks.
 * Pattern sets are loaded lazily, once per language, through `createRequire` and explicit
 * `hyphen/<set>/index.js` paths (a directory import fails under ESM).
 *
 * Liang's algorithm is run here over the package's pattern data (its `patterns` export: a
 * table of levels, a trie, exceptions), splitting words into letter runs as the package does:
 * same points as `hyphenateSync` (a test checks it), about three times faster, which matters
 * when a book's vocabulary is hyphenated the first time. If the data ever comes in another
 * shape, the package's own `hyphenateSync` is used instead.
 *
 * Rules applied on top of the patterns (typographic house rules, not the patterns' own):
 * - words with fewer than 6 letters, and all-capital words (acronyms), are not hyphenated;
 * - a break leaves at least 2 letters before it and 3 after it (letters of the whole token);
 * - tokens with a digit, `/`, `:` or `@` (numbers, URLs, e-mail addresses, times) are never
 *   broken;
 * - a token that already has a hyphen is not pattern-hyphenated; instead it may break right
 *   after its own hyphen (between two letters), reported as an explicit break.
 *
 * Offsets are UTF-16 indices into the token: `word.slice(0, offset)` ends the line. The
 * module never produces U+00AD (soft hyphen): in Source Serif 4 and Source Sans 3 the soft
 * hyphen and U+002D map to the same glyph, and fontkit 2.0.4's glyph cache keeps the code point
 * of whichever is laid out first — soft hyphen first, every real hyphen in that font prints as
 * an invisible zero-width space (`well-known` → `wellknown`); hyphen first, soft hyphens print
 * as visible hyphens mid-line. So breaks are positions, and a token that contains one gets no
 * breaks.
 */
import {
  hyphenatorFor,
  type Hyphenator,
  type PatternSet,
  type Patterns,
  type TrieEntry,
  type TrieNode,
} from './hyphen-adapter.js';

export type { PatternSet };

/** A place where a token may be broken at a line end. */
export interface WordBreak {
  /** UTF-16 offset into the token: the line ends with `token.slice(0, offset)`. */
  readonly offset: number;
  /**
   * `true` when the token already has a hyphen there (the line ends with it and no hyphen is
   * added); `false` for a pattern break, where the renderer adds a hyphen.
   */
  readonly explicit: boolean;
}

/** Shortest word (in letters) that pattern hyphenation may break. */
export const MIN_WORD_LETTERS = 6;
/** Fewest letters left before a break. */
export const MIN_LETTERS_BEFORE = 2;
/** Fewest letters carried over after a break. */
export const MIN_LETTERS_AFTER = 3;

/** Marker handed to `hyphen` (fallback path) instead of its default U+00AD; rejected in input tokens. */
const MARK = '\u0001';
const NO_BREAKS: readonly WordBreak[] = Object.freeze([]);
/** Digits, URL/e-mail/time punctuation, soft hyphens and control characters: never break. */
const UNBREAKABLE = /[\p{N}/:@\u00AD\p{Cc}]/u;
const EXPLICIT_HYPHEN = /[-\u2010]/;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const LEADING = /^\P{L}+/u;
const TRAILING = /\P{L}+$/u;
/** Pattern-set results are cached per word; the cache is dropped when it grows past this. */
const CACHE_LIMIT = 100_000;

/** The package's idea of a non-word character (its `isNotLetter`): words split there. */
const PATTERN_BREAK = /\s|(?!')[!-@[-`{-~\u2013-\u203C]/;
/** The package hyphenates letter runs of at least this many characters. */
const PATTERN_MIN_RUN = 5;

const caches = new Map<PatternSet | 'none', Map<string, readonly WordBreak[]>>();
const setByLanguage = new Map<string, PatternSet | undefined>();
const breakers = new Map<string, WordBreaker>();

/**
 * The pattern set used for a BCP 47 language tag, or `undefined` when the language is not
 * hyphenated. `en-GB` uses British patterns, every other `en` tag American ones; `de-*`
 * uses the 1996 orthography.
 */
export function patternSetFor(language: string): PatternSet | undefined {
  const known = setByLanguage.get(language);
  if (known !== undefined || setByLanguage.has(language)) return known;
  const set = resolvePatternSet(language);
  if (setByLanguage.size >= 1000) setByLanguage.clear();
  setByLanguage.set(language, set);
  return set;
}

function resolvePatternSet(language: string): PatternSet | undefined {
  const tag = String(language).trim().toLowerCase().replace(/_/g, '-');
  const primary = tag.split('-')[0] ?? '';
  switch (primary) {
    case 'en':
      return tag === 'en-gb' || tag.startsWith('en-gb-') ? 'en-gb' : 'en-us';
    case 'fr':
      return 'fr';
    case 'de':
      return 'de-1996';
    case 'ru':
      return 'ru';
    default:
      return undefined;
  }
}

/** Liang's algorithm on one run of word characters: offsets (within `run`) of odd levels. */
function liang(run: string, patterns: Patterns): readonly number[] {
  const lower = run.toLowerCase();
  if (lower.length !== run.length) return [];
  const exception = patterns.exceptions.get(lower);
  if (exception !== undefined) return exception;
  const text = `.${lower}.`;
  const levels = new Uint8Array(run.length + 1);
  const table = patterns.levels;
  for (let start = 0; start < text.length - 2; start++) {
    // Levels of a pattern starting at the leading dot begin after the dot.
    const base = start === 0 ? 0 : start - 1;
    let node: TrieNode | undefined = patterns.trie;
    for (let k = start; k < text.length && node !== undefined; k++) {
      const entry: TrieEntry | undefined = node[text.charAt(k)];
      if (entry === undefined) break;
      let index = -1;
      if (typeof entry === 'number') {
        index = entry;
        node = undefined;
      } else if (Array.isArray(entry)) {
        node = entry[0];
        index = entry[1];
      } else node = entry;
      const values = index >= 0 ? table[index] : undefined;
      if (values !== undefined) {
        for (let m = 0; m < values.length; m++) {
          const at = base + m;
          const v = values[m] ?? 0;
          if (at < levels.length && v > (levels[at] ?? 0)) levels[at] = v;
        }
      }
    }
  }
  const out: number[] = [];
  for (let i = 2; i <= run.length - 2; i++) if (((levels[i] ?? 0) & 1) === 1) out.push(i);
  return out;
}

/** Pattern break offsets of a token, run by run, as the `hyphen` package would place them. */
function patternOffsets(word: string, hyphenator: Hyphenator): number[] {
  if ('library' in hyphenator) {
    const marked = hyphenator.library(word, { hyphenChar: MARK });
    const out: number[] = [];
    for (let i = 0, offset = 0; i < marked.length; i++) {
      if (marked.charAt(i) === MARK) out.push(offset);
      else offset++;
    }
    return out;
  }
  const out: number[] = [];
  let runStart = 0;
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length && !PATTERN_BREAK.test(word.charAt(i))) continue;
    if (i - runStart >= PATTERN_MIN_RUN)
      for (const p of liang(word.slice(runStart, i), hyphenator.patterns)) out.push(runStart + p);
    runStart = i + 1;
  }
  return out;
}

/** Category-L test per BMP code unit: 0 = not yet known, 1 = letter, 2 = not a letter. */
const letterTable = new Uint8Array(0x10000);

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xd800 && c <= 0xdfff)
    return LETTER.test(String.fromCodePoint(text.codePointAt(c <= 0xdbff ? i : i - 1) ?? 0));
  let known = letterTable[c] ?? 0;
  if (known === 0) letterTable[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** Letters before each UTF-16 offset: `before[i]` = letters in `word.slice(0, i)`. */
function lettersBefore(word: string): Uint32Array {
  const before = new Uint32Array(word.length + 1);
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // A surrogate pair counts once, on its high half.
    if (!(c >= 0xdc00 && c <= 0xdfff) && isLetterAt(word, i)) n++;
    before[i + 1] = n;
  }
  return before;
}

function explicitBreaks(word: string): readonly WordBreak[] {
  const before = lettersBefore(word);
  const total = before[word.length] ?? 0;
  const out: WordBreak[] = [];
  for (let i = 1; i < word.length - 1; i++) {
    if (!EXPLICIT_HYPHEN.test(word.charAt(i))) continue;
    if (!isLetterAt(word, i - 1) || !isLetterAt(word, i + 1)) continue;
    const left = before[i] ?? 0;
    if (left >= MIN_LETTERS_BEFORE && total - left >= MIN_LETTERS_AFTER) out.push({ offset: i + 1, explicit: true });
  }
  return out.length === 0 ? NO_BREAKS : Object.freeze(out);
}

function patternBreaks(word: string, set: PatternSet): readonly WordBreak[] {
  const before = lettersBefore(word);
  const total = before[word.length] ?? 0;
  if (total < MIN_WORD_LETTERS) return NO_BREAKS;
  if (!LOWER.test(word)) return NO_BREAKS; // ALL CAPS (acronyms, shouted words): leave whole
  const hyphenator = hyphenatorFor(set);
  if (hyphenator === null) return NO_BREAKS;
  let offsets: number[];
  try {
    offsets = patternOffsets(word, hyphenator);
  } catch {
    return NO_BREAKS;
  }
  const out: WordBreak[] = [];
  for (const offset of offsets) {
    const left = before[offset] ?? 0;
    if (offset > 0 && offset < word.length && left >= MIN_LETTERS_BEFORE && total - left >= MIN_LETTERS_AFTER)
      out.push({ offset, explicit: false });
  }
  return out.length === 0 ? NO_BREAKS : Object.freeze(out);
}

/** Breaks of one token in one language: see {@link wordBreaks}. */
export type WordBreaker = (word: string) => readonly WordBreak[];

/**
 * A {@link wordBreaks} bound to one language, for breaking many words (the line breaker
 * takes one per paragraph): the pattern set and its cache are looked up once.
 */
export function wordBreakerFor(language: string): WordBreaker {
  const known = breakers.get(language);
  if (known !== undefined) return known;
  const set = patternSetFor(language);
  const key = set ?? 'none';
  let cache = caches.get(key);
  if (cache === undefined) caches.set(key, (cache = new Map<string, readonly WordBreak[]>()));
  const table = cache;
  const breaker = (word: string): readonly WordBreak[] => {
    if (word.length < 3) return NO_BREAKS;
    const hit = table.get(word);
    if (hit !== undefined) return hit;
    let result: readonly WordBreak[];
    if (UNBREAKABLE.test(word)) result = NO_BREAKS;
    else if (EXPLICIT_HYPHEN.test(word)) result = explicitBreaks(word);
    else if (set === undefined) result = NO_BREAKS;
    else {
      // "(responsibilities)," shares the pattern work of "responsibilities": hyphenate the core.
      const lead = LEADING.exec(word)?.[0].length ?? 0;
      const trail = TRAILING.exec(word)?.[0].length ?? 0;
      if (lead === 0 && trail === 0) result = patternBreaks(word, set);
      else if (lead + trail >= word.length) result = NO_BREAKS;
      else {
        const inner = breaker(word.slice(lead, word.length - trail));
        result =
          inner.length === 0
            ? NO_BREAKS
            : Object.freeze(inner.map((b) => ({ offset: b.offset + lead, explicit: false })));
      }
    }
    if (table.size >= CACHE_LIMIT) table.clear();
    table.set(word, result);
    return result;
  };
  if (breakers.size >= 1000) breakers.clear();
  breakers.set(language, breaker);
  return breaker;
}

/**
 * Every place where `word` (one whitespace-free token, punctuation included) may break at a
 * line end, in increasing order, with its kind. The returned array is shared and frozen.
 */
export function wordBreaks(word: string, language: string): readonly WordBreak[] {
  return wordBreakerFor(language)(word);
}

/**
 * The character offsets where `word` may be broken at a line end. For ordinary words these
 * are pattern hyphenation points (a hyphen is inserted there); for a token that already has
 * a hyphen they are the offsets just after that hyphen (nothing is inserted: use
 * {@link wordBreaks} to tell the two apart).
 */
export function hyphenationPoints(word: string, language: string): number[] {
  return wordBreaks(word, language).map((b) => b.offset);
}
