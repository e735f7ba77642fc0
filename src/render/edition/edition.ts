/**
 * @module render/edition/edition
 * The shared editorial pipeline: turns a transcript and a theme into an `Edition`, the
 * render-ready view every renderer (PDF, Word, EPUB, Markdown) reads, so that labels, colours,
 * paragraph numbers, note numbers, the title page, the speaker index and the colophon are
 * decided once and print the same everywhere. Every word it generates comes from the message
 * catalogue of the transcript's language (`src/messages/`); a language with no catalogue gets
 * English and a diagnostic (`edition-language-fallback`). Pure: no clock, no randomness; the
 * edition's date comes from `SOURCE_DATE_EPOCH` (passed in) or from the transcript.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { CHANGE_KINDS, type ChangeKind, type Labels, type Messages, type Plural } from '../../messages/catalogue.js';
import { capitalise, formatCount, joinList, kindName, longDate, messagesFor } from '../../messages/messages.js';
import { withWording } from '../../messages/wording.js';
import { templateCache, templateFile } from '../template-files.js';
import {
  QUESTIONER_ID,
  type Block,
  type Change,
  type Diagnostic,
  type Inline,
  type Note,
  type Participant,
  type Removed,
  type Transcript,
  type Turn,
} from '../../model/nodes.js';
import { spokenText, wordsOf } from '../../model/walk.js';
import type { SpeakerStyle } from '../../theme/speakers.js';
import { speakerStyles, unattributedStyle } from '../../theme/speakers.js';
import type { Theme } from '../../theme/theme.js';
import { VERSION } from '../../version.js';
import { LabelMaker, type EditionLabel } from './labels.js';

/** One spoken paragraph with its stable number. */
export interface EditionParagraph {
  /** 1-based number, the same in every format. */
  number: number;
  /** Anchor / named destination / bookmark name: "para-17". */
  anchor: string;
  /** Inline content. */
  inlines: Inline[];
}

/** A turn ready to print. */
export interface EditionTurn {
  type: 'turn';
  /** The model turn. */
  turn: Turn;
  /** Its label. */
  label: EditionLabel;
  /** The speaker's style (colour, style key, Word style, CSS class). */
  style: SpeakerStyle;
  /** Number of the note that explains an inferred attribution, printed after the label. */
  labelNote: EditionNote | null;
  /** Numbered paragraphs. */
  paragraphs: EditionParagraph[];
}

/** A heading ready to print. */
export interface EditionHeading {
  type: 'heading';
  id: string;
  depth: 1 | 2 | 3;
  inlines: Inline[];
}

/** A stand-alone stage direction. */
export interface EditionDirection {
  type: 'stageDirection';
  id: string;
  inlines: Inline[];
}

/** A section with its own blocks. */
export interface EditionSection {
  type: 'section';
  id: string;
  title: Inline[];
  depth: number;
  blocks: EditionBlock[];
}

/** Any block of an edition's body. */
export type EditionBlock = EditionTurn | EditionHeading | EditionDirection | EditionSection;

/** A note with its number. */
export interface EditionNote {
  id: string;
  number: number;
  kind: Note['kind'];
  inlines: Inline[];
  /** Plain text of the note. */
  text: string;
}

/** One line of the speaker index. */
export interface SpeakerIndexEntry {
  participant: Participant;
  /** The name the index prints: the participant's, or the edition's word for the anonymous questioner. */
  name: string;
  style: SpeakerStyle;
  /** Paragraph numbers of their turns, in order. */
  paragraphs: number[];
  /** The same as runs of consecutive numbers: [6, 7, 8, 13] → [[6, 8], [13, 13]]. */
  ranges: [number, number][];
  /** Spoken words. */
  words: number;
  /** The spoken words as the index prints them, in the language's plural form: "1,745 words". */
  wordsText: string;
  /** Turns. */
  turns: number;
}

/** A participant as the title page lists them. */
export interface TitlePageParticipant {
  participant: Participant;
  style: SpeakerStyle;
  /** "Secretary General, NATO", or null. */
  description: string | null;
}

/** Everything a renderer prints, decided once. */
export interface Edition {
  transcript: Transcript;
  theme: Theme;
  /** The headings and labels the edition prints (`messages.labels`). */
  strings: Labels;
  /** Every word the edition generates, in the transcript's language or, failing that, English. */
  messages: Messages;
  /** BCP 47 language of the text. */
  language: string;
  /** The language of the generated words: the text's primary language, or "en" when it has no catalogue. */
  messagesLanguage: string;
  /** Keywords for file metadata: the kind of event, the subjects, the word for "transcript". */
  keywords: string[];
  /** What a reader should know about the edition itself (a language with no catalogue). */
  diagnostics: Diagnostic[];
  /** Title of the edition. */
  title: string;
  /** Short title for running heads (at most about 60 characters). */
  shortTitle: string;
  /** "Press conference · 23 November 2001 · Moscow": the line under the title, in the transcript's language. */
  subtitle: string;
  /** The event date written out ("23 November 2001"), or null. */
  dateText: string | null;
  /** The date written into file metadata: SOURCE_DATE_EPOCH, else the event date, else the page date, else 2000-01-01. */
  documentDate: Date;
  /** A stable identifier derived from the content: "urn:uuid:…". */
  documentId: string;
  /** Participants in order, with styles, for the title page. */
  participants: TitlePageParticipant[];
  /** Style of every participant by id. */
  styles: Map<string, SpeakerStyle>;
  /** The body. */
  blocks: EditionBlock[];
  /** Notes in number order. */
  notes: EditionNote[];
  /** Speaker index. */
  index: SpeakerIndexEntry[];
  /** Colophon paragraphs (plain text, from `templates/colophon.hbs`). */
  colophon: string[];
  /** Number of spoken paragraphs. */
  paragraphCount: number;
}

/** Options of `prepareEdition`. */
export interface EditionOptions {
  /** Seconds since 1970 to use as the document date (from SOURCE_DATE_EPOCH). */
  sourceDateEpoch?: number;
}

/** The compiled colophon template by the theme's template folder ('' for Verbatim's own). */
const colophonTemplates = templateCache<Handlebars.TemplateDelegate>();

function colophonTemplateFn(folder: string | null): Handlebars.TemplateDelegate {
  let template = colophonTemplates.get(folder ?? '');
  if (!template) {
    const runtime = Handlebars.create();
    const file = templateFile('colophon.hbs', folder);
    template = runtime.compile(readFileSync(file, 'utf8'), { noEscape: true, strict: false });
    colophonTemplates.set(folder ?? '', template);
  }
  return template;
}

/** The counts the colophon states. */
interface ColophonCounts {
  turns: number;
  paragraphs: number;
  words: number;
  /** Speakers the index lists under a name. */
  speakers: number;
  /** Some speak unnamed (the anonymous questioner, a moderator). */
  unnamed: boolean;
  inferred: number;
  unknown: number;
  editor: number;
}

/** A removal whose text was read as metadata (title, date, participants, front matter), not dropped as page furniture. */
function isMetadataRemoval(removed: Removed): boolean {
  return (
    removed.reason.startsWith('metadata-') || removed.reason === 'front-matter' || removed.reason === 'title-block'
  );
}

/** How many rewrites of each kind the normaliser made, in the catalogue's order, kinds with none left out. */
export function changeCounts(changes: readonly Change[]): [ChangeKind, number][] {
  const kinds = Object.keys(CHANGE_KINDS) as ChangeKind[];
  const kindOf = (rule: string) =>
    kinds.find((kind) => (CHANGE_KINDS[kind] as readonly string[]).includes(rule)) ?? 'other';
  const counts = new Map<ChangeKind, number>();
  for (const change of changes) {
    const kind = kindOf(change.rule);
    counts.set(kind, (counts.get(kind) ?? 0) + (change.count ?? 1));
  }
  return kinds.filter((kind) => (counts.get(kind) ?? 0) > 0).map((kind) => [kind, counts.get(kind)!]);
}

/** An encoding's usual name: "UTF-8", "Windows-1252", "UTF-8 with BOM". */
function encodingName(encoding: string, messages: Messages): string {
  const bom = encoding.endsWith('-bom');
  const name = (bom ? encoding.slice(0, -'-bom'.length) : encoding).toUpperCase().replace(/^WINDOWS-/, 'Windows-');
  return bom ? messages.colophon.withByteOrderMark(name) : name;
}

/** The colophon's paragraphs: each sentence from the catalogue, worded for the case at hand, laid out by the template. */
function colophonParagraphs(
  transcript: Transcript,
  messages: Messages,
  templates: string | null,
  counts: ColophonCounts,
): string[] {
  const { source } = transcript.meta;
  const c = messages.colophon;
  const count = (n: number, forms: Plural) => formatCount(messages, n, forms);
  const updated = source.pageUpdated ? longDate(source.pageUpdated, messages) : null;
  const attribution =
    counts.turns === 0
      ? []
      : [
          ...(counts.inferred === 0 && counts.unknown === 0 && counts.editor === 0 ? [c.allLabelled] : []),
          ...(counts.editor > 0 ? [count(counts.editor, c.editor)] : []),
          ...(counts.inferred > 0 ? [count(counts.inferred, c.inferred)] : []),
          ...(counts.unknown > 0 ? [count(counts.unknown, c.unattributed)] : []),
        ];
  const metadata = transcript.removed.filter(isMetadataRemoval).length;
  const furniture = transcript.removed.length - metadata;
  const changes = changeCounts(transcript.changes).map(([kind, n]) => count(n, c.changeKinds[kind]));
  const text = colophonTemplateFn(templates)({
    source: source.publisher
      ? c.publishedBy(source.publisher, source.series, updated)
      : updated
        ? c.pageUpdated(updated)
        : '',
    address: source.url ? `${c.address} ${source.url}` : '',
    input: c.input(source.fileName, c.formats[source.format], encodingName(source.encoding, messages)),
    checksum: `${c.checksum} ${source.sha256}`,
    madeWith: c.madeWith(VERSION, transcript.modelVersion),
    contents:
      counts.turns === 0
        ? c.empty
        : c.contents(
            count(counts.turns, c.turns),
            count(counts.paragraphs, c.paragraphs),
            count(counts.words, c.spokenWords),
            counts.speakers > 0 ? count(counts.speakers, c.speakers) : null,
            counts.unnamed,
          ),
    attribution,
    removals: [
      ...(furniture > 0 ? [count(furniture, c.furniture)] : []),
      ...(metadata > 0 ? [count(metadata, c.metadata)] : []),
    ],
    changes: changes.length > 0 ? c.changes(joinList(messages, changes)) : c.noChanges,
    spelling: c.spelling,
  });
  // Only the template's own line breaks and spaces are collapsed: no-break spaces in the sentences stay.
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/[ \t\n]+/g, ' ').trim())
    .filter(Boolean);
}

/** The date for file metadata: SOURCE_DATE_EPOCH, else the transcript's dates, else a fixed date. */
export function documentDateOf(transcript: Transcript, sourceDateEpoch?: number): Date {
  if (sourceDateEpoch !== undefined && Number.isFinite(sourceDateEpoch)) return new Date(sourceDateEpoch * 1000);
  const iso = transcript.meta.date ?? transcript.meta.source.pageUpdated;
  return iso ? new Date(`${iso}T00:00:00Z`) : new Date('2000-01-01T00:00:00Z');
}

/** A UUID-shaped identifier derived from the transcript's content (stable across runs). */
export function contentIdentifier(transcript: Transcript): string {
  const hex = createHash('sha256').update(JSON.stringify(transcript)).digest('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function shorten(title: string, max = 60): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 10)).replace(/[\s,;:–—-]+$/, '') + '…';
}

/** Prepare the edition every renderer prints. */
export function prepareEdition(transcript: Transcript, theme: Theme, options: EditionOptions = {}): Edition {
  const { meta } = transcript;
  const choice = messagesFor(meta.language);
  const messages = withWording(choice.messages, choice.language, theme.wording);
  const strings = messages.labels;
  const participantsById = new Map(transcript.participants.map((p) => [p.id, p]));
  const styles = speakerStyles(transcript.participants, theme);
  const unattributed = unattributedStyle(theme);
  const labels = new LabelMaker(participantsById, strings, {
    runIn: theme.labels.layout === 'run-in',
    separator: theme.labels.separator,
  });
  const notesById = new Map<string, EditionNote>();
  for (const note of transcript.notes) {
    notesById.set(note.id, {
      id: note.id,
      number: note.number,
      kind: note.kind,
      inlines: note.children,
      text: spokenText(note.children),
    });
  }
  const index = new Map<string, SpeakerIndexEntry>();
  for (const participant of transcript.participants) {
    index.set(participant.id, {
      participant,
      name: participant.id === QUESTIONER_ID ? strings.question : participant.name,
      style: styles.get(participant.id)!,
      paragraphs: [],
      ranges: [],
      words: 0,
      wordsText: '',
      turns: 0,
    });
  }

  let paragraphNumber = 0;
  let spokenWords = 0;
  let turnCount = 0;
  const convert = (blocks: Block[], depth: number): EditionBlock[] =>
    blocks.map((block): EditionBlock => {
      switch (block.type) {
        case 'turn': {
          turnCount++;
          const paragraphs = block.paragraphs.map((inlines) => {
            paragraphNumber++;
            return { number: paragraphNumber, anchor: `para-${paragraphNumber}`, inlines };
          });
          const words = block.paragraphs.reduce((n, p) => n + wordsOf(spokenText(p)).length, 0);
          spokenWords += words;
          const entry = block.speaker ? index.get(block.speaker) : undefined;
          if (entry) {
            entry.paragraphs.push(...paragraphs.map((p) => p.number));
            entry.words += words;
            entry.turns++;
          }
          const noteId = block.attribution.noteId;
          return {
            type: 'turn',
            turn: block,
            label: labels.labelFor(block),
            style: (block.speaker ? styles.get(block.speaker) : undefined) ?? unattributed,
            labelNote: noteId ? (notesById.get(noteId) ?? null) : null,
            paragraphs,
          };
        }
        case 'heading':
          return { type: 'heading', id: block.id, depth: block.depth, inlines: block.children };
        case 'stageDirection':
          return { type: 'stageDirection', id: block.id, inlines: block.children };
        case 'section':
          return { type: 'section', id: block.id, title: block.title, depth, blocks: convert(block.body, depth + 1) };
      }
    });
  const blocks = convert(transcript.body, 1);

  const dateText = meta.date ? longDate(meta.date, messages) : null;
  const kind = meta.kind ? kindName(messages, meta.kind) : null;
  const subtitle = [kind ? capitalise(kind, messages) : null, dateText, meta.place].filter(Boolean).join(' · ');
  const indexEntries = [...index.values()]
    .filter((e) => e.turns > 0)
    .map((e) => ({
      ...e,
      ranges: paragraphRanges(e.paragraphs),
      wordsText: formatCount(messages, e.words, messages.words),
    }));
  const colophon = colophonParagraphs(transcript, messages, theme.templates, {
    turns: blocks.length === 0 ? 0 : turnCount,
    paragraphs: paragraphNumber,
    words: spokenWords,
    speakers: indexEntries.filter((e) => e.participant.kind !== 'anonymous').length,
    unnamed: indexEntries.some((e) => e.participant.kind === 'anonymous'),
    inferred: countTurns(blocks, 'inferred'),
    editor: countTurns(blocks, 'editor'),
    unknown: countTurns(blocks, 'unknown'),
  });
  const diagnostics: Diagnostic[] = choice.fallback
    ? [
        {
          severity: 'warning',
          rule: 'edition-language-fallback',
          message: `No message catalogue for the language "${meta.language}": the words the edition adds (title page, headings, labels, notes, colophon) are in English.`,
        },
      ]
    : [];

  return {
    transcript,
    theme,
    strings,
    messages,
    language: meta.language,
    messagesLanguage: choice.fallback ? 'en' : choice.language,
    keywords: [kind, ...meta.subjects, messages.metadata.keyword].filter((k): k is string => Boolean(k)),
    diagnostics,
    title: meta.title,
    shortTitle: shorten(meta.title),
    subtitle,
    dateText,
    documentDate: documentDateOf(transcript, options.sourceDateEpoch),
    documentId: contentIdentifier(transcript),
    participants: transcript.participants
      .filter((p) => p.kind !== 'anonymous')
      .map((participant) => ({
        participant,
        style: styles.get(participant.id)!,
        description: [participant.role, participant.affiliation].filter(Boolean).join(', ') || null,
      })),
    styles,
    blocks,
    notes: [...notesById.values()].sort((a, b) => a.number - b.number),
    index: indexEntries,
    colophon,
    paragraphCount: paragraphNumber,
  };
}

/** Runs of consecutive numbers: [6, 7, 8, 13] → [[6, 8], [13, 13]]. */
export function paragraphRanges(numbers: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/** The edition a renderer prints, from its render context (theme, SOURCE_DATE_EPOCH); its diagnostics go to the context's. */
export function prepareEditionFor(
  transcript: Transcript,
  context: { theme: Theme; sourceDateEpoch?: number; diagnostics?: Diagnostic[] },
): Edition {
  const edition = prepareEdition(
    transcript,
    context.theme,
    context.sourceDateEpoch !== undefined ? { sourceDateEpoch: context.sourceDateEpoch } : {},
  );
  context.diagnostics?.push(...edition.diagnostics);
  return edition;
}

function countTurns(blocks: EditionBlock[], method: Exclude<Turn['attribution']['method'], 'explicit'>): number {
  let n = 0;
  for (const block of blocks) {
    if (block.type === 'turn' && block.turn.attribution.method === method) n++;
    else if (block.type === 'section') n += countTurns(block.blocks, method);
  }
  return n;
}
