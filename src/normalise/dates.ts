/**
 * @module normalise/dates
 * Finds event dates written the ways transcripts write them ("23 Nov. 2001", "November 27,
 * 1998", "26-Nov-2001", "den 23. Mai 1951", "23 ноября 2001 г.", "2025-07-31") and turns them
 * into ISO dates. A date that does not exist ("31 February 2001") is no date. Also reads the
 * clock times of a recording ("04:22", "1:02:03") as seconds.
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ['january', 'jan', 'januar', 'janvier', 'jänner', 'janv']],
  [2, ['february', 'feb', 'februar', 'février', 'fevrier', 'févr']],
  [3, ['march', 'mar', 'märz', 'maerz', 'mars']],
  [4, ['april', 'apr', 'avril', 'avr']],
  [5, ['may', 'mai']],
  [6, ['june', 'jun', 'juni', 'juin']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil']],
  [8, ['august', 'aug', 'août', 'aout']],
  [9, ['september', 'sep', 'sept', 'septembre']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre']],
  [11, ['november', 'nov', 'novembre']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc']],
  // Russian: nominative, genitive ("23 ноября") and the usual abbreviations.
  [1, ['январь', 'января', 'янв']],
  [2, ['февраль', 'февраля', 'фев', 'февр']],
  [3, ['март', 'марта', 'мар']],
  [4, ['апрель', 'апреля', 'апр']],
  [5, ['май', 'мая']],
  [6, ['июнь', 'июня', 'июн']],
  [7, ['июль', 'июля', 'июл']],
  [8, ['август', 'августа', 'авг']],
  [9, ['сентябрь', 'сентября', 'сен', 'сент']],
  [10, ['октябрь', 'октября', 'окт']],
  [11, ['ноябрь', 'ноября', 'ноя', 'нояб']],
  [12, ['декабрь', 'декабря', 'дек']],
  // Spanish, Italian, Portuguese and Dutch ("02 de agosto de 2019", "3 maart 2021").
  [1, ['enero', 'gennaio', 'janeiro', 'januari']],
  [2, ['febrero', 'febbraio', 'fevereiro', 'februari']],
  [3, ['marzo', 'março', 'maart']],
  [4, ['abril', 'aprile']],
  [5, ['mayo', 'maggio', 'maio', 'mei']],
  [6, ['junio', 'giugno', 'junho']],
  [7, ['julio', 'luglio', 'julho']],
  [8, ['agosto', 'augustus']],
  [9, ['septiembre', 'setiembre', 'settembre', 'setembro']],
  [10, ['octubre', 'ottobre', 'outubro']],
  [11, ['noviembre', 'novembro']],
  [12, ['diciembre', 'dicembre', 'dezembro']],
];
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = month;

const MONTH = '(\\p{L}{3,10})\\.?';
const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})';
// \b is ASCII-only in JavaScript: word edges that also hold next to Cyrillic letters.
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

/** Patterns, each with the order of its groups. */
const PATTERNS: { re: RegExp; order: ('d' | 'm' | 'y')[] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, order: ['y', 'm', 'd'] },
  {
    re: new RegExp(`${START}${DAY}\\.?\\s+(?:de\\s+)?${MONTH}\\s+(?:del?\\s+)?${YEAR}${END}`, 'gu'),
    order: ['d', 'm', 'y'],
  },
  { re: new RegExp(`${START}${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}${END}`, 'gu'), order: ['m', 'd', 'y'] },
  { re: new RegExp(`${START}${DAY}-${MONTH}-${YEAR}${END}`, 'gu'), order: ['d', 'm', 'y'] },
];

/** True when the day exists in that month of that year (the calendar, not just 1–31). */
function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date found in text. */
export interface FoundDate {
  /** ISO YYYY-MM-DD. */
  iso: string;
  /** The matched text. */
  asPrinted: string;
  /** Index of the match in the text. */
  index: number;
}

/** The first plausible date in a string, or null. */
export function findDate(text: string): FoundDate | null {
  for (const { re, order } of PATTERNS) {
    // Every match in turn: "at 10 sharp on 23 Nov 2001" must not stop at "10 sharp on".
    for (const match of text.matchAll(re)) {
      const parts: Record<'d' | 'm' | 'y', string> = { d: '', m: '', y: '' };
      order.forEach((key, i) => (parts[key] = match[i + 1] ?? ''));
      const month = /^\d+$/.test(parts.m) ? Number(parts.m) : MONTHS[parts.m.toLowerCase()];
      const day = Number(parts.d);
      const year = Number(parts.y);
      if (!month || year < 1800 || year > 2200 || !isRealDate(year, month, day)) continue;
      const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return { iso, asPrinted: match[0], index: match.index };
    }
  }
  return null;
}

const DATE_LINE_FILLER =
  /^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|г|года|den|le|the|on|date|dated|[A-Z][a-z]+)[,.:\s*]*)*$/iu;

/** The date of a line that says nothing but a date (with weekday, "den", a town), or null. */
export function dateLine(line: string): FoundDate | null {
  const found = findDate(line);
  if (!found) return null;
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.asPrinted.length))
    .replace(/[*_]/g, ' ')
    .trim();
  if (rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 3) return null;
  return DATE_LINE_FILLER.test(rest.replace(/[.,:]/g, ' ').trim()) ? found : null;
}

/** An ISO date from a front-matter value ("2025-03-14 14:51:25-04:00", a Date, "1999-04-06"). */
export function isoDateOf(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  // ("2025-09-14T11:00:00-07:00", "2025-11-04T13:24:55.080Z": a timestamp a site's front matter quotes.)
  const stamp = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(
    value,
  );
  if (stamp) {
    // (A day the calendar has: "2023-02-29" is none, though Date would roll it on to March.)
    const day = new Date(`${stamp[1]!}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === stamp[1] ? stamp[1] : null;
  }
  return findDate(value)?.iso ?? null;
}

/**
 * Seconds from the start of a recording for a clock time as transcripts print it (`04:22`,
 * `1:02:03`, `00:01:12.5`): minutes and seconds, or hours too; a fraction of a second after a
 * full stop or a comma. Null for any other text.
 */
export function clockSeconds(text: string): number | null {
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!clock) return null;
  const [hours, minutes, seconds] = clock[3] === undefined ? [0, clock[1], clock[2]] : [clock[1], clock[2], clock[3]];
  return (
    Number(hours) * 3600 +
    Number(minutes) * 60 +
    Number(seconds) +
    (clock[4] === undefined ? 0 : Number(`0.${clock[4]}`))
  );
}

/**
 * The span of a speech-to-text segment in brackets: `[0.0, 3.26]` (seconds), `[00:01:02 -->
 * 00:01:05]`, `(1:02 - 1:05)`. Its first time is group 1. Seconds alone need their decimals:
 * `[1, 2]` is a citation.
 */
export const TIME_SPAN =
  /[[(]\s*(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?|\d{1,5}\.\d{1,3})\s*(?:,|-->|->|[-–—]|to)\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?|\d{1,5}\.\d{1,3})\s*[\])]/;

/** Seconds from a time span's first time: a clock time, or seconds with decimals. */
export function spanStartSeconds(start: string): number | null {
  return clockSeconds(start) ?? (/^\d{1,5}\.\d{1,3}$/.test(start) ? Number(start) : null);
}
