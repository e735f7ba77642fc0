/**
 * @module model/walk
 * Read-only traversals of a transcript: turns in document order (through sections), the
 * inline nodes of a tree, and the plain words of inline content. Used by passes, renderers
 * and tests, so "document order" means one thing everywhere.
 */
import type { Block, Inline, Transcript, Turn } from './nodes.js';

/** Every turn, depth-first through sections, in document order. */
export function* turnsOf(blocks: readonly Block[]): Generator<Turn> {
  for (const block of blocks) {
    if (block.type === 'turn') yield block;
    else if (block.type === 'section') yield* turnsOf(block.body);
  }
}

/** Every block, depth-first (a section before its contents). */
export function* blocksOf(blocks: readonly Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    if (block.type === 'section') yield* blocksOf(block.body);
  }
}

/** Every inline node of a list, depth-first (a container before its children). */
export function* inlinesOf(nodes: readonly Inline[]): Generator<Inline> {
  for (const node of nodes) {
    yield node;
    if (node.type === 'emphasis' || node.type === 'foreign') yield* inlinesOf(node.children);
  }
}

/** The spoken text of inline content: text values only, editorial marks left out. */
export function spokenText(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of inlinesOf(nodes)) if (node.type === 'text') out += node.value;
  return out;
}

/** Words (runs of letters, marks and digits) of a string, in order. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The spoken paragraphs of a transcript in document order: the basis of paragraph numbers. */
export function* spokenParagraphs(
  transcript: Pick<Transcript, 'body'>,
): Generator<{ turn: Turn; index: number; paragraph: Inline[] }> {
  for (const turn of turnsOf(transcript.body)) {
    for (let index = 0; index < turn.paragraphs.length; index++) {
      yield { turn, index, paragraph: turn.paragraphs[index] ?? [] };
    }
  }
}
