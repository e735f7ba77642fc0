/**
 * @module render/zip-archive
 * The ZIP container of the Word and EPUB packages, written so that the same entries give the
 * same bytes on every run, machine and time zone: entries in the order given, every entry dated
 * from the UTC fields of one date, no extra fields, no data descriptors, no directory entries.
 *
 * fflate compresses (pure JavaScript, so the same deflate stream everywhere); this module only
 * lays out the headers. It exists because fflate's `zipSync` cannot take an entry that is
 * already compressed, and the fonts both packages embed (about 1.5 MB) would otherwise be
 * deflated again on every render: a quarter of a whole `verbatim build`. The packagers pack
 * each font once per process (`packOnce`, through `deflate-cache.ts`, which keeps the compressed
 * stream on disk too) and keep only what goes into the archive, not the font's bytes; other
 * entries go through the cache's memory of recent small parts, which most documents share.
 */
import { crc32 } from 'node:zlib';
import { cachedDeflate, recentDeflate } from './deflate-cache.js';

/** An entry as the archive holds it: its size, CRC-32, method and the bytes stored. */
export interface PackedData {
  /** Size of the uncompressed data. */
  size: number;
  crc: number;
  /** DEFLATED, or STORED when deflate does not shrink the data. */
  method: number;
  /** The bytes written into the archive. */
  body: Uint8Array;
}

/** One file of the archive: its data and deflate level (1–9; 0 stores it), or packed ahead (`packOnce`). */
export type ZipEntry =
  | {
      /** Path inside the archive ("OEBPS/style.css"). */
      name: string;
      data: Uint8Array;
      level: number;
    }
  | { name: string; packed: PackedData };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION_NEEDED = 20; // 2.0: deflate
const UTF8_NAME_FLAG = 0x0800;
const STORED = 0;
const DEFLATED = 8;
const ZIP32_LIMIT = 0xffffffff;

/** DOS time and date of `date`'s UTC fields, clamped to what a zip can hold (1980–2107). */
export function dosDateTime(date: Date): { time: number; day: number } {
  const min = Date.UTC(1980, 0, 1);
  const max = Date.UTC(2107, 11, 31, 23, 59, 58);
  const d = new Date(Math.min(max, Math.max(min, date.getTime())));
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    day: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

interface Written {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** `data` as the archive holds it, given its deflate stream (none: stored); what does not shrink is stored, as zip tools do. */
function packed(data: Uint8Array, compressed: { crc: number; deflated: Uint8Array } | null): PackedData {
  if (compressed && compressed.deflated.length < data.length)
    return { size: data.length, crc: compressed.crc, method: DEFLATED, body: compressed.deflated };
  return { size: data.length, crc: compressed ? compressed.crc : crc32(data), method: STORED, body: data };
}

/**
 * `data` packed at `level` for any number of archives (a font every package embeds): compressed
 * once, through `deflate-cache.ts`. Keep the result, not `data`.
 */
export function packOnce(data: Uint8Array, level: number): PackedData {
  return packed(data, cachedDeflate(data, level));
}

/** The archive's bytes: the entries in the given order, all dated `date`. */
export function writeZip(entries: readonly ZipEntry[], date: Date): Uint8Array {
  const { time, day } = dosDateTime(date);
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const entry of entries) {
    if (seen.has(entry.name)) throw new Error(`zip entry ${entry.name} given twice`);
    seen.add(entry.name);
    const name = encoder.encode(entry.name);
    const { size, crc, method, body } =
      'packed' in entry
        ? entry.packed
        : packed(entry.data, entry.level > 0 ? recentDeflate(entry.data, entry.level) : null);
    if (body.length > ZIP32_LIMIT || size > ZIP32_LIMIT || offset > ZIP32_LIMIT)
      throw new Error('zip archive too large (over 4 GB)');
    const flags = /[^\x20-\x7e]/.test(entry.name) ? UTF8_NAME_FLAG : 0;
    const header = new Uint8Array(30 + name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, LOCAL_HEADER, true);
    view.setUint16(4, VERSION_NEEDED, true);
    view.setUint16(6, flags, true);
    view.setUint16(8, method, true);
    view.setUint16(10, time, true);
    view.setUint16(12, day, true);
    view.setUint32(14, crc, true);
    view.setUint32(18, body.length, true);
    view.setUint32(22, size, true);
    view.setUint16(26, name.length, true);
    view.setUint16(28, 0, true);
    header.set(name, 30);
    chunks.push(header, body);
    written.push({ name, flags, method, crc, compressedSize: body.length, size, offset });
    offset += header.length + body.length;
  }
  const directoryStart = offset;
  for (const file of written) {
    const header = new Uint8Array(46 + file.name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, CENTRAL_HEADER, true);
    view.setUint16(4, VERSION_NEEDED, true); // made by: MS-DOS, 2.0 (no Unix permissions to carry)
    view.setUint16(6, VERSION_NEEDED, true);
    view.setUint16(8, file.flags, true);
    view.setUint16(10, file.method, true);
    view.setUint16(12, time, true);
    view.setUint16(14, day, true);
    view.setUint32(16, file.crc, true);
    view.setUint32(20, file.compressedSize, true);
    view.setUint32(24, file.size, true);
    view.setUint16(28, file.name.length, true);
    // Extra field, comment, disk number, internal and external attributes: all zero.
    view.setUint32(42, file.offset, true);
    header.set(file.name, 46);
    chunks.push(header);
    offset += header.length;
  }
  if (written.length > 0xffff) throw new Error('zip archive has too many entries (over 65,535)');
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(8, written.length, true);
  view.setUint16(10, written.length, true);
  view.setUint32(12, offset - directoryStart, true);
  view.setUint32(16, directoryStart, true);
  chunks.push(end);

  const out = new Uint8Array(offset + end.length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
