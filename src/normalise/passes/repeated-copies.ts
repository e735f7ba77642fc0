/**
 * @module normalise/passes/repeated-copies
 * Pass `repeated-copies`: some scraped pages hold the whole transcript two or three times over
 * (a page template that repeats its content). When the text from some point on repeats the
 * text from the start line for line, the repetition is removed as one `removed[]` entry with
 * reason `repeated-copy`, so the edition holds the transcript once.
 */
import { blockRemoval, type Draft, type Pass } from '../draft.js';

const MIN_LINES = 20;

export const repeatedCopies: Pass = {
  name: 'repeated-copies',
  run(draft: Draft): Draft {
    const indexes: number[] = [];
    draft.lines.forEach((line, index) => {
      if (line.text.trim() !== '') indexes.push(index);
    });
    const key = (i: number) => draft.lines[indexes[i]!]!.text.trim();
    const n = indexes.length;
    if (n < MIN_LINES * 2) return draft;
    const head = [key(0), key(1), key(2)].join('\n');
    const cuts: { from: number; to: number }[] = [];
    const start = 0;
    for (let p = 3; p < n - 2; p++) {
      if (key(p) !== key(0) || [key(p), key(p + 1), key(p + 2)].join('\n') !== head) continue;
      let length = 0;
      while (p + length < n && length < p - start && key(p + length) === key(start + length)) length++;
      if (length >= MIN_LINES && (length === p - start || p + length === n)) {
        cuts.push({ from: p, to: p + length - 1 });
        p += length - 1;
      }
    }
    if (cuts.length === 0) return draft;
    const drop = new Set<number>();
    const removed = cuts.map(({ from, to }) => {
      const first = indexes[from]!;
      const last = indexes[to]!;
      for (let i = first; i <= last; i++) drop.add(i);
      const block = draft.lines.slice(first, last + 1);
      return blockRemoval(
        block,
        'repeated-copy',
        'The page repeats the transcript; this copy is identical to the first.',
      );
    });
    return { ...draft, lines: draft.lines.filter((_, i) => !drop.has(i)), removed: [...draft.removed, ...removed] };
  },
};
