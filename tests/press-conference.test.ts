// The README's example (examples/press-conference.txt), a press-office page in the seed's messy
// shape: the exact model it must give. The expectations are read off the file, not the output:
// a site header with the series and update date, a date line, the event kind, a "with …" line
// naming two people, own-line labels with and without a colon, an inaudible question, an "A:"
// marker, two paragraphs by a minister who is never labelled, and the site's footer.
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../src/model/json.js';
import { spokenText, turnsOf } from '../src/model/walk.js';
import { pressConference } from './helpers/fixtures.js';
import { turnSummaries } from './helpers/turns.js';

describe('the example press conference', () => {
  const transcript = pressConference();
  const turns = [...turnsOf(transcript.body)];

  it('should read the metadata from the header, date, kind and participants lines', () => {
    expect(transcript.meta.date).toBe('2024-03-12');
    expect(transcript.meta.kind).toBe('press conference');
    expect(transcript.meta.source.pageUpdated).toBe('2024-03-14');
    expect(transcript.meta.source.series).toBe('Harbour Council Briefings');
    expect(transcript.meta.language).toBe('en');
    expect(transcript.meta.source.encoding).toBe('utf-8');
    expect(transcript.meta.source.lineEndings).toBe('lf');
    expect(transcript.meta.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should find the two people of the "with" line, with their roles, plus the anonymous questioner', () => {
    const summary = transcript.participants.map((p) => [p.name, p.role, p.kind]);
    expect(summary).toEqual([
      ['Dame Elsa Marlow', 'Harbour Council Chair', 'person'],
      ['Tomas Reyes', 'Regional Minister of Transport', 'person'],
      ['Question', null, 'anonymous'],
    ]);
    // "Chair Marlow" (with and without a colon) is how the page labels her; the minister never.
    expect(transcript.participants[0]!.labels).toEqual(['Chair Marlow']);
    expect(transcript.participants[1]!.labels).toEqual([]);
  });

  it('should make exactly the 7 turns of the page, in order', () => {
    expect(turnSummaries(transcript)).toEqual([
      { speaker: 'Tomas Reyes', method: 'inferred', paragraphs: 2, start: 'Good morning. Thank you' },
      { speaker: 'Dame Elsa Marlow', method: 'explicit', paragraphs: 1, start: 'Thank you, Minister. Let' },
      { speaker: 'Question', method: 'explicit', paragraphs: 1, start: '' },
      { speaker: 'Dame Elsa Marlow', method: 'explicit', paragraphs: 1, start: 'The dredging starts in' },
      { speaker: 'Tomas Reyes', method: 'inferred', paragraphs: 1, start: 'The funding for the' },
      { speaker: 'Question', method: 'explicit', paragraphs: 1, start: 'Will fares go up?' },
      { speaker: 'Dame Elsa Marlow', method: 'explicit', paragraphs: 1, start: 'No. Fares are frozen' },
    ]);
  });

  it('should join the hard-wrapped lines of a paragraph', () => {
    expect(spokenText(turns[0]!.paragraphs[0]!)).toBe(
      'Good morning. Thank you all for coming out on a wet Tuesday. The Chair and I have spent the morning on the quay, and I want to start with the ferry timetable, because that is what people ask me about in the street.',
    );
  });

  it('should turn the inaudible question into a gap that keeps its printed form', () => {
    expect(turns[2]!.paragraphs[0]).toEqual([{ type: 'gap', reason: 'inaudible', asPrinted: '(inaudible)' }]);
    expect(turns[2]!.function).toBe('question');
  });

  it('should remove the A: answer marker, record it, and mark the turn as an answer', () => {
    expect(turns[3]!.function).toBe('answer');
    expect(spokenText(turns[3]!.paragraphs[0]!)).not.toMatch(/^A:/);
    expect(transcript.removed.find((r) => r.reason === 'answer-marker')?.text).toBe('A:');
  });

  it('should keep the (Laughter) as an incident, not as words', () => {
    const incidents = turns[3]!.paragraphs[0]!.filter((n) => n.type === 'incident');
    expect(incidents).toEqual([expect.objectContaining({ kind: 'laughter', asPrinted: '(Laughter)' })]);
    expect(spokenText(turns[3]!.paragraphs[0]!)).not.toContain('Laughter');
  });

  it('should record the page chrome and metadata lines it removed, with what it harvested', () => {
    expect(transcript.removed.map((r) => r.reason).sort()).toEqual([
      'answer-marker',
      'metadata-date',
      'metadata-kind',
      'metadata-participants',
      'site-header',
      'site-navigation',
    ]);
    const navigation = transcript.removed.find((r) => r.text === 'Go to Homepage Go to Index');
    expect(navigation?.reason).toBe('site-navigation');
    const header = transcript.removed.find((r) => r.reason === 'site-header');
    expect(header?.harvested).toEqual({
      'meta.source.pageUpdated': '2024-03-14',
      'meta.source.series': 'Harbour Council Briefings',
    });
  });

  it('should give every inferred turn evidence, a confidence below certainty, and explain the first in a note', () => {
    const inferred = turns.filter((t) => t.attribution.method === 'inferred');
    expect(inferred).toHaveLength(2);
    for (const turn of inferred) {
      expect(turn.attribution.evidence.length).toBeGreaterThan(0);
      expect(turn.attribution.confidence).toBeGreaterThan(0.5);
      expect(turn.attribution.confidence).toBeLessThan(1);
    }
    // The second is after an empty line where a label would be, and speaks of "the Chair".
    expect(inferred[1]!.attribution.evidence.join(' ')).toMatch(/the Chair/);
    expect(inferred[0]!.attribution.noteId).toBe('n1');
    expect(inferred[1]!.attribution.noteId).toBeUndefined();
    expect(transcript.notes).toHaveLength(1);
    expect(transcript.notes[0]!.number).toBe(1);
  });

  it('should curl the quotes, set the dash and the ellipsis, and count each change', () => {
    expect(spokenText(turns[1]!.paragraphs[0]!)).toContain('We have “listened”, as people');
    expect(spokenText(turns[1]!.paragraphs[0]!)).toContain('the Council’s side');
    expect(spokenText(turns[0]!.paragraphs[1]!)).toContain('in the winter — more than four thousand names');
    expect(spokenText(turns[3]!.paragraphs[0]!)).toContain('about six weeks… and I apologise');
    // Two double quotes and the apostrophes of "Council's" and "Ministry's".
    expect(transcript.changes.filter((c) => c.rule === 'curly-quotes')).toHaveLength(4);
    expect(transcript.changes.filter((c) => c.rule === 'em-dash')).toHaveLength(1);
    expect(transcript.changes.filter((c) => c.rule === 'ellipsis')).toHaveLength(1);
  });

  it('should produce a model that passes the schema and reference checks', () => {
    expect(() => checkTranscript(JSON.parse(JSON.stringify(transcript)))).not.toThrow();
  });
});
