// The EPUB 3 edition: container, XHTML, notes, navigation, metadata, stylesheet, splitting,
// reproducibility (across runs, epochs and time zones) and offline packaging, on small literal
// transcripts, on the example press conference, on every fixture and on a transcript of 175,000
// words (tests/corpus/epub.test.ts renders every corpus file).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import dns from 'node:dns';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic, Transcript } from '../../../src/model/nodes.js';
import { prepareEdition } from '../../../src/render/edition/edition.js';
import { buildBook, epubRenderer, modifiedDate } from '../../../src/render/epub/index.js';
import { paragraphRanges as locatorRuns } from '../../../src/render/edition/edition.js';
import { cloneTheme, defaultTheme } from '../../../src/theme/default.js';
import type { Theme } from '../../../src/theme/theme.js';
import { baseName, FIXTURE, FIXTURES_DIR, normaliseFixture, pressConference } from '../../helpers/fixtures.js';
import { checkBook, readBook, type Book } from './book.js';
import {
  classesOf,
  elementsOf,
  entryText,
  literalTranscript,
  longPressConferenceTranscript,
  repeatTranscript,
  textOf,
  xmlProblems,
  zipEntryDates,
} from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function render(
  transcript: Transcript,
  theme: Theme = defaultTheme,
  extra: { sourceDateEpoch?: number; diagnostics?: Diagnostic[] } = {},
): Promise<Uint8Array> {
  return epubRenderer.render(transcript, {
    theme,
    diagnostics: extra.diagnostics ?? [],
    ...(extra.sourceDateEpoch !== undefined ? { sourceDateEpoch: extra.sourceDateEpoch } : {}),
  });
}

function themeWith(change: (theme: Theme) => void): Theme {
  const theme = cloneTheme(defaultTheme);
  change(theme);
  return theme;
}

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function doc(book: Book, file: string) {
  const parsed = book.docs.get(`OEBPS/${file}`);
  if (!parsed) throw new Error(`no ${file} in the spine`);
  return elementsOf(parsed);
}

describe('epub renderer on a literal transcript with every node kind', async () => {
  const transcript = literalTranscript();
  const book = readBook(await render(transcript));
  const transcriptDoc = doc(book, 'transcript-001.xhtml');

  it('should be the "epub" renderer', () => {
    expect([epubRenderer.id, epubRenderer.extension, epubRenderer.mediaType]).toEqual([
      'epub',
      'epub',
      'application/epub+zip',
    ]);
  });

  it('should hold a proper container, XML, language, every spoken word, anchors and linked notes', () => {
    checkBook(book, transcript);
  });

  it('should order the entries: mimetype, container, package, navigation, styles, fonts, pages in reading order', () => {
    expect([...book.files.keys()]).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/content.opf',
      'OEBPS/toc.xhtml',
      'OEBPS/toc.ncx',
      'OEBPS/style.css',
      'OEBPS/fonts/SourceSans3-Regular.ttf',
      'OEBPS/fonts/SourceSerif4-Italic.ttf',
      'OEBPS/fonts/SourceSerif4-Regular.ttf',
      'OEBPS/fonts/SourceSerif4-Semibold.ttf',
      'OEBPS/title.xhtml',
      'OEBPS/transcript-001.xhtml',
      'OEBPS/index.xhtml',
      'OEBPS/colophon.xhtml',
    ]);
  });

  it('should mark up turns, labels, paragraph numbers and the note on an inferred speaker', () => {
    const turn = transcriptDoc.find((e) => e.attribs.id === 't2')!;
    expect(classesOf(turn)).toEqual(['turn', 'speaker-2']);
    const paragraph = transcriptDoc.find((e) => e.attribs.id === 'para-3')!;
    const [number, label, note] = paragraph.children as Array<{ name: string; attribs: Record<string, string> }>;
    expect([number!.name, number!.attribs.class, number!.attribs['aria-hidden']]).toEqual(['span', 'pnum', 'true']);
    expect(textOf(number as never)).toBe('3');
    expect([label!.name, label!.attribs.class, label!.attribs['epub:type']]).toEqual(['b', 'label', 'z3998:persona']);
    expect(textOf(label as never)).toBe('[Bo Witness]:');
    expect([note!.name, note!.attribs['epub:type'], note!.attribs.href]).toEqual([
      'a',
      'noteref',
      'transcript-001.xhtml#note-2',
    ]);
  });

  it('should number notes as the model does and give a second reference its own id', () => {
    const refs = transcriptDoc
      .filter((e) => e.attribs['epub:type'] === 'noteref')
      .map((e) => [e.attribs.id, textOf(e)]);
    expect(refs).toEqual([
      ['noteref-1', '1'],
      ['noteref-2', '2'],
      ['noteref-1-2', '1'],
    ]);
    const asides = transcriptDoc.filter((e) => e.name === 'aside');
    expect(asides.map((a) => [a.attribs.id, a.attribs['epub:type'], a.attribs.role])).toEqual([
      ['note-1', 'footnote', 'doc-footnote'],
      ['note-2', 'footnote', 'doc-footnote'],
    ]);
    expect(textOf(asides[0]!)).toBe('1 An editorial note with emphasis & an ampersand.');
  });

  it('should print marks bracketed with italic words, and foreign words with their language', () => {
    const marks = transcriptDoc
      .filter((e) => classesOf(e).includes('mark'))
      .map((e) => [classesOf(e).slice(1).join(' '), textOf(e), e.children.some((c) => 'name' in c && c.name === 'i')]);
    expect(marks).toEqual([
      ['incident procedure', '[The hearing opened]', true],
      ['gap inaudible', '[inaudible]', true],
      ['sic', '[sic]', true],
      ['incident laughter', '[laughter]', true],
      ['interpretation', '[as interpreted]', true],
    ]);
    const foreign = transcriptDoc.find((e) => e.attribs.lang === 'fr')!;
    expect([foreign.attribs['xml:lang'], textOf(foreign)]).toEqual(['fr', 'bienvenue à tous']);
  });

  it('should escape markup characters and drop characters XML cannot hold', () => {
    const raw = entryText(book.files, 'OEBPS/transcript-001.xhtml');
    expect(raw).toContain('5 &lt; 6 &amp; 7 &gt; 3 — “quoted” text.');
    expect(raw).not.toMatch(/[\u0001\u000b]/);
    expect(entryText(book.files, 'OEBPS/title.xhtml')).toContain('Hearing on &lt;Tags&gt; &amp; &quot;Quotes&quot;');
    expect(book.opf).toContain('<dc:title>Hearing on &lt;Tags&gt; &amp; &quot;Quotes&quot;</dc:title>');
  });

  it('should nest sections, reopen nothing in a single file, and give headings levels below the page title', () => {
    const headings = transcriptDoc.filter((e) => /^h\d$/.test(e.name)).map((e) => [e.name, textOf(e)]);
    expect(headings).toEqual([
      ['h1', 'Transcript'],
      ['h2', 'Opening statements'],
      ['h3', 'The witness'],
      ['h2', 'Questions & answers'],
      ['h3', 'Closing'],
    ]);
    const sections = transcriptDoc.filter((e) => e.name === 'section');
    expect(sections.map((s) => [s.attribs.id, s.attribs['aria-labelledby']])).toEqual([
      ['s1', 's1-title'],
      ['s2', 's2-title'],
    ]);
    expect(transcriptDoc.find((e) => e.attribs.id === 'd1')!.attribs['epub:type']).toBe('z3998:stage-direction');
  });

  it('should write the title page with title, subtitle and participants', () => {
    const title = doc(book, 'title.xhtml');
    expect(textOf(title.find((e) => e.name === 'h1')!)).toBe('Hearing on <Tags> & "Quotes"');
    expect(textOf(title.find((e) => e.attribs.class === 'subtitle')!)).toBe('Hearing · 29 February 2024 · Geneva');
    const participants = title.filter((e) => e.name === 'li').map((li) => [li.attribs.class, textOf(li)]);
    expect(participants).toEqual([
      ['speaker-1', 'Anna Chair Chair, Committee'],
      ['speaker-2', 'Bo Witness'],
      ['speaker-group', 'Some members'],
    ]);
  });

  it('should write a speaker index in EPUB Indexes markup, linking runs of paragraphs', () => {
    const index = doc(book, 'index.xhtml');
    const section = index.find((e) => e.name === 'section')!;
    expect([section.attribs['epub:type'], section.attribs.role]).toEqual(['index', 'doc-index']);
    const entries = index.filter((e) => e.attribs['epub:type'] === 'index-entry').map((e) => textOf(e));
    expect(entries[0]).toBe('Anna Chair, Chair, Committee (26 words): 1–2, 7–8');
    const range = index.find((e) => e.attribs['epub:type'] === 'index-locator-range')!;
    expect(elementsOf({ children: range.children }).map((a) => a.attribs.href)).toEqual([
      'transcript-001.xhtml#para-1',
      'transcript-001.xhtml#para-2',
    ]);
    expect(locatorRuns([1, 2, 3, 5, 7, 8])).toEqual([
      [1, 3],
      [5, 5],
      [7, 8],
    ]);
  });

  it('should write the colophon with the source address as a link', () => {
    const colophon = doc(book, 'colophon.xhtml');
    expect(colophon.find((e) => e.name === 'section')!.attribs['epub:type']).toBe('colophon');
    const link = colophon.find((e) => e.name === 'a')!;
    expect(link.attribs.href).toBe('https://example.org/hearing?id=1&lang=en');
  });

  it('should navigate by a nested table of contents and landmarks', () => {
    const nav = elementsOf(book.docs.get('OEBPS/toc.xhtml')!);
    const toc = nav.find((e) => e.attribs['epub:type'] === 'toc')!;
    const links = elementsOf({ children: toc.children })
      .filter((e) => e.name === 'a')
      .map((a) => [textOf(a), a.attribs.href]);
    expect(links).toEqual([
      ['Hearing on <Tags> & "Quotes"', 'title.xhtml'],
      ['Transcript', 'transcript-001.xhtml#transcript'],
      ['Opening statements', 'transcript-001.xhtml#s1'],
      ['The witness', 'transcript-001.xhtml#s2'],
      ['Questions & answers', 'transcript-001.xhtml#h1'],
      ['Closing', 'transcript-001.xhtml#h2'],
      ['Speaker index', 'index.xhtml'],
      ['Colophon', 'colophon.xhtml'],
    ]);
    const landmarks = nav.find((e) => e.attribs['epub:type'] === 'landmarks')!;
    expect(
      elementsOf({ children: landmarks.children })
        .filter((e) => e.name === 'a')
        .map((a) => a.attribs['epub:type']),
    ).toEqual(['titlepage', 'bodymatter', 'index', 'colophon']);
    const ncx = entryText(book.files, 'OEBPS/toc.ncx');
    expect([...ncx.matchAll(/playOrder="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ncx).toContain('<meta name="dtb:depth" content="3"/>');
  });

  it('should write the package metadata: identifier from the content, dates, language, accessibility', () => {
    const edition = prepareEdition(transcript, defaultTheme);
    const { opf } = book;
    expect(opf).toContain(`<dc:identifier id="uid">${edition.documentId}</dc:identifier>`);
    expect(entryText(book.files, 'OEBPS/toc.ncx')).toContain(`<meta name="dtb:uid" content="${edition.documentId}"/>`);
    expect(opf).toContain(
      '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="en"',
    );
    expect(opf).toContain('<dc:language>en</dc:language>');
    expect(opf).toContain('<dc:date>2024-02-29</dc:date>');
    expect(opf).toContain('<meta property="dcterms:modified">2024-02-29T00:00:00Z</meta>');
    expect(opf).toContain('<dc:publisher>Example Office</dc:publisher>');
    expect(opf).toContain('<dc:subject>Markup &amp; escaping</dc:subject>');
    expect(opf).toContain('<meta refines="#creator-1" property="role" scheme="marc:relators">spk</meta>');
    for (const meta of [
      'schema:accessMode">textual',
      'schema:accessModeSufficient">textual',
      'schema:accessibilityFeature">structuralNavigation',
      'schema:accessibilityFeature">tableOfContents',
      'schema:accessibilityFeature">readingOrder',
      'schema:accessibilityFeature">displayTransformability',
      'schema:accessibilityHazard">none',
    ]) {
      expect(opf).toContain(`<meta property="${meta}</meta>`);
    }
    expect(opf).toMatch(/<meta property="schema:accessibilitySummary" xml:lang="en">[^<]{80,}<\/meta>/);
    expect(opf).not.toMatch(/All rights reserved|epub-gen|Copyright/);
  });

  it('should generate one stylesheet from the theme: fonts, speaker colours, small caps, relative sizes', () => {
    const { css, opf } = book;
    const fontHrefs = [...opf.matchAll(/href="(fonts\/[^"]+)" media-type="font\/ttf"/g)].map((m) => m[1]);
    expect(fontHrefs).toHaveLength(4);
    for (const href of fontHrefs) {
      expect(css).toContain(`src: url("${href}") format("truetype")`);
      // Embedded whole and unmodified (the OFL asks for it; the licence travels in the font's name table).
      const original = readFileSync(
        `${ROOT}fonts/${href!.includes('Sans') ? 'source-sans-3' : 'source-serif-4'}/${href!.slice(6)}`,
      );
      expect(Buffer.from(book.files.get(`OEBPS/${href!}`)!).equals(original), href).toBe(true);
    }
    expect(css).toContain('.speaker-1 .label {\n  color: #0b5fa5;\n}');
    expect(css).toContain('.speaker-questioner .label {\n  color: #4d4d4d;\n}');
    expect(css).toContain('.speaker-unattributed .label {\n  color: #6e6e6e;\n}');
    expect(css).toMatch(/\.label \{[^}]*font-weight: 600;[^}]*font-variant: small-caps;/);
    expect(css).toContain('h2 {\n  font-size: 1.524em;\n}');
    expect(css).not.toMatch(/\bfont-size:\s*[\d.]+(pt|px)/);
    expect(css).not.toContain('!important');
  });
});

describe('epub renderer options from the theme', () => {
  it('should put notes on a notes page as endnotes when the theme says endnote', async () => {
    const transcript = literalTranscript();
    const book = readBook(
      await render(
        transcript,
        themeWith((t) => (t.notes.placement = 'endnote')),
      ),
    );
    checkBook(book, transcript, { placement: 'endnote' });
    expect(book.spine).toContain('OEBPS/notes.xhtml');
    const notes = doc(book, 'notes.xhtml');
    expect(notes.filter((e) => e.attribs.role === 'doc-endnote').map((e) => e.attribs.id)).toEqual([
      'note-1',
      'note-2',
    ]);
    expect(doc(book, 'transcript-001.xhtml').some((e) => e.name === 'aside')).toBe(false);
    expect(book.files.has('OEBPS/notes.xhtml')).toBe(true);
    expect(entryText(book.files, 'OEBPS/toc.xhtml')).toContain('<a epub:type="endnotes" href="notes.xhtml">Notes</a>');
  });

  it('should set labels on their own line, hide paragraph numbers and use capitals when the theme says so', async () => {
    const transcript = literalTranscript();
    const theme = themeWith((t) => {
      t.labels.layout = 'block';
      t.labels.transform = 'uppercase';
      t.labels.weight = 'bold';
      t.paragraphNumbers.show = false;
    });
    const book = readBook(await render(transcript, theme));
    checkBook(book, transcript);
    const page = doc(book, 'transcript-001.xhtml');
    expect(page.some((e) => classesOf(e).includes('pnum'))).toBe(false);
    const speaker = page.find((e) => classesOf(e).includes('speaker'))!;
    expect([speaker.name, textOf(speaker)]).toEqual(['p', 'Anna Chair, Committee']);
    expect(book.css).toMatch(/\.label \{[^}]*font-weight: 700;[^}]*text-transform: uppercase;/);
    expect(book.css).toContain('SourceSerif4-Bold.ttf');
  });

  it('should leave fonts out when the theme does not embed them', async () => {
    const book = readBook(
      await render(
        literalTranscript(),
        themeWith((t) => (t.epub.embedFonts = false)),
      ),
    );
    expect([...book.files.keys()].some((n) => n.includes('fonts/'))).toBe(false);
    expect(book.css).not.toContain('@font-face');
    expect(book.opf).not.toContain('ibooks:');
  });

  it('should declare a right-to-left language on the package, the spine and every page', async () => {
    const transcript = literalTranscript('ar');
    const book = readBook(await render(transcript));
    checkBook(book, transcript);
    expect(book.opf).toContain('<spine toc="ncx" page-progression-direction="rtl">');
    expect(elementsOf(book.docs.get('OEBPS/title.xhtml')!).find((e) => e.name === 'html')!.attribs.dir).toBe('rtl');
    expect(book.css).toContain('float: right');
  });

  it('should split a long transcript into files of at most maxChapterBytes, at headings where it can', async () => {
    const transcript = repeatTranscript(literalTranscript(), 40);
    const diagnostics: Diagnostic[] = [];
    const book = readBook(
      await render(
        transcript,
        themeWith((t) => (t.epub.maxChapterBytes = 10_000)),
        { diagnostics },
      ),
    );
    checkBook(book, transcript);
    const chapters = book.spine.filter((p) => p.includes('transcript-'));
    expect(chapters.length).toBeGreaterThan(5);
    for (const path of chapters) expect(book.files.get(path)!.length, path).toBeLessThanOrEqual(10_000);
    // The speaker index is one file (here over the tiny limit, which is reported); no transcript file is.
    expect(diagnostics.map((d) => d.message.split(' ')[0])).toEqual(['index.xhtml']);
    for (const path of chapters.slice(1)) {
      // Each later file starts between blocks (here: no turn is too long for a file), never in mid-turn.
      const first = doc(book, path.slice(6)).find((e) => e.attribs.class === 'transcript')!;
      const firstTurn = elementsOf({ children: first.children }).find((e) => classesOf(e).includes('turn'));
      if (firstTurn) expect(classesOf(firstTurn), path).not.toContain('continued');
      // No file ends with a heading.
      const body = elementsOf({ children: first.children }).filter((e) => e.parent === first);
      expect(/^h\d$/.test(body[body.length - 1]!.name), path).toBe(false);
    }
    const reopened = chapters.flatMap((path) =>
      doc(book, path.slice(6)).filter((e) => classesOf(e).includes('continued') && e.name === 'section'),
    );
    for (const section of reopened) expect(section.attribs['aria-label']).toMatch(/^(Opening statements|The witness)$/);
    // Here every file can break at a section or heading: the first element inside any section tags is a heading.
    for (const path of chapters.slice(1)) {
      const content = elementsOf({
        children: doc(book, path.slice(6)).find((e) => e.attribs.class === 'transcript')!.children,
      });
      expect(content.find((e) => e.name !== 'section')!.name, path).toMatch(/^h\d$/);
    }
    // The index links every paragraph into the file that holds it.
    const index = doc(book, 'index.xhtml').filter((e) => e.name === 'a');
    for (const link of index) {
      const [file, id] = link.attribs.href!.split('#');
      expect(
        doc(book, file!).some((e) => e.attribs.id === id),
        link.attribs.href,
      ).toBe(true);
    }
  });

  it('should cut a turn too long for one file between paragraphs, the label only on the first part', async () => {
    const base = literalTranscript();
    const long = {
      ...base,
      body: [
        {
          type: 'turn' as const,
          id: 't1',
          speaker: 'p-chair',
          label: 'Chair',
          function: null,
          attribution: { method: 'explicit' as const, confidence: 1, evidence: [] },
          paragraphs: Array.from({ length: 60 }, (_, i) => [
            { type: 'text' as const, value: `Paragraph ${i + 1}: ${'words of a long statement '.repeat(20)}` },
            ...(i === 44 ? [{ type: 'noteRef' as const, id: 'n1' }] : []),
          ]),
        },
      ],
    };
    const book = readBook(
      await render(
        long,
        themeWith((t) => (t.epub.maxChapterBytes = 10_000)),
      ),
    );
    // The note goes with paragraph 45, into its file; the note nothing refers to follows the text.
    checkBook(book, long);
    const home = book.spine.find((path) => doc(book, path.slice(6)).some((e) => e.attribs.id === 'para-45'))!;
    expect(doc(book, home.slice(6)).some((e) => e.attribs.id === 'note-1')).toBe(true);
    const last = book.spine.filter((p) => p.includes('transcript-')).at(-1)!;
    const orphan = doc(book, last.slice(6)).find((e) => e.attribs.id === 'note-2')!;
    expect(elementsOf({ children: orphan.children }).some((e) => e.attribs.role === 'doc-backlink')).toBe(false);
    const chapters = book.spine.filter((p) => p.includes('transcript-'));
    expect(chapters.length).toBeGreaterThan(3);
    const labels = chapters.flatMap((path) => doc(book, path.slice(6)).filter((e) => classesOf(e).includes('label')));
    expect(labels).toHaveLength(1);
    expect(classesOf(doc(book, chapters[1]!.slice(6)).find((e) => classesOf(e).includes('turn'))!)).toEqual([
      'turn',
      'speaker-1',
      'continued',
    ]);
    for (const path of chapters) expect(book.files.get(path)!.length).toBeLessThanOrEqual(10_000);
  });
});

describe('epub renderer limits', () => {
  it('should report a paragraph longer than a file may be, and still print it whole', async () => {
    const base = literalTranscript();
    const huge = 'a long paragraph without end '.repeat(600);
    const transcript = {
      ...base,
      body: [
        {
          type: 'turn' as const,
          id: 't1',
          speaker: 'p-chair',
          label: 'Chair',
          function: null,
          attribution: { method: 'explicit' as const, confidence: 1, evidence: [] },
          paragraphs: [[{ type: 'text' as const, value: huge }]],
        },
      ],
    };
    const diagnostics: Diagnostic[] = [];
    const book = readBook(
      await render(
        transcript,
        themeWith((t) => (t.epub.maxChapterBytes = 10_000)),
        { diagnostics },
      ),
    );
    checkBook(book, transcript);
    expect(diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'epub-file-size']]);
    expect(diagnostics[0]!.message).toMatch(
      /^transcript-001\.xhtml is \d+ bytes, over theme\.epub\.maxChapterBytes \(10000\)/,
    );
  });
});

describe('epub renderer reproducibility and packaging', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('should give byte-identical books on every run', async () => {
    const transcript = literalTranscript();
    const [a, b] = [await render(transcript), await render(transcript)];
    expect(sha(a)).toBe(sha(b));
  });

  it('should give the same bytes in other time zones (child processes with TZ set)', async () => {
    const here = sha(await render(literalTranscript()));
    for (const tz of ['Pacific/Kiritimati', 'America/St_Johns']) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'tests/render/epub/render-child.ts', 'literal'], {
        cwd: ROOT,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(child.status, child.stderr).toBe(0);
      const [hash, offset] = child.stdout.trim().split(' ');
      expect(Number(offset), `${tz} is in effect`).not.toBe(new Date(2001, 10, 23).getTimezoneOffset());
      expect(hash, tz).toBe(here);
    }
  });

  it('should date the package and every zip entry from SOURCE_DATE_EPOCH, else from the transcript', async () => {
    const transcript = literalTranscript();
    const plain = await render(transcript);
    expect(new Set(zipEntryDates(plain).map((e) => e.date))).toEqual(new Set(['2024-02-29T00:00:00']));
    const epoch = 1_700_000_001;
    const dated = await render(transcript, defaultTheme, { sourceDateEpoch: epoch });
    expect(readBook(dated).opf).toContain('<meta property="dcterms:modified">2023-11-14T22:13:21Z</meta>');
    // DOS dates hold even seconds.
    expect(new Set(zipEntryDates(dated).map((e) => e.date))).toEqual(new Set(['2023-11-14T22:13:20']));
    // Before 1980 a zip cannot date an entry: the earliest date it can hold is used.
    const old = { ...transcript, meta: { ...transcript.meta, date: '1951-06-06' } };
    const early = await render(old);
    expect(readBook(early).opf).toContain('<meta property="dcterms:modified">1951-06-06T00:00:00Z</meta>');
    expect(new Set(zipEntryDates(early).map((e) => e.date))).toEqual(new Set(['1980-01-01T00:00:00']));
    expect(modifiedDate(new Date(Date.UTC(2001, 10, 23, 9, 5, 7, 123)))).toBe('2001-11-23T09:05:07Z');
  });

  it('should store mimetype and deflate everything else, with no extra fields', async () => {
    const entries = zipEntryDates(await render(literalTranscript()));
    expect(entries[0]).toMatchObject({ name: 'mimetype', method: 0, extra: 0 });
    expect(entries.slice(1).every((e) => e.method === 8 && e.extra === 0)).toBe(true);
  });

  it('should not touch the network while rendering', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const lookup = vi.spyOn(dns, 'lookup');
    await render(literalTranscript());
    expect(connect).not.toHaveBeenCalled();
    expect(lookup).not.toHaveBeenCalled();
  });

  it('should build pages whose XML is well-formed even from hostile text', async () => {
    const transcript = literalTranscript();
    transcript.meta.title = 'A <![CDATA[ ]]> & \uFFFE title \uD800 with ]]> and <% ejs %> and {{handlebars}}';
    const parts = buildBook(prepareEdition(transcript, defaultTheme));
    for (const text of [parts.opf, parts.ncx, parts.nav, ...parts.pages.map((p) => p.xhtml)])
      expect(xmlProblems(text)).toEqual([]);
    // Through epub-gen-memory's EJS templates unchanged: the text is escaped, so no "<%" reaches EJS.
    const book = readBook(await render(transcript));
    expect(book.opf).toBe(parts.opf);
    expect(book.opf).toContain(
      '<dc:title>A &lt;![CDATA[ ]]&gt; &amp;  title \uFFFD with ]]&gt; and &lt;% ejs %&gt; and {{handlebars}}</dc:title>',
    );
  });
});

describe('epub renderer on the example and the fixtures', () => {
  it('should render the example: title page, inferred speaker with its note after the label, index', async () => {
    const transcript = pressConference();
    const book = readBook(await render(transcript));
    checkBook(book, transcript);
    const page = doc(book, 'transcript-001.xhtml');
    const first = page.find((e) => e.attribs.id === 'para-1')!;
    expect(textOf(first)).toMatch(/^1\[Tomas Reyes, Regional Minister of Transport\]:1 Good morning/);
    expect(page.filter((e) => e.attribs.id?.startsWith('para-'))).toHaveLength(8);
    expect(page.filter((e) => classesOf(e).includes('gap')).map((e) => textOf(e))).toEqual(['[inaudible]']);
    expect(
      doc(book, 'index.xhtml')
        .filter((e) => e.attribs['epub:type'] === 'index-term')
        .map((e) => textOf(e)),
    ).toEqual(['Dame Elsa Marlow', 'Tomas Reyes', 'Question']);
    expect(book.opf).toContain('<meta property="dcterms:modified">2024-03-12T00:00:00Z</meta>');
  });

  it('should give the example the same bytes under TZ=Pacific/Kiritimati', async () => {
    const here = sha(await render(pressConference()));
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'tests/render/epub/render-child.ts', 'example'], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'Pacific/Kiritimati' },
      encoding: 'utf8',
    });
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout.split(' ')[0]).toBe(here);
  });

  it.each(Object.values(FIXTURE).map(baseName))(
    'should render the fixture %s with every spoken word, anchors and notes in place',
    async (name) => {
      const transcript = normaliseFixture(FIXTURES_DIR + name);
      const diagnostics: Diagnostic[] = [];
      const book = readBook(await render(transcript, defaultTheme, { diagnostics }));
      checkBook(book, transcript);
      expect(diagnostics).toEqual([]);
    },
  );

  // Speed is measured by `npm run bench`, never here (a timed test fails on a busy machine, not on slow code).
  it('should render a transcript of 175,000 words (the long press conference 190 times) in files under the limit', async () => {
    const transcript = repeatTranscript(longPressConferenceTranscript(), 190);
    const bytes = await render(transcript);
    const book = readBook(bytes);
    checkBook(book, transcript);
    const chapters = book.spine.filter((p) => p.includes('transcript-'));
    expect(chapters.length).toBeGreaterThan(4);
    for (const path of chapters)
      expect(book.files.get(path)!.length).toBeLessThanOrEqual(defaultTheme.epub.maxChapterBytes);
  });
});
