/**
 * @module theme/theme
 * The `Theme` type: every layout and appearance decision of the PDF, DOCX and EPUB renderers in
 * one typed object. Settings every format honours sit at the top level; settings only one format
 * can honour live in its own sub-object (`pdf`, `docx`, `epub`), so the type says which renderer
 * reads what. Lengths carry their unit (`"10.5pt"`, `"20mm"`) and are converted by `units.ts`;
 * colours are `#rrggbb`; font files are paths inside the project's `fonts/` folder or absolute
 * paths (a theme file's own fonts, named relative to the file, are made absolute by `loadTheme`).
 *
 * Build one with `checkTheme` / `loadTheme` (`check.ts`) or take a preset from `default.ts`.
 * Presets are frozen: copy before changing.
 */
import type { Length, PageSize } from './units.js';

/** A `#rrggbb` colour. */
export type Colour = string;

/** One font family: its name and the files of the styles the renderers use. */
export interface FontFamily {
  /** Family name written into DOCX run properties and CSS `font-family` ("Source Serif 4"). */
  name: string;
  /** Upright regular (400) file, relative to `fonts/` ("source-serif-4/SourceSerif4-Regular.ttf") or absolute. */
  regular: string;
  /** Italic file, relative to `fonts/`. */
  italic: string;
  /** Bold (700) file, relative to `fonts/`. */
  bold: string;
  /** Bold italic file, relative to `fonts/`; without it renderers use `bold` for bold italic. */
  boldItalic?: string;
  /** Semibold (600) file, relative to `fonts/`; needed when labels are set in semibold. */
  semibold?: string;
}

/** Which of the theme's two families a piece of text is set in. */
export type FamilyRole = 'text' | 'furniture';

/** Page margins. `inner` is the binding side (left on every page unless `mirrored`). */
export interface Margins {
  /** Head margin. */
  top: Length;
  /** Foot margin (the folio sits inside it). */
  bottom: Length;
  /** Binding-side margin: left on recto (odd) pages, right on verso (even) pages when mirrored. */
  inner: Length;
  /** Fore-edge margin (paragraph numbers hang into it). */
  outer: Length;
}

/** Paper and margins (PDF and DOCX; EPUB reflows and ignores them). */
export interface PageSettings {
  /** Paper size: ISO A4, US Letter or ISO A5; portrait. Sizes in points are in `PAPER_SIZES`. */
  size: PageSize;
  /** Mirror `inner`/`outer` on facing pages, for a bound book; otherwise `inner` is always left. */
  mirrored: boolean;
  /** The four margins. */
  margins: Margins;
}

/** The two families, and the faces that stand in for characters they lack. */
export interface Fonts {
  /** Body text, headings, title and (by default) speaker labels. */
  text: FontFamily;
  /** Running heads, folios, paragraph numbers and other page furniture. */
  furniture: FontFamily;
  /**
   * Font files (relative to `fonts/`, or absolute), tried in order for a character the face of its run has
   * no glyph for (CJK, symbols, emoji): the PDF draws it in the first that has it; Word and the
   * e-book name them after the theme's family. Empty: no fallback.
   */
  fallback: string[];
}

/** Spoken paragraphs. */
export interface TextSettings {
  /** Font size of body text. */
  size: Length;
  /** Line height as a multiple of `size` (1.35 = 10.5pt type on 14.175pt lines); 1 to 3. */
  leading: number;
  /** Extra space between paragraphs of one turn. */
  paragraphSpacing: Length;
  /** Extra space between turns (and around stage directions). */
  turnSpacing: Length;
  /** Indent of the first line of each paragraph after the first of a turn; "0pt" for none. */
  firstLineIndent: Length;
  /** Justify lines (true) or set them ragged right (false). */
  justify: boolean;
  /** Hyphenate words at line ends where the renderer can (PDF layout, CSS `hyphens: auto`). */
  hyphenate: boolean;
}

/** Headings printed in the source (`heading` nodes, section titles). */
export interface HeadingSettings {
  /** Family of headings. */
  family: FamilyRole;
  /** Font size for depth 1, 2 and 3, in that order. */
  sizes: [Length, Length, Length];
  /** Space above a heading. */
  spaceBefore: Length;
  /** Space below a heading. */
  spaceAfter: Length;
}

/** The edition's title (`meta.title`) on the title page or at the top of the first page. */
export interface TitleSettings {
  /** Font size of the title. */
  size: Length;
}

/** How speaker labels look. Every speaker shares these; only the colour differs per speaker. */
export interface LabelSettings {
  /** Letter case: true small caps (the fonts' `smcp`), capitals, or as printed. */
  transform: 'small-caps' | 'uppercase' | 'none';
  /** Weight; `semibold` needs the label family to have a `semibold` file. */
  weight: 'regular' | 'semibold' | 'bold';
  /** Family the label is set in. */
  family: FamilyRole;
  /**
   * Printed between label and speech in `run-in` layout (": " or ". "); renderers should not
   * double a full stop the label already ends with ("Q." + ". "). Not printed in `block` layout.
   */
  separator: string;
  /** `run-in`: the label starts the turn's first paragraph; `block`: the label has its own line. */
  layout: 'run-in' | 'block';
}

/**
 * Speaker colours. `speakerStyles` (`speakers.ts`) gives each participant its colour: persons take
 * `palette` entries in participant order, cyclically; the other kinds take the fixed colours.
 */
export interface SpeakerSettings {
  /** Colours for persons, in order of first introduction; at least one. */
  palette: Colour[];
  /** Colour for the `anonymous` participant (unnamed questioners, "Question", "Q"). */
  questioner: Colour;
  /** Colour for `group` participants ("Some hon. members"). */
  group: Colour;
  /** Colour for `unknown` participants (unresolved labels) and turns with no speaker. */
  unknown: Colour;
  /**
   * Colours for particular speakers, by participant id ("p-robertson") or by name as printed
   * ("Lord Robertson"); they take precedence over the palette and the fixed colours.
   */
  byParticipant: Record<string, Colour>;
  /**
   * Accept label colours below WCAG AA contrast (4.5:1 on white). Off by default: `checkTheme`
   * then rejects any such colour in `palette`, `questioner`, `group` or `unknown`.
   */
  allowLowContrast: boolean;
}

/** Colours other than the speakers'. */
export interface ColourSettings {
  /** Body text. */
  text: Colour;
  /** Secondary text: paragraph numbers, running heads, folios, note numbers. */
  muted: Colour;
  /** Rules: the footnote separator, the line under a running head. */
  rule: Colour;
  /** Hyperlinks (source URL in the colophon, EPUB cross-references). */
  link: Colour;
}

/** How editorial marks (gaps, incidents, sic, interpretation, time marks) print. */
export interface MarkSettings {
  /** Brackets around a mark's words: `[inaudible]` or `(inaudible)`. */
  brackets: 'square' | 'round';
  /** Set the words inside the brackets in italic. */
  italic: boolean;
  /** Print `timeMark` nodes (`[04:22]`); off suits subtitle input, where every cue has one. */
  showTimeMarks: boolean;
}

/** Editorial notes (the model numbers them; renderers place them). */
export interface NoteSettings {
  /** At the foot of the page (EPUB: after the chapter) or at the end of the edition. */
  placement: 'footnote' | 'endnote';
  /** Font size of note text. */
  size: Length;
}

/** The paragraph numbers every edition prints (the model's 1-based spoken paragraph numbers). */
export interface ParagraphNumberSettings {
  /** Print them (in the outer margin; EPUB: before the paragraph). Anchors exist either way. */
  show: boolean;
  /** Font size of the numbers (furniture family). */
  size: Length;
}

/** Settings only the PDF renderer honours. */
export interface PdfSettings {
  /** Print the edition's title as a running head on every page but the first. */
  runningHead: boolean;
  /** Print page numbers. */
  folio: boolean;
  /** Write PDF/A (archival) conformance: embedded fonts, XMP metadata, output intent. */
  pdfA: boolean;
  /** Write a tagged PDF (structure tree for screen readers and reflow). */
  tagged: boolean;
}

/** Settings only the DOCX renderer honours. */
export interface DocxSettings {
  /** Embed the font files in the document so Word shows the theme's fonts without installing them (the file grows by the fonts' size). */
  embedFonts: boolean;
}

/** Settings only the EPUB renderer honours. */
export interface EpubSettings {
  /** Largest XHTML chapter file, in bytes: longer parts are split (at sections, else between turns); at least 10000. */
  maxChapterBytes: number;
  /** Include the font files in the book (reading systems may still let readers override them). */
  embedFonts: boolean;
}

/** Every layout and appearance decision of the renderers. */
export interface Theme {
  /** A name for the theme ("default", "a5-book", a theme file's base name). */
  name: string;
  /** Paper and margins. */
  page: PageSettings;
  /** Font families. */
  fonts: Fonts;
  /** Spoken paragraphs. */
  text: TextSettings;
  /** Headings. */
  headings: HeadingSettings;
  /** The edition's title. */
  title: TitleSettings;
  /** Speaker labels. */
  labels: LabelSettings;
  /** Speaker colours. */
  speakers: SpeakerSettings;
  /** Other colours. */
  colours: ColourSettings;
  /** Editorial marks. */
  marks: MarkSettings;
  /** Editorial notes. */
  notes: NoteSettings;
  /** Paragraph numbers. */
  paragraphNumbers: ParagraphNumberSettings;
  /** PDF only. */
  pdf: PdfSettings;
  /** DOCX only. */
  docx: DocxSettings;
  /** EPUB only. */
  epub: EpubSettings;
  /**
   * Words an edition prints, replaced per language ("*" for all): the catalogue's keys
   * (`src/messages/catalogue.ts`), e.g. `{ "en": { "labels": { "question": "Reporter" } } }`.
   */
  wording: Record<string, Record<string, unknown>>;
  /** A folder of templates (`colophon.hbs`, `epub/*.hbs`) that replace Verbatim's own by file name; null for none. */
  templates: string | null;
}
