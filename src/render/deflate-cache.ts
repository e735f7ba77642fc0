/**
 * @module render/deflate-cache
 * Compresses data that recurs across renders (the embedded fonts) once, not once per document:
 * in memory for the life of the process, and on disk in `dist/deflate-cache/` (written
 * atomically, best effort: a read-only install just keeps the memory cache). Files are named by
 * the SHA-256 of the uncompressed bytes and the level. A cached stream is used only after it
 * inflates back to the expected length and CRC-32, so a damaged or stale file is recomputed,
 * never written into a package. The bytes are those fflate gives, cached or not: outputs do not
 * depend on the cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { deflateSync } from 'fflate';
import { writeFileAtomic } from '../build/write-atomic.js';
import { packagePath } from '../package-files.js';

const DIRECTORY = packagePath('dist', 'deflate-cache');
const memory = new Map<string, Uint8Array>();

function fromDisk(path: string, size: number, crc: number): Uint8Array | null {
  let stored: Buffer;
  try {
    stored = readFileSync(path);
  } catch {
    return null;
  }
  try {
    const inflated = inflateRawSync(stored);
    if (inflated.length !== size || crc32(inflated) !== crc) return null;
  } catch {
    return null;
  }
  return new Uint8Array(stored.buffer, stored.byteOffset, stored.byteLength);
}

function toDisk(path: string, deflated: Uint8Array): void {
  try {
    mkdirSync(DIRECTORY, { recursive: true });
    writeFileAtomic(path, deflated);
  } catch {
    // Best effort: an unwritable package folder only costs the next process the compression.
  }
}

/** The raw deflate stream of `data` at `level` (as fflate's `deflateSync`), from the cache when it has it. */
export function cachedDeflate(data: Uint8Array, level: number, crc: number = crc32(data)): Uint8Array {
  const key = `${createHash('sha256').update(data).digest('hex')}-${level}`;
  const known = memory.get(key);
  if (known) return known;
  const path = join(DIRECTORY, `${key}.deflate`);
  let deflated = fromDisk(path, data.length, crc);
  if (!deflated) {
    deflated = deflateSync(data, { level: level as 1 });
    toDisk(path, deflated);
  }
  memory.set(key, deflated);
  return deflated;
}
