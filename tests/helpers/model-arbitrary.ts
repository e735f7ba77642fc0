// A fast-check generator of valid transcript models: participants of every kind, turns with
// explicit, inferred and unknown attributions, every inline node kind, headings, stage
// directions, sections and notes — with words that are hostile to XML, HTML and templates.
import fc from 'fast-check';
import { checkTranscript } from '../../src/model/json.js';
import {
  MODEL_VERSION,
  type Block,
  type Inline,
  type Note,
  type Participant,
  type Transcript,
  type Turn,
} from '../../src/model/nodes.js';

const plainWord = fc.stringMatching(/^[A-Za-zÀÉÖßéèüñçøœ]{1,12}$/);
const oddWord = fc.constantFrom(
  '<script>',
  ']]>',
  '&amp;',
  '{{#each}}',
  '{{{x}}}',
  '"quoted"',
  "it's",
  '19+1',
  'co-operation',
  'Ж',
  'Ελλάδα',
  'naïve',
  '—',
  '…',
  'a\u00a0b',
);
const word = fc.oneof({ weight: 6, arbitrary: plainWord }, { weight: 1, arbitrary: oddWord });
const words = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));

const inline: fc.Arbitrary<Inline> = fc.oneof(
  { weight: 8, arbitrary: words.map((value): Inline => ({ type: 'text', value })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Inline>(
      { type: 'gap', reason: 'inaudible', asPrinted: '(inaudible)' },
      { type: 'gap', reason: 'crosstalk', asPrinted: '[crosstalk]' },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Inline>(
      { type: 'incident', kind: 'laughter', asPrinted: '(Laughter.)', description: 'Laughter.' },
      { type: 'incident', kind: 'interjection', asPrinted: '(Zuruf: Nein!)', description: 'Zuruf: Nein!' },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Inline>(
      { type: 'sic', asPrinted: '[sic]' },
      { type: 'interpretation', asPrinted: '(As interpreted.)' },
      { type: 'timeMark', seconds: 262, asPrinted: '[04:22]' },
    ),
  },
  { weight: 1, arbitrary: words.map((value): Inline => ({ type: 'emphasis', children: [{ type: 'text', value }] })) },
  {
    weight: 1,
    arbitrary: words.map((value): Inline => ({ type: 'foreign', lang: 'fr', children: [{ type: 'text', value }] })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(plainWord, fc.double({ min: 0, max: 0.79, noNaN: true }))
      .map(([value, confidence]): Inline => ({ type: 'uncertain', confidence, children: [{ type: 'text', value }] })),
  },
);

/** A paragraph's timing node (model 1.2), sometimes with word timings. */
const timing = fc
  .tuple(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 1, max: 90 }), fc.boolean())
  .map(([start, length, withWords]): Inline => {
    const node: Inline = { type: 'timing', start, end: start + length };
    return withWords ? { ...node, words: `${start}-${start + 0.5} ? ${start + 1}-${start + length}` } : node;
  });

/** A paragraph: inline nodes separated by spaces, at least one word; sometimes a timing first. */
const paragraph = fc
  .tuple(fc.option(timing, { nil: null }), fc.array(inline, { minLength: 1, maxLength: 5 }))
  .map(([time, nodes]) => {
    const out: Inline[] = [];
    nodes.forEach((node, i) => {
      if (i > 0) out.push({ type: 'text', value: ' ' });
      out.push(node);
    });
    const merged: Inline[] = [];
    for (const node of out) {
      const last = merged[merged.length - 1];
      if (node.type === 'text' && last?.type === 'text') last.value += node.value;
      else merged.push(node.type === 'text' ? { ...node } : node);
    }
    return time ? [time, ...merged] : merged;
  });

const participantSpec = fc.record({
  name: fc
    .array(
      plainWord.map((w) => w[0]!.toUpperCase() + w.slice(1)),
      { minLength: 1, maxLength: 3 },
    )
    .map((w) => w.join(' ')),
  role: fc.option(
    fc.constantFrom('Secretary General', 'Minister of Foreign Affairs', 'Chair', 'Ministre <des> Affaires'),
    { nil: null },
  ),
  kind: fc.constantFrom<Participant['kind']>('person', 'person', 'person', 'group', 'unknown'),
});

/** A valid transcript model. */
export const transcriptArbitrary: fc.Arbitrary<Transcript> = fc
  .record({
    people: fc.array(participantSpec, { minLength: 1, maxLength: 4 }),
    questioner: fc.boolean(),
    turns: fc.array(
      fc.record({
        who: fc.nat(10),
        method: fc.constantFrom<'explicit' | 'inferred' | 'editor' | 'unknown'>(
          'explicit',
          'explicit',
          'inferred',
          'editor',
          'unknown',
        ),
        paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
        noteHere: fc.boolean(),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    extras: fc.array(fc.record({ at: fc.nat(8), kind: fc.constantFrom('heading', 'direction'), text: words }), {
      maxLength: 3,
    }),
    section: fc.boolean(),
    title: words,
    language: fc.constantFrom('en', 'de', 'fr', 'ru'),
  })
  .map(({ people, questioner, turns, extras, section, title, language }) => {
    const participants: Participant[] = people.map((p, i) => ({
      id: `p-${i + 1}`,
      name: p.name,
      shortName: p.name.split(' ').pop()!,
      role: p.role,
      affiliation: null,
      kind: p.kind,
      labels: [p.name],
    }));
    if (questioner)
      participants.push({
        id: 'p-questioner',
        name: 'Question',
        shortName: 'Question',
        role: null,
        affiliation: null,
        kind: 'anonymous',
        labels: ['Q'],
      });
    const notes: Note[] = [];
    const body: Block[] = [];
    let n = 0;
    turns.forEach((spec, index) => {
      const speaker = spec.method === 'unknown' ? null : participants[spec.who % participants.length]!.id;
      const turn: Turn = {
        type: 'turn',
        id: `t${index + 1}`,
        speaker,
        label: spec.method === 'explicit' && speaker ? participants.find((p) => p.id === speaker)!.name : null,
        function: null,
        attribution: {
          method: speaker ? spec.method : 'unknown',
          confidence: speaker ? 0.8 : 0,
          evidence: speaker && spec.method === 'inferred' ? ['generated'] : [],
        },
        paragraphs: spec.paragraphs,
      };
      if (spec.noteHere) {
        n++;
        notes.push({
          id: `n${n}`,
          number: n,
          kind: 'editorial',
          children: [{ type: 'text', value: `Note ${n} with <b>markup</b> & {{braces}}.` }],
        });
        turn.paragraphs = [[...turn.paragraphs[0]!, { type: 'noteRef', id: `n${n}` }], ...turn.paragraphs.slice(1)];
      }
      body.push(turn);
      for (const extra of extras.filter((e) => e.at === index)) {
        body.push(
          extra.kind === 'heading'
            ? { type: 'heading', id: `h${body.length}`, depth: 2, children: [{ type: 'text', value: extra.text }] }
            : {
                type: 'stageDirection',
                id: `d${body.length}`,
                children: [
                  { type: 'incident', kind: 'procedure', asPrinted: `(${extra.text})`, description: extra.text },
                ],
              },
        );
      }
    });
    const transcript: Transcript = {
      modelVersion: MODEL_VERSION,
      meta: {
        title,
        kind: 'press conference',
        date: '2001-11-23',
        time: null,
        place: null,
        language,
        languageSource: 'option',
        subjects: [],
        source: {
          publisher: null,
          series: null,
          pageUpdated: null,
          url: null,
          fileName: 'generated.json',
          format: 'model',
          encoding: 'utf-8',
          lineEndings: 'lf',
          sha256: '0'.repeat(64),
        },
      },
      participants: participants.filter((p) =>
        turns.some(
          (_, i) => (body.find((b) => b.type === 'turn' && b.id === `t${i + 1}`) as Turn | undefined)?.speaker === p.id,
        ),
      ),
      body: section ? [{ type: 'section', id: 's1', title: [{ type: 'text', value: 'Part one' }], body }] : body,
      notes,
      removed: [],
      changes: [],
      diagnostics: [],
    };
    return checkTranscript(JSON.parse(JSON.stringify(transcript)));
  });
