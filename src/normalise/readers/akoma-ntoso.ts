/**
 * @module normalise/readers/akoma-ntoso
 * The Akoma Ntoso reader: an OASIS LegalDocML 3.0 `<debate>` (or a `<debateReport>`), as
 * parliaments publish them and as Verbatim's writer makes them. Participants are the
 * `TLCPerson` references (`showAs` the name; the `TLCRole` a speech names with `@as` their
 * role); turns are `<speech by>` (also `question`, `answer`, `other` with `by`) with the label
 * from `<from>` and a paragraph per `<p>`; `<narrative>` and `<summary>` are stage directions,
 * `<heading>` headings, `<remark>` and `<omissis>` marks, `<noteRef>` the notes of `meta/notes`,
 * `<marker name="timing">` a paragraph's timing, `<inline name="uncertain">` low-confidence words.
 * Verbatim's `proprietary` record, where present, gives back what Akoma Ntoso has no place for.
 * A `by` that names no `TLCPerson` makes a participant named after the id, with a warning.
 */
import { AKN_NS, GENERIC_NAMES, LANGUAGE_CODES, UNIDENTIFIED_ID, VERBATIM_NS } from '../../interchange/akoma-ntoso.js';
import {
  INCIDENT_KINDS,
  isGapReason,
  type Attribution,
  type Block,
  type Inline,
  type IncidentKind,
  type Note,
  type Participant,
  type Turn,
  type TurnFunction,
} from '../../model/nodes.js';
import { diagnostic, removal, type Draft } from '../draft.js';
import { classifyMark } from '../passes/inline-marks.js';
import {
  finishInlines,
  gatherLabel,
  spaceKept,
  participantId,
  personFromId,
  UNREAD_EXPLANATION,
} from './interchange-common.js';
import {
  child,
  collapseSpace,
  descendant,
  descendants,
  elements,
  pointerId,
  textOf,
  wellFormedTree,
  xmlParseOf,
  type StructuredInput,
  type XmlElement,
} from './xml-tree.js';

const SPEECH_ELEMENTS = new Set(['speech', 'question', 'answer', 'other']);
const CONTAINERS = new Set([
  'debateSection',
  'administrationOfOath',
  'rollCall',
  'prayers',
  'oralStatements',
  'writtenStatements',
  'personalStatements',
  'ministerialStatements',
  'resolutions',
  'nationalInterest',
  'declarationOfVote',
  'communication',
  'petitions',
  'papers',
  'noticesOfMotion',
  'questions',
  'address',
  'proceduralMotions',
  'pointOfOrder',
  'adjournment',
  'speechGroup',
  'div',
  'container',
]);
const SILENT = new Set(['eol', 'eop', 'img', 'br', 'num']);
const LANGUAGE_OF = new Map(Object.entries(LANGUAGE_CODES).map(([bcp, iso]) => [iso, bcp]));

interface ReadState {
  draft: Draft;
  participants: Map<string, Participant>;
  ids: Map<string, string>;
  roles: Map<string, string>;
  /** Akoma Ntoso note `eId` → the note, numbered when first referenced. */
  noteSources: Map<string, XmlElement>;
  notes: Note[];
  noteIds: Map<string, string>;
  attributions: Map<string, XmlElement>;
  /** Participants Verbatim's record does not describe: labels seen on their speeches are added. */
  collectLabels: Set<string>;
}

function vAttr(element: XmlElement, name: string): string | undefined {
  return element.attrs[`v:${name}`] ?? element.attrs[name];
}

function speakerOf(by: string, line: number, state: ReadState): string | null {
  const ref = pointerId(by);
  if (ref === UNIDENTIFIED_ID) return null;
  const known = state.ids.get(ref);
  if (known) return known;
  const participant = personFromId(ref);
  state.ids.set(ref, participant.id);
  state.participants.set(participant.id, participant);
  state.collectLabels.add(participant.id);
  state.draft.diagnostics.push(
    diagnostic(
      'warning',
      'akn-person-missing',
      `The speaker "${by}" is not among the TLCPerson references; named "${participant.name}" after the id.`,
      { line },
    ),
  );
  return participant.id;
}

function noteRefOf(node: XmlElement, state: ReadState): Inline[] {
  const href = pointerId(node.attrs.href ?? '');
  const existing = state.noteIds.get(href);
  if (existing) return [{ type: 'noteRef', id: existing }];
  const source = state.noteSources.get(href);
  if (!source) {
    state.draft.diagnostics.push(
      diagnostic('warning', 'akn-note-missing', `A note reference points at "${href}", which is not in meta/notes.`, {
        line: node.line,
      }),
    );
    return [];
  }
  const number = state.notes.length + 1;
  const id = `n${number}`;
  state.noteIds.set(href, id);
  const paragraphs = elements(source, 'p');
  const children = finishInlines(
    (paragraphs.length > 0 ? paragraphs : [source]).flatMap((p, i) => [
      ...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
      ...readInlines(p, state),
    ]),
  );
  state.notes.push({ id, number, kind: source.attrs.class === 'source' ? 'source' : 'editorial', children });
  return [{ type: 'noteRef', id }];
}

function remarkOf(node: XmlElement): Inline {
  const asPrinted = textOf(node);
  const classes = (node.attrs.class ?? '').split(/\s+/);
  if (classes.includes('sic')) return { type: 'sic', asPrinted };
  if (classes.includes('interpretation')) return { type: 'interpretation', asPrinted };
  const kind = INCIDENT_KINDS.find((k) => classes.includes('incident') && classes.includes(k));
  const bracketed = /^[([].*[)\]]$/s.test(asPrinted);
  const description = node.attrs.title ?? (bracketed ? asPrinted.slice(1, -1) : asPrinted);
  if (kind) return { type: 'incident', kind, asPrinted, description };
  const classified = bracketed ? classifyMark(asPrinted) : null;
  if (classified) return classified;
  const other: IncidentKind = 'other';
  return { type: 'incident', kind: other, asPrinted, description };
}

const SECONDS = /^\d+(?:\.\d+)?$/;
const WORD_TIMES = /^(?:\?|\d+(?:\.\d+)?-\d+(?:\.\d+)?)(?: (?:\?|\d+(?:\.\d+)?-\d+(?:\.\d+)?))*$/;

/** Verbatim's `<marker name="timing" v:start v:end v:words>`: a paragraph's timing (none for another marker). */
function timingOf(node: XmlElement): Inline[] {
  const [start, end, words] = [vAttr(node, 'start'), vAttr(node, 'end'), vAttr(node, 'words')];
  if (node.attrs.name !== GENERIC_NAMES.timing || !SECONDS.test(start ?? '') || !SECONDS.test(end ?? '')) return [];
  const timing: Inline = { type: 'timing', start: Number(start), end: Number(end) };
  return [words !== undefined && WORD_TIMES.test(words) ? { ...timing, words } : timing];
}

/** Verbatim's `<inline name="uncertain" v:confidence>`: low-confidence words; any other `inline`, its words. */
function inlineOf(node: XmlElement, children: Inline[]): Inline[] {
  const stated = vAttr(node, 'confidence');
  const confidence = stated !== undefined && stated.trim() !== '' ? Number(stated) : NaN;
  return node.attrs.name === GENERIC_NAMES.uncertain && confidence >= 0 && confidence <= 1
    ? [{ type: 'uncertain', confidence, children }]
    : children;
}

function readInline(node: XmlElement, state: ReadState): Inline[] {
  switch (node.name) {
    case 'marker':
      return timingOf(node);
    case 'inline':
      return inlineOf(node, readInlines(node, state));
    case 'i':
    case 'b':
    case 'u':
      return [{ type: 'emphasis', children: readInlines(node, state) }];
    case 'span':
      if (node.attrs.class === 'timeMark' && Number.isFinite(Number(node.attrs.title)))
        return [{ type: 'timeMark', seconds: Number(node.attrs.title), asPrinted: textOf(node) }];
      return node.attrs['xml:lang']
        ? [{ type: 'foreign', lang: node.attrs['xml:lang'], children: readInlines(node, state) }]
        : readInlines(node, state);
    case 'remark':
      return [remarkOf(node)];
    case 'omissis': {
      const reason = (node.attrs.class ?? '').split(/\s+/).find(isGapReason) ?? 'other';
      return [{ type: 'gap', reason, asPrinted: textOf(node) }];
    }
    case 'noteRef':
      return noteRefOf(node, state);
    case 'authorialNote': {
      const number = state.notes.length + 1;
      const id = `n${number}`;
      state.notes.push({ id, number, kind: 'source', children: contentOf(node, state) });
      return [{ type: 'noteRef', id }];
    }
    default:
      if (SILENT.has(node.name)) return [];
      return readInlines(node, state);
  }
}

/** The inline content of a paragraph, heading or direction (see `spaceKept`). */
function contentOf(element: XmlElement, state: ReadState): Inline[] {
  return spaceKept(element, readInlines(element, state));
}

function readInlines(
  parent: XmlElement,
  state: ReadState,
  preserve = parent.attrs['xml:space'] === 'preserve',
): Inline[] {
  const out: Inline[] = [];
  for (const c of parent.children) {
    if (c.kind === 'text') out.push({ type: 'text', value: preserve ? c.value : collapseSpace(c.value) });
    else if (preserve && (c.name === 'i' || c.name === 'b' || c.name === 'u'))
      out.push({ type: 'emphasis', children: readInlines(c, state, true) });
    else if (preserve && c.name === 'span' && c.attrs['xml:lang'])
      out.push({ type: 'foreign', lang: c.attrs['xml:lang'], children: readInlines(c, state, true) });
    else if (preserve && c.name === 'inline') out.push(...inlineOf(c, readInlines(c, state, true)));
    else if (c.name === 'p') {
      if (out.length > 0) out.push({ type: 'text', value: ' ' });
      out.push(...readInlines(c, state));
    } else out.push(...readInline(c, state));
  }
  return out;
}

function readSpeech(node: XmlElement, state: ReadState): Turn {
  const speaker = node.attrs.by ? speakerOf(node.attrs.by, node.line, state) : null;
  const record = node.attrs.eId ? state.attributions.get(node.attrs.eId) : undefined;
  const from = child(node, 'from');
  const label = from ? textOf(from).replace(/\s*:$/, '') || null : null;
  const method = (record?.attrs.method as Attribution['method'] | undefined) ?? (speaker ? 'explicit' : 'unknown');
  const confidence = record?.attrs.confidence !== undefined ? Number(record.attrs.confidence) : speaker ? 0.95 : 0;
  const evidence = record
    ? elements(record, 'evidence').map(textOf)
    : speaker
      ? [`the Akoma Ntoso file gives the speech to ${node.attrs.by} (line ${node.line})`]
      : [];
  const fnAttr = record?.attrs.function;
  const fn: TurnFunction | null =
    fnAttr === 'question' || fnAttr === 'answer' || fnAttr === 'statement'
      ? fnAttr
      : node.name === 'question'
        ? 'question'
        : node.name === 'answer'
          ? 'answer'
          : null;
  const paragraphs: Inline[][] = [];
  for (const c of elements(node)) {
    if (c.name === 'from' || c.name === 'num' || c.name === 'heading') continue;
    if (c.name === 'p' || c.name === 'blockContainer') paragraphs.push(contentOf(c, state));
    else {
      const inline = finishInlines(readInline(c, state));
      if (inline.length > 0) paragraphs.push(inline);
    }
  }
  if (paragraphs.length === 0) paragraphs.push([]);
  gatherLabel(state, speaker, label);
  if (speaker !== null && node.attrs.as && state.collectLabels.has(speaker)) {
    const participant = state.participants.get(speaker)!;
    participant.role ??= state.roles.get(pointerId(node.attrs.as)) ?? null;
  }
  return {
    type: 'turn',
    id: '',
    speaker,
    label,
    function: fn,
    attribution: { method, confidence: Number.isFinite(confidence) ? confidence : 0.95, evidence },
    paragraphs,
    place: { line: node.line },
  };
}

function readBlocks(container: XmlElement, nesting: number, state: ReadState): Block[] {
  const blocks: Block[] = [];
  for (const node of elements(container)) {
    if (node.name === 'debateSection' && node.attrs.name === 'section') {
      const heading = child(node, 'heading');
      blocks.push({
        type: 'section',
        id: '',
        title: heading ? contentOf(heading, state) : [],
        body: readBlocks({ ...node, children: elements(node).filter((c) => c !== heading) }, nesting + 1, state),
        place: { line: node.line },
      });
    } else if (CONTAINERS.has(node.name)) blocks.push(...readBlocks(node, nesting + 1, state));
    else if (node.name === 'heading' || node.name === 'subheading') {
      const stated = Number(vAttr(node, 'depth'));
      const depth = (stated === 1 || stated === 2 || stated === 3 ? stated : Math.min(Math.max(nesting, 1), 3)) as
        | 1
        | 2
        | 3;
      blocks.push({
        type: 'heading',
        id: '',
        depth,
        children: contentOf(node, state),
        place: { line: node.line },
      });
    } else if (SPEECH_ELEMENTS.has(node.name) && (node.attrs.by !== undefined || node.name !== 'other'))
      blocks.push(readSpeech(node, state));
    else if (node.name === 'narrative' || node.name === 'summary' || node.name === 'scene' || node.name === 'other')
      blocks.push({
        type: 'stageDirection',
        id: '',
        children: contentOf(node, state),
        place: { line: node.line },
      });
    else if (!SILENT.has(node.name)) {
      const words = textOf(node);
      if (words !== '')
        state.draft.removed.push(
          removal(words, 'akn-element-unread', UNREAD_EXPLANATION(`<${node.name}>`), { line: node.line }),
        );
    }
  }
  return blocks;
}

function debateOf(root: XmlElement | null): XmlElement | null {
  if (!root || root.ns !== AKN_NS || root.name !== 'akomaNtoso') return null;
  return child(root, 'debate') ?? child(root, 'debateReport');
}

function readMeta(debate: XmlElement, record: XmlElement | null, draft: Draft, state: ReadState): void {
  const meta = draft.meta;
  const metaElement = child(debate, 'meta');
  const docTitle =
    descendant(child(debate, 'preface'), 'docTitle') ?? descendant(child(debate, 'coverPage'), 'docTitle');
  if (docTitle && textOf(docTitle) !== '') meta.title = textOf(docTitle);
  const work = descendant(metaElement, 'FRBRWork');
  const date = child(work, 'FRBRdate');
  if (date?.attrs.date && date.attrs.name !== 'unknown' && /^\d{4}-\d{2}-\d{2}/.test(date.attrs.date))
    meta.date = date.attrs.date.slice(0, 10);
  const language = descendant(metaElement, 'FRBRlanguage')?.attrs.language;
  const v = record ? child(record, 'meta') : null;
  const stated = v?.attrs.language ?? (language ? (LANGUAGE_OF.get(language) ?? language) : undefined);
  if (stated) {
    meta.language = stated;
    meta.languageSource = 'front-matter';
  }
  if (v) {
    meta.kind = v.attrs.kind ?? null;
    meta.time = v.attrs.time ?? null;
    meta.place = v.attrs.place ?? null;
    meta.publisher = v.attrs.publisher ?? null;
    meta.series = v.attrs.series ?? null;
    meta.pageUpdated = v.attrs.pageUpdated ?? null;
    meta.url = v.attrs.url ?? null;
    meta.subjects = elements(record!, 'subject').map(textOf);
  } else if (debate.attrs.name && debate.attrs.name !== 'debate') meta.kind = debate.attrs.name;
  else meta.kind = 'debate';
  const references = child(metaElement, 'references');
  for (const role of references ? elements(references, 'TLCRole') : [])
    if (role.attrs.eId) state.roles.set(role.attrs.eId, role.attrs.showAs ?? role.attrs.eId);
  const described = new Map(
    (record ? elements(record, 'participant') : []).map((p) => [pointerId(p.attrs.ref ?? ''), p]),
  );
  for (const person of references ? elements(references, 'TLCPerson') : []) {
    const eId = person.attrs.eId;
    if (!eId || eId === UNIDENTIFIED_ID) continue;
    const id = participantId(eId);
    const details = described.get(eId);
    const name = person.attrs.showAs ?? eId;
    const kind = details?.attrs.kind;
    state.ids.set(eId, id);
    if (!details) state.collectLabels.add(id);
    state.participants.set(id, {
      id,
      name,
      shortName: details?.attrs.shortName ?? name.split(' ').pop() ?? name,
      role: details?.attrs.role ?? null,
      affiliation: details?.attrs.affiliation ?? null,
      kind: kind === 'group' || kind === 'anonymous' || kind === 'unknown' || kind === 'person' ? kind : 'person',
      labels: details ? elements(details, 'label').map(textOf) : [],
    });
  }
  for (const note of metaElement ? descendants(metaElement, 'note') : [])
    if (note.attrs.eId && note.attrs.class !== 'attribution') state.noteSources.set(note.attrs.eId, note);
  for (const attribution of record ? elements(record, 'attribution') : [])
    state.attributions.set(pointerId(attribution.attrs.ref ?? ''), attribution);
}

/** The Akoma Ntoso reader (a `StructuredReader` of `structured.ts`, which lists it). */
export const aknReader = {
  format: 'akoma-ntoso' as const,
  title: 'Akoma Ntoso 3.0 debate',
  extensions: ['.xml', '.akn'],
  syntax: 'xml' as const,
  detect: (document: StructuredInput): boolean =>
    document.syntax === 'xml' && debateOf(xmlParseOf(document.text).root) !== null,
  read(draft: Draft, document: StructuredInput): Draft {
    if (document.syntax !== 'xml') return draft;
    const debate = debateOf(wellFormedTree(document.text))!;
    const next: Draft = {
      ...draft,
      meta: { ...draft.meta, subjects: [] },
      removed: [...draft.removed],
      diagnostics: [...draft.diagnostics],
    };
    const proprietary = descendants(child(debate, 'meta') ?? debate, 'proprietary');
    const record = proprietary.flatMap((p) => elements(p, 'transcript')).find((t) => t.ns === VERBATIM_NS) ?? null;
    const state: ReadState = {
      draft: next,
      participants: new Map(),
      ids: new Map(),
      roles: new Map(),
      noteSources: new Map(),
      notes: [],
      noteIds: new Map(),
      attributions: new Map(),
      collectLabels: new Set(),
    };
    readMeta(debate, record, next, state);
    const body = child(debate, 'debateBody');
    if (!body) next.diagnostics.push(diagnostic('warning', 'akn-no-body', 'The debate has no <debateBody>.'));
    const blocks = body ? readBlocks(body, 0, state) : [];
    return { ...next, participants: [...state.participants.values()], blocks, notes: state.notes };
  },
};
