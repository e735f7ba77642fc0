/**
 * @module normalise/passes/emphasised-voice
 * Pass `emphasised-voice`: a written interview that sets the interviewer's words in bold and the
 * answers in roman, paragraph by paragraph, with no label after the first exchange (or none at
 * all): `**KATIE DRUMMOND: Welcome.**` / `**KARA SWISHER:** Thank you.` / `**Next time.**` /
 * `Who’s that behind you?`. Where six or more whole paragraphs in bold are sentences, three or
 * more of them ask a question, and nearly every one is followed by a paragraph in roman, each bold
 * paragraph is a turn of the bold voice and the roman paragraphs after it a turn of the other:
 * - labelled: the one speaker whose labelled words are set in bold is the bold voice, and the one
 *   labelled in roman the other; where nobody labelled is set in bold and nobody labelled asks
 *   (`**Kumail:** …` answering unlabelled bold questions), the bold voice is the anonymous
 *   interviewer, the labelled speakers answering;
 * - unlabelled, on a page that says it is an interview (title or kind): the anonymous interviewer,
 *   and the interviewee the title names (unattributed where it names nobody).
 * What stands unlabelled before the first bold paragraph is the page's introduction, a stage
 * direction. Inferred, with
 * evidence a person can check; info diagnostic `emphasised-voice`. Bold headings (no sentence) and
 * a page whose bold paragraphs do not alternate with roman ones are left alone.
 */
import { QUESTIONER_ID, type Participant } from '../../model/nodes.js';
import {
  diagnostic,
  isDraftTurn,
  textDirection,
  type Draft,
  type DraftBlock,
  type DraftParagraph,
  type DraftTurn,
  type Pass,
} from '../draft.js';
import { addressedPerson, anonymousQuestioner, asksQuestions, interviewedIn } from '../people.js';
import { showsInterview } from './caption-dialogue.js';
import { frontMatterDescriptions, INTERVIEW_PAGE, isQuestion } from './heading-questions.js';

/** At least this many bold sentences make the convention. */
const MIN_BOLD = 6;
/** At least this many of them ask a question. */
const MIN_QUESTIONS = 3;
/** At least this share of the bold paragraphs are followed by a paragraph in roman. */
const MIN_ALTERNATION = 0.8;

/** A paragraph in bold and nothing else: `**Next time.**`, `__Why?__`. */
const BOLD_PARAGRAPH = /^\s*(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1\s*$/su;

/** A sentence's end: a stop, a question or exclamation mark, an ellipsis, then closing quotes. */
const SENTENCE_END = /[.?!…]["”’')\]]*$/u;

/** The words of a paragraph set wholly in bold, when they make a sentence; undefined otherwise. */
function boldSentence(text: string): string | undefined {
  const words = BOLD_PARAGRAPH.exec(text)?.[2]?.trim();
  return words !== undefined && SENTENCE_END.test(words) && /\p{L}/u.test(words) ? words : undefined;
}

interface Voices {
  bold: Participant | null;
  roman: Participant | null;
  participants: Participant[];
  how: string;
}

/** Who the bold and the roman voices are; null where the page does not say. */
function voicesOf(draft: Draft, turns: readonly DraftTurn[]): Voices | null {
  const labelled = turns.filter((turn) => turn.label !== null && turn.speaker !== null);
  const byId = new Map(draft.participants.map((p) => [p.id, p]));
  if (labelled.length > 0) {
    const bold = new Set<string>();
    const roman = new Set<string>();
    for (const turn of labelled) {
      const first = turn.paragraphs[0];
      if (first) (boldSentence(first.text) !== undefined ? bold : roman).add(turn.speaker!);
    }
    // Nobody labelled in bold, and nobody labelled who asks: the bold questions are an interviewer's
    // the page never labels, the labelled speakers (set in roman) those who answer them.
    const asks = (id: string) => {
      const p = byId.get(id);
      return p !== undefined && asksQuestions(p);
    };
    if (bold.size === 0 && roman.size >= 1 && ![...roman].some(asks)) {
      const participants = [...draft.participants];
      let questioner = participants.find((p) => p.id === QUESTIONER_ID);
      if (!questioner) participants.push((questioner = anonymousQuestioner()));
      const [only] = roman;
      const answering = roman.size === 1 ? (byId.get(only!) ?? null) : null;
      return {
        bold: questioner,
        roman: answering,
        participants,
        how: 'the questions in bold are never labelled, and the labelled speakers, in roman, answer them',
      };
    }
    if (bold.size !== 1 || roman.size !== 1) return null;
    const [boldId] = bold;
    const [romanId] = roman;
    if (boldId === romanId) return null;
    const boldVoice = byId.get(boldId!) ?? null;
    const romanVoice = byId.get(romanId!) ?? null;
    if (!boldVoice || !romanVoice) return null;
    return {
      bold: boldVoice,
      roman: romanVoice,
      participants: [...draft.participants],
      how: `${boldVoice.name}’s labelled words are set in bold and ${romanVoice.name}’s in roman`,
    };
  }
  // The page says it is an interview, or its bold questions to "you" are answered in the first person.
  const says = INTERVIEW_PAGE.test(
    `${draft.meta.title ?? ''} ${draft.meta.kind ?? ''} ${frontMatterDescriptions(draft).join(' ')}`,
  );
  const unemphasised = turns.flatMap((turn) =>
    turn.paragraphs.map((p) => ({ ...p, text: boldSentence(p.text) ?? p.text })),
  );
  if (!says && !showsInterview(unemphasised)) return null;
  const participants = [...draft.participants];
  let questioner = participants.find((p) => p.id === QUESTIONER_ID);
  if (!questioner) participants.push((questioner = anonymousQuestioner()));
  const titled = interviewedIn(draft.meta.title, participants);
  // (Or the first question greets them by given name, and the page names one person so in full:
  // "Ciao Francesca, …" on a page that introduces "la giornalista Francesca Monti".)
  const firstBold = turns.flatMap((turn) => turn.paragraphs.map((p) => boldSentence(p.text))).find((w) => w);
  const page = [
    ...turns.flatMap((turn) => turn.paragraphs.map((p) => p.text)),
    ...frontMatterDescriptions(draft),
    draft.meta.title ?? '',
  ].join(' ');
  const greeted = titled ? null : firstBold ? addressedPerson(firstBold, page) : null;
  const person = titled ?? greeted;
  if (person && !participants.some((p) => p.id === person.id)) participants.push(person);
  const shown = says ? 'the page is an interview' : 'its questions to “you” are answered in the first person';
  const named = titled
    ? `, the title names ${titled.name}`
    : greeted
      ? `, the first question greets ${greeted.name} by name`
      : '';
  return {
    bold: questioner,
    roman: person,
    participants,
    how: `${shown}${named}, and the questions are printed in bold`,
  };
}

export const emphasisedVoice: Pass = {
  name: 'emphasised-voice',
  run(draft: Draft): Draft {
    const turns = draft.blocks.filter(isDraftTurn);
    // The words of each paragraph set wholly in bold as a sentence (undefined for any other).
    const boldWords = new Map(turns.flatMap((turn) => turn.paragraphs.map((p) => [p, boldSentence(p.text)] as const)));
    const bold = [...boldWords.values()].map((words) => words !== undefined);
    const boldCount = bold.filter(Boolean).length;
    if (boldCount < MIN_BOLD) return draft;
    const asking = [...boldWords.values()].filter((words) => words !== undefined && isQuestion(words)).length;
    if (asking < MIN_QUESTIONS) return draft;
    const followed = bold.filter((isBold, i) => isBold && bold[i + 1] === false).length;
    if (followed < boldCount * MIN_ALTERNATION) return draft;
    // Labels on most bold paragraphs: a labelled transcript, whose labels already say who speaks.
    const unlabelledBold = turns.flatMap((turn) =>
      turn.paragraphs.filter((p, i) => (i > 0 || turn.label === null) && boldWords.get(p) !== undefined),
    );
    if (unlabelledBold.length < MIN_BOLD) return draft;
    const voices = voicesOf(draft, turns);
    if (!voices) return draft;
    const evidenceBold = `set in bold, as the bold voice’s words are throughout (${boldCount} paragraphs in bold, each followed by one in roman): ${voices.how}`;
    const evidenceRoman = `set in roman after a paragraph in bold, as the answers are throughout: ${voices.how}`;
    let started = false;
    const blocks = draft.blocks.flatMap((block): DraftBlock[] => {
      if (!isDraftTurn(block)) return [block];
      const out: DraftBlock[] = [];
      let current: DraftTurn | null = null;
      let currentBold = false;
      block.paragraphs.forEach((paragraph: DraftParagraph, index) => {
        const words = boldWords.get(paragraph);
        const isBold = words !== undefined;
        if (index === 0 && block.label !== null) {
          out.push((current = { ...block, paragraphs: [paragraph] }));
          currentBold = isBold;
          started ||= isBold;
          return;
        }
        if (!started && !isBold) {
          // Before the first bold paragraph, unlabelled: the page's introduction ("Ines Moreau's
          // second novel …"), the editor's words, not speech; else the turn as it was.
          if (block.label === null && block.speaker === null) out.push(textDirection(paragraph.text, paragraph.place));
          else if (current) current.paragraphs.push(paragraph);
          else out.push((current = { ...block, paragraphs: [paragraph] }));
          return;
        }
        started = true;
        const voice = isBold ? voices.bold : voices.roman;
        // (The same voice goes on: an unlabelled turn of it, or its labelled turn.)
        if (
          current !== null &&
          currentBold === isBold &&
          (current.label === null || (current.speaker ?? null) === (voice?.id ?? null))
        ) {
          current.paragraphs.push(paragraph);
          return;
        }
        currentBold = isBold;
        current = {
          type: 'draftTurn',
          speaker: voice?.id ?? null,
          label: null,
          labelForm: null,
          function: isBold ? (isQuestion(words) ? 'question' : null) : 'answer',
          method: voice ? 'inferred' : 'unknown',
          confidence: voice ? 0.8 : 0,
          evidence: [isBold ? evidenceBold : evidenceRoman],
          paragraphs: [paragraph],
          place: paragraph.place,
        };
        out.push(current);
      });
      return out;
    });
    return {
      ...draft,
      blocks,
      participants: voices.participants,
      diagnostics: [
        ...draft.diagnostics,
        diagnostic(
          'info',
          'emphasised-voice',
          `${boldCount} paragraphs set wholly in bold, each followed by one in roman: each read as a turn of ${voices.bold?.name ?? 'the interviewer'} and the paragraphs after it as ${voices.roman ? `${voices.roman.name}’s` : 'the answer (unattributed)'}.`,
        ),
      ],
    };
  },
};
