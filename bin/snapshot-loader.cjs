// Runs the CLI from its V8 startup snapshot (dist/verbatim.blob, written by scripts/snapshot.mjs)
// when that snapshot fits this process: made from the bundle now in dist/ (the bundle's size and
// modification time as recorded when the snapshot was built; its SHA-256 is recorded too), in
// this folder, by this Node version with the same V8 flags (`v8.cachedDataVersionTag()`, which
// Node checks itself and would otherwise fail on), still of the size it was written with, and
// the process was started without Node options of its own (`node --cpu-prof bin/verbatim.js …`
// runs the bundle in this process, as asked). Then the command runs in a child process, `node
// --snapshot-blob dist/verbatim.blob verbatim ARGS…`, with the same standard streams; its exit
// code (or signal) becomes this process's. The child runs with V8_FLAGS, the flags the snapshot
// was built with (Node refuses a snapshot whose flags differ), and without NODE_EXTRA_CA_CERTS
// (Verbatim opens no network connection, and with it Node 20 reads the file and its own root
// certificates at start-up: 40 ms). Anything else — no snapshot, a stale one, a child that cannot
// start — returns false and the caller runs the bundle instead, with no message. On POSIX the
// launcher bin/verbatim does the same without a parent process (it execs Node itself).
'use strict';
const { spawn } = require('node:child_process');
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const v8 = require('node:v8');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = join(DIST, 'verbatim.cjs');
const BLOB = join(DIST, 'verbatim.blob');
const META = `${BLOB}.json`;
/** Marks where the command's own arguments start in the child's argv. */
const SENTINEL = 'verbatim';
/**
 * V8 flags the snapshot is built and run with (docs/benchmark.md has the measurements):
 * - a function is optimised by TurboFan after 100 ticks of its interrupt budget instead of 3: a
 *   command on one transcript spent a third of its CPU time compiling functions that were warm
 *   but finished before their optimised code paid off; hot loops (deflate, line breaking) are
 *   still optimised in long runs;
 * - the snapshot's strings keep the hash seed they were built with instead of being hashed again
 *   with a new random one at every start (a quarter of the deserialisation). The seed is still
 *   random, once per build, and stays on this machine; a fixed seed matters to a server hashing
 *   keys an attacker chooses, not to a command reading the user's own files;
 * - the old generation starts at 64 MB: the 25 MB the snapshot brings made V8 start a full
 *   mark-compact of them early in every command.
 */
const V8_FLAGS = ['--ticks-before-optimization=100', '--no-rehash-snapshot', '--initial-old-space-size=64'];

/** What a snapshot is checked against, as this process sees it (`bundleSha256` from the build). */
function snapshotMeta(bundleSha256) {
  const bundle = statSync(BUNDLE);
  return {
    bundle: { sha256: bundleSha256, size: bundle.size, mtimeMs: bundle.mtimeMs },
    blobSize: statSync(BLOB).size,
    node: process.version,
    arch: process.arch,
    platform: process.platform,
    v8Tag: v8.cachedDataVersionTag(),
    dist: DIST,
  };
}

/** Whether the snapshot on disk fits this process (see the header). */
function snapshotFits() {
  if (process.execArgv.length > 0) return false;
  let meta;
  try {
    meta = JSON.parse(readFileSync(META, 'utf8'));
    const bundle = statSync(BUNDLE);
    return (
      meta.blobSize === statSync(BLOB).size &&
      meta.node === process.version &&
      meta.arch === process.arch &&
      meta.platform === process.platform &&
      meta.dist === DIST &&
      meta.v8Tag === v8.cachedDataVersionTag() &&
      meta.bundle.size === bundle.size &&
      meta.bundle.mtimeMs === bundle.mtimeMs
    );
  } catch {
    return false;
  }
}

/**
 * Run `args` from the snapshot when it fits: resolves to true once the child has exited (its
 * status set on this process), false when the snapshot does not fit or the child could not start.
 */
function runFromSnapshot(args) {
  if (!snapshotFits()) return Promise.resolve(false);
  return new Promise((resolve) => {
    const { NODE_EXTRA_CA_CERTS, ...env } = process.env;
    const child = spawn(process.execPath, [...V8_FLAGS, '--snapshot-blob', BLOB, SENTINEL, ...args], {
      stdio: 'inherit',
      env,
    });
    // An interrupt or termination is passed on. Ctrl-C in a terminal reaches the child from the
    // terminal too (same process group): the CLI's handler takes a repeated signal as one.
    const signals = ['SIGINT', 'SIGTERM'];
    const forward = (signal) => child.kill(signal);
    for (const signal of signals) process.on(signal, forward);
    const stopListening = () => {
      for (const signal of signals) process.off(signal, forward);
    };
    child.on('error', () => {
      stopListening();
      resolve(false);
    });
    child.on('exit', (code, signal) => {
      stopListening();
      if (signal) {
        process.kill(process.pid, signal);
        return;
      }
      process.exitCode = code ?? 1;
      resolve(true);
    });
  });
}

module.exports = { runFromSnapshot, snapshotFits, snapshotMeta, BLOB, META, SENTINEL, V8_FLAGS };
