/**
 * @module render/pdf/galley
 * The galley: every block of the edition set into lines, before pagination. Inline content
 * becomes styled runs (one handler per inline kind), labels are set run-in (or on a line of
 * their own) in the speaker's colour and the label face, and each paragraph is broken by the
 * total-fit line breaker with hyphenation in the transcript's language. Each galley block says
 * how it may be paginated (breakable, keep with next) and how it is tagged.
 */
import type { Inline } from '../../model/nodes.js';
import { toPt } from '../../theme/units.js';
import type { Edition, EditionBlock, EditionNote, EditionTurn } from '../edition/edition.js';
import { isMark, markDisplay, uncertainDisplay, type MarkDisplay } from '../edition/marks.js';
import { breakParagraph, type BrokenLine, type MeasureText, type TextRun } from './linebreak/knuth-plass.js';
import { EDITION_BREAKING } from './linebreak/tuning.js';
import { dispatch, type EditionBlockHandlers, type InlineHandlers } from '../types.js';
import type { FaceKey, FaceSet } from './fonts.js';

/** What a run is, for colour and tagging. */
export type RunRole = 'text' | 'label' | 'role' | 'mark' | 'noteref' | 'heading' | 'title' | 'furniture' | 'link';

/** The look of a run. */
export interface RunStyle {
  face: FaceKey;
  size: number;
  colour: string;
  role: RunRole;
  /** Raise the baseline by this many points (note references). */
  rise: number;
  /** Internal link target (a named destination). */
  goTo?: string;
  /** Characters no bundled font has: drawn as missing glyphs, kept in the text layer as `/ActualText`. */
  missing?: boolean;
}

/** Styles by key; the key travels through the line breaker as its `fontKey`. */
export class StyleTable {
  private readonly list: RunStyle[] = [];
  private readonly index = new Map<string, string>();

  key(style: RunStyle): string {
    const id = `${style.face}|${style.size}|${style.colour}|${style.role}|${style.rise}|${style.goTo ?? ''}|${style.missing === true}`;
    let key = this.index.get(id);
    if (key === undefined) {
      key = String(this.list.length);
      this.list.push(style);
      this.index.set(id, key);
    }
    return key;
  }

  get(key: string): RunStyle {
    const style = this.list[Number(key)];
    if (!style) throw new Error(`no run style ${key}`);
    return style;
  }
}

/** One line of the galley. */
export interface GalleyLine {
  /** Broken line (fragments carry style keys as `fontKey`). */
  broken: BrokenLine;
  /** Offset of the line from the text block's left edge (first-line indent). */
  indent: number;
  /** Distance from the line's top to its baseline. */
  ascent: number;
  /** Height of the line (leading). */
  height: number;
  /** Notes referenced on this line, in order. */
  noteIds: string[];
}

/** How a galley block is tagged and linked. */
export interface BlockTag {
  /** Structure type: P, H1, H2, H3, Title, Note … */
  type: string;
  /** The spoken paragraph number, for the margin and the named destination. */
  paragraph?: number;
  /** Named destination at the block's first line. */
  destination?: string;
  /** Outline entry for the block. */
  outline?: { title: string; level: number };
}

/** A block of the galley. */
export interface GalleyBlock {
  lines: GalleyLine[];
  /** Space above the block (dropped at the top of a page). */
  spaceBefore: number;
  /** Keep with the first lines of the next block (headings, block labels). */
  keepWithNext: boolean;
  /** May be split across pages (paragraphs, with at least two lines on each side). */
  breakable: boolean;
  /** Start a new page before the block. */
  pageBreakBefore: boolean;
  tag: BlockTag;
  /** Set the paragraph again so that line `index` does not end with a hyphen. */
  rebreak: ((noHyphenLine: number) => GalleyLine[]) | null;
}

/** Everything the galley needs. */
export interface GalleyContext {
  edition: Edition;
  faces: FaceSet;
  styles: StyleTable;
  measure: MeasureText;
  /** Width of the text block in points. */
  width: number;
  textSize: number;
  leading: number;
}

/** The measure function for a style table: the breaker passes style keys as font keys. */
export function measureFor(faces: FaceSet, styles: StyleTable): MeasureText {
  return (text, key, size) => faces.width(styles.get(key).face, text, size);
}

interface InlineState {
  context: GalleyContext;
  base: RunStyle;
  runs: TextRun[];
  noteIds: string[];
}

function push(state: InlineState, text: string, style: RunStyle, hyphenate = true): void {
  if (text === '') return;
  state.runs.push({ text, fontKey: state.context.styles.key(style), size: style.size, hyphenate });
}

function italicOf(face: FaceKey): FaceKey {
  return face === 'furniture' || face === 'furniture-bold' ? 'furniture-italic' : 'body-italic';
}

function mark(node: Inline, state: InlineState): void {
  if (!isMark(node)) return;
  displayRuns(markDisplay(node, state.context.edition.theme, state.context.edition.messages.marks), state);
}

function displayRuns(display: MarkDisplay | null, state: InlineState): void {
  if (!display) return;
  const upright = { ...state.base, role: 'mark' as const };
  const inner = display.italic ? { ...upright, face: italicOf(state.base.face) } : upright;
  push(state, display.open, upright, false);
  push(state, display.inner, inner, false);
  push(state, display.close, upright, false);
}

function noteRun(state: InlineState, note: EditionNote): void {
  const size = state.base.size * 0.62;
  push(
    state,
    String(note.number),
    {
      ...state.base,
      face: 'body',
      size,
      role: 'noteref',
      rise: state.base.size * 0.38,
      colour: state.context.edition.theme.colours.link,
    },
    false,
  );
  state.noteIds.push(note.id);
}

const inlineHandlers: InlineHandlers<InlineState, void> = {
  text: (node, state) => push(state, node.value, state.base),
  emphasis: (node, state) =>
    inlines(node.children, { ...state, base: { ...state.base, face: italicOf(state.base.face) } }),
  foreign: (node, state) => inlines(node.children, state),
  noteRef: (node, state) => {
    const note = state.context.edition.notes.find((n) => n.id === node.id);
    if (note) noteRun(state, note);
  },
  gap: mark,
  incident: mark,
  sic: mark,
  interpretation: mark,
  timeMark: mark,
  timing: mark,
  uncertain: (node, state) => {
    inlines(node.children, state);
    displayRuns(uncertainDisplay(node, state.context.edition.theme), state);
  },
};

function inlines(nodes: readonly Inline[], state: InlineState): void {
  for (const node of nodes) dispatch(inlineHandlers, node, state);
}

/** Runs and note references of inline content set in a base style. */
export function runsOf(
  nodes: readonly Inline[],
  base: RunStyle,
  context: GalleyContext,
): { runs: TextRun[]; noteIds: string[] } {
  const state: InlineState = { context, base, runs: [], noteIds: [] };
  inlines(nodes, state);
  return { runs: state.runs, noteIds: state.noteIds };
}

/**
 * Runs cut where their face lacks a character: those pieces go to the fallback face that has it
 * (or stay, marked missing, when none has). The same array when every face has every character.
 */
function withFallbackFaces(runs: TextRun[], context: GalleyContext): TextRun[] {
  let result: TextRun[] | null = null;
  runs.forEach((run, index) => {
    const style = context.styles.get(run.fontKey);
    const pieces = context.faces.pieces(style.face, run.text);
    if (!pieces && !result) return;
    result ??= runs.slice(0, index);
    if (!pieces) result.push(run);
    else
      for (const piece of pieces)
        result.push({
          ...run,
          text: piece.text,
          fontKey: context.styles.key({ ...style, face: piece.face, missing: piece.missing }),
        });
  });
  return result ?? runs;
}

/** Break runs into galley lines. */
export function setLines(
  runs: TextRun[],
  noteIds: string[],
  context: GalleyContext,
  options: {
    size: number;
    leading: number;
    indent?: number;
    width?: number;
    ragged?: boolean;
    noHyphenLine?: number;
    hyphenate?: boolean;
  },
): GalleyLine[] {
  const width = options.width ?? context.width;
  const indent = options.indent ?? 0;
  const { theme } = context.edition;
  const ragged = options.ragged ?? !theme.text.justify;
  const broken = breakParagraph({
    runs: withFallbackFaces(runs, context),
    measure: context.measure,
    lineWidth: (i) => (i === 0 ? width - indent : width),
    language: context.edition.language,
    options: {
      ...(ragged ? {} : EDITION_BREAKING),
      hyphenate: options.hyphenate ?? theme.text.hyphenate,
      ragged,
      ...(options.noHyphenLine !== undefined ? { noHyphenOnLine: (i: number) => i === options.noHyphenLine } : {}),
    },
  });
  const height = options.size * options.leading;
  const ascent = (height - options.size) / 2 + context.faces.ascent('body', options.size);
  // Note references belong to the line that holds them.
  const lines = broken.lines.map((line, index) => ({
    broken: line,
    indent: index === 0 ? indent : 0,
    ascent,
    height,
    noteIds: [] as string[],
  }));
  if (noteIds.length > 0) {
    const pending = [...noteIds];
    for (const line of lines) {
      for (const fragment of line.broken.fragments) {
        if (context.styles.get(fragment.fontKey).role === 'noteref' && pending.length > 0)
          line.noteIds.push(pending.shift()!);
      }
    }
    if (pending.length > 0 && lines.length > 0) lines[lines.length - 1]!.noteIds.push(...pending);
  }
  return lines;
}

interface BlockState {
  context: GalleyContext;
  out: GalleyBlock[];
  firstInSection: boolean;
}

function labelRuns(turn: EditionTurn, context: GalleyContext, state: InlineState): void {
  const { theme } = context.edition;
  const size = context.textSize;
  const label: RunStyle = { face: 'label', size, colour: turn.style.colour, role: 'label', rise: 0 };
  const bracket: RunStyle = { ...label, colour: theme.colours.muted };
  const role: RunStyle = { face: 'body-italic', size, colour: theme.colours.text, role: 'role', rise: 0 };
  if (turn.label.inferred) push(state, '[', bracket, false);
  push(state, turn.label.name, label, false);
  if (turn.label.role) push(state, `, ${turn.label.role}`, role, false);
  if (turn.label.inferred) push(state, ']', bracket, false);
  push(state, turn.label.separator, label, false);
  if (turn.labelNote) noteRun(state, turn.labelNote);
  push(state, turn.label.space, { ...state.base });
}

function paragraphBlock(
  build: (noHyphenLine?: number) => GalleyLine[],
  tag: BlockTag,
  spaceBefore: number,
): GalleyBlock {
  return {
    lines: build(),
    spaceBefore,
    keepWithNext: false,
    breakable: true,
    pageBreakBefore: false,
    tag,
    rebreak: (n) => build(n),
  };
}

/** A heading (or a section's title) at a depth: kept with what follows, in the outline. */
function headingBlock(inlines: readonly Inline[], depth: 1 | 2 | 3, context: GalleyContext): GalleyBlock {
  const { theme } = context.edition;
  const size = toPt(theme.headings.sizes[depth - 1] ?? theme.headings.sizes[2]);
  const base: RunStyle = { face: 'heading', size, colour: theme.colours.text, role: 'heading', rise: 0 };
  const { runs, noteIds } = runsOf(inlines, base, context);
  return {
    lines: setLines(runs, noteIds, context, { size, leading: 1.25, ragged: true, hyphenate: false }),
    spaceBefore: toPt(theme.headings.spaceBefore),
    keepWithNext: true,
    breakable: false,
    pageBreakBefore: false,
    tag: { type: `H${Math.min(depth + 1, 6)}`, outline: { title: runs.map((r) => r.text).join(''), level: depth } },
    rebreak: null,
  };
}

const blockHandlers: EditionBlockHandlers<BlockState, void> = {
  turn: (turn, state) => {
    const { context } = state;
    const { theme } = context.edition;
    const base: RunStyle = { face: 'body', size: context.textSize, colour: theme.colours.text, role: 'text', rise: 0 };
    const runIn = theme.labels.layout === 'run-in';
    if (!runIn) {
      const labelState: InlineState = { context, base, runs: [], noteIds: [] };
      labelRuns(turn, context, labelState);
      state.out.push({
        lines: setLines(labelState.runs, labelState.noteIds, context, {
          size: context.textSize,
          leading: context.leading,
          ragged: true,
          hyphenate: false,
        }),
        spaceBefore: toPt(theme.text.turnSpacing),
        keepWithNext: true,
        breakable: false,
        pageBreakBefore: false,
        tag: { type: 'Lbl' },
        rebreak: null,
      });
    }
    turn.paragraphs.forEach((paragraph, index) => {
      const build = (noHyphenLine?: number) => {
        const s: InlineState = { context, base, runs: [], noteIds: [] };
        if (index === 0 && runIn) labelRuns(turn, context, s);
        const body = runsOf(paragraph.inlines, base, context);
        s.runs.push(...body.runs);
        s.noteIds.push(...body.noteIds);
        const indent = index > 0 ? toPt(theme.text.firstLineIndent) : 0;
        return setLines(s.runs, s.noteIds, context, {
          size: context.textSize,
          leading: context.leading,
          indent,
          ...(noHyphenLine !== undefined ? { noHyphenLine } : {}),
        });
      };
      const spaceBefore = index === 0 ? (runIn ? toPt(theme.text.turnSpacing) : 0) : toPt(theme.text.paragraphSpacing);
      state.out.push(
        paragraphBlock(build, { type: 'P', paragraph: paragraph.number, destination: paragraph.anchor }, spaceBefore),
      );
    });
  },
  heading: (heading, state) => {
    state.out.push(headingBlock(heading.inlines, heading.depth, state.context));
  },
  stageDirection: (direction, state) => {
    const { context } = state;
    const { theme } = context.edition;
    const base: RunStyle = {
      face: 'body-italic',
      size: context.textSize,
      colour: theme.colours.muted,
      role: 'mark',
      rise: 0,
    };
    const { runs, noteIds } = runsOf(direction.inlines, base, context);
    const build = (noHyphenLine?: number) =>
      setLines(runs, noteIds, context, {
        size: context.textSize,
        leading: context.leading,
        ragged: true,
        ...(noHyphenLine !== undefined ? { noHyphenLine } : {}),
      });
    state.out.push({ ...paragraphBlock(build, { type: 'P' }, toPt(theme.text.turnSpacing)) });
  },
  section: (section, state) => {
    state.out.push(headingBlock(section.title, Math.min(section.depth, 3) as 1 | 2 | 3, state.context));
    for (const block of section.blocks) dispatch(blockHandlers, block, state);
  },
};

/** Set every block of the transcript body into galley blocks. */
export function galleyOfBody(blocks: EditionBlock[], context: GalleyContext): GalleyBlock[] {
  const state: BlockState = { context, out: [], firstInSection: true };
  for (const block of blocks) dispatch(blockHandlers, block, state);
  return state.out;
}

/** Set a plain-text paragraph (colophon, index lines) in a style. */
export function plainBlock(
  text: string,
  style: RunStyle,
  context: GalleyContext,
  tag: BlockTag,
  spaceBefore: number,
  options: { ragged?: boolean; leading?: number; hyphenate?: boolean } = {},
): GalleyBlock {
  const runs: TextRun[] = [{ text, fontKey: context.styles.key(style), size: style.size }];
  const build = (noHyphenLine?: number) =>
    setLines(runs, [], context, {
      size: style.size,
      leading: options.leading ?? context.leading,
      ...(options.ragged !== undefined ? { ragged: options.ragged } : {}),
      ...(options.hyphenate !== undefined ? { hyphenate: options.hyphenate } : {}),
      ...(noHyphenLine !== undefined ? { noHyphenLine } : {}),
    });
  return paragraphBlock(build, tag, spaceBefore);
}

/** Set styled runs as a block. */
export function runsBlock(
  runs: TextRun[],
  context: GalleyContext,
  tag: BlockTag,
  spaceBefore: number,
  size: number,
  options: { ragged?: boolean; keepWithNext?: boolean; leading?: number } = {},
): GalleyBlock {
  const build = (noHyphenLine?: number) =>
    setLines(runs, [], context, {
      size,
      leading: options.leading ?? context.leading,
      ...(options.ragged !== undefined ? { ragged: options.ragged } : {}),
      ...(noHyphenLine !== undefined ? { noHyphenLine } : {}),
    });
  return {
    lines: build(),
    spaceBefore,
    keepWithNext: options.keepWithNext ?? false,
    breakable: true,
    pageBreakBefore: false,
    tag,
    rebreak: (n) => build(n),
  };
}
