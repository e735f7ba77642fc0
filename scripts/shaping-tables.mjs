// Build step after `tsc` (run by `npm run build`): the compact shaping table of each bundled
// font (dist/render/pdf/shaping-table-build.js) into dist/shaping/<SHA-256 of the font>.json, which
// the PDF renderer shapes plain Latin text from instead of running fontkit's engine
// (src/render/pdf/compact-shaping.ts). A font that does not fit the table's model gets none
// and is shaped by fontkit as before; the line printed says why.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildShapingTable } from '../dist/render/pdf/shaping-table-build.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FONTS = join(ROOT, 'fonts');
const OUT = join(ROOT, 'dist', 'shaping');

function fontFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? fontFiles(join(folder, entry.name))
      : /\.(ttf|otf)$/i.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const skipped = [];
for (const file of fontFiles(FONTS).sort()) {
  const { table, reason } = buildShapingTable(readFileSync(file));
  if (!table) {
    skipped.push(`${relative(FONTS, file)} (${reason})`);
    continue;
  }
  const path = join(OUT, `${table.digest}.json`);
  writeFileSync(`${path}.tmp`, JSON.stringify(table));
  renameSync(`${path}.tmp`, path);
}
if (skipped.length > 0) process.stdout.write(`shaping tables: none for ${skipped.join(', ')}\n`);
