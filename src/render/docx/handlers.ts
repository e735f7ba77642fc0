/**
 * @module render/docx/handlers
 * One handler per edition block kind and per inline kind, each turning a node into docx objects
 * (paragraphs, runs). The handlers only name styles (`styles.ts`); they never format a run
 * directly, except for the language of a foreign passage (`w:lang`, which is what spell-check
 * reads, not formatting).
 *
 * A spoken paragraph starts with its number, set as a small run in the Paragraph Number style
 * (the number and an em space) inside a bookmark named after the paragraph's anchor (`para-17`);
 * with `theme.paragraphNumbers.show` off the bookmark is empty and nothing is printed. Hiding the
 * Paragraph Number style (Font → Hidden) hides every number at once.
 *
 * Notes: the first reference to a note is a real Word footnote (or endnote) reference; Word
 * numbers those itself, in reference order, which is the model's numbering whenever the model's
 * notes are numbered in order of first reference (the normaliser's rule). When they are not (model
 * JSON from elsewhere), every reference is written as a custom mark carrying the model's number
 * (`w:customMarkFollows`, the note text starting with the same number, as Word and LibreOffice
 * write custom marks), so Word prints the model's numbers either way. Word note ids are 1, 2, 3, …
 * in order of first reference either way (equal to the model's numbers in the first case). A second reference to
 * the same note prints its number in the reference style without opening a second note.
 */
import {
  BuilderElement,
  Bookmark,
  EndnoteReferenceRun,
  FootnoteReferenceRun,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { Inline } from '../../model/nodes.js';
import { inlinesOf } from '../../model/walk.js';
import type { Edition, EditionBlock, EditionNote, EditionParagraph, EditionTurn } from '../edition/edition.js';
import { isMark, markDisplay, uncertainDisplay, type MarkDisplay } from '../edition/marks.js';
import { dispatch, type EditionBlockHandlers, type InlineHandlers } from '../types.js';
import { STYLE, speakerStyleId, wordLanguage } from './styles.js';

/** How note references are written. */
export interface NotePlan {
  /** Footnotes or endnotes (`theme.notes.placement`). */
  placement: 'footnote' | 'endnote';
  /** Write custom marks with the model's numbers instead of Word's automatic numbers. */
  custom: boolean;
  /** Notes by id. */
  byId: Map<string, EditionNote>;
  /**
   * Word note id (`w:id`) of every note referenced so far, by model note id: 1, 2, 3, … in order of
   * first reference, so the notes part lists the notes in the order the text refers to them
   * (LibreOffice pairs custom-mark notes with their texts in that order, Word by id).
   */
  ids: Map<string, number>;
}

/** What the handlers carry along. */
export interface DocxState {
  edition: Edition;
  notes: NotePlan;
  /** Character style of the enclosing inline (emphasis), if any. */
  runStyle: string | null;
  /** `w:lang` of the enclosing foreign passage, if any. */
  lang: string | null;
  /** Inside a note's own text: references print as plain numbers. */
  inNote: boolean;
}

/** Characters XML 1.0 cannot hold, and line breaks / tabs that would print oddly inside a run. */
const NOT_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe for a `w:t`: no characters XML forbids; tabs and line breaks become spaces. */
export function cleanText(text: string): string {
  return text.replace(NOT_IN_XML, '').replace(/[\t\r\n]+/g, ' ');
}

/** A run of text in the state's inline style and language. */
function run(state: DocxState, text: string, style: string | null = state.runStyle): TextRun {
  return new TextRun({
    text: cleanText(text),
    ...(style ? { style } : {}),
    ...(state.lang ? { language: { value: state.lang } } : {}),
  });
}

/** The reference to a note, written once as a note and then as its number. */
export function noteReference(note: EditionNote, state: DocxState): ParagraphChild {
  const { notes } = state;
  const refStyle = notes.placement === 'footnote' ? STYLE.footnoteReference : STYLE.endnoteReference;
  if (state.inNote || notes.ids.has(note.id)) {
    return new TextRun({ text: String(note.number), style: refStyle });
  }
  const id = notes.ids.size + 1;
  notes.ids.set(note.id, id);
  if (!notes.custom) {
    return notes.placement === 'footnote' ? new FootnoteReferenceRun(id) : new EndnoteReferenceRun(id);
  }
  const element = notes.placement === 'footnote' ? 'w:footnoteReference' : 'w:endnoteReference';
  return new TextRun({
    style: refStyle,
    children: [
      new BuilderElement<{ custom: number; id: number }>({
        name: element,
        attributes: { custom: { key: 'w:customMarkFollows', value: 1 }, id: { key: 'w:id', value: id } },
      }),
      String(note.number),
    ],
  });
}

function markRuns(node: Inline, state: DocxState): ParagraphChild[] {
  if (!isMark(node)) return [];
  const display = markDisplay(node, state.edition.theme, state.edition.messages.marks);
  return displayRuns(display, state, node.type === 'timeMark' || node.type === 'timing' ? STYLE.timeMark : STYLE.mark);
}

function displayRuns(display: MarkDisplay | null, state: DocxState, style: string): ParagraphChild[] {
  if (!display) return [];
  return [run(state, display.open), run(state, display.inner, style), run(state, display.close)];
}

/** Handlers for every inline kind. */
export const inlineHandlers: InlineHandlers<DocxState, ParagraphChild[]> = {
  text: (node, state) => (node.value === '' ? [] : [run(state, node.value)]),
  emphasis: (node, state) => inlineChildren(node.children, { ...state, runStyle: STYLE.emphasis }),
  foreign: (node, state) => inlineChildren(node.children, { ...state, lang: wordLanguage(node.lang) }),
  noteRef: (node, state) => {
    const note = state.notes.byId.get(node.id);
    return note ? [noteReference(note, state)] : [];
  },
  gap: markRuns,
  incident: markRuns,
  sic: markRuns,
  interpretation: markRuns,
  timeMark: markRuns,
  timing: markRuns,
  uncertain: (node, state) => [
    ...inlineChildren(node.children, state),
    ...displayRuns(uncertainDisplay(node, state.edition.theme), state, STYLE.mark),
  ],
};

/** The docx runs of a list of inline nodes. */
export function inlineChildren(nodes: readonly Inline[], state: DocxState): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) out.push(...dispatch<Inline, DocxState, ParagraphChild[]>(inlineHandlers, node, state));
  return out;
}

/** The start of a spoken paragraph: its bookmark, holding the printed number when the theme shows numbers. */
export function paragraphNumber(paragraph: EditionParagraph, state: DocxState): ParagraphChild {
  const children = state.edition.theme.paragraphNumbers.show
    ? [new TextRun({ text: `${paragraph.number}\u2003`, style: STYLE.paragraphNumber })]
    : [];
  return new Bookmark({ id: paragraph.anchor, children });
}

/**
 * The label of a turn, as every format prints it (edition/labels.ts): the name in the speaker's
 * character style, ", role" in the Speaker Role style, the brackets of an inferred speaker in
 * Speaker Label Inferred, then (run in) the separator in the speaker's style, then the label
 * note's reference, then the space.
 */
export function labelChildren(block: EditionTurn, state: DocxState): ParagraphChild[] {
  const { label } = block;
  const out: ParagraphChild[] = [];
  if (label.inferred) out.push(new TextRun({ text: '[', style: STYLE.inferredLabel }));
  out.push(new TextRun({ text: cleanText(label.name), style: speakerStyleId(block.style) }));
  if (label.role) out.push(new TextRun({ text: cleanText(`, ${label.role}`), style: STYLE.speakerRole }));
  if (label.inferred) out.push(new TextRun({ text: ']', style: STYLE.inferredLabel }));
  if (label.separator) out.push(new TextRun({ text: label.separator, style: speakerStyleId(block.style) }));
  if (block.labelNote) out.push(noteReference(block.labelNote, state));
  if (label.space) out.push(new TextRun(label.space));
  return out;
}

function headingStyle(depth: number): string {
  return STYLE.heading[Math.min(Math.max(depth, 1), 3) - 1]!;
}

/** Handlers for every edition block kind. */
export const blockHandlers: EditionBlockHandlers<DocxState, Paragraph[]> = {
  turn: (block, state) => {
    const out: Paragraph[] = [];
    const runIn = state.edition.theme.labels.layout === 'run-in';
    if (!runIn) out.push(new Paragraph({ style: STYLE.speakerLine, children: labelChildren(block, state) }));
    block.paragraphs.forEach((paragraph, index) => {
      const children: ParagraphChild[] = [paragraphNumber(paragraph, state)];
      if (index === 0 && runIn) children.push(...labelChildren(block, state));
      children.push(...inlineChildren(paragraph.inlines, state));
      out.push(new Paragraph({ style: index === 0 ? STYLE.turn : STYLE.continuation, children }));
    });
    return out;
  },
  heading: (block, state) => [
    new Paragraph({ style: headingStyle(block.depth), children: inlineChildren(block.inlines, state) }),
  ],
  stageDirection: (block, state) => [
    new Paragraph({ style: STYLE.stageDirection, children: inlineChildren(block.inlines, state) }),
  ],
  section: (block, state) => [
    new Paragraph({ style: headingStyle(block.depth), children: inlineChildren(block.title, state) }),
    ...blockParagraphs(block.blocks, state),
  ],
};

/** The paragraphs of a list of edition blocks. */
export function blockParagraphs(blocks: readonly EditionBlock[], state: DocxState): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of blocks) out.push(...dispatch<EditionBlock, DocxState, Paragraph[]>(blockHandlers, block, state));
  return out;
}

/** Note ids in order of reference (label notes and `noteRef`s), repeats included. */
export function noteReferenceOrder(blocks: readonly EditionBlock[]): string[] {
  const out: string[] = [];
  const visit = (list: readonly EditionBlock[]) => {
    for (const block of list) {
      const inlineLists: (readonly Inline[])[] = [];
      if (block.type === 'turn') {
        if (block.labelNote) out.push(block.labelNote.id);
        for (const p of block.paragraphs) inlineLists.push(p.inlines);
      } else if (block.type === 'section') {
        inlineLists.push(block.title);
      } else {
        inlineLists.push(block.inlines);
      }
      for (const inlines of inlineLists)
        for (const node of inlinesOf(inlines)) if (node.type === 'noteRef') out.push(node.id);
      if (block.type === 'section') visit(block.blocks);
    }
  };
  visit(blocks);
  return out;
}

/**
 * Plan the note references: Word's own numbering is used when the first references, in document
 * order, name the notes 1, 2, 3, … (so Word's count equals the model's numbers); custom marks
 * otherwise.
 */
export function planNotes(edition: Edition): NotePlan {
  const byId = new Map(edition.notes.map((n) => [n.id, n]));
  const firstSeen: number[] = [];
  const seen = new Set<string>();
  for (const id of noteReferenceOrder(edition.blocks)) {
    const note = byId.get(id);
    if (!note || seen.has(id)) continue;
    seen.add(id);
    firstSeen.push(note.number);
  }
  const custom = firstSeen.some((number, index) => number !== index + 1);
  return { placement: edition.theme.notes.placement, custom, byId, ids: new Map() };
}
