/**
 * @module batch/single
 * One input to one named output, the way pandoc and Typst users expect: `verbatim build talk.txt
 * -o talk.pdf` (the format from the extension), `-o -` to standard output, and `verbatim build -`
 * reading standard input. The file is written atomically like a batch's; nothing is written when
 * the input cannot be read or rendered.
 */
import { InvalidOptionError } from '../errors.js';
import { applyOverrides, type Overrides } from '../overrides.js';
import type { Diagnostic } from '../model/nodes.js';
import { formatOfFileName, getRenderer, outputExtensions } from '../render/registry.js';
import type { Recording } from '../render/types.js';
import type { Theme } from '../theme/theme.js';
import { writeFileAtomic } from '../write-atomic.js';

/** What to render and where. */
export interface SingleOutput {
  /** The input's bytes, and its file name (none for standard input). */
  bytes: Uint8Array;
  fileName?: string;
  /** Format id. */
  format: string;
  /** A file path, or '-' for `stdout`. */
  target: string;
  stdout: NodeJS.WritableStream;
  theme: Theme;
  sourceDateEpoch?: number;
  language?: string;
  paragraphPause?: number;
  /** Corrections (the command line's, merged with the input's sidecar by the caller). */
  overrides?: Overrides | null;
  /** The recording an EPUB reads along with (`--audio`). */
  audio?: Recording;
}

/** The format of `-o FILE`: from `--to` when given (one format), otherwise from the file's extension. */
export function formatForOutput(target: string, to: string[] | undefined): string {
  if (to !== undefined) {
    if (to.length !== 1)
      throw new InvalidOptionError(`-o writes one file: give one format with --to, not ${to.join(', ')}`);
    return to[0]!;
  }
  if (target === '-') throw new InvalidOptionError('-o - writes to standard output: say which format with --to');
  const format = formatOfFileName(target);
  if (!format)
    throw new InvalidOptionError(
      `-o ${target}: cannot tell the format from the extension (expected .${outputExtensions().join(', .')}, or give --to)`,
    );
  return format;
}

/** Normalise the input and write the one output; returns the diagnostics of both steps. */
export async function buildSingle(job: SingleOutput): Promise<Diagnostic[]> {
  const renderer = await getRenderer(job.format);
  const { normaliseFile } = await import('../normalise/index.js');
  const normalised = await normaliseFile(job.bytes, {
    ...(job.fileName !== undefined ? { fileName: job.fileName } : {}),
    ...(job.language ? { language: job.language } : {}),
    ...(job.paragraphPause !== undefined ? { paragraphPause: job.paragraphPause } : {}),
  });
  const transcript = job.overrides ? applyOverrides(normalised, job.overrides) : normalised;
  const diagnostics: Diagnostic[] = [...transcript.diagnostics];
  const bytes = await renderer.render(transcript, {
    theme: job.theme,
    diagnostics,
    ...(job.sourceDateEpoch !== undefined ? { sourceDateEpoch: job.sourceDateEpoch } : {}),
    ...(job.audio ? { audio: job.audio } : {}),
  });
  if (job.target === '-') {
    await new Promise<void>((resolve, reject) =>
      job.stdout.write(bytes, (error) => (error ? reject(error) : resolve())),
    );
  } else writeFileAtomic(job.target, bytes);
  return diagnostics;
}
