/**
 * @module messages/de
 * The German catalogue.
 */
import type { Messages } from './catalogue.js';

export const de = {
  locale: 'de',
  forms: {
    groupSeparator: '.',
    months: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
    date: (day, month, year) => `${day}. ${month} ${year}`,
    listPair: ' und ',
    listSeparator: ', ',
    listLast: ' und ',
    plural: (n) => (n === 1 ? 'one' : 'other'),
  },
  labels: {
    question: 'Frage',
    unidentified: 'Nicht identifizierter Sprecher',
    participants: 'Teilnehmer',
    speakerIndex: 'Rednerverzeichnis',
    colophon: 'Impressum',
    notes: 'Anmerkungen',
    contents: 'Inhalt',
    transcript: 'Protokoll',
    page: 'Seite',
    of: 'von',
  },
  paragraphRange: (from, to) => `Absätze ${from}–${to}`,
  words: { one: '# Wort', other: '# Wörter' },
  kinds: {
    'press conference': 'Pressekonferenz',
    'joint press conference': 'gemeinsame Pressekonferenz',
    'press briefing': 'Pressebriefing',
    'press gaggle': 'Pressegespräch',
    'press point': 'Pressestatement',
    'doorstop interview': 'Kurzinterview',
    'earnings call': 'Telefonkonferenz zu den Geschäftszahlen',
    interview: 'Interview',
    debate: 'Debatte',
    'parliamentary sitting': 'Plenarsitzung',
    hearing: 'Anhörung',
    podcast: 'Podcast',
    remarks: 'Äußerungen',
    statement: 'Erklärung',
    speech: 'Rede',
    briefing: 'Unterrichtung',
  },
  title: {
    transcript: 'Protokoll',
    with: (head, names) => `${head} mit ${names}`,
    withOthers: (head, first) => `${head} mit ${first} und anderen`,
    dated: (head, date) => `${head}, ${date}`,
  },
  attribution: {
    note: (name) =>
      `Die Quelle nennt hier keinen Sprecher; die Worte werden ${name} aufgrund von Indizien zugeschrieben.`,
    evidence: 'Indizien (englisch):',
  },
  marks: {
    inaudible: 'unverständlich',
    indiscernible: 'nicht zu verstehen',
    crosstalk: 'mehrere sprechen durcheinander',
    redacted: 'geschwärzt',
    unclear: 'unsicher',
    sic: 'sic',
    interpretation: 'gedolmetscht',
  },
  colophon: {
    publishedBy: (publisher, series, updated) =>
      `Quelle: ${publisher}${series ? `, ${series}` : ''}${updated ? `; Seite aktualisiert am ${updated}` : ''}.`,
    pageUpdated: (updated) => `Die Quellseite wurde zuletzt am ${updated} aktualisiert.`,
    address: 'Quellseite:',
    input: (fileName, format, encoding) =>
      fileName
        ? `Eingabedatei: ${fileName} (${format}, ${encoding}).`
        : `Eingabe: Standardeingabe (${format}, ${encoding}).`,
    withByteOrderMark: (encoding) => `${encoding} mit BOM`,
    formats: {
      text: 'reiner Text',
      markdown: 'Markdown',
      webvtt: 'WebVTT-Untertitel',
      srt: 'SRT-Untertitel',
      model: 'Verbatim-Modell (JSON)',
      'whisper-json': 'OpenAI-Whisper-JSON',
      'aws-transcribe-json': 'Amazon-Transcribe-JSON',
      'assemblyai-json': 'AssemblyAI-JSON',
      'deepgram-json': 'Deepgram-JSON',
      'revai-json': 'Rev.ai-JSON',
      tei: 'TEI-XML',
      'akoma-ntoso': 'Akoma-Ntoso-XML',
      'oyez-json': 'Oyez-Verhandlungsprotokoll (JSON)',
      docx: 'Word-Dokument',
      html: 'HTML-Webseite',
      csv: 'Tabellenexport (CSV)',
      'segments-json': 'JSON-Liste von Abschnitten',
      'xml-text': 'Text in einer XML-Hülle',
    },
    checksum: 'SHA-256 der Eingabe:',
    madeWith: (version, modelVersion) => `Erstellt mit Verbatim ${version} (Transkriptmodell ${modelVersion}).`,
    contents: (turns, paragraphs, words, speakers, unnamed) => {
      const others = unnamed
        ? speakers
          ? ' und weiteren, die die Quelle nicht nennt'
          : ' von Sprechern, die die Quelle nicht nennt'
        : '';
      return `Das Protokoll umfasst ${turns} in ${paragraphs} mit ${words}${speakers ? ` von ${speakers}` : ''}${others}.`;
    },
    turns: { one: '# Redebeitrag', other: '# Redebeiträge' },
    paragraphs: { one: '# Absatz', other: '# Absätzen' },
    spokenWords: { one: '# gesprochenen Wort', other: '# gesprochenen Wörtern' },
    speakers: { one: '# namentlich genannten Sprecher', other: '# namentlich genannten Sprechern' },
    empty: 'Das Protokoll enthält keinen gesprochenen Text.',
    allLabelled: 'Jeder Redebeitrag ist in der Quelle mit dem Namen des Sprechers versehen.',
    inferred: {
      one: '# Redebeitrag ist in der Quelle keinem Sprecher zugeordnet; der Sprecher wurde erschlossen, wie die Anmerkung dort erläutert.',
      other:
        '# Redebeiträge sind in der Quelle keinem Sprecher zugeordnet; die Sprecher wurden erschlossen, wie jeweils eine Anmerkung beim ersten dieser Beiträge eines Sprechers erläutert.',
    },
    unattributed: {
      one: '# Redebeitrag konnte keinem Teilnehmer zugeordnet werden.',
      other: '# Redebeiträge konnten keinem Teilnehmer zugeordnet werden.',
    },
    editor: {
      one: 'Bei # Redebeitrag hat die Redaktion den Sprecher bestimmt.',
      other: 'Bei # Redebeiträgen hat die Redaktion den Sprecher bestimmt.',
    },
    furniture: {
      one: '# Abschnitt, der nicht gesprochen wurde (Seitenelemente wie eine Kopfzeile, ein Inhaltsverzeichnis oder eine Seitenzahl), wurde weggelassen.',
      other:
        '# Abschnitte, die nicht gesprochen wurden (Seitenelemente wie Kopfzeilen, Navigation, Inhaltsverzeichnisse, Seitenzahlen oder Untertitel-Zeitangaben), wurden weggelassen.',
    },
    metadata: {
      one: '# Abschnitt wurde als Metadaten (Titel, Datum, Ort oder Teilnehmer) gelesen, nicht als Rede.',
      other: '# Abschnitte wurden als Metadaten (Titel, Datum, Ort oder Teilnehmer) gelesen, nicht als Rede.',
    },
    changes: (list) => `Änderungen an Zeichen des Textes: ${list}.`,
    noChanges: 'Kein Zeichen des Textes wurde geändert.',
    changeKinds: {
      quotes: {
        one: '# gerades Anführungszeichen durch ein typografisches ersetzt',
        other: '# gerade Anführungszeichen durch typografische ersetzt',
      },
      dashes: {
        one: '# Bindestrich durch einen Gedankenstrich ersetzt',
        other: '# Bindestriche durch Gedankenstriche ersetzt',
      },
      ellipses: {
        one: '# Folge von drei Punkten durch eine Ellipse ersetzt',
        other: '# Folgen von drei Punkten durch Ellipsen ersetzt',
      },
      spaces: {
        one: '# geschütztes, Tabulator- oder sonstiges Sonderleerzeichen durch ein einfaches ersetzt',
        other: '# geschützte, Tabulator- oder sonstige Sonderleerzeichen durch einfache ersetzt',
      },
      trailingSpaces: {
        one: 'Leerzeichen am Zeilenende aus # Zeile entfernt',
        other: 'Leerzeichen am Zeilenende aus # Zeilen entfernt',
      },
      invisible: { one: '# unsichtbares Steuerzeichen entfernt', other: '# unsichtbare Steuerzeichen entfernt' },
      lineEndings: { one: '# Zeilenende vereinheitlicht', other: '# Zeilenenden vereinheitlicht' },
      lineBreaks: {
        one: '# Zeilenumbruch innerhalb eines Absatzes aufgehoben',
        other: '# Zeilenumbrüche innerhalb von Absätzen aufgehoben',
      },
      brokenParagraphs: {
        one: '# in der Quelle mitten im Satz abgebrochener Absatz mit dem vorigen verbunden',
        other: '# in der Quelle mitten im Satz abgebrochene Absätze mit dem jeweils vorigen verbunden',
      },
      hyphenatedWords: {
        one: '# am Zeilenende getrenntes Wort zusammengefügt',
        other: '# am Zeilenende getrennte Wörter zusammengefügt',
      },
      markup: {
        one: '# Auszeichnung (HTML-, Markdown- oder Untertitel-Tag) entfernt oder aufgelöst',
        other: '# Auszeichnungen (HTML-, Markdown- oder Untertitel-Tags) entfernt oder aufgelöst',
      },
      mojibake: {
        one: '# falsch kodiertes Zeichen (Mojibake) repariert',
        other: '# falsch kodierte Zeichen (Mojibake) repariert',
      },
      other: { one: '# sonstige Änderung', other: '# sonstige Änderungen' },
    },
    spelling: 'Die Schreibweise folgt der Quelle.',
  },
  metadata: {
    keyword: 'Protokoll',
    accessibilitySummary:
      'Ein Protokoll als umfließender Text mit Inhaltsverzeichnis, Überschriften, Orientierungspunkten und einer Lesereihenfolge, die der Quelle folgt. ' +
      'Jeder Sprecher wird vor seinen Worten in einer Textmarke genannt; die Farbe wiederholt nur, was die Marke sagt. ' +
      'Gesprochene Absätze sind nummeriert und verankert, das Rednerverzeichnis verweist auf sie, und redaktionelle Anmerkungen sind in beide Richtungen verlinkt. ' +
      'Die Sprache des Textes und fremdsprachiger Passagen ist angegeben.',
  },
} satisfies Messages<'one' | 'other'>;
