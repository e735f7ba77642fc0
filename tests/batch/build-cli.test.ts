// `verbatim build` as a user runs it: outputs in --out, atomic and reproducible, a failing
// input reported while the others render, bad options refused with one line.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'verbatim.js');
const EXAMPLE = join(ROOT, 'examples', 'press-conference.txt');

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The files Verbatim wrote into an output folder, without its manifest folder (`.verbatim/`). */
function written(out: string): string[] {
  return readdirSync(out).filter((name) => name !== '.verbatim');
}

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('verbatim build', () => {
  it('should write one file per format into --out, named after the input', () => {
    const out = mkdtempSync(join(tmpdir(), 'verbatim-build-'));
    const { code, stderr } = run(['build', EXAMPLE, '--to', 'md', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toContain('1 of 1 input rendered, 1 file written');
    expect(written(out)).toEqual(['press-conference.md']);
    expect(readFileSync(join(out, 'press-conference.md'), 'utf8')).toContain(
      '**\\[Tomas Reyes, Regional Minister of Transport\\]:**[^1]',
    );
  });

  it('should give byte-identical files in every format across runs and time zones with SOURCE_DATE_EPOCH', () => {
    const runs = ['UTC', 'UTC', 'Pacific/Kiritimati'].map((tz) => {
      const out = mkdtempSync(join(tmpdir(), 'verbatim-repro-'));
      const result = run(['build', EXAMPLE, '--to', 'pdf,docx,epub,md', '--out', out], {
        SOURCE_DATE_EPOCH: '1000000000',
        TZ: tz,
      });
      expect(result.code).toBe(0);
      const files = written(out).sort();
      expect(files).toHaveLength(4);
      return files.map((f) => `${f} ${sha(join(out, f))}`).join('\n');
    });
    expect(runs[1]).toBe(runs[0]);
    expect(runs[2]).toBe(runs[0]);
  });

  it('should read in a folder every file whose extension a reader names (a spreadsheet export too)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-kinds-'));
    writeFileSync(join(folder, 'a.csv'), 'speaker,words\nAnn Lee,Hello.\nBo Chan,Hi.\n');
    writeFileSync(join(folder, 'b.tsv'), 'Speaker\tText\nAnn Lee\tHello again.\n');
    writeFileSync(join(folder, 'c.jpg'), 'not a transcript');
    const out = join(folder, 'out');
    const { code, stderr } = run(['build', folder, '--to', 'md', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toContain('not a transcript Verbatim reads: ');
    expect(stderr).toContain('c.jpg');
    expect(written(out).sort()).toEqual(['a.md', 'b.md']);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toContain('Bo Chan');
  });

  it('should report a failing input, render the others, and exit 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-batch-'));
    writeFileSync(join(folder, 'a-good.txt'), readFileSync(EXAMPLE));
    writeFileSync(join(folder, 'b-empty.txt'), '');
    writeFileSync(join(folder, 'c-good.md'), '**Ann Lee:** Hello.\n\n**Bo Chan:** Hi.\n');
    const out = join(folder, 'out');
    const { code, stderr } = run(['build', folder, '--to', 'md', '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('b-empty.txt: the input is empty');
    expect(stderr).toContain('2 of 3 inputs rendered, 2 files written; 1 failed');
    expect(written(out).sort()).toEqual(['a-good.md', 'c-good.md']);
  });

  it('should write the same files with two workers as with one, each input reported once, formats in order', () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-jobs-'));
    for (const name of ['a', 'b', 'c']) writeFileSync(join(folder, `${name}.txt`), readFileSync(EXAMPLE));
    writeFileSync(join(folder, 'd-empty.txt'), '');
    const outputs: Record<string, string> = {};
    for (const jobs of ['1', '2']) {
      const out = join(folder, `out-${jobs}`);
      const result = run(['build', folder, '--to', 'pdf,docx,epub', '--out', out, '--jobs', jobs], {
        SOURCE_DATE_EPOCH: '1000000000',
      });
      expect(result.code).toBe(1);
      const lines = result.stderr.split('\n').filter((l) => l.startsWith('ok'));
      expect(lines).toHaveLength(3);
      for (const line of lines) expect(line).toMatch(/\.pdf, .*\.docx, .*\.epub$/);
      expect(result.stderr.match(/d-empty\.txt: the input is empty/g)).toHaveLength(1);
      expect(result.stderr).toContain('3 of 4 inputs rendered, 9 files written; 1 failed');
      outputs[jobs] = written(out)
        .sort()
        .map((f) => `${f} ${sha(join(out, f))}`)
        .join('\n');
    }
    expect(outputs['2']).toBe(outputs['1']);
  });

  it('should refuse an unknown format, listing the known ones', () => {
    const { code, stderr } = run(['build', EXAMPLE, '--to', 'md,odt', '--out', mkdtempSync(join(tmpdir(), 'v-'))]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^verbatim: unknown format "odt" \(known formats: .*md.*\)\n$/);
  });

  it('should refuse a bad theme with a message naming the key', () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-theme-'));
    writeFileSync(join(folder, 'typo.json'), JSON.stringify({ extends: 'default', fontz: {} }));
    const typo = run(['build', EXAMPLE, '--to', 'md', '--out', folder, '--theme', join(folder, 'typo.json')]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('fontz');
    expect(typo.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('should refuse an unwritable output folder with one line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-ro-'));
    const file = join(folder, 'not-a-folder');
    writeFileSync(file, 'x');
    const { code, stderr } = run(['build', EXAMPLE, '--to', 'md', '--out', join(file, 'sub')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^verbatim: cannot create the output folder .*not-a-folder\/sub: (ENOTDIR|EEXIST)\n$/);
    if (process.getuid?.() !== 0) {
      const ro = join(folder, 'ro');
      mkdirSync(ro);
      chmodSync(ro, 0o500);
      expect(run(['build', EXAMPLE, '--to', 'md', '--out', ro]).stderr).toMatch(/is not writable/);
    }
  });

  it('should never write outside --out, whatever the input is called', () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-escape-'));
    const hostile = join(folder, '..hidden..txt');
    writeFileSync(hostile, readFileSync(EXAMPLE));
    const out = join(folder, 'out');
    expect(run(['build', hostile, '--to', 'md', '--out', out]).code).toBe(0);
    expect(written(out)).toEqual(['hidden.md']);
    expect(existsSync(join(folder, 'hidden.md'))).toBe(false);
  });
});
