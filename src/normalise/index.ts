/**
 * @module normalise
 * `normalise(input, options)`: any raw transcript in, one documented model out. Picks a
 * reader (model JSON, Verbatim's own Markdown edition, a structured export of
 * `readers/structured.ts`, a web page (`readers/html.ts`), WebVTT/SRT captions, or plain
 * text/Markdown), then runs the ordered passes of `passes/index.ts`. It never throws on
 * text: odd input becomes diagnostics. Bytes that are not text at all (`normaliseBytes`), and
 * JSON or XML that is no format Verbatim reads, raise `UnreadableInputError`.
 */
import { basename, extname } from 'node:path';
import { UnreadableInputError } from '../errors.js';
import { MODEL_VERSION, type LineEndings, type SourceFormat, type Transcript } from '../model/nodes.js';
import { checkTranscript } from '../model/json.js';
import iconv from 'iconv-lite';
import { decodeBytes, looksBinary, sha256Hex, type DecodedInput } from './decode.js';
import { change, diagnostic, emptyMeta, type Draft, type DraftOptions, type Pass, type SourceLine } from './draft.js';
import { BLOCK_PASSES, LINE_PASSES, STRUCTURED_PASSES } from './passes/index.js';
import { structuredSyntax } from './readers/structured.js';
import { structuredReaderFor } from './readers/structured-readers.js';
import { docxToMarkdown, looksLikeDocx } from './readers/docx.js';
import { looksLikeSubtitles, readSubtitles } from './readers/subtitles.js';
import { isCuelessWebvtt, readCuelessWebvtt } from './readers/cueless-webvtt.js';
import { looksLikeVerbatimMarkdown, readVerbatimMarkdown } from './readers/verbatim-markdown.js';
import { csvTableOf, readCsv } from './readers/csv.js';
import { readJsonSegments } from './readers/json-segments.js';
import { withXmlWrapper, wrappedText } from './readers/xml-wrapped-text.js';
import { declaredCharset, looksLikeHtml, readHtml } from './readers/html.js';
import { wrapperTitle } from './passes/wrapper-title.js';

/** Options of the normaliser. */
export interface NormaliseOptions {
  /** Name of the input file (its base name is recorded; its extension picks the reader). */
  fileName?: string;
  /** Force the language (BCP 47); otherwise front matter, then detection. */
  language?: string;
  /** Force a reader instead of detecting one. */
  format?: Exclude<SourceFormat, 'model'>;
  /**
   * Captions only: a silence between cues longer than this many seconds starts a new paragraph
   * (default 2). Independent of any theme: it decides the model's paragraphs.
   */
  paragraphPause?: number;
}

interface DecodedText {
  text: string;
  encoding: string;
  sha256: string;
  encodingGuessed: boolean;
}

function splitLines(text: string): {
  lines: SourceLine[];
  endings: LineEndings;
  counts: { crlf: number; cr: number; lf: number; doubled: number };
} {
  // (A CRLF file saved again as CRLF ends its lines `\r\r\n`: one line break, not two.)
  const crlf = (text.match(/\r+\n/g) ?? []).length;
  const doubled = (text.match(/\r\r+\n/g) ?? []).length;
  const cr = (text.replace(/\r+\n/g, '\n').match(/\r/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  const endings: LineEndings = kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
  const lines = text.split(/\r+\n|\r|\n/).map((line, index) => ({ no: index + 1, text: line }));
  return { lines, endings, counts: { crlf, cr, lf, doubled } };
}

function pickFormat(
  text: string,
  fileName: string | undefined,
  forced: NormaliseOptions['format'],
): Exclude<SourceFormat, 'model'> {
  if (forced) return forced;
  // Headed `WEBVTT` with no cue anywhere: a labelled transcript, not empty captions.
  const cueless = isCuelessWebvtt(text);
  const subtitles = looksLikeSubtitles(text);
  if (subtitles && !cueless) return subtitles;
  const ext = fileName ? extname(fileName).toLowerCase() : '';
  if (ext === '.vtt' && !cueless) return 'webvtt';
  if (ext === '.srt') return 'srt';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return /^\s*\*\*[^*\n]{1,60}:\*\*/m.test(text.slice(0, 5000)) || /^#{1,3}\s/m.test(text.slice(0, 2000))
    ? 'markdown'
    : 'text';
}

/** True when text is the model's own JSON. */
function looksLikeModelJson(text: string): boolean {
  return /^\s*\{[\s\S]*"modelVersion"\s*:/.test(text.slice(0, 2000));
}

function normaliseDecoded(input: DecodedText, options: NormaliseOptions, sourceFormat?: SourceFormat): Transcript {
  if (looksLikeModelJson(input.text)) return checkTranscript(JSON.parse(input.text));
  if (!options.format && looksLikeVerbatimMarkdown(input.text)) {
    return readVerbatimMarkdown(input.text, {
      fileName: options.fileName ? basename(options.fileName) : null,
      encoding: input.encoding,
      sha256: input.sha256,
      lineEndings: splitLines(input.text).endings,
      ...(options.language ? { language: options.language } : {}),
    });
  }
  const structured = options.format ? null : structuredSyntax(input.text);
  const reader = structured ? structuredReaderFor(structured) : null;
  // A web page is read before JSON/XML of no known format is refused: XHTML is XML too.
  const html = !reader && !options.format && looksLikeHtml(input.text, options.fileName);
  // JSON no recogniser's reader knows may still list a transcript's segments (Podcasting 2.0, exports).
  const segments =
    structured?.syntax === 'json' && !reader && !html ? readJsonSegments(input.text, structured.value) : null;
  // XML no structured reader knows may still hold a printed transcript as one element's text.
  const wrapped = structured?.syntax === 'xml' && !reader && !html ? wrappedText(input.text) : null;
  if (structured && !reader && !html && !segments && !wrapped) {
    const what = structured.syntax === 'json' ? 'JSON' : 'XML';
    throw new UnreadableInputError(
      `the input is ${what} but not a transcript format Verbatim reads (\`verbatim formats\` lists them)`,
    );
  }
  const csvTable = !reader && !html && !segments && !options.format ? csvTableOf(input.text, options.fileName) : null;
  const format = reader
    ? reader.format
    : html
      ? 'html'
      : segments
        ? 'segments-json'
        : wrapped
          ? 'xml-text'
          : csvTable
            ? 'csv'
            : pickFormat(input.text, options.fileName, options.format);
  // (The file's own line endings, also where the lines read are an XML element's text, which XML reads as LF.)
  const file = splitLines(input.text);
  const { endings, counts } = file;
  const lines = wrapped ? splitLines(wrapped.text).lines : file.lines;
  const draftOptions: DraftOptions = {};
  if (options.language) draftOptions.language = options.language;
  if (options.paragraphPause !== undefined) draftOptions.paragraphPause = options.paragraphPause;
  let draft: Draft = {
    format,
    fileName: options.fileName ? basename(options.fileName) : null,
    encoding: input.encoding,
    sha256: input.sha256,
    lineEndings: endings,
    options: draftOptions,
    captionUnits: null,
    lines,
    segments: [],
    meta: emptyMeta(),
    participants: [],
    blocks: [],
    notes: [],
    removed: [],
    changes: [],
    diagnostics: [],
  };
  if (counts.crlf + counts.cr > 0) {
    const before = counts.doubled > counts.crlf / 2 ? '\r\r\n' : counts.crlf > 0 ? '\r\n' : '\r';
    draft.changes.push(change('line-endings', before, '\n', { line: 1 }, counts.crlf + counts.cr));
  }
  if (endings === 'mixed')
    draft.diagnostics.push(
      diagnostic(
        'info',
        'mixed-line-endings',
        `Mixed line endings (${counts.crlf} CRLF, ${counts.cr} CR, ${counts.lf} LF) were made uniform.`,
      ),
    );
  if (input.encodingGuessed)
    draft.diagnostics.push(
      diagnostic('info', 'encoding-guessed', `The input is not UTF-8; decoded as ${input.encoding} (detected).`),
    );
  if (looksBinary(input.text))
    draft.diagnostics.push(
      diagnostic('warning', 'looks-binary', 'The input has many control characters; it may not be a text transcript.'),
    );

  let passes: readonly Pass[] =
    format === 'webvtt' || format === 'srt' ? BLOCK_PASSES : [...LINE_PASSES, ...BLOCK_PASSES];
  if (reader && structured) {
    draft = reader.read({ ...draft, lines: [] }, structured);
    passes = STRUCTURED_PASSES;
  } else if (format === 'webvtt' || format === 'srt') {
    draft = LINE_PASSES[0]!.run(draft);
    draft = readSubtitles(draft);
  } else if (format === 'html') {
    const page = readHtml(input.text);
    draft = {
      ...draft,
      lines: page.lines,
      removed: [...draft.removed, ...page.removed],
      changes: [...draft.changes, ...page.changes],
    };
    // The page's <title> is the title only when the text gives none: just before finish-meta composes one.
    const finish = passes.findIndex((pass) => pass.name === 'finish-meta');
    passes = [...passes.slice(0, finish), wrapperTitle(page.title, 'html-head'), ...passes.slice(finish)];
  } else if (segments || csvTable) {
    const table = segments ?? readCsv(csvTable!);
    draft = {
      ...draft,
      lines: table.lines,
      participants: table.participants,
      removed: [...draft.removed, ...table.removed],
    };
  } else if (wrapped) {
    draft = withXmlWrapper(draft, wrapped, file.lines);
    // (The wrapper's title only where the text's own title block gives none.)
    const finish = passes.findIndex((pass) => pass.name === 'finish-meta');
    passes = [...passes.slice(0, finish), wrapperTitle(wrapped.title, 'xml-wrapper'), ...passes.slice(finish)];
  } else if (isCuelessWebvtt(input.text)) {
    draft = readCuelessWebvtt(draft);
  }
  for (const pass of passes) draft = pass.run(draft);

  const meta = draft.meta;
  return {
    modelVersion: MODEL_VERSION,
    meta: {
      title: meta.title ?? 'Transcript',
      kind: meta.kind,
      date: meta.date,
      time: meta.time,
      place: meta.place,
      language: meta.language ?? 'en',
      languageSource: meta.languageSource ?? 'default',
      subjects: meta.subjects,
      source: {
        publisher: meta.publisher,
        series: meta.series,
        pageUpdated: meta.pageUpdated,
        url: meta.url,
        fileName: draft.fileName,
        format: sourceFormat ?? format,
        encoding: draft.encoding,
        lineEndings: draft.lineEndings,
        sha256: draft.sha256,
        ...(meta.tool !== null ? { tool: meta.tool } : {}),
      },
    },
    participants: draft.participants,
    body: draft.blocks.filter<Transcript['body'][number]>((b) => b.type !== 'draftTurn'),
    notes: draft.notes,
    removed: draft.removed,
    changes: draft.changes,
    diagnostics: draft.diagnostics,
  };
}

/**
 * Normalise transcript text. Never throws for text input, except that text which is model
 * JSON is checked as a model and rejected with `ModelError` when invalid, and JSON or XML of
 * no known format is refused with `UnreadableInputError`.
 */
export function normalise(text: string, options: NormaliseOptions = {}): Transcript {
  const bytes = Buffer.from(text, 'utf8');
  return normaliseDecoded(
    { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8', sha256: sha256Hex(bytes), encodingGuessed: false },
    options,
  );
}

/**
 * A web page whose bytes are not UTF-8 and which declares its charset (`<meta charset>`) is
 * decoded in that charset rather than in the detector's guess.
 */
function honourDeclaredCharset(bytes: Uint8Array, decoded: DecodedInput, options: NormaliseOptions): DecodedInput {
  if (!decoded.guessed || !looksLikeHtml(decoded.text, options.fileName)) return decoded;
  const declared = declaredCharset(bytes);
  if (declared === null || !iconv.encodingExists(declared)) return decoded;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { ...decoded, text: iconv.decode(buffer, declared), encoding: declared, guessed: false };
}

/**
 * Normalise transcript bytes (encoding detected). Throws `UnreadableInputError` for non-text,
 * and for a Word document, which only the asynchronous `normaliseDocx` / `normaliseFile` read.
 */
export function normaliseBytes(bytes: Uint8Array, options: NormaliseOptions = {}): Transcript {
  if (looksLikeDocx(bytes))
    throw new UnreadableInputError(
      'the input is a Word document (.docx): read it with normaliseFile or normaliseDocx, which are asynchronous',
    );
  const decoded = honourDeclaredCharset(bytes, decodeBytes(bytes), options);
  if (decoded.text.trim() === '') throw new UnreadableInputError('the input has no text (only white space)');
  if (
    /^SPEAKER\s+\S+\s+\d+\s+[\d.]+\s+[\d.]+\s/m.test(decoded.text.slice(0, 2000)) &&
    !/[a-z]{4,}\s+[a-z]{4,}\s+[a-z]{4,}/.test(decoded.text.replace(/^SPEAKER.*$/gm, ''))
  ) {
    throw new UnreadableInputError('the input is an RTTM diarization file (speaker times, no words), not a transcript');
  }
  if (looksBinary(decoded.text))
    throw new UnreadableInputError('the input is binary, not a text transcript (too many control characters)');
  return normaliseDecoded(
    { text: decoded.text, encoding: decoded.encoding, sha256: decoded.sha256, encodingGuessed: decoded.guessed },
    options,
  );
}

/**
 * Normalise a Word document (`.docx` bytes): its text, written as Markdown by
 * `readers/docx.ts`, goes through the Markdown pipeline; `meta.source.format` is `docx` and
 * `sha256` that of the document's bytes. Asynchronous because mammoth reads the zip so.
 */
export async function normaliseDocx(bytes: Uint8Array, options: NormaliseOptions = {}): Promise<Transcript> {
  let read: Awaited<ReturnType<typeof docxToMarkdown>>;
  try {
    read = await docxToMarkdown(bytes);
  } catch (error) {
    const reason = ((error as Error).message ?? String(error)).split('\n')[0];
    throw new UnreadableInputError(`the input looks like a Word document but cannot be read (${reason})`);
  }
  if (read.text.trim() === '') throw new UnreadableInputError('the Word document has no text');
  const transcript = normaliseDecoded(
    { text: read.text, encoding: 'utf-8', sha256: sha256Hex(bytes), encodingGuessed: false },
    { ...options, format: 'markdown' },
    'docx',
  );
  return {
    ...transcript,
    removed: [...read.removed, ...transcript.removed],
    diagnostics: [...read.diagnostics, ...transcript.diagnostics],
  };
}

/**
 * Normalise the bytes of any input file Verbatim reads: a Word document (`normaliseDocx`), or
 * text, captions and structured exports (`normaliseBytes`). The CLI and batch builds use this.
 */
export async function normaliseFile(bytes: Uint8Array, options: NormaliseOptions = {}): Promise<Transcript> {
  return looksLikeDocx(bytes) ? normaliseDocx(bytes, options) : normaliseBytes(bytes, options);
}
