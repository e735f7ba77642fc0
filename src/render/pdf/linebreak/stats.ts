/**
 * @module render/pdf/linebreak/stats
 * Justification quality of broken lines, for the PDF layout benchmark: the distribution of
 * the inter-word space ratio (space width as set ÷ natural space width) over justified
 * lines, the measure `npm run bench` reports (docs/benchmark.md) to compare pdfkit's greedy
 * justification with our own breaker (`median`, `p95`, `max`). The last line of a paragraph, ragged lines and lines
 * without a space are left out: their spaces are natural by construction.
 */

/** The fields of a broken line that the statistics read (a `BrokenLine` has them all). */
export interface SpacedLine {
  /** Spaces were adjusted to fill the line. */
  readonly justified: boolean;
  /** Sum of the line's natural space widths. */
  readonly naturalSpace: number;
  /** Sum of the line's space widths as set. */
  readonly actualSpace: number;
}

/** Summary of a list of numbers. */
export interface Distribution {
  count: number;
  min: number;
  median: number;
  mean: number;
  /** 95th percentile (nearest rank). */
  p95: number;
  max: number;
}

/**
 * The space ratio of each justified line: set space ÷ natural space (1 = natural spacing,
 * 1.5 = spaces half as wide again, 0.67 = fully shrunk). Every space of a line has the same
 * ratio, because stretch and shrink are fixed fractions of each space.
 */
export function spaceRatios(lines: Iterable<SpacedLine>): number[] {
  const out: number[] = [];
  for (const line of lines) {
    if (line.justified && line.naturalSpace > 0 && Number.isFinite(line.actualSpace))
      out.push(line.actualSpace / line.naturalSpace);
  }
  return out;
}

/** Count, min, median, mean, p95 (nearest rank) and max of `values`; all 0 when empty. */
export function summarise(values: readonly number[]): Distribution {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const count = sorted.length;
  if (count === 0) return { count: 0, min: 0, median: 0, mean: 0, p95: 0, max: 0 };
  const mid = Math.floor(count / 2);
  const median = count % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  let total = 0;
  for (const v of sorted) total += v;
  return {
    count,
    min: sorted[0] ?? 0,
    median,
    mean: total / count,
    p95: sorted[Math.max(0, Math.ceil(0.95 * count) - 1)] ?? 0,
    max: sorted[count - 1] ?? 0,
  };
}

/** The distribution of space ratios over the justified lines of `lines`. */
export function spaceRatioStats(lines: Iterable<SpacedLine>): Distribution {
  return summarise(spaceRatios(lines));
}
