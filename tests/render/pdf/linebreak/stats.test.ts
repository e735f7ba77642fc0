// Space-ratio statistics of broken lines: which lines count, and the summary numbers.
import { describe, expect, it } from 'vitest';
import { breakParagraph } from '../../../../src/render/pdf/linebreak/knuth-plass.js';
import { spaceRatios, spaceRatioStats, summarise } from '../../../../src/render/pdf/linebreak/stats.js';
import { generateWords, proportional } from './fixtures.js';

describe('summarise', () => {
  it('should give count, min, median, mean, nearest-rank p95 and max', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i); // 20 … 1
    expect(summarise(values)).toEqual({ count: 20, min: 1, median: 10.5, mean: 10.5, p95: 19, max: 20 });
    expect(summarise([3, 1, 2])).toMatchObject({ median: 2, p95: 3 });
  });

  it('should give zeros for no values and ignore non-finite ones', () => {
    expect(summarise([])).toEqual({ count: 0, min: 0, median: 0, mean: 0, p95: 0, max: 0 });
    expect(summarise([Number.NaN, Infinity, 2])).toMatchObject({ count: 1, max: 2 });
  });
});

describe('spaceRatios', () => {
  it('should count justified lines with spaces only', () => {
    const lines = [
      { justified: true, naturalSpace: 10, actualSpace: 15 },
      { justified: true, naturalSpace: 10, actualSpace: 7 },
      { justified: false, naturalSpace: 10, actualSpace: 10 }, // last or ragged line
      { justified: true, naturalSpace: 0, actualSpace: 0 }, // no space at all
    ];
    expect(spaceRatios(lines)).toEqual([1.5, 0.7]);
  });

  it("should match each line's adjustment ratio (stretch 1/2, shrink 1/3 of a space)", () => {
    const text = generateWords(300, 21).join(' ');
    const result = breakParagraph({
      runs: [{ text, fontKey: 'serif', size: 10 }],
      measure: proportional,
      lineWidth: () => 250,
      language: 'en',
    });
    const justified = result.lines.filter((l) => l.justified);
    const expected = justified.map((l) => (l.ratio >= 0 ? 1 + l.ratio / 2 : 1 + l.ratio / 3));
    spaceRatios(result.lines).forEach((r, i) => expect(r).toBeCloseTo(expected[i] ?? Number.NaN, 9));
    const stats = spaceRatioStats(result.lines);
    expect(stats.count).toBe(justified.length);
    expect(stats.min).toBeGreaterThanOrEqual(2 / 3 - 1e-9);
    expect(stats.median).toBeLessThanOrEqual(stats.p95);
    expect(stats.p95).toBeLessThanOrEqual(stats.max);
  });
});
