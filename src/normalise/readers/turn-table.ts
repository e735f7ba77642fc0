/**
 * @module normalise/readers/turn-table
 * What every reader of a transcript printed as a table shares (a spreadsheet export, a Markdown
 * or Word table, a JSON list of segments): which column holds the speaker and which the words,
 * read from the column names (`Speaker`, `Speaker Label`, `speaker_name`, `Transcript Text`,
 * `Sprecher`, `texte`, a JSON key `speakerName`) or, for a table with no header, from what the
 * columns hold; and the rows turned into lines `Speaker: words`, so the line passes read the
 * labels as in any transcript.
 */
import type { Removed } from '../../model/nodes.js';
import { removal, type SourceLine } from '../draft.js';

/** Words naming a column of speakers, in the languages Verbatim reads. */
const SPEAKER_WORDS = new Set([
  'speaker',
  'speakers',
  'spk',
  'who',
  'participant',
  'voice',
  'role',
  'person',
  'character',
  'interlocutor',
  'talker',
  'sprecher',
  'sprecherin',
  'redner',
  'rednerin',
  'orateur',
  'locuteur',
  'intervenant',
  'hablante',
  'orador',
  'oratore',
  'spreker',
  'nome',
  'nom',
  'nombre',
  'говорящий',
  'спикер',
  '发言人',
  '说话人',
  '發言人',
  '話者',
]);
/** Words naming a column of spoken words. */
const WORDS_WORDS = new Set([
  'words',
  'text',
  'transcript',
  'transcription',
  'utterance',
  'utterances',
  'content',
  'sentence',
  'speech',
  'dialogue',
  'dialog',
  'caption',
  'message',
  'body',
  'remarks',
  'statement',
  'wortlaut',
  'texte',
  'discours',
  'texto',
  'testo',
  'tekst',
  'fala',
  'falas',
  'intervencao',
  'intervenção',
  'intervención',
  'текст',
  '内容',
  '文本',
]);
/** Words naming a column of times. */
const TIME_WORDS = new Set([
  'time',
  'timestamp',
  'timecode',
  'start',
  'end',
  'begin',
  'from',
  'to',
  'offset',
  'duration',
  'zeit',
  'temps',
]);
/** A name column that names speakers: `Name`, `Full Name`, `Speaker Name`, `Display Name`. */
const NAME_HEADER = /^(?:(?:full|display|speaker|person)\s+)?name$/;

/** A column name's words, lower case: `speakerName` → speaker name, `Transcript_Text` → transcript text. */
function headerWords(name: string): string[] {
  return name
    .replace(/\*+/g, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** True when a column's name says it holds speakers. */
export function isSpeakerHeader(name: string): boolean {
  const words = headerWords(name);
  if (words.length === 0 || words.length > 3 || words.some((word) => WORDS_WORDS.has(word))) return false;
  return words.some((word) => SPEAKER_WORDS.has(word)) || NAME_HEADER.test(words.join(' '));
}

/** True when a column's name says it holds the spoken words. */
export function isWordsHeader(name: string): boolean {
  const words = headerWords(name);
  if (words.length === 0 || words.length > 3 || words.some((word) => SPEAKER_WORDS.has(word))) return false;
  return words.some((word) => WORDS_WORDS.has(word));
}

/** True when a column's name says it holds times. */
export function isTimeHeader(name: string): boolean {
  const words = headerWords(name);
  return words.length > 0 && words.length <= 3 && words.some((word) => TIME_WORDS.has(word));
}

/** The speaker and words columns a header names, or null when it names no words column. */
export function columnsByHeader(names: readonly string[]): { speaker: number | null; words: number } | null {
  const words = names.findIndex(isWordsHeader);
  if (words < 0) return null;
  const speaker = names.findIndex(isSpeakerHeader);
  return { speaker: speaker < 0 ? null : speaker, words };
}

/** A time, a time span or a number of seconds: `00:01:02`, `[1:02.5]`, `62.5`, `00:00:01,000 --> 00:00:04,000`. */
const TIME_VALUE =
  /^[[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]?(?:\s*(?:-->|–|-)\s*[[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]?)?$|^\d+(?:\.\d+)?$/;
/** A speaker as a column prints one: a name, a role, a code, at most five words, no sentence. */
const SPEAKER_VALUE = /^(?=.{1,40}$)\p{L}[\p{L}\p{M}\p{N}'’.&_-]*(?:\s+[\p{L}\p{M}\p{N}'’.&()_-]+){0,4}:?$/u;

/**
 * The speaker and words columns of a table with no header, from what its columns hold: the words
 * column has the longest values, most of them more than one word; the speaker column holds a
 * name or a code on every row that has one, the same few again and again. Null when no column
 * reads as words, or when the table has fewer than three rows to tell from.
 */
export function columnsByContent(
  rows: readonly (readonly string[])[],
): { speaker: number | null; words: number } | null {
  if (rows.length < 3) return null;
  const width = Math.max(0, ...rows.map((row) => row.length));
  const columns = Array.from({ length: width }, (_, column) =>
    rows.map((row) => (row[column] ?? '').trim()).filter((value) => value !== ''),
  );
  const isTime = columns.map((values) => values.length > 0 && values.every((value) => TIME_VALUE.test(value)));
  const meanLength = columns.map((values) =>
    values.length === 0 ? 0 : values.reduce((sum, value) => sum + value.length, 0) / values.length,
  );
  let words = -1;
  for (let column = 0; column < width; column++)
    if (!isTime[column] && (words < 0 || meanLength[column]! > meanLength[words]!)) words = column;
  if (words < 0) return null;
  const wordValues = columns[words]!;
  const spaced = wordValues.filter((value) => /\s/.test(value)).length;
  if (meanLength[words]! < 12 || spaced * 2 < wordValues.length || wordValues.length * 2 < rows.length) return null;
  for (let column = 0; column < width; column++) {
    if (column === words || isTime[column]) continue;
    const values = columns[column]!;
    if (values.length * 2 < rows.length || !values.every((value) => SPEAKER_VALUE.test(value))) continue;
    // A speaker comes back: few distinct values for the rows (a list of items is all different).
    const distinct = new Set(values.map((value) => value.replace(/:$/, ''))).size;
    // (One value on every row is a session's or a date's column, not a dialogue's speakers.)
    if (distinct >= 2 && distinct < values.length && distinct <= Math.max(2, values.length / 2))
      return { speaker: column, words };
  }
  return { speaker: null, words };
}

/** A table's first row is its header: short names, and where the words go a name too, not words. */
export function isHeaderRow(first: readonly string[], rest: readonly (readonly string[])[], words: number): boolean {
  if (!first.every((cell) => /^[\p{L}_#][\p{L}\p{N} _.#()/-]{0,30}$/u.test(cell.trim()) || cell.trim() === ''))
    return false;
  const cell = (first[words] ?? '').trim();
  const values = rest.map((row) => (row[words] ?? '').trim()).filter((value) => value !== '');
  const mean = values.reduce((sum, value) => sum + value.length, 0) / Math.max(1, values.length);
  return cell.split(/\s+/).length <= 3 && cell.length * 3 < mean;
}

/** One row of a table of turns: the line it starts on, its speaker, its words and its other cells. */
export interface TurnRow {
  no: number;
  speaker: string;
  words: string;
  /** The row's other cells, by the name of their column. */
  others: readonly { column: string; value: string }[];
}

/** A row's cells other than the speaker's and the words', by the name of their column (`column 3` where it has none). */
export function otherCells(
  row: readonly string[],
  names: readonly string[],
  speaker: number | null,
  words: number,
): TurnRow['others'] {
  return row.flatMap((value, column) =>
    column === speaker || column === words ? [] : [{ column: names[column] ?? `column ${column + 1}`, value }],
  );
}

/**
 * The rows as lines `Speaker: words` (or only the words where a row names nobody), a blank line
 * after each; the other columns as `removed[]` entries (`rule`), each with all its values; and the
 * speakers in order of first appearance. In a table of single words (a recogniser's word-level
 * segments: most rows one or two words), one speaker's rows in a row are joined into one line.
 */
export function turnLines(
  rows: readonly TurnRow[],
  rule: string,
  explain: (column: string, count: number) => string,
): { lines: SourceLine[]; removed: Removed[]; speakers: string[] } {
  const wordCounts = rows.map((row) => row.words.split(/\s+/).filter(Boolean).length).sort((a, b) => a - b);
  const wordLevel = rows.length >= 8 && (wordCounts[Math.floor(wordCounts.length / 2)] ?? 0) <= 2;
  const lines: SourceLine[] = [];
  const speakers: string[] = [];
  const others = new Map<string, { values: string[]; no: number }>();
  let previous: { speaker: string; line: SourceLine } | null = null;
  for (const row of rows) {
    for (const { column, value } of row.others) {
      if (value.trim() === '') continue;
      const entry = others.get(column) ?? others.set(column, { values: [], no: row.no }).get(column)!;
      entry.values.push(value.trim());
    }
    const words = row.words.replace(/\s+/g, ' ').trim();
    // A name the table prints in lower case (`host`, `guest`) is a label all the same.
    const speaker = row.speaker
      .trim()
      .replace(/\s*:$/, '')
      .replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
    if (words === '' && speaker === '') continue;
    if (speaker !== '' && !speakers.includes(speaker)) speakers.push(speaker);
    if (wordLevel && previous && previous.speaker === speaker && words !== '') {
      // A token of punctuation alone (`,`) closes up to the word before it.
      previous.line.text += /^[\p{P}]+$/u.test(words) && !/^[([{¿¡“‘"']/u.test(words) ? words : ` ${words}`;
      continue;
    }
    const line: SourceLine = { no: row.no, text: speaker === '' ? words : `${speaker}: ${words}` };
    lines.push(line, { no: row.no, text: '' });
    previous = { speaker, line };
  }
  const removed = [...others].map(([column, { values, no }]) =>
    removal(values.join('\n'), rule, explain(column, values.length), { line: no }),
  );
  return { lines, removed, speakers };
}
