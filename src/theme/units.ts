/**
 * @module theme/units
 * Lengths as the theme writes them (`"10.5pt"`, `"20mm"`, `"2cm"`, `"1in"`) and their conversion
 * for each renderer: points for pdfkit, twips and half-points for DOCX, CSS lengths for EPUB.
 * Also the paper sizes, in points, that the theme's `page.size` names.
 */
import { InvalidOptionError } from '../errors.js';

/** A length with its unit: points, millimetres, centimetres or inches. */
export type Length = `${number}pt` | `${number}mm` | `${number}cm` | `${number}in`;

/** The units a `Length` may carry. */
export type LengthUnit = 'pt' | 'mm' | 'cm' | 'in';

/** Points per unit (1in = 72pt, 1in = 25.4mm). */
const POINTS_PER: Record<LengthUnit, number> = {
  pt: 1,
  mm: 72 / 25.4,
  cm: 72 / 2.54,
  in: 72,
};

/** A plain decimal number (optionally negative) followed directly by a unit; no exponent, no space. */
const LENGTH_PATTERN = /^(-?(?:\d+(?:\.\d+)?|\.\d+))(pt|mm|cm|in)$/;

/** What every "not a length" message says is expected. */
export const LENGTH_EXPECTED = 'expected a number followed by pt, mm, cm or in, e.g. "10.5pt"';

/** Whether a value is a well-formed `Length` string. */
export function isLength(value: unknown): value is Length {
  return typeof value === 'string' && LENGTH_PATTERN.test(value);
}

/** The one-line description of a value that is not a length, without a key. */
export function notALengthMessage(value: unknown): string {
  return `${JSON.stringify(value) ?? String(value)} is not a length (${LENGTH_EXPECTED})`;
}

function failLength(value: unknown, key: string | undefined): never {
  throw new InvalidOptionError(`${key === undefined ? '' : `${key}: `}${notALengthMessage(value)}`);
}

/**
 * Check a string as a length; throws `InvalidOptionError` naming `key` (when given) and the value.
 * `parseLength("11", "theme.text.size")` fails with
 * `theme.text.size: "11" is not a length (expected a number followed by pt, mm, cm or in, e.g. "10.5pt")`.
 */
export function parseLength(value: string, key?: string): Length {
  if (!isLength(value)) failLength(value, key);
  return value;
}

/** Split a length into its number and unit; throws like `parseLength` for a malformed one. */
export function splitLength(length: string, key?: string): { value: number; unit: LengthUnit } {
  const match = LENGTH_PATTERN.exec(length);
  const number = match?.[1];
  const unit = match?.[2] as LengthUnit | undefined;
  if (number === undefined || unit === undefined) failLength(length, key);
  return { value: Number(number), unit };
}

/** A length in PostScript points (1/72 in), the unit of pdfkit. */
export function toPt(length: Length): number {
  const { value, unit } = splitLength(length);
  return value * POINTS_PER[unit];
}

/** A length in twips (1/20 pt), rounded to a whole number: DOCX margins, indents, spacing. */
export function toTwip(length: Length): number {
  return Math.round(toPt(length) * 20);
}

/** A length in half-points, rounded to a whole number: DOCX font sizes (`w:sz`). */
export function toHalfPoints(length: Length): number {
  return Math.round(toPt(length) * 2);
}

/** A length for CSS: the same string (pt, mm, cm and in are all CSS absolute units), validated. */
export function toCss(length: Length): string {
  return parseLength(length);
}

/** The paper sizes a theme can name. */
export type PageSize = 'a4' | 'letter' | 'a5';

/** Paper sizes in points, portrait (width × height), as pdfkit defines them. */
export const PAPER_SIZES: Readonly<Record<PageSize, { readonly width: number; readonly height: number }>> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
  a5: { width: 419.53, height: 595.28 },
};
