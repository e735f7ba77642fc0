// The bad-input matrix: each case through the CLI (`verbatim build` to PDF, Word and EPUB) and
// the library. Expected: valid outputs, or one clear line on standard error with a non-zero exit
// and nothing written — never a stack trace, never a half-written file.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalise, normaliseBytes } from '../../src/normalise/index.js';
import { HAVE, run } from '../helpers/tools.js';
import { parseXml } from '../helpers/xml.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'verbatim.js');
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bad-'));

function words(n: number, sep: string): string {
  const pool = ['the', 'NATO', 'Russia', 'we', 'will', 'talk', 'question', 'today', 'Ladies', 'Gentlemen'];
  return Array.from({ length: n }, (_, i) => pool[(i * 7) % pool.length]).join(sep);
}

interface Case {
  name: string;
  bytes: Uint8Array;
  /** Expected one-line error (regex), or null for "renders". */
  error: RegExp | null;
}

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a59f0000000049454e44ae426082',
  'hex',
);

const CASES: Case[] = [
  { name: 'empty', bytes: new Uint8Array(), error: /^verbatim: .*empty\.txt: the input is empty$/ },
  {
    name: 'whitespace-only',
    bytes: Buffer.from(' \n\t \r\n  \n'),
    error: /the input has no text \(only white space\)$/,
  },
  { name: 'png', bytes: PNG, error: /the input is binary, not a text transcript \(NUL byte at offset 8\)$/ },
  {
    name: 'nul-bytes',
    bytes: Buffer.from('MR. A: hello\u0000world\n'),
    error: /the input is binary, not a text transcript \(NUL byte at offset 12\)$/,
  },
  {
    name: 'invalid-utf8',
    bytes: Buffer.concat([
      Buffer.from('MR. A: caf'),
      Buffer.from([0xe9, 0x20, 0x93]),
      Buffer.from('quoted'),
      Buffer.from([0x94]),
      Buffer.from(' and more text here.\n'),
    ]),
    error: null,
  },
  {
    name: 'utf16-bom',
    bytes: Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('MR. A: Привет, “world”.\n\nMS. B: Ça va.\n', 'utf16le'),
    ]),
    error: null,
  },
  { name: 'one-megabyte-line', bytes: Buffer.from(`MR. A: ${words(170_000, ' ')}\n`), error: null },
  { name: 'hundred-thousand-one-word-paragraphs', bytes: Buffer.from(words(100_000, '\n\n')), error: null },
  { name: 'labels-without-text', bytes: Buffer.from('MR. A:\n\nMS. B:\n\nQ:\n'), error: null },
  {
    name: 'five-hundred-character-label',
    bytes: Buffer.from(`${'LONGNAME'.repeat(62)}LABEL: hello there\n\nMR. A: ${'x'.repeat(500)}: fine\n`),
    error: null,
  },
  {
    name: 'unbalanced-brackets',
    bytes: Buffer.from('MR. A: ((( [[[ text ]]] ))) [inaudible ( (laughter\n\nMS. B: ok ) ] ) ]\n'),
    error: null,
  },
  {
    name: 'bidi-and-zero-width',
    bytes: Buffer.from('MR. A: safe \u202eevil\u202c text\u200b with zero\u200dwidth \u2066isolates\u2069.\n'),
    error: null,
  },
  {
    name: 'emoji-and-cjk',
    bytes: Buffer.from('MR. LI: 你好，世界 🙂🎉 — and English.\n\nMS. KIM: 안녕하세요.\n'),
    error: null,
  },
  {
    name: 'xml-html-handlebars',
    bytes: Buffer.from(
      'MR. A: <script>alert(1)</script> ]]> &#0; &amp; {{#each x}}{{{x}}}{{/each}} <![CDATA[x]]> <?pi?>\n',
    ),
    error: null,
  },
  {
    name: 'control-characters',
    bytes: Buffer.from('MR. A: bell\u0007 escape\u001b[31m red\u0008 back\u000b tab\u0009 done.\n'),
    error: null,
  },
  {
    name: 'rttm',
    bytes: Buffer.from(
      'SPEAKER waveform 1 8.311 17.776 <NA> <NA> SPEAKER_04 <NA> <NA>\nSPEAKER waveform 1 26.630 13.447 <NA> <NA> SPEAKER_04 <NA> <NA>\n',
    ),
    error: /the input is an RTTM diarization file \(speaker times, no words\), not a transcript$/,
  },
];

beforeAll(() => {
  for (const c of CASES) writeFileSync(join(dir, `${c.name}.txt`), c.bytes);
}, 120_000);

function checkOutputs(folder: string, base: string): void {
  const files = readdirSync(folder)
    .filter((name) => name !== '.verbatim')
    .sort();
  expect(files).toEqual([`${base}.docx`, `${base}.epub`, `${base}.pdf`]);
  const pdf = readFileSync(join(folder, `${base}.pdf`));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  if (HAVE.qpdf) expect(run('qpdf', ['--check', join(folder, `${base}.pdf`)]).code).toBe(0);
  const docx = unzipSync(readFileSync(join(folder, `${base}.docx`)));
  for (const [name, data] of Object.entries(docx))
    if (/\.(xml|rels)$/.test(name)) parseXml(new TextDecoder().decode(data));
  const epub = unzipSync(readFileSync(join(folder, `${base}.epub`)));
  expect(Object.keys(epub)[0]).toBe('mimetype');
}

describe(`bad input (${CASES.length} cases), through the CLI`, () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const out = join(dir, `out-${c.name}`);
    const result = spawnSync(
      process.execPath,
      [BIN, 'build', join(dir, `${c.name}.txt`), '--out', out, '--jobs', '1'],
      { encoding: 'utf8' },
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    if (c.error) {
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines[0]).toMatch(
        new RegExp(`^FAILED ${join(dir, `${c.name}.txt`).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `),
      );
      expect(lines[0]).toMatch(new RegExp(c.error.source.replace(/^\^verbatim: \.\*/, '')));
      expect(readdirSync(out)).toEqual([]);
    } else {
      expect(result.stderr).toMatch(/1 of 1 input rendered, 3 files written/);
      expect(result.status).toBe(0);
      checkOutputs(out, c.name);
    }
  });

  it('should print one line and exit 1 for normalise on each unreadable case', () => {
    for (const c of CASES.filter((x) => x.error)) {
      const result = spawnSync(process.execPath, [BIN, 'normalise', join(dir, `${c.name}.txt`)], { encoding: 'utf8' });
      expect(result.status, c.name).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(result.stderr.trim()).toMatch(/^verbatim: /);
    }
  });

  it('should refuse an input over the size limit naming the limit and the option', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(3 * 1024 * 1024, 'word '));
    const result = spawnSync(process.execPath, [BIN, 'normalise', big, '--max-size', '2'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`verbatim: ${big} is 3.0 MB, over the 2 MB input limit (raise it with --max-size 4)\n`);
    expect(spawnSync(process.execPath, [BIN, 'normalise', big, '--max-size', '4'], { stdio: 'ignore' }).status).toBe(0);
  });

  it('should leave no temporary or half-written file when interrupted with Ctrl-C during a batch', async () => {
    const folder = join(dir, 'batch');
    mkdirSync(folder);
    const text = readFileSync(join(ROOT, 'examples', 'press-conference.txt'), 'utf8');
    // Many inputs (a repeated text would be cut back to one copy by the normaliser), so that the
    // batch is still running when the first files are written and the signal comes.
    for (let i = 0; i < 300; i++)
      writeFileSync(
        join(folder, `talk-${String(i).padStart(3, '0')}.txt`),
        text.replace('Press Conference', `Press Conference ${i}`),
      );
    const out = join(dir, 'batch-out');
    const child = spawn(process.execPath, [BIN, 'build', folder, '--out', out, '--jobs', '2'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const started = Date.now();
    while (!(existsSync(out) && readdirSync(out).some((f) => f.endsWith('.pdf'))) && Date.now() - started < 30_000)
      await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGINT');
    const code = await exited;
    expect(stderr, 'the batch finished before it could be interrupted').not.toContain('300 of 300 inputs rendered');
    expect(code).toBe(130);
    expect(stderr).toContain('verbatim: interrupted; no partial files were left');
    const left = readdirSync(out);
    // Nothing hidden but the manifest folder, and no temporary file in it either.
    expect(left.filter((f) => f.startsWith('.') && f !== '.verbatim')).toEqual([]);
    if (existsSync(join(out, '.verbatim', 'inputs')))
      expect(readdirSync(join(out, '.verbatim', 'inputs')).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(left.filter((f) => f.endsWith('.pdf')).length).toBeLessThan(300);
    // Every file that is there is complete.
    for (const f of left.filter((x) => x.endsWith('.pdf')))
      expect(readFileSync(join(out, f)).subarray(-6).toString()).toMatch(/%%EOF/);
  }, 60_000);
});

describe('bad input, through the library', () => {
  it.each(CASES.filter((c) => !c.error).map((c) => [c.name, c] as const))(
    '%s normalises without throwing',
    (_name, c) => {
      expect(() => normaliseBytes(c.bytes)).not.toThrow();
    },
  );

  it('should never throw on any of the cases given as a string', () => {
    for (const c of CASES) expect(() => normalise(new TextDecoder().decode(c.bytes))).not.toThrow();
  });
});
