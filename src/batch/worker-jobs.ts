/**
 * @module batch/worker-jobs
 * The loop of a worker thread of `verbatim build --jobs N`: receives one job at a time, builds it
 * with `buildOne` and posts the result back. Started by `worker.ts` (compiled modules) or by
 * `bin/bundle-worker.cjs` (the CLI bundle, which exports it through `bundle-entry.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { obeyStopSignal } from '../write-atomic.js';
import type { BuildJob } from './job.js';

/** Serve build jobs posted by the pool until the worker is terminated. */
export function serveBuildJobs(): void {
  const port = parentPort;
  if (!port) throw new Error('serveBuildJobs runs in a worker thread only');
  const stopSignal = (workerData as { stopSignal?: unknown } | null)?.stopSignal;
  if (stopSignal instanceof Int32Array) obeyStopSignal(stopSignal);
  port.on('message', (job: BuildJob) => {
    void import('./job.js').then(({ buildOne }) => buildOne(job)).then((result) => port.postMessage(result));
  });
}
