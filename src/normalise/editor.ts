/**
 * @module normalise/editor
 * An editor's decisions about speakers, made the same way wherever the editor makes them — in a
 * sidecar or on the command line (`src/overrides.ts`), or by changing a label in Verbatim's own
 * Markdown edition (`readers/verbatim-markdown.ts`): finding the participant a name means,
 * introducing a person nobody has named yet, the attribution (method `editor`) with its
 * evidence, and moving the inference notes of turns an editor took.
 */
import { QUESTIONER_ID, type Attribution, type Block, type Note, type Participant, type Turn } from '../model/nodes.js';
import { CATALOGUES } from '../messages/messages.js';
import { anonymousQuestioner, slug } from './people.js';

/**
 * The participant an editor means by `who`: an id, then a name or short name, then a label the
 * source printed for them (all without regard to case); `undefined` when nobody answers to it.
 */
export function findParticipant(participants: readonly Participant[], who: string): Participant | undefined {
  const wanted = who.trim().toLowerCase();
  return (
    participants.find((p) => p.id === who.trim()) ??
    participants.find((p) => p.name.toLowerCase() === wanted || p.shortName.toLowerCase() === wanted) ??
    participants.find((p) => p.labels.some((label) => label.toLowerCase() === wanted))
  );
}

/** True when `who` is an edition's word for the anonymous questioner ("Question", "Frage", …) in any catalogue. */
export function isQuestionerWord(who: string): boolean {
  const wanted = who.trim().toLowerCase();
  return Object.values(CATALOGUES).some((messages) => messages.labels.question.toLowerCase() === wanted);
}

/**
 * The participant for a name an editor gave: one already known, else a new one added to
 * `participants` (the anonymous questioner for the edition's word for "Question", otherwise a
 * person named so, with an id made from the name); `created` says which.
 */
export function participantForEditor(
  participants: Participant[],
  who: string,
): { participant: Participant; created: boolean } {
  const known = findParticipant(participants, who);
  if (known) return { participant: known, created: false };
  if (isQuestionerWord(who)) {
    const questioner = participants.find((p) => p.id === QUESTIONER_ID);
    if (questioner) return { participant: questioner, created: false };
    const created = anonymousQuestioner();
    participants.push(created);
    return { participant: created, created: true };
  }
  const name = who.trim();
  const base = `p-${slug(name)}`;
  let id = base;
  for (let n = 2; participants.some((p) => p.id === id); n++) id = `${base}-${n}`;
  const created: Participant = {
    id,
    name,
    shortName: name,
    role: null,
    affiliation: null,
    kind: 'person',
    labels: [],
  };
  participants.push(created);
  return { participant: created, created: true };
}

/** The attribution of a turn an editor gave to a participant, from paragraph `paragraph`; `origin` says where the editor said so. */
export function editorAttribution(paragraph: number, participant: Participant, origin: string): Attribution {
  return {
    method: 'editor',
    confidence: 1,
    evidence: [`an editor gave paragraph ${paragraph} to ${participant.name} (${origin})`],
  };
}

function turnsIn(blocks: Block[]): Turn[] {
  return blocks.flatMap((block) =>
    block.type === 'turn' ? [block] : block.type === 'section' ? turnsIn(block.body) : [],
  );
}

/**
 * An inference note belongs to a speaker's first inferred turn. When an editor takes that turn,
 * the note moves to the speaker's next inferred turn, or goes when there is none; notes are then
 * numbered again in order of first reference. `speakerOfNote` says whose inference each note
 * explained before the editor's corrections. Changes `body` and returns the notes to keep.
 */
export function repairAttributionNotes(
  body: Block[],
  notes: readonly Note[],
  speakerOfNote: ReadonlyMap<string, string | null>,
): Note[] {
  const turns = turnsIn(body);
  // A split copies the note onto both halves: only the first keeps it.
  const kept = new Set<string>();
  for (const turn of turns) {
    const id = turn.attribution.noteId;
    if (!id) continue;
    if (kept.has(id) || turn.attribution.method !== 'inferred') delete turn.attribution.noteId;
    else kept.add(id);
  }
  for (const [id, speaker] of speakerOfNote) {
    if (kept.has(id)) continue;
    const next = turns.find(
      (t) => t.speaker === speaker && t.attribution.method === 'inferred' && !t.attribution.noteId,
    );
    if (next) {
      next.attribution.noteId = id;
      kept.add(id);
    }
  }
  const order: string[] = [];
  const refer = (id: string) => {
    if (!order.includes(id)) order.push(id);
  };
  const walkInlines = (nodes: readonly unknown[]) => {
    for (const node of nodes as { type: string; id?: string; children?: unknown[] }[]) {
      if (node.type === 'noteRef' && node.id) refer(node.id);
      if (node.children) walkInlines(node.children);
    }
  };
  for (const turn of turns) {
    if (turn.attribution.noteId) refer(turn.attribution.noteId);
    for (const paragraph of turn.paragraphs) walkInlines(paragraph);
  }
  const byId = new Map(notes.map((n) => [n.id, n]));
  const out: Note[] = [];
  for (const id of order) {
    const found = byId.get(id);
    if (found) out.push({ ...found, number: out.length + 1 });
  }
  // Notes nobody refers to but that are not inference notes (source notes) stay, after the rest.
  for (const n of notes)
    if (!order.includes(n.id) && n.kind !== 'attribution') out.push({ ...n, number: out.length + 1 });
  return out;
}
