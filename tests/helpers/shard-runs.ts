// For the sharding tests (core and corpus): `verbatim build` processes run side by side, in an
// environment without any job runner's variables, and an output folder read back as a whole.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/verbatim.js', import.meta.url));

/** Variables of job runners that `--shard auto` reads, removed from the children's environment. */
export const RUNNER_VARIABLES = [
  'VERBATIM_SHARD_INDEX',
  'VERBATIM_SHARD_COUNT',
  'JOB_COMPLETION_INDEX',
  'SLURM_ARRAY_TASK_ID',
  'SLURM_ARRAY_TASK_MIN',
  'SLURM_ARRAY_TASK_MAX',
  'SLURM_ARRAY_TASK_STEP',
  'SLURM_ARRAY_TASK_COUNT',
  'CI_NODE_INDEX',
  'CI_NODE_TOTAL',
  'CIRCLE_NODE_INDEX',
  'CIRCLE_NODE_TOTAL',
  'BUILDKITE_PARALLEL_JOB',
  'BUILDKITE_PARALLEL_JOB_COUNT',
  'PARALLEL_SEQ',
];

/** The environment of a child: no runner's variables, fixed dates, no colours, plus `extra`. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1000000000' };
  for (const name of RUNNER_VARIABLES) delete env[name];
  return { ...env, ...extra };
}

/** One `verbatim` process; its exit code, standard output and standard error. */
export function runVerbatim(args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: childEnv(extra) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Several `verbatim` processes at once; each one's exit code and standard error. */
export function runTogether(argLists: string[][]): Promise<{ code: number | null; stderr: string }[]> {
  return Promise.all(
    argLists.map(
      (args) =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, [BIN, ...args], {
            env: childEnv(),
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let stderr = '';
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
          child.on('exit', (code) => resolve({ code, stderr }));
        }),
    ),
  );
}

/** Every file under a folder (the manifest's too), by path inside it, with its bytes. */
export function tree(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(folder, full), readFileSync(full));
    }
  };
  walk(folder);
  return files;
}

/**
 * Check that shard folders are disjoint and together hold exactly the files of `whole`, byte for
 * byte; returns the problems found (none when the property holds).
 */
export function unionProblems(whole: Map<string, Buffer>, shards: Map<string, Buffer>[]): string[] {
  const problems: string[] = [];
  const union = new Map<string, Buffer>();
  shards.forEach((files, i) => {
    for (const [name, bytes] of files) {
      if (union.has(name)) problems.push(`${name} written by two shards (the second is shard ${i + 1})`);
      union.set(name, bytes);
    }
  });
  for (const name of whole.keys()) if (!union.has(name)) problems.push(`${name} written by no shard`);
  for (const [name, bytes] of union) {
    const expected = whole.get(name);
    if (expected === undefined) problems.push(`${name} written by a shard but not by the whole run`);
    else if (!bytes.equals(expected)) problems.push(`${name} differs from the whole run's`);
  }
  return problems;
}
