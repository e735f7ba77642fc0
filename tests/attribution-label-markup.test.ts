// One interview printed with each label shape editors and exports use besides `Name:` (issue #13):
// Markdown's other emphases, square brackets, a dash after the name, a list of what each said. The
// same five turns must come back from every one; and the look-alikes that name nobody (a page's
// list of fields, show notes' links to a person, a dateline before a dash) must not make speakers.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';

const EXCHANGE: [string, string][] = [
  ['Jane Roe', 'Thank you for coming in today. Shall we start with the budget?'],
  ['Tom Abel', 'Yes, of course. The budget is the main thing this year.'],
  ['Jane Roe', 'What changed since last spring?'],
  ['Tom Abel', 'Prices went up, and the harbour works cost more than we thought.'],
  ['Jane Roe', 'Thank you.'],
];

const SHAPES: [string, (name: string) => string][] = [
  ['`*Name:*`', (name) => `*${name}:* `],
  ['`*Name*:`', (name) => `*${name}*: `],
  ['`_Name:_`', (name) => `_${name}:_ `],
  ['`__Name:__`', (name) => `__${name}:__ `],
  ['`[Name]:`', (name) => `[${name}]: `],
  ['`Name — `', (name) => `${name} — `],
  ['`NAME - `', (name) => `${name.toUpperCase()} - `],
  ['`- Name:`', (name) => `- ${name}: `],
  ['`00:01:12 - Name:`', (name) => `00:0${name.length % 7}:12 - ${name}: `],
];

/** Each turn as speaker name and first two words. */
function rows(text: string): string[] {
  const t = normalise(text, { fileName: 'interview.md' });
  const names = new Map(t.participants.map((p) => [p.id, p.name]));
  return t.body.flatMap((block) => {
    if (block.type !== 'turn') return [];
    const first = block.paragraphs[0]?.find((node) => node.type === 'text');
    const words = first?.type === 'text' ? first.value.split(' ').slice(0, 2).join(' ') : '';
    return [`${block.speaker === null ? '?' : names.get(block.speaker)} | ${words}`];
  });
}

describe('labels printed in other markup', () => {
  it.each(SHAPES)('should read %s before the speech as the label', (_shape, print) => {
    const text = `Interview with Tom Abel\n\n${EXCHANGE.map(([name, words]) => print(name) + words).join('\n\n')}\n`;
    expect(rows(text)).toEqual([
      'Jane Roe | Thank you',
      'Tom Abel | Yes, of',
      'Jane Roe | What changed',
      'Tom Abel | Prices went',
      'Jane Roe | Thank you.',
    ]);
  });

  it('should keep two initials used as labels in capitals (`JR:`), not make a name of them (`Jr`)', () => {
    const text = EXCHANGE.map(([name, words]) => `${name.replace(/(\w)\w* (\w)\w*/, '$1$2')}: ${words}`).join('\n\n');
    const t = normalise(`${text}\n`, { fileName: 'interview.md' });
    expect(t.participants.map((p) => p.name)).toEqual(['JR', 'TA']);
  });

  it('should make no speaker of a page’s fields, links to a person, or a dateline', () => {
    const text = [
      'Harbour notes, episode 12',
      '',
      '- Date: 3 March 2025',
      '- Chris Adams: [LinkedIn](https://example.org/ca) | [Website](https://example.org)',
      '- Guest list: Tom Abel and Jane Roe',
      '',
      'Paris — The ministers met this morning to discuss the harbour agreement.',
      '',
      'Jane Roe: Thank you for coming in today.',
      '',
      'Tom Abel: Glad to be here.',
      '',
      'Jane Roe: Let us start.',
      '',
      'Tom Abel: Yes.',
      '',
    ].join('\n');
    const t = normalise(text, { fileName: 'notes.md' });
    expect(t.participants.map((p) => p.name)).toEqual(['Jane Roe', 'Tom Abel']);
  });
});
