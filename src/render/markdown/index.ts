/**
 * @module render/markdown
 * The Markdown edition: a clean, readable text edition in pandoc's Markdown, and an editable
 * source that `verbatim normalise` / `build` read back (`normalise/readers/verbatim-markdown.ts`).
 * The front matter holds the metadata and the participants; each turn is `**Label:** text`,
 * an inferred speaker's label in brackets (`**[Ivanov]:**`); paragraphs carry invisible anchors
 * (`[]{#para-17}`), notes are footnotes (`[^1]`), editorial marks are spans that keep what the
 * model knows of them (`[[inaudible]]{.gap reason=inaudible printed="(inaudible)"}`). The
 * title page, the speaker index, the colophon and a record of how each turn was attributed
 * stand outside the comment lines `verbatim:begin` / `verbatim:end` and are not read back.
 * One handler per node kind; the shared syntax is in `syntax.ts`.
 */
import type { Inline, Participant, Transcript } from '../../model/nodes.js';
import { VERSION } from '../../version.js';
import { type Edition, type EditionBlock, type EditionTurn, prepareEditionFor } from '../edition/edition.js';
import { isMark, markDisplay, uncertainDisplay, type MarkNode } from '../edition/marks.js';
import {
  dispatch,
  type EditionBlockHandlers,
  type InlineHandlers,
  type RenderContext,
  type Renderer,
} from '../types.js';
import {
  bracketedWords,
  escapeMarkdown,
  formatAttributes,
  GENERATOR_KEY,
  GENERATOR_NAME,
  RECORD_EXPLAINS,
  RECORD_OPENS,
  recordLine,
  TEXT_BEGINS,
  TEXT_ENDS,
  type TurnRecord,
} from './syntax.js';

interface State {
  edition: Edition;
  /** Nesting depth of emphasis: `*` at even depths, `_` at odd ones, so nested emphasis reads back. */
  emphasis: number;
  /** Inside a stage direction, which is italic already: marks print upright. */
  upright: boolean;
  /** How each turn was attributed, by its first paragraph, for the record. */
  record: TurnRecord[];
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

const inlineHandlers: InlineHandlers<State, string> = {
  text: (node) => escapeMarkdown(node.value),
  emphasis: (node, state) => {
    const delimiter = state.emphasis % 2 === 0 ? '*' : '_';
    state.emphasis++;
    const inner = inlines(node.children, state);
    state.emphasis--;
    return `${delimiter}${inner}${delimiter}`;
  },
  foreign: (node, state) => `[${inlines(node.children, state)}]${formatAttributes(null, [], [['lang', node.lang]])}`,
  noteRef: (node, state) => {
    const note = state.edition.notes.find((n) => n.id === node.id);
    return note ? `[^${note.number}]` : '';
  },
  gap: (node, state) => mark(node, state),
  incident: (node, state) => mark(node, state),
  sic: (node, state) => mark(node, state),
  interpretation: (node, state) => mark(node, state),
  timeMark: (node, state) => mark(node, state),
  timing: (node, state) => mark(node, state),
  uncertain: (node, state) => {
    // The words in a span that keeps the confidence; the theme's ` [?]` after it in a span of its
    // own (its space outside, where Markdown keeps it), which the reader drops with that space.
    const display = uncertainDisplay(node, state.edition.theme);
    const words = `[${inlines(node.children, state)}]${formatAttributes(null, ['uncertain'], [['confidence', String(node.confidence)]])}`;
    return display ? `${words} [${escapeMarkdown(display.text.trimStart())}]{.uncertain-mark}` : words;
  },
};

/** What the model knows of a mark, as span attributes. */
function markAttributes(node: MarkNode): string {
  switch (node.type) {
    case 'gap':
      return formatAttributes(
        null,
        ['gap'],
        [
          ['reason', node.reason],
          ['printed', node.asPrinted],
        ],
      );
    case 'incident':
      return formatAttributes(
        null,
        ['incident'],
        [
          ['kind', node.kind],
          ['printed', node.asPrinted],
          ...(bracketedWords(node.asPrinted) === node.description
            ? []
            : ([['description', node.description]] as [string, string][])),
        ],
      );
    case 'sic':
      return formatAttributes(null, ['sic'], [['printed', node.asPrinted]]);
    case 'interpretation':
      return formatAttributes(null, ['interpretation'], [['printed', node.asPrinted]]);
    case 'timeMark':
      return formatAttributes(
        null,
        ['time'],
        [
          ['seconds', String(node.seconds)],
          ['printed', node.asPrinted],
        ],
      );
    case 'timing':
      return formatAttributes(
        null,
        ['timing'],
        [
          ['start', String(node.start)],
          ['end', String(node.end)],
          ...(node.words === undefined ? [] : ([['words', node.words]] as [string, string][])),
        ],
      );
  }
}

/** A mark as the edition shows it, in a span that keeps the model's fields (a hidden time mark shows nothing). */
function mark(node: Inline, state: State): string {
  if (!isMark(node)) return '';
  const display = markDisplay(node, state.edition.theme, state.edition.messages.marks);
  let shown = '';
  if (display) {
    const inner = escapeMarkdown(display.inner);
    shown = `${escapeMarkdown(display.open)}${display.italic && !state.upright ? `*${inner}*` : inner}${escapeMarkdown(display.close)}`;
  }
  // White space at a span's edge is dropped by Markdown processors: a timestamp's space goes after it.
  const trailing = /\s*$/.exec(shown)![0];
  return `[${shown.slice(0, shown.length - trailing.length)}]${markAttributes(node)}${trailing}`;
}

function inlines(nodes: readonly Inline[], state: State): string {
  return nodes.map((node) => dispatch(inlineHandlers, node, state)).join('');
}

/** The label as written: the edition's label and a colon ("Q." keeps its full stop alone). */
function labelText(block: EditionTurn): string {
  const { text } = block.label;
  return escapeMarkdown(text.endsWith('.') ? text : `${text}:`);
}

const blockHandlers: EditionBlockHandlers<State, string> = {
  turn: (block, state) => {
    const { turn } = block;
    state.record.push({
      turn: block.paragraphs[0]!.number,
      printed: block.label.text,
      speaker: turn.speaker,
      label: turn.label,
      function: turn.function,
      method: turn.attribution.method,
      confidence: turn.attribution.confidence,
      evidence: turn.attribution.evidence,
      ...(turn.attribution.noteId ? { noteId: turn.attribution.noteId } : {}),
    });
    return block.paragraphs
      .map((paragraph, index) => {
        const anchor = `[]${formatAttributes(paragraph.anchor, [], [])}`;
        const text = inlines(paragraph.inlines, state);
        if (index > 0) return `${anchor}${text}`;
        const note = block.labelNote ? `[^${block.labelNote.number}]` : '';
        return `${anchor}**${labelText(block)}**${note}${text === '' ? '' : ` ${text}`}`;
      })
      .join('\n\n');
  },
  heading: (block, state) => `${'#'.repeat(block.depth + 1)} ${inlines(block.inlines, state)}`,
  stageDirection: (block, state) => {
    state.upright = true;
    const text = `*${inlines(block.inlines, { ...state, emphasis: 1 })}*`;
    state.upright = false;
    return text;
  },
  section: (block, state) =>
    [
      '::: section',
      `${'#'.repeat(Math.min(block.depth + 1, 6))}${block.title.length > 0 ? ` ${inlines(block.title, state)}` : ''}`,
      ...block.blocks.map((b) => renderBlock(b, state)),
      ':::',
    ].join('\n\n'),
};

function renderBlock(block: EditionBlock, state: State): string {
  return dispatch(blockHandlers, block, state);
}

function yamlValue(value: string | null): string {
  return value === null ? 'null' : yamlString(value);
}

/** The front matter: pandoc's keys, then what the reader needs to give the transcript back. */
function frontMatter(edition: Edition): string {
  const { meta, participants } = edition.transcript;
  const { source } = meta;
  const sourceKeys = (['publisher', 'series', 'pageUpdated', 'url'] as const).filter((key) => source[key] !== null);
  const participant = (p: Participant) => [
    `  - id: ${yamlString(p.id)}`,
    `    name: ${yamlString(p.name)}`,
    `    shortName: ${yamlString(p.shortName)}`,
    `    role: ${yamlValue(p.role)}`,
    `    affiliation: ${yamlValue(p.affiliation)}`,
    `    kind: ${p.kind}`,
    `    labels: [${p.labels.map(yamlString).join(', ')}]`,
  ];
  return [
    '---',
    `title: ${yamlString(edition.title)}`,
    ...(edition.subtitle ? [`subtitle: ${yamlString(edition.subtitle)}`] : []),
    ...(meta.date ? [`date: ${meta.date}`] : []),
    `lang: ${meta.language}`,
    `identifier: ${yamlString(edition.documentId)}`,
    `${GENERATOR_KEY}: ${yamlString(`${GENERATOR_NAME} ${VERSION}`)}`,
    `modelVersion: ${yamlString(edition.transcript.modelVersion)}`,
    `languageSource: ${meta.languageSource}`,
    `kind: ${yamlValue(meta.kind)}`,
    ...(meta.time !== null ? [`time: ${yamlString(meta.time)}`] : []),
    ...(meta.place !== null ? [`place: ${yamlString(meta.place)}`] : []),
    ...(meta.subjects.length > 0 ? [`subjects: [${meta.subjects.map(yamlString).join(', ')}]`] : []),
    ...(sourceKeys.length > 0 ? ['source:', ...sourceKeys.map((key) => `  ${key}: ${yamlValue(source[key])}`)] : []),
    ...(participants.length > 0 ? ['participants:', ...participants.flatMap(participant)] : ['participants: []']),
    '---',
  ].join('\n');
}

/** Render an edition as Markdown text. */
export function renderMarkdownEdition(edition: Edition): string {
  const state: State = { edition, emphasis: 0, upright: false, record: [] };
  const { strings } = edition;
  const out: string[] = [frontMatter(edition)];
  out.push(`# ${escapeMarkdown(edition.title)}`);
  if (edition.subtitle) out.push(`*${escapeMarkdown(edition.subtitle)}*`);
  if (edition.participants.length > 0) {
    out.push(
      `**${strings.participants}:** ` +
        edition.participants
          .map((p) => escapeMarkdown(p.description ? `${p.participant.name} (${p.description})` : p.participant.name))
          .join('; '),
    );
  }
  out.push(TEXT_BEGINS);
  for (const block of edition.blocks) out.push(renderBlock(block, state));
  out.push(TEXT_ENDS);
  if (edition.index.length > 0) {
    out.push(`## ${strings.speakerIndex}`);
    out.push(
      edition.index
        .map(
          (e) =>
            `- **${escapeMarkdown(e.name)}** (${escapeMarkdown(e.wordsText)}): ${e.ranges.map(([from, to]) => `[${from === to ? from : `${from}–${to}`}](#para-${from})`).join(', ')}`,
        )
        .join('\n'),
    );
  }
  out.push(`## ${strings.colophon}`);
  out.push(...edition.colophon.map(escapeMarkdown));
  if (edition.notes.length > 0)
    out.push(edition.notes.map((n) => `[^${n.number}]: ${inlines(n.inlines, state)}`).join('\n'));
  out.push(
    [
      RECORD_OPENS,
      RECORD_EXPLAINS,
      ...state.record.map(recordLine),
      ...edition.notes.map((n) => recordLine({ note: n.number, id: n.id, kind: n.kind })),
      '-->',
    ].join('\n'),
  );
  return out.join('\n\n') + '\n';
}

/** The Markdown renderer. */
export const markdownRenderer: Renderer = {
  id: 'md',
  extension: 'md',
  mediaType: 'text/markdown; charset=utf-8',
  description: 'Markdown edition (pandoc flavour: footnotes, paragraph anchors)',
  render(transcript: Transcript, context: RenderContext): Promise<Uint8Array> {
    const edition = prepareEditionFor(transcript, context);
    return Promise.resolve(new TextEncoder().encode(renderMarkdownEdition(edition)));
  },
};
