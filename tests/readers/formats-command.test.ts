/**
 * `verbatim formats` lists every reader — the text-like ones and each structured reader, with
 * its name and extensions — and every writer of the registry with its extension.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { STRUCTURED_READERS } from '../../src/normalise/readers/structured-readers.js';
import { rendererFormats } from '../../src/render/registry.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: '', err: '' };
  out.on('data', (c: Buffer) => (chunks.out += c.toString()));
  err.on('data', (c: Buffer) => (chunks.err += c.toString()));
  const code = await main(args, out, err);
  return { code, ...chunks };
}

describe('verbatim formats', () => {
  it('should list every reader and writer with its extensions', async () => {
    const { code, out, err } = await run(['formats']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const [reads, writes] = out.split(/^Writes.*$/m) as [string, string];
    const rows = (block: string) =>
      block
        .split('\n')
        .filter((l) => l.startsWith('  '))
        .map((l) => l.trim().split(/\s{2,}/));
    expect(rows(reads).map((r) => r[0])).toEqual([
      'text',
      'markdown',
      'webvtt',
      'srt',
      'docx',
      'html',
      'csv',
      'segments-json',
      'xml-text',
      'model',
      ...STRUCTURED_READERS.map((r) => r.format),
    ]);
    expect(rows(reads)).toContainEqual(['webvtt', 'WebVTT captions', '.vtt']);
    expect(rows(reads)).toContainEqual([
      'csv',
      'Spreadsheet export (CSV, TSV) with speaker and words columns',
      '.csv .tsv',
    ]);
    expect(rows(reads)).toContainEqual(['markdown', 'Markdown transcript', '.md .markdown']);
    for (const reader of STRUCTURED_READERS)
      expect(rows(reads)).toContainEqual([reader.format, reader.title, reader.extensions.join(' ')]);
    expect(rows(reads).map((r) => r[0])).toEqual(
      expect.arrayContaining([
        'whisper-json',
        'aws-transcribe-json',
        'assemblyai-json',
        'deepgram-json',
        'revai-json',
        'oyez-json',
        'tei',
        'akoma-ntoso',
      ]),
    );
    expect(rows(writes)).toEqual(rendererFormats().map((w) => [w.id, w.title, `.${w.extension}`]));
    expect(rows(writes).map((r) => r[0])).toEqual(['pdf', 'docx', 'epub', 'md', 'tei', 'akn']);
  });
});
