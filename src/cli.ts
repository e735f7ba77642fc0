/**
 * @module cli
 * The `verbatim` command line: parses arguments with commander, reads input, calls the
 * library, writes results. Expected failures print one line, `verbatim: <message>`, and
 * return a non-zero exit code; nothing here prints a stack trace.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { VerbatimError } from './errors.js';
import { transcriptToJson } from './model/json.js';
import type { Transcript } from './model/nodes.js';
import { normaliseBytes } from './normalise/index.js';
import { formatInspection } from './inspect.js';
import { VERSION } from './version.js';

function readInput(file: string): { bytes: Uint8Array; fileName: string | undefined } {
  if (file === '-') return { bytes: readFileSync(0), fileName: undefined };
  try {
    return { bytes: readFileSync(file), fileName: file };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new VerbatimError('no-input', `cannot read ${file}: no such file`);
    if (code === 'EISDIR') throw new VerbatimError('no-input', `cannot read ${file}: it is a folder`);
    if (code === 'EACCES') throw new VerbatimError('no-input', `cannot read ${file}: permission denied`);
    throw new VerbatimError('no-input', `cannot read ${file}: ${(error as Error).message}`);
  }
}

function load(file: string, language: string | undefined): Transcript {
  const { bytes, fileName } = readInput(file);
  return normaliseBytes(bytes, { ...(fileName ? { fileName } : {}), ...(language ? { language } : {}) });
}

/** Run the CLI with arguments (without `node` and the script); returns the exit code. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
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
    .action((file: string, options: { lang?: string }) => {
      out.write(transcriptToJson(load(file, options.lang)));
    });

  program
    .command('inspect')
    .description('print a readable summary of what Verbatim made of FILE')
    .argument('<file>', 'transcript file, or - for standard input')
    .option('--lang <bcp47>', 'language of the transcript (default: detected)')
    .option('--no-color', 'plain text, no colours')
    .action((file: string, options: { lang?: string; color: boolean }) => {
      const colour = options.color && process.env['NO_COLOR'] === undefined && (out as NodeJS.WriteStream).isTTY === true;
      out.write(formatInspection(load(file, options.lang), { colour }));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
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
