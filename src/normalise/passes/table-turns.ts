/**
 * @module normalise/passes/table-turns
 * Pass `table-turns`: a transcript printed as a Markdown table, one row per turn, its header
 * naming a speaker column and a words column (`| Speaker | Text |`, `| Time | Name | Transcript |`),
 * as a document converted from a word processor's table prints it. Each row becomes a line
 * `Speaker: words` and a blank line, so `segment` reads the labels as in any transcript, and each
 * name the speaker column holds is a participant (a name seen once included), as the spreadsheet
 * reader does. The header and its rule go to `removed[]` (`table-header`), every other column with
 * its values (`table-column`). A table whose header names no such columns is left as it is.
 */
import type { Participant, Removed } from '../../model/nodes.js';
import { placeOf, removal, type Draft, type Pass, type SourceLine } from '../draft.js';
import { speakerColumnParticipants } from '../readers/csv.js';
import { isSpeakerHeader, isWordsHeader, otherCells, turnLines, type TurnRow } from '../readers/turn-table.js';

/** A row of a pipe table: `| a | b |` (the outer bars optional where it has inner ones). */
const TABLE_ROW = /^\s*\|?.*\|.*\|?\s*$/;
/** The rule under a pipe table's header: `| --- | :---: |`. */
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

/** The cells of a pipe-table row, trimmed (an escaped `\|` stays in its cell). */
function cells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** One table read into turn lines, or null when its header names no speaker and words columns. */
function turnsOfTable(
  lines: SourceLine[],
  start: number,
): { end: number; out: SourceLine[]; removed: Removed[]; speakers: string[] } | null {
  const names = cells(lines[start]!.text).map((name) => name.replace(/\*\*/g, '').trim());
  const speakerColumn = names.findIndex(isSpeakerHeader);
  const wordsColumn = names.findIndex(isWordsHeader);
  if (speakerColumn < 0 || wordsColumn < 0) return null;
  let end = start + 2;
  while (end < lines.length && TABLE_ROW.test(lines[end]!.text) && lines[end]!.text.trim() !== '') end++;
  const rows: TurnRow[] = lines.slice(start + 2, end).map((line) => {
    const row = cells(line.text);
    return {
      no: line.no,
      speaker: (row[speakerColumn] ?? '').replace(/\*\*/g, ''),
      words: row[wordsColumn] ?? '',
      others: otherCells(row, names, speakerColumn, wordsColumn),
    };
  });
  const table = turnLines(
    rows,
    'table-column',
    (column, count) => `The column “${column}” of the table of turns (${count} values): not speech.`,
  );
  const removed = [
    removal(
      `${lines[start]!.text}\n${lines[start + 1]!.text}`,
      'table-header',
      'The header row of a table of turns: the names of its columns.',
      placeOf(lines[start]!.no, lines[start + 1]!.no),
    ),
    ...table.removed,
  ];
  return { end, out: table.lines, removed, speakers: table.speakers };
}

export const tableTurns: Pass = {
  name: 'table-turns',
  run(draft: Draft): Draft {
    const lines = draft.lines;
    if (!lines.some((line) => TABLE_RULE.test(line.text))) return draft;
    const out: SourceLine[] = [];
    const removed: Removed[] = [];
    const participants: Participant[] = [...draft.participants];
    let found = false;
    for (let index = 0; index < lines.length; index++) {
      const table =
        TABLE_ROW.test(lines[index]!.text) && TABLE_RULE.test(lines[index + 1]?.text ?? '')
          ? turnsOfTable(lines, index)
          : null;
      if (!table) {
        out.push(lines[index]!);
        continue;
      }
      found = true;
      out.push(...table.out);
      removed.push(...table.removed);
      speakerColumnParticipants(table.speakers, participants);
      index = table.end - 1;
    }
    return found ? { ...draft, lines: out, removed: [...draft.removed, ...removed], participants } : draft;
  },
};
