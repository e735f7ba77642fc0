// The lines over a transcript that give its title and date (issue #13's precision rule: a line
// standing once before the speech is metadata, not a speaker): a title underlined with `===`
// (Markdown's setext heading, and how plain-text pages set one), a title line that names the kind
// of event and more, a date set in bold. Fixtures in tests/fixtures/attribution/ are written for
// these tests in the shapes real transcripts print.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

const interview = [
  'Interview with Marta Okonjo',
  '===========================',
  '',
  '**12 March 2024**',
  '',
  'Marta Okonjo: Thank you for having me here today.',
  '',
  'Leon Brandt: It is a pleasure. Tell us about the bridge.',
  '',
  'Marta Okonjo: The bridge took nine years to build.',
  '',
].join('\n');

describe('a title underlined with a row of = or -', () => {
  it('should become the title, its underline taken out as markup and the rewrite logged', () => {
    const t = normalise(interview, { fileName: 'interview.md' });
    expect(t.meta.title).toBe('Interview with Marta Okonjo');
    expect(t.removed.find((r) => r.reason === 'heading-underline')).toMatchObject({
      text: '===========================',
      place: { line: 2 },
    });
    expect(t.changes.find((c) => c.rule === 'setext-heading')).toMatchObject({
      after: '# Interview with Marta Okonjo',
      count: 1,
    });
    expect(t.removed.some((r) => r.reason === 'horizontal-rule')).toBe(false);
  });

  it('should read the same in plain text, and a heading underlined with --- further on as a heading', () => {
    const text = interview.replace('Leon Brandt: It is', 'The bridge\n----------\n\nLeon Brandt: It is');
    const t = normalise(text, { fileName: 'interview.txt' });
    expect(t.meta.title).toBe('Interview with Marta Okonjo');
    expect(t.body.filter((b) => b.type === 'heading').map((b) => JSON.stringify(b.children))).toEqual([
      '[{"type":"text","value":"The bridge"}]',
    ]);
    expect(turnRows(t).map(([speaker]) => speaker)).toEqual(['Marta Okonjo', 'Leon Brandt', 'Marta Okonjo']);
  });

  it('should leave a rule under a sentence, and a row of = between paragraphs, a horizontal rule', () => {
    const text =
      'Marta Okonjo: We finished in May.\n\nIt was late.\n---\n\nLeon Brandt: And then?\n\n=====\n\nMarta Okonjo: Then we rested.\n';
    const t = normalise(text, { fileName: 'rules.txt' });
    expect(t.removed.filter((r) => r.reason === 'horizontal-rule').map((r) => r.text)).toEqual(['---', '=====']);
    expect(t.changes.some((c) => c.rule === 'setext-heading')).toBe(false);
  });
});

describe('a title line that names the kind of event', () => {
  it('should become the title when it says more than the kind, and give the kind', () => {
    const t = normalise(interview.replace('===========================\n', ''), { fileName: 'plain.txt' });
    expect(t.meta.title).toBe('Interview with Marta Okonjo');
    expect(t.meta.kind).toBe('interview');
  });

  it('should give only the kind when it is the kind alone, the title then made from the kind and speakers', () => {
    const t = normalise(
      interview.replace('Interview with Marta Okonjo\n===========================\n', 'Interview\n'),
      {
        fileName: 'kind.txt',
      },
    );
    expect(t.meta.kind).toBe('interview');
    expect(t.removed.find((r) => r.text === 'Interview')?.reason).toBe('metadata-kind');
  });
});

describe('a date line set in bold', () => {
  it('should become the date of the event, not a speaker’s label', () => {
    const t = normalise(interview, { fileName: 'interview.md' });
    expect(t.meta.date).toBe('2024-03-12');
    expect(t.removed.find((r) => r.text === '**12 March 2024**')?.reason).toBe('metadata-date');
    expect(t.participants.map((p) => p.name)).toEqual(['Marta Okonjo', 'Leon Brandt']);
  });
});

describe('an office label where the source lists people with their roles', () => {
  it('should not give the operator’s turns to a listed analyst who never speaks', () => {
    const t = normalise(attributionFixture('earnings-call-listed-analysts.md'), {
      fileName: 'earnings-call-listed-analysts.md',
    });
    expect(turnRows(t).map(([speaker, label]) => `${speaker} (${label})`)).toEqual([
      'Operator (Operator)',
      'Ines Albrecht (Ines Albrecht)',
      'Tomasz Wielgosz (Tomasz Wielgosz)',
      'Operator (Operator)',
      'Priya Natarajan (Priya Natarajan)',
      'Tomasz Wielgosz (Tomasz Wielgosz)',
      'Operator (Operator)',
    ]);
    expect(t.meta.title).toBe('Harbourline Freight: Third Quarter 2025 Results Call');
    expect(t.meta.date).toBe('2025-10-30');
    expect(t.diagnostics.find((d) => d.rule === 'participant-silent')?.message).toContain('Devon Achterberg');
  });
});

describe('an unlabelled interview under a byline', () => {
  const page = (question: (words: string) => string) =>
    [
      '# An interview with Marta Okonjo, bridge engineer',
      '',
      'By Leon Brandt',
      '',
      question('What first drew you to bridges?'),
      '',
      'My father built roads, and I spent summers on his sites. A bridge was the one thing he never built.',
      '',
      question('How long did the harbour bridge take?'),
      '',
      'Nine years, from the first survey to the opening. The foundations alone took three.',
      '',
      question('What would you do differently?'),
      '',
      'I would start the public consultation earlier. People want to be asked, not told.',
      '',
    ].join('\n');

  it('should read questions in italics as the interviewer’s and the paragraphs under them as the interviewee’s', () => {
    const t = normalise(
      page((words) => `*${words}*`),
      { fileName: 'interview.md' },
    );
    expect(turnRows(t, 2).map(([speaker, , method]) => `${speaker} ${method}`)).toEqual([
      'Question inferred',
      'Marta Okonjo inferred',
      'Question inferred',
      'Marta Okonjo inferred',
      'Question inferred',
      'Marta Okonjo inferred',
    ]);
  });

  it('should give the byline’s name none of the text where nothing printed tells the voices apart', () => {
    const t = normalise(
      page((words) => words),
      { fileName: 'interview.md' },
    );
    expect(turnRows(t).map(([speaker, , method]) => `${speaker} ${method}`)).toEqual(['null unknown']);
    expect(t.participants).toEqual([]);
  });
});
