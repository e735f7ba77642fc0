/**
 * @module model/json
 * Reading and writing model JSON. Reading checks the model version first (a clear error for a
 * file from another version), then the structure with the zod schema, then that every id a
 * node points to exists. Writing is stable: the same transcript gives the same bytes.
 */
import { ModelError } from '../errors.js';
import { MODEL_VERSION, type Transcript } from './nodes.js';
import { transcriptSchema } from './schema.js';
import { blocksOf, inlinesOf, turnsOf } from './walk.js';

/** Serialise a transcript as pretty JSON with a final newline. */
export function transcriptToJson(transcript: Transcript): string {
  return JSON.stringify(transcript, null, 2) + '\n';
}

/** Parse and check model JSON text; throws `ModelError` with a one-line message. */
export function transcriptFromJson(text: string): Transcript {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ModelError(`not valid JSON: ${(error as Error).message}`);
  }
  return checkTranscript(data);
}

/** Check an already parsed value against the model; throws `ModelError`. */
export function checkTranscript(data: unknown): Transcript {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ModelError('model JSON must be an object with a "modelVersion" field');
  }
  const version = (data as { modelVersion?: unknown }).modelVersion;
  if (version === undefined) throw new ModelError('model JSON has no "modelVersion" field');
  if (version !== MODEL_VERSION) {
    throw new ModelError(
      `model version ${JSON.stringify(version)} is not supported (this Verbatim reads ${MODEL_VERSION})`,
    );
  }
  const result = transcriptSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue ? issue.path.map(String).join('.') : '';
    const count = result.error.issues.length;
    throw new ModelError(
      `invalid model at ${path || '(root)'}: ${issue?.message ?? 'invalid'}${count > 1 ? ` (and ${count - 1} more problems)` : ''}`,
    );
  }
  const transcript = result.data;
  const problem = findReferenceProblem(transcript);
  if (problem) throw new ModelError(`invalid model: ${problem}`);
  return transcript;
}

/** The first broken cross-reference or duplicate id of a transcript, or null. */
export function findReferenceProblem(transcript: Transcript): string | null {
  const participantIds = new Set<string>();
  for (const participant of transcript.participants) {
    if (participantIds.has(participant.id)) return `participant id "${participant.id}" is used twice`;
    participantIds.add(participant.id);
  }
  const noteIds = new Set<string>();
  const noteNumbers = new Set<number>();
  for (const note of transcript.notes) {
    if (noteIds.has(note.id)) return `note id "${note.id}" is used twice`;
    if (noteNumbers.has(note.number)) return `note number ${note.number} is used twice`;
    noteIds.add(note.id);
    noteNumbers.add(note.number);
  }
  const blockIds = new Set<string>();
  for (const block of blocksOf(transcript.body)) {
    if (blockIds.has(block.id)) return `block id "${block.id}" is used twice`;
    blockIds.add(block.id);
  }
  for (const turn of turnsOf(transcript.body)) {
    if (turn.speaker !== null && !participantIds.has(turn.speaker)) {
      return `turn ${turn.id} names speaker "${turn.speaker}", who is not in participants`;
    }
    if (turn.attribution.noteId !== undefined && !noteIds.has(turn.attribution.noteId)) {
      return `turn ${turn.id} points to note "${turn.attribution.noteId}", which is not in notes`;
    }
    for (const paragraph of turn.paragraphs) {
      for (const node of inlinesOf(paragraph)) {
        if (node.type === 'noteRef' && !noteIds.has(node.id)) {
          return `turn ${turn.id} refers to note "${node.id}", which is not in notes`;
        }
      }
    }
  }
  return null;
}
