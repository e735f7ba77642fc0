/**
 * @module normalise/readers/csv
 * The spreadsheet reader: a transcript exported as comma-, semicolon- or tab-separated values, one
 * row per turn or segment, as transcription services, archives and people's own spreadsheets
 * export them. Its header names a speaker column (`Speaker`, `Speaker Label`, `Name`, `Who`) and a
 * column of words (`Words`, `Text`, `Transcript Text`, `Utterance`); a file named `.csv` or `.tsv`
 * with no such header is read by what its columns hold (`turn-table.ts`: the longest values are
 * the words, a column of the same few names is the speaker). Each row becomes a line
 * `Speaker: words` (or only the words where the row names nobody), a blank line after it, so the
 * line passes read labels as in any transcript (each name the speaker column holds is a
 * participant, so a label seen once is one too); the rows' places are the lines of the file where
 * they start. The header and every other column (`timestamp`, `tags`, …) go to `removed[]`
 * (`csv-header`, `csv-column`) with their values, so nothing is lost. Parsing is csv-parse's
 * (quoted fields, doubled quotes, line breaks in a field).
 */
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Participant, Removed } from '../../model/nodes.js';
import { UnreadableInputError } from '../../errors.js';
import { removal, type SourceLine } from '../draft.js';
import { isDiarisationLabel } from '../labels.js';
import { participantFromLabel } from '../people.js';
import {
  columnsByContent,
  columnsByHeader,
  isHeaderRow,
  isSpeakerHeader,
  isWordsHeader,
  otherCells,
  turnLines,
  type TurnRow,
} from './turn-table.js';

/** The delimiter of a first line: a tab where it has tabs, else a comma or a semicolon. */
function delimiterOf(header: string): string | null {
  for (const delimiter of ['\t', ',', ';']) if (header.split(delimiter).length >= 2) return delimiter;
  return null;
}

/** The header's cells, trimmed and without quotes. */
function headerCells(header: string, delimiter: string): string[] {
  return header.split(delimiter).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/** True when a file's name says it is a table. */
function namedAsTable(fileName: string | undefined): boolean {
  const ext = fileName ? extname(fileName).toLowerCase() : '';
  return ext === '.csv' || ext === '.tsv';
}

/** The table's rows with the line each ends on; a table csv-parse cannot read is an unreadable input. */
function parseRows(source: string, delimiter: string): { record: string[]; info: { lines: number } }[] {
  try {
    return parse(source, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // (`info: true` makes each row `{ record, info }`; the sync typings do not say so.)
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new UnreadableInputError(`the table cannot be read as CSV: ${(error as Error).message}`);
  }
}

/** The speaker and words columns and whether the first row is a header; null when no words column shows. */
function columnsOf(records: readonly string[][]): { speaker: number | null; words: number; header: boolean } | null {
  const [first, ...rest] = records;
  if (!first) return null;
  const named = columnsByHeader(first.map((cell) => cell.trim()));
  if (named && named.speaker !== null) return { ...named, header: true };
  // No header that names both: what the columns hold decides, the first row read as a header
  // where its shape says so (short names over long words).
  const underHeader = columnsByContent(rest);
  if (underHeader && isHeaderRow(first, rest, underHeader.words)) return { ...underHeader, header: true };
  const shown = columnsByContent(records);
  return shown ? { ...shown, header: false } : null;
}

/** A table read once: its rows, its first line, and its speaker and words columns. */
export interface CsvTable {
  firstLine: string;
  parsed: { record: string[]; info: { lines: number } }[];
  columns: { speaker: number | null; words: number; header: boolean };
}

/**
 * The text read as such a table, or null where it is none: its first line is a header naming a
 * speaker column and a words column, and the file is named `.csv` or `.tsv` or its header says so
 * on its own; or the file is named `.csv` or `.tsv` and its columns show a words column, header or
 * not. A table whose header says it is one and that csv-parse cannot read is an unreadable input.
 */
export function csvTableOf(text: string, fileName?: string): CsvTable | null {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const delimiter = delimiterOf(firstLine);
  if (!delimiter) return null;
  const cells = headerCells(firstLine, delimiter);
  const named = cells.some(isSpeakerHeader) && cells.some(isWordsHeader);
  if (
    named ? !namedAsTable(fileName) && !cells.every((cell) => /^[\p{L}_ ]{1,30}$/u.test(cell)) : !namedAsTable(fileName)
  )
    return null;
  let parsed: CsvTable['parsed'];
  try {
    parsed = parseRows(source, delimiter);
  } catch (error) {
    if (named) throw error;
    return null;
  }
  const columns = columnsOf(parsed.map(({ record }) => record));
  return columns ? { firstLine, parsed, columns } : null;
}

/** True when the text is such a table (`csvTableOf`); a header that says so is enough, read or not. */
export function looksLikeCsv(text: string, fileName?: string): boolean {
  try {
    return csvTableOf(text, fileName) !== null;
  } catch {
    return true;
  }
}

/** The rows read into lines (`Speaker: words`), and the header and other columns as removed text. */
export function readCsv(table: CsvTable): { lines: SourceLine[]; removed: Removed[]; participants: Participant[] } {
  const { firstLine, parsed, columns } = table;
  const [head] = parsed;
  const names =
    columns.header && head
      ? head.record.map((cell) => cell.trim())
      : Array.from({ length: Math.max(0, ...parsed.map(({ record }) => record.length)) }, (_, i) => `column ${i + 1}`);
  const body = columns.header ? parsed.slice(1) : parsed;
  let previousEnd = columns.header ? (head?.info.lines ?? 1) : 0;
  const rows: TurnRow[] = body.map(({ record, info }) => {
    const no = previousEnd + 1;
    previousEnd = info.lines;
    return {
      no,
      speaker: columns.speaker === null ? '' : (record[columns.speaker] ?? ''),
      words: record[columns.words] ?? '',
      others: otherCells(record, names, columns.speaker, columns.words),
    };
  });
  const read = turnLines(
    rows,
    'csv-column',
    (column, count) => `The column “${column}” of the table (${count} values): not speech.`,
  );
  const removed: Removed[] = columns.header
    ? [removal(firstLine, 'csv-header', 'The header row of the table: the names of its columns.', { line: 1 })]
    : [];
  return {
    lines: read.lines,
    removed: [...removed, ...read.removed],
    participants: speakerColumnParticipants(read.speakers, []),
  };
}

/**
 * The participants a table's speaker column names, added to `participants` (also for Markdown
 * tables: `passes/table-turns`): each name in it is a label however often it is seen.
 */
export function speakerColumnParticipants(speakers: Iterable<string>, participants: Participant[]): Participant[] {
  for (const speaker of speakers) {
    // A diariser's `SPEAKER_00` is an anonymous voice, as the label passes read it anywhere.
    if (isDiarisationLabel(speaker)) continue;
    const participant = { ...participantFromLabel(speaker, 'person'), labels: [speaker] };
    if (!participants.some((p) => p.id === participant.id)) participants.push(participant);
  }
  return participants;
}
