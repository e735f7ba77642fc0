// The colophon says only what is true, plainly, in the transcript's language: no sentence about
// a source that is not named, the source page on a labelled line of its own, counts in their
// plural forms and grouped by the locale, no count of zero, changes named by what they did.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/messages/de.js';
import { en } from '../../src/messages/en.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { CORPUS_DIR, HAVE_CORPUS, NO_CORPUS, SEED, corpusFiles } from '../helpers/corpus.js';
import { colophonOf, expectPlainAndTrue } from '../helpers/colophon.js';

describe.skipIf(!HAVE_CORPUS)(`colophon of the corpus ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`, () => {
  const read = (name: string) => normaliseBytes(readFileSync(`${CORPUS_DIR}${name}`), { fileName: name });

  it('should be plain and true for every corpus file', () => {
    for (const name of corpusFiles().filter((f) => !f.endsWith('.rttm'))) {
      const transcript = read(name);
      expectPlainAndTrue(transcript, transcript.meta.language === 'de' ? de : en);
    }
  });

  it('should state the seed plainly', () => {
    const transcript = normaliseBytes(readFileSync(SEED), { fileName: SEED.split('/').pop()! });
    const colophon = colophonOf(transcript);
    expect(colophon[0]).toBe('Source: NATO, NATO Speeches; page updated 26 November 2001.');
    expect(colophon[1]).toBe('Input file: 000-nato-press-conference-2001-seed.txt (plain text, UTF-8).');
    expect(colophon[4]).toMatch(/^3 turns have no speaker label in the source; their speakers were inferred/);
  });

  it('should group the German sitting’s numbers the German way and say every turn is labelled', () => {
    const colophon = colophonOf(read('110-parliament-bundestag-1951-de.txt'));
    expect(colophon[0]).toMatch(/^Eingabedatei: 110-parliament-bundestag-1951-de\.txt \(reiner Text, UTF-8\)\.$/);
    expect(colophon[2]).toMatch(
      / mit \d{1,3}(?:\.\d{3})+ gesprochenen Wörtern von \d+ namentlich genannten Sprechern\.$/,
    );
    expect(colophon[3]).toMatch(/^Jeder Redebeitrag ist in der Quelle mit dem Namen des Sprechers versehen\./);
  });

  it('should name the Latin-1 file’s encoding as read, and its unattributed turns', () => {
    const colophon = colophonOf(read('030-hansard-canada-1998-11-27-en-latin1.txt'));
    expect(colophon[0]).toBe('Input file: 030-hansard-canada-1998-11-27-en-latin1.txt (plain text, Windows-1252).');
    expect(colophon.join(' ')).toContain('4 turns could not be attributed to any participant.');
    expect(colophon.join(' ')).toContain('trailing spaces removed from 1,739 lines');
  });

  it('should name a subtitle file’s format and byte-order mark, and its line endings', () => {
    const colophon = colophonOf(read('092-subtitle-podcast-voice-tags-mixed-labels.vtt'));
    expect(colophon[0]).toBe(
      'Input file: 092-subtitle-podcast-voice-tags-mixed-labels.vtt (WebVTT subtitles, UTF-8 with BOM).',
    );
    expect(colophon.join(' ')).toMatch(/887 line endings made uniform/);
  });
});
