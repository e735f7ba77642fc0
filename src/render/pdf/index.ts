/**
 * @module render/pdf
 * The PDF renderer: the print edition. `prepareEdition` decides what to print, `layoutPdf`
 * sets it in lines and pages (our own total-fit line breaker, hyphenation, widows, orphans,
 * keeps and footnotes), and `emitPdf` draws it with pdfkit.
 */
import type { Transcript } from '../../model/nodes.js';
import { prepareEditionFor } from '../edition/edition.js';
import type { RenderContext, Renderer } from '../types.js';
import { emitPdf } from './emit.js';
import { layoutPdf } from './layout.js';

/** The PDF renderer. */
export const pdfRenderer: Renderer = {
  id: 'pdf',
  extension: 'pdf',
  mediaType: 'application/pdf',
  description: 'print edition: tagged PDF with embedded fonts, footnotes and paragraph numbers',
  async render(transcript: Transcript, context: RenderContext): Promise<Uint8Array> {
    const edition = prepareEditionFor(transcript, context);
    const layout = layoutPdf(edition);
    context.diagnostics.push(...layout.diagnostics);
    return emitPdf(layout);
  },
};
