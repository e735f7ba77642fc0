/**
 * @module render/epub/handlers
 * XHTML for every edition block and inline kind, as strings. One handler per kind, typed with
 * `EditionBlockHandlers` / `InlineHandlers`, so a new node kind in the model fails to compile
 * here until the e-book prints it. All text is escaped for XML and cleaned of the characters
 * XML 1.0 forbids. Handlers only build markup; page shells are Handlebars templates
 * (`templates/epub/`), looks are the stylesheet (`css.ts`), and splitting into files is
 * `chapters.ts`.
 *
 * Markup (documented in `templates/epub/README.md`):
 * - a turn is `<div class="turn speaker-N" id="t3">`; its label a
 *   `<b class="label" epub:type="z3998:persona">` run into the first paragraph (or on its own
 *   line in the theme's `block` layout), followed by the note that explains an inferred speaker;
 * - every spoken paragraph is `<p id="para-17">`, its number (when shown) a
 *   `<span class="pnum" aria-hidden="true">17</span>`;
 * - editorial marks are `<span class="mark gap">[<i>inaudible</i>]</span>` as `markDisplay`
 *   says; foreign words carry `xml:lang` and `lang`;
 * - a note reference is `<a class="noteref" epub:type="noteref" role="doc-noteref">`; the note an
 *   `<aside class="footnote" epub:type="footnote" role="doc-footnote">` with a back-link first.
 */
import type { Inline } from '../../model/nodes.js';
import { inlineChildren } from '../../model/walk.js';
import type { Edition, EditionBlock, EditionNote, EditionParagraph, EditionTurn } from '../edition/edition.js';
import { isMark, markDisplay, uncertainDisplay, type MarkDisplay } from '../edition/marks.js';
import { dispatch, type EditionBlockHandlers, type InlineHandlers } from '../types.js';
import { escapeXml } from '../xml-text.js';
import { readAlongParagraph, type Clip } from './read-along.js';

/** A well-formed BCP 47 tag (the shape, not the registry), or null. */
export function languageTag(tag: string): string | null {
  return /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : null;
}

/** Scripts written right to left, by primary language subtag. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** True when a language is written right to left. */
export function isRightToLeft(language: string): boolean {
  const primary = language.split('-')[0]!.toLowerCase();
  return RTL_LANGUAGES.has(primary) && !/-Latn\b|-Cyrl\b/i.test(language);
}

/**
 * Placeholder for "the file that holds note `id`", filled in once chapters are laid out. U+0001
 * cannot occur in escaped text (`xmlClean` drops it), so the placeholder never meets model text.
 */
export function noteFileToken(noteId: string): string {
  return `\u0001${noteId}\u0001`;
}

/** Every note-file placeholder of a string. */
export const NOTE_FILE_TOKEN = /\u0001([^\u0001]*)\u0001/g;

/**
 * An XML id (NCName) from a model id: unsafe characters become "-"; a leading non-letter, or a
 * name the e-book uses for its own anchors (`para-`, `note-`, `noteref-`), gets "x-" before it.
 */
export function xmlId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_.-]/g, '-');
  return /^[A-Za-z_]/.test(safe) && !/^(?:para|note|noteref)-/.test(safe) ? safe : `x-${safe}`;
}

/** Tracks note references while chapters are built: reference ids, and which notes a fragment introduces. */
export class NoteTracker {
  private readonly counts = new Map<string, number>();
  /** Notes referenced for the first time since the last `take()`. */
  private fresh: EditionNote[] = [];
  private readonly byId: Map<string, EditionNote>;

  constructor(notes: readonly EditionNote[]) {
    this.byId = new Map(notes.map((n) => [n.id, n]));
  }

  /** The note with this id, if any. */
  note(id: string): EditionNote | undefined {
    return this.byId.get(id);
  }

  /** Markup of one reference to a note (the first reference gets id `noteref-N`). */
  reference(note: EditionNote): string {
    const count = (this.counts.get(note.id) ?? 0) + 1;
    this.counts.set(note.id, count);
    if (count === 1) this.fresh.push(note);
    const id = count === 1 ? `noteref-${note.number}` : `noteref-${note.number}-${count}`;
    return `<a class="noteref" epub:type="noteref" role="doc-noteref" id="${id}" href="${noteFileToken(note.id)}#note-${note.number}">${note.number}</a>`;
  }

  /** Notes first referenced since the last call, in reference order. */
  take(): EditionNote[] {
    const out = this.fresh;
    this.fresh = [];
    return out;
  }

  /** True once a note has been referenced. */
  referenced(id: string): boolean {
    return this.counts.has(id);
  }
}

/** What the handlers read and write while building the chapters. */
export interface HandlerState {
  edition: Edition;
  notes: NoteTracker;
  /** Largest size a fragment may have before a turn is cut between paragraphs. */
  fragmentBudget: number;
  /** Ids used so far (headings, sections, turns), to keep them unique. */
  ids: Set<string>;
  /** Present when the book reads along with a recording: the clips of each paragraph, by number. */
  clips?: Map<number, Clip[]>;
}

/** One enclosing section of a fragment. */
export interface SectionFrame {
  id: string;
  /** Opening tag when the section starts in this file. */
  open: string;
  /** Opening tag when the section continues from an earlier file. */
  reopen: string;
}

/** A piece of a chapter: one turn (or part of one), heading, stage direction or section title. */
export interface Fragment {
  kind: 'turn' | 'turn-part' | 'heading' | 'stageDirection' | 'section';
  /** XHTML (with note-file placeholders). */
  html: string;
  /** Enclosing sections, outermost first (a section title fragment includes its own section). */
  sections: SectionFrame[];
  /** Spoken paragraph numbers it holds. */
  paragraphs: number[];
  /** Notes first referenced in it. */
  notes: EditionNote[];
  /** A heading for the table of contents: text, id and level (1 = top). */
  toc: { text: string; id: string; level: number } | null;
}

function uniqueId(base: string, state: HandlerState): string {
  let id = xmlId(base);
  for (let n = 2; state.ids.has(id); n++) id = `${xmlId(base)}-${n}`;
  state.ids.add(id);
  return id;
}

/** XHTML of inline content. */
export function inlines(nodes: readonly Inline[], state: HandlerState): string {
  let out = '';
  for (const node of nodes) out += dispatch<Inline, HandlerState, string>(inlineHandlers, node, state);
  return out;
}

/** Plain text of inline content as printed (marks in their display form, note references left out). */
export function plainText(nodes: readonly Inline[], state: Pick<HandlerState, 'edition'>): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (isMark(node)) out += markDisplay(node, state.edition.theme, state.edition.messages.marks)?.text ?? '';
    else if (node.type === 'uncertain')
      out += plainText(node.children, state) + (uncertainDisplay(node, state.edition.theme)?.text ?? '');
    else out += plainText(inlineChildren(node), state);
  }
  return out.replace(/\s+/g, ' ').trim();
}

function mark(node: Inline, state: HandlerState): string {
  if (!isMark(node)) return '';
  const display = markDisplay(node, state.edition.theme, state.edition.messages.marks);
  const kind = node.type === 'incident' ? ` ${node.kind}` : node.type === 'gap' ? ` ${node.reason}` : '';
  return markSpan(display, `${node.type === 'timeMark' || node.type === 'timing' ? 'time' : node.type}${kind}`);
}

function markSpan(display: MarkDisplay | null, classes: string): string {
  if (!display) return '';
  const inner = escapeXml(display.inner);
  return `<span class="mark ${classes}">${escapeXml(display.open)}${display.italic ? `<i>${inner}</i>` : inner}${escapeXml(display.close)}</span>`;
}

/** One handler per inline kind. */
export const inlineHandlers: InlineHandlers<HandlerState, string> = {
  text: (node) => escapeXml(node.value),
  emphasis: (node, state) => `<em>${inlines(node.children, state)}</em>`,
  foreign: (node, state) => {
    const lang = languageTag(node.lang);
    return lang
      ? `<span xml:lang="${lang}" lang="${lang}">${inlines(node.children, state)}</span>`
      : `<span>${inlines(node.children, state)}</span>`;
  },
  noteRef: (node, state) => {
    const note = state.notes.note(node.id);
    return note ? state.notes.reference(note) : '';
  },
  gap: mark,
  incident: mark,
  sic: mark,
  interpretation: mark,
  timeMark: mark,
  timing: mark,
  uncertain: (node, state) => {
    const mark = uncertainDisplay(node, state.edition.theme);
    const words = inlines(node.children, state);
    return mark ? `<span class="uncertain">${words}</span>${markSpan(mark, 'uncertain')}` : words;
  },
};

/**
 * The label of a turn, as every format prints it (edition/labels.ts): the name, ", role" in a
 * `role` span, the brackets of an inferred speaker in `bracket` spans, the separator when run
 * in, then the note reference on an inferred speaker, then the space.
 */
function labelHtml(turn: EditionTurn, state: HandlerState, runIn: boolean): string {
  const { label } = turn;
  const open = label.inferred ? '<span class="bracket">[</span>' : '';
  const close = label.inferred ? '<span class="bracket">]</span>' : '';
  const role = label.role ? `<span class="role">, ${escapeXml(label.role)}</span>` : '';
  const separator = runIn ? escapeXml(label.separator) : '';
  const note = turn.labelNote ? state.notes.reference(turn.labelNote) : '';
  return `<b class="label" epub:type="z3998:persona">${open}${escapeXml(label.name)}${role}${close}${separator}</b>${note}${runIn ? escapeXml(label.space) : ''}`;
}

function paragraphHtml(paragraph: EditionParagraph, lead: string, state: HandlerState): string {
  const number = state.edition.theme.paragraphNumbers.show
    ? `<span class="pnum" aria-hidden="true">${paragraph.number}</span>`
    : '';
  const readAlong = state.clips ? readAlongParagraph(paragraph, (nodes) => inlines(nodes, state)) : null;
  if (readAlong) state.clips!.set(paragraph.number, readAlong.clips);
  return `<p id="${paragraph.anchor}">${number}${lead}${readAlong ? readAlong.html : inlines(paragraph.inlines, state)}</p>`;
}

function headingLevel(level: number): number {
  return Math.min(6, Math.max(2, level));
}

/** One handler per edition block kind; each returns the fragments the block makes. */
export const blockHandlers: EditionBlockHandlers<HandlerState, Fragment[]> = {
  turn: (block, state) => {
    const runIn = state.edition.theme.labels.layout === 'run-in';
    const id = uniqueId(block.turn.id, state);
    const classes = `turn ${block.style.cssClass}`;
    const head = runIn ? '' : `<p class="speaker">${labelHtml(block, state, false)}</p>`;
    const headNotes = state.notes.take();
    // Each paragraph with the notes it refers to first (they go where it goes if the turn is cut).
    const paragraphs = block.paragraphs.map((p, i) => ({
      html: paragraphHtml(p, i === 0 && runIn ? labelHtml(block, state, true) : '', state),
      notes: state.notes.take(),
    }));
    const whole = `<div class="${classes}" id="${id}">${head}${paragraphs.map((p) => p.html).join('')}</div>\n`;
    if (Buffer.byteLength(whole) <= state.fragmentBudget || paragraphs.length < 2) {
      const notes = [...headNotes, ...paragraphs.flatMap((p) => p.notes)];
      return [
        {
          kind: 'turn',
          html: whole,
          sections: [],
          paragraphs: block.paragraphs.map((p) => p.number),
          notes,
          toc: null,
        },
      ];
    }
    // Too long for one file: cut between paragraphs; later parts continue the turn without a label.
    return paragraphs.map(({ html, notes }, i): Fragment => {
      const first = i === 0;
      return {
        kind: first ? 'turn' : 'turn-part',
        html: first
          ? `<div class="${classes}" id="${id}">${head}${html}</div>\n`
          : `<div class="${classes} continued">${html}</div>\n`,
        sections: [],
        paragraphs: [block.paragraphs[i]!.number],
        notes: first ? [...headNotes, ...notes] : notes,
        toc: null,
      };
    });
  },
  heading: (block, state) => {
    const id = uniqueId(block.id, state);
    const level = headingLevel(block.depth + 1);
    const html = `<h${level} id="${id}">${inlines(block.inlines, state)}</h${level}>\n`;
    return [
      {
        kind: 'heading',
        html,
        sections: [],
        paragraphs: [],
        notes: state.notes.take(),
        toc: { text: plainText(block.inlines, state), id, level: block.depth },
      },
    ];
  },
  stageDirection: (block, state) => {
    const id = uniqueId(block.id, state);
    const html = `<p class="direction" id="${id}" epub:type="z3998:stage-direction">${inlines(block.inlines, state)}</p>\n`;
    return [{ kind: 'stageDirection', html, sections: [], paragraphs: [], notes: state.notes.take(), toc: null }];
  },
  section: (block, state) => {
    const id = uniqueId(block.id, state);
    state.ids.add(`${id}-title`);
    const level = headingLevel(block.depth + 1);
    const title = plainText(block.title, state);
    const frame: SectionFrame = {
      id,
      open: `<section class="section" id="${id}" aria-labelledby="${id}-title">\n`,
      reopen: `<section class="section continued" aria-label="${escapeXml(title)}">\n`,
    };
    const heading: Fragment = {
      kind: 'section',
      html: `<h${level} id="${id}-title">${inlines(block.title, state)}</h${level}>\n`,
      sections: [frame],
      paragraphs: [],
      notes: state.notes.take(),
      toc: { text: title, id, level: block.depth },
    };
    const children = block.blocks
      .flatMap((child) => blockFragments(child, state))
      .map((f) => ({ ...f, sections: [frame, ...f.sections] }));
    return [heading, ...children];
  },
};

/** The fragments of one edition block. */
export function blockFragments(block: EditionBlock, state: HandlerState): Fragment[] {
  return dispatch<EditionBlock, HandlerState, Fragment[]>(blockHandlers, block, state);
}

/** The back-link of a note (first, as pandoc and DAISY put it), or the bare number when nothing refers to it. */
function backLink(note: EditionNote, backHref: string | null): string {
  return backHref
    ? `<a class="backlink" role="doc-backlink" href="${backHref}">${note.number}</a>`
    : `<span class="backlink">${note.number}</span>`;
}

/** The `<aside>` of one note, printed after the text of the file that first refers to it. */
export function noteAside(note: EditionNote, backHref: string | null, state: HandlerState): string {
  return (
    `<aside class="footnote" epub:type="footnote" role="doc-footnote" id="note-${note.number}">` +
    `<p>${backLink(note, backHref)} ${inlines(note.inlines, state)}</p></aside>\n`
  );
}

/** One note of the notes page (theme placement `endnote`). */
export function noteEndnote(note: EditionNote, backHref: string | null, state: HandlerState): string {
  return `<li class="endnote" epub:type="endnote" role="doc-endnote" id="note-${note.number}"><p>${backLink(note, backHref)} ${inlines(note.inlines, state)}</p></li>\n`;
}
