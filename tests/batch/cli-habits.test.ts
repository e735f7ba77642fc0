// Command-line habits of pandoc and Typst users (issue #14): standard input, one named output
// file (-o, -o -), --out that names a file refused, option values in any case, usage errors
// exit 2, `verbatim themes`, skipped files listed, sub-folders mirrored, defaults shown once,
// --quiet.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'verbatim.js');
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'press-conference.txt'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'verbatim-habits-'));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  for (const folder of ['in/spring', 'in/autumn']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'in/spring/talk.txt'), EXAMPLE);
  writeFileSync(join(dir, 'in/autumn/talk.txt'), EXAMPLE.replaceAll('Reyes', 'Autumnsen'));
  writeFileSync(join(dir, 'in/minutes.pdf'), '%PDF-1.4 not a transcript');
  writeFileSync(join(dir, 'talk.txt'), EXAMPLE);
});

describe('verbatim build, as pandoc and Typst users expect', () => {
  it('should read standard input with -', () => {
    const { code, stderr } = run(['build', '-', '--to', 'md', '--out', 'stdin-out'], EXAMPLE);
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(dir, 'stdin-out', 'transcript.md'), 'utf8')).toContain('Marlow');
  });

  it('should write one file with -o, the format taken from its extension', () => {
    const { code, stderr } = run(['build', 'talk.txt', '-o', 'edition.epub']);
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(dir, 'edition.epub')).subarray(0, 2).toString()).toBe('PK');
    expect(stderr).toContain('→ edition.epub');
  });

  it('should write to standard output with -o - and --to', () => {
    const { code, stdout } = run(['build', '-', '-o', '-', '--to', 'md'], EXAMPLE);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^---\ntitle: /);
  });

  it('should give the same bytes with -o as a folder build', () => {
    expect(run(['build', 'talk.txt', '-o', 'one.md']).code).toBe(0);
    expect(run(['build', 'talk.txt', '--to', 'md', '--out', 'folder']).code).toBe(0);
    expect(readFileSync(join(dir, 'one.md'))).toEqual(readFileSync(join(dir, 'folder', 'talk.md')));
  });

  it.each([
    [['build', 'talk.txt', '--out', 'x.pdf'], '--out x.pdf: --out names a folder; to write one file, use -o x.pdf'],
    [['build', 'talk.txt', 'talk.txt', '-o', 'a.pdf'], '-o writes one file: give one input, not 2'],
    [['build', 'talk.txt', '-o', 'a.txt'], 'cannot tell the format from the extension'],
    [['build', '-', '-o', '-'], 'say which format with --to'],
    [['build', 'talk.txt', '--to', 'pdf,md', '-o', 'a.pdf'], 'give one format with --to'],
    [['build', 'talk.txt', '-o', 'a.pdf', '--out', 'folder'], 'not both'],
    [['build', 'talk.txt', '--to', 'tiff'], 'unknown format "tiff"'],
    [['build', 'talk.txt', '--paper', 'B5'], '"b5" is not a paper size'],
    [['build', 'talk.txt', '--jobs', 'many'], '--jobs'],
    [['build', 'talk.txt', '--frobnicate'], "unknown option '--frobnicate'"],
  ])('should refuse %j as a usage error (exit 2, one line)', (args, message) => {
    const { code, stderr } = run(args, '');
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'x.pdf')) || existsSync(join(dir, 'a.pdf'))).toBe(false);
  });

  it('should take option values in any case', () => {
    const { code, stderr } = run([
      'build',
      'talk.txt',
      '--to',
      'MD',
      '--paper',
      'A4',
      '--theme',
      'Monochrome',
      '--out',
      'caps',
    ]);
    expect(code, stderr).toBe(0);
    expect(existsSync(join(dir, 'caps', 'talk.md'))).toBe(true);
  });

  it('should mirror sub-folders, so two talk.txt never collide, and list the files it skipped', () => {
    const { code, stderr } = run(['build', 'in', '--to', 'md', '--out', 'mirror']);
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(dir, 'mirror', 'spring', 'talk.md'), 'utf8')).toContain('Reyes');
    expect(readFileSync(join(dir, 'mirror', 'autumn', 'talk.md'), 'utf8')).toContain('Autumnsen');
    expect(stderr).toContain('skipped 1 file that is not a transcript Verbatim reads: in/minutes.pdf');
  });

  it('should print nothing but failures with --quiet', () => {
    const quiet = run(['build', 'talk.txt', '--to', 'md', '--out', 'quiet', '-q']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const failing = run(['build', 'talk.txt', join(dir, 'missing.txt'), '--to', 'md', '--out', 'quiet', '-q']);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain('missing.txt');
  });

  it('should list the theme presets', () => {
    const { code, stdout } = run(['themes']);
    expect(code).toBe(0);
    expect(stdout.split('\n').map((line) => line.split(/\s+/)[0])).toEqual(
      expect.arrayContaining(['default', 'monochrome', 'letter', 'a5-book']),
    );
  });

  it('should show each default once in --help', () => {
    const { stdout } = run(['build', '--help']);
    const text = stdout.replace(/\s+/g, ' ');
    for (const option of ['--to', '--out', '--theme', '--jobs', '--max-size']) {
      const start = text.indexOf(`${option} <`);
      const line = text.slice(start, text.indexOf(' -', start + option.length + 2));
      expect(line.match(/\(default/g) ?? [], `${option}: ${line}`).toHaveLength(1);
    }
  });
});
