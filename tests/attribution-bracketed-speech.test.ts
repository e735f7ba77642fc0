// A talk whose transcriber gives what the audience said in brackets of its own (issue #13): each
// such bracket is the audience member's turn, the speaker's words after it a new turn of the
// speaker the page names, and audience laughter stays a stage direction. Fixture written for
// these tests in the shape such transcripts print.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

const fixture = attributionFixture;

describe('an audience member’s words in brackets', () => {
  it('should make each bracketed remark the audience member’s turn and give the talk back to its speaker', () => {
    const t = normalise(fixture('talk-audience-brackets.md'));
    expect(turnRows(t, 3).map(([speaker, label, method]) => [speaker, label, method])).toEqual([
      ['Ruth Okonkwo', null, 'inferred'],
      ['Question', 'Audience member', 'explicit'],
      ['Ruth Okonkwo', null, 'inferred'],
      ['Question', 'Audience member', 'explicit'],
      ['Ruth Okonkwo', null, 'inferred'],
      ['Question', 'Question from the floor', 'explicit'],
      ['Ruth Okonkwo', null, 'inferred'],
    ]);
    expect(t.diagnostics.filter((d) => d.rule === 'bracketed-speech')).toHaveLength(3);
  });

  it('should keep the bracket as printed and audience laughter as a direction inside the talk', () => {
    const t = normalise(fixture('talk-audience-brackets.md'));
    const json = JSON.stringify(t.body);
    expect(json).toContain('"asPrinted":"[Audience member: They collide.]"');
    expect(json).toContain('"asPrinted":"[Audience laughter]"');
    expect(t.participants.map((p) => p.name)).toEqual(['Ruth Okonkwo', 'Question']);
  });

  it('should take the bulleted bold fields out as the page’s metadata', () => {
    const t = normalise(fixture('talk-audience-brackets.md'));
    expect(t.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['name-field', 'metadata-field']));
    expect(turnRows(t, 4)[0]![3]).toBe('All right, let’s begin');
  });

  it('should leave a bracket that names nobody in the audience as a stage direction', () => {
    const t = normalise('Welcome to the talk.\n\n[Slide: the harbour map]\n\nHere is the map.\n');
    expect(t.participants).toEqual([]);
    expect(t.diagnostics.some((d) => d.rule === 'bracketed-speech')).toBe(false);
  });
});
