/**
 * @module normalise/readers/cueless-webvtt
 * A file whose first line is `WEBVTT` but which holds no cue at all — no timing line
 * (`00:00:01.000 --> …`) anywhere, only `Name: text` lines, as some call exports save their chat
 * or transcript — is not empty captions: it is read as a plain labelled transcript. The header
 * (`WEBVTT` and the `Kind:` / `Language:` lines right under it) goes to `removed[]` (reason
 * `subtitle-header`), and an info diagnostic `webvtt-without-cues` says how the file was read.
 */
import { diagnostic, placeOf, removal, type Draft } from '../draft.js';

/** A cue timing line: `00:01.000 --> 00:04.000`, `00:00:01,000 --> 00:00:04,000`. */
const CUE_TIMING = /(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}/;
/** The file header's first line. */
const WEBVTT_HEADER = /^\uFEFF?WEBVTT(?:[ \t].*)?$/;
/** Header settings a WebVTT file may print under its first line. */
const HEADER_SETTING = /^\s*(?:Kind|Language):\s*\S+\s*$/i;

/** True for text headed `WEBVTT` with no cue timing anywhere. */
export function isCuelessWebvtt(text: string): boolean {
  return WEBVTT_HEADER.test(text.split(/\r\n|\r|\n/, 1)[0] ?? '') && !CUE_TIMING.test(text);
}

/** Takes the header of a cueless WebVTT file out of its lines, and says how the file is read. */
export function readCuelessWebvtt(draft: Draft): Draft {
  const first = draft.lines.findIndex((line) => line.text.trim() !== '');
  if (first < 0 || !WEBVTT_HEADER.test(draft.lines[first]!.text.trim())) return draft;
  let end = first;
  while (end + 1 < draft.lines.length && HEADER_SETTING.test(draft.lines[end + 1]!.text)) end++;
  const header = draft.lines.slice(first, end + 1);
  const language = /^\s*Language:\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\s*$/im.exec(
    header.map((line) => line.text).join('\n'),
  )?.[1];
  const meta =
    language && draft.meta.language === null
      ? { ...draft.meta, language, languageSource: 'front-matter' as const }
      : draft.meta;
  return {
    ...draft,
    meta,
    lines: [...draft.lines.slice(0, first), ...draft.lines.slice(end + 1)],
    removed: [
      ...draft.removed,
      removal(
        header.map((line) => line.text).join('\n'),
        'subtitle-header',
        'Caption file header, over a file with no cues.',
        placeOf(header[0]!.no, header[header.length - 1]!.no),
        language ? { 'meta.language': language } : undefined,
      ),
    ],
    diagnostics: [
      ...draft.diagnostics,
      diagnostic(
        'info',
        'webvtt-without-cues',
        'The file is headed “WEBVTT” but has no cues (no timing line anywhere): it was read as a plain transcript.',
        placeOf(header[0]!.no),
      ),
    ],
  };
}
