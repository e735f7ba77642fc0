// Spreadsheet exports (CSV, TSV) with a speaker column and a words column: rows become labelled
// turns, quoted fields (commas, doubled quotes, line breaks) are read whole, rows with no speaker
// go on as the text shows, the other columns and the header are accounted for in removed[], and
// a text whose first line only happens to hold commas stays text. Tables written for these tests.
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../../src/model/json.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { looksLikeCsv } from '../../src/normalise/readers/csv.js';
import { turnRows } from '../helpers/turns.js';

const INTERVIEW = [
  'timestamp,speaker,words,tags',
  '[00:00:00],MQ:,"You want me to face the camera, or you?",intro',
  ',TL:,"Me, it\'s fine. We say ""compose"", not ""write"".",',
  ',MQ:,"For the ferry book, I wrote longhand.',
  'Then I typed it.",',
  ',,"(Both laugh.)",',
  '[00:01:10],TL:,Why longhand?,',
  '',
].join('\n');

function read(text: string, fileName: string) {
  return normaliseBytes(new TextEncoder().encode(text), { fileName });
}

describe('the spreadsheet reader', () => {
  it('should read each row as a turn of the speaker its speaker column names', () => {
    const t = read(INTERVIEW, 'interview.csv');
    expect(t.meta.source.format).toBe('csv');
    expect(turnRows(t, 3).map(([, label, method, words]) => [label, method, words])).toEqual([
      ['MQ', 'explicit', 'You want me'],
      ['TL', 'explicit', 'Me, it’s fine.'],
      ['MQ', 'explicit', 'For the ferry'],
      ['TL', 'explicit', 'Why longhand?'],
    ]);
    expect(t.participants.map((p) => p.labels)).toEqual([['MQ'], ['TL']]);
    expect(() => checkTranscript(JSON.parse(JSON.stringify(t)))).not.toThrow();
  });

  it('should keep a quoted field whole: its commas, doubled quotes and line breaks', () => {
    const t = read(INTERVIEW, 'interview.csv');
    const text = JSON.stringify(t.body);
    expect(text).toContain('compose');
    expect(text).toContain('Then I typed it.');
  });

  it('should account for the header and the other columns in removed[], with the rows’ places', () => {
    const t = read(INTERVIEW, 'interview.csv');
    expect(t.removed.find((r) => r.reason === 'csv-header')?.text).toBe('timestamp,speaker,words,tags');
    const columns = t.removed.filter((r) => r.reason === 'csv-column').map((r) => r.text);
    expect(columns).toEqual(['[00:00:00]\n[00:01:10]', 'intro']);
    const turns = t.body.filter((b) => b.type === 'turn');
    expect(turns.map((b) => b.type === 'turn' && b.place?.line)).toEqual([2, 3, 4, 7]);
  });

  it('should read a tab-separated export named by its header alone', () => {
    const tsv = 'Speaker\tText\nHost\tWelcome back.\nGuest\tThanks for having me.\nHost\tLet us begin.\n';
    expect(looksLikeCsv(tsv)).toBe(true);
    const t = read(tsv, 'export.txt');
    expect(turnRows(t, 2).map(([speaker]) => speaker)).toEqual(['Host', 'Guest', 'Host']);
  });

  it('should refuse a table it cannot read with a one-line reason', () => {
    expect(() => read('speaker,words\nHost,"Welcome back\n', 'broken.csv')).toThrow(
      /^the table cannot be read as CSV: Quote Not Closed/,
    );
  });

  it('should leave a transcript whose first line only holds commas as text', () => {
    const text = 'Good evening, everyone, and welcome.\n\nHOST: Our first guest, Teo, is here.\n';
    expect(looksLikeCsv(text, 'talk.txt')).toBe(false);
    expect(read(text, 'talk.txt').meta.source.format).toBe('text');
  });
});

describe('a spreadsheet export whose columns are not named as the reader expects', () => {
  it('should read column names in other words and cases (Speaker Label, Transcript Text)', () => {
    const csv = [
      'Start,End,Speaker Label,Transcript Text',
      '00:00:01,00:00:04,Ines Calder,"Good morning, and welcome to the board."',
      '00:00:05,00:00:09,Tomas Reyes,"Thank you, Madam Chair."',
      '00:00:10,00:00:12,Ines Calder,"First item: the minutes."',
    ].join('\n');
    const t = read(csv, 'board.csv');
    expect(t.meta.source.format).toBe('csv');
    expect(turnRows(t, 2).map(([speaker, , method, words]) => [speaker, method, words])).toEqual([
      ['Ines Calder', 'explicit', 'Good morning,'],
      ['Tomas Reyes', 'explicit', 'Thank you,'],
      ['Ines Calder', 'explicit', 'First item:'],
    ]);
    expect(t.removed.filter((r) => r.reason === 'csv-column').map((r) => r.text.split('\n')[0])).toEqual([
      '00:00:01',
      '00:00:04',
    ]);
  });

  it('should find the speaker and words columns of a table with no header by what they hold', () => {
    const csv = [
      '00:00:01,Ines Calder,"Good morning, and welcome to the meeting of the board."',
      '00:00:05,Tomas Reyes,"Thank you, Madam Chair. It is good to be here."',
      '00:00:09,Ines Calder,"Let us begin with the first item on the agenda."',
      '00:00:14,Tomas Reyes,"The minutes were circulated last week."',
    ].join('\n');
    const t = read(csv, 'minutes.csv');
    expect(t.meta.source.format).toBe('csv');
    expect(turnRows(t, 2).map(([speaker]) => speaker)).toEqual([
      'Ines Calder',
      'Tomas Reyes',
      'Ines Calder',
      'Tomas Reyes',
    ]);
    // No header: nothing is taken for one, and the times are kept as a column.
    expect(t.removed.some((r) => r.reason === 'csv-header')).toBe(false);
    expect(t.removed.find((r) => r.reason === 'csv-column')?.text.split('\n')).toHaveLength(4);
  });

  it('should read a header in words of its own as a header once the columns show which is which', () => {
    const csv = [
      'Zeitmarke;Person;Aussage',
      '00:01;Moderatorin;Herzlich willkommen zu unserer Sendung heute Abend.',
      '00:09;Gast;Vielen Dank für die Einladung, ich freue mich.',
      '00:15;Moderatorin;Beginnen wir mit der ersten Frage an Sie.',
    ].join('\n');
    const t = read(csv, 'sendung.csv');
    expect(turnRows(t, 2).map(([speaker]) => speaker)).toEqual(['Moderatorin', 'Gast', 'Moderatorin']);
    expect(t.removed.find((r) => r.reason === 'csv-header')?.text).toBe('Zeitmarke;Person;Aussage');
  });

  it('should give a diariser’s codes to anonymous voices, not to people called “Speaker_00”', () => {
    const csv = [
      'start,end,speaker,text',
      '0.0,2.1,SPEAKER_00,Welcome to the podcast everyone.',
      '2.2,4.0,SPEAKER_01,Thanks for having me on the show.',
      '4.1,6.0,SPEAKER_00,So tell us about your work.',
    ].join('\n');
    const t = read(csv, 'episode.csv');
    expect(t.participants.map((p) => [p.name, p.kind])).toEqual([
      ['Speaker 0', 'anonymous'],
      ['Speaker 1', 'anonymous'],
    ]);
    expect(t.diagnostics.filter((d) => d.rule === 'participant-silent')).toEqual([]);
  });

  it('should leave a .csv whose columns hold no words as a table nobody speaks in', () => {
    const csv = 'id,count\n1,2\n3,4\n5,6\n';
    expect(looksLikeCsv(csv, 'numbers.csv')).toBe(false);
  });
});

describe('a record exported as a table with columns named in Portuguese', () => {
  it('should read `nome` and `fala` as the speaker and the words, never the date column as a speaker', () => {
    const csv = [
      '"","reuniao","data","nome","funcao","fala"',
      '"1","30","2021-07-01","Ana Prado","PRESIDENTE","Bom dia! Declaro aberta a reunião."',
      '"2","30","2021-07-01","Rui Matos","RELATOR","Obrigado, Presidente. Tenho perguntas."',
      '"3","30","2021-07-01","Ana Prado","PRESIDENTE","Com a palavra o Relator."',
      '"4","30","2021-07-01","Rui Matos","RELATOR","A primeira pergunta é sobre as vacinas."',
    ].join('\n');
    const t = read(csv, 'reuniao.csv');
    expect(t.participants.map((p) => p.name)).toEqual(['Ana Prado', 'Rui Matos']);
    expect(turnRows(t, 1).map(([speaker]) => speaker)).toEqual(['Ana Prado', 'Rui Matos', 'Ana Prado', 'Rui Matos']);
  });
});
