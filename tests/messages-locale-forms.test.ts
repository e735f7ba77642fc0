// The catalogues' locale forms (numbers, long dates, lists, plural rules) against what `Intl`
// writes for each catalogue's locale: `messages.ts` writes from them instead of making ICU
// objects, so every edition must keep the bytes `Intl` gave. A failure here after a Node
// upgrade means its ICU writes a locale differently: update the catalogue's `forms`.
import { describe, expect, it } from 'vitest';
import { CATALOGUES, formatNumber, joinList, longDate, pluralCategory } from '../src/messages/messages.js';

/** Whole numbers: every one up to 20,000, the powers of ten and random ones up to 2^53. */
function counts(): number[] {
  const out = Array.from({ length: 20_001 }, (_, n) => n);
  for (let p = 1; p < 1e16; p *= 10) out.push(p, p * 2, p * 21, p * 1_000_000);
  let seed = 7;
  for (let i = 0; i < 2000; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    out.push(Math.floor((seed / 2 ** 31) * 2 ** (i % 53)));
  }
  return out.filter((n) => Number.isSafeInteger(n));
}

/** Every day of some years (leap, century, the Gregorian reform), as ISO dates. */
function isoDates(): string[] {
  const out: string[] = [];
  for (const year of [1000, 1582, 1600, 1900, 2000, 2001, 2024, 9999]) {
    for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000)
      out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

describe.each(Object.entries(CATALOGUES))('the %s catalogue', (_, messages) => {
  it('should group whole numbers and choose plural forms as Intl does', () => {
    const numberFormat = new Intl.NumberFormat(messages.locale);
    const pluralRules = new Intl.PluralRules(messages.locale);
    for (const n of counts()) {
      expect(formatNumber(messages, n)).toBe(numberFormat.format(n));
      expect(pluralCategory(messages, n)).toBe(pluralRules.select(n));
    }
    // Anything else still goes through Intl.
    for (const n of [-1, -0, 1.5, -1234.25, 2 ** 60]) {
      expect(formatNumber(messages, n)).toBe(numberFormat.format(n));
      expect(pluralCategory(messages, n)).toBe(pluralRules.select(n));
    }
  });

  it('should write long dates as Intl does', () => {
    const dateFormat = new Intl.DateTimeFormat(messages.locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (const iso of [...isoDates(), '0999-12-31', '0001-01-01'])
      expect(longDate(iso, messages)).toBe(dateFormat.format(new Date(`${iso}T12:00:00Z`)));
    expect(() => longDate('2001-02-30x', messages)).toThrow(RangeError);
  });

  it('should join lists as Intl does', () => {
    const listFormat = new Intl.ListFormat(messages.locale, { type: 'conjunction', style: 'long' });
    const names = ['Lord Robertson', 'Igor Ivanov', 'A', 'Élise', 'и', 'Colin Powell, Jr.', ''];
    for (let length = 0; length <= names.length; length++)
      expect(joinList(messages, names.slice(0, length))).toBe(listFormat.format(names.slice(0, length)));
  });
});
