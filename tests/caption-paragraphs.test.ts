// Captions into paragraphs a reader expects: cues and caption rows of one speaker joined, a new
// paragraph at a pause, a change of speaker, or after a few sentences — never mid-sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../src/model/json.js';
import type { Transcript } from '../src/model/nodes.js';
import { spokenText, turnsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { groupCaptionParagraphs } from '../src/normalise/passes/caption-paragraphs.js';
import { ENDS_SENTENCE, sentences } from './helpers/sentences.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** [speaker name, paragraph texts] per turn. */
function paragraphsBySpeaker(t: Transcript): [string | null, string[]][] {
  const names = new Map(t.participants.map((p) => [p.id, p.name]));
  return [...turnsOf(t.body)].map((turn) => [
    turn.speaker ? (names.get(turn.speaker) ?? null) : null,
    turn.paragraphs.map((p) => spokenText(p)),
  ]);
}

describe('caption paragraphs', () => {
  it('should join the cues of a speaker and start a new paragraph at a pause of more than two seconds', () => {
    const t = normalise(fixture('podcast-pauses.vtt'));
    const turns = paragraphsBySpeaker(t);
    expect(turns.map(([name, paragraphs]) => [name, paragraphs.length])).toEqual([
      ['Mara', 1],
      ['Jo', 2],
      ['Mara', 1],
      ['Jo', 1],
    ]);
    // The 3.5-second silence after "so is lettuce." is where Jo's second paragraph begins.
    expect(turns[1]![1][0]).toMatch(/^Thanks for having me\. .* Herbs are a good start, and so is lettuce\.$/);
    expect(turns[1]![1][1]).toBe(
      'Water is the second question. Small pots dry out fast in summer. I water twice a day in July.',
    );
    expect(t.changes.find((c) => c.rule === 'caption-paragraphs' && c.before === '¶')?.count).toBe(9);
  });

  it('should take the pause from the options', () => {
    const t = normalise(fixture('podcast-pauses.vtt'), { paragraphPause: 5 });
    expect(paragraphsBySpeaker(t)[1]![1]).toHaveLength(1);
  });

  it('should cut a long turn at sentence ends inside cues, into paragraphs of three to eight sentences', () => {
    const t = normalise(fixture('town-hall.srt'));
    const turns = paragraphsBySpeaker(t);
    expect(turns.map(([name]) => name)).toEqual(['Lena', 'Karl', 'Lena', 'Karl']);
    const karl = turns[1]![1];
    expect(karl.length).toBeGreaterThan(1);
    for (const paragraph of karl) {
      expect(paragraph).toMatch(ENDS_SENTENCE);
      expect(sentences(paragraph)).toBeGreaterThanOrEqual(3);
      expect(sentences(paragraph)).toBeLessThanOrEqual(8);
    }
    // The cue "It is also the largest. The park / would be the most pleasant. But" holds a paragraph end.
    expect(karl[0]).toMatch(/It is also the largest\.$/);
    expect(karl[1]).toMatch(/^The park would be the most pleasant\./);
    const paragraphPlaces = [...turnsOf(t.body)][1]!;
    expect(paragraphPlaces.paragraphs).toHaveLength(karl.length);
    // Every word of Karl's cues, in order, and nothing else.
    expect(karl.join(' ')).toBe(
      fixture('town-hall.srt')
        .split('\n\n')
        .slice(3, 13)
        .map((cue) => cue.split('\n').slice(2).join(' '))
        .join(' ')
        .replace(/^Karl: /, ''),
    );
  });

  it('should make paragraphs of caption rows with no timings, at sentence ends and at topic words', () => {
    const rows = fixture('caption-rows.txt');
    const t = normalise(rows);
    const paragraphs = paragraphsBySpeaker(t).flatMap(([, p]) => p);
    expect(paragraphs.join(' ')).toBe(rows.trim().split('\n').join(' '));
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(paragraphs.length).toBeLessThanOrEqual(8);
    for (const paragraph of paragraphs) {
      expect(paragraph).toMatch(ENDS_SENTENCE);
      expect(sentences(paragraph)).toBeGreaterThanOrEqual(3);
      expect(sentences(paragraph)).toBeLessThanOrEqual(8);
    }
    expect(paragraphs.some((p) => p.startsWith('Finally, the money.'))).toBe(true);
  });

  it('should cut raw ASR with no sentence punctuation at a cue boundary, and only after a long stretch', () => {
    const cue = (i: number) => ({
      text: 'and then we went on talking about the weather and the garden and',
      place: { line: i + 1 },
      blankLinesBefore: 1,
      cue: { start: i * 3, end: i * 3 + 3 },
    });
    const pieces = Array.from({ length: 30 }, (_, i) => cue(i));
    const { paragraphs } = groupCaptionParagraphs(pieces, 2);
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const paragraph of paragraphs) {
      const words = paragraph.text.split(' ').length;
      expect(words % 13).toBe(0); // whole cues only
      expect(words).toBeGreaterThanOrEqual(120);
    }
    expect(paragraphs.map((p) => p.text).join(' ')).toBe(pieces.map((p) => p.text).join(' '));
  });

  it('should make no empty turn of a voice with no text, and list its label', () => {
    const t = normalise(
      'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v Ann>\n\n00:00:01.000 --> 00:00:02.000\n<v Bo>Hi.\n',
    );
    expect(() => checkTranscript(JSON.parse(JSON.stringify(t)))).not.toThrow();
    expect([...turnsOf(t.body)].map((turn) => turn.paragraphs.map((p) => spokenText(p)))).toEqual([['Hi.']]);
    expect(t.removed.filter((r) => r.reason === 'label-without-text').map((r) => r.text)).toEqual(['Ann:']);
  });
});
