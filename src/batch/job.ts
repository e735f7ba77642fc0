/**
 * @module batch/job
 * One input of a batch: what a job is (an input, its output base name, the options), what came of
 * it, and `buildOne`, which normalises the input and writes every format atomically. Shared by the
 * batch runner (`build.ts`), the worker pool (`pool.ts`) and the worker threads (`worker-jobs.ts`),
 * so none of them imports another.
 */
import { resolve } from 'node:path';
import { VerbatimError } from '../errors.js';
import type { Diagnostic, Transcript } from '../model/nodes.js';
import { getRenderer } from '../render/registry.js';
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
}

/** Progress events. */
export type BuildEvent =
  | { type: 'start'; total: number; skipped: string[] }
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
}

/** One unit of work: an input, its output base name, the options. */
export interface BuildJob extends BatchInputOptions {
  index: number;
  input: string;
  name: string;
}

/** Normalise one input and write every format; never throws (failures are in the result). */
export async function buildOne(job: BuildJob): Promise<BuildResult> {
  const result: BuildResult = { input: job.input, ok: false, outputs: [], diagnostics: [] };
  try {
    const renderers = await Promise.all(job.formats.map((id) => getRenderer(id)));
    // Loaded here, not at the top: the main thread of a parallel build never normalises.
    const { normaliseFile } = await import('../normalise/index.js');
    const normalised: Transcript = await normaliseFile(readInputFile(job.input, job.maxInputMegabytes), {
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
      });
      let target = resolve(job.outDir, `${job.name}.${renderer.extension}`);
      // Never write over the input itself (a Markdown input built to Markdown in its own folder).
      if (target === resolve(job.input)) target = resolve(job.outDir, `${job.name}-edition.${renderer.extension}`);
      writeFileAtomic(target, bytes);
      result.outputs.push(target);
      result.diagnostics.push(...diagnostics);
    }
    result.ok = true;
  } catch (error) {
    result.error = error instanceof VerbatimError ? error.message : `internal error: ${(error as Error).message}`;
  }
  return result;
}
