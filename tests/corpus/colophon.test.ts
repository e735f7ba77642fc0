// The colophon says only what is true, plainly, in the transcript's language: no sentence about
// a source that is not named, the source page on a labelled line of its own, counts in their
// plural forms and grouped by the locale, no count of zero, changes named by what they did.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Messages } from '../../src/messages/catalogue.js';
import { de } from '../../src/messages/de.js';
import { en } from '../../src/messages/en.js';
import { formatCount } from '../../src/messages/messages.js';
import { type Transcript } from '../../src/model/nodes.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { changeCounts, prepareEdition } from '../../src/render/edition/edition.js';
import { defaultTheme } from '../../src/theme/default.js';
import { CORPUS_DIR, HAVE_CORPUS, NO_CORPUS, SEED, corpusFiles } from '../helpers/corpus.js';

function colophonOf(transcript: Transcript): string[] {
  return prepareEdition(transcript, defaultTheme).colophon;
}

/** What every colophon must satisfy, whatever the input. */
function expectPlainAndTrue(transcript: Transcript, messages: Messages): void {
  const colophon = colophonOf(transcript);
  const text = colophon.join('\n');
  const { source } = transcript.meta;
  // No count of zero (the input's name and checksum aside), no "not stated".
  const counted = colophon.filter(
    (p) => !p.startsWith(messages.colophon.checksum) && !p.includes(source.fileName ?? '\u0000'),
  );
  expect(counted.join('\n')).not.toMatch(/(?<![\d.,\u00A0\u202F])0(?![\d.,\u00A0\u202F])/);
  expect(text).not.toMatch(/not stated/i);
  // The source page, when there is one, is on a line of its own after its label.
  const withUrl = colophon.filter((p) => source.url !== null && p.includes(source.url));
  if (source.url) expect(withUrl).toEqual([`${messages.colophon.address} ${source.url}`]);
  else expect(text).not.toContain(messages.colophon.address);
  // A publisher is named only when the source names one.
  if (!source.publisher)
    expect(text).not.toContain(messages.colophon.publishedBy('\u0001', null, null).split('\u0001')[0]!);
  // Every kind of change is counted, in its plural form.
  for (const [kind, n] of changeCounts(transcript.changes))
    expect(text).toContain(formatCount(messages, n, messages.colophon.changeKinds[kind]));
  if (transcript.changes.length === 0) expect(text).toContain(messages.colophon.noChanges);
  expect(colophon[colophon.length - 1]).toMatch(new RegExp(`${messages.colophon.spelling.replace('.', '\\.')}$`));
}

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
