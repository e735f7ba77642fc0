// Deterministic measures and generated paragraphs for the line-breaker tests and timing script.
import type { BrokenLine, MeasureText } from '../../../../src/render/pdf/linebreak/knuth-plass.js';

/** Every character is half the font size wide (a monospace font). */
export const monospace: MeasureText = (text, _fontKey, size) => 0.5 * size * [...text].length;

/** Advance widths in 1/1000 em, roughly those of a book serif; other characters are 550. */
const ADVANCES: Record<string, number> = {
  ' ': 250,
  i: 278,
  j: 278,
  l: 278,
  t: 333,
  f: 333,
  r: 389,
  s: 389,
  I: 333,
  '.': 250,
  ',': 250,
  ':': 278,
  ';': 278,
  "'": 222,
  '-': 333,
  '(': 333,
  ')': 333,
  a: 500,
  c: 444,
  e: 444,
  z: 444,
  b: 556,
  d: 556,
  g: 500,
  h: 556,
  k: 556,
  n: 556,
  o: 500,
  p: 556,
  q: 556,
  u: 556,
  v: 500,
  x: 500,
  y: 500,
  m: 833,
  w: 722,
  M: 889,
  W: 944,
};

/** A proportional font; the bold face (`fontKey` containing "bold") is 10% wider. */
export const proportional: MeasureText = (text, fontKey, size) => {
  let units = 0;
  for (const ch of text) units += ADVANCES[ch] ?? (ch >= 'A' && ch <= 'Z' ? 667 : 550);
  return (units / 1000) * size * (fontKey.includes('bold') ? 1.1 : 1);
};

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ENGLISH_WORDS = (
  'the of and to a in that is was he for it with as his on be at by I this had not are but from or have an they which one you ' +
  'were her all she there would their we him been has when who will more no if out so said what up its about into than them ' +
  'can only other new some could time these two may then do first any my now such like our over man me even most made after ' +
  'also did many before must through back years where much your way well down should because each just those people Mr how ' +
  'too little state good very make world still own see men work long get here between both life being under never day same ' +
  'another know while last might us great old year off come since against go came right used take three government question ' +
  'Secretary General international responsibilities organisation characteristically parliamentary representatives ' +
  'negotiations understanding particularly circumstances well-known straightforward implementation transformation ' +
  'extraordinary administration responsibility communication environmental infrastructure unquestionably'
).split(' ');

export const LONG_WORDS = (
  'internationalisation responsibilities characteristically parliamentarians representatives ' +
  'incomprehensibility counterrevolutionary institutionalisation telecommunications ' +
  'misrepresentation interdisciplinary electroencephalograph uncharacteristically ' +
  'disproportionately overcompensation industrialisation'
).split(' ');

/** `count` words drawn from `words` with a seeded PRNG, with a full stop every so often. */
export function generateWords(count: number, seed: number, words: readonly string[] = ENGLISH_WORDS): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let w = words[Math.floor(next() * words.length)] ?? 'word';
    if (next() < 0.07) w += next() < 0.5 ? '.' : ',';
    out.push(w);
  }
  return out;
}

/** The words of broken lines, with inserted hyphens removed and broken words (and split tokens) joined again. */
export function wordsOfLines(lines: readonly BrokenLine[]): string[] {
  let text = '';
  for (const line of lines) {
    if (line.end === 'hyphen') text += line.text.slice(0, -1);
    else if (line.end === 'explicit-hyphen' || line.end === 'split') text += line.text;
    else text += line.text + ' ';
  }
  return text.split(' ').filter((w) => w !== '');
}

/** Length of the longest run of consecutive lines ending inside a word. */
export function longestHyphenRun(lines: readonly BrokenLine[]): number {
  let run = 0;
  let longest = 0;
  for (const line of lines) {
    run = line.end === 'hyphen' || line.end === 'explicit-hyphen' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Right edge of a line's last fragment. */
export function rightEdge(line: BrokenLine): number {
  const last = line.fragments[line.fragments.length - 1];
  return last === undefined ? 0 : last.x + last.width;
}
