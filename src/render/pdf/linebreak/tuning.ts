/**
 * @module render/pdf/linebreak/tuning
 * The line breaker's settings for the PDF edition's justified text, where they differ from the TeX-like
 * defaults of `breakParagraph`. Tuned for issue #11 (≤ 6% hyphenated lines, widest word gap
 * ≤ 1.6× the median, p95 ≤ 1.45×, measured on the printed PDF by `bench/spacing.mjs`) on the
 * 10x seed, and checked on corpus files it was not tuned on (024, 060, 070); the figures are in
 * docs/benchmark.md (Spacing).
 *
 * - `hyphenPenalty` 300 (TeX 50): a hyphen is worth a line about as loose as r ≈ 1.2; at 50
 *   one justified line in seven ended with a hyphen.
 * - `spaceStretch` 0.75 with `tolerance` 1.3: a space may grow to 1.98× its width at most
 *   (was 0.5 × 2 = 2×), but badness grows more slowly with the same looseness, so the total fit
 *   spreads it over more lines instead of hyphenating; the cap keeps the widest gaps down.
 */
import type { BreakOptions } from './knuth-plass.js';

/** Settings for the justified text of the PDF edition (ragged text keeps the defaults). */
export const EDITION_BREAKING: BreakOptions = Object.freeze({
  hyphenPenalty: 300,
  tolerance: 1.3,
  spaceStretch: 0.75,
});
