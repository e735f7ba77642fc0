#!/usr/bin/env node
/**
 * Summarise a V8 CPU profile (from `node --cpu-prof`): the hottest functions by self time and
 * by inclusive time (a function's time counted once per sample even when it recurses), with
 * their file:line, and the time per package / source folder.
 *
 *   node bench/profile-summary.mjs PROFILE.cpuprofile [--top 25] [--filter TEXT]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, filter: { type: 'string' } },
});
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const top = Number(values.top);

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample durations (µs).
const deltas = profile.timeDeltas;
const counts = new Map();
const samples = profile.samples;
for (let i = 0; i < samples.length; i++) {
  const dt = deltas[i + 1] ?? deltas[i] ?? 0;
  counts.set(samples[i], (counts.get(samples[i]) ?? 0) + dt);
}
const total = [...counts.values()].reduce((a, b) => a + b, 0);

const short = (url) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, 'node_modules/')
    .replace(/^.*\/(dist|src|bench)\//, '$1/');
const keyOf = (n) => {
  const f = n.callFrame;
  return `${f.functionName || '(anonymous)'}  ${f.url ? `${short(f.url)}:${f.lineNumber + 1}` : `(${f.functionName ? 'native' : 'vm'})`}`;
};
const groupOf = (n) => {
  const url = n.callFrame.url;
  if (!url) return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  const d = /\/(dist|src)\/(.*)\/[^/]+$/.exec(url);
  if (d) return `${d[1]}/${d[2]}`;
  if (url.startsWith('node:')) return 'node internals';
  return short(url);
};

const self = new Map();
const inclusive = new Map();
const groups = new Map();
for (const [id, us] of counts) {
  const node = nodes.get(id);
  const k = keyOf(node);
  self.set(k, (self.get(k) ?? 0) + us);
  groups.set(groupOf(node), (groups.get(groupOf(node)) ?? 0) + us);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const key = keyOf(nodes.get(cur));
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
}

const ms = (us) => (us / 1000).toFixed(1).padStart(8);
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
const show = (title, map) => {
  console.log(`\n${title}`);
  const rows = [...map]
    .filter(([k]) => !values.filter || k.includes(values.filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  for (const [k, us] of rows) console.log(`${ms(us)} ms ${pct(us)}  ${k}`);
};
console.log(`profile: ${(total / 1000).toFixed(0)} ms sampled, ${samples.length} samples`);
show('self time by function', self);
show('inclusive time by function', inclusive);
show('self time by package / folder', groups);
