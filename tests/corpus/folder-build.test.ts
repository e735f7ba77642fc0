// `verbatim build` of a folder gives, for every input and format, the bytes of building that
// input alone — the folder with one worker, its files in reverse order with two — and no
// PDF it writes has a character without Unicode (U+FFFD) in pdftotext's or MuPDF's text. The
// inputs are the project's own fixtures and, when ../shared/corpus is there, corpus files that
// lost characters when built after others (periods of abbreviations in labels, opening quotes).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, HAVE_CORPUS } from '../helpers/corpus.js';
import { EXAMPLE, fontFixtures } from '../helpers/fixtures.js';
import { HAVE, run as tool } from '../helpers/tools.js';

const BIN = fileURLToPath(new URL('../../bin/verbatim.js', import.meta.url));
const CORPUS_INPUTS = [
  '020-wh-trump-rutte-nato-oval-office-2025.md',
  '023-wh-press-gaggle-air-force-one-2024.md',
  '046-au-us-powell-howard-doorstop-2002-pm-version.txt',
  '090-subtitle-user2021-talk-captions.srt',
];

function build(args: string[], out: string): void {
  const result = spawnSync(process.execPath, [BIN, 'build', ...args, '--to', 'pdf,docx,epub,md', '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1000000000' },
  });
  expect(result.status, result.stderr).toBe(0);
}

/** Each output file of a folder, by name (the manifest folder, `.verbatim/`, left out). */
function outputs(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder)
      .filter((name) => name !== '.verbatim')
      .map((name) => [name, readFileSync(join(folder, name))]),
  );
}

/** How many U+FFFD a text extraction of a PDF has. */
function replacementCharacters(text: string): number {
  return [...text.matchAll(/\uFFFD/g)].length;
}

describe('folder build', () => {
  it(`should write every input's files as building it alone, on one worker and, in another order, on two${HAVE_CORPUS ? '' : ' (own fixtures only: ../shared/corpus not found)'}`, () => {
    const root = mkdtempSync(join(tmpdir(), 'verbatim-folder-'));
    const inputs = join(root, 'inputs');
    mkdirSync(inputs);
    const sources = [EXAMPLE, ...fontFixtures(), ...(HAVE_CORPUS ? CORPUS_INPUTS.map((f) => CORPUS_DIR + f) : [])];
    for (const source of sources) copyFileSync(source, join(inputs, basename(source)));
    const files = readdirSync(inputs)
      .sort()
      .map((f) => join(inputs, f));

    const alone = new Map<string, Buffer>();
    for (const file of files) {
      const out = join(root, `alone-${basename(file).replace(/\./g, '-')}`);
      build([file], out);
      for (const [name, bytes] of outputs(out)) alone.set(name, bytes);
    }
    expect(alone.size).toBe(files.length * 4);

    const differences: string[] = [];
    // The folder (sorted) on one worker; the files in reverse order on two.
    for (const [label, args] of [
      ['folder, --jobs 1', [inputs, '--jobs', '1']],
      ['backward, --jobs 2', [...files].reverse().concat('--jobs', '2')],
    ] as const) {
      const out = join(root, label.replace(/\W+/g, '-'));
      build([...args], out);
      const together = outputs(out);
      expect([...together.keys()].sort()).toEqual([...alone.keys()].sort());
      for (const [name, bytes] of together) if (!bytes.equals(alone.get(name)!)) differences.push(`${name} (${label})`);
    }
    expect(differences).toEqual([]);

    if (HAVE.poppler || HAVE.mutool) {
      const unmapped: string[] = [];
      for (const name of [...alone.keys()].filter((n) => n.endsWith('.pdf'))) {
        const pdf = join(root, 'folder-jobs-1', name);
        if (HAVE.poppler) {
          const count = replacementCharacters(tool('pdftotext', ['-enc', 'UTF-8', pdf, '-']).stdout);
          if (count > 0) unmapped.push(`${name}: ${count} in pdftotext`);
        }
        if (HAVE.mutool) {
          const count = replacementCharacters(tool('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', pdf]).stdout);
          if (count > 0) unmapped.push(`${name}: ${count} in mutool`);
        }
      }
      expect(unmapped).toEqual([]);
    }
  }, 180_000);
});
