// How a timed paragraph is cut into read-along sentences (render/epub/read-along.ts): spans only
// at sentence ends in top-level text, never across elements; times from the first timed word to
// the last; a paragraph timed only by its cue (or whose word count does not match) is one clip.
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/model/nodes.js';
import { readAlongParagraph } from '../../../src/render/epub/read-along.js';

/** Inline nodes printed plainly enough to see the spans: text as is, emphasis in <em>, marks as printed. */
function render(nodes: readonly Inline[]): string {
  return nodes
    .map((node) =>
      node.type === 'text'
        ? node.value
        : node.type === 'emphasis'
          ? `<em>${render(node.children)}</em>`
          : 'asPrinted' in node
            ? `<mark>${node.asPrinted}</mark>`
            : '',
    )
    .join('');
}

const paragraph = (inlines: Inline[]) => ({ number: 4, anchor: 'para-4', inlines });

describe('read-along sentences', () => {
  it('wraps each sentence of top-level text in a span with its words’ times', () => {
    const result = readAlongParagraph(
      paragraph([
        { type: 'timing', start: 1, end: 6, words: '1-1.4 1.5-2 ? 3-3.2 3.3-3.5 4-4.4 4.5-6' },
        { type: 'text', value: 'Hello there. Is it “you?” Yes, me.' },
      ]),
      render,
    )!;
    expect(result.html).toBe(
      '<span id="para-4-s1">Hello there.</span> <span id="para-4-s2">Is it “you?”</span> <span id="para-4-s3">Yes, me.</span>',
    );
    expect(result.clips).toEqual([
      { id: 'para-4-s1', start: 1, end: 2 },
      { id: 'para-4-s2', start: 3, end: 3.5 },
      { id: 'para-4-s3', start: 4, end: 6 },
    ]);
  });

  it('runs a sentence on when its end falls inside emphasis, and counts marks as printed', () => {
    const result = readAlongParagraph(
      paragraph([
        { type: 'timing', start: 0, end: 7, words: '0-1 1-2 2-3 3-4 4-5 5-6 6-7' },
        { type: 'text', value: 'She said ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'stop. Now' }] },
        { type: 'text', value: ' then ' },
        { type: 'gap', reason: 'inaudible', asPrinted: '[inaudible]' },
        { type: 'text', value: ' ended.' },
      ]),
      render,
    )!;
    expect(result.html).toBe(
      '<span id="para-4-s1">She said <em>stop. Now</em> then <mark>[inaudible]</mark> ended.</span>',
    );
    expect(result.clips).toEqual([{ id: 'para-4-s1', start: 0, end: 7 }]);
  });

  it('cuts between elements when a sentence ends with one', () => {
    const result = readAlongParagraph(
      paragraph([
        { type: 'timing', start: 0, end: 3, words: '0-1 1-2 2-3' },
        { type: 'text', value: 'Say ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'this.' }] },
        { type: 'text', value: ' Done.' },
      ]),
      render,
    )!;
    expect(result.html).toBe('<span id="para-4-s1">Say <em>this.</em></span> <span id="para-4-s2">Done.</span>');
    expect(result.clips.map((c) => [c.start, c.end])).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });

  it('gives one clip on the paragraph when words are not timed or do not match its tokens', () => {
    const cueOnly = paragraph([
      { type: 'timing', start: 2, end: 9 },
      { type: 'text', value: 'One. Two.' },
    ]);
    const mismatch = paragraph([
      { type: 'timing', start: 2, end: 9, words: '2-3' },
      { type: 'text', value: 'One. Two.' },
    ]);
    for (const p of [cueOnly, mismatch]) {
      const result = readAlongParagraph(p, render)!;
      expect(result.html).toBe('One. Two.');
      expect(result.clips).toEqual([{ id: 'para-4', start: 2, end: 9 }]);
    }
    expect(readAlongParagraph(paragraph([{ type: 'text', value: 'Untimed.' }]), render)).toBeNull();
  });
});
