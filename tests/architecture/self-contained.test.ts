// A clone with nothing beside it tests its own core: only the tests in tests/corpus/ may read
// ../shared/corpus (through tests/helpers/corpus.ts); every other test reads examples/ and
// tests/fixtures/. Imports are read with TypeScript's own pre-processor, so a dynamic import or a
// re-export counts too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const TESTS = fileURLToPath(new URL('../', import.meta.url));
const CORPUS_HELPER = join(TESTS, 'helpers', 'corpus.ts');
/** This file, whose negative control names the corpus in strings. */
const SELF = fileURLToPath(import.meta.url);

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface SourceFile {
  path: string;
  text: string;
}

/** Files of tests/ outside tests/corpus/ that import the corpus helper or name ../shared/corpus in code. */
function corpusReaders(files: SourceFile[]): string[] {
  return files
    .filter(({ path }) => !relative(TESTS, path).startsWith('corpus/') && path !== CORPUS_HELPER)
    .filter(({ path, text }) => {
      const imports = ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
      const code = text.replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, '');
      return (
        imports.some((name) => resolve(dirname(path), name.replace(/\.js$/, '.ts')) === CORPUS_HELPER) ||
        /shared\/corpus/.test(code)
      );
    })
    .map(({ path }) => relative(TESTS, path));
}

describe('tests without ../shared', () => {
  it('should read the corpus only in tests/corpus/', () => {
    const files = testFiles(TESTS)
      .filter((path) => path !== SELF)
      .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(40);
    expect(corpusReaders(files)).toEqual([]);
  });

  it('should notice a test outside tests/corpus/ that reads the corpus (the check bites)', () => {
    const at = (path: string) => join(TESTS, path);
    expect(
      corpusReaders([
        { path: at('render/a.test.ts'), text: "import { SEED } from '../helpers/corpus.js';\n" },
        { path: at('b.test.ts'), text: "const m = await import('./helpers/corpus.js');\n" },
        { path: at('c.test.ts'), text: "readFileSync('../shared/corpus/x.txt');\n" },
        { path: at('corpus/d.test.ts'), text: "import { SEED } from '../helpers/corpus.js';\n" },
        { path: at('e.test.ts'), text: '// Only tests/corpus/ reads ../shared/corpus.\n' },
      ]),
    ).toEqual(['render/a.test.ts', 'b.test.ts', 'c.test.ts']);
  });
});
