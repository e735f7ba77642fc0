/**
 * @module normalise/passes/narrated-opening
 * Pass `narrated-opening`: in a labelled transcript of record, the unlabelled paragraphs before
 * the first label that tell in the past tense what the labelled people did — "The sitting having
 * opened, the House was called to order by the Speaker", "The Clerk announced the Governor" —
 * with no word of the first or second person in them are the record's narration, not anyone's
 * speech. They become stage directions (info diagnostic `narrated-opening`) instead of a turn that
 * inference would give, by elimination, to whoever the narration does not mention. A paragraph
 * with "I", "we" or "you", in the present tense, or naming nobody labelled stops the pass, and so
 * does a transcript with fewer than two labelled turns.
 */
import type { Diagnostic, Participant } from '../../model/nodes.js';
import {
  diagnostic,
  isDraftTurn,
  type Draft,
  type DraftBlock,
  type DraftTurn,
  type Pass,
  textDirection,
} from '../draft.js';
import { wordPattern } from '../word-pattern.js';

/** A word of the first or second person: someone is speaking. */
const FIRST_OR_SECOND_PERSON =
  /(?<![\p{L}'’])(?:I|I['’](?:m|ve|ll|d)|me|my|mine|myself|we|we['’](?:re|ve|ll|d)|us|our|ours|ourselves|you|you['’](?:re|ve|ll|d)|your|yours|yourself|yourselves|let['’]s)(?![\p{L}'’])/iu;
/** A verb of the past tense: a report of what happened (a lower-case word in -ed, or was/were/had). */
const PAST_TENSE = /(?<![\p{L}'’])(?:was|were|had|\p{Ll}{2,}ed)(?![\p{L}'’])/u;
/** Words of a title that say nothing of who someone is. */
const ARTICLE = /^(?:the|a|an)\s+/i;

/** The words by which narration speaks of a participant: name, short name, role, without the article. */
function referencesTo(participant: Participant): RegExp[] {
  const phrases = [participant.name, participant.shortName, participant.role ?? '']
    .map((phrase) => phrase.replace(ARTICLE, '').trim())
    .filter((phrase) => phrase.length >= 4);
  return [...new Set(phrases)].map((phrase) => wordPattern(phrase));
}

/** The participant a paragraph speaks of, if it reads as the record's narration. */
function narrated(text: string, references: Map<Participant, RegExp[]>): Participant | null {
  if (FIRST_OR_SECOND_PERSON.test(text) || !PAST_TENSE.test(text)) return null;
  for (const [participant, patterns] of references) if (patterns.some((p) => p.test(text))) return participant;
  return null;
}

export const narratedOpening: Pass = {
  name: 'narrated-opening',
  run(draft: Draft): Draft {
    const first = draft.blocks.findIndex(isDraftTurn);
    const opening = draft.blocks[first];
    if (!opening || !isDraftTurn(opening) || opening.speaker !== null || opening.label !== null) return draft;
    const labelledTurns = draft.blocks.filter(
      (b): b is DraftTurn => isDraftTurn(b) && b.method === 'explicit' && b.label !== null,
    );
    if (labelledTurns.length < 2) return draft;
    const labelledIds = new Set(labelledTurns.map((t) => t.speaker));
    const references = new Map(
      draft.participants
        .filter((p) => labelledIds.has(p.id))
        .map((p) => [p, referencesTo(p)] as const)
        .filter(([, patterns]) => patterns.length > 0),
    );
    const directions: DraftBlock[] = [];
    const diagnostics: Diagnostic[] = [];
    let count = 0;
    for (const paragraph of opening.paragraphs) {
      if (paragraph.cue) break;
      const spokenOf = narrated(paragraph.text, references);
      if (!spokenOf) break;
      count++;
      directions.push(textDirection(paragraph.text, paragraph.place));
      diagnostics.push(
        diagnostic(
          'info',
          'narrated-opening',
          `Before the first label, a report in the past tense of what ${spokenOf.name} and others did, with no “I”, “we” or “you”: the record’s narration, kept as a stage direction, not a turn.`,
          paragraph.place,
        ),
      );
    }
    if (count === 0) return draft;
    const rest = opening.paragraphs.slice(count);
    const replacement: DraftBlock[] =
      rest.length === 0 ? directions : [...directions, { ...opening, paragraphs: rest, place: rest[0]!.place }];
    return {
      ...draft,
      blocks: [...draft.blocks.slice(0, first), ...replacement, ...draft.blocks.slice(first + 1)],
      diagnostics: [...draft.diagnostics, ...diagnostics],
    };
  },
};
