/**
 * @module render/pdf/paginate
 * Pagination of the galley: fills pages with lines and keeps the rules a typesetter would —
 * no orphan or widow (a paragraph split across pages keeps at least two lines on each side;
 * a paragraph of three lines or fewer is never split), a speaker label never ends a page (it
 * starts its paragraph, which keeps at least two lines), headings and block labels keep with
 * what follows, no hyphen on the last line of a page (the paragraph is set again), and every
 * footnote on the page of its reference, under a short rule at the foot. Nothing is ever set
 * below the text block: a block that may not be split (a title, a heading, a participant)
 * but is taller than a whole page is split like a paragraph rather than cut. Pure: galley in,
 * pages out, so tests can inspect the layout before anything is drawn.
 */
import type { EditionNote } from '../edition/edition.js';
import type { GalleyBlock, GalleyLine } from './galley.js';

/** A line placed on a page. */
export interface PlacedLine {
  line: GalleyLine;
  /** The galley block it belongs to (index into the galley). */
  block: number;
  /** Index of the line within its block. */
  index: number;
  /** Top of the line, from the top of the text block. */
  top: number;
}

/** A footnote placed at the foot of a page. */
export interface PlacedNote {
  note: EditionNote;
  lines: GalleyLine[];
  /** Top of the note's first line, from the top of the text block. */
  top: number;
}

/** One page. */
export interface LaidOutPage {
  /** 1-based page number. */
  number: number;
  lines: PlacedLine[];
  notes: PlacedNote[];
}

/** Footnote settings. */
export interface NoteArea {
  /** Set lines of each note (number prefix included). */
  lines: Map<string, GalleyLine[]>;
  /** Space between the body and the rule, and the rule and the first note. */
  separator: number;
  /** Space between two notes. */
  gap: number;
  /** Place notes at the foot of the page (false: endnotes, set elsewhere). */
  footnotes: boolean;
}

function height(lines: GalleyLine[]): number {
  return lines.reduce((h, l) => h + l.height, 0);
}

class PageBuilder {
  readonly pages: LaidOutPage[] = [];
  private page: LaidOutPage;
  private y = 0;

  constructor(
    private readonly capacity: number,
    private readonly notes: NoteArea,
    private readonly notesById: Map<string, EditionNote>,
    firstPageNumber: number,
    firstPageTop: number,
  ) {
    this.page = { number: firstPageNumber, lines: [], notes: [] };
    this.y = firstPageTop;
  }

  get empty(): boolean {
    return this.page.lines.length === 0;
  }

  /** Height the foot notes take with these extra note ids added. */
  private noteHeight(extra: string[]): number {
    if (!this.notes.footnotes) return 0;
    const ids = [
      ...this.page.notes.map((n) => n.note.id),
      ...extra.filter((id) => !this.page.notes.some((n) => n.note.id === id)),
    ];
    if (ids.length === 0) return 0;
    const body = ids.reduce((h, id) => h + height(this.notes.lines.get(id) ?? []), 0);
    return this.notes.separator * 2 + body + this.notes.gap * (ids.length - 1);
  }

  /** Whether lines fit below the cursor (with `space` first) with their notes. */
  fits(lines: GalleyLine[], space: number): boolean {
    const notes = lines.flatMap((l) => l.noteIds);
    return this.y + (this.empty ? 0 : space) + height(lines) <= this.capacity - this.noteHeight(notes) + 0.01;
  }

  /** How many of the lines fit (greedy, with their notes). */
  fitting(lines: GalleyLine[], space: number): number {
    let n = 0;
    while (n < lines.length && this.fits(lines.slice(0, n + 1), space)) n++;
    return n;
  }

  place(lines: GalleyLine[], block: number, firstIndex: number, space: number): void {
    if (!this.empty) this.y += space;
    lines.forEach((line, i) => {
      this.page.lines.push({ line, block, index: firstIndex + i, top: this.y });
      this.y += line.height;
      if (this.notes.footnotes) {
        for (const id of line.noteIds) {
          if (this.page.notes.some((n) => n.note.id === id)) continue;
          const note = this.notesById.get(id);
          if (note) this.page.notes.push({ note, lines: this.notes.lines.get(id) ?? [], top: 0 });
        }
      }
    });
  }

  newPage(): void {
    this.close();
    this.page = { number: this.page.number + 1, lines: [], notes: [] };
    this.y = 0;
  }

  close(): void {
    if (this.page.lines.length === 0 && this.page.notes.length === 0) return;
    // Footnotes stack up from the foot of the text block.
    let top = this.capacity - this.noteHeight([]) + this.notes.separator * 2;
    for (const note of this.page.notes) {
      note.top = top;
      top += height(note.lines) + this.notes.gap;
    }
    if (this.pages[this.pages.length - 1] !== this.page) this.pages.push(this.page);
  }
}

/** Minimum lines of a split paragraph on each page. */
export const MIN_LINES = 2;

/**
 * Lay the galley out on pages of `capacity` points of text block height. `firstPageTop` starts
 * the first page that far down (the title page's drop; keep it below `capacity`).
 */
export function paginate(
  galley: GalleyBlock[],
  capacity: number,
  notes: NoteArea,
  notesById: Map<string, EditionNote>,
  firstPageNumber: number,
  firstPageTop = 0,
): LaidOutPage[] {
  const builder = new PageBuilder(capacity, notes, notesById, firstPageNumber, firstPageTop);
  for (let b = 0; b < galley.length; b++) {
    const block = galley[b]!;
    if (block.pageBreakBefore && !builder.empty) builder.newPage();
    if (block.lines.length === 0) continue;

    if (block.keepWithNext) {
      // The block, any blocks kept with it (a run of headings), and the first lines of what
      // follows must share a page — unless what follows starts a page of its own anyway.
      const together: GalleyLine[] = [];
      let space = block.spaceBefore;
      let n = b;
      for (; n < galley.length && galley[n]!.keepWithNext; n++) {
        together.push(...galley[n]!.lines);
        if (n > b) space += galley[n]!.spaceBefore;
      }
      const next = galley[n];
      if (next && !next.pageBreakBefore) {
        together.push(...next.lines.slice(0, next.breakable && next.lines.length > 3 ? MIN_LINES : next.lines.length));
        space += next.spaceBefore;
      }
      if (!builder.fits(together, space) && !builder.empty) builder.newPage();
    }

    if (!block.breakable) {
      if (!builder.fits(block.lines, block.spaceBefore) && !builder.empty) builder.newPage();
      if (builder.fits(block.lines, block.spaceBefore)) {
        builder.place(block.lines, b, 0, block.spaceBefore);
        continue;
      }
      // Taller than a page: split it like a paragraph rather than set it past the foot.
    }

    let lines = block.lines;
    let start = 0; // index in the (possibly re-broken) block of the first line still to place
    let space = block.spaceBefore;
    let rebreaks = 0;
    while (start < lines.length) {
      const rest = lines.slice(start);
      const fit = builder.fitting(rest, space);
      if (fit >= rest.length) {
        builder.place(rest, b, start, space);
        break;
      }
      // Split: at least MIN_LINES here and MIN_LINES on the next page.
      let take = Math.min(fit, rest.length - MIN_LINES);
      if (take < MIN_LINES) {
        if (builder.empty) {
          // A page cannot hold even two lines with their notes: set what fits, nothing else is possible.
          take = Math.max(1, fit);
        } else {
          builder.newPage();
          space = 0;
          continue;
        }
      }
      // No hyphen on the last line of a page: first try ending the page a line or two earlier…
      let earlier = take;
      while (earlier > MIN_LINES && rest[earlier - 1]!.broken.hyphenated) earlier--;
      if (!rest[earlier - 1]!.broken.hyphenated) take = earlier;
      const last = rest[take - 1]!;
      // …else set the paragraph again without a hyphen there.
      if (last.broken.hyphenated && block.rebreak && rebreaks < 3) {
        rebreaks++;
        const lineIndex = start + take - 1;
        const again = block.rebreak(lineIndex);
        // Lines already on earlier pages must not change.
        const samePrefix = lines.slice(0, start).every((line, i) => again[i]?.broken.text === line.broken.text);
        if (again.length > 0 && samePrefix && !again[lineIndex]?.broken.hyphenated) {
          lines = again;
          block.lines = again;
          continue;
        }
      }
      builder.place(rest.slice(0, take), b, start, space);
      start += take;
      builder.newPage();
      space = 0;
    }
  }
  builder.close();
  return builder.pages;
}
