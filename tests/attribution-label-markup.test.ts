// One interview printed with each label shape editors and exports use besides `Name:` (issue #13):
// Markdown's other emphases, square brackets, a dash after the name, a list of what each said. The
// same five turns must come back from every one (a name set off by brackets, an arrow, a bar or a
// time only where two names each open two paragraphs so); and the look-alikes that name nobody (a page's
// list of fields, show notes' links to a person, a dateline before a dash) must not make speakers.
import { describe, expect, it } from 'vitest';
import { turnsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { turnRows } from './helpers/turns.js';

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
  ['`Name, role — `', (name) => `${name}, ${name === 'Jane Roe' ? 'host' : 'guest'} — `],
  ['`[Name] `', (name) => `[${name}] `],
  ['`<Name> `', (name) => `<${name}> `],
  ['`Name > `', (name) => `${name} > `],
  ['`Name >> `', (name) => `${name} >> `],
  ['`Name | `', (name) => `${name} | `],
  ['`Name 00:12 `', (name) => `${name} 0${name.length % 7}:12 `],
  ['`> **Name:**` (a blockquote)', (name) => `> **${name}:** `],
  ['`#### Name:` (a heading holding the turn)', (name) => `#### ${name}: `],
];

/** Each turn as speaker name and first two words. */
function rows(text: string): string[] {
  const t = normalise(text, { fileName: 'interview.md' });
  const names = new Map(t.participants.map((p) => [p.id, p.name]));
  return t.body.flatMap((block) => {
    if (block.type !== 'turn') return [];
    const first = block.paragraphs[0]?.find((node) => node.type === 'text');
    const words = first?.type === 'text' ? first.value.trim().split(' ').slice(0, 2).join(' ') : '';
    return [`${block.speaker === null ? '?' : names.get(block.speaker)} | ${words}`];
  });
}

/** The participants made of `lookalikes` (lines that look like labels and are not) above a short labelled dialogue. */
function participantsWith(lookalikes: string[]): string[] {
  const dialogue = [
    'Jane Roe: Thank you for coming in today.',
    'Tom Abel: Glad to be here.',
    'Jane Roe: Let us start.',
    'Tom Abel: Yes.',
  ];
  const t = normalise(`${lookalikes.join('\n')}${dialogue.join('\n\n')}\n`, { fileName: 'notes.md' });
  return t.participants.map((p) => p.name);
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
    const lookalikes = [
      'Harbour notes, episode 12',
      '',
      '- Date: 3 March 2025',
      '- Chris Adams: [LinkedIn](https://example.org/ca) | [Website](https://example.org)',
      '- Guest list: Tom Abel and Jane Roe',
      '',
      'Paris — The ministers met this morning to discuss the harbour agreement.',
      '',
    ];
    expect(participantsWith(lookalikes)).toEqual(['Jane Roe', 'Tom Abel']);
  });

  it('should read a known name and its role alone on a line (`TOM ABEL – Harbour Board Chairman`) as the label over the speech', () => {
    const text = [
      'Tom Abel interviewed by Jane Roe',
      '',
      'Jane Roe: Thank you for coming in today.',
      '',
      'TOM ABEL – Harbour Board Chairman',
      'Glad to be here. The harbour is busy this year.',
      '',
      'Jane Roe: Why so busy?',
      '',
      'Tom Abel: The new locks opened in May.',
      '',
    ].join('\n');
    const t = normalise(text, { fileName: 'interview.md' });
    expect(rows(text)).toEqual([
      'Jane Roe | Thank you',
      'Tom Abel | Glad to',
      'Jane Roe | Why so',
      'Tom Abel | The new',
    ]);
    expect(t.removed.find((r) => r.reason === 'label-role')).toMatchObject({
      text: 'Harbour Board Chairman',
      place: { line: 5 },
    });
    // (Unknown, the same line is no label: "PARIS – Harbour Board Chairman" names nobody the page knows.)
    expect(participantsWith(['PARIS – Harbour Board Chairman', 'The harbour is busy this year.', ''])).toEqual([
      'Jane Roe',
      'Tom Abel',
    ]);
  });

  it('should keep the time printed with a label as a time mark at the start of its turn', () => {
    const text = `Interview\n\n${EXCHANGE.map(([name, words], i) => `${name} 0${i}:12 ${words}`).join('\n\n')}\n`;
    const t = normalise(text, { fileName: 'interview.md' });
    expect(
      [...turnsOf(t.body)].map((turn) => {
        const [mark, words] = turn.paragraphs[0]!;
        return mark?.type === 'timeMark' && words?.type === 'text'
          ? `${mark.asPrinted}=${mark.seconds}s${words.value.slice(0, 6)}`
          : null;
      }),
    ).toEqual(['00:12=12s Thank', '01:12=72s Yes, ', '02:12=132s What ', '03:12=192s Price', '04:12=252s Thank']);
    expect(t.removed.some((r) => r.reason === 'label-time')).toBe(false);
  });

  it('should read a speech-to-text segment’s span before its label, and keep its start as the time mark', () => {
    const spans = [
      '[0.0, 3.26] - ',
      '[37.16, 41.5] - ',
      '[45.0, 47.25] - ',
      '(00:01:02 --> 00:01:05) ',
      '[70.5, 72.0] - ',
    ];
    const text = `${EXCHANGE.map(([name, words], i) => `${spans[i]}${name}: ${words}`).join('\n\n')}\n`;
    const t = normalise(text, { fileName: 'segments.md' });
    expect(turnRows(t, 1).map((row) => [row[0], row[3]])).toEqual(
      EXCHANGE.map(([name, words]) => [name, words.split(' ')[0]]),
    );
    expect(
      [...turnsOf(t.body)].map((turn) => {
        const [mark] = turn.paragraphs[0]!;
        return mark?.type === 'timeMark' ? `${mark.asPrinted}=${mark.seconds}s` : null;
      }),
    ).toEqual([
      '[0.0, 3.26]=0s',
      '[37.16, 41.5]=37.16s',
      '[45.0, 47.25]=45s',
      '(00:01:02 --> 00:01:05)=62s',
      '[70.5, 72.0]=70.5s',
    ]);
    // ("[1, 2] Smith: …" is a citation, no time: seconds alone need their decimals.)
    expect(
      normalise('[1, 2] Smith: as shown.\n', { fileName: 'notes.md' }).removed.some((r) => r.text.includes('[1, 2]')),
    ).toBe(false);
  });

  it('should make no speaker of a bracketed mark, an arrow, a bar or a heading’s part that opens a paragraph now and then', () => {
    const lookalikes = [
      'Harbour notes',
      '',
      '## Part one: what we learned from the flood',
      '',
      '## Part two: what we built after it',
      '',
      '[Laughter] That was the joke of the evening, and everybody knew it.',
      '',
      'Step one > open the valve slowly and wait for the gauge.',
      '',
      'Step one > close it again when the needle reaches the red line.',
      '',
      'Budget | the harbour works cost more than we thought this year.',
      '',
    ];
    expect(participantsWith(lookalikes)).toEqual(['Jane Roe', 'Tom Abel']);
  });

  it('should give a name seen once, between two turns of one speaker, a turn of its own', () => {
    const text = [
      'Jane Roe: Thank you for coming in today.',
      '',
      'Tom Abel: Glad to be here. Shall we start with the harbour?',
      '',
      'Jane Roe: Yes, the harbour first.',
      '',
      'Tom Abel: It opened in May.',
      '',
      'Mara Quist: May I add that the locks were late?',
      '',
      'Tom Abel: They were, by two weeks.',
      '',
    ].join('\n');
    expect(rows(text).map((row) => row.split(' | ')[0])).toEqual([
      'Jane Roe',
      'Tom Abel',
      'Jane Roe',
      'Tom Abel',
      'Mara Quist',
      'Tom Abel',
    ]);
    // (Seen once at the end, after another speaker, it has no such evidence and stays text.)
    const tail = text.replace('\n\nTom Abel: They were, by two weeks.', '');
    expect(rows(tail).map((row) => row.split(' | ')[0])).toEqual(['Jane Roe', 'Tom Abel', 'Jane Roe', 'Tom Abel']);
  });

  it('should read a transcript quoted whole, blank quote lines between, and leave a quote with no label as printed', () => {
    const quoted = EXCHANGE.map(([name, words]) => `> **${name}:** ${words}`).join('\n>\n');
    const text = `Interview with Tom Abel\n\n> A note: this interview was edited for length.\n\n${quoted}\n`;
    const t = normalise(text, { fileName: 'interview.md' });
    expect(rows(text)).toEqual([
      'Jane Roe | Thank you',
      'Tom Abel | Yes, of',
      'Jane Roe | What changed',
      'Tom Abel | Prices went',
      'Jane Roe | Thank you.',
    ]);
    expect(t.changes.find((c) => c.rule === 'markdown-blockquote')).toMatchObject({ count: 9, place: { line: 5 } });
    expect(t.removed.some((r) => r.text === '> A note: this interview was edited for length.')).toBe(true);
  });
});

describe('speaker codes after an at sign', () => {
  const LINES = [
    ['ab1984f', 'tell me about the tour / the one you just came back from /'],
    ['cd1990m', 'well / it was a long one / we started in Prague /'],
    ['ab1984f', 'right /'],
    ['cd1990m', 'then Berlin and Hamburg / then Oslo //'],
    ['ab1984f', 'mhm /'],
    ['cd1990m', 'and after every show there was a queue for the book /'],
  ];

  it('should read `@code words` as the code’s turn, one line to a paragraph, where two codes print every line', () => {
    const text = `${Array.from({ length: 4 }, () => LINES.map(([code, words]) => `@${code} ${words}`).join('\n')).join('\n')}\n`;
    const rows = turnRows(normalise(text, { fileName: 'interview.txt' }), 2);
    expect(rows.slice(0, 4).map(([speaker, , , words]) => [speaker, words])).toEqual([
      ['@ab1984f', 'tell me'],
      ['@cd1990m', 'well /'],
      ['@ab1984f', 'right /'],
      ['@cd1990m', 'then Berlin'],
    ]);
    expect(rows).toHaveLength(24);
  });

  it('should leave a mention of a handle in running text alone', () => {
    const text =
      'Jane Roe: We spoke to the team.\n\n@harbourdesk shared the photos afterwards, with thanks.\n\nTom Abel: Thank you.\n\nJane Roe: And the next step?\n\nTom Abel: A vote in May.\n';
    expect(turnRows(normalise(text)).map(([speaker]) => speaker)).toEqual([
      'Jane Roe',
      'Tom Abel',
      'Jane Roe',
      'Tom Abel',
    ]);
  });
});
