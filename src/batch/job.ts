/**
 * @module batch/job
 * One input of a batch: what a job is (an input, its output base name, the options), what came of
 * it, and `buildOne`, which normalises the input and writes every format atomically. Shared by the
 * batch runner (`build.ts`), the worker pool (`pool.ts`) and the worker threads (`worker-jobs.ts`),
 * so none of them imports another.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { VerbatimError } from '../errors.js';
import type { Diagnostic, Transcript } from '../model/nodes.js';
import { getRenderer } from '../render/registry.js';
import type { Recording } from '../render/types.js';
import type { Theme } from '../theme/theme.js';
import { writeFileAtomic } from '../write-atomic.js';
import { readInputFile } from './read-input.js';
import { applyOverrides, mergeOverrides, readSidecar, type Overrides } from '../overrides.js';

/** What happened to one input. */
export interface BuildResult {
  input: string;
  ok: boolean;
  outputs: string[];
  error?: string;
  diagnostics: Diagnostic[];
  /** SHA-256 of each output written, by its path (for the manifest). */
  sha256?: Record<string, string>;
  /** SHA-256 of the input as it was read; absent when it could not be read (or changed between a pool's tasks). */
  inputSha256?: string;
  /** True when the manifest showed the input's outputs up to date, so nothing was rendered. */
  unchanged?: boolean;
}

/** Which shard a sharded build rendered, and how many of all the inputs were in it. */
export interface ShardSummary {
  index: number;
  count: number;
  /** Where the index came from ("--shard", "SLURM_ARRAY_TASK_ID", …). */
  source: string;
  /** Inputs in this shard, and in all. */
  inputs: number;
  of: number;
}

/** An input the manifest remembers that is not among the inputs now, and its files still on disk. */
export interface GoneInput {
  input: string;
  files: string[];
}

/** Progress events. `total` counts the inputs to render (not those skipped as unchanged). */
export type BuildEvent =
  | {
      type: 'start';
      total: number;
      /** Files in the folders given that are not transcripts. */
      skipped: string[];
      /** Inputs whose files the manifest showed up to date. */
      unchanged?: number;
      shard?: ShardSummary;
      gone?: GoneInput[];
    }
  | { type: 'done'; index: number; total: number; result: BuildResult };

/** How every input of a batch is read and rendered (the options of `buildEditions` that reach each job). */
export interface BatchInputOptions {
  /** Format ids, e.g. ["pdf", "docx", "epub"]. */
  formats: string[];
  /** Output folder (created if missing). */
  outDir: string;
  /** Validated theme. */
  theme: Theme;
  /** SOURCE_DATE_EPOCH, if set. */
  sourceDateEpoch?: number;
  /** Force the language of every input. */
  language?: string;
  /** Captions: seconds of silence that start a new paragraph (the normaliser's default when absent). */
  paragraphPause?: number;
  /** Corrections from the command line, applied to every input (after its sidecar's). */
  overrides?: Overrides | null;
  /** Refuse inputs larger than this many megabytes (default `DEFAULT_MAX_INPUT_MB`). */
  maxInputMegabytes?: number;
  /** The recording an EPUB reads along with (`--audio`, one input only). */
  audio?: Recording;
}

/** One unit of work: an input, its output base name, the options. */
export interface BuildJob extends BatchInputOptions {
  index: number;
  input: string;
  name: string;
}

/** Where a job writes a format: `NAME.EXT` in the output folder, or `NAME-edition.EXT` when that is the input itself. */
export function outputTarget(job: Pick<BuildJob, 'outDir' | 'name' | 'input'>, extension: string): string {
  const target = resolve(job.outDir, `${job.name}.${extension}`);
  // Never write over the input itself (a Markdown input built to Markdown in its own folder).
  return target === resolve(job.input) ? resolve(job.outDir, `${job.name}-edition.${extension}`) : target;
}

/** A failure's message as a build result gives it. */
function failure(error: unknown): string {
  return error instanceof VerbatimError ? error.message : `internal error: ${(error as Error).message}`;
}

/** Normalise one input and write every format; never throws (failures are in the result). */
export async function buildOne(job: BuildJob): Promise<BuildResult> {
  const hashes: Record<string, string> = {};
  const result: BuildResult = { input: job.input, ok: false, outputs: [], diagnostics: [], sha256: hashes };
  try {
    const renderers = await Promise.all(job.formats.map((id) => getRenderer(id)));
    // Loaded here, not at the top: the main thread of a parallel build never normalises.
    const { normaliseFile } = await import('../normalise/index.js');
    const inputBytes = readInputFile(job.input, job.maxInputMegabytes);
    result.inputSha256 = createHash('sha256').update(inputBytes).digest('hex');
    const normalised: Transcript = await normaliseFile(inputBytes, {
      fileName: job.input,
      ...(job.language ? { language: job.language } : {}),
      ...(job.paragraphPause !== undefined ? { paragraphPause: job.paragraphPause } : {}),
    });
    const overrides = mergeOverrides(readSidecar(job.input), job.overrides);
    const transcript = overrides ? applyOverrides(normalised, overrides) : normalised;
    result.diagnostics.push(...transcript.diagnostics);
    for (const renderer of renderers) {
      const diagnostics: Diagnostic[] = [];
      const bytes = await renderer.render(transcript, {
        theme: job.theme,
        diagnostics,
        ...(job.sourceDateEpoch !== undefined ? { sourceDateEpoch: job.sourceDateEpoch } : {}),
        ...(job.audio ? { audio: job.audio } : {}),
      });
      const target = outputTarget(job, renderer.extension);
      writeFileAtomic(target, bytes);
      result.outputs.push(target);
      hashes[target] = createHash('sha256').update(bytes).digest('hex');
      result.diagnostics.push(...diagnostics);
    }
    result.ok = true;
  } catch (error) {
    result.error = failure(error);
  }
  return result;
}
