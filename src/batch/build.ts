/**
 * @module batch/build
 * `verbatim build` as a library function: expands input files and folders, normalises each
 * input (or reads its model JSON), renders every requested format and writes the files
 * atomically into the output folder. A failing input is reported and the others go on; the
 * result says which succeeded. Progress goes to a callback so the CLI decides how to show it.
 * With a shard (`shard.ts`) it renders only that shard's inputs, named as in the whole batch;
 * with the manifest (`manifest.ts`, on by default) it skips inputs whose files are up to date.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { VerbatimError } from '../errors.js';
import { sidecarPath } from '../overrides.js';
import { DEFLATE_CACHE_DIRECTORY } from '../render/deflate-cache.js';
import { checkFormats, extensionOfFormat } from '../render/registry.js';
import { VERSION } from '../version.js';
import { runInWorkers, workerScriptAvailable } from './pool.js';
import { uniqueBaseNames, type PlacedInput } from './output-names.js';
import {
  buildOne,
  outputTarget,
  type BuildEvent,
  type BuildJob,
  type BuildResult,
  type BatchInputOptions,
  type GoneInput,
} from './job.js';
import {
  entryNames,
  fileSha256,
  isUpToDate,
  nextEntry,
  readEntry,
  recordedPath,
  removeEntry,
  settingsDigest,
  writeEntry,
} from './manifest.js';
import { readerFormats } from '../normalise/reader-formats.js';
import { assignShards, shardKey, shardOfKey, type Shard } from './shard.js';
import { registerOutputFolder, writeFileAtomic } from '../write-atomic.js';

/** File extensions `build` picks up inside a folder: every extension a reader names (`verbatim formats`). */
export const INPUT_EXTENSIONS: readonly string[] = [...new Set(readerFormats().flatMap((format) => format.extensions))];

/**
 * True for a Word document Verbatim itself wrote (`docProps/app.xml` names it): an edition left
 * in a folder being built is not a transcript to read again. (Named on the command line, it is.)
 */
function isVerbatimEdition(path: string): boolean {
  if (extname(path).toLowerCase() !== '.docx') return false;
  try {
    const parts = unzipSync(readFileSync(path), { filter: (file) => file.name === 'docProps/app.xml' });
    const app = parts['docProps/app.xml'];
    return app !== undefined && strFromU8(app).includes('<Application>Verbatim</Application>');
  } catch {
    return false;
  }
}

/** Options of `buildEditions`: how each input is rendered, how many at once, which, and whether again. */
export interface BuildOptions extends BatchInputOptions {
  /** Inputs rendered at once, in worker threads (default 1: in this thread). */
  jobs?: number;
  /** Render only this shard of the inputs (see `shard.ts`); all of them when absent. */
  shard?: Shard;
  /** Keep a manifest in `outDir/.verbatim/` and skip inputs whose files it shows up to date (default true). */
  manifest?: boolean;
  /** Render every input even when the manifest shows it up to date (the manifest is still written). */
  force?: boolean;
  /**
   * Render only these inputs (resolved paths) of those the paths expand to; the others keep the
   * output names they would have had (`verbatim build --watch` renders what changed).
   */
  onlyInputs?: ReadonlySet<string>;
}

/** What the given paths hold: transcript files (with the sub-folder they were found in) and files passed over. */
export interface ExpandedInputs {
  inputs: PlacedInput[];
  /** Files inside the folders given that are not transcripts Verbatim reads (by extension). */
  skipped: string[];
}

/**
 * Input files of the given paths: files as given, folders expanded (recursively, sorted, dot-files
 * and dot-folders left out). `exclude` is a folder never entered — the output folder, when it lies
 * inside an input folder, so that a re-run (or another shard, still listing) never reads outputs
 * as inputs.
 */
export function expandInputs(paths: string[], exclude?: string): ExpandedInputs {
  const excluded = exclude === undefined ? undefined : resolve(exclude);
  const inputs: PlacedInput[] = [];
  const skipped: string[] = [];
  const walk = (folder: string, relative: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    )) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (resolve(path) !== excluded) walk(path, relative === '' ? entry.name : `${relative}/${entry.name}`);
      } else if (INPUT_EXTENSIONS.includes(extname(entry.name).toLowerCase()) && !isVerbatimEdition(path))
        inputs.push({ path, folder: relative });
      // A sidecar of corrections belongs to its input, and is read with it.
      else if (!entry.name.endsWith('.verbatim.yaml')) skipped.push(path);
    }
  };
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      throw new VerbatimError('no-input', `cannot read ${path}: no such file or folder`);
    }
    if (isFolder) walk(path, '');
    else inputs.push({ path, folder: '' });
  }
  return { inputs, skipped };
}

function prepareOutDir(outDir: string): void {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new VerbatimError(
      'bad-output',
      `cannot create the output folder ${outDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    // Unique across machines too: shards on several hosts (or pods, all pid 1) may share the folder.
    const probe = join(
      outDir,
      `.verbatim-write-test.${hostname().replace(/[^A-Za-z0-9-]/g, '')}.${process.pid}.${Math.random().toString(36).slice(2)}`,
    );
    writeFileAtomic(probe, new Uint8Array());
    rmSync(probe, { force: true });
  } catch (error) {
    throw new VerbatimError(
      'bad-output',
      `the output folder ${outDir} is not writable (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

/** Build every format of every input. Throws only for bad options; input failures are results. */
export async function buildEditions(
  paths: string[],
  options: BuildOptions,
  onEvent: (event: BuildEvent) => void = () => undefined,
): Promise<BuildResult[]> {
  checkFormats(options.formats);
  const { jobs: workerCount, shard, manifest = true, force = false, onlyInputs, ...shared } = options;
  const outDir = shared.outDir;
  const { inputs, skipped } = expandInputs(paths, outDir);
  if (inputs.length === 0)
    throw new VerbatimError(
      'no-input',
      `no transcript files found in the given folders${skipped.length > 0 ? ` (${skipped.length} other ${skipped.length === 1 ? 'file' : 'files'} skipped: Verbatim reads ${INPUT_EXTENSIONS.join(' ')})` : ''}`,
    );
  prepareOutDir(outDir);
  registerOutputFolder(outDir);
  // Fonts compressed for the first time are written there by whichever thread renders.
  registerOutputFolder(DEFLATE_CACHE_DIRECTORY);
  // Names and keys come from all the inputs, so that every shard names an input alike.
  const names = uniqueBaseNames(inputs);
  const keys = inputs.map(shardKey);
  const shardOf =
    shard === undefined
      ? []
      : assignShards(
          inputs.map((input, i) => ({ key: keys[i]!, size: sizeOf(input.path) })),
          shard.count,
        );
  const chosen = inputs
    .map((_, i) => i)
    .filter((i) => shard === undefined || shardOf[i] === shard.index)
    .filter((i) => onlyInputs === undefined || onlyInputs.has(resolve(inputs[i]!.path)));
  for (const i of chosen) {
    const name = names[i]!;
    const slash = name.lastIndexOf('/');
    if (slash < 0) continue;
    const folder = join(outDir, name.slice(0, slash));
    mkdirSync(folder, { recursive: true });
    registerOutputFolder(folder);
  }

  const settings = manifest ? settingsDigest(shared) : '';
  const wantedOutputs = (job: BuildJob) =>
    job.formats.map((format) => ({ format, target: outputTarget(job, extensionOfFormat(format)) }));
  const results: BuildResult[] = new Array<BuildResult>(chosen.length);
  const sidecars: (string | null)[] = new Array<string | null>(chosen.length).fill(null);
  // Every job carries the options as given (worker threads receive a structured clone of it).
  const jobs: BuildJob[] = [];
  let unchanged = 0;
  chosen.forEach((i, index) => {
    const job: BuildJob = { ...shared, index, input: inputs[i]!.path, name: names[i]! };
    if (manifest) {
      sidecars[index] = fileSha256(sidecarPath(job.input));
      const wanted = wantedOutputs(job);
      const upToDate =
        !force &&
        isUpToDate(readEntry(outDir, job.name), {
          key: keys[i]!,
          sidecarSha256: sidecars[index] ?? null,
          settings,
          version: VERSION,
          wanted: wanted.map(({ format, target }) => ({ format, file: recordedPath(outDir, target) })),
          inputSha256: () => fileSha256(job.input),
          outputSha256: (file) => fileSha256(join(outDir, ...file.split('/'))),
        });
      if (upToDate) {
        results[index] = {
          input: job.input,
          ok: true,
          unchanged: true,
          outputs: wanted.map((w) => w.target),
          diagnostics: [],
        };
        unchanged++;
        return;
      }
    }
    jobs.push(job);
  });
  const gone = manifest ? goneInputs(outDir, new Set(names), shard) : [];

  onEvent({
    type: 'start',
    total: jobs.length,
    skipped,
    unchanged,
    ...(shard ? { shard: { ...shard, inputs: chosen.length, of: inputs.length } } : {}),
    gone,
  });
  let done = 0;
  const report = (job: BuildJob, result: BuildResult) => {
    if (manifest && result.ok) record(job, result);
    results[job.index] = result;
    onEvent({ type: 'done', index: done++, total: jobs.length, result });
  };
  /** Write the input's entry, after its files; an input whose entry cannot be written counts as failed. */
  const record = (job: BuildJob, result: BuildResult) => {
    const rendered = wantedOutputs(job).map(({ format, target }) => ({
      format,
      file: recordedPath(outDir, target),
      sha256: result.sha256?.[target],
    }));
    try {
      if (result.inputSha256 === undefined || rendered.some((r) => r.sha256 === undefined)) {
        // The input changed while its formats were rendered: no entry, so the next run renders it.
        removeEntry(outDir, job.name);
        return;
      }
      const entry = nextEntry(
        readEntry(outDir, job.name),
        {
          input: keys[chosen[job.index]!]!,
          inputSha256: result.inputSha256,
          sidecarSha256: sidecars[job.index] ?? null,
          settings,
          verbatim: VERSION,
        },
        rendered.map(({ format, file, sha256 }) => ({ format, file, sha256: sha256! })),
      );
      writeEntry(outDir, job.name, entry);
    } catch (error) {
      result.ok = false;
      result.error = `its files were written, but not its manifest entry (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
  };
  const workers = Math.min(workerCount ?? 1, jobs.length);
  if (workers > 1 && workerScriptAvailable()) await runInWorkers(jobs, workers, report);
  else for (const job of jobs) report(job, await buildOne(job));
  return results;
}

/** A file's size in bytes (0 when it cannot be read: the render will say why). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Inputs the manifest remembers that are not among the inputs now (a file removed or renamed, or
 * another folder built into the same output folder), each reported by the one shard its path
 * belongs to. Their files are kept, never deleted; an entry whose files are all gone (deleted by
 * hand) is forgotten.
 */
function goneInputs(outDir: string, current: ReadonlySet<string>, shard: Shard | undefined): GoneInput[] {
  const gone: GoneInput[] = [];
  for (const name of entryNames(outDir)) {
    if (current.has(name)) continue;
    const entry = readEntry(outDir, name);
    if (entry === null) continue;
    if (shard !== undefined && shardOfKey(entry.input, shard.count) !== shard.index) continue;
    const files = entry.outputs.map((o) => join(outDir, ...o.file.split('/'))).filter((file) => existsSync(file));
    if (files.length === 0) removeEntry(outDir, name);
    else gone.push({ input: entry.input, files });
  }
  return gone;
}

/** SOURCE_DATE_EPOCH from the environment, validated; undefined when unset. */
export function sourceDateEpochFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env['SOURCE_DATE_EPOCH'];
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,12}$/.test(value))
    throw new VerbatimError('invalid-option', `SOURCE_DATE_EPOCH must be a whole number of seconds, not "${value}"`);
  return Number(value);
}
