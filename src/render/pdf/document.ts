/**
 * @module render/pdf/document
 * The pdfkit document of an edition, created before layout so that the fonts it opens measure
 * the lines (layout) and then draw them (emit) — one shaping per word. Its options carry
 * everything that is not drawing: page size, tagging, language, displayed title, the PDF/UA
 * identification (and PDF/A-2a when the theme asks), metadata dated by the edition, and no
 * default font (pdfkit's is Helvetica): `FaceSet` opens the theme's faces before anything is drawn.
 */
import PDFDocument from 'pdfkit';
import type { PageGeometry } from '../../theme/page.js';
import { VERSION } from '../../version.js';
import type { Edition } from '../edition/edition.js';
import { orderDestinationsInCodeUnits } from './pdfkit-adapter.js';

/** A new pdfkit document for an edition. */
export function createPdfDocument(edition: Edition, geometry: PageGeometry): PDFKit.PDFDocument {
  const { theme, transcript } = edition;
  const date = edition.documentDate;
  const document = new PDFDocument({
    autoFirstPage: false,
    size: [geometry.width, geometry.height],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    pdfVersion: '1.7',
    tagged: theme.pdf.tagged,
    lang: edition.language,
    displayTitle: true,
    subset: (theme.pdf.pdfA ? 'PDF/A-2a' : 'PDF/UA') as PDFKit.Mixins.PDFSubsets,
    // No default font: pdfkit would open Helvetica; the edition's faces are opened right after (fonts.ts).
    font: null,
    compress: true,
    info: {
      Title: edition.title,
      Author:
        transcript.participants
          .filter((p) => p.kind === 'person')
          .map((p) => p.name)
          .join(', ') ||
        (transcript.meta.source.publisher ?? 'Verbatim'),
      Subject: edition.subtitle || edition.strings.transcript,
      Keywords: edition.keywords.join(', '),
      Creator: `Verbatim ${VERSION}`,
      Producer: `Verbatim ${VERSION} (pdfkit)`,
      CreationDate: date,
      ModDate: date,
    },
  } as unknown as PDFKit.PDFDocumentOptions); // @types/pdfkit: font is string only; pdfkit takes null
  orderDestinationsInCodeUnits(document);
  return document;
}
