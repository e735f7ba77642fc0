/**
 * @module bundle-entry
 * What the CLI's single-file bundle (`dist/verbatim.cjs`, see `scripts/bundle.mjs`) exports: the
 * command line, and the worker loop of parallel builds, so worker threads run the bundle (with
 * its code cache) too.
 */
export { main } from './cli.js';
export { serveBuildJobs } from './batch/worker-jobs.js';
