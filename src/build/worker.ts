/**
 * @module build/worker
 * The worker thread of `verbatim build --jobs N`: receives one job at a time, builds it with
 * `buildOne` and posts the result back.
 */
import { parentPort } from 'node:worker_threads';
import { buildOne, type BuildJob } from './build.js';

parentPort?.on('message', (job: BuildJob) => {
  void buildOne(job).then((result) => parentPort?.postMessage(result));
});
