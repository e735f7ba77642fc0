/**
 * @module cli
 * The `verbatim` command line: parses arguments with commander, reads input, calls the
 * library, writes results. Expected failures print one line, `verbatim: <message>`, and
 * return a non-zero exit code; nothing here prints a stack trace.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError } from 'commander';
import { DEFAULT_MAX_INPUT_MB, readInputFile } from './batch/read-input.js';
import { InvalidOptionError, VerbatimError } from './errors.js';
import type { Transcript } from './model/nodes.js';
import type { Theme } from './theme/theme.js';
import { VERSION } from './version.js';

// Everything else is imported when a command needs it, so start-up stays lean: `--version`
// loads no normaliser, `normalise` no renderer, and a preset theme no schema library.

const DEFAULT_FORMATS = ['pdf', 'docx', 'epub'];

/** A preset name or a theme file. */
async function resolveTheme(value: string): Promise<Theme> {
  const { isPresetName, themePresets } = await import('./theme/default.js');
  if (isPresetName(value)) return themePresets[value];
  const { loadTheme } = await import('./theme/check.js');
  return loadTheme(value);
}

/** Apply `--paper`: A5 also mirrors the margins for a bound book. */
async function withPaper(theme: Theme, paper: string | undefined): Promise<Theme> {
  if (paper === undefined) return theme;
  if (paper !== 'a4' && paper !== 'letter' && paper !== 'a5') {
    throw new InvalidOptionError(`--paper: "${paper}" is not a paper size (expected a4, letter or a5)`);
  }
  const { themePresets } = await import('./theme/default.js');
  const base = paper === 'a5' ? themePresets['a5-book'] : theme;
  return { ...theme, page: { ...base.page, size: paper, mirrored: paper === 'a5' ? true : theme.page.mirrored } };
}

function readInput(file: string, maxSize: number): { bytes: Uint8Array; fileName: string | undefined } {
  if (file === '-') return { bytes: readFileSync(0), fileName: undefined };
  return { bytes: readInputFile(file, maxSize), fileName: file };
}

/** Parse --max-size. */
function maxSizeOf(value: string): number {
  const size = Number(value);
  if (!Number.isFinite(size) || size <= 0)
    throw new InvalidOptionError(`--max-size: "${value}" is not a size in megabytes`);
  return size;
}

/** Parse --pause: seconds of silence between caption cues that start a new paragraph. */
function pauseOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0)
    throw new InvalidOptionError(`--pause: "${value}" is not a number of seconds`);
  return seconds;
}

const PAUSE_HELP = 'captions: a silence longer than this many seconds starts a new paragraph (default 2)';

async function load(file: string, options: { lang?: string; pause?: string }, maxSize: number): Promise<Transcript> {
  const { bytes, fileName } = readInput(file, maxSize);
  const { normaliseBytes } = await import('./normalise/index.js');
  const paragraphPause = pauseOf(options.pause);
  return normaliseBytes(bytes, {
    ...(fileName ? { fileName } : {}),
    ...(options.lang ? { language: options.lang } : {}),
    ...(paragraphPause !== undefined ? { paragraphPause } : {}),
  });
}

/** Run the CLI with arguments (without `node` and the script); returns the exit code. */
export async function main(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const program = new Command('verbatim')
    .description('Turn speech transcripts into one canonical model and publishable editions.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.write(s), writeErr: (s) => err.write(s) });

  program
    .command('normalise')
    .alias('normalize')
    .description('print the transcript model of FILE as JSON (- reads standard input)')
    .argument('<file>', 'transcript file, or - for standard input')
    .option('--lang <bcp47>', 'language of the transcript (default: detected)')
    .option('--pause <seconds>', PAUSE_HELP)
    .option('--max-size <MB>', 'refuse inputs larger than this', String(DEFAULT_MAX_INPUT_MB))
    .action(async (file: string, options: { lang?: string; pause?: string; maxSize: string }) => {
      const transcript = await load(file, options, maxSizeOf(options.maxSize));
      const { transcriptToJson } = await import('./model/json.js');
      out.write(transcriptToJson(transcript));
    });

  program
    .command('inspect')
    .description('print a readable summary of what Verbatim made of FILE')
    .argument('<file>', 'transcript file, or - for standard input')
    .option('--lang <bcp47>', 'language of the transcript (default: detected)')
    .option('--pause <seconds>', PAUSE_HELP)
    .option('--no-color', 'plain text, no colours')
    .option('--max-size <MB>', 'refuse inputs larger than this', String(DEFAULT_MAX_INPUT_MB))
    .action(async (file: string, options: { lang?: string; pause?: string; color: boolean; maxSize: string }) => {
      const colour =
        options.color && process.env['NO_COLOR'] === undefined && (out as NodeJS.WriteStream).isTTY === true;
      const transcript = await load(file, options, maxSizeOf(options.maxSize));
      const { formatInspection } = await import('./inspect.js');
      out.write(formatInspection(transcript, { colour }));
    });

  let exitCode = 0;
  program
    .command('build')
    .description('render transcripts (files or folders) to PDF, Word and EPUB editions')
    .argument('<inputs...>', 'transcript files or folders (text, Markdown, WebVTT, SRT, model JSON)')
    .option('--to <formats>', 'comma-separated formats', DEFAULT_FORMATS.join(','))
    .option('--out <dir>', 'output folder', 'out')
    .option('--theme <file|preset>', 'theme JSON file, or a preset (default, monochrome, letter, a5-book)', 'default')
    .option('--paper <size>', 'paper size: a4, letter or a5 (A5 with mirrored margins)')
    .option('--lang <bcp47>', 'language of the transcripts (default: detected)')
    .option('--pause <seconds>', PAUSE_HELP)
    // One core fewer than the machine has: each V8 isolate keeps about half a core busy with its
    // background compiler and garbage collector (measured in docs/benchmark.md).
    .option(
      '--jobs <n>',
      'worker threads for a batch (default: the number of cores less one)',
      String(Math.max(1, availableParallelism() - 1)),
    )
    .option('--max-size <MB>', 'refuse inputs larger than this', String(DEFAULT_MAX_INPUT_MB))
    .action(
      async (
        inputs: string[],
        options: {
          to: string;
          out: string;
          theme: string;
          paper?: string;
          lang?: string;
          pause?: string;
          jobs: string;
          maxSize: string;
        },
      ) => {
        const jobs = Number(options.jobs);
        if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
          throw new InvalidOptionError(`--jobs: "${options.jobs}" is not a number of jobs (expected 1 to 256)`);
        const formats = options.to
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean);
        const paragraphPause = pauseOf(options.pause);
        const theme = await withPaper(await resolveTheme(options.theme), options.paper);
        const { buildEditions, sourceDateEpochFromEnv } = await import('./batch/build.js');
        const { BuildProgress } = await import('./batch/progress.js');
        const epoch = sourceDateEpochFromEnv();
        const progress = new BuildProgress(err);
        const results = await buildEditions(
          inputs,
          {
            formats,
            jobs,
            maxInputMegabytes: maxSizeOf(options.maxSize),
            outDir: options.out,
            theme,
            ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
            ...(options.lang ? { language: options.lang } : {}),
            ...(paragraphPause !== undefined ? { paragraphPause } : {}),
          },
          (event) => progress.update(event),
        );
        progress.finish(results);
        exitCode = results.every((r) => r.ok) ? 0 : 1;
      },
    );

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof VerbatimError) {
      err.write(`verbatim: ${error.message}\n`);
      return 1;
    }
    err.write(`verbatim: internal error: ${(error as Error).message ?? String(error)}\n`);
    return 70;
  }
}
