/**
 * @module normalise/passes/prose-interview
 * Pass `prose-interview`: a written or transcribed interview printed as plain paragraphs with no
 * labels (a blog interview, an oral history, a magazine Q&A whose labels stop after the first
 * exchange) reaches this pass as one long turn. Its questions and answers can still be told
 * apart as a reader tells them: by the `interview` rule of `caption-dialogue`, each paragraph read
 * as a cue. At least four exchanges must show an interview (a question put to "you", not a talk's
 * "Have you ever …?", answered by a paragraph that answers for itself: "Yes", "No", "I …", "We …");
 * then a paragraph ending in a question (not quoted, not reported, not a tag "…, right?") starts
 * a turn of the one who asks, and the paragraph after it an answer.
 *
 * Who asks: the participant whose labelled turns ask (`TIME:` over the first question), else one
 * whose role says they ask (an interviewer a credit line names), else the anonymous questioner.
 * Who answers: in a labelled turn, its speaker; in an unlabelled one, the person the title, a
 * description in the front matter, or the page's introduction says is interviewed ("an interview
 * with my sister Cathy Griffith"), else the one person the page names; else nobody (`unknown`,
 * left to inference). What stands before the first question in an unlabelled transcript is the
 * page's (a notice, fields, an introduction: stage directions) up to the first paragraph spoken
 * in the first person ("My name is …") that neither speaks of the interview nor names the one
 * interviewed ("… an interview with my aunt Ruth Adeyemi"), the answer to a prompt the transcript does not print. Turns made here are `inferred`, with the sentence that decided them; one
 * `interview-from-paragraphs` diagnostic counts them. Caption files are `caption-dialogue`'s; a
 * talk that asks itself questions does not show four answered exchanges and stays one turn.
 */
import type { Participant } from '../../model/nodes.js';
import {
  diagnostic,
  isDraftTurn,
  textDirection,
  type Draft,
  type DraftBlock,
  type DraftTurn,
  type Pass,
} from '../draft.js';
import { anonymousQuestioner, asksQuestions, intervieweeOfTitle } from '../people.js';
import { findInterviewTurns } from './caption-dialogue.js';
import { frontMatterDescriptions, INTERVIEW_PAGE, isQuestion } from './heading-questions.js';

/** A labelled turn must hold at least this many paragraphs for its unlabelled questions to be read. */
const LONG_TURN = 6;

/** The participant who asks: labelled over questions only, or named for it by role; null when none. */
function knownAsker(draft: Draft): Participant | null {
  const turns = draft.blocks.filter(isDraftTurn);
  const labelledAsking = draft.participants.find((p) => {
    const own = turns.filter((t) => t.label !== null && t.speaker === p.id);
    return own.length > 0 && own.every((t) => isQuestion(t.paragraphs[0]?.text.trim() ?? ''));
  });
  return labelledAsking ?? draft.participants.find(asksQuestions) ?? null;
}

/** The person the page says is interviewed: by its title, a front-matter description or its first paragraph. */
function interviewee(draft: Draft, opening: string, asker: Participant | null): Participant | null {
  for (const text of [draft.meta.title, ...frontMatterDescriptions(draft), opening]) {
    const person = intervieweeOfTitle(text, draft.participants);
    if (person && person.id !== asker?.id) return person;
  }
  const persons = draft.participants.filter((p) => p.kind === 'person' && p.id !== asker?.id);
  return persons.length === 1 ? persons[0]! : null;
}

/** Whether a paragraph is the page's introduction: it speaks of the interview or names the one interviewed. */
function introduces(text: string, person: Participant | null): boolean {
  return (
    INTERVIEW_PAGE.test(text) || (person?.name !== undefined && person.name !== null && text.includes(person.name))
  );
}

/** A paragraph whose first sentence speaks in the first person singular: "My name is …", "I was born …". */
const FIRST_PERSON = /^[^.?!]{0,80}?\b(?:I|I['’](?:m|ve|d|ll)|my|me)\b/;

/** At least this many unlabelled questions over labelled answers make a print Q&A. */
const MIN_QUESTIONS_OVER_ANSWERS = 3;
/** A question printed alone: one sentence (or two) ending in a question mark, short. */
const QUESTION_ALONE_WORDS = 60;

/**
 * A print Q&A whose answers are labelled and whose questions are not (`¿Ya te vislumbras en el
 * DIF?` ⏎ `TR: Claro que sí, …`): a paragraph that only asks, standing last before a labelled
 * turn, is the interviewer's, not the words of the one labelled before it: set as a paragraph of
 * its own with the answer's label on the very next line (a debate's closing question stands a
 * blank line above the next speaker's label, and stays theirs). Three or more such
 * questions, nobody labelled who asks, and no labelled turn that itself only asks (where the
 * labelled speakers ask each other, a speaker's closing question is theirs).
 */
function questionsOverAnswers(draft: Draft): Draft {
  const blocks = draft.blocks;
  const labelledTurns = blocks.filter(isDraftTurn).filter((t) => t.label !== null);
  if (labelledTurns.length === 0 || knownAsker(draft) !== null) return draft;
  const asksOnly = (text: string) =>
    isQuestion(text.trim()) && text.trim().split(/\s+/).length <= QUESTION_ALONE_WORDS && !/^\p{Ll}/u.test(text.trim());
  if (labelledTurns.some((t) => t.paragraphs.length === 1 && asksOnly(t.paragraphs[0]!.text))) return draft;
  // The turns whose last paragraph only asks, a labelled turn right after them.
  const asking = new Set<DraftTurn>();
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (!isDraftTurn(block) || !next || !isDraftTurn(next) || next.label === null) return;
    const last = block.paragraphs.at(-1);
    // (Set as a print Q&A sets it: a paragraph of its own, the answer's label on the very next line.)
    const overTheAnswer =
      last !== undefined &&
      last.blankLinesBefore >= 1 &&
      next.place.line === (last.place.endLine ?? last.place.line) + 1;
    if (last && overTheAnswer && asksOnly(last.text) && (block.paragraphs.length > 1 || block.label === null))
      asking.add(block);
  });
  if (asking.size < MIN_QUESTIONS_OVER_ANSWERS) return draft;
  const questioner = anonymousQuestioner();
  const out: DraftBlock[] = blocks.flatMap((block): DraftBlock[] => {
    if (!isDraftTurn(block) || !asking.has(block)) return [block];
    const question = block.paragraphs.at(-1)!;
    const before = block.paragraphs.slice(0, -1);
    const asked: DraftTurn = {
      ...block,
      speaker: questioner.id,
      label: null,
      labelForm: null,
      function: 'question',
      method: 'inferred',
      confidence: 0.75,
      evidence: [
        `a paragraph that only asks, printed right over a labelled answer, in an interview whose answers are labelled and whose ${asking.size} questions are not`,
      ],
      paragraphs: [question],
      place: question.place,
    };
    return before.length > 0 ? [{ ...block, paragraphs: before }, asked] : [asked];
  });
  const participants = draft.participants.some((p) => p.id === questioner.id)
    ? draft.participants
    : [...draft.participants, questioner];
  return {
    ...draft,
    blocks: out,
    participants,
    diagnostics: [
      ...draft.diagnostics,
      diagnostic(
        'info',
        'questions-over-answers',
        `${asking.size} unlabelled questions stand over labelled answers: read as the interviewer's turns.`,
      ),
    ],
  };
}

/** A paragraph opened by a dash, as a French print interview sets its questions: `— Pourquoi …?`. */
const DASHED = /^\s*[—–]\s+(?=\S)/;
/** At least this many dashed paragraphs, half of them asking, make the convention. */
const MIN_DASHED = 3;
/** An interview's credit in French: "Propos recueillis par Isabelle Mauriac". */
const CREDIT = /\bpropos recueillis par\b/i;

/**
 * A print interview that opens each question with a dash and prints the answers plain (`— Pourquoi
 * …?` over `Aujourd'hui, …`), with no labels, on a page that says it is an interview (its title, a
 * front-matter field, or its words before the first question: "Retrouvez cette interview",
 * "Propos recueillis par …"): each dashed paragraph is the interviewer's turn, and the paragraphs
 * after it, up to the next dashed one, the answer of the one the page names as interviewed
 * (unattributed where it names nobody); what stands before the first question is the page's.
 */
function dashedQuestions(draft: Draft, asker: Participant): Draft {
  if (draft.blocks.some((b) => isDraftTurn(b) && (b.label !== null || b.speaker !== null))) return draft;
  const paragraphs = draft.blocks.filter(isDraftTurn).flatMap((t) => t.paragraphs);
  const dashed = paragraphs.filter((p) => DASHED.test(p.text));
  if (dashed.length < MIN_DASHED || dashed.filter((p) => p.text.includes('?')).length * 2 < dashed.length) return draft;
  const before = paragraphs.slice(0, paragraphs.indexOf(dashed[0]!)).map((p) => p.text);
  const says = [draft.meta.title ?? '', ...frontMatterDescriptions(draft), ...before].some(
    (text) => INTERVIEW_PAGE.test(text) || CREDIT.test(text),
  );
  if (!says) return draft;
  const person = interviewee(draft, before.join(' '), asker);
  let asked = false;
  const blocks = draft.blocks.flatMap((block): DraftBlock[] => {
    if (!isDraftTurn(block)) return [block];
    const out: DraftBlock[] = [];
    let current: DraftTurn | null = null;
    for (const paragraph of block.paragraphs) {
      if (DASHED.test(paragraph.text)) {
        asked = true;
        out.push(
          (current = {
            ...block,
            speaker: asker.id,
            function: 'question',
            method: 'inferred',
            confidence: 0.8,
            evidence: [
              'opened by a dash, as this interview sets each of its questions, on a page that says it is an interview',
            ],
            paragraphs: [{ ...paragraph, text: paragraph.text.replace(DASHED, '') }],
            place: paragraph.place,
          }),
        );
      } else if (!asked) out.push(textDirection(paragraph.text, paragraph.place));
      else if (current && current.function === 'answer') current.paragraphs.push(paragraph);
      else
        out.push(
          (current = {
            ...block,
            speaker: person?.id ?? null,
            function: 'answer',
            method: person ? 'inferred' : 'unknown',
            confidence: person ? 0.75 : 0,
            evidence: [
              person
                ? `printed plain after a question opened by a dash; the page names ${person.name} as the one interviewed`
                : 'printed plain after a question opened by a dash; nothing in the text names who answers',
            ],
            paragraphs: [paragraph],
            place: paragraph.place,
          }),
        );
    }
    return out;
  });
  const participants = [...draft.participants];
  for (const p of [asker, person]) if (p && !participants.some((q) => q.id === p.id)) participants.push(p);
  return {
    ...draft,
    blocks,
    participants,
    diagnostics: [
      ...draft.diagnostics,
      diagnostic(
        'info',
        'dashed-questions',
        `${dashed.length} paragraphs opened by a dash are the interview's questions${person ? `, the answers ${person.name}'s` : ''}.`,
      ),
    ],
  };
}

export const proseInterview: Pass = {
  name: 'prose-interview',
  run(input: Draft): Draft {
    if (input.captionUnits === 'cues') return input;
    const draft = dashedQuestions(questionsOverAnswers(input), knownAsker(input) ?? anonymousQuestioner());
    const turns = draft.blocks.filter(isDraftTurn);
    const labelledTurns = turns.filter((t) => t.label !== null).length;
    const candidate = (t: DraftTurn) =>
      (t.label === null && t.speaker === null) ||
      (t.label !== null && t.method === 'explicit' && t.paragraphs.length >= LONG_TURN && labelledTurns <= 4);
    const asker = knownAsker(draft) ?? anonymousQuestioner();
    const firstTurn = turns[0];
    const opening = firstTurn && firstTurn.label === null ? (firstTurn.paragraphs[0]?.text ?? '') : '';
    const person = interviewee(draft, opening, asker);
    let made = 0;
    const blocks: DraftBlock[] = [];
    for (const block of draft.blocks) {
      if (!isDraftTurn(block) || !candidate(block)) {
        blocks.push(block);
        continue;
      }
      const found = findInterviewTurns(block.paragraphs, asker);
      if (!found) {
        blocks.push(block);
        continue;
      }
      const starts = [...found.starts.keys()].sort((a, b) => a - b);
      const answerer = block.label !== null ? (draft.participants.find((p) => p.id === block.speaker) ?? null) : person;
      // Before the first question: the labelled speaker's words, or the page's introduction, or an answer to a prompt not printed.
      const head = block.paragraphs.slice(0, starts[0] ?? block.paragraphs.length);
      if (head.length > 0 && block.label !== null) blocks.push({ ...block, paragraphs: head });
      else if (head.length > 0) {
        // (The page's own words — a notice, fields, an introduction — come before the first
        // paragraph spoken in the first person, the answer to a prompt not printed.)
        const spoken =
          block === firstTurn ? head.findIndex((p) => FIRST_PERSON.test(p.text) && !introduces(p.text, person)) : 0;
        const page = spoken < 0 ? head : head.slice(0, spoken);
        for (const paragraph of page) blocks.push(textDirection(paragraph.text, paragraph.place));
        if (spoken >= 0)
          blocks.push(
            answerTurn(
              block,
              head.slice(spoken),
              answerer,
              'speaks in the first person before the first question is printed',
            ),
          );
      }
      starts.forEach((from, index) => {
        const to = starts[index + 1] ?? block.paragraphs.length;
        const paragraphs = block.paragraphs.slice(from, to);
        const start = found.starts.get(from)!;
        made++;
        if (start.function === 'question')
          blocks.push({
            ...block,
            speaker: asker.id,
            label: null,
            labelForm: null,
            function: 'question',
            method: 'inferred',
            confidence: 0.7,
            evidence: [start.evidence],
            paragraphs,
            place: paragraphs[0]!.place,
          });
        else
          blocks.push(
            answerTurn(
              block,
              paragraphs,
              answerer,
              start.evidence.replace(/; nothing in the text names who answers$/, ''),
            ),
          );
      });
    }
    if (made === 0) return draft;
    const participants = [...draft.participants];
    if (!participants.some((p) => p.id === asker.id)) participants.push(asker);
    if (person && !participants.some((p) => p.id === person.id)) participants.push(person);
    return {
      ...draft,
      participants,
      blocks,
      diagnostics: [
        ...draft.diagnostics,
        diagnostic(
          'info',
          'interview-from-paragraphs',
          `An interview printed without labels on its questions and answers: ${made} turns were told apart from what is asked and answered${person ? `, the answers given to ${person.name}` : ''}.`,
        ),
      ],
    };
  },
};

/** An answer turn of `paragraphs` cut from `block`: the answerer's, inferred, or nobody's yet. */
function answerTurn(
  block: DraftTurn,
  paragraphs: DraftTurn['paragraphs'],
  answerer: Participant | null,
  why: string,
): DraftTurn {
  const place = paragraphs[0]!.place;
  const labelled = block.label !== null && paragraphs[0] === block.paragraphs[0];
  if (labelled) return { ...block, paragraphs };
  return {
    ...block,
    speaker: answerer?.id ?? null,
    label: null,
    labelForm: null,
    function: 'answer',
    method: answerer ? 'inferred' : 'unknown',
    confidence: answerer ? 0.7 : 0,
    evidence: answerer
      ? [`${why}, in an interview whose questions and answers alternate; ${answerer.name} is the one interviewed`]
      : [`${why}; nothing in the text names who answers`],
    paragraphs,
    place,
  };
}
