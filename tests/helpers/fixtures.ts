// The project's own fixtures (text written for the tests, in the messy shapes of the corpus):
// paths of `tests/fixtures/…` and of the bundled example, for tests that render them.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of `tests/fixtures/`. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The bundled example transcript. */
export const EXAMPLE = fileURLToPath(new URL('../../examples/press-conference.txt', import.meta.url));

/** Fixtures that exercise the fonts: small-caps labels with abbreviations, curly quotes, colons, missing glyphs. */
export function fontFixtures(): string[] {
  const dir = `${FIXTURES_DIR}fonts/`;
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => dir + f);
}
