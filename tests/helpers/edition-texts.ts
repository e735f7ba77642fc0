// The text a reader sees in each binary edition of a transcript, whitespace collapsed: the PDF's
// text layer (pdftotext), the Word document's paragraphs (word/document.xml), the EPUB's
// chapters (XHTML). Used to check what an edition prints, e.g. a label without brackets.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Transcript } from '../../src/model/nodes.js';
import { getRenderer } from '../../src/render/registry.js';
import { run } from './tools.js';
import { unescapeXml } from './xml.js';

async function render(format: string, transcript: Transcript): Promise<Uint8Array> {
  return (await getRenderer(format)).render(transcript);
}

/** Paragraph texts of XML whose paragraphs are `paragraph` elements and whose text is in `text` elements (or all text). */
function xmlParagraphs(xml: string, paragraph: RegExp): string[] {
  return [...xml.matchAll(paragraph)].map((m) =>
    unescapeXml(m[0].replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, ''))
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** PDF (needs poppler), DOCX and EPUB text of a transcript's editions. */
export async function editionTexts(transcript: Transcript): Promise<{ pdf: string; docx: string; epub: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-texts-'));
  const pdfPath = join(dir, 'edition.pdf');
  writeFileSync(pdfPath, await render('pdf', transcript));
  const pdf = run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']).stdout.replace(/\s+/g, ' ');
  const docxFiles = unzipSync(await render('docx', transcript));
  const docx = xmlParagraphs(strFromU8(docxFiles['word/document.xml']!), /<w:p[ >][\s\S]*?<\/w:p>/g).join('\n');
  const epubFiles = unzipSync(await render('epub', transcript));
  const epub = Object.keys(epubFiles)
    .filter((name) => name.endsWith('.xhtml'))
    .sort()
    .flatMap((name) => xmlParagraphs(strFromU8(epubFiles[name]!), /<p[ >][\s\S]*?<\/p>/g))
    .join('\n');
  return { pdf, docx, epub };
}
