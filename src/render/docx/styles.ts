/**
 * @module render/docx/styles
 * Theme → the Word styles of the edition, declared once and by name, so that an editor restyles
 * the whole copy from Word's Styles pane: every paragraph and every run of the document points to
 * one of these styles and carries no formatting of its own.
 *
 * Paragraph styles: Normal (text font, size, colour, language), Title, Subtitle, Participant (title
 * page), Turn (the first paragraph of a turn), Turn Continuation (its other paragraphs, based on
 * Turn), Speaker Line (the label on a line of its own, block layout only), Stage Direction,
 * Heading 1–6 (Word's built-in headings, so the Navigation pane and a table of contents work),
 * Speaker Index Heading and Colophon Heading (based on Heading 1), Speaker Index, Colophon,
 * Header, Footer, footnote/endnote text.
 *
 * Character styles: Speaker Label (the base of every label: family, weight, small capitals), one
 * style per speaker based on it (Word name from `SpeakerStyle.styleName`, colour from the theme),
 * Speaker Label Inferred (the brackets of an inferred label), Editorial Mark (gaps, incidents, sic,
 * interpretation: italic when the theme says so), Time Mark, Emphasis, Paragraph Number, Index
 * Reference, Hyperlink, footnote/endnote reference.
 *
 * Fonts: the theme's family names go into the styles (East Asian text in the theme's first
 * fallback font with CJK ideographs, when it has one); `embeddedFonts` gives the files to embed
 * when `theme.docx.embedFonts` is set. A semibold label is set in the semibold file's own family
 * (name ID 1, "Source Serif 4 SemiBold"), which is how Word names a static semibold face.
 */
import {
  AlignmentType,
  LineRuleType,
  UnderlineType,
  type IParagraphStyleOptions,
  type ICharacterStyleOptions,
  type IStylesOptions,
} from 'docx';
import type { SpeakerStyle } from '../../theme/speakers.js';
import { eastAsianFallbackName, fontFamilyName, fontFilePath } from '../../theme/fonts.js';
import type { FamilyRole, FontFamily, Theme } from '../../theme/theme.js';
import { toHalfPoints, toPt, toTwip, type Length } from '../../theme/units.js';
import type { Edition } from '../edition/edition.js';

/** Style ids (Word's `w:styleId`); the names Word shows are in the definitions below. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  participantsHeading: 'ParticipantsHeading',
  participant: 'Participant',
  turn: 'Turn',
  continuation: 'TurnContinuation',
  speakerLine: 'SpeakerLine',
  stageDirection: 'StageDirection',
  heading: ['Heading1', 'Heading2', 'Heading3'] as const,
  indexHeading: 'SpeakerIndexHeading',
  index: 'SpeakerIndex',
  colophonHeading: 'ColophonHeading',
  colophon: 'Colophon',
  notesHeading: 'NotesHeading',
  header: 'Header',
  footer: 'Footer',
  footnoteText: 'FootnoteText',
  endnoteText: 'EndnoteText',
  // character styles
  speakerLabel: 'SpeakerLabel',
  inferredLabel: 'SpeakerLabelInferred',
  speakerRole: 'SpeakerRole',
  mark: 'EditorialMark',
  timeMark: 'TimeMark',
  emphasis: 'Emphasis',
  paragraphNumber: 'ParagraphNumber',
  indexReference: 'IndexReference',
  hyperlink: 'Hyperlink',
  footnoteReference: 'FootnoteReference',
  endnoteReference: 'EndnoteReference',
} as const;

/** The character style id of one speaker's label: `SpeakerLabel-speaker-1`, `SpeakerLabel-speaker-questioner`. */
export function speakerStyleId(style: SpeakerStyle): string {
  return `SpeakerLabel-${style.key}`;
}

/** Regions Word expects with a bare language (its proofing tools are per locale). */
const DEFAULT_REGION: Record<string, string> = {
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
  ru: 'ru-RU',
  et: 'et-EE',
  es: 'es-ES',
  it: 'it-IT',
  nl: 'nl-NL',
  pl: 'pl-PL',
  pt: 'pt-PT',
  uk: 'uk-UA',
  sv: 'sv-SE',
  da: 'da-DK',
  fi: 'fi-FI',
  nb: 'nb-NO',
  no: 'nb-NO',
  cs: 'cs-CZ',
  sk: 'sk-SK',
  hu: 'hu-HU',
  ro: 'ro-RO',
  bg: 'bg-BG',
  el: 'el-GR',
  tr: 'tr-TR',
  lv: 'lv-LV',
  lt: 'lt-LT',
  sl: 'sl-SI',
  hr: 'hr-HR',
  sr: 'sr-Latn-RS',
  ja: 'ja-JP',
  zh: 'zh-CN',
  ko: 'ko-KR',
  ar: 'ar-SA',
  he: 'he-IL',
};

/**
 * The `w:lang` value for a BCP 47 tag: a tag with a region is kept; a bare language gets the
 * region Word's proofing tools use for it ("en" → "en-GB", the spelling of most of our sources;
 * "de" → "de-DE"); anything else is kept as it is.
 */
export function wordLanguage(tag: string): string {
  if (tag.includes('-')) return tag;
  return DEFAULT_REGION[tag.toLowerCase()] ?? tag;
}

/** `#rrggbb` → Word's `rrggbb`. */
function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

/** Font names the styles use. */
export interface DocxFonts {
  text: string;
  furniture: string;
  /** Family of speaker labels (a semibold family when the theme asks for semibold and has the file). */
  label: string;
  /** Labels are bold (weight bold, or semibold without a semibold file). */
  labelBold: boolean;
  /** Theme families by role, for embedding. */
  families: Record<FamilyRole, FontFamily>;
  /** The semibold file the label family names, when used. */
  labelSemiboldFile: string | null;
  /** Font for East Asian text: the theme's first fallback with CJK ideographs (null: each style's own). */
  eastAsia: string | null;
}

/** Decide the font names of the edition. */
export function resolveFonts(theme: Theme): DocxFonts {
  const families = { text: theme.fonts.text, furniture: theme.fonts.furniture };
  const labelFamily = families[theme.labels.family];
  let label = labelFamily.name;
  let labelBold = theme.labels.weight === 'bold';
  let labelSemiboldFile: string | null = null;
  if (theme.labels.weight === 'semibold') {
    if (labelFamily.semibold) {
      labelSemiboldFile = labelFamily.semibold;
      label = fontFamilyName(labelFamily.semibold, `${labelFamily.name} SemiBold`);
    } else {
      labelBold = true;
    }
  }
  return {
    text: families.text.name,
    furniture: families.furniture.name,
    eastAsia: eastAsianFallbackName(theme.fonts),
    label,
    labelBold,
    families,
    labelSemiboldFile,
  };
}

/** A family to embed: its Word name and the absolute paths of its faces' files. */
export interface FontToEmbed {
  name: string;
  faces: Partial<Record<'regular' | 'bold' | 'italic' | 'boldItalic', string>>;
}

/** The font files to embed (`package.ts` writes them): the families the styles name, each once. */
export function embeddedFonts(fonts: DocxFonts): FontToEmbed[] {
  const out: FontToEmbed[] = [];
  const seen = new Set<string>();
  for (const family of [fonts.families.text, fonts.families.furniture]) {
    if (seen.has(family.name)) continue;
    seen.add(family.name);
    out.push({
      name: family.name,
      faces: {
        regular: fontFilePath(family.regular),
        bold: fontFilePath(family.bold),
        italic: fontFilePath(family.italic),
        ...(family.boldItalic ? { boldItalic: fontFilePath(family.boldItalic) } : {}),
      },
    });
  }
  if (fonts.labelSemiboldFile && !seen.has(fonts.label))
    out.push({ name: fonts.label, faces: { regular: fontFilePath(fonts.labelSemiboldFile) } });
  return out;
}

/** Line spacing "at least" the theme's leading for a type size, in twips. */
function leadingFor(size: Length, leading: number): { line: number; lineRule: typeof LineRuleType.AT_LEAST } {
  return { line: Math.round(toPt(size) * leading * 20), lineRule: LineRuleType.AT_LEAST };
}

function font(name: string, eastAsia: string | null) {
  return { ascii: name, hAnsi: name, cs: name, eastAsia: eastAsia ?? name };
}

/** Everything `buildStyles` needs besides the edition. */
export interface StyleInputs {
  edition: Edition;
  fonts: DocxFonts;
  /** Every speaker style a label uses, in order. */
  speakerStyles: SpeakerStyle[];
}

/**
 * Paragraph properties docx cannot declare in a style, by style id (`docDefaults` for the
 * document defaults), as XML for `package.ts` to put at the start of that style's `w:pPr`:
 * widow and orphan control everywhere, a new page before the speaker index.
 */
export const PARAGRAPH_PROPERTY_ADDITIONS: Readonly<Record<string, string>> = {
  docDefaults: '<w:widowControl/>',
  [STYLE.indexHeading]: '<w:pageBreakBefore/>',
};

/** The edition's styles, for the `Document` option `styles`. */
export function buildStyles({ edition, fonts, speakerStyles }: StyleInputs): IStylesOptions {
  const { theme } = edition;
  const text = theme.text;
  const lang = { value: wordLanguage(edition.language) };
  const headingFont = theme.headings.family === 'text' ? fonts.text : fonts.furniture;
  const muted = hex(theme.colours.muted);
  const blockLabels = theme.labels.layout === 'block';
  const justify = text.justify ? AlignmentType.BOTH : AlignmentType.LEFT;
  const turnSpace = toTwip(text.turnSpacing);
  const noteSize = toHalfPoints(theme.notes.size);
  const numberSize = toHalfPoints(theme.paragraphNumbers.size);
  const furnitureSize = Math.max(numberSize, Math.round(toHalfPoints(text.size) * 0.85));

  /** Word's built-in Heading N (level 1–6), sized from the theme (levels past 3 as level 3). */
  const heading = (level: 1 | 2 | 3 | 4 | 5 | 6): IParagraphStyleOptions => {
    const size = theme.headings.sizes[Math.min(level, 3) - 1]!;
    return {
      id: `Heading${level}`,
      name: `Heading ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      uiPriority: 9,
      paragraph: {
        keepNext: true,
        keepLines: true,
        outlineLevel: level - 1,
        spacing: {
          before: toTwip(theme.headings.spaceBefore),
          after: toTwip(theme.headings.spaceAfter),
          ...leadingFor(size, 1.2),
        },
      },
      run: {
        font: font(headingFont, fonts.eastAsia),
        size: toHalfPoints(size),
        bold: true,
        ...(level > 3 ? { italics: true } : {}),
      },
    };
  };

  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: STYLE.title,
      name: 'Title',
      basedOn: 'Normal',
      next: STYLE.subtitle,
      quickFormat: true,
      uiPriority: 10,
      paragraph: {
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 0, after: toTwip(theme.headings.spaceAfter), ...leadingFor(theme.title.size, 1.15) },
      },
      run: { font: font(fonts.text, fonts.eastAsia), size: toHalfPoints(theme.title.size), bold: true },
    },
    {
      id: STYLE.subtitle,
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      uiPriority: 11,
      paragraph: {
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { after: toTwip(theme.headings.spaceBefore) * 2 },
      },
      run: { font: font(fonts.text, fonts.eastAsia), size: toHalfPoints(theme.headings.sizes[1]), color: muted },
    },
    {
      id: STYLE.participantsHeading,
      name: 'Participants Heading',
      basedOn: 'Normal',
      next: STYLE.participant,
      quickFormat: true,
      paragraph: {
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: toTwip(theme.headings.spaceBefore), after: toTwip(theme.headings.spaceAfter) },
      },
      run: {
        font: font(fonts.furniture, fonts.eastAsia),
        size: furnitureSize,
        allCaps: true,
        characterSpacing: 20,
        color: muted,
      },
    },
    {
      id: STYLE.participant,
      name: 'Participant',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: Math.round(toTwip(text.turnSpacing) / 2) } },
    },
    {
      id: STYLE.turn,
      name: 'Turn',
      basedOn: 'Normal',
      next: STYLE.continuation,
      quickFormat: true,
      paragraph: { alignment: justify, spacing: { before: blockLabels ? 0 : turnSpace } },
    },
    {
      id: STYLE.continuation,
      name: 'Turn Continuation',
      basedOn: STYLE.turn,
      next: STYLE.continuation,
      quickFormat: true,
      paragraph: {
        spacing: { before: toTwip(text.paragraphSpacing) },
        indent: { firstLine: toTwip(text.firstLineIndent) },
      },
    },
    {
      id: STYLE.speakerLine,
      name: 'Speaker Line',
      basedOn: 'Normal',
      next: STYLE.turn,
      quickFormat: true,
      paragraph: { keepNext: true, spacing: { before: turnSpace } },
    },
    {
      id: STYLE.stageDirection,
      name: 'Stage Direction',
      basedOn: 'Normal',
      next: STYLE.turn,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: turnSpace, after: turnSpace } },
      // Italic narration; an editorial mark inside it (italic too) reads upright in Word, as italic in italic should.
      run: { italics: true },
    },
    // Levels 4–6 are not used by the edition; declared so an editor who adds one gets the theme's look.
    ...([1, 2, 3, 4, 5, 6] as const).map(heading),
    // Headings of the back matter: Heading 1 to look at, in the Navigation pane, each followed by its own style.
    ...(
      [
        [STYLE.indexHeading, 'Speaker Index Heading', STYLE.index],
        [STYLE.colophonHeading, 'Colophon Heading', STYLE.colophon],
        [STYLE.notesHeading, 'Notes Heading', STYLE.footnoteText],
      ] as const
    ).map(([id, name, next]) => ({
      id,
      name,
      basedOn: STYLE.heading[0],
      next,
      quickFormat: true,
      paragraph: { outlineLevel: 0 },
    })),
    {
      id: STYLE.index,
      name: 'Speaker Index',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: {
        indent: { left: toTwip(text.firstLineIndent) * 2, hanging: toTwip(text.firstLineIndent) * 2 },
        spacing: { after: toTwip(text.turnSpacing) },
      },
    },
    {
      id: STYLE.colophon,
      name: 'Colophon',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { after: toTwip(text.turnSpacing), ...leadingFor(theme.notes.size, text.leading) } },
      run: { font: font(fonts.furniture, fonts.eastAsia), size: Math.max(noteSize, furnitureSize) },
    },
    {
      id: STYLE.header,
      name: 'header',
      basedOn: 'Normal',
      uiPriority: 99,
      unhideWhenUsed: true,
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 240, lineRule: LineRuleType.AUTO } },
      run: { font: font(fonts.furniture, fonts.eastAsia), size: furnitureSize, color: muted },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: 'Normal',
      uiPriority: 99,
      unhideWhenUsed: true,
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 240, lineRule: LineRuleType.AUTO } },
      run: { font: font(fonts.furniture, fonts.eastAsia), size: furnitureSize, color: muted },
    },
    {
      id: STYLE.footnoteText,
      name: 'footnote text',
      basedOn: 'Normal',
      uiPriority: 99,
      unhideWhenUsed: true,
      paragraph: { alignment: justify, spacing: { after: 0, ...leadingFor(theme.notes.size, 1.2) } },
      run: { size: noteSize },
    },
    {
      id: STYLE.endnoteText,
      name: 'endnote text',
      basedOn: 'Normal',
      uiPriority: 99,
      unhideWhenUsed: true,
      paragraph: { alignment: justify, spacing: { after: 60, ...leadingFor(theme.notes.size, 1.2) } },
      run: { size: noteSize },
    },
  ];

  const labelRun = {
    font: font(fonts.label, fonts.eastAsia),
    bold: fonts.labelBold,
    ...(theme.labels.transform === 'small-caps' ? { smallCaps: true } : {}),
    ...(theme.labels.transform === 'uppercase' ? { allCaps: true } : {}),
  };
  const characterStyles: ICharacterStyleOptions[] = [
    {
      id: STYLE.speakerLabel,
      name: 'Speaker Label',
      quickFormat: true,
      run: { ...labelRun, color: hex(theme.colours.text) },
    },
    ...speakerStyles.map(
      (style): ICharacterStyleOptions => ({
        id: speakerStyleId(style),
        name: style.styleName,
        basedOn: STYLE.speakerLabel,
        quickFormat: true,
        run: { color: hex(style.colour) },
      }),
    ),
    {
      id: STYLE.inferredLabel,
      name: 'Speaker Label Inferred',
      basedOn: STYLE.speakerLabel,
      quickFormat: true,
      run: { color: muted },
    },
    {
      id: STYLE.speakerRole,
      name: 'Speaker Role',
      quickFormat: true,
      run: { italics: true, color: hex(theme.colours.text) },
    },
    { id: STYLE.mark, name: 'Editorial Mark', quickFormat: true, run: { italics: theme.marks.italic, color: muted } },
    {
      id: STYLE.timeMark,
      name: 'Time Mark',
      quickFormat: true,
      run: { font: font(fonts.furniture, fonts.eastAsia), color: muted },
    },
    { id: STYLE.emphasis, name: 'Emphasis', quickFormat: true, uiPriority: 20, run: { italics: true } },
    {
      id: STYLE.paragraphNumber,
      name: 'Paragraph Number',
      quickFormat: true,
      run: { font: font(fonts.furniture, fonts.eastAsia), size: numberSize, color: muted, noProof: true },
    },
    { id: STYLE.indexReference, name: 'Index Reference', quickFormat: true, run: { color: hex(theme.colours.link) } },
    {
      id: STYLE.hyperlink,
      name: 'Hyperlink',
      uiPriority: 99,
      unhideWhenUsed: true,
      run: { color: hex(theme.colours.link), underline: { type: UnderlineType.SINGLE } },
    },
    {
      id: STYLE.footnoteReference,
      name: 'footnote reference',
      uiPriority: 99,
      unhideWhenUsed: true,
      run: { superScript: true },
    },
    {
      id: STYLE.endnoteReference,
      name: 'endnote reference',
      uiPriority: 99,
      unhideWhenUsed: true,
      run: { superScript: true },
    },
  ];

  return {
    default: {
      document: {
        run: {
          font: font(fonts.text, fonts.eastAsia),
          size: toHalfPoints(text.size),
          color: hex(theme.colours.text),
          language: lang,
        },
        paragraph: { spacing: { before: 0, after: 0, ...leadingFor(text.size, text.leading) } },
      },
    },
    paragraphStyles,
    characterStyles,
  };
}
