// Worker thread script of `verbatim build --jobs N` when the CLI runs from its bundle: loads the
// bundle with its code cache (bundle-loader.cjs), as the main thread did, and serves build jobs.
'use strict';
const { loadBundle } = require('./bundle-loader.cjs');

loadBundle().exports.serveBuildJobs();
