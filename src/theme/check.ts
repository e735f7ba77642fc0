/**
 * @module theme/check
 * Validating themes at the boundary: `checkTheme` for a value, `loadTheme` for a JSON file. A bad
 * theme is refused with one `InvalidOptionError` whose one-line message starts with the key path
 * and says what is wrong with the value and what was expected:
 *
 *     theme.fontz: unknown key (did you mean "fonts"?)
 *     theme.speakers.palette.2: "#12345" is not a colour (expected #rrggbb)
 *     theme.fonts.text.regular: "Nope.ttf" is not a file in fonts/
 *
 * Font files are paths inside the project's `fonts/` folder, or absolute paths; in a theme file,
 * also paths relative to the file's folder (made absolute here, a file there coming first).
 *
 * A theme may be partial: with `"extends": "<preset>"` it sets only the keys it changes, and is
 * deep-merged over the preset before it is checked. Objects merge key by key, except that a font
 * family (`fonts.text`, `fonts.furniture`) is replaced whole, so a new family never inherits the
 * old one's files. Lists (`speakers.palette`, `headings.sizes`) and plain values are replaced.
 * Without `extends` a theme must be complete.
 *
 * After the structure, three rules that span keys: label colours must reach WCAG AA contrast on
 * white unless `speakers.allowLowContrast` is true; semibold labels need a semibold font; and the
 * margins must leave a text block at least 2in (144pt) wide and high.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { InvalidOptionError } from '../errors.js';
import { PRESET_NAMES, isPresetName, themePresets } from './default.js';
import { fontFileProblem, themeFontPath } from './fonts.js';
import { pageGeometry } from './page.js';
import { WCAG_AA_CONTRAST, contrastRatio } from './speakers.js';
import { checkWording } from '../messages/wording.js';
import type { Colour, FontFamily, Theme } from './theme.js';
import { isLength, notALengthMessage, toPt, type Length } from './units.js';

/** Largest font size a theme may set: catches "105pt" typed for "10.5pt". */
const MAX_FONT_SIZE_PT = 72;

/** Smallest text block, in points, the margins must leave on each axis. */
const MIN_TEXT_BLOCK_PT = 144;

/** Show a value in a message: JSON for scalars (shortened), a word for lists and objects. */
function show(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}

/** "a", "b", "c" for messages listing allowed values. */
function quoteAll(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** "1 item", "3 items". */
function items(count: number): string {
  return `${count} item${count === 1 ? '' : 's'}`;
}

/** Points with at most two decimals, for messages. */
function formatPt(points: number): string {
  return `${Number(points.toFixed(2))}pt`;
}

interface LengthBounds {
  /** `nonNegative`: 0 or more; `positive`: more than 0. */
  min: 'nonNegative' | 'positive';
  /** Largest allowed value in points. */
  maxPt?: number;
}

/** What is wrong with a value meant as a length within bounds, or null. */
function lengthProblem(value: unknown, bounds: LengthBounds): string | null {
  if (!isLength(value)) return notALengthMessage(value);
  const points = toPt(value);
  if (bounds.min === 'nonNegative' && points < 0) return `${show(value)} must not be negative`;
  if (bounds.min === 'positive' && points <= 0) return `${show(value)} must be more than 0`;
  if (bounds.maxPt !== undefined && points > bounds.maxPt) {
    return `${show(value)} is larger than the ${bounds.maxPt}pt allowed here`;
  }
  return null;
}

function length(bounds: LengthBounds) {
  return z.custom<Length>((value) => lengthProblem(value, bounds) === null, {
    error: (issue) => lengthProblem(issue.input, bounds) ?? 'invalid length',
  });
}

const spacing = length({ min: 'nonNegative' });
const fontSize = length({ min: 'positive', maxPt: MAX_FONT_SIZE_PT });

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
const colour = z.custom<Colour>((value) => typeof value === 'string' && HEX_COLOUR.test(value), {
  error: (issue) => `${show(issue.input)} is not a colour (expected #rrggbb)`,
});

const fontFile = z.custom<string>((value) => typeof value === 'string' && fontFileProblem(value) === null, {
  error: (issue) =>
    typeof issue.input === 'string'
      ? `${show(issue.input)} ${fontFileProblem(issue.input) ?? 'is not a font file'}`
      : `expected a path inside fonts/, got ${show(issue.input)}`,
});

const fontFamily = z.strictObject({
  name: z.string().min(1),
  regular: fontFile,
  italic: fontFile,
  bold: fontFile,
  boldItalic: fontFile.exactOptional(),
  semibold: fontFile.exactOptional(),
});

const familyRole = z.enum(['text', 'furniture']);

/** The structure of a complete theme. `ThemeSchemaMatchesType` keeps it equal to `Theme`. */
export const themeSchema = z.strictObject({
  name: z.string().min(1),
  page: z.strictObject({
    size: z.enum(['a4', 'letter', 'a5']),
    mirrored: z.boolean(),
    margins: z.strictObject({ top: spacing, bottom: spacing, inner: spacing, outer: spacing }),
  }),
  fonts: z.strictObject({ text: fontFamily, furniture: fontFamily, fallback: z.array(fontFile) }),
  text: z.strictObject({
    size: fontSize,
    leading: z.number().min(1).max(3),
    paragraphSpacing: spacing,
    turnSpacing: spacing,
    firstLineIndent: spacing,
    justify: z.boolean(),
    hyphenate: z.boolean(),
  }),
  headings: z.strictObject({
    family: familyRole,
    sizes: z.tuple([fontSize, fontSize, fontSize]),
    spaceBefore: spacing,
    spaceAfter: spacing,
  }),
  title: z.strictObject({ size: fontSize }),
  labels: z.strictObject({
    transform: z.enum(['small-caps', 'uppercase', 'none']),
    weight: z.enum(['regular', 'semibold', 'bold']),
    family: familyRole,
    separator: z.string().max(10),
    layout: z.enum(['run-in', 'block']),
  }),
  speakers: z.strictObject({
    palette: z.array(colour).min(1),
    questioner: colour,
    group: colour,
    unknown: colour,
    byParticipant: z.record(z.string().min(1), colour).default({}),
    allowLowContrast: z.boolean(),
  }),
  colours: z.strictObject({ text: colour, muted: colour, rule: colour, link: colour }),
  marks: z.strictObject({
    brackets: z.enum(['square', 'round']),
    italic: z.boolean(),
    showTimeMarks: z.boolean(),
  }),
  notes: z.strictObject({ placement: z.enum(['footnote', 'endnote']), size: fontSize }),
  paragraphNumbers: z.strictObject({ show: z.boolean(), size: fontSize }),
  pdf: z.strictObject({ runningHead: z.boolean(), folio: z.boolean(), pdfA: z.boolean(), tagged: z.boolean() }),
  docx: z.strictObject({ embedFonts: z.boolean() }),
  epub: z.strictObject({ maxChapterBytes: z.number().int().min(10_000), embedFonts: z.boolean() }),
  // Checked against the English catalogue by `checkWording` (cross-key rules below).
  wording: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  templates: z.string().min(1).nullable().default(null),
});

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compile-time proof that the schema and the hand-written `Theme` describe the same object. */
export const ThemeSchemaMatchesType: Equal<z.infer<typeof themeSchema>, Theme> = true;

/** Paths whose objects replace the base's whole instead of merging into it. */
const REPLACED_WHOLE = new Set(['fonts.text', 'fonts.furniture']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merge `overlay` over `base` (see the module comment); returns fresh objects. */
function merge(base: unknown, overlay: unknown, path: string): unknown {
  if (!isPlainObject(base) || !isPlainObject(overlay) || REPLACED_WHOLE.has(path)) return structuredClone(overlay);
  const result: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(overlay)) {
    const merged = Object.hasOwn(result, key)
      ? merge(result[key], value, path === '' ? key : `${path}.${key}`)
      : structuredClone(value);
    // defineProperty, not assignment: a JSON key "__proto__" stays an own (and so unknown) key.
    Object.defineProperty(result, key, { value: merged, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/** A key path as messages print it: `theme.speakers.palette.2`. */
function keyPath(path: readonly PropertyKey[]): string {
  return [
    'theme',
    ...path.map((key) =>
      typeof key === 'string' && !/^[A-Za-z0-9_$-]+$/.test(key) ? JSON.stringify(key) : String(key),
    ),
  ].join('.');
}

/** The value at `path` inside `data`, and whether the last key is present at all. */
function valueAt(data: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let current: unknown = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key))
      return { present: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value: current };
}

/** The keys the schema allows in the object at `path` (plus `extends` at the root). */
function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = themeSchema;
  for (const key of path) {
    if (!(schema instanceof z.ZodObject)) return [];
    const inner = (schema.shape as Record<string, z.ZodType>)[String(key)];
    if (inner === undefined) return [];
    schema = inner;
  }
  if (!(schema instanceof z.ZodObject)) return [];
  const keys = Object.keys(schema.shape);
  return path.length === 0 ? [...keys, 'extends'] : keys;
}

/** Levenshtein edit distance, for "did you mean". */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The allowed key closest to a misspelt one, if it is close enough to be what was meant. */
function closestKey(key: string, allowed: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of allowed) {
    const distance = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, candidate);
    if (best === undefined || distance < best.distance) best = { key: candidate, distance };
  }
  const limit = key.length <= 4 ? 1 : 2;
  return best !== undefined && best.distance <= limit ? best.key : undefined;
}

const EXPECTED_TYPE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  tuple: 'a list',
};

/** One zod issue as a one-line message naming the key path. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown, extended: boolean): string {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const allowed = allowedKeysAt(issue.path);
    const suggestion = closestKey(key, allowed);
    const hint =
      suggestion !== undefined ? `did you mean ${JSON.stringify(suggestion)}?` : `expected one of ${quoteAll(allowed)}`;
    const more = issue.keys.length > 1 ? `; also unknown here: ${quoteAll(issue.keys.slice(1))}` : '';
    return `${keyPath([...issue.path, key])}: unknown key (${hint})${more}`;
  }
  const at = keyPath(issue.path);
  const { present, value } = valueAt(data, issue.path);
  if (!present) {
    const hint = extended
      ? ''
      : ' (a theme without "extends" must set every key; add "extends": "default" to set only some)';
    return `${at}: required key is missing${hint}`;
  }
  switch (issue.code) {
    case 'invalid_value':
      return `${at}: ${show(value)} is not one of ${quoteAll(issue.values)}`;
    case 'invalid_type':
      return `${at}: expected ${EXPECTED_TYPE[issue.expected] ?? issue.expected}, got ${value === null ? 'null' : show(value)}`;
    case 'too_small':
      if (issue.origin === 'array')
        return `${at}: has ${items((value as unknown[]).length)}, expected at least ${issue.minimum}`;
      if (issue.origin === 'string') return `${at}: must not be empty`;
      return `${at}: ${show(value)} is below the minimum of ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array')
        return `${at}: has ${items((value as unknown[]).length)}, expected at most ${issue.maximum}`;
      if (issue.origin === 'string') return `${at}: ${show(value)} is longer than ${issue.maximum} characters`;
      return `${at}: ${show(value)} is above the maximum of ${issue.maximum}`;
    default:
      return `${at}: ${issue.message}`;
  }
}

/**
 * Unknown keys first, since a misspelt key is usually why another is missing; and a missing key
 * that an unknown one is a misspelling of is left out, as the "did you mean" already covers it.
 */
function orderIssues(issues: readonly z.core.$ZodIssue[], data: unknown): z.core.$ZodIssue[] {
  const unknown = issues.filter((issue) => issue.code === 'unrecognized_keys');
  const explained = new Set<string>();
  for (const issue of unknown) {
    const allowed = allowedKeysAt(issue.path);
    for (const key of issue.keys) {
      const suggestion = closestKey(key, allowed);
      if (suggestion !== undefined) explained.add(keyPath([...issue.path, suggestion]));
    }
  }
  const rest = issues.filter(
    (issue) =>
      issue.code !== 'unrecognized_keys' && !(explained.has(keyPath(issue.path)) && !valueAt(data, issue.path).present),
  );
  return [...unknown, ...rest];
}

/** The rules that span keys (see the module comment); one message per problem. */
function crossKeyProblems(theme: Theme): string[] {
  const problems: string[] = checkWording(theme.wording, 'theme.wording');
  if (theme.templates !== null && !existsSync(theme.templates))
    problems.push(`theme.templates: the folder ${show(theme.templates)} does not exist`);
  if (!theme.speakers.allowLowContrast) {
    const labelColours: [string, Colour][] = [
      ...theme.speakers.palette.map((value, index): [string, Colour] => [`palette.${index}`, value]),
      ['questioner', theme.speakers.questioner],
      ['group', theme.speakers.group],
      ['unknown', theme.speakers.unknown],
      ...Object.entries(theme.speakers.byParticipant).map(([who, value]): [string, Colour] => [
        `byParticipant.${who}`,
        value,
      ]),
    ];
    for (const [key, value] of labelColours) {
      const ratio = contrastRatio(value, '#ffffff');
      if (ratio < WCAG_AA_CONTRAST) {
        problems.push(
          `theme.speakers.${key}: ${show(value)} has contrast ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1 on white, ` +
            `below the WCAG AA minimum of ${WCAG_AA_CONTRAST}:1 (set speakers.allowLowContrast to true to allow it)`,
        );
      }
    }
  }
  const labelFamily: FontFamily = theme.fonts[theme.labels.family];
  if (theme.labels.weight === 'semibold' && labelFamily.semibold === undefined) {
    problems.push(`theme.labels.weight: "semibold" needs fonts.${theme.labels.family}.semibold, which is not set`);
  }
  const page = pageGeometry(theme);
  const { margins, size } = theme.page;
  if (page.textWidth < MIN_TEXT_BLOCK_PT) {
    problems.push(
      `theme.page.margins: inner ${margins.inner} and outer ${margins.outer} leave a text block ${formatPt(page.textWidth)} wide ` +
        `on ${size} paper (${formatPt(page.width)}); at least ${MIN_TEXT_BLOCK_PT}pt is needed`,
    );
  }
  if (page.textHeight < MIN_TEXT_BLOCK_PT) {
    problems.push(
      `theme.page.margins: top ${margins.top} and bottom ${margins.bottom} leave a text block ${formatPt(page.textHeight)} high ` +
        `on ${size} paper (${formatPt(page.height)}); at least ${MIN_TEXT_BLOCK_PT}pt is needed`,
    );
  }
  return problems;
}

/** Throw the first problem, saying how many more there are. */
function refuse(problems: readonly string[]): never {
  const [first = 'theme: invalid', ...rest] = problems;
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`;
  throw new InvalidOptionError(`${first}${more}`);
}

/**
 * Check a theme value (parsed JSON or an object built in code) and return it as a `Theme`: a
 * complete theme, or a partial one with `"extends": "<preset>"` merged over that preset. Throws
 * `InvalidOptionError` naming the key path of the first problem (see the module comment).
 */
export function checkTheme(data: unknown): Theme {
  if (!isPlainObject(data))
    throw new InvalidOptionError(`theme: expected an object, got ${data === null ? 'null' : show(data)}`);
  let candidate: unknown = data;
  const extended = Object.hasOwn(data, 'extends');
  if (extended) {
    const { extends: base, ...overrides } = data;
    if (typeof base !== 'string' || !isPresetName(base)) {
      throw new InvalidOptionError(
        `theme.extends: ${show(base)} is not a preset (expected one of ${quoteAll(PRESET_NAMES)})`,
      );
    }
    candidate = merge(themePresets[base], overrides, '');
  }
  const result = themeSchema.safeParse(candidate);
  if (!result.success) {
    refuse(orderIssues(result.error.issues, candidate).map((issue) => describeIssue(issue, candidate, extended)));
  }
  const theme = result.data;
  const problems = crossKeyProblems(theme);
  if (problems.length > 0) refuse(problems);
  return theme;
}

/** Why a file could not be read, in a few words. */
function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}

/**
 * Read a theme from a JSON file and check it like `checkTheme`. A file that does not set `name`
 * is named after the file ("house-style.json" → "house-style"). Every error names the file:
 * `themes/x.json: cannot read the theme file (no such file)`,
 * `themes/x.json: the theme file is not valid JSON (…)`, `themes/x.json: theme.page.size: …`.
 */
export function loadTheme(path: string): Theme {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InvalidOptionError(`${path}: cannot read the theme file (${readFailure(error)})`);
  }
  let data: unknown;
  const source = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at ? lineAndColumn(source, Number(at[1])) : null;
    throw new InvalidOptionError(
      `${path}${where ? `:${where}` : ''}: the theme file is not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '')})`,
    );
  }
  if (isPlainObject(data) && !Object.hasOwn(data, 'name')) data = { name: basename(path, extname(path)), ...data };
  // A template folder named in a theme file is relative to the file, and so may its fonts be.
  if (isPlainObject(data) && typeof data['templates'] === 'string')
    data = { ...data, templates: resolve(dirname(path), data['templates']) };
  if (isPlainObject(data) && isPlainObject(data['fonts']))
    data = { ...data, fonts: fontsBesideTheFile(data['fonts'], dirname(path)) };
  try {
    return checkTheme(data);
  } catch (error) {
    if (!(error instanceof InvalidOptionError)) throw error;
    const where = locateKey(source, error.message);
    throw new InvalidOptionError(`${path}${where ? `:${where}` : ''}: ${error.message}`);
  }
}

/** The font paths of a theme file's `fonts` object, made absolute where they are the file's own (`themeFontPath`). */
function fontsBesideTheFile(fonts: Record<string, unknown>, folder: string): Record<string, unknown> {
  const fix = (value: unknown) => (typeof value === 'string' ? themeFontPath(value, folder) : value);
  const out: Record<string, unknown> = { ...fonts };
  for (const role of ['text', 'furniture']) {
    const family = fonts[role];
    if (isPlainObject(family))
      out[role] = Object.fromEntries(
        Object.entries(family).map(([key, value]) => [key, key === 'name' ? value : fix(value)]),
      );
  }
  if (Array.isArray(fonts['fallback'])) out['fallback'] = fonts['fallback'].map(fix);
  return out;
}

/** "line:column" (1-based) of an offset in a text. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/**
 * Where the key a theme message names (`theme.speakers.palette.2: …`) stands in the file: the
 * deepest part of its path that the file has (a missing key points at its parent).
 */
function locateKey(text: string, message: string): string | null {
  const named = /^theme\.([^:\s]+):/.exec(message);
  if (!named) return null;
  const document = parseDocument(text, { keepSourceTokens: true });
  const path = named[1]!.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  for (let length = path.length; length > 0; length--) {
    const node: unknown = document.getIn(path.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineAndColumn(text, keyOffset(text, range[0], path[length - 1]));
  }
  return null;
}

/** The offset of a key's name before its value (the value's offset when the key is not found just before it). */
function keyOffset(text: string, valueOffset: number, key: string | number | undefined): number {
  if (typeof key !== 'string') return valueOffset;
  const at = text.lastIndexOf(JSON.stringify(key), valueOffset);
  return at >= 0 ? at : valueOffset;
}
