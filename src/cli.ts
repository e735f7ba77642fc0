/**
 * @module cli
 * The `verbatim` command line: parses arguments with commander, reads input, calls the
 * library, writes results. Expected failures print one line, `verbatim: <message>`, and
 * return a non-zero exit code; nothing here prints a stack trace.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { Command, CommanderError } from 'commander';
import { DEFAULT_MAX_INPUT_MB, readInputFile } from './batch/read-input.js';
import { InvalidOptionError, VerbatimError } from './errors.js';
import type { Transcript } from './model/nodes.js';
import type { Recording } from './render/types.js';
import type { Theme } from './theme/theme.js';
import { VERSION } from './version.js';

// Everything else is imported when a command needs it, so start-up stays lean: `--version`
// loads no normaliser, `normalise` no renderer, and a preset theme no schema library.

const DEFAULT_FORMATS = ['pdf', 'docx', 'epub'];

/** `--to`: comma-separated format ids, in any case. */
function formatsOf(value: string): string[] {
  return value
    .split(',')
    .map((format) => format.trim().toLowerCase())
    .filter(Boolean);
}

/** `--out` names a folder: refuse a file, or a name that looks like one of our output files. */
async function checkOutputFolder(out: string): Promise<void> {
  const { formatOfFileName } = await import('./render/registry.js');
  let isFile: boolean;
  try {
    isFile = !statSync(out).isDirectory();
  } catch {
    isFile = formatOfFileName(out) !== undefined;
  }
  if (isFile) throw new InvalidOptionError(`--out ${out}: --out names a folder; to write one file, use -o ${out}`);
}

/** A preset name or a theme file. */
async function resolveTheme(value: string): Promise<Theme> {
  const { isPresetName, themePresets } = await import('./theme/default.js');
  const preset = value.toLowerCase();
  if (isPresetName(preset)) return themePresets[preset];
  const { loadTheme } = await import('./theme/check.js');
  return loadTheme(value);
}

/** Apply `--paper`: A5 also mirrors the margins for a bound book. */
async function withPaper(theme: Theme, paper: string | undefined): Promise<Theme> {
  if (paper === undefined) return theme;
  paper = paper.toLowerCase();
  if (paper !== 'a4' && paper !== 'letter' && paper !== 'a5') {
    throw new InvalidOptionError(`--paper: "${paper}" is not a paper size (expected a4, letter or a5)`);
  }
  const { themePresets } = await import('./theme/default.js');
  const base = paper === 'a5' ? themePresets['a5-book'] : theme;
  return { ...theme, page: { ...base.page, size: paper, mirrored: paper === 'a5' ? true : theme.page.mirrored } };
}

function readInput(file: string, maxSize: number): { bytes: Uint8Array; fileName: string | undefined } {
  // Standard input has no size to check beforehand; the limit applies once it is read.
  if (file === '-') return { bytes: readFileSync(0), fileName: undefined };
  return { bytes: readInputFile(file, maxSize), fileName: file };
}

/** Apply `--templates`: the folder must exist. */
function withTemplates(theme: Theme, folder: string | undefined): Theme {
  if (folder === undefined) return theme;
  if (!isFolder(folder)) throw new InvalidOptionError(`--templates: ${folder} is not a folder`);
  return { ...theme, templates: resolve(folder) };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
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

/** Commander collector for options that may be given more than once. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The correction options shared by `normalise`, `inspect` and `build`. */
interface OverrideOptions {
  meta: string[];
  title?: string;
  date?: string;
  speaker: string[];
}

/** Add the correction options to a command. */
function withOverrideOptions(command: Command): Command {
  return command
    .option(
      '-M, --meta <key=value>',
      'set metadata: title, date, kind, time, place, language, subjects, publisher, series, url',
      collect,
      [],
    )
    .option('--title <text>', 'the title (as -M title=…)')
    .option('--date <date>', 'the date of the event (as -M date=…)')
    .option('--speaker <id=name>', 'rename a participant (ID=Name), or set ID.role=… / ID.affiliation=…', collect, []);
}

/** The corrections for one input: its sidecar (NAME.verbatim.yaml), then the command line's. */
async function overridesFor(file: string | undefined, options: OverrideOptions) {
  const { mergeOverrides, overridesFromOptions, readSidecar } = await import('./overrides.js');
  return mergeOverrides(file ? readSidecar(file) : null, overridesFromOptions(options));
}

const PAUSE_HELP = 'captions: a silence longer than this many seconds starts a new paragraph (default 2)';

async function load(
  file: string,
  options: { lang?: string; pause?: string } & OverrideOptions,
  maxSize: number,
): Promise<Transcript> {
  const { bytes, fileName } = readInput(file, maxSize);
  const { normaliseFile } = await import('./normalise/index.js');
  const paragraphPause = pauseOf(options.pause);
  const transcript = await normaliseFile(bytes, {
    ...(fileName ? { fileName } : {}),
    ...(options.lang ? { language: options.lang } : {}),
    ...(paragraphPause !== undefined ? { paragraphPause } : {}),
  });
  const overrides = await overridesFor(fileName, options);
  if (!overrides) return transcript;
  const { applyOverrides } = await import('./overrides.js');
  return applyOverrides(transcript, overrides);
}

/** `build --watch`: check what can be checked once, then watch until Ctrl-C (or SIGTERM). */
async function watch(
  inputs: string[],
  options: {
    output?: string;
    out?: string;
    theme: string;
    paper?: string;
    templates?: string;
    lang?: string;
    quiet?: boolean;
    force?: boolean;
  } & OverrideOptions,
  settings: { formats: string[]; maxSize: number; paragraphPause: number | undefined },
  err: NodeJS.WritableStream,
): Promise<void> {
  if (inputs.includes('-')) throw new InvalidOptionError('--watch cannot watch standard input: give files or folders');
  if (options.output !== undefined)
    throw new InvalidOptionError('--watch writes into a folder: use --out DIR instead of -o');
  const outDir = options.out ?? 'out';
  await checkOutputFolder(outDir);
  const { checkFormats } = await import('./render/registry.js');
  checkFormats(settings.formats);
  const { sourceDateEpochFromEnv } = await import('./batch/build.js');
  const { isPresetName } = await import('./theme/default.js');
  const { overridesFromOptions } = await import('./overrides.js');
  const { watchBuild } = await import('./batch/watch.js');
  const epoch = sourceDateEpochFromEnv();
  const watching = watchBuild({
    inputs,
    build: {
      formats: settings.formats,
      outDir,
      maxInputMegabytes: settings.maxSize,
      overrides: overridesFromOptions(options),
      force: options.force === true,
      ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
      ...(options.lang ? { language: options.lang } : {}),
      ...(settings.paragraphPause !== undefined ? { paragraphPause: settings.paragraphPause } : {}),
    },
    // Read again whenever the theme file changes (and after a theme that failed to load).
    loadTheme: async () =>
      withTemplates(await withPaper(await resolveTheme(options.theme), options.paper), options.templates),
    themeFile: isPresetName(options.theme.toLowerCase()) ? null : options.theme,
    stream: err,
    quiet: options.quiet === true,
    colour: process.env['NO_COLOR'] === undefined && (err as NodeJS.WriteStream).isTTY === true,
  });
  await watching.closed;
}

/** Run the CLI with arguments (without `node` and the script); returns the exit code. */
/**
 * A reader that stops early (`verbatim normalise talk.txt | head`) closes the pipe: that ends the
 * command quietly, as it does for other command-line tools, instead of an unhandled EPIPE error.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (stream.listenerCount('error') > 0) return;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`verbatim: cannot write the output: ${error.message}\n`);
    process.exit(1);
  });
}

export async function main(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  if (out === process.stdout) quietOnClosedPipe(process.stdout);
  const program = new Command('verbatim')
    .description('Turn speech transcripts into one canonical model and publishable editions.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.write(s), writeErr: (s) => err.write(s) });

  withOverrideOptions(
    program
      .command('normalise')
      .alias('normalize')
      .description('print the transcript model of FILE as JSON (- reads standard input)')
      .argument('<file>', 'transcript file, or - for standard input')
      .option('--lang <bcp47>', 'language of the transcript (default: detected)')
      .option('--pause <seconds>', PAUSE_HELP)
      .option('--max-size <MB>', 'refuse inputs larger than this', String(DEFAULT_MAX_INPUT_MB)),
  ).action(async (file: string, options: { lang?: string; pause?: string; maxSize: string } & OverrideOptions) => {
    const transcript = await load(file, options, maxSizeOf(options.maxSize));
    const { transcriptToJson } = await import('./model/json.js');
    out.write(transcriptToJson(transcript));
  });

  withOverrideOptions(
    program
      .command('inspect')
      .description('print a readable summary of what Verbatim made of FILE')
      .argument('<file>', 'transcript file, or - for standard input')
      .option('--lang <bcp47>', 'language of the transcript (default: detected)')
      .option('--pause <seconds>', PAUSE_HELP)
      .option('--no-color', 'plain text, no colours')
      .option('--max-size <MB>', 'refuse inputs larger than this', String(DEFAULT_MAX_INPUT_MB)),
  ).action(
    async (
      file: string,
      options: { lang?: string; pause?: string; color: boolean; maxSize: string } & OverrideOptions,
    ) => {
      const colour =
        options.color && process.env['NO_COLOR'] === undefined && (out as NodeJS.WriteStream).isTTY === true;
      const transcript = await load(file, options, maxSizeOf(options.maxSize));
      const { formatInspection } = await import('./inspect.js');
      out.write(formatInspection(transcript, { colour }));
    },
  );

  program
    .command('themes')
    .description('list the theme presets (--theme NAME; a theme file may extend one)')
    .action(async () => {
      const { PRESET_NAMES, PRESET_DESCRIPTIONS } = await import('./theme/default.js');
      const width = Math.max(...PRESET_NAMES.map((name) => name.length));
      for (const name of PRESET_NAMES) out.write(`${name.padEnd(width)}  ${PRESET_DESCRIPTIONS[name]}\n`);
    });

  program
    .command('formats')
    .description('list the formats Verbatim reads (told from the content) and writes, with their extensions')
    .action(async () => {
      const { readerFormats } = await import('./normalise/reader-formats.js');
      const { rendererFormats } = await import('./render/registry.js');
      const readers = readerFormats().map((r) => [r.format, r.title, r.extensions.join(' ')] as const);
      const writers = rendererFormats().map((w) => [w.id, w.title, `.${w.extension}`] as const);
      const idWidth = Math.max(...[...readers, ...writers].map((row) => row[0].length));
      const titleWidth = Math.max(...[...readers, ...writers].map((row) => row[1].length));
      const line = (row: readonly [string, string, string]) =>
        `  ${row[0].padEnd(idWidth)}  ${row[1].padEnd(titleWidth)}  ${row[2]}\n`;
      out.write('Reads (the reader is chosen from the content, not the extension):\n');
      for (const row of readers) out.write(line(row));
      out.write('Writes (build --to ID):\n');
      for (const row of writers) out.write(line(row));
    });

  let exitCode = 0;
  withOverrideOptions(
    program
      .command('build')
      .description('render transcripts (files or folders, or - for standard input) to PDF, Word and EPUB editions')
      .argument('<inputs...>', 'transcript files or folders (text, Markdown, WebVTT, SRT, model JSON), or -')
      .option(
        '--to <formats>',
        `comma-separated formats (default: ${DEFAULT_FORMATS.join(',')}; with -o: from its extension)`,
      )
      .option(
        '-o, --output <file>',
        'write one input to this one file (the format from its extension), - for standard output',
      )
      .option('--out <dir>', 'output folder (default: out)')
      .option('--theme <file|preset>', 'theme JSON file, or a preset (see verbatim themes)', 'default')
      .option('--paper <size>', 'paper size: a4, letter or a5 (A5 with mirrored margins)')
      .option('--templates <dir>', "a folder of templates that replace Verbatim's by name (colophon.hbs, epub/…)")
      .option('--lang <bcp47>', 'language of the transcripts (default: detected)')
      .option('--pause <seconds>', PAUSE_HELP)
      .option(
        '--audio <file>',
        'the recording (MP3, or AAC in .m4a) of one timed transcript: the EPUB reads along with it (Media Overlays)',
      )
      // One core fewer than the machine has: each V8 isolate keeps about half a core busy with its
      // background compiler and garbage collector (measured in docs/benchmark.md).
      .option('--jobs <n>', 'worker threads for a batch (default: the number of cores less one)')
      .option('--max-size <MB>', 'refuse inputs larger than this', String(DEFAULT_MAX_INPUT_MB))
      .option(
        '--shard <i/n|auto>',
        "render only shard i of n of the inputs (n processes together write what one writes); auto: from the job runner's variables (docs/scale.md)",
      )
      .option('--force', "render every input, also those the output folder's manifest shows up to date")
      .option(
        '-w, --watch',
        'after building, build again when an input, its sidecar, the theme or a template changes (Ctrl-C stops)',
      )
      .option('-q, --quiet', 'print failures only'),
  ).action(
    async (
      inputs: string[],
      options: {
        to?: string;
        output?: string;
        out?: string;
        theme: string;
        paper?: string;
        templates?: string;
        lang?: string;
        pause?: string;
        audio?: string;
        jobs?: string;
        maxSize: string;
        shard?: string;
        force?: boolean;
        watch?: boolean;
        quiet?: boolean;
      } & OverrideOptions,
    ) => {
      const jobs = Number(options.jobs ?? Math.max(1, availableParallelism() - 1));
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
        throw new InvalidOptionError(`--jobs: "${options.jobs}" is not a number of jobs (expected 1 to 256)`);
      const requested = options.to === undefined ? undefined : formatsOf(options.to);
      const paragraphPause = pauseOf(options.pause);
      const maxSize = maxSizeOf(options.maxSize);
      let audio: Recording | undefined;
      if (options.audio !== undefined) {
        if (options.watch || options.shard !== undefined)
          throw new InvalidOptionError(`--audio cannot be used with ${options.watch ? '--watch' : '--shard'}`);
        if (inputs.length !== 1 || (inputs[0] !== '-' && isFolder(inputs[0]!)))
          throw new InvalidOptionError(
            '--audio is the recording of one transcript: give one input file, not a folder or several',
          );
        const { readRecording } = await import('./render/epub/recording.js');
        audio = readRecording(options.audio);
      }
      if (options.watch) {
        if (options.shard !== undefined)
          throw new InvalidOptionError('--shard splits a build over several processes; it cannot be used with --watch');
        await watch(inputs, options, { formats: requested ?? DEFAULT_FORMATS, maxSize, paragraphPause }, err);
        return;
      }
      const theme = withTemplates(await withPaper(await resolveTheme(options.theme), options.paper), options.templates);
      const { sourceDateEpochFromEnv } = await import('./batch/build.js');
      const { checkFormats, getRenderer } = await import('./render/registry.js');
      const epoch = sourceDateEpochFromEnv();
      const common = {
        theme,
        ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
        ...(options.lang ? { language: options.lang } : {}),
        ...(paragraphPause !== undefined ? { paragraphPause } : {}),
        ...(audio ? { audio } : {}),
      };
      const noEpub = (formats: string[]) =>
        audio !== undefined && !formats.includes('epub')
          ? new InvalidOptionError('--audio makes a read-along EPUB: add epub to the formats (--to epub)')
          : null;
      // A read-along build is one input (checked above), built like `-o`: no manifest, one-line errors.
      const single = options.output !== undefined || inputs.includes('-') || audio !== undefined;
      const shard =
        options.shard === undefined ? undefined : (await import('./batch/shard.js')).parseShard(options.shard);
      if (single && shard !== undefined)
        throw new InvalidOptionError(
          `--shard splits the inputs of a folder build (--out DIR); it cannot be used with ${options.output !== undefined ? '-o' : '- (standard input)'}`,
        );
      if (single) {
        if (inputs.length !== 1)
          throw new InvalidOptionError(
            options.output !== undefined
              ? `-o writes one file: give one input, not ${inputs.length}`
              : '- (standard input) cannot be mixed with other inputs',
          );
        if (options.output !== undefined && options.out !== undefined)
          throw new InvalidOptionError('give either -o FILE (one file) or --out DIR (a folder), not both');
        const { buildSingle, formatForOutput } = await import('./batch/single.js');
        const { warningLines } = await import('./batch/progress.js');
        if (inputs[0] !== '-' && isFolder(inputs[0]!))
          throw new InvalidOptionError(`-o writes one file: give one input file, not the folder ${inputs[0]}`);
        const { bytes, fileName } = readInput(inputs[0]!, maxSize);
        const overrides = await overridesFor(fileName, options);
        const targets: { format: string; target: string }[] = [];
        if (options.output !== undefined) {
          targets.push({ format: formatForOutput(options.output, requested), target: options.output });
        } else {
          const outDir = options.out ?? 'out';
          await checkOutputFolder(outDir);
          mkdirSync(outDir, { recursive: true });
          const { safeBaseName } = await import('./batch/output-names.js');
          const base = inputs[0] === '-' ? 'transcript' : safeBaseName(inputs[0]!);
          for (const format of requested ?? DEFAULT_FORMATS) {
            checkFormats([format]);
            const extension = (await getRenderer(format)).extension;
            let target = join(outDir, `${base}.${extension}`);
            // Never over the input itself (a Markdown input built to Markdown in its own folder).
            if (inputs[0] !== '-' && resolve(target) === resolve(inputs[0]!))
              target = join(outDir, `${base}-edition.${extension}`);
            targets.push({ format, target });
          }
        }
        checkFormats(targets.map((t) => t.format));
        const withoutEpub = noEpub(targets.map((t) => t.format));
        if (withoutEpub) throw withoutEpub;
        const seen = new Set<string>();
        for (const { format, target } of targets) {
          const diagnostics = await buildSingle({
            bytes,
            ...(fileName !== undefined ? { fileName } : {}),
            format,
            target,
            stdout: out,
            overrides,
            ...common,
          });
          if (!options.quiet) {
            for (const line of warningLines(diagnostics)) {
              if (seen.has(line)) continue;
              seen.add(line);
              err.write(`${line}\n`);
            }
            if (target !== '-') err.write(`ok     ${fileName ?? '(standard input)'} → ${target}\n`);
          }
        }
        return;
      }
      const outDir = options.out ?? 'out';
      await checkOutputFolder(outDir);
      const { buildEditions } = await import('./batch/build.js');
      const { BuildProgress } = await import('./batch/progress.js');
      const progress = new BuildProgress(err, { quiet: options.quiet === true });
      const { overridesFromOptions } = await import('./overrides.js');
      const overrides = overridesFromOptions(options);
      const results = await buildEditions(
        inputs,
        {
          formats: requested ?? DEFAULT_FORMATS,
          jobs,
          maxInputMegabytes: maxSize,
          outDir,
          overrides,
          ...(shard !== undefined ? { shard } : {}),
          force: options.force === true,
          ...common,
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
    if (error instanceof InvalidOptionError) {
      err.write(`verbatim: ${error.message}\n`);
      return 2;
    }
    if (error instanceof VerbatimError) {
      err.write(`verbatim: ${error.message}\n`);
      return 1;
    }
    err.write(`verbatim: internal error: ${(error as Error).message ?? String(error)}\n`);
    return 70;
  }
}
