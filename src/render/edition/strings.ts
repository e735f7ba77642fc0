/**
 * @module render/edition/strings
 * The few words every edition prints of its own ("Speaker index", "Question", "para."), in the
 * transcript's language where we have them, English otherwise. One table for all renderers.
 */

/** Words an edition prints. */
export interface EditionStrings {
  question: string;
  unidentified: string;
  participants: string;
  speakerIndex: string;
  colophon: string;
  notes: string;
  contents: string;
  transcript: string;
  paragraphs: string;
  words: string;
  page: string;
  of: string;
}

const EN: EditionStrings = {
  question: 'Question',
  unidentified: 'Unidentified speaker',
  participants: 'Participants',
  speakerIndex: 'Speaker index',
  colophon: 'Colophon',
  notes: 'Notes',
  contents: 'Contents',
  transcript: 'Transcript',
  paragraphs: 'Paragraphs',
  words: 'words',
  page: 'Page',
  of: 'of',
};

const TABLE: Record<string, EditionStrings> = {
  en: EN,
  de: {
    question: 'Frage',
    unidentified: 'Nicht identifizierter Sprecher',
    participants: 'Teilnehmer',
    speakerIndex: 'Rednerverzeichnis',
    colophon: 'Impressum',
    notes: 'Anmerkungen',
    contents: 'Inhalt',
    transcript: 'Protokoll',
    paragraphs: 'Absätze',
    words: 'Wörter',
    page: 'Seite',
    of: 'von',
  },
  fr: {
    question: 'Question',
    unidentified: 'Intervenant non identifié',
    participants: 'Participants',
    speakerIndex: 'Index des intervenants',
    colophon: 'Colophon',
    notes: 'Notes',
    contents: 'Sommaire',
    transcript: 'Transcription',
    paragraphs: 'Paragraphes',
    words: 'mots',
    page: 'Page',
    of: 'sur',
  },
  ru: {
    question: 'Вопрос',
    unidentified: 'Неустановленный выступающий',
    participants: 'Участники',
    speakerIndex: 'Указатель выступающих',
    colophon: 'Выходные сведения',
    notes: 'Примечания',
    contents: 'Содержание',
    transcript: 'Стенограмма',
    paragraphs: 'Абзацы',
    words: 'слов',
    page: 'Страница',
    of: 'из',
  },
};

/** The strings for a BCP 47 language (its primary subtag), English when we have none. */
export function editionStrings(language: string): EditionStrings {
  return TABLE[language.split('-')[0]!.toLowerCase()] ?? EN;
}
