/**
 * @module messages/catalogue
 * The shape of a message catalogue: every word and sentence Verbatim writes of its own — the
 * title it composes when the source has none, the attribution note, the edition's headings,
 * labels, mark words, speaker-index counts, the colophon's sentences, e-book metadata — for one
 * language. Each language is one module (`en.ts`, `de.ts`, `fr.ts`, `ru.ts`) typed with
 * `satisfies Messages<…>`, so a catalogue that lacks a key, or a plural form its language needs,
 * does not compile. Sentences whose grammar depends on their parts are functions; counts are
 * plural forms chosen by the language's plural rules (`#` stands for the number, grouped by the
 * locale). How the language writes numbers, long dates and lists is data of the catalogue too
 * (`LocaleForms`): what `Intl` gives for its locale, which tests/messages-locale-forms.test.ts
 * checks, without an ICU object (each kind costs a process 2–8 ms to make, and the CLI's startup
 * snapshot cannot keep one).
 */
import type { GapReason, SourceFormat } from '../model/nodes.js';

/** CLDR plural categories (`Intl.PluralRules#select`). */
export type PluralCategory = Intl.LDMLPluralRule;

/** A count's forms, one per plural category of the language; `#` is replaced by the number. */
export type Plural<C extends PluralCategory = 'other'> = Readonly<Record<C | 'other', string>>;

/** Kinds of event the normaliser names (`meta.kind`, a lower-case English noun phrase in the model). */
export const EVENT_KINDS = [
  'press conference',
  'joint press conference',
  'press briefing',
  'press gaggle',
  'press point',
  'doorstop interview',
  'earnings call',
  'interview',
  'debate',
  'parliamentary sitting',
  'hearing',
  'podcast',
  'remarks',
  'statement',
  'speech',
  'briefing',
] as const;

/** A kind of event the catalogues name. */
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * What the normaliser's character-level rewrites (`changes[].rule`) did, grouped as the colophon
 * tells readers. Rules not listed here are counted as `other`.
 */
export const CHANGE_KINDS = {
  quotes: ['curly-quotes'],
  dashes: ['em-dash', 'en-dash'],
  ellipses: ['ellipsis'],
  spaces: ['nbsp', 'odd-space', 'tab'],
  trailingSpaces: ['trailing-space'],
  invisible: ['zero-width', 'soft-hyphen', 'bidi-control', 'control-character'],
  lineEndings: ['line-endings'],
  lineBreaks: ['reflow'],
  brokenParagraphs: ['join-paragraph'],
  hyphenatedWords: ['dehyphenate'],
  markup: ['html-tag', 'html-entity', 'markdown-escape', 'cue-markup'],
  mojibake: ['mojibake'],
  other: [],
} as const satisfies Record<string, readonly string[]>;

/** A group of character-level rewrites the colophon counts. */
export type ChangeKind = keyof typeof CHANGE_KINDS;

/** The words an edition prints as headings and labels. */
export interface Labels {
  /** The anonymous questioner's label and index entry. */
  question: string;
  /** A turn nobody could be given to, printed in brackets. */
  unidentified: string;
  participants: string;
  speakerIndex: string;
  colophon: string;
  notes: string;
  contents: string;
  transcript: string;
  /** "Page" and "of" of a Word footer's "Page 3 of 12". */
  page: string;
  of: string;
}

/** The colophon's sentences; the shared template `templates/colophon.hbs` decides which appear. */
export interface ColophonMessages<C extends PluralCategory> {
  /** The publisher, with its series and the date the page was updated when known. */
  publishedBy(publisher: string, series: string | null, updated: string | null): string;
  /** No publisher is named, but the page's update date is known. */
  pageUpdated(updated: string): string;
  /** The label before the source's web address, which stands on a line of its own. */
  address: string;
  /** The input: its file name (null for standard input), format and encoding, already named. */
  input(fileName: string | null, format: string, encoding: string): string;
  /** An encoding read with its byte-order mark: "UTF-8 with BOM". */
  withByteOrderMark(encoding: string): string;
  /** Names of the input formats. */
  formats: Readonly<Record<SourceFormat, string>>;
  /** The label before the input's SHA-256. */
  checksum: string;
  /** The program and model version. */
  madeWith(version: string, modelVersion: string): string;
  /**
   * What the transcript holds; each count already in its plural form. `speakers`: the named
   * speakers (null when none); `unnamed`: some speak unnamed (the anonymous questioner, a moderator).
   */
  contents(turns: string, paragraphs: string, words: string, speakers: string | null, unnamed: boolean): string;
  turns: Plural<C>;
  paragraphs: Plural<C>;
  spokenWords: Plural<C>;
  speakers: Plural<C>;
  /** The transcript has no turn at all. */
  empty: string;
  /** Every turn's speaker is named by a label in the source. */
  allLabelled: string;
  /** Turns attributed by inference (the notes explain each inferred speaker). */
  inferred: Plural<C>;
  /** Turns no speaker could be given to. */
  unattributed: Plural<C>;
  /** Turns whose speaker an editor decided (a corrected label, an override), printed like labelled ones. */
  editor: Plural<C>;
  /** Passages of the input that are not speech (site headers, navigation, page numbers, timings), left out. */
  furniture: Plural<C>;
  /** Lines of the input read as metadata (title, date, place, participants) rather than speech. */
  metadata: Plural<C>;
  /** The sentence listing the character-level changes: counted phrases already joined as a list. */
  changes(list: string): string;
  /** No character of the kept text was rewritten. */
  noChanges: string;
  /** Each kind of character-level change as a counted phrase. */
  changeKinds: Readonly<Record<ChangeKind, Plural<C>>>;
  /** Spelling is never touched. */
  spelling: string;
}

/**
 * How a language writes whole numbers, long dates and lists, and its plural rule for whole
 * numbers: what `Intl.NumberFormat`, `Intl.DateTimeFormat` (day, long month, year),
 * `Intl.ListFormat` (long conjunction) and `Intl.PluralRules` give for the catalogue's locale.
 */
export interface LocaleForms {
  /** Between groups of three digits, from 1,000 up. */
  groupSeparator: string;
  /** The month names as a long date writes them (Russian: the genitive). */
  months: readonly string[];
  /** A long date from its day, month name and year. */
  date(day: number, month: string, year: number): string;
  /** Between the two items of a list of two; between the items of a longer one but the last two. */
  listPair: string;
  listSeparator: string;
  /** Before the last item of a list of three or more. */
  listLast: string;
  /** The plural category of a whole number (0 or more). */
  plural(n: number): PluralCategory;
}

/** One language's catalogue. `C`: the plural categories its language uses. */
export interface Messages<C extends PluralCategory = 'other'> {
  /** BCP 47 locale (case rules; `Intl` for what `forms` does not cover): "en-GB", "de", "fr", "ru". */
  locale: string;
  /** Numbers, dates, lists and plural rules as `Intl` writes them for `locale`. */
  forms: LocaleForms;
  labels: Labels;
  /** "Paragraphs 1–20": a page title or contents entry of an e-book split into files. */
  paragraphRange(from: string, to: string): string;
  /** A speaker's spoken words in the speaker index. */
  words: Plural<C>;
  /** The kinds of event, as lower-case noun phrases (capitalised where they start a title). */
  kinds: Readonly<Record<EventKind, string>>;
  /** The title composed when the source has none: "Press conference with A and B". */
  title: {
    /** The head when no kind is known. */
    transcript: string;
    /** `head` with the people it is with: one to three names, already joined as a list. */
    with(head: string, names: string): string;
    /** `head` with the first of more than three people. */
    withOthers(head: string, first: string): string;
    /** `head` with the event date, when nobody is named. */
    dated(head: string, date: string): string;
  };
  /** The attribution note the normaliser writes for a speaker's first inferred turn. */
  attribution: {
    /** The note's sentence. */
    note(name: string): string;
    /** The label, with its colon, before the list of evidence (the evidence is data, written in English). */
    evidence: string;
  };
  /** Words of editorial marks printed in brackets. */
  marks: Readonly<Record<Exclude<GapReason, 'other'> | 'sic' | 'interpretation', string>>;
  colophon: ColophonMessages<C>;
  /** E-book and PDF metadata. */
  metadata: {
    /** The keyword every edition carries. */
    keyword: string;
    /** The EPUB's schema:accessibilitySummary. */
    accessibilitySummary: string;
  };
}
