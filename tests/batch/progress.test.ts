// What `verbatim build` tells the user about an input beyond "ok": its warnings, one line per
// rule, each diagnostic once however many formats reported it — such as an edition printed in
// English because its language has no message catalogue.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/batch/job.js';
import { BuildProgress, summaryLine, warningLines } from '../../src/batch/progress.js';
import type { Diagnostic } from '../../src/model/nodes.js';

const BIN = fileURLToPath(new URL('../../bin/verbatim.js', import.meta.url));

describe('build progress', () => {
  const fallback: Diagnostic = {
    severity: 'warning',
    rule: 'edition-language-fallback',
    message: 'No catalogue for "it".',
  };
  const unknown = (line: number): Diagnostic => ({
    severity: 'warning',
    rule: 'speaker-unknown',
    message: `Turn at line ${line} left unattributed.`,
    place: { line },
  });

  it('should list warnings once per rule, leave info out, and count a rule reported several times', () => {
    const lines = warningLines([
      fallback,
      fallback,
      fallback,
      unknown(3),
      unknown(9),
      { severity: 'info', rule: 'speaker-inferred', message: 'Inferred.' },
    ]);
    expect(lines).toEqual([
      '  warning edition-language-fallback: No catalogue for "it".',
      '  warning speaker-unknown (2 times; the first): Turn at line 3 left unattributed.',
    ]);
  });

  it('should print them under the input line', () => {
    let written = '';
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    const progress = new BuildProgress(stream);
    progress.update({
      type: 'done',
      index: 0,
      total: 1,
      result: { input: 'talk.txt', ok: true, outputs: [], diagnostics: [fallback] },
    });
    expect(written.split('\n')[1]).toBe('  warning edition-language-fallback: No catalogue for "it".');
  });

  it('should report an edition without a catalogue for its language when building', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-progress-'));
    try {
      const input = join(dir, 'conferenza.txt');
      writeFileSync(
        input,
        'Sindaca Ada Quill: Buongiorno a tutti e grazie di essere venuti nonostante la pioggia di questa mattina.\n\n' +
          'Domanda: Il traghetto partirà anche la domenica mattina, a partire dal mese prossimo?\n',
      );
      const result = spawnSync(process.execPath, [BIN, 'build', input, '--to', 'md', '--out', dir, '--lang', 'it'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(/^ {2}warning edition-language-fallback: .*"it"/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should sum up inputs rendered, failed and skipped as unchanged', () => {
    const result = (ok: boolean, outputs: number, unchanged = false): BuildResult => ({
      input: 'a.txt',
      ok,
      outputs: Array.from({ length: outputs }, (_, i) => `a.${i}`),
      diagnostics: [],
      ...(unchanged ? { unchanged } : {}),
    });
    expect(summaryLine([result(true, 3), result(true, 3)])).toBe('2 of 2 inputs rendered, 6 files written');
    expect(summaryLine([result(true, 3), result(false, 0), result(true, 3, true)])).toBe(
      '1 of 2 inputs rendered, 3 files written; 1 failed; 1 unchanged, skipped',
    );
    expect(summaryLine([result(true, 3, true)])).toBe(
      '1 input unchanged, skipped; nothing written (--force renders it again)',
    );
    expect(summaryLine([])).toBe('0 of 0 inputs rendered, 0 files written');
  });

  it('should name the shard and how many inputs it had, before the summary', () => {
    let written = '';
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    const progress = new BuildProgress(stream);
    progress.update({
      type: 'start',
      total: 1,
      skipped: [],
      shard: { index: 2, count: 3, source: 'SLURM_ARRAY_TASK_ID', inputs: 1, of: 4 },
    });
    progress.finish([{ input: 'a.txt', ok: true, outputs: [], diagnostics: [] }]);
    expect(written).toBe(
      'shard 2/3 (from SLURM_ARRAY_TASK_ID): 1 of 4 inputs\n1 of 1 input rendered, 0 files written\n',
    );
  });
});
