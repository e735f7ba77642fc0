/**
 * @module normalise/passes/heading-questions
 * Pass `heading-questions`: a written interview that prints each question as a heading and the
 * answer as the paragraphs under it, with no labels at all ("### Could you tell us something about
 * yourself?"). Where the page says it is an interview (its title or kind), three or more
 * headings ask a question, they are most of the document's headings, and each has words under
 * it, each question is a turn of the anonymous interviewer
 * and the paragraphs under it an answer: the interviewee's where the title names them ("Interview
 * with Natasa"), unattributed otherwise; what stands before the first question is the page's
 * introduction, a stage direction. Inferred, with evidence a person can check; info
 * diagnostic `questions-as-headings`. A labelled document, one whose headings are mostly
 * statements, and a talk that heads its sections with questions are left alone.
 */
import { QUESTIONER_ID } from '../../model/nodes.js';
import {
  diagnostic,
  isDraftTurn,
  textDirection,
  type Draft,
  type DraftBlock,
  type DraftTurn,
  type Pass,
} from '../draft.js';
import { anonymousQuestioner, asksQuestions, interviewedIn, intervieweeOfTitle } from '../people.js';

/** At least this many question headings make an interview. */
const MIN_QUESTIONS = 3;
/** Question headings must be at least this share of the headings with words in them. */
const MIN_SHARE = 0.6;

/** A title or kind that says the page is an interview. */
export const INTERVIEW_PAGE =
  /\b(?:interview|Q\s?&\s?A|questions and answers|in conversation|entretien|gespräch|intervist[ae]|entrevista)/i;

function headingText(block: DraftBlock): string | null {
  if (block.type !== 'heading') return null;
  return block.children
    .map((child) => (child.type === 'text' ? child.value : ''))
    .join('')
    .trim();
}

/** Words that ask a question: a question mark at their end, closing quotes or marks after it. */
export function isQuestion(text: string): boolean {
  return /\?["”’')\]*]*$/u.test(text) && /\p{L}/u.test(text);
}

/**
 * Words that ask: a question, or a question then a request or a second sentence ("Why Thailand?
 * Tell us about a typical day.").
 */
function asks(text: string): boolean {
  return isQuestion(text) || /\?["”’]*\s+\p{Lu}[^?]*[.!]["”’)\]*_]*$/u.test(text);
}

/** A paragraph set in bold or italics and nothing else (`**What made you start?**`, `*Why?*`). */
const EMPHASISED_PARAGRAPH = /^\s*(\*{1,3}|_{1,2})(?=\S)(.+?)(?<=\S)\1\s*$/u;

/** The words of a paragraph set in bold or italics and nothing else; undefined for any other. */
function emphasisedWords(text: string): string | undefined {
  const match = EMPHASISED_PARAGRAPH.exec(text);
  // ("*What* is *this*": two emphases in one paragraph, not one.)
  return match && !match[2]!.includes(match[1]!) ? match[2] : undefined;
}

/**
 * The blocks with each question printed as a paragraph in bold or italics made a heading, as a written
 * interview prints them when it has no headings (`**Was it hard to find money?**`); null where
 * fewer than three such paragraphs ask a question or they are not most of them.
 */
function emphasisedQuestionsAsHeadings(blocks: readonly DraftBlock[], least = MIN_QUESTIONS): DraftBlock[] | null {
  // (Only unattributed turns: a turn `emphasised-voice` gave someone is read already.)
  const bold = blocks.flatMap((b) =>
    isDraftTurn(b) && b.speaker === null ? b.paragraphs.flatMap((p) => emphasisedWords(p.text) ?? []) : [],
  );
  const asking = bold.filter(asks);
  // (Where the headings ask already, `least` 1, the share is not asked: a page's captions are in italics too.)
  if (asking.length === 0 || asking.length < least || (least > 1 && asking.length < bold.length * MIN_SHARE))
    return null;
  return blocks.flatMap((block): DraftBlock[] => {
    if (!isDraftTurn(block) || block.speaker !== null) return [block];
    const out: DraftBlock[] = [];
    let pending: DraftTurn['paragraphs'] = [];
    const flush = () => {
      if (pending.length > 0) out.push({ ...block, paragraphs: pending, place: pending[0]!.place });
      pending = [];
    };
    for (const paragraph of block.paragraphs) {
      const words = emphasisedWords(paragraph.text);
      if (words !== undefined && asks(words)) {
        flush();
        out.push({
          type: 'heading',
          id: '',
          depth: 3,
          children: [{ type: 'text', value: words }],
          place: paragraph.place,
        });
      } else pending.push(paragraph);
    }
    flush();
    return out;
  });
}

/** How many headings ask a question, where they are most of the headings with words; 0 otherwise. */
function questionHeadings(texts: readonly (string | null)[]): number {
  const worded = texts.filter((t): t is string => t !== null && /\p{L}/u.test(t));
  const questions = worded.filter(isQuestion);
  return questions.length >= worded.length * MIN_SHARE ? questions.length : 0;
}

/** The turn right under the block at `index`, before any other heading; undefined where a heading comes first. */
function turnUnder(blocks: readonly DraftBlock[], index: number): DraftTurn | undefined {
  const next = blocks.slice(index + 1).find((b) => b.type === 'heading' || isDraftTurn(b));
  return next !== undefined && isDraftTurn(next) ? next : undefined;
}

/** A heading's question as a turn of the anonymous interviewer, inferred, with its evidence. */
function questionTurn(text: string, block: DraftBlock, evidence: string): DraftTurn {
  const place = block.place ?? { line: 0 };
  return {
    type: 'draftTurn',
    speaker: QUESTIONER_ID,
    label: null,
    labelForm: null,
    function: 'question',
    method: 'inferred',
    confidence: 0.8,
    evidence: [evidence],
    paragraphs: [{ text, place, blankLinesBefore: 1 }],
    place,
  };
}

/** Front-matter fields that describe the page (`seo_title`, `subtitle`, `description`, `categories`, a blog's `column`): their values. */
export function frontMatterDescriptions(draft: Draft): string[] {
  return draft.removed
    .filter((entry) => entry.reason === 'front-matter')
    .flatMap((entry) => entry.text.split(/\r?\n/))
    .map(
      (line) =>
        /^\s*(?:seo_title|subtitle|description|excerpt|summary|categories|category|type|column|section)\s*:\s*(.+)$/i.exec(
          line,
        )?.[1],
    )
    .filter((value): value is string => value !== undefined)
    .map((value) => value.trim().replace(/^["']|["']$/g, ''));
}

/**
 * A written interview whose answers are labelled and whose questions are headings (`## 1. Why did
 * you start your podcast?` over `**Emma** - …` and `**Zoe** - …`): where three or more headings
 * ask, they are most of the headings with words, two or more people answer under them, each
 * question heading has a labelled turn right under it, and nobody labelled asks the questions (an
 * interviewer, host or moderator), each question heading is a turn of the anonymous interviewer.
 */
function labelledAnswers(draft: Draft): Draft {
  const blocks = draft.blocks;
  const texts = blocks.map(headingText);
  if (questionHeadings(texts) < MIN_QUESTIONS) return draft;
  // (A questioner labelled `Q`, or one whose name or role says they ask.)
  if (draft.participants.some(asksQuestions)) return draft;
  const answerers = new Set(
    blocks.filter(isDraftTurn).flatMap((b) => (b.label !== null && b.speaker ? [b.speaker] : [])),
  );
  if (answerers.size < 2) return draft;
  const answered = texts.every(
    (text, index) => text === null || !isQuestion(text) || (turnUnder(blocks, index)?.label ?? null) !== null,
  );
  if (!answered) return draft;
  const participants = [...draft.participants];
  if (!participants.some((p) => p.id === QUESTIONER_ID)) participants.push(anonymousQuestioner());
  let count = 0;
  const out = blocks.map((block, index): DraftBlock => {
    const text = texts[index];
    if (text === null || text === undefined || !isQuestion(text)) return block;
    count++;
    return questionTurn(
      text,
      block,
      'printed as a heading that asks a question, over the labelled answers, in an interview that prints its questions as headings',
    );
  });
  return {
    ...draft,
    participants,
    blocks: out,
    diagnostics: [
      ...draft.diagnostics,
      diagnostic(
        'info',
        'questions-as-headings',
        `${count} headings ask the questions the labelled speakers answer: read as the interviewer's turns.`,
      ),
    ],
  };
}

export const headingQuestions: Pass = {
  name: 'heading-questions',
  run(draft: Draft): Draft {
    if (draft.blocks.some((b) => isDraftTurn(b) && b.label !== null)) return labelledAnswers(draft);
    // Questions in bold or italic paragraphs are read as questions in headings are.
    const emphasised = emphasisedQuestionsAsHeadings(draft.blocks);
    let blocks = emphasised ?? draft.blocks;
    // Only a page that says it is an interview: a talk may print its sections as questions.
    // (Or a field of its front matter: `seo_title: "An Interview With Jane Roe"`, a description.)
    const described = frontMatterDescriptions(draft);
    const says = `${draft.meta.title ?? ''} ${draft.meta.kind ?? ''} ${described.join(' ')}`;
    if (!INTERVIEW_PAGE.test(says)) return draft;
    // (Where the headings ask the questions, a question the page set in bold instead, once or
    // twice, is one of them too.)
    if (!emphasised && questionHeadings(blocks.map(headingText)) >= MIN_QUESTIONS)
      blocks = emphasisedQuestionsAsHeadings(draft.blocks, 1) ?? blocks;
    const texts = blocks.map(headingText);
    const questions = texts.filter((t): t is string => t !== null && isQuestion(t));
    if (questionHeadings(texts) < MIN_QUESTIONS) return draft;
    // Every question heading has words under it before the next heading.
    const answered = texts.every(
      (text, index) => text === null || !isQuestion(text) || (turnUnder(blocks, index)?.paragraphs.length ?? 0) > 0,
    );
    if (!answered) return draft;
    // A request printed as the questions are ("#### **Tell us about your childhood.**" among
    // "#### **How did you start?**"): the same depth and emphasis, a sentence, answered under it.
    const shape = (index: number) => {
      const block = blocks[index]!;
      const text = texts[index] ?? '';
      return block.type === 'heading' ? `${block.depth}|${/^(\*{1,3}|_{1,2}).*\1$/.test(text)}` : '';
    };
    const questionShapes = new Map<string, number>();
    texts.forEach((text, index) => {
      if (text !== null && isQuestion(text))
        questionShapes.set(shape(index), (questionShapes.get(shape(index)) ?? 0) + 1);
    });
    const commonShape = [...questionShapes].sort((a, b) => b[1] - a[1])[0]?.[0];
    const asksHere = (index: number): boolean => {
      const text = texts[index];
      if (text === null || text === undefined || blocks[index]!.type !== 'heading') return false;
      if (asks(text)) return true;
      return (
        shape(index) === commonShape &&
        /[.!]["”’)\]*_]*$/u.test(text) &&
        text.split(/\s+/).length >= 4 &&
        (turnUnder(blocks, index)?.paragraphs.length ?? 0) > 0
      );
    };
    const participants = [...draft.participants];
    if (!participants.some((p) => p.id === QUESTIONER_ID)) participants.push(anonymousQuestioner());
    const person =
      [draft.meta.title, ...described].map((t) => intervieweeOfTitle(t, participants)).find((p) => p !== null) ??
      // (Or an interview page titled with one person's name: "Daniel Stenberg".)
      interviewedIn(draft.meta.title, participants);
    if (person && !participants.includes(person)) participants.push(person);
    const out: DraftBlock[] = [];
    let afterQuestion = false;
    let asked = false;
    blocks.forEach((block, index) => {
      const text = texts[index];
      if (text !== null && text !== undefined && asksHere(index)) {
        const question = questionTurn(
          text,
          block,
          asks(text)
            ? 'printed as a heading that asks a question, in an interview that prints its questions as headings'
            : 'a request printed as the questions are, a heading with the answer under it, in an interview that prints its questions as headings',
        );
        out.push(question);
        afterQuestion = true;
        asked = true;
        return;
      }
      // Before the first question: the page's introduction to the interview ("Maya Chen has run
      // the museum for twenty years. We spoke in her office."), the editor's words, not speech.
      if (isDraftTurn(block) && !asked && block.speaker === null) {
        for (const paragraph of block.paragraphs) out.push(textDirection(paragraph.text, paragraph.place));
        return;
      }
      if (isDraftTurn(block) && afterQuestion && block.speaker === null) {
        out.push({
          ...block,
          function: 'answer',
          ...(person
            ? {
                speaker: person.id,
                method: 'inferred' as const,
                confidence: 0.8,
                evidence: [
                  ...block.evidence,
                  `answers the question printed as a heading above it, and the title names ${person.name} as the one interviewed`,
                ],
              }
            : { evidence: [...block.evidence, 'answers the question printed as a heading above it'] }),
        });
        afterQuestion = false;
        return;
      }
      if (block.type === 'heading') afterQuestion = false;
      out.push(block);
    });
    return {
      ...draft,
      blocks: out,
      participants,
      diagnostics: [
        ...draft.diagnostics,
        diagnostic(
          'info',
          'questions-as-headings',
          `${questions.length} headings ask questions and have the answers under them: read as an interview's questions and answers${person ? `, the answers given to ${person.name}, whom the title names` : ''}.`,
        ),
      ],
    };
  },
};
