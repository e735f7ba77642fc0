// `verbatim ARGS…` from the CLI's bundle and its code cache (bin/bundle-loader.cjs), without the
// startup snapshot: what bin/verbatim.js runs when no snapshot fits. For `npm run bench`'s
// comparison of the two.
'use strict';
const { loadBundle } = require('../bin/bundle-loader.cjs');

loadBundle()
  .exports.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
