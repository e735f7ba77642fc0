/**
 * @module messages/fr
 * The French catalogue. A colon, question mark or semicolon takes a no-break space before it.
 */
import type { Messages } from './catalogue.js';

/** The no-break space French typography puts before a colon. */
const NBSP = '\u00A0';

export const fr = {
  locale: 'fr',
  forms: {
    // A narrow no-break space, as CLDR writes French numbers.
    groupSeparator: '\u202F',
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    date: (day, month, year) => `${day} ${month} ${year}`,
    listPair: ' et ',
    listSeparator: ', ',
    listLast: ' et ',
    plural: (n) => (n === 0 || n === 1 ? 'one' : n % 1_000_000 === 0 ? 'many' : 'other'),
  },
  labels: {
    question: 'Question',
    unidentified: 'Intervenant non identifié',
    participants: 'Participants',
    speakerIndex: 'Index des intervenants',
    colophon: 'Colophon',
    notes: 'Notes',
    contents: 'Sommaire',
    transcript: 'Transcription',
    page: 'Page',
    of: 'sur',
  },
  paragraphRange: (from, to) => `Paragraphes ${from} à ${to}`,
  words: { one: '# mot', many: '# de mots', other: '# mots' },
  kinds: {
    'press conference': 'conférence de presse',
    'joint press conference': 'conférence de presse conjointe',
    'press briefing': 'point de presse',
    'press gaggle': 'échange informel avec la presse',
    'press point': 'déclaration à la presse',
    'doorstop interview': 'entretien impromptu',
    'earnings call': 'conférence téléphonique sur les résultats',
    interview: 'entretien',
    debate: 'débat',
    'parliamentary sitting': 'séance parlementaire',
    hearing: 'audition',
    podcast: 'podcast',
    remarks: 'allocution',
    statement: 'déclaration',
    speech: 'discours',
    briefing: 'briefing',
  },
  title: {
    transcript: 'Transcription',
    with: (head, names) => `${head} avec ${names}`,
    withOthers: (head, first) => `${head} avec ${first} et d’autres intervenants`,
    dated: (head, date) => `${head}, ${date}`,
  },
  attribution: {
    note: (name) =>
      `La source n’indique ici aucun intervenant${NBSP}; les propos sont attribués à ${name} par déduction.`,
    evidence: `Indices (en anglais)${NBSP}:`,
  },
  marks: {
    inaudible: 'inaudible',
    indiscernible: 'indistinct',
    crosstalk: 'propos simultanés',
    redacted: 'caviardé',
    unclear: 'incertain',
    sic: 'sic',
    interpretation: 'interprétation',
  },
  colophon: {
    publishedBy: (publisher, series, updated) =>
      `Source${NBSP}: ${publisher}${series ? `, ${series}` : ''}${updated ? `${NBSP}; page mise à jour le ${updated}` : ''}.`,
    pageUpdated: (updated) => `La page source a été mise à jour pour la dernière fois le ${updated}.`,
    address: `Page source${NBSP}:`,
    input: (fileName, format, encoding) =>
      fileName
        ? `Fichier d’entrée${NBSP}: ${fileName} (${format}, ${encoding}).`
        : `Entrée${NBSP}: entrée standard (${format}, ${encoding}).`,
    withByteOrderMark: (encoding) => `${encoding} avec BOM`,
    formats: {
      text: 'texte brut',
      markdown: 'Markdown',
      webvtt: 'sous-titres WebVTT',
      srt: 'sous-titres SRT',
      model: 'modèle Verbatim (JSON)',
      'whisper-json': 'JSON OpenAI Whisper',
      'aws-transcribe-json': 'JSON Amazon Transcribe',
      'assemblyai-json': 'JSON AssemblyAI',
      'deepgram-json': 'JSON Deepgram',
      'revai-json': 'JSON Rev.ai',
      tei: 'XML TEI',
      'akoma-ntoso': 'XML Akoma Ntoso',
      'oyez-json': 'plaidoiries Oyez (JSON)',
      docx: 'document Word',
      html: 'page web HTML',
      csv: 'export de tableur (CSV)',
      'segments-json': 'liste de segments JSON',
      'xml-text': 'texte dans une enveloppe XML',
    },
    checksum: `SHA-256 de l’entrée${NBSP}:`,
    madeWith: (version, modelVersion) => `Réalisé avec Verbatim ${version} (modèle de transcription ${modelVersion}).`,
    contents: (turns, paragraphs, words, speakers, unnamed) =>
      `La transcription compte ${turns} en ${paragraphs}, soit ${words}${speakers ? `, de ${speakers}` : ''}${unnamed ? (speakers ? ' et d’autres que la source ne nomme pas' : ', d’intervenants que la source ne nomme pas') : ''}.`,
    turns: { one: '# intervention', many: '# d’interventions', other: '# interventions' },
    paragraphs: { one: '# paragraphe', many: '# de paragraphes', other: '# paragraphes' },
    spokenWords: { one: '# mot prononcé', many: '# de mots prononcés', other: '# mots prononcés' },
    speakers: { one: '# intervenant nommé', many: '# d’intervenants nommés', other: '# intervenants nommés' },
    empty: 'La transcription ne contient aucun texte prononcé.',
    allLabelled: 'Chaque intervention est précédée dans la source du nom de son auteur.',
    inferred: {
      one: `# intervention n’a pas de nom d’intervenant dans la source${NBSP}; son auteur a été déduit, comme l’explique la note qui l’accompagne.`,
      many: `# d’interventions n’ont pas de nom d’intervenant dans la source${NBSP}; leurs auteurs ont été déduits, comme l’explique une note à la première intervention de chacun.`,
      other: `# interventions n’ont pas de nom d’intervenant dans la source${NBSP}; leurs auteurs ont été déduits, comme l’explique une note à la première intervention de chacun.`,
    },
    unattributed: {
      one: '# intervention n’a pu être attribuée à aucun participant.',
      many: '# d’interventions n’ont pu être attribuées à aucun participant.',
      other: '# interventions n’ont pu être attribuées à aucun participant.',
    },
    editor: {
      one: 'L’auteur de # intervention a été établi par la rédaction.',
      many: 'Les auteurs de # d’interventions ont été établis par la rédaction.',
      other: 'Les auteurs de # interventions ont été établis par la rédaction.',
    },
    furniture: {
      one: '# passage qui n’est pas de la parole (éléments de page tels qu’un en-tête, une table des matières ou un numéro de page) a été omis.',
      many: '# de passages qui ne sont pas de la parole (éléments de page tels qu’en-têtes, navigation, tables des matières, numéros de page ou minutages de sous-titres) ont été omis.',
      other:
        '# passages qui ne sont pas de la parole (éléments de page tels qu’en-têtes, navigation, tables des matières, numéros de page ou minutages de sous-titres) ont été omis.',
    },
    metadata: {
      one: '# passage a été lu comme métadonnée (titre, date, lieu ou participants) et non comme parole.',
      many: '# de passages ont été lus comme métadonnées (titre, date, lieu ou participants) et non comme parole.',
      other: '# passages ont été lus comme métadonnées (titre, date, lieu ou participants) et non comme parole.',
    },
    changes: (list) => `Modifications des caractères du texte${NBSP}: ${list}.`,
    noChanges: 'Aucun caractère du texte n’a été modifié.',
    changeKinds: {
      quotes: {
        one: '# guillemet ou apostrophe droit rendu typographique',
        many: '# de guillemets et apostrophes droits rendus typographiques',
        other: '# guillemets et apostrophes droits rendus typographiques',
      },
      dashes: {
        one: '# trait d’union remplacé par un tiret',
        many: '# de traits d’union remplacés par des tirets',
        other: '# traits d’union remplacés par des tirets',
      },
      ellipses: {
        one: '# suite de trois points remplacée par des points de suspension',
        many: '# de suites de trois points remplacées par des points de suspension',
        other: '# suites de trois points remplacées par des points de suspension',
      },
      spaces: {
        one: '# espace insécable, tabulation ou autre espace spéciale rendue simple',
        many: '# d’espaces insécables, tabulations ou autres espaces spéciales rendues simples',
        other: '# espaces insécables, tabulations ou autres espaces spéciales rendues simples',
      },
      trailingSpaces: {
        one: 'espaces de fin de ligne supprimées sur # ligne',
        many: 'espaces de fin de ligne supprimées sur # de lignes',
        other: 'espaces de fin de ligne supprimées sur # lignes',
      },
      invisible: {
        one: '# caractère de contrôle invisible supprimé',
        many: '# de caractères de contrôle invisibles supprimés',
        other: '# caractères de contrôle invisibles supprimés',
      },
      lineEndings: {
        one: '# fin de ligne uniformisée',
        many: '# de fins de ligne uniformisées',
        other: '# fins de ligne uniformisées',
      },
      lineBreaks: {
        one: '# retour à la ligne à l’intérieur d’un paragraphe supprimé',
        many: '# de retours à la ligne à l’intérieur des paragraphes supprimés',
        other: '# retours à la ligne à l’intérieur des paragraphes supprimés',
      },
      brokenParagraphs: {
        one: '# paragraphe coupé en pleine phrase dans la source rattaché au précédent',
        many: '# de paragraphes coupés en pleine phrase dans la source rattachés aux précédents',
        other: '# paragraphes coupés en pleine phrase dans la source rattachés aux précédents',
      },
      hyphenatedWords: {
        one: '# mot coupé en fin de ligne recomposé',
        many: '# de mots coupés en fin de ligne recomposés',
        other: '# mots coupés en fin de ligne recomposés',
      },
      markup: {
        one: '# balise (HTML, Markdown ou sous-titres) supprimée ou résolue',
        many: '# de balises (HTML, Markdown ou sous-titres) supprimées ou résolues',
        other: '# balises (HTML, Markdown ou sous-titres) supprimées ou résolues',
      },
      mojibake: {
        one: '# caractère mal encodé (mojibake) réparé',
        many: '# de caractères mal encodés (mojibake) réparés',
        other: '# caractères mal encodés (mojibake) réparés',
      },
      other: { one: '# autre modification', many: '# d’autres modifications', other: '# autres modifications' },
    },
    spelling: 'L’orthographe est celle de la source.',
  },
  metadata: {
    keyword: 'transcription',
    accessibilitySummary:
      'Une transcription en texte recomposable, avec table des matières, titres, repères et un ordre de lecture qui suit la source. ' +
      `Chaque intervenant est nommé dans une étiquette textuelle avant ses propos${NBSP}; la couleur ne fait que répéter l’étiquette. ` +
      'Les paragraphes prononcés sont numérotés et ancrés, l’index des intervenants y renvoie, et les notes éditoriales sont liées dans les deux sens. ' +
      'La langue du texte et des passages en langue étrangère est déclarée.',
  },
} satisfies Messages<'one' | 'many' | 'other'>;
