// The total-fit line breaker: fit, hard hyphenation rules, word order, run fonts, the
// first-fit baseline, and pathological input (huge words, empty and giant paragraphs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakParagraph,
  breakParagraphFirstFit,
  type BrokenParagraph,
  type BreakOptions,
  type MeasureText,
  type ParagraphInput,
  type TextRun,
} from '../../../../src/render/pdf/linebreak/knuth-plass.js';
import { spaceRatioStats } from '../../../../src/render/pdf/linebreak/stats.js';
import {
  ENGLISH_WORDS,
  generateWords,
  LONG_WORDS,
  longestHyphenRun,
  monospace,
  proportional,
  rightEdge,
  wordsOfLines,
} from './fixtures.js';

const EPS = 1e-6;

function input(
  text: string,
  width: number | ((line: number) => number),
  extra: Partial<ParagraphInput> = {},
  options: BreakOptions = {},
): ParagraphInput {
  return {
    runs: [{ text, fontKey: 'serif', size: 10 }],
    measure: proportional,
    lineWidth: typeof width === 'number' ? () => width : width,
    language: 'en',
    options,
    ...extra,
  };
}

/** The checks every result must pass, whatever the input. */
function expectWellFormed(
  result: BrokenParagraph,
  source: readonly TextRun[],
  lineWidth: (line: number) => number,
  options: BreakOptions = {},
): void {
  const lines = result.lines;
  expect(result.ratios).toEqual(lines.map((l) => l.ratio));
  lines.forEach((line, i) => {
    const width = lineWidth(i);
    expect(line.width).toBe(width);
    if (line.justified && !line.overfull)
      expect(Math.abs(rightEdge(line) - width), `line ${i} "${line.text}"`).toBeLessThan(EPS);
    if (!line.overfull) expect(rightEdge(line), `line ${i} "${line.text}"`).toBeLessThanOrEqual(width + EPS);
    expect(line.ratio).toBeGreaterThanOrEqual(-1 - EPS);
    for (let k = 1; k < line.fragments.length; k++) {
      const a = line.fragments[k - 1];
      const b = line.fragments[k];
      if (a !== undefined && b !== undefined) expect(b.x).toBeGreaterThanOrEqual(a.x + a.width - EPS);
    }
    for (const fragment of line.fragments) expect(fragment.text).not.toMatch(/\u00AD/);
    if (i === lines.length - 1) expect(line.end).toBe('end');
    else expect(line.end).not.toBe('end');
  });
  expect(longestHyphenRun(lines)).toBeLessThanOrEqual(options.consecutiveHyphenLimit ?? 2);
  if ((options.lastLineNoHyphen ?? true) && lines.length >= 2)
    expect(['space', 'split']).toContain(lines[lines.length - 2]?.end);
  const expected = source
    .map((r) => r.text)
    .join('')
    .replace(/\u00AD/g, '')
    .split(/[\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000\u200B]+/)
    .filter((w) => w !== '');
  const got = wordsOfLines(lines);
  expect(got.join(' ')).toBe(expected.join(' '));
}

describe('breakParagraph', () => {
  it('should fill every justified line exactly and keep the last line at natural spacing', () => {
    for (const [seed, measure, width] of [
      [1, proportional, 240],
      [2, proportional, 300],
      [3, monospace, 250],
      [4, monospace, 400],
    ] as const) {
      const text = generateWords(300, seed).join(' ');
      const lineWidth = (i: number): number => (i === 0 ? width - 40 : width);
      const result = breakParagraph(input(text, lineWidth, { measure }));
      expectWellFormed(result, [{ text, fontKey: 'serif', size: 10 }], lineWidth);
      expect(result.lines.length).toBeGreaterThan(10);
      expect(result.lines.filter((l) => l.justified).length).toBeGreaterThan(result.lines.length - 3);
      const last = result.lines[result.lines.length - 1];
      expect(last?.ratio).toBeLessThanOrEqual(0);
      expect(last?.justified).toBe(false);
    }
  });

  it('should never end more than two lines in a row inside a word, on a paragraph of long words', () => {
    const text = generateWords(400, 7, LONG_WORDS).join(' ');
    const lineWidth = (): number => 180;
    const result = breakParagraph(input(text, lineWidth));
    expectWellFormed(result, [{ text, fontKey: 'serif', size: 10 }], lineWidth);
    expect(result.lines.filter((l) => l.hyphenated).length).toBeGreaterThan(50);
    expect(longestHyphenRun(result.lines)).toBe(2);
    // The first-fit baseline obeys the same rules.
    const greedy = breakParagraphFirstFit(input(text, lineWidth));
    expectWellFormed(greedy, [{ text, fontKey: 'serif', size: 10 }], lineWidth);
    expect(longestHyphenRun(greedy.lines)).toBe(2);
  });

  it('should honour a stricter consecutive-hyphen limit', () => {
    const text = generateWords(300, 8, LONG_WORDS).join(' ');
    for (const limit of [0, 1]) {
      const options = { consecutiveHyphenLimit: limit };
      const result = breakParagraph(input(text, 180, {}, options));
      expectWellFormed(result, [{ text, fontKey: 'serif', size: 10 }], () => 180, options);
    }
  });

  it('should not leave the rest of a broken word alone on the last line', () => {
    // Seeds and widths chosen to produce many candidate endings; every result must comply.
    for (let seed = 1; seed <= 40; seed++) {
      const text = generateWords(30 + seed, seed, [...LONG_WORDS, ...ENGLISH_WORDS.slice(0, 30)]).join(' ');
      for (const width of [150, 190, 230]) {
        const result = breakParagraph(input(text, width));
        expectWellFormed(result, [{ text, fontKey: 'serif', size: 10 }], () => width);
        expect(result.lines[result.lines.length - 1]?.hyphenated).toBe(false);
      }
    }
  });

  it('should keep a chosen line from ending inside a word (noHyphenOnLine)', () => {
    const text = generateWords(200, 9, LONG_WORDS).join(' ');
    const before = breakParagraph(input(text, 200));
    const k = before.lines.findIndex((l, i) => i > 3 && l.hyphenated);
    expect(k).toBeGreaterThan(3);
    const options = { noHyphenOnLine: (i: number) => i === k };
    const after = breakParagraph(input(text, 200, {}, options));
    expectWellFormed(after, [{ text, fontKey: 'serif', size: 10 }], () => 200);
    expect(after.lines[k]?.end).toBe('space');
    // A predicate that forbids every line ending inside a word: no hyphen at all.
    const none = breakParagraph(input(text, 200, {}, { noHyphenOnLine: () => true }));
    expect(none.lines.every((l) => l.end === 'space' || l.end === 'end')).toBe(true);
  });

  it('should break words after their own hyphen without adding one', () => {
    const text = 'the well-known and long-established self-determination principles were re-examined';
    const result = breakParagraph(input(text, 60, { measure: monospace }));
    expectWellFormed(result, [{ text, fontKey: 'serif', size: 10 }], () => 60);
    const explicit = result.lines.filter((l) => l.end === 'explicit-hyphen');
    expect(explicit.length).toBeGreaterThan(0);
    for (const line of explicit) {
      expect(line.hyphenated).toBe(false);
      expect(line.text.endsWith('-')).toBe(true);
    }
  });

  it('should set a run-in label in its own font on a shorter first line', () => {
    const runs: TextRun[] = [
      { text: 'MR SMITH:', fontKey: 'sans-bold', size: 9 },
      { text: ' I think the ', fontKey: 'serif', size: 10 },
      { text: '[inaudible]', fontKey: 'serif-italic', size: 10, hyphenate: false },
      {
        text: ' was fine, and the internationalisation of responsibilities continued for a long time afterwards.',
        fontKey: 'serif',
        size: 10,
      },
    ];
    const lineWidth = (i: number): number => (i === 0 ? 150 : 200);
    const result = breakParagraph({ runs, measure: proportional, lineWidth, language: 'en-GB' });
    expectWellFormed(result, runs, lineWidth);
    const first = result.lines[0];
    expect(first?.fragments[0]).toMatchObject({ text: 'MR', fontKey: 'sans-bold', size: 9, x: 0 });
    expect(first?.fragments[1]).toMatchObject({ text: 'SMITH:', fontKey: 'sans-bold', size: 9 });
    const italic = result.lines.flatMap((l) => l.fragments).find((f) => f.fontKey === 'serif-italic');
    expect(italic?.text).toBe('[inaudible]');
  });

  it('should join a word split across runs into one breakable word', () => {
    const runs: TextRun[] = [
      { text: 'We discussed inter', fontKey: 'serif', size: 10 },
      { text: 'nationalisation', fontKey: 'serif-italic', size: 10 },
      { text: ' at length.', fontKey: 'serif', size: 10 },
    ];
    const result = breakParagraph({ runs, measure: monospace, lineWidth: () => 130, language: 'en-GB' });
    expectWellFormed(result, runs, () => 130);
    expect(wordsOfLines(result.lines)).toContain('internationalisation');
  });

  it('should set ragged lines at natural spacing', () => {
    const text = generateWords(200, 11).join(' ');
    const options = { ragged: true };
    const result = breakParagraph(input(text, 250, {}, options));
    expectWellFormed(result, [{ text, fontKey: 'serif', size: 10 }], () => 250, options);
    for (const line of result.lines) {
      expect(line.justified).toBe(false);
      expect(line.ratio).toBeLessThanOrEqual(0);
      if (line.ratio === 0) expect(line.actualSpace).toBeCloseTo(line.naturalSpace, 9);
    }
  });

  it('should space words better than first fit (lower worst and p95 space ratio)', () => {
    let worseOrEqual = 0;
    const totalFit: ReturnType<typeof breakParagraph>['lines'] = [];
    const firstFit: ReturnType<typeof breakParagraph>['lines'] = [];
    for (let seed = 100; seed < 140; seed++) {
      const text = generateWords(120, seed).join(' ');
      const a = breakParagraph(input(text, 260));
      const b = breakParagraphFirstFit(input(text, 260));
      totalFit.push(...a.lines);
      firstFit.push(...b.lines);
      if (spaceRatioStats(a.lines).max <= spaceRatioStats(b.lines).max + EPS) worseOrEqual++;
    }
    const kp = spaceRatioStats(totalFit);
    const greedy = spaceRatioStats(firstFit);
    expect(kp.max).toBeLessThan(greedy.max);
    expect(kp.p95).toBeLessThan(greedy.p95);
    expect(worseOrEqual).toBeGreaterThanOrEqual(36);
  });

  it('should measure each word once per font and size (cached per measure function)', () => {
    let calls = 0;
    const counting: MeasureText = (text, fontKey, size) => {
      calls++;
      return monospace(text, fontKey, size);
    };
    const text = 'alpha beta gamma alpha beta gamma delta';
    breakParagraph(input(text, 100, { measure: counting }));
    const first = calls;
    expect(first).toBeLessThanOrEqual(4 + 2); // four distinct words, plus space and hyphen
    breakParagraph(input(text, 100, { measure: counting }));
    expect(calls).toBe(first);
  });

  it('should break at a zero-width space without showing a space', () => {
    const runs = [{ text: 'internationalisation\u200Bresponsibilities', fontKey: 'serif', size: 10 }];
    const wide = breakParagraph({ runs, measure: monospace, lineWidth: () => 500, language: 'zxx' });
    expect(wide.lines.map((l) => l.text)).toEqual(['internationalisationresponsibilities']);
    const narrow = breakParagraph({ runs, measure: monospace, lineWidth: () => 120, language: 'zxx' });
    expect(narrow.lines.map((l) => l.text)).toEqual(['internationalisation', 'responsibilities']);
    expect(narrow.lines[0]?.spaces).toBe(0);
  });

  it('should drop soft hyphens from the text', () => {
    const text = 'extra\u00ADordinary well\u00ADknown inter\u00ADnational circumstances';
    const runs = [{ text, fontKey: 'serif', size: 10 }];
    const result = breakParagraph({ runs, measure: monospace, lineWidth: () => 60, language: 'en' });
    expectWellFormed(result, runs, () => 60);
    expect(result.lines.map((l) => l.text).join('')).not.toMatch(/\u00AD/);
  });
});

describe('breakParagraph on pathological input', () => {
  it('should return no lines for an empty or blank paragraph', () => {
    expect(breakParagraph(input('', 200)).lines).toEqual([]);
    expect(breakParagraph(input('  \n\t  ', 200)).lines).toEqual([]);
    expect(breakParagraph({ runs: [], measure: monospace, lineWidth: () => 100, language: 'en' }).lines).toEqual([]);
    expect(breakParagraphFirstFit(input('', 200)).lines).toEqual([]);
  });

  it('should set a single word on one line', () => {
    const result = breakParagraph(input('  Yes.  ', 200));
    expect(result.lines.map((l) => l.text)).toEqual(['Yes.']);
    expect(result.lines[0]?.end).toBe('end');
  });

  it('should split a 5000-character word over lines of its own, none overfull, without throwing', () => {
    const huge = 'internationalisation'.repeat(250);
    for (const text of [huge, `Before the word ${huge} and after it.`, `A ${'x'.repeat(5000)} b`]) {
      const runs = [{ text, fontKey: 'serif', size: 10 }];
      const result = breakParagraph({ runs, measure: monospace, lineWidth: () => 200, language: 'en' });
      expectWellFormed(result, runs, () => 200);
      expect(result.lines.filter((l) => l.overfull)).toEqual([]);
      expect(result.lines.filter((l) => l.end === 'split').length).toBeGreaterThan(10);
    }
  });

  it('should break an ordinary long word at its hyphenation points, never split it at random', () => {
    const text =
      'Die Witwenrente in der Invaliden- und Angestelltenversicherung sowie die Sozialversicherungsbeiträge der Bundesversicherungsanstalt';
    for (const width of [60, 80, 100, 130]) {
      const runs = [{ text, fontKey: 'serif', size: 10 }];
      const result = breakParagraph({ runs, measure: monospace, lineWidth: () => width, language: 'de' });
      expectWellFormed(result, runs, () => width);
      expect(result.lines.filter((l) => l.end === 'split').map((l) => l.text)).toEqual([]);
    }
  });

  it('should split a 500-character URL after its slash and then every 8 characters, none overfull, nothing added', () => {
    const url = `https://example.org/${'a'.repeat(480)}`;
    const text = `${generateWords(60, 3).join(' ')} ${url} ${generateWords(60, 4).join(' ')}`;
    const result = breakParagraph(input(text, 250));
    expectWellFormed(result, [{ text, fontKey: 'serif', size: 10 }], () => 250);
    expect(result.lines.filter((l) => l.overfull)).toEqual([]);
    const split = result.lines.filter((l) => l.end === 'split');
    expect(split.length).toBeGreaterThan(3);
    for (const line of split) expect(line.text).not.toMatch(/-$/);
    expect(result.lines.some((l) => l.text.endsWith('https://example.org/'))).toBe(true);
  });

  it('should split a URL and a hash only at their own points, in every pass, with no hyphen', () => {
    const url = 'https://www.example.org/briefing-room/speeches-remarks/2022/12/21/remarks-by-the-president/';
    const hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    for (const width of [90, 140, 200]) {
      const text = `Source: ${url} and SHA-256 ${hash} here.`;
      const result = breakParagraph(input(text, width, { measure: monospace }, { ragged: true }));
      expectWellFormed(result, [{ text, fontKey: 'serif', size: 10 }], () => width, { ragged: true });
      expect(result.lines.filter((l) => l.overfull)).toEqual([]);
      for (const [i, line] of result.lines.entries()) {
        if (line.end !== 'split') continue;
        const next = result.lines[i + 1]!.text;
        const joined = line.text.split(' ').pop()! + next.split(' ')[0];
        if (url.includes(joined)) expect(line.text).toMatch(/[/.\-_?&=]$/);
        else {
          expect(hash).toContain(joined);
          expect((hash.indexOf(line.text.split(' ').pop()!) + line.text.split(' ').pop()!.length) % 8).toBe(0);
        }
      }
    }
  });

  it('should not split an ordinary long word where hyphenation and spacing do', () => {
    const text = `${generateWords(80, 9).join(' ')} counterrevolutionaries internationalisation ${generateWords(80, 10).join(' ')}`;
    const result = breakParagraph(input(text, 250));
    expect(result.lines.filter((l) => l.end === 'split')).toEqual([]);
  });

  it('should break a 1 MB paragraph', () => {
    const text = generateWords(180_000, 5).join(' ');
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = breakParagraph(input(text, 300));
    expect(result.lines.length).toBeGreaterThan(10_000);
    expect(wordsOfLines(result.lines).length).toBe(180_000);
    expect(longestHyphenRun(result.lines)).toBeLessThanOrEqual(2);
  });

  it('should survive zero, negative and NaN widths and measures', () => {
    const text = 'some words to set in a column that does not exist';
    const runs = [{ text, fontKey: 'serif', size: 10 }];
    for (const lineWidth of [() => 0, () => -50, () => Number.NaN]) {
      const result = breakParagraph({ runs, measure: monospace, lineWidth, language: 'en' });
      expect(wordsOfLines(result.lines).join(' ')).toBe(text);
    }
    for (const measure of [() => 0, () => Number.NaN, () => -1]) {
      const result = breakParagraph({ runs, measure, lineWidth: () => 100, language: 'en' });
      expect(wordsOfLines(result.lines).join(' ')).toBe(text);
    }
    const odd = breakParagraph({
      runs: [{ text, fontKey: 'serif', size: Number.NaN }],
      measure: monospace,
      lineWidth: () => 100,
      language: 'xx',
    });
    expect(wordsOfLines(odd.lines).join(' ')).toBe(text);
  });

  it('should never throw and always keep the words and rules, on arbitrary runs (property)', () => {
    const word = fc.constantFrom(
      ...ENGLISH_WORDS.slice(150),
      ...LONG_WORDS,
      'x'.repeat(80),
      'well-known',
      'https://a.example/b',
      '—',
      '“quoted”',
      'l’anticonstitutionnellement',
      'soft\u00ADhyphen',
    );
    const run = fc.record({
      text: fc
        .array(fc.oneof(word, fc.constantFrom(' ', '  ', '\n', '\u00A0')), { maxLength: 30 })
        .map((parts) => parts.join('')),
      fontKey: fc.constantFrom('serif', 'serif-italic', 'sans-bold'),
      size: fc.constantFrom(8, 10, 12),
    });
    fc.assert(
      fc.property(
        fc.array(run, { maxLength: 6 }),
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 0, max: 120 }),
        fc.boolean(),
        fc.constantFrom('en', 'en-GB', 'fr', 'de', 'ru', 'nl'),
        (runs, width, indent, ragged, language) => {
          const lineWidth = (i: number): number => (i === 0 ? Math.max(10, width - indent) : width);
          const options = { ragged };
          const result = breakParagraph({ runs, measure: proportional, lineWidth, language, options });
          expectWellFormed(result, runs, lineWidth, options);
        },
      ),
      { numRuns: 300 },
    );
  });
});
