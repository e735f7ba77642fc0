// EPUBCheck (the W3C's validator, Debian's 4.2.6, EPUB 3.2 rules) on the books we make: the
// example press conference, each fixture, a transcript of 175,000 words, and the literal
// transcript under the theme variants (every corpus file is checked in
// tests/corpus/conformance.test.ts). 0 errors and 0 warnings each.
// All books are checked in one JVM (EpubCheckBatch.java); a broken book proves the check bites.
// Skipped with a message when Java or EPUBCheck is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transcript } from '../../../src/model/nodes.js';
import { epubRenderer } from '../../../src/render/epub/index.js';
import { cloneTheme, defaultTheme } from '../../../src/theme/default.js';
import type { Theme } from '../../../src/theme/theme.js';
import { ALL_FIXTURES, FIXTURES_DIR, baseName, normaliseFixture } from '../../helpers/fixtures.js';
import { literalTranscript, longPressConferenceTranscript, repeatTranscript, unzip } from './helpers.js';

const JAR = '/usr/share/java/epubcheck.jar';
const HAVE_EPUBCHECK = existsSync(JAR) && spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
const NO_EPUBCHECK = `java and ${JAR} not found: EPUBCheck tests skipped (apt-get install epubcheck)`;
const BATCH = fileURLToPath(new URL('../../helpers/EpubCheckBatch.java', import.meta.url));

function themeWith(change: (theme: Theme) => void): Theme {
  const theme = cloneTheme(defaultTheme);
  change(theme);
  return theme;
}

interface Case {
  name: string;
  transcript: () => Transcript;
  theme: Theme;
}

const cases: Case[] = [
  { name: 'literal-footnotes', transcript: literalTranscript, theme: defaultTheme },
  { name: 'literal-endnotes', transcript: literalTranscript, theme: themeWith((t) => (t.notes.placement = 'endnote')) },
  {
    name: 'literal-block-labels',
    transcript: literalTranscript,
    theme: themeWith((t) => {
      t.labels.layout = 'block';
      t.labels.transform = 'uppercase';
      t.paragraphNumbers.show = false;
      t.epub.embedFonts = false;
    }),
  },
  { name: 'literal-arabic', transcript: () => literalTranscript('ar'), theme: defaultTheme },
  {
    name: 'literal-split',
    transcript: () => repeatTranscript(literalTranscript(), 30),
    theme: themeWith((t) => (t.epub.maxChapterBytes = 10_000)),
  },
];
// The example and every fixture; every corpus file goes through epubcheck in tests/corpus/conformance.test.ts.
for (const path of ALL_FIXTURES)
  cases.push({ name: baseName(path), transcript: () => normaliseFixture(path), theme: defaultTheme });
// A speech-recognition file with its timestamps and low-confidence marks shown.
cases.push({
  name: 'speech-marks',
  transcript: () => normaliseFixture(`${FIXTURES_DIR}speech/revai.json`),
  theme: themeWith((t) => {
    t.marks.timestamps = true;
    t.marks.lowConfidence = { show: true, threshold: 0.7 };
  }),
});
// A long transcript with no heading at all: the contents list its files by paragraph range.
cases.push({
  name: 'flat-split',
  transcript: () => {
    const long = repeatTranscript(literalTranscript(), 30);
    return { ...long, body: long.body.filter((block) => block.type !== 'heading' && block.type !== 'section') };
  },
  theme: themeWith((t) => (t.epub.maxChapterBytes = 10_000)),
});
cases.push({
  name: 'long-x190',
  transcript: () => repeatTranscript(longPressConferenceTranscript(), 190),
  theme: defaultTheme,
});

interface Result {
  fatals: number;
  errors: number;
  warnings: number;
}

describe.skipIf(!HAVE_EPUBCHECK)(`EPUBCheck ${HAVE_EPUBCHECK ? '' : `(${NO_EPUBCHECK})`}`, () => {
  const dir = HAVE_EPUBCHECK ? mkdtempSync(join(tmpdir(), 'verbatim-epubcheck-')) : '';
  const results = new Map<string, Result>();
  let output = '';

  beforeAll(async () => {
    const paths: string[] = [];
    for (const c of cases) {
      const bytes = await epubRenderer.render(c.transcript(), { theme: c.theme, diagnostics: [] });
      const path = join(dir, `${c.name}.epub`);
      writeFileSync(path, bytes);
      paths.push(path);
    }
    // The negative control: the first book with a compressed mimetype and an undeclared file.
    const files = unzip(readFileSync(paths[0]!));
    const broken: Record<string, [Uint8Array, { level: 0 | 9 }]> = {};
    for (const [name, data] of files) broken[name] = [data, { level: 9 }];
    broken['OEBPS/stray.xhtml'] = [new TextEncoder().encode('<html/>'), { level: 9 }];
    const brokenPath = join(dir, 'broken.epub');
    writeFileSync(brokenPath, zipSync(broken));
    paths.push(brokenPath);

    const run = spawnSync('java', ['-Xss1024k', '-cp', JAR, BATCH, ...paths], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 600_000,
    });
    output = `${run.stdout}\n${run.stderr}`;
    for (const line of run.stdout.split('\n')) {
      const [tag, path, fatals, errors, warnings] = line.split('\t');
      if (tag === 'RESULT' && path)
        results.set(path, { fatals: Number(fatals), errors: Number(errors), warnings: Number(warnings) });
    }
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('should report problems in a broken book (the check works)', () => {
    const result = results.get(join(dir, 'broken.epub'));
    expect(result, output).toBeDefined();
    expect(result!.errors + result!.fatals + result!.warnings).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => c.name))('should find 0 errors and 0 warnings in %s', (name) => {
    const path = join(dir, `${name}.epub`);
    const result = results.get(path);
    const messages = output.split('\n').filter((line) => line.includes(path) && !line.startsWith('RESULT'));
    expect(result, output.slice(-4000)).toBeDefined();
    expect({ ...result, messages }).toEqual({ fatals: 0, errors: 0, warnings: 0, messages: [] });
  });
});
