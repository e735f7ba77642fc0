// Word accounting for tests: the words of an input, and the words a transcript model holds
// (body text, labels, printed marks, headings, directions, and removed[]), as multisets.
import type { Inline, Transcript } from '../../src/model/nodes.js';
import { blocksOf, inlinesOf, wordsOf } from '../../src/model/walk.js';

function inlineWords(nodes: readonly Inline[], out: string[]): void {
  for (const node of inlinesOf(nodes)) {
    if (node.type === 'text') out.push(...wordsOf(node.value));
    else if ('asPrinted' in node) out.push(...wordsOf(node.asPrinted));
  }
}

/** Every word a model accounts for: body (with labels and printed marks) and removed[]. */
export function modelWords(transcript: Transcript): string[] {
  const out: string[] = [];
  for (const block of blocksOf(transcript.body)) {
    if (block.type === 'turn') {
      if (block.label) out.push(...wordsOf(block.label));
      for (const paragraph of block.paragraphs) inlineWords(paragraph, out);
    } else if (block.type === 'section') inlineWords(block.title, out);
    else inlineWords(block.children, out);
  }
  for (const removed of transcript.removed) out.push(...wordsOf(removed.text));
  return out;
}

/** Input text with the model's word-changing rewrites applied (mojibake, entities, joins). */
export function inputAfterRewrites(text: string, transcript: Transcript): string {
  let result = text;
  for (const change of transcript.changes) {
    if (['mojibake', 'html-entity', 'html-tag', 'dehyphenate'].includes(change.rule))
      result = result.split(change.before.replace('\n', '\n')).join(change.after);
  }
  if (transcript.meta.source.format === 'webvtt')
    result = result.replace(/<\/?(?:v|c|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>/g, ' ');
  return result;
}

/** Multiset difference a − b, as a sorted list of "word×n". */
export function missingWords(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
  const missing = new Map<string, number>();
  for (const w of a) {
    const key = w.toLowerCase();
    const n = counts.get(key) ?? 0;
    if (n > 0) counts.set(key, n - 1);
    else missing.set(key, (missing.get(key) ?? 0) + 1);
  }
  return [...missing].map(([w, n]) => `${w}×${n}`).sort();
}
