// `verbatim build --shard`: which shard an input belongs to (inputs in the order of a hash of
// their paths, cut into runs of equal size: balanced, and stable when files come and go), `--shard auto` from the variables of Slurm, Kubernetes, GitLab CI and GNU
// parallel, bad values refused with one line (exit 2), and the property that matters: n separate
// processes write disjoint shares whose union is byte for byte the folder one process writes —
// manifest included — whether each shard has its own output folder or all share one.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignShards, parseShard, shardKey, shardOfKey } from '../../src/batch/shard.js';
import { InvalidOptionError } from '../../src/errors.js';
import { ALL_FIXTURES, FIXTURE, FIXTURES_DIR } from '../helpers/fixtures.js';
import { runTogether, runVerbatim as run, tree, unionProblems } from '../helpers/shard-runs.js';

/** A folder of the project's fixtures, with a sub-folder and two inputs that would both be named `talk`. */
function inputFolder(): { root: string; inputs: string } {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-shard-'));
  const inputs = join(root, 'inputs');
  mkdirSync(join(inputs, 'sub'), { recursive: true });
  for (const file of ALL_FIXTURES) copyFileSync(file, join(inputs, file.slice(file.lastIndexOf('/') + 1)));
  copyFileSync(FIXTURE.podcastSrt, join(inputs, 'sub', 'town-hall.srt'));
  copyFileSync(FIXTURE.podcastMarkdown, join(inputs, 'talk.md'));
  copyFileSync(FIXTURE.captionRows, join(inputs, 'talk.txt'));
  copyFileSync(`${FIXTURES_DIR}hansard-members.txt`, join(inputs, 'sub', 'hansard-members.txt'));
  return { root, inputs };
}

describe('shard of an input', () => {
  it('should depend on the path inside the folder given, not on where the folder is', () => {
    expect(shardKey({ path: '/data/archive/1951/sitting.txt', folder: '1951' })).toBe('1951/sitting.txt');
    expect(shardKey({ path: '/mnt/other/1951/sitting.txt', folder: '1951' })).toBe('1951/sitting.txt');
    expect(shardKey({ path: 'talk.txt', folder: '' })).toBe('talk.txt');
    // A name decomposed by the file system (macOS) is the same name.
    expect(shardKey({ path: 'Bundestag/Sitzung-Mu\u0308ller.txt', folder: '' })).toBe(
      shardKey({ path: 'Bundestag/Sitzung-M\u00fcller.txt', folder: '' }),
    );
  });

  /** An archive: 1000 sittings over 75 years, of sizes from 2 to 152 KB. */
  const archive = Array.from({ length: 1000 }, (_, i) => ({
    key: `${1950 + (i % 75)}/sitting-${String(i).padStart(4, '0')}.txt`,
    size: 2000 + ((i * 7919) % 150_000),
  }));
  const totals = (inputs: readonly { size: number }[], shards: number[], n: number) => {
    const sums = new Array<number>(n).fill(0);
    inputs.forEach((input, i) => (sums[shards[i]! - 1]! += input.size));
    return sums;
  };

  it('should cut the inputs into shards of about equal size, each input in one', () => {
    for (const n of [1, 3, 8]) {
      const shards = assignShards(archive, n);
      expect(new Set(shards)).toEqual(new Set(Array.from({ length: n }, (_, i) => i + 1)));
      const total = archive.reduce((sum, input) => sum + input.size, 0);
      // Off by at most the largest input at each cut.
      for (const sum of totals(archive, shards, n)) expect(Math.abs(sum - total / n)).toBeLessThanOrEqual(152_000);
    }
    // Equal sizes: equal counts, give or take one.
    const equal = archive.map(({ key }) => ({ key, size: 1000 }));
    const counts = new Array<number>(7).fill(0);
    for (const shard of assignShards(equal, 7)) counts[shard - 1]!++;
    for (const count of counts) expect(Math.abs(count - 1000 / 7)).toBeLessThanOrEqual(1);
    // Empty files spread too.
    expect(
      new Set(
        assignShards(
          equal.map(({ key }) => ({ key, size: 0 })),
          4,
        ),
      ).size,
    ).toBe(4);
  });

  it('should not depend on the order of the inputs, and move only inputs next to a cut when a file is added or removed', () => {
    const n = 8;
    const shards = assignShards(archive, n);
    const reversed = assignShards([...archive].reverse(), n).reverse();
    expect(reversed).toEqual(shards);
    const added = assignShards([...archive, { key: '2025/sitting-new.txt', size: 150_000 }], n);
    const removed = assignShards(archive.slice(0, 500).concat(archive.slice(501)), n);
    const movedOnAdd = shards.filter((shard, i) => added[i] !== shard).length;
    const movedOnRemove = archive.filter((_, i) => i !== 500 && removed[i < 500 ? i : i - 1] !== shards[i]).length;
    // At most about one input at each of the n - 1 cuts (dealing round-robin would move about half).
    expect(movedOnAdd).toBeLessThanOrEqual(2 * (n - 1));
    expect(movedOnRemove).toBeLessThanOrEqual(2 * (n - 1));
  });

  it('should give an input that is gone one shard by its path alone', () => {
    for (const { key } of archive.slice(0, 50)) {
      const shard = shardOfKey(key, 5);
      expect(shard).toBeGreaterThanOrEqual(1);
      expect(shard).toBeLessThanOrEqual(5);
      expect(shardOfKey(key, 5)).toBe(shard);
    }
  });
});

describe('--shard values', () => {
  const bad = (value: string, env: NodeJS.ProcessEnv = {}) => {
    let error: unknown;
    try {
      parseShard(value, env);
    } catch (e) {
      error = e;
    }
    expect(error, value).toBeInstanceOf(InvalidOptionError);
    return (error as Error).message;
  };

  it('should take i/n with 1 ≤ i ≤ n and refuse anything else', () => {
    expect(parseShard('2/3', {})).toEqual({ index: 2, count: 3, source: '--shard' });
    expect(parseShard('1/1', {})).toEqual({ index: 1, count: 1, source: '--shard' });
    for (const value of ['0/3', '4/3', '3', '1/0', 'a/b', '', '-1/3', '1.5/3', 'auto/x'])
      expect(bad(value)).toMatch(/^--shard: ".*" is not a shard \(expected i\/n/);
  });

  it('should read a Slurm array, also one that starts at 1 or steps', () => {
    const slurm = (id: number, min: number, max: number, step: number, count: number) => ({
      SLURM_ARRAY_TASK_ID: String(id),
      SLURM_ARRAY_TASK_MIN: String(min),
      SLURM_ARRAY_TASK_MAX: String(max),
      SLURM_ARRAY_TASK_STEP: String(step),
      SLURM_ARRAY_TASK_COUNT: String(count),
    });
    expect(parseShard('auto', slurm(0, 0, 2, 1, 3))).toEqual({ index: 1, count: 3, source: 'SLURM_ARRAY_TASK_ID' });
    expect(parseShard('auto', slurm(3, 1, 3, 1, 3))).toMatchObject({ index: 3, count: 3 });
    expect(parseShard('auto', slurm(5, 1, 7, 2, 4))).toMatchObject({ index: 3, count: 4 });
    expect(parseShard('auto/4', slurm(5, 1, 7, 2, 4))).toMatchObject({ index: 3, count: 4 });
    // --array=1,2,9: no even steps to number the tasks by.
    expect(bad('auto', slurm(9, 1, 9, 1, 3))).toMatch(/not one evenly stepped range/);
    expect(bad('auto/5', slurm(0, 0, 2, 1, 3))).toMatch(
      /--shard auto\/5 says 5 shards but SLURM_ARRAY_TASK_COUNT says 3/,
    );
  });

  it('should read a Kubernetes Indexed Job, with the count from auto/n or VERBATIM_SHARD_COUNT', () => {
    expect(parseShard('auto/4', { JOB_COMPLETION_INDEX: '0' })).toEqual({
      index: 1,
      count: 4,
      source: 'JOB_COMPLETION_INDEX',
    });
    expect(parseShard('auto', { JOB_COMPLETION_INDEX: '3', VERBATIM_SHARD_COUNT: '4' })).toMatchObject({
      index: 4,
      count: 4,
    });
    expect(bad('auto', { JOB_COMPLETION_INDEX: '0' })).toMatch(
      /JOB_COMPLETION_INDEX gives the index but not the number of shards; give --shard auto\/n or set VERBATIM_SHARD_COUNT/,
    );
    expect(bad('auto/4', { JOB_COMPLETION_INDEX: '4' })).toMatch(/gives shard 5 of 4, which does not exist/);
    expect(bad('auto/4', { JOB_COMPLETION_INDEX: 'x' })).toMatch(/JOB_COMPLETION_INDEX is "x", not a whole number/);
  });

  it('should read GitLab CI, GNU parallel and VERBATIM_SHARD_INDEX, and refuse two runners at once or none', () => {
    expect(parseShard('auto', { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3' })).toMatchObject({ index: 2, count: 3 });
    expect(parseShard('auto/3', { PARALLEL_SEQ: '3' })).toMatchObject({ index: 3, count: 3, source: 'PARALLEL_SEQ' });
    expect(parseShard('auto', { BUILDKITE_PARALLEL_JOB: '0', BUILDKITE_PARALLEL_JOB_COUNT: '2' })).toMatchObject({
      index: 1,
      count: 2,
    });
    // Set on purpose, it wins over a runner's variables.
    expect(
      parseShard('auto', { VERBATIM_SHARD_INDEX: '1', VERBATIM_SHARD_COUNT: '2', PARALLEL_SEQ: '7' }),
    ).toMatchObject({ index: 1, count: 2, source: 'VERBATIM_SHARD_INDEX' });
    expect(bad('auto/3', { PARALLEL_SEQ: '2', JOB_COMPLETION_INDEX: '1' })).toMatch(
      /more than one job runner's task index is set \(JOB_COMPLETION_INDEX, PARALLEL_SEQ\)/,
    );
    expect(bad('auto', {})).toMatch(
      /^--shard auto: no job runner's task index found \(looked for VERBATIM_SHARD_INDEX, /,
    );
  });
});

describe('verbatim build --shard', () => {
  it('should write, in 3 processes, disjoint shares whose union is the one-process folder, byte for byte', async () => {
    const { root, inputs } = inputFolder();
    const formats = ['--to', 'md,docx'];
    const whole = join(root, 'whole');
    const single = run(['build', inputs, ...formats, '--out', whole, '--jobs', '1']);
    expect(single.code, single.stderr).toBe(0);
    const expected = tree(whole);
    const inputCount = ALL_FIXTURES.length + 4;
    // Two files per input, and one manifest entry each.
    expect(expected.size).toBe(inputCount * 3);
    expect([...expected.keys()].filter((f) => f.startsWith('talk'))).toEqual(
      expect.arrayContaining(['talk.md', 'talk-2.md']),
    );

    // Each shard in a folder of its own, all at once.
    const shards = [1, 2, 3].map((i) => join(root, `shard-${i}`));
    const own = await runTogether(
      shards.map((out, i) => ['build', inputs, ...formats, '--out', out, '--shard', `${i + 1}/3`, '--jobs', '1']),
    );
    let counted = 0;
    own.forEach(({ code, stderr }, i) => {
      expect(code, stderr).toBe(0);
      const inShard = Number(new RegExp(`shard ${i + 1}/3: (\\d+) of ${inputCount} inputs`).exec(stderr)?.[1]);
      expect(tree(shards[i]!).size).toBe(inShard * 3);
      counted += inShard;
    });
    expect(counted).toBe(inputCount);
    expect(unionProblems(expected, shards.map(tree))).toEqual([]);

    // All three into one folder, at once.
    const shared = join(root, 'shared');
    const together = await runTogether(
      [1, 2, 3].map((i) => ['build', inputs, ...formats, '--out', shared, '--shard', `${i}/3`, '--jobs', '1']),
    );
    for (const { code, stderr } of together) expect(code, stderr).toBe(0);
    expect(unionProblems(expected, [tree(shared)])).toEqual([]);
  }, 180_000);

  it('should take the shard from Slurm and Kubernetes variables with --shard auto', () => {
    const { root, inputs } = inputFolder();
    const explicit = join(root, 'explicit');
    expect(run(['build', inputs, '--to', 'md', '--out', explicit, '--shard', '2/3']).code).toBe(0);
    const expected = tree(explicit);
    expect(expected.size).toBeGreaterThan(0);

    const slurm = run(['build', inputs, '--to', 'md', '--out', join(root, 'slurm'), '--shard', 'auto'], {
      SLURM_ARRAY_TASK_ID: '4',
      SLURM_ARRAY_TASK_MIN: '2',
      SLURM_ARRAY_TASK_MAX: '6',
      SLURM_ARRAY_TASK_STEP: '2',
      SLURM_ARRAY_TASK_COUNT: '3',
    });
    expect(slurm.code, slurm.stderr).toBe(0);
    expect(slurm.stderr).toMatch(/^shard 2\/3 \(from SLURM_ARRAY_TASK_ID\): \d+ of \d+ inputs$/m);
    expect(tree(join(root, 'slurm'))).toEqual(expected);

    const k8s = run(['build', inputs, '--to', 'md', '--out', join(root, 'k8s'), '--shard', 'auto'], {
      JOB_COMPLETION_INDEX: '1',
      VERBATIM_SHARD_COUNT: '3',
    });
    expect(k8s.code, k8s.stderr).toBe(0);
    expect(k8s.stderr).toMatch(/^shard 2\/3 \(from JOB_COMPLETION_INDEX\): /m);
    expect(tree(join(root, 'k8s'))).toEqual(expected);
  }, 60_000);

  it('should refuse a bad shard with one line and exit 2, and --shard with -o', () => {
    const { root, inputs } = inputFolder();
    const out = join(root, 'out');
    for (const [args, env, message] of [
      [['--shard', '4/3'], {}, /^verbatim: --shard: "4\/3" is not a shard \(expected i\/n with 1 ≤ i ≤ n/],
      [['--shard', 'auto'], {}, /^verbatim: --shard auto: no job runner's task index found/],
      [['--shard', 'auto'], { JOB_COMPLETION_INDEX: '0' }, /set VERBATIM_SHARD_COUNT$/m],
      [['--shard', 'auto'], { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '1' }, /SLURM_ARRAY_TASK_COUNT is not/],
    ] as const) {
      const result = run(['build', inputs, '--to', 'md', '--out', out, ...args], env);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
    const help = run(['build', '--help']).stdout;
    expect(help).toContain('--shard <i/n|auto>');
    expect(help).toContain('--force');
    const single = run(['build', FIXTURE.podcastMarkdown, '-o', join(root, 'x.md'), '--shard', '1/2']);
    expect(single.code).toBe(2);
    expect(single.stderr).toBe(
      'verbatim: --shard splits the inputs of a folder build (--out DIR); it cannot be used with -o\n',
    );
  });
});
