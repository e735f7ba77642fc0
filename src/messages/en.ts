/**
 * @module messages/en
 * The English catalogue, and the fallback for a language that has none.
 */
import type { Messages } from './catalogue.js';

export const en = {
  locale: 'en-GB',
  forms: {
    groupSeparator: ',',
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    date: (day, month, year) => `${day} ${month} ${year}`,
    listPair: ' and ',
    listSeparator: ', ',
    listLast: ' and ',
    plural: (n) => (n === 1 ? 'one' : 'other'),
  },
  labels: {
    question: 'Question',
    unidentified: 'Unidentified speaker',
    participants: 'Participants',
    speakerIndex: 'Speaker index',
    colophon: 'Colophon',
    notes: 'Notes',
    contents: 'Contents',
    transcript: 'Transcript',
    page: 'Page',
    of: 'of',
  },
  paragraphRange: (from, to) => `Paragraphs ${from}–${to}`,
  words: { one: '# word', other: '# words' },
  kinds: {
    'press conference': 'press conference',
    'joint press conference': 'joint press conference',
    'press briefing': 'press briefing',
    'press gaggle': 'press gaggle',
    'press point': 'press point',
    'doorstop interview': 'doorstop interview',
    'earnings call': 'earnings call',
    interview: 'interview',
    debate: 'debate',
    'parliamentary sitting': 'parliamentary sitting',
    hearing: 'hearing',
    podcast: 'podcast',
    remarks: 'remarks',
    statement: 'statement',
    speech: 'speech',
    briefing: 'briefing',
  },
  title: {
    transcript: 'Transcript',
    with: (head, names) => `${head} with ${names}`,
    withOthers: (head, first) => `${head} with ${first} and others`,
    dated: (head, date) => `${head}, ${date}`,
  },
  attribution: {
    note: (name) => `The source prints no speaker label here; the words are attributed to ${name} by inference.`,
    evidence: 'Evidence:',
  },
  marks: {
    inaudible: 'inaudible',
    indiscernible: 'indiscernible',
    crosstalk: 'crosstalk',
    redacted: 'redacted',
    unclear: 'unclear',
    sic: 'sic',
    interpretation: 'as interpreted',
  },
  colophon: {
    publishedBy: (publisher, series, updated) =>
      `Source: ${publisher}${series ? `, ${series}` : ''}${updated ? `; page updated ${updated}` : ''}.`,
    pageUpdated: (updated) => `The source page was last updated on ${updated}.`,
    address: 'Source page:',
    input: (fileName, format, encoding) =>
      fileName
        ? `Input file: ${fileName} (${format}, ${encoding}).`
        : `Input: standard input (${format}, ${encoding}).`,
    withByteOrderMark: (encoding) => `${encoding} with BOM`,
    formats: {
      text: 'plain text',
      markdown: 'Markdown',
      webvtt: 'WebVTT subtitles',
      srt: 'SRT subtitles',
      model: 'Verbatim model JSON',
      'whisper-json': 'OpenAI Whisper JSON',
      'aws-transcribe-json': 'Amazon Transcribe JSON',
      'assemblyai-json': 'AssemblyAI JSON',
      'deepgram-json': 'Deepgram JSON',
      'revai-json': 'Rev.ai JSON',
      tei: 'TEI XML',
      'akoma-ntoso': 'Akoma Ntoso XML',
      'oyez-json': 'Oyez oral-argument JSON',
      docx: 'Word document',
      html: 'HTML web page',
      csv: 'spreadsheet export (CSV)',
      'segments-json': 'JSON list of segments',
      'xml-text': 'text in an XML wrapper',
    },
    checksum: 'SHA-256 of the input:',
    madeWith: (version, modelVersion) => `Made with Verbatim ${version} (transcript model ${modelVersion}).`,
    contents: (turns, paragraphs, words, speakers, unnamed) => {
      const others = unnamed
        ? speakers
          ? ' and others the source does not name'
          : ' by speakers the source does not name'
        : '';
      return `The transcript has ${turns} in ${paragraphs}, with ${words}${speakers ? ` by ${speakers}` : ''}${others}.`;
    },
    turns: { one: '# turn', other: '# turns' },
    paragraphs: { one: '# paragraph', other: '# paragraphs' },
    spokenWords: { one: '# spoken word', other: '# spoken words' },
    speakers: { one: '# named speaker', other: '# named speakers' },
    empty: 'The transcript has no spoken text.',
    allLabelled: 'Every turn’s speaker is named by a label in the source.',
    inferred: {
      one: '# turn has no speaker label in the source; its speaker was inferred, as the note there explains.',
      other:
        '# turns have no speaker label in the source; their speakers were inferred, as a note at each speaker’s first such turn explains.',
    },
    unattributed: {
      one: '# turn could not be attributed to any participant.',
      other: '# turns could not be attributed to any participant.',
    },
    editor: {
      one: 'An editor decided the speaker of # turn.',
      other: 'An editor decided the speakers of # turns.',
    },
    furniture: {
      one: '# passage that is not speech (page furniture such as a header, a table of contents or a page number) was left out.',
      other:
        '# passages that are not speech (page furniture such as headers, navigation, tables of contents, page numbers or subtitle timings) were left out.',
    },
    metadata: {
      one: '# passage was read as metadata (title, date, place or participants) rather than as speech.',
      other: '# passages were read as metadata (title, date, place or participants) rather than as speech.',
    },
    changes: (list) => `Changes to the characters of the text: ${list}.`,
    noChanges: 'No character of the text was changed.',
    changeKinds: {
      quotes: { one: '# straight quotation mark made curly', other: '# straight quotation marks made curly' },
      dashes: { one: '# hyphen made a dash', other: '# hyphens made dashes' },
      ellipses: { one: '# run of three dots made an ellipsis', other: '# runs of three dots made ellipses' },
      spaces: {
        one: '# non-breaking, tab or other odd space made a plain space',
        other: '# non-breaking, tab or other odd spaces made plain spaces',
      },
      trailingSpaces: { one: 'trailing spaces removed from # line', other: 'trailing spaces removed from # lines' },
      invisible: { one: '# invisible control character removed', other: '# invisible control characters removed' },
      lineEndings: { one: '# line ending made uniform', other: '# line endings made uniform' },
      lineBreaks: {
        one: '# line break inside a paragraph joined',
        other: '# line breaks inside paragraphs joined',
      },
      brokenParagraphs: {
        one: '# paragraph broken off mid-sentence in the source joined to the one before',
        other: '# paragraphs broken off mid-sentence in the source joined to the ones before',
      },
      hyphenatedWords: {
        one: '# word hyphenated at a line end rejoined',
        other: '# words hyphenated at line ends rejoined',
      },
      markup: {
        one: '# piece of markup (HTML, Markdown or subtitle tags) removed or resolved',
        other: '# pieces of markup (HTML, Markdown or subtitle tags) removed or resolved',
      },
      mojibake: { one: '# garbled character (mojibake) repaired', other: '# garbled characters (mojibake) repaired' },
      other: { one: '# other change', other: '# other changes' },
    },
    spelling: 'Spelling is as in the source.',
  },
  metadata: {
    keyword: 'transcript',
    accessibilitySummary:
      'A transcript in reflowable text with a table of contents, headings, landmarks and a reading order that follows the source. ' +
      'Every speaker is named in a text label before their words; colour only repeats what the label says. ' +
      'Spoken paragraphs are numbered and anchored, the speaker index links to them, and editorial notes are linked both ways. ' +
      'The language of the text and of foreign passages is declared.',
  },
} satisfies Messages<'one' | 'other'>;
