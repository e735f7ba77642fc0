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

/** How one inline kind holds inline content: a container gives and replaces its children, a leaf has none. */
interface InlineContent<N extends Inline> {
  children(node: N): readonly Inline[];
  withChildren(node: N, children: Inline[]): N;
}

const LEAF = { children: () => [], withChildren: <N>(node: N) => node };
const CONTAINER = {
  children: (node: { children: Inline[] }) => node.children,
  withChildren: <N extends { children: Inline[] }>(node: N, children: Inline[]): N => ({ ...node, children }),
};

/**
 * The content of every inline kind. Typed over all of them, so a new inline kind does not compile
 * until it says whether it holds words: every traversal below (spoken text, word counts, the
 * index, passes that rewrite text) then reaches inside it.
 */
const INLINE_CONTENT: { [K in Inline['type']]: InlineContent<Extract<Inline, { type: K }>> } = {
  text: LEAF,
  emphasis: CONTAINER,
  gap: LEAF,
  incident: LEAF,
  noteRef: LEAF,
  sic: LEAF,
  interpretation: LEAF,
  timeMark: LEAF,
  foreign: CONTAINER,
  timing: LEAF,
  uncertain: CONTAINER,
};

/** The inline children of an inline node (none for a leaf). */
export function inlineChildren(node: Inline): readonly Inline[] {
  return (INLINE_CONTENT[node.type] as InlineContent<Inline>).children(node);
}

/** A copy of an inline container with other children; a leaf as it is. */
export function withInlineChildren<N extends Inline>(node: N, children: Inline[]): N {
  return (INLINE_CONTENT[node.type] as InlineContent<N>).withChildren(node, children);
}

/** Every inline node of a list, depth-first (a container before its children). */
export function* inlinesOf(nodes: readonly Inline[]): Generator<Inline> {
  for (const node of nodes) {
    yield node;
    yield* inlinesOf(inlineChildren(node));
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
