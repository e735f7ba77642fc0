/**
 * @module render/docx/docx-adapter
 * The one place that reaches inside docx (written for docx 9.15.2): its part compiler, a static of
 * `Packer` that its type declarations keep private. `Packer.pack` would compile the parts, deflate
 * them into a zip that `package.ts` would inflate again to rewrite them; the compiler gives them
 * directly. Should a later docx move it, the packed zip is unpacked instead — slower, same bytes.
 * `tests/adapters.test.ts` fails when docx's version or this reach changes, so the repairs in
 * `package.ts` are looked at again with it.
 */
import { Packer, type Document } from 'docx';
import { strToU8, unzipSync } from 'fflate';

/** The docx version this adapter was written and checked for. */
export const DOCX_ADAPTED_VERSION = '9.15.2';

/** docx's compiler (a static of `Packer`, private in its types): the package's parts before zipping. */
type PartCompiler = {
  compile(
    file: Document,
    prettify: undefined,
    overrides: Array<{ path: string; data: string }>,
  ): Map<string, string | Uint8Array>;
};

/**
 * The document's parts by path. `Packer.pack` would compile them, deflate them into a zip, and
 * we would inflate them again to rewrite them: docx 9.15's compiler gives them directly. Should
 * a later docx move it, the packed zip is unpacked as before.
 */
export async function compileParts(
  document: Document,
  overrides: Array<{ path: string; data: string }>,
): Promise<Record<string, Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: Partial<PartCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function')
    return unzipSync(await Packer.pack(document, 'uint8array', false, overrides));
  const files: Record<string, Uint8Array> = {};
  for (const [path, data] of (compiler as PartCompiler).compile(document, undefined, overrides)) {
    files[path] =
      typeof data === 'string' ? strToU8(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  return files;
}

/** True when docx still has the compiler this adapter uses (checked by the adapters test). */
export function hasPartCompiler(): boolean {
  return typeof (Packer as unknown as { compiler?: Partial<PartCompiler> }).compiler?.compile === 'function';
}
