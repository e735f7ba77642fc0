/**
 * @module batch/progress
 * How `verbatim build` reports progress: on a terminal, one line that updates in place (a bar,
 * the count and the current file); otherwise one line per input. Under an input, its warnings
 * (an edition printed in English for want of a catalogue, characters no font has, …): one line
 * per rule, with how many times it was reported. Then a summary: which shard this was, how many
 * succeeded, which failed and why, how many were unchanged and skipped, and which earlier inputs'
 * files are still in the output folder although the inputs are gone.
 */
import { relative } from 'node:path';
import type { Diagnostic } from '../model/nodes.js';
import type { BuildEvent, BuildResult, GoneInput, ShardSummary } from './job.js';

/** One line per rule of an input's distinct warnings and errors (info stays for `verbatim inspect`). */
export function warningLines(diagnostics: readonly Diagnostic[]): string[] {
  const byRule = new Map<string, { first: Diagnostic; count: number }>();
  // Each renderer reports what the shared edition found: the same diagnostic once, however many formats.
  const distinct = new Set<string>();
  for (const d of diagnostics) {
    if (d.severity === 'info' || distinct.has(JSON.stringify(d))) continue;
    distinct.add(JSON.stringify(d));
    const key = `${d.severity} ${d.rule}`;
    const seen = byRule.get(key);
    if (seen) seen.count++;
    else byRule.set(key, { first: d, count: 1 });
  }
  return [...byRule.values()].map(
    ({ first, count }) =>
      `  ${first.severity} ${first.rule}${count > 1 ? ` (${count} times; the first)` : ''}: ${first.message}`,
  );
}

/** How to report: `quiet` prints failures only. */
export interface ProgressOptions {
  quiet?: boolean;
}

export class BuildProgress {
  private readonly tty: boolean;
  private readonly quiet: boolean;
  private skipped: string[] = [];
  private shard: ShardSummary | undefined;
  private gone: GoneInput[] = [];

  constructor(
    private readonly stream: NodeJS.WritableStream,
    options: ProgressOptions = {},
  ) {
    this.tty = (stream as NodeJS.WriteStream).isTTY === true && process.env['CI'] === undefined;
    this.quiet = options.quiet === true;
  }

  /** Show one event. */
  update(event: BuildEvent): void {
    if (event.type === 'start') {
      this.skipped = event.skipped;
      this.shard = event.shard;
      this.gone = event.gone ?? [];
      return;
    }
    const { index, total, result } = event;
    if (this.quiet) {
      if (!result.ok) this.stream.write(`FAILED ${result.input}: ${result.error}\n`);
      return;
    }
    const status = result.ok ? 'ok' : 'FAILED';
    if (this.tty && total > 1) {
      const width = 24;
      const filled = Math.round(((index + 1) / total) * width);
      this.stream.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${index + 1}/${total} ${truncate(result.input, 40)}\u001b[K`,
      );
      if (!result.ok) this.stream.write(`\n${result.input}: ${result.error}\n`);
      const warnings = warningLines(result.diagnostics);
      if (warnings.length > 0) this.stream.write(`\n${result.input}:\n${warnings.join('\n')}\n`);
    } else {
      this.stream.write(
        `${status.padEnd(6)} ${result.input}${result.ok ? ` → ${result.outputs.map((o) => relative(process.cwd(), o)).join(', ')}` : `: ${result.error}`}\n`,
      );
      for (const line of warningLines(result.diagnostics)) this.stream.write(`${line}\n`);
    }
  }

  /** Print the summary. */
  finish(results: BuildResult[]): void {
    const failed = results.filter((r) => !r.ok);
    if (this.quiet && failed.length === 0) return;
    if (this.tty && results.length > 1 && !this.quiet) this.stream.write('\n');
    if (this.skipped.length > 0 && !this.quiet) {
      const shown = this.skipped.slice(0, 10).map((path) => relative(process.cwd(), path));
      this.stream.write(
        `skipped ${this.skipped.length} ${this.skipped.length === 1 ? 'file' : 'files'} that ${this.skipped.length === 1 ? 'is' : 'are'} not a transcript Verbatim reads: ${shown.join(', ')}${this.skipped.length > 10 ? ', …' : ''}\n`,
      );
    }
    if (this.gone.length > 0 && !this.quiet) {
      const files = this.gone.flatMap((g) => g.files).map((path) => relative(process.cwd(), path));
      this.stream.write(
        `kept the files of ${this.gone.length} earlier ${this.gone.length === 1 ? 'input' : 'inputs'} no longer among the inputs (${this.gone
          .slice(0, 5)
          .map((g) => g.input)
          .join(
            ', ',
          )}${this.gone.length > 5 ? ', …' : ''}): ${files.slice(0, 10).join(', ')}${files.length > 10 ? ', …' : ''}; delete them if they are not wanted\n`,
      );
    }
    if (this.shard !== undefined && !this.quiet) {
      const { index, count, source, inputs, of } = this.shard;
      this.stream.write(
        `shard ${index}/${count}${source === '--shard' ? '' : ` (from ${source})`}: ${inputs} of ${of} ${of === 1 ? 'input' : 'inputs'}\n`,
      );
    }
    this.stream.write(`${summaryLine(results)}\n`);
  }
}

/** The last line: inputs rendered and files written, failures, inputs skipped as unchanged. */
export function summaryLine(results: readonly BuildResult[]): string {
  const unchanged = results.filter((r) => r.unchanged === true).length;
  const attempted = results.filter((r) => r.unchanged !== true);
  const failed = attempted.filter((r) => !r.ok).length;
  const files = attempted.reduce((n, r) => n + r.outputs.length, 0);
  const skippedNote = `${unchanged} unchanged, skipped`;
  if (attempted.length === 0 && unchanged > 0)
    return `${unchanged} ${unchanged === 1 ? 'input' : 'inputs'} unchanged, skipped; nothing written (--force renders ${unchanged === 1 ? 'it' : 'them'} again)`;
  return `${attempted.length - failed} of ${attempted.length} ${attempted.length === 1 ? 'input' : 'inputs'} rendered, ${files} ${files === 1 ? 'file' : 'files'} written${failed > 0 ? `; ${failed} failed` : ''}${unchanged > 0 ? `; ${skippedNote}` : ''}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : '…' + text.slice(text.length - max + 1);
}
