/**
 * @module normalise/passes/monologue-speaker
 * Pass `monologue-speaker`: a speech, lecture or statement printed with no speaker label at all
 * reaches this pass as unattributed turns. When the lines before the speech name the one who
 * speaks — "First Inaugural Address of Abraham Lincoln", "Presented by Mrs Jane Roe, Minister
 * for Transport", a `Speaker: Jane Roe` or `President: Jane Roe` field, a line holding only the
 * speaker's name (with a handle or a timestamp), a title naming one person whose name the
 * opening repeats — every turn is given to that person, `inferred`, with the line as evidence.
 * The opening lines that only name the talk or its speaker (a title line, a byline, a link, a
 * paragraph of narration that names the speaker in full) leave the speech: a byline, name line
 * or link goes to `removed[]` (rule `monologue-front-matter`), a title line becomes a heading,
 * narration a stage direction. Nothing happens when any turn is labelled or attributed, or
 * when no line names exactly one person, except that a title printed again or a link standing
 * alone at the start of the unattributed speech still leaves it (as a heading, or `removed[]`).
 * Nor when a heading between the paragraphs is another person's name (another voice).
 */
import type { Diagnostic, Participant, Removed } from '../../model/nodes.js';
import { dateLine } from '../dates.js';
import {
  diagnostic,
  isDraftTurn,
  removal,
  type Draft,
  type DraftBlock,
  type DraftTurn,
  type Pass,
  textDirection,
} from '../draft.js';
import { CAPITALS_ALONE, namesAPart } from '../labels.js';
import { isRolePhrase, looksLikePersonalName, shortNameOf, slug } from '../people.js';

type Paragraph = DraftTurn['paragraphs'][number];

/** Titles that may stand before a name ("President Trump", "Mrs Margot Wallström"). */
const TITLE_WORD = String.raw`(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|Vice[- ]President|Wakil\s+Presiden|Presiden|Presidente|Presidenta|Président|Präsident|Präsidentin|Bundeskanzler|Bundeskanzlerin|Menteri|Gubernur|Primer\s+Ministro|Premier\s+ministre|President|Prime\s+Minister|Minister|Secretary|Senator|Governor|Mayor|Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Sir|Dame|Lord|Lady|Rev\.?|Reverend|Chairman|Chairwoman|Chair|Ambassador|Judge|Justice|King|Queen|Pope|General|Admiral|Commissioner|Chancellor|Representative|Rep\.|Sen\.|Gov\.)`;
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}\p{M}'’-]*\.?|[\p{Lu}]\.)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|de|von|van|der|la|le|du|bin|al)){0,4}`;
/** After "by"/"of": titles, a name, and a role after a comma. */
const PERSON_AFTER = new RegExp(
  String.raw`^(?:the\s+)?((?:${TITLE_WORD}\s+)*)(${NAME})(?:\s*,\s*((?:the\s+)?[\p{Lu}][^,.;:()]{2,80}))?`,
  'u',
);
/** After "by"/"of": an office in capitalised words ("the Minister for Fisheries"). */
const ROLE_AFTER = /^(?:the\s+)?([\p{Lu}][\p{L}-]*(?:\s+(?:(?:for|of)(?:\s+the)?|[\p{Lu}][\p{L}-]*)){0,6})/u;
/** A word for a speech, then "by" or "of" within three words. */
const SPEECH_BY =
  /\b(?:remarks|speech|address|statement|lecture|talk|presentation|keynote|sermon|testimony|oration|presented|delivered|given|spoken|discurso|palabras|mensaje|discours|allocution|rede|ansprache|intervento|pronunciamento|sambutan|pidato|arahan|amanat)\b(?:\s+[\p{L}-]+){0,3}?\s+(?<!behalf\s+)(?:(?:by|of|del?|de la|da|do|di|von|des|du|oleh)\s+|(?<=\b(?:sambutan|pidato|arahan|amanat)\s+)(?=\p{Lu}))/giu;
/** A line saying who delivered, read or presented a speech written for another. */
const DELIVERED_BY = /\b(?:delivered|read(?:\s+out)?|presented)\s+by\b/i;
/** Field keys that name the one who speaks. */
const SPEAKER_FIELD = /^\s*(?:[-*]\s*)?([\p{L} ]{2,30}?)\s*:\s*(.+?)\s*$/u;
const SPEAKER_KEYS = /^(?:speaker|speakers|presenter|lecturer|preacher|guest|name|delivered by|presented by)$/i;
/** A line holding only a name, with a handle in brackets or a timestamp. */
const NAME_LINE = new RegExp(String.raw`^\s*(${NAME})\s*(\([^()]{1,40}\)|\d{1,2}:\d{2}(?::\d{2})?)?\s*$`, 'u');
/** Words for a speech in the languages Verbatim reads, for a title that names its speaker. */
const SPEECH_TITLE =
  /\b(?:speech|address|remarks|statement|lecture|talk|keynote|sermon|tal|anförande|rede|ansprache|vortrag|discours|allocution|discurso|toespraak|intervento|выступление|речь)\b/iu;
const LINK_ONLY = /^\s*(?:!?\[[^\]]*\]\([^)]*\)|<https?:[^>\s]+>|https?:\/\/\S+)\s*$/;
const SENTENCE_END = /[.?!…,:;"”’)]\s*$/;

/** The person found, where, and what the finding line said. */
interface Found {
  name: string;
  role: string | null;
  /** The evidence sentence. */
  evidence: string;
  /** Found in a line saying who delivered the speech ("Delivered by …"). */
  delivered?: boolean;
}

/** Words the text uses in lower case (not in handles or links): a name's family name is never one of them. */
function lowerCaseWords(draft: Draft): Set<string> {
  const set = new Set<string>();
  for (const block of draft.blocks)
    if (isDraftTurn(block))
      for (const paragraph of block.paragraphs)
        for (const word of paragraph.text.match(/(?<![\p{L}\p{N}_@/.#-])\p{Ll}[\p{L}\p{M}'’-]*(?![\p{N}_])/gu) ?? [])
          set.add(word);
  return set;
}

function plausibleName(name: string, lower: Set<string>): boolean {
  const words = name.split(/\s+/);
  if (!looksLikePersonalName(name) || isRolePhrase(name) || namesAPart(name)) return false;
  const family = words[words.length - 1]!.replace(/[.'’]+$/, '');
  return !lower.has(family.toLowerCase());
}

function quote(text: string): string {
  const trimmed = text.trim().replace(/^#{1,6}\s+/, '');
  return trimmed.length > 90 ? `${trimmed.slice(0, 87)}…` : trimmed;
}

/** "Remarks by President Jane Roe", "Address of Jane Roe", "Presented by Mrs Jane Roe, Minister for …". */
function namedBySpeechPhrase(text: string, lower: Set<string>): Found | null {
  // ("Address by Prime Minister Jane Roe (Delivered by Ambassador John Doe …)": who delivered it first.)
  const matches = [...text.matchAll(SPEECH_BY)].sort(
    (a, b) => Number(DELIVERED_BY.test(b[0])) - Number(DELIVERED_BY.test(a[0])),
  );
  for (const match of matches) {
    const after = text.slice(match.index + match[0].length);
    const person = PERSON_AFTER.exec(after);
    // "Speech by the Minister for Fisheries": an office, no name — the office is who speaks.
    const office = ROLE_AFTER.exec(after)?.[1]?.replace(/\s+(?:for|of)(?:\s+the)?$/, '');
    // "the Minister for Fisheries and the Minister for Ports": two speakers, no monologue.
    if (office && /^\s*(?:and|&)\s/.test(after.slice(after.indexOf(office) + office.length))) return null;
    const afterOffice = office ? after.slice(after.indexOf(office) + office.length) : '';
    // "Speech by the Minister for Fisheries, Ana Ribeiro": the office, then the name.
    const officeThenName =
      office && isRolePhrase(office) ? new RegExp(`^\\s*,\\s*(${NAME})`, 'u').exec(afterOffice) : null;
    if (officeThenName && plausibleName(officeThenName[1]!.trim(), lower))
      return {
        name: officeThenName[1]!.trim(),
        role: office!,
        evidence: `the source names the one who speaks: “${quote(text)}”`,
      };
    if (office && isRolePhrase(office) && office.split(/\s+/).length >= 2 && !/^\s*,\s*\p{Lu}/u.test(afterOffice)) {
      const named = person && plausibleName(person[2]!, lower) && !isRolePhrase(person[2]!);
      if (!named && !/^\s*(?:and|&)\s+\p{Lu}/u.test(afterOffice))
        return { name: office, role: office, evidence: `the source names the one who speaks: “${quote(text)}”` };
    }
    if (!person) continue;
    // "Remarks by Jane Roe and John Doe": two speakers, not a monologue's one.
    if (/^\s*(?:and|&|with)\s+\p{Lu}/u.test(after.slice(person[0].length))) return null;
    const titles = person[1]!.trim();
    let name = person[2]!.replace(/[’']s$/, '').trim();
    // "President Trump": one family name after a title.
    if (name.split(/\s+/).length === 1 && titles === '') continue;
    if (name.split(/\s+/).length === 1) name = `${titles.split(/\s+/).pop()} ${name}`;
    // (A family name the text also prints as a word, "Jobs", is a name where an office follows it:
    // "delivered by Steve Jobs, CEO of Apple Computer".)
    const withOffice =
      person[3] !== undefined &&
      isRolePhrase(person[3]) &&
      name.split(/\s+/).length >= 2 &&
      looksLikePersonalName(name) &&
      !isRolePhrase(name);
    if (
      !plausibleName(name, lower) &&
      !(titles !== '' && !lower.has(name.split(/\s+/).pop()!.toLowerCase())) &&
      !withOffice
    )
      continue;
    const honorific = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|H\.E)\.?$/;
    const roleTitles = titles
      .split(/\s+/)
      .filter((w) => w !== '' && !honorific.test(w))
      .join(' ');
    const role = person[3]?.trim().replace(/\s+(?:in|at|on|to|before)\s.*$/, '') ?? (roleTitles || null);
    const cleanName = name.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/, '');
    return {
      name: cleanName,
      role,
      evidence: `the source names the one who speaks: “${quote(text)}”`,
      ...(DELIVERED_BY.test(match[0]) ? { delivered: true } : {}),
    };
  }
  return null;
}

/** "Speaker: Jane Roe", "President: Jane Roe". */
function namedByField(text: string, lower: Set<string>): Found | null {
  const field = SPEAKER_FIELD.exec(text);
  if (!field) return null;
  const key = field[1]!.trim();
  const value = field[2]!.replace(/^["']|["']$/g, '').trim();
  if (!SPEAKER_KEYS.test(key) && !(isRolePhrase(key) && key.split(/\s+/).length <= 3)) return null;
  if (!plausibleName(value, lower)) return null;
  return {
    name: value,
    role: SPEAKER_KEYS.test(key) ? null : key,
    evidence: `a field of the source names the one who speaks: “${quote(text)}”`,
  };
}

/** "Jane Roe (jroe)" or "Jane Roe  45:11" alone on its line. */
function namedByNameLine(text: string, lower: Set<string>): Found | null {
  const line = NAME_LINE.exec(text);
  if (!line) return null;
  const name = line[1]!.trim();
  const words = name.split(/\s+/).length;
  if (!plausibleName(name, lower) || (line[2] === undefined && words > 3)) return null;
  return { name, role: null, evidence: `a line before the speech holds only the speaker's name: “${quote(text)}”` };
}

/**
 * A byline under the title of a speech or a statement: "## Willem F. Duisenberg, President of the
 * European Central Bank, 9 June 1998": a name, then their office (and perhaps a date).
 */
function namedByByline(text: string, lower: Set<string>): Found | null {
  const line = /^\s*(?:#{1,6}\s+)?([^,#]{3,40}),\s*([^,]{3,80})(?:,\s*[^,]{3,40})?\s*$/u.exec(text);
  if (!line) return null;
  const name = line[1]!.trim();
  const office = line[2]!.trim();
  if (!plausibleName(name, lower) || !isRolePhrase(office) || dateLine(office)) return null;
  return {
    name,
    role: office,
    evidence: `a line before the speech names the speaker and their office: “${quote(text)}”`,
  };
}

/**
 * A line that names a person the British way, "The Rt Hon Jane Roe MP" ("From: Prime Minister's
 * Office, 10 Downing Street and The Rt Hon Jane Roe MP", as a government page prints who speaks).
 */
function namedByHonourable(text: string, lower: Set<string>): Found | null {
  const matches = [
    ...text.matchAll(
      /\bThe\s+(?:Rt\.?|Right)\s+Hon(?:\.|ourable)?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?\p{Lu}[\p{L}'’-]+)(?:\s+(?:MP|QC|KC|MSP|MS|AM|MLA|TD|KBE|CBE|OBE))+\b/gu,
    ),
  ];
  if (matches.length !== 1) return null;
  const name = matches[0]![1]!.trim();
  if (!plausibleName(name, lower)) return null;
  return { name, role: null, evidence: `a line before the speech names who speaks: “${quote(text)}”` };
}

/** The ways a line before the speech can name its speaker, strongest first. */
const FINDERS = [namedBySpeechPhrase, namedByField, namedByNameLine, namedByByline, namedByHonourable];

/** A title about a speech that names one person ("Statsminister Jane Roes tal"), repeated in the opening. */
function namedByTitle(title: string, opening: string, lower: Set<string>): Found | null {
  if (!SPEECH_TITLE.test(title)) return null;
  const names = new Set<string>();
  for (const match of title.matchAll(new RegExp(NAME, 'gu'))) {
    const words = match[0].split(/\s+/);
    for (let length = Math.min(3, words.length); length >= 2; length--) {
      for (let start = 0; start + length <= words.length; start++) {
        const candidate = words.slice(start, start + length).join(' ');
        for (const name of [candidate, candidate.replace(/(?:[’']s|s)$/, '')])
          if (opening.includes(name) && plausibleName(name, lower)) names.add(name);
      }
    }
  }
  // The longest names only ("Jane Roe", not also "Roe").
  const longest = [...names].filter((n) => ![...names].some((m) => m !== n && m.includes(n)));
  if (longest.length !== 1) return null;
  const name = longest[0]!;
  return {
    name,
    role: null,
    evidence: `the title names ${name} (“${quote(title)}”) and the opening speaks of them`,
  };
}

/** What a web page puts around its text: a menu's "Economic Bulletin" names no speaker. */
const SITE_REGIONS = new Set([
  'html-head',
  'html-script',
  'html-comment',
  'html-markup',
  'site-header',
  'site-footer',
  'site-navigation',
  'table-header',
]);

/** The lines before the speech: removed title-block lines, the title, the opening paragraphs (not the site's regions). */
function findSpeaker(draft: Draft, opening: Paragraph[], lower: Set<string>): Found | null {
  const firstLine = opening[0]?.place.line ?? Number.POSITIVE_INFINITY;
  const before = draft.removed
    .filter((r) => (r.place?.line ?? Number.POSITIVE_INFINITY) < firstLine && !SITE_REGIONS.has(r.reason))
    .flatMap((r) => r.text.split(/\r?\n/));
  const lines = [...before, ...opening.map((p) => p.text)];
  for (const find of FINDERS) {
    const found = lines.map((line) => find(line, lower)).filter((f): f is Found => f !== null);
    const names = new Set(found.map((f) => f.name));
    if (names.size === 1) return found[0]!;
    // "Address by Prime Minister Jane Roe … (Delivered by Ambassador John Doe on behalf of the Prime
    // Minister)": the one who delivered it is the one who speaks.
    const delivered = found.filter((f) => f.delivered);
    if (names.size > 1 && new Set(delivered.map((f) => f.name)).size === 1) return delivered[0]!;
    if (names.size > 1) return null;
  }
  const title = draft.meta.title ?? before.find((l) => /^\s*#\s/.test(l))?.replace(/^\s*#\s+/, '') ?? null;
  if (title) return namedByTitle(title, opening.map((p) => p.text).join(' '), lower);
  return null;
}

/** What an opening paragraph is, when it is not the speech. */
type OpeningKind = 'link' | 'speaker-line' | 'date' | 'title' | 'narration' | null;

function openingKind(paragraph: Paragraph, speaker: Found, lower: Set<string>, isLast: boolean): OpeningKind {
  const text = paragraph.text.trim();
  if (LINK_ONLY.test(text)) return 'link';
  const words = text.split(/\s+/).length;
  // (A paragraph of sixty words or more that names the speaker is the speech run into its title
  // line, where the text has no blank lines: kept, never removed as a byline.)
  if (words < 60) for (const find of FINDERS) if (find(text, lower)?.name === speaker.name) return 'speaker-line';
  if (dateLine(text)) return 'date';
  if (isLast) return null;
  if (words <= 12 && !SENTENCE_END.test(text)) return 'title';
  // A paragraph that names the speaker in full speaks of them: narration before the speech.
  if (text.includes(speaker.name) && words > 12) return 'narration';
  return null;
}

function participantFor(found: Found): Participant {
  const shortName = shortNameOf(found.name);
  return {
    id: `p-${slug(shortName)}`,
    name: found.name,
    shortName,
    role: found.role,
    affiliation: null,
    kind: 'person',
    labels: [],
  };
}

/** A title's words for comparison: lower case, without brackets, punctuation or Markdown marks. */
function titleWords(text: string): string {
  return text
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * No line names a speaker: the turns stay unattributed, but the opening paragraphs that only
 * print the title again (its words, without the bracketed date) or a link standing alone are
 * still not speech — the title a heading, the link `removed[]` — so the speech starts where it does.
 */
function namelessOpening(draft: Draft): Draft {
  const first = draft.blocks.findIndex(isDraftTurn);
  const turn = draft.blocks[first];
  if (!turn || !isDraftTurn(turn)) return draft;
  const title = draft.meta.title === null ? '' : titleWords(draft.meta.title);
  const before: DraftBlock[] = [];
  const removed: Removed[] = [];
  let count = 0;
  for (const paragraph of turn.paragraphs.slice(0, -1)) {
    const text = paragraph.text.trim();
    if (LINK_ONLY.test(text))
      removed.push(
        removal(
          paragraph.text,
          'monologue-front-matter',
          'A link standing alone before the speech, not part of it.',
          paragraph.place,
        ),
      );
    else if (title !== '' && titleWords(text) === title)
      before.push({
        type: 'heading',
        id: '',
        depth: 2,
        children: [{ type: 'text', value: text }],
        place: paragraph.place,
      });
    else break;
    count++;
  }
  if (count === 0) return draft;
  const rest = turn.paragraphs.slice(count);
  const moved = draft.diagnostics.map((d) =>
    d.rule === 'speaker-unknown' && d.place?.line === turn.place.line ? { ...d, place: rest[0]!.place } : d,
  );
  return {
    ...draft,
    blocks: [
      ...draft.blocks.slice(0, first),
      ...before,
      { ...turn, paragraphs: rest, place: rest[0]!.place },
      ...draft.blocks.slice(first + 1),
    ],
    removed: [...draft.removed, ...removed],
    diagnostics: moved,
  };
}

/** True when a heading after the first turn holds only a person's name other than `name`. */
function otherNameHeading(draft: Draft, name: string): boolean {
  const first = draft.blocks.findIndex(isDraftTurn);
  const key = (text: string) =>
    text
      .replace(/[\s.]+/g, ' ')
      .trim()
      .toLocaleUpperCase('en');
  return draft.blocks.slice(first + 1).some((block) => {
    if (block.type !== 'heading') return false;
    const text = block.children
      .map((child) => (child.type === 'text' ? child.value : ''))
      .join('')
      .trim();
    // (In capitals, two words at least: "INTRODUCTION" heads a section.)
    const capitals = CAPITALS_ALONE.test(text) && /\s/.test(text);
    return (capitals || looksLikePersonalName(text)) && !isRolePhrase(text) && key(text) !== key(name);
  });
}

export const monologueSpeaker: Pass = {
  name: 'monologue-speaker',
  run(draft: Draft): Draft {
    const turns = draft.blocks.filter(isDraftTurn);
    if (turns.length === 0 || draft.captionUnits === 'cues') return draft;
    if (turns.some((t) => t.label !== null || t.speaker !== null)) return draft;
    if (draft.participants.length > 0) return draft;
    const lower = lowerCaseWords(draft);
    // The opening: the paragraphs of the turns before the speech, up to the first long one.
    const openingTurns = turns.slice(0, 2);
    const opening = openingTurns.flatMap((t) => t.paragraphs).slice(0, 6);
    const found = findSpeaker(draft, opening, lower);
    if (!found) return namelessOpening(draft);
    // A heading between the paragraphs that is another person's name ("TOM ABEL" over an answer)
    // shows another voice: no one speaker is given the speech.
    if (otherNameHeading(draft, found.name)) return draft;
    const participant = participantFor(found);
    const removed: Removed[] = [];
    const diagnostics: Diagnostic[] = draft.diagnostics.filter(
      (d) => !(d.rule === 'speaker-unknown' && turns.some((t) => t.place.line === d.place?.line)),
    );
    const blocks: DraftBlock[] = [];
    let speechStarted = false;
    let title = draft.meta.title;
    const totalParagraphs = turns.reduce((n, t) => n + t.paragraphs.length, 0);
    const speakerLineAt =
      opening.findIndex((p) => FINDERS.some((find) => find(p.text.trim(), lower)?.name === found.name)) + 1;
    let seen = 0;
    for (const block of draft.blocks) {
      if (!isDraftTurn(block)) {
        blocks.push(block);
        continue;
      }
      const kept: Paragraph[] = [];
      for (const paragraph of block.paragraphs) {
        seen++;
        const kind = speechStarted
          ? null
          : (openingKind(paragraph, found, lower, seen === totalParagraphs) ??
            // (Before the line that names the speaker, the page's words: a title, a summary.)
            (seen < speakerLineAt ? 'narration' : null));
        if (kind === null) {
          speechStarted = true;
          kept.push(paragraph);
        } else if (kind === 'title') {
          blocks.push({
            type: 'heading',
            id: '',
            depth: 2,
            children: [{ type: 'text', value: paragraph.text }],
            place: paragraph.place,
          });
        } else if (kind === 'narration') {
          blocks.push(textDirection(paragraph.text, paragraph.place));
        } else {
          const explanation =
            kind === 'link'
              ? 'A link standing alone before the speech, not part of it.'
              : kind === 'date'
                ? 'A date line before the speech; not part of it.'
                : 'A line before the speech that names its speaker; it became the speaker.';
          // A speaker line that opens the file ("Address of Governor Jane Roe to …") is its title too.
          const asTitle = kind === 'speaker-line' && title === null && seen === 1;
          if (asTitle) title = paragraph.text.trim();
          removed.push(
            removal(paragraph.text, 'monologue-front-matter', explanation, paragraph.place, {
              ...(kind === 'speaker-line' ? { [`participants.${participant.id}`]: found.name } : {}),
              ...(asTitle ? { 'meta.title': paragraph.text.trim() } : {}),
            }),
          );
        }
      }
      if (kept.length === 0) continue;
      blocks.push({
        ...block,
        paragraphs: kept,
        place: kept[0]!.place,
        speaker: participant.id,
        method: 'inferred',
        confidence: 0.8,
        evidence: [
          'no turn of the transcript is labelled: it reads as one speaker throughout',
          `${found.evidence}, so ${found.name} is the speaker`,
        ],
      });
      diagnostics.push(
        diagnostic(
          'info',
          'speaker-inferred',
          `No label: attributed to ${found.name}, named before the speech (confidence 0.8).`,
          kept[0]!.place,
        ),
      );
    }
    // Headings and directions this pass made are numbered by `finish-meta` with the rest.
    return {
      ...draft,
      meta: { ...draft.meta, title },
      participants: [participant],
      blocks,
      removed: [...draft.removed, ...removed],
      diagnostics,
    };
  },
};
