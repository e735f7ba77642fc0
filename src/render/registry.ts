/**
 * @module render/registry
 * The renderer registry. Built-in renderers are loaded only when asked for, so that
 * `verbatim build --to md` never loads pdfkit. Library users add their own with
 * `registerRenderer`. Asking for an unknown format is an error that lists the known ones.
 */
import { InvalidOptionError } from '../errors.js';
import { checkTranscript } from '../model/json.js';
import type { Transcript } from '../model/nodes.js';
import { checkTheme } from '../theme/check.js';
import { defaultTheme, themePresets } from '../theme/default.js';
import type { CheckedRenderer, RenderOptions, Renderer } from './types.js';

interface Entry {
  id: string;
  extension: string;
  load: () => Promise<Renderer>;
}

const PRESETS = new Set(Object.values(themePresets));

/** The theme of a render: the default one, a preset as it is, any other object checked. */
function themeOf(options: RenderOptions) {
  if (options.theme === undefined) return defaultTheme;
  return PRESETS.has(options.theme) ? options.theme : checkTheme(options.theme);
}

/** The renderer behind the API's edge: the model checked, the context completed. */
function checked(renderer: Renderer): CheckedRenderer {
  return Object.freeze({
    id: renderer.id,
    extension: renderer.extension,
    mediaType: renderer.mediaType,
    description: renderer.description,
    render: async (transcript: Transcript, options: RenderOptions = {}) =>
      renderer.render(checkTranscript(transcript), {
        ...options,
        theme: themeOf(options),
        diagnostics: options.diagnostics ?? [],
      }),
  });
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
  registry.set(renderer.id, { id: renderer.id, extension: renderer.extension, load: () => Promise.resolve(renderer) });
}

/** Ids of every registered renderer, in registration order. */
export function rendererIds(): string[] {
  return [...registry.keys()];
}

/**
 * The renderer for a format id; throws `InvalidOptionError` naming the known formats. Its `render`
 * checks the model (`ModelError`) and defaults the context to the default theme.
 */
export async function getRenderer(id: string): Promise<CheckedRenderer> {
  const entry = registry.get(id);
  if (!entry) throw new InvalidOptionError(`unknown format "${id}" (known formats: ${rendererIds().join(', ')})`);
  return checked(await entry.load());
}

/** The format whose files end in `extension` (without the dot, any case), or undefined. */
export function formatOfExtension(extension: string): string | undefined {
  const wanted = extension.toLowerCase();
  for (const entry of registry.values()) if (entry.extension === wanted) return entry.id;
  return undefined;
}

/** File extensions of every registered format. */
export function outputExtensions(): string[] {
  return [...registry.values()].map((entry) => entry.extension);
}

/** Check format ids without loading them; throws like `getRenderer`. */
export function checkFormats(ids: string[]): void {
  for (const id of ids) {
    if (!registry.has(id))
      throw new InvalidOptionError(`unknown format "${id}" (known formats: ${rendererIds().join(', ')})`);
  }
}

/** The file extension of a format, without loading its renderer; throws like `getRenderer`. */
export function extensionOfFormat(id: string): string {
  checkFormats([id]);
  return registry.get(id)!.extension;
}
