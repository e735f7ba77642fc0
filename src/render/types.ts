/**
 * @module render/types
 * The one interface every renderer implements, the context it receives, and the exhaustive
 * handler-map types: a renderer's handlers are typed over every block and inline kind of the
 * model, so adding a node kind fails to compile until every renderer handles it.
 */
import type { Diagnostic, Inline, Transcript } from '../model/nodes.js';
import type { Theme } from '../theme/theme.js';
import type { EditionBlock } from './edition/edition.js';

/** What a renderer is given besides the transcript. */
export interface RenderContext {
  /** The theme (already validated). */
  theme: Theme;
  /** SOURCE_DATE_EPOCH, if set: the date written into files; otherwise the transcript's date. */
  sourceDateEpoch?: number;
  /** Where a renderer reports problems it met (missing glyphs, …); never thrown. */
  diagnostics: Diagnostic[];
  /** The recording the transcript was made from (`--audio`): the EPUB reads along with it. */
  audio?: Recording;
}

/** A recording checked for an e-book (`render/epub/recording.ts` reads one). */
export interface Recording {
  bytes: Uint8Array;
  /** File extension in the package: "mp3" or "m4a". */
  extension: 'mp3' | 'm4a';
  mediaType: 'audio/mpeg' | 'audio/mp4';
  /** Seconds, from the file's headers; null when they do not say. */
  duration: number | null;
}

/** A renderer: turns a transcript into the bytes of one file format. */
export interface Renderer {
  /** Short id used on the command line: "pdf", "docx", "epub", "md". */
  id: string;
  /** File extension without the dot. */
  extension: string;
  /** IANA media type of the output. */
  mediaType: string;
  /** One line for `verbatim build --help`. */
  description: string;
  /** Render; the same transcript, theme and epoch always give the same bytes. */
  render(transcript: Transcript, context: RenderContext): Promise<Uint8Array>;
}

/** What a library user may pass to `render`: every field optional (the default theme, no epoch). */
export type RenderOptions = Partial<RenderContext>;

/**
 * A renderer as `getRenderer` hands it out: the model is checked first (a `ModelError` naming the
 * first problem, never a crash deep inside a renderer) and the context defaults to the default theme.
 */
export interface CheckedRenderer extends Omit<Renderer, 'render'> {
  render(transcript: Transcript, options?: RenderOptions): Promise<Uint8Array>;
}

/** A handler for one node kind. */
export type Handler<N, S, O> = (node: N, state: S) => O;

/** Handlers for every edition block kind (exhaustive). */
export type EditionBlockHandlers<S, O> = {
  [K in EditionBlock['type']]: Handler<Extract<EditionBlock, { type: K }>, S, O>;
};

/** Handlers for every inline kind (exhaustive). */
export type InlineHandlers<S, O> = { [K in Inline['type']]: Handler<Extract<Inline, { type: K }>, S, O> };

/** Dispatch a node to its handler. */
export function dispatch<N extends { type: string }, S, O>(
  handlers: { [K in N['type']]: Handler<Extract<N, { type: K }>, S, O> },
  node: N,
  state: S,
): O {
  const handler = handlers[node.type as N['type']] as Handler<N, S, O>;
  return handler(node, state);
}
