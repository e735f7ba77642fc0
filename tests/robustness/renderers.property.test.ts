// Property tests over generated models (fast-check): every renderer succeeds on any valid model;
// the PDF layout, the Word document's text and the EPUB spine hold every spoken word in order;
// every XHTML and Word XML part parses. The number of generated models is printed.
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { prepareEdition } from '../../src/render/edition/edition.js';
import { layoutPdf } from '../../src/render/pdf/layout.js';
import { getRenderer } from '../../src/render/registry.js';
import { defaultTheme, themePresets } from '../../src/theme/default.js';
import { transcriptArbitrary } from '../helpers/model-arbitrary.js';
import { spokenWords, wordsInOrder } from '../helpers/word-order.js';
import { parseXml, unescapeXml } from '../helpers/xml.js';
import { xmlProblems } from '../render/epub/helpers.js';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 25);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function render(id: string, transcript: Transcript, theme = defaultTheme): Promise<Uint8Array> {
  return (await getRenderer(id)).render(transcript, { theme, diagnostics: [] });
}

describe(`renderers on ${RUNS} generated models each`, () => {
  it('should lay out a PDF holding every spoken word, and write it', async () => {
    await fc.assert(
      fc.asyncProperty(
        transcriptArbitrary,
        fc.constantFrom('default', 'a5-book', 'letter'),
        async (transcript, preset) => {
          const theme = themePresets[preset as 'default'];
          const layout = layoutPdf(prepareEdition(transcript, theme));
          // Note reference numbers are set aside: they touch the word before them.
          const text = layout.galley
            .flatMap((b) =>
              b.lines.map((l) =>
                l.broken.fragments
                  .filter((f) => layout.context.styles.get(f.fontKey).role !== 'noteref')
                  .map((f) => f.text)
                  .join(' '),
              ),
            )
            .join('\n');
          expect(wordsInOrder(spokenWords(transcript), text).missing).toEqual([]);
          const bytes = await render('pdf', transcript, theme);
          expect(decode(bytes.subarray(0, 5))).toBe('%PDF-');
          expect(decode(bytes.subarray(-6))).toMatch(/%%EOF\s*$/);
        },
      ),
      { numRuns: RUNS },
    );
    console.log(`PDF: ${RUNS} generated models rendered`);
  });

  it('should write a Word document whose XML parses and whose text holds every word', async () => {
    await fc.assert(
      fc.asyncProperty(transcriptArbitrary, async (transcript) => {
        const files = unzipSync(await render('docx', transcript));
        for (const [name, data] of Object.entries(files))
          if (/\.(xml|rels)$/.test(name)) expect(() => parseXml(decode(data)), name).not.toThrow();
        const document = decode(files['word/document.xml']!);
        const text = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
          .map((p) =>
            [
              ...p[0]
                .replace(/<w:footnoteReference[^>]*\/>|<w:endnoteReference[^>]*\/>/g, '')
                .matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g),
            ]
              .map((t) => t[1])
              .join(''),
          )
          .join('\n');
        expect(wordsInOrder(spokenWords(transcript), unescapeXml(text)).missing).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    console.log(`DOCX: ${RUNS} generated models rendered`);
  });

  it('should write an EPUB whose XHTML always parses and whose spine holds every word', async () => {
    await fc.assert(
      fc.asyncProperty(transcriptArbitrary, async (transcript) => {
        const files = unzipSync(await render('epub', transcript));
        const names = Object.keys(files);
        expect(names[0]).toBe('mimetype');
        const pages = names.filter((n) => n.endsWith('.xhtml')).sort();
        for (const page of pages) expect(xmlProblems(decode(files[page]!)), page).toEqual([]);
        const spine = pages
          .filter((n) => /transcript-\d+\.xhtml$/.test(n))
          .map((n) =>
            decode(files[n]!)
              .replace(/<(?:span class="pnum"|a [^>]*epub:type="noteref")[^>]*>[^<]*<\/(?:span|a)>/g, ' ')
              .replace(/<[^>]+>/g, ' '),
          )
          .join('\n');
        expect(wordsInOrder(spokenWords(transcript), unescapeXml(spine)).missing).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    console.log(`EPUB: ${RUNS} generated models rendered`);
  });

  it('should write Markdown holding every word', async () => {
    await fc.assert(
      fc.asyncProperty(transcriptArbitrary, async (transcript) => {
        // Note references ([^1]) touch the word before them: set them aside before unescaping.
        // Span attributes (`]{.gap printed="(inaudible)"}`) are the model's fields, not printed
        // text: a Markdown processor drops them, and so does this reading.
        const text = decode(await render('md', transcript))
          .replace(/(?<!\\)\]\{(?:[^}"]|"(?:[^"\\]|\\.)*")*\}/g, '] ')
          .replace(/(?<!\\)\[\^\d+\]/g, ' ')
          .replace(/\\(.)/g, '$1');
        expect(wordsInOrder(spokenWords(transcript), text).missing).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
