/**
 * @module normalise/draft
 * The working state that the normaliser's passes hand on to each other, and the small
 * constructors passes use to record what they did. A pass is a pure function
 * `(draft) => draft`: it never mutates the draft it was given.
 */
import type {
  Block,
  Change,
  Diagnostic,
  LanguageSource,
  Note,
  Participant,
  Place,
  Removed,
  Severity,
  SourceFormat,
  LineEndings,
  StageDirection,
} from '../model/nodes.js';

/** One line of the decoded input, numbered from 1, after character clean-up. */
export interface SourceLine {
  /** Line number in the decoded input. */
  no: number;
  /** Text of the line, without its line ending. */
  text: string;
}

/** How a speaker label was printed. */
export type LabelForm = 'own-line' | 'inline' | 'bold' | 'voice';

/** Where a later source line begins inside a paragraph reflowed from several lines. */
export interface LineBreak {
  /** Offset in the paragraph's text. */
  offset: number;
  /** The source line that begins there. */
  line: number;
}

/** When a caption cue is heard, in seconds from the start of the recording. */
export interface CueTiming {
  start: number;
  end: number;
}

/**
 * What a speech recogniser says of one word of a paragraph (one white-space-separated token of
 * its text): when it is heard, in seconds, and how sure the recogniser was (0..1); null where
 * the file does not say.
 */
export interface WordTiming {
  start: number | null;
  end: number | null;
  confidence: number | null;
}

/** The time printed with a turn's label (`00:01:12 - Jane Roe:`, `Jane Roe 00:12 …`): where its words start. */
export interface PrintedTime {
  seconds: number;
  asPrinted: string;
}

/**
 * A paragraph of a draft turn, still plain text. `cue`: when it is heard (a caption cue, a
 * recogniser's word or segment; after `caption-paragraphs`, the span of the paragraph). `words`:
 * one entry per token of `text`, from speech-recognition readers.
 */
export interface DraftParagraph {
  text: string;
  place: Place;
  blankLinesBefore: number;
  /** The time printed with the label before it: a time mark at the paragraph's start. */
  time?: PrintedTime;
  cue?: CueTiming;
  breaks?: LineBreak[];
  words?: WordTiming[];
}

/** A piece of the text after line classification, before turns are built. */
export type Segment =
  | {
      kind: 'label';
      label: string;
      form: LabelForm;
      place: Place;
      /** A damaged label read as a label the text prints elsewhere, and why. */
      readAs?: { label: string; reason: string };
      /** A role printed as the label's second line (`Jane Smith:` then `Chief Designer:`). */
      role?: string;
      /** The label this one stands for, and why ("Q" under "BY MS. ROE:" is Ms. Roe's); set by `examination`. */
      as?: { label: string; evidence: string };
      /** Printed with a time stamp (`[01:10] **Name**:`). */
      timed?: true;
    }
  | {
      kind: 'para';
      text: string;
      place: Place;
      blankLinesBefore: number;
      /** The time printed with the label before it. */
      time?: PrintedTime;
      cue?: CueTiming;
      breaks?: LineBreak[];
      /** The source marks a change of speaker here without naming anybody (a caption's `>>`): the evidence for a new turn. */
      startsTurn?: string;
    }
  | { kind: 'heading'; text: string; depth: 1 | 2 | 3; place: Place }
  | { kind: 'direction'; text: string; place: Place };

/** Metadata gathered so far; `finish-meta` fills the rest. */
export interface MetaDraft {
  title: string | null;
  kind: string | null;
  date: string | null;
  time: string | null;
  place: string | null;
  language: string | null;
  languageSource: LanguageSource | null;
  subjects: string[];
  publisher: string | null;
  series: string | null;
  pageUpdated: string | null;
  url: string | null;
  /** The program that made a structured file, where it says so (`meta.source.tool`). */
  tool: string | null;
}

/** A turn before inline parsing: paragraphs are still plain strings. */
export interface DraftTurn {
  type: 'draftTurn';
  speaker: string | null;
  label: string | null;
  labelForm: LabelForm | null;
  function: 'question' | 'answer' | 'statement' | null;
  method: 'explicit' | 'inferred' | 'unknown';
  confidence: number;
  evidence: string[];
  paragraphs: DraftParagraph[];
  place: Place;
}

/** Blocks while they are built: draft turns, or finished model blocks. */
export type DraftBlock = DraftTurn | Block;

/** Options the passes read. */
export interface DraftOptions {
  /** Force the language (BCP 47). */
  language?: string;
  /** A silence between caption cues longer than this many seconds starts a new paragraph (default 2). */
  paragraphPause?: number;
}

/**
 * What a paragraph of the draft stands for when the input is caption-shaped: one caption cue
 * with its timing (`cues`, WebVTT/SRT), or one subtitle-length row or run of rows with no timing
 * (`rows`, an ASR or caption export saved as text). `caption-paragraphs` joins them into a
 * reader's paragraphs. `words`: one recognised word (with its punctuation) per paragraph, from a
 * speech-recognition reader; the file had no paragraphs, so joining them is no rewrite of the
 * source and is not counted in `changes[]`. `null`: the source's own paragraphs.
 */
export type CaptionUnits = 'cues' | 'rows' | 'words' | null;

/** The whole working state. */
export interface Draft {
  format: SourceFormat;
  fileName: string | null;
  encoding: string;
  sha256: string;
  lineEndings: LineEndings;
  options: DraftOptions;
  captionUnits: CaptionUnits;
  lines: SourceLine[];
  segments: Segment[];
  meta: MetaDraft;
  participants: Participant[];
  blocks: DraftBlock[];
  notes: Note[];
  removed: Removed[];
  changes: Change[];
  diagnostics: Diagnostic[];
}

/** A named normaliser pass. */
export interface Pass {
  /** Kebab-case name, used in diagnostics and ARCHITECTURE.md. */
  name: string;
  /** Pure: returns a new draft. */
  run: (draft: Draft) => Draft;
}

/** An empty metadata draft. */
export function emptyMeta(): MetaDraft {
  return {
    title: null,
    kind: null,
    date: null,
    time: null,
    place: null,
    language: null,
    languageSource: null,
    subjects: [],
    publisher: null,
    series: null,
    pageUpdated: null,
    url: null,
    tool: null,
  };
}

/** A place from a first and last line. */
export function placeOf(line: number, endLine?: number): Place {
  return endLine !== undefined && endLine !== line ? { line, endLine } : { line };
}

/** A `removed[]` entry for a run of source lines: their text, placed from the first to the last. */
export function blockRemoval(
  block: readonly SourceLine[],
  reason: string,
  explanation: string,
  harvested?: Record<string, string>,
): Removed {
  return removal(
    block.map((line) => line.text).join('\n'),
    reason,
    explanation,
    placeOf(block[0]!.no, block[block.length - 1]!.no),
    harvested,
  );
}

/** A `removed[]` entry. */
export function removal(
  text: string,
  reason: string,
  explanation: string,
  place: Place | undefined,
  harvested?: Record<string, string>,
): Removed {
  const entry: Removed = { text, reason, explanation };
  if (place) entry.place = place;
  if (harvested && Object.keys(harvested).length > 0) entry.harvested = harvested;
  return entry;
}

/** A `changes[]` entry. */
export function change(rule: string, before: string, after: string, place?: Place, count?: number): Change {
  const entry: Change = { rule, before, after };
  if (count !== undefined) entry.count = count;
  if (place) entry.place = place;
  return entry;
}

/** A `diagnostics[]` entry. */
export function diagnostic(severity: Severity, rule: string, message: string, place?: Place): Diagnostic {
  const entry: Diagnostic = { severity, rule, message };
  if (place) entry.place = place;
  return entry;
}

/** True for a draft turn (not yet a model turn). */
/** A turn nobody is named for yet (method `unknown`), with the evidence for where it starts. */
export function unattributedTurn(
  place: DraftTurn['place'],
  paragraphs: DraftTurn['paragraphs'] = [],
  evidence: string[] = [],
): DraftTurn {
  return {
    type: 'draftTurn',
    speaker: null,
    label: null,
    labelForm: null,
    function: null,
    method: 'unknown',
    confidence: 0,
    evidence,
    paragraphs,
    place,
  };
}

/** A line of the source kept in the body as a stage direction (ids are given later unless passed). */
export function textDirection(text: string, place: Place, id = ''): StageDirection {
  return { type: 'stageDirection', id, children: [{ type: 'text', value: text }], place };
}

export function isDraftTurn(block: DraftBlock): block is DraftTurn {
  return block.type === 'draftTurn';
}
