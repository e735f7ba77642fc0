/**
 * @module normalise/readers/xml-wrapped-text
 * XML that no structured reader knows may still be a printed transcript in a wrapper: a
 * parliament's open-data file that holds the whole printed record as the text of one element
 * (`<DOKUMENT><TITEL>…</TITEL><DATUM>…</DATUM><TEXT>Deutscher Bundestag — 44. Sitzung …</TEXT>`).
 * Where one element's text is at least four fifths of all the text the file holds, and runs over
 * many lines, that text is the transcript: it is read as plain text is, every line kept on its
 * own line number (the lines before it are left empty), and the wrapper's other elements are
 * recorded in `removed[]` (`xml-wrapper`), their title and date read as metadata. A file cut off
 * before its closing tags (a copy of the first pages) is read as far as it goes. Anything else —
 * XML whose text is spread over many elements, or a few lines — is refused as before.
 */
import { SaxesParser } from 'saxes';
import { isoDateOf } from '../dates.js';
import { removal, placeOf, type Draft, type SourceLine } from '../draft.js';

/** The transcript text an XML wrapper holds, and what else it says. */
export interface WrappedText {
  /** The element that holds the text. */
  element: string;
  /** The text, preceded by empty lines so that each line keeps its line number in the file. */
  text: string;
  /** The other elements with text: name and text, in document order. */
  fields: { name: string; value: string; line: number }[];
  /** The file's lines before the one the text starts on. */
  wrapperLines: number;
  /** The title a field of the wrapper gives (`<TITEL>`, `<title>`), if any. */
  title: string | null;
}

/** Wrapper fields that name the record, and that date it. */
const TITLE_FIELD = /^(?:title|titel|titre|titolo|titulo|título)$/i;
const DATE_FIELD = /^(?:date|datum|fecha|data|sitting_date|sitzungsdatum)$/i;

/** The text must be at least this share of all the file's text. */
const MIN_SHARE = 0.8;
/** And run over at least this many lines. */
const MIN_LINES = 20;

/** The transcript an XML file wraps as the text of one element; null where it holds none. */
export function wrappedText(xml: string): WrappedText | null {
  const parser = new SaxesParser({ position: true });
  const stack: { name: string; text: string[]; line: number; column: number }[] = [];
  const texts: { name: string; value: string; line: number; column: number }[] = [];
  let failed = false;
  let truncated = false;
  parser.on('opentag', (tag) => stack.push({ name: tag.name, text: [], line: parser.line, column: parser.column }));
  parser.on('text', (text) => stack.at(-1)?.text.push(text));
  parser.on('cdata', (text) => stack.at(-1)?.text.push(text));
  const close = () => {
    const element = stack.pop();
    if (!element) return;
    const value = element.text.join('');
    if (value.trim() !== '') texts.push({ name: element.name, value, line: element.line, column: element.column });
  };
  parser.on('closetag', close);
  parser.on('error', (error) => {
    // A file cut off: its elements are unclosed at the end, and everything before was read.
    if (/unclosed tag|unexpected end/i.test(error.message)) truncated = true;
    else failed = true;
  });
  try {
    parser.write(xml).close();
  } catch {
    failed = true;
  }
  if (failed) return null;
  if (truncated) while (stack.length > 0) close();
  const total = texts.reduce((sum, t) => sum + t.value.trim().length, 0);
  const main = [...texts].sort((a, b) => b.value.length - a.value.length)[0];
  if (!main || main.value.trim().length < total * MIN_SHARE) return null;
  if (main.value.split('\n').length < MIN_LINES) return null;
  // The text starts on the line of its start tag, right after it: that line keeps only the text.
  const startLine = main.line;
  return {
    element: main.name,
    text: '\n'.repeat(startLine - 1) + main.value,
    fields: texts.filter((t) => t !== main).map(({ name, value, line }) => ({ name, value: value.trim(), line })),
    wrapperLines: startLine - 1,
    title: texts.find((t) => t !== main && TITLE_FIELD.test(t.name))?.value.trim() ?? null,
  };
}

/**
 * The draft of a wrapped transcript, its lines already the text's: the wrapper (the file's lines
 * before the text, and after it) recorded in `removed[]` as `xml-wrapper`, its date field read
 * as metadata (its title is given by `wrapper-title` where the text's title block gives none).
 */
export function withXmlWrapper(draft: Draft, wrapped: WrappedText, fileLines: readonly SourceLine[]): Draft {
  const harvested: Record<string, string> = {};
  const meta = { ...draft.meta };
  const date = wrapped.fields.map((f) => (DATE_FIELD.test(f.name) ? isoDateOf(f.value) : null)).find((d) => d);
  if (date && meta.date === null) harvested['meta.date'] = meta.date = date;
  const textLines = wrapped.text.split(/\r+\n|\r|\n/).length;
  const before = fileLines.slice(0, wrapped.wrapperLines + 1);
  const after = fileLines.slice(textLines);
  const removed = [
    removal(
      before.map((l) => l.text).join('\n'),
      'xml-wrapper',
      `The XML around the transcript, which is the text of its <${wrapped.element}> element (the first line kept from the start tag on); its fields: ${wrapped.fields.map((f) => f.name).join(', ') || 'none'}.`,
      placeOf(1, wrapped.wrapperLines + 1),
      harvested,
    ),
  ];
  if (after.some((l) => l.text.trim() !== ''))
    removed.push(
      removal(
        after.map((l) => l.text).join('\n'),
        'xml-wrapper',
        `The XML after the transcript's <${wrapped.element}> element.`,
        placeOf(after[0]!.no, after.at(-1)!.no),
      ),
    );
  return { ...draft, meta, removed: [...draft.removed, ...removed] };
}
