/**
 * @module build/pool
 * A small pool of worker threads for `verbatim build --jobs N`: each worker normalises and
 * renders one input at a time (`worker.ts`), so a batch uses every core. Results come back as
 * they finish; the caller puts them in input order. Workers run the compiled JavaScript
 * (`dist/build/worker.js`), so the pool is only used from the built package, not from sources.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { packagePath } from '../package-files.js';
import type { BuildJob, BuildResult } from './build.js';

const WORKER_PATH = packagePath('dist', 'build', 'worker.js');

/** True when running compiled code (the modules or the bundle) and the compiled worker script exists. */
export function workerScriptAvailable(): boolean {
  return !import.meta.url.endsWith('.ts') && existsSync(WORKER_PATH);
}

/** Run jobs on `size` workers; `report` is called as each job finishes. */
export async function runInWorkers(jobs: BuildJob[], size: number, report: (job: BuildJob, result: BuildResult) => void): Promise<void> {
  const queue = [...jobs];
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: size }, async () => {
        const worker = new Worker(WORKER_PATH, { resourceLimits: { maxYoungGenerationSizeMb: 96 } });
        workers.push(worker);
        while (queue.length > 0) {
          const job = queue.shift()!;
          const result = await new Promise<BuildResult>((resolve) => {
            const onMessage = (message: BuildResult) => {
              worker.off('error', onError);
              resolve(message);
            };
            const onError = (error: Error) => {
              worker.off('message', onMessage);
              resolve({ input: job.input, ok: false, outputs: [], diagnostics: [], error: `internal error: ${error.message}` });
            };
            worker.once('message', onMessage);
            worker.once('error', onError);
            worker.postMessage(job);
          });
          report(job, result);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
