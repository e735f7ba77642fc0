// Captions that name the speaker after most `>>` marks (issue #13): there a `>>` with no name is a
// new paragraph of the speaker before, not an unknown voice; where few `>>` are named, each still
// starts a turn nobody is named for. Fixture written for these tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseBytes } from '../src/normalise/index.js';
import { turnRows } from './helpers/turns.js';

const FILE = join(import.meta.dirname, 'fixtures', 'attribution', 'seminar-chevron-paragraphs.srt');

describe('`>>` in captions that name their speakers', () => {
  it('should keep an unnamed `>>` with the speaker before, and say so once', () => {
    const t = normaliseBytes(readFileSync(FILE), { fileName: 'seminar.srt' });
    expect(turnRows(t, 2).map(([speaker]) => speaker)).toEqual([
      'Maya Ortiz',
      'Leo Park',
      'Maya Ortiz',
      'Leo Park',
      'Maya Ortiz',
      'Leo Park',
    ]);
    const notes = t.diagnostics.filter((d) => d.rule === 'caption-chevron-paragraph');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toContain('the 3 “>>” with no name');
  });

  it('should still start an unnamed turn at each `>>` where most are not named', () => {
    const text = readFileSync(FILE, 'utf8').replace(/>> (?:LEO PARK|MAYA ORTIZ): /g, (m, offset: number) =>
      offset < 40 ? m : '>> ',
    );
    const t = normaliseBytes(Buffer.from(text), { fileName: 'seminar.srt' });
    // Each `>>` starts a turn (whoever later passes may find for it).
    expect(turnRows(t, 2).length).toBeGreaterThanOrEqual(9);
    expect(t.diagnostics.some((d) => d.rule === 'caption-chevron-paragraph')).toBe(false);
  });
});

describe('scan-damaged labels in captions', () => {
  it('should read a label a scan damaged as the one the cues print more often, never a new speaker', () => {
    let seen = 0;
    const text = readFileSync(FILE, 'utf8').replace(/LEO PARK/g, (m) => (++seen === 2 ? 'LEO PAPK' : m));
    const t = normaliseBytes(Buffer.from(text), { fileName: 'seminar.srt' });
    expect(t.participants.map((p) => [p.name, p.labels])).toEqual([
      ['Maya Ortiz', ['MAYA ORTIZ']],
      ['Leo Park', ['LEO PARK', 'LEO PAPK']],
    ]);
    const misread = [...t.body].find((b) => b.type === 'turn' && b.label === 'LEO PAPK');
    expect(misread?.type === 'turn' && misread.attribution.evidence.join(' ')).toContain(
      '“LEO PARK” recurs in the cues',
    );
  });
});
