/**
 * @module interchange/akoma-ntoso
 * The Akoma Ntoso 3.0 vocabulary Verbatim writes and reads, shared by the writer
 * (`render/akoma-ntoso/`) and the reader (`normalise/readers/akoma-ntoso.ts`): namespaces, the
 * `class` tokens of marks, the ISO 639-2 codes of `FRBRlanguage`, and Verbatim's own namespace,
 * used where Akoma Ntoso has no place for something the model holds (an attribution's method,
 * confidence and evidence, a participant's kind and labels, a paragraph's timings, a word's
 * recognition confidence) — in `<proprietary>` and in attributes of that namespace, which the
 * schema allows on every element.
 * `docs/interchange.md` is the mapping in prose.
 */

/** The Akoma Ntoso 3.0 namespace. */
export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Verbatim's namespace, for what Akoma Ntoso has no element for. */
export const VERBATIM_NS = 'urn:verbatim:transcript:1';

/** The `eId` of the person a speech nobody is named for is given to (`@by` is required). */
export const UNIDENTIFIED_ID = 'unidentified';

/** ISO 639-2/T codes of `FRBRlanguage` for the BCP 47 primary languages Verbatim detects. */
export const LANGUAGE_CODES: Readonly<Record<string, string>> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  ru: 'rus',
  et: 'est',
  es: 'spa',
  it: 'ita',
  nl: 'nld',
  pt: 'por',
  pl: 'pol',
  uk: 'ukr',
  sv: 'swe',
  da: 'dan',
  nb: 'nob',
  fi: 'fin',
  lv: 'lav',
  lt: 'lit',
  cs: 'ces',
  sk: 'slk',
  hu: 'hun',
  ro: 'ron',
  bg: 'bul',
  el: 'ell',
  tr: 'tur',
  hr: 'hrv',
  sr: 'srp',
  sl: 'slv',
};

/**
 * `name` of the generic elements that carry the model's timings and low-confidence words:
 * `<marker name="timing" v:start v:end v:words>` (Akoma Ntoso's `recordedTime` is a clock time,
 * not an offset into a recording) and `<inline name="uncertain" v:confidence>`.
 */
export const GENERIC_NAMES = { timing: 'timing', uncertain: 'uncertain' } as const;
