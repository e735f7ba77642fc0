// JSON that lists a transcript's segments in a shape no speech-recognition reader knows (a
// Podcasting 2.0 transcript, a service's or an archive's export): each segment's words go to the
// speaker it names, word-level segments join into sentences, diarisation numbers are anonymous
// voices, and every other field is accounted for in removed[]. Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../../src/model/json.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { turnRows } from '../helpers/turns.js';

function read(value: unknown, fileName = 'episode.json') {
  return normaliseBytes(new TextEncoder().encode(JSON.stringify(value, null, 2)), { fileName });
}

describe('the reader of JSON lists of segments', () => {
  it('should read a Podcasting 2.0 transcript, its word-level segments joined per speaker', () => {
    const segments = [
      ...'Welcome back to the show, everyone . Today we talk about feeds.'
        .split(' ')
        .map((body, i) => ({ speaker: 'Alban', startTime: i * 0.4, endTime: i * 0.4 + 0.3, body })),
      ...'Thanks for having me, Alban.'
        .split(' ')
        .map((body, i) => ({ speaker: 'Dave', startTime: 9 + i * 0.4, endTime: 9.3 + i * 0.4, body })),
    ];
    const t = read({ version: '1.0.0', segments });
    expect(t.meta.source.format).toBe('segments-json');
    expect(turnRows(t, 20).map(([speaker, , method, words]) => [speaker, method, words])).toEqual([
      ['Alban', 'explicit', 'Welcome back to the show, everyone. Today we talk about feeds.'],
      ['Dave', 'explicit', 'Thanks for having me, Alban.'],
    ]);
    const fields = t.removed.filter((r) => r.reason === 'json-field');
    expect(fields.map((r) => r.text.split('\n')[0])).toEqual(['version: 1.0.0', '0', '0.3']);
    expect(() => checkTranscript(JSON.parse(JSON.stringify(t)))).not.toThrow();
  });

  it('should find the list under any key, and a speaker given as an object with a name', () => {
    const t = read({
      meta: { title: 'Board meeting' },
      transcript: {
        utterances: [
          { speaker: { name: 'Ines Calder', id: 3 }, text: 'The meeting is open.' },
          { speaker: { name: 'Tomas Reyes' }, text: 'Thank you, Madam Chair.' },
          { speaker: { name: 'Ines Calder', id: 3 }, text: 'First, the minutes.' },
        ],
      },
    });
    expect(turnRows(t, 3).map(([speaker, , , words]) => [speaker, words])).toEqual([
      ['Ines Calder', 'The meeting is'],
      ['Tomas Reyes', 'Thank you, Madam'],
      ['Ines Calder', 'First, the minutes.'],
    ]);
    expect(t.removed.find((r) => r.reason === 'json-field')?.text).toBe('meta.title: Board meeting');
  });

  it('should give diarisation numbers to anonymous voices and place each segment on its line', () => {
    const t = read([
      { speaker: 0, start: 0, text: 'Hello and welcome to the program today.' },
      { speaker: 1, start: 3, text: 'Thank you, it is good to be here.' },
      { speaker: 0, start: 6, text: 'Let us begin then.' },
    ]);
    expect(t.participants.map((p) => [p.name, p.kind])).toEqual([
      ['Speaker 0', 'anonymous'],
      ['Speaker 1', 'anonymous'],
    ]);
    const turns = t.body.filter((b) => b.type === 'turn');
    expect(turns.map((b) => b.type === 'turn' && b.place?.line)).toEqual([5, 10, 15]);
  });

  it('should leave segments that name nobody to an unidentified speaker, never invent one', () => {
    const t = read({ segments: [{ text: 'Good evening.' }, { text: 'And welcome.' }] });
    expect(t.participants).toEqual([]);
    expect(turnRows(t).every(([speaker]) => speaker === null)).toBe(true);
  });

  it('should still refuse JSON that holds no list of segments with words', () => {
    expect(() => read({ id: 12, name: 'oral argument', sections: 3 })).toThrow(/JSON but not a transcript format/);
    expect(() => read([{ id: 1, count: 2 }])).toThrow(/JSON but not a transcript format/);
  });
});
