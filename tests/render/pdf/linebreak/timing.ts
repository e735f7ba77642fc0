// Timing of the line breakers, not a test: 180,000 English words in paragraphs of 40-300
// words, 11 pt serif in a 300 pt column behind a 10 pt bold run-in label, with a cached
// proportional measure. Words come from the project's transcripts (examples/ and tests/fixtures/,
// cycled: a realistic vocabulary, so hyphenation really runs).
// Run with `npx tsx tests/render/pdf/linebreak/timing.ts`.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  breakParagraph,
  breakParagraphFirstFit,
  type BrokenLine,
  type BrokenParagraph,
  type ParagraphInput,
} from '../../../../src/render/pdf/linebreak/knuth-plass.js';
import { spaceRatioStats } from '../../../../src/render/pdf/linebreak/stats.js';
import { ALL_FIXTURES } from '../../../helpers/fixtures.js';
import { proportional, random } from './fixtures.js';

const TOTAL_WORDS = 180_000;

function sourceWords(): { words: string[]; source: string } {
  const words = ALL_FIXTURES.flatMap((f) =>
    readFileSync(f, 'latin1')
      .split(/\s+/)
      .filter((w) => w !== ''),
  );
  return {
    words,
    source: `examples/ and tests/fixtures/ (${ALL_FIXTURES.length} files, ${words.length} words, cycled)`,
  };
}

const { words, source } = sourceWords();
const next = random(42);
const paragraphs: string[] = [];
for (let taken = 0; taken < TOTAL_WORDS; ) {
  const count = Math.min(TOTAL_WORDS - taken, 40 + Math.floor(next() * 261));
  const from = taken % words.length;
  const slice = words.slice(from, from + count);
  while (slice.length < count) slice.push(...words.slice(0, count - slice.length));
  paragraphs.push(slice.join(' '));
  taken += count;
}

const input = (text: string): ParagraphInput => ({
  runs: [
    { text: 'MR SMITH: ', fontKey: 'sans-bold', size: 10, hyphenate: false },
    { text, fontKey: 'serif', size: 11 },
  ],
  measure: proportional,
  lineWidth: () => 300,
  language: 'en-GB',
});

function run(label: string, breaker: (input: ParagraphInput) => BrokenParagraph): void {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const results = paragraphs.map((text) => breaker(input(text)));
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const lines: BrokenLine[] = results.flatMap((r) => r.lines);
  const passes: Record<string, number> = {};
  for (const r of results) passes[r.pass] = (passes[r.pass] ?? 0) + 1;
  const s = spaceRatioStats(lines);
  console.log(
    `${label.padEnd(18)} ${ms.toFixed(0).padStart(5)} ms wall, ${cpuMs.toFixed(0).padStart(5)} ms CPU  ${lines.length} lines, ${lines.filter((l) => l.hyphenated).length} hyphenated, ` +
      `${lines.filter((l) => l.overfull).length} overfull; space ratio median ${s.median.toFixed(2)} p95 ${s.p95.toFixed(2)} max ${s.max.toFixed(2)}; ` +
      `passes ${JSON.stringify(passes)}`,
  );
}

console.log(
  `${paragraphs.length} paragraphs, ${TOTAL_WORDS} words from ${source}; load average ${loadavg()[0]?.toFixed(2)}`,
);
// The first round loads the patterns, hyphenates every word once and fills the width cache.
run('total-fit (cold)', breakParagraph);
run('total-fit (warm)', breakParagraph);
run('total-fit (warm)', breakParagraph);
run('first-fit (warm)', breakParagraphFirstFit);
