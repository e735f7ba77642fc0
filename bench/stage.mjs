#!/usr/bin/env node
/**
 * One stage measurement, in a process of its own so that its peak RSS is its own:
 *
 *   node --expose-gc bench/stage.mjs --stage pdf --input FILE [--runs 5] [--warmup 1] [--save OUT]
 *
 * Stages: normalise, pdf, docx, epub, md (our renderers, through the registry; epub is loaded
 * from dist/render/epub directly when the registry does not list it yet), typst (the Typst
 * compiler on an equivalent Typst file generated from the same edition), spacing (word gaps of
 * the printed PDF, ours and Typst's, and the line breaker's inter-word space ratios against
 * first-fit and pdfkit's LineWrapper).
 *
 * Setup (reading, normalising for render stages) is not timed. Then one warm-up run and
 * `runs` timed runs, each after a forced GC when --expose-gc is on. Prints one JSON line.
 * --profile FILE writes a V8 CPU profile of the timed runs (summarise it with
 * bench/profile-summary.mjs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ROOT } from './inputs.mjs';
import { pdfPages, summary } from './lib.mjs';

const { values: args } = parseArgs({
  options: {
    stage: { type: 'string' },
    input: { type: 'string' },
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    save: { type: 'string' },
    profile: { type: 'string' },
    theme: { type: 'string', default: 'default' },
  },
});

const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;
const { normaliseBytes } = await import(dist('normalise/index.js'));
const { spokenParagraphs, spokenText, wordsOf } = await import(dist('model/walk.js'));
const { themePresets } = await import(dist('theme/default.js'));

const theme = themePresets[args.theme];
const runs = Number(args.runs);
const warmup = Number(args.warmup);
const bytes = readFileSync(args.input);
const gc = globalThis.gc ?? (() => undefined);

function countWords(transcript) {
  let words = 0;
  for (const { paragraph } of spokenParagraphs(transcript)) words += wordsOf(spokenText(paragraph)).length;
  return words;
}

/** Time `fn` (async allowed) warm-up + runs times, `before` untimed; returns times in ms and the last result. */
/** --profile FILE: a V8 CPU profile of the timed runs only (not setup, not the warm-up). */
const profiler = {
  session: null,
  async start() {
    const { Session } = await import('node:inspector/promises');
    this.session = new Session();
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.setSamplingInterval', { interval: 200 });
    await this.session.post('Profiler.start');
  },
  async stop(file) {
    const { profile } = await this.session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    this.session.disconnect();
  },
};

/** Time of the first (cold: code not yet optimised, caches empty) run, the warm-up. */
let firstRunMs = null;

async function measure(fn, before = () => undefined) {
  const times = [];
  let last;
  for (let i = 0; i < warmup + runs; i++) {
    if (i === warmup && args.profile) await profiler.start();
    before();
    gc();
    const start = performance.now();
    last = await fn();
    const ms = performance.now() - start;
    if (i >= warmup) times.push(ms);
    else if (i === 0) firstRunMs = ms;
  }
  if (args.profile) await profiler.stop(args.profile);
  return { times, last };
}

async function rendererFor(id) {
  const { rendererIds, getRenderer } = await import(dist('render/registry.js'));
  if (rendererIds().includes(id)) return { renderer: await getRenderer(id), registered: true };
  if (id === 'epub') {
    try {
      const mod = await import(dist('render/epub/index.js'));
      if (mod.epubRenderer) return { renderer: mod.epubRenderer, registered: false };
    } catch {
      // not built yet
    }
  }
  return null;
}

const result = { stage: args.stage, input: args.input, runs, warmup };
const stage = args.stage;

if (stage === 'normalise') {
  const transcript = normaliseBytes(bytes, { fileName: args.input });
  result.words = countWords(transcript);
  const setupRssMB = process.resourceUsage().maxRSS / 1024;
  const { times } = await measure(() => normaliseBytes(bytes, { fileName: args.input }));
  Object.assign(result, { times, time: summary(times), setupRssMB, outputBytes: null });
} else if (['pdf', 'docx', 'epub', 'md'].includes(stage)) {
  const found = await rendererFor(stage);
  if (!found) {
    result.skipped = `no "${stage}" renderer is registered or built`;
  } else {
    const transcript = normaliseBytes(bytes, { fileName: args.input });
    result.words = countWords(transcript);
    result.registered = found.registered;
    const setupRssMB = process.resourceUsage().maxRSS / 1024;
    const { times, last } = await measure(() => found.renderer.render(transcript, { theme, diagnostics: [] }));
    Object.assign(result, { times, time: summary(times), setupRssMB, outputBytes: last.length });
    if (stage === 'pdf') Object.assign(result, pdfPages(last));
    if (args.save) writeFileSync(args.save, last);
  }
} else if (stage === 'typst') {
  let NodeCompiler;
  try {
    ({ NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler'));
  } catch (error) {
    result.skipped = `@myriaddreamin/typst-ts-node-compiler is not installed (${error.code ?? error.message})`;
  }
  if (NodeCompiler) {
    const { prepareEdition } = await import(dist('render/edition/edition.js'));
    const { editionToTypst } = await import('./typst.mjs');
    const transcript = normaliseBytes(bytes, { fileName: args.input });
    result.words = countWords(transcript);
    const source = editionToTypst(prepareEdition(transcript, theme));
    if (args.save) writeFileSync(args.save.replace(/\.pdf$/, '.typ'), source);
    const compiler = NodeCompiler.create({
      workspace: ROOT,
      fontArgs: [{ fontPaths: [new URL('../fonts', import.meta.url).pathname] }],
    });
    const setupRssMB = process.resourceUsage().maxRSS / 1024;
    // Typst memoises layout globally; evict the cache before every run so that each run
    // compiles from scratch, as a fresh `typst compile` would (fonts stay loaded, as ours do).
    const { times, last } = await measure(
      () => compiler.pdf({ mainFileContent: source }),
      () => compiler.evictCache(0),
    );
    Object.assign(result, { times, time: summary(times), setupRssMB, outputBytes: last.length, ...pdfPages(last) });
    if (args.save) writeFileSync(args.save, last);
  }
} else if (stage === 'spacing') {
  const { spacingStats } = await import('./spacing.mjs');
  const transcript = normaliseBytes(bytes, { fileName: args.input });
  result.words = countWords(transcript);
  Object.assign(result, await spacingStats(transcript, theme));
} else {
  result.error = `unknown stage "${stage}"`;
}

result.firstRunMs = firstRunMs;
result.peakRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);
