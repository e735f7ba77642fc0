/**
 * @module normalise/labels
 * Recognises speaker labels at the start of a line, in every form the corpus shows:
 * `**Rob Pike:**`, `THE PRESIDENT:Thank you`, `Q    How…`, `Q:`/`Q.`/`Question:`,
 * `Secretary General:` alone on its line, `Mr. Julian Reed (Parliamentary Secretary …, Lib.):`,
 * `Dr. Bertram (Z) :`, `Schäffer, Bundesminister der Finanzen:`, `Müller (Frankfurt) (KPD):`,
 * `Freidhof (SPD), Antragsteller:`, `Mr. SARBANES.`, `CHAIRMAN GREENSPAN.`. Candidates are graded:
 * `strong` forms are labels on sight; `weak` (mixed-case) ones only when the document confirms
 * them (the `segment` pass decides).
 */

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
}

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
  'video',
  'slides',
  'audio',
  'recording',
]);

const BOLD = /^\s*\*\*([^*\n]{1,80}?)\s*(?::\*\*|\*\*\s*:)\s*(.*)$/;
const Q_MARKER = /^\s*(Q|A|Qr)(?:\s*[:.]\s*|\s{2,}|\s+(?=\())(.*)$/;
const TRUNCATED =
  /^\s*((?:Mr|Mrs|Ms|Dr|Hon|Miss)\.?\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+\([^()]*)$/u;
const QA_WORD = /^\s*(Question|QUESTION|Answer|ANSWER|JOURNALIST|Journalist|REPORTER|Reporter)\s*:\s*(.*)$/;
const CAPS =
  /^\s*((?:[\p{Lu}][\p{Lu}\p{M}.'’-]*)(?:\s+[\p{Lu}][\p{Lu}\p{M}.'’-]*){0,6})(\s*\([^()]{1,80}\))?\s*:(?!\/\/)\s*(.*)$/u;
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}\p{M}.'’/-]*|de|von|van|der|des|den|la|le|du|of|for|the|and|to|hon\.|members?|für|zu)`;
// A name, then up to two brackets (a place that tells namesakes apart, the party) and a role
// after a comma: "Müller (Frankfurt) (KPD):", "Freidhof (SPD), Antragsteller:".
const MIXED = new RegExp(
  String.raw`^\s*(${NAME_WORD}(?:\s+${NAME_WORD}){0,6}(?:,\s*${NAME_WORD}(?:\s+${NAME_WORD}){0,5})?)((?:\s*\([^()]{1,100}\)){1,2}(?:,\s*${NAME_WORD}(?:\s+${NAME_WORD}){0,5})?)?\s*:(?!\/\/)\s*(.*)$`,
  'u',
);

/**
 * One-word labels that are words of the sentence, not names: "Again: …", "Finally: …" open a
 * paragraph of a speech.
 */
const DISCOURSE_WORDS = new Set([
  'again',
  'also',
  'however',
  'now',
  'then',
  'thus',
  'therefore',
  'moreover',
  'furthermore',
  'finally',
  'lastly',
  'meanwhile',
  'indeed',
  'besides',
  'otherwise',
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
  /^(?:(?:my|dear)\s+)?(?:fellow[- ]|ladies\b|gentlemen\b)|\b(?:and|&)\s+(?:my\s+)?(?:fellow[- ]|ladies\b|gentlemen\b|friends\b)/i;

function acceptable(label: string): boolean {
  if (DISCOURSE_WORDS.has(label.toLowerCase()) || SALUTATION.test(label)) return false;
  const first =
    label
      .split(/[\s,]+/)[0]
      ?.toLowerCase()
      .replace(/[^a-zäöüéè]/g, '') ?? '';
  if (NOT_LABELS.has(first) || NOT_LABELS.has(label.toLowerCase())) return false;
  if (!/\p{L}/u.test(label)) return false;
  return label.length <= 100;
}

/**
 * The record's label with a full stop: a title and a surname in capitals, "Mr. SARBANES.",
 * "CHAIRMAN GREENSPAN.", "VICE CHAIRMAN CORRIGAN.", "The PRESIDING OFFICER.", an unnamed
 * "PARTICIPANT." or "SPEAKER(?).", "Mr. SMITH of Oregon.", "The PRESIDING OFFICER (Mr. KYL).", a footnote mark after the stop ("MS. LOGAN.1") (the Congressional
 * Record, Federal Reserve and Hansard-style transcripts). "Mr. D'AMATO addressed the Chair." has
 * no stop after the name: narration, not a label.
 */
const STOP_LABEL =
  /^\s*((?:(?:The|THE)\s+)?(?:(?:Mr|Mrs|Ms|Dr|MR|MRS|MS|DR|Messrs|MESSRS)\.?\s+|(?:(?:VICE|DEPUTY|ACTING)\s+)?(?:CHAIRMAN|CHAIRWOMAN|CHAIR|PRESIDENT|SENATOR|SPEAKER|GOVERNOR|SECRETARY|PRESIDING|REPRESENTATIVE)\s+)(?:[\p{Lu}][\p{Lu}'’-]+)(?:\s+(?:of\s+)?[\p{Lu}][\p{Lu}'’-]+){0,3}(?:\s+of\s+[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+)?)?(?:\s*\([^()]{1,40}\))?|(?:UNIDENTIFIED\s+)?(?:SPEAKER|PARTICIPANT|VOICE)(?:\s*\(\?\))?)\.\d{0,2}(?:\s+(?=[\p{Lu}\p{N}"“'‘(\[—–-])(.*)|\s*)$/u;

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

/** The label at the start of a line, if any. */
export function labelAt(line: string): LabelCandidate | null {
  if (isRoleField(line)) return null;
  const bold = BOLD.exec(line);
  if (bold && acceptable(bold[1]!))
    return { label: bold[1]!.trim(), rest: bold[2]!.trim(), form: 'bold', strength: 'strong' };
  const qa = QA_WORD.exec(line);
  if (qa) return { label: qa[1]!, rest: qa[2]!.trim(), form: 'inline', strength: 'strong' };
  const q = Q_MARKER.exec(line);
  // "Q: inaudible" is a label; "A lot of…" is not: without a colon or full stop the words
  // after the marker must start with a capital.
  const punctuated = q !== null && /^\s*\p{L}+\s*[:.]/u.test(line);
  if (q && q[2]!.trim() !== '' && (punctuated || !/^[\p{Ll}]/u.test(q[2]!.trim()))) {
    return { label: q[1]!, rest: q[2]!.trim(), form: 'inline', strength: 'strong' };
  }
  if (/^\s*(Q|A)\s*[:.]?\s*$/.test(line))
    return { label: line.trim().replace(/[:.]$/, ''), rest: '', form: 'inline', strength: 'strong' };
  // A label cut off in the source: "Ms. Shaughnessy Cohen (Windsor-St." alone on its line.
  const truncated = TRUNCATED.exec(line);
  if (truncated) return { label: truncated[1]!.trim(), rest: '', form: 'inline', strength: 'strong' };
  const stop = STOP_LABEL.exec(line);
  if (stop && acceptable(stop[1]!))
    return { label: stop[1]!.trim(), rest: (stop[2] ?? '').trim(), form: 'inline', strength: 'strong' };
  const caps = CAPS.exec(line);
  if (caps) {
    const label = (caps[1]! + (caps[2] ?? '')).trim();
    const letters = caps[1]!.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && acceptable(label))
      return { label, rest: caps[3]!.trim(), form: 'inline', strength: 'strong' };
  }
  const mixed = MIXED.exec(line);
  if (mixed) {
    const label = (mixed[1]! + (mixed[2] ?? '')).trim();
    if (/^[\p{Lu}]/u.test(label) && acceptable(label) && label.split(/\s+/).length <= 12) {
      return { label, rest: mixed[3]!.trim(), form: 'inline', strength: mixed[2] ? 'strong' : 'weak' };
    }
  }
  return null;
}

/** True when a line starts with a label of a strong form (used to end the title block). */
export function startsWithLabel(line: string): boolean {
  const candidate = labelAt(line);
  return candidate !== null && (candidate.strength === 'strong' || candidate.rest === '');
}

/** A comparison key for a label: upper case, single spaces, no trailing punctuation. */
export function labelKey(label: string): string {
  return label
    .toLocaleUpperCase('en')
    .replace(/\s+/g, ' ')
    .replace(/[.:]+$/, '')
    .trim();
}
