// The project's seed, the 2001 NATO press conference in ../shared/corpus: the exact model it must
// give. tests/press-conference.test.ts checks the same on the example, which has the seed's shape.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseBytes } from '../../src/normalise/index.js';
import { spokenText, turnsOf } from '../../src/model/walk.js';
import { checkTranscript } from '../../src/model/json.js';
import { HAVE_CORPUS, NO_CORPUS, SEED } from '../helpers/corpus.js';
import { turnSummaries } from '../helpers/turns.js';

describe.skipIf(!HAVE_CORPUS)(`seed transcript ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`, () => {
  const transcript = HAVE_CORPUS ? normaliseBytes(readFileSync(SEED), { fileName: SEED }) : null!;
  const turns = HAVE_CORPUS ? [...turnsOf(transcript.body)] : [];

  it('should read the metadata from the header, date, kind and participants lines', () => {
    expect(transcript.meta.date).toBe('2001-11-23');
    expect(transcript.meta.kind).toBe('press conference');
    expect(transcript.meta.source.publisher).toBe('NATO');
    expect(transcript.meta.source.pageUpdated).toBe('2001-11-26');
    expect(transcript.meta.source.series).toBe('NATO Speeches');
    expect(transcript.meta.language).toBe('en');
    expect(transcript.meta.source.encoding).toBe('utf-8');
    expect(transcript.meta.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should find two named participants with roles and affiliations plus the anonymous questioner', () => {
    const summary = transcript.participants.map((p) => [p.name, p.role, p.affiliation, p.kind]);
    expect(summary).toEqual([
      ['Lord Robertson', 'Secretary General', 'NATO', 'person'],
      ['Igor Ivanov', 'Minister of Foreign Affairs', 'Russia', 'person'],
      ['Question', null, null, 'anonymous'],
    ]);
  });

  it('should make exactly the 11 turns of the press conference, in order', () => {
    expect(turnSummaries(transcript)).toEqual([
      { speaker: 'Igor Ivanov', method: 'inferred', paragraphs: 5, start: 'Ladies and Gentlemen, at' },
      { speaker: 'Lord Robertson', method: 'explicit', paragraphs: 6, start: 'There are moments in' },
      { speaker: 'Question', method: 'explicit', paragraphs: 1, start: '' },
      { speaker: 'Lord Robertson', method: 'explicit', paragraphs: 1, start: 'As we said, we' },
      { speaker: 'Igor Ivanov', method: 'inferred', paragraphs: 2, start: 'The contacts that the' },
      { speaker: 'Question', method: 'explicit', paragraphs: 1, start: '' },
      { speaker: 'Igor Ivanov', method: 'inferred', paragraphs: 2, start: 'I think that the' },
      { speaker: 'Question', method: 'explicit', paragraphs: 1, start: '' },
      { speaker: 'Lord Robertson', method: 'explicit', paragraphs: 2, start: 'Well, did I hear' },
      { speaker: 'Question', method: 'explicit', paragraphs: 1, start: 'The discussion is going' },
      { speaker: 'Lord Robertson', method: 'explicit', paragraphs: 1, start: 'We are exploring at' },
    ]);
  });

  it('should turn the inaudible questions into gaps that keep their printed form', () => {
    const gaps = [turns[2], turns[5], turns[7]].map((t) => t!.paragraphs[0]);
    expect(gaps).toEqual([
      [{ type: 'gap', reason: 'inaudible', asPrinted: 'inaudible' }],
      [{ type: 'gap', reason: 'inaudible', asPrinted: '(inaudible)' }],
      [{ type: 'gap', reason: 'inaudible', asPrinted: 'inaudible' }],
    ]);
  });

  it('should remove the A: answer marker, record it, and mark the turn as an answer', () => {
    expect(turns[3]!.function).toBe('answer');
    expect(spokenText(turns[3]!.paragraphs[0]!)).not.toMatch(/^A:/);
    expect(transcript.removed.find((r) => r.reason === 'answer-marker')?.text).toBe('A:');
  });

  it('should record the page chrome it removed, with what it harvested', () => {
    const navigation = transcript.removed.find((r) => r.text === 'Go to Homepage Go to Index');
    expect(navigation?.reason).toBe('site-navigation');
    const header = transcript.removed.find((r) => r.reason === 'site-header');
    expect(header?.harvested).toEqual({
      'meta.source.pageUpdated': '2001-11-26',
      'meta.source.series': 'NATO Speeches',
      'meta.source.publisher': 'NATO',
    });
  });

  it('should give every inferred turn evidence, a confidence below certainty, and explain the first in a note', () => {
    const inferred = turns.filter((t) => t.attribution.method === 'inferred');
    for (const turn of inferred) {
      expect(turn.attribution.evidence.length).toBeGreaterThan(0);
      expect(turn.attribution.confidence).toBeGreaterThan(0.5);
      expect(turn.attribution.confidence).toBeLessThan(1);
    }
    expect(inferred[0]!.attribution.noteId).toBe('n1');
    expect(inferred.slice(1).every((t) => t.attribution.noteId === undefined)).toBe(true);
    expect(transcript.notes).toHaveLength(1);
    expect(transcript.notes[0]!.number).toBe(1);
  });

  it('should curl the quotes and count each change', () => {
    const text = spokenText(turns[6]!.paragraphs[0]!);
    expect(text).toContain('“What is it that Russia wants');
    // Four double quotes and the apostrophe of "won't".
    expect(transcript.changes.filter((c) => c.rule === 'curly-quotes').length).toBe(5);
    expect(spokenText(turns[1]!.paragraphs[5]!)).toContain('I won’t say anymore');
    expect(spokenText(turns[4]!.paragraphs[0]!)).toContain('political will – both here');
  });

  it('should produce a model that passes the schema and reference checks', () => {
    expect(() => checkTranscript(JSON.parse(JSON.stringify(transcript)))).not.toThrow();
  });
});
