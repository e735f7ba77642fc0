/**
 * @module render/epub/package
 * Packaging: epub-gen-memory 1.1.2 assembles the container, and we fix what it gets wrong
 * around it rather than replace it (the project's rule; see `templates/epub/README.md`).
 *
 * Kept from epub-gen-memory: option checking, the OCF layout (`mimetype`,
 * `META-INF/container.xml`, `OEBPS/`), the stylesheet file (`css` option), chapter files named
 * and placed by its `chapterXHTML` template, and the package document, NCX and navigation
 * document written from its `contentOPF`, `tocNCX` and `tocXHTML` template options.
 *
 * Fixed around it:
 * - Templates: we hand it our own package document, NCX and nav (rendered by Handlebars, passed
 *   as EJS templates that contain no `<%` tags), so language, identifier, dates, landmarks and
 *   accessibility metadata are ours. Its defaults hard-code `xml:lang="en"`, stamp the current
 *   time and year, use a `Math.random` UUID and have no landmarks or `schema:` metadata.
 * - Chapter content: its HTML normaliser (htmlparser2 in HTML mode, re-serialised as XML) turns
 *   every non-ASCII character into a numeric reference (a Cyrillic page grows threefold and
 *   breaks the size limit we lay files out for), drops attributes outside its allow-list and
 *   costs time; and its chapter data has no room for a per-page `epub:type` or title. So each
 *   chapter's `content` is empty and its complete XHTML travels in an extra chapter field
 *   (`verbatimPage`) that our `chapterXHTML` template, `<%- verbatimPage %>`, prints as it is.
 * - Fonts: its `fonts` option goes through `retryFetch` (node-fetch for URLs, timeouts and
 *   retries for `file://`). We pass none and add the theme's font files ourselves, read once
 *   from their files and kept in memory: nothing is fetched, nothing depends on the network.
 * - The archive: `genEpub()` zips with the current time on every entry, adds directory entries
 *   and compresses at level 9. We call `render()` only and write the archive from its entries
 *   with `zip-archive.ts` (fflate's deflate): `mimetype` first and stored, then the package
 *   document, navigation, styles, fonts and pages in reading order, no directory entries, every
 *   entry dated `edition.documentDate` (SOURCE_DATE_EPOCH when set) from its UTC fields, so the
 *   bytes are the same in every time zone; the fonts are compressed once and kept. A read-along
 *   book's SMIL files and recording (`read-along.ts`) come last, the recording stored as it is.
 */
import { readFileSync } from 'node:fs';
import type { Chapter, Options } from 'epub-gen-memory';
import { AssembledEPub } from './epub-gen-adapter.js';
import { fontFilePath } from '../../theme/fonts.js';
import { packOnce, writeZip, type PackedData, type ZipEntry } from '../zip-archive.js';

/** One XHTML page of the book. */
export interface BookPage {
  /** File name inside `OEBPS/` ("transcript-001.xhtml"). */
  filename: string;
  /** Title for epub-gen-memory's records (the page's own `<title>` is in its XHTML). */
  title: string;
  /** The complete XHTML document. */
  xhtml: string;
}

/** A font file to embed. */
export interface BookFont {
  /** The theme's font path (relative to `fonts/` in the project, or absolute). */
  source: string;
  /** Path inside `OEBPS/` ("fonts/SourceSerif4-Regular.ttf"). */
  href: string;
}

/** Everything the package is made of. */
export interface BookParts {
  title: string;
  /** BCP 47 language of the book. */
  language: string;
  /** The `urn:uuid:` identifier (from the content). */
  identifier: string;
  /** Date written on every zip entry. */
  date: Date;
  css: string;
  /** Package document, NCX and navigation document (complete XML). */
  opf: string;
  ncx: string;
  nav: string;
  /** Pages in reading order. */
  pages: BookPage[];
  fonts: BookFont[];
  /** Media Overlays and their recording (read-along books only), in this order after the pages. */
  media?: BookMedia[];
}

/** A file of a read-along book: a SMIL document, or the recording (stored, not compressed again). */
export interface BookMedia {
  /** Path inside `OEBPS/`. */
  href: string;
  data: Uint8Array;
  compressed: boolean;
}

/** A complete document as an EJS template that prints exactly itself (`<%%` is EJS's literal `<%`). */
function literalTemplate(text: string): string {
  return text.replaceAll('<%', '<%%');
}

/** Each font as the archive holds it (level 6: as small within 0.3%), packed once per process; not its bytes. */
const packedFonts = new Map<string, PackedData>();

function packedFont(source: string): PackedData {
  let packed = packedFonts.get(source);
  if (!packed) {
    packed = packOnce(new Uint8Array(readFileSync(fontFilePath(source))), 6);
    packedFonts.set(source, packed);
  }
  return packed;
}

/** The order of entries: container first, then the package document, navigation, styles, fonts and pages. */
function entryOrder(parts: BookParts): string[] {
  return [
    'mimetype',
    'META-INF/container.xml',
    'OEBPS/content.opf',
    'OEBPS/toc.xhtml',
    'OEBPS/toc.ncx',
    'OEBPS/style.css',
    ...parts.fonts.map((f) => `OEBPS/${f.href}`),
    ...parts.pages.map((p) => `OEBPS/${p.filename}`),
    ...(parts.media ?? []).map((m) => `OEBPS/${m.href}`),
  ];
}

/** Build the `.epub` bytes. */
export async function packageBook(parts: BookParts): Promise<Uint8Array> {
  const options: Options = {
    title: parts.title,
    lang: parts.language,
    // Its default is the current time; our templates print the dates, but keep the clock out of its state.
    date: parts.date.toISOString(),
    css: parts.css,
    version: 3,
    verbose: false,
    fonts: [],
    prependChapterTitles: false,
    numberChaptersInTOC: false,
    contentOPF: literalTemplate(parts.opf),
    tocNCX: literalTemplate(parts.ncx),
    tocXHTML: literalTemplate(parts.nav),
    chapterXHTML: '<%- verbatimPage %>',
  };
  const chapters = parts.pages.map((page): Chapter => {
    const chapter = { title: page.title, filename: page.filename, content: '', verbatimPage: page.xhtml };
    return chapter;
  });
  const files = await new AssembledEPub(options, chapters, parts.identifier).files();
  const fonts = new Map(parts.fonts.map((font) => [`OEBPS/${font.href}`, packedFont(font.source)]));
  const stored = new Set<string>();
  for (const media of parts.media ?? []) {
    files.set(`OEBPS/${media.href}`, media.data);
    if (media.compressed) stored.add(`OEBPS/${media.href}`);
  }

  const order = entryOrder(parts);
  const missing = order.filter((name) => !files.has(name) && !fonts.has(name));
  if (missing.length > 0) throw new Error(`epub-gen-memory did not write ${missing.join(', ')}`);
  const rest = [...files.keys()].filter((name) => !order.includes(name)).sort();
  return writeZip(
    [...order, ...rest].map((name): ZipEntry => {
      const font = fonts.get(name);
      if (font) return { name, packed: font };
      // Text at the best compression (cheap).
      return { name, data: files.get(name)!, level: name === 'mimetype' || stored.has(name) ? 0 : 9 };
    }),
    parts.date,
  );
}
