/**
 * @module render/markdown
 * The Markdown edition: a clean, readable text edition in pandoc's Markdown (YAML metadata,
 * footnotes `[^1]`, invisible paragraph anchors `[]{#para-17}`), useful on its own — for
 * diffs, for publishing on the web, as pandoc input — and the proof that the renderer interface
 * and the shared edition carry everything a format needs. One handler per node kind.
 */
import type { Inline, Transcript } from '../../model/nodes.js';
import { type Edition, type EditionBlock, prepareEditionFor } from '../edition/edition.js';
import { isMark, markDisplay, uncertainDisplay } from '../edition/marks.js';
import {
  dispatch,
  type EditionBlockHandlers,
  type InlineHandlers,
  type RenderContext,
  type Renderer,
} from '../types.js';

interface State {
  edition: Edition;
}

/** Escape text so Markdown prints it as it is. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-]|\d+\.)(\s)/, (_m, a: string, b: string, c: string) => `${a}\\${b}${c}`);
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

const inlineHandlers: InlineHandlers<State, string> = {
  text: (node) => escapeMarkdown(node.value),
  emphasis: (node, state) => `*${inlines(node.children, state)}*`,
  foreign: (node, state) => `[${inlines(node.children, state)}]{lang=${node.lang}}`,
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
    const display = uncertainDisplay(node, state.edition.theme);
    return inlines(node.children, state) + (display ? escapeMarkdown(display.text) : '');
  },
};

function mark(node: Inline, state: State): string {
  if (!isMark(node)) return '';
  const display = markDisplay(node, state.edition.theme, state.edition.messages.marks);
  if (!display) return '';
  const inner = escapeMarkdown(display.inner);
  return `${escapeMarkdown(display.open)}${display.italic ? `*${inner}*` : inner}${escapeMarkdown(display.close)}`;
}

function inlines(nodes: readonly Inline[], state: State): string {
  return nodes.map((node) => dispatch(inlineHandlers, node, state)).join('');
}

const blockHandlers: EditionBlockHandlers<State, string> = {
  turn: (block, state) =>
    block.paragraphs
      .map((paragraph, index) => {
        const anchor = `[]{#${paragraph.anchor}}`;
        const text = inlines(paragraph.inlines, state).trim();
        if (index > 0) return `${anchor}${text}`;
        const note = block.labelNote ? `[^${block.labelNote.number}]` : '';
        const { label } = block;
        return `${anchor}**${escapeMarkdown(label.text + (label.separator || ':'))}**${note}${label.space || ' '}${text}`.trimEnd();
      })
      .join('\n\n'),
  heading: (block, state) => `${'#'.repeat(block.depth + 1)} ${inlines(block.inlines, state)}`,
  stageDirection: (block, state) => `*${inlines(block.inlines, state).replace(/\*/g, '')}*`,
  section: (block, state) =>
    [
      `${'#'.repeat(Math.min(block.depth + 1, 6))} ${inlines(block.title, state)}`,
      ...block.blocks.map((b) => renderBlock(b, state)),
    ].join('\n\n'),
};

function renderBlock(block: EditionBlock, state: State): string {
  return dispatch(blockHandlers, block, state);
}

/** Render an edition as Markdown text. */
export function renderMarkdownEdition(edition: Edition): string {
  const state: State = { edition };
  const { strings } = edition;
  const out: string[] = [];
  const meta = edition.transcript.meta;
  out.push(
    [
      '---',
      `title: ${yamlString(edition.title)}`,
      ...(meta.date ? [`date: ${meta.date}`] : []),
      `lang: ${meta.language}`,
      ...(meta.kind ? [`subtitle: ${yamlString(edition.subtitle)}`] : []),
      `identifier: ${yamlString(edition.documentId)}`,
      '---',
    ].join('\n'),
  );
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
  for (const block of edition.blocks) out.push(renderBlock(block, state));
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
