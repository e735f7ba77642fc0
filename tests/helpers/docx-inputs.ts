// Word documents as transcripts arrive in them, made in the test with the `docx` package (our
// own words): one with bold labels at the paragraphs' start, one with a speaker | text table.
// Each comes with the words it holds, in reading order, for the tests to compare against.
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ParagraphChild,
} from 'docx';

/** A run of text: plain, bold or italic. */
type Run = string | { bold: string } | { italic: string };

function runs(parts: Run[]): ParagraphChild[] {
  return parts.map((part) =>
    typeof part === 'string'
      ? new TextRun(part)
      : 'bold' in part
        ? new TextRun({ text: part.bold, bold: true })
        : new TextRun({ text: part.italic, italics: true }),
  );
}

function text(parts: Run[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : 'bold' in p ? p.bold : p.italic)).join('');
}

/** A Word document and what it says. */
export interface DocxInput {
  bytes: Buffer;
  /** Every word of the document's text, in order. */
  text: string;
  /** The speakers' names as the document prints them, in order of their turns. */
  turns: string[];
  /** The words printed in italics. */
  italics: string[];
}

const BOLD_LABEL_PARAGRAPHS: { label?: string; parts: Run[] }[] = [
  {
    label: 'Chair Ingrid Solberg:',
    parts: [
      ' Good evening. The hearing on the harbour budget is ',
      { italic: 'open' },
      ', and the clerk has the list.',
    ],
  },
  { parts: ['We will take the ferry line first, then the pier.'] },
  {
    label: 'Tomas Brekke: ',
    parts: ['Thank you, Chair. The ferry line lost money in ', { italic: 'every' }, ' winter month last year.'],
  },
  { label: 'Chair Ingrid Solberg', parts: [': How much, in all?'] },
  { label: 'Tomas Brekke:', parts: [' About four hundred thousand crowns, most of it in January. [laughter]'] },
  {
    label: 'Marit Lunde:',
    parts: ['That is less than the pier repairs, and nobody calls the pier a loss.'],
  },
  { label: 'Chair Ingrid Solberg:', parts: [' Noted. We adjourn until Thursday.'] },
];

/** Bold labels at the start of paragraphs, a label's colon inside and outside the bold run, italics. */
export async function boldLabelDocx(): Promise<DocxInput> {
  const heading = 'Harbour Council Budget Hearing';
  const date = '14 March 2024';
  const children = [
    new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun(date)] }),
    ...BOLD_LABEL_PARAGRAPHS.map(
      (p) =>
        new Paragraph({
          children: [...(p.label ? [new TextRun({ text: p.label, bold: true })] : []), ...runs(p.parts)],
        }),
    ),
  ];
  const doc = new Document({ creator: 'Verbatim tests', sections: [{ children }] });
  const bytes = await Packer.toBuffer(doc);
  return {
    bytes,
    text: [heading, date, ...BOLD_LABEL_PARAGRAPHS.map((p) => (p.label ?? '') + text(p.parts))].join('\n'),
    turns: [
      'Chair Ingrid Solberg',
      'Tomas Brekke',
      'Chair Ingrid Solberg',
      'Tomas Brekke',
      'Marit Lunde',
      'Chair Ingrid Solberg',
    ],
    italics: ['open', 'every'],
  };
}

const TABLE_ROWS: [string, Run[][]][] = [
  ['Interviewer', [["Let's begin with the storm of 1987. Where were you that night?"]]],
  [
    'Astrid Vik',
    [
      ['On the pier, with my father. The water came over the ', { italic: 'second' }, ' step, then the third.'],
      ['We tied the boats with everything we had.'],
    ],
  ],
  ['', [['And we lost two of them anyway.']]],
  ['Interviewer', [['Did anyone tell you to leave?']]],
  ['Astrid Vik', [['Nobody. The radio said it would ', { italic: 'pass' }, ' to the north.']]],
];

/** A two-column table, speaker | text, with a header row, a speaker cell left empty, italics. */
export async function tableDocx(): Promise<DocxInput> {
  const heading = 'Oral history: the storm of 1987';
  const cell = (paragraphs: Run[][], bold = false) =>
    new TableCell({
      children: paragraphs.map(
        (parts) => new Paragraph({ children: bold ? [new TextRun({ text: text(parts), bold: true })] : runs(parts) }),
      ),
    });
  const rows = [
    new TableRow({ tableHeader: true, children: [cell([['Speaker']], true), cell([['Text']], true)] }),
    ...TABLE_ROWS.map(
      ([speaker, paragraphs]) => new TableRow({ children: [cell([[speaker]], true), cell(paragraphs)] }),
    ),
  ];
  const doc = new Document({
    creator: 'Verbatim tests',
    sections: [{ children: [new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }), new Table({ rows })] }],
  });
  const bytes = await Packer.toBuffer(doc);
  return {
    bytes,
    text: [heading, ...TABLE_ROWS.map(([speaker, ps]) => [speaker, ...ps.map(text)].join('\n'))].join('\n'),
    turns: ['Interviewer', 'Astrid Vik', 'Interviewer', 'Astrid Vik'],
    italics: ['second', 'pass'],
  };
}
