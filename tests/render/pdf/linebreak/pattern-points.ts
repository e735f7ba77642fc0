// Hyphenation points two ways, for comparing them: ours (the pattern points of `wordBreaks`) and
// those the `hyphen` package itself gives, filtered by the same house rules. Used by
// hyphenate.test.ts and, on the whole corpus vocabulary, tests/corpus/hyphenate.test.ts.
import { createRequire } from 'node:module';
import { wordBreaks } from '../../../../src/render/pdf/linebreak/hyphenate.js';

const requireCjs = createRequire(import.meta.url);

/** Our pattern (not explicit) points. */
export function patternPoints(word: string, language: string): number[] {
  return wordBreaks(word, language)
    .filter((b) => !b.explicit)
    .map((b) => b.offset);
}

/** The points the `hyphen` package itself gives to a token's core, filtered by the same house rules. */
export function libraryPoints(word: string, set: string): number[] {
  const { hyphenateSync } = requireCjs(`hyphen/${set}/index.js`) as {
    hyphenateSync: (text: string, options: { hyphenChar: string }) => string;
  };
  // Like the module, hyphenate the token without its leading and trailing non-letters.
  const lead = /^\P{L}*/u.exec(word)?.[0].length ?? 0;
  const trail = /\P{L}*$/u.exec(word)?.[0].length ?? 0;
  const marked =
    word.slice(0, lead) +
    hyphenateSync(word.slice(lead, word.length - trail), { hyphenChar: '\u0001' }) +
    word.slice(word.length - trail);
  const letters = (text: string): number => [...text].filter((c) => /\p{L}/u.test(c)).length;
  const total = letters(word);
  if (total < 6 || !/\p{Ll}/u.test(word) || /[\p{N}/:@\u00AD\p{Cc}\-\u2010]/u.test(word)) return [];
  const out: number[] = [];
  for (let i = 0, offset = 0; i < marked.length; i++) {
    if (marked.charAt(i) !== '\u0001') offset++;
    else if (letters(word.slice(0, offset)) >= 2 && total - letters(word.slice(0, offset)) >= 3) out.push(offset);
  }
  return out;
}
