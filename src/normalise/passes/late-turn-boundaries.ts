/**
 * @module normalise/passes/late-turn-boundaries
 * Pass `late-turn-boundaries`: a speech-to-text export's turn often ends late, the next voice's
 * first sentences still under the last label ("… over to Council Member Carmen De La Rosa.
 * Thank you, Speaker Menin. Good morning, everyone." all under "Speaker Julie Menin:"). Nobody
 * thanks themselves by name: where a labelled turn hands the floor to the person the next label
 * names (names them in the sentences just before) and then thanks its own speaker by name, the
 * words from the thanks on are the next speaker's. They are moved to the start of that speaker's
 * turn (a `turn-boundary-moved` change, and the evidence on the turn); the paragraph is cut at
 * the sentence.
 */
import type { Change, Participant } from '../../model/nodes.js';
import { change, isDraftTurn, type Draft, type DraftParagraph, type DraftTurn, type Pass } from '../draft.js';

/** "Thank you, Speaker Menin." / "Thank you so much, Chair De La Rosa." at a sentence's start: the name thanked. */
const THANKS =
  /(?<=^|[.!?]["”’]?\s+)(?:Thank you(?: (?:so|very) much)?|Thanks(?: (?:so|very) much)?),\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}?(?:(?:de|del|la|van|von|der|da|di)\s+)*\p{Lu}[\p{L}'’-]+)[.!,]/gu;

/** How many characters before the thanks the handing over of the floor may stand. */
const HANDOVER_REACH = 400;

/** True when `thanked` names the participant: their surname (with its particles) or full name, after any title. */
function names(thanked: string, participant: Participant): boolean {
  const text = thanked.toLocaleLowerCase('en');
  const ends = (name: string) => name !== '' && (text === name || text.endsWith(` ${name}`));
  return ends(participant.shortName.toLocaleLowerCase('en')) || ends(participant.name.toLocaleLowerCase('en'));
}

/** True when the text names the participant (their surname or full name), as a handing over does. */
function mentioned(text: string, participant: Participant): boolean {
  const lower = text.toLocaleLowerCase('en');
  return [participant.shortName, participant.name].some(
    (name) => name.length >= 3 && lower.includes(name.toLocaleLowerCase('en')),
  );
}

/**
 * Where in the turn the next speaker's words start: the paragraph and the offset of the thanks,
 * or null when the turn shows no such late boundary.
 */
function lateBoundary(
  turn: DraftTurn,
  speaker: Participant,
  next: Participant,
): { paragraph: number; offset: number } | null {
  for (let index = turn.paragraphs.length - 1; index >= 0; index--) {
    const paragraph = turn.paragraphs[index]!;
    if (paragraph.cue || paragraph.words) continue;
    for (const match of paragraph.text.matchAll(THANKS)) {
      if (!names(match[1]!, speaker) || names(match[1]!, next)) continue;
      const before = paragraph.text.slice(Math.max(0, match.index - HANDOVER_REACH), match.index);
      if (match.index > 0 && mentioned(before, next)) return { paragraph: index, offset: match.index };
    }
  }
  return null;
}

/** A paragraph cut at `offset`: the words before it and the words from it on, line breaks shared out. */
function cut(paragraph: DraftParagraph, offset: number): [DraftParagraph, DraftParagraph] {
  const breaks = paragraph.breaks ?? [];
  const head: DraftParagraph = {
    ...paragraph,
    text: paragraph.text.slice(0, offset).trimEnd(),
    ...(paragraph.breaks ? { breaks: breaks.filter((b) => b.offset < offset) } : {}),
  };
  const lineOfCut = [...breaks].reverse().find((b) => b.offset <= offset)?.line ?? paragraph.place.line;
  const tail: DraftParagraph = {
    ...paragraph,
    text: paragraph.text.slice(offset),
    place: { line: lineOfCut },
    blankLinesBefore: 0,
    ...(paragraph.breaks
      ? { breaks: breaks.filter((b) => b.offset > offset).map((b) => ({ ...b, offset: b.offset - offset })) }
      : {}),
  };
  return [head, tail];
}

export const lateTurnBoundaries: Pass = {
  name: 'late-turn-boundaries',
  run(draft: Draft): Draft {
    const byId = new Map(draft.participants.map((p) => [p.id, p]));
    const blocks = [...draft.blocks];
    const changes: Change[] = [];
    for (let index = 0; index + 1 < blocks.length; index++) {
      const turn = blocks[index]!;
      const following = blocks[index + 1]!;
      if (
        !isDraftTurn(turn) ||
        !isDraftTurn(following) ||
        turn.method !== 'explicit' ||
        following.method !== 'explicit'
      )
        continue;
      const speaker = turn.speaker ? byId.get(turn.speaker) : undefined;
      const next = following.speaker ? byId.get(following.speaker) : undefined;
      if (speaker?.kind !== 'person' || next?.kind !== 'person' || speaker.id === next.id) continue;
      const boundary = lateBoundary(turn, speaker, next);
      if (!boundary) continue;
      const whole = turn.paragraphs[boundary.paragraph]!;
      const [head, tail] = cut(whole, boundary.offset);
      const moved = [tail, ...turn.paragraphs.slice(boundary.paragraph + 1)];
      blocks[index] = { ...turn, paragraphs: [...turn.paragraphs.slice(0, boundary.paragraph), head] };
      blocks[index + 1] = {
        ...following,
        paragraphs: [...moved, ...following.paragraphs],
        place: tail.place,
        evidence: [
          ...following.evidence,
          `the words before the label (“${tail.text.slice(0, 40).trim()}…”) thank ${speaker.name} by name, after ${speaker.name} handed the floor to ${next.name}: the turn began there`,
        ],
      };
      changes.push(
        change(
          'turn-boundary-moved',
          whole.text.slice(Math.max(0, boundary.offset - 60), boundary.offset + 60),
          `${head.text.slice(-60)}\n\n${tail.text.slice(0, 60)}`,
          tail.place,
        ),
      );
    }
    if (changes.length === 0) return draft;
    return { ...draft, blocks, changes: [...draft.changes, ...changes] };
  },
};
