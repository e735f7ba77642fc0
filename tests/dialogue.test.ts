// A press conference printed with no speaker labels (caption rows, hard-wrapped mid-sentence):
// the moderator's calls, the questioners' self-introductions and their questions, and the main
// speaker's answers are told apart from content, each attribution inferred with its evidence —
// and nothing changes for transcripts that have labels or no dialogue cues.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../src/model/nodes.js';
import { spokenText, turnsOf } from '../src/model/walk.js';
import { turnRows } from './helpers/turns.js';
import { normalise } from '../src/normalise/index.js';
import { prepareEdition } from '../src/render/edition/edition.js';
import { defaultTheme } from '../src/theme/default.js';
import { FIXTURE } from './helpers/fixtures.js';

/** [speaker name, label, method, first four words] for each turn. */
const turns = (transcript: Transcript) => turnRows(transcript, 4);

// Written for this project in the shape of a caption file: one row per line, no blank lines, no labels.
const CAPTIONS = readFileSync(FIXTURE.captionRows, 'utf8');

describe('an unlabelled press conference', () => {
  const t = normalise(CAPTIONS);

  it('should tell the moderator, the questioners and the main speaker apart, in order', () => {
    expect(turns(t)).toEqual([
      ['Minister', null, 'inferred', 'Good morning. Ministers met'],
      ['Moderator', null, 'inferred', 'We’ll start with the'],
      ['Anna Berg', null, 'inferred', 'Thank you. Anna Berg,'],
      ['Minister', null, 'inferred', 'The harbour will cost'],
      ['Moderator', null, 'inferred', 'Radio North'],
      ['Ola Lind', null, 'inferred', 'I’m Ola Lind from'],
      ['Minister', null, 'inferred', 'Yes, it will run'],
      ['Moderator', null, 'inferred', 'We’ll go to the'],
      ['Question', null, 'inferred', 'Is the timetable final?'],
      ['Minister', null, 'inferred', 'Not yet. It will'],
      ['Moderator', null, 'inferred', 'Okay, that’s all we'],
    ]);
  });

  it('should take the event for a press conference, named after the speaker and not the journalists', () => {
    expect(t.meta.kind).toBe('press conference');
    expect(t.meta.title).toBe('Press conference with Minister');
  });

  it('should make participants of who introduces themselves, with their outlet', () => {
    const anna = t.participants.find((p) => p.name === 'Anna Berg');
    expect(anna).toMatchObject({ kind: 'person', role: 'journalist', affiliation: 'Island Gazette' });
    expect(t.participants.find((p) => p.name === 'Ola Lind')?.affiliation).toBe('Radio North');
    expect(t.participants.find((p) => p.id === 'p-moderator')?.kind).toBe('anonymous');
  });

  it('should say why for every attribution, and replace the unattributed warning with one note', () => {
    for (const turn of turnsOf(t.body)) {
      expect(turn.attribution.evidence.length).toBeGreaterThan(0);
      expect(turn.attribution.confidence).toBeGreaterThan(0.5);
    }
    const [, call, anna, answer] = [...turnsOf(t.body)];
    expect(call!.attribution.evidence.join(' ')).toMatch(/calls on the next questioner \(line 9/);
    expect(anna!.attribution.evidence.join(' ')).toMatch(/introduces themselves: Anna Berg, Island Gazette/);
    expect(answer!.attribution.evidence.join(' ')).toMatch(
      /answers the question that ends on line 12.*address them as “Minister”/,
    );
    expect(t.diagnostics.map((d) => d.rule)).toContain('dialogue-from-content');
    expect(t.diagnostics.map((d) => d.rule)).not.toContain('speaker-unknown');
  });

  it('should print the moderator as “Moderator” and unnamed questioners as “Question”, in brackets as inferred', () => {
    const labels = prepareEdition(t, defaultTheme).blocks.flatMap((b) => (b.type === 'turn' ? [b.label.text] : []));
    expect(labels.slice(0, 4)).toEqual([
      '[Minister]',
      '[Moderator]',
      '[Anna Berg, journalist, Island Gazette]',
      '[Minister]',
    ]);
    expect(labels[8]).toBe('[Question]');
  });

  it('should keep each turn’s wrapped rows as the paragraphs they were, without splitting a sentence', () => {
    const answer = [...turnsOf(t.body)][3]!;
    expect(answer.paragraphs.map((p) => spokenText(p))).toEqual([
      'The harbour will cost about forty million, and the costs are shared between the state and the region.',
    ]);
  });
});

describe('transcripts the dialogue pass leaves alone', () => {
  it('should leave a labelled transcript as its labels say', () => {
    const t = normalise("Q: We'll start with a question?\n\nMINISTER: We'll go to the next one.\n");
    expect(turns(t).map((x) => x[2])).toEqual(['explicit', 'explicit']);
  });

  it('should leave a talk that announces its parts and asks itself questions as one unattributed turn', () => {
    const talk = [
      "Good evening. We'll start with the basics of the harbour plan.",
      'Why does the island need a new harbour?',
      'Because the old one is too small for the ferries that run today.',
      ...Array.from({ length: 10 }, (_, i) => `The plan has many parts, and part ${i + 1} is about the quays.`),
      "We'll go to the budget now.",
      'Who pays for it?',
      'The state and the region share the costs, as they agreed last year.',
      ...Array.from({ length: 10 }, (_, i) => `The budget has many lines, and line ${i + 1} is about the roads.`),
    ].join('\n');
    const t = normalise(talk);
    expect(turns(t)).toHaveLength(1);
    expect(turns(t)[0]![2]).toBe('unknown');
  });

  it('should not cut calls and questions into a press conference when nothing says it is one', () => {
    // No title or kind that says press, and nobody saying who they are and whom they write for:
    // a chair calling on members by name reads the same, so the turn stays one and unattributed.
    const unnamed = CAPTIONS.replace('Thank you. Anna Berg, Island Gazette. Minister,', 'Thank you. Minister,').replace(
      "I'm Ola Lind from Radio North. Will the ferry run",
      'Will the ferry run',
    );
    const t = normalise(unnamed);
    expect(t.participants.map((p) => p.name)).not.toContain('Moderator');
    expect(turns(t)).toHaveLength(1);
    expect(turns(t)[0]![2]).toBe('unknown');
    // Titled as the press's, the same text is cut as before.
    const titled = normalise(`# Press conference on the harbour\n\n${unnamed}`);
    expect(titled.participants.map((p) => p.name)).toContain('Moderator');
  });

  it('should leave an unlabelled monologue as one unattributed turn', () => {
    const t = normalise(CAPTIONS.split('\n').slice(0, 8).join('\n'));
    expect(turns(t)).toEqual([[null, null, 'unknown', 'Good morning. Ministers met']]);
    expect(t.diagnostics.map((d) => d.rule)).toContain('speaker-unknown');
  });
});
