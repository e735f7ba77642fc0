/**
 * @module normalise/readers/structured-readers
 * Every structured reader (`structured.ts` has the interface), in the order they are tried, and
 * the choice of one for a document.
 */
import { aknReader } from './akoma-ntoso.js';
import { assemblyAiReader } from './assemblyai.js';
import { awsTranscribeReader } from './aws-transcribe.js';
import { deepgramReader } from './deepgram.js';
import { oyezReader } from './oyez.js';
import { revAiReader } from './revai.js';
import type { StructuredDocument, StructuredReader } from './structured.js';
import { teiReader } from './tei.js';
import { whisperReader } from './whisper.js';

/** Every structured reader, in the order they are tried (most specific first). */
export const STRUCTURED_READERS: readonly StructuredReader[] = [
  oyezReader, // transcript.sections[].turns[].text_blocks
  // Speech recognition: each knows its format by keys the others lack.
  awsTranscribeReader, // results.items + results.transcripts
  deepgramReader, // results.channels / results.utterances
  revAiReader, // monologues[].elements
  assemblyAiReader, // utterances[] with speakers, or text + words with confidence
  whisperReader, // segments[] with start/end/text, or text + words[].word
  // Interchange XML.
  teiReader, // TEI P5 <TEI> with <u who>
  aknReader, // Akoma Ntoso <akomaNtoso><debate>
];

/** The reader for a structured document, or `null` when none knows it. */
export function structuredReaderFor(document: StructuredDocument): StructuredReader | null {
  return STRUCTURED_READERS.find((reader) => reader.syntax === document.syntax && reader.detect(document)) ?? null;
}
