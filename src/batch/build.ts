/**
 * @module batch/build
 * `verbatim build` as a library function: expands input files and folders, normalises each
 * input (or reads its model JSON), renders every requested format and writes the files
 * atomically into the output folder. A failing input is reported and the others go on; the
 * result says which succeeded. Progress goes to a callback so the CLI decides how to show it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { VerbatimError } from '../errors.js';
import { DEFLATE_CACHE_DIRECTORY } from '../render/deflate-cache.js';
import { checkFormats } from '../render/registry.js';
import { runInWorkers, workerScriptAvailable } from './pool.js';
import { uniqueBaseNames, type PlacedInput } from './output-names.js';
import { buildOne, type BuildEvent, type BuildJob, type BuildResult, type BatchInputOptions } from './job.js';
import { registerOutputFolder, writeFileAtomic } from '../write-atomic.js';

/** File extensions `build` picks up inside a folder. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.vtt', '.srt', '.json', '.xml', '.docx'];

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

/** Options of `buildEditions`: how each input is rendered, and how many at once. */
export interface BuildOptions extends BatchInputOptions {
  /** Inputs rendered at once, in worker threads (default 1: in this thread). */
  jobs?: number;
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

/** Input files of the given paths: files as given, folders expanded (recursively, sorted). */
export function expandInputs(paths: string[]): ExpandedInputs {
  const inputs: PlacedInput[] = [];
  const skipped: string[] = [];
  const walk = (folder: string, relative: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    )) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, relative === '' ? entry.name : `${relative}/${entry.name}`);
      else if (INPUT_EXTENSIONS.includes(extname(entry.name).toLowerCase()) && !isVerbatimEdition(path))
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
    const probe = join(outDir, `.verbatim-write-test.${process.pid}`);
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
  const { inputs, skipped } = expandInputs(paths);
  if (inputs.length === 0)
    throw new VerbatimError(
      'no-input',
      `no transcript files found in the given folders${skipped.length > 0 ? ` (${skipped.length} other ${skipped.length === 1 ? 'file' : 'files'} skipped: Verbatim reads ${INPUT_EXTENSIONS.join(' ')})` : ''}`,
    );
  prepareOutDir(options.outDir);
  registerOutputFolder(options.outDir);
  // Fonts compressed for the first time are written there by whichever thread renders.
  registerOutputFolder(DEFLATE_CACHE_DIRECTORY);
  const names = uniqueBaseNames(inputs);
  for (const name of names) {
    const slash = name.lastIndexOf('/');
    if (slash < 0) continue;
    const folder = join(options.outDir, name.slice(0, slash));
    mkdirSync(folder, { recursive: true });
    registerOutputFolder(folder);
  }
  // Every job carries the options as given (worker threads receive a structured clone of it).
  const { jobs: _workers, onlyInputs, ...shared } = options;
  const jobs: BuildJob[] = inputs
    .map(({ path: input }, index) => ({ ...shared, index, input, name: names[index]! }))
    .filter((job) => onlyInputs === undefined || onlyInputs.has(resolve(job.input)))
    .map((job, index) => ({ ...job, index }));
  const results: BuildResult[] = new Array<BuildResult>(jobs.length);
  onEvent({ type: 'start', total: jobs.length, skipped });
  let done = 0;
  const report = (job: BuildJob, result: BuildResult) => {
    results[job.index] = result;
    onEvent({ type: 'done', index: done++, total: jobs.length, result });
  };
  const workers = Math.min(options.jobs ?? 1, jobs.length);
  if (workers > 1 && workerScriptAvailable()) await runInWorkers(jobs, workers, report);
  else for (const job of jobs) report(job, await buildOne(job));
  return results;
}

/** SOURCE_DATE_EPOCH from the environment, validated; undefined when unset. */
export function sourceDateEpochFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env['SOURCE_DATE_EPOCH'];
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,12}$/.test(value))
    throw new VerbatimError('invalid-option', `SOURCE_DATE_EPOCH must be a whole number of seconds, not "${value}"`);
  return Number(value);
}
