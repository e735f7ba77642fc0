// Every reach inside a dependency lives in one adapter file per library, written for one version.
// This test fails loudly when a library is upgraded (its installed version is not the one the
// adapter was checked for) or when what the adapter reaches for is gone, naming the file to
// look at again — instead of an output that silently changes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { Document, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { compileParts, DOCX_ADAPTED_VERSION, hasPartCompiler } from '../src/render/docx/docx-adapter.js';
import { AssembledEPub, EPUB_GEN_ADAPTED_VERSION } from '../src/render/epub/epub-gen-adapter.js';
import { HYPHEN_ADAPTED_VERSION, hyphenatorFor } from '../src/render/pdf/linebreak/hyphen-adapter.js';

const require = createRequire(import.meta.url);

/** The installed version of a package, read from the package.json above its entry point. */
function installedVersion(name: string): string {
  let folder = dirname(require.resolve(name));
  while (!existsSync(join(folder, 'package.json')) || !isPackageRoot(join(folder, 'package.json'), name))
    folder = dirname(folder);
  return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}

function isPackageRoot(path: string, name: string): boolean {
  return (JSON.parse(readFileSync(path, 'utf8')) as { name?: string }).name === name;
}

describe('dependency adapters', () => {
  it.each([
    ['docx', DOCX_ADAPTED_VERSION, 'src/render/docx/docx-adapter.ts and the XML repairs in src/render/docx/package.ts'],
    ['epub-gen-memory', EPUB_GEN_ADAPTED_VERSION, 'src/render/epub/epub-gen-adapter.ts'],
    ['hyphen', HYPHEN_ADAPTED_VERSION, 'src/render/pdf/linebreak/hyphen-adapter.ts'],
  ])('should run %s at the version its adapter was checked for (%s)', (name, adapted, adapter) => {
    const installed = installedVersion(name);
    expect(installed, `${name} is now ${installed}: check ${adapter}, then update its adapted version`).toBe(adapted);
  });

  it("should find docx's part compiler and get the document's parts from it", async () => {
    expect(hasPartCompiler(), 'docx no longer has Packer.compiler: see src/render/docx/docx-adapter.ts').toBe(true);
    const parts = await compileParts(new Document({ sections: [{ children: [new Paragraph('adapter probe')] }] }), [
      { path: 'docProps/app.xml', data: '<Properties/>' },
    ]);
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/app.xml']),
    );
    expect(new TextDecoder().decode(parts['word/document.xml'])).toContain('adapter probe');
    expect(new TextDecoder().decode(parts['docProps/app.xml'])).toBe('<Properties/>');
  });

  it("should get epub-gen-memory's assembled entries out of its protected zip", async () => {
    const book = new AssembledEPub(
      { title: 'Probe', lang: 'en', version: 3, verbose: false, fonts: [], chapterXHTML: '<%- verbatimPage %>' },
      [{ title: 'One', filename: 'one.xhtml', content: '', verbatimPage: '<p>adapter probe</p>' } as never],
      'urn:uuid:00000000-0000-4000-8000-000000000000',
    );
    const files = await book.files();
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['mimetype', 'META-INF/container.xml', 'OEBPS/content.opf', 'OEBPS/one.xhtml']),
    );
    expect(new TextDecoder().decode(files.get('OEBPS/one.xhtml'))).toBe('<p>adapter probe</p>');
  });

  it.each(['en-us', 'en-gb', 'fr', 'de-1996', 'ru'] as const)(
    "should read hyphen's %s pattern data itself (levels, trie, exceptions), not fall back to hyphenateSync",
    (set) => {
      const hyphenator = hyphenatorFor(set);
      expect(hyphenator && 'patterns' in hyphenator, `hyphen's ${set} data changed shape: see hyphen-adapter.ts`).toBe(
        true,
      );
    },
  );
});
