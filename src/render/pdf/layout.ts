/**
 * @module render/pdf/layout
 * The PDF layout of an edition, before anything is drawn: the galley of the title page, the
 * transcript and the back matter, footnotes set at the note size, and the pages they fall on.
 * Tests inspect this to check the typesetting rules (no widows, orphans, stranded labels,
 * hyphen runs; footnotes on the page of their reference); `emit.ts` draws it.
 */
import type { Diagnostic, Inline } from '../../model/nodes.js';
import { blocksOf, inlinesOf } from '../../model/walk.js';
import { pageGeometry, type PageGeometry } from '../../theme/page.js';
import { toPt } from '../../theme/units.js';
import type { Edition } from '../edition/edition.js';
import { createPdfDocument } from './document.js';
import { FaceSet, missingGlyphDiagnostic, type FontHost } from './fonts.js';
import {
  galleyOfBody,
  measureFor,
  setLines,
  StyleTable,
  type GalleyBlock,
  type GalleyContext,
  type GalleyLine,
} from './galley.js';
import { colophonBlocks, endnoteBlocks, footnoteRuns, speakerIndexBlocks, titlePageBlocks } from './matter.js';
import { paginate, type LaidOutPage } from './paginate.js';

/** The laid-out edition. */
export interface PdfLayout {
  edition: Edition;
  /** The pdfkit document whose fonts measured the lines; `emit.ts` draws into it. */
  doc: PDFKit.PDFDocument;
  context: GalleyContext;
  geometry: PageGeometry;
  /** Title page blocks (paginated apart from the body, onto `titlePages`). */
  titleBlocks: GalleyBlock[];
  /**
   * The title pages, from 1 (lines index into `titleBlocks`): one page, its matter set a fifth
   * of the way down when it fits, else as many pages as it takes.
   */
  titlePages: LaidOutPage[];
  /** Body and back matter blocks. */
  galley: GalleyBlock[];
  /** Body pages, numbered on from the last title page. */
  pages: LaidOutPage[];
  /** Set lines of each footnote. */
  noteLines: Map<string, GalleyLine[]>;
  diagnostics: Diagnostic[];
}

/** The distinct characters the edition will draw, for the glyph check. */
function allCharacters(edition: Edition): string {
  const seen = new Set<string>();
  const add = (text: string | null) => {
    if (text) for (const char of text) seen.add(char);
  };
  for (const text of [edition.title, edition.subtitle, ...edition.colophon]) add(text);
  for (const p of edition.transcript.participants) for (const text of [p.name, p.role, p.affiliation]) add(text);
  const addInlines = (nodes: readonly Inline[]) => {
    for (const node of inlinesOf(nodes)) {
      add(node.type === 'text' ? node.value : 'asPrinted' in node ? node.asPrinted : null);
      if (node.type === 'incident') add(node.description);
    }
  };
  for (const block of blocksOf(edition.transcript.body)) {
    if (block.type === 'turn') {
      add(block.label);
      block.paragraphs.forEach(addInlines);
    } else addInlines(block.type === 'section' ? block.title : block.children);
  }
  for (const note of edition.transcript.notes) addInlines(note.children);
  return [...seen].join('');
}

/** Share of the text block above the title page's matter, when it all fits below that. */
const TITLE_DROP = 0.22;

/** How far down the title page's matter starts: TITLE_DROP, less if that alone would push it onto a second page. */
function titleDrop(blocks: GalleyBlock[], capacity: number): number {
  const total = blocks.reduce(
    (h, b, i) => h + (i > 0 ? b.spaceBefore : 0) + b.lines.reduce((s, l) => s + l.height, 0),
    0,
  );
  return Math.max(0, Math.min(capacity * TITLE_DROP, capacity - total));
}

/** Lay out an edition. */
export function layoutPdf(edition: Edition): PdfLayout {
  const { theme } = edition;
  const geometry = pageGeometry(theme);
  const doc = createPdfDocument(edition, geometry);
  const faces = new FaceSet(theme, doc as unknown as FontHost);
  const styles = new StyleTable();
  const context: GalleyContext = {
    edition,
    faces,
    styles,
    measure: measureFor(faces, styles),
    width: geometry.textWidth,
    textSize: toPt(theme.text.size),
    leading: theme.text.leading,
  };
  const diagnostics: Diagnostic[] = [];
  const missing = faces.missingGlyphs('body', allCharacters(edition));
  if (missing.length > 0) diagnostics.push(missingGlyphDiagnostic(missing, theme.fonts.text.name));

  const noteLines = new Map<string, GalleyLine[]>();
  const noteSize = toPt(theme.notes.size);
  edition.notes.forEach((note, index) => {
    noteLines.set(note.id, setLines(footnoteRuns(context, index), [], context, { size: noteSize, leading: 1.25 }));
  });

  const titleBlocks = titlePageBlocks(context);
  const titlePages = paginate(
    titleBlocks,
    geometry.textHeight,
    { lines: noteLines, separator: 0, gap: 0, footnotes: false },
    new Map(),
    1,
    titleDrop(titleBlocks, geometry.textHeight),
  );
  if (titlePages.length === 0) titlePages.push({ number: 1, lines: [], notes: [] });
  const body = galleyOfBody(edition.blocks, context);
  if (body[0]) body[0] = { ...body[0], spaceBefore: 0 };
  const back = [...endnoteBlocks(context), ...speakerIndexBlocks(context), ...colophonBlocks(context)];
  const galley = [...body, ...back];
  const pages = paginate(
    galley,
    geometry.textHeight,
    {
      lines: noteLines,
      separator: noteSize * 0.8,
      gap: noteSize * 0.35,
      footnotes: theme.notes.placement === 'footnote',
    },
    new Map(edition.notes.map((n) => [n.id, n])),
    (titlePages[titlePages.length - 1]?.number ?? 1) + 1,
  );
  return { edition, doc, context, geometry, titleBlocks, titlePages, galley, pages, noteLines, diagnostics };
}
