// An oral history extracted from its printed PDF (issue #13): the running head that carries the
// page number on its line is page furniture, never a speaker; the full name the first label
// prints (with a nickname in brackets) is the speaker the family-name labels then name. The
// fixture is written for these tests in the shape such archives print.
import { describe, expect, it } from 'vitest';
import { spokenText, turnsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

const fixture = attributionFixture;

describe('an oral history with running heads', () => {
  it('should give every turn to one of the two speakers, the first full-name labels included', () => {
    const t = normalise(fixture('oral-history-running-heads.txt'));
    expect(t.participants.map((p) => [p.name, p.labels])).toEqual([
      ['Tomas Ekberg', ['Tomas Ekberg', 'Ekberg']],
      ['Margaret (Peg) Lindqvist', ['Margaret (Peg) Lindqvist', 'Lindqvist']],
    ]);
    expect(turnRows(t, 2).map(([speaker, label]) => [speaker, label])).toEqual([
      ['Tomas Ekberg', 'Tomas Ekberg'],
      ['Margaret (Peg) Lindqvist', 'Margaret (Peg) Lindqvist'],
      ['Tomas Ekberg', 'Ekberg'],
      ['Margaret (Peg) Lindqvist', 'Lindqvist'],
      ['Tomas Ekberg', 'Ekberg'],
      ['Margaret (Peg) Lindqvist', 'Lindqvist'],
      ['Tomas Ekberg', 'Ekberg'],
      ['Margaret (Peg) Lindqvist', 'Lindqvist'],
    ]);
  });

  it('should take the running head with its page number out, and the title printed above it', () => {
    const t = normalise(fixture('oral-history-running-heads.txt'));
    const heads = t.removed.filter((r) => r.reason === 'running-head').map((r) => r.text.trim().slice(0, 19));
    expect(heads).toEqual(['Oral History of Mar', 'HA Ref: HA-204.2011', 'Oral History of Mar', 'HA Ref: HA-204.2011']);
    const spoken = [...turnsOf(t.body)].flatMap((turn) => turn.paragraphs.map((p) => spokenText(p))).join('\n');
    expect(spoken).toContain('would not let a woman steer a ship in those days.');
    expect(spoken).not.toContain('Page 3');
  });

  it('should take a running head out by its rights mark when it carries no page number', () => {
    const text = fixture('oral-history-running-heads.txt').replace(/(Harbour Archive) +Page \d+ of 12 /g, '$1');
    const t = normalise(text);
    expect(t.participants.map((p) => p.name)).toEqual(['Tomas Ekberg', 'Margaret (Peg) Lindqvist']);
    expect(t.removed.filter((r) => r.reason === 'running-head').map((r) => r.text.trim().slice(0, 7))).toContain(
      'HA Ref:',
    );
  });

  it('should keep a line with a page number printed once as text', () => {
    const t = normalise(
      'Ekberg: We read it on Page 3 of 12 in the harbour log.\nLindqvist: Yes.\nEkberg: Thank you.\n',
    );
    expect(t.removed.some((r) => r.reason === 'running-head')).toBe(false);
  });
});

describe('an interview labelled by given names, its credit line naming both', () => {
  it('should give each given-name label to the person the credit line names, with that role', () => {
    const t = normalise(fixture('oral-history-given-names.txt'));
    expect(t.participants.map((p) => [p.name, p.role, p.labels])).toEqual([
      ['Ada Lindqvist', 'Interviewee', ['ADA']],
      ['Tomas Ekberg', 'Interviewer', ['TOMAS']],
    ]);
    expect(turnRows(t, 2).map(([speaker, label]) => `${speaker} (${label})`)).toEqual([
      'Tomas Ekberg (TOMAS)',
      'Ada Lindqvist (ADA)',
      'Tomas Ekberg (TOMAS)',
      'Ada Lindqvist (ADA)',
      'Tomas Ekberg (TOMAS)',
      'Ada Lindqvist (ADA)',
    ]);
    const first = [...turnsOf(t.body)][0]!;
    expect(first.attribution.evidence.join(' ')).toContain("the label is Tomas Ekberg's given name");
  });

  it('should take the credit line as the title, the kind, the date and the participants', () => {
    const t = normalise(fixture('oral-history-given-names.txt'));
    expect([t.meta.title, t.meta.kind, t.meta.date]).toEqual([
      'Ada Lindqvist interviewed by Tomas Ekberg',
      'interview',
      '2019-05-14',
    ]);
    expect(t.removed[0]).toMatchObject({
      reason: 'metadata-participants',
      harvested: {
        'participants.p-lindqvist': 'Ada Lindqvist, Interviewee',
        'participants.p-ekberg': 'Tomas Ekberg, Interviewer',
      },
    });
  });

  it('should read the credit line’s other shapes, and name nobody from a phrase that is no credit', () => {
    for (const line of [
      'Interview with Ada Lindqvist by Tomas Ekberg',
      'Oral history interview of Ada Lindqvist, conducted by Tomas Ekberg on 14 May 2019',
      'Ada Lindqvist was interviewed by Tomas Ekberg.',
    ]) {
      const t = normalise(fixture('oral-history-given-names.txt').replace(/^.*\n/, `${line}\n`));
      expect(t.participants.map((p) => p.name)).toEqual(['Ada Lindqvist', 'Tomas Ekberg']);
    }
    const t = normalise(
      fixture('oral-history-given-names.txt').replace(/^.*\n/, 'The bakers interviewed by the press\n'),
    );
    expect(t.participants.map((p) => p.name)).toEqual(['Tomas', 'Ada']);
  });

  it('should read the credit line standing alone further down the preamble, after an introduction', () => {
    const text = fixture('oral-history-given-names.txt').replace(
      /^(.*)\n(.*)\n/,
      '# Harbour voices\n\nRecorded in the old bakery for the Harbour Town project, in two sittings over one week.\n\n$1\n',
    );
    const t = normalise(text);
    expect(t.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ada Lindqvist', 'Interviewee'],
      ['Tomas Ekberg', 'Interviewer'],
    ]);
    expect(t.meta.title).toBe('Harbour voices');
    expect(t.removed.find((r) => r.reason === 'metadata-participants')?.place).toEqual({ line: 5 });
  });

  it('should give a given name to nobody where two people have it', () => {
    const text = fixture('oral-history-given-names.txt').replace('Tomas Ekberg, 14 May', 'Ada Ekberg, 14 May');
    const t = normalise(text);
    expect(turnRows(t, 2).map(([speaker, label]) => `${speaker} (${label})`)[1]).toBe('Ada (ADA)');
  });
});
