/**
 * @module warm-up
 * What the CLI's startup snapshot (`scripts/snapshot.mjs`) runs before the heap is written: a
 * transcript rendered in every registered format in memory, nothing written, so that the
 * snapshot holds the renderers' modules loaded and their functions compiled, the fonts opened and
 * their OpenType tables decoded, the hyphenation patterns read. Then it drops what a snapshot
 * cannot hold (ICU formatters) and what would set text in advance (the shaped words), so that a
 * command started from the snapshot writes the same bytes as one started without it and spends
 * no less on the words of its own text. Modules are imported when called, so that loading the
 * bundle loads none of them.
 */
import { getRenderer, rendererIds } from './render/registry.js';

/** Normalise `bytes`, render them in every registered format, drop the outputs and the caches above. */
export async function warmUp(bytes: Uint8Array, fileName: string): Promise<void> {
  const { normaliseBytes } = await import('./normalise/index.js');
  const transcript = normaliseBytes(bytes, { fileName });
  for (const id of rendererIds()) await (await getRenderer(id)).render(transcript);
  const { forgetLocaleFormats } = await import('./messages/messages.js');
  const { forgetShapedWords } = await import('./render/pdf/fonts.js');
  forgetLocaleFormats();
  forgetShapedWords();
}
