// Last build step (`npm run build`, after scripts/bundle.mjs): a V8 startup snapshot of the CLI,
// dist/verbatim.blob. It holds the heap of a process that has evaluated the bundle
// (dist/verbatim.cjs) and rendered the bundled example in every format in memory: modules
// loaded, fonts opened and their OpenType tables decoded, hyphenation patterns and language
// data read. The POSIX launcher bin/verbatim execs `node V8_FLAGS --snapshot-blob
// dist/verbatim.blob` when the launcher's record (dist/verbatim.blob.id, written last) fits, and
// bin/verbatim.js starts it as a child when its record (verbatim.blob.json) does
// (bin/snapshot-loader.cjs: same bundle, same Node, same folder), so a command starts where that
// process stopped. Shaped words are dropped before the snapshot is written, so no
// text is set in advance. A Node without snapshot support, or a build that fails, leaves no
// blob and the CLI runs from the bundle as before.
//
// Node 20 builds a snapshot from one script that may `require` only built-in modules, and some
// things cannot be kept in it; this script supplies them only while the snapshot is built (and
// the bundle leaves out node-fetch, whose http module needs Array.prototype.toSorted, missing
// while a snapshot is built, and cannot be kept in one either):
// - `createRequire` (the bundle loads hyphenation patterns through it) would load user modules,
//   which a snapshot must not have loaded; while building, a file it asks for is evaluated by a
//   minimal loader of relative `.js` requires. After start-up the real `createRequire` is used.
// - a `TextDecoder` that has decoded with `stream: true` holds an ICU converter, which V8 cannot
//   serialise (fflate makes one when loaded); while building, decoding goes through a fresh
//   decoder, and the kept decoders make their converter when first used after start-up.
// - Node's worker_threads module, loaded while a snapshot is built, leaves worker threads
//   started afterwards broken (their process.cwd() fails); the bundle gets a stand-in that
//   loads the module on first use, which must come after start-up.
// - ICU formatters (Intl.PluralRules …) are dropped by the warm-up (src/warm-up.ts).
// The snapshot keeps the script's source (V8 compiles the functions that did not run from it).
// esbuild writes characters above U+00FF in strings as escapes but leaves them in regular
// expressions and `String.raw` templates (the normaliser's quotes, dashes and Cyrillic weekdays),
// and one of them makes V8 store all 5 MB of source with two bytes a character; the builder gets
// them as `\uXXXX` escapes (latin1Source), which mean the same character there: every
// `String.raw` that holds one is the source of a RegExp. The snapshot is 5 MB smaller and starts
// ≈ 15 ms sooner; tests/batch/snapshot.test.ts compares its outputs with the bundle's.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { BUNDLE } = require('../bin/bundle-loader.cjs');
const { BLOB, META, SENTINEL, V8_FLAGS, snapshotMeta } = require('../bin/snapshot-loader.cjs');
const EXAMPLE = join(ROOT, 'examples', 'press-conference.txt');
/** The record bin/verbatim (the POSIX launcher) reads: see launcherRecord. */
const LAUNCHER_RECORD = `${BLOB}.id`;

/** `source` with each UTF-16 code unit above U+00FF written as a `\uXXXX` escape (see the header). */
function latin1Source(source) {
  return source.replace(/[^\0-\xff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The builder script: the stand-ins above, the bundle as a CommonJS module, the warm-up, the main function. */
function builderScript(bundleSource) {
  return `'use strict';
(function () {
const v8 = require('node:v8');
const building = () => v8.startupSnapshot.isBuildingSnapshot();
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const nodeModule = require('node:module');

const loaded = new Map();
function loadWhileBuilding(file) {
  let module = loaded.get(file);
  if (module) return module.exports;
  module = { exports: {} };
  loaded.set(file, module);
  const localRequire = (id) => {
    if (!id.startsWith('.') || !id.endsWith('.js')) throw new Error('snapshot build: cannot load ' + id + ' from ' + file);
    return loadWhileBuilding(path.resolve(path.dirname(file), id));
  };
  const wrapper = vm.compileFunction(fs.readFileSync(file, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
  wrapper.call(module.exports, module.exports, localRequire, module, file, path.dirname(file));
  return module.exports;
}
const moduleForBundle = {
  ...nodeModule,
  createRequire(from) {
    const resolve = (id) => nodeModule.createRequire(from).resolve(id);
    const required = (id) => (building() ? loadWhileBuilding(resolve(id)) : nodeModule.createRequire(from)(id));
    required.resolve = resolve;
    return required;
  },
};
let workerThreads;
const workerThreadsForBundle = new Proxy({}, {
  get(_, name) {
    if (building()) throw new Error('snapshot build: node:worker_threads used while building (' + String(name) + ')');
    workerThreads ??= require('node:worker_threads');
    return workerThreads[name];
  },
});
const requireForBundle = (id) =>
  id === 'node:module' || id === 'module'
    ? moduleForBundle
    : id === 'node:worker_threads' || id === 'worker_threads'
      ? workerThreadsForBundle
      : require(id);

const OriginalTextDecoder = globalThis.TextDecoder;
globalThis.TextDecoder = class TextDecoder extends OriginalTextDecoder {
  decode(input, options) {
    if (!building()) return super.decode(input, options);
    return new OriginalTextDecoder(this.encoding, { fatal: this.fatal, ignoreBOM: this.ignoreBOM }).decode(input, options);
  }
};

const bundleFile = ${JSON.stringify(BUNDLE)};
const module = { exports: {} };
(function (exports, require, module, __filename, __dirname) {
${bundleSource}
})(module.exports, requireForBundle, module, bundleFile, path.dirname(bundleFile));
const bundle = module.exports;

const example = ${JSON.stringify(EXAMPLE)};
bundle.warmUp(fs.readFileSync(example), example).catch((error) => {
  process.stderr.write('snapshot build: the warm-up failed: ' + (error && error.stack) + '\\n');
  process.exit(1);
});

v8.startupSnapshot.addSerializeCallback(() => {
  globalThis.TextDecoder = OriginalTextDecoder;
});
v8.startupSnapshot.setDeserializeMainFunction(() => {
  const args = process.argv.slice(process.argv.indexOf(${JSON.stringify(SENTINEL)}, 1) + 1);
  bundle.main(args).then((code) => {
    process.exitCode = code;
  });
});
})();
`;
}

/**
 * What bin/verbatim checks before it starts Node from the snapshot, in lines a shell reads without
 * tools: the package folder's real path; the inode and size of the Node binary that built the
 * snapshot and of the snapshot file (as `ls -inL` prints them); the V8 flags to start it with.
 */
function launcherRecord() {
  const identity = [process.execPath, BLOB].map((file) => {
    const stat = statSync(file, { bigint: true });
    return `${stat.ino} ${stat.size}`;
  });
  return `${realpathSync(ROOT)}\n${identity.join(' ')}\n${V8_FLAGS.join(' ')}\n`;
}

function writeAtomically(path, bytes) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

rmSync(LAUNCHER_RECORD, { force: true });
rmSync(META, { force: true });
rmSync(BLOB, { force: true });
const bundleBytes = readFileSync(BUNDLE);
const folder = mkdtempSync(join(tmpdir(), 'verbatim-snapshot-'));
try {
  const script = join(folder, 'builder.cjs');
  const blob = join(folder, 'verbatim.blob');
  writeFileSync(script, builderScript(latin1Source(bundleBytes.toString('utf8'))));
  const run = spawnSync(process.execPath, [...V8_FLAGS, '--snapshot-blob', blob, '--build-snapshot', script], {
    cwd: folder,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    // No snapshot: the CLI runs from the bundle and its code cache, as without this step.
    process.stderr.write(`${run.stdout}${run.stderr}`.split('\n').slice(0, 20).join('\n'));
    process.stderr.write(`\nsnapshot build failed (exit ${run.status}); the CLI will run without a snapshot\n`);
  } else {
    writeAtomically(BLOB, readFileSync(blob));
    const digest = createHash('sha256').update(bundleBytes).digest('hex');
    writeAtomically(META, JSON.stringify(snapshotMeta(digest), null, 2) + '\n');
    // Last, so that the record is never newer than a bundle written after it (bin/verbatim).
    writeAtomically(LAUNCHER_RECORD, launcherRecord());
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
