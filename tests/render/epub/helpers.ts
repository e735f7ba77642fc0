// Shared helpers of the EPUB tests: transcripts to render, unzipping, reading the spine, and
// a strict XML well-formedness check (htmlparser2 in xmlMode is lenient, so we add our own).
import { unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import { MODEL_VERSION, type Block, type Transcript, type Turn } from '../../../src/model/nodes.js';
import { normaliseFixture, PRESS_CONFERENCE_LONG } from '../../helpers/fixtures.js';

/** The long press conference (tests/fixtures/press-conference-long.txt), normalised. */
export function longPressConferenceTranscript(): Transcript {
  return normaliseFixture(PRESS_CONFERENCE_LONG);
}

/**
 * A transcript `times` as long as `base`: its blocks repeated, each copy under a numbered
 * heading ("Part 7"), with turn and block ids renumbered so they stay unique.
 */
export function repeatTranscript(base: Transcript, times: number): Transcript {
  const body: Block[] = [];
  let turns = 0;
  let others = 0;
  const renumber = (block: Block): Block => {
    if (block.type === 'turn') return { ...block, id: `t${++turns}` } satisfies Turn;
    if (block.type === 'section') return { ...block, id: `s${++others}`, body: block.body.map(renumber) };
    return { ...block, id: `${block.type === 'heading' ? 'h' : 'd'}${++others}` };
  };
  for (let copy = 1; copy <= times; copy++) {
    body.push({ type: 'heading', id: `h${++others}`, depth: 1, children: [{ type: 'text', value: `Part ${copy}` }] });
    for (const block of base.body) body.push(renumber(block));
  }
  return { ...base, body };
}

/** The entries of a zip, in archive order. */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

/** Text of a zip entry. */
export function entryText(files: Map<string, Uint8Array>, name: string): string {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`no ${name} in the book`);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The spine's XHTML files, in reading order (paths inside the zip). */
export function spineFiles(files: Map<string, Uint8Array>): string[] {
  const opf = entryText(files, 'OEBPS/content.opf');
  const hrefs = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  return [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => `OEBPS/${hrefs.get(m[1]!)!}`);
}

const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*$/;

/**
 * Problems that make a document not well-formed XML 1.0 (empty when it is): a declaration
 * not at byte 0, unbalanced or misnested tags, malformed or duplicate attributes, unescaped
 * `<` or `&`, unknown entities, characters XML forbids, more than one root element.
 */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(text)) problems.push('character not allowed in XML');
  if (text.includes('<?xml') && !text.startsWith('<?xml')) problems.push('XML declaration not at the start');
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const checkText = (chunk: string, where: number) => {
    const bad = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/.exec(chunk);
    if (bad) problems.push(`bare & at ${where + bad.index}`);
    if (chunk.includes('>') && chunk.includes(']]>')) problems.push(`]]> in text at ${where}`);
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      if (stack.length > 0 || roots === 0) checkText(text.slice(i), i);
      if (text.slice(i).trim() && stack.length === 0) problems.push('text after the root element');
      break;
    }
    const chunk = text.slice(i, lt);
    checkText(chunk, i);
    if (stack.length === 0 && chunk.trim()) problems.push(`text outside the root element at ${i}`);
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt);
      if (end < 0) return [...problems, 'unterminated processing instruction'];
      i = end + 2;
    } else if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt);
      if (end < 0) return [...problems, 'unterminated comment'];
      i = end + 3;
    } else if (text.startsWith('<!DOCTYPE', lt)) {
      const end = text.indexOf('>', lt);
      i = end + 1;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end < 0) return [...problems, 'unterminated CDATA'];
      i = end + 3;
    } else {
      const end = text.indexOf('>', lt);
      if (end < 0) return [...problems, `unterminated tag at ${lt}`];
      const tag = text.slice(lt + 1, end);
      if (tag.startsWith('/')) {
        const name = tag.slice(1).trim();
        const open = stack.pop();
        if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${lt}`);
      } else {
        const selfClosing = tag.endsWith('/');
        const body = selfClosing ? tag.slice(0, -1) : tag;
        const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
        if (!NAME.test(name)) problems.push(`bad element name "${name}" at ${lt}`);
        const attributes = body.slice(name.length);
        const seen = new Set<string>();
        const rest = attributes.replace(
          /\s+([^\s=]+)\s*=\s*("[^"<]*"|'[^'<]*')/g,
          (_m, attr: string, value: string) => {
            if (!NAME.test(attr)) problems.push(`bad attribute name "${attr}" at ${lt}`);
            if (seen.has(attr)) problems.push(`duplicate attribute ${attr} at ${lt}`);
            seen.add(attr);
            checkText(value, lt);
            return '';
          },
        );
        if (rest.trim()) problems.push(`malformed attributes "${rest.trim().slice(0, 40)}" at ${lt}`);
        if (stack.length === 0) roots++;
        if (!selfClosing) stack.push(name);
      }
      i = end + 1;
    }
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('><')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** A parsed XHTML document (htmlparser2, xmlMode). */
export function parseXhtml(text: string): ReturnType<typeof parseDocument> {
  return parseDocument(text, { xmlMode: true });
}

const text = (value: string) => ({ type: 'text' as const, value });

function turn(id: string, speaker: string | null, paragraphs: Turn['paragraphs'], extra: Partial<Turn> = {}): Turn {
  return {
    type: 'turn',
    id,
    speaker,
    label: speaker ? 'Label' : null,
    function: null,
    attribution: { method: 'explicit', confidence: 1, evidence: ['labelled in the source'] },
    paragraphs,
    ...extra,
  };
}

/**
 * A small transcript with every block and inline kind: sections (nested), headings, stage
 * directions, an inferred speaker with its note, a note referred to twice, emphasis, foreign
 * words, every editorial mark, an unattributed turn, and text XML must escape or cannot hold.
 */
export function literalTranscript(language = 'en'): Transcript {
  return {
    modelVersion: MODEL_VERSION,
    meta: {
      title: 'Hearing on <Tags> & "Quotes"',
      kind: 'hearing',
      date: '2024-02-29',
      time: null,
      place: 'Geneva',
      language,
      languageSource: 'option',
      subjects: ['Testing', 'Markup & escaping'],
      source: {
        publisher: 'Example Office',
        series: null,
        pageUpdated: null,
        url: 'https://example.org/hearing?id=1&lang=en',
        fileName: 'hearing.txt',
        format: 'model',
        encoding: 'utf-8',
        lineEndings: 'lf',
        sha256: '0'.repeat(64),
      },
    },
    participants: [
      {
        id: 'p-chair',
        name: 'Anna Chair',
        shortName: 'Chair',
        role: 'Chair',
        affiliation: 'Committee',
        kind: 'person',
        labels: ['Chair'],
      },
      {
        id: 'p-witness',
        name: 'Bo Witness',
        shortName: 'Witness',
        role: null,
        affiliation: null,
        kind: 'person',
        labels: [],
      },
      {
        id: 'p-q',
        name: 'Question',
        shortName: 'Question',
        role: null,
        affiliation: null,
        kind: 'anonymous',
        labels: ['Q'],
      },
      {
        id: 'p-members',
        name: 'Some members',
        shortName: 'Members',
        role: null,
        affiliation: null,
        kind: 'group',
        labels: ['Some members'],
      },
    ],
    body: [
      {
        type: 'stageDirection',
        id: 'd1',
        children: [
          {
            type: 'incident',
            kind: 'procedure',
            asPrinted: '(The hearing opened.)',
            description: 'The hearing opened.',
          },
        ],
      },
      {
        type: 'section',
        id: 's1',
        title: [text('Opening statements')],
        body: [
          turn('t1', 'p-chair', [
            [
              text('Welcome, all. We begin with '),
              { type: 'emphasis', children: [text('the first')] },
              text(' item'),
              { type: 'noteRef', id: 'n1' },
              text('.'),
            ],
            [
              text('As the French say, '),
              { type: 'foreign', lang: 'fr', children: [text('bienvenue à tous')] },
              text('. Then '),
              { type: 'gap', reason: 'inaudible', asPrinted: '(inaudible)' },
              text(' and more.'),
            ],
          ]),
          {
            type: 'section',
            id: 's2',
            title: [text('The witness')],
            body: [
              turn(
                't2',
                'p-witness',
                [
                  [
                    text('I did not hear a label here; 5 < 6 & 7 > 3 — “quoted” \u0001text\u000b.'),
                    { type: 'sic', asPrinted: '[sic]' },
                  ],
                ],
                {
                  attribution: { method: 'inferred', confidence: 0.8, evidence: ['never labelled'], noteId: 'n2' },
                },
              ),
              turn('t3', 'p-q', [[text('Can you repeat that?'), { type: 'noteRef', id: 'n1' }]]),
            ],
          },
        ],
      },
      { type: 'heading', id: 'h1', depth: 1, children: [text('Questions & answers')] },
      turn('t4', 'p-members', [
        [
          { type: 'incident', kind: 'laughter', asPrinted: '(Laughter.)', description: 'Laughter.' },
          text(' Hear, hear!'),
        ],
      ]),
      turn(
        't5',
        null,
        [
          [
            { type: 'interpretation', asPrinted: '(As interpreted.)' },
            text(' Nobody knows who said this. '),
            { type: 'timeMark', seconds: 262, asPrinted: '[04:22]' },
            text('Then it ended.'),
          ],
        ],
        {
          attribution: { method: 'unknown', confidence: 0, evidence: [] },
        },
      ),
      { type: 'heading', id: 'h2', depth: 2, children: [text('Closing')] },
      turn('t6', 'p-chair', [[text('Thank you. The hearing is closed.')], [text('Truly closed.')]]),
    ],
    notes: [
      {
        id: 'n1',
        number: 1,
        kind: 'editorial',
        children: [
          text('An editorial note with '),
          { type: 'emphasis', children: [text('emphasis')] },
          text(' & an ampersand.'),
        ],
      },
      { id: 'n2', number: 2, kind: 'attribution', children: [text('Attributed to Bo Witness by inference.')] },
    ],
    removed: [],
    changes: [],
    diagnostics: [],
  };
}

/** A DOM element of htmlparser2 (xmlMode). */
export interface XElement {
  type: string;
  name: string;
  attribs: Record<string, string>;
  children: XNode[];
  parent: XElement | null;
}
/** A DOM node: element or text. */
export type XNode = XElement | { type: 'text'; data: string; parent: XElement | null };

function isElement(node: { type: string }): node is XElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Every element of a parsed document, in document order. */
export function elementsOf(doc: { children: unknown[] }): XElement[] {
  const out: XElement[] = [];
  const walk = (nodes: XNode[]) => {
    for (const node of nodes) {
      if (isElement(node)) {
        out.push(node);
        walk(node.children);
      }
    }
  };
  walk(doc.children as XNode[]);
  return out;
}

/** The classes of an element. */
export function classesOf(element: XElement): string[] {
  return (element.attribs.class ?? '').split(/\s+/).filter(Boolean);
}

/** Text of a node, leaving out elements `skip` says to. */
export function textOf(
  node: XNode | { children: unknown[] },
  skip: (element: XElement) => boolean = () => false,
): string {
  if ('data' in node && (node as { type: string }).type === 'text') return node.data;
  if ('name' in node && isElement(node) && skip(node)) return '';
  return ((node as { children: XNode[] }).children ?? []).map((child) => textOf(child, skip)).join('');
}

/** Date and time (UTC fields) of every entry of a zip, from its central directory. */
export function zipEntryDates(zip: Uint8Array): Array<{ name: string; date: string; method: number; extra: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    const time = view.getUint16(at + 12, true);
    const day = view.getUint16(at + 14, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = `${1980 + (day >> 9)}-${pad((day >> 5) & 15)}-${pad(day & 31)}T${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
    out.push({ name, date, method: view.getUint16(at + 10, true), extra: view.getUint16(at + 30, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
