/**
 * @module render/deflate-cache
 * Compresses data that recurs across renders (the embedded fonts) once, not once per document:
 * the packagers keep what `zip-archive.ts` `packOnce` makes of it for the life of the process,
 * and this module keeps the stream on disk in `dist/deflate-cache/` for the next processes
 * (written atomically, best effort: a read-only install compresses once per process). Files are
 * named by the SHA-256 of the uncompressed bytes and the level. A cached stream is used only after it
 * inflates back to the expected length and CRC-32, so a damaged or stale file is recomputed,
 * never written into a package. The bytes are those fflate gives, cached or not: outputs do not
 * depend on the cache.
 *
 * `recentDeflate` keeps, in memory only, the small parts of the latest packages (relationships,
 * settings, numbering, styles, the EPUB's CSS …), most of which are the same bytes in every
 * document: each call of fflate's deflate costs about half a millisecond however small its input
 * (it allocates and clears its tables), and a Word package has twenty such parts. The CLI's
 * startup snapshot starts with those of the example it rendered.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { deflateSync } from 'fflate';
import { writeFileAtomic } from '../write-atomic.js';
import { packagePath } from '../package-files.js';

/** Where compressed fonts are kept between processes. */
export const DEFLATE_CACHE_DIRECTORY = packagePath('dist', 'deflate-cache');

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
    mkdirSync(DEFLATE_CACHE_DIRECTORY, { recursive: true });
    writeFileAtomic(path, deflated);
  } catch {
    // Best effort: an unwritable package folder only costs the next process the compression.
  }
}

/** A compressed entry: the CRC-32 of the data and its raw deflate stream. */
export interface CompressedEntry {
  crc: number;
  deflated: Uint8Array;
}

/** The cache key of `data` compressed at `level`: its SHA-256 and the level. */
function keyOf(data: Uint8Array, level: number): string {
  return `${createHash('sha256').update(data).digest('hex')}-${level}`;
}

/** The CRC-32 of `data` and its raw deflate stream at `level` (as fflate's `deflateSync`), from the disk cache when it has it. */
export function cachedDeflate(data: Uint8Array, level: number): CompressedEntry {
  const crc = crc32(data);
  const path = join(DEFLATE_CACHE_DIRECTORY, `${keyOf(data, level)}.deflate`);
  let deflated = fromDisk(path, data.length, crc);
  if (!deflated) {
    deflated = deflateSync(data, { level: level as 1 });
    toDisk(path, deflated);
  }
  return { crc, deflated };
}

/** Parts larger than this are compressed each time (a document's own text rarely recurs). */
const RECENT_MAX_BYTES = 64 * 1024;
/** How many recent parts are kept (each at most RECENT_MAX_BYTES before compression). */
const RECENT_MAX_ENTRIES = 256;
const recent = new Map<string, CompressedEntry>();

/** The CRC-32 of `data` and its raw deflate stream at `level` (as fflate's `deflateSync`), kept for the next packages when it is small. */
export function recentDeflate(data: Uint8Array, level: number): CompressedEntry {
  const crc = crc32(data);
  if (data.length > RECENT_MAX_BYTES) return { crc, deflated: deflateSync(data, { level: level as 1 }) };
  const key = keyOf(data, level);
  const seen = recent.get(key);
  if (seen) {
    // Most recently used last, so that the parts every document shares are never the ones dropped.
    recent.delete(key);
    recent.set(key, seen);
    return seen;
  }
  const entry = { crc, deflated: deflateSync(data, { level: level as 1 }) };
  recent.set(key, entry);
  if (recent.size > RECENT_MAX_ENTRIES) recent.delete(recent.keys().next().value!);
  return entry;
}
