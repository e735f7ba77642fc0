/**
 * @module normalise/passes/merge-role-labels
 * Pass `merge-role-labels`: a label that is only an office ("THE PRESIDENT", "PRIME
 * MINISTER") made a participant of its own when nobody known held that office. If exactly
 * one named person from the front matter or participants line is never labelled, and exactly
 * one such office-only speaker exists, they are the same person: the office's turns are given
 * to that person, with the reasoning in the evidence and a lower confidence — unless the source
 * gives that person a role that does not name the office.
 */
import type { Participant } from '../../model/nodes.js';
import { isDraftTurn, type Draft, type Pass } from '../draft.js';
import { isRoleOnly, nameTokens } from '../people.js';

/** True when a role names the office (`Prime Minister of Canada` holds `THE PRIME MINISTER`). */
function holdsOffice(role: string, office: string): boolean {
  const roleWords = new Set(nameTokens(role));
  const officeWords = nameTokens(office).filter((word) => word !== 'THE');
  return officeWords.length > 0 && officeWords.every((word) => roleWords.has(word));
}

export const mergeRoleLabels: Pass = {
  name: 'merge-role-labels',
  run(draft: Draft): Draft {
    const labelled = new Set<string>();
    for (const block of draft.blocks) if (isDraftTurn(block) && block.speaker) labelled.add(block.speaker);
    const officeOnly = draft.participants.filter(
      (p) => p.kind === 'person' && labelled.has(p.id) && isRoleOnly(nameTokens(p.name)),
    );
    const unlabelled = draft.participants.filter((p) => p.kind === 'person' && !labelled.has(p.id));
    if (officeOnly.length !== 1 || unlabelled.length !== 1) return draft;
    const office = officeOnly[0]!;
    const person = unlabelled[0]!;
    // A person whose role the source gives holds that office only if the role names it: an
    // "Analyst, Nephron Research" listed among a call's participants is not its "Operator".
    if (person.role !== null && !holdsOffice(person.role, office.name)) return draft;
    const merged: Participant = {
      ...person,
      role: person.role ?? office.role,
      labels: [...person.labels, ...office.labels],
    };
    const evidence = `“${office.labels[0] ?? office.name}” names an office, not a person; ${person.name}, named in the source's metadata, is the only participant never labelled by name`;
    return {
      ...draft,
      participants: draft.participants.filter((p) => p.id !== office.id).map((p) => (p.id === person.id ? merged : p)),
      blocks: draft.blocks.map((block) =>
        isDraftTurn(block) && block.speaker === office.id
          ? {
              ...block,
              speaker: person.id,
              confidence: Math.min(block.confidence, 0.85),
              evidence: [...block.evidence, evidence],
            }
          : block,
      ),
    };
  },
};
