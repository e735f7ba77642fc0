/**
 * @module render/registry
 * The renderer registry. Built-in renderers are loaded only when asked for, so that
 * `verbatim build --to md` never loads pdfkit. Library users add their own with
 * `registerRenderer`. Asking for an unknown format is an error that lists the known ones.
 */
import { InvalidOptionError } from '../errors.js';
import type { Renderer } from './types.js';

interface Entry {
  id: string;
  extension: string;
  load: () => Promise<Renderer>;
}

const BUILT_IN: Entry[] = [
  { id: 'pdf', extension: 'pdf', load: async () => (await import('./pdf/index.js')).pdfRenderer },
  { id: 'docx', extension: 'docx', load: async () => (await import('./docx/index.js')).docxRenderer },
  { id: 'epub', extension: 'epub', load: async () => (await import('./epub/index.js')).epubRenderer },
  { id: 'md', extension: 'md', load: async () => (await import('./markdown/index.js')).markdownRenderer },
];

const registry = new Map<string, Entry>(BUILT_IN.map((entry) => [entry.id, entry]));

/** Register (or replace) a renderer under its id. */
export function registerRenderer(renderer: Renderer): void {
  registry.set(renderer.id, { id: renderer.id, extension: renderer.extension, load: async () => renderer });
}

/** Ids of every registered renderer, in registration order. */
export function rendererIds(): string[] {
  return [...registry.keys()];
}

/** The renderer for a format id; throws `InvalidOptionError` naming the known formats. */
export async function getRenderer(id: string): Promise<Renderer> {
  const entry = registry.get(id);
  if (!entry) throw new InvalidOptionError(`unknown format "${id}" (known formats: ${rendererIds().join(', ')})`);
  return entry.load();
}

/** Check format ids without loading them; throws like `getRenderer`. */
export function checkFormats(ids: string[]): void {
  for (const id of ids) {
    if (!registry.has(id))
      throw new InvalidOptionError(`unknown format "${id}" (known formats: ${rendererIds().join(', ')})`);
  }
}
