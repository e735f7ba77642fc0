// One edition, four formats: every registered renderer prints the same label for each turn in
// the same colour, the same paragraph numbers and the same note numbers — under two themes.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { prepareEdition, type EditionTurn } from '../../src/render/edition/edition.js';
import { layoutPdf } from '../../src/render/pdf/layout.js';
import { getRenderer, rendererIds } from '../../src/render/registry.js';
import { checkTheme } from '../../src/theme/check.js';
import { defaultTheme } from '../../src/theme/default.js';
import type { Theme } from '../../src/theme/theme.js';
import { pressConference } from '../helpers/fixtures.js';
import { unescapeXml } from '../helpers/xml.js';

/** What a format prints for each turn, and its numbering. */
interface Printed {
  labels: { text: string; colour: string | null }[];
  paragraphs: number[];
  notes: number[];
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function fromDocx(bytes: Uint8Array): Printed {
  const files = unzipSync(bytes);
  const document = decode(files['word/document.xml']!);
  const styles = decode(files['word/styles.xml']!);
  const colourOf = new Map<string, string>();
  for (const m of styles.matchAll(/<w:style w:type="character" w:styleId="([^"]+)">([\s\S]*?)<\/w:style>/g)) {
    const colour = /<w:color w:val="([0-9A-Fa-f]{6})"/.exec(m[2]!)?.[1];
    if (colour) colourOf.set(m[1]!, `#${colour.toLowerCase()}`);
  }
  const labels: Printed['labels'] = [];
  for (const p of document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)) {
    if (!/<w:pStyle w:val="Turn"\/>/.test(p[1]!)) continue;
    let text = '';
    let colour: string | null = null;
    for (const r of p[1]!.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
      const style = /<w:rStyle w:val="([^"]+)"/.exec(r[1]!)?.[1] ?? '';
      if (!/^Speaker/.test(style)) continue;
      if (/^SpeakerLabel-/.test(style) && colour === null) colour = colourOf.get(style) ?? null;
      text += unescapeXml([...r[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    }
    labels.push({ text: text.replace(/[:.]$/, ''), colour });
  }
  const paragraphs = [...document.matchAll(/w:name="para-(\d+)"/g)].map((m) => Number(m[1]));
  const notes = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
  return { labels, paragraphs, notes };
}

function fromEpub(bytes: Uint8Array): Printed {
  const files = unzipSync(bytes);
  const css = decode(files['OEBPS/style.css']!);
  const colourOf = new Map<string, string>();
  for (const m of css.matchAll(/^\.(speaker-[\w-]+) \.label \{\s*color: (#[0-9a-f]{6});/gm))
    if (!colourOf.has(m[1]!)) colourOf.set(m[1]!, m[2]!);
  const chapters = Object.keys(files)
    .filter((f) => /OEBPS\/transcript-\d+\.xhtml$/.test(f))
    .sort();
  const html = chapters.map((f) => decode(files[f]!)).join('\n');
  const labels: Printed['labels'] = [];
  for (const turn of html.matchAll(
    /<div class="turn (speaker-[\w-]+)"[^>]*>[\s\S]*?<b class="label"[^>]*>([\s\S]*?)<\/b>/g,
  )) {
    labels.push({
      text: unescapeXml(turn[2]!.replace(/<[^>]+>/g, '')).replace(/[:.]$/, ''),
      colour: colourOf.get(turn[1]!) ?? null,
    });
  }
  const paragraphs = [...html.matchAll(/<p id="para-(\d+)"/g)].map((m) => Number(m[1]));
  const notes = [...html.matchAll(/epub:type="noteref"[^>]*>(\d+)<\/a>/g)].map((m) => Number(m[1]));
  return { labels, paragraphs, notes };
}

function fromMarkdown(bytes: Uint8Array): Printed {
  const text = decode(bytes);
  const labels = [...text.matchAll(/^\[\]\{#para-\d+\}\*\*(.+?)[:.]\*\*/gm)].map((m) => ({
    text: m[1]!.replace(/\\(.)/g, '$1'),
    colour: null,
  }));
  const paragraphs = [...text.matchAll(/\[\]\{#para-(\d+)\}/g)].map((m) => Number(m[1]));
  const notes = [...text.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]));
  return { labels, paragraphs, notes };
}

function fromPdfLayout(transcript: Transcript, theme: Theme): Printed {
  const layout = layoutPdf(prepareEdition(transcript, theme));
  const turns = layout.edition.blocks.filter((b): b is EditionTurn => b.type === 'turn');
  const firsts = new Set(turns.map((t) => t.paragraphs[0]!.number));
  const labels: Printed['labels'] = [];
  const paragraphs: number[] = [];
  const notes: number[] = [];
  for (const block of layout.galley) {
    const number = block.tag.paragraph;
    if (number === undefined) continue;
    paragraphs.push(number);
    const fragments = block.lines.flatMap((l) => l.broken.fragments);
    for (const f of fragments) if (layout.context.styles.get(f.fontKey).role === 'noteref') notes.push(Number(f.text));
    if (!firsts.has(number)) continue;
    const turn = turns.find((t) => t.paragraphs[0]!.number === number)!;
    const line = block.lines[0]!.broken.text;
    const name = fragments.find(
      (f) =>
        layout.context.styles.get(f.fontKey).role === 'label' &&
        /\p{L}/u.test(f.text) &&
        (turn.label.name.startsWith(f.text) || f.text.startsWith(turn.label.name)),
    );
    labels.push({
      text: line.startsWith(turn.label.text + turn.label.separator) ? turn.label.text : line,
      colour: name ? layout.context.styles.get(name.fontKey).colour : null,
    });
  }
  return { labels, paragraphs, notes };
}

const otherTheme = checkTheme({
  extends: 'default',
  name: 'other',
  speakers: {
    palette: ['#7a3ea8', '#1d7a3a', '#9a5a00'],
    questioner: '#6b4a2b',
    group: '#5e5e5e',
    unknown: '#6e6e6e',
    allowLowContrast: false,
  },
  labels: { transform: 'uppercase', weight: 'bold', family: 'text', separator: '. ', layout: 'run-in' },
});

describe('the same edition in every format', () => {
  it.each([
    ['default', defaultTheme],
    ['other', otherTheme],
  ] as const)(
    'should print the same labels, colours, paragraph and note numbers with the %s theme',
    async (_name, theme) => {
      const transcript = pressConference();
      const edition = prepareEdition(transcript, theme);
      const turns = edition.blocks.filter((b): b is EditionTurn => b.type === 'turn');
      const expected: Printed = {
        labels: turns.map((t) => ({ text: t.label.text, colour: t.style.colour })),
        paragraphs: turns.flatMap((t) => t.paragraphs.map((p) => p.number)),
        notes: edition.notes.map((n) => n.number),
      };
      expect(rendererIds()).toEqual(expect.arrayContaining(['pdf', 'docx', 'epub', 'md']));
      const printed: Record<string, Printed> = {
        pdf: fromPdfLayout(transcript, theme),
        docx: fromDocx(await (await getRenderer('docx')).render(transcript, { theme, diagnostics: [] })),
        epub: fromEpub(await (await getRenderer('epub')).render(transcript, { theme, diagnostics: [] })),
        md: fromMarkdown(await (await getRenderer('md')).render(transcript, { theme, diagnostics: [] })),
      };
      for (const [format, result] of Object.entries(printed)) {
        expect(
          result.labels.map((l) => l.text),
          `${format} labels`,
        ).toEqual(expected.labels.map((l) => l.text));
        if (format !== 'md')
          expect(
            result.labels.map((l) => l.colour),
            `${format} label colours`,
          ).toEqual(expected.labels.map((l) => l.colour));
        expect(result.paragraphs, `${format} paragraph numbers`).toEqual(expected.paragraphs);
        expect(result.notes, `${format} note numbers`).toEqual(expected.notes);
      }
      // The two themes really differ.
      expect(prepareEdition(transcript, otherTheme).styles.get('p-marlow')!.colour).not.toBe(
        prepareEdition(transcript, defaultTheme).styles.get('p-marlow')!.colour,
      );
    },
  );
});
