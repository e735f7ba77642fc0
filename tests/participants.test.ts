// Participants as a title page prints them: no role that repeats the name, parties as
// affiliations, names repaired from a label the source cut off.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Participant, Transcript } from '../src/model/nodes.js';
import { normalise } from '../src/normalise/index.js';
import { isPartyAbbreviation, participantFromLabel, withoutRepeatedDetails } from '../src/normalise/people.js';
import { turnRows as turns } from './helpers/turns.js';

const HANSARD = readFileSync(new URL('./fixtures/hansard-members.txt', import.meta.url), 'utf8');

function details(t: Transcript): [string, string | null, string | null][] {
  return t.participants.map((p) => [p.name, p.role, p.affiliation]);
}

function person(name: string, role: string | null, affiliation: string | null): Participant {
  return { id: 'p-x', name, shortName: name, role, affiliation, kind: 'person', labels: [] };
}

describe('participants', () => {
  it.each(['SPD', 'CDU/CSU', 'Z', 'BQ', 'NDP', 'Lib.', 'Ref.', 'D-CA', 'R-TX'])(
    'should take %s for a party',
    (text) => {
      expect(isPartyAbbreviation(text)).toBe(true);
    },
  );

  it.each(['PM', 'SG', 'Frankfurt', 'Surrey Central', 'Minister of Labour', ''])(
    'should not take %s for a party',
    (text) => {
      expect(isPartyAbbreviation(text)).toBe(false);
    },
  );

  it.each([
    ['Lausen (SPD)', 'Lausen', null, 'SPD'],
    ['Sen. Dana Holt (D-CA)', 'Sen. Dana Holt', null, 'D-CA'],
    ['Dr. Lenz (CDU/CSU)', 'Dr. Lenz', null, 'CDU/CSU'],
    ['Mr. Ken Epp (Elk Island, Ref.)', 'Mr. Ken Epp', null, 'Ref.'],
    [
      'Hon. Maria Lund (Minister of Fisheries and Oceans, Lib.)',
      'Hon. Maria Lund',
      'Minister of Fisheries and Oceans',
      'Lib.',
    ],
    ['Freidhof (SPD), Antragsteller', 'Freidhof', 'Antragsteller', 'SPD'],
    ['Müller (Frankfurt) (KPD)', 'Müller (Frankfurt)', null, 'KPD'],
    ['Dr. Lenz, CDU/CSU', 'Dr. Lenz', null, 'CDU/CSU'],
    ['Sen. Dana Holt, D-CA', 'Sen. Dana Holt', null, 'D-CA'],
    ['Schäffer, Bundesminister der Finanzen', 'Schäffer', 'Bundesminister der Finanzen', null],
    ['Ms. Shaughnessy Cohen (Windsor-St.', 'Ms. Shaughnessy Cohen', null, null],
    ['The Acting Speaker (Mr. McClelland)', 'Mr. McClelland', 'Acting Speaker', null],
    ['President of Russia Vladimir Putin', 'Vladimir Putin', 'President of Russia', null],
    [
      'Board Chairman of the Foundation for Development and Support of the Valdai Discussion Club Andrei Bystritsky',
      'Andrei Bystritsky',
      'Board Chairman of the Foundation for Development and Support of the Valdai Discussion Club',
      null,
    ],
    // (An office with no full name after it keeps its words: the constituency is no person.)
    ['The Member for Leeds North East', 'The Member for Leeds North East', null, null],
    ['Moderator Jane Roe', 'Moderator Jane Roe', 'Moderator', null],
    ['PRESIDENT TRUMP', 'President Trump', 'President', null],
  ])('should read the label %s as name %s, role %s, affiliation %s', (label, name, role, affiliation) => {
    expect(participantFromLabel(label, 'person')).toMatchObject({ name, role, affiliation });
  });

  it('should drop a role or affiliation the name already says, and keep one it does not', () => {
    expect(withoutRepeatedDetails(person('Secretary Burgum', 'Secretary', null))).toMatchObject({ role: null });
    expect(withoutRepeatedDetails(person('Operator', 'Operator', null))).toMatchObject({ role: null });
    expect(withoutRepeatedDetails(person('NATO Secretary General', 'Secretary General', 'NATO'))).toMatchObject({
      role: null,
      affiliation: null,
    });
    const robertson = person('Lord Robertson', 'Secretary General', 'NATO');
    expect(withoutRepeatedDetails(robertson)).toBe(robertson);
    // Words, not letters: "Secretaryson" does not hold the role "Secretary".
    expect(withoutRepeatedDetails(person('Ann Secretaryson', 'Secretary', null))).toMatchObject({ role: 'Secretary' });
  });

  it('should give a list of members their parties as affiliations and mend a label cut off in its bracket', () => {
    const t = normalise(HANSARD);
    expect(details(t)).toEqual([
      ['The Speaker', null, null],
      ['Mr. Alan Torvik', null, 'Ref.'],
      ['Hon. Maria Lund', 'Minister of Fisheries and Oceans', 'Lib.'],
      ['Some hon. members', null, null],
      ['Mrs. Hélène Roy', null, 'BQ'],
    ]);
    // The cut-off label and the whole one are one person; the label keeps each form as printed.
    expect(t.participants[1]!.labels).toEqual([
      'Mr. Alan Torvik (Bayside-St.',
      'Mr. Alan Torvik (Bayside-St. Claire, Ref.)',
    ]);
    expect(turns(t).map((row) => row[0])).toEqual([
      'The Speaker',
      'Mr. Alan Torvik',
      'Hon. Maria Lund',
      'Mr. Alan Torvik',
      'Some hon. members',
      'Mrs. Hélène Roy',
      'Hon. Maria Lund',
      'Some hon. members',
      'The Speaker',
    ]);
  });

  it('should mend a cut-off label from a whole one printed earlier, too', () => {
    const t = normalise(
      'Mr. Alan Torvik (Bayside-St. Claire, Ref.):\nMr. Speaker, first.\nThe Speaker:\nOrder.\nMr. Alan Torvik (Bayside-St.\nMr. Speaker, second.\nThe Speaker:\nOrder again.\n',
    );
    expect(details(t)).toEqual([
      ['Mr. Alan Torvik', null, 'Ref.'],
      ['The Speaker', null, null],
    ]);
  });

  it('should make one member of "Name (Party), Role:" and "Name (Party):", and keep namesakes told apart by a place', () => {
    const t = normalise(
      'Präsident Dr. Weber: Das Wort hat der Abgeordnete Freidhof.\nFreidhof (SPD), Antragsteller: Meine Damen und Herren! Ich begründe den Antrag.\nPräsident Dr. Weber: Das Wort hat der Abgeordnete Müller.\nMüller (Frankfurt) (KPD): Wir lehnen ab.\nPräsident Dr. Weber: Noch einmal der Antragsteller.\nFreidhof (SPD): Ich danke.\n',
    );
    expect(details(t)).toEqual([
      ['Präsident Dr. Weber', null, null],
      ['Freidhof', 'Antragsteller', 'SPD'],
      ['Müller (Frankfurt)', null, 'KPD'],
    ]);
    expect(turns(t).map((row) => row[0])).toEqual([
      'Präsident Dr. Weber',
      'Freidhof',
      'Präsident Dr. Weber',
      'Müller (Frankfurt)',
      'Präsident Dr. Weber',
      'Freidhof',
    ]);
  });

  it('should read a party after a comma in a label as the affiliation', () => {
    const t = normalise(
      'Dr. Lenz, CDU/CSU: Eins.\nPräsident Dr. Weber: Bitte.\nDr. Lenz, CDU/CSU: Zwei.\nPräsident Dr. Weber: Danke.\n',
    );
    expect(details(t)).toEqual([
      ['Dr. Lenz', null, 'CDU/CSU'],
      ['Präsident Dr. Weber', null, null],
    ]);
  });

  it('should print no role that repeats the name of a speaker labelled by office and name', () => {
    const t = normalise(
      'SECRETARY BURGUM: Thank you.\n\nOperator: Our next question comes from the line of Ann Lee.\n\nSECRETARY BURGUM: Go ahead.\n\nOperator: Thank you.\n',
    );
    expect(details(t)).toEqual([
      ['Secretary Burgum', null, null],
      ['Operator', null, null],
    ]);
  });
});
