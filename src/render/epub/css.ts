/**
 * @module render/epub/css
 * The e-book's one stylesheet, generated from the theme so that speaker labels carry the same
 * treatment and colours as in the PDF and the Word copy. Reading systems let readers choose
 * type size, font, margins and colours, so:
 * - the body's font size is left to the reader; every theme size becomes a proportion of the
 *   text size (`em`), so "16pt headings on 10.5pt text" stays a ratio of 1.524;
 * - there is no `!important` anywhere, so user settings still win;
 * - fonts come from the theme's files (in `fonts/` or the theme's own), embedded whole through `@font-face`
 *   (only the faces the stylesheet uses), each followed in its stack by the theme's fallback
 *   families (named, not embedded) for the characters it lacks; small capitals are
 *   `font-variant: small-caps`, which browsers set with the font's own `smcp` glyphs (Source
 *   Serif 4 and Source Sans 3 have them).
 */
import { basename } from 'node:path';
import { fallbackFamilyNames } from '../../theme/fonts.js';
import type { SpeakerStyle } from '../../theme/speakers.js';
import { contrastRatio, parseHexColour } from '../../theme/speakers.js';
import type { FamilyRole, FontFamily, Theme } from '../../theme/theme.js';
import { toPt, type Length } from '../../theme/units.js';
import { compareAsEnglish } from '../plain-order.js';

/** A font face the stylesheet uses and the book embeds. */
export interface EmbeddedFont {
  /** CSS family name. */
  family: string;
  weight: 400 | 600 | 700;
  style: 'normal' | 'italic';
  /** The theme's font path (relative to `fonts/`, or absolute). */
  source: string;
  /** Path inside the book, relative to the package document ("fonts/SourceSerif4-Regular.ttf"). */
  href: string;
  /** "font/ttf" or "font/otf". */
  mediaType: string;
}

/** The stylesheet and the fonts it needs. */
export interface Stylesheet {
  css: string;
  fonts: EmbeddedFont[];
}

const WEIGHTS = { regular: 400, semibold: 600, bold: 700 } as const;

/** A number for CSS: at most three decimals, no trailing zeros. */
function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** A theme length as a multiple of the text size. */
function em(length: Length, theme: Theme): string {
  const value = toPt(length) / toPt(theme.text.size);
  return value === 0 ? '0' : `${num(value)}em`;
}

function quoteFamily(name: string): string {
  return `"${name.replace(/["\\]/g, '\\$&')}"`;
}

/** The file of a family that sets a weight and style, or null when the family has none. */
function faceFile(family: FontFamily, weight: 400 | 600 | 700, style: 'normal' | 'italic'): string | null {
  if (style === 'italic') return weight === 400 ? family.italic : weight === 700 ? (family.boldItalic ?? null) : null;
  return weight === 400 ? family.regular : weight === 600 ? (family.semibold ?? null) : family.bold;
}

/** The weight headings and titles use: semibold when the family has it, else bold. */
function headingWeight(family: FontFamily): 600 | 700 {
  return family.semibold ? 600 : 700;
}

/** A lighter version of a colour with at least 4.5:1 contrast on a dark page (#121212), for night themes. */
export function nightColour(hex: string): string {
  const [r, g, b] = parseHexColour(hex);
  for (let t = 0; t <= 1.0001; t += 0.05) {
    const mix = (c: number) => Math.round(c + (255 - c) * t);
    const candidate = `#${[mix(r), mix(g), mix(b)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    if (contrastRatio(candidate, '#121212') >= 4.5) return candidate;
  }
  return '#ffffff';
}

/** Build the stylesheet for a theme and the speakers of one edition. */
export function buildStylesheet(theme: Theme, speakers: readonly SpeakerStyle[], rightToLeft = false): Stylesheet {
  // Sides for the text's direction: the paragraph-number gutter and ragged edges mirror in RTL.
  const start = rightToLeft ? 'right' : 'left';
  const end = rightToLeft ? 'left' : 'right';
  const family = (role: FamilyRole) => theme.fonts[role];
  const used = new Map<string, EmbeddedFont>();
  // The theme's fallback families, named (not embedded) after each family for the characters it lacks.
  const fallbacks = fallbackFamilyNames(theme.fonts);
  const stack = (role: FamilyRole, weight: 400 | 600 | 700, style: 'normal' | 'italic' = 'normal'): string => {
    const fam = family(role);
    const generic = role === 'furniture' ? 'sans-serif' : 'serif';
    if (theme.epub.embedFonts) {
      // Embed the face itself and the upright regular it falls back to.
      for (const [w, s] of [
        [400, 'normal'],
        [weight, style],
      ] as const) {
        const source = faceFile(fam, w, s);
        const key = `${fam.name}|${w}|${s}`;
        if (source && !used.has(key)) {
          used.set(key, {
            family: fam.name,
            weight: w,
            style: s,
            source,
            href: '',
            mediaType: /\.otf$/i.test(source) ? 'font/otf' : 'font/ttf',
          });
        }
      }
    }
    return [fam.name, ...fallbacks].map(quoteFamily).join(', ') + `, ${generic}`;
  };

  const text = theme.text;
  const labels = theme.labels;
  const labelWeight = WEIGHTS[labels.weight];
  const textFamily = stack('text', 400);
  stack('text', 400, 'italic');
  const headingFamilyRole = theme.headings.family;
  const hWeight = headingWeight(family(headingFamilyRole));
  const headingFamily = stack(headingFamilyRole, hWeight);
  const labelFamily = stack(labels.family, labelWeight);
  const furnitureFamily = stack('furniture', 400);
  const titleWeight = headingWeight(family('text'));
  stack('text', titleWeight);

  const [h1, h2, h3] = theme.headings.sizes;
  const numbers = theme.paragraphNumbers;
  // Paragraph numbers hang in a gutter left of the text; sizes in the number's own em.
  const numberRatio = toPt(numbers.size) / toPt(text.size);
  const gutter = 2.6;
  const lines: string[] = [];
  const rule = (selector: string, declarations: Array<string | false>) => {
    lines.push(
      `${selector} {\n${declarations
        .filter(Boolean)
        .map((d) => `  ${d as string};`)
        .join('\n')}\n}`,
    );
  };

  // Fonts, in a fixed order.
  const fonts = [...used.values()].sort(
    (a, b) => compareAsEnglish(a.family, b.family) || a.weight - b.weight || compareAsEnglish(a.style, b.style),
  );
  const hrefs = new Set<string>();
  for (const font of fonts) {
    // A theme's own font file may have any name; inside the book it gets one that is safe in a URL.
    const safe = basename(font.source)
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[.-]+/, '');
    let name = safe;
    for (let n = 2; hrefs.has(name); n++) name = `${n}-${safe}`;
    hrefs.add(name);
    font.href = `fonts/${name}`;
    rule('@font-face', [
      `font-family: ${quoteFamily(font.family)}`,
      `font-weight: ${font.weight}`,
      `font-style: ${font.style}`,
      `src: url("${font.href}") format("${font.mediaType === 'font/otf' ? 'opentype' : 'truetype'}")`,
    ]);
  }

  rule('body', [
    `font-family: ${textFamily}`,
    `color: ${theme.colours.text}`,
    `line-height: ${num(text.leading)}`,
    'font-kerning: normal',
  ]);
  rule('p', [
    'margin: 0',
    `text-align: ${text.justify ? 'justify' : start}`,
    ...(text.hyphenate
      ? ['-webkit-hyphens: auto', '-epub-hyphens: auto', 'hyphens: auto']
      : ['-webkit-hyphens: manual', '-epub-hyphens: manual', 'hyphens: manual']),
    'orphans: 2',
    'widows: 2',
  ]);
  rule('a', [`color: ${theme.colours.link}`, 'text-decoration: none']);
  rule('h1, h2, h3, h4, h5, h6', [
    `font-family: ${headingFamily}`,
    `font-weight: ${hWeight}`,
    'line-height: 1.2',
    `text-align: ${start}`,
    '-webkit-hyphens: manual',
    '-epub-hyphens: manual',
    'hyphens: manual',
    `margin: ${em(theme.headings.spaceBefore, theme)} 0 ${em(theme.headings.spaceAfter, theme)} 0`,
    'page-break-after: avoid',
    'break-after: avoid',
  ]);
  rule('h1', [`font-size: ${em(h1, theme)}`]);
  rule('h2', [`font-size: ${em(h1, theme)}`]);
  rule('h3', [`font-size: ${em(h2, theme)}`]);
  rule('h4, h5, h6', [`font-size: ${em(h3, theme)}`]);

  // Title page.
  rule('.titlepage', ['text-align: center', 'margin-top: 3em']);
  rule('.titlepage h1', [
    `font-size: ${em(theme.title.size, theme)}`,
    `font-weight: ${titleWeight}`,
    `font-family: ${textFamily}`,
    'text-align: center',
    'margin: 0 0 0.5em 0',
  ]);
  rule('.titlepage .subtitle', ['font-style: italic', 'text-align: center', 'margin-bottom: 2.5em']);
  rule('.titlepage h2', [
    `font-family: ${furnitureFamily}`,
    'font-weight: 400',
    'font-size: 0.8em',
    'letter-spacing: 0.1em',
    'text-transform: uppercase',
    `color: ${theme.colours.muted}`,
    'text-align: center',
    'margin: 0 0 0.75em 0',
  ]);
  rule('.participants', ['list-style: none', 'padding: 0', 'margin: 0']);
  rule('.participants li', ['margin: 0 0 0.6em 0']);
  rule('.participants .description', ['display: block', 'font-style: italic', 'font-size: 0.9em']);

  // The transcript.
  rule('.transcript-title', ['text-align: center', `margin: 0 0 ${em(theme.headings.spaceAfter, theme)} 0`]);
  rule('.transcript', numbers.show ? [`margin-${start}: ${num(gutter)}em`] : []);
  rule('.turn', [`margin-top: ${em(text.turnSpacing, theme)}`]);
  rule('.turn p + p', [
    `text-indent: ${em(text.firstLineIndent, theme)}`,
    `margin-top: ${em(text.paragraphSpacing, theme)}`,
  ]);
  rule('.turn.continued p', [`text-indent: ${em(text.firstLineIndent, theme)}`]);
  rule('.turn p.speaker', ['text-indent: 0', 'margin: 0']);
  rule('.turn p.speaker + p', ['text-indent: 0']);
  rule('.label', [
    `font-family: ${labelFamily}`,
    `font-weight: ${labelWeight}`,
    labels.transform === 'small-caps' && 'font-variant: small-caps',
    labels.transform === 'uppercase' && 'text-transform: uppercase',
    labels.transform === 'uppercase' && 'letter-spacing: 0.04em',
  ]);
  for (const speaker of speakers) rule(`.${speaker.cssClass} .label`, [`color: ${speaker.colour}`]);
  // The label's parts as in every format (edition/labels.ts): role in italic text colour,
  // the brackets of an inferred speaker muted.
  rule('.label .role', [
    'font-variant: normal',
    'text-transform: none',
    'letter-spacing: normal',
    'font-weight: normal',
    'font-style: italic',
    `color: ${theme.colours.text}`,
  ]);
  rule('.label .bracket', [`color: ${theme.colours.muted}`]);
  rule('.direction', [
    `margin: ${em(text.turnSpacing, theme)} 0`,
    'text-indent: 0',
    `text-align: ${start}`,
    'font-style: italic',
  ]);
  // Brackets stay upright, the words inside are italic when the theme says so (`markDisplay`).
  rule('.mark', ['font-style: normal']);
  rule('.mark i', ['font-style: italic']);
  rule('.pnum', [
    `float: ${start}`,
    `font-family: ${furnitureFamily}`,
    `font-size: ${num(numberRatio)}em`,
    `line-height: ${num(text.leading / numberRatio)}`,
    `width: ${num((gutter - 0.7) / numberRatio)}em`,
    `margin-${start}: ${num(-gutter / numberRatio)}em`,
    `text-align: ${end}`,
    'text-indent: 0',
    'font-variant-numeric: lining-nums tabular-nums',
    `color: ${theme.colours.muted}`,
    ...(numbers.show ? [] : ['display: none']),
  ]);

  // Notes.
  rule('a.noteref', ['font-size: 0.75em', 'vertical-align: super', 'line-height: 0', 'padding: 0 0.1em']);
  // Notes line up with the text column (paragraph numbers hang in the gutter before it).
  const noteRatio = toPt(theme.notes.size) / toPt(text.size);
  rule('aside.footnote', [
    `font-size: ${em(theme.notes.size, theme)}`,
    'margin: 0.5em 0 0 0',
    numbers.show && `margin-${start}: ${num(gutter / noteRatio)}em`,
  ]);
  rule('aside.footnote.first', [
    `border-top: 1px solid ${theme.colours.rule}`,
    'margin-top: 2em',
    'padding-top: 0.5em',
  ]);
  rule('aside.footnote p', [`text-align: ${start}`, 'text-indent: 0']);
  rule('a.backlink', [`font-family: ${furnitureFamily}`, `padding-${end}: 0.3em`]);
  rule('.endnotes', ['list-style: none', 'padding: 0', 'margin: 0']);
  rule('.endnotes li', ['margin: 0 0 0.75em 0']);
  rule('.endnotes p', ['text-align: left', 'text-indent: 0']);

  // Speaker index and colophon.
  rule('.index-entries', ['list-style: none', 'padding: 0', 'margin: 0']);
  rule('.index-entries > li', [
    'margin: 0 0 0.6em 0',
    `padding-${start}: 1.5em`,
    'text-indent: -1.5em',
    `text-align: ${start}`,
  ]);
  rule('.index-entries .description', ['font-style: italic']);
  rule('.locators', ['display: inline', 'list-style: none', 'padding: 0', 'margin: 0']);
  rule('.locators li', ['display: inline']);
  rule('.colophon p', [`text-align: ${start}`, 'margin: 0 0 0.75em 0', 'font-size: 0.9em']);
  rule('.colophon a', ['word-break: break-all']);
  rule('nav ol', ['list-style: none', `padding-${start}: 1.2em`]);

  // Night themes that follow the system's dark mode: lighter label colours keep their contrast.
  const night = speakers.map((s) => `  .${s.cssClass} .label { color: ${nightColour(s.colour)}; }`);
  lines.push(
    `@media (prefers-color-scheme: dark) {\n  body { color: inherit; }\n  a { color: ${nightColour(theme.colours.link)}; }\n${night.join('\n')}\n}`,
  );

  return { css: `${lines.join('\n')}\n`, fonts };
}
