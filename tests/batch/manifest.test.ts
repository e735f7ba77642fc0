// The manifest's pieces: one digest of the settings (key order and the templates folder's place
// do not matter; its files' bytes do), when an entry shows an input up to date, and which outputs
// an entry keeps from an earlier run.
import { cpSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  isUpToDate,
  MANIFEST_FORMAT,
  nextEntry,
  settingsDigest,
  type InputState,
  type ManifestEntry,
} from '../../src/batch/manifest.js';
import { defaultTheme, themePresets } from '../../src/theme/default.js';

describe('settings digest', () => {
  it('should not depend on key order, and change with the theme, language, pause, corrections and epoch', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    const base = settingsDigest({ theme: defaultTheme });
    const reordered = Object.fromEntries(Object.entries(defaultTheme).reverse()) as typeof defaultTheme;
    expect(settingsDigest({ theme: reordered })).toBe(base);
    const others = [
      settingsDigest({ theme: themePresets.monochrome }),
      settingsDigest({ theme: defaultTheme, language: 'de' }),
      settingsDigest({ theme: defaultTheme, paragraphPause: 3 }),
      settingsDigest({ theme: defaultTheme, overrides: { meta: { title: 'T' } } }),
      settingsDigest({ theme: defaultTheme, sourceDateEpoch: 1 }),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });

  it("should follow a templates folder's files, not its place", () => {
    const root = mkdtempSync(join(tmpdir(), 'verbatim-digest-'));
    const one = join(root, 'one');
    mkdirSync(join(one, 'epub'), { recursive: true });
    writeFileSync(join(one, 'colophon.hbs'), '{{checksum}}\n');
    writeFileSync(join(one, 'epub', 'page.hbs'), '<html/>\n');
    const two = join(root, 'two');
    cpSync(one, two, { recursive: true });
    const digest = (folder: string) => settingsDigest({ theme: { ...defaultTheme, templates: folder } });
    expect(digest(two)).toBe(digest(one));
    expect(digest(one)).not.toBe(settingsDigest({ theme: defaultTheme }));
    writeFileSync(join(two, 'epub', 'page.hbs'), '<html></html>\n');
    expect(digest(two)).not.toBe(digest(one));
  });

  it("should follow a theme's own font files by their bytes, not their place", () => {
    const root = mkdtempSync(join(tmpdir(), 'verbatim-digest-fonts-'));
    for (const folder of ['a', 'b']) {
      mkdirSync(join(root, folder));
      writeFileSync(join(root, folder, 'Own.ttf'), 'font bytes');
    }
    const withFont = (path: string) =>
      settingsDigest({
        theme: { ...defaultTheme, fonts: { ...defaultTheme.fonts, fallback: [path, ...defaultTheme.fonts.fallback] } },
      });
    expect(withFont(join(root, 'b', 'Own.ttf'))).toBe(withFont(join(root, 'a', 'Own.ttf')));
    writeFileSync(join(root, 'b', 'Own.ttf'), 'other font bytes');
    expect(withFont(join(root, 'b', 'Own.ttf'))).not.toBe(withFont(join(root, 'a', 'Own.ttf')));
    expect(withFont(join(root, 'a', 'Own.ttf'))).not.toBe(settingsDigest({ theme: defaultTheme }));
  });
});

describe('manifest entry', () => {
  const entry: ManifestEntry = {
    manifest: MANIFEST_FORMAT,
    input: 'sub/talk.txt',
    inputSha256: 'in',
    sidecarSha256: null,
    settings: 'set',
    verbatim: '1.0.0',
    outputs: [
      { format: 'md', file: 'sub/talk.md', sha256: 'md-bytes' },
      { format: 'pdf', file: 'sub/talk.pdf', sha256: 'pdf-bytes' },
    ],
  };
  const disk: Record<string, string> = { 'sub/talk.md': 'md-bytes', 'sub/talk.pdf': 'pdf-bytes' };
  const now = (change: Partial<InputState> = {}): InputState => ({
    key: 'sub/talk.txt',
    sidecarSha256: null,
    settings: 'set',
    version: '1.0.0',
    wanted: [{ format: 'md', file: 'sub/talk.md' }],
    inputSha256: () => 'in',
    outputSha256: (file) => disk[file] ?? null,
    ...change,
  });

  it('should show an input up to date only when everything recorded still holds', () => {
    expect(isUpToDate(entry, now())).toBe(true);
    expect(isUpToDate(null, now())).toBe(false);
    expect(isUpToDate(entry, now({ key: 'sub/talk.md' }))).toBe(false);
    expect(isUpToDate(entry, now({ sidecarSha256: 'yaml' }))).toBe(false);
    expect(isUpToDate(entry, now({ settings: 'other' }))).toBe(false);
    expect(isUpToDate(entry, now({ version: '1.0.1' }))).toBe(false);
    expect(isUpToDate(entry, now({ inputSha256: () => 'edited' }))).toBe(false);
    expect(isUpToDate(entry, now({ wanted: [{ format: 'docx', file: 'sub/talk.docx' }] }))).toBe(false);
    expect(isUpToDate(entry, now({ outputSha256: () => null }))).toBe(false);
    expect(isUpToDate(entry, now({ outputSha256: () => 'damaged' }))).toBe(false);
  });

  it('should keep the outputs of other formats only from an entry of the same input and settings', () => {
    const same = { input: 'sub/talk.txt', inputSha256: 'in', sidecarSha256: null, settings: 'set', verbatim: '1.0.0' };
    const docx = [{ format: 'docx', file: 'sub/talk.docx', sha256: 'docx-bytes' }];
    expect(nextEntry(entry, same, docx).outputs.map((o) => o.format)).toEqual(['docx', 'md', 'pdf']);
    const md = [{ format: 'md', file: 'sub/talk.md', sha256: 'new-md' }];
    expect(nextEntry(entry, same, md).outputs).toEqual([md[0], entry.outputs[1]]);
    expect(nextEntry(entry, { ...same, inputSha256: 'edited' }, docx).outputs).toEqual(docx);
    expect(nextEntry(entry, { ...same, settings: 'other' }, docx).outputs).toEqual(docx);
    expect(nextEntry(null, same, docx)).toEqual({ manifest: MANIFEST_FORMAT, ...same, outputs: docx });
  });
});
