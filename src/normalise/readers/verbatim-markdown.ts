/**
 * @module normalise/readers/verbatim-markdown
 * Reads Verbatim's own Markdown edition back into the model, so that the edition is a source an
 * editor can correct and rebuild. Recognised from its front matter (`generator: "Verbatim …"`),
 * never from the file name. It takes the metadata and the participants from the front matter,
 * the blocks between the comment lines `verbatim:begin` and `verbatim:end` (turns, headings,
 * stage directions, sections), the footnotes, and the record of how each turn was attributed;
 * the title page, the speaker index and the colophon are generated matter and only go to
 * `removed[]`. The syntax is `render/markdown/syntax.ts`, shared with the writer.
 *
 * A turn whose label still reads as the record says keeps its attribution. A label an editor
 * changed — `**[Ivanov]:**` made `**Robertson:**`, brackets taken off, a label put before an
 * unlabelled paragraph — names the speaker by id, name, short name or label (or a new person),
 * with attribution method `editor` (`normalise/editor.ts`, shared with the sidecar overrides).
 * No pass runs after this reader: the text is taken as written. It never throws: what it cannot
 * place becomes a diagnostic.
 */
import { parse as parseYaml } from 'yaml';
import { CATALOGUES } from '../../messages/messages.js';
import {
  GAP_REASONS,
  INCIDENT_KINDS,
  MODEL_VERSION,
  type Block,
  type Diagnostic,
  type Inline,
  type LanguageSource,
  type LineEndings,
  type Note,
  type Participant,
  type Removed,
  type Transcript,
  type Turn,
} from '../../model/nodes.js';
import {
  type Attributes,
  bracketedWords,
  GENERATOR_KEY,
  GENERATOR_NAME,
  isTextBegins,
  isTextEnds,
  type NoteRecord,
  parseAttributes,
  RECORD_OPENS,
  type TurnRecord,
  unescapeMarkdown,
} from '../../render/markdown/syntax.js';
import { editorAttribution, findParticipant, participantForEditor, repairAttributionNotes } from '../editor.js';

/** What the reader is told about the input besides its text. */
export interface VerbatimMarkdownInput {
  fileName: string | null;
  encoding: string;
  sha256: string;
  lineEndings: LineEndings;
  /** Forced language (`--language`). */
  language?: string;
}

const PARTICIPANT_KINDS: readonly Participant['kind'][] = ['person', 'group', 'anonymous', 'unknown'];
const LANGUAGE_SOURCES: readonly LanguageSource[] = ['option', 'front-matter', 'detected', 'default'];
const METHODS: readonly Turn['attribution']['method'][] = ['explicit', 'inferred', 'editor', 'unknown'];
const FUNCTIONS: readonly NonNullable<Turn['function']>[] = ['question', 'answer', 'statement'];
const NOTE_KINDS: readonly Note['kind'][] = ['attribution', 'editorial', 'source'];

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((v) => v === value);
}

/** The front matter's lines: [first line after `---`, index of the closing line), or null. */
function frontMatterRange(lines: readonly string[]): { from: number; to: number } | null {
  if (lines[0]?.trim() !== '---') return null;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i]!)) return { from: 1, to: i };
  return null;
}

/** True when text is Verbatim's own Markdown edition (its front matter names Verbatim as generator). */
export function looksLikeVerbatimMarkdown(text: string): boolean {
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(text)) return false;
  const range = frontMatterRange(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
  if (!range) return false;
  const pattern = new RegExp(`^${GENERATOR_KEY}:[ \\t]*["']?${GENERATOR_NAME}\\b`);
  return text
    .split(/\r\n|\r|\n/, range.to + 1)
    .slice(range.from, range.to)
    .some((line) => pattern.test(line));
}

// ---------------------------------------------------------------------------------------------
// Inline syntax

interface InlineContext {
  /** The note id for a printed footnote number; null when the file defines no such footnote. */
  noteId(number: number): string | null;
  diagnostics: Diagnostic[];
  line: number;
}

function pushText(out: Inline[], value: string): void {
  if (value === '') return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}

function pushAll(out: Inline[], nodes: readonly Inline[]): void {
  for (const node of nodes)
    if (node.type === 'text') pushText(out, node.value);
    else out.push(node);
}

/** Index of the `]` that closes the `[` at `open`, or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

/** A span `[…]{…}` at `at`: its content, attributes and end, or null. */
function spanAt(text: string, at: number): { content: string; attributes: Attributes; end: number } | null {
  const close = closingBracket(text, at);
  if (close === -1) return null;
  const parsed = parseAttributes(text, close + 1);
  return parsed ? { content: text.slice(at + 1, close), attributes: parsed.attributes, end: parsed.end } : null;
}

/** Index of the delimiter that closes emphasis opened just before `from`, or -1. */
function closingDelimiter(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      const span = spanAt(text, i);
      if (span) i = span.end - 1;
    } else if (text.startsWith(delimiter, i)) return i;
    else if ((c === '*' || c === '_') && delimiter.length === 1) {
      const inner = closingDelimiter(text, i + 1, c);
      if (inner !== -1) i = inner;
    }
  }
  return -1;
}

/** Plain text of span content as the edition showed it (for a mark that lost its `printed`). */
function shownText(content: string): string {
  return unescapeMarkdown(content.replace(/(?<!\\)[*_]/g, ''));
}

function spanNodes(content: string, attributes: Attributes, context: InlineContext): Inline[] {
  const { classes, values } = attributes;
  const printed = values['printed'] ?? shownText(content);
  if (classes.includes('gap'))
    return [{ type: 'gap', reason: oneOf(GAP_REASONS, values['reason']) ?? 'other', asPrinted: printed }];
  if (classes.includes('incident'))
    return [
      {
        type: 'incident',
        kind: oneOf(INCIDENT_KINDS, values['kind']) ?? 'other',
        asPrinted: printed,
        description: values['description'] ?? bracketedWords(printed) ?? printed,
      },
    ];
  if (classes.includes('sic')) return [{ type: 'sic', asPrinted: printed }];
  if (classes.includes('interpretation')) return [{ type: 'interpretation', asPrinted: printed }];
  if (classes.includes('time')) {
    const seconds = Number(values['seconds']);
    return [{ type: 'timeMark', seconds: Number.isFinite(seconds) && seconds >= 0 ? seconds : 0, asPrinted: printed }];
  }
  if (classes.includes('timing')) {
    const start = Number(values['start']);
    const end = Number(values['end']);
    const timing: Inline = {
      type: 'timing',
      start: Number.isFinite(start) && start >= 0 ? start : 0,
      end: Number.isFinite(end) && end >= 0 ? end : 0,
    };
    if (values['words'] !== undefined) timing.words = values['words'];
    return [timing];
  }
  if (classes.includes('uncertain')) {
    const confidence = Number(values['confidence']);
    return [
      {
        type: 'uncertain',
        confidence: Number.isFinite(confidence) && confidence >= 0 && confidence <= 1 ? confidence : 0,
        children: parseInlines(content, context),
      },
    ];
  }
  // The theme's mark after an unsure word: the edition's, not the transcript's.
  if (classes.includes('uncertain-mark')) return [];
  if (values['lang']) return [{ type: 'foreign', lang: values['lang'], children: parseInlines(content, context) }];
  // A paragraph anchor, or a span of no kind Verbatim writes: its content is text.
  return parseInlines(content, context);
}

/** Inline nodes from the Markdown of a paragraph (escapes, emphasis, spans, footnote references). */
export function parseInlines(text: string, context: InlineContext): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    pushText(out, buffer);
    buffer = '';
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined || next === '\n') buffer += '\n';
      else if (/[!-/:-@[-`{-~]/.test(next)) buffer += next;
      else {
        buffer += '\\';
        i++;
        continue;
      }
      i += 2;
      continue;
    }
    if (c === '\n') {
      buffer += ' ';
      i++;
      continue;
    }
    if (c === '[') {
      const reference = /^\[\^(\d+)\]/.exec(text.slice(i, i + 12));
      if (reference) {
        flush();
        const id = context.noteId(Number(reference[1]));
        if (id) out.push({ type: 'noteRef', id });
        else
          context.diagnostics.push({
            severity: 'warning',
            rule: 'md-note-missing',
            message: `The footnote reference [^${reference[1]}] has no footnote; it is left out.`,
            place: { line: context.line },
          });
        i += reference[0].length;
        continue;
      }
      const span = spanAt(text, i);
      if (span) {
        const { classes } = span.attributes;
        // The edition's mark after an unsure word stands after a space of its own; a shown
        // timestamp has its space after it: neither space is the transcript's.
        if (classes.includes('uncertain-mark') && buffer.endsWith(' ')) buffer = buffer.slice(0, -1);
        flush();
        pushAll(out, spanNodes(span.content, span.attributes, context));
        i = span.end;
        if (classes.includes('timing') && span.content !== '' && text[i] === ' ') i++;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      const delimiter = c === '*' && text[i + 1] === '*' ? '**' : c;
      const close = closingDelimiter(text, i + delimiter.length, delimiter);
      if (close > i + delimiter.length) {
        flush();
        out.push({ type: 'emphasis', children: parseInlines(text.slice(i + delimiter.length, close), context) });
        i = close + delimiter.length;
        continue;
      }
    }
    buffer += c;
    i++;
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** A paragraph's opening: paragraph anchors, a bold label with its colon, a note reference on the label. */
interface ParagraphHead {
  anchor: number | null;
  label: string | null;
  labelNote: number | null;
  rest: string;
}

function stripAnchors(text: string, head: { anchor: number | null }): string {
  let rest = text;
  for (;;) {
    rest = rest.replace(/^[ \t]+/, '');
    const match = /^\[\]\{#para-(\d+)[^}]*\}/.exec(rest);
    if (!match) return rest;
    head.anchor ??= Number(match[1]);
    rest = rest.slice(match[0].length);
  }
}

function paragraphHead(raw: string): ParagraphHead {
  const head: ParagraphHead = { anchor: null, label: null, labelNote: null, rest: '' };
  let rest = stripAnchors(raw, head);
  if (rest.startsWith('**')) {
    let close = -1;
    for (let i = 2; i < rest.length - 1; i++) {
      if (rest[i] === '\\') i++;
      else if (rest[i] === '*' && rest[i + 1] === '*') {
        close = i;
        break;
      }
    }
    if (close > 2) {
      head.label = unescapeMarkdown(rest.slice(2, close).replace(/\n/g, ' ')).trim().replace(/\s*:$/, '').trim();
      rest = rest.slice(close + 2);
      if (rest.startsWith(':')) rest = rest.slice(1);
      const note = /^\[\^(\d+)\]/.exec(rest);
      if (note) {
        head.labelNote = Number(note[1]);
        rest = rest.slice(note[0].length);
      }
      rest = stripAnchors(rest, head);
    }
  }
  head.rest = rest.replace(/[ \t]+$/, '');
  return head;
}

interface TextBlock {
  lines: string[];
  line: number;
}

function blocksOf(lines: readonly string[], firstLine: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { lines: [], line: firstLine + index };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}

const FOOTNOTE = /^\[\^(\d+)\]:[ \t]?(.*)$/;

/** Footnote definitions in blocks: number → text (continuation lines joined with a newline) and line. */
function footnotesIn(blocks: readonly TextBlock[], into: Map<number, { text: string; line: number }>): void {
  for (const block of blocks) {
    let current: { text: string; line: number } | null = null;
    block.lines.forEach((line, index) => {
      const match = FOOTNOTE.exec(line);
      if (match) {
        current = { text: match[2]!, line: block.line + index };
        if (!into.has(Number(match[1]))) into.set(Number(match[1]), current);
      } else if (current) current.text += `\n${line.replace(/^ {1,4}/, '')}`;
    });
  }
}

function isFootnoteBlock(block: TextBlock): boolean {
  return FOOTNOTE.test(block.lines[0]!);
}

function isComment(block: TextBlock): boolean {
  return (
    block.lines[0]!.trimStart().startsWith('<!--') && block.lines[block.lines.length - 1]!.trimEnd().endsWith('-->')
  );
}

// ---------------------------------------------------------------------------------------------
// Front matter

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function participantsFrom(value: unknown, diagnostics: Diagnostic[]): Participant[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    diagnostics.push({
      severity: 'error',
      rule: 'md-participants',
      message: 'The front matter\u2019s participants must be a list; it is left out.',
    });
    return [];
  }
  const out: Participant[] = [];
  value.forEach((entry: unknown, index) => {
    const fields = isRecord(entry) ? entry : typeof entry === 'string' ? { name: entry } : null;
    const name = fields ? stringOrNull(fields['name'])?.trim() : undefined;
    if (!fields || !name) {
      diagnostics.push({
        severity: 'warning',
        rule: 'md-participant',
        message: `Participant ${index + 1} of the front matter has no name; it is left out.`,
      });
      return;
    }
    const kind = oneOf(PARTICIPANT_KINDS, fields['kind']) ?? 'person';
    const id = stringOrNull(fields['id'])?.trim() || null;
    // A participant the editor added with a name only gets an id and a short name as the editor's would.
    const participant: Participant = id
      ? {
          id,
          name,
          shortName: stringOrNull(fields['shortName'])?.trim() || name,
          role: stringOrNull(fields['role']),
          affiliation: stringOrNull(fields['affiliation']),
          kind,
          labels: Array.isArray(fields['labels'])
            ? fields['labels'].map(stringOrNull).filter((l): l is string => l !== null)
            : [],
        }
      : participantForEditor([...out], name).participant;
    if (out.some((p) => p.id === participant.id)) {
      diagnostics.push({
        severity: 'warning',
        rule: 'md-participant',
        message: `Two participants of the front matter have the id "${participant.id}"; the second is left out.`,
      });
      return;
    }
    out.push(participant);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The reader

interface PendingTurn {
  turn: Turn;
  head: ParagraphHead;
  line: number;
}

/** Read Verbatim's Markdown edition (see the module comment). */
/** A turn as read before its label is resolved (or for a paragraph no label stands before). */
function speakerlessTurn(paragraph: Inline[], line: number): Turn {
  return {
    type: 'turn',
    id: '',
    speaker: null,
    label: null,
    function: null,
    attribution: { method: 'unknown', confidence: 0, evidence: [] },
    paragraphs: [paragraph],
    place: { line },
  };
}

export function readVerbatimMarkdown(text: string, input: VerbatimMarkdownInput): Transcript {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const diagnostics: Diagnostic[] = [];
  const removed: Removed[] = [];
  const origin = input.fileName ?? 'the Markdown edition';
  const removal = (from: number, to: number, reason: string, explanation: string) => {
    const part = lines.slice(from, to).join('\n').trim();
    if (part !== '') removed.push({ text: part, reason, explanation, place: { line: from + 1, endLine: to } });
  };

  // Front matter.
  // Called on text `looksLikeVerbatimMarkdown` accepted; without front matter, none is read.
  const range = frontMatterRange(lines) ?? { from: 0, to: -1 };
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = parseYaml(lines.slice(range.from, Math.max(range.from, range.to)).join('\n'));
    if (isRecord(parsed)) data = parsed;
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      rule: 'md-front-matter',
      message: `The front matter is not valid YAML (${(error as Error).message.split('\n')[0]}); metadata and participants are left out.`,
      place: { line: 1 },
    });
  }
  removal(0, range.to + 1, 'front-matter', 'The front matter: metadata and participants, read into the model.');
  const version = stringOrNull(data['modelVersion']);
  if (version && !/^1\.\d+$/.test(version))
    diagnostics.push({
      severity: 'warning',
      rule: 'md-model-version',
      message: `The edition was written for transcript model ${version}; this Verbatim reads 1.x and read what it knows.`,
    });

  // Where the transcript stands.
  let begin = lines.findIndex((line, i) => i > range.to && isTextBegins(line));
  let end = lines.findIndex((line, i) => i > Math.max(begin, range.to) && isTextEnds(line));
  if (begin === -1) {
    diagnostics.push({
      severity: 'warning',
      rule: 'md-begin-missing',
      message:
        'The line <!-- verbatim:begin … --> is missing: the transcript is read from the first block after the title page.',
    });
    begin = titlePageEnd(lines, range.to);
    removal(range.to + 1, begin + 1, 'metadata-title-page', 'The title page, made again from the front matter.');
  } else removal(range.to + 1, begin + 1, 'metadata-title-page', 'The title page, made again from the front matter.');
  const recordStart = lines.findIndex((line, i) => i > begin && line.trim().startsWith(RECORD_OPENS));
  if (end === -1) {
    diagnostics.push({
      severity: 'warning',
      rule: 'md-end-missing',
      message:
        'The line <!-- verbatim:end --> is missing: the transcript is read up to the speaker index or colophon heading.',
    });
    const generated = lines.findIndex((line, i) => i > begin && isGeneratedHeading(line));
    end = generated !== -1 ? generated - 1 : recordStart === -1 ? lines.length : recordStart;
  }

  // The record of attributions and notes.
  const turnRecords = new Map<number, TurnRecord>();
  const noteRecords = new Map<number, NoteRecord>();
  let recordEnd = lines.length;
  if (recordStart !== -1) {
    for (let i = recordStart + 1; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line.startsWith('-->')) {
        recordEnd = i + 1;
        break;
      }
      if (!line.startsWith('{')) continue;
      try {
        const entry = JSON.parse(line) as Partial<TurnRecord & NoteRecord>;
        if (typeof entry.turn === 'number') turnRecords.set(entry.turn, entry as TurnRecord);
        else if (typeof entry.note === 'number') noteRecords.set(entry.note, entry as NoteRecord);
      } catch {
        diagnostics.push({
          severity: 'warning',
          rule: 'md-record',
          message: 'A line of the attribution record is not valid JSON; it is left out.',
          place: { line: i + 1 },
        });
      }
    }
    removal(
      recordStart,
      recordEnd,
      'metadata-attribution-record',
      'The record of how each turn was attributed, read back for the turns whose label is unchanged.',
    );
  }

  // Footnotes, wherever they stand.
  const bodyBlocks = blocksOf(lines.slice(begin + 1, end), begin + 2);
  const afterStart = Math.min(end + 1, lines.length);
  const afterBlocks = blocksOf(
    recordStart > end ? lines.slice(afterStart, recordStart) : lines.slice(afterStart),
    afterStart + 1,
  ).filter((b) => !isComment(b));
  const definitions = new Map<number, { text: string; line: number }>();
  footnotesIn(bodyBlocks.filter(isFootnoteBlock), definitions);
  footnotesIn(afterBlocks.filter(isFootnoteBlock), definitions);
  // The speaker index and the colophon: each run of blocks between footnotes is one removal.
  let run: TextBlock[] = [];
  const endRun = () => {
    if (run.length === 0) return;
    const last = run[run.length - 1]!;
    removal(
      run[0]!.line - 1,
      last.line - 1 + last.lines.length,
      'generated-matter',
      'Made by the edition (speaker index, colophon) and made again at each build, not read back.',
    );
    run = [];
  };
  for (const block of afterBlocks) {
    if (isFootnoteBlock(block)) endRun();
    else run.push(block);
  }
  endRun();
  removed.sort((a, b) => (a.place?.line ?? 0) - (b.place?.line ?? 0));

  const usedIds = new Set<string>([...noteRecords.values()].map((r) => r.id));
  const noteIdOf = new Map<number, string>();
  let fresh = 0;
  for (const number of [...definitions.keys()].sort((a, b) => a - b)) {
    const recorded = noteRecords.get(number)?.id;
    if (recorded) noteIdOf.set(number, recorded);
    else {
      let id: string;
      do id = `n${++fresh}`;
      while (usedIds.has(id));
      usedIds.add(id);
      noteIdOf.set(number, id);
    }
  }
  const context = (line: number): InlineContext => ({
    noteId: (number) => noteIdOf.get(number) ?? null,
    diagnostics,
    line,
  });
  const notes: Note[] = [...definitions.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, definition]) => ({
      id: noteIdOf.get(number)!,
      number,
      kind: oneOf(NOTE_KINDS, noteRecords.get(number)?.kind) ?? 'editorial',
      children: parseInlines(definition.text.trim(), context(definition.line)),
    }));

  // Blocks.
  const body: Block[] = [];
  const stack: { blocks: Block[]; title: Inline[] | null }[] = [{ blocks: body, title: [] }];
  const pending: PendingTurn[] = [];
  let current: Turn | null = null;
  const queue = [...bodyBlocks];
  for (let block = queue.shift(); block; block = queue.shift()) {
    if (isFootnoteBlock(block) || isComment(block)) continue;
    const top = stack[stack.length - 1]!;
    const first = block.lines[0]!;
    if (/^:::+\s*(section|\{[^}]*\.section\b[^}]*\})\s*$/.test(first.trim()) && block.lines.length === 1) {
      const section: Block = { type: 'section', id: '', title: [], body: [], place: { line: block.line } };
      top.blocks.push(section);
      stack.push({ blocks: section.body, title: null });
      current = null;
      continue;
    }
    if (/^:::+\s*$/.test(first.trim()) && block.lines.length === 1) {
      if (stack.length > 1) stack.pop();
      else
        diagnostics.push({
          severity: 'warning',
          rule: 'md-section-close',
          message: 'A ::: line closes no section; it is left out.',
          place: { line: block.line },
        });
      current = null;
      continue;
    }
    const heading = /^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/.exec(first);
    if (heading) {
      // A heading is one line, unless the line ends in a hard break (`\`): lines after it are a paragraph.
      let size = 1;
      while (size < block.lines.length && /(^|[^\\])(\\\\)*\\$/.test(block.lines[size - 1]!)) size++;
      if (size < block.lines.length) queue.unshift({ lines: block.lines.slice(size), line: block.line + size });
      const lines = [(heading[2] ?? '').replace(/[ \t]+#+$/, ''), ...block.lines.slice(1, size)];
      const children = parseInlines(lines.join('\n'), context(block.line));
      if (top.title === null) {
        top.title = children;
        const section = stack[stack.length - 2]!.blocks.at(-1);
        if (section?.type === 'section') section.title = children;
      } else {
        const depth = Math.min(3, Math.max(1, heading[1]!.length - 1)) as 1 | 2 | 3;
        top.blocks.push({ type: 'heading', id: '', depth, children, place: { line: block.line } });
      }
      current = null;
      continue;
    }
    if (top.title === null) top.title = [];
    const raw = block.lines.join('\n');
    const head = paragraphHead(raw);
    const paragraph = parseInlines(head.rest, context(block.line));
    if (head.label !== null) {
      current = speakerlessTurn(paragraph, block.line);
      top.blocks.push(current);
      pending.push({ turn: current, head, line: block.line });
      continue;
    }
    const only = paragraph.length === 1 ? paragraph[0] : undefined;
    if (head.anchor === null && only?.type === 'emphasis') {
      top.blocks.push({ type: 'stageDirection', id: '', children: only.children, place: { line: block.line } });
      current = null;
      continue;
    }
    if (current) {
      current.paragraphs.push(paragraph);
      continue;
    }
    diagnostics.push({
      severity: 'warning',
      rule: 'md-paragraph-unlabelled',
      message: 'A paragraph with no label follows no turn; it is a turn of its own, with no speaker.',
      place: { line: block.line },
    });
    current = speakerlessTurn(paragraph, block.line);
    top.blocks.push(current);
  }
  if (stack.length > 1)
    diagnostics.push({
      severity: 'warning',
      rule: 'md-section-open',
      message: 'A section opened with ::: section is not closed with :::; it runs to the end.',
    });

  // Speakers.
  const participants = participantsFrom(data['participants'], diagnostics);
  const unidentified = new Set(Object.values(CATALOGUES).map((m) => m.labels.unidentified.toLowerCase()));
  const speakerOfNote = new Map<string, string | null>();
  for (const record of turnRecords.values())
    if (record.noteId && notes.some((n) => n.id === record.noteId)) speakerOfNote.set(record.noteId, record.speaker);
  numberBlocks(body);
  const firstParagraph = paragraphNumbers(body);
  for (const { turn, head, line } of pending) {
    const record = head.anchor !== null ? turnRecords.get(head.anchor) : undefined;
    const label = head.label!;
    const method = oneOf(METHODS, record?.method);
    if (
      record &&
      method &&
      record.printed === label &&
      (record.speaker === null || participants.some((p) => p.id === record.speaker))
    ) {
      turn.speaker = record.speaker;
      turn.label = typeof record.label === 'string' ? record.label : null;
      turn.function = oneOf(FUNCTIONS, record.function) ?? null;
      turn.attribution = {
        method: record.speaker === null ? 'unknown' : method,
        confidence: typeof record.confidence === 'number' ? Math.min(1, Math.max(0, record.confidence)) : 0,
        evidence: Array.isArray(record.evidence) ? record.evidence.filter((e) => typeof e === 'string') : [],
      };
      if (record.noteId && notes.some((n) => n.id === record.noteId)) turn.attribution.noteId = record.noteId;
      continue;
    }
    const who = label.replace(/^\[(.*)\]$/s, '$1').trim();
    // (A label an edit left with no name before its role, "**, Minister of Transport]:**", names nobody.)
    if (who === '' || who.split(/,\s*/)[0]!.trim() === '' || unidentified.has(who.toLowerCase())) {
      turn.label = record?.label ?? null;
      turn.function = oneOf(FUNCTIONS, record?.function) ?? null;
      continue; // No speaker: method unknown, as built.
    }
    const participant = speakerFor(participants, who);
    const paragraph = firstParagraph.get(turn)!;
    turn.speaker = participant.id;
    turn.label = typeof record?.label === 'string' ? record.label : null;
    turn.function = oneOf(FUNCTIONS, record?.function) ?? null;
    turn.attribution = editorAttribution(paragraph, participant, origin);
    diagnostics.push({
      severity: 'info',
      rule: 'editor-attribution',
      message: `Turn ${turn.id} (paragraph ${paragraph}): the label \u201c${label}\u201d gives it to ${participant.name} (attribution method editor).`,
      place: { line },
    });
  }
  const keptNotes = repairAttributionNotes(body, notes, speakerOfNote);

  // Metadata.
  const source = isRecord(data['source']) ? data['source'] : {};
  const written = stringOrNull(data['lang'])?.trim() ?? null;
  const tag = written !== null && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(written) ? written : null;
  if (written !== null && tag === null)
    diagnostics.push({
      severity: 'warning',
      rule: 'md-language',
      message: `The front matter's lang "${written}" is not a language tag; English is assumed.`,
    });
  const language = input.language ?? tag ?? 'en';
  const isoDate = (value: unknown) => {
    const text = stringOrNull(value);
    return text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
  };
  const subjects = Array.isArray(data['subjects'])
    ? data['subjects'].map(stringOrNull).filter((s): s is string => s !== null)
    : [];
  return {
    modelVersion: MODEL_VERSION,
    meta: {
      title: stringOrNull(data['title'])?.trim() || 'Transcript',
      kind: stringOrNull(data['kind']),
      date: isoDate(data['date']),
      time: stringOrNull(data['time']),
      place: stringOrNull(data['place']),
      language,
      languageSource: input.language
        ? 'option'
        : (oneOf(LANGUAGE_SOURCES, data['languageSource']) ?? (tag ? 'front-matter' : 'default')),
      subjects,
      source: {
        publisher: stringOrNull(source['publisher']),
        series: stringOrNull(source['series']),
        pageUpdated: isoDate(source['pageUpdated']),
        url: stringOrNull(source['url']),
        fileName: input.fileName,
        format: 'markdown',
        encoding: input.encoding,
        lineEndings: input.lineEndings,
        sha256: input.sha256,
      },
    },
    participants,
    body,
    notes: keptNotes,
    removed,
    changes: [],
    diagnostics,
  };
}

/** A heading the edition generates after the transcript ("## Speaker index", "## Kolophon"), in any catalogue. */
function isGeneratedHeading(line: string): boolean {
  const match = /^##[ \t]+(.+?)[ \t]*$/.exec(line);
  return (
    match !== null &&
    Object.values(CATALOGUES).some((m) => match[1] === m.labels.speakerIndex || match[1] === m.labels.colophon)
  );
}

/**
 * Without its begin mark, the title page is the blocks after the front matter that the edition
 * writes there: the `# Title`, the `*subtitle*`, the `**Participants:**` line. The index of the
 * last line before the transcript's first block.
 */
function titlePageEnd(lines: readonly string[], frontMatterEnd: number): number {
  const participants = Object.values(CATALOGUES).map((m) => `**${m.labels.participants}:**`);
  // The three kinds of line, in the order the edition writes them; each may be missing.
  const stages = [
    (line: string) => /^#[ \t]/.test(line),
    (line: string) => /^\*[^*].*\*$/.test(line),
    (line: string) => participants.some((word) => line.startsWith(word)),
  ];
  let last = frontMatterEnd;
  let stage = 0;
  for (let i = frontMatterEnd + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    while (stage < stages.length && !stages[stage]!(line)) stage++;
    if (stage === stages.length) return last;
    stage++;
    last = i;
  }
  return last;
}

/**
 * The participant a label an editor wrote names: the whole label, else it without the parts
 * after its last commas ("Lord Robertson, Secretary General, NATO" → "Lord Robertson"), else a
 * new person named by the part before the first comma, with the rest as their role.
 */
function speakerFor(participants: Participant[], who: string): Participant {
  const parts = who.split(/,\s*/);
  for (let n = parts.length; n >= 1; n--) {
    const found = findParticipant(participants, parts.slice(0, n).join(', '));
    if (found) return found;
  }
  const { participant, created } = participantForEditor(participants, parts[0]!);
  if (created && parts.length > 1 && participant.kind === 'person') participant.role = parts.slice(1).join(', ');
  return participant;
}

/** Ids from position, as the normaliser gives them (`t1`, `h1`, `d1`, `s1`, depth first). */
function numberBlocks(blocks: Block[], counters = { t: 0, h: 0, d: 0, s: 0 }): void {
  for (const block of blocks) {
    if (block.type === 'turn') block.id = `t${++counters.t}`;
    else if (block.type === 'heading') block.id = `h${++counters.h}`;
    else if (block.type === 'stageDirection') block.id = `d${++counters.d}`;
    else {
      block.id = `s${++counters.s}`;
      numberBlocks(block.body, counters);
    }
  }
}

/** The number of each turn's first paragraph. */
function paragraphNumbers(
  blocks: readonly Block[],
  into = new Map<Turn, number>(),
  seen = { n: 0 },
): Map<Turn, number> {
  for (const block of blocks) {
    if (block.type === 'turn') {
      into.set(block, seen.n + 1);
      seen.n += block.paragraphs.length;
    } else if (block.type === 'section') paragraphNumbers(block.body, into, seen);
  }
  return into;
}
