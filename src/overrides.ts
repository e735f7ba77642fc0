/**
 * @module overrides
 * An editor's corrections, applied to a normalised transcript without editing the source:
 * metadata (`-M key=value`, `--title`, `--date`), participants renamed or given a role
 * (`--speaker ID=Name`, `--speaker ID.role=Role`; a numbered voice such as "Speaker 1" that is
 * given a name becomes a person), and turns given to another speaker by
 * paragraph number — from the command line or from a sidecar `NAME.verbatim.yaml` beside the
 * input, so a raw source plus its corrections reproduce the edition. Every correction is
 * recorded in `changes[]` (rule `editor-override`); a re-attributed turn has attribution method
 * `editor` with the correction as its evidence — made as the Markdown edition's reader makes an
 * edited label's (`normalise/editor.ts`: a participant by id, name, short name or label, or a new
 * one; the attribution; inference notes moved). A correction that names nothing in the
 * transcript (no such paragraph, no such participant) is a warning diagnostic, never a crash.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InvalidOptionError } from './errors.js';
import {
  QUESTIONER_ID,
  type Block,
  type Diagnostic,
  type Meta,
  type Participant,
  type Transcript,
  type Turn,
} from './model/nodes.js';
import { findDate } from './normalise/dates.js';
import {
  editorAttribution,
  findParticipant,
  participantForEditor,
  repairAttributionNotes,
} from './normalise/editor.js';

/** Participant fields an editor may set. */
export interface SpeakerOverride {
  name?: string;
  role?: string;
  affiliation?: string;
}

/** Every correction an editor can make; all optional. */
export interface Overrides {
  /** Metadata by key (see `META_KEYS`). */
  meta?: Record<string, string>;
  /** Participants by id (or by their current name). */
  speakers?: Record<string, SpeakerOverride>;
  /** Speaker (participant id or name) of the turn that starts at, or holds, each paragraph number. */
  turns?: Record<string, string>;
  /** Where these came from, for the evidence ("the command line", "talk.verbatim.yaml"). */
  origin?: string;
}

/** Metadata keys an editor can set, and what each sets. */
export const META_KEYS = [
  'title',
  'date',
  'kind',
  'time',
  'place',
  'language',
  'subjects',
  'publisher',
  'series',
  'url',
];

/** The sidecar of an input: `talk.txt` → `talk.verbatim.yaml` in the same folder. */
export function sidecarPath(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.verbatim.yaml`);
}

/** Read the sidecar beside an input, if there is one; a sidecar that is not valid is an `InvalidOptionError`. */
export function readSidecar(input: string): Overrides | null {
  const path = sidecarPath(input);
  if (!existsSync(path)) return null;
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InvalidOptionError(`${path}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  return checkOverrides(data ?? {}, basename(path));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Check parsed sidecar data; throws `InvalidOptionError` naming the place of the first problem. */
export function checkOverrides(data: unknown, origin: string): Overrides {
  if (!isRecord(data)) throw new InvalidOptionError(`${origin}: expected keys meta, speakers, turns`);
  const unknown = Object.keys(data).filter((key) => !['meta', 'speakers', 'turns'].includes(key));
  if (unknown.length > 0)
    throw new InvalidOptionError(`${origin}: unknown key "${unknown[0]}" (expected meta, speakers, turns)`);
  const out: Overrides = { origin };
  if (data['meta'] !== undefined) {
    if (!isRecord(data['meta'])) throw new InvalidOptionError(`${origin}: meta must map keys to values`);
    out.meta = {};
    for (const [key, value] of Object.entries(data['meta'])) out.meta[checkMetaKey(key, origin)] = scalar(value);
  }
  if (data['speakers'] !== undefined) {
    if (!isRecord(data['speakers'])) throw new InvalidOptionError(`${origin}: speakers must map ids to names`);
    out.speakers = {};
    for (const [id, value] of Object.entries(data['speakers'])) {
      if (typeof value === 'string') out.speakers[id] = { name: value };
      else if (isRecord(value)) {
        const bad = Object.keys(value).find((key) => !['name', 'role', 'affiliation'].includes(key));
        if (bad)
          throw new InvalidOptionError(`${origin}: speakers.${id}: unknown key "${bad}" (name, role, affiliation)`);
        out.speakers[id] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scalar(v)]));
      } else throw new InvalidOptionError(`${origin}: speakers.${id} must be a name or {name, role, affiliation}`);
    }
  }
  if (data['turns'] !== undefined) {
    if (!isRecord(data['turns']))
      throw new InvalidOptionError(`${origin}: turns must map paragraph numbers to speakers`);
    out.turns = {};
    for (const [paragraph, speaker] of Object.entries(data['turns'])) {
      if (!/^\d+$/.test(paragraph))
        throw new InvalidOptionError(`${origin}: turns: "${paragraph}" is not a paragraph number`);
      out.turns[paragraph] = scalar(speaker);
    }
  }
  return out;
}

function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new InvalidOptionError(`expected a single value, not ${JSON.stringify(value)}`);
}

function checkMetaKey(key: string, origin: string): string {
  const lower = key.toLowerCase();
  if (!META_KEYS.includes(lower))
    throw new InvalidOptionError(`${origin}: unknown metadata key "${key}" (known: ${META_KEYS.join(', ')})`);
  return lower;
}

/**
 * Overrides from command-line values: `-M key=value`, `--title`, `--date`, `--speaker ID=Name` or
 * `--speaker ID.role=Role` / `ID.affiliation=…`. Throws `InvalidOptionError` for a malformed value.
 */
export function overridesFromOptions(options: {
  meta?: string[];
  title?: string;
  date?: string;
  speaker?: string[];
}): Overrides | null {
  const out: Overrides = { origin: 'the command line' };
  const meta: Record<string, string> = {};
  for (const pair of options.meta ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new InvalidOptionError(`-M ${pair}: expected key=value`);
    meta[checkMetaKey(pair.slice(0, at).trim(), '-M')] = pair.slice(at + 1);
  }
  if (options.title !== undefined) meta['title'] = options.title;
  if (options.date !== undefined) meta['date'] = options.date;
  if (Object.keys(meta).length > 0) out.meta = meta;
  for (const pair of options.speaker ?? []) {
    const match = /^([^=.]+?)(?:\.(name|role|affiliation))?=(.*)$/s.exec(pair);
    if (!match) throw new InvalidOptionError(`--speaker ${pair}: expected ID=Name or ID.role=Role`);
    const [, id, field, value] = match;
    out.speakers ??= {};
    out.speakers[id!.trim()] = { ...out.speakers[id!.trim()], [field ?? 'name']: value!.trim() };
  }
  return out.meta || out.speakers ? out : null;
}

/** Overrides of a later source replace those of an earlier one, key by key. */
export function mergeOverrides(...sources: (Overrides | null | undefined)[]): Overrides | null {
  const present = sources.filter((s): s is Overrides => !!s);
  if (present.length === 0) return null;
  const merged: Overrides = { origin: present.map((s) => s.origin ?? 'overrides').join(' and ') };
  for (const source of present) {
    if (source.meta) merged.meta = { ...merged.meta, ...source.meta };
    if (source.speakers)
      for (const [id, value] of Object.entries(source.speakers))
        merged.speakers = { ...merged.speakers, [id]: { ...merged.speakers?.[id], ...value } };
    if (source.turns) merged.turns = { ...merged.turns, ...source.turns };
  }
  return merged;
}

/** Apply an editor's corrections to a transcript (a new transcript; the argument is not changed). */
export function applyOverrides(transcript: Transcript, overrides: Overrides): Transcript {
  const origin = overrides.origin ?? 'overrides';
  const result: Transcript = structuredClone(transcript);
  const note = (rule: string, message: string): void => {
    result.diagnostics.push({ severity: 'warning', rule, message } satisfies Diagnostic);
  };
  const record = (before: string, after: string): void => {
    result.changes.push({ rule: 'editor-override', before, after });
  };

  for (const [key, value] of Object.entries(overrides.meta ?? {})) applyMeta(result.meta, key, value, record, note);

  const find = (who: string): Participant | undefined => findParticipant(result.participants, who);

  for (const [who, change] of Object.entries(overrides.speakers ?? {})) {
    const participant = find(who);
    if (!participant) {
      note(
        'override-unknown-speaker',
        `${origin}: no participant "${who}" to rename; ids are listed by verbatim inspect.`,
      );
      continue;
    }
    for (const field of ['name', 'role', 'affiliation'] as const) {
      const value = change[field];
      if (value === undefined || value === participant[field]) continue;
      record(`${participant.id}.${field}: ${participant[field] ?? ''}`, value);
      if (field === 'name') {
        participant.name = value;
        participant.shortName = value;
        // A numbered voice ("Speaker 1") an editor names is a person now; the questioner stays who they were.
        if (participant.kind === 'anonymous' && participant.id !== QUESTIONER_ID) {
          record(`${participant.id}.kind: anonymous`, 'person');
          participant.kind = 'person';
        }
      } else participant[field] = value === '' ? null : value;
    }
  }

  const turnEntries = Object.entries(overrides.turns ?? {}).sort(([a], [b]) => Number(a) - Number(b));
  for (const [paragraph, who] of turnEntries) {
    // A name nobody in the transcript has yet: the editor introduces a person.
    const { participant, created } = participantForEditor(result.participants, who);
    if (created) record(`participants: —`, `${participant.id} (${who})`);
    if (!reattribute(result, Number(paragraph), participant, origin)) {
      note(
        'override-unknown-paragraph',
        `${origin}: there is no spoken paragraph ${paragraph}; the transcript has ${countParagraphs(result.body)}.`,
      );
      continue;
    }
    record(`¶${paragraph}`, `spoken by ${participant.name}`);
  }
  if (turnEntries.length > 0) {
    renumberTurns(result.body);
    result.notes = repairAttributionNotes(result.body, result.notes, speakersOfNotes(transcript.body));
  }
  return result;
}

function applyMeta(
  meta: Meta,
  key: string,
  value: string,
  record: (before: string, after: string) => void,
  note: (rule: string, message: string) => void,
): void {
  const set = <K extends keyof Meta>(field: K, next: Meta[K]) => {
    record(`meta.${String(field)}: ${JSON.stringify(meta[field])}`, JSON.stringify(next));
    meta[field] = next;
  };
  switch (key) {
    case 'title':
      if (value.trim() !== '') set('title', value.trim());
      return;
    case 'date': {
      const iso = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? findDate(value.trim())?.iso : findDate(value)?.iso;
      if (!iso) note('override-bad-date', `date override "${value}" is not a date; the date is left as it was.`);
      else set('date', iso);
      return;
    }
    case 'kind':
      set('kind', value.trim().toLowerCase() || null);
      return;
    case 'time':
    case 'place':
      set(key, value.trim() || null);
      return;
    case 'language':
      set('language', value.trim());
      set('languageSource', 'option');
      return;
    case 'subjects':
      set(
        'subjects',
        value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      return;
    case 'publisher':
    case 'series':
    case 'url': {
      const before = meta.source[key];
      record(`meta.source.${key}: ${JSON.stringify(before)}`, JSON.stringify(value));
      meta.source[key] = value.trim() || null;
      return;
    }
  }
}

function countParagraphs(blocks: readonly Block[]): number {
  let n = 0;
  for (const block of blocks) {
    if (block.type === 'turn') n += block.paragraphs.length;
    else if (block.type === 'section') n += countParagraphs(block.body);
  }
  return n;
}

/** Give the paragraph (and the rest of its turn) to a participant, splitting the turn where the paragraph starts mid-turn. */
function reattribute(transcript: Transcript, paragraph: number, participant: Participant, origin: string): boolean {
  let seen = 0;
  const visit = (blocks: Block[]): boolean => {
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.type === 'section') {
        if (visit(block.body)) return true;
        continue;
      }
      if (block.type !== 'turn') continue;
      if (paragraph > seen + block.paragraphs.length) {
        seen += block.paragraphs.length;
        continue;
      }
      const at = paragraph - seen - 1;
      const attribution = editorAttribution(paragraph, participant, origin);
      const given: Turn = {
        ...block,
        speaker: participant.id,
        label: at === 0 ? block.label : null,
        attribution,
        paragraphs: block.paragraphs.slice(at),
      };
      if (at === 0) blocks[i] = given;
      else blocks.splice(i, 1, { ...block, paragraphs: block.paragraphs.slice(0, at) }, given);
      return true;
    }
    return false;
  };
  return paragraph >= 1 && visit(transcript.body);
}

/** Turn ids are positions ("t1", "t2", …): number them again after a split. */
function renumberTurns(blocks: Block[]): void {
  let n = 0;
  const visit = (list: Block[]) => {
    for (const block of list) {
      if (block.type === 'turn') block.id = `t${++n}`;
      else if (block.type === 'section') visit(block.body);
    }
  };
  visit(blocks);
}

/** Whose inference each note explained before an editor's corrections. */
function speakersOfNotes(
  blocks: readonly Block[],
  into = new Map<string, string | null>(),
): Map<string, string | null> {
  for (const block of blocks) {
    if (block.type === 'turn' && block.attribution.noteId) into.set(block.attribution.noteId, block.speaker);
    else if (block.type === 'section') speakersOfNotes(block.body, into);
  }
  return into;
}
