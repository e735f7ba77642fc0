/**
 * @module render/docx
 * The Word edition: an editable copy built on named styles (`styles.ts`), so that an editor
 * restyles every label, every turn or one speaker in one click; real footnotes (or endnotes)
 * numbered as in the model; a bookmark for every paragraph number (`para-17`), to which the
 * speaker index links; page setup, running head and "Page X of Y" from the theme; the title page,
 * speaker index and colophon from the shared edition; embedded fonts when the theme asks; core and
 * custom properties. The bytes are the same on every run and in every time zone (`package.ts`).
 *
 * Layout of the document: section 1 is the title page (title, subtitle, participants; no running
 * head or folio; centred on the page unless the list of participants is long); section 2 holds the transcript, then the speaker index (on
 * a new page) and the colophon, with the short title as running head and "Page X of Y" as folio.
 */
import {
  Document,
  EndnotePosition,
  ExternalHyperlink,
  Footer,
  Header,
  InternalHyperlink,
  NumberFormat,
  Paragraph,
  SectionType,
  TextRun,
  VerticalAlignSection,
  PageNumber,
  type ISectionPropertiesOptions,
  type ParagraphChild,
} from 'docx';
import type { Transcript } from '../../model/nodes.js';
import type { SpeakerStyle } from '../../theme/speakers.js';
import { PAPER_SIZES, toTwip } from '../../theme/units.js';
import { VERSION } from '../../version.js';
import { prepareEditionFor, type Edition, type EditionBlock } from '../edition/edition.js';
import type { RenderContext, Renderer } from '../types.js';
import { blockParagraphs, cleanText, inlineChildren, planNotes, type DocxState } from './handlers.js';
import { packageDocx, type PackageInfo } from './package.js';
import {
  PARAGRAPH_PROPERTY_ADDITIONS,
  STYLE,
  buildStyles,
  embeddedFonts,
  resolveFonts,
  speakerStyleId,
} from './styles.js';

/** Every speaker style the edition's labels, title page and index use, each once, in order. */
function usedSpeakerStyles(edition: Edition): SpeakerStyle[] {
  const byKey = new Map<string, SpeakerStyle>();
  for (const style of edition.styles.values()) byKey.set(style.key, style);
  const visit = (blocks: readonly EditionBlock[]) => {
    for (const block of blocks) {
      if (block.type === 'turn' && !byKey.has(block.style.key)) byKey.set(block.style.key, block.style);
      else if (block.type === 'section') visit(block.blocks);
    }
  };
  visit(edition.blocks);
  return [...byKey.values()];
}

function titlePage(edition: Edition): Paragraph[] {
  const out = [new Paragraph({ style: STYLE.title, children: [new TextRun(cleanText(edition.title))] })];
  if (edition.subtitle)
    out.push(new Paragraph({ style: STYLE.subtitle, children: [new TextRun(cleanText(edition.subtitle))] }));
  if (edition.participants.length > 0) {
    out.push(
      new Paragraph({
        style: STYLE.participantsHeading,
        children: [new TextRun(cleanText(edition.strings.participants))],
      }),
    );
    for (const { participant, style, description } of edition.participants) {
      const children: ParagraphChild[] = [
        new TextRun({ text: cleanText(participant.name), style: speakerStyleId(style) }),
      ];
      if (description) children.push(new TextRun(cleanText(`, ${description}`)));
      out.push(new Paragraph({ style: STYLE.participant, children }));
    }
  }
  return out;
}

function speakerIndex(edition: Edition): Paragraph[] {
  if (edition.index.length === 0) return [];
  const { strings } = edition;
  const out = [new Paragraph({ style: STYLE.indexHeading, children: [new TextRun(cleanText(strings.speakerIndex))] })];
  for (const entry of edition.index) {
    // As every edition prints it: "Name (N words): 1–5, 14–15", each range linked to its start.
    const children: ParagraphChild[] = [
      new TextRun({ text: cleanText(entry.name), style: speakerStyleId(entry.style) }),
      new TextRun(` (${entry.wordsText}): `),
    ];
    entry.ranges.forEach(([from, to], i) => {
      if (i > 0) children.push(new TextRun(', '));
      const text = from === to ? String(from) : `${from}–${to}`;
      children.push(
        new InternalHyperlink({
          anchor: `para-${from}`,
          children: [new TextRun({ text, style: STYLE.indexReference })],
        }),
      );
    });
    out.push(new Paragraph({ style: STYLE.index, children }));
  }
  return out;
}

/** Plain text with its web addresses as external hyperlinks (Hyperlink style). */
function linkedText(text: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g)) {
    if (match.index > last) out.push(new TextRun(cleanText(text.slice(last, match.index))));
    out.push(
      new ExternalHyperlink({
        link: match[0],
        children: [new TextRun({ text: cleanText(match[0]), style: STYLE.hyperlink })],
      }),
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(new TextRun(cleanText(text.slice(last))));
  return out;
}

function colophon(edition: Edition): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.colophonHeading, children: [new TextRun(cleanText(edition.strings.colophon))] }),
    ...edition.colophon.map((text) => new Paragraph({ style: STYLE.colophon, children: linkedText(text) })),
  ];
}

/** Participants listed on a title page that is still centred vertically (more would overflow it). */
const CENTRED_TITLE_PAGE_PARTICIPANTS = 12;

/** Build the docx `Document` of an edition and the facts its package needs. */
export function buildDocxDocument(edition: Edition): { document: Document; info: PackageInfo } {
  const { theme, strings, transcript } = edition;
  const meta = transcript.meta;
  const fonts = resolveFonts(theme);
  const notes = planNotes(edition);
  const state: DocxState = { edition, notes, runStyle: null, lang: null, inNote: false };

  const body = blockParagraphs(edition.blocks, state);

  // Notes: the text of every referenced note; notes nobody refers to are listed after the body.
  const noteState: DocxState = { ...state, inNote: true };
  const noteStyle = notes.placement === 'footnote' ? STYLE.footnoteText : STYLE.endnoteText;
  const noteTexts: Record<string, { children: Paragraph[] }> = {};
  const unreferenced: Paragraph[] = [];
  for (const note of edition.notes) {
    const id = notes.ids.get(note.id);
    if (id !== undefined) {
      noteTexts[String(id)] = {
        children: [
          new Paragraph({ style: noteStyle, children: [new TextRun(' '), ...inlineChildren(note.inlines, noteState)] }),
        ],
      };
    } else {
      unreferenced.push(
        new Paragraph({
          style: noteStyle,
          children: [new TextRun(`${note.number}. `), ...inlineChildren(note.inlines, noteState)],
        }),
      );
    }
  }
  if (unreferenced.length > 0)
    unreferenced.unshift(
      new Paragraph({ style: STYLE.notesHeading, children: [new TextRun(cleanText(strings.notes))] }),
    );

  const paper = PAPER_SIZES[theme.page.size];
  const margins = theme.page.margins;
  const top = toTwip(margins.top);
  const bottom = toTwip(margins.bottom);
  const pageProperties: ISectionPropertiesOptions = {
    page: {
      size: { width: Math.round(paper.width * 20), height: Math.round(paper.height * 20) },
      margin: {
        top,
        bottom,
        left: toTwip(margins.inner),
        right: toTwip(margins.outer),
        header: Math.round(top / 2),
        footer: Math.round(bottom / 2),
        gutter: 0,
      },
      pageNumbers: { formatType: NumberFormat.DECIMAL },
    },
    footnoteProperties: { numberFormat: { type: NumberFormat.DECIMAL } },
    endnoteProperties: { numberFormat: { type: NumberFormat.DECIMAL }, position: EndnotePosition.DOCUMENT_END },
  };

  const document = new Document({
    title: edition.title,
    creator: meta.source.publisher ?? 'Verbatim',
    styles: buildStyles({ edition, fonts, speakerStyles: usedSpeakerStyles(edition) }),
    ...(notes.placement === 'footnote' ? { footnotes: noteTexts } : { endnotes: noteTexts }),
    hyphenation: { autoHyphenation: theme.text.hyphenate },
    customProperties: [
      { name: 'Input SHA-256', value: meta.source.sha256 },
      { name: 'Verbatim version', value: VERSION },
      { name: 'Document identifier', value: edition.documentId },
    ],
    sections: [
      {
        properties: {
          ...pageProperties,
          verticalAlign:
            edition.participants.length <= CENTRED_TITLE_PAGE_PARTICIPANTS
              ? VerticalAlignSection.CENTER
              : VerticalAlignSection.TOP,
        },
        children: titlePage(edition),
      },
      {
        properties: { ...pageProperties, type: SectionType.NEXT_PAGE },
        headers: {
          default: new Header({
            children: [new Paragraph({ style: STYLE.header, children: [new TextRun(cleanText(edition.shortTitle))] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: STYLE.footer,
                children: [
                  new TextRun({
                    children: [`${strings.page} `, PageNumber.CURRENT, ` ${strings.of} `, PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...body, ...unreferenced, ...speakerIndex(edition), ...colophon(edition)],
      },
    ],
  });

  const info: PackageInfo = {
    title: edition.title,
    subject: edition.subtitle || strings.transcript,
    creator: meta.source.publisher ?? 'Verbatim',
    keywords: meta.subjects,
    description: edition.colophon.join(' '),
    language: edition.language,
    identifier: edition.documentId,
    date: edition.documentDate,
    application: 'Verbatim',
    mirrorMargins: theme.page.mirrored,
    fonts: theme.docx.embedFonts ? embeddedFonts(fonts) : [],
    customNoteMarks: notes.custom
      ? new Map([...notes.ids].map(([noteId, id]) => [id, notes.byId.get(noteId)!.number]))
      : null,
    paragraphPropertyAdditions: PARAGRAPH_PROPERTY_ADDITIONS,
  };
  return { document, info };
}

/** Render an edition as .docx bytes. */
export async function renderDocxEdition(edition: Edition): Promise<Uint8Array> {
  const { document, info } = buildDocxDocument(edition);
  return packageDocx(document, info);
}

/** The Word renderer. */
export const docxRenderer: Renderer = {
  id: 'docx',
  extension: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  description: 'Word document (named styles per speaker, real footnotes, paragraph bookmarks)',
  async render(transcript: Transcript, context: RenderContext): Promise<Uint8Array> {
    const edition = prepareEditionFor(transcript, context);
    return renderDocxEdition(edition);
  },
};
