// Hyphenation points for the PDF line breaker: the `hyphen` patterns per language, and the
// house rules on top of them (short words, edges, unbreakable tokens, existing hyphens).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  hyphenationPoints,
  MIN_LETTERS_AFTER,
  MIN_LETTERS_BEFORE,
  patternSetFor,
  wordBreaks,
} from '../../../../src/render/pdf/linebreak/hyphenate.js';
import { ALL_FIXTURES } from '../../../helpers/fixtures.js';
import { ENGLISH_WORDS, LONG_WORDS } from './fixtures.js';
import { libraryPoints, patternPoints } from './pattern-points.js';

const SAMPLES: Record<string, string[]> = {
  fr: [
    'anticonstitutionnellement',
    'gouvernement',
    'responsabilité',
    'internationale',
    'conférence',
    'développement',
    'l’organisation',
    "aujourd'hui",
    'malheureusement',
    'particulièrement',
    'extraordinaire',
    'négociations',
    'Méditerranée',
  ],
  'de-1996': [
    'Donaudampfschiffahrtsgesellschaft',
    'Bundesregierung',
    'Verantwortung',
    'Zusammenarbeit',
    'Pressekonferenz',
    'Sicherheitspolitik',
    'Außenminister',
    'Verhandlungen',
    'selbstverständlich',
    'Bündnispartner',
    'Straßenbahn',
    'Öffentlichkeit',
  ],
  ru: [
    'достопримечательность',
    'правительство',
    'ответственность',
    'международный',
    'переговоры',
    'безопасность',
    'сотрудничество',
    'Североатлантический',
    'пресс-конференция',
    'государственный',
    'обязательства',
  ],
};

/** The word with `·` at each point, for readable failures. */
function marked(word: string, language: string): string {
  const points = hyphenationPoints(word, language);
  let out = '';
  let from = 0;
  for (const p of points) {
    out += word.slice(from, p) + '·';
    from = p;
  }
  return out + word.slice(from);
}

describe('hyphenationPoints', () => {
  it("should hyphenate sample words with each language's patterns", () => {
    expect(marked('international', 'en')).toBe('in·ter·na·tional');
    expect(hyphenationPoints('international', 'en')).toEqual([2, 5, 7]);
    expect(marked('internationalisation', 'en-GB')).toBe('in·ter·na·tion·al·isa·tion');
    expect(marked('anticonstitutionnellement', 'fr')).toBe('an·ti·cons·ti·tu·tion·nel·le·ment');
    expect(marked('Donaudampfschiffahrtsgesellschaft', 'de')).toBe('Do·nau·dampf·schif·fahrts·ge·sell·schaft');
    expect(marked('достопримечательность', 'ru')).toBe('до·сто·при·ме·ча·тель·ность');
  });

  it('should give the same points as the hyphen package itself', () => {
    const words = [...ENGLISH_WORDS, ...LONG_WORDS, ...LONG_WORDS.map((w) => `(${w[0]?.toUpperCase()}${w.slice(1)}),`)];
    for (const [language, set] of [
      ['en', 'en-us'],
      ['en-GB', 'en-gb'],
    ] as const) {
      for (const word of words)
        expect(patternPoints(word, language), `${set} ${word}`).toEqual(libraryPoints(word, set));
    }
    for (const [set, samples] of Object.entries(SAMPLES)) {
      const language = set === 'de-1996' ? 'de' : set;
      for (const word of samples)
        expect(patternPoints(word, language), `${set} ${word}`).toEqual(libraryPoints(word, set));
    }
  });

  it('should give the same points as the hyphen package on the whole vocabulary of the fixtures', () => {
    const vocabulary = new Set(ALL_FIXTURES.flatMap((f) => readFileSync(f, 'latin1').split(/\s+/)));
    let compared = 0;
    for (const word of vocabulary) {
      if (word === '') continue;
      compared++;
      expect(patternPoints(word, 'en-GB'), word).toEqual(libraryPoints(word, 'en-gb'));
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('should pick pattern sets from BCP 47 tags', () => {
    expect(patternSetFor('en')).toBe('en-us');
    expect(patternSetFor('en-US')).toBe('en-us');
    expect(patternSetFor('en-GB')).toBe('en-gb');
    expect(patternSetFor('en_gb')).toBe('en-gb');
    expect(patternSetFor('fr-CA')).toBe('fr');
    expect(patternSetFor('de-AT')).toBe('de-1996');
    expect(patternSetFor('ru-RU')).toBe('ru');
    expect(patternSetFor('it')).toBeUndefined();
    expect(patternSetFor('')).toBeUndefined();
  });

  it('should not hyphenate other languages', () => {
    expect(hyphenationPoints('internationalisation', 'it')).toEqual([]);
    expect(hyphenationPoints('internationalisation', 'und')).toEqual([]);
    expect(hyphenationPoints('internationalisation', '')).toEqual([]);
  });

  it('should leave words shorter than 6 letters and all-capital words whole', () => {
    for (const word of ['table', 'about', 'their', 'under', 'Maybe', 'мирно'])
      expect(hyphenationPoints(word, 'en')).toEqual([]);
    expect(hyphenationPoints('мирно', 'ru')).toEqual([]);
    expect(hyphenationPoints('INTERNATIONAL', 'en')).toEqual([]);
  });

  it('should leave at least 2 letters before and 3 after every point', () => {
    const samples: [string, string][] = [
      ...[...ENGLISH_WORDS, ...LONG_WORDS].map((w): [string, string] => [w, 'en']),
      ...[...ENGLISH_WORDS, ...LONG_WORDS].map((w): [string, string] => [`(${w}),`, 'en-GB']),
      ['anticonstitutionnellement', 'fr'],
      ["l'anticonstitutionnellement", 'fr'],
      ['Donaudampfschiffahrtsgesellschaft.', 'de'],
      ['«достопримечательность»', 'ru'],
    ];
    let points = 0;
    for (const [word, language] of samples) {
      for (const p of hyphenationPoints(word, language)) {
        points++;
        const before = [...word.slice(0, p)].filter((c) => /\p{L}/u.test(c)).length;
        const after = [...word.slice(p)].filter((c) => /\p{L}/u.test(c)).length;
        expect(before, `${word} at ${p}`).toBeGreaterThanOrEqual(MIN_LETTERS_BEFORE);
        expect(after, `${word} at ${p}`).toBeGreaterThanOrEqual(MIN_LETTERS_AFTER);
      }
    }
    expect(points).toBeGreaterThan(100);
  });

  it('should never break tokens with digits, slashes, colons or at signs', () => {
    for (const token of [
      'internationalisation2',
      'https://example.org/internationalisation',
      'internationalisation:',
      'someone@internationalisation.org',
      'ninety-nine1',
      'COVID-19',
      '1990-2000',
    ]) {
      expect(wordBreaks(token, 'en'), token).toEqual([]);
    }
  });

  it('should break a hyphenated token only after its own hyphen, as an explicit break', () => {
    expect(wordBreaks('well-known', 'en')).toEqual([{ offset: 5, explicit: true }]);
    expect(wordBreaks('self-determination', 'en')).toEqual([{ offset: 5, explicit: true }]);
    expect(wordBreaks('mother-in-law', 'en')).toEqual([
      { offset: 7, explicit: true },
      { offset: 10, explicit: true },
    ]);
    expect(hyphenationPoints('anti-constitutionnellement', 'fr')).toEqual([5]);
    // Too few letters on one side, or not between letters.
    expect(wordBreaks('e-mail', 'en')).toEqual([]);
    expect(wordBreaks('X-ray', 'en')).toEqual([]);
    expect(wordBreaks('go-', 'en')).toEqual([]);
    expect(wordBreaks('well--known', 'en')).toEqual([]);
    // Existing hyphens break whatever the language.
    expect(wordBreaks('well-known', 'ja')).toEqual([{ offset: 5, explicit: true }]);
  });

  it('should give no breaks to tokens that carry a soft hyphen or control characters', () => {
    expect(hyphenationPoints('inter\u00ADnational', 'en')).toEqual([]);
    expect(hyphenationPoints('inter\u0001national', 'en')).toEqual([]);
  });

  it('should return the same frozen result for a repeated word', () => {
    const a = wordBreaks('responsibilities', 'en');
    expect(wordBreaks('responsibilities', 'en')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
