// The ZIP writer of the Word and EPUB packages, and the cache that compresses each font once:
// archives that every reader opens (fflate, Python's zipfile, Info-ZIP's unzip), entries in the
// given order with UTC dates whatever the time zone, no data descriptors or extra fields, the
// same bytes with and without a cache, and a damaged cache file never reaching a package.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { dosDateTime, packOnce, writeZip, type ZipEntry } from '../../src/render/zip-archive.js';
import { packagePath } from '../../src/package-files.js';

const DATE = new Date(Date.UTC(2001, 10, 23, 14, 30, 10));
const ENTRIES: { name: string; data: Uint8Array; level: number }[] = [
  { name: 'mimetype', data: strToU8('application/epub+zip'), level: 0 },
  { name: 'OEBPS/text.xhtml', data: strToU8('<p>Lord Robertson: good afternoon. '.repeat(200)), level: 9 },
  { name: 'OEBPS/random.bin', data: new Uint8Array(randomBytes(4096)), level: 6 },
  { name: 'OEBPS/Ünïcode name.txt', data: strToU8('Привет'), level: 6 },
  { name: 'OEBPS/empty.txt', data: new Uint8Array(0), level: 6 },
];

/** Local headers: name, flags, method, time, date, sizes and extra length, walking the archive. */
function localHeaders(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const headers = [];
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const compressed = view.getUint32(at + 18, true);
    headers.push({
      name: new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength)),
      flags: view.getUint16(at + 6, true),
      method: view.getUint16(at + 8, true),
      time: view.getUint16(at + 10, true),
      day: view.getUint16(at + 12, true),
      compressed,
      size: view.getUint32(at + 22, true),
      extra,
    });
    at += 30 + nameLength + extra + compressed;
  }
  return headers;
}

describe('writeZip', () => {
  const zip = writeZip(ENTRIES, DATE);

  it('should round-trip every entry through fflate, in the given order', () => {
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(ENTRIES.map((e) => e.name));
    for (const entry of ENTRIES) expect(Buffer.from(files[entry.name]!).equals(Buffer.from(entry.data))).toBe(true);
  });

  it('should store mimetype first with no extra field, deflate what shrinks and store what does not', () => {
    const headers = localHeaders(zip);
    expect(headers.map((h) => h.name)).toEqual(ENTRIES.map((e) => e.name));
    expect(headers[0]).toMatchObject({ name: 'mimetype', method: 0, extra: 0, compressed: 20, size: 20, flags: 0 });
    // The local header carries the sizes itself: no data descriptor (flag bit 3).
    for (const h of headers) expect(h.flags & 0x8).toBe(0);
    expect(headers[1]!.method).toBe(8);
    expect(headers[1]!.compressed).toBeLessThan(headers[1]!.size / 10);
    expect(headers[2]!.method).toBe(0); // random bytes do not shrink
    expect(headers[3]!.flags & 0x800).toBe(0x800); // UTF-8 name
    expect(headers[4]).toMatchObject({ method: 0, size: 0, compressed: 0 });
  });

  it("should date every entry from the date's UTC fields", () => {
    const { time, day } = dosDateTime(DATE);
    expect(time).toBe((14 << 11) | (30 << 5) | 5);
    expect(day).toBe((21 << 9) | (11 << 5) | 23);
    for (const h of localHeaders(zip)) expect([h.time, h.day]).toEqual([time, day]);
    expect(dosDateTime(new Date(Date.UTC(1970, 0, 1)))).toEqual(dosDateTime(new Date(Date.UTC(1980, 0, 1))));
  });

  it('should give the same bytes in any time zone', () => {
    const script = `import('${new URL('../../src/render/zip-archive.ts', import.meta.url).href}').then(({ writeZip }) => process.stdout.write(Buffer.from(writeZip([{ name: 'a.txt', data: new TextEncoder().encode('a'.repeat(100)), level: 6 }], new Date(${DATE.getTime()}))).toString('hex')))`;
    const outputs = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'].map(
      (tz) =>
        spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
          encoding: 'utf8',
          env: { ...process.env, TZ: tz },
        }).stdout,
    );
    expect(outputs[0]).toMatch(/^504b0304/);
    expect(new Set(outputs).size).toBe(1);
  });

  it('should refuse an entry given twice', () => {
    expect(() => writeZip([ENTRIES[0]!, ENTRIES[0]!], DATE)).toThrow(/given twice/);
  });

  it("should pass Python's zipfile check and Info-ZIP's unzip -t", () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-zip-'));
    const file = join(dir, 'test.zip');
    writeFileSync(file, zip);
    const python = spawnSync(
      '/usr/bin/python3',
      ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), len(z.namelist()))', file],
      { encoding: 'utf8' },
    );
    expect(python.stdout.trim()).toBe(`None ${ENTRIES.length}`);
    const unzip = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    if (unzip.error) console.log('unzip is not installed: its check was skipped');
    else expect(unzip.stdout).toMatch(/No errors detected/);
  });
});

describe('packed entries (deflate cache)', () => {
  it('should give the same archive packed cold, packed again (from the disk cache) and packed in a fresh module', async () => {
    const font = new Uint8Array(
      randomBytes(2048)
        .toString('hex')
        .repeat(8)
        .split('')
        .map((c) => c.charCodeAt(0)),
    );
    const plain = writeZip([{ name: 'fonts/a.ttf', data: font, level: 6 }], DATE);
    const cold = writeZip([{ name: 'fonts/a.ttf', packed: packOnce(font, 6) }], DATE);
    const warm = writeZip([{ name: 'fonts/a.ttf', packed: packOnce(font, 6) }], DATE);
    vi.resetModules();
    const fresh = await import('../../src/render/zip-archive.js');
    const fromDisk = fresh.writeZip([{ name: 'fonts/a.ttf', packed: fresh.packOnce(font, 6) }], DATE);
    for (const zip of [cold, warm, fromDisk]) expect(Buffer.from(zip).equals(Buffer.from(plain))).toBe(true);
  });

  it('should store packed data that does not shrink', () => {
    const noise = new Uint8Array(randomBytes(4096));
    const zip = writeZip([{ name: 'fonts/noise.bin', packed: packOnce(noise, 6) }], DATE);
    expect(
      Buffer.from(zip).equals(Buffer.from(writeZip([{ name: 'fonts/noise.bin', data: noise, level: 6 }], DATE))),
    ).toBe(true);
    expect(localHeaders(zip)[0]).toMatchObject({ method: 0, size: 4096, compressed: 4096 });
  });

  it('should recompute a damaged cache file instead of packaging it', async () => {
    const data = new Uint8Array(
      Buffer.from(`Verbatim deflate cache test ${randomBytes(16).toString('hex')} `.repeat(300)),
    );
    const expected = writeZip([{ name: 'fonts/b.ttf', data, level: 6 }], DATE);
    packOnce(data, 6); // fills the cache
    const folder = packagePath('dist', 'deflate-cache');
    if (!existsSync(folder))
      return console.log('the package folder is not writable: the disk cache is not used, nothing to damage');
    const { createHash } = await import('node:crypto');
    const key = `${createHash('sha256').update(data).digest('hex')}-6.deflate`;
    expect(readdirSync(folder)).toContain(key);
    // A valid deflate stream of other bytes: right format, wrong content.
    const { deflateRawSync } = await import('node:zlib');
    writeFileSync(join(folder, key), deflateRawSync(Buffer.from('something else entirely')));
    vi.resetModules();
    const fresh = await import('../../src/render/zip-archive.js');
    const entries: ZipEntry[] = [{ name: 'fonts/b.ttf', packed: fresh.packOnce(data, 6) }];
    expect(Buffer.from(fresh.writeZip(entries, DATE)).equals(Buffer.from(expected))).toBe(true);
    const { unzipSync: unzip } = await import('fflate');
    expect(Buffer.from(unzip(fresh.writeZip(entries, DATE))['fonts/b.ttf']!).equals(Buffer.from(data))).toBe(true);
  });
});
