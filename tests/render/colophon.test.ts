// The colophon says only what is true, plainly, in the transcript's language: no sentence about
// a source that is not named, the source page on a labelled line of its own, counts in their
// plural forms and grouped by the locale, no count of zero, changes named by what they did.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Messages } from '../../src/messages/catalogue.js';
import { de } from '../../src/messages/de.js';
import { en } from '../../src/messages/en.js';
import { fr } from '../../src/messages/fr.js';
import { ru } from '../../src/messages/ru.js';
import { MODEL_VERSION, type Transcript } from '../../src/model/nodes.js';
import { normalise, normaliseBytes } from '../../src/normalise/index.js';
import { VERSION } from '../../src/version.js';
import { colophonOf, expectPlainAndTrue } from '../helpers/colophon.js';

const FIXTURES = new URL('../fixtures/languages/', import.meta.url);

describe('colophon', () => {
  it('should say nothing about a source a transcript with no metadata does not name', () => {
    const transcript = normalise('Q: Is the ferry running on Sundays this year?\nA: Yes, from the first of May.\n');
    expectPlainAndTrue(transcript, en);
    expect(colophonOf(transcript)).toEqual([
      'Input: standard input (plain text, UTF-8).',
      `SHA-256 of the input: ${transcript.meta.source.sha256}`,
      `Made with Verbatim ${VERSION} (transcript model ${MODEL_VERSION}). The transcript has 2 turns in 2 paragraphs, with 14 spoken words by speakers the source does not name.`,
      '1 turn could not be attributed to any participant.',
      'No character of the text was changed. Spelling is as in the source.',
    ]);
  });

  it('should say so when there is no spoken text at all', () => {
    expect(colophonOf(normalise(''))[2]).toBe(
      `Made with Verbatim ${VERSION} (transcript model ${MODEL_VERSION}). The transcript has no spoken text.`,
    );
  });

  it('should name the publisher, the page date and the source page, and count the changes by kind', () => {
    const transcript = normalise(
      'Chair Marlow: We have "listened" -- and we have counted... The berth opens in May.\n\nQuestion: When - exactly?\n',
    );
    const withSource = (source: Partial<Transcript['meta']['source']>): Transcript => ({
      ...transcript,
      meta: { ...transcript.meta, source: { ...transcript.meta.source, ...source } },
    });
    const published = withSource({
      publisher: 'Harbour Council',
      series: 'Briefings',
      pageUpdated: '2024-03-14',
      url: 'https://example.org/briefings/12',
    });
    expectPlainAndTrue(published, en);
    const colophon = colophonOf(published);
    expect(colophon[0]).toBe('Source: Harbour Council, Briefings; page updated 14 March 2024.');
    expect(colophon[1]).toBe('Source page: https://example.org/briefings/12');
    expect(colophon[colophon.length - 1]).toBe(
      'Changes to the characters of the text: 2 straight quotation marks made curly, 2 hyphens made dashes and 1 run of three dots made an ellipsis. Spelling is as in the source.',
    );
    const unpublished = withSource({ pageUpdated: '2024-03-14' });
    expectPlainAndTrue(unpublished, en);
    expect(colophonOf(unpublished)[0]).toBe('The source page was last updated on 14 March 2024.');
    const german = withSource({ publisher: 'Hafenamt', pageUpdated: '2024-03-14', url: 'https://example.org/b' });
    german.meta.language = 'de';
    expect(colophonOf(german).slice(0, 2)).toEqual([
      'Quelle: Hafenamt; Seite aktualisiert am 14. März 2024.',
      'Quellseite: https://example.org/b',
    ]);
  });

  it('should write the colophon of the German, French and Russian fixtures in their languages', () => {
    const cases: [string, Messages][] = [
      ['bundestag-sitzung.de.txt', de],
      ['conference-de-presse.fr.txt', fr],
      ['biblioteka.ru.txt', ru],
    ];
    for (const [name, messages] of cases) {
      const transcript = normaliseBytes(readFileSync(new URL(name, FIXTURES)), { fileName: name });
      expectPlainAndTrue(transcript, messages);
      expect(colophonOf(transcript)[0]).toBe(messages.colophon.input(name, messages.colophon.formats.text, 'UTF-8'));
    }
  });
});
