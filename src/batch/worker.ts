/**
 * @module batch/worker
 * The worker thread script of `verbatim build --jobs N` when Verbatim runs from its compiled
 * modules (the CLI bundle uses `bin/bundle-worker.cjs`): serves build jobs.
 */
import { serveBuildJobs } from './worker-jobs.js';

serveBuildJobs();
