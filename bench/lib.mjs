/**
 * Small helpers shared by the benchmark scripts: statistics, word counts, PDF page counts,
 * timing whole processes (with their peak RSS through /usr/bin/time when it is there) and
 * table formatting. Plain ESM JavaScript, no TypeScript loader needed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Sorted copy of finite numbers. */
function sorted(values) {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/** Quantile by linear interpolation (q in 0..1). */
export function quantile(values, q) {
  const s = sorted(values);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** Median, min, max, quartiles of a list of numbers. */
export function summary(values) {
  const s = sorted(values);
  return {
    n: s.length,
    median: quantile(s, 0.5),
    min: s[0] ?? NaN,
    max: s[s.length - 1] ?? NaN,
    q1: quantile(s, 0.25),
    q3: quantile(s, 0.75),
  };
}

/** Number of pages of a PDF: pdfinfo when installed, else a count of `/Type /Page` objects. */
export function pdfPages(bytes, scratchDir = tmpdir()) {
  if (hasCommand('pdfinfo')) {
    const file = join(scratchDir, `bench-pages-${process.pid}-${Date.now()}.pdf`);
    writeFileSync(file, bytes);
    const result = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    rmSync(file, { force: true });
    const match = /^Pages:\s+(\d+)/m.exec(result.stdout ?? '');
    if (match) return { pages: Number(match[1]), method: 'pdfinfo' };
  }
  const text = Buffer.from(bytes).toString('latin1');
  const count = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  return { pages: count > 0 ? count : null, method: count > 0 ? 'regex' : 'unknown (compressed object streams)' };
}

const commandCache = new Map();
/** Whether a command is on the PATH. */
export function hasCommand(name) {
  if (!commandCache.has(name)) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    commandCache.set(name, r.status === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : null);
  }
  return commandCache.get(name) !== null;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Run a command once; returns { ms, rssMB, cpuMs, status, stderr }. Wall time is measured around
 * the spawn; the peak RSS (of the largest process of the tree) and the CPU time (user + system,
 * all threads) come from /usr/bin/time when it exists, else null.
 */
export function timeProcess(command, args, { cwd, env } = {}) {
  const useTime = existsSync(GNU_TIME);
  const rssFile = join(tmpdir(), `bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, args];
  const start = performance.now();
  const result = spawnSync(cmd, argv, { cwd, env: env ?? process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  let rssMB = null;
  let cpuMs = null;
  if (useTime && existsSync(rssFile)) {
    const [kb, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    if (Number.isFinite(kb) && kb > 0) rssMB = kb / 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = (user + sys) * 1000;
    rmSync(rssFile, { force: true });
  }
  return {
    ms,
    rssMB,
    cpuMs,
    status: result.status,
    stderr: result.stderr ?? '',
    stdout: result.stdout ?? '',
    error: result.error,
  };
}

/** Time a process `runs` times after `warmup` unmeasured runs; throws on a failing run. */
export function timeProcessRuns(command, args, { runs, warmup = 1, cwd, env, before } = {}) {
  const times = [];
  const rss = [];
  const cpu = [];
  for (let i = 0; i < warmup + runs; i++) {
    if (before) before(i);
    const r = timeProcess(command, args, { cwd, env });
    if (r.status !== 0)
      throw new Error(
        `${command} ${args.join(' ')} failed (${r.status ?? r.error?.message}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`,
      );
    if (i >= warmup) {
      times.push(r.ms);
      if (r.rssMB !== null) rss.push(r.rssMB);
      if (r.cpuMs !== null) cpu.push(r.cpuMs);
    }
  }
  return {
    times,
    time: summary(times),
    cpuMs: cpu.length ? summary(cpu) : null,
    peakRssMB: rss.length ? Math.max(...rss) : null,
  };
}

/** Format milliseconds for a table. */
export function fmtMs(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 100) return `${Math.round(ms)}`;
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

/** A plain-text table with right-aligned numeric columns. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((c) => (c === null || c === undefined ? '–' : String(c))));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  const numeric = headers.map((_, i) => rows.every((r) => /^[-–+\d.,×x%/ ()sMBk≤<>]*$/.test(String(r[i] ?? '–'))));
  const line = (row) =>
    row
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The same table in GitHub Markdown. */
export function markdownTable(headers, rows) {
  const esc = (c) => (c === null || c === undefined ? '–' : String(c)).replace(/\|/g, '\\|');
  return [
    `| ${headers.map(esc).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

/**
 * Idle CPU, in cores, over `ms` milliseconds (from /proc/stat; null where it does not exist):
 * on a shared machine this says how much of it the benchmark can actually use.
 */
export function idleCores(ms = 1000) {
  const read = () => {
    try {
      const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
      return { idle: cpu[3] + (cpu[4] ?? 0), total: cpu.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  if (!a) return null;
  const until = Date.now() + ms;
  while (Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  const b = read();
  const cores = Number(
    b.total - a.total > 0 ? (((b.idle - a.idle) / (b.total - a.total)) * availableParallelismSafe()).toFixed(2) : NaN,
  );
  return Number.isFinite(cores) ? cores : null;
}

function availableParallelismSafe() {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}
