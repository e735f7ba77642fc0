/**
 * `verbatim build --watch` rebuild times: starts the built CLI watching a copy of the seed (the
 * example, examples/press-conference.txt, when the corpus is absent), edits the copy `--runs`
 * times and reads each build's own time from its line ("(143 ms)": from the change being
 * handled to the outputs written, debounce excluded), and the time from the save to that line
 * (the debounce and the event's delivery included), and the CPU time the watching process spent
 * on it (from /proc, in 10 ms ticks: on a shared machine the wall times wait for a core, the CPU
 * time does not). Prints the median, minimum and maximum.
 *
 *     node bench/watch.mjs [--runs 9] [--to pdf] [--input FILE]
 */
import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, SEED, corpusAvailable } from './inputs.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    to: { type: 'string', default: 'pdf' },
    input: { type: 'string' },
  },
});
const input = values.input ?? (corpusAvailable() ? SEED : join(ROOT, 'examples', 'press-conference.txt'));
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-watch-'));
const file = join(dir, basename(input));
copyFileSync(input, file);

const child = spawn(
  process.execPath,
  [join(ROOT, 'bin', 'verbatim.js'), 'build', file, '--to', values.to, '--out', join(dir, 'out'), '--watch'],
  { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] },
);
const lines = [];
let waiting = null;
let buffer = '';
child.stderr.setEncoding('utf8').on('data', (text) => {
  buffer += text;
  for (let at = buffer.indexOf('\n'); at >= 0; at = buffer.indexOf('\n')) {
    const line = buffer.slice(0, at);
    buffer = buffer.slice(at + 1);
    if (/ FAILED /.test(line)) throw new Error(line);
    const built = / built .*\((\d+(?:\.\d+)?) (ms|s)\b/.exec(line);
    if (built) {
      lines.push(Number(built[1]) * (built[2] === 's' ? 1000 : 1));
      waiting?.();
    }
  }
});
const nextBuild = () => new Promise((resolve) => (waiting = resolve));

/** Child processes of a process (Linux): the CLI may run the command in a child started from its snapshot. */
const childrenOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};
/** CPU time (user + system, all threads) of the watching process and its children so far, in ms (Linux). */
const cpuMs = () => {
  let total = 0;
  for (const pid of [child.pid, ...childrenOf(child.pid)]) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // gone
    }
  }
  return total;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
await nextBuild();
const builds = [];
const latencies = [];
const cpu = [];
for (let run = 0; run < Number(values.runs); run++) {
  await new Promise((resolve) => setTimeout(resolve, 300));
  const saved = performance.now();
  const cpuBefore = cpuMs();
  const built = nextBuild();
  appendFileSync(file, `\nQ: Edit number ${run + 1}?\n`);
  await built;
  latencies.push(performance.now() - saved);
  cpu.push(cpuMs() - cpuBefore);
  builds.push(lines.at(-1));
}
child.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
const show = (xs) =>
  `median ${Math.round(median(xs))} ms (min ${Math.round(Math.min(...xs))}, max ${Math.round(Math.max(...xs))})`;
console.log(`${basename(input)}, --to ${values.to}, ${builds.length} edits`);
console.log(`build after an edit:  ${show(builds)}   [${builds.join(', ')}]`);
console.log(`CPU time of the build: ${show(cpu)}`);
console.log(`save to built line:   ${show(latencies)} (includes the ${'120'} ms debounce)`);
