/**
 * Every node kind through TEI and Akoma Ntoso and back: a hand-built model holding each block
 * and inline kind, each attribution method and participant kind, heading depths, a nested
 * section, a mark printed otherwise than its description in brackets, and white space a reader
 * would collapse, is valid and reads back equal (attribution notes aside, which the reader
 * writes again).
 */
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../../../src/model/json.js';
import { MODEL_VERSION, type Transcript } from '../../../src/model/nodes.js';
import {
  carried,
  roundTrip,
  validateAll,
  writeInterchange,
  type InterchangeFormat,
} from '../../helpers/interchange.js';
import { HAVE, missing } from '../../helpers/tools.js';

const MODEL: Transcript = checkTranscript({
  modelVersion: MODEL_VERSION,
  meta: {
    title: 'Hearing on the harbour <& “quay”>',
    kind: 'hearing',
    date: '2024-05-06',
    time: '10:00 A.M.',
    place: 'Harbourtown',
    language: 'de',
    languageSource: 'option',
    subjects: ['harbours', 'ferries'],
    source: {
      publisher: 'Harbour Council',
      series: 'Hearings',
      pageUpdated: '2024-05-07',
      url: 'https://example.org/hearing?id=1&x=2',
      fileName: 'hearing.txt',
      format: 'text',
      encoding: 'utf-8',
      lineEndings: 'lf',
      sha256: 'ab'.repeat(32),
    },
  },
  participants: [
    {
      id: 'p-roe',
      name: 'Jane Roe',
      shortName: 'Roe',
      role: 'Chair',
      affiliation: 'Harbour Council',
      kind: 'person',
      labels: ['CHAIR', 'Ms. Roe'],
    },
    {
      id: 'p-members',
      name: 'Some members',
      shortName: 'Some members',
      role: null,
      affiliation: null,
      kind: 'group',
      labels: [],
    },
    {
      id: 'p-questioner',
      name: 'Question',
      shortName: 'Question',
      role: null,
      affiliation: null,
      kind: 'anonymous',
      labels: ['Q'],
    },
    { id: 'p-x', name: 'X', shortName: 'X', role: null, affiliation: null, kind: 'unknown', labels: ['X'] },
  ],
  body: [
    { type: 'heading', id: 'h1', depth: 1, children: [{ type: 'text', value: 'Part one' }] },
    {
      type: 'heading',
      id: 'h2',
      depth: 3,
      children: [{ type: 'emphasis', children: [{ type: 'text', value: 'Opening' }] }],
    },
    {
      type: 'turn',
      id: 't1',
      speaker: 'p-roe',
      label: 'CHAIR',
      function: 'statement',
      attribution: { method: 'explicit', confidence: 0.95, evidence: ['labelled “CHAIR”'] },
      paragraphs: [
        [
          { type: 'text', value: 'We open  the hearing ' },
          { type: 'gap', reason: 'crosstalk', asPrinted: '[crosstalk]' },
          { type: 'text', value: ' at ' },
          { type: 'timeMark', seconds: 262.5, asPrinted: '[04:22]' },
          { type: 'text', value: ' with ' },
          { type: 'foreign', lang: 'fr', children: [{ type: 'text', value: 'bienvenue' }] },
          { type: 'noteRef', id: 'n1' },
        ],
        [
          { type: 'incident', kind: 'laughter', asPrinted: '[laughs]', description: 'laughs' },
          { type: 'text', value: ' Thank you ' },
          { type: 'sic', asPrinted: '(sic)' },
          { type: 'text', value: ' all.' },
        ],
      ],
    },
    {
      type: 'stageDirection',
      id: 'd1',
      children: [
        { type: 'incident', kind: 'procedure', asPrinted: '(Sitting suspended.)', description: 'Sitting suspended.' },
      ],
    },
    { type: 'stageDirection', id: 'd2', children: [{ type: 'text', value: 'END 10:30 A.M.' }] },
    {
      type: 'section',
      id: 's1',
      title: [{ type: 'text', value: 'Questions' }],
      body: [
        {
          type: 'turn',
          id: 't2',
          speaker: 'p-questioner',
          label: 'Q',
          function: 'question',
          attribution: { method: 'explicit', confidence: 0.95, evidence: ['labelled “Q”'] },
          paragraphs: [
            [
              { type: 'interpretation', asPrinted: '(As interpreted.)' },
              { type: 'text', value: ' When?' },
            ],
          ],
        },
        {
          type: 'turn',
          id: 't3',
          speaker: 'p-members',
          label: null,
          function: 'answer',
          attribution: { method: 'editor', confidence: 1, evidence: ['an editor gave paragraph 4 to Some members'] },
          paragraphs: [[{ type: 'text', value: 'Soon.' }]],
        },
        {
          type: 'turn',
          id: 't4',
          speaker: 'p-x',
          label: 'X',
          function: null,
          attribution: { method: 'explicit', confidence: 0.5, evidence: ['labelled “X”'] },
          paragraphs: [[{ type: 'incident', kind: 'music', asPrinted: '(Music)', description: 'Music' }]],
        },
        {
          type: 'turn',
          id: 't5',
          speaker: null,
          label: null,
          function: null,
          attribution: { method: 'unknown', confidence: 0, evidence: [] },
          paragraphs: [[{ type: 'text', value: 'Hear, hear.' }]],
        },
        {
          type: 'turn',
          id: 't6',
          speaker: 'p-roe',
          label: null,
          function: null,
          attribution: { method: 'inferred', confidence: 0.8, evidence: ['she chairs'] },
          paragraphs: [[{ type: 'text', value: 'Adjourned.' }]],
        },
      ],
    },
  ],
  notes: [
    { id: 'n1', number: 1, kind: 'editorial', children: [{ type: 'text', value: 'A note with <markup> & more.' }] },
  ],
  removed: [],
  changes: [],
  diagnostics: [],
});

/** The transcript without attribution notes and their ids (the reader writes them again). */
function withoutAttributionNotes(transcript: Transcript): unknown {
  const copy = carried(transcript) as { notes: { kind: string }[] };
  return JSON.parse(
    JSON.stringify({ ...copy, notes: copy.notes.filter((n) => n.kind !== 'attribution') }, (key, value: unknown) =>
      key === 'noteId' ? undefined : value,
    ),
  );
}

describe.each<InterchangeFormat>(['tei', 'akn'])('%s and back, every node kind', (format) => {
  it('should give back the same transcript', async () => {
    const back = await roundTrip(format, MODEL);
    expect(withoutAttributionNotes(back)).toEqual(withoutAttributionNotes(MODEL));
    expect(back.notes.filter((n) => n.kind === 'attribution')).toHaveLength(1);
  });

  it.skipIf(!HAVE.xmllint)(
    `should be valid against the schema ${HAVE.xmllint ? '' : `(${missing('xmllint')})`}`,
    async () => {
      const documents = new Map([[`node-kinds.${format}.xml`, await writeInterchange(format, MODEL)]]);
      expect(validateAll(format, documents)).toEqual([]);
    },
    60_000,
  );

  it('should escape markup characters in text and attributes', async () => {
    const xml = await writeInterchange(format, MODEL);
    expect(xml).toContain('A note with &lt;markup&gt; &amp; more.');
    expect(xml).toContain('https://example.org/hearing?id=1&amp;x=2');
    expect(xml).not.toContain('<markup>');
  });
});
