/**
 * @module render/tei
 * The TEI P5 writer: a transcript as a spoken-text TEI document in ParlaMint's shape where it
 * applies (`teiHeader` with the participants as `listPerson`; `<u who>` per turn with a `<seg>`
 * per paragraph, the label as printed in a `note type="speaker"` before it; `<gap>`, `<vocal>`,
 * `<kinesic>`, `<incident>` for editorial marks; notes inline where they are referenced; a
 * paragraph's timings as a `<timeline>` of `<when>`s first in its `<seg>`, low-confidence words as
 * `<unclear cert>`). Valid
 * against TEI P5 `tei_all` (tested with xmllint). The vocabulary is `interchange/tei.ts`; the
 * mapping per node kind is in `docs/interchange.md`. No clock: the same model gives the same bytes.
 */
import type { Block, Inline, Note, Participant, Transcript, Turn } from '../../model/nodes.js';
import {
  FUNCTION_TOKENS,
  HEAD_TYPES,
  KIND_TOKENS,
  METHOD_TOKENS,
  NOTE_TYPES,
  TEI_INCIDENT,
  TEI_NS,
  TIMELINE_UNIT,
  timelineIntervals,
} from '../../interchange/tei.js';
import { blockElement, element, spaceOf, text } from '../xml-markup.js';
import { dispatch, type Handler, type InlineHandlers, type RenderContext, type Renderer } from '../types.js';

interface State {
  notes: Map<string, Note>;
}

/** The mark as printed is the description in round brackets: no `<desc type="printed">` needed. */
function printedDesc(asPrinted: string, description: string): string {
  return asPrinted === `(${description})` ? '' : element('desc', { type: NOTE_TYPES.printed }, text(asPrinted));
}

const inlineHandlers: InlineHandlers<State, string> = {
  text: (node) => text(node.value),
  emphasis: (node, state) => element('emph', {}, inlines(node.children, state)),
  foreign: (node, state) => element('foreign', { 'xml:lang': node.lang }, inlines(node.children, state)),
  gap: (node) => element('gap', { reason: node.reason }, element('desc', {}, text(node.asPrinted))),
  incident: (node) => {
    const { element: name, type } = TEI_INCIDENT[node.kind];
    return element(
      name,
      { type },
      element('desc', {}, text(node.description)) + printedDesc(node.asPrinted, node.description),
    );
  },
  noteRef: (node, state) => {
    const note = state.notes.get(node.id);
    return note ? element('note', { type: note.kind, n: note.number }, inlines(note.children, state)) : '';
  },
  sic: (node) => element('note', { type: NOTE_TYPES.sic }, text(node.asPrinted)),
  interpretation: (node) => element('note', { type: NOTE_TYPES.interpretation }, text(node.asPrinted)),
  timeMark: (node) => element('time', { type: 'offset', dur: `PT${node.seconds}S` }, text(node.asPrinted)),
  timing: (node) =>
    element(
      'timeline',
      { unit: TIMELINE_UNIT },
      timelineIntervals(node)
        .map((interval) => element('when', { interval }))
        .join(''),
    ),
  uncertain: (node, state) => element('unclear', { cert: node.confidence }, inlines(node.children, state)),
};

function inlines(nodes: readonly Inline[], state: State): string {
  return nodes.map((node) => dispatch(inlineHandlers, node, state)).join('');
}

function turnLines(turn: Turn, state: State): string[] {
  const { attribution } = turn;
  const ana = [METHOD_TOKENS[attribution.method], ...(turn.function ? [FUNCTION_TOKENS[turn.function]] : [])];
  const inside: string[] = attribution.evidence.map((sentence) =>
    element('note', { type: NOTE_TYPES.evidence }, text(sentence)),
  );
  const note = attribution.noteId ? state.notes.get(attribution.noteId) : undefined;
  if (note)
    inside.push(element('note', { type: NOTE_TYPES.attribution, n: note.number }, inlines(note.children, state)));
  for (const paragraph of turn.paragraphs) inside.push(element('seg', spaceOf(paragraph), inlines(paragraph, state)));
  const label = turn.label !== null ? [element('note', { type: NOTE_TYPES.speaker }, text(turn.label))] : [];
  return [
    ...label,
    ...blockElement(
      'u',
      {
        'xml:id': turn.id,
        who: turn.speaker !== null ? `#${turn.speaker}` : null,
        ana: ana.join(' '),
        cert: attribution.confidence,
      },
      inside,
    ),
  ];
}

type FlowBlock = Exclude<Block, { type: 'section' }>;

/** One handler per block kind inside a `div` (sections are divs of their own, see `divs`). */
const blockHandlers: { [K in FlowBlock['type']]: Handler<Extract<FlowBlock, { type: K }>, State, string[]> } = {
  turn: (turn, state) => turnLines(turn, state),
  heading: (heading, state) => [
    element(
      'head',
      { type: HEAD_TYPES[heading.depth], ...spaceOf(heading.children) },
      inlines(heading.children, state),
    ),
  ],
  stageDirection: (direction, state) => {
    const only = direction.children.length === 1 ? direction.children[0]! : null;
    if (only && (only.type === 'incident' || only.type === 'gap')) return [inlines([only], state)];
    return [element('stage', spaceOf(direction.children), inlines(direction.children, state))];
  },
};

/**
 * Blocks as TEI divisions. A `div` may hold headings only at its top and nothing but divisions
 * after a nested one, so every heading starts a `div type="debateSection"` (with the headings
 * that follow it directly), and every section is a `div type="section"` with its title as `head`.
 */
function divs(blocks: readonly Block[], state: State): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let runHasContent = false;
  let started = false;
  const flush = (): void => {
    if (started) out.push(...blockElement('div', { type: 'debateSection' }, run));
    run = [];
    runHasContent = false;
    started = false;
  };
  for (const block of blocks) {
    if (block.type === 'section') {
      flush();
      out.push(
        ...blockElement('div', { type: 'section' }, [
          element('head', {}, inlines(block.title, state)) || '<head/>',
          ...divs(block.body, state),
        ]),
      );
      continue;
    }
    if (block.type === 'heading' && runHasContent) flush();
    started = true;
    if (block.type !== 'heading') runHasContent = true;
    run.push(...dispatch<FlowBlock, State, string[]>(blockHandlers, block, state));
  }
  flush();
  return out;
}

function personLines(participant: Participant): string[] {
  const inside = [element('persName', {}, text(participant.name))];
  if (participant.shortName !== participant.name)
    inside.push(element('persName', { type: 'short' }, text(participant.shortName)));
  if (participant.role !== null || participant.affiliation !== null)
    inside.push(
      element(
        'affiliation',
        {},
        (participant.role !== null ? element('roleName', {}, text(participant.role)) : '') +
          (participant.affiliation !== null ? element('orgName', {}, text(participant.affiliation)) : ''),
      ),
    );
  for (const label of participant.labels) inside.push(element('note', { type: 'label' }, text(label)));
  return blockElement(
    participant.kind === 'group' ? 'personGrp' : 'person',
    { 'xml:id': participant.id, ana: KIND_TOKENS[participant.kind] },
    inside,
  );
}

function headerLines(transcript: Transcript): string[] {
  const { meta, participants } = transcript;
  const { source } = meta;
  const bibl = [
    ...(source.publisher !== null ? [element('publisher', {}, text(source.publisher))] : []),
    ...(source.series !== null ? [element('title', { type: 'series' }, text(source.series))] : []),
    ...(source.url !== null ? [element('ref', { target: source.url }, text(source.url))] : []),
    ...(source.pageUpdated !== null ? [element('date', { type: 'updated', when: source.pageUpdated })] : []),
    ...(source.fileName !== null ? [element('idno', { type: 'file' }, text(source.fileName))] : []),
    element('idno', { type: 'format' }, text(source.format)),
    element('idno', { type: 'sha256' }, text(source.sha256)),
    ...(source.tool !== undefined
      ? [
          element(
            'respStmt',
            {},
            element('resp', {}, 'made by') + element('name', { type: 'software' }, text(source.tool)),
          ),
        ]
      : []),
  ];
  const profile = [
    ...blockElement('langUsage', {}, [element('language', { ident: meta.language }, text(meta.language))]),
  ];
  if (meta.kind !== null || meta.subjects.length > 0)
    profile.push(
      ...blockElement('textClass', {}, [
        ...(meta.kind !== null ? [element('classCode', { scheme: '#event-kind' }, text(meta.kind))] : []),
        ...(meta.subjects.length > 0
          ? [element('keywords', {}, meta.subjects.map((s) => element('term', {}, text(s))).join(''))]
          : []),
      ]),
    );
  if (meta.date !== null || meta.time !== null || meta.place !== null)
    profile.push(
      ...blockElement('settingDesc', {}, [
        element(
          'setting',
          {},
          (meta.place !== null ? element('name', { type: 'place' }, text(meta.place)) : '') +
            (meta.date !== null ? element('date', { when: meta.date }) : '') +
            (meta.time !== null ? element('time', {}, text(meta.time)) : ''),
        ),
      ]),
    );
  if (participants.length > 0)
    profile.push(...blockElement('particDesc', {}, blockElement('listPerson', {}, participants.flatMap(personLines))));
  return blockElement('teiHeader', {}, [
    ...blockElement('fileDesc', {}, [
      ...blockElement('titleStmt', {}, [element('title', { type: 'main' }, text(meta.title))]),
      ...blockElement('publicationStmt', {}, [
        element('p', {}, 'Written by Verbatim from its transcript model of the source below.'),
      ]),
      ...blockElement('sourceDesc', {}, blockElement('bibl', {}, bibl)),
    ]),
    ...blockElement('profileDesc', {}, profile),
  ]);
}

/** The TEI document of a transcript. */
export function renderTeiText(transcript: Transcript): string {
  const state: State = { notes: new Map(transcript.notes.map((note) => [note.id, note])) };
  const body = divs(transcript.body, state);
  const lines = blockElement('TEI', { xmlns: TEI_NS, 'xml:lang': transcript.meta.language }, [
    ...headerLines(transcript),
    ...blockElement('text', {}, blockElement('body', {}, body.length > 0 ? body : ['<div type="debateSection"/>'])),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${lines.join('\n')}\n`;
}

/** The TEI renderer. */
export const teiRenderer: Renderer = {
  id: 'tei',
  extension: 'tei.xml',
  mediaType: 'application/tei+xml',
  description: 'TEI P5 spoken text (ParlaMint-like: listPerson, <u who>, <seg>, incidents)',
  render(transcript: Transcript, _context: RenderContext): Promise<Uint8Array> {
    return Promise.resolve(new TextEncoder().encode(renderTeiText(transcript)));
  },
};
