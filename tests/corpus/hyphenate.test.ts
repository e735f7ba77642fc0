// The PDF line breaker's hyphenation points against the `hyphen` package on every word of the
// corpus (tests/render/pdf/linebreak/hyphenate.test.ts does the same on the project's fixtures).
// Skipped without ../shared/corpus.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusFiles, HAVE_CORPUS, NO_CORPUS } from '../helpers/corpus.js';
import { libraryPoints, patternPoints } from '../render/pdf/linebreak/pattern-points.js';

describe.skipIf(!HAVE_CORPUS)(`hyphenation points on the corpus ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`, () => {
  it('should give the same points as the hyphen package on the whole corpus vocabulary', () => {
    const vocabulary = new Set(corpusFiles().flatMap((f) => readFileSync(`${CORPUS_DIR}${f}`, 'latin1').split(/\s+/)));
    let compared = 0;
    for (const word of vocabulary) {
      if (word === '') continue;
      compared++;
      expect(patternPoints(word, 'en-GB'), word).toEqual(libraryPoints(word, 'en-gb'));
    }
    expect(compared).toBeGreaterThan(5000);
  });
});
