// Timing of the DOCX renderer, not a test: the long press conference's body repeated 190 times
// (3610 spoken paragraphs, about 175,000 words), rendered in process 5 times after one warm-up run; prints
// each time, the median, and the split between building the docx tree and packaging.
// Run with `npx tsx tests/render/docx/timing.ts` (add `--embed` to embed the fonts).
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildDocxDocument } from '../../../src/render/docx/index.js';
import { packageDocx } from '../../../src/render/docx/package.js';
import { prepareEdition } from '../../../src/render/edition/edition.js';
import { renderDocx, repeatedLongPressConference, themeWith } from './fixtures.js';

const transcript = repeatedLongPressConference(190);
const theme = themeWith((t) => (t.docx.embedFonts = process.argv.includes('--embed')));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await renderDocx(transcript, theme); // warm-up: module loading, JIT, template compilation
const totals: number[] = [];
const phases: { edition: number; build: number; pack: number }[] = [];
let size = 0;
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  const bytes = await renderDocx(transcript, theme);
  totals.push(performance.now() - t0);
  size = bytes.length;
  const p0 = performance.now();
  const edition = prepareEdition(transcript, theme);
  const p1 = performance.now();
  const { document, info } = buildDocxDocument(edition);
  const p2 = performance.now();
  await packageDocx(document, info);
  phases.push({ edition: p1 - p0, build: p2 - p1, pack: performance.now() - p2 });
}
console.log(
  `DOCX, long press conference x190 (${transcript.body.length} blocks), embedFonts=${theme.docx.embedFonts}, ${size} bytes, load ${loadavg()[0]!.toFixed(2)}`,
);
console.log(`runs (ms): ${totals.map((t) => t.toFixed(0)).join(', ')}; median ${median(totals).toFixed(0)} ms`);
console.log(
  `median phases (ms): edition ${median(phases.map((p) => p.edition)).toFixed(0)}, docx tree ${median(phases.map((p) => p.build)).toFixed(0)}, pack + post-process ${median(phases.map((p) => p.pack)).toFixed(0)}`,
);
