/**
 * @module render/template-files
 * Where a template is read from: a theme may name a folder of its own templates
 * (`theme.templates`, `--templates DIR`) that replace Verbatim's by path (`colophon.hbs`,
 * `epub/title.xhtml.hbs`); a template the folder lacks is Verbatim's own, from `templates/`.
 * Renderers compile templates once per process, in caches made here, so that
 * `verbatim build --watch` can forget them all when a template file changes.
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

const caches = new Set<Map<string, unknown>>();

/** A cache of compiled templates (by template folder) that `forgetCompiledTemplates` empties. */
export function templateCache<T>(): Map<string, T> {
  const cache = new Map<string, T>();
  caches.add(cache);
  return cache;
}

/** Forget every compiled template, so the next render reads the template files again. */
export function forgetCompiledTemplates(): void {
  for (const cache of caches) cache.clear();
}
