/**
 * Timestamps at paragraph starts and marks after words a recogniser was unsure of, by theme
 * option: the PDF (as pdftotext reads it), the EPUB's XHTML, the Word copy and the Markdown
 * edition print them the same way, and print neither by default.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { clockTime } from '../../src/render/edition/marks.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { getRenderer } from '../../src/render/registry.js';
import { checkTheme } from '../../src/theme/check.js';
import { defaultTheme } from '../../src/theme/default.js';
import type { Theme } from '../../src/theme/theme.js';
import { FIXTURES_DIR } from '../helpers/fixtures.js';
import { HAVE, run } from '../helpers/tools.js';
import { entryText, spineFiles, unzip } from './epub/helpers.js';

const transcript: Transcript = normaliseBytes(readFileSync(`${FIXTURES_DIR}speech/assemblyai.json`), {
  fileName: 'assemblyai.json',
});

function theme(marks: Record<string, unknown>): Theme {
  return checkTheme({ extends: 'default', marks });
}

async function render(id: string, with_: Theme): Promise<Uint8Array> {
  return (await getRenderer(id)).render(transcript, { theme: with_, diagnostics: [] });
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The printed text of each format, white space made single. */
const TEXT: Record<string, (bytes: Uint8Array) => string> = {
  pdf: (bytes) => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-speech-'));
    writeFileSync(join(dir, 'a.pdf'), bytes);
    return flat(run('pdftotext', ['-raw', join(dir, 'a.pdf'), '-']).stdout);
  },
  epub: (bytes) => {
    const files = unzip(bytes);
    return flat(
      spineFiles(files)
        .map((path) => entryText(files, path).replace(/<[^>]+>/g, ''))
        .join(' ')
        .replace(/&amp;/g, '&'),
    );
  },
  docx: (bytes) =>
    flat(
      decode(unzipSync(bytes)['word/document.xml']!)
        .replace(/<w:p[ >]/g, ' $&')
        .replace(/<[^>]+>/g, ''),
    ),
  // What a Markdown processor prints (the edition's spans keep model fields a reader never sees).
  md: (bytes) => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-speech-'));
    writeFileSync(join(dir, 'a.md'), bytes);
    return flat(run('pandoc', ['-f', 'markdown', '-t', 'plain', '--wrap=none', join(dir, 'a.md')]).stdout);
  },
};

const FORMATS = [...(HAVE.poppler ? ['pdf'] : []), 'epub', 'docx', ...(HAVE.pandoc ? ['md'] : [])];

describe('timestamps and low-confidence marks', () => {
  it('should write times as a clock: minutes under an hour, hours after', () => {
    expect([clockTime(0.4), clockTime(262.9), clockTime(3723)]).toEqual(['00:00', '04:22', '1:02:03']);
  });

  it.each(FORMATS)('should print neither by default (%s)', async (format) => {
    const text = TEXT[format]!(await render(format, defaultTheme));
    expect(text).toContain('Welcome back to Harbour Notes.');
    expect(text).not.toMatch(/\[\d\d:\d\d\]/);
    expect(text).not.toContain('[?]');
    expect(text).toContain('Mr. Kowalczyk from the museum');
  });

  it.each(FORMATS)(
    'should print [mm:ss] before each paragraph and [?] after unsure words when asked (%s)',
    async (format) => {
      const text = TEXT[format]!(
        await render(format, theme({ timestamps: true, lowConfidence: { show: true, threshold: 0.5 } })),
      );
      // The first paragraph of each of the first turns, at the times the file gives.
      expect(text).toMatch(/\[00:00\] Welcome back to Harbour Notes\./);
      expect(text).toMatch(/\[00:10\] Thank you for having me\./);
      expect(text).toMatch(/\[00:20\] We started with divers/);
      // Kowalczyk (0.41) is below the threshold; cranes (0.62) is not.
      expect(text).toContain('Mr. Kowalczyk [?] from the museum');
      expect(text).toContain('watch the cranes on Sundays');
      const stamps = text.match(/\[\d\d:\d\d\]/g) ?? [];
      const paragraphs = [...transcript.body].reduce((n, b) => n + (b.type === 'turn' ? b.paragraphs.length : 0), 0);
      expect(stamps).toHaveLength(paragraphs);
    },
  );

  it.each(FORMATS)(
    'should mark more words with a higher threshold, in round brackets when the theme says (%s)',
    async (format) => {
      const text = TEXT[format]!(
        await render(format, theme({ brackets: 'round', lowConfidence: { show: true, threshold: 0.7 } })),
      );
      expect(text).toContain('Mr. Kowalczyk (?) from the museum');
      expect(text).toContain('watch the cranes (?) on Sundays');
      expect(text).not.toMatch(/\(\d\d:\d\d\)/);
    },
  );

  it('should refuse a threshold outside 0..1', () => {
    expect(() => theme({ lowConfidence: { show: true, threshold: 1.5 } })).toThrow(/threshold/);
  });
});

describe('the tool that made the file', () => {
  it('should be named in the colophon', async () => {
    const text = TEXT['md']!(await render('md', defaultTheme));
    expect(text).toContain('Input file: assemblyai.json (AssemblyAI JSON – AssemblyAI, speech model best, UTF-8).');
  });
});
