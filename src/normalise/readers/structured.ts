/**
 * @module normalise/readers/structured
 * Readers for structured exports — JSON or XML files that state their speakers and turns
 * themselves (speech-recognition output, court and parliament formats). Unlike the text
 * readers, they do not guess labels from lines: each fills the draft's metadata, participants
 * and turns (draft turns with method `explicit`, or `unknown` where the file names nobody) from
 * the file's own structure, and the normaliser then runs `STRUCTURED_PASSES` (paragraphs from
 * timed pieces, inline marks, typography, metadata, notes) on it.
 *
 * A JSON or XML file that no reader recognises is refused (`UnreadableInputError`), never
 * typeset as text. The list of readers is in `structured-readers.ts` (so that a reader module can
 * import this interface without an import cycle).
 */
import type { SourceFormat } from '../../model/nodes.js';
import type { Draft } from '../draft.js';

/** What a structured reader is handed: the parsed JSON value, or the XML text. */
export type StructuredDocument = { syntax: 'json'; value: unknown } | { syntax: 'xml'; text: string };

/** One structured format. */
export interface StructuredReader {
  /** The model's `meta.source.format` for this reader. */
  format: Exclude<
    SourceFormat,
    'model' | 'text' | 'markdown' | 'webvtt' | 'srt' | 'html' | 'csv' | 'segments-json' | 'xml-text'
  >;
  /** Name for `verbatim formats` and messages: "OpenAI Whisper / WhisperX JSON". */
  title: string;
  /** File-name extensions, lower case with the dot, that usually carry it. */
  extensions: readonly string[];
  /** JSON or XML. */
  syntax: StructuredDocument['syntax'];
  /** True when the document is this format (from its content, never from the file name). */
  detect(document: StructuredDocument): boolean;
  /**
   * Fill a fresh draft (format, file name, encoding and hash already set; no lines, segments
   * or blocks) with metadata, participants, draft turns, notes, `removed[]` and diagnostics.
   * Never throws on odd content: what it cannot place becomes a diagnostic with a rule id.
   */
  read(draft: Draft, document: StructuredDocument): Draft;
}

/** The document's syntax when text is JSON or XML at all; `null` for text. */
export function structuredSyntax(text: string): StructuredDocument | null {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    try {
      return { syntax: 'json', value: JSON.parse(text) as unknown };
    } catch {
      return null;
    }
  }
  if (/^<\?xml[\s?]/.test(start) || /^<[A-Za-z][\w.-]*(?::[\w.-]+)?\s[^>]*\bxmlns(?::\w+)?\s*=/.test(start)) {
    return { syntax: 'xml', text };
  }
  return null;
}
