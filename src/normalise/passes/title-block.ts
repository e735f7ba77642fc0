/**
 * @module normalise/passes/title-block
 * Pass `title-block`: reads the lines before the first speech — a Markdown title, date line,
 * kind of event, place and time lines, "Subjects:", `**Key:** value` lines, and the
 * participants line ("with NATO Secretary General, Lord Robertson and …") — into metadata and
 * participants. Each line it takes goes to `removed[]` with reason `metadata-*` and what it
 * gave, so its words stay accounted for. It stops at the first label or prose line.
 */
import type { Participant, Removed, SourceFormat } from '../../model/nodes.js';
import { dateLine, findDate } from '../dates.js';
import { placeOf, removal, type Draft, type MetaDraft, type Pass, type SourceLine } from '../draft.js';
import { interviewCredit, isRolePhrase, participantsFromLine } from '../people.js';
import { startsWithLabel } from '../labels.js';

/** Kinds of event, most specific first. */
const KINDS: [RegExp, string][] = [
  [/\bjoint press conference\b/i, 'joint press conference'],
  [/\b(?:press|news) conference\b|\bpressekonferenz\b|\bconférence de presse\b/i, 'press conference'],
  [/\bpress (?:briefing)\b/i, 'press briefing'],
  [/\bpress gaggle\b/i, 'press gaggle'],
  [/\bpoint de presse\b|\bpress point\b/i, 'press point'],
  [/\bdoorstop(?: interview)?\b/i, 'doorstop interview'],
  [/\bearnings call\b|\bconference call\b/i, 'earnings call'],
  [/\binterview\b/i, 'interview'],
  [/\bdebate\b|\bdebates\b|\bhansard\b/i, 'debate'],
  [/\bsitzung\b|\bplenarprotokoll\b/i, 'parliamentary sitting'],
  [/\bhearing\b/i, 'hearing'],
  [/\bpodcast\b|\bepisode\b/i, 'podcast'],
  [/\bremarks\b/i, 'remarks'],
  [/\bstatement\b/i, 'statement'],
  [/\bspeech\b/i, 'speech'],
  [/\bbriefing\b/i, 'briefing'],
];

/** The kind of event a phrase names, or null. */
export function kindOf(text: string): string | null {
  for (const [pattern, kind] of KINDS) if (pattern.test(text)) return kind;
  return null;
}

const TIME_LINE = /^\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,5})?\s*$/;
const KEY_VALUE =
  /^\s*(?:[-*+]\s+)?\*\*([^*:]{1,30}):\*\*\s*(.+?)\s*$|^\s*(?:[-*+]\s+)?\*\*([^*:]{1,30}):\s*([^*]+?)\*\*\s*$|^\s*([A-Z][A-Za-z ]{1,20}):\s+(.+?)\s*$/;
const MD_HEADING = /^\s*#{1,3}\s+(.+?)\s*#*\s*$/;
const PARTICIPANTS = /^\s*(?:with|by|featuring)\s+\S/i;
const SENTENCE_END = /[.?!…"”'’)]\s*$/;

function letters(text: string): { upper: number; all: number } {
  const all = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return { upper, all };
}

/** True for a line that reads as a heading or title rather than speech. */
function isTitleLike(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const { upper, all } = letters(text);
  if (all === 0) return false;
  if (upper / all >= 0.7 && words.length <= 25) return true;
  if (words.length <= 8 && !SENTENCE_END.test(text)) {
    const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
    return capitalised >= Math.ceil(words.length * 0.6);
  }
  return /^\d+\.\s+\p{Lu}/u.test(text.trim()) && words.length <= 4;
}

/**
 * A line as long as a hard wrap makes (fifty characters or more) that stops on a lower-case
 * word, the next line going on: a sentence cut at the margin ("MR. PRESIDENT AND
 * FELLOW-CITIZENS OF NEW-YORK: The facts with which" then "I shall deal …"), however many
 * capitals it starts with. A title stops on a word of its own; a Markdown heading is one anyway.
 */
function wrappedMidSentence(text: string, next: SourceLine | undefined): boolean {
  // A Markdown heading is a title however it ends (a wrap cut it, its tail follows).
  return (
    !MD_HEADING.test(text) &&
    text.trim().length >= 50 &&
    /\s\p{Ll}+$/u.test(text.trim()) &&
    (next?.text.trim() ?? '') !== '' &&
    // A field of a list of fields ends where the next field starts.
    !(KEY_VALUE.test(text) && /^\s*(?:[-*+]\s+)?\*\*[^*:]{1,30}:\*\*/.test(next?.text ?? ''))
  );
}

interface Taken {
  reason: string;
  explanation: string;
  harvested: Record<string, string>;
}

/**
 * The participants with the people a line names added (a person known by the same id gets the
 * role and affiliation they lacked), each noted in `harvested`.
 */
function withPeople(
  participants: Participant[],
  found: Participant[],
  harvested: Record<string, string>,
): Participant[] {
  const merged = [...participants];
  for (const person of found) {
    const existing = merged.findIndex((p) => p.id === person.id);
    if (existing >= 0)
      merged[existing] = {
        ...merged[existing]!,
        role: merged[existing]!.role ?? person.role,
        affiliation: merged[existing]!.affiliation ?? person.affiliation,
      };
    else merged.push(person);
    harvested[`participants.${person.id}`] = [person.name, person.role, person.affiliation].filter(Boolean).join(', ');
  }
  return merged;
}

/** The `removed[]` entry for a line the title block took. */
function takenLine(line: SourceLine, taken: Taken): Removed {
  return removal(line.text, taken.reason, taken.explanation, placeOf(line.no), taken.harvested);
}

/** Decide what one title-block line is; null when it is not part of the title block. */
function classify(
  text: string,
  meta: MetaDraft,
  participants: Participant[],
  format: SourceFormat,
): { taken: Taken; meta: MetaDraft; participants: Participant[] } | null {
  const trimmed = text.trim();
  const next = { ...meta };
  const harvested: Record<string, string> = {};
  const heading = MD_HEADING.exec(trimmed);
  // A heading that asks a question, once the page has its title, opens the text (an interview
  // printing its questions as headings), not the title block.
  if (heading && meta.title !== null && /\?["”’)*]*$/.test(heading[1]!.trim())) return null;
  if (heading) {
    const title = heading[1]!.replace(/\*\*/g, '');
    if (next.title === null) {
      next.title = title;
      harvested['meta.title'] = title;
    }
    const kind = kindOf(title);
    if (kind && next.kind === null) {
      next.kind = kind;
      harvested['meta.kind'] = kind;
    }
    return {
      taken: { reason: 'metadata-title', explanation: 'Title line; it became the title.', harvested },
      meta: next,
      participants,
    };
  }
  const date = dateLine(trimmed);
  if (date) {
    if (next.date === null) {
      next.date = date.iso;
      harvested['meta.date'] = date.iso;
    }
    return {
      taken: { reason: 'metadata-date', explanation: 'Date line; it became the date of the event.', harvested },
      meta: next,
      participants,
    };
  }
  if (TIME_LINE.test(trimmed)) {
    if (next.time === null) {
      next.time = trimmed;
      harvested['meta.time'] = trimmed;
    }
    return {
      taken: { reason: 'metadata-time', explanation: 'Time line; it became the time of the event.', harvested },
      meta: next,
      participants,
    };
  }
  // "Jane Roe interviewed by Tom Abel, 14 May 2019": who was interviewed and who asked, and when.
  const credit = interviewCredit(trimmed);
  if (credit) {
    const heading = trimmed.slice(0, trimmed.length - credit.rest.length).replace(/[\s,.;:(–—-]+$/, '');
    if (next.title === null) {
      next.title = heading;
      harvested['meta.title'] = heading;
    }
    if (next.kind === null) {
      next.kind = 'interview';
      harvested['meta.kind'] = 'interview';
    }
    const date = findDate(credit.rest);
    if (date && next.date === null) {
      next.date = date.iso;
      harvested['meta.date'] = date.iso;
    }
    return {
      taken: {
        reason: 'metadata-participants',
        explanation: 'Interview credit line; it named the one interviewed and the interviewer.',
        harvested,
      },
      meta: next,
      participants: withPeople(participants, credit.people, harvested),
    };
  }
  if (PARTICIPANTS.test(trimmed)) {
    const found = participantsFromLine(trimmed);
    if (found.length > 0)
      return {
        taken: { reason: 'metadata-participants', explanation: 'Participants line; it named the speakers.', harvested },
        meta: next,
        participants: withPeople(participants, found, harvested),
      };
  }
  const keyValue = KEY_VALUE.exec(trimmed);
  if (keyValue) {
    const key = (keyValue[1] ?? keyValue[3] ?? keyValue[5] ?? '').trim().toLowerCase();
    const value = (keyValue[2] ?? keyValue[4] ?? keyValue[6] ?? '').trim();
    if (key === 'subjects' || key === 'subject' || key === 'topics') {
      const subjects = value
        .replace(/\.$/, '')
        .split(/\s*[;,]\s*/)
        .filter(Boolean);
      next.subjects = [...new Set([...next.subjects, ...subjects])];
      harvested['meta.subjects'] = subjects.join('; ');
      return {
        taken: { reason: 'metadata-subjects', explanation: 'Subjects line; it became the subjects.', harvested },
        meta: next,
        participants,
      };
    }
    if (key === 'date' || key === 'published' || key === 'recorded' || key === 'aired') {
      const found = findDate(value);
      if (found && next.date === null) {
        next.date = found.iso;
        harvested['meta.date'] = found.iso;
      }
      return {
        taken: { reason: 'metadata-date', explanation: 'Date field; it became the date of the event.', harvested },
        meta: next,
        participants,
      };
    }
    if (['company', 'publisher', 'source', 'organisation', 'organization'].includes(key)) {
      if (next.publisher === null) {
        next.publisher = value;
        harvested['meta.source.publisher'] = value;
      }
      return {
        taken: { reason: 'metadata-publisher', explanation: 'Publisher field; it became the publisher.', harvested },
        meta: next,
        participants,
      };
    }
    if (['place', 'location', 'venue'].includes(key)) {
      if (next.place === null) {
        next.place = value;
        harvested['meta.place'] = value;
      }
      return {
        taken: { reason: 'metadata-place', explanation: 'Place field; it became the place.', harvested },
        meta: next,
        participants,
      };
    }
    // Fields naming who speaks ("Name: Jane Roe", "Host: Jane Roe") and label-shaped fields such as
    // "Video: <https://…>" or "Topic: …" were taken out before, by `header-fields`.
    if (/^(?:[-*+]\s+)?\*\*/.test(trimmed)) {
      return {
        taken: { reason: 'metadata-field', explanation: `“${key}” field of the title block.`, harvested },
        meta: next,
        participants,
      };
    }
  }
  if (!isTitleLike(trimmed)) return null;
  const kind = kindOf(trimmed);
  if (kind) {
    if (next.kind === null) {
      next.kind = kind;
      harvested['meta.kind'] = kind;
    }
    // "Interview with Jane Doe", "Remarks by the Minister at the Opening": a title in mixed case
    // that names the event and who gives it ("Press Conference" alone gives the kind, and the
    // title is made; a web page's own title, where it has one, stands).
    const { upper: kindUpper, all: kindAll } = letters(trimmed);
    if (
      next.title === null &&
      format !== 'html' &&
      kindUpper / kindAll < 0.5 &&
      /\b(?:with|by|featuring)\s+(?:the\s+)?\p{Lu}/u.test(trimmed) &&
      !SENTENCE_END.test(trimmed)
    ) {
      next.title = trimmed;
      harvested['meta.title'] = trimmed;
    }
    const dateInKind = findDate(trimmed);
    if (dateInKind && next.date === null) {
      next.date = dateInKind.iso;
      harvested['meta.date'] = dateInKind.iso;
    }
    const place = / [-–—] (.+)$/.exec(trimmed)?.[1];
    if (place && next.place === null && !kindOf(place)) {
      next.place = place.replace(/\b(\p{Lu})(\p{Lu}+)\b/gu, (_, a: string, b: string) => a + b.toLowerCase());
      harvested['meta.place'] = next.place;
    }
    return {
      taken: harvested['meta.title']
        ? {
            reason: 'metadata-title',
            explanation: 'Title line naming the kind of event; it became the title.',
            harvested,
          }
        : { reason: 'metadata-kind', explanation: 'Title-block line naming the kind of event.', harvested },
      meta: next,
      participants,
    };
  }
  const dateInLine = findDate(trimmed);
  if (dateInLine && next.date === null) {
    next.date = dateInLine.iso;
    harvested['meta.date'] = dateInLine.iso;
  }
  const { upper, all } = letters(trimmed);
  // A line ending in a colon ("Fellow-Citizens of the United States:") opens what follows; no place does.
  if (/:$/.test(trimmed)) return null;
  // ("- Reporter: Sam Ortiz" is a field of the page, not a place.)
  const field = /^(?:[-*+]\s+)?[\p{L} ]{2,24}:\s+\S/u.test(trimmed);
  // (Nor is an item of a list, "- Quiet Hours - Omar Reyes": a page's picks, links, guests.)
  const listItem = /^[-*+•]\s/.test(trimmed);
  if (
    !field &&
    !listItem &&
    upper / all < 0.7 &&
    trimmed.split(/\s+/).length <= 6 &&
    !/^\d/.test(trimmed) &&
    !dateInLine
  ) {
    // "NATO Headquarters" then "Brussels, Belgium": consecutive place lines add up.
    const placeText = trimmed.replace(/\s*\/\s*/g, ', ');
    next.place = next.place === null ? placeText : `${next.place}, ${placeText}`;
    harvested['meta.place'] = next.place;
    return {
      taken: { reason: 'metadata-place', explanation: 'Place line; it became the place of the event.', harvested },
      meta: next,
      participants,
    };
  }
  return {
    taken: { reason: 'title-block', explanation: 'Title-block line of the source page.', harvested },
    meta: next,
    participants,
  };
}

export const titleBlock: Pass = {
  name: 'title-block',
  run(draft: Draft): Draft {
    let meta = draft.meta;
    let participants = draft.participants;
    const removed: Removed[] = [];
    let index = 0;
    const lines: SourceLine[] = draft.lines;
    for (; index < lines.length && index < 60; index++) {
      const line = lines[index]!;
      if (line.text.trim() === '') continue;
      if (startsWithLabel(line.text)) break;
      // A line that is a listed participant's label alone ("Operator", "Jane Roe"): speech starts.
      if (participants.some((p) => p.labels.includes(line.text.trim()) || p.name === line.text.trim())) break;
      // A name of a few words alone on its line, the speech right under it, printed so twice or
      // more further on ("RUTTE" over each of his answers): the first speaker's label, speech
      // starts. (A masthead's "EVIDENCE" is printed again once, on the first page.)
      // (A Markdown heading that is the name, "#### Sam Ortiz", or a name set a paragraph above its
      // speech, has the speech a paragraph below.)
      const words = line.text.trim().split(/\s+/).length;
      if (
        words <= 4 &&
        ((lines[index + 1]?.text.trim() ?? '') !== '' || (lines[index + 2]?.text.trim() ?? '') !== '') &&
        lines.filter((other, at) => at > index + 1 && other.text.trim() === line.text.trim()).length >= 2
      )
        break;
      // (Or printed again with the same role alone under it: "OKAFOR" ⏎ "MODERATOR", a debate's record.)
      const under = lines[index + 1]?.text.trim() ?? '';
      if (
        words <= 4 &&
        under !== '' &&
        isRolePhrase(under) &&
        lines.some(
          (other, at) =>
            at > index + 1 && other.text.trim() === line.text.trim() && lines[at + 1]?.text.trim() === under,
        )
      )
        break;
      // A line whose sentence runs on into the next (a hard wrap: the next line goes on in lower
      // case) is the start of a paragraph, however title-like its capitals.
      if (/^\s*\p{Ll}/u.test(lines[index + 1]?.text ?? '')) break;
      // A bare clock time right over words, and printed so again further on (`00:02` ⏎ `It's been …`,
      // then `00:14` ⏎ …): the first passage's time stamp, not the time of the event.
      if (
        /^\s*\d{1,2}:\d{2}\s*$/.test(line.text) &&
        (lines[index + 1]?.text.trim() ?? '') !== '' &&
        lines.slice(index + 1, index + 40).some((other) => /^\s*\d{1,2}:\d{2}\s*$/.test(other.text))
      )
        break;
      if (wrappedMidSentence(line.text, lines[index + 1])) break;
      const result = classify(line.text, meta, participants, draft.format);
      if (!result) break;
      meta = result.meta;
      participants = result.participants;
      removed.push(takenLine(line, result.taken));
    }
    let rest = lines.slice(index);
    // An interview's credit line standing alone further down the page's preamble, after its
    // introduction and before the first label ("METIRIA TUREI interviewed by GUYON ESPINER"),
    // names the two as the line at the top would.
    const preamble = rest.slice(0, 40);
    const firstLabel = preamble.findIndex((line) => startsWithLabel(line.text));
    const credit = preamble.findIndex(
      (line, at) =>
        (firstLabel < 0 || at < firstLabel) &&
        (rest[at - 1]?.text.trim() ?? '') === '' &&
        (rest[at + 1]?.text.trim() ?? '') === '' &&
        interviewCredit(line.text.trim()) !== null,
    );
    const taken = credit >= 0 ? classify(rest[credit]!.text, meta, participants, draft.format) : null;
    if (taken) {
      meta = taken.meta;
      participants = taken.participants;
      removed.push(takenLine(rest[credit]!, taken.taken));
      rest = rest.filter((_, at) => at !== credit);
    }
    if (removed.length === 0) return draft;
    return { ...draft, meta, participants, lines: rest, removed: [...draft.removed, ...removed] };
  },
};
