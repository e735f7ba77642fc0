// Prints whether bin/verbatim.js would start the CLI from its startup snapshot (a script file, not
// `node -e`: Node options, -e among them, keep the loader from using the snapshot).
'use strict';
process.stdout.write(String(require('../bin/snapshot-loader.cjs').snapshotFits()));
