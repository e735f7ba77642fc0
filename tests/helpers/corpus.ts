// Access to ../shared/corpus, for the tests in tests/corpus/ only (core tests read examples/ and
// tests/fixtures/ through tests/helpers/fixtures.ts); they skip with a clear message when it is absent.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the shared corpus folder. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** True when the shared corpus is beside the project. */
export const HAVE_CORPUS = existsSync(CORPUS_DIR);

/** Message shown when corpus tests are skipped. */
export const NO_CORPUS = `../shared/corpus not found at ${CORPUS_DIR}: corpus tests skipped`;

/** The seed transcript's path. */
export const SEED = `${CORPUS_DIR}000-nato-press-conference-2001-seed.txt`;

/** Corpus file names (without MANIFEST.tsv), sorted. */
export function corpusFiles(): string[] {
  if (!HAVE_CORPUS) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f !== 'MANIFEST.tsv' && !f.startsWith('.'))
    .sort();
}
