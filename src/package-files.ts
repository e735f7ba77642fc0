/**
 * @module package-files
 * Where Verbatim's own files are (`fonts/`, `templates/`, `package.json`, `dist/`), found by
 * walking up from this module to the folder whose `package.json` is Verbatim's. The same code
 * then works from the TypeScript sources (`src/…`, tests), the compiled modules (`dist/…`) and
 * the single-file bundle the CLI runs (`dist/verbatim.cjs`), which sit at different depths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'verbatim';

function findPackageRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) return folder;
      } catch {
        // Not a readable manifest: keep walking up.
      }
    }
    if (dirname(folder) === folder) throw new Error(`cannot find Verbatim's package folder above ${start}`);
  }
}

/** The package's root folder (holding `package.json`, `fonts/`, `templates/`, `dist/`). */
export const PACKAGE_ROOT: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** The absolute path of a file inside the package, from its path segments ("templates", "epub"). */
export function packagePath(...segments: string[]): string {
  return join(PACKAGE_ROOT, ...segments);
}
