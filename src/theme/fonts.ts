/**
 * @module theme/fonts
 * Where theme font files live. A theme names a font by a path inside the project's `fonts/`
 * folder ("source-serif-4/SourceSerif4-Regular.ttf") or by an absolute path; a theme file may
 * also name its own fonts by paths relative to its folder, which `loadTheme` makes absolute
 * (`themeFontPath`). This module resolves such a path to a file on disk and says what is wrong
 * with one that does not resolve; it also reads the family name a font file gives itself (how
 * Word and CSS name it) and which fallback faces cover CJK. The folder is found through
 * `package-files`, so it works from source (tests, tsx), the compiled modules and the bundle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, resolve } from 'node:path';
import * as fontkit from 'fontkit';
import { packagePath } from '../package-files.js';
import type { Fonts } from './theme.js';

/** The project's `fonts/` folder, as an absolute path. */
export const FONTS_DIRECTORY: string = packagePath('fonts');

/** The absolute path of a theme font file (an absolute path, or a path relative to `fonts/`; not checked). */
export function fontFilePath(path: string): string {
  return isAbsolute(path) ? path : join(FONTS_DIRECTORY, ...path.split('/'));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * A font path as a theme file gives it, made absolute when it is meant relative to the theme
 * file's folder: a file there comes first; then a font in `fonts/` (or one that differs from a
 * name there only in case, so that the error can say which was meant); anything else is taken
 * as the theme's own, so that the error names the file that is missing beside the theme.
 */
export function themeFontPath(value: string, themeFolder: string): string {
  if (isAbsolute(value) || value === '') return value;
  const beside = resolve(themeFolder, value);
  if (isFile(beside)) return beside;
  const segments = value.split('/');
  if (fontFileProblem(value) === null || caseInsensitiveMatch(segments) !== undefined) return value;
  return beside;
}

/**
 * What is wrong with a theme font path, as a phrase that follows the quoted value, or null when
 * it names a `.ttf` or `.otf` file inside `fonts/`, or is an absolute path of one.
 */
export function fontFileProblem(relative: string): string | null {
  if (isAbsolute(relative) && !relative.includes('\\')) {
    if (!/\.(ttf|otf)$/i.test(relative))
      return 'is not a TrueType or OpenType file (expected a name ending in .ttf or .otf)';
    return isFile(relative) ? null : 'is not a file';
  }
  const segments = relative.split('/');
  if (
    relative === '' ||
    relative.includes('\\') ||
    isAbsolute(relative) ||
    posix.isAbsolute(relative) ||
    segments.some((segment) => segment === '' || segment === '.' || segment === '..')
  ) {
    return 'is not a path inside fonts/ (expected a relative path such as "source-serif-4/SourceSerif4-Regular.ttf")';
  }
  if (!/\.(ttf|otf)$/i.test(relative))
    return 'is not a TrueType or OpenType file (expected a name ending in .ttf or .otf)';
  if (existsWithExactCase(segments)) return null;
  const spelt = caseInsensitiveMatch(segments);
  return spelt === undefined
    ? 'is not a file in fonts/'
    : `is not a file in fonts/ (names are case-sensitive: did you mean ${JSON.stringify(spelt)}?)`;
}

/**
 * Whether `fonts/<segments…>` is a file, comparing every name with its exact case, so a theme
 * that works on a case-insensitive disk (macOS, Windows) also works on Linux.
 */
function existsWithExactCase(segments: readonly string[]): boolean {
  let directory = FONTS_DIRECTORY;
  try {
    for (const segment of segments) {
      if (!readdirSync(directory).includes(segment)) return false;
      directory = join(directory, segment);
    }
    return statSync(directory).isFile();
  } catch {
    return false;
  }
}

/** The path of the file under `fonts/` whose names match `segments` but for case, if one exists. */
function caseInsensitiveMatch(segments: readonly string[]): string | undefined {
  let directory = FONTS_DIRECTORY;
  const found: string[] = [];
  try {
    for (const segment of segments) {
      const name = readdirSync(directory).find((entry) => entry.toLowerCase() === segment.toLowerCase());
      if (name === undefined) return undefined;
      found.push(name);
      directory = join(directory, name);
    }
    return statSync(directory).isFile() ? found.join('/') : undefined;
  } catch {
    return undefined;
  }
}

interface FontFileFacts {
  /** Family name (name ID 1): how Word names the face, and the CSS family it installs as. */
  family: string | null;
  /** Whether it has CJK ideographs (U+4E2D). */
  cjk: boolean;
}
const factsCache = new Map<string, FontFileFacts>();

function factsOf(relative: string): FontFileFacts {
  let facts = factsCache.get(relative);
  if (!facts) {
    facts = { family: null, cjk: false };
    try {
      const font = fontkit.create(readFileSync(fontFilePath(relative))) as fontkit.Font;
      facts = {
        family: font.getName('fontFamily', 'en') ?? font.familyName ?? null,
        cjk: font.hasGlyphForCodePoint(0x4e2d),
      };
    } catch {
      // An unreadable file has no facts; embedding or drawing reports it.
    }
    factsCache.set(relative, facts);
  }
  return facts;
}

/** The family name (name ID 1) of a font file in fonts/, or `fallback` when it has none. */
export function fontFamilyName(relative: string, fallback: string): string {
  return factsOf(relative).family ?? fallback;
}

/** The family names of a theme's fallback fonts, in order (for CSS font stacks). */
export function fallbackFamilyNames(fonts: Fonts): string[] {
  return fonts.fallback.map((relative) => factsOf(relative).family).filter((name): name is string => name !== null);
}

/** The family name of the theme's first fallback font with CJK ideographs, if any (Word's East Asian font). */
export function eastAsianFallbackName(fonts: Fonts): string | null {
  const relative = fonts.fallback.find((file) => factsOf(file).cjk);
  return relative === undefined ? null : factsOf(relative).family;
}
