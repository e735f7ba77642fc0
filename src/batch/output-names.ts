/**
 * @module batch/output-names
 * Output file names derived from input names, made safe: no folder parts, no characters that
 * are special to shells or file systems, never empty, never a dot-file, never `..`, at most
 * 100 characters, and unique within one batch. The sub-folders of an input folder are mirrored
 * (each folder name made safe the same way), so two `talk.txt` in different folders never meet.
 * An output can therefore never escape `--out`, whatever the input or its folders are called.
 */
import { basename, extname } from 'node:path';

/** A safe base name (no extension) for the outputs of one input file. */
export function safeBaseName(inputPath: string): string {
  return safeName(basename(inputPath.replace(/\\/g, '/'), extname(inputPath)));
}

/** A name safe as one path segment: letters, digits, `.`, `_` and `-`; never empty or a dot-name. */
export function safeName(name: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 100)
    .replace(/[._-]+$/g, '');
  return safe === '' ? 'transcript' : safe;
}

/** An input file and the sub-folder (relative, `/`-separated, '' for none) its outputs go to. */
export interface PlacedInput {
  path: string;
  folder: string;
}

/**
 * Safe, unique output names for a batch of inputs, in input order: `sub/folder/name` for an
 * input found in a sub-folder of a folder given, `name` otherwise; names that would still meet
 * (`a.txt` and `a.md` side by side) get `-2`, `-3`, ….
 */
export function uniqueBaseNames(inputs: readonly (string | PlacedInput)[]): string[] {
  const used = new Map<string, number>();
  return inputs.map((input) => {
    const { path, folder } = typeof input === 'string' ? { path: input, folder: '' } : input;
    const prefix = folder
      .split('/')
      .filter((part) => part !== '')
      .map(safeName)
      .map((part) => `${part}/`)
      .join('');
    const base = `${prefix}${safeBaseName(path)}`;
    const key = base.toLowerCase();
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
