/**
 * @module theme/default
 * The documented default theme and the named presets a theme file can `extend`. Every preset is
 * a complete `Theme` that passes `checkTheme` (a test proves it) and is deeply frozen, so a
 * renderer cannot change it for the next one by accident.
 */
import type { FontFamily, Theme } from './theme.js';

/** Source Serif 4, all five bundled files (see fonts/README.md). */
const sourceSerif4: FontFamily = {
  name: 'Source Serif 4',
  regular: 'source-serif-4/SourceSerif4-Regular.ttf',
  italic: 'source-serif-4/SourceSerif4-Italic.ttf',
  bold: 'source-serif-4/SourceSerif4-Bold.ttf',
  boldItalic: 'source-serif-4/SourceSerif4-BoldItalic.ttf',
  semibold: 'source-serif-4/SourceSerif4-Semibold.ttf',
};

/** Source Sans 3, the four bundled files (no bold italic is bundled). */
const sourceSans3: FontFamily = {
  name: 'Source Sans 3',
  regular: 'source-sans-3/SourceSans3-Regular.ttf',
  italic: 'source-sans-3/SourceSans3-Italic.ttf',
  bold: 'source-sans-3/SourceSans3-Bold.ttf',
  semibold: 'source-sans-3/SourceSans3-Semibold.ttf',
};

/**
 * The bundled fallback faces, in the order they are tried (see fonts/README.md): DejaVu Sans for
 * symbols, arrows, mathematics and most alphabets; Noto Emoji (monochrome outlines) for emoji;
 * Droid Sans Fallback for Chinese, Japanese and Korean ideographs and kana.
 */
const FALLBACK_FONTS = [
  'dejavu-sans/DejaVuSans.ttf',
  'noto-emoji/NotoEmoji-Regular.ttf',
  'droid-sans-fallback/DroidSansFallbackFull.ttf',
];

/** Freeze an object and everything inside it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A deep copy of a theme (presets are frozen; copy before adapting one in code). */
export function cloneTheme(theme: Theme): Theme {
  return structuredClone(theme);
}

/**
 * The default theme: an A4 reading edition.
 *
 * - Page: A4, not mirrored (read on screen as often as printed). 35mm side margins give a measure
 *   of 140mm, roughly 75 characters of 10.5pt Source Serif: the long end of comfortable.
 * - Type: Source Serif 4 10.5pt on 1.35 leading for text, Source Sans 3 for furniture. Paragraphs
 *   of one turn are indented, not spaced; turns are separated by 7pt, half a line.
 * - Labels: run-in, small capitals in Source Serif semibold, followed by ": ".
 * - Speakers: eight colours, each at least 5.3:1 against white (WCAG AA asks 4.5:1; the ratios
 *   are measured by `tests/theme/default.test.ts`): blue 6.57, vermilion 6.14, teal 5.34,
 *   purple 6.81, ochre 5.47, green 5.39, magenta 6.34, brown 7.96. Blue and vermilion come first
 *   because most transcripts have two main voices and that pair stays apart for red–green colour
 *   blindness; red and green are not neighbours. Questioners and groups are dark greys (8.45 and
 *   6.48) and unresolved speakers a lighter grey (5.10), so named people stand out from them.
 * - Marks: `[inaudible]` in italic inside square brackets; time marks, timestamps and
 *   low-confidence marks hidden.
 * - Notes at the foot of the page; paragraph numbers shown in the outer margin.
 * - PDF tagged, with running head and folios, identified as PDF/A-2a and PDF/UA-1. The Word copy
 *   and the e-book embed the fonts, so they look the same on a machine without them.
 */
export const defaultTheme: Theme = deepFreeze<Theme>({
  name: 'default',
  page: {
    size: 'a4',
    mirrored: false,
    margins: { top: '25mm', bottom: '28mm', inner: '35mm', outer: '35mm' },
  },
  fonts: { text: sourceSerif4, furniture: sourceSans3, fallback: FALLBACK_FONTS },
  text: {
    size: '10.5pt',
    leading: 1.35,
    paragraphSpacing: '0pt',
    turnSpacing: '7pt',
    firstLineIndent: '12pt',
    justify: true,
    hyphenate: true,
  },
  headings: { family: 'text', sizes: ['16pt', '13pt', '11pt'], spaceBefore: '18pt', spaceAfter: '6pt' },
  title: { size: '22pt' },
  labels: { transform: 'small-caps', weight: 'semibold', family: 'text', separator: ': ', layout: 'run-in' },
  speakers: {
    palette: ['#0b5fa5', '#b5311b', '#00777d', '#7a3ea8', '#9a5a00', '#1d7a3a', '#b0246b', '#6b4a2b'],
    questioner: '#4d4d4d',
    group: '#5e5e5e',
    unknown: '#6e6e6e',
    byParticipant: {},
    allowLowContrast: false,
  },
  colours: { text: '#1a1a1a', muted: '#5e5e5e', rule: '#b3b3b3', link: '#1d4e89' },
  marks: {
    brackets: 'square',
    italic: true,
    showTimeMarks: false,
    timestamps: false,
    lowConfidence: { show: false, threshold: 0.5 },
  },
  notes: { placement: 'footnote', size: '8.5pt' },
  paragraphNumbers: { show: true, size: '7.5pt' },
  pdf: { runningHead: true, folio: true, pdfA: true, tagged: true },
  docx: { embedFonts: true },
  epub: { maxChapterBytes: 250_000, embedFonts: true },
  wording: {},
  templates: null,
});

/**
 * Monochrome, for print on a black-only press or a laser printer: the default with every label,
 * link and rule in pure black (`#000000`, no rich black) and secondary text in a mid grey that
 * screens well. Speakers are told apart by their labels alone, which every theme prints anyway.
 */
export const monochromeTheme: Theme = deepFreeze<Theme>({
  ...cloneTheme(defaultTheme),
  name: 'monochrome',
  speakers: {
    palette: ['#000000'],
    questioner: '#000000',
    group: '#000000',
    unknown: '#000000',
    byParticipant: {},
    allowLowContrast: false,
  },
  colours: { text: '#000000', muted: '#555555', rule: '#000000', link: '#000000' },
});

/**
 * US Letter: the default on 8.5 × 11 in paper, margins in inches. 1.5in sides keep the measure
 * at 5.5in (about 140mm, as on A4); 1in head and 1.1in foot.
 */
export const letterTheme: Theme = deepFreeze<Theme>({
  ...cloneTheme(defaultTheme),
  name: 'letter',
  page: {
    size: 'letter',
    mirrored: false,
    margins: { top: '1in', bottom: '1.1in', inner: '1.5in', outer: '1.5in' },
  },
});

/**
 * A5 book: a printed and bound pocket edition. Mirrored margins with the wider margin at the
 * binding (20mm inner, 15mm outer; perfect binding swallows a few millimetres), a 113mm measure
 * and 9.5pt text on 1.3 leading, roughly 67 characters a line. Headings, title, notes and
 * paragraph numbers are scaled down to match.
 */
export const a5BookTheme: Theme = deepFreeze<Theme>({
  ...cloneTheme(defaultTheme),
  name: 'a5-book',
  page: {
    size: 'a5',
    mirrored: true,
    margins: { top: '15mm', bottom: '20mm', inner: '20mm', outer: '15mm' },
  },
  text: {
    size: '9.5pt',
    leading: 1.3,
    paragraphSpacing: '0pt',
    turnSpacing: '6pt',
    firstLineIndent: '10pt',
    justify: true,
    hyphenate: true,
  },
  headings: { family: 'text', sizes: ['13pt', '11pt', '9.5pt'], spaceBefore: '14pt', spaceAfter: '5pt' },
  title: { size: '18pt' },
  notes: { placement: 'footnote', size: '7.5pt' },
  paragraphNumbers: { show: true, size: '6.5pt' },
});

/** The preset names, in the order they are listed in messages. */
export const PRESET_NAMES = ['default', 'monochrome', 'letter', 'a5-book'] as const;

/** A preset a theme file can name in `"extends"`. */
export type PresetName = (typeof PRESET_NAMES)[number];

/** Every preset by name. */
export const themePresets: Readonly<Record<PresetName, Theme>> = Object.freeze({
  default: defaultTheme,
  monochrome: monochromeTheme,
  letter: letterTheme,
  'a5-book': a5BookTheme,
});

/** One line per preset, for `verbatim themes`. */
export const PRESET_DESCRIPTIONS: Readonly<Record<PresetName, string>> = Object.freeze({
  default: "A4, Source Serif 4 text, run-in small-caps labels in each speaker's colour, footnotes",
  monochrome: 'the default in black and grey only, for print without colour',
  letter: 'the default on US Letter paper',
  'a5-book': 'A5 book: mirrored margins for binding, smaller type',
});

/** Whether a string names a preset. */
export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}
