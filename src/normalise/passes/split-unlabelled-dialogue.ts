/**
 * @module normalise/passes/split-unlabelled-dialogue
 * Pass `split-unlabelled-dialogue`: a press conference printed with no speaker labels at all (a
 * caption file, an ASR reference transcript) reaches this pass as one unattributed turn. Its
 * turns can still be told apart from what people say, line by line:
 *  - a **moderator** calls on the next questioner ("We'll start with the Wall Street Journal,
 *    second row.", "We'll go to HBO, the lady in white.") or names an outlet on a line of its
 *    own ("Al Jazeera", "RAI") right before a question, and closes ("This is all we have time for.");
 *  - a **questioner** speaks after that call, often introducing themselves ("Dan Michaels, Wall
 *    Street Journal.", "I'm Step Vaessen from Al Jazeera English."), and ends with a question mark
 *    or a thank-you;
 *  - the **main speaker** gives the opening statement and answers each question; a label
 *    printed once in the text ("NATO Secretary General:") or the title the questioners address
 *    them by ("Mr. Secretary General") says who they are.
 * Every turn made here is `inferred` (the one carrying a printed label is `explicit`), with
 * evidence a person can check. The pass does nothing unless the transcript has no participants
 * and no labels, and at least two calls and two questions are found, with somebody identified
 * (a self-introduction, an outlet called by name, an address by title, a printed label), and the
 * text says it is the press's: a title or kind that says so, or a questioner who says whom they
 * write for (a chair calling on members by name reads the same, and is no press conference).
 */
import type { Participant } from '../../model/nodes.js';
import { diagnostic, isDraftTurn, type Draft, type DraftTurn, type Pass } from '../draft.js';
import {
  anonymousQuestioner,
  isRolePhrase,
  looksLikePersonalName,
  participantFromLabel,
  shortNameOf,
  slug,
  splitRolePhrase,
} from '../people.js';

type Paragraph = DraftTurn['paragraphs'][number];
/** One source line of a paragraph (or the whole paragraph when its lines are not known). */
type Row = Paragraph & { origin: number };
type Role = 'main' | 'moderator' | 'questioner';

const APOSTROPHE = "['’]";
/** A moderator calling on the next questioner, or closing. */
const MODERATOR_CALL = new RegExp(
  `^(?:(?:ok(?:ay)?|so|and|now|right|yes)[,.]?\\s+)?(?:(?:we${APOSTROPHE}ll|we will|let${APOSTROPHE}s|let us|i${APOSTROPHE}ll)\\s+(?:start|go|take|turn|move|begin|have)\\b|(?:the\\s+)?(?:next|last|final|first)\\s+question\\b)`,
  'i',
);
const CLOSING = /\b(?:this|that)(?:['’]s| is) all (?:we have )?(?:the )?time (?:we have )?for\b|\bthat concludes\b/i;
/** The end of a question: a question mark, or a thank-you, at the end of a row. */
const QUESTION_END = /(?:\?|\bthank you(?: very much| so much)?[.!]?|\bthanks[.!]?)["”’]?\s*$/i;
/** A self-introduction at the start of a questioner's turn: name, then outlet. */
const SELF_INTRODUCTION =
  /^(?:[Yy]es,?\s+)?(?:(?:[Hh]i|[Hh]ello|[Gg]ood (?:morning|afternoon|evening)),?\s+)?(?:(?:[Tt]hank you|[Tt]hanks)[^.?!]*?[.,]?\s+)?(?:(?:I['’]m|I am|[Mm]y name is|[Tt]his is)\s+)?((?:[\p{Lu}][\p{L}\p{M}'’-]+\s+){1,2}[\p{Lu}][\p{L}\p{M}'’-]+)\s*(?:,|\bfrom\b|\bwith\b)\s*((?:the\s+)?[\p{Lu}][\p{L}\p{M}\p{N}&'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}\p{N}&'’-]*){0,4})/u;
/** A questioner addressing the main speaker by title. */
const ADDRESS =
  /\b(?:Mr\.?|Madam|Mrs\.?|Ms\.?)\s+((?:Secretary[- ]General|Secretary|President|Prime Minister|Minister|Chairman|Chairwoman|Chair|Commissioner|Governor|Mayor|Ambassador|Director[- ]General))\b|(?:^|[.,]\s+)((?:Secretary[- ]General|Prime Minister|President|Minister|Commissioner))\s*,/u;
/** A label printed at the start of a row: capitalised words and a colon. */
const ROW_LABEL = /^((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,4}[\p{Lu}][\p{L}\p{M}.'’-]*):\s+(?=\S)/u;

/** Words of a title or kind that say the event is the press's. */
const PRESS_KIND =
  /\b(?:press|news|media|briefing|gaggle|doorstop|point de presse|pressekonferenz|conférence de presse|rueda de prensa|conferencia de prensa)\b/i;

/** A new moderator participant (one per transcript: participants are not shared between calls). */
function moderator(): Participant {
  return {
    id: 'p-moderator',
    name: 'Moderator',
    shortName: 'Moderator',
    role: 'moderator',
    affiliation: null,
    kind: 'anonymous',
    labels: [],
  };
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A speaker greeting or thanking the room ("Ladies and Gentlemen.", "Good evening."): no outlet. */
const GREETING =
  /^(?:(?:my\s+)?(?:dear\s+)?(?:ladies|gentlemen|friends|colleagues|everyone|everybody|all)\b|good (?:morning|afternoon|evening)|thank you|thanks|hello|hi|welcome)\b/i;

/** A short reply ("Yes.", "Okay.", "Right.") is no call, however short. */
const REPLY = /^(?:yes|yeah|yep|no|nope|okay|ok|right|sure|great|good|fine|well|exactly|correct|absolutely)\b/i;
const SMALL_WORDS = new Set(['in', 'of', 'the', 'and', 'de', 'du', 'la', 'le', 'for', 'from', 'at', '&']);

/** A row that names an outlet on its own ("Al Jazeera", "IMEDI, in Green.") right before a questioner. */
function isOutletCall(rows: readonly Row[], i: number): boolean {
  const text = rows[i]!.text.trim();
  if (GREETING.test(text) || REPLY.test(text)) return false;
  // A name ("Al Jazeera", "IMEDI, in Green."): every word capitalised but a few small ones.
  const nameWords = text
    .replace(/[.,;:!]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!nameWords.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()))) return false;
  if (words(text) > 5 || !/^[\p{Lu}\p{N}]/u.test(text) || /[?,:;]$/.test(text) || QUESTION_END.test(text)) return false;
  return startsQuestion(rows, i + 1);
}

/** True when the rows from `i` read as a questioner's turn: a thank-you, a self-introduction or an address, or a question soon. */
function startsQuestion(rows: readonly Row[], i: number): boolean {
  const first = rows[i]?.text.trim();
  if (!first) return false;
  if (/^(?:yes,?\s+)?(?:thank you|thanks)\b/i.test(first)) return true;
  if (rows.slice(i, i + 2).some((r) => selfIntroduction(r.text.trim()) || ADDRESS.test(r.text))) return true;
  return rows.slice(i, i + 4).some((r) => r.text.includes('?'));
}

/** The title a row addresses the main speaker by ("Mr. Secretary General" → "Secretary General"), or null. */
function addressedTitle(text: string): string | null {
  const match = ADDRESS.exec(text);
  return match ? (match[1] ?? match[2])!.replace('-', ' ') : null;
}

/** A questioner naming themselves and their outlet at the start of a row ("Jane Roe, Harbour News."), or null. */
export function selfIntroduction(text: string): { name: string; outlet: string } | null {
  const match = SELF_INTRODUCTION.exec(text);
  if (!match) return null;
  const name = match[1]!.trim();
  const outlet = match[2]!.trim().replace(/^the\s+/i, '');
  if (!looksLikePersonalName(name) || isRolePhrase(name)) return null;
  return { name, outlet };
}

interface Piece {
  role: Role;
  rows: Row[];
  /** Why this piece belongs to its role. */
  evidence: string[];
  label: string | null;
  /** For questioners who introduce themselves. */
  person: { name: string; outlet: string } | null;
}

/** Cut the rows into pieces by who speaks, from content cues only. */
export function cutDialogue(rows: readonly Row[]): Piece[] | null {
  const pieces: Piece[] = [];
  let current: Piece = {
    role: 'main',
    rows: [],
    evidence: ['the opening statement, before the first question is called'],
    label: null,
    person: null,
  };
  const start = (piece: Piece) => {
    if (current.rows.length > 0) pieces.push(current);
    current = piece;
  };
  let calls = 0;
  let questions = 0;
  let closed = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const text = row.text.trim();
    const line = row.place.line;
    if (!closed && current.role !== 'questioner' && CLOSING.test(text)) {
      start({
        role: 'moderator',
        rows: [row],
        evidence: [`closes the session (line ${line}: “${text}”)`],
        label: null,
        person: null,
      });
      closed = true;
      continue;
    }
    if (closed) {
      current.rows.push(row);
      continue;
    }
    if (
      current.role !== 'questioner' &&
      (MODERATOR_CALL.test(text) || (current.role === 'main' && isOutletCall(rows, i)))
    ) {
      calls++;
      start({
        role: 'moderator',
        rows: [row],
        evidence: [`calls on the next questioner (line ${line}: “${text}”)`],
        label: null,
        person: null,
      });
      continue;
    }
    if (current.role === 'moderator') {
      const person = selfIntroduction(text);
      const address = addressedTitle(text);
      questions++;
      start({
        role: 'questioner',
        rows: [row],
        evidence: [
          `speaks after the moderator's call (line ${current.rows[0]!.place.line})`,
          ...(person ? [`introduces themselves: ${person.name}, ${person.outlet} (line ${line})`] : []),
          ...(address ? [`addresses the speaker as “${address}” (line ${line})`] : []),
        ],
        label: null,
        person,
      });
      continue;
    }
    if (current.role === 'questioner') {
      const previous = current.rows[current.rows.length - 1]!.text.trim();
      const label = ROW_LABEL.exec(text);
      if (label || (QUESTION_END.test(previous) && !text.includes('?') && /^[\p{Lu}"“]/u.test(text))) {
        start({
          role: 'main',
          rows: [row],
          evidence: [
            label
              ? `printed with the label “${label[1]}” (line ${line})`
              : `answers the question that ends on line ${current.rows[current.rows.length - 1]!.place.line}`,
          ],
          label: label ? label[1]! : null,
          person: null,
        });
        continue;
      }
    }
    current.rows.push(row);
  }
  if (current.rows.length > 0) pieces.push(current);
  // A talk can say "We'll start with the basics.", "The next question is harder." and ask itself
  // questions, and quote a caller: a dialogue needs at least two calls, two questions that end as
  // questions do (a question answered in the same breath is the speaker's own), and another
  // voice shown by the text: somebody who introduces themselves, a printed label, an outlet
  // called by name, or a speaker addressed by title in two questions.
  const questioners = pieces.filter((p) => p.role === 'questioner');
  const endedAsQuestions = questioners.filter((p) => QUESTION_END.test(p.rows[p.rows.length - 1]!.text.trim()));
  const addressed = questioners.filter((p) => p.rows.some((r) => ADDRESS.test(r.text)));
  const outletCalled = pieces.some((p) => {
    const text = p.rows[0]!.text.trim();
    return p.role === 'moderator' && words(text) <= 5 && !MODERATOR_CALL.test(text) && !CLOSING.test(text);
  });
  const identified = pieces.some((p) => p.person !== null || p.label !== null) || outletCalled || addressed.length >= 2;
  return calls >= 2 && questions >= 2 && endedAsQuestions.length >= 2 && identified ? pieces : null;
}

/** The paragraphs cut back into their source lines (reflow joined caption rows mid-sentence). */
export function sourceRows(paragraphs: readonly Paragraph[]): Row[] {
  const rows: Row[] = [];
  paragraphs.forEach((paragraph, origin) => {
    const breaks = (paragraph.breaks ?? []).filter(
      (b) => b.offset > 0 && b.offset < paragraph.text.length && paragraph.text[b.offset - 1] === ' ',
    );
    let from = 0;
    let line = paragraph.place.line;
    let blankLinesBefore = paragraph.blankLinesBefore;
    for (const cut of [...breaks, { offset: paragraph.text.length + 1, line: -1 }]) {
      rows.push({ text: paragraph.text.slice(from, cut.offset - 1), place: { line }, blankLinesBefore, origin });
      from = cut.offset;
      line = cut.line;
      blankLinesBefore = 0;
    }
  });
  return rows;
}

/** Rows of one turn back into paragraphs: neighbouring rows of the same source paragraph rejoin as they were. */
function paragraphsOf(rows: readonly Row[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let previous: Row | null = null;
  for (const row of rows) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && previous && previous.origin === row.origin) {
      const breaks = [...(last.breaks ?? []), { offset: last.text.length + 1, line: row.place.line }];
      paragraphs[paragraphs.length - 1] = {
        ...last,
        text: `${last.text} ${row.text}`,
        place: { line: last.place.line, endLine: row.place.line },
        breaks,
      };
    } else {
      const { origin: _origin, ...paragraph } = row;
      paragraphs.push(paragraph);
    }
    previous = row;
  }
  return paragraphs;
}

/** Who the main speaker is: a label printed for them, else the title they are addressed by. */
function mainSpeaker(pieces: readonly Piece[]): { participant: Participant; evidence: string[] } {
  const labelled = pieces.find((p) => p.role === 'main' && p.label);
  if (labelled?.label) {
    const label = labelled.label;
    let participant = participantFromLabel(label, 'person');
    if (isRolePhrase(label) && !participant.role) {
      // "NATO Secretary General": a role, not a name.
      const split = splitRolePhrase(label);
      participant = {
        ...participant,
        id: `p-${slug(split.role)}`,
        shortName: split.role,
        role: split.role,
        affiliation: split.affiliation,
      };
    }
    return {
      participant: { ...participant, labels: [label] },
      evidence: [`the same speaker is printed once as “${labelled.label}” (line ${labelled.rows[0]!.place.line})`],
    };
  }
  const titles = new Map<string, number[]>();
  for (const piece of pieces.filter((p) => p.role === 'questioner')) {
    for (const row of piece.rows) {
      const title = addressedTitle(row.text);
      if (title) titles.set(title, [...(titles.get(title) ?? []), row.place.line]);
    }
  }
  const [title, lines] = [...titles.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (title && lines) {
    const split = splitRolePhrase(title);
    return {
      participant: {
        id: `p-${slug(title)}`,
        name: title,
        shortName: title,
        role: split.role,
        affiliation: split.affiliation,
        kind: 'person',
        labels: [],
      },
      evidence: [`the questioners address them as “${title}” (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})`],
    };
  }
  return {
    participant: {
      id: 'p-speaker',
      name: 'Main speaker',
      shortName: 'Speaker',
      role: null,
      affiliation: null,
      kind: 'unknown',
      labels: [],
    },
    evidence: [],
  };
}

export const splitUnlabelledDialogue: Pass = {
  name: 'split-unlabelled-dialogue',
  run(draft: Draft): Draft {
    if (draft.participants.length > 0) return draft;
    const turns = draft.blocks.filter(isDraftTurn);
    if (turns.length !== 1 || turns[0]!.label !== null || turns[0]!.method !== 'unknown') return draft;
    const turn = turns[0]!;
    const pieces = cutDialogue(sourceRows(turn.paragraphs));
    if (!pieces) return draft;
    // A chair calling on members by name is a meeting, not a press conference: without a title or
    // kind that says press, the split needs a questioner who says who they are and whom they write for.
    const pressEvent = PRESS_KIND.test(`${draft.meta.kind ?? ''} ${draft.meta.title ?? ''}`);
    if (!pressEvent && !pieces.some((p) => p.person !== null)) return draft;

    const main = mainSpeaker(pieces);
    const participants: Participant[] = [main.participant];
    const theModerator = moderator();
    const questioner = anonymousQuestioner();
    const personFor = (person: { name: string; outlet: string }): Participant => {
      const id = `p-${slug(shortNameOf(person.name))}`;
      let participant = participants.find((p) => p.id === id);
      if (!participant) {
        participant = {
          id,
          name: person.name,
          shortName: shortNameOf(person.name),
          role: 'journalist',
          affiliation: person.outlet,
          kind: 'person',
          labels: [],
        };
        participants.push(participant);
      }
      return participant;
    };
    const newTurns: DraftTurn[] = pieces.map((piece) => {
      let speaker: Participant;
      let confidence: number;
      const evidence = [...piece.evidence];
      if (piece.role === 'main') {
        speaker = main.participant;
        confidence = piece.label ? 1 : 0.75;
        if (!piece.label) evidence.push(...main.evidence);
      } else if (piece.role === 'moderator') {
        speaker = theModerator;
        confidence = 0.8;
      } else if (piece.person) {
        speaker = personFor(piece.person);
        confidence = 0.85;
      } else {
        speaker = questioner;
        confidence = 0.6;
        evidence.push('does not introduce themselves: the anonymous questioner');
      }
      if (!participants.includes(speaker)) participants.push(speaker);
      const rows = paragraphsOf(
        piece.label
          ? [
              { ...piece.rows[0]!, text: piece.rows[0]!.text.replace(ROW_LABEL, ''), origin: -1 },
              ...piece.rows.slice(1),
            ]
          : piece.rows,
      );
      const first = rows[0]!.place;
      const last = rows[rows.length - 1]!.place;
      return {
        type: 'draftTurn',
        speaker: speaker.id,
        label: piece.label,
        labelForm: piece.label ? 'inline' : null,
        function:
          piece.role === 'questioner'
            ? 'question'
            : piece.role === 'main' && pieces.indexOf(piece) > 0
              ? 'answer'
              : 'statement',
        method: piece.label ? 'explicit' : 'inferred',
        confidence,
        evidence,
        paragraphs: rows,
        place: { line: first.line, endLine: last.endLine ?? last.line },
      };
    });

    // A moderator calling on journalists who question a speaker: a press conference, when the
    // source did not say what the event was.
    const kind = draft.meta.kind ?? 'press conference';
    const index = draft.blocks.indexOf(turn);
    const kept = draft.diagnostics.filter((d) => !(d.rule === 'speaker-unknown' && d.place?.line === turn.place.line));
    kept.push(
      diagnostic(
        'info',
        'dialogue-from-content',
        `No speaker labels: ${newTurns.length} turns were told apart from what is said (a moderator calling on questioners, self-introductions, questions and answers); every attribution is inferred and says why.${draft.meta.kind === null ? ' The event is taken to be a press conference.' : ''}`,
        turn.place,
      ),
    );
    return {
      ...draft,
      meta: { ...draft.meta, kind },
      participants,
      blocks: [...draft.blocks.slice(0, index), ...newTurns, ...draft.blocks.slice(index + 1)],
      diagnostics: kept,
    };
  },
};
