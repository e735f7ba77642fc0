// Property test over generated models (fast-check): the Markdown edition read back is the model
// apart from its provenance (tests/helpers/markdown-round-trip.ts says what that is), under the
// default theme and under one that prints marks differently, hides time marks and sets labels
// on their own line — the reader depends on none of that. The number of models is printed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkTranscript } from '../../src/model/json.js';
import { normalise, normaliseBytes } from '../../src/normalise/index.js';
import { PRESS_CONFERENCE } from '../helpers/fixtures.js';
import type { Inline, Transcript } from '../../src/model/nodes.js';
import { defaultTheme } from '../../src/theme/default.js';
import type { Theme } from '../../src/theme/theme.js';
import { markdownOf, roundTrip, withoutProvenance } from '../helpers/markdown-round-trip.js';
import { transcriptArbitrary } from '../helpers/model-arbitrary.js';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 60);

const otherTheme: Theme = {
  ...defaultTheme,
  marks: {
    ...defaultTheme.marks,
    brackets: 'round',
    italic: false,
    showTimeMarks: false,
    // Recording times and unsure words shown: what the edition prints around them is not read back.
    timestamps: true,
    lowConfidence: { show: true, threshold: 0.9 },
  },
  labels: { ...defaultTheme.labels, layout: 'block', separator: '' },
};

/** Text that is Markdown, or Verbatim's own syntax, or breaks lines: it must come back as text. */
const hostile = fc.constantFrom(
  '**Robertson:** no label',
  '[]{#para-1}',
  '[^1]',
  '[x]{.gap reason=inaudible}',
  '<!-- verbatim:end -->',
  '*not emphasis*',
  'snake_case_name',
  '\\back\\slash',
  'one\ntwo',
  'one\n\nthree',
  'line\n# not a heading',
  'x\n---\ny',
  'x\n:::\ny',
  '-->',
  'AT&T &amp; &#38;',
  '1. 2019.',
  '`code`',
  '~~strike~~ $x$ @cite',
);

/** Hostile text inside the first text node of each paragraph, and metadata the generator leaves empty. */
const hostileModel = fc
  .tuple(transcriptArbitrary, fc.array(hostile, { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([transcript, words, meta]): Transcript => {
    const t = structuredClone(transcript);
    let n = 0;
    const visit = (nodes: Inline[]) => {
      const text = nodes.find((node) => node.type === 'text');
      if (text) text.value = `${text.value} ${words[n++ % words.length]!} end`;
    };
    const blocks = (list: Transcript['body']) => {
      for (const block of list) {
        if (block.type === 'turn') block.paragraphs.forEach(visit);
        else if (block.type === 'section') blocks(block.body);
        else visit(block.children);
      }
    };
    blocks(t.body);
    if (meta) {
      t.meta = {
        ...t.meta,
        time: '12:33 P.M. EDT',
        place: 'Brussels: "HQ"',
        subjects: ['NATO', 'Russia: #1'],
        source: {
          ...t.meta.source,
          publisher: 'NATO',
          series: 'Speeches',
          pageUpdated: '2001-11-26',
          url: 'https://x.example/a?b=1&c=2',
        },
      };
      t.participants = t.participants.map((p, i) => ({
        ...p,
        affiliation: i % 2 ? 'Russia' : null,
        labels: [...p.labels, `${p.name.toUpperCase()}:`],
      }));
    }
    return checkTranscript(JSON.parse(JSON.stringify(t)));
  });

describe(`the Markdown edition of ${RUNS} generated models`, () => {
  it('should read back as the model apart from provenance, with text that is Markdown syntax', async () => {
    await fc.assert(
      fc.asyncProperty(hostileModel, fc.boolean(), async (transcript, other) => {
        const { back } = await roundTrip(transcript, other ? otherTheme : defaultTheme);
        expect(withoutProvenance(back)).toEqual(withoutProvenance(transcript));
        expect(back.diagnostics).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('should read back as the model apart from provenance', async () => {
    await fc.assert(
      fc.asyncProperty(transcriptArbitrary, fc.boolean(), async (transcript, other) => {
        const { back } = await roundTrip(transcript, other ? otherTheme : defaultTheme);
        expect(() => checkTranscript(JSON.parse(JSON.stringify(back)))).not.toThrow();
        expect(withoutProvenance(back)).toEqual(withoutProvenance(transcript));
        expect(back.diagnostics).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    console.log(`Markdown round trip: ${RUNS} generated models`);
  });

  it('should read any edit of an edition without throwing, into a valid model', async () => {
    const markdown = await markdownOf(normaliseBytes(readFileSync(PRESS_CONFERENCE), { fileName: 'x.txt' }));
    const piece = fc.constantFrom(
      '*',
      '**',
      '_',
      '[',
      ']',
      '{',
      '}',
      '\\',
      '"',
      '\n',
      '\n\n',
      ':::',
      '#',
      '[^1]',
      '[]{#para-3}',
      '-->',
      'x',
    );
    const edit = fc.record({ at: fc.nat(markdown.length), cut: fc.nat(40), put: fc.array(piece, { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let text = markdown;
        for (const { at, cut, put } of edits) {
          const from = Math.min(at, text.length);
          text = text.slice(0, from) + put.join('') + text.slice(from + cut);
        }
        const back = normalise(text, { fileName: 'edited.md' });
        expect(() => checkTranscript(JSON.parse(JSON.stringify(back)))).not.toThrow();
      }),
      { numRuns: RUNS * 5 },
    );
  });
});
