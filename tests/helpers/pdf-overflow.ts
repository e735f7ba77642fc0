// Shared by the PDF completeness tests (fixtures and corpus): a transcript read as the CLI reads
// it, and everything a layout sets outside its text block.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import type { PdfLayout } from '../../src/render/pdf/layout.js';

export function transcriptOf(path: string, name: string): Transcript {
  return normaliseBytes(readFileSync(path), { fileName: name });
}

/** Lines wider than their measure or set below the text block, on any page. */
export function overflow(layout: PdfLayout): string[] {
  const problems: string[] = [];
  const { textWidth, textHeight } = layout.geometry;
  const pages = [
    ...layout.titlePages.map((page) => ({ page, blocks: layout.titleBlocks })),
    ...layout.pages.map((page) => ({ page, blocks: layout.galley })),
  ];
  for (const { page, blocks } of pages) {
    for (const placed of page.lines) {
      const line = placed.line;
      const last = line.broken.fragments[line.broken.fragments.length - 1];
      const right = line.indent + (last ? last.x + last.width : 0);
      if (line.broken.overfull || right > textWidth + 0.01)
        problems.push(`page ${page.number}: "${line.broken.text}" is ${(right - textWidth).toFixed(1)} pt too wide`);
      if (placed.top + line.height > textHeight + 0.01)
        problems.push(`page ${page.number}: "${line.broken.text}" is below the text block`);
      expect(blocks[placed.block]).toBeDefined();
    }
    for (const note of page.notes) {
      const bottom = note.top + note.lines.reduce((h, l) => h + l.height, 0);
      if (bottom > textHeight + 0.01)
        problems.push(`page ${page.number}: note ${note.note.number} is below the text block`);
    }
  }
  return problems;
}
