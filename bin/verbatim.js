#!/usr/bin/env node
// Entry point of the `verbatim` command. Runs the CLI's single-file bundle with V8's code cache
// (see bundle-loader.cjs) when the build made one, else the compiled modules in dist/.
import { createRequire } from 'node:module';

const { loadBundle } = createRequire(import.meta.url)('./bundle-loader.cjs');
const bundle = loadBundle();
const { main } = bundle ? bundle.exports : await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
