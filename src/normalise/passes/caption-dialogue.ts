/**
 * @module normalise/passes/caption-dialogue
 * Pass `caption-dialogue`: a caption file (SRT, WebVTT) with no speaker labels and no `>>` marks
 * — a speech recogniser's subtitles of a hearing or an interview — reaches this pass as one
 * unattributed turn of many cues. A careful reader still hears the voices change, cue by cue,
 * where the words say so. Each rule below starts a new turn at a cue, and says why:
 *  - `oath`: the oath recited ("I do hereby affirm that I will tell the truth …") is the
 *    witnesses' (a turn of its own, nobody named), and whatever follows it is somebody else's;
 *    after "repeat after me" the oath, said line by line and echoed, stays with the one who
 *    administers it, and the cue after the echoes starts a new turn; a request to swear a
 *    witness in ("Would you please swear in the witness?") hands over to the one who does;
 *  - `called-by-name`: a cue that ends calling a person by name to speak ("Jane Roe, if you could
 *    begin.", "I now call on Dr. Jane Roe.") — the next cue is that person's, named;
 *  - `asked-by-name`: a question put to a person by name ("… if I could ask Mr. Roe how long we
 *    have?") — the next cue is their reply, named; a short question right after a reply of one
 *    cue goes on with the same exchange (the asker again, unnamed, then the one asked), and when
 *    such a quick exchange ends, the cue after the last reply is somebody's nobody names;
 *  - `called-to-speak`: a call that names nobody ("The gentlewoman from Ohio is recognized for
 *    five minutes.", "You may proceed.") ending a cue — the next cue is somebody else's, unnamed;
 *  - `thanks-by-name`: a cue opening with thanks to the person who spoke before, by name ("Thank
 *    you, Mr. Price.") — somebody else speaks, unnamed;
 *  - `time-call`: a cue that only tells the speaker their time ("You've got about two minutes.",
 *    "Your time has expired.") is somebody else's (nobody named), and the cue after it gives the
 *    floor back to the one interrupted ("You have two minutes to decide." in a talk is no call);
 *  - `short-answer`: where one of the rules above has shown a change of voice, a question
 *    answered by a cue that is only "Yes.", "No, sir." or "I do." — the answer is another's,
 *    unnamed (who speaks after it is not shown: the one who asked goes on, or the one who
 *    answered does); in a talk with none of the above, "Did it work?" / "Yes." is the speaker
 *    answering themselves;
 *  - `interview`: a questioner asking and another answering, shown by at least four exchanges in
 *    which a question put to "you" — not the "you" of anyone a talk asks ("Have you ever …?",
 *    "What would you do?", "How many of you …?") — is followed by a cue that answers for itself
 *    (opening "Yes", "No", a number, or "I …"/"We …"; not "Well, you could …"). Then every
 *    question that ends a cue (not quoted or reported: "I said, where are we going?") and is
 *    followed by a new sentence starts a turn of the anonymous questioner, from the cue where the
 *    question's sentence begins, and the next cue starts an answer; so does a remark to "you"
 *    ("But you're still concerned.") answered that way, and a short remark answered "Yes"/"No".
 *    The one who answers stays unattributed (`function: answer`): nothing in the text names
 *    them, and one voice answering cannot be told from two.
 * Nothing happens unless the file is made of caption cues, has no participant and no label, and
 * one of these rules finds a change of voice; a talk that asks itself questions ("Why does this
 * matter? Because …") has no oath, no call by name, no time call, and not four questions to
 * "you" answered as an interviewee answers, so it stays one turn. Turns made here are `inferred`
 * when somebody is named or the questioner asks, and `unknown` otherwise, each with the sentence
 * that decided it; one `dialogue-from-captions` diagnostic counts them by rule.
 *
 * The `interview` rule also reads prose, each paragraph a cue that always begins a sentence
 * (`findInterviewTurns`, `showsInterview`): `prose-interview` and `emphasised-voice` use it.
 */
import type { Participant, TurnFunction } from '../../model/nodes.js';
import { diagnostic, isDraftTurn, type Draft, type DraftTurn, type Pass } from '../draft.js';
import { anonymousQuestioner, looksLikePersonalName, personFromName } from '../people.js';

type Paragraph = DraftTurn['paragraphs'][number];

/** Why a turn starts at a cue, and whose it is. */
interface Start {
  speaker: Participant | null;
  function: TurnFunction | null;
  rule: string;
  evidence: string;
}

/** Exchanges of question and answer that make a file an interview. */
const INTERVIEW_EXCHANGES = 4;
/** The most words of a time call, and of a follow-up question in a named exchange. */
const ASIDE_WORDS = 16;
/** Cues around an oath searched for a word of swearing in. */
const OATH_CONTEXT_CUES = 15;

const ENDS_SENTENCE = /[.?!…]["”’)]*\s*$/u;
const ENDS_QUESTION = /\?\s*$/;
const STARTS_SENTENCE = /^["“‘(]?[\p{Lu}\p{N}]/u;
/** A cue cut off mid-word or mid-sentence ("when I got done-"). */
const CUT_OFF = /[\p{L}\p{N}][-–—]\s*$/u;
const QUOTE = /["“”]/;
/** A question somebody reports rather than asks ("I said, where are we going?"). */
const REPORTED =
  /\b(?:I|he|she|they|we|you|it)\s+(?:said|says|asked|asks|told|tells|wondered|thought|goes|went)\b|\b(?:said|asked)\s*,/i;
/** A question tagged on to a statement ("…, you know?", "Right?"): the speaker goes on, nobody is asked. */
const TAG_QUESTION =
  /(?:^|,\s*)(?:you know(?: what I mean)?|you see|right|okay|ok|huh|eh|isn['’]t it|no|yes|yeah|see|remember)\?\s*$/i;
/** "You" addressed to the listener (not "you know", "thank you"). */
const SECOND_PERSON = /\byou(?:r|rs|rself|['’](?:re|ve|d|ll))?\b/i;
const FILLER_YOU = /\b(?:you know|thank you|thanks to you|mind you|see you)\b/gi;
/** Questions a talk asks its audience, "you" being anyone ("Have you ever …?", "What would you do?"). */
const RHETORICAL_YOU =
  /\b(?:have you ever|did you ever|ever wonder(?:ed)?|are you (?:with me|ready|still with me)|how would you|what if you|would you|do you (?:know|think|see|remember|notice|agree)|did you know|how many of you|(?:can|could) you (?:imagine|guess|believe)|should you|if you (?:were|had|could)|you might|you may|you['’]d|what do you (?:think|see|get|notice|do))\b/i;
/** The opening of a cue that answers for oneself, as the one interviewed does (not "Well, you could …"). */
const ANSWER_AS_ASKED =
  /^["“]?(?:(?:yes|yeah|yep|yup|no|nope|nah|not (?:yet|really|at all))\b|\d|(?:(?:and|but|so|well|oh|yes|yeah|no)[,.]?\s+)?(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|my|our)\b)/iu;
/** A cue that is only an answer: "Yes.", "No, sir.", "I do.", "Correct." */
const BARE_ANSWER =
  /^["“]?(?:yes|yeah|yep|no|nope|i do|i will|we do|correct|that['’]s (?:right|correct)|right|absolutely|certainly|of course)(?:,?\s+(?:sir|ma['’]am|madam chair|mr\.? chairman|senator))?[.!]?["”]?\s*$/i;
/** A cue that answers yes or no. */
const YES_NO = /^["“]?(?:yes|yeah|yep|yup|no|nope|nah|not (?:yet|really))\b/i;
/** A remark put to the listener: a sentence whose subject is "you" ("But you're still concerned."). */
const REMARK_TO_YOU = /^["“]?(?:(?:and|but|so|now|then|well)[,]?\s+)?(?:you(?:['’](?:re|ve|d|ll))?|your)\b/i;
/** "you" as the subject later in a remark ("And then the other thing is, of course, you really weren't able …"). */
const YOU_INSIDE =
  /,\s+you\s+(?:really\s+)?(?:were|weren['’]t|are|aren['’]t|had|did|didn['’]t|must|can|could|couldn['’]t)\b/i;
/** The most words of a remark that a bare "Yes" or "No" answers, and of one put to "you". */
const REMARK_WORDS = 20;
const REMARK_TO_YOU_WORDS = 30;

/** The oath said by a witness. */
const OATH =
  /^["“]?(?:I,?\s+(?:[\p{Lu}][\p{L}'’.-]*\s*){1,4},\s+)?I\s+(?:do\s+)?(?:hereby\s+|solemnly\s+|sincerely\s+)*(?:swear|affirm)\b/u;
const SWEARING_IN =
  /\b(?:sworn|swear(?:ing)?\s+(?:in|the witness|them|him|her)|repeat after me|raise your right hands?|take the oath|administer(?:ing)? the oath|under oath)\b/i;
/** A request that somebody else swear the witness in. */
const SWEAR_IN_REQUEST =
  /\b(?:swear in the witness(?:es)?|swear (?:the witness(?:es)?|them|him|her) in|administer the oath)\b/i;
const REPEAT_AFTER_ME = /\brepeat after me\b/i;

const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Mister|Miss|Senator|Congressman|Congresswoman|Representative|Professor|General|Colonel|Admiral|Captain|Major|Judge|Ambassador|Commissioner)\.?`;
const CAPITALISED = String.raw`[\p{Lu}][\p{L}\p{M}'’-]+`;
const PERSON = String.raw`(?:${HONORIFIC}\s+)?${CAPITALISED}(?:\s+${CAPITALISED}){0,2}`;
const TITLED = String.raw`${HONORIFIC}\s+${CAPITALISED}(?:\s+${CAPITALISED})?`;
/** A call by name to speak, ending its cue. */
const CALL_BY_NAME = [
  new RegExp(
    String.raw`(?:^|[.!?]\s+)(?:(?:and|so|now|okay|ok|all right)[,.]?\s+)?(${PERSON})\s*,\s*(?:(?:if you (?:could|would|will|want to|wish to)|would you|could you|please|you may|you can)\s+(?:please\s+)?(?:begin|start|proceed|go ahead|testify|give your (?:opening )?statement)|you have the floor|the floor is yours|you(?:['’]re| are) (?:up|next|recogni[sz]ed))(?:\s+(?:now|please))?\s*[.!]?\s*$`,
    'u',
  ),
  new RegExp(
    String.raw`(?:^|[.!?]\s+)(?:(?:and|so|now)[,]?\s+)?(?:I|we)(?:['’]ll| will| would like to| now)?\s+(?:now\s+)?(?:call on|call upon|recogni[sz]e|invite|turn (?:it )?over to|hand (?:it )?over to)\s+(${PERSON})(?:\s+to\s+(?:speak|testify|begin|give (?:his|her|their) statement))?\s*[.!]?\s*$`,
    'u',
  ),
];
/** A call to speak that names nobody ("The gentlewoman from Ohio is recognized for five minutes.", "You may proceed."), ending its cue. */
const UNNAMED_CALL = new RegExp(
  String.raw`(?:^|[.!?,]\s+)(?:(?:you(?:['’]re| are)|(?:the\s+)?(?:gentleman|gentlewoman|gentlelady|senator|member|witness)(?:\s+from\s+${CAPITALISED}(?:\s+${CAPITALISED})?)?\s+is)\s+(?:now\s+)?recogni[sz]ed(?:\s+for\s+(?:\w+\s+){0,2}(?:minutes?|seconds?))?|(?:you may|please|you can)\s+(?:now\s+)?(?:begin|proceed|go ahead)|the floor is yours)\s*[.!]?\s*$`,
  'iu',
);
/** Thanks to a person by name at the start of a cue ("Thank you, Mr. Price."). */
const THANKS_BY_NAME = new RegExp(
  String.raw`^["“]?(?:thank you|thanks)(?:\s+(?:very|so)\s+much)?,?\s+(${PERSON})\s*[.,!]`,
  'iu',
);
/** A question put to a person by name: "ask Mr. Roe …?", "Mr. Roe, …?", "…, Mr. Roe?". */
const ASKED_BY_NAME = [
  new RegExp(String.raw`\b(?:ask|asking)\s+(${TITLED})\b`, 'u'),
  new RegExp(String.raw`(?:^|[.!?]\s+)(?:(?:[Aa]nd|[Ss]o|[Nn]ow|[Bb]ut|[Oo]kay|[Ww]ell),?\s+)?(${TITLED})\s*,`, 'u'),
  new RegExp(String.raw`,\s*(${TITLED})\s*\?\s*$`, 'u'),
];
/** A time call: the speaker told how much time is left. */
const TIME_CALL =
  /^["“]?(?:(?:okay|ok|so|and|sir|ma['’]am)[,]?\s+)?(?:you(?:['’]ve| have)\s+(?:got\s+)?(?:about\s+|only\s+|just\s+|roughly\s+)?(?:\d+|a|an|one|two|three|four|five|ten|half a)\b[^.?!]{0,40}?\b(?:minutes?|seconds?)(?:\s+(?:left|remaining|to go|more))?(?:\s+to\s+(?:wrap up|finish|conclude|sum up))?|your time (?:is up|has (?:expired|run out))|time['’]s up|(?:\d+|one|two|a|thirty|ten) (?:minutes?|seconds?) (?:left|remaining))\s*[.!]?\s*$/i;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function quoted(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 77)}…` : trimmed;
}

/** Where one sentence ends and the next begins (not after "Mr." and other abbreviations before a name). */
const SENTENCE_BOUNDARY =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Lt|Capt|Sen|Rep|Gov|Adm|Maj|No|vs)\.)(?<=[.?!…]["”’)]*)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u;

/** The last sentence of a cue's text (the whole text when it holds one). */
function lastSentence(text: string): string {
  const parts = text.trim().split(SENTENCE_BOUNDARY);
  return parts[parts.length - 1] ?? text;
}

/** The cues read for who speaks. */
class Cues {
  readonly texts: string[];
  /** `prose`: each unit is a paragraph, which always begins a sentence (a cue may not). */
  constructor(
    readonly paragraphs: readonly Paragraph[],
    private readonly prose = false,
  ) {
    this.texts = paragraphs.map((p) => p.text.trim());
  }
  get length(): number {
    return this.texts.length;
  }
  line(i: number): number {
    return this.paragraphs[i]!.place.line;
  }
  /** True when cue `i` begins a sentence (the cue before ended one). */
  startsSentence(i: number): boolean {
    if (i === 0 || this.prose) return true;
    return ENDS_SENTENCE.test(this.texts[i - 1]!) && STARTS_SENTENCE.test(this.texts[i]!);
  }
  /** The cue where the sentence that ends cue `i` begins (a sentence may run over cues). */
  sentenceStart(i: number): number {
    let at = i;
    while (at > 0 && !this.startsSentence(at) && i - at < 3) at--;
    return at;
  }
  /** The question that ends cue `i`, asked (not quoted, not reported), with the cue it begins in; or null. */
  questionAt(i: number): { from: number; text: string } | null {
    const text = this.texts[i]!;
    if (!ENDS_QUESTION.test(text)) return null;
    const from = this.sentenceStart(i);
    if (!this.startsSentence(from)) return null;
    const whole = this.texts.slice(from, i + 1).join(' ');
    const question = from === i ? lastSentence(text) : lastSentence(whole);
    if (QUOTE.test(question) || REPORTED.test(question) || TAG_QUESTION.test(question)) return null;
    return { from, text: whole };
  }
}

function addressesYou(text: string): boolean {
  return SECOND_PERSON.test(text.replace(FILLER_YOU, ' '));
}

/** The person a call by name names at the end of cue text, or null. */
function calledByName(text: string): string | null {
  for (const pattern of CALL_BY_NAME) {
    const match = pattern.exec(text);
    if (match && looksLikePersonalName(match[1]!)) return match[1]!;
  }
  return null;
}

/** The person a question is put to by name, or null. */
function askedByName(question: string): string | null {
  if (REPORTED.test(question) || /\basked\b/i.test(question)) return null;
  for (const pattern of ASKED_BY_NAME) {
    const match = pattern.exec(question);
    if (match && looksLikePersonalName(match[1]!)) return match[1]!;
  }
  return null;
}

/** Finds where turns start, rule by rule; an earlier rule's start at a cue is kept. */
class StartFinder {
  readonly starts = new Map<number, Start>();
  readonly people = new Map<string, Participant>();
  constructor(
    private readonly cues: Cues,
    readonly questioner: Participant = anonymousQuestioner(),
  ) {}

  private set(at: number, start: Start): void {
    if (at < 0 || at >= this.cues.length || this.starts.has(at)) return;
    this.starts.set(at, start);
  }

  /** The participant a name in the text stands for: "Mr. Price" after "Daniel Price" is him, "Ms. Price" is not. */
  private person(name: string): Participant {
    const found = personFromName(name.replace(/\s+/g, ' '))!;
    const title = (text: string) =>
      /^(?:Mr|Mrs|Ms|Miss|Mister)\b/i.exec(text)?.[0].toLowerCase().replace('mister', 'mr');
    let id = found.id;
    for (let n = 2; ; n++) {
      const known = this.people.get(id);
      if (!known) break;
      const [a, b] = [title(known.name), title(found.name)];
      if (!a || !b || a === b) return known;
      id = `${found.id}-${n}`;
    }
    const person = { ...found, id };
    this.people.set(id, person);
    return person;
  }

  /** The speaker of the turn running at cue `i` (the last start at or before it). */
  speakerAt(i: number): Participant | null {
    for (let at = i; at >= 0; at--) {
      const start = this.starts.get(at);
      if (start) return start.speaker;
    }
    return null;
  }

  oaths(): void {
    const { cues } = this;
    for (let i = 0; i < cues.length; i++) {
      const text = cues.texts[i]!;
      if (!OATH.test(text) || !cues.startsSentence(i)) continue;
      const around = cues.texts.slice(Math.max(0, i - OATH_CONTEXT_CUES), i + OATH_CONTEXT_CUES + 1).join(' ');
      if (!SWEARING_IN.test(around) && !/\btruth\b/i.test(text)) continue;
      const asked = [i - 1, i - 2].find((at) => at >= 0 && REPEAT_AFTER_ME.test(cues.texts[at]!));
      let end = i;
      if (asked !== undefined) {
        // Said line by line and echoed: the lines that repeat themselves or are repeated next.
        const echoed = (at: number) => {
          const t = cues.texts[at]!;
          const sentences = t.split(/(?<=[.!?])\s+/);
          const half = sentences.length % 2 === 0 && sentences.length > 0 ? sentences.length / 2 : 0;
          const doubled = half > 0 && sentences.slice(0, half).join(' ') === sentences.slice(half).join(' ');
          return doubled || t === cues.texts[at + 1] || t === cues.texts[at - 1];
        };
        while (end + 1 < cues.length && echoed(end + 1)) end++;
        this.set(end + 1, {
          speaker: null,
          function: null,
          rule: 'oath',
          evidence: `speaks after the oath said line by line after “repeat after me” (lines ${cues.line(asked)}–${cues.line(end)})`,
        });
        i = end;
        continue;
      }
      while (end < cues.length - 1 && !ENDS_SENTENCE.test(cues.texts[end]!)) end++;
      this.set(i, {
        speaker: null,
        function: null,
        rule: 'oath',
        evidence: `recites the oath (line ${cues.line(i)}: “${quoted(text)}”), the witness's words; the captions do not say who`,
      });
      this.set(end + 1, {
        speaker: null,
        function: null,
        rule: 'oath',
        evidence: `speaks after the oath of lines ${cues.line(i)}–${cues.line(end)}`,
      });
      i = end;
    }
    for (let i = 0; i + 1 < cues.length; i++) {
      const last = lastSentence(cues.texts[i]!);
      if (SWEAR_IN_REQUEST.test(last) && cues.startsSentence(i + 1))
        this.set(i + 1, {
          speaker: null,
          function: null,
          rule: 'oath',
          evidence: `asked to swear the witness in (line ${cues.line(i)}: “${quoted(last)}”), the one who administers the oath speaks`,
        });
    }
  }

  calls(): void {
    const { cues } = this;
    for (let i = 0; i + 1 < cues.length; i++) {
      const name = calledByName(cues.texts[i]!);
      if (!name || !cues.startsSentence(i + 1)) continue;
      this.set(i + 1, {
        speaker: this.person(name),
        function: null,
        rule: 'called-by-name',
        evidence: `called by name to speak on line ${cues.line(i)} (“${quoted(lastSentence(cues.texts[i]!))}”)`,
      });
    }
  }

  /** The cue after a call that names nobody is somebody else's, unnamed. */
  unnamedCalls(): void {
    const { cues } = this;
    for (let i = 0; i + 1 < cues.length; i++) {
      const last = lastSentence(cues.texts[i]!);
      if (!UNNAMED_CALL.test(last) || calledByName(cues.texts[i]!) || !cues.startsSentence(i + 1)) continue;
      this.set(i + 1, {
        speaker: null,
        function: null,
        rule: 'called-to-speak',
        evidence: `speaks after the call to speak on line ${cues.line(i)} (“${quoted(last)}”), which names nobody`,
      });
    }
  }

  /** Thanks to the one who spoke before, by name: somebody else thanks them. */
  thanksByName(): void {
    const { cues } = this;
    for (let i = 1; i < cues.length; i++) {
      if (!cues.startsSentence(i)) continue;
      const match = THANKS_BY_NAME.exec(cues.texts[i]!);
      const thanked = match && looksLikePersonalName(match[1]!) ? personFromName(match[1]!) : null;
      const before = this.speakerAt(i - 1);
      if (!thanked || !before || thanked.id !== before.id) continue;
      this.set(i, {
        speaker: null,
        function: null,
        rule: 'thanks-by-name',
        evidence: `thanks ${match![1]} (line ${cues.line(i)}), who spoke before: somebody else speaks; the captions do not say who`,
      });
    }
  }

  /** A question answered by a cue of one word or two ("Yes.", "I do."): the answer is another voice. */
  shortAnswers(): void {
    const { cues } = this;
    for (let i = 0; i + 1 < cues.length; i++) {
      const question = cues.questionAt(i);
      if (!question || !cues.startsSentence(i + 1) || !BARE_ANSWER.test(cues.texts[i + 1]!)) continue;
      this.set(i + 1, {
        speaker: null,
        function: 'answer',
        rule: 'short-answer',
        evidence: `answers “${quoted(cues.texts[i + 1]!)}” to the question on line ${cues.line(i)} (“${quoted(lastSentence(question.text))}”); the captions do not say who`,
      });
    }
  }

  /** True unless a question names somebody else than `person` ("And Ms. Price, …?" after Mr. Price). */
  private asksSame(question: string, person: Participant): boolean {
    const other = askedByName(lastSentence(question));
    return other === null || this.person(other) === person;
  }

  namedQuestions(): void {
    const { cues } = this;
    for (let i = 0; i + 1 < cues.length; i++) {
      const question = cues.questionAt(i);
      const name = question ? askedByName(lastSentence(question.text)) : null;
      if (!name || !cues.startsSentence(i + 1) || /^(?:he|she|they)\s+(?:said|says)\b/i.test(cues.texts[i + 1]!))
        continue;
      const person = this.person(name);
      this.set(i + 1, {
        speaker: person,
        function: 'answer',
        rule: 'asked-by-name',
        evidence: `answers the question put to ${name} on line ${cues.line(i)} (“${quoted(lastSentence(question!.text))}”)`,
      });
      // A reply of one cue, then a short question and its reply: the same two go on.
      let reply = i + 1;
      while (
        reply + 2 < cues.length &&
        ENDS_SENTENCE.test(cues.texts[reply]!) &&
        cues.startsSentence(reply + 1) &&
        ENDS_QUESTION.test(cues.texts[reply + 1]!) &&
        cues.questionAt(reply + 1)?.from === reply + 1 &&
        words(cues.texts[reply + 1]!) <= ASIDE_WORDS &&
        cues.startsSentence(reply + 2) &&
        this.asksSame(cues.texts[reply + 1]!, person)
      ) {
        this.set(reply + 1, {
          speaker: null,
          function: 'question',
          rule: 'asked-by-name',
          evidence: `asks ${name} again after the reply on line ${cues.line(reply)}; the captions do not say who asks`,
        });
        this.set(reply + 2, {
          speaker: person,
          function: 'answer',
          rule: 'asked-by-name',
          evidence: `answers the follow-up question on line ${cues.line(reply + 1)}, in the exchange with ${name} begun on line ${cues.line(i)}`,
        });
        reply += 2;
      }
      // A quick exchange of one-cue replies is over where no question follows a reply, or one
      // put to somebody else: what comes next is not shown to be the one asked.
      const next = reply + 1 < cues.length ? cues.questionAt(reply + 1) : null;
      const asksAnother =
        next?.from === reply + 1 && ENDS_SENTENCE.test(cues.texts[reply]!) && !this.asksSame(next.text, person);
      if ((reply > i + 1 || asksAnother) && reply + 1 < cues.length && cues.startsSentence(reply + 1))
        this.set(reply + 1, {
          speaker: null,
          function: null,
          rule: 'asked-by-name',
          evidence: `speaks after the exchange with ${name} (lines ${cues.line(i)}–${cues.line(reply)}); the captions do not say who`,
        });
    }
  }

  timeCalls(): void {
    const { cues } = this;
    for (let i = 1; i < cues.length; i++) {
      const text = cues.texts[i]!;
      if (words(text) > ASIDE_WORDS || !STARTS_SENTENCE.test(text)) continue;
      // A speaker cut off mid-word ("when I got done-") may be cut off by the time call.
      if (!TIME_CALL.test(text) || !(CUT_OFF.test(cues.texts[i - 1]!) || cues.startsSentence(i))) continue;
      const interrupted = this.speakerAt(i - 1);
      this.starts.set(i, {
        speaker: null,
        function: null,
        rule: 'time-call',
        evidence: `tells the speaker their time (line ${cues.line(i)}: “${quoted(text)}”); the captions do not say who keeps it`,
      });
      if (i + 1 < cues.length && cues.startsSentence(i + 1))
        this.set(i + 1, {
          speaker: interrupted,
          function: null,
          rule: 'time-call',
          evidence: interrupted
            ? `${interrupted.name} goes on after the time call on line ${cues.line(i)}`
            : `the one interrupted by the time call on line ${cues.line(i)} goes on`,
        });
    }
  }

  /** The exchanges that show an interview: a question to "you", then a cue that answers as one. */
  interviewExchanges(): number {
    const { cues } = this;
    let exchanges = 0;
    for (let i = 0; i + 1 < cues.length; i++) {
      const question = cues.questionAt(i);
      if (!question || !cues.startsSentence(i + 1)) continue;
      const asked = lastSentence(question.text);
      if (!addressesYou(asked) || RHETORICAL_YOU.test(asked)) continue;
      if (ANSWER_AS_ASKED.test(cues.texts[i + 1]!)) exchanges++;
    }
    return exchanges;
  }

  interview(): void {
    const { cues } = this;
    for (let i = 0; i + 1 < cues.length; i++) {
      if (!cues.startsSentence(i + 1)) continue;
      const question = cues.questionAt(i);
      if (question) {
        this.set(question.from, {
          speaker: this.questioner,
          function: 'question',
          rule: 'interview',
          evidence: `asks a question (line ${cues.line(i)}: “${quoted(lastSentence(question.text))}”), the interviewer of an interview in which questions and answers alternate`,
        });
        this.set(i + 1, {
          speaker: null,
          function: 'answer',
          rule: 'interview',
          evidence: `answers the question on line ${cues.line(i)}; nothing in the text names who answers`,
        });
        continue;
      }
      const from = cues.sentenceStart(i);
      const remark = cues.texts.slice(from, i + 1).join(' ');
      const spoken = remark.replace(FILLER_YOU, ' ');
      const next = cues.texts[i + 1]!;
      const closing = lastSentence(spoken);
      const toYou = REMARK_TO_YOU.test(closing) && words(closing) <= REMARK_TO_YOU_WORDS && ANSWER_AS_ASKED.test(next);
      const yesOrNo = (YOU_INSIDE.test(spoken) || words(remark) <= REMARK_WORDS) && YES_NO.test(next);
      if (
        cues.startsSentence(from) &&
        ENDS_SENTENCE.test(cues.texts[i]!) &&
        !QUOTE.test(remark) &&
        (toYou || yesOrNo)
      ) {
        this.set(from, {
          speaker: this.questioner,
          function: 'question',
          rule: 'interview',
          evidence: `puts a remark to the one interviewed (line ${cues.line(from)}: “${quoted(remark)}”), answered “${quoted(cues.texts[i + 1]!.split(/[\s,.]/)[0]!)}”`,
        });
        this.set(i + 1, {
          speaker: null,
          function: 'answer',
          rule: 'interview',
          evidence: `answers the remark on line ${cues.line(from)}; nothing in the text names who answers`,
        });
      }
    }
  }
}

/** Where the voices change in a turn of caption cues, or null when nothing shows a change. */
export function findCaptionTurns(
  paragraphs: readonly Paragraph[],
): { starts: Map<number, Start>; finder: StartFinder } | null {
  const cues = new Cues(paragraphs);
  const finder = new StartFinder(cues);
  finder.oaths();
  finder.calls();
  finder.namedQuestions();
  finder.timeCalls();
  finder.unnamedCalls();
  finder.thanksByName();
  // Any change of voice shown so far makes a bare "Yes." after a question another voice's; in a
  // talk it is the speaker answering themselves ("Did it work?" / "Yes.").
  if (finder.starts.size > 0) finder.shortAnswers();
  if (finder.interviewExchanges() >= INTERVIEW_EXCHANGES) finder.interview();
  const { starts } = finder;
  if ([...starts.keys()].every((at) => at === 0) && !starts.get(0)?.speaker) return null;
  return { starts, finder };
}

/**
 * Where a questioner's questions and the answers to them start, in paragraphs read as cues are
 * (each paragraph a cue), by the `interview` rule alone; null unless at least four exchanges show
 * an interview. The questions are `questioner`'s; the answers name nobody.
 */
export function findInterviewTurns(
  paragraphs: readonly Paragraph[],
  questioner: Participant,
): { starts: Map<number, Start> } | null {
  const finder = new StartFinder(new Cues(paragraphs, true), questioner);
  if (finder.interviewExchanges() < INTERVIEW_EXCHANGES) return null;
  finder.interview();
  return { starts: finder.starts };
}

/**
 * Whether paragraphs show an interview by what they say: at least four questions put to "you"
 * (not a talk's "Have you ever …?") each answered by the next paragraph for itself ("Yes", "No",
 * "I …", "We …", "My …"). The texts are read as printed, without their emphasis.
 */
export function showsInterview(paragraphs: readonly Paragraph[]): boolean {
  const finder = new StartFinder(new Cues(paragraphs, true));
  return finder.interviewExchanges() >= INTERVIEW_EXCHANGES;
}

export const captionDialogue: Pass = {
  name: 'caption-dialogue',
  run(draft: Draft): Draft {
    if (draft.captionUnits !== 'cues' || draft.participants.length > 0) return draft;
    const turns = draft.blocks.filter(isDraftTurn);
    if (turns.length !== 1 || turns[0]!.label !== null || turns[0]!.method !== 'unknown') return draft;
    const turn = turns[0]!;
    const found = findCaptionTurns(turn.paragraphs);
    if (!found) return draft;
    const { starts } = found;
    const at = [...new Set([0, ...starts.keys()])].sort((a, b) => a - b);
    const participants: Participant[] = [];
    const byRule = new Map<string, number>();
    const newTurns: DraftTurn[] = at.map((from, index) => {
      const to = at[index + 1] ?? turn.paragraphs.length;
      const paragraphs = turn.paragraphs.slice(from, to);
      const first = paragraphs[0]!.place;
      const last = paragraphs[paragraphs.length - 1]!.place;
      const place = { line: first.line, endLine: last.endLine ?? last.line };
      const start = starts.get(from);
      if (start) byRule.set(start.rule, (byRule.get(start.rule) ?? 0) + 1);
      const speaker = start?.speaker ?? null;
      if (speaker && !participants.includes(speaker)) participants.push(speaker);
      return {
        type: 'draftTurn',
        speaker: speaker?.id ?? null,
        label: null,
        labelForm: null,
        function: start?.function ?? null,
        method: speaker ? 'inferred' : 'unknown',
        confidence: speaker ? (speaker.kind === 'person' ? 0.7 : 0.6) : 0,
        evidence: start
          ? [start.evidence]
          : ['no label, and nothing in the captions before the first change of voice says who speaks'],
        paragraphs,
        place,
      };
    });
    const unknown = newTurns.filter((t) => t.speaker === null).length;
    const rules = [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ');
    const index = draft.blocks.indexOf(turn);
    const kept = draft.diagnostics.filter((d) => !(d.rule === 'speaker-unknown' && d.place?.line === turn.place.line));
    kept.push(
      diagnostic(
        'info',
        'dialogue-from-captions',
        `No speaker labels in the captions: ${newTurns.length} turns were told apart from what is said (${rules}); ${unknown} of them are left unattributed, since nothing in the text names who speaks.`,
        turn.place,
      ),
    );
    return {
      ...draft,
      participants,
      blocks: [...draft.blocks.slice(0, index), ...newTurns, ...draft.blocks.slice(index + 1)],
      diagnostics: kept,
    };
  },
};
