// Time-stamped records that label every entry (issue #13, labels dropped): an entry whose time
// stamp is printed but whose label is missing is a new utterance, left unattributed with a
// warning, never joined to the turn before nor guessed from who spoke around it. The fixture
// is written for these tests in the shape of an air-to-ground log. A speech-to-text export's
// turn that ends late (the next voice thanking the last speaker by name under the last label) is
// cut where the thanks starts; that fixture is written in the shape of a council hearing's export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spokenText, turnsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

const log = readFileSync(
  join(import.meta.dirname, 'fixtures', 'attribution', 'timed-log-unlabelled-entries.txt'),
  'utf8',
);

describe('a time-stamped record that labels every entry', () => {
  it('should start an unattributed turn at a stamped entry with no label, and a new turn at the labelled entry after it', () => {
    const transcript = normalise(log);
    const rows = turnRows(transcript, 3);
    // Boat's two entries in a row, each labelled, are one turn; the bare entry is nobody's.
    expect(rows.slice(2, 6)).toEqual([
      ['Base', 'BASE', 'explicit', 'Copy the north'],
      ['Boat', 'BOAT', 'explicit', 'Starting the first'],
      [null, null, 'unknown', 'Depth reads twelve'],
      ['Boat', 'BOAT', 'explicit', 'Probe is down.'],
    ]);
    const warnings = transcript.diagnostics.filter((d) => d.rule === 'unlabelled-timed-entry');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings[0]!.message).toContain('[00:00:52]');
    expect(warnings[0]!.place?.line).toBe(16);
    const bare = [...transcript.body].find((b) => b.type === 'turn' && b.speaker === null);
    expect(bare?.type === 'turn' && bare.attribution.evidence.join(' ')).toMatch(/without a label/);
  });

  it('should keep a speaker’s own relabelled entries apart from the unlabelled one when lines are hard-wrapped', () => {
    // The stamp and the words run together on one line, as after reflowing.
    const wrapped = log.replace('[00:00:52]\nDepth', '[00:00:52] Depth');
    const rows = turnRows(normalise(wrapped), 3);
    expect(rows[4]).toEqual([null, null, 'unknown', 'Depth reads twelve']);
    expect(rows[5]).toEqual(['Boat', 'BOAT', 'explicit', 'Probe is down.']);
  });

  it('should leave a stamped paragraph with the speaker before when the record labels only a change of speaker', () => {
    // Nobody is labelled twice in a row: a bare stamp is that speaker's next paragraph.
    const changesOnly = log
      .replace('[00:00:20]\nBOAT: We are tied', '[00:00:20]\nWe are tied')
      .replace('[00:01:12]\nBASE: Log that', '[00:01:12]\nLog that');
    const transcript = normalise(changesOnly);
    expect(transcript.diagnostics.some((d) => d.rule === 'unlabelled-timed-entry')).toBe(false);
    expect(turnRows(transcript, 3).some((row) => row[0] === null)).toBe(false);
  });

  it('should not apply to a record with only a few stamped entries', () => {
    const short = log.split('\n\n').slice(0, 6).join('\n\n');
    const transcript = normalise(short);
    expect(transcript.diagnostics.some((d) => d.rule === 'unlabelled-timed-entry')).toBe(false);
  });
});

describe('a speech-to-text turn that ends late', () => {
  it('should give the words from "Thank you, Speaker Lindqvist." on to the next speaker, after the floor was handed to them', () => {
    const t = normalise(attributionFixture('council-hearing-late-boundaries.txt'));
    expect(turnRows(t, 5).map(([speaker, , , words]) => `${speaker}: ${words}`)).toEqual([
      'Sergeant-at-Arms: Quiet, please. Good morning, ladies',
      'Speaker Rosa Lindqvist: Good morning, everyone. We welcome',
      'CM Amir Haddad: Thank you, Speaker Lindqvist. Good',
      'Speaker Rosa Lindqvist: Thank you so much, Chair',
      'CM Amir Haddad: Thank you. Let us begin.',
    ]);
    // The moved words open the next labelled turn, which goes on with its own.
    expect(spokenText([...turnsOf(t.body)][3]!.paragraphs[1]!).trim()).toMatch(
      /^And then online we have two witnesses/,
    );
    const moved = t.changes.filter((c) => c.rule === 'turn-boundary-moved');
    expect(moved.map((c) => c.place)).toEqual([{ line: 5 }, { line: 7 }]);
    const haddad = [...turnsOf(t.body)][2]!;
    expect(haddad.attribution.evidence.at(-1)).toMatch(
      /thank Speaker Rosa Lindqvist by name, after Speaker Rosa Lindqvist handed the floor to CM Amir Haddad/,
    );
  });

  it('should leave a thanks to the next speaker, or one with no handing over before it, where it is', () => {
    const text = attributionFixture('council-hearing-late-boundaries.txt')
      .replace('over to our technology chair, Council Member Amir Haddad.', 'over to our chair.')
      .replace('Thank you so much, Chair Haddad.', 'Thank you so much, Chair Okafor.');
    const t = normalise(text);
    expect(t.changes.filter((c) => c.rule === 'turn-boundary-moved')).toEqual([]);
  });
});
