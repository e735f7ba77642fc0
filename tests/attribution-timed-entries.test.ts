// Time-stamped records that label every entry (issue #13, labels dropped): an entry whose time
// stamp is printed but whose label is missing is a new utterance, left unattributed with a
// warning, never joined to the turn before nor guessed from who spoke around it. The fixture
// is written for these tests in the shape of an air-to-ground log.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
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
