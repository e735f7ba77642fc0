/**
 * @module theme/fonts
 * Where theme font files live. A theme names fonts by path inside the project's `fonts/` folder
 * ("source-serif-4/SourceSerif4-Regular.ttf"); this module resolves such a path to a file on disk
 * and says what is wrong with one that does not resolve. The folder is found through
 * `package-files`, so it works from source (tests, tsx), the compiled modules and the bundle.
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, posix } from 'node:path';
import { packagePath } from '../package-files.js';

/** The project's `fonts/` folder, as an absolute path. */
export const FONTS_DIRECTORY: string = packagePath('fonts');

/** The absolute path of a theme font file (a path relative to `fonts/`; not checked). */
export function fontFilePath(relative: string): string {
  return join(FONTS_DIRECTORY, ...relative.split('/'));
}

/**
 * What is wrong with a theme font path, as a phrase that follows the quoted value, or null when
 * it names a `.ttf` or `.otf` file inside `fonts/`.
 */
export function fontFileProblem(relative: string): string | null {
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
