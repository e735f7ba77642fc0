/**
 * @module messages/messages
 * The catalogue for a transcript's language (English when there is none, and the caller says
 * so in a diagnostic), and the formatting every generated phrase goes through: counts in the
 * language's plural form with the locale's digit grouping, long dates, lists. Whole numbers,
 * dates from year 1000 and lists are written from the catalogue's `forms` (what `Intl` writes,
 * without an ICU object: making one of each kind cost a command ≈ 20 ms, and the CLI's startup
 * snapshot cannot keep them); anything else goes through `Intl`, whose objects are made once per
 * locale and kept (ICU sets up a locale's data once per object).
 */
import type { Messages, Plural, PluralCategory } from './catalogue.js';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { ru } from './ru.js';

/** Every catalogue, by primary language subtag. */
export const CATALOGUES = { en, de, fr, ru } as const satisfies Record<string, Messages>;

/** A language with a catalogue. */
export type CatalogueLanguage = keyof typeof CATALOGUES;

/** The catalogue chosen for a language. */
export interface MessagesChoice {
  messages: Messages;
  /** The primary subtag of the language asked for ("de" for "de-AT"). */
  language: string;
  /** The language has no catalogue: the messages are English. */
  fallback: boolean;
}

function primarySubtag(language: string): string {
  return language.split('-')[0]!.toLowerCase();
}

/** True when a language (BCP 47) has its own catalogue. */
export function hasCatalogue(language: string): boolean {
  return Object.hasOwn(CATALOGUES, primarySubtag(language));
}

/** The catalogue of a BCP 47 language (its primary subtag), English when there is none. */
export function messagesFor(language: string): MessagesChoice {
  const primary = primarySubtag(language);
  if (hasCatalogue(primary))
    return { messages: CATALOGUES[primary as CatalogueLanguage], language: primary, fallback: false };
  return { messages: en, language: primary, fallback: true };
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Drop the formatters made so far (they are made again when next asked for). The CLI's startup
 * snapshot calls this before it is written: V8 cannot keep ICU's objects in a snapshot.
 */
export function forgetLocaleFormats(): void {
  for (const cache of [pluralRules, numberFormats, dateFormats]) cache.clear();
}

function kept<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (value === undefined) {
    value = make();
    cache.set(locale, value);
  }
  return value;
}

/** A whole number 0 or more that `forms` can write (not −0, which `Intl` writes with its sign). */
function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0);
}

/** A number grouped as the catalogue's locale writes it ("2,233", "2.233", "2 233"). */
export function formatNumber(messages: Messages, n: number): string {
  if (isCount(n)) return String(n).replace(/\B(?=(?:\d{3})+$)/g, messages.forms.groupSeparator);
  return kept(numberFormats, messages.locale, () => new Intl.NumberFormat(messages.locale)).format(n);
}

/** The plural category of a count in the catalogue's language. */
export function pluralCategory(messages: Messages, n: number): PluralCategory {
  if (isCount(n)) return messages.forms.plural(n);
  return kept(pluralRules, messages.locale, () => new Intl.PluralRules(messages.locale)).select(n);
}

/** A count in its plural form: `#` replaced by the grouped number. */
export function formatCount(messages: Messages, n: number, forms: Plural): string {
  const form = (forms as Partial<Record<PluralCategory, string>>)[pluralCategory(messages, n)] ?? forms.other;
  return form.replace('#', formatNumber(messages, n));
}

/** An ISO date (YYYY-MM-DD) written out in the catalogue's language ("23 November 2001"). */
export function longDate(iso: string, messages: Messages): string {
  const date = new Date(`${iso}T12:00:00Z`);
  const year = date.getUTCFullYear();
  if (year >= 1000 && year <= 9999)
    return messages.forms.date(date.getUTCDate(), messages.forms.months[date.getUTCMonth()]!, year);
  const format = kept(
    dateFormats,
    messages.locale,
    () => new Intl.DateTimeFormat(messages.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return format.format(date);
}

/** Items joined as a list in the catalogue's language ("A, B and C", "A, B und C"). */
export function joinList(messages: Messages, items: readonly string[]): string {
  const { listPair, listSeparator, listLast } = messages.forms;
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]}${listPair}${items[1]}`;
  return `${items.slice(0, -1).join(listSeparator)}${listLast}${items[items.length - 1]}`;
}

/** The catalogue's phrase for a kind of event, or the kind as the model has it when no catalogue names it. */
export function kindName(messages: Messages, kind: string): string {
  return Object.hasOwn(messages.kinds, kind) ? messages.kinds[kind as keyof Messages['kinds']] : kind;
}

/** Text with its first letter in upper case (the locale's rules). */
export function capitalise(text: string, messages: Messages): string {
  return text.charAt(0).toLocaleUpperCase(messages.locale) + text.slice(1);
}
