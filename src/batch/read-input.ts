/**
 * @module batch/read-input
 * Reads one input file for the CLI and `build`, with one-line errors for what can go wrong
 * (missing, a folder, unreadable) and a size limit: a transcript larger than the limit is
 * refused with a message naming the limit and the option that raises it, so a stray 50 MB file
 * cannot take the machine's memory.
 */
import { readFileSync, statSync } from 'node:fs';
import { VerbatimError } from '../errors.js';

/** Default largest input, in megabytes (about 3 million words of transcript). */
export const DEFAULT_MAX_INPUT_MB = 20;

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Read a transcript file, refusing one over `maxMegabytes`. */
export function readInputFile(path: string, maxMegabytes: number = DEFAULT_MAX_INPUT_MB): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new VerbatimError('no-input', `cannot read ${path}: it is a folder`);
    size = stat.size;
  } catch (error) {
    if (error instanceof VerbatimError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new VerbatimError('no-input', `cannot read ${path}: no such file`);
    if (code === 'EACCES') throw new VerbatimError('no-input', `cannot read ${path}: permission denied`);
    throw new VerbatimError('no-input', `cannot read ${path}: ${code ?? (error as Error).message}`);
  }
  if (size > maxMegabytes * 1024 * 1024) {
    throw new VerbatimError(
      'too-large',
      `${path} is ${megabytes(size)} MB, over the ${maxMegabytes} MB input limit (raise it with --max-size ${Math.ceil(size / 1024 / 1024) + 1})`,
    );
  }
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new VerbatimError(
      'no-input',
      `cannot read ${path}: ${code === 'EACCES' ? 'permission denied' : (code ?? (error as Error).message)}`,
    );
  }
}
