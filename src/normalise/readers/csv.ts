/**
 * @module normalise/readers/csv
 * The spreadsheet reader: a transcript exported as comma- or tab-separated values, one row per
 * turn or segment, with a header naming a speaker column (`speaker`, `name`, `who`) and a column
 * of words (`words`, `text`, `transcript`, `utterance`), as transcription services and archives
 * export them. Each row becomes a line `Speaker: words` (or only the words where the row names
 * nobody), a blank line after it, so the line passes read labels as in any transcript (each name
 * the speaker column holds is a participant, so a label seen once is one too); the rows'
 * places are the lines of the file where they start. The header and every other column
 * (`timestamp`, `tags`, …) go to `removed[]` (`csv-header`, `csv-column`) with their values, so
 * nothing is lost. Parsing is csv-parse's (quoted fields, doubled quotes, line breaks in a field).
 */
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Participant, Removed } from '../../model/nodes.js';
import { UnreadableInputError } from '../../errors.js';
import { removal, type SourceLine } from '../draft.js';
import { participantFromLabel } from '../people.js';

/** A speaker column's header (also read in Markdown tables: `passes/table-turns`). */
export const SPEAKER_HEADER = /^(?:speaker|speakers|speaker name|speaker_name|name|who|participant|voice|role)$/i;
/** A words column's header. */
export const WORDS_HEADER =
  /^(?:words|text|transcript|transcription|utterance|utterances|content|sentence|speech|dialogue)$/i;

/** The delimiter of a header line: a tab where it has tabs, else a comma or a semicolon. */
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

/**
 * True when the text is such a table: its first line is a header with a speaker column and a
 * words column, and the file is named `.csv` or `.tsv` or its header says so on its own.
 */
export function looksLikeCsv(text: string, fileName?: string): boolean {
  const header = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  const delimiter = delimiterOf(header);
  if (!delimiter) return false;
  const cells = headerCells(header, delimiter);
  const named = cells.some((cell) => SPEAKER_HEADER.test(cell)) && cells.some((cell) => WORDS_HEADER.test(cell));
  const ext = fileName ? extname(fileName).toLowerCase() : '';
  return named && (ext === '.csv' || ext === '.tsv' || cells.every((cell) => /^[\p{L}_ ]{1,30}$/u.test(cell)));
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

/** The rows read into lines (`Speaker: words`), and the header and other columns as removed text. */
export function readCsv(text: string): { lines: SourceLine[]; removed: Removed[]; participants: Participant[] } {
  const source = text.replace(/^\uFEFF/, '');
  const header = source.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const delimiter = delimiterOf(header) ?? ',';
  const rows = parseRows(source, delimiter);
  const [head, ...body] = rows;
  const names = head ? head.record.map((cell) => cell.trim()) : [];
  const speakerColumn = names.findIndex((name) => SPEAKER_HEADER.test(name));
  const wordsColumn = names.findIndex((name) => WORDS_HEADER.test(name));
  const lines: SourceLine[] = [];
  const speakers = new Set<string>();
  const others = new Map<number, string[]>();
  let previousEnd = head?.info.lines ?? 1;
  for (const { record, info } of body) {
    const no = previousEnd + 1;
    previousEnd = info.lines;
    const speaker = (record[speakerColumn] ?? '').trim().replace(/\s*:$/, '');
    const words = (record[wordsColumn] ?? '').replace(/\s+/g, ' ').trim();
    record.forEach((value, column) => {
      if (column === speakerColumn || column === wordsColumn || value.trim() === '') return;
      others.set(column, [...(others.get(column) ?? []), value.trim()]);
    });
    if (words === '' && speaker === '') continue;
    if (speaker !== '') speakers.add(speaker);
    lines.push({ no, text: speaker === '' ? words : `${speaker}: ${words}` }, { no, text: '' });
  }
  const removed: Removed[] = [
    removal(header, 'csv-header', 'The header row of the table: the names of its columns.', { line: 1 }),
  ];
  for (const [column, values] of [...others].sort(([a], [b]) => a - b))
    removed.push(
      removal(
        values.join('\n'),
        'csv-column',
        `The column “${names[column] ?? column + 1}” of the table (${values.length} values): not speech.`,
        { line: 2 },
      ),
    );
  return { lines, removed, participants: speakerColumnParticipants(speakers, []) };
}

/**
 * The participants a table's speaker column names, added to `participants` (also for Markdown
 * tables: `passes/table-turns`): each name in it is a label however often it is seen.
 */
export function speakerColumnParticipants(speakers: Iterable<string>, participants: Participant[]): Participant[] {
  for (const speaker of speakers) {
    const participant = { ...participantFromLabel(speaker, 'person'), labels: [speaker] };
    if (!participants.some((p) => p.id === participant.id)) participants.push(participant);
  }
  return participants;
}
