// The Oyez oral-argument reader: sections become headings, speakers participants with their
// roles, turns keep their speakers (a null speaker stays unattributed), text blocks are timed
// pieces that caption-paragraphs joins, and no word of any text block is lost or moved.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../../src/model/json.js';
import { turnsOf, wordsOf } from '../../src/model/walk.js';
import { normalise, normaliseBytes } from '../../src/normalise/index.js';
import { FIXTURES_DIR } from '../helpers/fixtures.js';
import { spokenWords } from '../helpers/word-order.js';

const FIXTURE = `${FIXTURES_DIR}oyez-oral-argument.json`;

interface OyezTurn {
  speaker: { name: string } | null;
  text_blocks: { text: string }[];
}

/** The fixture's turns that hold words, read straight from the JSON: who speaks, and the words. */
function turnsInFile(value: { transcript: { sections: { turns: OyezTurn[] }[] } }) {
  return value.transcript.sections
    .flatMap((s) => s.turns)
    .map((t) => ({
      speaker: t.speaker?.name ?? null,
      words: t.text_blocks.flatMap((b) => wordsOf(b.text.toLowerCase())),
    }))
    .filter((t) => t.words.length > 0);
}

describe('Oyez oral-argument JSON', () => {
  const bytes = readFileSync(FIXTURE);
  const file = JSON.parse(bytes.toString('utf8')) as Parameters<typeof turnsInFile>[0];
  const transcript = normaliseBytes(bytes, { fileName: 'oyez-oral-argument.json' });

  it('is detected from its content and says so in meta.source', () => {
    expect(transcript.meta.source.format).toBe('oyez-json');
    expect(normalise(bytes.toString('utf8')).meta.source.format).toBe('oyez-json');
    expect(transcript.meta.title).toBe('Harbour Authority v. Lindqvist');
    expect(transcript.meta.kind).toBe('oral argument');
    expect(transcript.meta.date).toBe('2019-03-04');
    expect(transcript.meta.source.publisher).toBe('Oyez');
    expect(() => checkTranscript(JSON.parse(JSON.stringify(transcript)))).not.toThrow();
  });

  it('makes one participant per speaker, with the role in force on the day', () => {
    const byName = new Map(transcript.participants.map((p) => [p.name, p]));
    expect([...byName.keys()].sort()).toEqual(
      ['Celia Moreau', 'Daniel Okafor', 'Margaret H. Ellery', 'Peter Lindqvist', 'Ruth A. Brandt'].sort(),
    );
    expect(byName.get('Margaret H. Ellery')?.role).toBe('Chief Justice');
    expect(byName.get('Ruth A. Brandt')?.role).toBe('Associate Justice');
    // Associate Justice at the argument, Chief Justice later: the role of the day.
    expect(byName.get('Daniel Okafor')?.role).toBe('Associate Justice');
    expect(byName.get('Peter Lindqvist')?.role).toBeNull();
    expect(byName.get('Peter Lindqvist')?.shortName).toBe('Lindqvist');
  });

  it('keeps every turn that holds words, with its speaker; a null speaker stays unattributed', () => {
    const names = new Map(transcript.participants.map((p) => [p.id, p.name]));
    const turns = [...turnsOf(transcript.body)];
    const expected = turnsInFile(file);
    expect(turns.map((t) => (t.speaker === null ? null : names.get(t.speaker)))).toEqual(
      expected.map((t) => t.speaker),
    );
    const unnamed = turns.filter((t) => t.speaker === null);
    expect(unnamed).toHaveLength(1);
    expect(unnamed[0]!.attribution.method).toBe('unknown');
    expect(turns.filter((t) => t.speaker !== null).every((t) => t.attribution.method === 'explicit')).toBe(true);
    expect(transcript.diagnostics.map((d) => d.rule)).toEqual(
      expect.arrayContaining(['oyez-empty-text-block', 'oyez-unnamed-speaker']),
    );
  });

  it('turns each section into a heading named after its advocate', () => {
    const headings = transcript.body
      .filter((b) => b.type === 'heading')
      .map((h) => h.children.map((c) => ('value' in c ? c.value : '')).join(''));
    expect(headings).toEqual([
      'Argument of Peter Lindqvist',
      'Argument of Celia Moreau',
      'Rebuttal of Peter Lindqvist',
    ]);
  });

  it('loses no word of any text block, and keeps their order', () => {
    expect(spokenWords(transcript)).toEqual(turnsInFile(file).flatMap((t) => t.words));
  });

  it('joins text blocks into paragraphs and cuts at a long pause', () => {
    const turns = [...turnsOf(transcript.body)];
    const blocks = file.transcript.sections.flatMap((s) => s.turns).flatMap((t) => t.text_blocks);
    const paragraphs = turns.reduce((n, t) => n + t.paragraphs.length, 0);
    expect(paragraphs).toBeLessThan(blocks.filter((b) => b.text.trim() !== '').length);
    const okafor = transcript.participants.find((p) => p.name === 'Daniel Okafor')!;
    // His first turn's two blocks follow each other with no pause: one paragraph.
    expect(turns.find((t) => t.speaker === okafor.id)!.paragraphs).toHaveLength(1);
  });

  it('reads the same bytes to the same model', () => {
    expect(JSON.stringify(normaliseBytes(bytes, { fileName: 'oyez-oral-argument.json' }))).toBe(
      JSON.stringify(transcript),
    );
  });

  it('keeps full names for two speakers of one surname', () => {
    const speaker = (name: string, identifier: string) => ({ name, identifier, last_name: 'Harlan', roles: null });
    const transcript = normalise(
      JSON.stringify({
        transcript: {
          sections: [
            {
              turns: [
                {
                  speaker: speaker('John M. Harlan', 'john_m_harlan'),
                  text_blocks: [{ text: 'First.', start: 0, stop: 1 }],
                },
                {
                  speaker: speaker('John M. Harlan II', 'john_m_harlan2'),
                  text_blocks: [{ text: 'Second.', start: 1, stop: 2 }],
                },
              ],
            },
          ],
        },
      }),
    );
    expect(transcript.participants.map((p) => [p.id, p.shortName])).toEqual([
      ['p-harlan', 'John M. Harlan'],
      ['p-harlan-2', 'John M. Harlan II'],
    ]);
  });

  it('still refuses JSON that only looks like it (no turn with text blocks)', () => {
    expect(() => normalise(JSON.stringify({ id: 1, transcript: { sections: [] } }))).toThrow(/not a transcript/);
    expect(() => normalise(JSON.stringify({ transcript: { sections: [{ turns: [{ text: 'x' }] }] } }))).toThrow(
      /not a transcript/,
    );
  });
});

describe('Oyez reader properties', () => {
  const word = fc.constantFrom('the', 'court', 'Counsel', 'berth', 'fee', 'tariff', '41', 'reserve', 'quay', 'Okay');
  const sentence = fc.array(word, { minLength: 1, maxLength: 9 }).map((w) => w.join(' ') + '.');
  const blockText = fc.oneof({ weight: 6, arbitrary: sentence }, { weight: 1, arbitrary: fc.constant('') });
  const speaker = fc.option(fc.constantFrom('Ann Lee', 'Bo Tran', 'Cy Young'), { nil: null });
  const turn = fc.record({ speaker, texts: fc.array(blockText, { minLength: 0, maxLength: 4 }) });
  const section = fc.array(turn, { minLength: 1, maxLength: 6 });

  it('loses no word and moves none, whatever the sections, speakers and empty blocks', () => {
    fc.assert(
      fc.property(fc.array(section, { minLength: 1, maxLength: 4 }), fc.nat(30), (sections, gap) => {
        let clock = 0;
        const json = {
          title: 'Oral Argument - January 10, 2020',
          transcript: {
            title: 'A v. B',
            sections: sections.map((turns) => ({
              turns: turns.map((t) => ({
                speaker: t.speaker === null ? null : { name: t.speaker, identifier: t.speaker, roles: null },
                text_blocks: t.texts.map((text) => {
                  const start = clock;
                  clock += 1 + (gap % 4);
                  return { text, start, stop: clock };
                }),
              })),
            })),
          },
        };
        // At least one turn with a list of text blocks, as every real file has.
        json.transcript.sections[0]!.turns[0]!.text_blocks.push({ text: 'Opening words.', start: clock, stop: clock });
        const expected = json.transcript.sections
          .flatMap((s) => s.turns)
          .flatMap((t) => t.text_blocks)
          .flatMap((b) => wordsOf(b.text.toLowerCase()));
        const transcript = normalise(JSON.stringify(json));
        expect(transcript.meta.source.format).toBe('oyez-json');
        expect(spokenWords(transcript)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
