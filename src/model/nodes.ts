/**
 * @module model/nodes
 * The TypeScript form of the transcript model. Follows `src/model/README.md` one to one: a
 * change there comes first, then here, then in `schema.ts` (a type test keeps the two equal).
 */

/** The model version this build writes and reads. */
export const MODEL_VERSION = '1.4' as const;

/** The id of the one anonymous participant who stands for every unnamed questioner (see the spec's `Participant`). */
export const QUESTIONER_ID = 'p-questioner';

/** A position in the decoded input (1-based lines after line endings are normalised). */
export interface Place {
  /** First line. */
  line: number;
  /** Column of the first character, 1-based. */
  column?: number;
  /** Last line, when the thing spans several. */
  endLine?: number;
}

/** Where the input came from. */
export interface Source {
  /** Publisher of the page or record ("NATO"). */
  publisher: string | null;
  /** Series or section of the publisher ("NATO Speeches"). */
  series: string | null;
  /** ISO date the publisher last updated the page. */
  pageUpdated: string | null;
  /** Address of the original page. */
  url: string | null;
  /** Base name of the input file. */
  fileName: string | null;
  /** Which reader read it. */
  format: SourceFormat;
  /** Detected character encoding of the bytes. */
  encoding: string;
  /** Line endings found in the input. */
  lineEndings: LineEndings;
  /** Hex sha256 of the input bytes as received. */
  sha256: string;
  /** The program that made the file, where the file says so ("Amazon Transcribe, job my-job"); since 1.2. */
  tool?: string;
}

/** Formats Verbatim reads. */
export type SourceFormat =
  | 'text'
  | 'markdown'
  | 'webvtt'
  | 'srt'
  | 'model'
  // Speech-recognition exports, since 1.2.
  | 'whisper-json'
  | 'aws-transcribe-json'
  | 'assemblyai-json'
  | 'deepgram-json'
  | 'revai-json'
  // Interchange XML, since 1.2.
  | 'tei'
  | 'akoma-ntoso'
  // Oral-argument JSON and Word documents, since 1.2.
  | 'oyez-json'
  | 'docx'
  // Web pages (HTML) and spreadsheet exports (CSV, TSV), since 1.2.
  | 'html'
  | 'csv'
  // JSON lists of segments with speaker and words (Podcasting 2.0 transcripts, exports), since 1.3.
  | 'segments-json'
  // A printed transcript held as the text of one XML element (a parliament's open-data file), since 1.4.
  | 'xml-text';
/** Line ending styles. */
export type LineEndings = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
/** Where `meta.language` came from. */
export type LanguageSource = 'option' | 'front-matter' | 'detected' | 'default';

/** What the transcript is. */
export interface Meta {
  /** Display title, never empty. */
  title: string;
  /** Lower-case kind of event ("press conference"). */
  kind: string | null;
  /** ISO YYYY-MM-DD date of the event. */
  date: string | null;
  /** Time of the event as printed. */
  time: string | null;
  /** Place of the event. */
  place: string | null;
  /** BCP 47 language of the text. */
  language: string;
  /** Where `language` came from. */
  languageSource: LanguageSource;
  /** Subjects or keywords. */
  subjects: string[];
  /** Provenance of the input. */
  source: Source;
}

/** Kinds of participant. */
export type ParticipantKind = 'person' | 'group' | 'anonymous' | 'unknown';

/** A speaker in the registry that turns point into. */
export interface Participant {
  /** Stable id ("p-robertson"). */
  id: string;
  /** Display name ("Lord Robertson", "Question"). */
  name: string;
  /** Name for later labels ("Robertson"). */
  shortName: string;
  /** Role or office ("Secretary General"). */
  role: string | null;
  /** Organisation or country ("NATO"). */
  affiliation: string | null;
  /** Person, group, anonymous questioner or unknown voice. */
  kind: ParticipantKind;
  /** Every label form seen for them, as printed, in first-seen order. */
  labels: string[];
}

/** How a turn's speaker was decided. */
export interface Attribution {
  /** Explicit label, inference, an editor's decision, or nobody. */
  method: 'explicit' | 'inferred' | 'editor' | 'unknown';
  /** 0..1. */
  confidence: number;
  /** Sentences a person can check against the source. */
  evidence: string[];
  /** Editorial note explaining the inference to readers. */
  noteId?: string;
}

/** What a turn does in the exchange. */
export type TurnFunction = 'question' | 'answer' | 'statement';

/** One uninterrupted contribution by one speaker. */
export interface Turn {
  type: 'turn';
  /** "t1", "t2", … in document order. */
  id: string;
  /** Participant id, or null when nobody could be named. */
  speaker: string | null;
  /** Label as printed, without its colon; null when the source printed none. */
  label: string | null;
  /** Question, answer or statement, where known. */
  function: TurnFunction | null;
  /** How the speaker was decided. */
  attribution: Attribution;
  /** Paragraphs, each a list of inline nodes; at least one. */
  paragraphs: Inline[][];
  /** Where the turn starts in the input. */
  place?: Place;
}

/** A heading printed in the source. */
export interface Heading {
  type: 'heading';
  /** "h1", "h2", … */
  id: string;
  /** 1 to 3. */
  depth: 1 | 2 | 3;
  /** Heading text. */
  children: Inline[];
  /** Where it stood. */
  place?: Place;
}

/** Non-speech narration standing alone between turns. */
export interface StageDirection {
  type: 'stageDirection';
  /** "d1", "d2", … */
  id: string;
  /** Usually one incident. */
  children: Inline[];
  /** Where it stood. */
  place?: Place;
}

/** A titled group of blocks. */
export interface Section {
  type: 'section';
  /** "s1", "s2", … */
  id: string;
  /** Section title. */
  title: Inline[];
  /** Nested blocks. */
  body: Block[];
  /** Where it started. */
  place?: Place;
}

/** Any block of the body. */
export type Block = Turn | Heading | StageDirection | Section;

/** Spoken words. */
export interface Text {
  type: 'text';
  /** The words, typography normalised. */
  value: string;
}

/** Stressed words. */
export interface Emphasis {
  type: 'emphasis';
  /** Emphasised content. */
  children: Inline[];
}

/** Reasons speech is missing (the list every reader and the schema take them from). */
export const GAP_REASONS = ['inaudible', 'indiscernible', 'crosstalk', 'redacted', 'unclear', 'other'] as const;
export type GapReason = (typeof GAP_REASONS)[number];
export const isGapReason = (value: unknown): value is GapReason => (GAP_REASONS as readonly unknown[]).includes(value);

/** Speech the transcriber could not or would not give. */
export interface Gap {
  type: 'gap';
  /** Why it is missing. */
  reason: GapReason;
  /** The mark as printed in the source. */
  asPrinted: string;
}

/** Kinds of incident (the list every reader and the schema take them from). */
export const INCIDENT_KINDS = [
  'laughter',
  'applause',
  'interjection',
  'procedure',
  'noise',
  'music',
  'pause',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Something that happened that is not the speaker's words. */
export interface Incident {
  type: 'incident';
  /** What kind of event. */
  kind: IncidentKind;
  /** The mark as printed. */
  asPrinted: string;
  /** The words inside the brackets. */
  description: string;
}

/** Reference to a note. */
export interface NoteRef {
  type: 'noteRef';
  /** Id of an entry of `notes`. */
  id: string;
}

/** The transcriber's "(sic)". */
export interface Sic {
  type: 'sic';
  /** As printed. */
  asPrinted: string;
}

/** What follows was delivered through an interpreter. */
export interface Interpretation {
  type: 'interpretation';
  /** As printed. */
  asPrinted: string;
}

/** A time code in the recording. */
export interface TimeMark {
  type: 'timeMark';
  /** Seconds from the start of the recording. */
  seconds: number;
  /** As printed. */
  asPrinted: string;
}

/** Words in another language. */
export interface Foreign {
  type: 'foreign';
  /** BCP 47 language. */
  lang: string;
  /** The foreign words. */
  children: Inline[];
}

/**
 * When a paragraph is heard in the recording, from the file's own timings (since 1.2). Stands
 * first in its paragraph; prints nothing unless a theme shows timestamps.
 */
export interface Timing {
  type: 'timing';
  /** Seconds from the start of the recording to the paragraph's first word. */
  start: number;
  /** Seconds to the end of its last word. */
  end: number;
  /**
   * One entry per word (white-space-separated token of the paragraph as printed), separated by
   * spaces: `START-END` in seconds, or `?` for a word with no time ("4.87-5.02 5.02-5.17 ?").
   */
  words?: string;
}

/** Words a speech recogniser was unsure of (since 1.2). */
export interface Uncertain {
  type: 'uncertain';
  /** The recogniser's confidence, 0..1 (below 0.8). */
  confidence: number;
  /** The words. */
  children: Inline[];
}

/** Any inline node. */
export type Inline =
  | Text
  | Emphasis
  | Gap
  | Incident
  | NoteRef
  | Sic
  | Interpretation
  | TimeMark
  | Foreign
  | Timing
  | Uncertain;

/** An editorial note, numbered once here. */
export interface Note {
  /** "n1", "n2", … */
  id: string;
  /** 1, 2, … in order of first reference. */
  number: number;
  /** Why the note exists. */
  kind: 'attribution' | 'editorial' | 'source';
  /** Note text. */
  children: Inline[];
}

/** Source text that is not in the body, and why. */
export interface Removed {
  /** Exactly as it stood in the decoded input. */
  text: string;
  /** Rule id. */
  reason: string;
  /** One sentence for a person. */
  explanation: string;
  /** Where it stood. */
  place?: Place;
  /** Metadata taken from it, keyed by model path. */
  harvested?: Record<string, string>;
}

/** One character-level rewrite of kept text. */
export interface Change {
  /** Rule id. */
  rule: string;
  /** Text before. */
  before: string;
  /** Text after. */
  after: string;
  /** For a summary entry: how many times this rewrite was made. */
  count?: number;
  /** Where. */
  place?: Place;
}

/** Severity of a diagnostic. */
export type Severity = 'error' | 'warning' | 'info';

/** Something a person should know or check. */
export interface Diagnostic {
  /** How much it matters. */
  severity: Severity;
  /** Rule id. */
  rule: string;
  /** One sentence. */
  message: string;
  /** Where. */
  place?: Place;
}

/** The whole transcript. */
export interface Transcript {
  /** Version of the model spec. */
  modelVersion: typeof MODEL_VERSION;
  /** What the transcript is. */
  meta: Meta;
  /** Speaker registry. */
  participants: Participant[];
  /** Blocks in order. */
  body: Block[];
  /** Editorial notes. */
  notes: Note[];
  /** Text not in the body, and why. */
  removed: Removed[];
  /** Character-level rewrites. */
  changes: Change[];
  /** Things a person should check. */
  diagnostics: Diagnostic[];
}
