/**
 * @module render/plain-order
 * Orders two strings as `localeCompare` with English collation does (ICU's root order: case
 * ignored first, then lower case before upper case), without ICU when both are made only of
 * ASCII letters, digits and spaces: there space < digits < letters, as in code units, and no
 * letter combines with another. Making ICU's collator costs a process ≈ 8 ms (its list of
 * locales is built at first use), and the CLI's startup snapshot cannot keep it; the font
 * families and styles of a book's style sheet are such strings. Anything else goes to ICU.
 */

/** ASCII letters, digits and spaces only. */
const PLAIN = /^[A-Za-z0-9 ]*$/;

/** Negative, zero or positive as `a.localeCompare(b, 'en')` is. */
export function compareAsEnglish(a: string, b: string): number {
  if (!PLAIN.test(a) || !PLAIN.test(b)) return a.localeCompare(b, 'en');
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  // Same letters: at the first difference in case, lower case (the higher code unit) comes first.
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]! ? -1 : 1;
  return 0;
}
