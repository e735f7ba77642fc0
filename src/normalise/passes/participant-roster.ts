/**
 * @module normalise/passes/participant-roster
 * Pass `participant-roster`: a list of who takes part, under a heading of its own
 * ("CORPORATE PARTICIPANTS", "Conference Call Participants", "Speakers:", "## Panelists"), with
 * one person to an entry — a name on its line, then (optionally) a line of affiliation and title
 * ("Getty Realty Corp. - Executive VP, CFO"; a paragraph below where the list sets every line
 * apart), or the two on one line after a dash or a comma ("Jane Roe -- Chief Financial Officer",
 * "Jane Roe, KeyBanc"), subheadings giving the role of those under them ("Moderator:",
 * "Panelists:") — names the participants: the
 * earnings-call layout of the wire services, a podcast's or panel's list of speakers. Each listed
 * person becomes a participant (the `segment` pass then reads a line that is exactly their name,
 * standing alone, as their label), and the list goes to `removed[]` (reason `participant-roster`),
 * with what it named.
 *
 * Where the document has such a list, a role word standing alone on a line ("Operator"), two or
 * more times, each time followed by words, is the label of that role too: the wire services print
 * the call operator so, with the people's names.
 */
import type { Participant, Removed } from '../../model/nodes.js';
import { placeOf, removal, type Draft, type Pass, type SourceLine } from '../draft.js';
import { hanNameOrRole } from '../labels.js';
import { isRolePhrase, labelMatch, looksLikePersonalName, participantFromLabel, personFromName } from '../people.js';

/** A list's heading: who takes part, in a word or two, alone on its line. */
const ROSTER_HEADING =
  /^\s*(?:#{1,4}\s+)?(?:\*\*)?(?:(?:corporate|company|conference[ -]call|call|executive|analyst|other|panel|programme|program)\s+)?(?:participants|speakers|panel+ists|presenters|executives|analysts|guests|hosts|cast)\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$/i;

/**
 * The heading of a record's list of those present, in Chinese, Japanese or Korean (`出席議員：`,
 * `列席秘書：`, `出席者`, `출석의원`), and of those absent (`缺席議員：`, `欠席者`, `결석의원`).
 */
const CJK_PRESENT_HEADING =
  /^\s*(?:出席|列席|參與|参与|與會|与会|출석|참석)[\p{Script=Han}\p{Script=Hangul}\s]{0,8}[:：]?\s*$/u;
const CJK_ABSENT_HEADING = /^\s*(?:缺席|欠席|결석|불참)[\p{Script=Han}\p{Script=Hangul}\s]{0,8}[:：]?\s*$/u;
/** An entry of such a list: a name (or an office and a name), then the honours after a comma. */
const CJK_ENTRY = /^\s*([\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}·・]{2,16})\s*(?:[,，、]\s*\S.*)?$/u;

/** An entry that gives the name, then a dash or two and what the person is ("Jane Roe -- CFO"). */
const DASHED_ENTRY = /^\s*(?:[-*•]\s+)?(.+?)\s+(?:-{1,2}|–|—)\s+(\S.*?)\s*$/u;

/** An entry that gives the name, then a comma and what the person is ("Jane Roe, KeyBanc"). */
const COMMA_ENTRY = /^\s*(?:[-*•]\s+)?([^,]+?),\s+(\S.*?)\s*$/u;

/** Words that make a capitalised phrase a firm's name, not a person's ("Getty Realty Corp."). */
const ORGANISATION_WORDS =
  /\b(?:corp|corporation|inc|incorporated|llc|llp|ltd|limited|plc|co|company|group|holdings|bank|capital|partners|securities|markets|research|associates|advisors|advisers|management|financial|investments?|trust|fund|university|institute|agency|ministry|department|council|committee|news|media|ag|sa|gmbh|nv)\b\.?/i;

/** Role words the wire services print alone on a line as a label. */
const ROLE_LINE = /^(?:Operator|Moderator|Host|Interviewer|Presenter|Facilitator)$/;

/** The name in a roster entry's text, when it is a person's. */
function personalName(text: string): string | null {
  const name = text
    .trim()
    .replace(/^[-*•]\s+/, '')
    .replace(/\*\*/g, '');
  return looksLikePersonalName(name) && !ORGANISATION_WORDS.test(name) && !ROSTER_HEADING.test(name) ? name : null;
}

/** True for a line that could say what a listed person is: short, no sentence of speech. */
function isDetailLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 160 || ROSTER_HEADING.test(trimmed)) return false;
  if (/[?!]\s*$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  const lower = words.filter((word) => /^\p{Ll}/u.test(word) && !/^(?:&|and|of|the|for|de|du|von)$/.test(word));
  return lower.length <= 2;
}

interface RosterEntry {
  participant: Participant;
  /** Line indexes of the entry (name, and a detail line of its own). */
  lines: number[];
  /** The detail line printed under the name, as printed. */
  detail: string | null;
}

/** A participant for a listed name and what the entry says of them. */
function listedPerson(name: string, detail: string | null): Participant | null {
  const person = personFromName(name);
  if (!person) return null;
  if (detail === null) return person;
  // "Getty Realty Corp. - Executive VP, CFO": affiliation, then role; "CFO" alone is a role.
  const dashed = /^(.+?)\s+(?:-{1,2}|–|—)\s+(.+)$/u.exec(detail);
  // ("Professor of Economics - Boston University": the office first, then where.)
  if (dashed && isRolePhrase(dashed[1]!) && !isRolePhrase(dashed[2]!))
    return { ...person, role: dashed[1]!.trim(), affiliation: dashed[2]!.trim() };
  if (dashed) return { ...person, affiliation: dashed[1]!.trim(), role: dashed[2]!.trim() };
  return isRolePhrase(detail) || !ORGANISATION_WORDS.test(detail)
    ? { ...person, role: detail }
    : { ...person, affiliation: detail };
}

/**
 * A subheading inside a list that says what the people under it are (`Moderator:`, `Panelists:`,
 * `**Hosts**`): the role it gives, in the singular.
 */
function subheadingRole(text: string): string | null {
  const match = /^\s*(?:\*\*)?(\p{Lu}[\p{L} ]{1,30}?)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$/u.exec(text);
  if (!match || personalName(match[1]!) !== null) return null;
  const singular = match[1]!.replace(/(?:ist|or|er|an|st)s$/u, (ending) => ending.slice(0, -1));
  return isRolePhrase(singular) ? singular : null;
}

/** A line that says what a listed person is, not a name nor a subheading. */
function detailOf(text: string | undefined): string | null {
  // (An office in capitalised words, "Nonresident Senior Fellow", reads like a name but says what one is.)
  if (
    text === undefined ||
    text.trim() === '' ||
    // (A heading is the next section's, "### Picks", never what a listed person is.)
    /^\s*#{1,6}\s/.test(text) ||
    (personalName(text) !== null && !isRolePhrase(text)) ||
    subheadingRole(text) !== null
  )
    return null;
  return isDetailLine(text) ? text.trim() : null;
}

/**
 * The end of a detail line a hard wrap broke (the line under `at`): a short line of two to four
 * words with no sentence's end, under a long detail line, that is no name with a detail of its
 * own under it nor a heading in capitals; null otherwise.
 */
function wrappedEnd(lines: readonly SourceLine[], at: number): string | null {
  const detail = lines[at]!.text.trim();
  const end = lines[at + 1]?.text.trim() ?? '';
  const words = end.split(/\s+/).length;
  if (detail.length < 45 || end === '' || words < 2 || words > 4 || /[.?!:;,]$/.test(end)) return null;
  // (A subheading over the next people, "Panel Members", is plural; "Research Analyst" is a role's end.)
  if (!/\p{Ll}/u.test(end) || (/s$/.test(end) && subheadingRole(end) !== null)) return null;
  if (personalName(end) !== null && detailOf(lines[at + 2]?.text) !== null) return null;
  return end;
}

/** The entries of a list whose heading is at `heading`, and the index after it. */
function readRoster(
  lines: SourceLine[],
  heading: number,
): { entries: RosterEntry[]; end: number; subheadings: number[] } {
  const entries: RosterEntry[] = [];
  let i = heading + 1;
  // The role a subheading gives those listed under it ("Moderator:", then the moderator's name);
  // a subheading is the list's only where a name follows it ("Moderator:" after the list is a label).
  let listedAs: string | null = null;
  const subheadings: number[] = [];
  let pending: number | null = null;
  const blank = (at: number) => (lines[at]?.text.trim() ?? '') === '';
  while (i < lines.length) {
    const text = lines[i]!.text;
    if (text.trim() === '') {
      i++;
      continue;
    }
    const bare = personalName(text);
    if (bare) {
      // The detail on the next line, or a paragraph below where the list sets every line apart
      // ("JOSE LUIS DE HARO", blank, "Communications Department", blank).
      const next = detailOf(lines[i + 1]?.text);
      const below = next === null && blank(i + 1) && blank(i + 3) ? detailOf(lines[i + 2]?.text) : null;
      // "KeyBanc Capital Markets Inc., Research Division - MD & Senior Equity" then "Research
      // Analyst": a detail line a hard wrap broke, its end a short line that is no entry of its own.
      const wrapped = next !== null ? wrappedEnd(lines, i + 1) : null;
      let detail = wrapped !== null ? `${next!} ${wrapped}` : (next ?? below);
      const at = wrapped !== null ? [i, i + 1, i + 2] : next !== null ? [i, i + 1] : below !== null ? [i, i + 2] : [i];
      // "Senior Fellow" ⏎ "-" ⏎ "Economic Studies", "Professor of Economics" ⏎ "- Boston University":
      // a page's list that sets the office and the organisation on lines of their own, a dash between.
      for (let last = at[at.length - 1]!; detail !== null && next !== null; last = at[at.length - 1]!) {
        const dash = lines[last + 1]?.text.trim() ?? '';
        const after = /^[-–—]$/.test(dash) ? (lines[last + 2]?.text.trim() ?? '') : '';
        const joined = /^[-–—]\s+\S/.test(dash) ? dash.replace(/^[-–—]\s+/, '') : after;
        if (joined === '' || personalName(joined) !== null || !isDetailLine(joined)) break;
        detail = `${detail} - ${joined.replace(/,$/, '')}`;
        at.push(...(after !== '' ? [last + 1, last + 2] : [last + 1]));
      }
      const listed = listedPerson(bare, detail);
      if (!listed) break;
      const participant = listedAs && listed.role === null ? { ...listed, role: listedAs } : listed;
      entries.push({ participant, lines: at, detail });
      if (pending !== null) subheadings.push(pending);
      pending = null;
      i = at[at.length - 1]! + 1;
      continue;
    }
    const role = subheadingRole(text);
    if (role !== null && pending === null) {
      listedAs = role;
      pending = i;
      i++;
      continue;
    }
    if (pending !== null) i = pending;
    const split = DASHED_ENTRY.exec(text) ?? COMMA_ENTRY.exec(text);
    const name = split ? personalName(split[1]!) : null;
    // ("The Sympathizer - Sherman Chen": a pick and who picked it; what a person is is never a name.)
    if (!split || !name || !isDetailLine(split[2]!) || personalName(split[2]!) !== null) break;
    const participant = listedPerson(name, split[2]!);
    if (!participant) break;
    entries.push({ participant, lines: [i], detail: null });
    if (pending !== null) subheadings.push(pending);
    pending = null;
    i++;
  }
  return { entries, end: pending ?? i, subheadings };
}

/** The entries of a list of those present (or absent) in Chinese, Japanese or Korean, and the index after it. */
function readCjkRoster(lines: SourceLine[], heading: number): { entries: RosterEntry[]; end: number } {
  const entries: RosterEntry[] = [];
  let i = heading + 1;
  for (; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.trim() === '') continue;
    const entry = CJK_ENTRY.exec(text);
    if (!entry || !hanNameOrRole(entry[1]!)) break;
    const name = entry[1]!;
    entries.push({
      participant: { ...participantFromLabel(name, 'person'), labels: [name] },
      lines: [i],
      detail: null,
    });
  }
  return { entries, end: i };
}

/** Role-word lines standing alone two or more times, each followed by words: labels of that role. */
function roleLineParticipants(lines: SourceLine[], taken: ReadonlySet<number>): Participant[] {
  const counts = new Map<string, number>();
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (taken.has(index) || !ROLE_LINE.test(text)) return;
    const next = lines.slice(index + 1).find((l) => l.text.trim() !== '');
    if (next && /\p{Ll}/u.test(next.text)) counts.set(text, (counts.get(text) ?? 0) + 1);
  });
  return [...counts]
    .filter(([, count]) => count >= 2)
    .map(([label]) => ({ ...participantFromLabel(label, 'person'), labels: [label] }));
}

export const participantRoster: Pass = {
  name: 'participant-roster',
  run(draft: Draft): Draft {
    const lines = draft.lines;
    const taken = new Set<number>();
    const removed: Removed[] = [];
    const participants = [...draft.participants];
    for (let index = 0; index < lines.length; index++) {
      const text = lines[index]!.text;
      const cjk = CJK_PRESENT_HEADING.test(text);
      const absent = CJK_ABSENT_HEADING.test(text);
      if (!cjk && !absent && !ROSTER_HEADING.test(text)) continue;
      const { entries, end, subheadings } =
        cjk || absent ? { ...readCjkRoster(lines, index), subheadings: [] } : readRoster(lines, index);
      if (entries.length === 0) continue;
      if (absent) {
        // Those absent speak nowhere: the list goes, nobody is made of it.
        const listed = [index, ...entries.flatMap((entry) => entry.lines)];
        for (const at of listed) taken.add(at);
        removed.push(
          removal(
            listed.map((at) => lines[at]!.text).join('\n'),
            'participant-roster',
            `A list of who is absent (${entries.length}); nobody in it speaks.`,
            placeOf(lines[index]!.no, lines[listed.at(-1)!]!.no),
          ),
        );
        index = end - 1;
        continue;
      }
      const harvested: Record<string, string> = {};
      for (const entry of entries) {
        const known = participants.find((p) => labelMatch(entry.participant.name, p).score >= 0.9);
        if (!known) participants.push(entry.participant);
        harvested[`participants.${(known ?? entry.participant).id}`] = [
          entry.participant.name,
          entry.participant.role,
          entry.participant.affiliation,
        ]
          .filter(Boolean)
          .join(', ');
      }
      const listed = [index, ...entries.flatMap((entry) => entry.lines), ...subheadings].sort((a, b) => a - b);
      for (const at of listed) taken.add(at);
      const first = lines[index]!.no;
      const last = lines[listed[listed.length - 1]!]!.no;
      removed.push(
        removal(
          listed.map((at) => lines[at]!.text).join('\n'),
          'participant-roster',
          `A list of who takes part (${entries.length} ${entries.length === 1 ? 'person' : 'people'}); it named the speakers.`,
          placeOf(first, last),
          harvested,
        ),
      );
      index = end - 1;
    }
    if (removed.length === 0) return draft;
    for (const role of roleLineParticipants(lines, taken))
      if (!participants.some((p) => p.labels.includes(role.labels[0]!))) participants.push(role);
    return {
      ...draft,
      lines: lines.filter((_, index) => !taken.has(index)),
      participants,
      removed: [...draft.removed, ...removed],
    };
  },
};
