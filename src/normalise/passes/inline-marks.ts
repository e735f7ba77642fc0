/**
 * @module normalise/passes/inline-marks
 * Pass `inline-marks`: turns the plain text of each paragraph into inline nodes. Bracketed or
 * parenthesised editorial matter becomes semantic nodes with the printed form kept:
 * `(inaudible)` → gap, `(Laughter.)` → incident, `(sic)` → sic, `(As interpreted.)` →
 * interpretation, `[04:22]` → time mark, `(Zuruf von der KPD: Abgelehnt!)` → interjection.
 * An incident is told by its words wherever they stand ("Lebhafter Beifall", "anhaltende Zurufe",
 * "Oho-Rufe"), by somebody speaking inside the brackets ("Abg. Strauß: Blödsinn!"), or by an
 * exclamation from the floor ("Bravo! in der Mitte."); a bracket standing alone as a paragraph or
 * a stage direction is an incident whatever its words. A paragraph that is only the word
 * "inaudible" is a gap. Markdown `*stress*` becomes emphasis. Anything else in brackets within
 * speech (party codes, numbers, asides) stays text.
 */
import type { Block, Incident, Inline, Turn } from '../../model/nodes.js';
import { clockSeconds } from '../dates.js';
import { isDraftTurn, type Draft, type DraftBlock, type DraftTurn, type Pass } from '../draft.js';
import { markUncertainWords, timingNode } from '../word-timings.js';

type Classified = Exclude<Inline, { type: 'text' | 'emphasis' | 'noteRef' | 'foreign' }> | null;

const GAP_WORDS: [RegExp, 'inaudible' | 'indiscernible' | 'crosstalk' | 'redacted' | 'unclear'][] = [
  [/^(?:inaudible|inaud|unintelligible|unverständlich)\b/i, 'inaudible'],
  [/^indiscernible\b/i, 'indiscernible'],
  [/^(?:crosstalk|cross-talk|cross talk|overlapping)\b/i, 'crosstalk'],
  [/^redacted\b/i, 'redacted'],
  [/^(?:unclear|audio (?:break|cuts? out))\b/i, 'unclear'],
];

/**
 * Words that say what happened, at the start of a bracket (after any modifiers such as
 * "Lebhafter", "anhaltende", "prolonged"), in the languages of the corpus's records.
 */
const INCIDENT_WORDS: [RegExp, 'laughter' | 'applause' | 'interjection' | 'procedure' | 'noise' | 'music' | 'pause'][] =
  [
    [/^(?:laughter|laughs?|laughing|chuckles?|heiterkeit|lachen|rires?)\b/i, 'laughter'],
    [/^(?:applause|applauds|beifall|applaus|händeklatschen|applaudissements|cheers)\b/i, 'applause'],
    [
      /^(?:zurufe?|gegenrufe?|zustimmung|widerspruch|abg\.|interjections?|interruptions?|exclamations?|protestations?|murmures?|sehr (?:gut|richtig)|hört|some hon\. members|an hon\. member|hon\. members|voices|cries)|^(?:[\p{L}-]+\s+(?:und|and|et)\s+)?[\p{L}-]+-(?:rufe?|cries)\b/iu,
      'interjection',
    ],
    [
      /^(?:operator instructions|motions? (?:agreed|deemed|carried|negatived)|the house (?:adjourned|resumed)|sitting (?:suspended|resumed)|(?:schlu(?:ß|ss)|beginn|unterbrechung) der sitzung|division|vote|beschluss|glocke)/i,
      'procedure',
    ],
    [/^(?:unruhe|noise|coughs?|phone rings|background noise)\b/i, 'noise'],
    [/^(?:music|musik)\b/i, 'music'],
    [/^(?:pause|silence|break)\b/i, 'pause'],
  ];

/** Words that qualify an incident without naming it: "Lebhafter Beifall", "(Anhaltende große Unruhe.)". */
const INCIDENT_MODIFIERS =
  /^(?:(?:lebhafte[rns]?|anhaltende[rns]?|erneute[rns]?|fortgesetzte[rns]?|weitere[rns]?|große[rns]?|starke[rns]?|allgemeine[rns]?|stürmische[rns]?|heitere[rns]?|vereinzelte[rns]?|loud|prolonged|continued|renewed|further|general|sustained|some|vifs?|vives?|nouveaux|nouvelles)\s+)+/iu;

/**
 * Somebody else speaking inside the brackets: "Abg. Dr. Koch: Zu § 3!", "Mr. Hart: Shame!",
 * "Kunze: Sehr richtig!" — an optional title, one to four capitalised words of a name (a place
 * in brackets may follow), then a colon. ("Zuruf von der SPD: …" is told by its first word.)
 */
const SPEAKER_INSIDE =
  /^(?:(?:Abg|Mr|Mrs|Ms|Miss|Dr|Hon|Herr|Frau|M|Mme|Prof)\.?\s+)*[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}.'’-]*|von|van|de|zu)){0,3}(?:\s*[[(][^\])]{1,30}[\])])?\s*:\s+\S/u;
/** An exclamation from the floor: "Bravo! in der Mitte.", "Hear, hear!", "Oh, oh!". */
const EXCLAMATION = /^[\p{Lu}][^!?:()[\]]{0,30}!/u;

/** What one part of a bracketed incident ("Beifall bei der SPD." in "(Beifall bei der SPD. — Zuruf …)") is. */
function incidentKind(part: string): Incident['kind'] | null {
  const words = part.trim().replace(INCIDENT_MODIFIERS, '');
  for (const [pattern, kind] of INCIDENT_WORDS) if (pattern.test(words)) return kind;
  if (SPEAKER_INSIDE.test(words) || EXCLAMATION.test(words)) return 'interjection';
  return null;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** What a bracketed mark means, or null for ordinary bracketed words. */
export function classifyMark(asPrinted: string): Classified {
  const inner = asPrinted.slice(1, -1).trim();
  const words = inner.replace(/[.!]+$/, '').trim();
  // (A bracketed clock time is whole seconds: "[00:12.5]" is no mark of ours.)
  const seconds = TIME.test(words) ? clockSeconds(words) : null;
  if (seconds !== null) return { type: 'timeMark', seconds, asPrinted };
  if (/^sic!?$/i.test(words)) return { type: 'sic', asPrinted };
  if (/^as interpreted$|^through (?:an )?interpreter$|^via interpreter$/i.test(words))
    return { type: 'interpretation', asPrinted };
  for (const [pattern, reason] of GAP_WORDS) if (pattern.test(words)) return { type: 'gap', reason, asPrinted };
  // A record runs several incidents into one bracket, split by dashes: the first part that
  // reads as an incident names the kind.
  for (const part of inner.split(/\s+[—–]\s+|;\s+/)) {
    const kind = incidentKind(part);
    if (kind) return { type: 'incident', kind, asPrinted, description: inner };
  }
  return null;
}

/**
 * A paragraph or stage direction that is one bracket and nothing else is never the speaker's
 * words, whatever it says: it is an incident, of kind `other` when its words name none.
 */
export function standAloneMark(text: string): Inline | null {
  const trimmed = text.trim();
  if (!STANDS_ALONE.test(trimmed)) return null;
  return (
    classifyMark(trimmed) ?? {
      type: 'incident',
      kind: 'other',
      asPrinted: trimmed,
      description: trimmed.slice(1, -1).trim(),
    }
  );
}

const STANDS_ALONE = /^(?:\((?:[^()]|\([^()]*\))*\)|\[[^[\]]*\])$/;

const BRACKETS = /\\?\[([^[\]\n]{1,200})\\?\]|\(((?:[^()\n]|\([^()\n]{0,60}\)){1,300})\)/g;

function pushText(out: Inline[], value: string): void {
  if (value === '') return;
  const last = out[out.length - 1];
  if (last && last.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}

/** Split emphasis out of a text run (Markdown `*…*`, `_…_`, and bold `**…**`, `__…__`: stress either way). */
function emphasise(value: string, markdown: boolean): Inline[] {
  if (!markdown) return [{ type: 'text', value }];
  const out: Inline[] = [];
  let last = 0;
  for (const match of value.matchAll(
    /(?<![\p{L}\p{N}*_])(\*\*|__|[*_])(?![\s*_])([^*_\n]{1,2000}?)(?<!\s)\1(?![\p{L}\p{N}*_])/gu,
  )) {
    pushText(out, value.slice(last, match.index));
    out.push({ type: 'emphasis', children: [{ type: 'text', value: match[2]! }] });
    last = match.index + match[0].length;
  }
  pushText(out, value.slice(last));
  return out;
}

/** Parse one paragraph of plain text into inline nodes. */
export function parseInline(text: string, markdown: boolean): Inline[] {
  const trimmed = text.trim();
  const alone = standAloneMark(trimmed);
  if (alone) return [alone];
  if (/^(?:inaudible|indiscernible|unintelligible)\.?$/i.test(trimmed)) {
    return [{ type: 'gap', reason: /^indisc/i.test(trimmed) ? 'indiscernible' : 'inaudible', asPrinted: trimmed }];
  }
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(BRACKETS)) {
    const asPrinted = match[0].replace(/^\\\[/, '[').replace(/\\\]$/, ']');
    const mark = classifyMark(asPrinted);
    if (!mark) continue;
    for (const node of emphasise(text.slice(last, match.index), markdown)) {
      if (node.type === 'text') pushText(out, node.value);
      else out.push(node);
    }
    out.push(
      mark.type === 'timeMark' ||
        mark.type === 'sic' ||
        mark.type === 'interpretation' ||
        mark.type === 'gap' ||
        mark.type === 'incident'
        ? { ...mark, asPrinted: match[0] }
        : mark,
    );
    last = match.index + match[0].length;
  }
  for (const node of emphasise(text.slice(last), markdown)) {
    if (node.type === 'text') pushText(out, node.value);
    else out.push(node);
  }
  return out;
}

/**
 * Paragraph text to inline nodes for a draft turn. A paragraph heard at a known time starts with
 * its `timing` node; a recogniser's unsure words become `uncertain` nodes (`word-timings.ts`).
 */
function turnInlines(turn: DraftTurn, markdown: boolean): Inline[][] {
  return turn.paragraphs.map((paragraph) => {
    let inlines = parseInline(paragraph.text, markdown);
    if (paragraph.words) inlines = markUncertainWords(inlines, paragraph.words);
    // The time printed with the label: a time mark before the words, as a bracketed one would be.
    if (paragraph.time) {
      const [first, ...others] = inlines;
      inlines = [
        { type: 'timeMark', seconds: paragraph.time.seconds, asPrinted: paragraph.time.asPrinted },
        ...(first?.type === 'text'
          ? [{ ...first, value: ` ${first.value}` }, ...others]
          : [{ type: 'text' as const, value: ' ' }, ...inlines]),
      ];
    }
    return paragraph.cue ? [timingNode(paragraph.cue, paragraph.words), ...inlines] : inlines;
  });
}

/** Draft turns become model turns (ids assigned later). */
function toModelBlock(block: DraftBlock, markdown: boolean): Block {
  if (!isDraftTurn(block)) {
    // Text still to be read for marks; a structured reader's marks (all but text) are kept as they are.
    if (
      (block.type === 'heading' || block.type === 'stageDirection') &&
      block.children.every((c) => c.type === 'text')
    ) {
      const value = block.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      return { ...block, children: parseInline(value, markdown) };
    }
    return block;
  }
  const turn: Turn = {
    type: 'turn',
    id: '',
    speaker: block.speaker,
    label: block.label,
    function: block.function,
    attribution: { method: block.method, confidence: block.confidence, evidence: block.evidence },
    paragraphs: turnInlines(block, markdown),
    place: block.place,
  };
  return turn;
}

export const inlineMarks: Pass = {
  name: 'inline-marks',
  run(draft: Draft): Draft {
    // (Bold an HTML page's `<strong>` became in a text file is read as Markdown's is.)
    const markdown =
      draft.format === 'markdown' || draft.changes.some((c) => c.rule === 'html-tag' && c.after === '**');
    return { ...draft, blocks: draft.blocks.map((block) => toModelBlock(block, markdown)) };
  },
};
