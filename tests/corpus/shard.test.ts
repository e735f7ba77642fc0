// Sharding on the corpus: `verbatim build CORPUS --shard i/3` in three separate processes, run at
// once, writes disjoint shares whose union is byte for byte what one process writes (outputs and
// manifest entries), and a re-run of the whole with nothing changed renders nothing and says so.
// Formats: Markdown, Word and EPUB. PDF is left out for time: on the shared 2-core machine the
// corpus's PDFs alone took 16 s in one process, which the four runs here would make over a minute;
// which inputs a shard takes and what they are named does not depend on the format, and PDF bytes
// across processes are checked by the core reproducibility and folder-build tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, HAVE_CORPUS, NO_CORPUS } from '../helpers/corpus.js';
import { runTogether, runVerbatim, tree, unionProblems } from '../helpers/shard-runs.js';

const FORMATS = ['--to', 'md,docx,epub'];

describe.skipIf(!HAVE_CORPUS)(`corpus in 3 shards ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`, () => {
  it('should write disjoint shares whose union is the one-process folder, byte for byte', async () => {
    const root = mkdtempSync(join(tmpdir(), 'verbatim-corpus-shards-'));
    const whole = join(root, 'whole');
    const single = runVerbatim(['build', CORPUS_DIR, ...FORMATS, '--out', whole, '--jobs', '1']);
    expect(single.code, single.stderr).toBe(0);
    const inputs = Number(/^(\d+) of \1 inputs rendered/m.exec(single.stderr)?.[1]);
    expect(inputs).toBeGreaterThan(10);
    const expected = tree(whole);
    // Three files and one manifest entry per input.
    expect(expected.size).toBe(inputs * 4);

    const shards = [1, 2, 3].map((i) => join(root, `shard-${i}`));
    const runs = await runTogether(
      shards.map((out, i) => ['build', CORPUS_DIR, ...FORMATS, '--out', out, '--shard', `${i + 1}/3`, '--jobs', '1']),
    );
    const sizes = runs.map(({ code, stderr }, i) => {
      expect(code, stderr).toBe(0);
      return Number(new RegExp(`^shard ${i + 1}/3: (\\d+) of ${inputs} inputs$`, 'm').exec(stderr)?.[1]);
    });
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(inputs);
    expect(unionProblems(expected, shards.map(tree))).toEqual([]);

    const again = runVerbatim(['build', CORPUS_DIR, ...FORMATS, '--out', whole]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`${inputs} inputs unchanged, skipped; nothing written`);
  }, 240_000);
});
