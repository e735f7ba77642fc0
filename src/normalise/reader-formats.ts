/**
 * @module normalise/reader-formats
 * Every format Verbatim reads, with a name for people and the file-name extensions that usually
 * carry it, for `verbatim formats`: the text-like readers, then each structured reader of
 * `readers/structured-readers.ts` in the order they are tried. The reader is always chosen from
 * the content; the extensions only say what to expect.
 */
import type { SourceFormat } from '../model/nodes.js';
import { STRUCTURED_READERS } from './readers/structured-readers.js';

/** One format the normaliser reads. */
export interface ReaderFormat {
  /** `meta.source.format` of what it reads. */
  format: SourceFormat;
  /** Name for people. */
  title: string;
  /** Usual file-name extensions, lower case with the dot. */
  extensions: readonly string[];
}

const TEXT_FORMATS: readonly ReaderFormat[] = [
  { format: 'text', title: 'Plain text transcript', extensions: ['.txt'] },
  { format: 'markdown', title: 'Markdown transcript', extensions: ['.md', '.markdown'] },
  { format: 'webvtt', title: 'WebVTT captions', extensions: ['.vtt'] },
  { format: 'srt', title: 'SRT subtitles', extensions: ['.srt'] },
  { format: 'docx', title: 'Word document (.docx)', extensions: ['.docx'] },
  { format: 'html', title: 'Web page (HTML)', extensions: ['.html', '.htm', '.xhtml'] },
  {
    format: 'csv',
    title: 'Spreadsheet export (CSV, TSV) with speaker and words columns',
    extensions: ['.csv', '.tsv'],
  },
  {
    format: 'segments-json',
    title: 'JSON list of segments with speaker and words (Podcasting 2.0 transcript, exports)',
    extensions: ['.json'],
  },
  {
    format: 'xml-text',
    title: 'A printed transcript held as the text of one XML element (parliaments’ open data)',
    extensions: ['.xml'],
  },
  { format: 'model', title: 'Verbatim model JSON', extensions: ['.json'] },
];

/** Every format read, text-like first. */
export function readerFormats(): ReaderFormat[] {
  return [
    ...TEXT_FORMATS,
    ...STRUCTURED_READERS.map((reader) => ({
      format: reader.format,
      title: reader.title,
      extensions: reader.extensions,
    })),
  ];
}
