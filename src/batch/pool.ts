/**
 * @module batch/pool
 * A small pool of worker threads for `verbatim build --jobs N`. Each input is split into one task
 * per worker group of formats, and each worker prefers the formats of its own group (with two
 * workers and PDF, Word and EPUB: one takes PDF and EPUB, the other Word), taking another
 * group's task only when its own queue is empty. A worker thread is a fresh V8 isolate that must
 * compile and optimise the renderers it uses and decode the fonts they shape with; when every
 * worker ran every renderer, that warm-up was paid in full by each worker and cost more than
 * rendering a hundred short transcripts. With format groups it is paid about once in all.
 * Every task normalises its input itself (a few milliseconds), so nothing but the job crosses
 * threads. Results are merged per input and reported when its last task finishes.
 *
 * Workers run the compiled JavaScript (the CLI bundle through `bin/bundle-worker.cjs`, or
 * `dist/batch/worker.js`), so the pool is only used from the built package, not from sources.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { packagePath } from '../package-files.js';
import type { BuildJob, BuildResult } from './job.js';
import { newStopSignal, stopOnInterrupt } from '../write-atomic.js';

// The bundle's workers load the bundle again (with its code cache); the modules' load the modules.
const RUNNING_FROM_BUNDLE = import.meta.url.endsWith('/verbatim.cjs');
const WORKER_PATH = RUNNING_FROM_BUNDLE
  ? packagePath('bin', 'bundle-worker.cjs')
  : packagePath('dist', 'batch', 'worker.js');

/** True when running compiled code (the modules or the bundle) and the compiled worker script exists. */
export function workerScriptAvailable(): boolean {
  return !import.meta.url.endsWith('.ts') && existsSync(WORKER_PATH);
}

/** Which worker prefers each format: formats dealt round-robin over the workers, in the order asked. */
export function formatGroups(formats: readonly string[], workers: number): string[][] {
  const groups: string[][] = Array.from({ length: Math.min(workers, formats.length) }, () => []);
  formats.forEach((format, i) => groups[i % groups.length]!.push(format));
  return groups;
}

/** One input's results so far. */
interface Pending {
  job: BuildJob;
  parts: BuildResult[];
  remaining: number;
}

/** Merge the task results of one input: outputs in the order of the formats asked for, diagnostics once each, the outputs' hashes. */
export function mergeResults(job: BuildJob, parts: readonly BuildResult[]): BuildResult {
  const outputs = parts.flatMap((p) => p.outputs);
  const extension = (path: string) => path.slice(path.lastIndexOf('.') + 1);
  outputs.sort((a, b) => job.formats.indexOf(extension(a)) - job.formats.indexOf(extension(b)));
  const seen = new Set<string>();
  const diagnostics = parts
    .flatMap((p) => p.diagnostics)
    .filter((d) => {
      const key = JSON.stringify(d);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const failed = parts.find((p) => !p.ok);
  // Each task read the input itself: a hash for the manifest only when all of them read the same bytes.
  const inputSha256 = parts[0]?.inputSha256;
  const sameInput = inputSha256 !== undefined && parts.every((p) => p.inputSha256 === inputSha256);
  return {
    input: job.input,
    ok: failed === undefined,
    outputs,
    diagnostics,
    sha256: Object.assign({}, ...parts.map((p) => p.sha256 ?? {})) as Record<string, string>,
    ...(sameInput ? { inputSha256 } : {}),
    ...(failed?.error !== undefined ? { error: failed.error } : {}),
  };
}

/**
 * Run jobs on `size` workers; `report` is called as each job (all its formats) finishes. A worker
 * that fails (an uncaught error, or its thread stopping) fails the task it held, with an
 * `internal error`, and is replaced by a fresh one for the tasks left: a batch never waits for a
 * worker that is gone. (`workerPath` is for tests.)
 */
export async function runInWorkers(
  jobs: BuildJob[],
  size: number,
  report: (job: BuildJob, result: BuildResult) => void,
  workerPath: string = WORKER_PATH,
): Promise<void> {
  const formats = jobs[0]?.formats ?? [];
  const groups = formatGroups(formats, size);
  // One queue per group, in input order; a task is the job narrowed to the group's formats.
  // Every job asks for the same formats and every group holds at least one, so each input has
  // one task per group.
  const queues: BuildJob[][] = groups.map((group) =>
    jobs.map((job) => ({ ...job, formats: job.formats.filter((f) => group.includes(f)) })),
  );
  const pending = new Map<number, Pending>(
    jobs.map((job) => [job.index, { job, parts: [], remaining: groups.length }]),
  );
  const nextTask = (worker: number): BuildJob | undefined => {
    const own = queues[worker % queues.length]!;
    if (own.length > 0) return own.shift();
    const longest = queues.reduce((a, b) => (b.length > a.length ? b : a));
    return longest.shift();
  };
  const finish = (task: BuildJob, result: BuildResult) => {
    const entry = pending.get(task.index)!;
    entry.parts.push(result);
    if (--entry.remaining === 0) report(entry.job, mergeResults(entry.job, entry.parts));
  };

  const workers: Worker[] = [];
  // On Ctrl-C the workers are told to write nothing more and stopped before the temporary files
  // are cleaned up; a worker that stops then is not replaced, and no task is handed out.
  const { signal, raise } = newStopSignal();
  let stopping = false;
  const release = stopOnInterrupt(() => {
    stopping = true;
    raise();
    return Promise.all(workers.map((w) => w.terminate()));
  });
  try {
    await Promise.all(
      Array.from({ length: size }, async (_, index) => {
        const start = () => {
          const started = new Worker(workerPath, {
            resourceLimits: { maxYoungGenerationSizeMb: 96 },
            workerData: { stopSignal: signal },
          });
          workers.push(started);
          return started;
        };
        let worker = start();
        for (let task = nextTask(index); task !== undefined; task = nextTask(index)) {
          const current = task;
          let gone = false;
          const result = await new Promise<BuildResult>((resolve) => {
            const stopListening = () => {
              worker.off('message', onMessage);
              worker.off('error', onError);
              worker.off('exit', onExit);
            };
            const fail = (reason: string) => {
              stopListening();
              gone = true;
              resolve({
                input: current.input,
                ok: false,
                outputs: [],
                diagnostics: [],
                error: `internal error: ${reason}`,
              });
            };
            const onMessage = (message: BuildResult) => {
              stopListening();
              resolve(message);
            };
            const onError = (error: Error) => fail(error.message);
            const onExit = (code: number) => fail(`a worker thread stopped (exit code ${code})`);
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.on('exit', onExit);
            worker.postMessage(current);
          });
          // (Interrupted while this task ran: no new worker, no next task.)
          if (stopping) break;
          if (gone) {
            void worker.terminate();
            worker = start();
          }
          finish(current, result);
        }
      }),
    );
  } finally {
    release();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
