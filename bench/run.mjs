#!/usr/bin/env node
/**
 * `npm run bench`: Verbatim's speed and memory, side by side with pandoc and Typst.
 *
 *   node bench/run.mjs [--quick] [--runs N] [--json | --json=FILE] [--markdown=FILE]
 *                      [--no-build] [--no-batch] [--no-peers] [--no-corpus] [--no-cli]
 *                      [--sizes=1,10,100] [--stages=normalise,pdf,...] [--batch-runs N] [--keep]
 *
 * Builds dist/ (npm run build), writes the inputs (the seed at 1x, 10x, 100x; the largest corpus
 * files), then measures each stage in a child process of its own (bench/stage.mjs: a warm-up run,
 * then the median and spread of --runs runs; peak RSS from process.resourceUsage().maxRSS of
 * that child), the peers (pandoc as a process on our Markdown edition; Typst in process on an
 * equivalent Typst file), whole `verbatim build` processes, the batch speed-up with two workers,
 * and the PDF line breaker's inter-word spacing. Prints a table and whether each target is met;
 * --json writes the results as JSON (to stdout, or to FILE) for comparison between commits.
 *
 * The machine is shared and noisy: every time is a median, and the load average is printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { corpusAvailable, CORPUS, ROOT, SEED, writeBatch, writeInputs } from './inputs.mjs';
import { fmtMs, hasCommand, idleCores, markdownTable, summary, table, timeProcessRuns } from './lib.mjs';

// ------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
function option(name, fallback) {
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const i = argv.indexOf(`--${name}`);
  if (i >= 0 && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) return argv[i + 1];
  return fallback;
}
if (flag('help') || flag('h')) {
  process.stdout.write(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('\n')
      .slice(2, 7)
      .map((l) => l.replace(/^ \* ?/, ''))
      .join('\n') + '\n',
  );
  process.exit(0);
}
const quick = flag('quick');
const opts = {
  quick,
  runs: Number(option('runs', quick ? 3 : 5)),
  build: !flag('no-build'),
  batch: !flag('no-batch') && !quick,
  batchRuns: Number(option('batch-runs', 1)),
  peers: !flag('no-peers'),
  corpus: !flag('no-corpus') && !quick,
  cli: !flag('no-cli'),
  sizes: option('sizes', '1,10,100')
    .split(',')
    .map(Number)
    .filter((n) => n > 0),
  stages: option('stages', null)?.split(',') ?? null,
  json: argv.some((a) => a === '--json' || a.startsWith('--json=')) ? option('json', '-') : null,
  markdown: option('markdown', null),
  keep: flag('keep'),
};
const jsonToStdout = opts.json === '-';
/** Progress and the readable report go to stderr when JSON goes to stdout. */
const say = (text) => (jsonToStdout ? process.stderr : process.stdout).write(`${text}\n`);
const progress = (text) => process.stderr.write(`  ${text}\n`);

if (!Number.isInteger(opts.runs) || opts.runs < 1) {
  process.stderr.write('bench: --runs must be a whole number ≥ 1\n');
  process.exit(2);
}

// ------------------------------------------------------------------------------------------
// Corpus, build, machine

if (!corpusAvailable()) {
  say(`bench: skipped — the shared corpus is not there (${SEED} is missing); it is needed to build the inputs.`);
  process.exit(0);
}

function newestMtime(dir, ext) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, ext));
    else if (entry.name.endsWith(ext)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

let buildNote = 'not rebuilt (--no-build)';
if (opts.build) {
  progress('npm run build …');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status === 0) buildNote = 'rebuilt with npm run build';
  else {
    buildNote = `npm run build FAILED (status ${r.status}); measured the existing dist/`;
    say(`bench: warning: ${buildNote}:\n${(r.stdout + r.stderr).trim().split('\n').slice(-8).join('\n')}`);
  }
}
if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  say('bench: dist/ is missing and could not be built; run npm run build first.');
  process.exit(1);
}
const stale =
  newestMtime(join(ROOT, 'src'), '.ts') > statSync(join(ROOT, 'dist', 'index.js')).mtimeMs &&
  newestMtime(join(ROOT, 'src'), '.ts') > newestMtime(join(ROOT, 'dist'), '.js');
if (stale) say('bench: warning: some src/ file is newer than every file in dist/ — the measured build may be stale.');

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}
const cpuModel = (() => {
  try {
    return /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
})();
const typstVersion = (() => {
  try {
    return JSON.parse(
      readFileSync(join(ROOT, 'node_modules/@myriaddreamin/typst-ts-node-compiler/package.json'), 'utf8'),
    ).version;
  } catch {
    return null;
  }
})();
const pandocVersion = hasCommand('pandoc') ? (sh('pandoc', ['--version'])?.split('\n')[0] ?? 'pandoc') : null;
const machine = {
  cores: availableParallelism(),
  cpu: cpuModel,
  ramGB: Number((totalmem() / 1024 ** 3).toFixed(1)),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  pandoc: pandocVersion,
  typstTsNodeCompiler: typstVersion,
  loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  idleCoresAtStart: idleCores(1000),
};
const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
const dirty = (sh('git', ['status', '--porcelain', '--untracked-files=no']) ?? '') !== '';

say(
  `Verbatim benchmark — ${new Date().toISOString()} — commit ${commit ?? '?'}${dirty ? ' (+ uncommitted changes)' : ''}; ${buildNote}`,
);
say(
  `machine: ${machine.cores} cores, ${machine.cpu}, ${machine.ramGB} GB RAM, node ${machine.node}; load average ${machine.loadAverageAtStart.join(' ')}; idle ≈ ${machine.idleCoresAtStart ?? '?'} of ${machine.cores} cores`,
);
if (machine.idleCoresAtStart !== null && machine.idleCoresAtStart < machine.cores - 0.5) {
  say(
    `warning: other processes are using ≈ ${(machine.cores - machine.idleCoresAtStart).toFixed(1)} cores; times will be inflated and the batch speed-up understated.`,
  );
}
say(
  `peers: pandoc ${pandocVersion ? pandocVersion.replace(/^pandoc\s*/, '') : 'NOT INSTALLED — DOCX/EPUB comparison skipped'}; Typst (typst-ts-node-compiler) ${typstVersion ?? 'NOT INSTALLED — PDF comparison skipped (npm i -D @myriaddreamin/typst-ts-node-compiler)'}`,
);
say(
  `method: ${opts.runs} timed runs after 1 warm-up, medians reported (the machine is shared and noisy); each stage in its own child process for its peak RSS.`,
);

// ------------------------------------------------------------------------------------------
// Inputs and stages

const work = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
const inputs = writeInputs(join(work, 'inputs'), { sizes: opts.sizes, corpus: opts.corpus });
const registry = await import(new URL('../dist/render/registry.js', import.meta.url).href);
const registered = registry.rendererIds();
const epubBuilt = existsSync(join(ROOT, 'dist/render/epub/index.js'));
const formats = [
  ...new Set([
    ...registered.filter((id) => ['pdf', 'docx', 'epub', 'md'].includes(id)),
    ...(epubBuilt ? ['epub'] : []),
  ]),
];
if (!registered.includes('epub')) {
  say(
    epubBuilt
      ? 'note: the registry does not list "epub" yet; the in-process EPUB stage loads dist/render/epub/index.js directly, and `verbatim build` runs without epub.'
      : 'note: no EPUB renderer is registered or built; EPUB stages are skipped.',
  );
}
const wanted = (stage) => opts.stages === null || opts.stages.includes(stage);

function runStage(stage, input, extra = []) {
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      join(ROOT, 'bench/stage.mjs'),
      '--stage',
      stage,
      '--input',
      input.file,
      '--runs',
      String(opts.runs),
      ...extra,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const line = r.stdout.trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    return {
      stage,
      input: input.file,
      error: `stage failed (status ${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(-4).join(' | ')}`,
    };
  }
}

const results = [];
const record = (input, stage, kind, data) => {
  const row = { ...data, file: data.input ?? input.file, input: input.id, stage, kind };
  results.push(row);
  const what = row.skipped
    ? `skipped: ${row.skipped}`
    : row.error
      ? `ERROR: ${row.error}`
      : `${fmtMs(row.time.median)} ms`;
  progress(`${input.id.padEnd(14)} ${stage.padEnd(12)} ${what}`);
  return row;
};

say('');
progress('stages (median of runs, each in its own process):');
for (const input of inputs) {
  const mdFile = join(work, `${input.id}.md`);
  if (wanted('normalise')) record(input, 'normalise', 'ours', runStage('normalise', input));
  for (const format of formats) {
    if (!wanted(format) && !(format === 'md' && opts.peers && pandocVersion)) continue;
    const save =
      format === 'md' ? ['--save', mdFile] : format === 'pdf' ? ['--save', join(work, `${input.id}.pdf`)] : [];
    record(input, format, 'ours', runStage(format, input, save));
  }
  if (opts.peers && wanted('typst'))
    record(input, 'typst', 'peer', runStage('typst', input, ['--save', join(work, `${input.id}.typst.pdf`)]));
  if (opts.peers && pandocVersion && existsSync(mdFile)) {
    const words = results.find((r) => r.input === input.id && r.words)?.words;
    const pandoc = (to, out, extra) => {
      try {
        const t = timeProcessRuns('pandoc', ['-f', 'markdown', '-t', to, ...extra, '-o', join(work, out), mdFile], {
          runs: opts.runs,
          cwd: work,
        });
        return { ...t, words, outputBytes: statSync(join(work, out)).size, peakRssMB: t.peakRssMB };
      } catch (error) {
        return { error: error.message };
      }
    };
    if (wanted('pandoc-docx')) record(input, 'pandoc-docx', 'peer', pandoc('docx', `${input.id}.pandoc.docx`, []));
    if (wanted('pandoc-epub')) {
      // Embed the fonts our EPUB embeds, so both books carry the same weight.
      const fonts = [
        'source-serif-4/SourceSerif4-Regular.ttf',
        'source-serif-4/SourceSerif4-Italic.ttf',
        'source-serif-4/SourceSerif4-Semibold.ttf',
        'source-sans-3/SourceSans3-Regular.ttf',
      ]
        .map((f) => join(ROOT, 'fonts', f))
        .filter((f) => existsSync(f))
        .map((f) => `--epub-embed-font=${f}`);
      record(input, 'pandoc-epub', 'peer', pandoc('epub3', `${input.id}.pandoc.epub`, fonts));
    }
  } else if (opts.peers && !pandocVersion) {
    record(input, 'pandoc-docx', 'peer', { skipped: 'pandoc is not installed' });
    record(input, 'pandoc-epub', 'peer', { skipped: 'pandoc is not installed' });
  }
}

// ------------------------------------------------------------------------------------------
// Whole processes

const bin = join(ROOT, 'bin/verbatim.js');
// The `verbatim` command: on POSIX the launcher bin/verbatim, which starts one Node process (from
// the startup snapshot when it fits); elsewhere `node bin/verbatim.js`, which starts a second
// Node process for the snapshot (bin/snapshot-loader.cjs).
const launcher = process.platform === 'win32' ? null : join(ROOT, 'bin', 'verbatim');
const [verbatimCommand, verbatimPrefix] = launcher ? [launcher, []] : [process.execPath, [bin]];
// The CLI runs from its bundle with V8's code cache when the build made them (bin/bundle-loader.cjs).
const bundleState = (() => {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `const b = require(${JSON.stringify(join(ROOT, 'bin', 'bundle-loader.cjs'))}).loadBundle(); process.stdout.write(b === null ? 'no bundle (the modules in dist/)' : b.cacheAccepted ? 'bundle, code cache accepted' : 'bundle, code cache NOT used')`,
    ],
    { encoding: 'utf8' },
  );
  if (probe.status !== 0) return `unknown (${probe.stderr.trim().split('\n').pop()})`;
  // bin/verbatim.js starts the CLI from its V8 startup snapshot when it fits (bin/snapshot-loader.cjs).
  const snapshot = spawnSync(process.execPath, [join(ROOT, 'bench', 'snapshot-fits.cjs')], { encoding: 'utf8' });
  return `${snapshot.stdout === 'true' ? 'startup snapshot (dist/verbatim.blob)' : 'no fitting startup snapshot'}; ${probe.stdout}`;
})();
machine.cli = bundleState;
say(`verbatim command: ${bundleState}`);
const cliFormats = ['pdf', 'docx', 'epub'].filter((f) => registered.includes(f));
const cli = {};
if (opts.cli) {
  progress('whole processes:');
  const outDir = join(work, 'cli-out');
  const clean = () => rmSync(outDir, { recursive: true, force: true });
  try {
    const t = timeProcessRuns(
      verbatimCommand,
      [...verbatimPrefix, 'build', SEED, '--to', cliFormats.join(','), '--out', outDir, '--jobs', '1'],
      { runs: opts.runs, cwd: ROOT, before: clean },
    );
    cli.seed = { formats: cliFormats, ...t, missing: ['pdf', 'docx', 'epub'].filter((f) => !cliFormats.includes(f)) };
    progress(`seed, verbatim build --to ${cliFormats.join(',')}: ${fmtMs(t.time.median)} ms`);
  } catch (error) {
    cli.seed = { error: error.message };
    progress(`seed CLI: ERROR ${error.message}`);
  }
  if (launcher)
    try {
      // The same through `node bin/verbatim.js` (the npm bin): two Node processes.
      const t = timeProcessRuns(
        process.execPath,
        [bin, 'build', SEED, '--to', cliFormats.join(','), '--out', outDir, '--jobs', '1'],
        { runs: opts.runs, cwd: ROOT, before: clean },
      );
      cli.seedNodeBin = { formats: cliFormats, ...t };
      progress(`seed, same through node bin/verbatim.js: ${fmtMs(t.time.median)} ms`);
    } catch (error) {
      cli.seedNodeBin = { error: error.message };
    }
  try {
    // The same command from the bundle and its code cache, without the startup snapshot.
    const t = timeProcessRuns(
      process.execPath,
      [
        join(ROOT, 'bench', 'bundle-cli.cjs'),
        'build',
        SEED,
        '--to',
        cliFormats.join(','),
        '--out',
        outDir,
        '--jobs',
        '1',
      ],
      { runs: opts.runs, cwd: ROOT, before: clean },
    );
    cli.seedBundle = { formats: cliFormats, ...t };
    progress(`seed, same from the bundle (no snapshot): ${fmtMs(t.time.median)} ms`);
  } catch (error) {
    cli.seedBundle = { error: error.message };
  }
  const big = inputs.find((i) => i.times === 100);
  if (big && !opts.quick) {
    cli.big = {};
    for (const format of cliFormats) {
      try {
        cli.big[format] = timeProcessRuns(
          verbatimCommand,
          [...verbatimPrefix, 'build', big.file, '--to', format, '--out', outDir, '--jobs', '1'],
          { runs: opts.runs, cwd: ROOT, before: clean },
        );
        progress(`${big.id}, verbatim build --to ${format}: ${fmtMs(cli.big[format].time.median)} ms`);
      } catch (error) {
        cli.big[format] = { error: error.message };
      }
    }
  }
}

let batch = null;
if (opts.batch) {
  progress(
    `batch: 100 seed variants, verbatim build --to ${cliFormats.join(',')} --jobs 1 vs --jobs 2 (${opts.batchRuns} run(s) each, interleaved) …`,
  );
  const dir = writeBatch(join(work, 'batch'), 100);
  const outDir = join(work, 'batch-out');
  const times = { 1: [], 2: [] };
  const rss = { 1: [], 2: [] };
  const cpu = { 1: [], 2: [] };
  const idleBefore = idleCores(1000);
  if (idleBefore !== null) progress(`  idle before the batch: ≈ ${idleBefore} of ${machine.cores} cores`);
  try {
    for (let i = 0; i < opts.batchRuns; i++) {
      for (const jobs of [1, 2]) {
        rmSync(outDir, { recursive: true, force: true });
        const t = timeProcessRuns(
          verbatimCommand,
          [...verbatimPrefix, 'build', dir, '--to', cliFormats.join(','), '--out', outDir, '--jobs', String(jobs)],
          { runs: 1, warmup: 0, cwd: ROOT },
        );
        times[jobs].push(t.times[0]);
        if (t.peakRssMB) rss[jobs].push(t.peakRssMB);
        if (t.cpuMs) cpu[jobs].push(t.cpuMs.median);
        progress(`  --jobs ${jobs}: ${fmtMs(t.times[0])} ms wall, ${t.cpuMs ? fmtMs(t.cpuMs.median) : '?'} ms CPU`);
      }
    }
    const outputs = readdirSync(outDir).filter((name) => !name.startsWith('.')).length; // not the manifest, .verbatim/
    const one = summary(times[1]).median;
    const two = summary(times[2]).median;
    batch = {
      inputs: 100,
      formats: cliFormats,
      outputs,
      jobs1: summary(times[1]),
      jobs2: summary(times[2]),
      cpuMs: { jobs1: cpu[1].length ? summary(cpu[1]) : null, jobs2: cpu[2].length ? summary(cpu[2]) : null },
      speedup: one / two,
      peakRssMB: { jobs1: Math.max(0, ...rss[1]), jobs2: Math.max(0, ...rss[2]) },
      loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
      idleCoresBefore: idleBefore,
      // CPU time over wall time of the two-worker run: ≈ 2 when both cores were busy with it.
      parallelism: cpu[2].length ? summary(cpu[2]).median / two : null,
    };
  } catch (error) {
    batch = { error: error.message };
  }
}

let spacing = null;
const tenX = inputs.find((i) => i.times === 10) ?? inputs[0];
if (wanted('spacing') && tenX) {
  progress(`spacing: inter-word space ratios on ${tenX.id} …`);
  spacing = runStage('spacing', tenX, ['--runs', '1']);
}

// ------------------------------------------------------------------------------------------
// Report

const find = (input, stage) => results.find((r) => r.input === input && r.stage === stage && r.time);
const words = (input) => results.find((r) => r.input === input && r.words)?.words;
const kb = (b) =>
  b === null || b === undefined
    ? '–'
    : b >= 1024 * 1024
      ? `${(b / 1024 / 1024).toFixed(1)} MB`
      : `${Math.round(b / 1024)} kB`;
const mb = (m) => (m === null || m === undefined ? '–' : `${Math.round(m)}`);

const stageHeaders = [
  'input',
  'words',
  'stage',
  'median ms',
  'min–max ms',
  'IQR ms',
  '1st run ms',
  'pages',
  'words/s',
  'peak RSS MB',
  'output',
];
const stageRows = results.map((r) => {
  if (!r.time)
    return [
      r.input,
      words(r.input) ?? '–',
      r.stage,
      r.skipped ? 'skipped' : 'error',
      '',
      '',
      '',
      '',
      '',
      '',
      r.skipped ?? r.error,
    ];
  const w = words(r.input);
  const note = r.registered === false ? ' (unregistered)' : '';
  return [
    r.input,
    w ?? '–',
    `${r.stage}${note}`,
    fmtMs(r.time.median),
    `${fmtMs(r.time.min)}–${fmtMs(r.time.max)}`,
    `${fmtMs(r.time.q1)}–${fmtMs(r.time.q3)}`,
    r.firstRunMs !== undefined && r.firstRunMs !== null ? fmtMs(r.firstRunMs) : '–',
    r.pages ?? '–',
    w ? Math.round(w / (r.time.median / 1000)).toLocaleString('en-GB') : '–',
    mb(r.peakRssMB),
    kb(r.outputBytes),
  ];
});

const peerPairs = [
  ['pdf', 'typst', 'Typst'],
  ['docx', 'pandoc-docx', 'pandoc'],
  ['epub', 'pandoc-epub', 'pandoc'],
];
const peerHeaders = ['input', 'format', 'ours ms', 'peer', 'peer ms', 'ours / peer', 'ours RSS MB', 'peer RSS MB'];
const peerRows = [];
for (const input of opts.peers ? inputs : []) {
  for (const [ours, peer, name] of peerPairs) {
    const a = find(input.id, ours);
    const b = find(input.id, peer);
    const skipped = results.find((r) => r.input === input.id && r.stage === peer && (r.skipped || r.error));
    if (!a && !b) continue;
    peerRows.push([
      input.id,
      ours,
      a ? fmtMs(a.time.median) : '–',
      name + (peer.startsWith('pandoc') ? ' (process)' : ' (in process)'),
      b ? fmtMs(b.time.median) : skipped ? `missing: ${skipped.skipped ?? skipped.error}` : '–',
      a && b ? (a.time.median / b.time.median).toFixed(2) : '–',
      a ? mb(a.peakRssMB) : '–',
      b ? mb(b.peakRssMB) : '–',
    ]);
  }
}

const linearRows = [];
const x10 = inputs.find((i) => i.times === 10);
const x100 = inputs.find((i) => i.times === 100);
if (x10 && x100) {
  for (const stage of [...new Set(results.map((r) => r.stage))]) {
    const a = find(x10.id, stage);
    const b = find(x100.id, stage);
    if (a && b)
      linearRows.push({
        stage,
        ms10: a.time.median,
        ms100: b.time.median,
        ratio: b.time.median / a.time.median,
        ours: a.kind === 'ours',
      });
  }
}

// Targets.
const targets = [];
const target = (name, value, limit, met, detail = '') => targets.push({ name, value, limit, met, detail });
if (x100) {
  const s = (stage) => find(x100.id, stage);
  const limitMs = { normalise: 500, pdf: 2000, docx: 1500, epub: 1000 };
  for (const [stage, limit] of Object.entries(limitMs)) {
    const r = s(stage);
    target(
      `100x ${stage} < ${limit / 1000} s`,
      r ? `${fmtMs(r.time.median)} ms` : 'not measured',
      `${limit} ms`,
      r ? r.time.median < limit : null,
    );
  }
  const ours = results.filter((r) => r.input === x100.id && r.kind === 'ours' && r.peakRssMB);
  if (ours.length) {
    const worst = ours.reduce((a, b) => (a.peakRssMB >= b.peakRssMB ? a : b));
    target(
      '100x peak RSS < 600 MB (every stage)',
      `${Math.round(worst.peakRssMB)} MB (${worst.stage})`,
      '600 MB',
      worst.peakRssMB < 600,
    );
  }
  for (const [oursStage, peer, name] of peerPairs) {
    const a = s(oursStage);
    const b = s(peer);
    target(
      `100x ${oursStage} ≤ ${name}`,
      a && b
        ? `${(a.time.median / b.time.median).toFixed(2)}× (${fmtMs(a.time.median)} vs ${fmtMs(b.time.median)} ms)`
        : `${name} not measured`,
      '≤ 1.00×',
      a && b ? a.time.median <= b.time.median : null,
    );
  }
}
/** The peers' cold start for the seed: Typst's first compile (in process: no Typst CLI here) and pandoc's two processes. */
function coldStartPeers() {
  const typst = results.find((r) => r.input === 'seed-1x' && r.stage === 'typst' && r.time);
  const docx = find('seed-1x', 'pandoc-docx');
  const epub = find('seed-1x', 'pandoc-epub');
  if (!typst || !docx || !epub) return null;
  return { ms: (typst.firstRunMs ?? typst.time.median) + docx.time.median + epub.time.median };
}
if (cli.seed?.time) {
  const peers = coldStartPeers();
  target(
    'seed CLI process, all formats ≤ 0.35 s (cold start)',
    `${fmtMs(cli.seed.time.median)} ms${peers ? `; peers ${fmtMs(peers.ms)} ms, ours / peers ${(cli.seed.time.median / peers.ms).toFixed(2)}×` : ''}`,
    '350 ms',
    cli.seed.time.median <= 350,
  );
}
if (x100) {
  const a = find(x100.id, 'pdf');
  const b = find(x100.id, 'typst');
  if (a && b)
    target(
      '100x pdf ≤ 0.8 × Typst, peak RSS < 400 MB',
      `${(a.time.median / b.time.median).toFixed(2)}× (${fmtMs(a.time.median)} vs ${fmtMs(b.time.median)} ms), ${Math.round(a.peakRssMB)} MB`,
      '≤ 0.80×, < 400 MB',
      a.time.median <= 0.8 * b.time.median && a.peakRssMB < 400,
    );
}
if (cli.seed) {
  const missing = cli.seed.missing?.length ? ` (without ${cli.seed.missing.join(', ')}: not registered)` : '';
  target(
    `seed CLI process, all formats < 0.8 s${missing}`,
    cli.seed.time ? `${fmtMs(cli.seed.time.median)} ms` : 'error',
    '800 ms',
    cli.seed.time ? cli.seed.time.median < 800 && !cli.seed.missing?.length : null,
    missing,
  );
}
for (const row of linearRows.filter((r) => r.ours))
  target(`linear: ${row.stage} 100x ≤ 11 × 10x`, `${row.ratio.toFixed(2)}×`, '≤ 11×', row.ratio <= 11);
if (batch) {
  const context = batch.speedup
    ? ` (CPU/wall with 2 workers ${batch.parallelism?.toFixed(2) ?? '?'}; idle before ≈ ${batch.idleCoresBefore ?? '?'} cores)`
    : '';
  target(
    'batch: --jobs 2 speed-up ≥ 1.7×',
    batch.speedup ? `${batch.speedup.toFixed(2)}×${context}` : 'error',
    '≥ 1.7×',
    batch.speedup ? batch.speedup >= 1.7 : null,
  );
}

const printed = spacing && !spacing.error ? spacing.printed?.ours : null;
if (printed) {
  // Issue #11: the printed PDF of the 10x seed, measured with pdftotext -bbox-layout (bench/spacing.mjs).
  const pct = (share) => `${(share * 100).toFixed(1)}%`;
  target(
    'spacing: hyphenated lines ≤ 6% (10x seed)',
    pct(printed.hyphenatedShare),
    '≤ 6%',
    printed.hyphenatedShare <= 0.06,
  );
  target('spacing: p95 word gap ≤ 1.45 × median', `${printed.p95.toFixed(3)}×`, '≤ 1.45×', printed.p95 <= 1.45);
  target('spacing: widest word gap ≤ 1.6 × median', `${printed.max.toFixed(3)}×`, '≤ 1.6×', printed.max <= 1.6);
}

const cliRows = [];
const cpu = (t) => (t ? fmtMs(t.median) : '–');
if (cli.seed?.time)
  cliRows.push([
    'seed (1x, original file)',
    `build --to ${cli.seed.formats.join(',')} --jobs 1`,
    fmtMs(cli.seed.time.median),
    `${fmtMs(cli.seed.time.min)}–${fmtMs(cli.seed.time.max)}`,
    cpu(cli.seed.cpuMs),
    mb(cli.seed.peakRssMB),
  ]);
if (cli.seedNodeBin?.time)
  cliRows.push([
    'seed (1x, original file)',
    `same through node bin/verbatim.js (a second Node process)`,
    fmtMs(cli.seedNodeBin.time.median),
    `${fmtMs(cli.seedNodeBin.time.min)}–${fmtMs(cli.seedNodeBin.time.max)}`,
    cpu(cli.seedNodeBin.cpuMs),
    mb(cli.seedNodeBin.peakRssMB),
  ]);
if (cli.seedBundle?.time)
  cliRows.push([
    'seed (1x, original file)',
    `same, from the bundle without the startup snapshot`,
    fmtMs(cli.seedBundle.time.median),
    `${fmtMs(cli.seedBundle.time.min)}–${fmtMs(cli.seedBundle.time.max)}`,
    cpu(cli.seedBundle.cpuMs),
    mb(cli.seedBundle.peakRssMB),
  ]);
const coldPeers = coldStartPeers();
if (coldPeers)
  cliRows.push([
    'seed-1x',
    'peers: Typst 1st compile (in process) + pandoc → docx + pandoc → epub',
    fmtMs(coldPeers.ms),
    '',
    '',
    '',
  ]);
for (const [format, t] of Object.entries(cli.big ?? {})) {
  if (t.time)
    cliRows.push([
      x100.id,
      `build --to ${format} --jobs 1`,
      fmtMs(t.time.median),
      `${fmtMs(t.time.min)}–${fmtMs(t.time.max)}`,
      cpu(t.cpuMs),
      mb(t.peakRssMB),
    ]);
}
for (const peer of ['pandoc-docx', 'pandoc-epub']) {
  const r = x100 && find(x100.id, peer);
  if (r)
    cliRows.push([
      x100.id,
      `pandoc → ${peer.slice(7)}`,
      fmtMs(r.time.median),
      `${fmtMs(r.time.min)}–${fmtMs(r.time.max)}`,
      cpu(r.cpuMs),
      mb(r.peakRssMB),
    ]);
}
if (batch?.jobs1) {
  cliRows.push([
    'batch: 100 seed variants',
    `build DIR --to ${batch.formats.join(',')} --jobs 1`,
    fmtMs(batch.jobs1.median),
    `${fmtMs(batch.jobs1.min)}–${fmtMs(batch.jobs1.max)}`,
    cpu(batch.cpuMs.jobs1),
    mb(batch.peakRssMB.jobs1),
  ]);
  cliRows.push([
    'batch: 100 seed variants',
    `build DIR --to ${batch.formats.join(',')} --jobs 2`,
    fmtMs(batch.jobs2.median),
    `${fmtMs(batch.jobs2.min)}–${fmtMs(batch.jobs2.max)}`,
    cpu(batch.cpuMs.jobs2),
    mb(batch.peakRssMB.jobs2),
  ]);
}
const cliHeaders = ['input', 'process', 'median ms', 'min–max ms', 'CPU ms (user+sys)', 'peak RSS MB'];

const spacingHeaders = ['breaker', 'justified lines', 'median', 'p95', 'max', '> 1.5', '> 2'];
const spacingRows = [];
if (spacing && !spacing.error) {
  const row = (name, d) => [
    name,
    d.count,
    d.median.toFixed(3),
    d.p95.toFixed(3),
    d.max.toFixed(3),
    `${(d.over1_5 * 100).toFixed(1)}%`,
    `${(d.over2 * 100).toFixed(1)}%`,
  ];
  spacingRows.push(row('ours (total fit + hyphenation, as paginated)', spacing.ours));
  spacingRows.push(row('breakParagraphFirstFit, same runs, hyphenation', spacing.firstFit));
  spacingRows.push(row('breakParagraphFirstFit, same runs, no hyphenation', spacing.firstFitNoHyphen));
  spacingRows.push(row("pdfkit's own LineWrapper, plain text, one face", spacing.pdfkit));
}

const printedHeaders = [
  'PDF',
  'lines (non-final, ≥ 2 words)',
  'hyphenated',
  'median gap pt',
  'p95 gap / median',
  'max gap / median',
  '> 1.5',
];
const printedRows = [];
if (spacing && !spacing.error && spacing.printed) {
  const row = (name, d) => [
    name,
    d.lines,
    `${d.hyphenated} (${(d.hyphenatedShare * 100).toFixed(1)}%)`,
    d.medianGapPt.toFixed(2),
    d.p95.toFixed(3),
    d.max.toFixed(3),
    `${(d.over1_5 * 100).toFixed(1)}%`,
  ];
  printedRows.push(row('ours', spacing.printed.ours));
  if (spacing.printed.typst) printedRows.push(row('Typst (bench/typst.mjs, same edition)', spacing.printed.typst));
}

const targetRows = targets.map((t) => [t.met === null ? 'n/a' : t.met ? 'MET' : 'MISSED', t.name, t.value]);
machine.loadAverageAtEnd = loadavg().map((l) => Number(l.toFixed(2)));

const sections = [
  ['In-process stages (each in its own child process; warm-up + median of runs)', stageHeaders, stageRows],
  ['Ours vs peers (same run; ratio < 1 means we are faster)', peerHeaders, peerRows],
  ['Whole processes (wall time incl. node start-up; pandoc for scale)', cliHeaders, cliRows],
  [
    'Linear growth (100x / 10x median)',
    ['stage', '10x ms', '100x ms', '100x / 10x'],
    linearRows.map((r) => [
      r.stage + (r.ours ? '' : ' (peer)'),
      fmtMs(r.ms10),
      fmtMs(r.ms100),
      `${r.ratio.toFixed(2)}×`,
    ]),
  ],
  [
    `Word gaps as printed, ${tenX?.id ?? '?'} (pdftotext -bbox-layout; gap ÷ median gap of lines of the same size)`,
    printedHeaders,
    printedRows,
  ],
  [
    `Inter-word space ratio, justified lines of the spoken paragraphs of ${tenX?.id ?? '?'} (PDF)`,
    spacingHeaders,
    spacingRows,
  ],
  ['Targets', ['result', 'target', 'measured'], targetRows],
];

say('');
for (const [title, headers, rows] of sections) {
  if (rows.length === 0) continue;
  say(`${title}\n${table(headers, rows)}\n`);
}
if (spacing && !spacing.error) {
  say(
    `spacing check: breakParagraph on the rebuilt runs reproduces ${spacing.rebuiltIdentical} of ${spacing.paragraphs} galley paragraphs line for line; hyphenated lines: ours ${spacing.hyphenatedLines.ours}, first-fit ${spacing.hyphenatedLines.firstFit}.`,
  );
}
say(
  `load average at end: ${machine.loadAverageAtEnd.join(' ')} (at start ${machine.loadAverageAtStart.join(' ')}); ${targets.filter((t) => t.met === true).length} targets met, ${targets.filter((t) => t.met === false).length} missed.`,
);

const report = {
  version: 1,
  coldStartPeersMs: coldStartPeers()?.ms ?? null,
  date: new Date().toISOString(),
  commit,
  dirty,
  build: buildNote,
  machine,
  options: { runs: opts.runs, warmup: 1, quick: opts.quick },
  registered,
  inputs: inputs.map((i) => ({
    id: i.id,
    file: i.file.startsWith(CORPUS) ? relative(join(ROOT, '..'), i.file) : `generated: ${i.note}`,
    words: words(i.id),
  })),
  stages: results,
  cli,
  batch,
  spacing,
  linear: linearRows,
  targets,
};
if (opts.json !== null) {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (jsonToStdout) process.stdout.write(text);
  else {
    writeFileSync(opts.json, text);
    say(`JSON written to ${opts.json}`);
  }
}
if (opts.markdown) {
  const md = sections
    .filter(([, , rows]) => rows.length)
    .map(([title, headers, rows]) => `### ${title}\n\n${markdownTable(headers, rows)}\n`);
  writeFileSync(opts.markdown, md.join('\n'));
  say(`Markdown tables written to ${opts.markdown}`);
}
if (opts.keep) say(`outputs kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
