#!/usr/bin/env node
// Entry point of the `verbatim` command (the npm bin; on POSIX, a checkout's bin/verbatim runs the
// snapshot without this process and comes here otherwise). Runs the command from the CLI's V8
// startup snapshot when the build made one that fits (snapshot-loader.cjs), else the CLI's
// single-file bundle with V8's code cache (bundle-loader.cjs) when the build made one, else the
// compiled modules in dist/.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
if (!(await require('./snapshot-loader.cjs').runFromSnapshot(args))) {
  const bundle = require('./bundle-loader.cjs').loadBundle();
  const { main } = bundle ? bundle.exports : await import('../dist/cli.js');
  process.exitCode = await main(args);
}
