/**
 * @module batch/shard
 * `verbatim build --shard i/n`: which inputs of a batch one of n processes renders, so that n
 * machines, or n tasks of a job runner, together write exactly what one run writes.
 *
 * Every shard lists all the inputs, orders them by a hash of their path inside the folder given
 * (the file name, for a file given by itself; SHA-256, then the path), and cuts that order into n
 * runs of about equal total size in bytes; shard i renders the i-th run. Each input goes to the
 * run its middle byte falls in. So:
 * - the assignment depends only on the inputs' paths and sizes and on n — not on the machine,
 *   where the folder is mounted, or the order of a directory listing;
 * - shards are balanced by size (the work grows with it), give or take one input at each cut;
 * - adding, removing or editing a file moves only inputs next to a cut (in the hash order, a
 *   file lands at a random place, shifting only the cut points it passes), not half of them, as
 *   dealing sorted paths round-robin would; and the hash order keeps one folder (one year of an
 *   archive) from landing on one shard.
 * The price: every shard must see the same files with the same sizes (one checkout, one shared
 * folder). If the folder changes while the shards start, an input may be rendered by two shards
 * (both write the same bytes) or by none (the next run renders it; the manifest skips the rest).
 *
 * `--shard auto` reads the index (and the count, where the runner gives one) from the
 * environment of common job runners; `ENGINES` lists them.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { InvalidOptionError } from '../errors.js';
import type { PlacedInput } from './output-names.js';

/** One shard of n: `index` counts from 1 to `count`. */
export interface Shard {
  index: number;
  count: number;
  /** Where the index came from: "--shard", or the variable a runner set ("SLURM_ARRAY_TASK_ID"). */
  source: string;
}

/** Largest shard count accepted (far beyond any job runner's array). */
export const MAX_SHARDS = 1_000_000;

/** The path that decides an input's shard: its path inside the folder given, `/`-separated, NFC. */
export function shardKey(input: PlacedInput): string {
  const name = basename(input.path.replace(/\\/g, '/'));
  return (input.folder === '' ? name : `${input.folder}/${name}`).normalize('NFC');
}

/** The first six bytes of the SHA-256 of a key, as a number. */
function keyHash(key: string): number {
  return createHash('sha256').update(key, 'utf8').digest().readUIntBE(0, 6);
}

/**
 * The shard (1 to `count`) of each input, in the order given: the inputs ordered by the hash of
 * their key, cut into `count` runs of about equal total size, each input in the run its middle
 * byte falls in (sizes count one byte more, so that empty files spread too).
 */
export function assignShards(inputs: readonly { key: string; size: number }[], count: number): number[] {
  const order = inputs
    .map((input, i) => ({ i, hash: keyHash(input.key), key: input.key, weight: BigInt(Math.max(0, input.size)) + 1n }))
    .sort((a, b) => a.hash - b.hash || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const total = order.reduce((sum, o) => sum + o.weight, 0n);
  const shards = new Array<number>(inputs.length);
  let before = 0n;
  for (const { i, weight } of order) {
    // Twice the middle byte, times count, over twice the total: which run it falls in.
    shards[i] = Number(((2n * before + weight) * BigInt(count)) / (2n * total)) + 1;
    before += weight;
  }
  return shards;
}

/**
 * The one shard (1 to `count`) that speaks for a key that is not among the inputs — an input the
 * manifest remembers but that is gone: by its hash alone, since it has no place in the order.
 */
export function shardOfKey(key: string, count: number): number {
  return (keyHash(key) % count) + 1;
}

/** A job runner whose environment says which task this is. */
interface Engine {
  name: string;
  /** The variable with the task's index. */
  index: string;
  /** The index of the first task: 0 or 1. */
  base: 0 | 1;
  /** The variable with the number of tasks, when the runner sets one. */
  count?: string;
}

/** Job runners `--shard auto` knows, in the order they are looked for (Slurm is read apart: its index needs more). */
const ENGINES: readonly Engine[] = [
  { name: 'Kubernetes Indexed Job', index: 'JOB_COMPLETION_INDEX', base: 0 },
  { name: 'GitLab CI parallel job', index: 'CI_NODE_INDEX', base: 1, count: 'CI_NODE_TOTAL' },
  { name: 'CircleCI parallelism', index: 'CIRCLE_NODE_INDEX', base: 0, count: 'CIRCLE_NODE_TOTAL' },
  { name: 'Buildkite parallelism', index: 'BUILDKITE_PARALLEL_JOB', base: 0, count: 'BUILDKITE_PARALLEL_JOB_COUNT' },
  { name: 'GNU parallel', index: 'PARALLEL_SEQ', base: 1 },
];

/** Variables that name a shard whatever runs Verbatim: the index (from 1) and the count. */
export const SHARD_INDEX_VARIABLE = 'VERBATIM_SHARD_INDEX';
export const SHARD_COUNT_VARIABLE = 'VERBATIM_SHARD_COUNT';

const USAGE = 'expected i/n with 1 ≤ i ≤ n, e.g. 2/3, or auto, or auto/n';

/** A whole number from a variable or an option, or an error naming where it came from. */
function wholeNumber(value: string, where: string): number {
  if (!/^\d{1,9}$/.test(value.trim()))
    throw new InvalidOptionError(`--shard: ${where} is "${value}", not a whole number`);
  return Number(value.trim());
}

/** Parse `--shard`: `i/n`, `auto` or `auto/n`, the latter two from `env`. */
export function parseShard(value: string, env: NodeJS.ProcessEnv = process.env): Shard {
  const text = value.trim().toLowerCase();
  const explicit = /^(\d{1,9})\/(\d{1,9})$/.exec(text);
  if (explicit) return checked(Number(explicit[1]), Number(explicit[2]), '--shard', value);
  const auto = /^auto(?:\/(\d{1,9}))?$/.exec(text);
  if (!auto) throw new InvalidOptionError(`--shard: "${value}" is not a shard (${USAGE})`);
  return shardFromEnvironment(auto[1] === undefined ? undefined : Number(auto[1]), env);
}

function checked(index: number, count: number, source: string, shown: string): Shard {
  if (count < 1 || count > MAX_SHARDS || index < 1 || index > count)
    throw new InvalidOptionError(`--shard: "${shown}" is not a shard (${USAGE})`);
  return { index, count, source };
}

/** The shard `--shard auto` names: from VERBATIM_SHARD_INDEX, or from the one job runner found. */
export function shardFromEnvironment(countGiven: number | undefined, env: NodeJS.ProcessEnv = process.env): Shard {
  const set = (name: string) => env[name] !== undefined && env[name] !== '';
  const counts: { value: number; where: string }[] = [];
  if (countGiven !== undefined) counts.push({ value: countGiven, where: `--shard auto/${countGiven}` });
  if (set(SHARD_COUNT_VARIABLE))
    counts.push({ value: wholeNumber(env[SHARD_COUNT_VARIABLE]!, SHARD_COUNT_VARIABLE), where: SHARD_COUNT_VARIABLE });

  let index: number;
  let source: string;
  if (set(SHARD_INDEX_VARIABLE)) {
    // Set on purpose, so it wins over any runner's variables.
    index = wholeNumber(env[SHARD_INDEX_VARIABLE]!, SHARD_INDEX_VARIABLE);
    source = SHARD_INDEX_VARIABLE;
  } else {
    const found = [
      ...(set('SLURM_ARRAY_TASK_ID') ? ['SLURM_ARRAY_TASK_ID'] : []),
      ...ENGINES.filter((e) => set(e.index)).map((e) => e.index),
    ];
    if (found.length === 0)
      throw new InvalidOptionError(
        `--shard auto: no job runner's task index found (looked for ${[SHARD_INDEX_VARIABLE, 'SLURM_ARRAY_TASK_ID', ...ENGINES.map((e) => e.index)].join(', ')}); give --shard i/n`,
      );
    if (found.length > 1)
      throw new InvalidOptionError(
        `--shard auto: more than one job runner's task index is set (${found.join(', ')}); give --shard i/n or set ${SHARD_INDEX_VARIABLE}`,
      );
    source = found[0]!;
    if (source === 'SLURM_ARRAY_TASK_ID') {
      const slurm = slurmTask(env);
      index = slurm.index;
      counts.push({ value: slurm.count, where: 'SLURM_ARRAY_TASK_COUNT' });
    } else {
      const engine = ENGINES.find((e) => e.index === source)!;
      index = wholeNumber(env[engine.index]!, engine.index) + (1 - engine.base);
      if (engine.count !== undefined && set(engine.count))
        counts.push({ value: wholeNumber(env[engine.count]!, engine.count), where: engine.count });
    }
  }
  if (counts.length === 0)
    throw new InvalidOptionError(
      `--shard auto: ${source} gives the index but not the number of shards; give --shard auto/n or set ${SHARD_COUNT_VARIABLE}`,
    );
  const disagreeing = counts.find((c) => c.value !== counts[0]!.value);
  if (disagreeing)
    throw new InvalidOptionError(
      `--shard auto: ${counts[0]!.where} says ${counts[0]!.value} shards but ${disagreeing.where} says ${disagreeing.value}`,
    );
  const count = counts[0]!.value;
  if (count < 1 || count > MAX_SHARDS || index < 1 || index > count)
    throw new InvalidOptionError(
      `--shard auto: ${source} gives shard ${index} of ${count}, which does not exist (shards are 1 to ${count})`,
    );
  return { index, count, source };
}

/**
 * A Slurm array task as a shard: arrays may start anywhere and step (`--array=1-20:2`), so the
 * index is (ID − MIN) / STEP + 1 of SLURM_ARRAY_TASK_COUNT; an array that is not one evenly
 * stepped range (`--array=1,2,9`) is refused, since its tasks cannot be numbered from it.
 */
function slurmTask(env: NodeJS.ProcessEnv): { index: number; count: number } {
  const read = (name: string, fallback?: number): number => {
    const value = env[name];
    if (value === undefined || value === '') {
      if (fallback !== undefined) return fallback;
      throw new InvalidOptionError(`--shard auto: SLURM_ARRAY_TASK_ID is set but ${name} is not; give --shard i/n`);
    }
    return wholeNumber(value, name);
  };
  const id = read('SLURM_ARRAY_TASK_ID');
  const min = read('SLURM_ARRAY_TASK_MIN');
  const count = read('SLURM_ARRAY_TASK_COUNT');
  const step = read('SLURM_ARRAY_TASK_STEP', 1);
  const max = read('SLURM_ARRAY_TASK_MAX', min + (count - 1) * step);
  if (step < 1 || id < min || (id - min) % step !== 0 || min + (count - 1) * step !== max)
    throw new InvalidOptionError(
      `--shard auto: the Slurm array (tasks ${min} to ${max}, step ${step}, ${count} tasks) is not one evenly stepped range such as --array=0-9 or --array=1-19:2; give --shard i/n`,
    );
  return { index: (id - min) / step + 1, count };
}
