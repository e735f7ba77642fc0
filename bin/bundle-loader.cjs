// Loads the single-file bundle of the CLI (dist/verbatim.cjs, written by scripts/bundle.mjs) with
// V8's code cache (dist/verbatim.cjs.cache), so a run skips parsing and compiling the ~7 MB of
// JavaScript it needs. Node 20 has no module compile cache of its own (module.enableCompileCache
// came in Node 22). V8 checks a cache against its own version and flags but only against the
// source's length, so the cache file starts with the SHA-256 of the bundle it was made from and
// is used only for that bundle; a cache that does not match, or that V8 rejects, is ignored and
// the run compiles as usual. The cache is written by the build (scripts/bundle.mjs), never by a run.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'verbatim.cjs');
const CACHE = `${BUNDLE}.cache`;
const DIGEST_LENGTH = 32;

/** The bundle's exports, its compiled script and digest, and whether the code cache was used; null when there is no bundle. */
function loadBundle() {
  let bytes;
  try {
    bytes = readFileSync(BUNDLE);
  } catch {
    return null;
  }
  const digest = createHash('sha256').update(bytes).digest();
  let cachedData;
  try {
    const cache = readFileSync(CACHE);
    if (cache.length > DIGEST_LENGTH && cache.subarray(0, DIGEST_LENGTH).equals(digest))
      cachedData = cache.subarray(DIGEST_LENGTH);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(wrap(bytes.toString('utf8')), {
    filename: BUNDLE,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return {
    exports: module.exports,
    script,
    digest,
    cacheAccepted: cachedData !== undefined && !script.cachedDataRejected,
  };
}

/** Write the code cache of a loaded bundle (after a run, so it holds every function that ran). */
function saveCodeCache(bundle) {
  const temporary = `${CACHE}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([bundle.digest, bundle.script.createCachedData()]));
  renameSync(temporary, CACHE);
}

module.exports = { loadBundle, saveCodeCache, BUNDLE, CACHE };
