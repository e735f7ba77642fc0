/**
 * @module normalise/passes/header-fields
 * Pass `header-fields`: a label-shaped line before the first spoken turn that the text never
 * repeats — `TRANSCRIPTION: PROOF COPY`, `VENUE: …`, `Topic: …`, `PRESENT: Mr. A, Chairman`,
 * `In-person attendees:`, `SENATE JUDICIARY COMMITTEE:` — is a field of the header, not a
 * speaker, unless it names a known participant or introduces a stretch of speech. It goes to
 * `removed[]` (reason `header-field`) with the lines that continue it (a list of attendees),
 * so no participant is ever made from it. A field that names people (`Presenter: Myles Borins
 * (MBS)`, `Name: Ana Ruiz`, `Host: Jane Roe`), wherever it stands, is removed as `name-field`
 * and makes them participants, the initials one of their labels, the role of a host, guest,
 * moderator, chair, interviewer or interviewee (an oral history's `Narrator:`) theirs.
 *
 * The first spoken turn is the first label the document confirms: one that recurs, names a
 * participant already known, or introduces speech. When no label is confirmed, only the head
 * of the document (before the first line of prose) is read, so a line of a speech that happens
 * to hold a colon is never taken.
 */
import type { Participant, Removed } from '../../model/nodes.js';
import { blockRemoval, placeOf, removal, type Draft, type Pass, type SourceLine } from '../draft.js';
import {
  damagedLabelAt,
  hanNameOrRole,
  labelAt,
  labelKey,
  shortTimedSegment,
  withoutColon,
  type LabelCandidate,
} from '../labels.js';
import {
  displayCase,
  initialsOf,
  isRolePhrase,
  labelClass,
  labelMatch,
  looksLikePersonalName,
  participantFromLabel,
  personFromName,
} from '../people.js';
import { sectionHeadingAt } from './show-notes.js';

/**
 * `Key: value` with a key of up to four words starting with a capital (`In-person attendees:`), or
 * a key in Han, kana or Hangul script before a full-width colon (`集數編號：605`), a list's dash or
 * a quote's `>` before it (`- 集數編號：605`, `> 註：…`). (A dash before a Latin key is a list of
 * show notes or people: `show-notes` and `participant-roster` read those.)
 */
const FIELD =
  /^\s*(?:[-*+>]\s+(?=[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}]))?(?:\*\*)?(\p{Lu}[\p{L}’'/&.-]*(?:[ -][\p{L}’'/&.-]+){0,3}|[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}]{1,8})\s*(?:\*\*)?\s*[:：](?!\/\/)(?:\*\*)?\s*(.*)$/u;

/** Fields the `title-block` pass turns into metadata: left for it. */
const METADATA_KEYS = new Set([
  'DATE',
  'SUBJECT',
  'SUBJECTS',
  'TOPICS',
  'COMPANY',
  'PUBLISHER',
  'SOURCE',
  'ORGANISATION',
  'ORGANIZATION',
  'PLACE',
  'LOCATION',
  'VENUE',
]);

/** The fields of a letter or a memo that covers a transcript: never a speaker. */
const LETTER_FIELDS = new Set(['SUB', 'SUBJ', 'SUBJECT', 'RE', 'REF', 'ENCL', 'ENCLS', 'ATTN']);

/**
 * True for text that reads as speech: enough words, many of them in lower case (or in a script
 * without capitals), or a run of Han, kana or Hangul with a comma or a stop in it.
 */
function isProse(text: string): boolean {
  if ((text.match(/\p{Lo}/gu) ?? []).length >= 12 && /[，、。？！,.?!]/u.test(text)) return true;
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 6) return false;
  const lower = words.filter((word) => /^["“(‘]?[\p{Ll}\p{Lo}]/u.test(word)).length;
  return lower / words.length >= 0.4;
}

/**
 * True for the words a label introduces when they are speech: prose, or a sentence not in
 * capitals ("Welcome.", "Thank you very much."), not a value ("PROOF COPY ONLY", "Jitsi",
 * "Mr. A, Chairman").
 */
function isSpeech(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  // ("Milena Holdert (Nieuwsuur) en Ghassan Dahhan (Trouw).": a list of names, who took part.)
  if (listOfNames(text) || rosterEntry(text)) return false;
  // ("SERIES: Security Now!": a title, every word capitalised, two to six of them.)
  if (words.length >= 2 && words.length <= 6 && words.every((word) => /^[("“'‘#]?[\p{Lu}\d]/u.test(word))) return false;
  return (
    isProse(text) || (words.length >= 1 && /[\p{Ll}\p{Lo}]/u.test(text) && /[.?!…。？！]["”’)」]?\s*$/u.test(text))
  );
}

/**
 * True when a text is only personal names, each perhaps with what they are in brackets, joined
 * by commas or a word for "and": `Jane Roe (Trouw) and Tom Abel.`, `Ana Ruiz, Leo Brandt (CFO)`.
 */
function listOfNames(text: string): boolean {
  const parts = text
    .trim()
    .replace(/[.;]$/, '')
    .split(/\s*(?:,|;|&|\b(?:and|en|und|et|y|e|och|og|i)\b)\s*/u)
    .map((part) => part.replace(/\s*\([^()]*\)\s*/g, ' ').trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((part) => part.includes(' ') && looksLikePersonalName(part));
}

/**
 * True when a text is a list's entry of who takes part: a name (an honorific before it, perhaps)
 * then a dash and what they are, `MR. MANOJ RAGHAVAN – MANAGING DIRECTOR AND`, `Jane Roe - CFO`
 * (what a conference call's cover page prints under `MANAGEMENT:` and `MODERATOR:`).
 */
function rosterEntry(text: string): boolean {
  return rosterPerson(text) !== null;
}

/** The name and what they are of a list's entry (`MR. MANOJ RAGHAVAN – MANAGING DIRECTOR`), or null. */
function rosterPerson(text: string): { name: string; role: string } | null {
  const entry = /^\s*([^\s–—-][^–—]*?)\s+[–—-]\s+(\p{Lu}.*)$/iu.exec(text);
  if (!entry) return null;
  const bare = entry[1]!.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Shri|Smt)\.?\s+/i, '').trim();
  const name = displayCase(bare);
  if (!name.includes(' ') || !looksLikePersonalName(name)) return null;
  // (An honorific, or a role after the dash, says it is a person: "TITLE: Personal Password Policy - Part 2" is none.)
  const role = entry[2]!.trim();
  if (bare === entry[1]!.trim() && !isRolePhrase(displayCase(role.split(/\s+[–—-]\s+/)[0]!))) return null;
  return { name, role };
}

/**
 * The people a cover page's field lists, one entry a line, an entry's role going on over the
 * lines under it (`MANAGEMENT: MR. MANOJ RAGHAVAN – MANAGING DIRECTOR AND` ⏎ `CHIEF EXECUTIVE
 * OFFICER – TATA ELXSI LIMITED` ⏎ `MR. GAURAV BAJAJ – CHIEF FINANCIAL OFFICER`): each a
 * participant, their role the words up to the next dash (the company after it is theirs).
 */
function rosterPeople(texts: readonly string[], roleField: boolean): Participant[] {
  const entries: { name: string; role: string }[] = [];
  for (const text of texts) {
    const person = rosterPerson(text);
    if (person) entries.push(person);
    else if (entries.length > 0) entries.at(-1)!.role += ` ${text.trim()}`;
  }
  return entries.flatMap(({ name, role }) => {
    const person = personFromName(name);
    const parts = role.split(/\s+[–—-]\s+/).map((part) => displayCase(part.trim()));
    // (Under a role's field, `MODERATOR:`, the entry says whom they are with; the role is not made
    // theirs: a call's "Moderator:" label is its operator, who hands over to the one listed.)
    const [office, affiliation] = roleField ? [null, parts.join(', ')] : [parts[0]!, parts.slice(1).join(', ')];
    return person ? [{ ...person, role: office, affiliation: affiliation || null }] : [];
  });
}

/**
 * The label a header line starts with, if a colon or markup prints it so: a name printed with no
 * colon before the speech is a label only where the whole document is read so (`segment`), and a
 * header's "Deutscher Bundestag – 212. Sitzung" is no field.
 */
function headerLabelAt(text: string): LabelCandidate | null {
  const candidate = labelAt(text);
  return candidate && !withoutColon(candidate) ? candidate : null;
}

/** The label line `index` starts with, unless it is a speech-to-text log's short stamped segment. */
function labelHere(lines: readonly SourceLine[], index: number): LabelCandidate | null {
  const candidate = headerLabelAt(lines[index]!.text);
  return candidate && !shortTimedSegment(lines, index, candidate) ? candidate : null;
}

/** The label or field key line `index` starts with, and what follows it on the line. */
function labelShaped(
  lines: readonly SourceLine[],
  index: number,
): { key: string; rest: string; label: boolean } | null {
  const text = lines[index]!.text;
  const candidate = labelHere(lines, index);
  if (candidate) return { key: labelKey(candidate.label), rest: candidate.rest, label: true };
  const field = FIELD.exec(text);
  if (field) return { key: labelKey(field[1]!), rest: field[2]!.trim(), label: false };
  return null;
}

/** The text a label-shaped line introduces: its rest, then its paragraph (or the next one). */
function introducedText(lines: SourceLine[], index: number, rest: string): string {
  const parts = [rest];
  let i = index + 1;
  if (rest === '') while (i < lines.length && lines[i]!.text.trim() === '') i++;
  const first = i;
  for (; i < lines.length && lines[i]!.text.trim() !== ''; i++) {
    const text = lines[i]!.text;
    const label = headerLabelAt(text);
    // "MR. LEE:" then "A: The answer.": an answer marker first goes on with the same speaker.
    const answerMarker = label !== null && rest === '' && i === first && labelClass(label.label) === 'answer';
    if (label && !answerMarker) break;
    // The next field, or a label a scan damaged, ends it too.
    if (!label && (FIELD.test(text) || damagedLabelAt(text))) break;
    parts.push(label ? label.rest : lines[i]!.text.trim());
  }
  return parts.join(' ');
}

/** Index of the first line that starts a spoken turn, or of the first prose line when none does. */
function endOfHeader(lines: SourceLine[], participants: Participant[]): number {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const candidate = headerLabelAt(line.text);
    if (candidate) counts.set(labelKey(candidate.label), (counts.get(labelKey(candidate.label)) ?? 0) + 1);
  }
  let firstProse = -1;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.text;
    const candidate = labelHere(lines, index);
    // (A covering letter's "Sub.: Transcript of …" and a cover page's "MODERATOR: MR. JANE ROE –
    // EY", the label's words a list's entry, start no turn, however often the label recurs.)
    if (candidate && (LETTER_FIELDS.has(labelKey(candidate.label)) || rosterEntry(candidate.rest))) continue;
    if (candidate) {
      const recurring = (counts.get(labelKey(candidate.label)) ?? 0) >= 2;
      const known = participants.some((p) => labelMatch(candidate.label, p).score > 0);
      if (recurring || known || isSpeech(introducedText(lines, index, candidate.rest))) return index;
    } else if (firstProse < 0 && !FIELD.test(text) && isSpeech(text)) firstProse = index;
  }
  return firstProse < 0 ? lines.length : firstProse;
}

/**
 * Fields that name the people of a talk or an agenda item: `Presenter: Myles Borins (MBS)`,
 * `Name: Ana Ruiz`; `Host: Jane Roe`, `Guest: …`, `Moderator: …` also give the role a label
 * may use (`HOST:`).
 */
const NAME_FIELD =
  /^\s*(?:[-*+]\s+)?(?:\*\*)?(Names?|Presenters?|Speakers?|Hosts?|Guests?|Moderators?|Chair|Interviewers?|Interviewees?|Narrators?|Respondents?|Lecturer|Entrevistador(?:a|es|as)?|Entrevistad[oa]s?|Intervistat(?:ore|rice|o|a)|Interviewée?|Intervieweu(?:r|se)|Moderador(?:a)?|Modérat(?:eur|rice)|Moderatorin|Apresentador(?:a)?|Presentador(?:a)?|Invitad[oa]s?|Convidad[oa]s?|Invitée?s?|Gast|Ospite|主持人|主持|嘉賓|嘉宾|來賓|来宾|講者|讲者|主講人|主讲人|司会|司会者|ゲスト|진행자|게스트)(?:\*\*)?\s*[:：](?:\*\*)?\s*(.+?)(?:\*\*)?\s*$/i;
/** A full name and the initials printed after it in brackets: `Carlos Peña (CP)`. */
const INTRODUCED_WITH_INITIALS = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+\(([A-Z]{2,4})\)/gu;
/** A name in Han, kana or Hangul script, two to twelve characters. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}·・]{2,12}$/u;

/** The role a name field gives, by its key: none for a name or a presenter of an agenda item. */
const FIELD_ROLES: Record<string, string> = {
  host: 'Host',
  hosts: 'Host',
  guest: 'Guest',
  guests: 'Guest',
  moderator: 'Moderator',
  moderators: 'Moderator',
  chair: 'Chair',
  interviewer: 'Interviewer',
  interviewers: 'Interviewer',
  interviewee: 'Interviewee',
  interviewees: 'Interviewee',
  narrator: 'Narrator',
  narrators: 'Narrator',
  respondent: 'Respondent',
  respondents: 'Respondent',
  lecturer: 'Lecturer',
  // The same in the other languages Verbatim reads.
  entrevistador: 'Interviewer',
  entrevistadora: 'Interviewer',
  entrevistadores: 'Interviewer',
  entrevistadoras: 'Interviewer',
  intervistatore: 'Interviewer',
  intervistatrice: 'Interviewer',
  intervieweur: 'Interviewer',
  intervieweuse: 'Interviewer',
  entrevistado: 'Interviewee',
  entrevistada: 'Interviewee',
  entrevistados: 'Interviewee',
  entrevistadas: 'Interviewee',
  intervistato: 'Interviewee',
  intervistata: 'Interviewee',
  interviewé: 'Interviewee',
  interviewée: 'Interviewee',
  moderador: 'Moderator',
  moderadora: 'Moderator',
  modérateur: 'Moderator',
  modératrice: 'Moderator',
  moderatorin: 'Moderator',
  apresentador: 'Host',
  apresentadora: 'Host',
  presentador: 'Host',
  presentadora: 'Host',
  invitado: 'Guest',
  invitada: 'Guest',
  invitados: 'Guest',
  invitadas: 'Guest',
  convidado: 'Guest',
  convidada: 'Guest',
  convidados: 'Guest',
  convidadas: 'Guest',
  invité: 'Guest',
  invitée: 'Guest',
  invités: 'Guest',
  invitées: 'Guest',
  gast: 'Guest',
  ospite: 'Guest',
  主持人: 'Host',
  主持: 'Host',
  司会: 'Host',
  司会者: 'Host',
  진행자: 'Host',
  嘉賓: 'Guest',
  嘉宾: 'Guest',
  來賓: 'Guest',
  来宾: 'Guest',
  ゲスト: 'Guest',
  게스트: 'Guest',
};

/**
 * The people a name field names, each with the initials printed after them (which the
 * minutes then use as labels), or null when the value is not a list of personal names.
 */
function namedPeople(value: string): Participant[] | null {
  if (/[.?!]$/.test(value)) return null;
  const people: Participant[] = [];
  // ("Daniella Roe - Master's student - University of Minho": the name, then what the person is.)
  // (An academic title before it, "Professor Mário Farelo", is not part of the name.)
  const named = value.split(/\s+[-–—]\s+/)[0]!.replace(/^(?:Professor|Professora|Profesor|Profesora|Prof\.)\s+/, '');
  for (const part of named.split(/\s*(?:,|;|\band\b|&)\s*/).filter(Boolean)) {
    const match = /^(.+?)(?:\s*\(([A-Z]{2,5})\))?$/.exec(part)!;
    // Names in a field are printed in mixed case; "PAGE  QUESTIONS" heads a table. A name in Han,
    // kana or Hangul script (`謝孟恭`) has no case.
    const person = /\p{Ll}/u.test(match[1]!)
      ? personFromName(match[1]!)
      : CJK_NAME.test(match[1]!) && hanNameOrRole(match[1]!)
        ? { ...participantFromLabel(match[1]!, 'person'), labels: [match[1]!] }
        : null;
    if (!person) return null;
    people.push(match[2] ? { ...person, labels: [match[2]] } : person);
  }
  return people.length > 0 ? people : null;
}

export const headerFields: Pass = {
  name: 'header-fields',
  run(draft: Draft): Draft {
    const lines = draft.lines;
    const end = endOfHeader(lines, draft.participants);
    const drop = new Set<number>();
    const removed: Removed[] = [];
    const participants = [...draft.participants];
    // A field naming people, wherever it stands (agenda items repeat it), is metadata: the
    // people become participants, their printed initials a label of theirs.
    lines.forEach((line, index) => {
      const field = NAME_FIELD.exec(line.text);
      const role = field ? FIELD_ROLES[field[1]!.toLowerCase()] : undefined;
      const found = field ? namedPeople(field[2]!)?.map((p) => (role ? { ...p, role } : p)) : null;
      if (!found) return;
      // One person under a role's key ("Entrevistadora: Daniella Roe"): the key is the label
      // the transcript gives them ("Entrevistadora: Boa tarde.").
      const people =
        role && found.length === 1 && !/s$/i.test(field![1]!)
          ? [{ ...found[0]!, labels: [...new Set([...found[0]!.labels, field![1]!])] }]
          : found;
      const harvested: Record<string, string> = {};
      for (const person of people) {
        const at = participants.findIndex((p) => p.id === person.id);
        if (at < 0) participants.push(person);
        else {
          const known = participants[at]!;
          participants[at] = {
            ...known,
            role: known.role ?? person.role,
            labels: [...new Set([...known.labels, ...person.labels])],
          };
        }
        harvested[`participants.${person.id}`] = [person.name, ...person.labels].join(', ');
      }
      drop.add(index);
      removed.push(
        removal(
          line.text,
          'name-field',
          `“${field![1]}” field naming the people who speak; they became participants.`,
          placeOf(line.no),
          harvested,
        ),
      );
    });
    // The introduction of a print interview names each speaker with the initials the answers are
    // labelled by ("the candidate, Carlos Peña (CP), and his wife, Tania Rodríguez (TR)"): those
    // people are participants, their initials their labels. The sentence stays in the text.
    const labelledInitials = new Set(
      lines.flatMap((line) => /^\s*(?:\*\*)?([A-Z]{2,4})(?:\*\*)?\s*:/.exec(line.text)?.[1] ?? []),
    );
    const firstLabel = lines.findIndex((line) => /^\s*(?:\*\*)?[A-Z]{2,4}(?:\*\*)?\s*:/.test(line.text));
    for (const line of lines.slice(0, Math.max(0, firstLabel))) {
      for (const match of line.text.matchAll(INTRODUCED_WITH_INITIALS)) {
        const [, name, initials] = match;
        const person = personFromName(name!);
        if (!person || !labelledInitials.has(initials!) || initialsOf(person.name) !== initials) continue;
        if (participants.some((p) => p.id === person.id || p.labels.includes(initials))) continue;
        participants.push({ ...person, labels: [initials] });
      }
    }
    for (let index = 0; index < end; index++) {
      const line = lines[index]!;
      if (drop.has(index)) continue;
      const shaped = labelShaped(lines, index);
      // Dates, places, subjects and `**Key:** value` fields are the title block's to read; a bold
      // heading over a list (`**Resources:**`) is `show-notes`' to read, with its list.
      if (!shaped || METADATA_KEYS.has(shaped.key) || (!shaped.label && /^\s*\*\*/.test(line.text))) continue;
      if (sectionHeadingAt(lines, index) !== null) continue;
      // The lines that continue the field without a blank line (a list of names), up to the
      // next label-shaped line or a line of prose.
      let last = index;
      while (
        last + 1 < end &&
        lines[last + 1]!.text.trim() !== '' &&
        !labelShaped(lines, last + 1) &&
        !isProse(lines[last + 1]!.text)
      )
        last++;
      const block = lines.slice(index, last + 1);
      for (let i = index; i <= last; i++) drop.add(i);
      // ("MANAGEMENT: MR. JANE ROE – CFO": a cover page's list of who takes part, each a participant.)
      const listed = rosterEntry(shaped.rest)
        ? rosterPeople(
            [shaped.rest, ...block.slice(1).map((l) => l.text)],
            Object.hasOwn(FIELD_ROLES, shaped.key.toLowerCase()),
          )
        : [];
      const harvested: Record<string, string> = {};
      for (const person of listed)
        if (!participants.some((p) => p.id === person.id)) {
          participants.push(person);
          harvested[`participants.${person.id}`] = [person.name, person.role ?? person.affiliation]
            .filter(Boolean)
            .join(', ');
        }
      removed.push(
        blockRemoval(
          block,
          'header-field',
          listed.length > 0
            ? `“${shaped.key}” field of the header listing who takes part; they became participants.`
            : shaped.label
              ? `“${shaped.key}” is written like a speaker's label but stands once before the first spoken turn: a field of the header, not a speaker.`
              : `“${shaped.key}” field of the header, before the first spoken turn.`,
          ...(Object.keys(harvested).length > 0 ? [harvested] : []),
        ),
      );
      index = last;
    }
    if (removed.length === 0 && participants.length === draft.participants.length) return draft;
    removed.sort((a, b) => (a.place?.line ?? 0) - (b.place?.line ?? 0));
    return {
      ...draft,
      participants,
      lines: lines.filter((_, index) => !drop.has(index)),
      removed: [...draft.removed, ...removed],
    };
  },
};
