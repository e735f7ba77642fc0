/**
 * @module warm-up
 * Renders a transcript in every registered format in memory and writes nothing: run while the
 * CLI's startup snapshot is built (`scripts/snapshot.mjs`), so that the snapshot holds the
 * renderers' modules loaded, the fonts opened and their OpenType tables decoded, and a command
 * started from it does not pay for that again.
 */
import { forgetLocaleFormats } from './messages/messages.js';
import { normaliseBytes } from './normalise/index.js';
import { getRenderer, rendererIds } from './render/registry.js';

/** Normalise `bytes` and render them in every registered format; the outputs are dropped. */
export async function warmUp(bytes: Uint8Array, fileName: string): Promise<void> {
  const transcript = normaliseBytes(bytes, { fileName });
  for (const id of rendererIds()) await (await getRenderer(id)).render(transcript);
}

/** Drop what a snapshot cannot hold or should not carry (called just before it is written). */
export function beforeSnapshot(): void {
  forgetLocaleFormats();
}
