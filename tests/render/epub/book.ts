// Reads a rendered book the way a checker would and asserts what every EPUB edition must hold:
// a proper container, well-formed XML everywhere, the transcript's language on every content
// document, every spoken word in order, anchors para-1..N once each, notes linked both ways.
import { expect } from 'vitest';
import type { Transcript } from '../../../src/model/nodes.js';
import { spokenParagraphs, spokenText, wordsOf } from '../../../src/model/walk.js';
import {
  classesOf,
  elementsOf,
  entryText,
  parseXhtml,
  spineFiles,
  textOf,
  unzip,
  xmlProblems,
  type XElement,
} from './helpers.js';

/** A parsed book. */
export interface Book {
  bytes: Uint8Array;
  files: Map<string, Uint8Array>;
  /** Spine XHTML paths in reading order. */
  spine: string[];
  /** Parsed XHTML documents by path (spine and nav). */
  docs: Map<string, ReturnType<typeof parseXhtml>>;
  opf: string;
  css: string;
}

/** Unzip and parse a book. */
export function readBook(bytes: Uint8Array): Book {
  const files = unzip(bytes);
  const spine = spineFiles(files);
  const docs = new Map<string, ReturnType<typeof parseXhtml>>();
  for (const path of [...spine, 'OEBPS/toc.xhtml']) docs.set(path, parseXhtml(entryText(files, path)));
  return {
    bytes,
    files,
    spine,
    docs,
    opf: entryText(files, 'OEBPS/content.opf'),
    css: entryText(files, 'OEBPS/style.css'),
  };
}

/** Elements of a document with an id, by id. */
function ids(book: Book, path: string): Map<string, XElement> {
  const out = new Map<string, XElement>();
  for (const element of elementsOf(book.docs.get(path)!)) if (element.attribs.id) out.set(element.attribs.id, element);
  return out;
}

/** Resolve an href from a document to [path, element]. */
function target(book: Book, from: string, href: string): XElement | undefined {
  const [file, fragment] = href.split('#') as [string, string | undefined];
  const path = file ? `OEBPS/${file}` : from;
  if (!book.docs.has(path)) return undefined;
  return fragment ? ids(book, path).get(fragment) : elementsOf(book.docs.get(path)!)[0];
}

const setAside = (element: XElement) => {
  const classes = classesOf(element);
  return (
    classes.includes('label') ||
    classes.includes('pnum') ||
    classes.includes('noteref') ||
    classes.includes('mark') ||
    element.name === 'aside'
  );
};

/** Spine text with labels, paragraph numbers, note references, notes and marks set aside. */
export function spineWords(book: Book): string[] {
  return book.spine.flatMap((path) => wordsOf(textOf(book.docs.get(path)!, setAside)));
}

/** Share of the model's spoken words found in order in `words` (1 = all). */
export function inOrderShare(model: string[], words: string[]): number {
  let j = 0;
  let found = 0;
  for (const word of model) {
    while (j < words.length && words[j] !== word) j++;
    if (j < words.length) {
      found++;
      j++;
    }
  }
  return model.length === 0 ? 1 : found / model.length;
}

/** Every check that holds for any transcript and theme. */
export function checkBook(
  book: Book,
  transcript: Transcript,
  options: { placement?: 'footnote' | 'endnote' } = {},
): void {
  const { files } = book;
  const names = [...files.keys()];

  // Container: mimetype first and stored, no extra field, no directory entries.
  expect(names[0]).toBe('mimetype');
  expect(new TextDecoder().decode(book.bytes.subarray(30, 38))).toBe('mimetype');
  expect(new TextDecoder().decode(book.bytes.subarray(38, 58))).toBe('application/epub+zip');
  expect(book.bytes[8]).toBe(0); // compression method: stored
  expect(book.bytes[28]).toBe(0); // extra field length
  expect(names.some((n) => n.endsWith('/'))).toBe(false);
  expect(entryText(files, 'META-INF/container.xml')).toContain('full-path="OEBPS/content.opf"');

  // Every XML file is well-formed; every content document carries the language twice.
  const language = /<dc:language>([^<]+)<\/dc:language>/.exec(book.opf)?.[1];
  expect(language).toBe(transcript.meta.language);
  for (const name of names.filter((n) => /\.(xhtml|opf|ncx|xml)$/.test(n))) {
    expect(xmlProblems(entryText(files, name)), name).toEqual([]);
    if (name.endsWith('.xhtml')) {
      const html = elementsOf(book.docs.get(name) ?? parseXhtml(entryText(files, name))).find(
        (e) => e.name === 'html',
      )!;
      expect(html.attribs['xml:lang'], name).toBe(language);
      expect(html.attribs.lang, name).toBe(language);
    }
  }

  // Every spoken paragraph: anchored once, its words exactly the model's.
  const paragraphs = [...spokenParagraphs(transcript)];
  const anchors = new Map<string, number>();
  const paragraphText = new Map<string, string>();
  for (const path of book.spine) {
    for (const element of elementsOf(book.docs.get(path)!)) {
      const id = element.attribs.id;
      if (id?.startsWith('para-')) {
        anchors.set(id, (anchors.get(id) ?? 0) + 1);
        paragraphText.set(id, textOf(element, setAside));
      }
    }
  }
  expect([...anchors.keys()]).toEqual(paragraphs.map((_, i) => `para-${i + 1}`));
  expect([...anchors.values()].every((n) => n === 1)).toBe(true);
  paragraphs.forEach((p, i) => {
    expect(wordsOf(paragraphText.get(`para-${i + 1}`) ?? ''), `para-${i + 1}`).toEqual(
      wordsOf(spokenText(p.paragraph)),
    );
  });
  const modelWords = paragraphs.flatMap((p) => wordsOf(spokenText(p.paragraph)));
  expect(inOrderShare(modelWords, spineWords(book))).toBe(1);

  // Notes: every reference resolves to the note of its number, every note links back.
  const referenced = new Set<number>();
  for (const path of book.spine) {
    for (const element of elementsOf(book.docs.get(path)!)) {
      if (!(element.attribs['epub:type'] ?? '').split(' ').includes('noteref')) continue;
      const number = Number(textOf(element));
      expect(element.attribs.href, path).toMatch(new RegExp(`#note-${number}$`));
      if (options.placement === 'endnote') expect(element.attribs.href).toBe(`notes.xhtml#note-${number}`);
      const note = target(book, path, element.attribs.href!);
      expect(note, `${path} ${element.attribs.href}`).toBeDefined();
      expect(note!.attribs['epub:type']).toBe(options.placement === 'endnote' ? 'endnote' : 'footnote');
      if (options.placement !== 'endnote') expect(note!.name).toBe('aside');
      referenced.add(number);
      if (element.attribs.id === `noteref-${number}`) {
        const notePath = element.attribs.href!.split('#')[0] ? `OEBPS/${element.attribs.href!.split('#')[0]}` : path;
        const back = elementsOf({ children: note!.children }).find((e) => e.attribs.role === 'doc-backlink');
        expect(back, `back-link of note ${number}`).toBeDefined();
        expect(target(book, notePath, back!.attribs.href!)).toBe(element);
      }
    }
  }
  for (const note of transcript.notes) {
    const homes = book.spine.filter(
      (path) =>
        ids(book, path).has(`note-${note.number}`) && ids(book, path).get(`note-${note.number}`)!.attribs['epub:type'],
    );
    expect(homes.length, `note ${note.number}`).toBe(1);
  }

  // Stylesheet: no !important, every speaker class coloured.
  expect(book.css).not.toContain('!important');
  for (const element of book.spine.flatMap((path) => elementsOf(book.docs.get(path)!))) {
    for (const cls of classesOf(element).filter((c) => c.startsWith('speaker-')))
      expect(book.css, cls).toContain(`.${cls} .label {`);
  }
}
