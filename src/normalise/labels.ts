/**
 * @module normalise/labels
 * Recognises speaker labels at the start of a line, in every form the corpus shows:
 * `**Rob Pike:**`, `THE PRESIDENT:Thank you`, `Q    How…`, `Q:`/`Q.`/`Question:`,
 * `Secretary General:` alone on its line, `Mr. Julian Reed (Parliamentary Secretary …, Lib.):`,
 * `Dr. Bertram (Z) :`, `Schäffer, Bundesminister der Finanzen:`, `Müller (Frankfurt) (KPD):`,
 * `Freidhof (SPD), Antragsteller:`; the full-stop labels of transcripts of record
 * (`CHAIRMAN POWELL.`, `MS. ZOBEL.1`, `Mr. SARBANES.`, `The PRESIDING OFFICER (Mr. KYL).`); speech-to-text exports (`Speaker 1:`,
 * `[SPEAKER_01]:`, `David Muir  3:46`, `[04:22] Name:`, `Name (00:04:22):`); chat logs
 * (`12:01 < nick> text`); `Q - `, `A – `; `Audience member:`. Candidates are graded:
 * `strong` forms are labels on sight; `weak` (mixed-case) ones only when the document confirms
 * them (the `segment` pass decides).
 */
import { clockSeconds, dateLine, TIME_SPAN } from './dates.js';
import { displayCase, isRolePhrase, labelClass, looksLikePersonalName, onBehalfOf } from './people.js';

/** A label found at the start of a line. */
export interface LabelCandidate {
  /** The label as printed, without colon or markup. */
  label: string;
  /** Text after the label on the same line (may be empty). */
  rest: string;
  /** How it was printed. */
  form: 'inline' | 'bold';
  /** Strong forms are accepted on sight. */
  strength: 'strong' | 'weak';
  /** A chat log's nick (`<nick> text`): its consecutive lines are one turn. */
  chat?: boolean;
  /** Printed in a damaged form (a semicolon for the colon, `0` for `Q`): a label only if the text confirms it. */
  damaged?: boolean;
  /**
   * `Q` or `A`, one space, and words that are no question (`A Good morning.`, `Q Welcome back.`):
   * a court reporter's marker only where the document prints both so, again and again.
   */
  bareMarker?: boolean;
  /**
   * The number of a numbered item before the label (`1. 林健鋒議員：…`, `2. MR LEE: …`): a record's
   * numbered questions; a label only where the text confirms it (`segment` decides).
   */
  numbered?: number;
  /** Printed with a time stamp (`[01:10] **Name**:`): an export that stamps each paragraph it cuts. */
  timed?: boolean;
  /** A role printed after the name on the label's line (`METIRIA TUREI – Green Party Co-Leader`, the speech below). */
  role?: string;
  /** A role printed alone on the line under a name alone (`COOPER` ⏎ `MODERATOR` ⏎ ⏎ the speech). */
  roleBelow?: string;
  /**
   * A weak shape that is a label only as a document's convention (a heading that is only a
   * name and a colon, a bold line alone, a Han-script phrase before a colon, a personal name alone
   * on a line with the speech under it, a hearing record's `Mr. Koo.` in mixed case, the European
   * Parliament's `Jane Roe (PPE). –`, a name in bold or in capitals with no colon before the speech,
   * `**Jen Luker** Hello.`, `GUYON Thank you …`, or before a dash, `Jane Roe — Thank you.`): `segment` asks
   * the document to use it as one before it accepts any.
   */
  convention?:
    | 'heading'
    | 'bold-alone'
    | 'han'
    | 'circle'
    | 'name-alone'
    | 'record'
    | 'dash'
    | 'bold-run'
    | 'caps-run'
    | 'dash-run'
    | 'mark-run';
}

/**
 * The conventions of a name printed with no colon before the speech (`**Jen Luker** Hello.`,
 * `GUYON Thank you.`, `Jane Roe — Thank you.`): labels only where the whole document is read as
 * printing its speakers so, never because one such name recurs in a caption.
 */
export function withoutColon(candidate: LabelCandidate): boolean {
  return (
    candidate.convention === 'bold-run' ||
    candidate.convention === 'caps-run' ||
    candidate.convention === 'dash-run' ||
    candidate.convention === 'mark-run'
  );
}

/** A name or a role in capitals alone on a line (`RUTTE`, `VAN DISSEL`, `VRAAG`), one to four words. */
export const CAPITALS_ALONE = /^\s*(\p{Lu}[\p{Lu}\p{M}'’.-]+(?:\s\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3})\s*$/u;

/** Keys of title-block fields that look like labels but are not. */
const NOT_LABELS = new Set([
  'date',
  'company',
  'quarter',
  'subjects',
  'subject',
  'source',
  'title',
  'time',
  'place',
  'location',
  'venue',
  'publisher',
  'updated',
  'note',
  'notes',
  'disclaimer',
  // A page's description, a talk's slide, a meeting's poll and presentation: never who speaks.
  'description',
  'slide',
  'poll',
  'presentation',
  're',
  'update',
  'example',
  'tags',
  'summary',
  'topics',
  'category',
  'attendees',
  'participants',
  'speakers',
  'copyright',
  'contact',
  'media',
  'transcript',
  'agenda',
  'http',
  'https',
  // Header fields of minutes, press releases and transcripts of record, written like labels.
  'name',
  'topic',
  'video',
  'audio',
  'present',
  'absent',
  'notetakers',
  'notetaker',
  'attendees',
  'remote',
  'inperson',
  'transcription',
  'transcribed',
  'appearances',
  'also',
  'interview',
  'embargo',
  'embargoed',
  'for',
  'released',
  'release',
  'slides',
  'links',
  'link',
  'url',
  'recorded',
  'duration',
  'event',
  'hosts',
  'guests',
  'panelists',
  'panellists',
  'moderators',
  'reference',
  'ref',
  'page',
  'recording',
  // Fields of a witness list or a contact block: who someone is, never who speaks.
  'affiliation',
  'affiliations',
  'organization',
  'organisation',
  'institution',
  'department',
  'email',
  'e-mail',
  'phone',
  'telephone',
  'fax',
  'address',
  'website',
]);

const BOLD = /^\s*\*\*([^*\n]{1,80}?)\s*(?::\*\*|\*\*\s*:)\s*(.*)$/;
const Q_MARKER = /^\s*(Q|A|Qr)(?:\s*[:.]\s*|\s{2,}|\s+[-–—]\s+|\s+(?=\())(.*)$/;
/** "Q How do you…?": the questioner's mark, one space, and a question. */
const Q_BARE = /^\s*(Q)\s(\p{Lu}[^?]*\?.*)$/u;
/** `Q` or `A`, one space, and a sentence (`A Good morning.`): a marker where the document confirms it. */
const QA_BARE = /^\s*(Q|A)\s(?=[\p{Lu}\d"“‘'(])(.*\S.*)$/u;
/**
 * A transcript of record's label: a title and a surname in capitals ending in a full stop
 * (`CHAIRMAN POWELL.`, `VICE CHAIRMAN CORRIGAN.`, `MR. SMITH.`, `MS. ZOBEL.1` with its footnote
 * digit), the Congressional Record's `Mr. SARBANES.`, `Mrs. BOXER of California.`,
 * `The PRESIDING OFFICER (Mr. KYL).`, `The SPEAKER pro tempore.`, `The VICE PRESIDENT.`, `THE WITNESS.`, and an unnamed
 * `PARTICIPANT.` or `SPEAKER(?).`. The words after the stop start as a sentence does;
 * "Mr. D'AMATO addressed the Chair." has no stop after the name: narration, not a label.
 */
const RECORD_LABEL = new RegExp(
  String.raw`^\s*(` +
    String.raw`(?:(?:The|THE)\s+)?(?:(?:Mr|Mrs|Ms|Dr|Miss|MR|MRS|MS|DR|MISS|Messrs|MESSRS)\.?\s+|(?:(?:VICE|DEPUTY|ACTING)\s+)?(?:CHAIRMAN|CHAIRWOMAN|CHAIR|PRESIDENT|SENATOR|SPEAKER|GOVERNOR|SECRETARY|PRESIDING|REPRESENTATIVE|JUDGE|JUSTICE|COMMISSIONER|DIRECTOR)\.?\s+)` +
    String.raw`[\p{Lu}][\p{Lu}'’-]+(?:\s+(?:of\s+)?[\p{Lu}][\p{Lu}'’-]+){0,3}(?:\s+of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?(?:\s*\([^()]{1,40}\))?` +
    String.raw`|(?:The|THE)\s+(?:(?:ACTING|VICE|DEPUTY)\s+)?(?:CHAIRMAN|CHAIR|PRESIDENT|SPEAKER|CLERK|WITNESS|COURT|SECRETARY)(?:\s+pro\s+tempore)?` +
    String.raw`|(?:UNIDENTIFIED\s+)?(?:SPEAKER|PARTICIPANT|VOICE)(?:\s*\(\?\))?` +
    String.raw`)\.\d{0,2}(?:\s+(?=[\p{Lu}\p{N}"“'‘(\[—–-])(.*)|\s*)$`,
  'u',
);
/**
 * A hearing record's label in mixed case, as the U.S. Government Printing Office prints hearings:
 * `The Chairman. The committee will come to order.`, `Mr. Koo. Thank you, …`, `Chairman Frank.`,
 * `Senator Reed of Rhode Island.`: a title or an honorific, a name, a full stop, then a sentence
 * (never a second honorific: "Dr. Dr. Heinemann, Bundesminister …:" is a doctor twice over).
 * Weak, of the `record` convention: read only where the document prints two labels so and one
 * recurs.
 */
const MIXED_RECORD_LABEL =
  /^\s*((?:The\s+(?:(?:Acting|Vice|Deputy)\s+)?(?:Chairman|Chairwoman|Chair|Chairperson|Presiding Officer|Clerk|Witness|Speaker|President|Secretary)|(?:(?:Acting|Vice|Deputy|Ranking)\s+)?(?:Chairman|Chairwoman|Senator|Representative|Secretary|Governor|General|Admiral|Ambassador|Director|Commissioner|Judge|Justice|Mayor|Councilmember|Councilman|Councilwoman|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?!(?:Dr|Mr|Mrs|Ms|Prof)\.)\p{Lu}[\p{L}'’-]*\p{Ll}(?:\s+\p{Lu}[\p{L}'’-]*\p{Ll}){0,2}(?:\s+of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?))\.\s+(?=[\p{Lu}"“‘([])(.*\S.*)$/u;
/**
 * A diarisation label of speech-to-text output: `Speaker 0:`, `SPEAKER_01:`, `[SPEAKER_00]:`,
 * `[Speaker 2] [04:22]`, `Speaker 1  4:18` on its own line, `发言人1   00:06` (a Chinese ASR
 * export's "speaker 1").
 */
const DIARISED =
  /^\s*(\[)?((?:Speaker|SPEAKER|speaker|Spk|SPK|发言人|發言人|说话人|說話人|話者)[ _-]?\d{1,3})(?:\])?\s*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\)?\]?)?\s*(:)?\s*(.*)$/;
/** True when a speaker's name as a table or a JSON file gives it is a diarisation label (`SPEAKER_00`). */
export function isDiarisationLabel(label: string): boolean {
  const match = DIARISED.exec(label);
  return match !== null && match[1] === undefined && match[3] === undefined && match[4] === '';
}
/** A diariser's label of seven letters or digits and a number, in brackets or before a colon. */
const DAMAGED_VOICE = /^\s*(\[)?([A-Za-z0-9]{7})([ _-]?\d{1,3})\]?\s*(:)?\s*(.*)$/;
/**
 * A timestamp before a label: `[04:22] Name:`, `00:04:22 Name:`, or the span of a speech-to-text
 * segment in brackets, `[0.0, 3.26] - SPEAKER_02:`, `(00:01:02 --> 00:01:05) Name:`.
 */
const LEADING_TIME = new RegExp(
  String.raw`^\s*(?:${TIME_SPAN.source}|[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?)(?:\s+[-–—|])?\s+(?=\S)`,
);
/** A timestamp inside a label: `Name (00:04:22): text`, `Name [4:22]: text`. */
const INNER_TIME = /^(\s*[^:()[\]]{2,60}?)\s*[[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]\s*:/;
/** A bold label with its timestamp inside the bold, after the colon: `**Wailin: (00:00:13)** Oh, …`. */
const BOLD_TIMED = /^(\s*\*\*[^*:\n]{1,60}?:)\s*[[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]\s*(\*\*.*)$/;
/**
 * A timestamp and a name alone on a line, the speech below, often as a Markdown heading
 * (`### [00:00:25] Kyle`, `[01:04] **Jane Roe**`).
 */
const TIME_THEN_NAME =
  /^\s*(?:#{1,6}\s+)?[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(?:\*\*)?([^\s:*#][^:*#]{0,59}?)(?:\*\*)?\s*$/;
/** A name and a timestamp alone on a line, the speech below (`David Muir  3:46`, `[Maria Lopez] 10:01:02`). */
const NAME_THEN_TIME =
  /^\s*([^\s:].{0,60}?)\s+[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:\s*[-–]\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:\s+\(\s*\d*\s*(?:sec|secs|seconds|s|min)\.?\))?)?\s*$/;
/**
 * A chat log's line: `<nick> text`, `12:01 < nick> text`, `[12:01] <@nick> text`; with a time,
 * the nick may end its line (`12:01 < nick>`), its message wrapped onto the next (a long link).
 */
const CHAT =
  /^\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?<\s?[@+%&~]?([A-Za-z_`^{}|[\]\\][\w`^{}|[\]\\.-]{0,30})>(?:\s+(\S.*)|\s*$)/;
const TIMED_CHAT = /^\s*[[(]?\d{1,2}:\d{2}/;
/** Tag names of HTML, which a chat nick in angle brackets must not be. */
const HTML_TAGS =
  /^(?:a|b|i|u|s|p|br|hr|em|strong|span|div|li|ul|ol|img|sup|sub|code|pre|table|tr|td|th|tbody|thead|details|summary|small|center|font|blockquote|section|article|header|footer|nav|main|figure|iframe|script|style|html|head|body|title|meta|link|video|audio|source|h[1-6])$/i;
/**
 * A role of two words, the second in lower case (`Audience member:`, `Floor speaker:`,
 * `Female voice 2:`): the second word must be a noun that names a person.
 */
const ROLE_TWO_WORDS =
  /^\s*(\p{Lu}\p{Ll}+\s+(?:member|speaker|participant|voice|questioner|guest|caller|attendee|delegate|representative|commenter|person|man|woman|student|resident|witness|reporter|journalist|official|interpreter|narrator|announcer)(?:\s+\d{1,3})?)\s*:\s*(.*)$/u;
const TRUNCATED =
  /^\s*((?:Mr|Mrs|Ms|Dr|Hon|Miss)\.?\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+\([^()]*)$/u;
const QA_WORD = /^\s*(Question|QUESTION|Answer|ANSWER|JOURNALIST|Journalist|REPORTER|Reporter)\s*:\s*(.*)$/;
/**
 * A label in capitals: words in capital letters, a surname among them perhaps keeping the small
 * letters of its prefix as printed (`SENATOR LaVALLE:`, `MR. McDONALD:`, `MS. DeSANTIS:`).
 */
const CAPS_WORD = String.raw`[\p{Lu}](?:\p{Ll}{1,2}(?=\p{Lu}))?[\p{Lu}\p{M}.'’-]*`;
const CAPS = new RegExp(
  String.raw`^\s*(${CAPS_WORD}(?:\s+${CAPS_WORD}){0,6})(\s*\([^()]{1,80}\))?\s*:(?!\/\/)\s*(.*)$`,
  'u',
);
// A nickname between a given name and a family name is a word of the name: "Elizabeth (Jake)
// Feinler", "Robert “Bob” Smith".
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}\p{M}.'’/-]*|\([\p{Lu}][\p{L}\p{M}.'’-]{0,20}\)(?=\s+\p{Lu})|["“][\p{Lu}][\p{L}\p{M}.'’-]{0,20}["”](?=\s+\p{Lu})|de|heer|von|van|der|des|den|la|le|du|of|for|the|and|to|hon\.|très|voix|members?|ministre|ministra|ministro|président|présidente|presidente|premier|première|secrétaire|porte-parole|portavoz|député|députée|für|zu|bin|binti|bte|di|da|dos|das|del|della|ibn|al|el|[\p{Ll}]{1,3}-[\p{Lu}][\p{L}\p{M}'’-]*)`;
// A name, then up to two brackets (a place that tells namesakes apart, the party) and a role
// after a comma: "Müller (Frankfurt) (KPD):", "Freidhof (SPD), Antragsteller:".
// (A number after the first word is one of the label's words: "Lead 2A:", "Juror 3:", "Witness 2:".)
const NAME_OR_NUMBER = String.raw`(?:${NAME_WORD}|\d{1,3}[A-Z]?(?=\s*:(?!\s*\d)))`;
const MIXED = new RegExp(
  String.raw`^\s*(${NAME_WORD}(?:\s+${NAME_OR_NUMBER}){0,6}(?:,\s*${NAME_WORD}(?:\s+${NAME_WORD}){0,5})?)((?:\s*(?:\([^()]{1,100}\)|\[[^[\]]{1,100}\])){1,2}(?:,\s*${NAME_WORD}(?:\s+${NAME_WORD}){0,5})?)?\s*:(?!\/\/)\s*(.*)$`,
  'u',
);

/**
 * A long office and a name alone on a line, as a presidency prints them ("Board Chairman of the
 * Foundation for Development and Support of the Valdai Discussion Club Andrei Bystritsky:"):
 * eight to twenty words of a name, nothing after the colon; its last two words must be a
 * personal name.
 */
const OFFICE_WORD = String.raw`(?:${NAME_WORD}|on|in|at)`;
const LONG_OFFICE_LABEL = new RegExp(String.raw`^\s*(${OFFICE_WORD}(?:\s+${OFFICE_WORD}){7,19})\s*:\s*$`, 'u');

/**
 * A label in Markdown's other emphases: `__Jane Roe:__` (bold), `*Jane Roe:*`, `_Jane Roe_:`
 * (italic), the colon inside or after the markup.
 */
const EMPHASIS_LABEL = /^\s*(__|\*|_)(?![\s*_])([^*_\n]{1,80}?)\s*(?::\1|\1\s*:)\s*(.*)$/;
/** A name in square brackets and a colon: `[Jane Roe]: Thank you.` */
const BRACKETED_LABEL = /^\s*\[([^[\]:]{2,60})\]\s*:\s*(.*)$/;
/** A name, a dash and the speech (`Jane Roe — Thank you.`, `JANE ROE - Thank you.`). */
const DASH_RUN = /^\s*(\p{Lu}[^\s:—–-]*(?:[ -][^\s:—–-]+){0,4}?)\s+[—–-]{1,2}\s+(?=\S)(.*)$/u;
/**
 * A name set off from the speech by a mark other than a colon: in square or angle brackets
 * (`[Jane Roe] Thank you.`, `<Jane Roe> Thank you.`, as chat logs print), or before an arrow or a
 * bar (`Jane Roe > Thank you.`, `Jane Roe >> …`, `Jane Roe | …`), or before the time it spoke
 * (`Jane Roe 00:12 Thank you.`). Groups: name in square brackets, in angle brackets, before a
 * mark; the time as printed; the speech.
 */
const MARK_RUN =
  /^\s*(?:\[([^[\]:]{2,60})\]|<([^<>:/=]{2,60})>|([^\s:|>[<][^:|>[<]{0,59}?)\s+(?:>{1,2}|\||([[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)))\s+(?=\S)(.*)$/u;
/** A speaker's code or handle after an at sign, then the speech: `@is1984f так /`. */
const HANDLE_RUN = /^\s*@([\p{L}\p{N}_.-]{2,30})\s+(?=\S)(.*)$/u;
/** A name in bold and the speech after it, no colon: `**Jen Luker** Thank you.` */
const BOLD_RUN = /^\s*\*\*([^*\n:]{1,60}?)\*\*\s+(?=\S)(.*)$/u;
/**
 * A name (one to three words) in capitals and the speech after it, no colon, as some broadcasters
 * print their interviews: `GUYON Thank you for joining us.` The speech starts with a capital and
 * is in mixed case.
 */
const CAPS_RUN =
  /^\s*(\p{Lu}[\p{Lu}\p{M}'’-]{2,}(?:\s\p{Lu}[\p{Lu}\p{M}'’.-]+){0,2})\s+(?=[\p{Lu}"“‘'])(?=\S*\p{Ll})(.*)$/u;
/** Words that may stand in a label printed without a colon: capitalised, or a name's particle. */
const RUN_NAME =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|der|la|le|da|di|del|bin|al)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|der|la|le|da|di|del|bin|al)){0,4}$/u;

/** A record's label: an honorific and a surname in capitals (`Mr. CLOSE`, `Dr. DE VILLIERS`), or an office (`The MINISTER OF LABOUR`). */
const RECORD_NAME = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Hon|Rev|Prof|The)\.?(?:\s+[\p{Lu}][\p{Lu}\p{M}'’-]+)+$/u;
/** The voice of a member a record does not name: `An HON. MEMBER`, `HON. MEMBERS`. */
const HON_MEMBER = /^(?:An?\s+)?HON(?:OURABLE)?\.?\s+MEMBERS?$/i;

/**
 * One-word labels that are words of the sentence, not names: "Again: …", "Finally: …" open a
 * step of an argument or a paragraph of a speech.
 */
const DISCOURSE_WORDS = new Set([
  'again',
  'moreover',
  'furthermore',
  'finally',
  'first',
  'firstly',
  'second',
  'secondly',
  'third',
  'thirdly',
  'lastly',
  'however',
  'therefore',
  'thus',
  'hence',
  'besides',
  'indeed',
  'nevertheless',
  'meanwhile',
  'otherwise',
  'similarly',
  'likewise',
  'conversely',
  'also',
  'now',
  'then',
  'remember',
  'result',
  'conclusion',
  'resolved',
  'so',
  'well',
  'yes',
  'no',
  'still',
  'here',
  'there',
  'today',
]);

/**
 * An address to the audience printed like a label: "MR. PRESIDENT AND FELLOW-CITIZENS OF
 * NEW-YORK:", "Ladies and Gentlemen:", "My fellow Americans:". It opens a speech; it names nobody.
 */
const SALUTATION =
  /^(?:(?:my|dear)\s+)?(?:fellow[- ]|ladies\b|gentlemen\b)|\b(?:and|&)\s+(?:my\s+)?(?:fellow[- ]|ladies\b|gentlemen\b|friends\b)|\b(?:countrymen|compatriots)\b/i;
/**
 * An address in the speech, a title before an office in lower case, "Señor presidente:",
 * "Monsieur le ministre :", "Signora presidente:": how a speaker turns to someone, not a label.
 */
const VOCATIVE =
  /^(?:[Ss]eñor|[Ss]eñora|[Ss]eñorita|[Mm]onsieur|[Mm]adame|[Ss]ignor|[Ss]ignora|[Ss]enhor|[Ss]enhora|[Hh]err|[Ff]rau)\s+(?:(?:el|la|le|il|o|a)\s+)?\p{Ll}/u;

function acceptable(label: string, maxLength = 100): boolean {
  if (DISCOURSE_WORDS.has(label.toLowerCase()) || SALUTATION.test(label) || VOCATIVE.test(label)) return false;
  // "Fed's Powell: rates on hold": a wire headline's attribution, a possessive before the name.
  if (/^\p{Lu}[\p{L}.]*['’]s\s+\p{Lu}/u.test(label)) return false;
  const first =
    label
      .split(/[\s,]+/)[0]
      ?.toLowerCase()
      .replace(/[^a-zäöüéè]/g, '') ?? '';
  if (NOT_LABELS.has(first) || NOT_LABELS.has(label.toLowerCase())) return false;
  if (!/\p{L}/u.test(label)) return false;
  // ("**12 March 2024**", "Monday, 3 June:": a date line in bold or before a colon names no one.)
  if (/\d/.test(label) && dateLine(label)) return false;
  return label.length <= maxLength;
}

/** Lower-case words a name may hold (`Ursula von der Leyen`, `Abdullah bin Ahmad`). */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'du',
  'le',
  'la',
  'bin',
  'binti',
  'al',
  'el',
  'ibn',
  'ben',
  'dos',
  'das',
  'ter',
  'ten',
  'zu',
]);

/**
 * True for a phrase with two or more words in lower case that are no name's particles (its
 * brackets aside), and no role: `Beelden uit oorlogsgebied`, not `Ursula von der Leyen`, `Sadet
 * karabulut`, `Minister of Finance` or `Audience member`.
 */
function phraseNotName(label: string): boolean {
  const words = label
    .replace(/\([^()]*\)/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(1);
  const lower = words.filter((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word)).length;
  return lower >= 2 && !isRolePhrase(label) && !ROLE_TWO_WORDS.test(`${label}:`);
}

/** True for a speech-to-text speaker label ("Speaker 1", "SPEAKER_03"). */
export function diarisedNumber(label: string): number | null {
  const match = /^(?:speaker|spk)[ _-]?(\d{1,3})$/i.exec(label.trim());
  return match ? Number(match[1]) : null;
}

/** A diariser's label whose word a scan damaged (`SPEAKEP_03`) as printed undamaged (`SPEAKER_03`); null for any other. */
export function repairedVoiceLabel(label: string): string | null {
  const match = /^([A-Za-z0-9]{7})([ _-]?\d{1,3})$/.exec(label.trim());
  if (!match) return null;
  const word = lettersForDigits(match[1]!.toUpperCase());
  if (word !== 'SPEAKER' && !confusedLetter(word, 'SPEAKER')) return null;
  const printed = /\p{Ll}/u.test(match[1]!) ? 'Speaker' : 'SPEAKER';
  return `${printed}${match[2]}`;
}

/**
 * A Markdown heading that is only a label (`### Saskia Sassen:`, `### nicolas-demorand:`), the
 * speech below: a weak label, a label where it recurs. A name written as a slug is printed so.
 */
const HEADING_LABEL = /^\s*#{1,6}\s+(?:\*\*)?([^\s#*:][^#*:]{0,59}?)(?:\*\*)?\s*:(?:\*\*)?\s*$/u;

/**
 * A bold line alone, no colon, of a few words (`**IAHWG | Co-Chair**`, `**Costa Rica |
 * Representative**`), the speech below: a weak label, a label where it recurs.
 */
const BOLD_ALONE = /^\s*\*\*([^\s*:][^*:.?!]{0,59}?)\*\*\s*$/u;

/**
 * A name in Chinese, Japanese or Korean script, then a colon: `唐鳳: …`, `主持人: …`, `アンドリュー: …`
 * (the katakana long-vowel mark is of no one script), a note in brackets after it (`ジャック (イントロ):`).
 */
const CJK_LABEL =
  /^\s*((?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]|[·・ ]){1,12}(?:\s*[(（][^()（）]{1,12}[)）])?)\s*:\s*(.*)$/u;

/**
 * Words that name a part of a document, never a person (`**Time Transcript**`, `### Show Notes:`):
 * a heading or bold line with one of them is a heading, not a label.
 */
const DOCUMENT_PART_WORD =
  /^(?:transcript|transcription|transcripts|time|timestamp|timestamps|date|summary|notes|agenda|abstract|links|references|sources|resources|contents|chapters|chapter|episode|video|audio|slides|index|appendix|introduction|conclusion|overview|highlights|credits|about|sponsors?)$/i;

/** True when a word of the label names a part of a document. */
export function namesAPart(label: string): boolean {
  return label.split(/[\s|,–-]+/).some((word) => DOCUMENT_PART_WORD.test(word));
}

/**
 * Function characters of Chinese and Japanese (pronouns, particles, negation, copulas) that no
 * personal name or role word is made of: a phrase before a colon in running prose (`我覺得：`).
 */
const HAN_FUNCTION_CHARACTER =
  /[我你妳您他她它們们的了是不沒没在有這这那就說说要會会也都很還还嗎吗吧呢啊呀哦嗯喔欸哈嘛喂のはがをにでともへやかねよ]/u;

/**
 * Field and note words in Han, kana or Hangul script, written like labels: a note, a source, a
 * date, a time, a place, a subject, a title.
 */
const HAN_FIELD_WORD =
  /^(?:註|注|附註|附注|備註|备注|註釋|注释|資料來源|资料来源|來源|来源|出處|出处|日期|時間|时间|地點|地点|主題|主题|標題|标题|出典|日時|場所|件名|주|출처|일시|장소|제목)$/u;

/**
 * A name or a role in Han, kana or Hangul script (`林美華`, `主持人`, `食物及衞生局局長`,
 * `唐納·川普`): no function character, and no field or note word.
 */
export function hanNameOrRole(label: string): boolean {
  return !HAN_FUNCTION_CHARACTER.test(label) && !HAN_FIELD_WORD.test(label.trim());
}

/** A voice nobody named, in brackets, as a label: `(UNKNOWN):`, `[Unidentified speaker]:`. */
const BRACKETED_UNKNOWN =
  /^\s*([([](?:unidentified|unknown|unnamed)(?:\s+(?:speaker|voice|male|female|man|woman|participant))?[)\]])\s*:\s*(.*)$/i;

/** The shapes that are labels whatever else the line holds: diarisation, records, chat. */
function markedLabelAt(line: string): LabelCandidate | null {
  // "(UNKNOWN): Take your time.": a transcriber's mark for a voice nobody named, as its label.
  const unnamed = BRACKETED_UNKNOWN.exec(line);
  if (unnamed) return { label: unnamed[1]!, rest: unnamed[2]!.trim(), form: 'inline', strength: 'strong' };
  const diarised = DIARISED.exec(line);
  // "Speaker 1 said…" is prose: a diarisation label has brackets, a colon, a timestamp or
  // nothing after it.
  if (diarised && (diarised[1] || diarised[3] || diarised[4] === '' || /\d:\d\d/.test(line.slice(0, 40)))) {
    return { label: diarised[2]!, rest: diarised[4]!.trim(), form: 'inline', strength: 'strong' };
  }
  const record = RECORD_LABEL.exec(line);
  if (record && acceptable(record[1]!))
    return {
      label: record[1]!.replace(/\s+/g, ' '),
      rest: (record[2] ?? '').trim(),
      form: 'inline',
      strength: 'strong',
    };
  const mixedRecord = MIXED_RECORD_LABEL.exec(line);
  if (mixedRecord && acceptable(mixedRecord[1]!))
    return {
      label: mixedRecord[1]!.replace(/\s+/g, ' '),
      rest: mixedRecord[2]!.trim(),
      form: 'inline',
      strength: 'weak',
      convention: 'record',
    };
  const chat = CHAT.exec(line);
  if (chat && !HTML_TAGS.test(chat[1]!) && (chat[2] !== undefined || TIMED_CHAT.test(line)))
    return { label: chat[1]!, rest: (chat[2] ?? '').trim(), form: 'inline', strength: 'weak', chat: true };
  const role = ROLE_TWO_WORDS.exec(line);
  // "Audience member" names the questioner wherever it stands; "Floor speaker" must recur.
  if (role)
    return {
      label: role[1]!,
      rest: role[2]!.trim(),
      form: 'inline',
      strength: labelClass(role[1]!) === 'name' ? 'weak' : 'strong',
    };
  return null;
}

/**
 * A label with a timestamp before it, inside it or after it (a transcription service's
 * export): the label read without the timestamp. A name and a timestamp alone on a line, in
 * either order, is a label on its own line; it stays weak (a chapter list looks the same) unless
 * in capitals.
 */
function timedLabelAt(line: string): LabelCandidate | null {
  const leading = LEADING_TIME.exec(line);
  // ("10:38 A.M. EST" is a time of day: its "A." is no answer's mark.)
  if (leading && !/^[AaPp]\.?\s?[Mm]\b\.?/.test(line.slice(leading[0].length))) {
    const candidate = untimedLabelAt(line.slice(leading[0].length));
    if (candidate) return { ...candidate, timed: true };
  }
  const inner = INNER_TIME.exec(line);
  if (inner) {
    const candidate = untimedLabelAt(`${inner[1]!}:${line.slice(inner[0].length)}`);
    if (candidate) return { ...candidate, timed: true };
  }
  const boldTimed = BOLD_TIMED.exec(line);
  if (boldTimed) {
    const candidate = untimedLabelAt(`${boldTimed[1]!}${boldTimed[2]!}`);
    if (candidate) return { ...candidate, timed: true };
  }
  const headed = TIME_THEN_NAME.exec(line);
  // ("12:33 P.M. EDT", "6:40 P.M. (Local)" are times of day, not a time and a name.)
  const timeOfDay =
    headed !== null && /^[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,5}|\s+\([^()]{1,20}\))?$/.test(headed[1]!.trim());
  if (headed && !timeOfDay && !/[.?!,;]$/.test(headed[1]!.trim()) && headed[1]!.trim().split(/\s+/).length <= 6) {
    const candidate = untimedLabelAt(`${headed[1]!.trim()}:`);
    if (candidate && candidate.rest === '') return { ...candidate, timed: true };
  }
  const alone = NAME_THEN_TIME.exec(line);
  // ("[Maria Lopez] 10:01:02": a meeting app's export brackets the name.)
  const aloneName = alone?.[1]!.trim().replace(/^\[([^[\]]+)\]$/, '$1');
  if (aloneName && !/[.?!,;]$/.test(aloneName) && aloneName.split(/\s+/).length <= 6) {
    const candidate = untimedLabelAt(`${aloneName}:`);
    if (candidate && candidate.rest === '') return { ...candidate, timed: true };
  }
  return null;
}

/** A letter-spaced label of a scan: `P R I M E  M I N I S T E R :`. */
const LETTER_SPACED = /^\s*((?:\p{Lu}[.'’-]? ){2,}\p{Lu}(?:\s{2,}(?:\p{Lu}[.'’-]? )*\p{Lu})*)\s*:\s*(.*)$/u;
/** A digit an OCR made of the questioner's mark: `0: What…`. */
const DIGIT_Q = /^\s*(0)\s*[:.]\s+(\p{Lu}.*)$/u;

/** The label at the start of a line, if any. */
/**
 * The label at the start of a line, if any (see the shapes above); a label printed as a link,
 * `**[Donald Knuth](https://…):**`, is the link's words.
 */
export function labelAt(line: string): LabelCandidate | null {
  const candidate = labelShapeAt(line);
  const linked = candidate ? /^\[([^\]]{1,80})\]\([^)\s]*\)$/.exec(candidate.label.trim()) : null;
  return candidate && linked ? { ...candidate, label: linked[1]!.trim() } : candidate;
}

function labelShapeAt(line: string): LabelCandidate | null {
  // "[*] GRASSLEY: …": a news service's mark of where the record starts, before the label;
  // "†The MINISTER OF THE INTERIOR:": a record's dagger (a speech its speaker did not revise).
  // ">> WILLIAM LIGHT: So …": a live captioner's mark of a new voice, saved as text.
  const starred = /^\s*(?:\[\*\]\s+|[†‡]\s*|>>\s*(?=\S))/.exec(line);
  if (starred) return labelAt(line.slice(starred[0].length));
  // "- Jane Roe: Thank you.": a list of what each said; a label there only where the text confirms it
  // (a page's list of fields, "- Date: …", looks the same).
  const listed = /^\s*(?:[-–•]\s+|\*[ \t]+)(?=\p{Lu})/u.exec(line);
  if (listed) {
    const inner = labelAt(line.slice(listed[0].length));
    // ("- Chris Adams: [LinkedIn](…) | [GitHub](…)": show notes' links to a person, no speech.)
    const speech = inner?.rest.replace(/\[[^\]]*\]\([^)]*\)|[|·•,]/g, ' ').trim() ?? '';
    // ("- **Published:** March 3, 2025": a page's fields are set in bold; what each said is not.)
    return inner && inner.form === 'inline' && speech.split(/\s+/).length >= 2 && !inner.convention
      ? { ...inner, strength: 'weak' }
      : null;
  }
  // "*Kashkari: We are much more worried …*": a labelled line set in italics, as a quote.
  const italic = /^\s*([*_])(?![*_\s])(.+?)(?<!\s)\1\s*$/.exec(line);
  const quoted = italic ? labelAt(italic[2]!) : null;
  // (A name alone in italics, "*MR LEE CAIN (affirmed).*", is the record's direction, no label.)
  if (quoted && quoted.rest !== '') return quoted;
  // "**KATIE DRUMMOND: Welcome to the show.**": a labelled line set in bold, the words kept in
  // bold (a written interview sets its interviewer's words so).
  // (Its closing `**` may stand on a later line, where a hard wrap put it.)
  const bold = /^\s*\*\*(?![*\s])([^*]+?)(?<!\s)(?:\*\*\s*|(?<=[^*\s]))$/.exec(line);
  const boldInner = bold ? labelAt(bold[1]!) : null;
  // (Only a colon's label: "**Jason Wang - MediaTek, Investor Relation**" is a name and a role.)
  const boldHead = bold && boldInner ? bold[1]!.slice(0, bold[1]!.length - boldInner.rest.length) : '';
  if (
    boldInner &&
    boldInner.rest !== '' &&
    !boldInner.convention &&
    /[:：]\s*$/.test(boldHead) &&
    !/\*/.test(boldInner.rest)
  )
    return { ...boldInner, rest: /\*\*\s*$/.test(line) ? `**${boldInner.rest}**` : `**${boldInner.rest}` };
  // "○의장 김병국  의석을 정돈해…", "## ○위원장", "○議長（山田太郎君） (ideographic space) ただいまから…": the circle
  // Korean and Japanese records print before each speaker.
  const circled = CIRCLE_LABEL.exec(line);
  if (
    circled &&
    !/[.?!。？！]$/u.test(circled[1]!.trim()) &&
    hanNameOrRole(circled[1]!) &&
    !AGENDA_WORD.test(circled[1]!)
  )
    return {
      label: circled[1]!.trim(),
      rest: circled[2]!.trim(),
      form: 'inline',
      strength: 'weak',
      convention: 'circle',
    };
  // "1. 林健鋒議員：主席，…": a numbered question of a record, its asker's label after the number.
  const numberedItem = NUMBERED_ITEM.exec(line);
  if (numberedItem) {
    const inner = labelAt(line.slice(numberedItem[0].length));
    return inner && inner.rest !== '' && !inner.numbered
      ? { ...inner, strength: 'weak', numbered: Number(numberedItem[1]) }
      : null;
  }
  // "<Affiliation> Mr. Art Hanger ( Calgary Northeast , CPC ) </Affiliation> : Let 's go": an
  // export that marks each label up as an element, the colon after it. The markup says it is one.
  const tagged = TAGGED_LABEL.exec(line);
  if (tagged) {
    const label = tagged[2]!.replace(/\(\s+/g, '(').replace(/\s+([,)])/g, '$1');
    const inner = untimedLabelAt(`${label}: ${tagged[3]!}`);
    if (inner) return { ...inner, strength: 'strong' };
    if (acceptable(label)) return { label, rest: tagged[3]!.trim(), form: 'inline', strength: 'strong' };
  }
  // "<The President.> Good afternoon.", "<Q. Mr. President, will you …? >": a record marked up for a
  // corpus, the label (or the question with its mark) inside angle brackets.
  const angled = ANGLED_LABEL.exec(line) ?? ANGLED_QUESTION.exec(line);
  const angledLabel = angled ? markedAsColon(angled[1]!, angled[2]!) : null;
  if (angledLabel) return angledLabel;
  // "PRESIDENTA.- Hemos tenido…", "P.- ¿Y la ley?": the Spanish-language stenographic record's label,
  // in capitals, a full stop and a dash where others print a colon.
  const dotDash = DOT_DASH_LABEL.exec(line);
  // (A word of three letters or more, or a question's or an answer's letter: "U.S.-China" is no label.)
  const dotDashLabel =
    dotDash && (/\p{Lu}{3,}/u.test(dotDash[1]!) || /^[PRQA]$/.test(dotDash[1]!))
      ? markedAsColon(dotDash[1]!, dotDash[2]!)
      : null;
  if (dotDashLabel) return dotDashLabel;
  // "唐鳳：……", "### TVBS：": the full-width colon of Chinese and Japanese type is a colon.
  const fullWidth = line.indexOf('：');
  if (fullWidth > 0 && fullWidth <= 60 && !line.slice(0, fullWidth).includes(':'))
    return labelAt(`${line.slice(0, fullWidth)}: ${line.slice(fullWidth + 1).trimStart()}`);
  if (isRoleField(line) || SUFFIX_AFTER_COLON.test(line)) return null;
  // "Ana Ruiz (00:05):": the parentheses hold the export's timestamp, not a role or a party.
  const innerTimed = INNER_TIME.test(line) ? timedLabelAt(line) : null;
  const found = innerTimed ?? untimedLabelAt(line) ?? timedLabelAt(line) ?? dashedLabelAt(line);
  // ("MERGED TRANSCRIPTION RESULT:", "SHOW NOTES:" alone on a line: a part of the document, no one's label.)
  if (found && found.rest === '' && !/[\p{Ll}()]/u.test(found.label) && namesAPart(found.label)) return null;
  // "Mr ALBANESE (Grayndler—Leader of the Opposition) (14:00):": a record's clock time after the
  // label is no part of who speaks.
  const clock = found ? CLOCK_AFTER_LABEL.exec(found.label) : null;
  return found && clock && clock.index > 0
    ? { ...found, label: found.label.slice(0, clock.index), timed: true }
    : found;
}

/**
 * A label a record marks otherwise than with a colon (angle brackets, a full stop and a dash),
 * read as the same label with a colon, strong (the mark says it is one); null where the words
 * before the mark read as no label or the speech is not all that follows.
 */
function markedAsColon(label: string, rest: string): LabelCandidate | null {
  const inner = labelAt(`${label}: ${rest}`);
  return inner && inner.rest === rest.trim() ? { ...inner, strength: 'strong' } : null;
}

/** A label in angle brackets, ending in a full stop: `<The President.>`, `<Mr. Fitzwater.>`. */
const ANGLED_LABEL = /^\s*<(\p{Lu}[^<>=/]{0,60}?)\.>\s*(\S.*)$/u;
/** A question in angle brackets after its mark: `<Q. Will you …? >`. */
const ANGLED_QUESTION = /^\s*<(Q)\.\s+([^<>]+?)\s*>\s*$/u;

/** A label in capitals, a full stop and a dash: `PRESIDENTA.-`, `SR. RAJOY.-`, `P.-`. */
const DOT_DASH_LABEL = /^\s*(\p{Lu}[\p{Lu}\p{M}'’. ]{0,60}?)\.[-–—]\s*([\p{Lu}¿¡"“([].*)$/u;

/** A clock time in brackets at the end of a label: ` (14:00)`, ` [14.02]`. */
const CLOCK_AFTER_LABEL = /\s*[([]\d{1,2}[:.]\d{2}(?::\d{2})?[)\]]$/;

/**
 * The European Parliament's verbatim report prints a speaker, a full stop and a dash, then the
 * speech: `President. – The next item …`, `Jane Roe (PPE). – Mr President, …`, `Hans Müller, on
 * behalf of the S&D Group. – …`. Weak, of the `dash` convention: read only where the document
 * prints two or more speakers so and one recurs.
 */
const DASHED_LABEL = /^\s*(\p{Lu}[^.?!:;–—]{1,150}?(?:\([^()]{1,60}\))?)\.\s+[–—-]\s+(?=\S)(.*)$/u;

function dashedLabelAt(line: string): LabelCandidate | null {
  const dashed = DASHED_LABEL.exec(line);
  if (!dashed) return null;
  const label = dashed[1]!.trim();
  if (label.split(/\s+/).length > 14 || !acceptable(label)) return null;
  // A person or an office, perhaps their group in brackets, then after a comma only what they
  // are or whom they speak for ("Herr Präsident, Sie erlauben doch, …" is a sentence).
  const [head, ...after] = label.split(/,\s*/);
  const who = head!.replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (who.split(/\s+/).length > 5 || !(looksLikePersonalName(who) || isRolePhrase(who))) return null;
  const what = after.join(', ');
  if (what !== '' && !isRolePhrase(what) && onBehalfOf(what) === null) return null;
  return { label, rest: dashed[2]!.trim(), form: 'inline', strength: 'weak', convention: 'dash' };
}

/**
 * A speaker marked with a circle, as Korean and Japanese records print them: the label (a role, a
 * name, or both; at most 30 characters), then two spaces, an ideographic space (one space once
 * `clean-characters` has read it, after a closing bracket or `君`), a colon, or the end of the line.
 */
const CIRCLE_LABEL =
  /^\s*(?:#{1,6}\s+)?[○◯]\s*([^\s\u3000○◯][^\u3000:：]{0,29}?)(?:\s*$|\s{2,}|\s*\u3000\s*|(?<=[）)君氏様])\s+|\s*[:：]\s*)(.*)$/u;

/** Words of a record's agenda and header that a circle marks too (`○議事日程`, `○의사일정`). */
const AGENDA_WORD =
  /^(?:議事日程|日程|議題|議案|案件|会議録|會議紀錄|会議に付した事件|出席|欠席|出席議員|欠席議員|出席者|의사일정|안건|회의록|부의된 안건|출석의원|출석)/u;

/** The number of a numbered item, then a space: `1. `, `12.  `. */
const NUMBERED_ITEM = /^\s*(\d{1,3})\.\s+(?=\S)/;

/** A label inside one element, then a colon: `<Speaker> Jane Roe </Speaker> : …`. */
const TAGGED_LABEL = /^\s*<([A-Za-z][\w.-]{0,30})>\s*([^<>]{1,120}?)\s*<\/\1>\s*[:：]\s*(.*)$/;

/**
 * An abbreviation with a case ending after a colon, at the start of a line a hard wrap made:
 * `EU:s politik`, `FN:s`, `EU:ssa` (Swedish, Finnish). No space after the colon: not a label.
 */
const SUFFIX_AFTER_COLON = /^\s*\p{Lu}[\p{Lu}\d]{0,7}:\p{Ll}{1,4}(?![\p{L}\d])/u;

/**
 * A label in a form a scan damaged, to be read only as a label the text prints elsewhere
 * (`segment` decides): a semicolon for the colon (`MINISTER; Yes`), a digit for the
 * questioner's mark (`0: Why?`). Letter-spaced labels are read by `labelAt` itself.
 */
export function damagedLabelAt(line: string): LabelCandidate | null {
  // "[SPEAKEP_02]:": a diariser's label whose word a scan damaged by one letter or a digit.
  const voice = DAMAGED_VOICE.exec(line);
  if (voice && (voice[1] || voice[4])) {
    const printedWord = voice[2]!.toUpperCase();
    const word = lettersForDigits(printedWord);
    if (printedWord !== 'SPEAKER' && (word === 'SPEAKER' || confusedLetter(word, 'SPEAKER')))
      return {
        label: `${voice[2]}${voice[3]}`,
        rest: voice[5]!.trim(),
        form: 'inline',
        strength: 'weak',
        damaged: true,
      };
  }
  const digit = DIGIT_Q.exec(line);
  if (digit) return { label: digit[1]!, rest: digit[2]!.trim(), form: 'inline', strength: 'weak', damaged: true };
  // "JAMES 0’BEIRNE:": a digit for the letter it resembles, in a label in capitals.
  const head = /^[^:;]{1,80}[:;]/.exec(line)?.[0] ?? '';
  const lettered = head.replace(/0(?=[\p{Lu}’'])|(?<=\p{Lu})0/gu, 'O').replace(/1(?=\p{Lu})|(?<=\p{Lu})1/gu, 'I');
  if (lettered !== head) {
    const candidate = labelAt(lettered.replace(/;$/, ':') + line.slice(head.length));
    if (candidate) {
      // The label as printed: the same characters of the line (a digit for a letter keeps the length).
      const at = lettered.indexOf(candidate.label);
      const label = at >= 0 ? line.slice(at, at + candidate.label.length) : candidate.label;
      return { ...candidate, label, damaged: true };
    }
  }
  const semicolon = /^([^;:]{1,80});/.exec(line);
  if (!semicolon) return null;
  const candidate = labelAt(`${semicolon[1]!}:${line.slice(semicolon[0].length)}`);
  return candidate ? { ...candidate, damaged: true } : null;
}

/**
 * True when a label shows a scan's misreading on its face: a digit inside a word of letters
 * (`D0NALD`), or a lower-case letter inside a word in capitals (`LlVERA`).
 */
export function misreadOnItsFace(label: string): boolean {
  return label
    .split(/\s+/)
    .some(
      (word) => /[\p{L}’']\d|\d[\p{L}’']/u.test(word) || /^\p{Lu}+\p{Ll}\p{Lu}+/u.test(word.replace(/[.’'-]/g, '')),
    );
}

/**
 * A label visibly misread, mended: in a word in capitals a lower-case `l` read for `I`
 * (`MACNElL` → `MACNEIL`), and a digit among letters read as the letter it stands for.
 */
export function mendedOnItsFace(label: string): string {
  return label
    .split(/(\s+)/)
    .map((word) => {
      if (!misreadOnItsFace(word)) return word;
      const letters = word.replace(/(?<=\p{L})[0158]|[0158](?=\p{L})/gu, (digit) => OCR_DIGITS[digit]!);
      return /^\p{Lu}+\p{Ll}\p{Lu}+/u.test(letters.replace(/[.’'-]/g, '')) ? letters.replace(/l/g, 'I') : letters;
    })
    .join('');
}

/** Levenshtein distance of two short strings, stopping early above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

const OCR_DIGITS: Record<string, string> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B' };

/** A label key with each digit a scan may have made of a letter read as that letter. */
export function lettersForDigits(key: string): string {
  return key.replace(/[0158]/g, (digit) => OCR_DIGITS[digit]!);
}

/**
 * Whether a label key seen once is an OCR-damaged print of a key that recurs: digits read as
 * the letters they resemble, then at most one letter wrong (`MINISTEP` for `MINISTER`), on
 * keys of six letters or more; `0` for `Q`. A damaged form that recurs itself (one misreading
 * repeated) is taken only with `onlyConfusions`: one letter a scan confuses. Returns the
 * reason, or null.
 */
export function damagedFormOf(key: string, recurring: string, onlyConfusions = false): string | null {
  if (key === '0' && recurring === 'Q') return 'the digit 0 printed for the questioner’s mark Q';
  // Numbered labels ("Speaker 1", "Speaker 2") differ by their number on purpose.
  if (/\d/.test(recurring)) return null;
  const mapped = lettersForDigits(key);
  if (mapped === recurring && mapped !== key) return 'a digit printed for a letter';
  if (recurring.length < 6 || mapped.length < 6) return null;
  if (onlyConfusions) return confusedLetter(mapped, recurring) ? 'one letter a scan confuses, misread' : null;
  return editDistance(mapped, recurring, 1) <= 1 ? 'one letter apart, a scanning error' : null;
}

/**
 * Letters a worn or faint print loses a stroke of, as a scan then reads them: the first of each
 * pair is what is left of the second (`F` of an `E` without its foot, `P` of an `R` without its
 * leg, `C` of a `G`, `O` of a `Q`).
 */
const STROKE_LOST: ReadonlyMap<string, string> = new Map([
  ['F', 'E'],
  ['P', 'R'],
  ['C', 'G'],
  ['O', 'Q'],
]);

/**
 * Whether a label key seen once is a print of another key seen once, with one letter that lost a
 * stroke (`MR. LFVY` where `MR. LEVY` is printed): both are seen once, so only the direction of
 * the damage says which is the misprint. Keys of six characters or more, letters only where they
 * differ. Returns the reason, or null.
 */
export function strokeLostFrom(key: string, other: string): string | null {
  if (key.length !== other.length || key.length < 6) return null;
  const differ = [...key].flatMap((letter, i) => (letter === other[i] ? [] : [i]));
  if (differ.length !== 1) return null;
  const at = differ[0]!;
  if (STROKE_LOST.get(key[at]!) !== other[at]) return null;
  return `one letter that lost a stroke, “${key[at]}” for “${other[at]}”`;
}

/**
 * A label whose word is printed nowhere but in labels, while a word one scan-confused letter
 * away is printed in the text (`MS. CLATTENBUPG:` where a speaker says `I'm Rachel
 * Clattenburg`), or in labels more often (`CDP:` four times where `CDR:` recurs): the label read
 * with that word. `textWords` counts the words of the document outside labels, `labelWords`
 * those of labels, upper case; a label word printed with a digit for a letter (`LE0`) counts
 * for the word it reads as. A word shorter than five letters is read so only from labels that
 * print the other form more often, or from an initialism the text defines after a name
 * (`Rob Palmer (RPR)`, in `initialisms`). Returns the label as read and the reason, or null.
 */
export function misprintedWordIn(
  label: string,
  textWords: ReadonlyMap<string, number>,
  labelWords: ReadonlyMap<string, number>,
  initialisms: ReadonlySet<string> = new Set(),
): { label: string; reason: string } | null {
  const asLetters = new Map<string, number>();
  for (const [word, count] of labelWords) {
    const letters = lettersForDigits(word);
    if (letters !== word && /^\p{L}+$/u.test(letters)) asLetters.set(letters, (asLetters.get(letters) ?? 0) + count);
  }
  const printed = (word: string) =>
    (textWords.get(word) ?? 0) + (labelWords.get(word) ?? 0) + (asLetters.get(word) ?? 0);
  let read = label;
  const reasons: string[] = [];
  for (const word of label.match(/[\p{L}\d’']+/gu) ?? []) {
    const upperWord = word.toLocaleUpperCase('en');
    if (upperWord.length < 3 || textWords.has(upperWord)) continue;
    const mapped = lettersForDigits(upperWord);
    const readings = [...new Set([...textWords.keys(), ...labelWords.keys(), ...asLetters.keys()])].filter(
      (other) =>
        other !== upperWord &&
        (other === mapped || confusedLetter(mapped, other)) &&
        ((other.length >= 5 && textWords.has(other)) ||
          initialisms.has(other) ||
          (printed(other) >= 2 && printed(other) > printed(upperWord))),
    );
    if (readings.length !== 1) continue;
    const other = readings[0]!;
    const asPrinted = word === upperWord ? other : other.charAt(0) + other.slice(1).toLocaleLowerCase('en');
    read = read.replace(word, asPrinted);
    reasons.push(`“${word}” is printed nowhere but in labels and “${asPrinted}” is, one letter a scan confuses away`);
  }
  return reasons.length > 0 ? { label: read, reason: reasons.join('; ') } : null;
}

/** Letters a scan takes for one another (upper case): R and P, E and F, I and L, O and Q or D, C and G or E. */
const CONFUSED = new Set(['PR', 'EF', 'IL', 'OQ', 'DO', 'CG', 'CE', 'UV']);

/** True when two strings of one length differ in one place, by letters a scan confuses. */
function confusedLetter(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [[letter, b[i]!].sort().join('')]));
  return differ.length === 1 && CONFUSED.has(differ[0]!);
}

/**
 * A field of minutes or a programme that names who presents, written like a label:
 * "Presenter: Jane Roe (JRE)", "Speakers: Jane Roe, Omar Haddad". The words after it are only
 * names (an abbreviation in brackets allowed) with no full stop: nobody speaks them.
 */
const ROLE_FIELD =
  /^\s*(?:\*\*)?(?:presenters?|speakers?|hosts?|guests?|panell?ists?|moderators?|interviewers?|interviewees?|chairs?)(?:\*\*)?\s*:(?:\*\*)?\s*(.+)$/i;
const NAME_IN_FIELD = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}(?:\s*[([][^()[\]]{1,20}[)\]])?`;
const NAMES_ONLY = new RegExp(String.raw`^${NAME_IN_FIELD}(?:\s*(?:,|and|&)\s*${NAME_IN_FIELD})*$`, 'u');

/** True for a field naming who presents ("Presenter: Jane Roe (JRE)"): no label, and nobody's words. */
export function isRoleField(line: string): boolean {
  const field = ROLE_FIELD.exec(line);
  return field !== null && NAMES_ONLY.test(field[1]!.trim()) && !/[.?!]$/.test(field[1]!.trim());
}

function untimedLabelAt(line: string): LabelCandidate | null {
  const marked = markedLabelAt(line);
  if (marked) return marked;
  const spaced = LETTER_SPACED.exec(line);
  if (spaced) {
    const label = spaced[1]!
      .replace(/\s{2,}/g, '\u0000')
      .replace(/ /g, '')
      .replace(/\u0000/g, ' ');
    return { label, rest: spaced[2]!.trim(), form: 'inline', strength: 'strong' };
  }
  const bold = BOLD.exec(line);
  // "**[SPEAKER_01]:**": the brackets are the diarisation's, not the name's.
  // ("**[00:01:12] Jane Roe:**": the export's time stamp inside the bold, no part of the name.)
  const stamped = bold ? LEADING_TIME.exec(bold[1]!) : null;
  const boldLabel = bold?.[1]!
    .slice(stamped?.[0].length ?? 0)
    .trim()
    .replace(/^\[([^\]]+)\]$/, '$1');
  if (bold && boldLabel && acceptable(boldLabel))
    return {
      label: boldLabel,
      rest: bold[2]!.trim(),
      form: 'bold',
      // ("**Beelden uit oorlogsgebied:**", "**Communicating analysis to technical audiences**:": a
      // phrase of words in lower case, no name nor role, is a caption's or an article's term; a
      // label only where the document confirms it.)
      strength: phraseNotName(boldLabel) ? 'weak' : 'strong',
      ...(stamped ? { timed: true } : {}),
    };
  const bracketed = BRACKETED_LABEL.exec(line);
  if (bracketed && acceptable(bracketed[1]!.trim()) && RUN_NAME.test(bracketed[1]!.trim()))
    return { label: bracketed[1]!.trim(), rest: bracketed[2]!.trim(), form: 'inline', strength: 'weak' };
  const emphasis = EMPHASIS_LABEL.exec(line);
  // (Underscores make `__Name:__` as bold as asterisks do; one asterisk or underscore, italics, is
  // a label where the document confirms it.)
  if (emphasis && acceptable(emphasis[2]!.trim()))
    return {
      label: emphasis[2]!.trim(),
      rest: emphasis[3]!.trim(),
      form: 'bold',
      strength: emphasis[1] === '__' ? 'strong' : 'weak',
    };
  const boldRun = BOLD_RUN.exec(line);
  const boldRunLabel = boldRun?.[1]!.trim();
  if (boldRunLabel && RUN_NAME.test(boldRunLabel) && !/[.?!,;]$/.test(boldRunLabel) && acceptable(boldRunLabel)) {
    // "**Kelly** 0:00": a transcription service's name in bold and the time, the speech below: a
    // label on its own line, with its time.
    if (clockSeconds(boldRun![2]!.trim().replace(/^[[(]|[\])]$/g, '')) !== null)
      return { label: boldRunLabel, rest: '', form: 'bold', strength: 'weak', timed: true };
    // ("**Emma** - Well, …": a dash set between the name and the speech is neither's.)
    const rest = boldRun![2]!.trim().replace(/^[-–—]\s+(?=\S)/u, '');
    return { label: boldRunLabel, rest, form: 'bold', strength: 'weak', convention: 'bold-run' };
  }
  const qa = QA_WORD.exec(line);
  if (qa) return { label: qa[1]!, rest: qa[2]!.trim(), form: 'inline', strength: 'strong' };
  const q = Q_MARKER.exec(line);
  // "Q: inaudible" is a label; "A lot of…" is not: without a colon or full stop the words
  // after the marker must start with a capital.
  const punctuated = q !== null && /^\s*\p{L}+\s*[:.]/u.test(line);
  if (q && q[2]!.trim() !== '' && (punctuated || !/^[\p{Ll}]/u.test(q[2]!.trim()))) {
    return { label: q[1]!, rest: q[2]!.trim(), form: 'inline', strength: 'strong' };
  }
  const bare = Q_BARE.exec(line);
  if (bare) return { label: bare[1]!, rest: bare[2]!.trim(), form: 'inline', strength: 'strong' };
  const qaBare = QA_BARE.exec(line);
  if (qaBare) return { label: qaBare[1]!, rest: qaBare[2]!.trim(), form: 'inline', strength: 'weak', bareMarker: true };
  if (/^\s*(Q|A)\s*[:.]?\s*$/.test(line))
    return { label: line.trim().replace(/[:.]$/, ''), rest: '', form: 'inline', strength: 'strong' };
  // A label cut off in the source: "Ms. Shaughnessy Cohen (Windsor-St." alone on its line.
  const truncated = TRUNCATED.exec(line);
  if (truncated) return { label: truncated[1]!.trim(), rest: '', form: 'inline', strength: 'strong' };
  const caps = CAPS.exec(line);
  if (caps) {
    const label = (caps[1]! + (caps[2] ?? '')).trim();
    const letters = caps[1]!.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && acceptable(label))
      return { label, rest: caps[3]!.trim(), form: 'inline', strength: 'strong' };
  }
  // "#### Jane Roe: Thank you for coming in.": a heading holding the label and the speech, as some
  // exports set every turn; a label where the document prints its speakers so (a heading
  // "## Part two: what we learned" is printed once).
  const headingLine = /^\s*#{1,6}\s+(?=\S)/.exec(line);
  const inHeading = headingLine ? labelAt(line.slice(headingLine[0].length)) : null;
  if (
    inHeading &&
    !inHeading.convention &&
    inHeading.rest.split(/\s+/).length >= 2 &&
    // (Speech has words in lower case; "# Harbourline Freight: Third Quarter Results" is a title.)
    /(?:^|\s)\p{Ll}/u.test(inHeading.rest) &&
    !namesAPart(inHeading.label)
  )
    return { ...inHeading, strength: 'weak', convention: 'heading' };
  const headed = HEADING_LABEL.exec(line);
  if (headed && acceptable(headed[1]!.trim()) && !namesAPart(headed[1]!))
    return { label: headed[1]!.trim(), rest: '', form: 'inline', strength: 'weak', convention: 'heading' };
  const boldAlone = BOLD_ALONE.exec(line);
  if (boldAlone && acceptable(boldAlone[1]!.trim()) && !namesAPart(boldAlone[1]!))
    return { label: boldAlone[1]!.trim(), rest: '', form: 'inline', strength: 'weak', convention: 'bold-alone' };
  const cjk = CJK_LABEL.exec(line);
  if (cjk && hanNameOrRole(cjk[1]!.trim()))
    return { label: cjk[1]!.trim(), rest: cjk[2]!.trim(), form: 'inline', strength: 'weak', convention: 'han' };
  // (Where a colon follows within the line's first words, the label is the words before it.)
  const capsRun = /^[^:]{0,80}:/.test(line) ? null : CAPS_RUN.exec(line);
  if (capsRun && acceptable(capsRun[1]!) && !/[.'’-]$/.test(capsRun[1]!))
    return { label: capsRun[1]!, rest: capsRun[2]!.trim(), form: 'inline', strength: 'weak', convention: 'caps-run' };
  const dashRun = DASH_RUN.exec(line);
  const dashRunLabel = dashRun?.[1]!.trim();
  // "METIRIA TUREI – Green Party Co-Leader" alone on its line, the speech below: a name and its
  // role over the speech, a label alone on its line (where the name is known, `segment`).
  const dashRunRole = dashRun?.[2]!.trim();
  if (
    dashRunLabel &&
    dashRunRole &&
    dashRunRole.split(/\s+/).length <= 6 &&
    !/[.?!,;:]$/.test(dashRunRole) &&
    isRolePhrase(dashRunRole) &&
    looksLikePersonalName(displayCase(dashRunLabel))
  )
    return {
      label: dashRunLabel,
      rest: '',
      form: 'inline',
      strength: 'weak',
      convention: 'dash-run',
      role: dashRunRole,
    };
  // (The speech is in mixed case: "PRESS CONFERENCE - PARLIAMENT HOUSE" is a heading. "President. –"
  // is the European Parliament's, `dashedLabelAt`. "Jane Roe, Host — Thank you.": a name and,
  // after a comma, a role.)
  const dashRunName = dashRunLabel?.replace(/,\s+([^,]+)$/, (whole, role: string) => (isRolePhrase(role) ? '' : whole));
  if (
    dashRunLabel &&
    dashRunName &&
    !dashRunLabel.endsWith('.') &&
    /\p{Ll}/u.test(dashRun![2]!) &&
    RUN_NAME.test(dashRunName) &&
    acceptable(dashRunLabel) &&
    (looksLikePersonalName(dashRunName) || isRolePhrase(dashRunName) || !/\p{Ll}/u.test(dashRunName))
  )
    return { label: dashRunLabel, rest: dashRun![2]!.trim(), form: 'inline', strength: 'weak', convention: 'dash-run' };
  const markRun = /^[^:]{0,80}:/.test(line.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, '')) ? null : MARK_RUN.exec(line);
  const markRunLabel = (markRun?.[1] ?? markRun?.[2] ?? markRun?.[3])?.trim();
  // (A name or a role, the speech in mixed case: "[Laughter] Yes." and "<b> …" name nobody.)
  if (
    markRunLabel &&
    /\p{Ll}/u.test(markRun![5]!) &&
    RUN_NAME.test(markRunLabel) &&
    acceptable(markRunLabel) &&
    (looksLikePersonalName(markRunLabel) ||
      isRolePhrase(markRunLabel) ||
      diarisedNumber(markRunLabel) !== null ||
      (markRun![3] !== undefined && /^\p{Lu}\p{Ll}+$/u.test(markRunLabel)) ||
      !/\p{Ll}/u.test(markRunLabel))
  )
    return {
      label: markRunLabel,
      rest: markRun![5]!.trim(),
      form: 'inline',
      strength: 'weak',
      convention: 'mark-run',
      ...(markRun![4] ? { timed: true } : {}),
    };
  // "@mva1988f ну / они достаточно…": a speaker's code or handle after an at sign, no colon, as
  // spoken-language corpora and chat exports print it; a label only where the document prints
  // its speakers so (the `mark-run` convention).
  const handle = HANDLE_RUN.exec(line);
  if (handle && /\p{L}/u.test(handle[2]!))
    return {
      label: `@${handle[1]!}`,
      rest: handle[2]!.trim(),
      form: 'inline',
      strength: 'weak',
      convention: 'mark-run',
    };
  const office = LONG_OFFICE_LABEL.exec(line);
  if (office) {
    const words = office[1]!.trim().split(/\s+/);
    if (looksLikePersonalName(words.slice(-2).join(' ')) && acceptable(office[1]!.trim(), 200))
      return { label: office[1]!.trim(), rest: '', form: 'inline', strength: 'weak' };
  }
  const mixed = MIXED.exec(line);
  if (mixed) {
    // ("De heer Vendrik (*GroenLinks*):* Voorzitter.": a conversion's emphasis left round the party
    // and after the colon; the label is the one printed plainly elsewhere.)
    const label = (mixed[1]! + (mixed[2] ?? '').replace(/\(([*_])([^()*_]+)\1\)/g, '($2)')).trim();
    const rest = mixed[2] && /[*_]\)/.test(mixed[2]) ? mixed[3]!.replace(/^[*_]\s+/, '') : mixed[3]!;
    if (/^[\p{Lu}]/u.test(label) && acceptable(label) && label.split(/\s+/).length <= 12) {
      const recordForm = RECORD_NAME.test(label) || HON_MEMBER.test(label);
      return { label, rest: rest.trim(), form: 'inline', strength: mixed[2] || recordForm ? 'strong' : 'weak' };
    }
  }
  return null;
}

/** True when a line starts with a label of a strong form (used to end the title block). */
export function startsWithLabel(line: string): boolean {
  const candidate = labelAt(line);
  return (
    candidate !== null &&
    (candidate.strength === 'strong' || candidate.rest === '' || candidate.convention === 'circle')
  );
}

/** A comparison key for a label: upper case, single spaces, no trailing punctuation. */
export function labelKey(label: string): string {
  return label
    .toLocaleUpperCase('en')
    .replace(/\s+/g, ' ')
    .replace(/[.:]+$/, '')
    .trim();
}

/**
 * A time stamp and a few words alone on a line, where the next line starts with a time stamp too:
 * a speech-to-text log that stamps every segment (`[00:12:04] So cheap`), its short segment, not a
 * name over the speech below (an export that stamps its labels prints the speech unstamped).
 */
export function shortTimedSegment(
  lines: readonly { text: string }[],
  index: number,
  candidate: LabelCandidate,
): boolean {
  if (!candidate.timed || candidate.rest !== '') return false;
  const next = lines.slice(index + 1).find((line) => line.text.trim() !== '');
  return next !== undefined && LEADING_STAMP.test(next.text);
}

const LEADING_STAMP = /^\s*(?:#{1,6}\s+)?[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s/;
