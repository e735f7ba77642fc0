// How a parallel build splits its work: formats dealt to workers round-robin, and the task
// results of one input merged back (outputs in the order asked, each diagnostic once, the
// first failure kept).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildJob, BuildResult } from '../../src/batch/job.js';
import type { Diagnostic } from '../../src/model/nodes.js';
import { formatGroups, mergeResults, runInWorkers } from '../../src/batch/pool.js';
import { defaultTheme } from '../../src/theme/default.js';

const job: BuildJob = {
  index: 0,
  input: 'in/a.txt',
  name: 'a',
  formats: ['pdf', 'docx', 'epub'],
  outDir: 'out',
  theme: defaultTheme,
};

describe('formatGroups', () => {
  it('should deal formats round-robin over the workers, never making an empty group', () => {
    expect(formatGroups(['pdf', 'docx', 'epub'], 2)).toEqual([['pdf', 'epub'], ['docx']]);
    expect(formatGroups(['pdf', 'docx', 'epub', 'md'], 2)).toEqual([
      ['pdf', 'epub'],
      ['docx', 'md'],
    ]);
    expect(formatGroups(['md'], 4)).toEqual([['md']]);
    expect(formatGroups(['pdf', 'docx', 'epub'], 1)).toEqual([['pdf', 'docx', 'epub']]);
  });
});

describe('mergeResults', () => {
  const note: Diagnostic = { severity: 'warning', rule: 'r', message: 'm' };
  it('should put outputs in the order of the formats and keep each diagnostic once', () => {
    const parts: BuildResult[] = [
      {
        input: job.input,
        ok: true,
        outputs: ['out/a.docx'],
        diagnostics: [note],
        sha256: { 'out/a.docx': 'd' },
        inputSha256: 'i',
      },
      {
        input: job.input,
        ok: true,
        outputs: ['out/a.pdf', 'out/a.epub'],
        diagnostics: [note, { ...note, rule: 'pdf-glyph' }],
        sha256: { 'out/a.pdf': 'p', 'out/a.epub': 'e' },
        inputSha256: 'i',
      },
    ];
    expect(mergeResults(job, parts)).toEqual({
      input: job.input,
      ok: true,
      outputs: ['out/a.pdf', 'out/a.docx', 'out/a.epub'],
      diagnostics: [note, { ...note, rule: 'pdf-glyph' }],
      sha256: { 'out/a.pdf': 'p', 'out/a.docx': 'd', 'out/a.epub': 'e' },
      inputSha256: 'i',
    });
  });

  it('should give no input hash when the tasks of an input read different bytes (it changed meanwhile)', () => {
    const part = (inputSha256: string): BuildResult => ({
      input: job.input,
      ok: true,
      outputs: [],
      diagnostics: [],
      inputSha256,
    });
    expect(mergeResults(job, [part('i'), part('i')]).inputSha256).toBe('i');
    expect(mergeResults(job, [part('i'), part('j')]).inputSha256).toBeUndefined();
  });

  it('should fail the input when any of its tasks failed, with that error', () => {
    const merged = mergeResults(job, [
      { input: job.input, ok: true, outputs: ['out/a.docx'], diagnostics: [] },
      { input: job.input, ok: false, outputs: [], diagnostics: [], error: 'the input is empty' },
    ]);
    expect(merged.ok).toBe(false);
    expect(merged.error).toBe('the input is empty');
    expect(merged.outputs).toEqual(['out/a.docx']);
  });
});

describe('runInWorkers with workers that fail', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-pool-'));
  const script = (name: string, body: string) => {
    const path = join(dir, name);
    writeFileSync(path, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
    return path;
  };
  const jobs: BuildJob[] = [0, 1, 2].map((index) => ({ ...job, index, input: `in/${index}.txt`, name: `${index}` }));

  it.each([
    ['stops its thread', script('exits.mjs', "parentPort.on('message', () => process.exit(3));"), /exit code 3/],
    [
      'throws',
      script('throws.mjs', "parentPort.on('message', () => { throw new Error('renderer blew up'); });"),
      /renderer blew up/,
    ],
  ])('should fail every task of a worker that %s, and finish', async (_what, path, reason) => {
    const reported: BuildResult[] = [];
    await runInWorkers(jobs, 2, (_job, result) => reported.push(result), path);
    expect(reported.map((r) => r.input).sort()).toEqual(['in/0.txt', 'in/1.txt', 'in/2.txt']);
    for (const result of reported) {
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/^internal error: /);
      expect(result.error).toMatch(reason);
    }
  });
});
