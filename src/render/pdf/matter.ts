/**
 * @module render/pdf/matter
 * Front and back matter of the PDF edition as galley blocks: the title page (title, subtitle,
 * participants in their speaker colours; `layout.ts` paginates it, onto more pages when a long
 * list of participants needs them), the speaker index (each participant with linked
 * paragraph ranges and word counts), endnotes when the theme asks for them, and the colophon
 * from the shared template.
 */
import { toPt } from '../../theme/units.js';
import type { TextRun } from './linebreak/knuth-plass.js';
import { plainBlock, runsBlock, runsOf, type GalleyBlock, type GalleyContext, type RunStyle } from './galley.js';

function heading(text: string, context: GalleyContext, outlineLevel: number): GalleyBlock {
  const { theme } = context.edition;
  const size = toPt(theme.headings.sizes[0]);
  const style: RunStyle = { face: 'heading', size, colour: theme.colours.text, role: 'heading', rise: 0 };
  const block = plainBlock(text, style, context, { type: 'H1', outline: { title: text, level: outlineLevel } }, 0, {
    ragged: true,
    leading: 1.25,
    hyphenate: false,
  });
  return { ...block, pageBreakBefore: true, keepWithNext: true, breakable: false, rebreak: null };
}

/** The title page's blocks (title and subtitle never hyphenated; paginated apart from the body). */
export function titlePageBlocks(context: GalleyContext): GalleyBlock[] {
  const { edition } = context;
  const { theme } = edition;
  const blocks: GalleyBlock[] = [];
  const titleSize = toPt(theme.title.size);
  const title = plainBlock(
    edition.title,
    { face: 'title', size: titleSize, colour: theme.colours.text, role: 'title', rise: 0 },
    context,
    { type: 'Title', outline: { title: edition.title, level: 0 } },
    0,
    { ragged: true, leading: 1.2, hyphenate: false },
  );
  blocks.push({ ...title, breakable: false, rebreak: null });
  if (edition.subtitle) {
    const sub = plainBlock(
      edition.subtitle,
      { face: 'furniture', size: context.textSize * 1.15, colour: theme.colours.muted, role: 'furniture', rise: 0 },
      context,
      { type: 'P' },
      titleSize * 0.6,
      { ragged: true, hyphenate: false },
    );
    blocks.push({ ...sub, breakable: false, rebreak: null });
  }
  edition.participants.forEach((entry, index) => {
    const runs: TextRun[] = [];
    const name: RunStyle = {
      face: 'label',
      size: context.textSize * 1.1,
      colour: entry.style.colour,
      role: 'label',
      rise: 0,
    };
    runs.push({ text: entry.participant.name, fontKey: context.styles.key(name), size: name.size, hyphenate: false });
    if (entry.description) {
      const desc: RunStyle = {
        face: 'body-italic',
        size: context.textSize * 1.1,
        colour: theme.colours.text,
        role: 'text',
        rise: 0,
      };
      runs.push({ text: ` — ${entry.description}`, fontKey: context.styles.key(desc), size: desc.size });
    }
    blocks.push({
      ...runsBlock(runs, context, { type: 'P' }, index === 0 ? titleSize * 1.5 : 2, context.textSize * 1.1, {
        ragged: true,
      }),
      breakable: false,
      rebreak: null,
    });
  });
  return blocks;
}

/** The speaker index. */
export function speakerIndexBlocks(context: GalleyContext): GalleyBlock[] {
  const { edition } = context;
  const { theme, strings } = edition;
  if (edition.index.length === 0) return [];
  const blocks: GalleyBlock[] = [heading(strings.speakerIndex, context, 0)];
  const size = context.textSize;
  for (const entry of edition.index) {
    const runs: TextRun[] = [];
    const name: RunStyle = { face: 'label', size, colour: entry.style.colour, role: 'label', rise: 0 };
    const text: RunStyle = { face: 'body', size, colour: theme.colours.text, role: 'text', rise: 0 };
    runs.push({ text: entry.name, fontKey: context.styles.key(name), size, hyphenate: false });
    runs.push({
      text: ` (${entry.wordsText}): `,
      fontKey: context.styles.key(text),
      size,
      hyphenate: false,
    });
    entry.ranges.forEach(([from, to], i) => {
      const link: RunStyle = { ...text, colour: theme.colours.link, role: 'link', goTo: `para-${from}` };
      const label = from === to ? String(from) : `${from}–${to}`;
      const more = i < entry.ranges.length - 1;
      runs.push({ text: `${label}${more ? ', ' : ''}`, fontKey: context.styles.key(link), size, hyphenate: false });
    });
    blocks.push(runsBlock(runs, context, { type: 'P' }, size * 0.5, size, { ragged: true }));
  }
  return blocks;
}

/** Endnotes, when the theme places notes at the end. */
export function endnoteBlocks(context: GalleyContext): GalleyBlock[] {
  const { edition } = context;
  const { theme, strings } = edition;
  if (theme.notes.placement !== 'endnote' || edition.notes.length === 0) return [];
  const size = toPt(theme.notes.size);
  const blocks: GalleyBlock[] = [heading(strings.notes, context, 0)];
  for (const note of edition.notes) {
    const base: RunStyle = { face: 'body', size, colour: theme.colours.text, role: 'text', rise: 0 };
    const { runs } = runsOf(note.inlines, base, context);
    const number: RunStyle = { ...base, face: 'body-bold' };
    blocks.push({
      ...runsBlock(
        [{ text: `${note.number}. `, fontKey: context.styles.key(number), size, hyphenate: false }, ...runs],
        context,
        { type: 'Note' },
        size * 0.6,
        size,
      ),
      tag: { type: 'Note' },
    });
  }
  return blocks;
}

/** The colophon. */
export function colophonBlocks(context: GalleyContext): GalleyBlock[] {
  const { edition } = context;
  const { theme, strings } = edition;
  const size = context.textSize * 0.85;
  const style: RunStyle = { face: 'furniture', size, colour: theme.colours.text, role: 'furniture', rise: 0 };
  return [
    heading(strings.colophon, context, 0),
    ...edition.colophon.map((paragraph) =>
      plainBlock(paragraph, style, context, { type: 'P' }, size * 0.7, { ragged: true }),
    ),
  ];
}

/** Set the lines of a footnote (number, then text) at the note size. */
export function footnoteRuns(context: GalleyContext, noteIndex: number): TextRun[] {
  const note = context.edition.notes[noteIndex]!;
  const { theme } = context.edition;
  const size = toPt(theme.notes.size);
  const base: RunStyle = { face: 'body', size, colour: theme.colours.text, role: 'text', rise: 0 };
  const number: RunStyle = { ...base, colour: theme.colours.link };
  return [
    { text: `${note.number} `, fontKey: context.styles.key(number), size, hyphenate: false },
    ...runsOf(note.inlines, base, context).runs,
  ];
}
