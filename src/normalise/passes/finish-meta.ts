/**
 * @module normalise/passes/finish-meta
 * Pass `finish-meta`: completes what the earlier passes could not know alone. Detects the
 * language of the spoken text with franc (an option or front matter wins), composes a title in
 * that language (`src/messages/`) where the source had none, drops participants who never speak (with an info diagnostic),
 * and numbers blocks (`t1`, `h1`, `d1`, `s1`) in document order.
 */
import { franc } from 'franc';
import type { Block, Diagnostic, Participant } from '../../model/nodes.js';
import { spokenText, turnsOf } from '../../model/walk.js';
import { diagnostic, type Draft, type Pass } from '../draft.js';
import { capitalise, joinList, kindName, longDate, messagesFor } from '../../messages/messages.js';
import { kindOf } from './title-block.js';

/** The languages franc may answer (ISO 639-3) and their BCP 47 tags (ISO 639-1). */
const CANDIDATES: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  rus: 'ru',
  est: 'et',
  spa: 'es',
  ita: 'it',
  nld: 'nl',
  por: 'pt',
  pol: 'pl',
  ukr: 'uk',
  swe: 'sv',
  dan: 'da',
  nob: 'nb',
  fin: 'fi',
  lav: 'lv',
  lit: 'lt',
  ces: 'cs',
  slk: 'sk',
  hun: 'hu',
  ron: 'ro',
  bul: 'bg',
  ell: 'el',
  tur: 'tr',
  hrv: 'hr',
  srp: 'sr',
  slv: 'sl',
};
const CANDIDATE_LANGUAGES = Object.keys(CANDIDATES);

/** BCP 47 language of a text by detection, or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20000);
  if (sample.replace(/\s+/g, '').length < 40) return null;
  let code = franc(sample, { only: CANDIDATE_LANGUAGES, minLength: 40 });
  if (code === 'und') return null;
  // franc's trigrams confuse Estonian with Finnish; the letter õ is common in Estonian and
  // absent from Finnish, so it decides between the two.
  if (code === 'fin' && /[õÕ]/.test(sample)) code = 'est';
  return CANDIDATES[code] ?? code;
}

/** The title composed when the source has none, in the transcript's language (English when there is no catalogue). */
function composeTitle(
  kind: string | null,
  speakers: Participant[],
  date: string | null,
  fileName: string | null,
  language: string,
): string {
  const { messages } = messagesFor(language);
  // The people the event is with: not the journalists who put questions to them.
  const named = speakers.filter((p) => p.kind === 'person' && p.role !== 'journalist').map((p) => p.name);
  const head = kind
    ? capitalise(kindName(messages, kind), messages)
    : named.length > 0
      ? messages.title.transcript
      : (fileName?.replace(/\.[^.]+$/, '') ?? messages.title.transcript);
  if (named.length > 3) return messages.title.withOthers(head, named[0]!);
  if (named.length > 0) return messages.title.with(head, joinList(messages, named));
  return date ? messages.title.dated(head, longDate(date, messages)) : head;
}

function numberBlocks(blocks: Block[], counters: Record<'t' | 'h' | 'd' | 's', number>): Block[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'turn':
        return { ...block, id: `t${++counters.t}` };
      case 'heading':
        return { ...block, id: `h${++counters.h}` };
      case 'stageDirection':
        return { ...block, id: `d${++counters.d}` };
      case 'section': {
        const id = `s${++counters.s}`;
        return { ...block, id, body: numberBlocks(block.body, counters) };
      }
    }
  });
}

export const finishMeta: Pass = {
  name: 'finish-meta',
  run(draft: Draft): Draft {
    const blocks = numberBlocks(
      draft.blocks.filter((b): b is Block => b.type !== 'draftTurn'),
      { t: 0, h: 0, d: 0, s: 0 },
    );
    const diagnostics: Diagnostic[] = [];
    const speaking = new Set<string>();
    for (const turn of turnsOf(blocks)) if (turn.speaker) speaking.add(turn.speaker);
    const participants = draft.participants.filter((p) => {
      if (speaking.has(p.id)) return true;
      diagnostics.push(
        diagnostic(
          'info',
          'participant-silent',
          `${p.name} is named in the source but never speaks; left out of the participants.`,
        ),
      );
      return false;
    });
    const meta = { ...draft.meta };
    if (draft.options.language) {
      meta.language = draft.options.language;
      meta.languageSource = 'option';
    } else if (meta.language === null) {
      const text: string[] = [];
      for (const turn of turnsOf(blocks)) for (const p of turn.paragraphs) text.push(spokenText(p));
      const detected = detectLanguage(text.join(' '));
      if (detected) {
        meta.language = detected;
        meta.languageSource = 'detected';
      } else {
        meta.language = 'en';
        meta.languageSource = 'default';
        diagnostics.push(
          diagnostic('info', 'language-default', 'Too little text to detect the language; assumed English ("en").'),
        );
      }
    }
    if (meta.kind === null && meta.title !== null) meta.kind = kindOf(meta.title);
    if (meta.title === null || meta.title.trim() === '')
      meta.title = composeTitle(meta.kind, participants, meta.date, draft.fileName, meta.language ?? 'en');
    return { ...draft, blocks, participants, meta, diagnostics: [...draft.diagnostics, ...diagnostics] };
  },
};
