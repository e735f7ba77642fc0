// A written interview that sets the interviewer's words in bold and the answers in roman,
// paragraph by paragraph (issue #13: magazine and literary-site interviews, often exported as
// HTML inside Markdown, `<p><strong>…</strong></p>`), labelled for the first exchange only or not
// at all; and what such pages bring with them: HTML blocks one per line, TOML front matter.
// Fixtures in tests/fixtures/attribution/ are written for these tests in the shapes real pages print.
import { describe, expect, it } from 'vitest';
import { spokenText, turnsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

const magazineText = () => attributionFixture('magazine-interview-bold-voice.md');
const magazine = () => normalise(magazineText(), { fileName: 'interview.md' });
const literary = () =>
  normalise(attributionFixture('written-interview-bold-questions.md'), { fileName: 'interview.md' });

describe('a labelled first exchange, then the interviewer in bold and the guest in roman', () => {
  it('should give each bold paragraph to the speaker labelled in bold and the roman ones to the other', () => {
    const rows = turnRows(magazine(), 3);
    expect(rows.slice(0, 6)).toEqual([
      ['Tomas Ekberg', 'TOMAS EKBERG', 'explicit', 'Mara Lindqvist, welcome'],
      ['Mara Lindqvist', 'MARA LINDQVIST', 'explicit', 'Thank you. I'],
      ['Tomas Ekberg', null, 'inferred', 'It usually is.'],
      ['Mara Lindqvist', null, 'inferred', 'Not on my'],
      ['Tomas Ekberg', null, 'inferred', 'Let us start'],
      ['Mara Lindqvist', null, 'inferred', 'Ready.'],
    ]);
    expect(rows).toHaveLength(16);
    // Two roman paragraphs after one question are one answer.
    const kiel = [...turnsOf(magazine().body)].find((t) => spokenText(t.paragraphs[0]!).startsWith('Kiel'));
    expect(kiel?.paragraphs).toHaveLength(2);
  });

  it('should say why, in evidence a person can check, and keep the bold as emphasis', () => {
    const t = magazine();
    const turns = [...turnsOf(t.body)];
    expect(turns[2]!.attribution.evidence[0]).toMatch(
      /^set in bold, as the bold voice’s words are throughout \(\d+ paragraphs in bold, each followed by one in roman\): Tomas Ekberg’s labelled words are set in bold and Mara Lindqvist’s in roman$/,
    );
    expect(turns[2]!.paragraphs[0]).toEqual([
      { type: 'emphasis', children: [{ type: 'text', value: 'It usually is.' }] },
    ]);
    expect(t.diagnostics.some((d) => d.rule === 'emphasised-voice' && d.severity === 'info')).toBe(true);
  });

  it('should make the page’s introduction before the first label stage directions, given to nobody', () => {
    const t = magazine();
    const first = [...t.body][0]!;
    expect(first.type).toBe('stageDirection');
    expect(t.participants.map((p) => p.name).sort()).toEqual(['Mara Lindqvist', 'Tomas Ekberg']);
  });
});

describe('an unlabelled interview with its questions in bold', () => {
  it('should give the bold paragraphs, questions or not, to the interviewer and the answers to whom the title names', () => {
    const rows = turnRows(literary(), 3);
    expect(rows.map((row) => [row[0], row[3]])).toEqual([
      ['Question', 'The book opens'],
      ['Ines Moreau', 'No, it came'],
      ['Question', 'You worked on'],
      ['Ines Moreau', 'For two summers,'],
      ['Question', 'That comes through'],
      ['Ines Moreau', 'I hope so.'],
      ['Question', 'Did the crew'],
      ['Ines Moreau', 'Two of them'],
      ['Question', 'What are you'],
      ['Ines Moreau', 'Old shipping registers,'],
      ['Question', 'That sounds like'],
      ['Ines Moreau', 'It might be.'],
    ]);
    // The roman paragraph standing outside any <p> goes on in the answer before it.
    const summers = [...turnsOf(literary().body)][3]!;
    expect(summers.paragraphs.map((p) => spokenText(p))).toEqual([
      'For two summers, yes. I washed a lot of dishes.',
      'I also learnt how a crew talks when the passengers are asleep.',
    ]);
  });

  it('should read nothing so on a page that does not say it is an interview', () => {
    const text = attributionFixture('written-interview-bold-questions.md')
      .replace('Talking with Ines Moreau about her harbour novel', 'Ines Moreau and her harbour novel')
      .replace('type = "Interview"', 'type = "Review"');
    const t = normalise(text, { fileName: 'review.md' });
    expect(turnRows(t).every((row) => row[0] === null)).toBe(true);
  });

  it('should leave bold headings alone: a page of sections whose bold lines are no sentences', () => {
    const text = [
      '+++',
      'title = "Interview with Ines Moreau"',
      '+++',
      ...[
        'The storm',
        'The galley',
        'The crew',
        'The letters',
        'The registers',
        'The next book',
        'Why ferries',
      ].flatMap((heading, i) => [
        `<p><strong>${heading}</strong></p>`,
        `<p>Paragraph ${i + 1} of the essay, in roman.</p>`,
        '',
      ]),
    ].join('\n');
    const t = normalise(text, { fileName: 'essay.md' });
    expect(t.diagnostics.some((d) => d.rule === 'emphasised-voice')).toBe(false);
  });

  it('should leave a page alone whose bold paragraphs do not alternate with roman ones', () => {
    const bold = (words: string) => `<p><strong>${words}</strong></p>`;
    const text = [
      '+++',
      'title = "Interview with Ines Moreau"',
      '+++',
      bold('Was it hard?'),
      bold('Did it take long?'),
      bold('Who helped?'),
      bold('Would you do it again?'),
      bold('What is next?'),
      bold('Any regrets?'),
      '<p>It was all worth it.</p>',
    ].join('\n');
    const t = normalise(text, { fileName: 'list.md' });
    expect(t.diagnostics.some((d) => d.rule === 'emphasised-voice')).toBe(false);
  });
});

describe('what such pages bring with them', () => {
  it('should read HTML paragraphs one per line as paragraphs, and bold in HTML as Markdown bold', () => {
    const t = normalise('<p>JANE ROE: First paragraph.</p>\n<p>Second <strong>paragraph</strong>.</p>\n', {
      fileName: 'page.md',
    });
    const [turn] = [...turnsOf(t.body)];
    expect(turn!.paragraphs).toEqual([
      [{ type: 'text', value: 'First paragraph.' }],
      [
        { type: 'text', value: 'Second ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'paragraph' }] },
        { type: 'text', value: '.' },
      ],
    ]);
    expect(t.changes.filter((c) => c.rule === 'html-tag' && c.after === '**').map((c) => c.before)).toEqual([
      '<strong>',
      '</strong>',
    ]);
  });

  it('should read TOML front matter (Hugo’s `+++`) as YAML front matter is read, and keep it in removed[]', () => {
    const t = literary();
    expect(t.meta.title).toBe('Talking with Ines Moreau about her harbour novel');
    expect(t.meta.kind).toBe('interview');
    expect(t.meta.date).toBe('2025-09-14');
    const removed = t.removed.find((r) => r.reason === 'front-matter');
    expect(removed?.text).toContain('tags_notes = ["tags/interviews.md"]');
    expect(removed?.explanation).toMatch(/^TOML front matter/);
  });

  it('should warn and keep as text TOML front matter that does not parse', () => {
    const t = normalise('+++\ntitle = "unclosed\n+++\nJANE ROE: Hello.\n\nJOHN DOE: Hi.\n', { fileName: 'page.md' });
    expect(t.diagnostics.find((d) => d.rule === 'front-matter-invalid')?.message).toMatch(
      /^Front matter is not valid TOML/,
    );
  });

  it('should read a labelled line set wholly in bold as its label and its words in bold, but not a name and a role', () => {
    const t = normalise(
      '**JANE ROE: Welcome to the show.**\n\n**JOHN DOE:** Thanks.\n\n**JANE ROE: Shall we begin?**\n\n**Jason Wang - Harbour Board, Investor Relations**\n\nGood morning.\n',
      { fileName: 'page.md' },
    );
    const rows = turnRows(t, 4);
    expect(rows[0]).toEqual(['Jane Roe', 'JANE ROE', 'explicit', 'Welcome to the show.']);
    expect(t.participants.map((p) => p.name)).not.toContain('Jason Wang - Harbour Board');
  });

  it('should read the same labelled bold line where a hard wrap put its closing ** on the next line', () => {
    const text = magazineText().replace(
      '<p><strong>TOMAS EKBERG: Mara Lindqvist, welcome to the show. Thank you for coming in.</strong></p>',
      '<p><strong>TOMAS EKBERG: Mara Lindqvist, welcome to the show. Thank\nyou for coming in.</strong></p>',
    );
    expect(text).toContain('Thank\nyou');
    expect(turnRows(normalise(text, { fileName: 'interview.md' }))).toEqual(turnRows(magazine()));
  });

  it('should keep an HTML list’s bold terms and a header’s list of names from becoming speakers', () => {
    const text = [
      '<p><i><b>Sprekers:</b> Jan de Vries, Piet Bos (minister)',
      '<b>Verslag:</b> Anna Lee (Trouw) en Tom Abel (Nieuwsuur).</i></p>',
      '',
      '<p><strong>Disclaimer</strong>: I am not affiliated with the harbour board.</p>',
      '',
      '<p><b>Jan:</b> Goedenavond. Wat gebruikt u?</p>',
      '<p><b>Piet:</b> Twee dingen:</p>',
      '<ul>',
      '<li><p><strong>App building</strong>: a quick dashboard for the ferry times.</p></li>',
      '<li><p><strong>Communicating analysis to technical audiences</strong>: reports.</p></li>',
      '</ul>',
      '<p><b>Beelden uit oorlogsgebied:</b><br>',
      'Kijk dan, kijk.</p>',
      '<p><b>Jan:</b> Dank u.</p>',
      '<p><b>Piet:</b> Graag gedaan.</p>',
    ].join('\n');
    const t = normalise(text, { fileName: 'item.md' });
    expect(t.participants.map((p) => p.name)).toEqual(['Jan', 'Piet']);
    expect(t.removed.filter((r) => r.reason === 'header-field').map((r) => r.text.split(':')[0])).toEqual([
      '**Sprekers',
      '**Verslag',
    ]);
    expect(t.changes.some((c) => c.rule === 'html-tag' && c.before === '<li>' && c.after === '- ')).toBe(true);
  });
});

describe('questions in bold that nobody labels, over answers labelled by name', () => {
  const rows = (t: ReturnType<typeof normalise>) =>
    turnRows(t, 2).map(([speaker, label, method]) => [speaker, label, method]);
  const expected = [
    ['Question', null, 'inferred'],
    ['Priya Nair', 'Priya Nair', 'explicit'],
    ['Tom Ashby', 'Tom Ashby', 'explicit'],
    ['Question', null, 'inferred'],
    ['Priya Nair', 'Priya', 'explicit'],
  ];

  it('should give the bold paragraphs to the interviewer and keep the labelled answers, as Markdown', () => {
    const t = normalise(attributionFixture('interview-bold-questions-labelled-answers.md'), { fileName: 'q.md' });
    expect(rows(t).slice(0, 5)).toEqual(expected);
    expect(rows(t)).toHaveLength(14);
    expect([...turnsOf(t.body)][0]!.attribution.evidence[0]).toMatch(
      /the questions in bold are never labelled, and the labelled speakers, in roman, answer them$/,
    );
  });

  it('should read the same page as HTML the same way, its bold kept as emphasis', () => {
    const t = normalise(attributionFixture('interview-bold-questions-labelled-answers.md'));
    expect(t.meta.source.format).toBe('html');
    expect(rows(t).slice(0, 5)).toEqual(expected);
    expect([...turnsOf(t.body)][0]!.paragraphs[0]).toEqual([
      { type: 'emphasis', children: [{ type: 'text', value: 'How did the two of you start writing together?' }] },
    ]);
  });
});

describe('an interview in another language whose blog column says so, its first question greeting the guest', () => {
  it('should give the answers to the person the intro names in full and the first question greets by given name', () => {
    const t = normalise(attributionFixture('intervista-domande-grassetto.md'), { fileName: 'intervista.md' });
    const rows = turnRows(t, 2).map(([speaker, , method]) => [speaker, method]);
    expect(rows).toHaveLength(12);
    expect(rows.filter((_, i) => i % 2 === 0).every(([speaker]) => speaker === 'Question')).toBe(true);
    expect(rows.filter((_, i) => i % 2 === 1).every(([speaker]) => speaker === 'Giulia Serra')).toBe(true);
    expect([...turnsOf(t.body)][1]!.attribution.evidence[0]).toMatch(
      /the page is an interview, the first question greets Giulia Serra by name, and the questions are printed in bold$/,
    );
  });

  it('should name nobody where the greeted name is not on the page in full', () => {
    const text = attributionFixture('intervista-domande-grassetto.md').replace(/Giulia Serra/g, 'la scrittrice');
    const t = normalise(text, { fileName: 'intervista.md' });
    expect(
      turnRows(t, 2)
        .filter((_, i) => i % 2 === 1)
        .every(([speaker]) => speaker === null),
    ).toBe(true);
  });
});
