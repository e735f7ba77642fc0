/**
 * @module normalise/passes/infer-speakers
 * Pass `infer-speakers`: decides who speaks where the source prints no label, from evidence,
 * and says so. Two questions are asked:
 *  1. Inside a turn, does an unlabelled paragraph still belong to the same speaker? It does
 *     unless another participant is never labelled anywhere and either the paragraph speaks
 *     of the current speaker in the third person (or addresses them), or the turn is a
 *     question and the paragraph reads as its answer — then a new turn starts there.
 *  2. Who speaks an unlabelled turn? Each person among the participants is scored: never
 *     labelled (+, it explains the missing label), mentioned in the text (−, people do not
 *     speak of themselves by title), the previous speaker (−), the only candidate (+). Before
 *     that, speech after an editor's section heading goes on with the labelled speaker before
 *     the heading, where every participant is labelled and the document's headings stand
 *     inside speech rather than between speakers.
 * Inferred turns carry method `inferred`, a confidence and the evidence as sentences; a turn
 * nobody can be given to stays `unknown` with a diagnostic.
 */
import { QUESTIONER_ID, type Diagnostic, type Inline, type Participant } from '../../model/nodes.js';
import {
  diagnostic,
  isDraftTurn,
  unattributedTurn,
  type Draft,
  type DraftBlock,
  type DraftTurn,
  type Pass,
} from '../draft.js';
import { ASKING_ROLE, intervieweeOfTitle, isRoleOnly, nameTokens, slug } from '../people.js';
import { wordPattern } from '../word-pattern.js';

/** Phrases by which a text can refer to a participant (distinctive ones only). */
function mentionPatterns(participant: Participant): RegExp[] {
  const phrases = new Set<string>();
  if (!isRoleOnly(nameTokens(participant.name))) phrases.add(participant.name);
  if (participant.shortName.length >= 3 && !isRoleOnly(nameTokens(participant.shortName)))
    phrases.add(participant.shortName);
  if (participant.role && participant.role.includes(' ')) phrases.add(participant.role);
  // "the Chair", "the Minister": the head word of a role, with the article.
  const head = participant.role
    ?.split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !['Of', 'For'].includes(w))
    .pop();
  if (head && head.length >= 4) phrases.add(`the ${head}`);
  return [...phrases].map((phrase) => wordPattern(phrase));
}

const patternCache = new WeakMap<Participant, RegExp[]>();

function mentions(text: string, participant: Participant): string | null {
  let patterns = patternCache.get(participant);
  if (!patterns) {
    patterns = mentionPatterns(participant);
    patternCache.set(participant, patterns);
  }
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

interface Candidate {
  participant: Participant;
  score: number;
  evidence: string[];
}

/** A participant whose role is to ask: an interviewer, a host, a moderator, a chair. */
function asksTheQuestions(participant: Participant): boolean {
  return ASKING_ROLE.test(participant.role?.trim() ?? '');
}

function chooseSpeaker(
  turn: DraftTurn,
  previousSpeaker: Participant | null,
  previousWasQuestion: boolean,
  persons: Participant[],
  labelled: Set<string>,
  introduction: { participant: Participant; phrase: string } | null,
): Candidate | null {
  const text = turn.paragraphs.map((p) => p.text).join(' ');
  // Who the text speaks of, found once per turn (not once per pair of candidates).
  const mentioned = new Map<Participant, string>();
  for (const person of persons) {
    const phrase = mentions(text, person);
    if (phrase) mentioned.set(person, phrase);
  }
  const candidates: Candidate[] = persons.map((participant) => {
    const candidate: Candidate = { participant, score: 0, evidence: [] };
    if (!labelled.has(participant.id)) {
      candidate.score += 0.4;
      candidate.evidence.push(
        `${participant.name} is a participant but is never labelled in the source, which would explain a missing label`,
      );
    }
    if (mentioned.has(participant)) candidate.score -= 0.6;
    for (const [other, otherMention] of mentioned) {
      if (other === participant) continue;
      {
        candidate.score += 0.2;
        candidate.evidence.push(
          `the text speaks of ${other.name} (“${otherMention}”) in the third person, so ${other.name} is not the speaker`,
        );
      }
    }
    if (previousSpeaker && previousSpeaker.id === participant.id && !previousWasQuestion) candidate.score -= 0.5;
    if (previousSpeaker && previousSpeaker.id !== participant.id && previousWasQuestion) {
      candidate.evidence.push('it follows a question, so it is an answer by one of the principals');
    }
    // The one who asks (an interviewer, a host, a moderator) does not give the answers.
    if (turn.function === 'answer' && asksTheQuestions(participant)) {
      candidate.score -= 1;
      return candidate;
    }
    if (persons.length === 1) {
      candidate.score += 0.3;
      candidate.evidence.push(`${participant.name} is the only named speaker`);
    }
    if (introduction && introduction.participant.id === participant.id) {
      candidate.score += 0.2;
      candidate.evidence.push(`the speaker introduces themselves: “${introduction.phrase}”`);
    }
    return candidate;
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score <= 0) return null;
  const margin = best.score - (candidates[1]?.score ?? 0);
  // Evidence that only rules others out cannot pick one speaker among several.
  if (margin < 0.1) return null;
  // (Nor can it give the page's opening, before anyone has spoken, to one of them: a byline and a
  // summary speak of the people in it too.)
  const rulesOutOnly = best.evidence.every((line) => line.startsWith('the text speaks of '));
  if (previousSpeaker === null && persons.length > 1 && rulesOutOnly) return null;
  return { ...best, score: Math.min(0.9, Math.round((0.5 + margin / 2) * 100) / 100) };
}

/** Narration by the record itself, not by a speaker. */
const NARRATIVE =
  /^\s*(?:The (?:House|Senate|Chamber|Committee|Assembly|Council|sitting|meeting|Speaker took the chair)|(?:Die|Der) (?:Sitzung|Bundestag|Präsident)|La séance|Pursuant to|There being no objection|The (?:(?:assistant )?(?:legislative|bill|journal|reading) )?clerk (?:read|will|proceeded|called)|(?:Mr|Mrs|Ms|Dr)\.? [\p{Lu}'’-]{2,}(?: of [\p{L} ]+)? (?:addressed the Chair|obtained the floor|suggested the absence of a quorum))\b/u;
/** A short title-case line standing alone ("Prayers", "Report stage"). */
const HEADING_LIKE = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s*$/u;

const SELF_INTRODUCTION =
  /\b(?:[Mm]y name is|[Mm]y name's|I am|I'm)\s+((?:[\p{Lu}][\p{Ll}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})/u;

/** A speaker who introduces themselves at the start of an unlabelled, speakerless transcript. */
function selfIntroduced(draft: Draft): { participant: Participant; phrase: string } | null {
  if (draft.participants.length > 0) return null;
  const first = draft.blocks.find(isDraftTurn);
  if (!first || first.label !== null) return null;
  const opening = first.paragraphs
    .map((p) => p.text)
    .join(' ')
    .split(/\s+/)
    .slice(0, 60)
    .join(' ');
  const match = SELF_INTRODUCTION.exec(opening);
  if (!match) return null;
  const name = match[1]!.replace(/[.,;:]+$/, '');
  const shortName = name.split(/\s+/).pop()!;
  return {
    participant: {
      id: `p-${slug(shortName)}`,
      name,
      shortName,
      role: null,
      affiliation: null,
      kind: 'person',
      labels: [],
    },
    phrase: match[0],
  };
}

/** Text of inline nodes written as plain text (a heading's words). */
function plainText(children: readonly Inline[]): string {
  return children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** An address to the presiding officer: someone taking the floor, not one going on. */
const TAKES_THE_FLOOR =
  /^\s*(?:Mr\.?|Madam|Madame|Mister)\s+(?:Deputy\s+|Acting\s+)?(?:Speaker|Chair|Chairman|Chairwoman|President)\b/;

/**
 * Whether the document's headings stand inside speech (an editor's section titles in a talk)
 * rather than between speakers (the items of business of a record, each opened by a label):
 * at least half the headings followed by a turn are followed by one without a label.
 */
function headingsInsideSpeech(blocks: readonly DraftBlock[]): boolean {
  let unlabelled = 0;
  let labelled = 0;
  blocks.forEach((block, index) => {
    if (block.type !== 'heading') return;
    const next = blocks.slice(index + 1).find((b) => b.type !== 'heading' && b.type !== 'stageDirection');
    if (!next || !isDraftTurn(next)) return;
    if (next.label === null) unlabelled++;
    else labelled++;
  });
  return unlabelled > 0 && unlabelled >= labelled;
}

/** The labelled person who spoke the turn before a heading, who may go on after it. */
function continuedAcrossHeading(previous: DraftTurn | null, byId: Map<string, Participant>): Participant | null {
  if (!previous || previous.speaker === null || previous.method !== 'explicit') return null;
  const speaker = byId.get(previous.speaker);
  return speaker && speaker.kind === 'person' ? speaker : null;
}

export const inferSpeakers: Pass = {
  name: 'infer-speakers',
  run(input: Draft): Draft {
    const introduced = selfIntroduced(input);
    const draft = introduced ? { ...input, participants: [introduced.participant] } : input;
    const persons = draft.participants.filter((p) => p.kind === 'person');
    // How often each participant is labelled.
    const labelCounts = new Map<string, number>();
    for (const block of draft.blocks)
      if (isDraftTurn(block) && block.method === 'explicit' && block.speaker)
        labelCounts.set(block.speaker, (labelCounts.get(block.speaker) ?? 0) + 1);
    const labelled = new Set(labelCounts.keys());
    const neverLabelled = persons.filter((p) => !labelled.has(p.id));
    const questionsLabelled = draft.blocks.some(
      (b) => isDraftTurn(b) && b.speaker === QUESTIONER_ID && b.label !== null,
    );
    const byId = new Map(draft.participants.map((p) => [p.id, p]));
    const diagnostics: Diagnostic[] = [];
    // Nobody labelled, and the title names someone else as the one interviewed: "An interview with
    // Marta Okonjo" under the byline "By Leon Brandt" is mostly Marta Okonjo's words, and which
    // paragraphs are whose, nothing printed says; no unlabelled turn is given to anybody.
    const interviewee = labelled.size === 0 ? intervieweeOfTitle(draft.meta.title, draft.participants) : null;
    const intervieweeUnknown =
      interviewee !== null && !persons.some((p) => p.id === interviewee.id || p.name === interviewee.name);

    // An interview whose questions keep their label and whose answers mostly lose it: of two
    // people, one labelled five times or more, the other once or twice (labelled in full at the
    // start, "**Bruce Springsteen:**", then never again while "**TG:**" asks on).
    const [asker, answerer] = [...persons].sort((a, b) => (labelCounts.get(b.id) ?? 0) - (labelCounts.get(a.id) ?? 0));
    // (Only the two are ever labelled: where reporters are labelled too, the one labelled often answers them.)
    const unlabelledAnswers =
      persons.length === 2 &&
      labelCounts.size === 2 &&
      asker !== undefined &&
      answerer !== undefined &&
      (labelCounts.get(asker.id) ?? 0) >= 5 &&
      (labelCounts.get(answerer.id) ?? 0) >= 1 &&
      (labelCounts.get(answerer.id) ?? 0) <= 2
        ? { asker, answerer, times: labelCounts.get(answerer.id) ?? 0 }
        : null;

    // 1. Split turns where an unlabelled paragraph is evidently someone else's.
    const split: DraftBlock[] = [];
    for (const block of draft.blocks) {
      if (!isDraftTurn(block) || block.speaker === null) {
        split.push(block);
        continue;
      }
      const speaker = byId.get(block.speaker);
      let currentTurn: DraftTurn = { ...block, paragraphs: [] };
      for (const paragraph of block.paragraphs) {
        const mention =
          speaker && speaker.kind === 'person' && currentTurn.paragraphs.length > 0
            ? mentions(paragraph.text, speaker)
            : null;
        const someoneElse = neverLabelled.some((p) => p.id !== currentTurn.speaker);
        const answerAfterQuestion =
          block.function === 'question' &&
          currentTurn.speaker === block.speaker &&
          currentTurn.paragraphs.length > 0 &&
          someoneElse &&
          !/^\p{Ll}/u.test(paragraph.text);
        // (In such an interview, the paragraph after the asker's labelled one, or after a question, is the answer.)
        const previousText = currentTurn.paragraphs.at(-1)?.text.trim() ?? '';
        const answered =
          unlabelledAnswers !== null &&
          block.speaker === unlabelledAnswers.asker.id &&
          currentTurn.speaker === block.speaker &&
          (currentTurn.paragraphs.length === 1 || /\?["”’)\]]*$/u.test(previousText)) &&
          !/^\p{Ll}/u.test(paragraph.text);
        if (answered) {
          split.push(currentTurn);
          const { asker, answerer, times } = unlabelledAnswers;
          currentTurn = {
            ...unattributedTurn(paragraph.place, [paragraph]),
            speaker: answerer.id,
            function: 'answer',
            method: 'inferred',
            confidence: 0.8,
            evidence: [
              `an unlabelled paragraph after ${asker.name}'s question or prompt, in an interview where ${asker.name}'s questions are labelled and ${answerer.name}, the one other speaker, is labelled only ${times === 1 ? 'once' : 'twice'}`,
            ],
          };
        } else if (answerAfterQuestion) {
          split.push(currentTurn);
          const evidence = [
            'an unlabelled paragraph after a question, in a transcript where a participant is never labelled',
          ];
          if (paragraph.blankLinesBefore >= 2) evidence.push('an empty line stands where a label would be');
          currentTurn = unattributedTurn(paragraph.place, [paragraph], evidence);
        } else if (mention && someoneElse && currentTurn.speaker === block.speaker) {
          split.push(currentTurn);
          const evidence = [
            `the paragraph speaks of ${speaker!.name} (“${mention}”) in the third person, so ${speaker!.name} has stopped speaking`,
          ];
          if (paragraph.blankLinesBefore >= 2) evidence.push('an empty line stands where a label would be');
          currentTurn = unattributedTurn(paragraph.place, [paragraph], evidence);
        } else currentTurn.paragraphs.push(paragraph);
      }
      split.push(currentTurn);
    }

    // 2. Give each unlabelled turn a speaker.
    const blocks: DraftBlock[] = [];
    let previous: DraftTurn | null = null;
    const headingsKeepSpeakers = headingsInsideSpeech(split);
    /** The heading standing between the previous turn and this block, if any. */
    let headingSince: string | null = null;
    for (const block of split) {
      if (!isDraftTurn(block)) {
        if (block.type === 'heading') headingSince = plainText(block.children);
        blocks.push(block);
        continue;
      }
      let turn = block;
      const heading = headingSince;
      headingSince = null;
      const continued =
        turn.speaker === null &&
        turn.label === null &&
        heading !== null &&
        // (An interviewer the header names, where the questions are labelled `Q`, is labelled so.)
        neverLabelled.every((p) => asksTheQuestions(p) && questionsLabelled) &&
        headingsKeepSpeakers &&
        !TAKES_THE_FLOOR.test(turn.paragraphs[0]?.text ?? '')
          ? continuedAcrossHeading(previous, byId)
          : null;
      if (continued) {
        // A section heading put into a labelled transcript by its editor does not end a turn: the
        // unlabelled speech after it is the labelled speaker's before it, going on.
        turn = {
          ...turn,
          speaker: continued.id,
          method: 'inferred',
          confidence: 0.8,
          evidence: [
            ...turn.evidence,
            `no label after the heading “${heading}”: ${continued.name}, who spoke before it, goes on (every participant is labelled elsewhere)`,
          ],
        };
        diagnostics.push(
          diagnostic(
            'info',
            'speaker-continues-after-heading',
            `No label after the heading “${heading}”: attributed to ${continued.name}, who spoke before it.`,
            turn.place,
          ),
        );
      } else if (turn.speaker === null) {
        const previousSpeaker = previous?.speaker ? (byId.get(previous.speaker) ?? null) : null;
        const choice = intervieweeUnknown
          ? null
          : chooseSpeaker(turn, previousSpeaker, previous?.function === 'question', persons, labelled, introduced);
        if (choice) {
          turn = {
            ...turn,
            speaker: choice.participant.id,
            method: 'inferred',
            confidence: choice.score,
            evidence: [...turn.evidence, ...choice.evidence],
            function: previous?.function === 'question' ? 'answer' : turn.function,
          };
          diagnostics.push(
            diagnostic(
              'info',
              'speaker-inferred',
              `No label: attributed to ${choice.participant.name} by inference (confidence ${choice.score}).`,
              turn.place,
            ),
          );
        } else if (
          turn.label === null &&
          turn.paragraphs.every((p) => NARRATIVE.test(p.text) || HEADING_LIKE.test(p.text))
        ) {
          // The record's own narration ("The House met at 10 a.m.", "Prayers"): not speech. A
          // turn that carries a label (even one nobody answers to) is speech, and keeps its label.
          for (const paragraph of turn.paragraphs) {
            blocks.push(
              NARRATIVE.test(paragraph.text)
                ? {
                    type: 'stageDirection',
                    id: '',
                    children: [{ type: 'text', value: paragraph.text }],
                    place: paragraph.place,
                  }
                : {
                    type: 'heading',
                    id: '',
                    depth: 2,
                    children: [{ type: 'text', value: paragraph.text }],
                    place: paragraph.place,
                  },
            );
          }
          continue;
        } else {
          turn = {
            ...turn,
            method: 'unknown',
            confidence: 0,
            evidence: [...turn.evidence, 'no label, and no evidence points to any participant'],
          };
          diagnostics.push(
            diagnostic(
              'warning',
              'speaker-unknown',
              'No label and no evidence for a speaker: the turn is left unattributed.',
              turn.place,
            ),
          );
        }
      }
      blocks.push(turn);
      previous = turn;
    }
    return { ...draft, blocks, diagnostics: [...draft.diagnostics, ...diagnostics] };
  },
};
