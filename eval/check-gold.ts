/**
 * @module eval/check-gold
 * Checks a gold annotation against its own transcript without running the normaliser, so that
 * held-out files can be checked by nobody looking at the model: every turn's speaker is a
 * participant id or null, participant ids are unique, and every turn's first words occur in the
 * transcript in the order of the turns (words folded as the scorer folds them, bracketed marks
 * left out on both sides).
 */
import { BRACKETED, foldedWords, goldWords, withoutEscapes, type GoldFile } from './score.js';

/** One thing wrong with an annotation; `turn` is 1-based where the problem is a turn's. */
export interface GoldProblem {
  turn?: number;
  message: string;
}

/** Where `needle` first occurs in `words` at or after `from`, or -1. */
function indexOfRun(words: readonly string[], needle: readonly string[], from: number): number {
  for (let at = from; at + needle.length <= words.length; at++) {
    if (needle.every((word, offset) => words[at + offset] === word)) return at;
  }
  return -1;
}

/** What is wrong with `gold` read against `text`, its transcript decoded; empty when nothing is. */
/** The string values of a JSON document, in order, one to a line; the text itself where it is no JSON. */
function jsonStrings(text: string): string {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  try {
    walk(JSON.parse(text));
  } catch {
    return text;
  }
  return out.join('\n');
}

export function goldProblems(gold: GoldFile, text: string): GoldProblem[] {
  const problems: GoldProblem[] = [];
  const ids = new Set<string>();
  for (const participant of gold.participants) {
    if (ids.has(participant.id)) problems.push({ message: `participant id '${participant.id}' is used twice` });
    ids.add(participant.id);
  }
  // (A JSON transcript's words are its string values: its arrays' brackets are no transcriber's marks.)
  const spoken = /\.json$/i.test(gold.file) ? jsonStrings(text) : text;
  // (A table's marks are read cell by cell: a bracket a cell leaves open, "(Para depor", closes
  // nothing in the cells after it.)
  const decoded = withoutEscapes(spoken);
  const unmarked = /\.(?:csv|tsv)$/i.test(gold.file)
    ? decoded
        .split(/\r?\n|","|\t/)
        .map((cell) => cell.replace(BRACKETED, ' ').replace(/[([][^)\]]*$/, ' '))
        .join('\n')
    : decoded.replace(BRACKETED, ' ');
  const words = foldedWords(unmarked);
  let cursor = 0;
  gold.turns.forEach((turn, index) => {
    const number = index + 1;
    if (turn.speaker !== null && !ids.has(turn.speaker))
      problems.push({ turn: number, message: `speaker '${turn.speaker}' is not a participant id` });
    const needle = goldWords(turn.firstWords);
    if (needle.length === 0) return;
    const at = indexOfRun(words, needle, cursor);
    if (at < 0)
      problems.push({ turn: number, message: `first words '${turn.firstWords}' not found after the turn before` });
    else cursor = at + 1;
  });
  return problems;
}
