// A headed list of who takes part (issue #13): the wire services' earnings-call layout and its
// one-line form name the participants, a listed name alone on a line is that person's label, the
// line of affiliation printed under it again is not speech, and the call operator printed alone
// on a line is a label where such a list exists. Fixtures in tests/fixtures/attribution/ are
// written for these tests in the shapes real transcripts print.
import { describe, expect, it } from 'vitest';
import { spokenText, turnsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

const fixture = attributionFixture;

describe('a list of participants under its own heading', () => {
  it('should read each name standing alone below the list as that person’s label, and the operator’s too', () => {
    const t = normalise(fixture('earnings-call-wire.txt'));
    // The operator's second turn opens with a mark, "(Operator Instructions)", which is not spoken.
    expect(turnRows(t, 4).map(([s, l, m, words]) => [s, l, m, words.trim().split(' ').slice(0, 3).join(' ')])).toEqual([
      ['Operator', 'Operator', 'explicit', 'Good afternoon, and'],
      ['Helen Marchetti', 'Helen Marchetti', 'explicit', 'Thank you, operator.'],
      ['Owen Pryce-Davies', 'Owen Pryce-Davies', 'explicit', 'Thanks, Helen. Revenue'],
      ['Operator', 'Operator', 'explicit', 'Our first question'],
      ['Sunita Ramaswamy', 'Sunita Ramaswamy', 'explicit', 'Thanks. Can you'],
      ['Helen Marchetti', 'Helen Marchetti', 'explicit', 'Yes. We will'],
      ['Operator', 'Operator', 'explicit', 'There are no'],
    ]);
  });

  it('should make the section line between two paragraphs a heading, not the speaker’s words', () => {
    const t = normalise(fixture('earnings-call-wire.txt'));
    expect(t.body.filter((b) => b.type === 'heading').map((b) => JSON.stringify(b.children))).toEqual([
      '[{"type":"text","value":"QUESTIONS AND ANSWERS"}]',
    ]);
  });

  it('should take the list out of the text, with what it says of each person', () => {
    const t = normalise(fixture('earnings-call-wire.txt'));
    const lists = t.removed.filter((r) => r.reason === 'participant-roster');
    expect(lists.map((r) => r.text.split('\n')[0])).toEqual(['CORPORATE PARTICIPANTS', 'CONFERENCE CALL PARTICIPANTS']);
    const ramaswamy = t.participants.find((p) => p.name === 'Sunita Ramaswamy');
    expect(ramaswamy).toMatchObject({ role: 'Analyst', affiliation: 'Halyard Securities LLC, Research Division' });
    expect(t.participants.find((p) => p.name === 'Helen Marchetti')).toMatchObject({
      role: 'CEO & Director',
      affiliation: 'Larchmont Ferries Inc.',
    });
  });

  it('should not keep the affiliation line printed under a label as speech, and say where it went', () => {
    const t = normalise(fixture('earnings-call-wire.txt'));
    const spoken = [...turnsOf(t.body)].flatMap((turn) => turn.paragraphs.map((p) => spokenText(p))).join('\n');
    expect(spoken).not.toContain('Larchmont Ferries Inc. - CEO');
    expect(spoken).not.toContain('Research Division');
    expect(t.removed.filter((r) => r.reason === 'label-second-line')).toHaveLength(4);
  });

  it('should read a list’s line a hard wrap broke in two, in the list and under the label', () => {
    const wrapped = 'Halyard Securities LLC, Research Division - Managing Director & Senior\nEquity Analyst';
    const text = fixture('earnings-call-wire.txt').replaceAll(
      'Halyard Securities LLC, Research Division - Analyst',
      wrapped,
    );
    const t = normalise(text);
    expect(t.participants.find((p) => p.name === 'Sunita Ramaswamy')).toMatchObject({
      role: 'Managing Director & Senior Equity Analyst',
      affiliation: 'Halyard Securities LLC, Research Division',
    });
    const ramaswamy = [...turnsOf(t.body)].find((turn) => turn.label === 'Sunita Ramaswamy');
    expect(spokenText(ramaswamy!.paragraphs[0]!)).toMatch(/^Thanks\. Can you/);
    expect(t.removed.filter((r) => r.reason === 'label-second-line').map((r) => r.text)).toContain('Equity Analyst');
  });

  it('should know the list’s line under a label printed in other capitals', () => {
    const text = fixture('earnings-call-wire.txt').replace(
      'Owen Pryce-Davies\nLarchmont Ferries Inc. - CFO\nThanks',
      'Owen Pryce-Davies\nLARCHMONT FERRIES INC. - CFO\nThanks',
    );
    const t = normalise(text);
    expect(t.removed.filter((r) => r.reason === 'label-second-line').map((r) => r.text)).toContain(
      'LARCHMONT FERRIES INC. - CFO',
    );
  });

  it('should read the one-line form, a name then a dash and what they are', () => {
    const t = normalise(fixture('earnings-call-dashed.txt'));
    expect(turnRows(t, 2).map(([speaker, , method]) => [speaker, method])).toEqual([
      ['Operator', 'explicit'],
      ['Helen Marchetti', 'explicit'],
      ['Owen Pryce-Davies', 'explicit'],
      ['Operator', 'explicit'],
      ['Daniel Okafor', 'explicit'],
      ['Helen Marchetti', 'explicit'],
      ['Operator', 'explicit'],
      ['Sunita Ramaswamy', 'explicit'],
      ['Owen Pryce-Davies', 'explicit'],
    ]);
    expect(t.participants.find((p) => p.name === 'Owen Pryce-Davies')?.role).toBe('Chief Financial Officer');
    expect(t.participants.find((p) => p.name === 'Daniel Okafor')?.affiliation).toBe('Brightwater Capital');
  });

  it('should make nobody a participant from a list heading with no names under it', () => {
    const t = normalise(fixture('talk-speakers-heading.txt'));
    expect(t.participants).toEqual([]);
    expect(t.removed.some((r) => r.reason === 'participant-roster')).toBe(false);
    expect(turnRows(t, 2)).toEqual([[null, null, 'unknown', 'The evening']]);
  });

  it('should not read a role word alone on a line as a label where no list of participants exists', () => {
    // (The speakers here are labelled inline; were every speaker a name alone above the speech,
    // four times or more, the role word printed so would be one of them: `names alone` below.)
    const text = [
      'Operator',
      '',
      'Good morning. Welcome to the second quarter call.',
      '',
      'Helen Marchetti: Thank you. The summer season started early.',
      '',
      'Operator',
      '',
      'Our first question comes from Daniel Okafor.',
      '',
      'Daniel Okafor: Thanks. How full were the June sailings?',
      '',
      'Helen Marchetti: Nearly full.',
      '',
      'Daniel Okafor: Thank you.',
      '',
    ].join('\n');
    const t = normalise(text);
    expect(t.participants.map((p) => p.name)).toEqual(['Helen Marchetti', 'Daniel Okafor']);
  });

  it('should read the role word as a speaker where every speaker is a name alone above the speech (names alone)', () => {
    const text = fixture('earnings-call-dashed.txt')
      .replace(/Company Participants[\s\S]*?Operator\n/, 'Operator\n')
      .replace(/^Larchmont.*\n/, '');
    const t = normalise(text);
    expect(turnRows(t, 2).slice(0, 3)).toEqual([
      ['Operator', 'Operator', 'explicit', 'Good morning.'],
      ['Helen Marchetti', 'Helen Marchetti', 'explicit', 'Thank you.'],
      ['Owen Pryce-Davies', 'Owen Pryce-Davies', 'explicit', 'Thanks, Helen.'],
    ]);
  });
});

describe('a podcast page whose guest list is followed by a list of picks', () => {
  it('should end the guest list at the next heading, and never make a pick’s title a participant', () => {
    const t = normalise(fixture('podcast-page-picks.md'));
    expect(t.participants.map((p) => p.name).sort()).toEqual(['Dana Whitfield', 'Omar Reyes']);
    expect(t.removed.find((r) => r.reason === 'participant-roster')?.text).toBe('### Guests\n- Dana Whitfield');
    // (A list's item is no place of the event either.)
    expect(t.meta.place).toBeNull();
    expect(turnRows(t, 2).map((row) => row[0])).toEqual([
      'Omar Reyes',
      'Dana Whitfield',
      'Omar Reyes',
      'Dana Whitfield',
    ]);
  });
});
