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
  const readable = readableVersion(version);
  // Minor versions only add optional fields and values: any 1.x is read as this version's model.
  const current = { ...(data as Record<string, unknown>), modelVersion: MODEL_VERSION };
  const result = transcriptSchema.safeParse(current);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue ? issue.path.map(String).join('.') : '';
    const count = result.error.issues.length;
    const newer =
      readable.minor > CURRENT.minor
        ? ` (the file is model ${version as string}, newer than this Verbatim's ${MODEL_VERSION})`
        : '';
    throw new ModelError(
      `invalid model at ${path || '(root)'}: ${issue?.message ?? 'invalid'}${count > 1 ? ` (and ${count - 1} more problems)` : ''}${newer}`,
    );
  }
  const transcript = result.data;
  const problem = findReferenceProblem(transcript);
  if (problem) throw new ModelError(`invalid model: ${problem}`);
  return transcript;
}

const CURRENT = parseVersion(MODEL_VERSION)!;

function parseVersion(version: string): { major: number; minor: number } | null {
  const match = /^(\d+)\.(\d+)$/.exec(version);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}

/** The version of a model file if this Verbatim reads it (the same major); throws `ModelError` otherwise. */
function readableVersion(version: unknown): { major: number; minor: number } {
  const parsed = typeof version === 'string' ? parseVersion(version) : null;
  if (!parsed || parsed.major !== CURRENT.major) {
    throw new ModelError(
      `model version ${JSON.stringify(version)} is not supported (this Verbatim reads ${CURRENT.major}.x)`,
    );
  }
  return parsed;
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
