// Every word an edition generates is in the transcript's language: German, French and Russian
// editions of our own fixtures print no English phrase of the catalogue in any format; counts
// take the language's plural forms; a language with no catalogue gets English and a diagnostic.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Messages, PluralCategory } from '../../src/messages/catalogue.js';
import { de } from '../../src/messages/de.js';
import { en } from '../../src/messages/en.js';
import { fr } from '../../src/messages/fr.js';
import { CATALOGUES, formatCount, messagesFor } from '../../src/messages/messages.js';
import { ru } from '../../src/messages/ru.js';
import type { Diagnostic } from '../../src/model/nodes.js';
import { normalise, normaliseBytes } from '../../src/normalise/index.js';
import { prepareEdition } from '../../src/render/edition/edition.js';
import { getRenderer } from '../../src/render/registry.js';
import { defaultTheme } from '../../src/theme/default.js';
import { HAVE, missing, run } from '../helpers/tools.js';
import { unescapeXml } from '../helpers/xml.js';

const FIXTURES = new URL('../fixtures/languages/', import.meta.url);
const fixture = (name: string) => {
  const bytes = readFileSync(new URL(name, FIXTURES));
  return normaliseBytes(bytes, { fileName: name });
};

/** A marker standing for a function's argument, so that a sentence splits into its fixed words. */
const ARG = '\u0001';

/** The fixed phrases of a catalogue by key path: string values, plural forms and sentence functions split at their arguments. */
function phrases(value: unknown, path = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, text: string) => {
    const parts = text
      .split(/[\u0001#]/)
      .map((p) => p.trim())
      .filter((p) => /\p{L}{2}/u.test(p));
    if (parts.length > 0) out.set(key, [...(out.get(key) ?? []), ...parts]);
  };
  if (typeof value === 'string') add(path, value);
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => string;
    // A sentence with every optional part present, and with none.
    add(path, fn(...Array.from({ length: fn.length }, () => ARG)));
    add(path, fn(...Array.from({ length: fn.length }, (_, i) => (i === 0 ? ARG : null))));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'locale') continue;
      for (const [k, v] of phrases(inner, path ? `${path}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}

/** English phrases that differ from the language's phrase under the same key. */
function englishPhrasesNotIn(messages: Messages): string[] {
  const own = phrases(messages);
  const result = new Set<string>();
  for (const [key, list] of phrases(en)) {
    const theirs = new Set(own.get(key) ?? []);
    for (const phrase of list) if (!theirs.has(phrase)) result.add(phrase);
  }
  return [...result];
}

/** The English phrases found in a text, as whole words. */
function englishIn(text: string, englishPhrases: readonly string[]): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return englishPhrases.filter((phrase) =>
    new RegExp(`(?<![\\p{L}])${escape(phrase)}(?![\\p{L}])`, 'u').test(text.replace(/\s+/g, ' ')),
  );
}

const scratch = mkdtempSync(join(tmpdir(), 'verbatim-languages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const xmlText = (xml: string) => unescapeXml(xml.replace(/<[^>]+>/g, ' '));

/** Everything an edition prints, per format, as plain text. */
async function printedTexts(name: string, diagnostics: Diagnostic[] = []): Promise<Record<string, string>> {
  const transcript = fixture(name);
  const context = { theme: defaultTheme, diagnostics };
  const texts: Record<string, string> = {};
  // What a Markdown processor prints: no comment (the edition's begin/end marks and attribution
  // record, in English like the model's evidence, are for the editor and the reader of the file),
  // of the front matter only title and subtitle (its other keys are the model's, such as `kind`),
  // and no span attributes (`{.gap reason=inaudible …}` keep the model's values for reading back).
  const markdown = decode(await (await getRenderer('md')).render(transcript, context));
  const end = markdown.indexOf('\n---\n', 4);
  texts['md'] = [
    ...markdown
      .slice(0, end)
      .split('\n')
      .filter((line) => /^(title|subtitle):/.test(line)),
    markdown
      .slice(end + 5)
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\]\{[^}]*\}/g, ']'),
  ].join('\n');
  const docx = unzipSync(await (await getRenderer('docx')).render(transcript, context));
  texts['docx'] = Object.entries(docx)
    .filter(([path]) => path.endsWith('.xml'))
    .map(([, bytes]) => xmlText(decode(bytes)))
    .join('\n');
  const epub = unzipSync(await (await getRenderer('epub')).render(transcript, context));
  texts['epub'] = Object.entries(epub)
    .filter(([path]) => /\.(xhtml|opf|ncx)$/.test(path))
    .map(([, bytes]) => xmlText(decode(bytes)))
    .join('\n');
  const pdf = await (await getRenderer('pdf')).render(transcript, context);
  if (HAVE.poppler) {
    const path = join(scratch, `${name}.pdf`);
    writeFileSync(path, pdf);
    texts['pdf'] =
      run('pdftotext', ['-raw', '-nopgbrk', '-enc', 'UTF-8', path, '-']).stdout +
      // The document information the edition wrote (not pdfinfo's own field names).
      run('pdfinfo', ['-enc', 'UTF-8', path])
        .stdout.split('\n')
        .filter((line) => /^(?:Title|Subject|Keywords|Author):/.test(line))
        .map((line) => line.replace(/^\w+:\s*/, ''))
        .join('\n');
  }
  return texts;
}

describe('catalogues', () => {
  it('should give every count the plural forms its language uses', () => {
    for (const [language, messages] of Object.entries(CATALOGUES)) {
      const needed = new Intl.PluralRules(messages.locale).resolvedOptions().pluralCategories;
      const check = (value: unknown, path: string) => {
        if (value !== null && typeof value === 'object' && typeof (value as { other?: unknown }).other === 'string') {
          for (const category of needed)
            expect(value, `${language} ${path} lacks "${category}"`).toHaveProperty(category);
          for (const category of Object.keys(value))
            expect(needed, `${language} ${path} has "${category}"`).toContain(category as PluralCategory);
        } else if (value !== null && typeof value === 'object')
          for (const [key, inner] of Object.entries(value)) check(inner, `${path}.${key}`);
      };
      check(messages, language);
    }
  });

  it('should write Russian counts in their three forms', () => {
    const counts = [1, 2, 5, 11, 21, 22, 25, 101, 1000].map((n) => formatCount(ru, n, ru.words));
    expect(counts).toEqual([
      '1 слово',
      '2 слова',
      '5 слов',
      '11 слов',
      '21 слово',
      '22 слова',
      '25 слов',
      '101 слово',
      '1\u00A0000 слов',
    ]);
    expect([1, 2, 5, 21].map((n) => formatCount(ru, n, ru.colophon.unattributed))).toEqual([
      '1 реплику не удалось приписать ни одному участнику.',
      '2 реплики не удалось приписать ни одному участнику.',
      '5 реплик не удалось приписать ни одному участнику.',
      '21 реплику не удалось приписать ни одному участнику.',
    ]);
  });

  it('should group numbers as the locale does and use the French form for millions', () => {
    expect(formatCount(en, 2233, en.words)).toBe('2,233 words');
    expect(formatCount(en, 1, en.words)).toBe('1 word');
    expect(formatCount(de, 2233, de.words)).toBe('2.233 Wörter');
    expect(formatCount(fr, 2233, fr.words)).toBe('2\u202F233 mots');
    expect(formatCount(fr, 1_000_000, fr.words)).toBe('1\u202F000\u202F000 de mots');
  });
});

describe('editions in German, French and Russian', () => {
  const cases = [
    { name: 'bundestag-sitzung.de.txt', language: 'de', messages: de },
    { name: 'conference-de-presse.fr.txt', language: 'fr', messages: fr },
    { name: 'biblioteka.ru.txt', language: 'ru', messages: ru },
  ];

  for (const { name, language, messages } of cases) {
    it(`should print no English phrase of the catalogue in the ${language} edition, in any format`, async () => {
      const transcript = fixture(name);
      expect(transcript.meta.language).toBe(language);
      const english = englishPhrasesNotIn(messages);
      const texts = await printedTexts(name);
      if (!HAVE.poppler) console.warn(missing('poppler (pdftotext)'));
      for (const [format, text] of Object.entries(texts)) expect(englishIn(text, english), format).toEqual([]);
      // And the language's own words are there.
      expect(texts['md']).toContain(messages.labels.speakerIndex);
      expect(texts['md']).toContain(messages.colophon.spelling);
    });
  }

  it('should find the English phrases in an English edition (the check can fail)', async () => {
    const transcript = normalise(
      'Press conference\n\nwith Mayor Ada Quill\n\nMayor Quill: Good morning, and thank you for coming out in the rain today.\n\nQuestion: Will the ferry run on Sundays?\n\nMayor Quill: It will, from the first of May.\n',
    );
    const markdown = decode(
      await (await getRenderer('md')).render(transcript, { theme: defaultTheme, diagnostics: [] }),
    );
    const found = englishIn(markdown, englishPhrasesNotIn(de));
    expect(found).toEqual(expect.arrayContaining(['Speaker index', 'Colophon', 'Spelling is as in the source.']));
  });

  it('should compose the title, subtitle, labels and marks in the language', () => {
    const german = prepareEdition(fixture('bundestag-sitzung.de.txt'), defaultTheme);
    expect(german.title).toBe('Plenarsitzung mit Präsident Dr. Lindner und Vogt');
    expect(german.subtitle).toBe('Plenarsitzung · 14. März 1952');
    expect(german.index.map((e) => e.wordsText)).toEqual(german.index.map((e) => formatCount(de, e.words, de.words)));
    const french = prepareEdition(fixture('conference-de-presse.fr.txt'), defaultTheme);
    expect(french.title).toBe('Transcription avec Claire Dumont et Marc Lefèvre');
    expect(french.index.find((e) => e.participant.kind === 'anonymous')?.name).toBe('Question');
    const russian = prepareEdition(fixture('biblioteka.ru.txt'), defaultTheme);
    expect(russian.title).toBe('Стенограмма — Корреспондент и Анна Белова');
    expect(russian.index.map((e) => e.wordsText)).toEqual(['23 слова', '90 слов']);
  });

  it('should write the attribution note in the language, with the English evidence marked as English', () => {
    const source =
      'Pressekonferenz\n\nwith Bürgermeisterin Ada Quill and Minister Tomas Reyes\n\n' +
      'Guten Morgen. Ich danke Ihnen allen, dass Sie trotz des Regens gekommen sind, und ich beginne mit dem Fahrplan der Fähre.\n\n' +
      'Minister Reyes:\n\nDanke. Die neue Anlegestelle verdoppelt die Zahl der Fahrten, die der Hafen in einer Stunde aufnehmen kann.\n';
    const transcript = normalise(source, { language: 'de' });
    const note = transcript.notes.find((n) => n.kind === 'attribution');
    expect(note).toBeDefined();
    const first = note!.children[0]!;
    expect(first.type === 'text' && first.value).toMatch(
      /^Die Quelle nennt hier keinen Sprecher; die Worte werden .+ zugeschrieben\. Indizien \(englisch\): $/,
    );
    expect(note!.children[1]).toMatchObject({ type: 'foreign', lang: 'en' });
  });
});

describe('a language with no catalogue', () => {
  const italian =
    'Conferenza stampa\n\nSindaca Ada Quill: Buongiorno a tutti e grazie di essere venuti nonostante la pioggia. Oggi presentiamo il nuovo orario del traghetto.\n\n' +
    'Domanda: Il traghetto partirà anche la domenica mattina?\n\nSindaca Ada Quill: Sì, a partire dal primo maggio, ogni domenica alle otto e mezza.\n';

  it('should print English and report edition-language-fallback from every renderer', async () => {
    const transcript = normalise(italian, { language: 'it' });
    expect(messagesFor('it')).toMatchObject({ fallback: true, messages: en });
    const edition = prepareEdition(transcript, defaultTheme);
    expect(edition.strings).toEqual(en.labels);
    expect(edition.messagesLanguage).toBe('en');
    expect(edition.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'edition-language-fallback']]);
    for (const format of ['md', 'docx', 'epub', 'pdf']) {
      const diagnostics: Diagnostic[] = [];
      await (await getRenderer(format)).render(transcript, { theme: defaultTheme, diagnostics });
      expect(
        diagnostics.map((d) => d.rule),
        format,
      ).toContain('edition-language-fallback');
    }
    expect(prepareEdition(normalise(italian, { language: 'de-AT' }), defaultTheme).diagnostics).toEqual([]);
  });
});
