/**
 * @module eval/score
 * Scores a normalised transcript against a turn-level gold annotation (`eval/gold/*.gold.json`,
 * format in `eval/README.md`). A gold turn is right when a turn of the model starts at the same
 * words and is given to the same speaker; a model turn that starts where no gold turn starts is
 * spurious (except a turn continued across a section heading by the same speaker). Accuracy =
 * right / (gold turns + spurious turns), the headline figure; precision
 * and recall are over model and gold turns. Words are compared after folding case, quotes,
 * dashes and editorial marks, so typography and bracketed marks never decide a score. A turn
 * whose label the mess generator dropped is nobody's: going on in the turn before is right
 * there, unless the entry kept its own time stamp.
 */
import { decodeHTML } from 'entities';
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
  /**
   * Whose label the mess generator dropped from this turn (its `speaker` is then null): the text
   * may go on in the turn before, as nobody could tell a new speaker starts, or start an
   * unattributed turn; where the gold turn holds that speaker labelled again (a record's second
   * entry), a turn of theirs starting there is their relabel, not spurious.
   */
  labelDropped?: string;
  /**
   * The dropped label's entry still opens with its own time stamp line: a reader can tell a new
   * entry starts there, so going on in the turn before is not right; an unattributed turn is.
   */
  stampedEntry?: boolean;
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

/** What went wrong with one gold turn (or, for `spurious`, one model turn), for the report. */
export interface TurnProblem {
  /** The gold turn's number; for a spurious model turn, the number of the gold turns before it. */
  gold: number;
  firstWords: string;
  problem: 'not-found' | 'no-turn-starts-here' | 'wrong-speaker' | 'spurious';
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

/** Bracketed marks a transcriber printed in the text: `(laughs)`, `[glossary:AGS]`, `[No response]`. */
export const BRACKETED = /\([^)]*\)|\[[^\]]*\]/g;

/**
 * First words copied from a page saved as a Python bytes literal keep its escapes (`didn\'t`,
 * `Ken.\xc2\xa0 And`); the normaliser reads the page they stand for, so the gold is read so too.
 */
export function withoutEscapes(text: string): string {
  // (And first words copied from a page's markup keep its entities, `It&#x2019;s`: read as the page shows them.)
  return decodeHTML(text)
    .replace(/(?:\\x[0-9a-fA-F]{2})+/g, (run) => Buffer.from(run.replace(/\\x/g, ''), 'hex').toString('utf8'))
    .replace(/\\(['"\\])/g, '$1')
    .replace(/\\[ntr]/g, ' ');
}

/** The gold's first words without the bracketed marks a transcriber printed in them. */
export function goldWords(firstWords: string): string[] {
  // First words may stop inside a bracket the transcript closes later: that mark is dropped too.
  return foldedWords(
    withoutEscapes(firstWords)
      .replace(BRACKETED, ' ')
      .replace(/[([][^)\]]*$/, ' '),
  );
}

/**
 * Spoken words of inline content (marks and notes left out), depth-first through containers.
 * A bracketed mark the model kept as text is left out as the gold's is, so that both sides are
 * compared on the same words whether or not the normaliser read the mark.
 */
function inlineWords(nodes: readonly Inline[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') out.push(...foldedWords(node.value.replace(BRACKETED, ' ')));
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
    if (!participant) return new Set([UNKNOWN]);
    if (participant.kind === 'unknown') {
      // An unknown voice is the gold's nameless voice printed with the same label ("PARTICIPANT").
      const voices = new Set([UNKNOWN]);
      for (const label of participant.labels)
        for (const id of this.byForm.get(foldedName(label)) ?? [])
          if (this.gold.find((p) => p.id === id)?.name === null) voices.add(id);
      return voices;
    }
    if (participant.id === QUESTIONER_ID) {
      const questioners = this.gold.filter(
        (p) => p.name === null || /question|reporter|journalist|\binterviewer\b/i.test(p.role ?? ''),
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

/** Where a gold turn's first words are found in the model's words, at or after `from`; -1 when nowhere. */
function locate(stream: readonly string[], words: readonly string[], from: number): number {
  // The longest prefix found after the last gold turn wins; six words make a start unmistakable.
  for (const length of [6, 4, 3]) {
    const needle = words.slice(0, length);
    if (needle.length === 0) break;
    const at = indexOfRun(stream, needle, from);
    if (at >= 0) return at;
  }
  return -1;
}

/** Score a model against its gold annotation. */
export function scoreTranscript(transcript: Transcript, gold: GoldFile): FileScore {
  const participants = new Map(transcript.participants.map((p) => [p.id, p]));
  const stream: string[] = [];
  /** Word position where each model turn starts → the turn's index. */
  const starts = new Map<number, number>();
  /** Turns with no spoken words (only a bracketed mark), with the word position they stand at. */
  const wordless: { at: number; index: number; used: boolean }[] = [];
  /**
   * Where a turn goes on: a model turn by the speaker of the model turn before it (after a
   * section heading, which the model holds no turn across, or labelled again with nothing of
   * anyone else's between) may be that turn continued; where no gold turn starts, not spurious.
   */
  const continuations = new Set<number>();
  const modelTurns = [...turnsOf(transcript.body)];
  modelTurns.forEach((turn, index) => {
    const words: string[] = [];
    for (const paragraph of turn.paragraphs) inlineWords(paragraph, words);
    if (words.length === 0) {
      wordless.push({ at: stream.length, index, used: false });
      return;
    }
    const before = modelTurns[index - 1];
    // The same speaker again, after a heading or labelled again with nothing of anyone else's between.
    if (turn.speaker !== null && before !== undefined && before.speaker === turn.speaker)
      continuations.add(stream.length);
    if (!starts.has(stream.length)) starts.set(stream.length, index);
    stream.push(...words);
  });

  const matcher = new SpeakerMatcher(gold.participants);
  const problems: TurnProblem[] = [];
  const goldStarts = new Set<number>();
  let right = 0;
  let cursor = 0;
  /** Where the gold turn just judged starts, when its label was dropped and the model went on over it. */
  let continuedDropAt = -1;
  /** Where each gold turn whose label the generator dropped starts, and whose label it was. */
  const droppedAt = new Map<number, string>();
  const startPositions = [...starts.keys()].sort((a, b) => a - b);
  /** The model turn whose words hold the word at `at`. */
  const modelTurnAt = (at: number): number | undefined => {
    const start = startPositions.filter((position) => position <= at).at(-1);
    return start === undefined ? undefined : starts.get(start);
  };
  const judge = (index: number, goldTurn: GoldTurn, modelIndex: number) => {
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
  };
  gold.turns.forEach((goldTurn, index) => {
    const words = goldWords(goldTurn.firstWords);
    if (words.length === 0) {
      // A turn that is only a bracketed mark ("(presents slides)") is found as a model turn
      // with no spoken words standing after the previous gold turn's start and before the next's.
      const next = gold.turns.slice(index + 1).find((turn) => goldWords(turn.firstWords).length > 0);
      const nextAt = next ? locate(stream, goldWords(next.firstWords), cursor) : -1;
      const limit = nextAt < 0 ? stream.length : nextAt;
      const empty = wordless.find((turn) => !turn.used && turn.at >= cursor && turn.at <= limit);
      if (!empty) {
        problems.push({ gold: index + 1, firstWords: goldTurn.firstWords, problem: 'not-found' });
        return;
      }
      empty.used = true;
      judge(index, goldTurn, empty.index);
      return;
    }
    let at = locate(stream, words, cursor);
    // First words the model lost, found again far on ("We will hear" said once more an hour
    // later), would carry the search past every gold turn between: where the next gold turn is
    // found only before that place, this turn's words were not found where it stands.
    const following = gold.turns.slice(index + 1).find((turn) => goldWords(turn.firstWords).length > 0);
    if (at >= 0 && following) {
      const followingWords = goldWords(following.firstWords);
      const before = locate(stream, followingWords, cursor);
      if (before >= 0 && before < at && locate(stream, followingWords, at + 1) < 0) at = -1;
    }
    if (at < 0) {
      problems.push({ gold: index + 1, firstWords: goldTurn.firstWords, problem: 'not-found' });
      return;
    }
    if (!starts.has(at)) {
      // First words recur: short ones ("Roger.") anywhere, longer ones where a speaker repeats the
      // words of the turn before ("You're saying you're not going to …?" / "You're not going to …").
      // Any place before the next gold turn may be the start, and the one where a model turn starts
      // is taken. When the next gold turn begins with the same words ("You're there." twice), its
      // first place may be this turn's, so long as it is found again further on.
      const needle = [6, 4, 3, words.length]
        .map((length) => words.slice(0, length))
        .find((prefix) => indexOfRun(stream, prefix, at) === at)!;
      const next = gold.turns[index + 1];
      const nextWords = next ? goldWords(next.firstWords) : [];
      let nextAt = next ? locate(stream, nextWords, at + 1) : -1;
      if (nextAt >= 0 && indexOfRun(stream, needle, nextAt) === nextAt) {
        const further = locate(stream, nextWords, nextAt + 1);
        if (further >= 0) nextAt = further;
      }
      const limit = nextAt < 0 ? stream.length : nextAt;
      for (let from = at + 1; from < limit; from++) {
        const again = indexOfRun(stream, needle, from);
        if (again < 0 || again >= limit) break;
        if (starts.has(again)) {
          at = again;
          break;
        }
        from = again;
      }
    }
    cursor = at + 1;
    goldStarts.add(at);
    const modelIndex = starts.get(at);
    if (goldTurn.labelDropped) droppedAt.set(at, goldTurn.labelDropped);
    const continuedDrop = continuedDropAt;
    continuedDropAt = -1;
    if (modelIndex === undefined) {
      if (goldTurn.labelDropped && !goldTurn.stampedEntry) {
        // The generator dropped the label and nothing tells a new speaker starts: going on is right.
        right++;
        continuedDropAt = at;
        droppedAt.set(at, goldTurn.labelDropped);
        return;
      }
      // The turn after a dropped label, by the speaker who went on over it: that model turn again.
      const holder = continuedDrop >= 0 ? modelTurnAt(continuedDrop) : undefined;
      if (holder !== undefined && holder === modelTurnAt(at)) {
        judge(index, goldTurn, holder);
        return;
      }
      problems.push({ gold: index + 1, firstWords: goldTurn.firstWords, problem: 'no-turn-starts-here' });
      return;
    }
    judge(index, goldTurn, modelIndex);
  });

  const sortedGoldStarts = [...goldStarts].sort((a, b) => a - b);
  // A turn of the speaker whose label was dropped, starting inside that gold turn: the gold
  // counted their relabelled second entry in it, and its label is still printed.
  const relabelAfterDrop = (at: number): boolean => {
    const from = sortedGoldStarts.filter((start) => start < at).at(-1);
    const dropped = from === undefined ? undefined : droppedAt.get(from);
    if (dropped === undefined) return false;
    const modelTurn = modelTurns[starts.get(at)!]!;
    const speaker = modelTurn.speaker ? (participants.get(modelTurn.speaker) ?? null) : null;
    return speaker !== null && matcher.candidates(speaker).has(dropped);
  };
  for (const at of starts.keys()) if (!goldStarts.has(at) && relabelAfterDrop(at)) continuations.add(at);
  const spuriousStarts = [...starts.keys()].filter((at) => !goldStarts.has(at) && !continuations.has(at));
  for (const at of spuriousStarts) {
    const modelTurn = modelTurns[starts.get(at)!]!;
    const speaker = modelTurn.speaker ? participants.get(modelTurn.speaker) : undefined;
    problems.push({
      gold: sortedGoldStarts.filter((start) => start < at).length,
      firstWords: stream.slice(at, at + 8).join(' '),
      problem: 'spurious',
      got: speaker ? speaker.name : '(unattributed)',
    });
  }
  const spurious = spuriousStarts.length + wordless.filter((turn) => !turn.used).length;
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
    precision:
      modelTurns.length === 0
        ? 0
        : right / (modelTurns.length - [...continuations].filter((at) => !goldStarts.has(at)).length),
    recall: goldTurns === 0 ? 1 : right / goldTurns,
    accuracy: goldTurns + spurious === 0 ? 1 : right / (goldTurns + spurious),
    invented,
    problems,
  };
}

/** The score of a file the normaliser refused to read (`reason`, its one-line error): every gold turn missed. */
export function unreadableScore(gold: GoldFile, reason: string): FileScore {
  return {
    id: gold.id,
    goldTurns: gold.turns.length,
    modelTurns: 0,
    right: 0,
    spurious: 0,
    precision: 0,
    recall: 0,
    accuracy: 0,
    invented: [],
    problems: gold.turns.map((turn, index) => ({
      gold: index + 1,
      problem: 'not-found' as const,
      firstWords: index === 0 ? `${turn.firstWords} (unreadable: ${reason})` : turn.firstWords,
    })),
  };
}
