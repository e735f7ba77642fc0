/**
 * Benchmark inputs: the seed at 1x, 10x and 100x length (the body repeated under numbered
 * "SECTION n" headings, which the normaliser reads as headings), the largest corpus files, and
 * 100 small variants of the seed for the batch measurement.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** The shared corpus (../shared/corpus; VERBATIM_CORPUS overrides it). */
export const CORPUS = process.env.VERBATIM_CORPUS
  ? resolve(process.env.VERBATIM_CORPUS)
  : resolve(ROOT, '..', 'shared', 'corpus');
export const SEED_NAME = '000-nato-press-conference-2001-seed.txt';
export const SEED = join(CORPUS, SEED_NAME);

/** The largest corpus files, by the prefix of their names. */
const CORPUS_PICKS = [
  { prefix: '030-', id: 'hansard-030', note: 'Hansard, Latin-1' },
  { prefix: '110-', id: 'bundestag-110', note: 'Bundestag, German' },
  { prefix: '024-', id: 'wh-024', note: 'White House, Markdown' },
];

/** Whether the shared corpus is there. */
export function corpusAvailable() {
  return existsSync(SEED);
}

/** The seed cut into the title block, the body and the footer. */
export function splitSeed(text = readFileSync(SEED, 'utf8')) {
  const start = text.indexOf('Ladies and Gentlemen');
  const end = text.indexOf('Go to Homepage');
  if (start < 0 || end < 0 || end < start)
    throw new Error('the seed no longer has its "Ladies and Gentlemen" … "Go to Homepage" shape');
  return { head: text.slice(0, start), body: text.slice(start, end).trimEnd(), foot: text.slice(end) };
}

/** The seed with its body repeated `times` times, each copy under a "SECTION n" heading. */
export function repeatedSeed(times, text) {
  const { head, body, foot } = splitSeed(text);
  const parts = [];
  for (let i = 1; i <= times; i++) parts.push(`SECTION ${i}\n\n${body}\n`);
  return `${head}${parts.join('\n')}\n${foot}`;
}

/**
 * Write the inputs into `dir`; returns [{ id, file, note }]. `sizes` are the seed multiples;
 * `corpus` adds the largest corpus files (used as they are, read from the corpus folder).
 */
export function writeInputs(dir, { sizes = [1, 10, 100], corpus = true } = {}) {
  mkdirSync(dir, { recursive: true });
  const seed = readFileSync(SEED, 'utf8');
  const inputs = [];
  for (const times of sizes) {
    const file = join(dir, `seed-${times}x.txt`);
    writeFileSync(file, repeatedSeed(times, seed));
    inputs.push({ id: `seed-${times}x`, file, note: `seed body ×${times}`, times });
  }
  if (corpus) {
    const names = existsSync(CORPUS) ? readdirNames(CORPUS) : [];
    for (const pick of CORPUS_PICKS) {
      const name = names.find((n) => n.startsWith(pick.prefix));
      if (name) inputs.push({ id: pick.id, file: join(CORPUS, name), note: pick.note });
    }
  }
  return inputs;
}

function readdirNames(dir) {
  return readdirSync(dir).sort();
}

/** 100 (or `count`) variants of the seed, each with a numbered title, in `dir`. */
export function writeBatch(dir, count = 100) {
  mkdirSync(dir, { recursive: true });
  const seed = readFileSync(SEED, 'utf8');
  for (let i = 1; i <= count; i++) {
    const text = seed.replace(/^Press Conference$/m, `Press Conference ${i}`);
    writeFileSync(join(dir, `seed-variant-${String(i).padStart(3, '0')}.txt`), text);
  }
  return dir;
}
