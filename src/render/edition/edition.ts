/**
 * @module render/edition/edition
 * The shared editorial pipeline: turns a transcript and a theme into an `Edition`, the
 * render-ready view every renderer (PDF, Word, EPUB, Markdown) reads, so that labels, colours,
 * paragraph numbers, note numbers, the title page, the speaker index and the colophon are
 * decided once and print the same everywhere. Pure: no clock, no randomness; the edition's date
 * comes from `SOURCE_DATE_EPOCH` (passed in) or from the transcript.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Block, Inline, Note, Participant, Transcript, Turn } from '../../model/nodes.js';
import { spokenText, wordsOf } from '../../model/walk.js';
import type { SpeakerStyle } from '../../theme/speakers.js';
import { speakerStyles, unattributedStyle } from '../../theme/speakers.js';
import type { Theme } from '../../theme/theme.js';
import { packagePath } from '../../package-files.js';
import { VERSION } from '../../version.js';
import { LabelMaker, type EditionLabel } from './labels.js';
import { editionStrings, type EditionStrings } from './strings.js';

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
  style: SpeakerStyle;
  /** Paragraph numbers of their turns, in order. */
  paragraphs: number[];
  /** The same as runs of consecutive numbers: [6, 7, 8, 13] → [[6, 8], [13, 13]]. */
  ranges: [number, number][];
  /** Spoken words. */
  words: number;
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
  strings: EditionStrings;
  /** BCP 47 language of the text. */
  language: string;
  /** Title of the edition. */
  title: string;
  /** Short title for running heads (at most about 60 characters). */
  shortTitle: string;
  /** "Press conference · 23 November 2001 · Moscow": the line under the title. */
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

const TEMPLATE_PATH = packagePath('templates', 'colophon.hbs');
let colophonTemplate: Handlebars.TemplateDelegate | null = null;

function colophonTemplateFn(): Handlebars.TemplateDelegate {
  if (!colophonTemplate) {
    const runtime = Handlebars.create();
    runtime.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    colophonTemplate = runtime.compile(readFileSync(TEMPLATE_PATH, 'utf8'), { noEscape: true, strict: false });
  }
  return colophonTemplate;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The event date written out in the transcript's language ("23 November 2001"). */
export function longDate(iso: string, language: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  // Plain "en" reads day-month-year ("23 November 2001"), the unambiguous order.
  const locale = language === 'en' ? 'en-GB' : language;
  let format = dateFormats.get(locale);
  if (!format) {
    // ICU sets up a locale's calendar once per formatter: one formatter per locale, kept.
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    dateFormats.set(locale, format);
  }
  return format.format(date);
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

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Prepare the edition every renderer prints. */
export function prepareEdition(transcript: Transcript, theme: Theme, options: EditionOptions = {}): Edition {
  const { meta } = transcript;
  const strings = editionStrings(meta.language);
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
      style: styles.get(participant.id)!,
      paragraphs: [],
      ranges: [],
      words: 0,
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

  const dateText = meta.date ? longDate(meta.date, meta.language) : null;
  const subtitle = [meta.kind ? capitalise(meta.kind) : null, dateText, meta.place].filter(Boolean).join(' · ');
  const changes = transcript.changes;
  const count = (rules: string[]) =>
    changes.filter((c) => rules.includes(c.rule)).reduce((n, c) => n + (c.count ?? 1), 0);
  const typographic = count(['curly-quotes', 'em-dash', 'en-dash', 'ellipsis']);
  const allChanges = changes.reduce((n, c) => n + (c.count ?? 1), 0);
  const turns = blocks.length === 0 ? 0 : turnCount;
  const colophonText = colophonTemplateFn()({
    source: meta.source,
    version: VERSION,
    modelVersion: transcript.modelVersion,
    turns,
    paragraphs: paragraphNumber,
    words: spokenWords,
    speakers: transcript.participants.length,
    inferred: countTurns(blocks, 'inferred'),
    unknown: countTurns(blocks, 'unknown'),
    removed: transcript.removed.length,
    typographic,
    otherChanges: allChanges - typographic,
  });

  return {
    transcript,
    theme,
    strings,
    language: meta.language,
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
    index: [...index.values()].filter((e) => e.turns > 0).map((e) => ({ ...e, ranges: paragraphRanges(e.paragraphs) })),
    colophon: colophonText
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
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

/** The edition a renderer prints, from its render context (theme, SOURCE_DATE_EPOCH). */
export function prepareEditionFor(
  transcript: Transcript,
  context: { theme: Theme; sourceDateEpoch?: number },
): Edition {
  return prepareEdition(
    transcript,
    context.theme,
    context.sourceDateEpoch !== undefined ? { sourceDateEpoch: context.sourceDateEpoch } : {},
  );
}

function countTurns(blocks: EditionBlock[], method: 'inferred' | 'unknown'): number {
  let n = 0;
  for (const block of blocks) {
    if (block.type === 'turn' && block.turn.attribution.method === method) n++;
    else if (block.type === 'section') n += countTurns(block.blocks, method);
  }
  return n;
}
