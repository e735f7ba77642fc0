// Build step after `tsc` (run by `npm run build` and by `npm ci` through `prepare`): bundles the
// compiled CLI (dist/bundle-entry.js: the CLI and the worker loop of parallel builds) and
// everything it imports into one CommonJS file, dist/verbatim.cjs,
// then renders the bundled example once through it in a child process and saves V8's code cache
// of every function that ran (dist/verbatim.cjs.cache). `bin/verbatim.js` loads the two together,
// which takes about a third off a whole `verbatim build` on this project's 2-core machine
// (Node 20 has no compile cache of its own). The bundle's outputs are byte-identical to the
// modules' (tests/batch/bundle.test.ts).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { francLazyTrigrams } from './bundle-patches/franc-lazy-trigrams.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { BUNDLE } = require('../bin/bundle-loader.cjs');

/** Write a file through a temporary file and a rename, so a CLI running meanwhile never reads half of it. */
function writeAtomically(path, bytes) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

const result = await build({
  entryPoints: [join(ROOT, 'dist', 'bundle-entry.js')],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Modules find their files through package-files.ts, which walks up from import.meta.url;
  // in the bundle that is the bundle's own address.
  define: { 'import.meta.url': '__verbatimBundleUrl' },
  banner: { js: "const __verbatimBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // epub-gen-memory's downloader, never used by Verbatim; pdfkit's AES, loaded when first used;
  // fontkit's WOFF2 decoder, through Node's zlib (see each stub's header).
  alias: {
    'node-fetch': join(ROOT, 'scripts', 'bundle-stubs', 'node-fetch.cjs'),
    '@noble/ciphers/aes': join(ROOT, 'scripts', 'bundle-stubs', 'noble-aes.cjs'),
    'brotli/decompress.js': join(ROOT, 'scripts', 'bundle-stubs', 'brotli-decompress.cjs'),
  },
  // franc's trigram dictionaries, built when first read (see the plugin's header).
  plugins: [francLazyTrigrams],
  legalComments: 'eof',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  write: false,
});
for (const file of result.outputFiles) writeAtomically(file.path, file.contents);

// pdfkit reads its sRGB profile (PDF/A output intent) from `./data/` beside its own module.
const icc = join(dirname(require.resolve('pdfkit')), 'data', 'sRGB_IEC61966_2_1.icc');
mkdirSync(join(ROOT, 'dist', 'data'), { recursive: true });
copyFileSync(icc, join(ROOT, 'dist', 'data', 'sRGB_IEC61966_2_1.icc'));
// A cache made from the previous bundle does not match this one's digest: it is ignored, then replaced.

// Warm-up run in a fresh process, as the CLI runs, then save the code cache (saveCodeCache
// writes through a temporary file too).
const out = mkdtempSync(join(tmpdir(), 'verbatim-warm-up-'));
try {
  const warmUp = `
    const { loadBundle, saveCodeCache } = require(${JSON.stringify(join(ROOT, 'bin', 'bundle-loader.cjs'))});
    const bundle = loadBundle();
    // Every registered format: a renderer added to the registry is warmed up and cached too.
    const formats = bundle.exports.rendererIds().join(',');
    bundle.exports.main([...process.argv.slice(1), '--to', formats]).then((code) => {
      if (code !== 0) process.exit(code);
      saveCodeCache(bundle);
    });`;
  const example = join(ROOT, 'examples', 'press-conference.txt');
  const run = spawnSync(process.execPath, ['-e', warmUp, 'build', example, '--out', out], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error(`the warm-up run of the bundle failed (exit ${run.status})`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
