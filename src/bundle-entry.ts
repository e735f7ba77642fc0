/**
 * @module bundle-entry
 * What the CLI's single-file bundle (`dist/verbatim.cjs`, see `scripts/bundle.mjs`) exports: the
 * command line, and the worker loop of parallel builds, so worker threads run the bundle (with
 * its code cache) too; and the registered formats, so the build's warm-up run renders (and
 * caches the code of) every renderer without `scripts/bundle.mjs` naming them; and the warm-up
 * run of its startup snapshot (`scripts/snapshot.mjs`).
 */
export { main } from './cli.js';
export { serveBuildJobs } from './batch/worker-jobs.js';
export { rendererIds } from './render/registry.js';
export { warmUp } from './warm-up.js';
