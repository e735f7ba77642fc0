/**
 * @module normalise/dates
 * Finds event dates written the ways transcripts write them ("23 Nov. 2001", "November 27,
 * 1998", "26-Nov-2001", "den 23. Mai 1951", "2025-07-31") and turns them into ISO dates.
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
];
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = month;

const MONTH = '([A-Za-zÄäÖöÜüÉéÛû]{3,9})\\.?';
const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})';

/** Patterns, each with the order of its groups. */
const PATTERNS: { re: RegExp; order: ('d' | 'm' | 'y')[] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, order: ['y', 'm', 'd'] },
  { re: new RegExp(`\\b${DAY}\\.?\\s+${MONTH}\\s+${YEAR}\\b`), order: ['d', 'm', 'y'] },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`), order: ['m', 'd', 'y'] },
  { re: new RegExp(`\\b${DAY}-${MONTH}-${YEAR}\\b`), order: ['d', 'm', 'y'] },
];

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
    const match = re.exec(text);
    if (!match) continue;
    const parts: Record<'d' | 'm' | 'y', string> = { d: '', m: '', y: '' };
    order.forEach((key, i) => (parts[key] = match[i + 1] ?? ''));
    const month = /^\d+$/.test(parts.m) ? Number(parts.m) : MONTHS[parts.m.toLowerCase()];
    const day = Number(parts.d);
    const year = Number(parts.y);
    if (!month || day < 1 || day > 31 || year < 1800 || year > 2200) continue;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (Number.isNaN(Date.parse(iso))) continue;
    return { iso, asPrinted: match[0], index: match.index };
  }
  return null;
}

const DATE_LINE_FILLER =
  /^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|den|le|the|on|date|dated|[A-Z][a-z]+)[,.:\s*]*)*$/i;

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
  return findDate(value)?.iso ?? null;
}
