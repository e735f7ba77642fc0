// The conformance run: every file of ../shared/corpus through PDF, Word and EPUB, each output
// through the real validators — qpdf --check, pdffonts (every font embedded and subset),
// pdftotext (every spoken word in order; no U+FFFD there nor in MuPDF's text), LibreOffice
// (the DOCX converts, and its text holds every word), epubcheck (0 errors, 0 warnings) — and a
// summary table printed. Any failure fails the run. Tools missing on this machine skip with a message (.ci/run installs them).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { getRenderer } from '../../src/render/registry.js';
import { defaultTheme } from '../../src/theme/default.js';
import { CORPUS_DIR, corpusFiles, HAVE_CORPUS, NO_CORPUS } from '../helpers/corpus.js';
import { HAVE } from '../helpers/tools.js';
import { spokenWords, wordsInOrder } from '../helpers/word-order.js';

const BATCH = fileURLToPath(new URL('../helpers/EpubCheckBatch.java', import.meta.url));
const JAR = '/usr/share/java/epubcheck.jar';
const ALL_TOOLS = HAVE.qpdf && HAVE.poppler && HAVE.soffice && HAVE.epubcheck;

interface Row {
  file: string;
  words: number;
  pdfPages: number;
  qpdf: string;
  fonts: string;
  pdfText: string;
  /** Characters without Unicode (U+FFFD) in pdftotext's / MuPDF's text of the PDF ("-" where mutool is missing). */
  unmapped: string;
  docxText: string;
  epubcheck: string;
}

function tool(command: string, args: string[]): { code: number; out: string } {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 900_000 });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** How many U+FFFD (a glyph with no Unicode in the PDF's ToUnicode map) a text extraction has. */
function replacementCharacters(text: string): number {
  return [...text.matchAll(/\uFFFD/g)].length;
}

function percent(found: number, total: number): string {
  return total === 0 ? '100%' : `${((found / total) * 100).toFixed(found === total ? 0 : 2)}%`;
}

describe.skipIf(!HAVE_CORPUS || !ALL_TOOLS)(
  `conformance of every corpus file in every format ${!HAVE_CORPUS ? `(${NO_CORPUS})` : !ALL_TOOLS ? '(qpdf, poppler-utils, LibreOffice or epubcheck missing: skipped)' : ''}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-conformance-'));
    const files = corpusFiles().filter((f) => !f.endsWith('.rttm'));
    const rows = new Map<string, Row>();
    const transcripts = new Map<string, Transcript>();

    beforeAll(async () => {
      const renderers = await Promise.all(['pdf', 'docx', 'epub'].map((id) => getRenderer(id)));
      for (const file of files) {
        const transcript = normaliseBytes(readFileSync(CORPUS_DIR + file), { fileName: file });
        transcripts.set(file, transcript);
        for (const renderer of renderers) {
          writeFileSync(
            join(dir, `${file}.${renderer.extension}`),
            await renderer.render(transcript, { theme: defaultTheme, diagnostics: [] }),
          );
        }
        rows.set(file, {
          file,
          words: spokenWords(transcript).length,
          pdfPages: 0,
          qpdf: '',
          fonts: '',
          pdfText: '',
          unmapped: '',
          docxText: '',
          epubcheck: '',
        });
      }
      // PDF: qpdf, pdffonts, pdfinfo, pdftotext.
      for (const file of files) {
        const row = rows.get(file)!;
        const pdf = join(dir, `${file}.pdf`);
        row.qpdf = tool('qpdf', ['--check', pdf]).code === 0 ? 'ok' : 'FAIL';
        const fonts = tool('pdffonts', [pdf]).out.trim().split('\n').slice(2);
        row.fonts =
          fonts.length > 0 && fonts.every((f) => /^[A-Z]{6}\+/.test(f) && /\byes\s+yes\s+yes\b/.test(f))
            ? `${fonts.length} embedded`
            : 'FAIL';
        row.pdfPages = Number(/^Pages:\s+(\d+)/m.exec(tool('pdfinfo', [pdf]).out)?.[1] ?? 0);
        const text = tool('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']).out;
        const result = wordsInOrder(spokenWords(transcripts.get(file)!), text);
        row.pdfText = percent(result.found, result.total);
        const mupdf = HAVE.mutool
          ? String(replacementCharacters(tool('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', pdf]).out))
          : '-';
        row.unmapped = `${replacementCharacters(text)}/${mupdf}`;
      }
      // DOCX: one LibreOffice run converts them all.
      const profile = `file://${join(dir, 'lo-profile')}`;
      const docxOut = join(dir, 'docx-pdf');
      const docx = files.map((f) => join(dir, `${f}.docx`));
      tool('soffice', [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        docxOut,
        ...docx,
      ]);
      for (const file of files) {
        const converted = join(docxOut, `${basename(`${file}.docx`, '.docx')}.pdf`);
        if (!existsSync(converted)) {
          rows.get(file)!.docxText = 'no PDF';
          continue;
        }
        const result = wordsInOrder(
          spokenWords(transcripts.get(file)!),
          tool('pdftotext', ['-raw', '-enc', 'UTF-8', converted, '-']).out,
        );
        rows.get(file)!.docxText = percent(result.found, result.total);
      }
      // EPUB: every book in one JVM.
      const check = tool('java', ['-Xss1024k', '-cp', JAR, BATCH, ...files.map((f) => join(dir, `${f}.epub`))]);
      for (const line of check.out.split('\n')) {
        const [tag, path, fatals, errors, warnings] = line.split('\t');
        if (tag !== 'RESULT' || !path) continue;
        const file = basename(path).replace(/\.epub$/, '');
        const row = rows.get(file);
        if (row) row.epubcheck = `${fatals}/${errors}/${warnings}`;
      }
      const table = [
        [
          'file',
          'words',
          'PDF pages',
          'qpdf',
          'pdffonts',
          'PDF text',
          'U+FFFD poppler/mupdf',
          'DOCX→LibreOffice text',
          'epubcheck f/e/w',
        ],
        ...[...rows.values()].map((r) => [
          r.file,
          String(r.words),
          String(r.pdfPages),
          r.qpdf,
          r.fonts,
          r.pdfText,
          r.unmapped,
          r.docxText,
          r.epubcheck || 'not run',
        ]),
      ];
      const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
      console.log(
        `\nConformance run: ${files.length} corpus files × 3 formats\n` +
          table.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n') +
          '\n',
      );
    }, 1_200_000);

    it.each(files)('%s passes every validator', (file) => {
      const row = rows.get(file)!;
      expect(row).toMatchObject({ qpdf: 'ok', pdfText: '100%', docxText: '100%', epubcheck: '0/0/0' });
      expect(row.fonts).toMatch(/^\d+ embedded$/);
      expect(row.unmapped).toMatch(/^0\/(0|-)$/);
    });
  },
);
