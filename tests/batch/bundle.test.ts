// The CLI's single-file bundle (dist/verbatim.cjs, built by scripts/bundle.mjs) and its code
// cache: the bundle writes the same bytes as the compiled modules for every format, V8 accepts
// the cache the build made, and a cache made for other bytes is ignored, never run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE, PRESS_CONFERENCE } from '../helpers/fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = join(ROOT, 'dist', 'verbatim.cjs');
const FORMATS = ['pdf', 'docx', 'epub', 'md'];

function build(entry: 'bundle' | 'modules', input: string, out: string) {
  const script =
    entry === 'bundle'
      ? `require(${JSON.stringify(join(ROOT, 'bin', 'bundle-loader.cjs'))}).loadBundle().exports.main(process.argv.slice(1)).then((c) => { process.exitCode = c; })`
      : `import(${JSON.stringify(join(ROOT, 'dist', 'cli.js'))}).then((m) => m.main(process.argv.slice(1))).then((c) => { process.exitCode = c; })`;
  const result = spawnSync(process.execPath, ['-e', script, 'build', input, '--to', FORMATS.join(','), '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1000000000' },
  });
  expect(result.status, result.stderr).toBe(0);
}

function loaderReport(root: string): { accepted: boolean; version: string } {
  const script = `const b = require(${JSON.stringify(join(root, 'bin', 'bundle-loader.cjs'))}).loadBundle(); const lines = []; const write = process.stdout.write.bind(process.stdout); process.stdout.write = (s) => { lines.push(String(s)); return true; }; b.exports.main(['--version']).then(() => { process.stdout.write = write; write(JSON.stringify({ accepted: b.cacheAccepted, version: lines.join('').trim() })); });`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { accepted: boolean; version: string };
}

describe('CLI bundle', () => {
  it('should exist after the build, with a code cache V8 accepts', () => {
    expect(existsSync(BUNDLE), 'dist/verbatim.cjs is missing: run npm run build').toBe(true);
    const report = loaderReport(ROOT);
    expect(report.accepted).toBe(true);
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  const inputs = [PRESS_CONFERENCE, FIXTURE.landtagGerman, FIXTURE.podcastWebVtt];
  it.each(inputs)('should write the same bytes as the compiled modules in every format: %s', (input) => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-bundle-'));
    build('bundle', input, join(dir, 'bundle'));
    build('modules', input, join(dir, 'modules'));
    const name = input
      .split('/')
      .pop()!
      .replace(/\.[^.]+$/, '');
    for (const format of FORMATS) {
      const a = readFileSync(join(dir, 'bundle', `${name}.${format}`));
      const b = readFileSync(join(dir, 'modules', `${name}.${format}`));
      expect(a.equals(b), `${name}.${format}`).toBe(true);
    }
  });

  it('should ignore a code cache made for other bytes and still run', () => {
    const root = mkdtempSync(join(tmpdir(), 'verbatim-bundle-cache-'));
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'dist'));
    copyFileSync(join(ROOT, 'bin', 'bundle-loader.cjs'), join(root, 'bin', 'bundle-loader.cjs'));
    copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
    // The same length as the real bundle (V8 itself would accept the cache), other bytes.
    const source = readFileSync(BUNDLE, 'utf8');
    writeFileSync(
      join(root, 'dist', 'verbatim.cjs'),
      source.replace('const __verbatimBundleUrl', 'let   __verbatimBundleUrl'),
    );
    copyFileSync(`${BUNDLE}.cache`, join(root, 'dist', 'verbatim.cjs.cache'));
    const report = loaderReport(root);
    expect(report.accepted).toBe(false);
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
