/**
 * @module normalise/passes/speech-openings
 * Pass `speech-openings`: where a speech starts inside a transcript.
 *  - A line "Speech by the Minister for Fisheries, Ana Ribeiro" (or "Address of …", "Remarks by
 *    …", "Statement by …") standing alone inside a turn or before the first label is a heading,
 *    not the words of whoever spoke before it: it ends that turn, and the unlabelled paragraphs
 *    after it are the named speaker's, `inferred`, with the heading as evidence (matched to a
 *    participant by name or role, or a new one).
 *  - A salutation standing alone before the first label ("Ladies and Gentlemen.", "Mr.
 *    President,") is the first words of the speaker labelled right after it, not a turn of its
 *    own.
 * A text with no label at all is left to `monologue-speaker`.
 */
import type { Participant } from '../../model/nodes.js';
import { isDraftTurn, type Draft, type DraftBlock, type DraftTurn, type Pass } from '../draft.js';
import { isRolePhrase, labelMatch, looksLikePersonalName, shortNameOf, slug } from '../people.js';

const SPEECH_HEADING =
  /^(?:(?:Opening|Closing|Keynote|Welcoming|Prepared)\s+)?(?:Speech|Address|Remarks|Statement|Lecture|Keynote|Oration)\s+(?:by|of)\s+(.{3,140}?)\s*$/i;
const SALUTATION =
  /^(?:(?:my\s+)?(?:dear\s+)?(?:ladies and gentlemen|friends|colleagues|fellow[- ][\p{L}-]+)|(?:mr|madam|madame)\.?\s+(?:president|speaker|chair(?:man|woman)?)|good (?:morning|afternoon|evening)(?:,?\s+(?:everyone|everybody|all))?)(?:[,\s]+(?:and\s+)?(?:ladies and gentlemen|friends|colleagues|distinguished guests|members))*\s*[.,!:]?$/iu;

/** Who a speech heading names: "the Minister for Fisheries, Ana Ribeiro" → name and role. */
function namedIn(phrase: string): { name: string | null; role: string | null } | null {
  const text = phrase
    .replace(/^the\s+/i, '')
    .replace(/[.:]+$/, '')
    .replace(/\s+(?:at|to|on|before|during|in)\s+(?:the\s+)?[\p{Lu}\d].*$/u, '');
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  let name: string | null = null;
  let role: string | null = null;
  for (const part of parts.slice(0, 2)) {
    if (!name && looksLikePersonalName(part) && !isRolePhrase(part)) name = part;
    else if (!role && isRolePhrase(part)) role = part.replace(/^the\s+/i, '');
  }
  // "President Jane Roe": a role word, then the name.
  if (!name && role) {
    const titled = /^((?:[\p{Lu}][\p{L}-]*\s+){0,3}?)((?:[\p{Lu}][\p{L}'’-]+\s+){1,2}[\p{Lu}][\p{L}'’-]+)$/u.exec(role);
    if (titled && titled[1] && looksLikePersonalName(titled[2]!) && !isRolePhrase(titled[2]!)) {
      name = titled[2]!;
      role = titled[1].trim();
    }
  }
  return name || role ? { name, role } : null;
}

/** The participant a speech heading names, found or made. Mutates the working list. */
function speakerOf(named: { name: string | null; role: string | null }, participants: Participant[]): Participant {
  for (const key of [named.name, named.role]) {
    if (!key) continue;
    const best = participants
      .filter((p) => p.kind === 'person')
      .map((p) => ({ p, score: labelMatch(key, p).score }))
      .sort((a, b) => b.score - a.score)[0];
    if (best && best.score >= 0.8) return best.p;
  }
  const name = named.name ?? named.role!;
  const shortName = named.name ? shortNameOf(named.name) : name;
  let id = `p-${slug(shortName)}`;
  for (let n = 2; participants.some((p) => p.id === id); n++) id = `p-${slug(shortName)}-${n}`;
  const participant: Participant = {
    id,
    name,
    shortName,
    role: named.role,
    affiliation: null,
    kind: 'person',
    labels: [],
  };
  participants.push(participant);
  return participant;
}

export const speechOpenings: Pass = {
  name: 'speech-openings',
  run(draft: Draft): Draft {
    // A text with no label at all is one speaker's: `monologue-speaker` reads its opening.
    if (!draft.blocks.some((b) => isDraftTurn(b) && b.label !== null)) return draft;
    const participants = draft.participants.map((p) => ({ ...p, labels: [...p.labels] }));
    let changed = false;
    const blocks: DraftBlock[] = [];
    for (const block of draft.blocks) {
      if (!isDraftTurn(block)) {
        blocks.push(block);
        continue;
      }
      let turn: DraftTurn = { ...block, paragraphs: [] };
      for (const paragraph of block.paragraphs) {
        const heading = SPEECH_HEADING.exec(paragraph.text.trim());
        const named = heading && paragraph.text.split(/\s+/).length <= 20 ? namedIn(heading[1]!) : null;
        if (!named) {
          turn.paragraphs.push(paragraph);
          continue;
        }
        changed = true;
        if (turn.paragraphs.length > 0) blocks.push(turn);
        blocks.push({
          type: 'heading',
          id: '',
          depth: 2,
          children: [{ type: 'text', value: paragraph.text.trim() }],
          place: paragraph.place,
        });
        const speaker = speakerOf(named, participants);
        turn = {
          type: 'draftTurn',
          speaker: speaker.id,
          label: null,
          labelForm: null,
          function: 'statement',
          method: 'inferred',
          confidence: 0.85,
          evidence: [
            `the heading “${paragraph.text.trim()}” (line ${paragraph.place.line}) names who speaks after it: ${speaker.name}`,
          ],
          paragraphs: [],
          place: paragraph.place,
        };
      }
      if (turn.paragraphs.length > 0) blocks.push({ ...turn, place: turn.paragraphs[0]!.place });
    }
    // A salutation alone before the first label opens the speech of the speaker labelled next.
    const firstTurn = blocks.findIndex(isDraftTurn);
    const opening = blocks[firstTurn];
    const next = blocks[firstTurn + 1];
    if (
      opening &&
      isDraftTurn(opening) &&
      opening.label === null &&
      opening.speaker === null &&
      opening.paragraphs.every((p) => SALUTATION.test(p.text.trim())) &&
      next &&
      isDraftTurn(next) &&
      next.label !== null
    ) {
      changed = true;
      blocks.splice(firstTurn, 2, {
        ...next,
        paragraphs: [...opening.paragraphs, ...next.paragraphs],
        evidence: [
          ...next.evidence,
          `“${opening.paragraphs[0]!.text.trim()}” standing before the label is the salutation that opens this speech`,
        ],
      });
    }
    return changed ? { ...draft, participants, blocks } : draft;
  },
};
