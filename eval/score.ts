/**
 * @module eval/score
 * Scores a normalised transcript against a turn-level gold annotation (`eval/gold/*.gold.json`,
 * format in `eval/README.md`). A gold turn is right when a turn of the model starts at the same
 * words and is given to the same speaker; a model turn that starts where no gold turn starts is
 * spurious. Accuracy = right / (gold turns + spurious turns), the headline figure; precision
 * and recall are over model and gold turns. Words are compared after folding case, quotes,
 * dashes and editorial marks, so typography and bracketed marks never decide a score.
 */
import { QUESTIONER_ID, type Inline, type Participant, type Transcript } from '../src/model/nodes.js';
import { turnsOf } from '../src/model/walk.js';

/** A participant of a gold annotation. */
export interface GoldParticipant {
  id: string;
  /** Name as a person writes it; null for an anonymous role (the questioner). */
  name: string | null;
  role?: string | null;
  /** Every label form the transcript uses for them. */
  aliases?: string[];
}

/** A turn of a gold annotation. */
export interface GoldTurn {
  /** Participant id, or null when the transcript does not let a careful reader tell. */
  speaker: string | null;
  /** The turn's first words as in the source, without the label. */
  firstWords: string;
}

/** One annotated transcript. */
export interface GoldFile {
  id: string;
  file: string;
  kind: string;
  language?: string;
  /** Kept out of the tuning loop: reported apart. */
  heldOut?: boolean;
  /** One speaker only: any second participant is invented. */
  monologue?: boolean;
  source: Record<string, unknown>;
  participants: GoldParticipant[];
  turns: GoldTurn[];
  notes?: string;
}

/** What went wrong with one gold turn, for the report. */
export interface TurnProblem {
  gold: number;
  firstWords: string;
  problem: 'not-found' | 'no-turn-starts-here' | 'wrong-speaker';
  /** The model's speaker (name) where a turn starts there. */
  got?: string;
}

/** The score of one file. */
export interface FileScore {
  id: string;
  goldTurns: number;
  modelTurns: number;
  right: number;
  spurious: number;
  precision: number;
  recall: number;
  accuracy: number;
  /** Model participants with turns that match no gold participant (names). */
  invented: string[];
  problems: TurnProblem[];
}

/** Words of a text, folded: lower case, apostrophes and quotes dropped, dashes as spaces. */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc'`´]/g, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The gold's first words without the bracketed marks a transcriber printed in them. */
function goldWords(firstWords: string): string[] {
  return foldedWords(firstWords.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
}

/** Spoken words of inline content (marks and notes left out), depth-first through containers. */
function inlineWords(nodes: readonly Inline[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') out.push(...foldedWords(node.value));
    else if (node.type === 'emphasis' || node.type === 'foreign') inlineWords(node.children, out);
  }
}

/** Names a participant goes by, folded, honorifics kept (they tell "Mr. Smith" from "Ms. Smith" only together with the name). */
function foldedName(name: string): string {
  return foldedWords(name).join(' ');
}

const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'hon',
  'honourable',
  'honorable',
  'the',
  'rt',
  'right',
  'sen',
  'senator',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'judge',
  'justice',
  'chief',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'vice',
  'secretary',
  'minister',
  'prime',
  'general',
  'ambassador',
  'governor',
  'mayor',
  'commissioner',
  'deputy',
  'herr',
  'frau',
  'abgeordneter',
  'abg',
  'monsieur',
  'madame',
  'm',
  'mme',
]);

/** The family name a label or name ends on, honorifics and initials aside; null when none. */
function familyName(name: string): string | null {
  const words = foldedWords(name).filter((word) => !HONORIFICS.has(word) && word.length > 1);
  return words.at(-1) ?? null;
}

/** Matches model participants to gold participants by name, label and family name. */
export class SpeakerMatcher {
  private readonly byForm = new Map<string, Set<string>>();
  private readonly byFamily = new Map<string, Set<string>>();

  constructor(private readonly gold: readonly GoldParticipant[]) {
    for (const participant of gold) {
      const forms = [participant.name, ...(participant.aliases ?? [])].filter((form): form is string => !!form);
      for (const form of forms) {
        add(this.byForm, foldedName(form), participant.id);
        const family = familyName(form);
        if (family) add(this.byFamily, family, participant.id);
      }
    }
  }

  /** Gold participant ids a model participant may be; empty when none fits. */
  candidates(participant: Participant | null): Set<string> {
    if (!participant || participant.kind === 'unknown') return new Set([UNKNOWN]);
    if (participant.id === QUESTIONER_ID) {
      const questioners = this.gold.filter(
        (p) => p.name === null || /question|reporter|journalist/i.test(p.role ?? ''),
      );
      return new Set(questioners.map((p) => p.id));
    }
    const forms = [participant.name, participant.shortName, ...participant.labels];
    const exact = new Set<string>();
    for (const form of forms) for (const id of this.byForm.get(foldedName(form)) ?? []) exact.add(id);
    if (exact.size > 0) return exact;
    const byFamily = new Set<string>();
    for (const form of forms) {
      const family = familyName(form);
      const ids = family ? this.byFamily.get(family) : undefined;
      // A family name shared by two gold participants decides nothing.
      if (ids && ids.size === 1) for (const id of ids) byFamily.add(id);
    }
    return byFamily;
  }
}

/** The gold speaker id of a turn nobody can name. */
export const UNKNOWN = '\u0000unknown';

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  if (key === '') return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** Index of the first run of `needle` in `haystack` at or after `from`, or -1. */
function indexOfRun(haystack: readonly string[], needle: readonly string[], from: number): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Score a model against its gold annotation. */
export function scoreTranscript(transcript: Transcript, gold: GoldFile): FileScore {
  const participants = new Map(transcript.participants.map((p) => [p.id, p]));
  const stream: string[] = [];
  /** Word position where each model turn starts → the turn's index; empty turns start nowhere. */
  const starts = new Map<number, number>();
  const modelTurns = [...turnsOf(transcript.body)];
  let emptyTurns = 0;
  modelTurns.forEach((turn, index) => {
    const words: string[] = [];
    for (const paragraph of turn.paragraphs) inlineWords(paragraph, words);
    if (words.length === 0) {
      emptyTurns++;
      return;
    }
    if (!starts.has(stream.length)) starts.set(stream.length, index);
    stream.push(...words);
  });

  const matcher = new SpeakerMatcher(gold.participants);
  const problems: TurnProblem[] = [];
  const goldStarts = new Set<number>();
  let right = 0;
  let cursor = 0;
  gold.turns.forEach((goldTurn, index) => {
    const words = goldWords(goldTurn.firstWords);
    let at = -1;
    // The longest prefix found after the last gold turn wins; six words make a start unmistakable.
    for (const length of [6, 4, 3]) {
      const needle = words.slice(0, length);
      if (needle.length === 0) break;
      at = indexOfRun(stream, needle, cursor);
      if (at >= 0) break;
    }
    if (at < 0) {
      problems.push({ gold: index + 1, firstWords: goldTurn.firstWords, problem: 'not-found' });
      return;
    }
    cursor = at + 1;
    goldStarts.add(at);
    const modelIndex = starts.get(at);
    if (modelIndex === undefined) {
      problems.push({ gold: index + 1, firstWords: goldTurn.firstWords, problem: 'no-turn-starts-here' });
      return;
    }
    const modelTurn = modelTurns[modelIndex]!;
    const speaker = modelTurn.speaker ? (participants.get(modelTurn.speaker) ?? null) : null;
    const wanted = goldTurn.speaker ?? UNKNOWN;
    if (matcher.candidates(speaker).has(wanted)) right++;
    else
      problems.push({
        gold: index + 1,
        firstWords: goldTurn.firstWords,
        problem: 'wrong-speaker',
        got: speaker ? speaker.name : '(unattributed)',
      });
  });

  const spurious = [...starts.keys()].filter((at) => !goldStarts.has(at)).length + emptyTurns;
  const speaking = new Set(modelTurns.map((turn) => turn.speaker).filter((id): id is string => id !== null));
  const invented = [...speaking]
    .map((id) => participants.get(id))
    .filter((p): p is Participant => !!p && p.kind !== 'unknown' && p.id !== QUESTIONER_ID)
    .filter((p) => matcher.candidates(p).size === 0)
    .map((p) => p.name);
  const goldTurns = gold.turns.length;
  return {
    id: gold.id,
    goldTurns,
    modelTurns: modelTurns.length,
    right,
    spurious,
    precision: modelTurns.length === 0 ? 0 : right / modelTurns.length,
    recall: goldTurns === 0 ? 1 : right / goldTurns,
    accuracy: goldTurns + spurious === 0 ? 1 : right / (goldTurns + spurious),
    invented,
    problems,
  };
}
