/**
 * @module render/epub/chapters
 * Lays the transcript's fragments out in XHTML files so that no file is larger than
 * `theme.epub.maxChapterBytes`: files break at sections and headings where one falls in the
 * second half of a full file, else between turns, and a turn too long for any file is cut
 * between paragraphs. A heading never ends a file. Footnotes (theme placement `footnote`) go
 * into the file of their first reference and count towards its size.
 */
import type { Fragment, SectionFrame } from './handlers.js';

/** Size of a fragment in the file, with its footnotes when they travel with it. */
export type FragmentSize = (fragment: Fragment) => number;

function isBreakBefore(fragment: Fragment): boolean {
  return fragment.kind === 'section' || fragment.kind === 'heading';
}

/** Bytes of the section tags a file needs around its fragments (opening and closing). */
export function sectionOverhead(fragments: readonly Fragment[]): number {
  let bytes = 0;
  const seen = new Set<string>();
  for (const fragment of fragments) {
    for (const frame of fragment.sections) {
      if (seen.has(frame.id)) continue;
      seen.add(frame.id);
      bytes += Math.max(Buffer.byteLength(frame.open), Buffer.byteLength(frame.reopen)) + '</section>\n'.length;
    }
  }
  return bytes;
}

/**
 * Split fragments into files of at most `budget` bytes each (fragments' own sizes plus section
 * tags). A single fragment larger than the budget gets a file of its own.
 */
export function planChapters(fragments: readonly Fragment[], budget: number, size: FragmentSize): Fragment[][] {
  const sizes = new Map<Fragment, number>();
  const sizeOf = (f: Fragment): number => {
    let n = sizes.get(f);
    if (n === undefined) sizes.set(f, (n = size(f)));
    return n;
  };
  const frameBytes = (frame: SectionFrame) =>
    Math.max(Buffer.byteLength(frame.open), Buffer.byteLength(frame.reopen)) + '</section>\n'.length;
  const files: Fragment[][] = [];
  let current: Fragment[] = [];
  let bytes = 0;
  let frames = new Set<string>();

  const addCost = (fragment: Fragment) =>
    sizeOf(fragment) + fragment.sections.filter((f) => !frames.has(f.id)).reduce((n, f) => n + frameBytes(f), 0);
  const recount = () => {
    frames = new Set(current.flatMap((f) => f.sections.map((s) => s.id)));
    bytes = current.reduce((n, f) => n + sizeOf(f), 0) + sectionOverhead(current);
  };
  const flush = (cut: number) => {
    let head = current.slice(0, cut);
    let tail = current.slice(cut);
    // A heading or section title never ends a file: it moves on with what it introduces.
    while (head.length > 1 && isBreakBefore(head[head.length - 1]!)) {
      tail = [head[head.length - 1]!, ...tail];
      head = head.slice(0, -1);
    }
    files.push(head);
    current = tail;
    recount();
  };

  for (const fragment of fragments) {
    if (current.length > 0 && bytes + addCost(fragment) > budget) {
      // Prefer a break before a section or heading in the second half of the file.
      let cut = current.length;
      let running = 0;
      for (let i = 0; i < current.length; i++) {
        if (i > 0 && isBreakBefore(current[i]!) && running >= budget / 2) cut = i;
        running += sizeOf(current[i]!);
      }
      flush(cut);
      while (current.length > 0 && bytes + addCost(fragment) > budget) flush(current.length);
    }
    bytes += addCost(fragment);
    for (const frame of fragment.sections) frames.add(frame.id);
    current.push(fragment);
  }
  if (current.length > 0) files.push(current);
  return files;
}

/** Open and close section tags around a file's fragments; sections begun in an earlier file are reopened. */
export function assembleBody(fragments: readonly Fragment[], started: Set<string>): string {
  const open: SectionFrame[] = [];
  let out = '';
  for (const fragment of fragments) {
    const frames = fragment.sections;
    let common = 0;
    while (common < open.length && common < frames.length && open[common]!.id === frames[common]!.id) common++;
    while (open.length > common) {
      open.pop();
      out += '</section>\n';
    }
    for (let i = common; i < frames.length; i++) {
      const frame = frames[i]!;
      out += started.has(frame.id) ? frame.reopen : frame.open;
      started.add(frame.id);
      open.push(frame);
    }
    out += fragment.html;
  }
  while (open.length > 0) {
    open.pop();
    out += '</section>\n';
  }
  return out;
}
