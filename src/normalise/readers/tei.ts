/**
 * @module normalise/readers/tei
 * The TEI reader: spoken-text TEI P5 (`<u who>`), in ParlaMint's profile and as Verbatim's TEI
 * writer makes it. Participants come from the header's `listPerson` (`person`, `personGrp`:
 * `persName`, `forename`/`surname`, `affiliation` with `roleName`/`orgName`); a `who` that points
 * at nobody described in the file (ParlaMint keeps its persons in a separate file) makes a
 * participant named after the id, with a warning. Turns are `<u>` with a `<seg>` per paragraph
 * and the label from a `note type="speaker"` before it; `<gap>`, `<incident>`, `<vocal>`,
 * `<kinesic>`, `<note>`, `<time>` become the model's marks and notes, a `<timeline>` in a `<seg>`
 * its timing and `<unclear cert>` with a number its low-confidence words; `<head>` headings,
 * `div type="section"` sections. Text in elements it does not read goes to `removed[]`, so no
 * word is lost. The vocabulary is `interchange/tei.ts`.
 */
import {
  FUNCTION_TOKENS,
  HEAD_TYPES,
  KIND_TOKENS,
  METHOD_TOKENS,
  NOTE_TYPES,
  TEI_NS,
  TIMELINE_UNIT,
  incidentKindOf,
  timingOfIntervals,
  type TeiIncidentElement,
} from '../../interchange/tei.js';
import {
  isGapReason,
  type Attribution,
  type Block,
  type Gap,
  type Heading,
  type Incident,
  type Inline,
  type Note,
  type Participant,
  type Turn,
  type TurnFunction,
} from '../../model/nodes.js';
import { diagnostic, removal, type Draft } from '../draft.js';
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
import {
  finishInlines,
  gatherLabel,
  spaceKept,
  participantId,
  personFromId,
  reverse,
  UNREAD_EXPLANATION,
} from './interchange-common.js';

const INCIDENT_ELEMENTS = new Set<string>(['incident', 'vocal', 'kinesic']);
/** Elements that carry no words and need no reading. */
const SILENT = new Set(['pb', 'lb', 'cb', 'milestone', 'anchor', 'ptr', 'media', 'fw']);

interface ReadState {
  draft: Draft;
  participants: Map<string, Participant>;
  /** TEI `xml:id` → model participant id. */
  ids: Map<string, string>;
  /** Persons described in the file, before any is added for an unknown `who`. */
  described: boolean;
  notes: Note[];
  /** Participants whose `person` listed no labels: labels seen on their turns are added. */
  collectLabels: Set<string>;
  /** Political parties described in the header (`org role="politicalParty"`), by `xml:id`. */
  parties: Map<string, string>;
}

const methodOf = reverse(METHOD_TOKENS);
const functionOf = reverse(FUNCTION_TOKENS);
const kindOfToken = reverse(KIND_TOKENS);
const depthOfHead = new Map(
  Object.entries(HEAD_TYPES).map(([depth, type]) => [type, Number(depth) as Heading['depth']]),
);

function tokens(value: string | undefined): string[] {
  return value ? value.split(/\s+/).filter(Boolean) : [];
}

function readPerson(person: XmlElement, state: ReadState): void {
  const xmlId = person.attrs['xml:id'];
  if (!xmlId) return;
  const names = elements(person, 'persName');
  const main = names.find((n) => n.attrs.type !== 'short') ?? names[0];
  let name = textOf(main);
  let shortName = textOf(names.find((n) => n.attrs.type === 'short'));
  if (main && (child(main, 'surname') || child(main, 'forename'))) {
    const forenames = elements(main, 'forename').map(textOf);
    const surnames = elements(main, 'surname').map(textOf);
    name = [...forenames, ...surnames].join(' ');
    shortName ||= surnames.join(' ');
  }
  if (name === '') name = textOf(person) || xmlId;
  const affiliation = elements(person, 'affiliation').find((a) => child(a, 'roleName') || child(a, 'orgName'));
  // ParlaMint: `<affiliation role="member" ref="#party.X"/>`, the party described in the header's listOrg.
  const party = elements(person, 'affiliation')
    .map((a) => state.parties.get(pointerId(a.attrs.ref ?? '')))
    .findLast((name) => name !== undefined);
  const kind =
    tokens(person.attrs.ana)
      .map((t) => kindOfToken.get(t))
      .find((k) => k !== undefined) ?? (person.name === 'personGrp' ? 'group' : 'person');
  const labels = elements(person, 'note')
    .filter((n) => n.attrs.type === 'label')
    .map(textOf);
  const id = participantId(xmlId);
  if (labels.length === 0) state.collectLabels.add(id);
  state.ids.set(xmlId, id);
  state.participants.set(id, {
    id,
    name,
    shortName: shortName || name,
    role: affiliation && child(affiliation, 'roleName') ? textOf(child(affiliation, 'roleName')) : null,
    affiliation: affiliation && child(affiliation, 'orgName') ? textOf(child(affiliation, 'orgName')) : (party ?? null),
    kind,
    labels,
  });
}

/** The participant a `who` points at; one named after the id (and a warning) when the file does not describe them. */
function speakerOf(who: string, line: number, state: ReadState): string {
  const xmlId = pointerId(who);
  const known = state.ids.get(xmlId);
  if (known) return known;
  const participant = personFromId(xmlId);
  state.ids.set(xmlId, participant.id);
  state.participants.set(participant.id, participant);
  state.collectLabels.add(participant.id);
  state.draft.diagnostics.push(
    diagnostic(
      'warning',
      'tei-person-missing',
      `The speaker "${who}" is not described in this file${state.described ? '' : ' (it has no listPerson; ParlaMint keeps persons in a separate file)'}; named "${participant.name}" after the id.`,
      { line },
    ),
  );
  return participant.id;
}

function incidentOf(node: XmlElement): Incident {
  const descs = elements(node, 'desc');
  const description = textOf(descs.find((d) => d.attrs.type !== NOTE_TYPES.printed)) || textOf(node) || node.name;
  const printed = descs.find((d) => d.attrs.type === NOTE_TYPES.printed);
  return {
    type: 'incident',
    kind: incidentKindOf(node.name as TeiIncidentElement, node.attrs.type),
    asPrinted: printed ? textOf(printed) : `(${description})`,
    description,
  };
}

function gapOf(node: XmlElement): Gap {
  const reason = node.attrs.reason ?? 'other';
  return {
    type: 'gap',
    reason: isGapReason(reason) ? reason : 'other',
    asPrinted: textOf(child(node, 'desc')) || textOf(node) || reason,
  };
}

/** Seconds of an ISO 8601 duration such as `PT262S` or `PT1H2M3.5S`, or null. */
function durationSeconds(value: string | undefined): number | null {
  if (!value) return null;
  const match = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value);
  if (!match || value === 'PT') return null;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

function noteRefOf(node: XmlElement, state: ReadState): Inline {
  const number = state.notes.length + 1;
  const id = `n${number}`;
  const type = node.attrs.type;
  state.notes.push({
    id,
    number,
    kind: type === 'source' ? 'source' : 'editorial',
    children: contentOf(node, state),
  });
  return { type: 'noteRef', id };
}

/** A number of the probability scale (0..1) of `@cert`, or null for a word such as `high`. */
function probability(cert: string | undefined): number | null {
  if (cert === undefined || !/^\d*\.?\d+(?:[eE][-+]?\d+)?$/.test(cert.trim())) return null;
  const value = Number(cert);
  return value >= 0 && value <= 1 ? value : null;
}

/** `<unclear>`: low-confidence words when `@cert` is a probability, else its words as they are. */
function unclearOf(node: XmlElement, children: Inline[]): Inline[] {
  const confidence = probability(node.attrs.cert);
  return confidence !== null ? [{ type: 'uncertain', confidence, children }] : children;
}

/** A paragraph's `<timeline>` of seconds: its timing (none for another kind of timeline). */
function timelineOf(node: XmlElement): Inline[] {
  if ((node.attrs.unit ?? TIMELINE_UNIT) !== TIMELINE_UNIT) return [];
  const timing = timingOfIntervals(elements(node, 'when').map((when) => when.attrs.interval));
  return timing ? [timing] : [];
}

/** One inline element (none for one that holds no words). */
function readInline(node: XmlElement, state: ReadState): Inline[] {
  if (INCIDENT_ELEMENTS.has(node.name)) return [incidentOf(node)];
  switch (node.name) {
    case 'gap':
      return [gapOf(node)];
    case 'emph':
    case 'hi':
      return [{ type: 'emphasis', children: readInlines(node, state) }];
    case 'foreign':
      return node.attrs['xml:lang']
        ? [{ type: 'foreign', lang: node.attrs['xml:lang'], children: readInlines(node, state) }]
        : readInlines(node, state);
    case 'pause':
      return [{ type: 'incident', kind: 'pause', asPrinted: '(pause)', description: 'pause' }];
    case 'unclear':
      return unclearOf(node, readInlines(node, state));
    case 'timeline':
      return timelineOf(node);
    case 'time': {
      const seconds = durationSeconds(node.attrs.dur);
      return node.attrs.type === 'offset' && seconds !== null
        ? [{ type: 'timeMark', seconds, asPrinted: textOf(node) }]
        : readInlines(node, state);
    }
    case 'note':
      if (node.attrs.type === NOTE_TYPES.sic) return [{ type: 'sic', asPrinted: textOf(node) }];
      if (node.attrs.type === NOTE_TYPES.interpretation) return [{ type: 'interpretation', asPrinted: textOf(node) }];
      return [noteRefOf(node, state)];
    case 's':
    case 'w':
    case 'pc':
      return [{ type: 'text', value: tokenText(node) }];
    default:
      if (SILENT.has(node.name) || node.name === 'linkGrp') return [];
      return readInlines(node, state);
  }
}

/**
 * The text of a linguistically annotated sentence or token (ParlaMint's `.ana` files: `<s>` of
 * `<w>` and `<pc>`, white space only for indentation): tokens joined by a space, except where
 * `@join="right"` says none follows a token or `@join="left"` none precedes it.
 */
function tokenText(node: XmlElement): string {
  const tokens: XmlElement[] = [];
  const walk = (element: XmlElement): void => {
    // A contraction's parts (`<w>del<w norm="de"/><w norm="el"/></w>`) are empty: the outer `w` is the token.
    if (element.name === 'w' || element.name === 'pc') tokens.push(element);
    else for (const c of elements(element)) if (c.name !== 'linkGrp') walk(c);
  };
  walk(node);
  let out = '';
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous && previous.attrs.join !== 'right' && token.attrs.join !== 'left') out += ' ';
    out += textOf(token);
  });
  return out;
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
    else if (preserve && (c.name === 'emph' || c.name === 'hi'))
      out.push({ type: 'emphasis', children: readInlines(c, state, true) });
    else if (preserve && c.name === 'foreign' && c.attrs['xml:lang'])
      out.push({ type: 'foreign', lang: c.attrs['xml:lang'], children: readInlines(c, state, true) });
    else if (preserve && c.name === 'unclear') out.push(...unclearOf(c, readInlines(c, state, true)));
    else out.push(...readInline(c, state));
  }
  return out;
}

function readTurn(u: XmlElement, label: string | null, state: ReadState): Turn {
  const who = tokens(u.attrs.who);
  if (who.length > 1)
    state.draft.diagnostics.push(
      diagnostic(
        'warning',
        'tei-several-speakers',
        `An utterance is given to ${who.length} speakers (${who.join(' ')}); the turn goes to the first.`,
        { line: u.line },
      ),
    );
  const speaker = who[0] ? speakerOf(who[0], u.line, state) : null;
  const ana = tokens(u.attrs.ana);
  const stated = ana.map((t) => methodOf.get(t)).find((m) => m !== undefined);
  const method: Attribution['method'] = speaker === null ? 'unknown' : (stated ?? 'explicit');
  const fn: TurnFunction | null = ana.map((t) => functionOf.get(t)).find((f) => f !== undefined) ?? null;
  const cert = u.attrs.cert;
  const certainty: Record<string, number> = { high: 0.9, medium: 0.6, low: 0.3, unknown: 0.5 };
  const confidence =
    speaker === null
      ? 0
      : cert !== undefined && Number.isFinite(Number(cert))
        ? Number(cert)
        : (certainty[cert ?? ''] ?? 0.95);
  const evidence = elements(u, 'note')
    .filter((n) => n.attrs.type === NOTE_TYPES.evidence)
    .map(textOf);
  if (evidence.length === 0 && speaker !== null && stated === undefined)
    evidence.push(`the TEI file gives the utterance to ${u.attrs.who} (line ${u.line})`);
  const paragraphs: Inline[][] = [];
  const segs = elements(u, 'seg');
  if (segs.length === 0) paragraphs.push(contentOf(u, state));
  else
    for (const c of u.children) {
      if (c.kind !== 'element') continue;
      if (c.name === 'seg') paragraphs.push(contentOf(c, state));
      else if (c.name === 'note' && (c.attrs.type === NOTE_TYPES.evidence || c.attrs.type === NOTE_TYPES.attribution))
        continue;
      else {
        const marks = finishInlines(readInline(c, state));
        if (marks.length > 0) paragraphs.push(marks);
      }
    }
  if (paragraphs.length === 0) paragraphs.push([]);
  gatherLabel(state, speaker, label);
  return {
    type: 'turn',
    id: '',
    speaker,
    label,
    function: fn,
    attribution: { method, confidence, evidence },
    paragraphs,
    place: { line: u.line },
  };
}

function headingOf(head: XmlElement, nesting: number, state: ReadState): Heading {
  const depth = depthOfHead.get(head.attrs.type ?? '') ?? (Math.min(Math.max(nesting, 1), 3) as Heading['depth']);
  return { type: 'heading', id: '', depth, children: contentOf(head, state), place: { line: head.line } };
}

/** The blocks of `body` or a `div`, in order. */
function readBlocks(container: XmlElement, nesting: number, state: ReadState): Block[] {
  const blocks: Block[] = [];
  let label: string | null = null;
  const children = elements(container);
  for (const [index, node] of children.entries()) {
    if (node.name === 'div') {
      if (node.attrs.type === 'section') {
        const [title, ...rest] = elements(node);
        const hasTitle = title?.name === 'head';
        blocks.push({
          type: 'section',
          id: '',
          title: hasTitle ? contentOf(title, state) : [],
          body: readBlocks({ ...node, children: hasTitle ? rest : elements(node) }, nesting + 1, state),
          place: { line: node.line },
        });
      } else blocks.push(...readBlocks(node, nesting + 1, state));
    } else if (node.name === 'head') blocks.push(headingOf(node, nesting, state));
    else if (node.name === 'note' && node.attrs.type === NOTE_TYPES.speaker && children[index + 1]?.name === 'u')
      label = textOf(node).replace(/\s*:$/, '');
    else if (node.name === 'u') {
      blocks.push(readTurn(node, label, state));
      label = null;
    } else if (INCIDENT_ELEMENTS.has(node.name) || node.name === 'gap')
      blocks.push({ type: 'stageDirection', id: '', children: readInline(node, state), place: { line: node.line } });
    else if (node.name === 'stage')
      blocks.push({
        type: 'stageDirection',
        id: '',
        children: contentOf(node, state),
        place: { line: node.line },
      });
    else if (node.name === 'note') {
      const words = textOf(node);
      if (words === '') continue;
      const bracketed = /^\(.*\)$/s.test(words);
      blocks.push({
        type: 'stageDirection',
        id: '',
        children: [
          {
            type: 'incident',
            kind: 'procedure',
            asPrinted: bracketed ? words : `(${words})`,
            description: bracketed ? words.slice(1, -1) : words,
          },
        ],
        place: { line: node.line },
      });
    } else if (!SILENT.has(node.name)) {
      const words = textOf(node);
      if (words !== '')
        state.draft.removed.push(
          removal(words, 'tei-element-unread', UNREAD_EXPLANATION(`<${node.name}>`), { line: node.line }),
        );
    }
  }
  return blocks;
}

function readMeta(header: XmlElement | null, root: XmlElement, draft: Draft): void {
  const meta = draft.meta;
  const titleStmt = descendant(child(header, 'fileDesc'), 'titleStmt');
  const titles = titleStmt ? elements(titleStmt, 'title') : [];
  const title = titles.find((t) => t.attrs.type === 'main') ?? titles[0];
  if (title && textOf(title) !== '') meta.title = textOf(title);
  const language = root.attrs['xml:lang'] ?? descendant(header, 'language')?.attrs.ident;
  if (language) {
    meta.language = language;
    meta.languageSource = 'front-matter';
  }
  const profile = child(header, 'profileDesc');
  const kind = profile ? descendants(profile, 'classCode').find((c) => c.attrs.scheme === '#event-kind') : undefined;
  if (kind) meta.kind = textOf(kind);
  for (const keywords of profile ? descendants(profile, 'keywords') : [])
    meta.subjects.push(...elements(keywords, 'term').map(textOf));
  const setting = descendant(profile, 'setting');
  if (setting) {
    const date = child(setting, 'date')?.attrs.when;
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) meta.date = date;
    const time = child(setting, 'time');
    if (time) meta.time = textOf(time);
    const place = elements(setting, 'name').find((n) => n.attrs.type === 'place' || n.attrs.type === 'city');
    if (place) meta.place = textOf(place);
  }
  const bibl = descendant(descendant(child(header, 'fileDesc'), 'sourceDesc'), 'bibl');
  if (bibl) {
    const publisher = child(bibl, 'publisher');
    if (publisher) meta.publisher = textOf(publisher);
    const series = elements(bibl, 'title').find((t) => t.attrs.type === 'series');
    if (series) meta.series = textOf(series);
    const url = child(bibl, 'ref')?.attrs.target ?? textOf(elements(bibl, 'idno').find((i) => i.attrs.type === 'URI'));
    if (url) meta.url = url;
    const updated = elements(bibl, 'date').find((d) => d.attrs.type === 'updated')?.attrs.when;
    if (updated) meta.pageUpdated = updated;
    if (!meta.date) {
      const when = child(bibl, 'date')?.attrs.when;
      if (when && /^\d{4}-\d{2}-\d{2}$/.test(when)) meta.date = when;
    }
  }
}

function isTeiRoot(root: XmlElement | null): root is XmlElement {
  return root !== null && root.ns === TEI_NS && (root.name === 'TEI' || root.name === 'teiCorpus');
}

/** The TEI reader (a `StructuredReader` of `structured.ts`, which lists it). */
export const teiReader = {
  format: 'tei' as const,
  title: 'TEI P5 spoken text (ParlaMint)',
  extensions: ['.xml', '.tei'],
  syntax: 'xml' as const,
  detect: (document: StructuredInput): boolean =>
    document.syntax === 'xml' && isTeiRoot(xmlParseOf(document.text).root),
  read(draft: Draft, document: StructuredInput): Draft {
    if (document.syntax !== 'xml') return draft;
    const root = wellFormedTree(document.text);
    const tei = root.name === 'teiCorpus' ? (child(root, 'TEI') ?? root) : root;
    if (root.name === 'teiCorpus' && elements(root, 'TEI').length > 1)
      draft.diagnostics.push(
        diagnostic(
          'warning',
          'tei-corpus-first-text',
          `The corpus holds ${elements(root, 'TEI').length} texts; the first is read.`,
        ),
      );
    const next: Draft = {
      ...draft,
      meta: { ...draft.meta, subjects: [] },
      removed: [...draft.removed],
      diagnostics: [...draft.diagnostics],
    };
    const header = child(tei, 'teiHeader') ?? child(root, 'teiHeader');
    const state: ReadState = {
      draft: next,
      participants: new Map(),
      ids: new Map(),
      described: false,
      notes: [],
      collectLabels: new Set(),
      parties: new Map(),
    };
    readMeta(header, tei, next);
    for (const org of header ? descendants(header, 'org') : []) {
      const names = elements(org, 'orgName');
      const name = names.find((n) => n.attrs.full !== 'abb') ?? names[0];
      if (org.attrs['xml:id'] && org.attrs.role === 'politicalParty' && name)
        state.parties.set(org.attrs['xml:id'], textOf(name));
    }
    const persons = [
      ...(header ? descendants(header, 'person') : []),
      ...(header ? descendants(header, 'personGrp') : []),
    ].sort((a, b) => a.line - b.line);
    for (const person of persons) readPerson(person, state);
    state.described = persons.length > 0;
    for (const include of header ? descendants(header, 'include') : [])
      next.diagnostics.push(
        diagnostic(
          'info',
          'tei-include-not-read',
          `The header includes ${include.attrs.href ?? 'another file'}, which is not read; only what is in this file is.`,
          { line: include.line },
        ),
      );
    const body = child(child(tei, 'text'), 'body');
    const blocks = body ? readBlocks(body, 0, state) : [];
    if (!body) next.diagnostics.push(diagnostic('warning', 'tei-no-body', 'The TEI file has no <text><body>.'));
    return { ...next, participants: [...state.participants.values()], blocks, notes: state.notes };
  },
};
