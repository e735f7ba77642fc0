// Build step after `tsc` (run by `npm run build`): the compact shaping tables of each bundled
// font (dist/render/pdf/shaping-table-build.js), one per feature set the PDF edition shapes with
// (none, and small caps), into dist/shaping/<SHA-256 of the font>[.<features>].json; the PDF
// renderer shapes plain Latin text from them instead of running fontkit's engine
// (src/render/pdf/compact-shaping.ts). A font that does not fit the tables' model gets none and
// is shaped by fontkit as before; the line printed says why.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shapingTablePath, TABLE_FEATURE_SETS } from '../dist/render/pdf/compact-shaping.js';
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
  for (const features of TABLE_FEATURE_SETS) {
    const { table, reason } = buildShapingTable(readFileSync(file), features);
    if (!table) {
      skipped.push(`${relative(FONTS, file)}${features.length > 0 ? ` with ${features.join('+')}` : ''} (${reason})`);
      continue;
    }
    const path = shapingTablePath(table.digest, features);
    writeFileSync(`${path}.tmp`, JSON.stringify(table));
    renameSync(`${path}.tmp`, path);
  }
}
if (skipped.length > 0) process.stdout.write(`shaping tables: none for ${skipped.join(', ')}\n`);
