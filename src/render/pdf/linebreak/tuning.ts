/**
 * @module render/pdf/linebreak/tuning
 * The line breaker's settings for the PDF edition's justified text, where they differ from the
 * TeX-like defaults of `breakParagraph` (ragged text keeps the defaults). Tuned for issue #11 —
 * at most 6% of lines hyphenated, word gaps at most 1.45× the median at the 95th percentile and
 * 1.6× at most, measured on the printed PDF by `bench/spacing.mjs` — on the 10x seed, and
 * checked on corpus files it was not tuned on (024, 030, 040, 060, 070: fewer hyphens, gaps as
 * before or narrower); the figures are in docs/benchmark.md (Spacing).
 *
 * - `hyphenPenalty` 300 (TeX's 50): a hyphen costs 90,000 demerits, more than thirteen of
 *   the loosest lines allowed (6,900 each), so it is taken only where it makes the paragraph
 *   possible or saves many loose lines; at 50, one justified line in seven ended in a hyphen.
 * - `spaceStretch` 1 (TeX's 1/2) with `tolerance` 0.9 (was 2) and `pretolerance` 0.85 (was 1):
 *   a space may grow to 1.9× its width at most (was 2×), 1.85× where no word is hyphenated;
 *   badness grows more slowly with looseness, so the total fit spreads the slack over more
 *   lines instead of hyphenating, and the widest gaps come down.
 */
import type { BreakOptions } from './knuth-plass.js';

/** Settings for the justified text of the PDF edition. */
export const EDITION_BREAKING: BreakOptions = Object.freeze({
  hyphenPenalty: 300,
  pretolerance: 0.85,
  tolerance: 0.9,
  spaceStretch: 1,
});
