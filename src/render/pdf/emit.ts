/**
 * @module render/pdf/emit
 * Draws a laid-out edition with pdfkit: embedded, subset fonts only (never the default
 * Helvetica); a tagged PDF with the document language, a displayed title and a real structure
 * tree (H1 for the title and headings, one P per paragraph, the speaker label as Lbl inside it,
 * footnotes as Note, page furniture — running heads, folios, margin paragraph numbers, the
 * footnote rule — as artifacts); characters no font has inside a span whose `/ActualText`
 * keeps them in the text layer; the outline; a named destination per paragraph (`#para-17`);
 * links from the speaker index; PDF/UA identification, and PDF/A-2a as well when the theme
 * asks; metadata from the transcript, dated by the edition (never the clock).
 */
import { sideMargins } from '../../theme/page.js';
import { toPt } from '../../theme/units.js';
import type { FaceKey } from './fonts.js';
import type { GalleyBlock, GalleyLine } from './galley.js';
import { TextWriter } from './text-writer.js';
import type { PdfLayout } from './layout.js';

// pdfkit's structure elements are untyped in @types/pdfkit 0.17.
interface StructElement {
  add(child: StructElement | (() => void)): StructElement;
  end(): void;
}
interface TaggingDoc {
  struct(type: string, options?: Record<string, unknown>): StructElement;
  addStructure(element: StructElement): void;
  markContent(tag: string, options?: Record<string, unknown>): void;
  endMarkedContent(): void;
  addNamedDestination(name: string, ...args: unknown[]): void;
  appendXML(xml: string): void;
  goTo(x: number, y: number, w: number, h: number, name: string): void;
}

interface DrawGroup {
  key: string;
  text: string;
  x: number;
  width: number;
  wordSpacing: number;
}

/** Merge a line's fragments into as few draw calls as possible (same style, even spacing). */
function groupsOf(line: GalleyLine, layout: PdfLayout): DrawGroup[] {
  const groups: DrawGroup[] = [];
  let gap = -1;
  for (const fragment of line.broken.fragments) {
    const last = groups[groups.length - 1];
    if (last && last.key === fragment.fontKey) {
      const between = fragment.x - (last.x + last.width);
      if (Math.abs(between) < 0.01) {
        last.text += fragment.text;
        last.width = fragment.x + fragment.width - last.x;
        continue;
      }
      if (between > 0 && (gap < 0 || Math.abs(between - gap) < 0.02)) {
        if (gap < 0) {
          gap = between;
          const style = layout.context.styles.get(fragment.fontKey);
          last.wordSpacing = between - layout.context.faces.width(style.face, ' ', style.size);
        }
        last.text += ' ' + fragment.text;
        last.width = fragment.x + fragment.width - last.x;
        continue;
      }
    }
    gap = -1;
    groups.push({ key: fragment.fontKey, text: fragment.text, x: fragment.x, width: fragment.width, wordSpacing: 0 });
  }
  return groups;
}

function structType(block: GalleyBlock): string {
  const type = block.tag.type;
  if (type === 'Title') return 'H1';
  if (type === 'Lbl') return 'P';
  return type;
}

/** Draw the layout and return the PDF bytes. */
export async function emitPdf(layout: PdfLayout): Promise<Uint8Array> {
  const { edition, geometry, context } = layout;
  const { theme } = edition;
  const { faces, styles } = context;
  const tagged = theme.pdf.tagged;
  const doc = layout.doc;
  const t = doc as unknown as TaggingDoc;
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  // Fonts are selected by file path: pdfkit caches an opened font under the key it was asked for,
  // except when a second key names a font it already has (it then re-reads the file on every
  // call), so one key per file — the path, which the constructor's `font` option also uses.

  const root = tagged ? t.struct('Document') : null;
  if (root) t.addStructure(root);
  const artifact = (draw: () => void) => {
    if (tagged) t.markContent('Artifact', { type: 'Pagination' });
    draw();
    if (tagged) t.endMarkedContent();
  };

  const writer = new TextWriter(doc);
  /** Furniture text (running heads) in a face, each piece in the face that has its characters. */
  const writePieces = (key: FaceKey, size: number, colour: string, text: string, x: number, y: number) => {
    for (const piece of faces.pieces(key, text) ?? [{ text, face: key, missing: false }]) {
      writer.write(faces.face(piece.face).file, size, colour, piece.text, x, y, 0, undefined, piece.missing);
      x += faces.width(piece.face, piece.text, size);
    }
  };
  const drawGroups = (groups: DrawGroup[], left: number, baseline: number, height: number) => {
    for (const group of groups) {
      const style = styles.get(group.key);
      const face = faces.face(style.face);
      const text = face.transform === 'uppercase' ? group.text.toLocaleUpperCase() : group.text;
      writer.write(
        face.file,
        style.size,
        style.colour,
        text,
        left + group.x,
        baseline - style.rise,
        group.wordSpacing,
        face.features.length > 0 ? face.features : undefined,
        style.missing,
      );
      if (style.goTo) t.goTo(left + group.x, baseline - height * 0.8, group.width, height, style.goTo);
    }
  };

  /** Draw one line, tagged under its block's element (label runs as a Lbl child). */
  const drawLine = (
    line: GalleyLine,
    left: number,
    top: number,
    element: StructElement | null,
    label: () => StructElement | null,
  ) => {
    const baseline = top + line.ascent;
    const x = left + line.indent;
    const groups = groupsOf(line, layout);
    if (!element) {
      drawGroups(groups, x, baseline, line.height);
      return;
    }
    let i = 0;
    while (i < groups.length) {
      const isLabel = (g: DrawGroup) => ['label', 'role'].includes(styles.get(g.key).role);
      const labelled = isLabel(groups[i]!);
      let j = i;
      while (j < groups.length && isLabel(groups[j]!) === labelled) j++;
      const slice = groups.slice(i, j);
      const target = labelled ? (label() ?? element) : element;
      target.add(() => drawGroups(slice, x, baseline, line.height));
      i = j;
    }
  };

  // Outline: a stack of open items by level.
  const outlineStack: { level: number; item: PDFKit.PDFOutline }[] = [];
  const addOutline = (title: string, level: number) => {
    while (outlineStack.length > 0 && outlineStack[outlineStack.length - 1]!.level >= level) outlineStack.pop();
    const parent = outlineStack[outlineStack.length - 1]?.item ?? doc.outline;
    const item = parent.addItem(title, { fit: true } as never);
    outlineStack.push({ level, item });
  };

  // The title page (more than one when its matter does not fit on one): no running head or folio.
  const titleElements = new Map<number, StructElement | null>();
  for (const page of layout.titlePages) {
    doc.addPage({ size: [geometry.width, geometry.height], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    const { left } = sideMargins(theme, page.number);
    for (const placed of page.lines) {
      const block = layout.titleBlocks[placed.block]!;
      let element = titleElements.get(placed.block);
      if (element === undefined) {
        element = root ? t.struct(structType(block)) : null;
        if (element && root) root.add(element);
        if (block.tag.outline) addOutline(block.tag.outline.title, block.tag.outline.level);
        titleElements.set(placed.block, element);
      }
      drawLine(placed.line, left, geometry.top + placed.top, element, () => null);
      if (placed.index === block.lines.length - 1) element?.end();
    }
  }

  // Body pages.
  const elements = new Map<number, { element: StructElement | null; label: StructElement | null; remaining: number }>();
  const paragraphNumberSize = toPt(theme.paragraphNumbers.size);
  for (const page of layout.pages) {
    doc.addPage({ size: [geometry.width, geometry.height], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    const { left, right } = sideMargins(theme, page.number);
    const outerIsLeft = theme.page.mirrored && page.number % 2 === 0;
    const top = geometry.top;
    if (theme.pdf.runningHead) {
      artifact(() => {
        const size = context.textSize * 0.8;
        const y = top - size * 2.2;
        const headLeft = edition.shortTitle;
        const headRight = edition.dateText ?? '';
        const first = outerIsLeft ? headRight : headLeft;
        if (first) writePieces('furniture-italic', size, theme.colours.muted, first, left, y);
        const other = outerIsLeft ? headLeft : headRight;
        if (other)
          writePieces(
            'furniture-italic',
            size,
            theme.colours.muted,
            other,
            geometry.width - right - faces.piecesWidth('furniture-italic', other, size),
            y,
          );
        doc
          .moveTo(left, y + size * 0.6)
          .lineTo(geometry.width - right, y + size * 0.6)
          .lineWidth(0.4)
          .strokeColor(theme.colours.rule)
          .stroke();
      });
    }
    if (theme.pdf.folio) {
      artifact(() => {
        const size = context.textSize * 0.85;
        const folio = String(page.number);
        const w = faces.width('furniture', folio, size);
        writer.write(
          faces.face('furniture').file,
          size,
          theme.colours.muted,
          folio,
          (left + geometry.width - right) / 2 - w / 2,
          geometry.height - geometry.bottom + size * 2.5,
          0,
        );
      });
    }
    for (const placed of page.lines) {
      const block = layout.galley[placed.block]!;
      let state = elements.get(placed.block);
      if (!state) {
        const element = root ? t.struct(structType(block)) : null;
        if (element && root) root.add(element);
        let label: StructElement | null = null;
        state = {
          element,
          get label() {
            if (!label && element) {
              label = t.struct('Lbl');
              element.add(label);
            }
            return label;
          },
          remaining: block.lines.length,
        };
        elements.set(placed.block, state);
        if (block.tag.outline) addOutline(block.tag.outline.title, block.tag.outline.level);
      }
      const lineTop = top + placed.top;
      if (placed.index === 0 && block.tag.destination)
        t.addNamedDestination(block.tag.destination, 'XYZ', left, lineTop, null);
      if (placed.index === 0 && block.tag.paragraph !== undefined && theme.paragraphNumbers.show) {
        artifact(() => {
          const number = String(block.tag.paragraph);
          const size = paragraphNumberSize;
          const w = faces.width('furniture', number, size);
          const x = outerIsLeft ? left - 8 - w : geometry.width - right + 8;
          writer.write(
            faces.face('furniture').file,
            size,
            theme.colours.muted,
            number,
            x,
            lineTop + placed.line.ascent,
            0,
          );
        });
      }
      const current = state;
      drawLine(placed.line, left, lineTop, current.element, () => current.label);
      current.remaining--;
      if (current.remaining === 0) current.element?.end();
    }
    if (page.notes.length > 0) {
      const first = page.notes[0]!;
      artifact(() => {
        const y = top + first.top - (layout.noteLines.get(first.note.id)?.[0]?.height ?? 8) * 0.6;
        doc
          .moveTo(left, y)
          .lineTo(left + geometry.textWidth * 0.25, y)
          .lineWidth(0.4)
          .strokeColor(theme.colours.rule)
          .stroke();
      });
      for (const note of page.notes) {
        const element = root ? t.struct('Note') : null;
        if (element && root) root.add(element);
        let y = top + note.top;
        for (const line of note.lines) {
          drawLine(line, left, y, element, () => null);
          y += line.height;
        }
        element?.end();
      }
    }
  }
  for (const state of elements.values()) state.element?.end();
  root?.end();
  if (theme.pdf.pdfA && tagged) {
    t.appendXML(
      '<rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about=""><pdfuaid:part>1</pdfuaid:part></rdf:Description>',
    );
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
