/**
 * @module normalise/passes/attribution-notes
 * Pass `attribution-notes`: the first inferred turn of each speaker gets an editorial note
 * that tells readers the source has no label there and why the speaker was inferred. Notes
 * are numbered here, once, in order of first reference, so every edition prints the same
 * numbers. The note's sentence is in the transcript's language (`src/messages/`); the evidence
 * it lists is the attribution's data, written in English, so in another language it is marked
 * as English (a `foreign` node) after a label that says so.
 */
import type { Block, Inline, Note } from '../../model/nodes.js';
import { CATALOGUES, messagesFor } from '../../messages/messages.js';
import type { Draft, Pass } from '../draft.js';

/** The note's inline content: the sentence, then the evidence. */
function noteText(name: string, evidence: string[], language: string): Inline[] {
  const { messages } = messagesFor(language);
  const sentence = messages.attribution.note(name);
  const reasons = evidence.map((e) => e.replace(/\.$/, ''));
  if (reasons.length === 0) return [{ type: 'text', value: sentence }];
  const list = reasons.join('; ');
  const label = `${sentence} ${messages.attribution.evidence} `;
  if (messages === CATALOGUES.en) return [{ type: 'text', value: `${label}${list}.` }];
  return [
    { type: 'text', value: label },
    { type: 'foreign', lang: 'en', children: [{ type: 'text', value: list }] },
    { type: 'text', value: '.' },
  ];
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
        children: noteText(name, block.attribution.evidence, draft.meta.language ?? 'en'),
      });
      return { ...block, attribution: { ...block.attribution, noteId: id } };
    };
    const blocks = draft.blocks.map((block) => (block.type === 'draftTurn' ? block : annotate(block)));
    return { ...draft, blocks, notes };
  },
};
