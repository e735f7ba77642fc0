/**
 * @module render/akoma-ntoso
 * The Akoma Ntoso 3.0 writer: a transcript as an OASIS LegalDocML `<debate>` — `meta` with the
 * FRBR identification, `references` with a `TLCPerson` per participant (`TLCRole` per role),
 * `notes`, and Verbatim's `proprietary` record of what Akoma Ntoso has no element for; the
 * title in the `preface`; `debateBody` of `debateSection`s holding `<speech by as>` with
 * `<from>` (the label as printed) and a `<p>` per paragraph, `<narrative>` for stage directions,
 * `<remark>`/`<omissis>` for marks, `<marker name="timing">` and `<inline name="uncertain">` with
 * Verbatim-namespaced attributes for a paragraph's timings and low-confidence words. Valid against the OASIS `akomantoso30.xsd` (tested with
 * xmllint). The vocabulary is `interchange/akoma-ntoso.ts`; no clock: same model, same bytes.
 */
import { AKN_NS, GENERIC_NAMES, LANGUAGE_CODES, UNIDENTIFIED_ID, VERBATIM_NS } from '../../interchange/akoma-ntoso.js';
import type { Block, Inline, Note, Participant, Transcript, Turn } from '../../model/nodes.js';
import { blockElement, element, spaceOf, text } from '../xml-markup.js';
import { dispatch, type Handler, type InlineHandlers, type RenderContext, type Renderer } from '../types.js';

interface State {
  notes: Map<string, Note>;
  roles: Map<string, string>;
  sections: number;
}

/** The description, when the mark as printed is not simply it in round brackets. */
function titleOf(asPrinted: string, description: string): string | null {
  return asPrinted === `(${description})` ? null : description;
}

const inlineHandlers: InlineHandlers<State, string> = {
  text: (node) => text(node.value),
  emphasis: (node, state) => element('i', {}, inlines(node.children, state)),
  foreign: (node, state) => element('span', { 'xml:lang': node.lang }, inlines(node.children, state)),
  gap: (node) => element('omissis', { class: `gap ${node.reason}` }, text(node.asPrinted)),
  incident: (node) =>
    element(
      'remark',
      { type: 'sceneDescription', class: `incident ${node.kind}`, title: titleOf(node.asPrinted, node.description) },
      text(node.asPrinted),
    ),
  noteRef: (node, state) => {
    const note = state.notes.get(node.id);
    return note ? element('noteRef', { href: `#${note.id}`, marker: note.number, class: note.kind }) : '';
  },
  sic: (node) => element('remark', { type: 'phenomenon', class: 'sic' }, text(node.asPrinted)),
  interpretation: (node) => element('remark', { type: 'translation', class: 'interpretation' }, text(node.asPrinted)),
  timeMark: (node) => element('span', { class: 'timeMark', title: node.seconds }, text(node.asPrinted)),
  timing: (node) =>
    element('marker', { name: GENERIC_NAMES.timing, 'v:start': node.start, 'v:end': node.end, 'v:words': node.words }),
  uncertain: (node, state) =>
    element(
      'inline',
      { name: GENERIC_NAMES.uncertain, 'v:confidence': node.confidence },
      inlines(node.children, state),
    ),
};

function inlines(nodes: readonly Inline[], state: State): string {
  return nodes.map((node) => dispatch(inlineHandlers, node, state)).join('');
}

function speechLines(turn: Turn, state: State, participants: Map<string, Participant>): string[] {
  const role = turn.speaker !== null ? participants.get(turn.speaker)?.role : null;
  const inside = [
    ...(turn.label !== null ? [element('from', {}, text(turn.label))] : []),
    ...turn.paragraphs.map((paragraph) => element('p', spaceOf(paragraph), inlines(paragraph, state))),
  ];
  return blockElement(
    'speech',
    {
      eId: turn.id,
      by: `#${turn.speaker ?? UNIDENTIFIED_ID}`,
      as: role ? `#${state.roles.get(role)}` : null,
    },
    inside,
  );
}

type FlowBlock = Exclude<Block, { type: 'section' }>;

function flowHandlers(participants: Map<string, Participant>): {
  [K in FlowBlock['type']]: Handler<Extract<FlowBlock, { type: K }>, State, string[]>;
} {
  return {
    turn: (turn, state) => speechLines(turn, state, participants),
    heading: (heading, state) => [
      element('heading', { 'v:depth': heading.depth, ...spaceOf(heading.children) }, inlines(heading.children, state)),
    ],
    stageDirection: (direction, state) => [
      element('narrative', spaceOf(direction.children), inlines(direction.children, state)),
    ],
  };
}

/**
 * Blocks as debate sections: each heading opens a `debateSection` (one `heading` each), each
 * model section is a `debateSection name="section"`; what stands before the first heading is
 * a `debateSection name="transcript"` without one.
 */
function sections(blocks: readonly Block[], state: State, participants: Map<string, Participant>): string[] {
  const handlers = flowHandlers(participants);
  const out: string[] = [];
  let run: string[] = [];
  let started = false;
  let heading = false;
  const flush = (): void => {
    if (started)
      out.push(
        ...blockElement(
          'debateSection',
          { eId: `dbsect_${++state.sections}`, name: heading ? 'topic' : 'transcript' },
          run,
        ),
      );
    run = [];
    started = false;
    heading = false;
  };
  for (const block of blocks) {
    if (block.type === 'section') {
      flush();
      const eId = `dbsect_${++state.sections}`;
      out.push(
        ...blockElement('debateSection', { eId, name: 'section' }, [
          element('heading', {}, inlines(block.title, state)),
          ...sections(block.body, state, participants),
        ]),
      );
      continue;
    }
    if (block.type === 'heading') {
      flush();
      heading = true;
    }
    started = true;
    run.push(...dispatch<FlowBlock, State, string[]>(handlers, block, state));
  }
  flush();
  return out;
}

function proprietaryLines(transcript: Transcript): string[] {
  const { meta } = transcript;
  const v = (name: string): string => `v:${name}`;
  const turns: Turn[] = [];
  const collect = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'turn') turns.push(block);
      else if (block.type === 'section') collect(block.body);
    }
  };
  collect(transcript.body);
  return blockElement('proprietary', { source: '#verbatim' }, [
    ...blockElement(v('transcript'), {}, [
      element(v('meta'), {
        language: meta.language,
        kind: meta.kind,
        time: meta.time,
        place: meta.place,
        publisher: meta.source.publisher,
        series: meta.source.series,
        pageUpdated: meta.source.pageUpdated,
        url: meta.source.url,
        sourceFile: meta.source.fileName,
        sourceFormat: meta.source.format,
        sourceSha256: meta.source.sha256,
        sourceTool: meta.source.tool,
      }),
      ...meta.subjects.map((subject) => element(v('subject'), {}, text(subject))),
      ...transcript.participants.map((p) =>
        element(
          v('participant'),
          { ref: `#${p.id}`, kind: p.kind, shortName: p.shortName, role: p.role, affiliation: p.affiliation },
          p.labels.map((label) => element(v('label'), {}, text(label))).join(''),
        ),
      ),
      ...turns.map((turn) =>
        element(
          v('attribution'),
          {
            ref: `#${turn.id}`,
            method: turn.attribution.method,
            confidence: turn.attribution.confidence,
            function: turn.function,
          },
          turn.attribution.evidence.map((sentence) => element(v('evidence'), {}, text(sentence))).join(''),
        ),
      ),
    ]),
  ]);
}

function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function metaLines(transcript: Transcript, state: State): string[] {
  const { meta, participants } = transcript;
  const date = meta.date ?? '0001-01-01';
  const dateName = meta.date ? 'event' : 'unknown';
  const language = LANGUAGE_CODES[meta.language.split('-')[0]!.toLowerCase()] ?? meta.language;
  const work = `/akn/xx/debate/${date}/${meta.source.sha256.slice(0, 12) || 'transcript'}`;
  const frbr = (name: string, uri: string, extra: string[]): string[] =>
    blockElement(name, {}, [
      element('FRBRthis', { value: `${uri}/!main` }),
      element('FRBRuri', { value: uri }),
      element('FRBRdate', { date, name: dateName }),
      element('FRBRauthor', { href: '#verbatim' }),
      ...extra,
    ]);
  const references = [
    element('TLCOrganization', { eId: 'verbatim', href: '/ontology/organization/verbatim', showAs: 'Verbatim' }),
    ...participants.map((p) => element('TLCPerson', { eId: p.id, href: `/ontology/person/${p.id}`, showAs: p.name })),
  ];
  const speaksUnidentified = (blocks: readonly Block[]): boolean =>
    blocks.some(
      (b) => (b.type === 'turn' && b.speaker === null) || (b.type === 'section' && speaksUnidentified(b.body)),
    );
  if (speaksUnidentified(transcript.body))
    references.push(
      element('TLCPerson', {
        eId: UNIDENTIFIED_ID,
        href: `/ontology/person/${UNIDENTIFIED_ID}`,
        showAs: 'Unidentified speaker',
      }),
    );
  for (const role of state.roles.keys())
    references.push(
      element('TLCRole', { eId: state.roles.get(role), href: `/ontology/role/${slug(role) || 'role'}`, showAs: role }),
    );
  const notes = transcript.notes.map((note) =>
    element(
      'note',
      { eId: note.id, marker: note.number, class: note.kind },
      element('p', {}, inlines(note.children, state)),
    ),
  );
  return blockElement('meta', {}, [
    ...blockElement('identification', { source: '#verbatim' }, [
      ...frbr('FRBRWork', work, [element('FRBRcountry', { value: 'xx' })]),
      ...frbr('FRBRExpression', `${work}/${language}@`, [element('FRBRlanguage', { language })]),
      ...frbr('FRBRManifestation', `${work}/${language}@/main.xml`, []),
    ]),
    ...blockElement('references', { source: '#verbatim' }, references),
    ...(notes.length > 0 ? blockElement('notes', { source: '#verbatim' }, notes) : []),
    ...proprietaryLines(transcript),
  ]);
}

/** The Akoma Ntoso document of a transcript. */
export function renderAknText(transcript: Transcript): string {
  const roles = new Map<string, string>();
  for (const p of transcript.participants)
    if (p.role !== null && !roles.has(p.role)) roles.set(p.role, `role_${roles.size + 1}`);
  const state: State = { notes: new Map(transcript.notes.map((n) => [n.id, n])), roles, sections: 0 };
  const participants = new Map(transcript.participants.map((p) => [p.id, p]));
  const body = sections(transcript.body, state, participants);
  const lines = blockElement('akomaNtoso', { xmlns: AKN_NS, 'xmlns:v': VERBATIM_NS }, [
    ...blockElement('debate', { name: transcript.meta.kind ?? 'transcript' }, [
      ...metaLines(transcript, state),
      ...blockElement('preface', {}, [element('p', {}, element('docTitle', {}, text(transcript.meta.title)))]),
      ...blockElement('debateBody', {}, body.length > 0 ? body : ['<debateSection eId="dbsect_1" name="transcript"/>']),
    ]),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${lines.join('\n')}\n`;
}

/** The Akoma Ntoso renderer. */
export const aknRenderer: Renderer = {
  id: 'akn',
  extension: 'akn.xml',
  mediaType: 'application/akn+xml',
  description: 'Akoma Ntoso 3.0 debate (TLCPerson references, <speech by> with <from>, <narrative>)',
  render(transcript: Transcript, _context: RenderContext): Promise<Uint8Array> {
    return Promise.resolve(new TextEncoder().encode(renderAknText(transcript)));
  },
};
