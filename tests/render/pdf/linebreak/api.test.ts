// Pins the public API of the line-breaking modules: a change here is a change for callers.
import { describe, expect, it } from 'vitest';

describe('linebreak public API', () => {
  it('should expose exactly these names', async () => {
    expect(Object.keys(await import('../../../../src/render/pdf/linebreak/hyphenate.js')).sort()).toEqual([
      'MIN_LETTERS_AFTER',
      'MIN_LETTERS_BEFORE',
      'MIN_WORD_LETTERS',
      'hyphenationPoints',
      'patternSetFor',
      'wordBreakerFor',
      'wordBreaks',
    ]);
    expect(Object.keys(await import('../../../../src/render/pdf/linebreak/knuth-plass.js')).sort()).toEqual([
      'breakParagraph',
      'breakParagraphFirstFit',
    ]);
    expect(Object.keys(await import('../../../../src/render/pdf/linebreak/stats.js')).sort()).toEqual([
      'spaceRatioStats',
      'spaceRatios',
      'summarise',
    ]);
  });
});
