/**
 * @module normalise/readers/interchange-common
 * What the TEI and Akoma Ntoso readers share: inline content finished the way the model wants
 * it (adjacent text merged, the paragraph's outer white space trimmed, empty text dropped), the
 * model id of a participant named by an XML id, a participant for an id the file does not
 * describe, and reversed vocabulary tables.
 */
import type { Inline, Participant } from '../../model/nodes.js';
import { inlineChildren, withInlineChildren } from '../../model/walk.js';

/** Adjacent text merged and empty text dropped, at every level. */
export function mergeInlines(nodes: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const children = inlineChildren(node);
    const next = children.length > 0 ? withInlineChildren(node, mergeInlines(children)) : node;
    const last = out[out.length - 1];
    if (next.type === 'text') {
      if (next.value === '') continue;
      if (last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + next.value };
      else out.push({ ...next });
    } else out.push(next);
  }
  return out;
}

/** A paragraph's inlines as the model has them: merged text, no white space at either end. */
export function finishInlines(nodes: readonly Inline[]): Inline[] {
  const out = mergeInlines(nodes);
  const first = out[0];
  if (first?.type === 'text') out[0] = { type: 'text', value: first.value.replace(/^ +/, '') };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value.replace(/ +$/, '') };
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}

/** The model id for an XML id: Verbatim's own `p-…` ids as they are, others prefixed. */
export function participantId(xmlId: string): string {
  return xmlId.startsWith('p-') ? xmlId : `p-${xmlId}`;
}

/** A participant for an id the file points at but does not describe: named after the id ("JanezNovak" → "Janez Novak"). */
export function personFromId(xmlId: string): Participant {
  const name =
    xmlId
      .replace(/^p-/, '')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/[_.-]+/g, ' ')
      .trim()
      .replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase()) || xmlId;
  return {
    id: participantId(xmlId),
    name,
    shortName: name.split(' ').pop() ?? name,
    role: null,
    affiliation: null,
    kind: 'unknown',
    labels: [],
  };
}

/** A value → key map of a vocabulary table. */
export function reverse<K extends string, V>(table: Readonly<Record<K, V>>): Map<V, K> {
  return new Map((Object.entries(table) as [K, V][]).map(([key, value]) => [value, key]));
}

/** The `removed[]` explanation for an element a reader does not read. */
export const UNREAD_EXPLANATION = (element: string): string =>
  `Text in ${element}, an element this reader does not place in the transcript.`;

/** What a reader knows of participants while it reads turns. */
export interface ParticipantLabels {
  participants: Map<string, Participant>;
  /** Participants whose labels the file did not list: their labels are gathered from their turns. */
  collectLabels: Set<string>;
}

/** Keep a turn's printed label among its speaker's labels, where the file did not list them. */
export function gatherLabel(state: ParticipantLabels, speaker: string | null, label: string | null): void {
  if (speaker === null || label === null || !state.collectLabels.has(speaker)) return;
  const participant = state.participants.get(speaker)!;
  if (!participant.labels.includes(label)) participant.labels.push(label);
}

/**
 * An element's inline content as written where it says `xml:space="preserve"` (neighbouring text
 * merged), else with white space collapsed and trimmed.
 */
export function spaceKept(element: { attrs: Record<string, string> }, nodes: readonly Inline[]): Inline[] {
  return element.attrs['xml:space'] === 'preserve' ? mergeInlines(nodes) : finishInlines(nodes);
}
