/**
 * @module render/epub/epub-gen-adapter
 * The one place that reaches inside epub-gen-memory (written for 1.1.2): its `EPub` class keeps
 * the assembled archive in a protected `zip` (a JSZip) and zips it with the clock on every entry
 * in `genEpub()`. We subclass it, call `render()` only, and take the entries out of `zip`, so
 * `package.ts` can write a deterministic archive. `tests/adapters.test.ts` fails when the
 * library's version or this reach changes.
 */
import { EPub, type Chapter, type Options } from 'epub-gen-memory';

/** The epub-gen-memory version this adapter was written and checked for. */
export const EPUB_GEN_ADAPTED_VERSION = '1.1.2';

/** epub-gen-memory's `EPub`, with access to the entries it assembled. */
export class AssembledEPub extends EPub {
  constructor(options: Options, content: Chapter[], identifier: string) {
    super(options, content);
    // Used by its default NCX template; ours prints the identifier itself, but keep one truth.
    this.uuid = identifier;
  }

  /** Assemble the book (templates, pages; no fonts, images or cover to fetch) and return its files. */
  async files(): Promise<Map<string, Uint8Array>> {
    await this.render();
    const out = new Map<string, Uint8Array>();
    for (const [name, file] of Object.entries(this.zip.files)) {
      if (!file.dir) out.set(name, await file.async('nodebuffer'));
    }
    return out;
  }
}
