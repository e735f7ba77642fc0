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

describe('subtitles that open each speaker’s line with a dash', () => {
  const DASHES = join(import.meta.dirname, 'fixtures', 'attribution', 'subtitles-dialogue-dashes.srt');

  it('should start a turn, nobody named, at each dash of a cue of two voices, and drop the dash', () => {
    const t = normaliseBytes(readFileSync(DASHES), { fileName: 'film.srt' });
    expect(turnRows(t, 3).map(([speaker, , method, words]) => [speaker, method, words])).toEqual([
      [null, 'unknown', 'Where were you'],
      [null, 'unknown', 'At the harbour.'],
      [null, 'unknown', 'Alone?'],
      // (A cue with no dash goes on with the line before: nothing shows another voice.)
      [null, 'unknown', 'With my brother.'],
      [null, 'unknown', 'Then we will'],
      [null, 'unknown', 'Please do.'],
    ]);
    expect(t.changes.find((c) => c.rule === 'subtitle-dialogue-dash')?.count).toBe(6);
    expect(t.participants).toEqual([]);
  });

  it('should leave a single cue that opens with a dash as it is', () => {
    const one =
      '1\n00:00:01,000 --> 00:00:03,000\n- and then the tide came in\n\n2\n00:00:03,500 --> 00:00:06,000\nwe walked home along the shore.\n';
    const t = normaliseBytes(Buffer.from(one), { fileName: 'talk.srt' });
    expect(turnRows(t, 2)).toHaveLength(1);
    expect(t.changes.some((c) => c.rule === 'subtitle-dialogue-dash')).toBe(false);
  });
});
