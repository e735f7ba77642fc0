/**
 * @module render/template-files
 * Where a template is read from: a theme may name a folder of its own templates
 * (`theme.templates`, `--templates DIR`) that replace Verbatim's by path (`colophon.hbs`,
 * `epub/title.xhtml.hbs`); a template the folder lacks is Verbatim's own, from `templates/`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../package-files.js';

/** The file to read for the template at `relative` (to a templates folder: "colophon.hbs", "epub/page.hbs"). */
export function templateFile(relative: string, folder: string | null): string {
  if (folder !== null) {
    const theirs = join(folder, relative);
    if (existsSync(theirs)) return theirs;
  }
  return packagePath('templates', ...relative.split('/'));
}
