// Labels printed as Markdown headings, with the full-width colon of Chinese and Japanese type,
// and names in Han script or written as slugs (issue #13). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

const PANEL = `# Une nuit au port

### marie-lefort：
Bonsoir à tous, et bienvenue sur le quai.

### jean-baptiste-roux：
Bonsoir.

### marie-lefort：
Vous avez passé trente ans sur les remorqueurs. Qu’est-ce qui a changé ?

### jean-baptiste-roux：
Les moteurs, surtout. Les hommes beaucoup moins.
`;

const INTERVIEW = `# 港口訪談

### 記者：
請問您在港口工作多久了？

### 林美華：
差不多二十年了。

### 記者：
最大的改變是什麼？

林美華：貨櫃。以前都是人工搬運（笑）。
`;

describe('labels printed as Markdown headings', () => {
  it('should read `### slug：` headings as labels, and display the slug as the name it spells', () => {
    const t = normalise(PANEL);
    expect(t.participants.map((p) => [p.name, p.labels])).toEqual([
      ['Marie Lefort', ['marie-lefort']],
      ['Jean Baptiste Roux', ['jean-baptiste-roux']],
    ]);
    expect(turnRows(t, 2).map(([speaker]) => speaker)).toEqual([
      'Marie Lefort',
      'Jean Baptiste Roux',
      'Marie Lefort',
      'Jean Baptiste Roux',
    ]);
  });

  it('should read names in Han script with the full-width colon, as headings and inline', () => {
    const t = normalise(INTERVIEW);
    expect(turnRows(t, 1).map(([speaker, label]) => [speaker, label])).toEqual([
      ['記者', '記者'],
      ['林美華', '林美華'],
      ['記者', '記者'],
      ['林美華', '林美華'],
    ]);
  });

  it('should not read a heading that is no label, or one seen once, as a speaker', () => {
    const t = normalise('# Notes\n\n### Summary:\nThe harbour reopened.\n\n### Background\nIt closed in May.\n');
    expect(t.participants).toEqual([]);
  });
});

describe('a talk’s speakers as headings of a given name, and a service’s bold name and time', () => {
  const talk = [
    '### Zino',
    'Thank you, Simone. Today we talk about data, because data is everywhere.',
    '',
    'It comes in many shapes, and most of them are tables.',
    '',
    '### Ellen',
    'Thank you, Zino. A question from the room: where do you keep it?',
    '',
    '### Zino',
    'In a database, mostly. Sometimes in a spreadsheet.',
    '',
    '### Julien',
    'And how big is it?',
    '',
    '### Zino',
    'Small enough to fit on a laptop.',
    '',
    '### Ellen',
    'Thank you all.',
    '',
  ].join('\n');

  it('should read `### Zino` headings as labels where the page prints its speakers so', () => {
    const t = normalise(talk, { fileName: 'talk.md' });
    expect(turnRows(t, 2).map((row) => [row[0], row[3]])).toEqual([
      ['Zino', 'Thank you,'],
      ['Ellen', 'Thank you,'],
      ['Zino', 'In a'],
      ['Julien', 'And how'],
      ['Zino', 'Small enough'],
      ['Ellen', 'Thank you'],
    ]);
  });

  it('should leave a talk whose headings are its sections alone', () => {
    const sections = talk
      .replace(/### Zino/g, '### Data')
      .replace(/### Ellen/, '### Storage')
      .replace(/### Ellen/, '### Close');
    const t = normalise(sections.replace('### Julien', '### Size'), { fileName: 'talk.md' });
    expect(t.participants.map((p) => p.name)).not.toContain('Data');
  });

  it('should read `**Kelly** 0:00` over the speech as Kelly’s label, the time a time mark', () => {
    const text = [
      '**Kelly** 0:00  ',
      'Welcome to the book club episode.',
      '',
      '**Emma** 0:36  ',
      'I have been talking about habits all week.',
      '',
      '**Kelly** 2:01  ',
      'It is worth noting the Kindle version.',
      '',
      '**Emma** 2:19  ',
      'I read it twice.',
      '',
    ].join('\n');
    const t = normalise(text, { fileName: 'episode.md' });
    expect(turnRows(t, 2).map((row) => [row[0], row[3]])).toEqual([
      ['Kelly', 'Welcome to'],
      ['Emma', 'I have'],
      ['Kelly', 'It is'],
      ['Emma', 'I read'],
    ]);
  });
});

describe('labelled lines set in italics', () => {
  it('should read `*Name: words*` as a label, the emphasis left out of the words', () => {
    const t = normalise(
      'Ryssdal: Welcome back.\n\n*Roe: “We worry more about high prices than low ones.”*\n\n*Ryssdal: So it is fear, basically.*\n\nRoe: Policymakers are human.\n',
    );
    expect(turnRows(t, 4)).toEqual([
      ['Ryssdal', 'Ryssdal', 'explicit', 'Welcome back.'],
      ['Roe', 'Roe', 'explicit', '“We worry more about'],
      ['Ryssdal', 'Ryssdal', 'explicit', 'So it is fear,'],
      ['Roe', 'Roe', 'explicit', 'Policymakers are human.'],
    ]);
  });

  it('should keep a name alone in italics as the record’s direction, not a label', () => {
    const t = normalise('Mr Lane: Please stand.\n\n*MS ADA ROE (affirmed).*\n\nMr Lane: Thank you.\n');
    expect(t.participants.map((p) => p.name)).toEqual(['Mr Lane']);
  });
});

describe('a bold line alone as a label', () => {
  const RECORD = [
    '**Harbour Board | Chair**',
    '',
    'I give the floor to the representative of the North Quay.',
    '',
    '**North Quay | Representative**',
    '',
    'Thank you, Chair. We support the timetable.',
    '',
    '**Harbour Board | Chair**',
    '',
    'I thank the North Quay. The Old Town has the floor.',
    '',
    '**Old Town | Representative**',
    '',
    'Thank you. We ask for a late ferry.',
    '',
    '**Harbour Board | Chair**',
    '',
    'Thank you. The meeting is adjourned.',
    '',
  ].join('\n');

  it('should read a recurring bold line as a label, and a role after a bar as a label seen once', () => {
    const t = normalise(RECORD);
    expect(turnRows(t, 1).map(([, label]) => label)).toEqual([
      'Harbour Board | Chair',
      'North Quay | Representative',
      'Harbour Board | Chair',
      'Old Town | Representative',
      'Harbour Board | Chair',
    ]);
  });

  it('should not read a bold heading seen once as a speaker', () => {
    const t = normalise('**Summary of the meeting**\n\nThe board met in May and agreed the timetable.\n');
    expect(t.participants).toEqual([]);
  });
});

describe('weak label shapes only as a document’s convention', () => {
  it('should not read phrases of Chinese prose before a full-width colon as speakers', () => {
    // Function characters (我覺得, 說真的) are no name; one phrase printed again (划算) is no dialogue.
    const t = normalise(attributionFixture('podcast-prose-colons-zh.md'));
    expect(t.participants).toEqual([]);
    expect(t.diagnostics.filter((d) => d.rule === 'inferred-speaker')).toEqual([]);
  });

  it('should read a Han-script name or role of up to five characters, or a transliteration with a dot', () => {
    const t = normalise('主持人：歡迎收聽。\n\n唐納·川普：謝謝。\n\n主持人：請問您怎麼看？\n\n唐納·川普：很好。\n');
    expect(t.participants.map((p) => p.name)).toEqual(['主持人', '唐納·川普']);
  });

  it('should not read one bold line printed again and again, or one naming a part of the page, as a speaker', () => {
    const t = normalise(attributionFixture('podcast-bold-sections.md'));
    expect(t.participants).toEqual([]);
  });

  it('should still read bold lines alone as labels where two or more voices are printed so', () => {
    const t = normalise(
      '**Mara Quist**\n\nWelcome back.\n\n**Teo Lind**\n\nThanks for having me.\n\n**Mara Quist**\n\nSo, the ferry.\n\n**Teo Lind**\n\nIt ran for sixty years.\n',
    );
    expect(t.participants.map((p) => p.name)).toEqual(['Mara Quist', 'Teo Lind']);
  });
});

describe('Markdown headings of every depth', () => {
  it('should read `####` to `######` as headings of the third depth, never as speech', () => {
    const t = normalise(
      'Roe: Welcome back.\n\nLee: Hello.\n\n#### Headline\n\nRoe: Rates stay where they are.\n\n###### Notes\n\nLee: Thank you.\n',
    );
    const headings = t.body.filter((b) => b.type === 'heading');
    expect(headings.map((h) => h.type === 'heading' && [h.depth, h.children])).toEqual([
      [3, [{ type: 'text', value: 'Headline' }]],
      [3, [{ type: 'text', value: 'Notes' }]],
    ]);
    expect(turnRows(t, 1).map(([speaker]) => speaker)).toEqual(['Roe', 'Lee', 'Roe', 'Lee']);
  });
});
