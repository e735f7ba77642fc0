// Labels printed without a colon, written for these tests in the shapes podcasts, broadcasters and
// interview archives publish (issue #13): a name in bold before the speech after a timestamp, a
// name in capitals before the speech, a Markdown heading that is only a name (with a web page's
// tag lists between the entries), and a role seen once among timestamped labels. And the shape
// that must not be read so: paragraphs that an acronym happens to open.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture as fixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

describe('names printed without a colon', () => {
  it('should read `0:00:20.9 **Name** Hello.` as the name’s turn, a name printed once so too', () => {
    const t = normalise(fixture('podcast-bold-names-timed.txt'));
    expect(turnRows(t, 2)).toEqual([
      ['Nora Vance', 'Nora Vance', 'explicit', 'Welcome back'],
      ['Idris Kell', 'Idris Kell', 'explicit', 'Hello.'],
      ['Nora Vance', 'Nora Vance', 'explicit', 'Idris runs'],
      ['Idris Kell', 'Idris Kell', 'explicit', 'Quiet, mostly.'],
      ['Nora Vance', 'Nora Vance', 'explicit', 'Mm-hmm.'],
      ['Idris Kell', 'Idris Kell', 'explicit', 'The ships'],
      ['Harbour Radio', 'Harbour Radio', 'explicit', 'This has'],
    ]);
  });

  it('should read `LEO Thank you …` as Leo’s turn where two names in capitals open most paragraphs', () => {
    const t = normalise(fixture('interview-capital-names.md'));
    const rows = turnRows(t, 2).filter((row) => row[2] === 'explicit');
    // The credit line "RUTH OKAFOR interviewed by LEO HART" names them in full; `LEO` and `RUTH`
    // are their given names.
    expect(rows.map((row) => [row[0], row[1], row[3]])).toEqual([
      ['Leo Hart', 'LEO', 'Thank you'],
      ['Ruth Okafor', 'RUTH', 'Look, one'],
      ['Leo Hart', 'LEO', 'Let’s talk'],
      ['Ruth Okafor', 'RUTH', 'That is'],
      ['Leo Hart', 'LEO', 'Do you'],
      ['Ruth Okafor', 'RUTH', 'No. They'],
      ['Leo Hart', 'LEO', 'Ruth Okafor,'],
    ]);
    // "NATO spending is up" inside Leo's question opens no turn.
    expect(t.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ruth Okafor', 'Interviewee'],
      ['Leo Hart', 'Interviewer'],
    ]);
  });

  it('should never make a speaker of an acronym that opens paragraphs of a statement', () => {
    const t = normalise(fixture('briefing-acronym-paragraphs.txt'));
    expect(t.participants).toEqual([]);
    expect(t.body.filter((b) => b.type === 'turn')).toHaveLength(1);
  });

  it('should read `#### Name` headings as labels, and take the page’s tag lists out', () => {
    const t = normalise(fixture('interview-name-headings.md'));
    expect(turnRows(t, 2)).toEqual([
      ['Sam Ortiz', 'Sam Ortiz', 'explicit', 'Hello, this'],
      ['Ada Brandt', 'Ada Brandt', 'explicit', 'Hi.'],
      ['Sam Ortiz', 'Sam Ortiz', 'explicit', 'Where should'],
      ['Ada Brandt', 'Ada Brandt', 'explicit', 'Start with'],
      ['Sam Ortiz', 'Sam Ortiz', 'explicit', 'Do you'],
      ['Ada Brandt', 'Ada Brandt', 'explicit', 'Every morning,'],
    ]);
    expect(t.removed.filter((r) => r.reason === 'tag-list').map((r) => r.text.split('\n'))).toEqual([
      ['#### Tags', '', 'where to start', ',', '', 'reading order'],
      ['#### Tags', '', 'writing habits'],
    ]);
    // A field of the page is no place.
    expect(t.meta.place).toBeNull();
  });

  it('should read a role seen once in the shape of the timestamped labels as a speaker', () => {
    const t = normalise(fixture('hearing-timed-role-once.txt'));
    expect(turnRows(t, 2).map((row) => row[0])).toEqual([
      'Sergeant-at-Arms',
      'Chair Dana Ruiz',
      'Council Member Ivo Petrov',
      'Chair Dana Ruiz',
      'Council Member Ivo Petrov',
      'Chair Dana Ruiz',
    ]);
  });
});

describe('names set a paragraph above their speech', () => {
  const interview = (print: (name: string) => string, exchange: [string, string][]) =>
    `Interview with Tom Abel\n\n${exchange.map(([name, words]) => `${print(name)}\n\n${words}`).join('\n\n')}\n`;
  const EXCHANGE: [string, string][] = [
    ['Jane Roe', 'Thank you for coming in today.'],
    ['Tom Abel', 'Yes, of course. The budget is the main thing.'],
    ['Jane Roe', 'What changed?'],
    ['Tom Abel', 'Prices went up.'],
    ['Jane Roe', 'Thank you.'],
  ];

  it.each([
    ['in capitals', (name: string) => name.toUpperCase()],
    ['in mixed case', (name: string) => name],
  ])('should read a name %s, a blank line, then the speech, as a label', (_how, print) => {
    const t = normalise(interview(print, EXCHANGE));
    expect(turnRows(t, 2).map((row) => [row[0], row[2], row[3]])).toEqual([
      ['Jane Roe', 'explicit', 'Thank you'],
      ['Tom Abel', 'explicit', 'Yes, of'],
      ['Jane Roe', 'explicit', 'What changed?'],
      ['Tom Abel', 'explicit', 'Prices went'],
      ['Jane Roe', 'explicit', 'Thank you.'],
    ]);
  });

  it('should give nobody the speech where too few names are printed so to read them as labels', () => {
    // Three name lines are not yet the document's convention; they still show two voices, so the
    // first name is not made the one speaker of a monologue.
    const t = normalise(interview((name) => name.toUpperCase(), EXCHANGE.slice(0, 3)));
    expect(turnRows(t, 2).map((row) => row[2])).toEqual(['unknown', 'unknown', 'unknown']);
    expect(t.participants).toEqual([]);
  });

  it('should read a time stamp inside a bold label as no part of the name', () => {
    const text = EXCHANGE.map(([name, words], i) => `**[00:0${i}:12] ${name}:** ${words}`).join('\n\n');
    expect(turnRows(normalise(`${text}\n`), 2).map((row) => row[0])).toEqual([
      'Jane Roe',
      'Tom Abel',
      'Jane Roe',
      'Tom Abel',
      'Jane Roe',
    ]);
  });
});
