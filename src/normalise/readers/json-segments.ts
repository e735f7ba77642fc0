/**
 * @module normalise/readers/json-segments
 * The reader of JSON that lists a transcript's segments as objects, each with its words and
 * perhaps its speaker and times, in a shape no speech-recognition reader knows: the Podcasting 2.0
 * transcript (`{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}]}`),
 * a service's or an archive's export (`[{"speaker_name": …, "text": …}]`), a list under any key
 * (`{"transcript": {"utterances": […]}}`). The list is the longest array of objects (at most three
 * levels down) most of whose objects hold a string under a key for words (`text`, `body`,
 * `transcript`, `content`, `utterance`, … as `turn-table.ts` reads column names); the speaker is
 * under a key for speakers (`speaker`, `speakerName`, `name`, `who`), a name, a diarisation
 * number (`Speaker 0`) or an object with a `name`. Each segment becomes a line `Speaker: words`,
 * as the spreadsheet reader makes them, so the line passes read the labels; every other key, and
 * the document's fields outside the list, go to `removed[]` (`json-field`) with all their values.
 * A segment's place is the line of the file where its words are written.
 */
import type { Participant, Removed } from '../../model/nodes.js';
import { removal, type SourceLine } from '../draft.js';
import { speakerColumnParticipants } from './csv.js';
import { isSpeakerHeader, isWordsHeader, turnLines, type TurnRow } from './turn-table.js';

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The key of a record's words: a words key holding text in most of the records. */
function wordsKeyOf(records: readonly JsonRecord[]): string | null {
  const counts = new Map<string, number>();
  for (const record of records)
    for (const [key, value] of Object.entries(record))
      if (typeof value === 'string' && isWordsHeader(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] * 2 >= records.length ? best[0] : null;
}

/** The list of segments: the longest array of records with words, searched three levels down. */
function segmentsOf(
  value: unknown,
  path: string[] = [],
): { records: JsonRecord[]; path: string[]; words: string } | null {
  let best: { records: JsonRecord[]; path: string[]; words: string } | null = null;
  const consider = (candidate: { records: JsonRecord[]; path: string[]; words: string } | null) => {
    if (candidate && (!best || candidate.records.length > best.records.length)) best = candidate;
  };
  if (Array.isArray(value)) {
    const records = value.filter(isRecord);
    const words = records.length > 0 && records.length * 2 >= value.length ? wordsKeyOf(records) : null;
    if (words) consider({ records, path, words });
  } else if (isRecord(value) && path.length < 3) {
    for (const [key, child] of Object.entries(value)) consider(segmentsOf(child, [...path, key]));
  }
  return best;
}

/** The speaker a segment names, as a label: a name, `Speaker 0` for a number, an object's name. */
function speakerText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return `Speaker ${value}`;
  if (typeof value === 'string') return /^\d+$/.test(value.trim()) ? `Speaker ${value.trim()}` : value.trim();
  if (isRecord(value)) {
    for (const key of ['name', 'displayName', 'display_name', 'label', 'id'])
      if (typeof value[key] === 'string' || typeof value[key] === 'number') return speakerText(value[key]);
  }
  return '';
}

/** A value as removed text: itself when it is text or a number, else its JSON. */
function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Finds where each segment's words are written in the file, in order, as line numbers. */
function lineFinder(text: string): (words: string) => number {
  let cursor = 0;
  let line = 1;
  let counted = 0;
  return (words) => {
    const needle = JSON.stringify(words.slice(0, 40)).slice(0, -1);
    const at = words.trim() === '' ? -1 : text.indexOf(needle, cursor);
    if (at >= 0) {
      for (let i = counted; i < at; i++) if (text.charCodeAt(i) === 10) line++;
      counted = at;
      cursor = at + needle.length;
    }
    return line;
  };
}

/**
 * The segments of a JSON document as lines `Speaker: words`, with what else it holds as removed
 * text and the speakers as participants; null when it holds no list of segments with words.
 */
export function readJsonSegments(
  text: string,
  value: unknown,
): { lines: SourceLine[]; removed: Removed[]; participants: Participant[] } | null {
  const found = segmentsOf(value);
  if (!found) return null;
  const speakerKey =
    Object.keys(Object.assign({}, ...found.records) as JsonRecord).find(
      (key) => key !== found.words && isSpeakerHeader(key) && found.records.some((r) => speakerText(r[key]) !== ''),
    ) ?? null;
  const lineOf = lineFinder(text);
  const rows: TurnRow[] = found.records.map((record) => {
    const words = typeof record[found.words] === 'string' ? (record[found.words] as string) : '';
    return {
      no: lineOf(words),
      speaker: speakerKey === null ? '' : speakerText(record[speakerKey]),
      words,
      others: Object.entries(record)
        .filter(([key, v]) => key !== found.words && key !== speakerKey && v !== null && v !== undefined)
        .map(([key, v]) => ({ column: [...found.path, key].join('.'), value: valueText(v) })),
    };
  });
  const table = turnLines(
    rows,
    'json-field',
    (field, count) => `The field “${field}” of each segment (${count} values): not speech.`,
  );
  const removed: Removed[] = [];
  // What the document holds outside the list (a version, a title, a language) is the file's.
  const outside: string[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (path.length === found.path.length && path.every((key, i) => key === found.path[i])) return;
    if (isRecord(node)) for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    else if (path.length > 0) outside.push(`${path.join('.')}: ${valueText(node)}`);
  };
  walk(value, []);
  if (outside.length > 0)
    removed.push(
      removal(outside.join('\n'), 'json-field', 'Fields of the JSON document outside its list of segments.', {
        line: 1,
      }),
    );
  return {
    lines: table.lines,
    removed: [...removed, ...table.removed],
    participants: speakerColumnParticipants(table.speakers, []),
  };
}
