// The typesetting rules a PDF layout must keep, checked before drawing: no hyphen ending a page,
// footnotes on the page of their reference, no widows or orphans, keeps with what follows, at
// most two hyphenated lines in a row, and no turn label stranded on a page's last line. Used by
// tests/render/pdf/pdf.test.ts and, on every corpus file, tests/corpus/pdf.test.ts; with the check
// that a rendered PDF passes qpdf and gives back every spoken word in order.
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Transcript } from '../../../src/model/nodes.js';
import { pdfRenderer } from '../../../src/render/pdf/index.js';
import type { PdfLayout } from '../../../src/render/pdf/layout.js';
import { defaultTheme } from '../../../src/theme/default.js';
import { run } from '../../helpers/tools.js';
import { spokenWords, wordsInOrder } from '../../helpers/word-order.js';
import { MIN_LINES } from '../../../src/render/pdf/paginate.js';

/** Check the typesetting rules on a layout; returns a list of violations. */
export function violations(layout: PdfLayout): string[] {
  const problems: string[] = [];
  const linesByBlock = new Map<number, { page: number; index: number }[]>();
  for (const page of layout.pages) {
    for (const placed of page.lines) {
      const list = linesByBlock.get(placed.block) ?? [];
      list.push({ page: page.number, index: placed.index });
      linesByBlock.set(placed.block, list);
    }
    // No hyphen on the last line of a page.
    const last = page.lines[page.lines.length - 1];
    if (last?.line.broken.hyphenated) problems.push(`page ${page.number} ends with a hyphenated line`);
    // Every footnote referenced on a page is set on that page.
    const referenced = page.lines.flatMap((l) => l.line.noteIds);
    const set = page.notes.map((n) => n.note.id);
    for (const id of referenced)
      if (!set.includes(id)) problems.push(`note ${id} referenced on page ${page.number} is not set there`);
    for (const id of set)
      if (!referenced.includes(id)) problems.push(`note ${id} set on page ${page.number} is not referenced there`);
  }
  for (const [block, lines] of linesByBlock) {
    const galleyBlock = layout.galley[block]!;
    const pages = [...new Set(lines.map((l) => l.page))];
    for (const page of pages) {
      const count = lines.filter((l) => l.page === page).length;
      if (pages.length > 1 && count < MIN_LINES)
        problems.push(`block ${block} (${galleyBlock.tag.type}) has ${count} line(s) on page ${page}: widow or orphan`);
    }
    if (galleyBlock.keepWithNext && !layout.galley[block + 1]?.pageBreakBefore) {
      const next = linesByBlock.get(block + 1);
      if (next && next[0]!.page !== lines[lines.length - 1]!.page)
        problems.push(`block ${block} (${galleyBlock.tag.type}) is separated from what follows`);
    }
  }
  // At most two hyphenated lines in a row within a paragraph.
  for (const block of layout.galley) {
    let run = 0;
    for (const line of block.lines) {
      run = line.broken.hyphenated ? run + 1 : 0;
      if (run > 2) problems.push(`three hyphenated lines in a row in a ${block.tag.type}`);
    }
  }
  return problems;
}

/** Pages whose last line is a turn's labelled first line, alone on that page. */
export function labelsStranded(layout: PdfLayout): number {
  // A paragraph that starts a turn carries its label on its first line; it must keep two lines
  // (or all of itself) on that page.
  let stranded = 0;
  for (const page of layout.pages) {
    const last = page.lines[page.lines.length - 1];
    if (!last) continue;
    const block = layout.galley[last.block]!;
    const labelled = block.lines[0]?.broken.fragments.some(
      (f) => layout.context.styles.get(f.fontKey).role === 'label',
    );
    if (labelled && last.index === 0 && block.lines.length > 1) stranded++;
  }
  return stranded;
}

/** Render a transcript's PDF to `path`, and expect qpdf to pass it and pdftotext to give back every spoken word in order. */
export async function expectEveryWordInOrder(transcript: Transcript, path: string): Promise<void> {
  writeFileSync(path, await pdfRenderer.render(transcript, { theme: defaultTheme, diagnostics: [] }));
  expect(run('qpdf', ['--check', path]).code).toBe(0);
  const result = wordsInOrder(spokenWords(transcript), run('pdftotext', ['-raw', path, '-']).stdout);
  expect(result.missing).toEqual([]);
  expect(result.ratio).toBe(1);
}
