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
  /** Name for people (`verbatim formats`). */
  title: string;
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
  {
    id: 'pdf',
    extension: 'pdf',
    title: 'PDF (tagged, PDF/A)',
    load: async () => (await import('./pdf/index.js')).pdfRenderer,
  },
  {
    id: 'docx',
    extension: 'docx',
    title: 'Word document',
    load: async () => (await import('./docx/index.js')).docxRenderer,
  },
  {
    id: 'epub',
    extension: 'epub',
    title: 'EPUB 3 e-book',
    load: async () => (await import('./epub/index.js')).epubRenderer,
  },
  {
    id: 'md',
    extension: 'md',
    title: 'Markdown (pandoc)',
    load: async () => (await import('./markdown/index.js')).markdownRenderer,
  },
  {
    id: 'tei',
    extension: 'tei.xml',
    title: 'TEI P5 (ParlaMint-compatible)',
    load: async () => (await import('./tei/index.js')).teiRenderer,
  },
  {
    id: 'akn',
    extension: 'akn.xml',
    title: 'Akoma Ntoso 3.0 debate',
    load: async () => (await import('./akoma-ntoso/index.js')).aknRenderer,
  },
];

const registry = new Map<string, Entry>(BUILT_IN.map((entry) => [entry.id, entry]));

/** Register (or replace) a renderer under its id. */
export function registerRenderer(renderer: Renderer): void {
  registry.set(renderer.id, {
    id: renderer.id,
    extension: renderer.extension,
    title: renderer.description,
    load: () => Promise.resolve(renderer),
  });
}

/** Every registered format without loading it: id, file extension (without the dot) and name. */
export function rendererFormats(): { id: string; extension: string; title: string }[] {
  return [...registry.values()].map(({ id, extension, title }) => ({ id, extension, title }));
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

/**
 * The format of a file name, by the longest registered extension it ends in (`x.tei.xml` is TEI,
 * `x.akn.xml` Akoma Ntoso), or undefined.
 */
export function formatOfFileName(fileName: string): string | undefined {
  const name = fileName.toLowerCase();
  let best: Entry | undefined;
  for (const entry of registry.values())
    if (name.endsWith(`.${entry.extension}`) && entry.extension.length > (best?.extension.length ?? 0)) best = entry;
  return best?.id;
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
