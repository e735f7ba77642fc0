/**
 * @module normalise/passes/attribution-notes
 * Pass `attribution-notes`: the first inferred turn of each speaker gets an editorial note
 * that tells readers the source has no label there and why the speaker was inferred. Notes
 * are numbered here, once, in order of first reference, so every edition prints the same
 * numbers.
 */
import type { Block, Note } from '../../model/nodes.js';
import type { Draft, Pass } from '../draft.js';

function sentence(evidence: string[]): string {
  const reasons = evidence.map((e) => e.replace(/\.$/, ''));
  if (reasons.length === 0) return '';
  return ' Evidence: ' + reasons.join('; ') + '.';
}

export const attributionNotes: Pass = {
  name: 'attribution-notes',
  run(draft: Draft): Draft {
    const notes: Note[] = [...draft.notes];
    const explained = new Set<string>();
    const byId = new Map(draft.participants.map((p) => [p.id, p]));
    const annotate = (block: Block): Block => {
      if (block.type === 'section') return { ...block, body: block.body.map(annotate) };
      if (block.type !== 'turn' || block.attribution.method !== 'inferred' || block.speaker === null) return block;
      if (explained.has(block.speaker)) return block;
      explained.add(block.speaker);
      const number = notes.length + 1;
      const id = `n${number}`;
      const name = byId.get(block.speaker)?.name ?? block.speaker;
      notes.push({
        id,
        number,
        kind: 'attribution',
        children: [
          {
            type: 'text',
            value: `The source prints no speaker label here; the words are attributed to ${name} by inference.${sentence(block.attribution.evidence)}`,
          },
        ],
      });
      return { ...block, attribution: { ...block.attribution, noteId: id } };
    };
    const blocks = draft.blocks.map((block) => (block.type === 'draftTurn' ? block : annotate(block)));
    return { ...draft, blocks, notes };
  },
};
