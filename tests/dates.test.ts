// Date recognition (src/normalise/dates.ts): the forms transcripts print, in English, German,
// French and Russian, and no date that the calendar does not have.
import { describe, expect, it } from 'vitest';
import { dateLine, findDate, isoDateOf } from '../src/normalise/dates.js';

describe('findDate', () => {
  it.each([
    ['23 Nov. 2001', '2001-11-23'],
    ['November 27, 1998', '1998-11-27'],
    ['on the 4th: July 4th, 1976', '1976-07-04'],
    ['26-Nov-2001', '2001-11-26'],
    ['Bonn, den 23. Mai 1951', '1951-05-23'],
    ['Paris, le 3 février 2019', '2019-02-03'],
    ['Москва, 23 ноября 2001 г.', '2001-11-23'],
    ['1 января 2020 года', '2020-01-01'],
    ['2025-07-31', '2025-07-31'],
    ['29 February 2024', '2024-02-29'],
  ])('should read %s as %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each(['31 February 2001', '29 February 2023', '31 April 2010', '2001-02-30', '32 May 1999', '0 May 1999'])(
    'should find no date in %s (no such day)',
    (text) => {
      expect(findDate(text)).toBeNull();
    },
  );

  it('should look past a number and a word that are not a date to the date after them', () => {
    expect(findDate('We met 10 delegates 2001 times; on 23 Nov 2001 we signed.')?.asPrinted).toBe('23 Nov 2001');
  });

  it('should not take a month name inside another word', () => {
    expect(findDate('12 Marchesi 2001')).toBeNull();
  });
});

describe('dateLine', () => {
  it('should take a line that is only a date, with a weekday', () => {
    expect(dateLine('Friday, 23 November 2001')?.iso).toBe('2001-11-23');
    expect(dateLine('пятница, 23 ноября 2001 г.')?.iso).toBe('2001-11-23');
  });

  it('should not take a sentence that mentions a date', () => {
    expect(dateLine('The treaty that we signed on 23 November 2001 has held up well, I think.')).toBeNull();
  });
});

describe('isoDateOf', () => {
  it('should read front-matter values', () => {
    expect(isoDateOf('2025-03-14 14:51:25-04:00')).toBe('2025-03-14');
    expect(isoDateOf(new Date(Date.UTC(1999, 3, 6)))).toBe('1999-04-06');
    expect(isoDateOf('2023-02-29')).toBeNull();
    // A quoted timestamp is the day as printed, not its day in UTC.
    expect(isoDateOf('2025-09-14T23:00:00-07:00')).toBe('2025-09-14');
    expect(isoDateOf('2025-11-04T13:24:55.080Z')).toBe('2025-11-04');
    expect(isoDateOf('2023-02-29T10:00:00Z')).toBeNull();
  });
});
