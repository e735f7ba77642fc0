/**
 * @module normalise/readers/oyez
 * Reader for Oyez oral-argument JSON: the case-media transcript export of api.oyez.org
 * (`{ title: "Oral Argument - December 13, 1971", transcript: { title, sections: [{ turns:
 * [{ speaker, start, stop, text_blocks: [{ text, start, stop }] }] }] }, media_file }`).
 *
 * - `transcript.title` (the case name) is the title; the file's own `title` gives the kind
 *   ("oral argument", "reargument", "opinion announcement") and the date.
 * - Each speaker is a participant, one per `identifier` (or name): the name as Oyez gives it,
 *   the short name from `last_name` (the full name when two speakers share it), and the role title in force on the day ("Chief Justice of
 *   the United States" → "Chief Justice", "Associate Justice of the Supreme Court …" →
 *   "Associate Justice"). Oyez gives roles only to the justices; an advocate's `roles` is null
 *   and so is their role here (the file does not say which party they argue for).
 * - Each section is the argument of one advocate; the file gives it no title, so it gets a
 *   heading named after the first speaker of the section who holds no role: "Argument of Sarah
 *   R. Weddington", and "Rebuttal of …" for that advocate's later section. A section a `title`
 *   field names keeps that title; a section with no advocate gets no heading.
 * - Each turn is a draft turn (method `explicit`; `unknown` where `speaker` is null), each
 *   text block a timed piece (its `start`/`stop` as the cue), so `caption-paragraphs` makes the
 *   paragraphs as for captions. Empty text blocks are counted in one diagnostic.
 *
 * JSON has no lines worth pointing at, so every place is line 1.
 */
import type { Heading, Participant } from '../../model/nodes.js';
import { findDate } from '../dates.js';
import { diagnostic, type Draft, type DraftBlock, type DraftTurn } from '../draft.js';
import { shortNameOf, slug } from '../people.js';

/**
 * What `readers/structured.ts` hands a reader (its `StructuredDocument`), spelt out here because
 * that module lists this reader and a type import back would make a cycle; the list checks the
 * reader against its `StructuredReader` interface.
 */
type StructuredInput = { syntax: string; value?: unknown };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function seconds(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function sectionsOf(value: unknown): unknown[] | null {
  if (!isObject(value) || !isObject(value.transcript)) return null;
  const sections = value.transcript.sections;
  return Array.isArray(sections) ? sections : null;
}

function turnsOf(section: unknown): unknown[] {
  return isObject(section) && Array.isArray(section.turns) ? section.turns : [];
}

/** Oyez JSON: sections of turns, and at least one turn with a speaker key and a list of text blocks. */
function detect(document: StructuredInput): boolean {
  if (document.syntax !== 'json') return false;
  const sections = sectionsOf(document.value);
  if (!sections) return false;
  return sections.some((section) =>
    turnsOf(section).some((turn) => isObject(turn) && 'speaker' in turn && Array.isArray(turn.text_blocks)),
  );
}

/** The role title in force on the day, shortened to the office ("Chief Justice"). */
function roleOf(speaker: Json, day: number | null): string | null {
  if (!Array.isArray(speaker.roles)) return null;
  const roles = speaker.roles.filter(isObject).filter((r) => text(r.role_title) !== null);
  if (roles.length === 0) return null;
  const inForce =
    day === null
      ? undefined
      : roles.find((r) => {
          const from = seconds(r.date_start);
          const to = seconds(r.date_end);
          return (from === null || from <= day) && (to === null || to === 0 || day <= to);
        });
  const title = text((inForce ?? roles[roles.length - 1]!).role_title)!;
  return title.replace(/\s+of the (?:Supreme Court of the )?United States$/i, '');
}

/** "Oral Argument - December 13, 1971" → kind and ISO date. */
function kindAndDate(title: string | null): { kind: string | null; date: string | null } {
  if (!title) return { kind: null, date: null };
  const found = findDate(title);
  const kind = title.split(/\s+[-–—]\s+/)[0]!.trim();
  return {
    kind: kind !== '' && kind !== title ? kind.toLowerCase() : found ? null : title.toLowerCase(),
    date: found?.iso ?? null,
  };
}

function read(draft: Draft, document: StructuredInput): Draft {
  if (document.syntax !== 'json') return draft;
  const root = document.value as Json;
  const transcript = root.transcript as Json;
  const { kind, date } = kindAndDate(text(root.title));
  const day = date === null ? null : Date.parse(`${date}T12:00:00Z`) / 1000;
  const mentionsOyez = /\boyez\.org\b/.test(JSON.stringify(root.media_file ?? null) + JSON.stringify(transcript));

  const place = { line: 1 };
  const participants: Participant[] = [];
  const byKey = new Map<string, Participant>();
  const participantFor = (speaker: Json): Participant | null => {
    const name = text(speaker.name);
    if (!name) return null;
    const key = text(speaker.identifier) ?? name;
    const known = byKey.get(key);
    if (known) return known;
    const shortName = text(speaker.last_name) ?? shortNameOf(name);
    let id = `p-${slug(shortName)}`;
    for (let n = 2; participants.some((p) => p.id === id); n++) id = `p-${slug(shortName)}-${n}`;
    const participant: Participant = {
      id,
      name,
      shortName,
      role: roleOf(speaker, day),
      affiliation: null,
      kind: 'person',
      labels: [name],
    };
    participants.push(participant);
    byKey.set(key, participant);
    return participant;
  };

  const blocks: DraftBlock[] = [];
  const argued = new Set<string>();
  let emptyBlocks = 0;
  let emptyTurns = 0;
  let unnamedTurns = 0;
  let headings = 0;
  for (const section of sectionsOf(root) ?? []) {
    const turns = turnsOf(section).filter(isObject);
    const advocate = turns
      .map((turn) => (isObject(turn.speaker) ? participantFor(turn.speaker) : null))
      .find((p): p is Participant => p !== null && p.role === null);
    const title =
      (isObject(section) ? text(section.title) : null) ??
      (advocate ? `${argued.has(advocate.id) ? 'Rebuttal' : 'Argument'} of ${advocate.name}` : null);
    if (advocate) argued.add(advocate.id);
    if (title) {
      const heading: Heading = {
        type: 'heading',
        id: `h${++headings}`,
        depth: 2,
        children: [{ type: 'text', value: title }],
        place,
      };
      blocks.push(heading);
    }
    for (const turn of turns) {
      const paragraphs: DraftTurn['paragraphs'] = [];
      for (const block of Array.isArray(turn.text_blocks) ? turn.text_blocks : []) {
        const words = isObject(block) ? text(block.text) : null;
        if (words === null || !isObject(block)) {
          emptyBlocks++;
          continue;
        }
        const start = seconds(block.start);
        const stop = seconds(block.stop);
        paragraphs.push({
          text: words.replace(/\s+/g, ' '),
          place,
          blankLinesBefore: 1,
          ...(start !== null && stop !== null ? { cue: { start, end: Math.max(start, stop) } } : {}),
        });
      }
      if (paragraphs.length === 0) {
        emptyTurns++;
        continue;
      }
      const speaker = isObject(turn.speaker) ? participantFor(turn.speaker) : null;
      if (!speaker) {
        unnamedTurns++;
        blocks.push({
          type: 'draftTurn',
          speaker: null,
          label: null,
          labelForm: null,
          function: null,
          method: 'unknown',
          confidence: 0,
          evidence: ['The Oyez file names no speaker for this turn.'],
          paragraphs,
          place,
        });
        continue;
      }
      blocks.push({
        type: 'draftTurn',
        speaker: speaker.id,
        label: speaker.name,
        labelForm: null,
        function: null,
        method: 'explicit',
        confidence: 1,
        evidence: ['The Oyez file names the speaker of this turn.'],
        paragraphs,
        place,
      });
    }
  }

  // Two speakers of one surname (the two Justices Harlan) keep their full names in later labels.
  const surnames = new Map<string, number>();
  for (const p of participants) surnames.set(p.shortName, (surnames.get(p.shortName) ?? 0) + 1);
  for (const p of participants) if ((surnames.get(p.shortName) ?? 0) > 1) p.shortName = p.name;

  const diagnostics = [...draft.diagnostics];
  if (emptyBlocks > 0)
    diagnostics.push(
      diagnostic(
        'info',
        'oyez-empty-text-block',
        `${emptyBlocks} text block(s) of the Oyez file hold no text` +
          (emptyTurns > 0 ? `; ${emptyTurns} turn(s) held nothing else and were left out.` : '.'),
      ),
    );
  if (unnamedTurns > 0)
    diagnostics.push(
      diagnostic('warning', 'oyez-unnamed-speaker', `${unnamedTurns} turn(s) of the Oyez file name no speaker.`),
    );
  return {
    ...draft,
    captionUnits: 'cues',
    meta: {
      ...draft.meta,
      title: text(transcript.title) ?? draft.meta.title,
      kind,
      date,
      publisher: mentionsOyez ? 'Oyez' : draft.meta.publisher,
    },
    participants,
    blocks,
    diagnostics,
  };
}

/** The Oyez oral-argument reader. */
export const oyezReader = {
  format: 'oyez-json' as const,
  title: 'Oyez oral-argument JSON',
  extensions: ['.json'],
  syntax: 'json' as const,
  detect,
  read,
};
