/**
 * @module batch/output-names
 * Output file names derived from input names, made safe: no folder parts, no characters that
 * are special to shells or file systems, never empty, never a dot-file, never `..`, at most
 * 100 characters, and unique within one batch. An output can therefore never escape `--out`,
 * whatever the input is called.
 */
import { basename, extname } from 'node:path';

/** A safe base name (no extension) for the outputs of one input file. */
export function safeBaseName(inputPath: string): string {
  const base = basename(inputPath.replace(/\\/g, '/'), extname(inputPath));
  const safe = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 100)
    .replace(/[._-]+$/g, '');
  return safe === '' ? 'transcript' : safe;
}

/** Safe, unique base names for a batch of inputs, in input order. */
export function uniqueBaseNames(inputPaths: string[]): string[] {
  const used = new Map<string, number>();
  return inputPaths.map((path) => {
    const base = safeBaseName(path);
    const key = base.toLowerCase();
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
