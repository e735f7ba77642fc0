// Shared helpers for the DOCX tests: small literal transcripts that use every node kind, the
// long press conference repeated N times, rendering, and reading the package back with fflate.
import { strFromU8, unzipSync } from 'fflate';
import {
  MODEL_VERSION,
  type Block,
  type Inline,
  type Participant,
  type Transcript,
  type Turn,
} from '../../../src/model/nodes.js';
import { docxRenderer } from '../../../src/render/docx/index.js';
import { cloneTheme, defaultTheme } from '../../../src/theme/default.js';
import type { Theme } from '../../../src/theme/theme.js';
import { normaliseFixture, PRESS_CONFERENCE_LONG } from '../../helpers/fixtures.js';
import { parseXml, type XmlElement } from '../../helpers/xml.js';

const text = (value: string): Inline => ({ type: 'text', value });

function person(
  id: string,
  name: string,
  shortName: string,
  role: string | null,
  affiliation: string | null,
): Participant {
  return { id, name, shortName, role, affiliation, kind: 'person', labels: [name] };
}

function turn(
  id: string,
  speaker: string | null,
  paragraphs: Inline[][],
  method: 'explicit' | 'inferred' | 'unknown' = 'explicit',
  noteId?: string,
): Turn {
  return {
    type: 'turn',
    id,
    speaker,
    label: method === 'explicit' ? 'Label' : null,
    function: null,
    attribution: {
      method,
      confidence: method === 'explicit' ? 0.95 : 0.7,
      evidence: [],
      ...(noteId ? { noteId } : {}),
    },
    paragraphs,
  };
}

/** A small transcript with every block and inline kind, an inferred speaker, notes and a questioner. */
export function literalTranscript(options: { notesOutOfOrder?: boolean } = {}): Transcript {
  // n2 is referenced first (in t1), n1 later (the label note of t3): numbered in that order unless asked not to be.
  const [first, second] = options.notesOutOfOrder ? [1, 2] : [2, 1];
  const body: Block[] = [
    { type: 'heading', id: 'h1', depth: 1, children: [text('Opening statements')] },
    turn('t1', 'p-ada', [
      [text('Good morning. We meet on a '), { type: 'emphasis', children: [text('very')] }, text(' special day.')],
      [text('Second paragraph of Ada, with a note.'), { type: 'noteRef', id: 'n2' }],
    ]),
    {
      type: 'stageDirection',
      id: 'd1',
      children: [{ type: 'incident', kind: 'applause', asPrinted: '(Applause.)', description: 'Applause' }],
    },
    turn('t2', 'p-q', [
      [text('Is it true? '), { type: 'gap', reason: 'inaudible', asPrinted: '(inaudible)' }, text(' the budget')],
    ]),
    turn(
      't3',
      'p-bo',
      [
        [
          text('It is true, '),
          { type: 'sic', asPrinted: '[sic]' },
          text(' and '),
          { type: 'incident', kind: 'laughter', asPrinted: '(Laughter.)', description: 'Laughter.' },
          text(' more.'),
        ],
      ],
      'inferred',
      'n1',
    ),
    {
      type: 'section',
      id: 's1',
      title: [text('Questions & answers <part 2>')],
      body: [
        { type: 'heading', id: 'h2', depth: 2, children: [text('Foreign words')] },
        turn('t4', 'p-ada', [
          [
            { type: 'interpretation', asPrinted: '(As interpreted.)' },
            text(' We say '),
            { type: 'foreign', lang: 'fr', children: [text('bienvenue à tous')] },
            text(' at [04:22] '),
            { type: 'timeMark', seconds: 262, asPrinted: '[04:22]' },
            text('again.'),
          ],
        ]),
        turn('t5', null, [[text('Nobody knows who said this.')]], 'unknown'),
      ],
    },
  ];
  return {
    modelVersion: MODEL_VERSION,
    meta: {
      title: 'A literal hearing & its “quotes”',
      kind: 'hearing',
      date: '2024-02-29',
      time: null,
      place: 'Tallinn',
      language: 'en',
      languageSource: 'option',
      subjects: ['budget', 'testing'],
      source: {
        publisher: 'Test Office',
        series: null,
        pageUpdated: null,
        url: 'https://example.org/hearing?a=1&b=2',
        fileName: 'literal.txt',
        format: 'text',
        encoding: 'utf-8',
        lineEndings: 'lf',
        sha256: 'ab'.repeat(32),
      },
    },
    participants: [
      person('p-ada', 'Ada Lovelace', 'Lovelace', 'Chair', 'Committee'),
      person('p-bo', 'Bo Diddley', 'Diddley', null, 'Guests'),
      {
        id: 'p-q',
        name: 'Question',
        shortName: 'Question',
        role: null,
        affiliation: null,
        kind: 'anonymous',
        labels: ['Q'],
      },
    ],
    body,
    notes: [
      { id: 'n1', number: first, kind: 'attribution', children: [text('Bo is inferred: the source has no label.')] },
      {
        id: 'n2',
        number: second,
        kind: 'editorial',
        children: [text('An editorial note about '), { type: 'emphasis', children: [text('this')] }, text('.')],
      },
    ],
    removed: [],
    changes: [],
    diagnostics: [],
  };
}

/**
 * tests/fixtures/press-conference-long.txt's body repeated `times` times with renumbered block
 * ids (19 spoken paragraphs and about 920 words a copy; 190 copies hold about 175,000 words): a
 * long transcript. Only the first copy keeps the attribution note.
 */
export function repeatedLongPressConference(times: number): Transcript {
  const base = normaliseFixture(PRESS_CONFERENCE_LONG);
  let counter = 0;
  const copy = (block: Block, keepNotes: boolean): Block => {
    counter++;
    if (block.type === 'turn') {
      const { noteId, ...attribution } = block.attribution;
      return {
        ...block,
        id: `t${counter}`,
        attribution: keepNotes && noteId ? { ...attribution, noteId } : attribution,
      };
    }
    if (block.type === 'section')
      return { ...block, id: `s${counter}`, body: block.body.map((b) => copy(b, keepNotes)) };
    return { ...block, id: `b${counter}` };
  };
  const body: Block[] = [];
  for (let i = 0; i < times; i++) body.push(...base.body.map((b) => copy(b, i === 0)));
  return { ...base, body };
}

/** A copy of the default theme changed by `change`. */
export function themeWith(change: (theme: Theme) => void = () => {}): Theme {
  const theme = cloneTheme(defaultTheme);
  change(theme);
  return theme;
}

/** Render with the DOCX renderer. */
export async function renderDocx(
  transcript: Transcript,
  theme: Theme = defaultTheme,
  sourceDateEpoch?: number,
): Promise<Uint8Array> {
  return docxRenderer.render(transcript, {
    theme,
    diagnostics: [],
    ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
  });
}

/** The package's parts. */
export function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** One part as text. */
export function partText(bytes: Uint8Array | Record<string, Uint8Array>, path: string): string {
  const files = bytes instanceof Uint8Array ? parts(bytes) : bytes;
  const data = files[path];
  if (!data) throw new Error(`no part ${path}`);
  return strFromU8(data);
}

/** One part parsed. */
export function partXml(bytes: Uint8Array | Record<string, Uint8Array>, path: string): XmlElement {
  return parseXml(partText(bytes, path));
}
