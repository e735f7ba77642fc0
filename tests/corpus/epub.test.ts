// The EPUB edition of every corpus file: every spoken word in the spine in order, anchors and
// notes in place, no diagnostics. tests/render/epub/epub.test.ts checks the same on the project's
// own fixtures. Skipped without ../shared/corpus.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/nodes.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { epubRenderer } from '../../src/render/epub/index.js';
import { defaultTheme } from '../../src/theme/default.js';
import { CORPUS_DIR, corpusFiles, HAVE_CORPUS, NO_CORPUS } from '../helpers/corpus.js';
import { checkBook, readBook } from '../render/epub/book.js';

describe.skipIf(!HAVE_CORPUS)(`EPUB of every corpus file ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`, () => {
  const files = corpusFiles().filter((f) => !f.endsWith('.rttm'));
  it.each(files)('should render %s with every spoken word, anchors and notes in place', async (name) => {
    const transcript = normaliseBytes(readFileSync(`${CORPUS_DIR}${name}`), { fileName: name });
    const diagnostics: Diagnostic[] = [];
    const book = readBook(await epubRenderer.render(transcript, { theme: defaultTheme, diagnostics }));
    checkBook(book, transcript);
    expect(diagnostics).toEqual([]);
  });
});
