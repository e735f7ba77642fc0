/**
 * @module batch/watch
 * `verbatim build --watch`: build once, then build again whenever an input, an input's sidecar
 * (`NAME.verbatim.yaml`), the theme file or a template changes, in this process, so the
 * renderers, their fonts and the compiled templates stay warm. Inputs are rendered in this
 * thread (no worker pool: a fresh worker would be a cold one).
 *
 * Watching uses `node:fs` `watch` on folders, never on files: editors save by writing a new file
 * and renaming it over the old one, and a watch on the old file would then watch nothing. So the
 * folder of each input file, of the theme file and every folder of an input folder and of the
 * template folder are watched (each on its own: Node 20's recursive watch on Linux is young), and
 * the folders are looked at again after each build, so a new sub-folder is watched too. Events
 * arrive in bursts (an editor writes, renames, sets times); they are collected until none has
 * come for `debounceMs`, then one build runs. A change during a build queues one more build.
 *
 * What is built: everything when the theme or a template changed (the theme is read again and
 * the compiled templates are forgotten); otherwise the inputs whose file or sidecar changed, and
 * new files in an input folder. Files this process wrote are never taken for inputs, so an
 * output folder inside an input folder does not loop. An error (a theme that does not load, an
 * input that fails) prints one line and watching goes on; the next change tries again.
 */
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { VerbatimError } from '../errors.js';
import { forgetCompiledTemplates } from '../render/template-files.js';
import type { Theme } from '../theme/theme.js';
import { registerOutputFolder, stopOnInterrupt } from '../write-atomic.js';
import { sidecarPath } from '../overrides.js';
import { buildEditions, expandInputs, type BuildOptions } from './build.js';
import type { BuildResult } from './job.js';
import { warningLines } from './progress.js';

/** How long the watcher waits after the last change event before it builds. */
export const DEFAULT_DEBOUNCE_MS = 120;

/** Options of `watchBuild`. */
export interface WatchOptions {
  /** Input files and folders, as given. */
  inputs: string[];
  /** How each input is built; the theme comes from `loadTheme`. */
  build: Omit<BuildOptions, 'theme' | 'jobs' | 'onlyInputs'>;
  /** Read the theme (again): the preset or file, with `--paper` and `--templates` applied. */
  loadTheme: () => Promise<Theme>;
  /** The theme file to watch; null for a preset. */
  themeFile: string | null;
  /** Where the one line per build goes. */
  stream: NodeJS.WritableStream;
  /** Print failures only. */
  quiet?: boolean;
  /** Colour the status words (a terminal, and no NO_COLOR). */
  colour?: boolean;
  /** Quiet time after a change before building (default `DEFAULT_DEBOUNCE_MS`). */
  debounceMs?: number;
}

/** A running watch. */
export interface Watching {
  /** Stop watching (after the build under way, if any). */
  close(): Promise<void>;
  /** Settles when watching has stopped. */
  closed: Promise<void>;
}

/** What a batch of change events asks for. */
interface Changes {
  theme: boolean;
  templates: boolean;
  paths: Set<string>;
}

/** `path` is `folder` or inside it. */
function isWithin(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** A folder and its sub-folders (not hidden ones, not `skip`), or nothing when it cannot be read. */
function foldersOf(folder: string, skip: string | null): string[] {
  if (skip !== null && isWithin(folder, skip)) return [];
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const out = [folder];
  for (const entry of entries)
    if (entry.isDirectory() && !entry.name.startsWith('.')) out.push(...foldersOf(join(folder, entry.name), skip));
  return out;
}

function isFolder(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

/** "143 ms", "1.4 s". */
function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Start watching: the first build runs at once. */
export function watchBuild(options: WatchOptions): Watching {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const outDir = resolve(options.build.outDir);
  const themeFile = options.themeFile === null ? null : resolve(options.themeFile);
  const paint = (code: string, text: string) => (options.colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const say = (line: string, failure = false) => {
    if (options.quiet && !failure) return;
    options.stream.write(`${paint('2', new Date().toTimeString().slice(0, 8))} ${line}\n`);
  };
  const fail = (message: string) => say(`${paint('31', 'FAILED')} ${message}`, true);

  let theme: Theme | null = null;
  const known = new Set<string>();
  const written = new Set<string>();
  const watchers = new Map<string, FSWatcher>();
  let pending: Changes = { theme: true, templates: false, paths: new Set() };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let first = true;
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));

  const templatesFolder = () => (theme?.templates ? resolve(theme.templates) : null);

  const noticed = (folder: string, filename: string | null) => {
    if (stopped) return;
    const path = filename === null ? folder : join(folder, filename);
    if (themeFile !== null && path === themeFile) pending.theme = true;
    else if (basename(path).startsWith('.'))
      return; // temporary files, editors' swap files
    else if (templatesFolder() !== null && isWithin(path, templatesFolder()!)) pending.templates = true;
    else if (written.has(path)) return;
    else pending.paths.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => void start(), debounceMs);
  };

  /** Watch exactly the folders that matter now. */
  const reconcile = () => {
    const wanted = new Set<string>();
    if (themeFile !== null) wanted.add(dirname(themeFile));
    const templates = templatesFolder();
    if (templates !== null) for (const folder of foldersOf(templates, null)) wanted.add(folder);
    for (const input of options.inputs) {
      const path = resolve(input);
      if (isFolder(path)) for (const folder of foldersOf(path, outDir)) wanted.add(folder);
      else wanted.add(dirname(path));
    }
    for (const [folder, watcher] of watchers)
      if (!wanted.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    for (const folder of wanted) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: true }, (_event, filename) =>
          noticed(folder, typeof filename === 'string' ? filename : null),
        );
        // A folder that goes away stops its watcher; the next build looks at the folders again.
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(folder);
        });
        watchers.set(folder, watcher);
      } catch {
        // Not there (yet): looked for again after the next build.
      }
    }
  };

  const build = async (changes: Changes) => {
    const started = performance.now();
    let inputs: string[];
    try {
      inputs = expandInputs(options.inputs)
        .inputs.map(({ path }) => resolve(path))
        .filter((path) => !written.has(path));
    } catch (error) {
      fail((error as Error).message);
      return;
    }
    const everything = first || changes.theme || changes.templates;
    const chosen = inputs.filter(
      (path) =>
        everything || !known.has(path) || changes.paths.has(path) || changes.paths.has(resolve(sidecarPath(path))),
    );
    for (const path of inputs) known.add(path);
    // Other files in a watched folder (a log written there, say) build nothing.
    if (chosen.length === 0) return;
    if (changes.theme || theme === null) {
      try {
        theme = await options.loadTheme();
      } catch (error) {
        theme = null;
        fail(error instanceof VerbatimError ? error.message : `internal error: ${(error as Error).message}`);
        return;
      }
    }
    if (changes.templates) forgetCompiledTemplates();
    let results: BuildResult[];
    try {
      results = await buildEditions(options.inputs, {
        ...options.build,
        theme,
        jobs: 1,
        onlyInputs: new Set(chosen),
      });
    } catch (error) {
      fail(error instanceof VerbatimError ? error.message : `internal error: ${(error as Error).message}`);
      return;
    }
    report(results, performance.now() - started);
  };

  const report = (results: BuildResult[], ms: number) => {
    for (const result of results) for (const output of result.outputs) written.add(resolve(output));
    for (const result of results) if (!result.ok) fail(`${result.input}: ${result.error}`);
    // Inputs the manifest showed up to date were not built: said once, on the first build.
    const done = results.filter((result) => result.ok && result.unchanged !== true);
    const unchanged = results.length - done.length - results.filter((result) => !result.ok).length;
    if (done.length === 0) {
      if (first && unchanged > 0)
        say(
          `${paint('32', 'up to date')} ${unchanged} ${unchanged === 1 ? 'input' : 'inputs'} in ${relative(process.cwd(), outDir) || '.'}`,
        );
      return;
    }
    const warnings = new Set(done.flatMap((result) => warningLines(result.diagnostics))).size;
    const what =
      done.length === 1
        ? `${done[0]!.input} → ${done[0]!.outputs.map((o) => relative(process.cwd(), o)).join(', ')}`
        : `${done.length} inputs → ${relative(process.cwd(), outDir) || '.'}`;
    say(
      `${paint('32', 'built')} ${what} (${duration(ms)}${warnings > 0 ? `; ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''})`,
    );
    // The first build lists its warnings, as a build without --watch does; later ones only count them.
    if (first && !options.quiet)
      for (const result of done) for (const line of warningLines(result.diagnostics)) options.stream.write(`${line}\n`);
  };

  const start = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    const changes = pending;
    pending = { theme: false, templates: false, paths: new Set() };
    running = build(changes)
      .catch((error: unknown) => fail(`internal error: ${(error as Error).message}`))
      .finally(() => {
        first = false;
        if (!stopped) reconcile();
        running = null;
        if (again) {
          again = false;
          void start();
        }
      });
    await running;
  };

  const close = async () => {
    if (stopped) return closed;
    stopped = true;
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
    release();
    if (running) await running;
    resolveClosed();
    return closed;
  };

  // Ctrl-C: stop watching and let the build under way finish before temporary files are removed.
  registerOutputFolder(outDir);
  const release = stopOnInterrupt(close);
  reconcile();
  void start().then(() => {
    if (!stopped && !options.quiet) {
      const count = watchers.size;
      say(`watching ${count} ${count === 1 ? 'folder' : 'folders'} for changes (Ctrl-C stops)`);
    }
  });
  return { close, closed };
}
