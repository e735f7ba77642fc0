/**
 * @module write-atomic
 * Writes a file atomically: the bytes go to a temporary file beside the target, which is then
 * renamed over it, so a reader never sees a half-written file and a crash leaves none. Temporary
 * files still open when the process is interrupted (Ctrl-C) are removed before it exits, after
 * the worker threads that write too have been told (by a flag in shared memory) to start no new
 * write and have been stopped. A temporary file's name carries the host
 * and the process id, so that processes on several machines (shards of one build, each perhaps
 * pid 1 in its container) sharing an output folder never touch each other's.
 */
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/**
 * The end of this process's temporary file names: `.HOST-PID.tmp` (worker threads share it).
 * Computed when used, never when the module loads: the CLI starts from a V8 startup snapshot, in
 * which a value computed at load would carry the host and process id of the build that made the
 * snapshot, while worker threads (which load the module afresh) name their files with the real
 * ones, and the clean-up on Ctrl-C would then miss the files they leave.
 */
function temporarySuffix(): string {
  return `.${hostname()
    .replace(/[^A-Za-z0-9-]/g, '')
    .slice(0, 40)}-${process.pid}.tmp`;
}

const pending = new Set<string>();
const folders = new Set<string>();
const stoppers = new Set<() => Promise<unknown>>();
let handlersInstalled = false;
/**
 * How long an interrupt waits for writers to stop before it cleans up anyway. A worker thread
 * stops only once its file system calls in flight return (an fsync on a busy disk can take
 * seconds); cleaning up before that lets it leave a temporary file behind.
 */
const STOP_TIMEOUT_MS = 10_000;

/**
 * Set to 1 by the main thread on an interrupt, read by worker threads before they start or finish
 * a write: a worker whose native call (a compression, an fsync) outlives `terminate()` for a
 * moment then starts no new temporary file, and drops the one it holds.
 */
let stopSignal: Int32Array | null = null;

/** The flag a worker thread's writes obey (shared memory from the pool that started it). */
export function obeyStopSignal(signal: Int32Array): void {
  stopSignal = signal;
}

/** A new shared flag for worker threads, and the function that raises it. */
export function newStopSignal(): { signal: Int32Array; raise: () => void } {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  return { signal, raise: () => Atomics.store(signal, 0, 1) };
}

function stopRaised(): boolean {
  return stopSignal !== null && Atomics.load(stopSignal, 0) === 1;
}

/**
 * Register something that writes files from elsewhere (the worker threads of a parallel build),
 * to be stopped on an interrupt before the temporary files are removed — otherwise a worker could
 * start a new temporary file after the clean-up. Returns the function that unregisters it.
 */
export function stopOnInterrupt(stop: () => Promise<unknown>): () => void {
  stoppers.add(stop);
  return () => stoppers.delete(stop);
}

/**
 * Remember an output folder: on an interrupt, temporary files this process left there (also
 * those of its worker threads, which share the process id) are removed.
 */
export function registerOutputFolder(folder: string): void {
  folders.add(folder);
  installInterruptCleanup();
}

/** Remove this process's temporary files from a folder. */
export function removeStrayTemporaryFiles(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const suffix = temporarySuffix();
  for (const name of names)
    if (name.startsWith('.') && name.endsWith(suffix)) rmSync(join(folder, name), { force: true });
}

function installInterruptCleanup(): void {
  if (handlersInstalled || !isMainThread) return;
  handlersInstalled = true;
  let interrupted = false;
  // A last sweep as the process exits, for a worker that was still finishing a write.
  process.on('exit', () => {
    if (!interrupted) return;
    for (const folder of folders) removeStrayTemporaryFiles(folder);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // The same signal twice (Ctrl-C reaches both `bin/verbatim.js` and the process it started
    // from the startup snapshot, which passes it on) is one interrupt; the clean-up runs once.
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      const stopped = Promise.allSettled([...stoppers].map((stop) => stop()));
      const timeout = new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref());
      void Promise.race([stopped, timeout]).then(() => {
        removePendingTemporaryFiles();
        for (const folder of folders) removeStrayTemporaryFiles(folder);
        process.stderr.write(`verbatim: interrupted; no partial files were left\n`);
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
    });
  }
}

/** Remove temporary files of writes that have not finished. */
export function removePendingTemporaryFiles(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

/** The temporary file `target` is written to first, listed for removal if the process is interrupted. */
function temporaryFor(target: string): string {
  installInterruptCleanup();
  const temporary = join(dirname(target), `.${basename(target)}${temporarySuffix()}`);
  pending.add(temporary);
  return temporary;
}

/** Open the temporary file and write every byte to it; the open descriptor. */
function writeAll(temporary: string, bytes: Uint8Array): number {
  const fd = openSync(temporary, 'w', 0o644);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** After a failed write: the temporary file goes; the error is the caller's. */
function abandon(temporary: string, error: unknown): never {
  rmSync(temporary, { force: true });
  throw error;
}

/** Write `bytes` to `target` atomically (temporary file in the same folder, then rename). */
export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  if (stopRaised()) throw new Error('interrupted');
  const temporary = temporaryFor(target);
  try {
    const fd = writeAll(temporary, bytes);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (stopRaised()) throw new Error('interrupted');
    renameSync(temporary, target);
  } catch (error) {
    abandon(temporary, error);
  } finally {
    pending.delete(temporary);
  }
}
