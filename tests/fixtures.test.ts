// The project's own transcripts (examples/ and tests/fixtures/, listed in tests/fixtures/README.md)
// through the normaliser: none loses a word or fails the model checks, and each gives the facts
// its text states — read off the fixture, not copied from the output. The caption-rows fixture
// is checked turn by turn in tests/dialogue.test.ts, the example in tests/press-conference.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../src/model/json.js';
import type { Inline, Transcript } from '../src/model/nodes.js';
import { spokenText, turnsOf, wordsOf } from '../src/model/walk.js';
import { decodeBytes } from '../src/normalise/decode.js';
import { ALL_FIXTURES, baseName, FIXTURE, normaliseFixture, PRESS_CONFERENCE_LONG } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';
import { inputAfterRewrites, missingWords, modelWords } from './helpers/words.js';

/** [speaker name, label as printed, attribution method, first four words] for each turn. */
const rows = (transcript: Transcript) => turnRows(transcript, 4);
const names = (transcript: Transcript) => transcript.participants.map((p) => p.name);
const nonText = (transcript: Transcript): Inline[] =>
  [...turnsOf(transcript.body)].flatMap((t) => t.paragraphs.flat().filter((n) => n.type !== 'text'));
const directions = (transcript: Transcript) =>
  transcript.body
    .filter((b) => b.type === 'stageDirection')
    .map((b) => b.children.map((n) => (n.type === 'text' ? n.value : 'asPrinted' in n ? n.asPrinted : '')).join(''));

describe('every fixture', () => {
  it.each(ALL_FIXTURES.map(baseName))('should normalise %s without losing a word, into a valid model', (name) => {
    const path = ALL_FIXTURES.find((f) => baseName(f) === name)!;
    const bytes = readFileSync(path);
    const transcript = normaliseFixture(path);
    expect(() => checkTranscript(JSON.parse(JSON.stringify(transcript)))).not.toThrow();
    const input = wordsOf(inputAfterRewrites(decodeBytes(bytes).text, transcript));
    const held = modelWords(transcript);
    expect(missingWords(input, held), 'words of the input found nowhere in the model').toEqual([]);
    if (transcript.meta.source.format !== 'webvtt' && transcript.meta.source.format !== 'srt')
      expect(missingWords(held, input), 'words in the model that the input does not have').toEqual([]);
    expect(transcript.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('the long press conference', () => {
  const t = normaliseFixture(PRESS_CONFERENCE_LONG);

  it('should read the header, date, kind and "with" line', () => {
    expect([t.meta.date, t.meta.kind, t.meta.source.pageUpdated, t.meta.source.series]).toEqual([
      '2023-10-05',
      'joint press conference',
      '2023-10-09',
      'Northern Waterways Authority Newsroom',
    ]);
    expect(names(t)).toEqual(['Dr. Helga Strand', 'Paolo Ferrante', 'Question']);
  });

  it('should give the never-labelled minister his three unlabelled passages, the first with a note', () => {
    expect(rows(t).map(([speaker, , method]) => [speaker, method])).toEqual([
      ['Paolo Ferrante', 'inferred'],
      ['Dr. Helga Strand', 'explicit'],
      ['Question', 'explicit'],
      ['Dr. Helga Strand', 'explicit'],
      ['Paolo Ferrante', 'inferred'],
      ['Question', 'explicit'],
      ['Dr. Helga Strand', 'explicit'],
      ['Question', 'explicit'],
      ['Paolo Ferrante', 'inferred'],
      ['Question', 'explicit'],
      ['Dr. Helga Strand', 'explicit'],
    ]);
    const turns = [...turnsOf(t.body)];
    expect(turns.map((turn) => turn.paragraphs.length)).toEqual([4, 4, 1, 1, 2, 1, 1, 1, 2, 1, 1]);
    expect(spokenText(turns[4]!.paragraphs[0]!)).toMatch(/^The financing arrangement that Dr\. Strand mentioned/);
    expect(turns[0]!.attribution.noteId).toBe('n1');
    expect(t.notes).toHaveLength(1);
  });
});

describe('the Latin-1 parliamentary sitting with mixed line endings', () => {
  const t = normaliseFixture(FIXTURE.parliamentLatin1);
  const turns = [...turnsOf(t.body)];

  it('should decode Latin-1, make the line endings uniform, and say so', () => {
    expect(t.meta.source.encoding).toBe('windows-1252');
    expect(t.meta.source.lineEndings).toBe('mixed');
    expect(t.meta.date).toBe('1997-03-03');
    expect(t.diagnostics.map((d) => d.rule)).toEqual(
      expect.arrayContaining(['mixed-line-endings', 'encoding-guessed']),
    );
  });

  it('should take each label on its own line, with riding and party, as a participant', () => {
    expect(names(t)).toEqual(
      expect.arrayContaining([
        'Mr. Réal Bélanger',
        'Mrs. Agnès Gauthier-Côté',
        'Mr. Dermot Walsh',
        'Mr. Ménard',
        'Some hon. members',
      ]),
    );
    expect(t.participants.find((p) => p.name === 'Mr. Ménard')?.role).toBe('Acting Speaker');
    expect(t.participants.find((p) => p.name === 'Some hon. members')?.kind).toBe('group');
    const members = turns
      .filter((turn) => turn.label === 'Some hon. members')
      .map((turn) => spokenText(turn.paragraphs[0]!));
    expect(members).toEqual(['Hear, hear.', 'Question.', 'Agreed.']);
  });

  it('should join the hard-wrapped lines of a paragraph, dropping the trailing spaces', () => {
    const belanger = turns.find((turn) => turn.label?.startsWith('Mr. Réal Bélanger ('))!;
    expect(belanger.paragraphs.map((p) => spokenText(p))).toEqual([
      'Mr. Speaker, I am pleased to open the debate on Bill C-31, which would guarantee a year-round ferry service to the islands of the gulf.',
      'For too long the people of the islands have depended on a service that stops whenever the ice comes early. The bill sets a minimum number of crossings for every month of the year.',
    ]);
  });

  it('should keep the procedural notes as stage directions', () => {
    expect(directions(t)).toEqual([
      '(Motion agreed to, bill read the second time and referred to a committee)',
      '(The House adjourned at 1.55 p.m.)',
    ]);
  });
});

describe('the German sitting with bracketed interjections', () => {
  const t = normaliseFixture(FIXTURE.landtagGerman);

  it('should read the sitting line, the date line and the table of contents', () => {
    expect([t.meta.kind, t.meta.date, t.meta.language]).toEqual(['parliamentary sitting', '1950-03-14', 'de']);
    expect(t.removed.map((r) => r.reason).sort()).toEqual(['metadata-date', 'metadata-kind', 'table-of-contents']);
  });

  it('should take every inline label, with party, role or a space before the colon', () => {
    expect(rows(t).map(([, label, method]) => [label, method])).toEqual([
      ['Präsident Dr. Hansen', 'explicit'],
      ['Petersen (SPD)', 'explicit'],
      ['Präsident Dr. Hansen', 'explicit'],
      ['Dr. Claußen (FDP)', 'explicit'],
      ['Lorenzen, Minister für Verkehr', 'explicit'],
      ['Petersen (SPD)', 'explicit'],
      ['Lorenzen, Minister für Verkehr', 'explicit'],
      ['Präsident Dr. Hansen', 'explicit'],
    ]);
    expect(t.participants.find((p) => p.labels.includes('Lorenzen, Minister für Verkehr'))?.role).toBe(
      'Minister für Verkehr',
    );
  });

  it('should keep interjections inside a speech as incidents, and those between speeches as directions', () => {
    expect(nonText(t).map((n) => ('asPrinted' in n ? n.asPrinted : n.type))).toEqual([
      '(Sehr richtig! bei der SPD.)',
      '(Zuruf von der CDU: Woher denn?)',
      '(Heiterkeit.)',
      '(Zuruf von der SPD: Wann denn?)',
    ]);
    for (const turn of turnsOf(t.body))
      for (const p of turn.paragraphs) expect(spokenText(p)).not.toMatch(/Zuruf|Beifall|Heiterkeit/);
    expect(directions(t)).toEqual([
      'Die Sitzung wird um 9 Uhr 30 Minuten durch den Präsidenten Dr. Hansen eröffnet.',
      '(Beifall bei der SPD.)',
      '(Abg. Petersen: Das heißt begraben!)',
      '(Beifall bei der CDU und der FDP.)',
      '(Heiterkeit und Zurufe.)',
      '(Schluß der Sitzung: 12 Uhr 40 Minuten.)',
    ]);
  });
});

describe('the Markdown podcast', () => {
  const t = normaliseFixture(FIXTURE.podcastMarkdown);

  it('should take the bold labels, keep a turn of two paragraphs whole, and leave the break to a direction', () => {
    expect(names(t)).toEqual(['Maya Okafor', 'Leo Brandt', 'Ingrid Solberg']);
    const labels = rows(t).map(([, label]) => label);
    expect(labels).toEqual([
      'Maya Okafor',
      'Leo Brandt',
      'Maya Okafor',
      'Ingrid Solberg',
      'Leo Brandt',
      'Ingrid Solberg',
      'Maya Okafor',
      'Ingrid Solberg',
      'Leo Brandt',
      'Ingrid Solberg',
      'Maya Okafor',
      'Ingrid Solberg',
    ]);
    expect([...turnsOf(t.body)][5]!.paragraphs).toHaveLength(2);
    expect(directions(t)).toEqual(['Break: [04:40]']);
  });

  it('should read the escaped timestamps as time marks and the escaped [laughs] as laughter', () => {
    expect(nonText(t)).toEqual([
      { type: 'incident', kind: 'laughter', asPrinted: '[laughs]', description: 'laughs' },
      { type: 'timeMark', seconds: 135, asPrinted: '[02:15]' },
      { type: 'incident', kind: 'laughter', asPrinted: '[laughs]', description: 'laughs' },
      { type: 'timeMark', seconds: 302, asPrinted: '[05:02]' },
    ]);
    expect(JSON.stringify(t.body)).not.toContain('\\\\[');
  });
});

describe('the subtitle podcasts', () => {
  const speakers = ['Nora', 'Ben', 'Nora', 'Ben', 'Pia', 'Nora', 'Pia', 'Nora'];

  it('should read WebVTT voice tags, carry a voice to the cues after it, and take a plain "Pia:" label', () => {
    const t = normaliseFixture(FIXTURE.podcastWebVtt);
    expect([t.meta.source.format, t.meta.source.encoding, t.meta.source.lineEndings]).toEqual([
      'webvtt',
      'utf-8-bom',
      'crlf',
    ]);
    expect(rows(t).map(([speaker]) => speaker)).toEqual(speakers);
    const turns = [...turnsOf(t.body)];
    expect(spokenText(turns[1]!.paragraphs[0]!)).toMatch(/^Thanks, Nora\. .* Last time I burned the rice/);
    expect(spokenText(turns[4]!.paragraphs[0]!)).toMatch(/^Can I jump in here\?/);
    expect(JSON.stringify(t.body)).not.toMatch(/<v |-->/);
  });

  it('should read SRT "Name:" labels at a turn’s start and join the two-line cues', () => {
    const t = normaliseFixture(FIXTURE.podcastSrt);
    expect(t.meta.source.format).toBe('srt');
    expect(rows(t).map(([speaker]) => speaker)).toEqual(speakers);
    expect(spokenText([...turnsOf(t.body)][0]!.paragraphs[0]!)).toBe(
      'Welcome to Open Kitchen, the podcast about cooking for too many people in too small a kitchen.',
    );
    expect(JSON.stringify(t.body)).not.toMatch(/-->|\d\d:\d\d:\d\d/);
  });
});
