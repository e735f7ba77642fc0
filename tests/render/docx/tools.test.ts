// The Word copy as other programs read it: LibreOffice converts it to PDF holding every spoken
// word in order (literal transcripts, the example and every fixture, a transcript of 175,000
// words); python-docx lists the named styles, each spoken paragraph's style and each label's
// character style; pandoc (docx+styles) shows the custom styles and every footnote. Each part
// skips with a message when its tool is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transcript } from '../../../src/model/nodes.js';
import { spokenText } from '../../../src/model/walk.js';
import { prepareEdition, type EditionBlock, type EditionTurn } from '../../../src/render/edition/edition.js';
import { defaultTheme } from '../../../src/theme/default.js';
import { ALL_FIXTURES, baseName, normaliseFixture } from '../../helpers/fixtures.js';
import { literalTranscript, renderDocx, repeatedLongPressConference, themeWith } from './fixtures.js';
import { comparableWords, spokenWords, wordsInOrder } from '../../helpers/word-order.js';

function have(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}
const PYTHON = '/usr/bin/python3';
const HAVE_SOFFICE = have('soffice') && have('pdftotext');
const HAVE_PYTHON_DOCX = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import docx']).status === 0;
const HAVE_PANDOC = have('pandoc');
const INSPECT = fileURLToPath(new URL('./inspect-docx.py', import.meta.url));

function turnsOf(blocks: readonly EditionBlock[], out: EditionTurn[] = []): EditionTurn[] {
  for (const b of blocks) {
    if (b.type === 'turn') out.push(b);
    else if (b.type === 'section') turnsOf(b.blocks, out);
  }
  return out;
}

interface Rendered {
  name: string;
  transcript: Transcript;
  docx: string;
}

const dir = mkdtempSync(join(tmpdir(), 'verbatim-docx-tools-'));
const rendered: Rendered[] = [];

async function add(name: string, transcript: Transcript, theme = defaultTheme): Promise<Rendered> {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, await renderDocx(transcript, theme));
  const entry = { name, transcript, docx };
  rendered.push(entry);
  return entry;
}

beforeAll(async () => {
  if (!HAVE_SOFFICE && !HAVE_PYTHON_DOCX && !HAVE_PANDOC) return;
  await add('literal', literalTranscript());
  await add(
    'literal-endnotes',
    literalTranscript(),
    themeWith((t) => (t.notes.placement = 'endnote')),
  );
  await add(
    'literal-out-of-order',
    literalTranscript({ notesOutOfOrder: true }),
    themeWith((t) => (t.page.size = 'a5')),
  );
  // The example and every fixture; every corpus file goes through LibreOffice in
  // tests/corpus/conformance.test.ts.
  for (const path of ALL_FIXTURES) await add(baseName(path).replace(/\.[^.]+$/, ''), normaliseFixture(path));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Convert with LibreOffice (a private profile, so parallel runs do not collide); returns the PDF
 * text in content-stream order (`pdftotext -raw`: its layout analysis splits justified lines with
 * wide gaps into columns and reorders the words).
 */
function sofficeText(docxFiles: string[]): Map<string, string> {
  const profile = `file://${join(dir, 'lo-profile')}`;
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docxFiles],
    { encoding: 'utf8', timeout: 600_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
  const out = new Map<string, string>();
  for (const docx of docxFiles) {
    const pdf = docx.replace(/\.docx$/, '.pdf');
    if (!existsSync(pdf)) throw new Error(`soffice wrote no PDF for ${docx}: ${result.stdout} ${result.stderr}`);
    out.set(
      docx,
      execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      }),
    );
  }
  return out;
}

describe.skipIf(!HAVE_SOFFICE)(
  `LibreOffice ${HAVE_SOFFICE ? '' : '(soffice or pdftotext not installed: skipped)'}`,
  () => {
    it('should convert every rendering to PDF holding every spoken word of the model in order', () => {
      const texts = sofficeText(rendered.map((r) => r.docx));
      const failures: string[] = [];
      for (const r of rendered) {
        const result = wordsInOrder(spokenWords(r.transcript), texts.get(r.docx)!);
        if (result.ratio !== 1)
          failures.push(
            `${r.name}: ${result.found}/${result.total}, first missing ${JSON.stringify(result.missing.slice(0, 3))}`,
          );
      }
      expect(failures).toEqual([]);
      expect(rendered.length).toBe(3 + ALL_FIXTURES.length);
      // The footnote text is printed.
      const literal = texts.get(rendered[0]!.docx)!;
      expect(literal).toContain('An editorial note about this.');
      expect(literal.replace(/\s+/g, ' ')).toMatch(/Page \d+ of \d+/);
    }, 600_000);

    it('should convert a transcript of 175,000 words (the long press conference 190 times) and hold every spoken word in order', async () => {
      const transcript = repeatedLongPressConference(190);
      const docx = join(dir, 'long-x190.docx');
      writeFileSync(docx, await renderDocx(transcript));
      const text = sofficeText([docx]).get(docx)!;
      const result = wordsInOrder(spokenWords(transcript), text);
      expect(result.total).toBeGreaterThan(170_000);
      expect(result.missing).toEqual([]);
      expect(result.ratio).toBe(1);
    }, 900_000);
  },
);

interface PyDocx {
  styles: { name: string; type: string; base: string | null }[];
  paragraphs: { style: string | null; text: string; runs: { text: string; style: string | null }[] }[];
  core: Record<string, string | null>;
}

function pythonDocx(path: string): PyDocx {
  return JSON.parse(
    execFileSync(PYTHON, [INSPECT, path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
  ) as PyDocx;
}

describe.skipIf(!HAVE_PYTHON_DOCX)(
  `python-docx ${HAVE_PYTHON_DOCX ? '' : '(/usr/bin/python3 without python-docx: skipped)'}`,
  () => {
    it('should list the named styles, give every spoken paragraph the turn style and every label its participant style', () => {
      const checked = rendered.filter((r) =>
        ['literal', 'press-conference', 'landtag-sitting-de', 'podcast-episode'].includes(r.name),
      );
      expect(checked.map((r) => r.name)).toEqual([
        'literal',
        'press-conference',
        'landtag-sitting-de',
        'podcast-episode',
      ]);
      for (const r of checked) {
        const seen = pythonDocx(r.docx);
        const edition = prepareEdition(r.transcript, defaultTheme);
        const styles = new Map(seen.styles.map((s) => [s.name, s]));
        for (const name of [
          'Turn',
          'Turn Continuation',
          'Stage Direction',
          'Heading 1',
          'Heading 2',
          'Title',
          'Colophon',
          'Speaker Index',
          'Editorial Mark',
          'Speaker Label Inferred',
          'Paragraph Number',
        ]) {
          expect(styles.has(name), `${r.name}: style ${name}`).toBe(true);
        }
        expect(styles.get('Speaker Label')?.type).toBe('character');
        for (const style of edition.styles.values()) {
          expect(styles.get(style.styleName), `${r.name}: ${style.styleName}`).toMatchObject({
            type: 'character',
            base: 'Speaker Label',
          });
        }
        const spoken = seen.paragraphs.filter((p) => p.style === 'Turn' || p.style === 'Turn Continuation');
        expect(spoken, r.name).toHaveLength(edition.paragraphCount);
        const turns = turnsOf(edition.blocks);
        const expectedParagraphs = turns.flatMap((t) => t.paragraphs.map((p, i) => ({ turn: t, first: i === 0, p })));
        spoken.forEach((paragraph, i) => {
          const expected = expectedParagraphs[i]!;
          expect(paragraph.style).toBe(expected.first ? 'Turn' : 'Turn Continuation');
          expect(paragraph.runs[0]).toEqual({ text: `${expected.p.number}\u2003`, style: 'Paragraph Number' });
          const words = comparableWords(spokenText(expected.p.inlines));
          expect(wordsInOrder(words, paragraph.text).ratio, `${r.name} para ${expected.p.number}`).toBe(1);
          if (expected.first) {
            const label = paragraph.runs.find((run) => run.style?.startsWith('Speaker – '));
            expect(label, `${r.name} para ${expected.p.number}`).toEqual({
              text: expected.turn.label.name,
              style: expected.turn.style.styleName,
            });
          }
        });
        expect(seen.core.title).toBe(edition.title);
        expect(seen.core.language).toBe(edition.language);
      }
    }, 120_000);
  },
);

describe.skipIf(!HAVE_PANDOC)(`pandoc ${HAVE_PANDOC ? '' : '(not installed: skipped)'}`, () => {
  const native = (path: string) =>
    execFileSync('pandoc', ['-f', 'docx+styles', '-t', 'native', path], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  const plain = (path: string) =>
    execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', path], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });

  it('should show the custom styles and every footnote (footnotes and endnotes)', () => {
    const checked = rendered.filter((r) =>
      ['literal', 'literal-endnotes', 'literal-out-of-order', 'press-conference', 'landtag-sitting-de'].includes(
        r.name,
      ),
    );
    expect(checked).toHaveLength(5);
    for (const r of checked) {
      const out = native(r.docx).replace(/\s+/g, ' '); // the pretty-printer wraps long lines
      const edition = prepareEdition(r.transcript, defaultTheme);
      const turns = turnsOf(edition.blocks);
      const count = (needle: string) => out.split(needle).length - 1;
      expect(count('( "custom-style" , "Turn" )'), r.name).toBe(turns.length);
      expect(count('( "custom-style" , "Turn Continuation" )'), r.name).toBe(edition.paragraphCount - turns.length);
      expect(count('( "custom-style" , "Paragraph Number" )'), r.name).toBe(edition.paragraphCount);
      for (const style of new Set(turns.map((t) => t.style.styleName))) {
        const escaped = style.replace(/[^\x20-\x7e]/g, (c) => `\\${c.codePointAt(0)}`);
        expect(out.includes(`( "custom-style" , "${escaped}" )`), `${r.name}: ${style}`).toBe(true);
      }
      expect(count('Note ['), `${r.name}: notes`).toBe(edition.notes.length);
      for (const note of edition.notes)
        expect(wordsInOrder(comparableWords(note.text), plain(r.docx)).ratio, `${r.name}: note ${note.number}`).toBe(1);
      expect(wordsInOrder(spokenWords(r.transcript), plain(r.docx)).ratio, `${r.name}: spoken words`).toBe(1);
    }
  }, 120_000);
});
