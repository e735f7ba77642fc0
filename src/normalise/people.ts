/**
 * @module normalise/people
 * The speaker lexicon: parsing personal names, roles and affiliations out of participants
 * lines, front matter and labels, and deciding whether a label names a known participant.
 * Everything here is a pure function of strings.
 */
import { QUESTIONER_ID, type Participant } from '../model/nodes.js';

const HONORIFICS = new Set([
  'MR',
  'MRS',
  'MS',
  'MISS',
  'DR',
  'LORD',
  'LADY',
  'SIR',
  'DAME',
  'HON',
  'PROF',
  'PROFESSOR',
  'REV',
  'MME',
  'MLLE',
  'HERR',
  'FRAU',
  'THE',
  'RT',
  'RIGHT',
  'HONOURABLE',
  'HONORABLE',
  'MADAM',
  'MADAME',
]);

const ROLE_WORDS = new Set([
  'PRESIDENT',
  'VICE',
  'PRIME',
  'MINISTER',
  'SECRETARY',
  'GENERAL',
  'DEPUTY',
  'FOREIGN',
  'CHANCELLOR',
  'AMBASSADOR',
  'SENATOR',
  'GOVERNOR',
  'SPEAKER',
  'CHAIR',
  'CHAIRMAN',
  'CHAIRWOMAN',
  'CHAIRPERSON',
  'MODERATOR',
  'HOST',
  'ADMIRAL',
  'COLONEL',
  'SPOKESMAN',
  'SPOKESWOMAN',
  'SPOKESPERSON',
  'PRESS',
  'STATE',
  'DEFENCE',
  'DEFENSE',
  'COMMISSIONER',
  'MAYOR',
  'KING',
  'QUEEN',
  'PRINCE',
  'REPRESENTATIVE',
  'LEADER',
  'ACTING',
  'ASSISTANT',
  'PARLIAMENTARY',
  'ATTORNEY',
  'TREASURER',
  'BUNDESMINISTER',
  'BUNDESKANZLER',
  'PRÄSIDENT',
  'VIZEPRÄSIDENT',
  'ABG',
  'ABGEORDNETER',
  'OPERATOR',
  'AFFAIRS',
  'OF',
  'FOR',
  'AND',
  'HOMELAND',
  'SECURITY',
  'NATIONAL',
  'ADVISOR',
  'ADVISER',
  'CEO',
  'CFO',
  'COO',
  'DIRECTOR',
  'OFFICER',
  'CHIEF',
  'EXECUTIVE',
  'FINANCIAL',
  'MEMBER',
  'FM',
  'PM',
  'SG',
  'DER',
  'DES',
  'FÜR',
  'JUSTICE',
  'JUDGE',
  'COUNSEL',
  'SCHRIFTFÜHRER',
  'BERICHTERSTATTER',
  'ANTRAGSTELLER',
  'STAATSSEKRETÄR',
  'MINISTERPRÄSIDENT',
  'ALTERSPRÄSIDENT',
  'INTERVIEWER',
  'ANCHOR',
  'CORRESPONDENT',
  'GUEST',
  'BYLINE',
  'REPORTER',
  'JOURNALIST',
  'PRESENTER',
  'PANELIST',
  'PANELLIST',
  'COMMENTATOR',
  'ANALYST',
  'CONGRESSMAN',
  'CONGRESSWOMAN',
  'COUNCILMEMBER',
  'COUNCILLOR',
  'COUNCILOR',
  'CLERK',
  'SERGEANT',
  'SERGEANT-AT-ARMS',
  'RAPPORTEUR',
  'TRADE',
  'FINANCE',
  'TREASURY',
  'HEALTH',
  'INTERIOR',
  'MINISTRE',
  'GÉNÉRAL',
  // Offices of scholars and of those who make a programme ("Nonresident Senior Fellow", "Professor of Economics").
  'FELLOW',
  'PROFESSOR',
  'LECTURER',
  'RESEARCHER',
  'ECONOMIST',
  'EDITOR',
  'PRODUCER',
  'FOUNDER',
  // Offices in Spanish, French, Italian and Portuguese records.
  'PRIMER',
  'PRIMERA',
  'PRESIDENTE',
  'PRESIDENTA',
  'GOBERNADOR',
  'GOBERNADORA',
  'DIRECTORA',
  'SECRETARIO',
  'SECRETARIA',
  'MINISTRO',
  'MINISTRA',
  'DIPUTADO',
  'DIPUTADA',
  'SENADOR',
  'SENADORA',
  'ALCALDE',
  'ALCALDESA',
  'MODERADOR',
  'MODERADORA',
  'PRÉSIDENT',
  'PRÉSIDENTE',
  'DÉPUTÉ',
  'DÉPUTÉE',
  'SÉNATEUR',
  'MAIRE',
  'GOVERNADOR',
  'SINDACO',
]);

/** Demonyms that open a role phrase, and the affiliation they stand for. */
const DEMONYMS: Record<string, string> = {
  RUSSIAN: 'Russia',
  AMERICAN: 'United States',
  BRITISH: 'United Kingdom',
  FRENCH: 'France',
  GERMAN: 'Germany',
  ITALIAN: 'Italy',
  CANADIAN: 'Canada',
  AUSTRALIAN: 'Australia',
  UKRAINIAN: 'Ukraine',
  POLISH: 'Poland',
  SPANISH: 'Spain',
  DUTCH: 'Netherlands',
  BELGIAN: 'Belgium',
  NORWEGIAN: 'Norway',
  DANISH: 'Denmark',
  SWEDISH: 'Sweden',
  FINNISH: 'Finland',
  ESTONIAN: 'Estonia',
  LATVIAN: 'Latvia',
  LITHUANIAN: 'Lithuania',
  TURKISH: 'Turkey',
  GREEK: 'Greece',
  JAPANESE: 'Japan',
  CHINESE: 'China',
  INDIAN: 'India',
  GEORGIAN: 'Georgia',
};

/** A new anonymous questioner participant (every unnamed reporter of one event is this one). */
export function anonymousQuestioner(): Participant {
  return {
    id: QUESTIONER_ID,
    name: 'Question',
    shortName: 'Question',
    role: null,
    affiliation: null,
    kind: 'anonymous',
    labels: [],
  };
}

/** An anonymous voice a speech-to-text export numbers ("Speaker 1", "SPEAKER_01"). */
export function anonymousSpeaker(n: number): Participant {
  const name = `Speaker ${n}`;
  return { id: `p-speaker-${n}`, name, shortName: name, role: null, affiliation: null, kind: 'anonymous', labels: [] };
}

/** Words that name the anonymous questioner. */
export const QUESTION_LABELS = new Set([
  'Q',
  'QUESTION',
  'QUESTIONS',
  'QR',
  'JOURNALIST',
  'REPORTER',
  'QUESTIONER',
  'AUDIENCE MEMBER',
  'QUESTION FROM THE FLOOR',
  // The same in the other languages Verbatim reads.
  'VRAAG',
  'FRAGE',
  'PREGUNTA',
  'DOMANDA',
  'PERGUNTA',
  'JOURNALISTE',
  'PERIODISTA',
  'GIORNALISTA',
  'JORNALISTA',
]);
/** The roles of those who ask the questions: an interviewer, a host, a moderator, a chair. */
export const ASKING_ROLE =
  /^(?:interviewer|host|moderator|chair|chairman|chairwoman|chairperson|questioner|reporter|journalist)$/i;

/** Whether a participant is the one who asks: the anonymous questioner, or one whose name or role says so. */
export function asksQuestions(participant: Participant): boolean {
  return (
    participant.id === QUESTIONER_ID || ASKING_ROLE.test(participant.name) || ASKING_ROLE.test(participant.role ?? '')
  );
}

/** Words that mark an answer. */
export const ANSWER_LABELS = new Set([
  'A',
  'ANSWER',
  'ANTWOORD',
  'ANTWORT',
  'RÉPONSE',
  'RESPUESTA',
  'RISPOSTA',
  'RESPOSTA',
]);
/** Labels of groups. */
const GROUP_LABEL =
  /^(?:(?:some|several|all|many|an?)\s+)?(?:hon\.?\s+)?(?:members|voices|audience|everyone|all|participants|journalists|reporters|crowd)$|^(?:des|plusieurs|quelques)\s+voix$/i;
// ("Overlapping speakers", "Crosstalk": a transcription service's label where voices overlap, nobody's.)
const UNKNOWN_LABEL =
  /^(?:unidentified|unknown|unnamed)(?:\s+(?:speaker|voice|male|female|man|woman|participant))?(?:\s+\d{1,2})?$|^(?:voice|speaker|participant|male voice|female voice)(?:\s*\(\?\))?$|^(?:male|female)\s+voice\s+\d{1,2}$|^(?:overlapping|multiple)\s+(?:speakers|voices)$|^cross[- ]?talk$/i;

/** Upper-case letters only, for comparisons (accents kept). */
function upper(text: string): string {
  return text.toLocaleUpperCase('en');
}

const tokenCache = new Map<string, string[]>();

/** Tokens of a label or name for comparison: upper case, no punctuation, no parentheticals. */
export function nameTokens(text: string): string[] {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  // "(Frankfurt)" and a bracket the source cut off ("(Windsor-St.") are not part of the name.
  const tokens = upper(text.replace(/\([^)]*\)/g, ' ').replace(/\([^)]*$/, ' '))
    .replace(/[^\p{L}\p{M}\p{N}'’-]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (tokenCache.size > 10000) tokenCache.clear();
  tokenCache.set(text, tokens);
  return tokens;
}

/** Tokens without honorifics. */
function withoutHonorifics(tokens: string[]): string[] {
  return tokens.filter((t) => !HONORIFICS.has(t));
}

/** A lower-case slug for ids: accents off Latin letters, letters and digits of any script kept (`p-林美華`). */
export function slug(text: string): string {
  const s = text
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'speaker' : s.slice(0, 40);
}

/** A surname in capitals after a prefix printed in small letters: "LaVALLE", "McDONALD", "DeSANTIS". */
const PREFIXED_CAPITALS = /^(\p{Lu}\p{Ll}{1,2})(\p{Lu}[\p{Lu}'’-]+)$/u;

/** "PRESIDENT TRUMP" → "President Trump", "SENATOR LaVALLE" → "Senator LaValle"; other mixed-case text is returned as it is. */
export function displayCase(text: string): string {
  // The Congressional Record's "Mr. DUNMORE", "The PRESIDING OFFICER": a title, then capitals.
  const record =
    /^((?:Mr|Mrs|Ms|Dr|Miss|Messrs)\.?\s+|The\s+)(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+)*)(.*)$/u.exec(text);
  if (record) return record[1]! + displayCase(record[2]!) + record[3]!;
  // "SENATOR LaVALLE", "MR. McDONALD": capitals, a surname keeping its prefix's small letters.
  const words = text.split(/(\s+)/);
  if (
    words.some((w) => PREFIXED_CAPITALS.test(w)) &&
    words.every((w) => !/\p{Ll}/u.test(w) || PREFIXED_CAPITALS.test(w))
  ) {
    const cased = displayCase(text.toLocaleUpperCase('en')).split(/(\s+)/);
    return words
      .map((w, i) => {
        const prefixed = PREFIXED_CAPITALS.exec(w);
        return prefixed ? prefixed[1]! + displayCase(prefixed[2]!) : cased[i]!;
      })
      .join('');
  }
  if (/\p{Ll}/u.test(text)) return text;
  // "JR", "TA": two initials standing for a name stay capitals. (Three letters may be a name or a
  // rank, "LEO", "CDR", and are displayed as one.)
  if (/^\p{Lu}{2}$/u.test(text.trim())) return text;
  return text
    .toLocaleLowerCase('en')
    .replace(/(^|[\s\-'’(./])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('en'))
    .replace(/\bMc(\p{Ll})/gu, (_, l: string) => 'Mc' + l.toLocaleUpperCase('en'))
    .replace(/\b(Of|For|And|The|Der|Des|Für|De|Du|La|Le|Von|Van)\b/g, (w, _x, offset: number) =>
      offset === 0 ? w : w.toLowerCase(),
    )
    .replace(/\b(Mp|Cfo|Ceo|Nato|Us|Un|Eu|Uk)\b/g, (w) => w.toUpperCase());
}

/** True when every token is a role word or honorific. */
export function isRoleOnly(tokens: string[]): boolean {
  return tokens.length > 0 && tokens.every((t) => ROLE_WORDS.has(t) || HONORIFICS.has(t));
}

/**
 * "Interview with Natasa", "An interview with Jane Roe", "Talking with Rufi Thorpe about …", "In
 * conversation with Jane Roe": the person a title says is interviewed.
 */
const INTERVIEWED =
  /\b(?:[Ii]nterview(?:ed)?|[Tt]alking|[Cc]onversation|Q\s?&\s?A)\s+[Ww]ith\s+(?:[\p{L}\p{N}.-]+['’]s\s+)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})/u;

/** The same in other languages, or with what the person is before their name (`with the developer Jane Roe`). */
const INTERVIEWED_DESCRIBED =
  /\b(?:[Ii]nterview(?:ed)?|[Tt]alking|[Cc]onversation|Q\s?&\s?A|[Ee]ntretien|[Gg]espräch|[Ee]ntrevista|[Ii]ntervista)\s+(?:with|avec|mit|con|com|a)(?:\s+\p{Ll}[\p{L}\p{M}'’-]*){0,5}\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})/u;

/**
 * The participant a title says is interviewed: one already known by that name, else a new
 * person (not added to `participants`); null when the title names nobody so.
 */
export function intervieweeOfTitle(title: string | null, participants: readonly Participant[]): Participant | null {
  let name = title ? INTERVIEWED.exec(title)?.[1]?.replace(/[.,:;]+$/, '') : undefined;
  // "An interview with the open source developer Sindre Sorhus", "Une interview avec le
  // développeur Sindre Sorhus": what they are before the name, in small letters; then only a
  // full personal name is the one interviewed.
  const described = title && !name ? INTERVIEWED_DESCRIBED.exec(title)?.[1]?.replace(/[.,:;]+$/, '') : undefined;
  if (described && described.includes(' ') && looksLikePersonalName(described)) name = described;
  if (!name) return null;
  const known = participants.find((p) => p.name === name || p.shortName === name);
  return known ?? participantFromLabel(name, 'person');
}

/**
 * The person an interview's title names: as interviewed ("Interview with Jane Roe"), or alone
 * ("Daniel Stenberg"), or before what they are ("Christine Marie – Life Coach, Germany"); a known
 * participant of that name, else a new person (not added to `participants`); null otherwise.
 * Only for a page already shown to be an interview: a title naming a person is not that alone.
 */
export function interviewedIn(title: string | null, participants: readonly Participant[]): Participant | null {
  const interviewed = intervieweeOfTitle(title, participants);
  if (interviewed || !title) return interviewed;
  const head = title
    .trim()
    .split(/\s*[–—|]\s*|\s+-\s+|:\s+/)[0]!
    .trim();
  if (!/\s/.test(head) || !looksLikePersonalName(head)) return null;
  return participants.find((p) => p.name === head) ?? participantFromLabel(head, 'person');
}

/** A greeting or welcome that opens a question, then the given name it addresses: "Ciao Francesca,", "Welcome Maya,". */
const ADDRESSED =
  /^\s*(?:(?:hi|hello|hey|welcome|ciao|salve|benvenut[oa]|hola|bienvenid[oa]|bonjour|salut|bienvenue|olá|oi|hallo|willkommen)\b[^,!.?]{0,40}?\s+)?(\p{Lu}\p{Ll}{1,20})\s*[,!]/iu;

/**
 * The person a question addresses by given name, where the page names one person with that given
 * name in full ("Ciao Francesca, …" on a page that introduces "la giornalista Francesca Monti"):
 * a participant for that full name; null where the question greets nobody or the page names
 * nobody so, or two.
 */
export function addressedPerson(question: string, page: string): Participant | null {
  const given = ADDRESSED.exec(question)?.[1];
  if (!given || ROLE_WORDS.has(upper(given))) return null;
  const full = new Set(
    [...page.matchAll(new RegExp(`\\b${given}\\s+(\\p{Lu}[\\p{L}'’-]+)`, 'gu'))].map((m) => `${given} ${m[1]!}`),
  );
  const [only] = full;
  return full.size === 1 && looksLikePersonalName(only!) ? participantFromLabel(only!, 'person') : null;
}

/** "on behalf of the S&D Group", "au nom du groupe Renew": whom a member speaks for. */
const ON_BEHALF_OF = /^(?:on behalf of|for|au nom d[eu]|im Namen d(?:er|es))\s+(?:the\s+)?(.+)$/i;

/** Whom a phrase says a member speaks for ("on behalf of the S&D Group" → "S&D Group"); null otherwise. */
export function onBehalfOf(text: string): string | null {
  return ON_BEHALF_OF.exec(text.trim())?.[1]!.trim() ?? null;
}

/** True when a phrase reads as a role ("NATO Secretary General", "Russian Minister of Foreign Affairs"). */
export function isRolePhrase(text: string): boolean {
  // ("Co-Leader", "Co-Host", "Vice-Chair": a role word after a hyphen.)
  const tokens = nameTokens(text).flatMap((t) =>
    /^(?:CO|VICE|DEPUTY)-/.test(t) ? [t, t.slice(t.indexOf('-') + 1)] : [t],
  );
  return tokens.some((t) => ROLE_WORDS.has(t) && t !== 'OF' && t !== 'AND' && t !== 'FOR' && t !== 'DER');
}

/** Split a role phrase into affiliation and role: "NATO Secretary General" → NATO, Secretary General. */
export function splitRolePhrase(text: string): { role: string; affiliation: string | null } {
  const words = text.trim().split(/\s+/);
  const firstWord = words[0] ?? '';
  const first = upper(firstWord.replace(/[^\p{L}]/gu, ''));
  if (words.length > 1 && DEMONYMS[first]) return { role: words.slice(1).join(' '), affiliation: DEMONYMS[first] };
  if (words.length > 1 && /^[A-Z]{2,6}$/.test(firstWord) && !ROLE_WORDS.has(firstWord)) {
    return { role: words.slice(1).join(' '), affiliation: firstWord };
  }
  return { role: text.trim(), affiliation: null };
}

/**
 * A party as labels print it in brackets: "SPD", "CDU/CSU", "Z", "BQ", "Lib.", "Ref.", "D-CA".
 * (Offices abbreviated the same way, "PM" or "SG", are roles.)
 */
export function isPartyAbbreviation(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 12 || /\s/.test(t)) return false;
  if (/^[DRI]-[A-Z]{2}$/.test(t)) return true;
  if (/^\p{Lu}\p{Ll}{1,4}\.$/u.test(t)) return true;
  // The parties of the UK Parliament as Hansard prints them: "(Lab)", "(Con)", "(Lab/Co-op)".
  if (/^(?:Lab|Con|Ind|Green|Reform|Alba)(?:\/Co-op)?$/.test(t)) return true;
  return /^\p{Lu}[\p{Lu}/&-]*\.?$/u.test(t) && !ROLE_WORDS.has(t.replace(/\./g, ''));
}

/** True when the words of `part` stand, in order, in `whole` (case and punctuation aside). */
function containsWords(whole: string, part: string): boolean {
  const outer = ` ${nameTokens(whole).join(' ')} `;
  const inner = nameTokens(part).join(' ');
  return inner !== '' && outer.includes(` ${inner} `);
}

/**
 * A participant without a role or affiliation that its name already says: "Secretary Burgum"
 * needs no role "Secretary", "NATO Secretary General" neither "Secretary General" nor "NATO",
 * "Operator" no role "Operator". (Labels keep every form as printed.)
 */
export function withoutRepeatedDetails(participant: Participant): Participant {
  const role = participant.role !== null && containsWords(participant.name, participant.role) ? null : participant.role;
  const affiliation =
    participant.affiliation !== null && containsWords(participant.name, participant.affiliation)
      ? null
      : participant.affiliation;
  return role === participant.role && affiliation === participant.affiliation
    ? participant
    : { ...participant, role, affiliation };
}

/** The surname-like short name of a personal name ("Lord Robertson" → "Robertson"). */
export function shortNameOf(name: string): string {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const kept = words.filter((w) => !HONORIFICS.has(upper(w.replace(/\./g, ''))));
  const last = kept[kept.length - 1] ?? words[words.length - 1] ?? name;
  // "Jose Luis de Haro", "Ursula von der Leyen": the particles before the surname are of it, where
  // a given name stands before them.
  let first = kept.length - 1;
  while (first > 1 && SURNAME_PARTICLE.test(kept[first - 1]!)) first--;
  if (first > 0 && first < kept.length - 1) return [...kept.slice(first, -1), last].join(' ').replace(/[.,;:]+$/, '');
  return last.replace(/[.,;:]+$/, '');
}

/** Words that belong to the surname after them: "de Haro", "van Dijk", "von der Leyen". */
const SURNAME_PARTICLE = /^(?:de|del|della|di|da|das|dos|du|van|von|der|den|la|le|ter|ten)$/i;

/** True when a string looks like a personal name (two or three capitalised words, or honorific + name). */
export function looksLikePersonalName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 1 || words.length > 5) return false;
  if (!words.every((w) => /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(w) || /^(?:de|von|van|der|la|le|du|bin|al)$/.test(w)))
    return false;
  // (A name's particle in lower case, "van der Berg", is no role word, whatever German's "der" is.)
  const tokens = nameTokens(words.filter((w) => !/^\p{Ll}/u.test(w)).join(' '));
  if (tokens.some((t) => ROLE_WORDS.has(t))) return false;
  return words.length >= 2 || HONORIFICS.has(upper(words[0] ?? ''));
}

/** A participant for a personal name, "Given Surname" or "Surname, Given". */
export function personFromName(raw: string): Participant | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  const comma = /^([\p{Lu}][\p{L}'’-]+),\s*([\p{Lu}][\p{L}'’. -]+)$/u.exec(text);
  const printed = comma ? `${comma[2]} ${comma[1]}` : text;
  if (!looksLikePersonalName(printed)) return null;
  // "JOSE LUIS DE HARO", as a list prints it, is displayed "Jose Luis de Haro".
  const name = /\p{Ll}/u.test(printed) ? printed : displayCase(printed);
  const shortName = shortNameOf(name);
  return { id: `p-${slug(shortName)}`, name, shortName, role: null, affiliation: null, kind: 'person', labels: [] };
}

/**
 * Participants named on a line such as "with NATO Secretary General, Lord Robertson and Russian
 * Minister of Foreign Affairs, Igor Ivanov": role phrases followed by names.
 */
export function participantsFromLine(line: string): Participant[] {
  const body = line.replace(/^\s*(?:with|by|featuring|participants?:|speakers?:)\s+/i, '').replace(/[.;]\s*$/, '');
  const parts = body.split(/\s*,\s*|\s+and\s+|\s*;\s*/).filter(Boolean);
  const found: Participant[] = [];
  let pendingRole: string | null = null;
  for (const part of parts) {
    if (looksLikePersonalName(part)) {
      const shortName = shortNameOf(part);
      const split = pendingRole ? splitRolePhrase(pendingRole) : null;
      found.push({
        id: `p-${slug(shortName)}`,
        name: part,
        shortName,
        role: split?.role ?? null,
        affiliation: split?.affiliation ?? null,
        kind: 'person',
        labels: [],
      });
      pendingRole = null;
    } else if (isRolePhrase(part)) {
      pendingRole = part;
    } else {
      pendingRole = null;
    }
  }
  return found;
}

/** A personal name in an interview's credit line: capitalised words, initials and particles. */
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|der|la|le|da|di|del|bin|al)){1,4}`;
/**
 * An interview's credit line: "Jane Roe interviewed by Tom Abel", "Interview with Jane Roe by Tom
 * Abel", "Oral history interview of Jane Roe, conducted by Tom Abel", what follows a comma or a
 * stop (a date, a place) aside. Groups: interviewed, interviewer (either order), the rest.
 */
const INTERVIEW_CREDIT = new RegExp(
  String.raw`^\s*(?:(${CREDIT_NAME}),?\s+(?:was\s+)?interviewed\s+by\s+(${CREDIT_NAME})|(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[Oo]ral[ -][Hh]istory\s+)?[Ii]nterview\s+(?:with|of)\s+(${CREDIT_NAME}),?\s+(?:conducted\s+)?by\s+(${CREDIT_NAME}))\s*(?:(?:[,.;:(–—-]|\s(?:on|in|at)\s)\s*(.*))?$`,
  'u',
);

/**
 * The interviewed and the interviewer an interview's credit line names (roles `Interviewee` and
 * `Interviewer`), and what the line says besides (a date, a place); null for any other line.
 */
export function interviewCredit(line: string): { people: Participant[]; rest: string } | null {
  const match = INTERVIEW_CREDIT.exec(line);
  if (!match) return null;
  const interviewed = (match[1] ?? match[3])!.trim().replace(/\.$/, '');
  const interviewer = (match[2] ?? match[4])!.trim().replace(/\.$/, '');
  const people: Participant[] = [];
  for (const [name, role] of [
    [interviewed, 'Interviewee'],
    [interviewer, 'Interviewer'],
  ] as const) {
    const person = personFromName(name);
    if (!person) return null;
    people.push({ ...person, role });
  }
  return { people, rest: match[5]?.trim() ?? '' };
}

/** How a label relates to the anonymous questioner, an answer marker, a group or nobody. */
export function labelClass(label: string): 'question' | 'answer' | 'group' | 'unknown' | 'name' {
  const key = nameTokens(label).join(' ');
  if (QUESTION_LABELS.has(key)) return 'question';
  if (ANSWER_LABELS.has(key)) return 'answer';
  if (GROUP_LABEL.test(label.trim().replace(/\s+/g, ' '))) return 'group';
  if (UNKNOWN_LABEL.test(label.trim().replace(/^[([](.*)[)\]]$/, '$1'))) return 'unknown';
  return 'name';
}

/** The initials of a name, honorifics left out: "Maxime Jaglin" → "MJ". */
export function initialsOf(name: string): string {
  return withoutHonorifics(nameTokens(name))
    .map((t) => t[0] ?? '')
    .join('');
}

/** How well a given name alone names a participant (`MARTA` for Marta Okonjo): taken only where nobody else has it. */
export const GIVEN_NAME_SCORE = 0.84;

/** How well a label names a participant: 0 (not at all) to 1 (exactly), with the reason. */
export function labelMatch(label: string, participant: Participant): { score: number; reason: string } {
  const lowerLabel = label.trim().toLocaleLowerCase('en');
  if (participant.labels.some((l) => l.toLocaleLowerCase('en') === lowerLabel))
    return { score: 1, reason: 'the same label as before' };
  const tokens = withoutHonorifics(nameTokens(label));
  if (tokens.length === 0) return { score: 0, reason: '' };
  const key = tokens.join(' ');
  const name = withoutHonorifics(nameTokens(participant.name)).join(' ');
  const short = withoutHonorifics(nameTokens(participant.shortName)).join(' ');
  const role = participant.role ? withoutHonorifics(nameTokens(participant.role)).join(' ') : null;
  if (key === name) return { score: 0.98, reason: `the label is ${participant.name}'s name` };
  if (key === short && short !== '') return { score: 0.95, reason: `the label is ${participant.name}'s surname` };
  // ("GAULLE" for Charles de Gaulle: the surname without its particle.)
  if (SURNAME_PARTICLE.test(participant.shortName.split(' ')[0]!) && key === short.split(' ').at(-1))
    return { score: 0.9, reason: `the label is ${participant.name}'s surname` };
  if (role && key === role)
    return { score: 0.95, reason: `the label is the role of ${participant.name} (${participant.role})` };
  if (role && key === `${role} ${short}`)
    return { score: 0.97, reason: `the label is ${participant.name}'s role and name` };
  const last = tokens[tokens.length - 1];
  // "Vice President" is not "The President", nor "Deputy Minister" the Minister: "vice" and
  // "deputy" before a role name another office ("Acting Speaker" is the Speaker's chair).
  const anotherOffice = ROLE_WORDS.has(short) && tokens.slice(0, -1).some((t) => t === 'VICE' || t === 'DEPUTY');
  if (last === short && !anotherOffice && tokens.slice(0, -1).every((t) => ROLE_WORDS.has(t) || HONORIFICS.has(t))) {
    return { score: 0.93, reason: `the label is a title and ${participant.name}'s surname` };
  }
  if (
    tokens.length === 1 &&
    /^[A-Z]{2,3}$/.test(key) &&
    key === initialsOf(participant.name) &&
    participant.kind === 'person'
  ) {
    return { score: 0.85, reason: `the label is ${participant.name}'s initials` };
  }
  if (role && isRoleOnly(tokens) && role.endsWith(key) && key.includes(' ')) {
    return { score: 0.8, reason: `the label is part of the role of ${participant.name} (${participant.role})` };
  }
  // "MARTA" for Marta Okonjo, named in the metadata: an interview labelled by given names. (The
  // caller takes it only where no other participant has that given name.)
  const given = withoutHonorifics(nameTokens(participant.name));
  if (
    tokens.length === 1 &&
    participant.kind === 'person' &&
    given.length >= 2 &&
    given[0] === key &&
    !ROLE_WORDS.has(key) &&
    looksLikePersonalName(participant.name)
  )
    return { score: GIVEN_NAME_SCORE, reason: `the label is ${participant.name}'s given name` };
  // "Freidhof (SPD), Antragsteller" names the "Freidhof" of "Freidhof (SPD)": compare the names the labels hold.
  if (/[(,]/.test(label) && name !== '' && withoutHonorifics(nameTokens(labelledName(label))).join(' ') === name) {
    return { score: 0.96, reason: `the label gives ${participant.name}'s name with a party or role` };
  }
  return { score: 0, reason: '' };
}

/** The name a label gives, without its party, role or brackets: "Freidhof (SPD), Antragsteller" → "Freidhof". */
export function labelledName(label: string): string {
  return participantFromLabel(label, 'person').name;
}

/**
 * A new participant made from a label nobody known answers to. Brackets hold a person after an
 * office ("The Acting Speaker (Mr. McClelland)"), a role and a party ("(Parliamentary Secretary
 * to …, Lib.)"), a constituency and a party ("(Surrey Central, Ref.)": the constituency stays
 * in the label as printed), a party alone ("(SPD)", "(D-CA)"), or, before a second bracket, a
 * place that tells namesakes apart ("Müller (Frankfurt) (KPD)": part of the name). A role may
 * follow the brackets ("Freidhof (SPD), Antragsteller"), and a party may follow the name after a
 * comma ("Dr. Lenz, CDU/CSU"). A bracket the source cut off ("Ms.
 * Shaughnessy Cohen (Windsor-St.") is left out of the name.
 */
export function participantFromLabel(label: string, kind: Participant['kind']): Participant {
  // "(UNKNOWN)": a voice nobody named, its brackets the transcriber's.
  let text = label
    .trim()
    .replace(/^[([]([^()[\]]*)[)\]]$/, '$1')
    .replace(/\s*\([^()]*$/, '');
  let role: string | null = null;
  let affiliation: string | null = null;
  // "Menteri di Jabatan Perdana Menteri [Tan Sri Bernard Giluk Dompok]": an office, the person in
  // square brackets after it.
  // (And "議長（山田太郎君）": an office, the person in full-width brackets after it.)
  const bracketed = /^([^[\]（）]+?)\s*(?:\[([^[\]]+)\]|（([^（）]+)）)$/.exec(text);
  if (bracketed) {
    role = bracketed[1]!.trim();
    text = (bracketed[2] ?? bracketed[3]!).trim();
  }
  const roleAfter = /^(.*\))\s*,\s*([^()]+)$/.exec(text);
  if (roleAfter && isRolePhrase(roleAfter[2]!)) {
    role = roleAfter[2]!.trim();
    text = roleAfter[1]!.trim();
  }
  const paren = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
  let outside = (paren ? paren[1] : text)!.trim();
  let inside = paren ? paren[2]!.trim() : null;
  // "The Acting Speaker (Mr. McClelland)", "The Prime Minister (Rishi Sunak)": the person is in
  // the parentheses.
  if (
    inside &&
    !/,/.test(inside) &&
    (/^(?:Mr|Mrs|Ms|Dr|Hon|Miss|Lord|Lady|Sir)\.?\s/.test(inside) ||
      (isRoleOnly(nameTokens(outside)) && looksLikePersonalName(inside)))
  ) {
    role = outside.replace(/^the\s+/i, '');
    outside = inside;
    inside = null;
  }
  if (inside) {
    const comma = inside.lastIndexOf(',');
    if (comma >= 0) {
      const before = inside.slice(0, comma).trim();
      if (isRolePhrase(before)) role = role ?? before;
      affiliation = inside.slice(comma + 1).trim();
    } else if (isPartyAbbreviation(inside)) affiliation = inside;
    else if (isRolePhrase(inside)) role = role ?? inside;
    else if (/\)\s*$/.test(outside)) outside = `${outside} (${inside})`;
    else affiliation = inside;
  }
  // "Schäffer, Bundesminister der Finanzen": name, then role; "Dr. Lenz, CDU/CSU": name, then party.
  const nameThenRole = /^([^,]+),\s*(.+)$/.exec(outside);
  if (nameThenRole && isPartyAbbreviation(nameThenRole[2]!)) {
    outside = nameThenRole[1]!.trim();
    affiliation = affiliation ?? nameThenRole[2]!.trim();
  } else if (nameThenRole && isRolePhrase(nameThenRole[2]!)) {
    outside = nameThenRole[1]!.trim();
    role = role ?? nameThenRole[2]!.trim();
  } else if (nameThenRole && onBehalfOf(nameThenRole[2]!) !== null) {
    // "Hans Müller, on behalf of the S&D Group": a member speaking for a group.
    outside = nameThenRole[1]!.trim();
    affiliation = affiliation ?? onBehalfOf(nameThenRole[2]!);
  }
  // "nicolas-demorand": a name a site wrote as a slug is displayed as the name it spells.
  if (/^\p{Ll}+(?:-\p{Ll}+)+$/u.test(outside))
    outside = outside
      .split('-')
      .map((word) => word[0]!.toLocaleUpperCase() + word.slice(1))
      .join(' ');
  // "Mr. HOLLOWAY", "The PRESIDING OFFICER": displayCase reads the record's capitals after a title.
  const display = displayCase(outside);
  const words = display.split(/\s+/);
  // Leading role words become the role: "PRESIDENT TRUMP" → role President, name President Trump.
  const roleOnly = isRoleOnly(nameTokens(display));
  let split = 0;
  while (!roleOnly && split < words.length - 1 && ROLE_WORDS.has(upper(words[split]!.replace(/[.,]/g, '')))) split++;
  // "President of Russia Vladimir Putin": an office of a place ends on the place, not on "of"; the
  // words up to the last two (the name) are the office's.
  if (split > 0 && /^(?:of|for)$/i.test(words[split - 1]!))
    while (split < words.length - 2 && /^\p{Lu}/u.test(words[split]!)) split++;
  // (Where no place follows, a connector is no part of the office.)
  while (split > 0 && /^(?:of|for|and|the)$/i.test(words[split - 1]!)) split--;
  // "Board Chairman of the Foundation for Development and Support of the Valdai Discussion Club
  // Andrei Bystritsky": a long office, then a full name; the office is all the words before the
  // name, and the name is the person's alone.
  let name = display;
  if (!roleOnly && words.length >= 5 && role === null) {
    for (const size of [2, 3]) {
      const tail = words.slice(-size).join(' ');
      const office = words.slice(0, words.length - size);
      if (
        office.length > 0 &&
        office.some((word) => /^(?:of|for|on)$/i.test(word)) &&
        office.every((word) => /^\p{Lu}/u.test(word) || /^(?:of|for|on|and|the|in|at|to)$/i.test(word)) &&
        looksLikePersonalName(tail) &&
        // ("The Member for Leeds North East": a constituency's last words are no person's name.)
        !words
          .slice(-size)
          .some((word) =>
            /^(?:North|South|East|West|Central|Upper|Lower|New|Old|Great|Greater|Inner|Outer|Mid)$/.test(word),
          ) &&
        !ROLE_WORDS.has(upper(words.at(-size)!.replace(/[.,]/g, '')))
      ) {
        split = words.length - size;
        name = tail;
        break;
      }
    }
  }
  if (split > 0 && role === null)
    role = words
      .slice(0, split)
      .join(' ')
      .replace(/^the\s+/i, '');
  if (roleOnly && role === null) role = display.replace(/^the\s+/i, '');
  const shortName = roleOnly ? display : shortNameOf(words.slice(split).join(' ') || display);
  return {
    id: `p-${slug(shortName)}`,
    name,
    shortName,
    role: role ? displayCase(role) : null,
    affiliation,
    kind,
    labels: [],
  };
}
