/**
 * @module normalise/passes/named-questioners
 * Pass `named-questioners`: in a labelled transcript a questioner printed as `Q:` or `QUESTION:`
 * often says who they are — "Geoff Smith, Financial Review. Minister, …", "Thank you. Jane Roe,
 * Harbour News." The turn is then theirs: a participant with the name, the role journalist and
 * the outlet as affiliation, the attribution `explicit` through the label with the
 * self-introduction as evidence. A later `Q` stays with them only when the text shows it is the
 * same person: the answer in between calls them by name, the question says it follows up, or it
 * goes on with "But …"/"And …" after a reply of a few words. Otherwise it stays the anonymous
 * questioner.
 */
import { QUESTIONER_ID, type Participant } from '../../model/nodes.js';
import { isDraftTurn, type Draft, type DraftBlock, type DraftTurn, type Pass } from '../draft.js';
import { shortNameOf, slug } from '../people.js';
import { wordPattern } from '../word-pattern.js';
import { selfIntroduction } from './split-unlabelled-dialogue.js';

const FOLLOW_UP =
  /^(?:(?:and|but|so|sir|mr\.? \p{L}+|madam \p{L}+|minister|president)[,.]?\s+)?(?:(?:a|just a|one|my|quick)\s+)*(?:quick\s+)?follow[- ]?up\b|^(?:can|could|may) I (?:just )?follow\b/iu;
const GOES_ON = /^(?:But|And|So)\b/;

function words(turn: DraftTurn): number {
  return turn.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
}

/** The evidence that a question is by the person who asked the one before, or null. */
function sameQuestioner(turn: DraftTurn, between: DraftTurn[], person: Participant): string | null {
  const text = turn.paragraphs[0]?.text.trim() ?? '';
  const given = person.name.split(/\s+/)[0]!;
  const called = wordPattern(given, person.shortName);
  const answer = between.find((t) => called.test(t.paragraphs.map((p) => p.text).join(' ')));
  if (answer) return `the answer before it calls ${person.name} by name (line ${answer.place.line})`;
  const followUp = FOLLOW_UP.exec(text);
  if (followUp) return `it follows up (“${followUp[0]}”) on ${person.name}'s question`;
  if (GOES_ON.test(text) && between.length === 1 && words(between[0]!) <= 8)
    return `it goes on (“${text.split(/\s+/)[0]}…”) after a reply of a few words to ${person.name}'s question`;
  return null;
}

export const namedQuestioners: Pass = {
  name: 'named-questioners',
  run(draft: Draft): Draft {
    if (!draft.participants.some((p) => p.id === QUESTIONER_ID)) return draft;
    const participants = [...draft.participants];
    let changed = false;
    let current: Participant | null = null;
    let between: DraftTurn[] = [];
    const blocks: DraftBlock[] = draft.blocks.map((block) => {
      if (!isDraftTurn(block)) return block;
      if (block.speaker !== QUESTIONER_ID || block.method !== 'explicit') {
        if (block.speaker !== null) between.push(block);
        return block;
      }
      const introduced = selfIntroduction(block.paragraphs[0]?.text.trim() ?? '');
      let evidence: string | null = null;
      if (introduced) {
        const id = `p-${slug(shortNameOf(introduced.name))}`;
        let person = participants.find((p) => p.id === id && p.name === introduced.name) ?? null;
        if (!person) {
          const taken = participants.some((p) => p.id === id);
          person = {
            id: taken ? `${id}-journalist` : id,
            name: introduced.name,
            shortName: shortNameOf(introduced.name),
            role: 'journalist',
            affiliation: introduced.outlet,
            kind: 'person',
            labels: [],
          };
          participants.push(person);
        }
        current = person;
        evidence = `the questioner says who they are: “${introduced.name}, ${introduced.outlet}”`;
      } else if (current) {
        evidence = sameQuestioner(block, between, current);
        if (!evidence) current = null;
      }
      between = [];
      if (!evidence || !current) return block;
      changed = true;
      const person: Participant = current;
      if (block.label && !person.labels.includes(block.label)) person.labels.push(block.label);
      return { ...block, speaker: person.id, confidence: 0.85, evidence: [...block.evidence, evidence] };
    });
    if (!changed) return draft;
    // The anonymous questioner stays only if some question is still theirs.
    const asked = new Set(blocks.filter(isDraftTurn).map((t) => t.speaker));
    return {
      ...draft,
      participants: participants.filter((p) => p.id !== QUESTIONER_ID || asked.has(QUESTIONER_ID)),
      blocks,
    };
  },
};
