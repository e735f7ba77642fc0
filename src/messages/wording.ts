/**
 * @module messages/wording
 * A theme's own wording: any word or count of a catalogue replaced, per language, without a fork
 * ("Reporter" for "Question", a colophon sentence of the publisher's house style). Only words and
 * plural forms can be replaced; a sentence the catalogue builds from parts (a function) cannot,
 * and `checkWording` says so with the key's path.
 */
import type { Messages } from './catalogue.js';
import { en } from './en.js';

/** Replacements by language ("en", "de", or "*" for every language), as nested objects of the catalogue's keys. */
export type Wording = Record<string, Record<string, unknown>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A plural entry of a catalogue: an object whose values are all strings, with an `other` form. */
function isPlural(value: unknown): value is Record<string, string> {
  return (
    isRecord(value) && typeof value['other'] === 'string' && Object.values(value).every((v) => typeof v === 'string')
  );
}

/** Problems of a theme's wording, each naming the key path; empty when every replacement fits the catalogue. */
export function checkWording(wording: unknown, path = 'wording'): string[] {
  if (!isRecord(wording)) return [`${path}: expected an object of languages`];
  const problems: string[] = [];
  for (const [language, replacements] of Object.entries(wording)) {
    if (language !== '*' && !/^[a-z]{2,3}$/.test(language))
      problems.push(`${path}.${language}: not a language code (use a primary subtag such as "en", or "*")`);
    else problems.push(...checkAgainst(replacements, en, `${path}.${language}`));
  }
  return problems;
}

function checkAgainst(value: unknown, model: Record<string, unknown>, path: string): string[] {
  if (!isRecord(value)) return [`${path}: expected an object`];
  const problems: string[] = [];
  for (const [key, replacement] of Object.entries(value)) {
    const here = `${path}.${key}`;
    if (!Object.hasOwn(model, key)) {
      problems.push(`${here}: no such message (see src/messages/catalogue.ts)`);
      continue;
    }
    const original = model[key];
    if (typeof original === 'string') {
      if (typeof replacement !== 'string') problems.push(`${here}: expected a string`);
    } else if (typeof original === 'function') {
      problems.push(`${here}: this sentence is built from parts and cannot be replaced; replace the template instead`);
    } else if (isPlural(original)) {
      if (typeof replacement !== 'string' && !isPlural(replacement))
        problems.push(`${here}: expected plural forms such as {"one": "# turn", "other": "# turns"}`);
    } else if (isRecord(original)) problems.push(...checkAgainst(replacement, original, here));
  }
  return problems;
}

function merge(base: unknown, replacement: unknown): unknown {
  if (typeof replacement === 'string' && isPlural(base))
    return Object.fromEntries(Object.keys(base).map((category) => [category, replacement]));
  if (isPlural(base) && isPlural(replacement)) return { ...base, ...replacement };
  if (isRecord(base) && isRecord(replacement) && !isPlural(base)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(replacement)) out[key] = merge(base[key], value);
    return out;
  }
  return replacement;
}

/** A catalogue with a theme's replacements for its language (those for "*" first, then the language's own). */
export function withWording(messages: Messages, language: string, wording: Wording): Messages {
  let out: unknown = messages;
  for (const key of ['*', language]) if (wording[key]) out = merge(out, wording[key]);
  return out as Messages;
}
