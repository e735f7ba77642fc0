/**
 * @module normalise/passes/show-notes
 * Pass `show-notes`: a podcast or video page prints its notes before the transcript — a
 * summary, links to the people, `**News:**`, `**Resources:**` and `**If you enjoyed this
 * episode then please either:**` over lists of links — and often a line announcing the
 * transcript (`**TRANSCRIPT BELOW:**`, `## Full transcript`). Two rules keep those notes from
 * becoming speakers:
 *
 * - A line announcing the transcript, followed by a labelled line, ends the notes: it and every
 *   line before it go to `removed[]` (reasons `transcript-marker` and `show-notes`), unless a
 *   label before it introduces speech by a speaker labelled again after it (then the page has
 *   speech before the marker, and nothing is taken).
 * - A bold label-shaped line alone on its line (`**Resources:**`) whose next line is a list
 *   item or a link is a section heading, not a speaker (info diagnostic `section-heading`),
 *   unless its words are labelled elsewhere with speech. Before anyone speaks, it and its list
 *   go to `removed[]` (reason `show-notes`); later it becomes a Markdown heading (change
 *   `section-heading`).
 */
import type { Change, Diagnostic, Removed } from '../../model/nodes.js';
import { change, diagnostic, placeOf, removal, type Draft, type Pass, type SourceLine } from '../draft.js';
import { labelAt, labelKey } from '../labels.js';

/**
 * A line that only announces the transcript: `**TRANSCRIPT BELOW:**`, `## Full transcript`,
 * `Transcript:`, `Full Conference Call Transcript`.
 */
const TRANSCRIPT_MARKER =
  /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:(?:read\s+the|the|full|complete|edited|episode|podcast|show|interview|video|conference|earnings|call|press|news|briefing|hearing|meeting|debate|speech|lecture|talk|panel)\s+){0,3}transcript(?:ion)?(?:\s+(?:below|follows|of\s+the\s+(?:episode|show|conversation|interview)))?\s*:?\s*(?:\*\*|__)?\s*:?\s*$/i;

/** A list item or a line that is a link: what a section heading of show notes stands over. */
const LIST_OR_LINK = /^\s*(?:[-*+•]\s+\S|\d{1,2}[.)]\s+\S|\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+>?\s*$)/;

function nextNonBlank(lines: SourceLine[], index: number): number {
  let i = index + 1;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  return i < lines.length ? i : -1;
}

/**
 * The label of a section heading of the page at `index` — a bold label-shaped line alone on its
 * line over a list item or a link (`**Resources:**`) — or null.
 */
export function sectionHeadingAt(lines: SourceLine[], index: number): string | null {
  const candidate = labelAt(lines[index]!.text);
  if (!candidate || candidate.form !== 'bold' || candidate.rest.trim() !== '') return null;
  const next = nextNonBlank(lines, index);
  return next >= 0 && LIST_OR_LINK.test(lines[next]!.text) ? candidate.label : null;
}

/** Keys of labels printed with words after them (speech) from `from` on. */
function spokenLabelKeys(lines: SourceLine[], from: number, to = lines.length): Set<string> {
  const keys = new Set<string>();
  for (let i = from; i < to; i++) {
    const candidate = labelAt(lines[i]!.text);
    if (candidate && candidate.rest.trim() !== '') keys.add(labelKey(candidate.label));
  }
  return keys;
}

/** The index of the line announcing the transcript after the notes, or -1. */
function transcriptMarker(lines: SourceLine[]): number {
  for (let index = 0; index < lines.length; index++) {
    if (!TRANSCRIPT_MARKER.test(lines[index]!.text)) continue;
    const next = nextNonBlank(lines, index);
    if (next < 0 || !labelAt(lines[next]!.text)) continue;
    const notes = lines.slice(0, index).some((line) => line.text.trim() !== '');
    if (!notes) return -1;
    const after = spokenLabelKeys(lines, next);
    const speechBefore = [...spokenLabelKeys(lines, 0, index)].some((key) => after.has(key));
    return speechBefore ? -1 : index;
  }
  return -1;
}

export const showNotes: Pass = {
  name: 'show-notes',
  run(draft: Draft): Draft {
    let lines = draft.lines;
    const removed: Removed[] = [];
    const changes: Change[] = [];
    const diagnostics: Diagnostic[] = [];
    const marker = transcriptMarker(lines);
    if (marker >= 0) {
      const notes = lines.slice(0, marker);
      const first = notes.find((line) => line.text.trim() !== '')!;
      const last = notes.findLast((line) => line.text.trim() !== '')!;
      removed.push(
        removal(
          notes
            .slice(notes.indexOf(first), notes.indexOf(last) + 1)
            .map((line) => line.text)
            .join('\n'),
          'show-notes',
          'Notes printed before the line announcing the transcript: the page’s, not speech.',
          placeOf(first.no, last.no),
        ),
        removal(
          lines[marker]!.text,
          'transcript-marker',
          'The line announcing that the transcript follows.',
          placeOf(lines[marker]!.no),
        ),
      );
      lines = lines.slice(marker + 1);
    }
    const spoken = spokenLabelKeys(lines, 0);
    const firstSpeech = lines.findIndex((line) => (labelAt(line.text)?.rest.trim() ?? '') !== '');
    const drop = new Set<number>();
    const headings = new Map<number, string>();
    lines.forEach((line, index) => {
      const label = sectionHeadingAt(lines, index);
      if (label === null || spoken.has(labelKey(label))) return;
      const next = nextNonBlank(lines, index);
      diagnostics.push(
        diagnostic(
          'info',
          'section-heading',
          `“${label}:” stands in bold over a list or links: a section heading of the page, not a speaker.`,
          placeOf(line.no),
        ),
      );
      if (firstSpeech < 0 || index < firstSpeech) {
        // Before anyone speaks, the heading and its list are the page's notes.
        let end = next;
        for (let i = next; i < lines.length && (i < firstSpeech || firstSpeech < 0); i++) {
          if (lines[i]!.text.trim() === '') continue;
          if (!LIST_OR_LINK.test(lines[i]!.text)) break;
          end = i;
        }
        for (let i = index; i <= end; i++) drop.add(i);
        removed.push(
          removal(
            lines
              .slice(index, end + 1)
              .map((l) => l.text)
              .join('\n'),
            'show-notes',
            `“${label}:” over a list or links, before anyone speaks: a section of the page’s notes, not speech.`,
            placeOf(line.no, lines[end]!.no),
          ),
        );
        return;
      }
      const heading = `### ${label}`;
      changes.push(change('section-heading', line.text.trim(), heading, placeOf(line.no)));
      headings.set(index, heading);
    });
    lines = lines
      .map((line, index) => (headings.has(index) ? { ...line, text: headings.get(index)! } : line))
      .filter((_, index) => !drop.has(index));
    if (removed.length === 0 && changes.length === 0) return draft;
    return {
      ...draft,
      lines,
      removed: [...draft.removed, ...removed],
      changes: [...draft.changes, ...changes],
      diagnostics: [...draft.diagnostics, ...diagnostics],
    };
  },
};
