/**
 * @module render/epub
 * The EPUB 3 edition: prepareEdition → XHTML chapters → package. The transcript is laid out in
 * as many XHTML files as `theme.epub.maxChapterBytes` needs (`chapters.ts`), each turn, heading
 * and note built by the handlers (`handlers.ts`) and wrapped in the Handlebars page templates of
 * `templates/epub/`; then come the title page, speaker index, notes (endnote placement),
 * colophon, navigation document (table of contents and landmarks), NCX and package document
 * with accessibility metadata, one stylesheet from the theme (`css.ts`) and the theme's fonts,
 * and `package.ts` zips it all. Given the recording (`context.audio`), the book reads along:
 * Media Overlays, a SMIL file per transcript file (`read-along.ts`). No clock, no randomness, no network: the same transcript, theme
 * and epoch give the same bytes, in every time zone.
 */
import type { Diagnostic, Transcript } from '../../model/nodes.js';
import { unattributedStyle } from '../../theme/speakers.js';
import { VERSION } from '../../version.js';
import { type Edition, type EditionNote, prepareEditionFor } from '../edition/edition.js';
import { InvalidOptionError } from '../../errors.js';
import type { Recording, RenderContext, Renderer } from '../types.js';
import { assembleBody, planChapters } from './chapters.js';
import { buildStylesheet } from './css.js';
import {
  blockFragments,
  type Fragment,
  type HandlerState,
  isRightToLeft,
  languageTag,
  NOTE_FILE_TOKEN,
  NoteTracker,
  noteAside,
  noteEndnote,
} from './handlers.js';
import { type BookMedia, type BookPage, type BookParts, packageBook } from './package.js';
import { type Clip, clipMilliseconds, clockValue, smilDocument } from './read-along.js';
import { renderTemplate } from './templates.js';

/** Fixed page file names (the transcript's are `transcript-001.xhtml`, …). */
const TITLE_FILE = 'title.xhtml';
const NOTES_FILE = 'notes.xhtml';
const INDEX_FILE = 'index.xhtml';
const COLOPHON_FILE = 'colophon.xhtml';
/** The longest transcript file name sizes are reckoned with (up to 9999 files). */
const SIZING_FILE = 'transcript-0000.xhtml';

/** A table of contents entry. */
interface TocEntry {
  text: string;
  href: string;
  children: TocEntry[];
  playOrder: number;
}

/** A laid-out transcript file. */
interface TranscriptFile {
  filename: string;
  fragments: Fragment[];
  /** Notes whose asides it carries. */
  notes: EditionNote[];
  paragraphs: number[];
}

function pageView(lang: string, rtl: boolean, title: string, bodyType: string) {
  return { lang, rtl, title, bodyType };
}

/** "2001-11-23T00:00:00Z": the form `dcterms:modified` requires. */
export function modifiedDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function nestToc(entries: ReadonlyArray<{ text: string; href: string; level: number }>): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: Array<{ level: number; entry: TocEntry }> = [];
  for (const item of entries) {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= item.level) stack.pop();
    const entry: TocEntry = { text: item.text, href: item.href, children: [], playOrder: 0 };
    (stack.length > 0 ? stack[stack.length - 1]!.entry.children : root).push(entry);
    stack.push({ level: item.level, entry });
  }
  return root;
}

function numberToc(entries: TocEntry[], next = { n: 1 }): number {
  let depth = 0;
  for (const entry of entries) {
    entry.playOrder = next.n++;
    depth = Math.max(depth, 1 + numberToc(entry.children, next));
  }
  return depth;
}

/** The class a reading system gives the element being read aloud (EPUB 3 Media Overlays' own name). */
const ACTIVE_CLASS = '-epub-media-overlay-active';

/** The highlight of the sentence being read: the link colour, faint, behind the text. */
function activeRule(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `\n.${ACTIVE_CLASS} {\n  background-color: rgba(${r}, ${g}, ${b}, 0.18);\n  border-radius: 0.15em;\n}\n`;
}

/**
 * Clips as they can be played one after another: cut short at the end of the recording, and a
 * clip that starts before the one before it ends (overlapping captions) starts where that one
 * ends; a clip left with nothing to play is dropped. `played` is where the book's last clip ended.
 */
function playable(clips: readonly Clip[], recording: Recording, played: { end: number }): Clip[] {
  const limit = recording.duration ?? Infinity;
  const out: Clip[] = [];
  for (const clip of clips) {
    const kept = { ...clip, start: Math.min(Math.max(clip.start, played.end), limit), end: Math.min(clip.end, limit) };
    if (clipMilliseconds(kept) <= 0) continue;
    out.push(kept);
    played.end = kept.end;
  }
  return out;
}

/** Everything but the packaging: the book's files as text (and, reading along, the recording). */
export function buildBook(edition: Edition, diagnostics: Diagnostic[] = [], recording?: Recording): BookParts {
  const { theme, strings, messages } = edition;
  const render = (name: Parameters<typeof renderTemplate>[0], view: object) =>
    renderTemplate(name, view, theme.templates);
  const lang = languageTag(edition.language) ?? 'und';
  const rtl = isRightToLeft(lang);
  const footnotes = theme.notes.placement === 'footnote';
  const speakers = [...edition.styles.values(), unattributedStyle(theme)];
  const stylesheet = buildStylesheet(theme, speakers, rtl);

  // Size of a transcript file around its content, with room for the longest page title.
  const shell = render('transcript', {
    page: pageView(lang, rtl, `${strings.transcript} (${messages.paragraphRange('0000000', '0000000')})`, 'bodymatter'),
    heading: strings.transcript,
    body: '',
    footnotes: '',
  });
  const budget = Math.max(1000, theme.epub.maxChapterBytes - Buffer.byteLength(shell) - 64);

  // 1. Fragments: every turn, heading, stage direction and section title as XHTML.
  const state: HandlerState = {
    edition,
    notes: new NoteTracker(edition.notes),
    fragmentBudget: budget,
    ids: new Set(['transcript']),
    ...(recording ? { clips: new Map<number, Clip[]>() } : {}),
  };
  const fragments = edition.blocks.flatMap((block) => blockFragments(block, state));
  if (state.clips && state.clips.size === 0)
    throw new InvalidOptionError(
      '--audio: the transcript has no timings to read along with (give captions or speech-recognition output with times)',
    );

  // 2. Note bodies (footnotes travel with the fragment of their first reference). A note that
  // only other notes refer to has no place in the text to link back to.
  const inText = new Set(edition.notes.filter((note) => state.notes.referenced(note.id)).map((note) => note.id));
  const asideOf = new Map<string, string>();
  if (footnotes) {
    for (const note of edition.notes)
      asideOf.set(note.id, noteAside(note, inText.has(note.id) ? `#noteref-${note.number}` : null, state));
  }
  const withTokens = (html: string) => html.replace(NOTE_FILE_TOKEN, SIZING_FILE);
  const size = (fragment: Fragment) =>
    Buffer.byteLength(withTokens(fragment.html)) +
    fragment.notes.reduce((n, note) => n + Buffer.byteLength(withTokens(asideOf.get(note.id) ?? '')) + 8, 0);

  // 3. Files.
  const plan = fragments.length > 0 ? planChapters(fragments, budget, size) : [[]];
  const width = Math.max(3, String(plan.length).length);
  const files: TranscriptFile[] = plan.map((list, i) => ({
    filename: `transcript-${String(i + 1).padStart(width, '0')}.xhtml`,
    fragments: list,
    notes: footnotes ? list.flatMap((f) => f.notes) : [],
    paragraphs: list.flatMap((f) => f.paragraphs),
  }));
  const lastFile = files[files.length - 1]!;
  const noteHome = new Map<string, string>();
  const paragraphHome = new Map<number, string>();
  for (const file of files) {
    for (const note of file.notes) noteHome.set(note.id, file.filename);
    for (const number of file.paragraphs) paragraphHome.set(number, file.filename);
  }
  for (const note of edition.notes) {
    if (!footnotes) noteHome.set(note.id, NOTES_FILE);
    else if (!noteHome.has(note.id)) {
      // Never referenced from the transcript: printed after its end.
      lastFile.notes.push(note);
      noteHome.set(note.id, lastFile.filename);
    }
  }
  const resolve = (html: string) => html.replace(NOTE_FILE_TOKEN, (_m, id: string) => noteHome.get(id) ?? NOTES_FILE);

  // 4. Pages.
  const pages: BookPage[] = [];
  const titleView = {
    page: pageView(lang, rtl, edition.title, 'frontmatter'),
    title: edition.title,
    subtitle: edition.subtitle,
    participantsHeading: strings.participants,
    participants: edition.participants.map((p) => ({
      name: p.participant.name,
      description: p.description ?? '',
      cssClass: p.style.cssClass,
    })),
  };
  pages.push({ filename: TITLE_FILE, title: edition.title, xhtml: render('title', titleView) });

  const started = new Set<string>();
  files.forEach((file, i) => {
    const first = file.paragraphs[0];
    const last = file.paragraphs[file.paragraphs.length - 1];
    const title =
      files.length > 1 && first !== undefined
        ? `${strings.transcript} (${messages.paragraphRange(String(first), String(last))})`
        : strings.transcript;
    // The first note of a file carries the rule that sets the notes off from the text.
    const asides = file.notes.map((note, n) =>
      resolve(
        n === 0 ? asideOf.get(note.id)!.replace('class="footnote"', 'class="footnote first"') : asideOf.get(note.id)!,
      ),
    );
    const xhtml = render('transcript', {
      page: pageView(lang, rtl, title, 'bodymatter'),
      heading: i === 0 ? strings.transcript : '',
      body: resolve(assembleBody(file.fragments, started)),
      footnotes: asides.join(''),
    });
    pages.push({ filename: file.filename, title, xhtml });
  });

  const firstRef = (note: EditionNote) => {
    if (!inText.has(note.id)) return null;
    for (const file of files)
      if (file.fragments.some((f) => f.notes.includes(note))) return `${file.filename}#noteref-${note.number}`;
    return null;
  };
  if (!footnotes && edition.notes.length > 0) {
    const notes = edition.notes.map((note) => resolve(noteEndnote(note, firstRef(note), state))).join('');
    pages.push({
      filename: NOTES_FILE,
      title: strings.notes,
      xhtml: render('notes', {
        page: pageView(lang, rtl, strings.notes, 'backmatter'),
        heading: strings.notes,
        notes,
      }),
    });
  }

  if (edition.index.length > 0) {
    const paraHref = (n: number) => `${paragraphHome.get(n) ?? lastFile.filename}#para-${n}`;
    const descriptions = new Map(edition.participants.map((p) => [p.participant.id, p.description]));
    const entries = edition.index.map((entry) => ({
      name: entry.name,
      description: descriptions.get(entry.participant.id) ?? '',
      cssClass: entry.style.cssClass,
      words: entry.wordsText,
      locators: entry.ranges.map(([from, to]) => ({
        number: from,
        href: paraHref(from),
        end: to === from ? 0 : to,
        endHref: paraHref(to),
      })),
    }));
    pages.push({
      filename: INDEX_FILE,
      title: strings.speakerIndex,
      xhtml: render('index', {
        page: pageView(lang, rtl, strings.speakerIndex, 'backmatter'),
        heading: strings.speakerIndex,
        entries,
      }),
    });
  }

  const url = edition.transcript.meta.source.url ?? '';
  pages.push({
    filename: COLOPHON_FILE,
    title: strings.colophon,
    xhtml: render('colophon', {
      page: pageView(lang, rtl, strings.colophon, 'backmatter'),
      heading: strings.colophon,
      paragraphs: edition.colophon.map((text) => ({ text, url })),
    }),
  });

  // 5. Navigation: contents (headings and sections, or the files of a long flat transcript) and landmarks.
  const firstFile = files[0]!.filename;
  const headingEntries = files.flatMap((file) =>
    file.fragments.flatMap((f) =>
      f.toc && f.toc.text ? [{ text: f.toc.text, href: `${file.filename}#${f.toc.id}`, level: f.toc.level }] : [],
    ),
  );
  const fileEntries =
    headingEntries.length === 0 && files.length > 1
      ? files
          .filter((f) => f.paragraphs.length > 0)
          .map((f) => ({
            text: messages.paragraphRange(String(f.paragraphs[0]), String(f.paragraphs[f.paragraphs.length - 1])),
            // The first paragraph, not the file: the first file's entry would otherwise point
            // before "Transcript" (its #transcript heading), against the reading order (NAV-011).
            href: `${f.filename}#para-${f.paragraphs[0]}`,
            level: 1,
          }))
      : headingEntries;
  const toc: TocEntry[] = [
    { text: edition.title, href: TITLE_FILE, children: [], playOrder: 0 },
    { text: strings.transcript, href: `${firstFile}#transcript`, children: nestToc(fileEntries), playOrder: 0 },
  ];
  const landmarks = [
    { type: 'titlepage', href: TITLE_FILE, text: edition.shortTitle },
    { type: 'bodymatter', href: `${firstFile}#transcript`, text: strings.transcript },
  ];
  if (pages.some((p) => p.filename === NOTES_FILE)) {
    toc.push({ text: strings.notes, href: NOTES_FILE, children: [], playOrder: 0 });
    landmarks.push({ type: 'endnotes', href: NOTES_FILE, text: strings.notes });
  }
  if (pages.some((p) => p.filename === INDEX_FILE)) {
    toc.push({ text: strings.speakerIndex, href: INDEX_FILE, children: [], playOrder: 0 });
    landmarks.push({ type: 'index', href: INDEX_FILE, text: strings.speakerIndex });
  }
  toc.push({ text: strings.colophon, href: COLOPHON_FILE, children: [], playOrder: 0 });
  landmarks.push({ type: 'colophon', href: COLOPHON_FILE, text: strings.colophon });
  const depth = numberToc(toc);

  const nav = render('nav', {
    page: pageView(lang, rtl, strings.contents, ''),
    heading: strings.contents,
    toc,
    landmarks,
  });
  const ncx = render('ncx', { lang, identifier: edition.documentId, title: edition.title, depth, toc });

  // 6. Media Overlays: a SMIL document for each transcript file that has timed paragraphs.
  const audioHref = recording ? `audio/recording.${recording.extension}` : '';
  const played = { end: 0 };
  const overlays = recording
    ? files.flatMap((file) => {
        const clips = playable(
          file.paragraphs.flatMap((n) => state.clips!.get(n) ?? []),
          recording,
          played,
        );
        if (clips.length === 0) return [];
        const name = file.filename.replace(/\.xhtml$/, '');
        return [
          {
            page: name,
            id: `${name}-overlay`,
            href: `${name}.smil`,
            smil: smilDocument(file.filename, audioHref, clips),
            milliseconds: clips.reduce((n, clip) => n + clipMilliseconds(clip), 0),
          },
        ];
      })
    : [];
  const overlayOf = new Map(overlays.map((o) => [o.page, o.id]));
  const media: BookMedia[] = recording
    ? [
        ...overlays.map((o) => ({ href: o.href, data: new TextEncoder().encode(o.smil), compressed: false })),
        { href: audioHref, data: recording.bytes, compressed: true },
      ]
    : [];

  // 7. Package document.
  const meta = edition.transcript.meta;
  const manifest = [
    { id: 'nav', href: 'toc.xhtml', mediaType: 'application/xhtml+xml', properties: 'nav' },
    { id: 'ncx', href: 'toc.ncx', mediaType: 'application/x-dtbncx+xml', properties: '' },
    { id: 'css', href: 'style.css', mediaType: 'text/css', properties: '' },
    ...stylesheet.fonts.map((font, i) => ({
      id: `font-${i + 1}`,
      href: font.href,
      mediaType: font.mediaType,
      properties: '',
    })),
    ...pages.map((page) => ({
      id: page.filename.replace(/\.xhtml$/, ''),
      href: page.filename,
      mediaType: 'application/xhtml+xml',
      mediaOverlay: overlayOf.get(page.filename.replace(/\.xhtml$/, '')) ?? '',
      properties: '',
    })),
    ...overlays.map((o) => ({ id: o.id, href: o.href, mediaType: 'application/smil+xml', properties: '' })),
    ...(recording ? [{ id: 'recording', href: audioHref, mediaType: recording.mediaType, properties: '' }] : []),
  ];
  const opf = render('opf', {
    lang,
    rtl,
    embedFonts: stylesheet.fonts.length > 0,
    identifier: edition.documentId,
    title: edition.title,
    date: meta.date ?? '',
    publisher: meta.source.publisher ?? '',
    creators: edition.participants
      .filter((p) => p.participant.kind === 'person')
      .map((p, i) => ({ id: `creator-${i + 1}`, name: p.participant.name })),
    subjects: meta.subjects,
    description: edition.subtitle,
    source: meta.source.url ?? '',
    modified: modifiedDate(edition.documentDate),
    accessibilitySummary: messages.metadata.accessibilitySummary,
    accessibilitySummaryLang: edition.messagesLanguage,
    generator: `Verbatim ${VERSION}`,
    manifest,
    mediaOverlays: overlays.map((o) => ({ id: o.id, duration: clockValue(o.milliseconds) })),
    mediaDuration: recording ? clockValue(overlays.reduce((n, o) => n + o.milliseconds, 0)) : '',
    activeClass: ACTIVE_CLASS,
    spine: pages.map((page) => page.filename.replace(/\.xhtml$/, '')),
  });

  // Only a paragraph longer than a file, or a speaker index of a very long transcript, can exceed the limit.
  for (const page of pages) {
    const bytes = Buffer.byteLength(page.xhtml);
    if (bytes > theme.epub.maxChapterBytes) {
      diagnostics.push({
        severity: 'warning',
        rule: 'epub-file-size',
        message: `${page.filename} is ${bytes} bytes, over theme.epub.maxChapterBytes (${theme.epub.maxChapterBytes}); some reading systems load large files slowly.`,
      });
    }
  }

  return {
    title: edition.title,
    language: lang,
    identifier: edition.documentId,
    date: edition.documentDate,
    css: recording ? stylesheet.css + activeRule(theme.colours.link) : stylesheet.css,
    opf,
    ncx,
    nav,
    pages,
    fonts: stylesheet.fonts.map((font) => ({ source: font.source, href: font.href })),
    ...(recording ? { media } : {}),
  };
}

/** Render a transcript as EPUB bytes. */
export async function renderEpub(transcript: Transcript, context: RenderContext): Promise<Uint8Array> {
  const edition = prepareEditionFor(transcript, context);
  return packageBook(buildBook(edition, context.diagnostics, context.audio));
}

/** The EPUB renderer. */
export const epubRenderer: Renderer = {
  id: 'epub',
  extension: 'epub',
  mediaType: 'application/epub+zip',
  description: 'EPUB 3 e-book (reflowable, accessible, pop-up notes, speaker index)',
  render: renderEpub,
};
