/**
 * @module normalise/readers/subtitles
 * Reader for WebVTT and SRT captions. Cue numbers, timing lines and the `WEBVTT` header go to
 * `removed[]`; cue text is joined into paragraphs. Speakers come from WebVTT voice tags
 * (`<v Travis>`, which real files give only on the first cue of a turn, so later cues
 * continue that voice) or from a `Name:` label at the start of a cue. Each cue becomes one
 * draft paragraph with its timing; the `caption-paragraphs` pass joins them into paragraphs.
 *
 * `>>` (broadcast and YouTube captions' mark of a new speaker) starts a new turn that nobody is
 * named for (method `unknown`, with the mark as evidence), or the labelled turn of a `Name:`
 * right after it; the marks are counted in one change. Rolling captions — YouTube's automatic
 * ones, where each cue shows the line before again and adds one, with word timings inside the
 * new line, and the SRT that ffmpeg makes of them — are told from their content (cues that
 * begin with the line the cue before ended with) and lose the repeated lines (one
 * `rolling-captions` change with the count), so each line is read once, with the timing of the
 * cue that first shows it; that cue's end is taken from its words' own timings, since a rolling
 * cue stays on screen through a silence.
 */
import type { Change, Removed } from '../../model/nodes.js';
import { blockRemoval, change, diagnostic, placeOf, type Draft, type Segment, type SourceLine } from '../draft.js';
import {
  damagedFormOf,
  damagedLabelAt,
  labelAt,
  labelKey,
  repairedVoiceLabel,
  withoutColon,
  type LabelCandidate,
} from '../labels.js';

interface Cue {
  start: number;
  end: number;
  lines: SourceLine[];
}

const TIMING = /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

function seconds(stamp: string): number {
  const parts = stamp.replace(',', '.').split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** True when text looks like WebVTT or SRT. */
export function looksLikeSubtitles(text: string): 'webvtt' | 'srt' | null {
  if (/^\uFEFF?WEBVTT(?:[ \t].*)?$/m.test(text.slice(0, 200).split('\n')[0] ?? '')) return 'webvtt';
  if (/^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2},\d{3}\s*-->/.test(text.slice(0, 500))) return 'srt';
  return null;
}

/** Split cue lines into cues, recording what is not cue text. */
function parseCues(lines: SourceLine[]): { cues: Cue[]; removed: Removed[] } {
  const cues: Cue[] = [];
  const timings: SourceLine[] = [];
  const numbers: SourceLine[] = [];
  const header: SourceLine[] = [];
  let current: Cue | null = null;
  let inHeader = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const timing = TIMING.exec(line.text);
    if (timing) {
      inHeader = false;
      timings.push(line);
      current = { start: seconds(timing[1]!), end: seconds(timing[2]!), lines: [] };
      cues.push(current);
      continue;
    }
    if (line.text.trim() === '') {
      // A blank line ends the cue, except the blank first line of a cue and a line of spaces
      // inside one when text follows: YouTube's rolling captions open a cue with a line of
      // spaces (the empty top row), which ffmpeg's SRT keeps as an empty line.
      const next = lines[i + 1]?.text ?? '';
      const textFollows =
        next.trim() !== '' &&
        !TIMING.test(next) &&
        !(/^\s*\d+\s*$/.test(next) && TIMING.test(lines[i + 2]?.text ?? ''));
      if (!(current && textFollows && (current.lines.length === 0 || line.text !== ''))) current = null;
      continue;
    }
    if (inHeader) {
      header.push(line);
      continue;
    }
    if (!current && /^\s*\d+\s*$/.test(line.text) && TIMING.test(lines[i + 1]?.text ?? '')) {
      numbers.push(line);
      continue;
    }
    if (!current) {
      // NOTE, STYLE blocks and cue identifiers outside a cue.
      header.push(line);
      continue;
    }
    current.lines.push(line);
  }
  const removed: Removed[] = [];
  const group = (items: SourceLine[], reason: string, explanation: string) => {
    if (items.length === 0) return;
    removed.push(blockRemoval(items, reason, explanation));
  };
  group(header, 'subtitle-header', 'Caption file header, notes and cue identifiers.');
  group(numbers, 'cue-number', 'Cue numbers of the caption file.');
  group(timings, 'cue-timing', 'Cue timings of the caption file.');
  return { cues, removed };
}

const VOICE = /^\s*<v(?:\.[^ >]*)?\s+([^>]+)>\s*/;
const TAG = /<\/?(?:v|c|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>/g;
/** A word's own timing inside a cue (`<00:00:01.234>`): only the line a rolling cue adds has them. */
const INLINE_TIMING = /<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>/;
const INLINE_TIMINGS = /<(\d{1,2}:\d{2}(?::\d{2})?\.\d{3})>/g;
/** How long the last word of a rolling cue is taken to last after its own timing. */
const LAST_WORD_SECONDS = 0.6;
/** A change of speaker in broadcast and YouTube captions: `>>` at a line's start or after a space. */
const SPEAKER_CHANGE = /(?:^|\s+)>>+\s*/;
const SPEAKER_CHANGE_EVIDENCE = 'The captions mark a change of speaker here (“>>”) without naming anybody.';
/**
 * A subtitle's line opened by a dash, in a cue of two voices (`- Where were you?` ⏎ `- At the
 * harbour.`): the subtitler's mark of each speaker's line, the convention of film and television
 * subtitles.
 */
const DIALOGUE_DASH = /^\s*[-–—]\s*(?=\S)/;
/** Where a dialogue dash stood, in a cue's joined text (a private-use character no caption holds). */
const DASH_MARK = '\uE000';
/** A `>>` or a dialogue dash's mark, captured, with the spaces around it. */
const CHANGE_MARK = /(?:^|\s+)(>>+|\uE000)\s*/;
const DIALOGUE_DASH_EVIDENCE =
  'A dash opens this line of the subtitle, the subtitler’s mark of another speaker’s line; nobody is named.';
/** At least this many cues of two voices make the dashes the file's convention. */
const MIN_DIALOGUE_CUES = 2;

/** A cue line as it shows on screen: no tags, single spaces. */
function shown(text: string): string {
  return text.replace(TAG, '').replace(/\s+/g, ' ').trim();
}

/**
 * True for rolling captions (YouTube's automatic captions, and their SRT copies): about half
 * the cues or more begin with the line the cue before ended with, because the screen scrolls one
 * line at a time (at least three such cues, or one in a file with word timings inside cues).
 */
function isRolling(cues: readonly Cue[]): boolean {
  let previous: string | null = null;
  let repeats = 0;
  let withText = 0;
  for (const cue of cues) {
    const lines = cue.lines.map((l) => shown(l.text)).filter(Boolean);
    if (lines.length === 0) continue;
    withText++;
    if (previous !== null && lines[0] === previous) repeats++;
    previous = lines[lines.length - 1]!;
  }
  // Word timings inside cues (YouTube's WebVTT) make even a short file's repeats telling.
  const timed = cues.some((cue) => cue.lines.some((l) => INLINE_TIMING.test(l.text)));
  return (repeats >= 3 || (timed && repeats >= 1)) && repeats * 2 >= withText - 1;
}

/**
 * Rolling cues with the lines they repeat taken out, so every spoken line is left once, in the
 * cue that first shows it (with that cue's timing). A cue repeats the longest run of lines that
 * ended the cue before it — never a line carrying word timings, which is new by definition; a
 * cue whose one line (without word timings) grows word by word keeps only the words it adds.
 */
function withoutRepeatedLines(cues: readonly Cue[]): { cues: Cue[]; repeated: SourceLine[] } {
  const repeated: SourceLine[] = [];
  const timed = cues.some((cue) => cue.lines.some((l) => INLINE_TIMING.test(l.text)));
  let before: string[] = [];
  const out = cues.map((cue) => {
    const lines = cue.lines.filter((l) => shown(l.text) !== '');
    const texts = lines.map((l) => shown(l.text));
    let overlap = 0;
    for (let n = Math.min(texts.length, before.length); n > 0; n--) {
      const matches = texts.slice(0, n).every((t, i) => t === before[before.length - n + i]);
      if (matches && !lines.slice(0, n).some((l) => INLINE_TIMING.test(l.text))) {
        overlap = n;
        break;
      }
    }
    repeated.push(...lines.slice(0, overlap));
    let kept = lines.slice(overlap);
    const last = before[before.length - 1];
    const first = kept[0];
    if (
      overlap === 0 &&
      last !== undefined &&
      first &&
      !INLINE_TIMING.test(first.text) && // a line with word timings is new, even when it opens with the words before
      texts[0]!.startsWith(`${last} `)
    ) {
      repeated.push({ no: first.no, text: last });
      kept = [{ no: first.no, text: texts[0]!.slice(last.length + 1) }, ...kept.slice(1)];
    }
    before = texts;
    // A rolling cue lasts until the next line rolls in, silence or not; its words' own timings
    // say when the speech stopped (the last word, given a moment to be said).
    // (A line of one word has no timing of its own: it is said when the cue starts.)
    const stamps = kept.flatMap((l) => [...l.text.matchAll(INLINE_TIMINGS)].map((m) => seconds(m[1]!)));
    const spoken = timed ? Math.max(cue.start, ...stamps) + LAST_WORD_SECONDS : cue.end;
    return { ...cue, end: Math.max(cue.start, Math.min(cue.end, spoken)), lines: kept };
  });
  return { cues: out, repeated };
}

/**
 * True where the captions name the speaker after most `>>` marks (more than half of at least
 * six, four of them named): there a `>>` with no name after it is the transcriber's new
 * paragraph of the same speaker, since the changes of speaker they heard they named.
 */
function chevronsMarkParagraphs(marks: number, named: number): boolean {
  return marks >= 6 && named >= 4 && named > marks / 2;
}

/**
 * The label a cue's label was misread from: one the cues print more often that a scan would
 * damage into it (seen once: a letter off or a digit for a letter; itself recurring: only a
 * letter scans confuse, `E` read as `F`); null when there is none.
 */
function misreadLabel(label: string, counts: ReadonlyMap<string, number>): { label: string; reason: string } | null {
  const key = labelKey(label);
  const own = counts.get(key) ?? 0;
  for (const [other, count] of counts) {
    if (other === key || count < 2 || count <= own) continue;
    const reason = damagedFormOf(key, other, own >= 2);
    if (reason) return { label: other, reason: `${reason}; “${other}” recurs in the cues` };
  }
  return null;
}

/** Read caption lines into segments for the block passes. */
export function readSubtitles(draft: Draft): Draft {
  const parsed = parseCues(draft.lines);
  const { removed } = parsed;
  let cues = parsed.cues;
  const changes: Change[] = [];
  if (isRolling(cues)) {
    const rolled = withoutRepeatedLines(cues);
    cues = rolled.cues;
    const first = rolled.repeated[0];
    if (first) changes.push(change('rolling-captions', first.text, '', { line: first.no }, rolled.repeated.length));
  }
  let speakerChanges = 0;
  let chevronParagraphs = 0;
  let firstSpeakerChange = 0;
  let newTurnPending = false;
  let tagCount = 0;
  let tagFirst = 0;
  const voices = new Set<string>();
  for (const cue of cues) {
    const voice = VOICE.exec(cue.lines[0]?.text ?? '');
    if (voice) voices.add(labelKey(voice[1]!.trim()));
  }
  const labelCounts = new Map<string, number>();
  const countLabel = (text: string) => {
    const candidate = labelAt(text);
    if (candidate) labelCounts.set(labelKey(candidate.label), (labelCounts.get(labelKey(candidate.label)) ?? 0) + 1);
    return candidate;
  };
  // Labels a scan printed with a semicolon for the colon ("TOMAS REIMERS; Cool."), counted apart.
  const damagedCounts = new Map<string, number>();
  /** Count the label a text starts with, or else the damaged one. */
  const countAnyLabel = (text: string) => {
    if (countLabel(text)) return;
    const damaged = damagedLabelAt(text);
    if (damaged) damagedCounts.set(labelKey(damaged.label), (damagedCounts.get(labelKey(damaged.label)) ?? 0) + 1);
  };
  /**
   * A label a scan damaged that the cues confirm: printed with a colon too, or a name in capitals
   * printed so again and again. (A diariser's damaged `SPEAKER` is read apart, as the label it recurs as.)
   */
  const confirmedDamaged = (damaged: LabelCandidate | null) => {
    if (!damaged || damaged.rest === '' || repairedVoiceLabel(damaged.label)) return null;
    const key = labelKey(damaged.label);
    return (labelCounts.get(key) ?? 0) >= 1 || (damaged.strength === 'strong' && (damagedCounts.get(key) ?? 0) >= 2)
      ? damaged
      : null;
  };
  let marks = 0;
  let namedMarks = 0;
  const markedPieces: string[] = [];
  for (const cue of cues) {
    countAnyLabel(cue.lines[0]?.text.replace(VOICE, '') ?? '');
    // Labels after a `>>` mark count too ("… >> TOMAS REIMERS: Cool.").
    for (const piece of cue.lines
      .map((l) => l.text)
      .join(' ')
      .split(SPEAKER_CHANGE)
      .slice(1)) {
      marks++;
      countAnyLabel(piece);
      markedPieces.push(piece);
    }
  }
  // (Counted once every label is: a damaged name after a mark is one once the cues confirm it.)
  for (const piece of markedPieces) {
    const named = labelAt(piece) ?? confirmedDamaged(damagedLabelAt(piece));
    if (named && named.strength === 'strong' && named.rest !== '') namedMarks++;
  }
  const chevronsAreParagraphs = chevronsMarkParagraphs(marks, namedMarks);
  const segments: Segment[] = [];
  let speaker: string | null = null;
  // Cues of two voices: a later line opened by a dash (the first may be too).
  const dialogueCues = cues.filter((cue) => cue.lines.slice(1).some((l) => DIALOGUE_DASH.test(l.text))).length;
  const dashesMarkVoices = dialogueCues >= MIN_DIALOGUE_CUES;
  let dashChanges = 0;
  let firstDash = 0;
  for (const cue of cues) {
    if (cue.lines.length === 0) continue;
    const firstLine = cue.lines[0]!;
    let texts = cue.lines.map((l) => l.text);
    let label: string | null = null;
    let form: 'voice' | 'inline' | 'own-line' = 'voice';
    let readAs: { label: string; reason: string } | undefined;
    const voice = VOICE.exec(texts[0]!);
    if (voice) {
      label = voice[1]!.trim();
      texts[0] = texts[0]!.replace(VOICE, '');
    }
    const candidate = labelAt(texts[0]!);
    // "Rym:" on the cue's first line and the words under it: the label set on a line of its own.
    const ownLine = candidate !== null && candidate.rest === '' && texts.length > 1;
    if (
      candidate &&
      (candidate.rest !== '' || ownLine) &&
      !withoutColon(candidate) &&
      (candidate.strength === 'strong' ||
        voices.has(labelKey(candidate.label)) ||
        (labelCounts.get(labelKey(candidate.label)) ?? 0) >= 2)
    ) {
      label = candidate.label;
      form = ownLine ? 'own-line' : 'inline';
      texts = ownLine ? texts.slice(1) : [candidate.rest, ...texts.slice(1)];
      // "TOMAS RFIMERS:" seen once where "TOMAS REIMERS:" recurs: the scan's misreading of it.
      const misread = misreadLabel(candidate.label, labelCounts);
      if (misread) readAs = misread;
    } else if (!candidate) {
      // "[SPEAKEP_03]:" where "[SPEAKER_03]:" recurs: the diariser's label a scan damaged.
      const damaged = damagedLabelAt(texts[0]!);
      const repaired = damaged ? repairedVoiceLabel(damaged.label) : null;
      if (damaged && repaired && (labelCounts.get(labelKey(repaired)) ?? 0) >= 2) {
        label = damaged.label;
        readAs = { label: repaired, reason: `a diariser’s label a scan damaged; “${repaired}” recurs in the cues` };
        form = 'inline';
        texts[0] = damaged.rest;
      } else if (damaged && confirmedDamaged(damaged)) {
        // "TOMAS REIMERS; Cool.": a label the cues print with a colon too, or again and again so.
        label = damaged.label;
        form = 'inline';
        texts[0] = damaged.rest;
      }
    }
    texts = texts.map((t) =>
      t.replace(TAG, () => {
        if (tagCount === 0) tagFirst = firstLine.no;
        tagCount++;
        return '';
      }),
    );
    if (voice) {
      // Count the voice tag itself as removed markup.
      if (tagCount === 0) tagFirst = firstLine.no;
      tagCount++;
    }
    const heard = readAs?.label ?? label;
    if (label !== null && heard !== null && labelKey(heard) !== (speaker === null ? null : labelKey(speaker))) {
      speaker = heard;
      segments.push({ kind: 'label', label, form, place: placeOf(firstLine.no), ...(readAs ? { readAs } : {}) });
    }
    if (dashesMarkVoices) texts = texts.map((t) => t.replace(DIALOGUE_DASH, `${DASH_MARK} `));
    const text = texts
      .map((t) => t.trim())
      .filter(Boolean)
      .join(' ')
      .replace(/\s{2,}/g, ' ');
    if (text === '') continue;
    const place = placeOf(firstLine.no, cue.lines[cue.lines.length - 1]!.no);
    // `>>` starts a new turn whose speaker the captions do not name (or a label right after it).
    // The pieces between marks, each with the mark before it (`>>` or a dialogue dash).
    const parts = text.split(CHANGE_MARK);
    const pieces = [{ piece: parts[0]!, mark: null as string | null }];
    for (let at = 1; at + 1 < parts.length; at += 2) pieces.push({ piece: parts[at + 1]!, mark: parts[at]! });
    let evidence = SPEAKER_CHANGE_EVIDENCE;
    pieces.forEach(({ piece, mark }, index) => {
      const named = index > 0 ? (labelAt(piece) ?? confirmedDamaged(damagedLabelAt(piece))) : null;
      if (mark === DASH_MARK) {
        if (dashChanges === 0) firstDash = firstLine.no;
        dashChanges++;
        speaker = null;
        newTurnPending = true;
        evidence = DIALOGUE_DASH_EVIDENCE;
      } else if (
        index > 0 &&
        !(chevronsAreParagraphs && !(named && named.strength === 'strong' && named.rest !== ''))
      ) {
        evidence = SPEAKER_CHANGE_EVIDENCE;
        if (speakerChanges === 0) firstSpeakerChange = firstLine.no;
        speakerChanges++;
        speaker = null;
        newTurnPending = true;
      } else if (index > 0) chevronParagraphs++;
      if (named && named.strength === 'strong' && named.rest !== '') {
        const misread = misreadLabel(named.label, labelCounts);
        speaker = misread?.label ?? named.label;
        segments.push({
          kind: 'label',
          label: named.label,
          form: 'inline',
          place,
          ...(misread ? { readAs: misread } : {}),
        });
        piece = named.rest;
        newTurnPending = false;
      }
      if (piece.trim() === '') return;
      segments.push({
        kind: 'para',
        text: piece.trim(),
        place,
        blankLinesBefore: 1,
        cue: { start: cue.start, end: cue.end },
        ...(newTurnPending ? { startsTurn: evidence } : {}),
      });
      newTurnPending = false;
    });
  }
  if (tagCount > 0) changes.push(change('cue-markup', '<v …>', '', { line: tagFirst }, tagCount));
  if (speakerChanges > 0)
    changes.push(change('caption-speaker-change', '>>', '¶', { line: firstSpeakerChange }, speakerChanges));
  if (dashChanges > 0) changes.push(change('subtitle-dialogue-dash', '- ', '¶', { line: firstDash }, dashChanges));
  const diagnostics =
    chevronParagraphs > 0
      ? [
          diagnostic(
            'info',
            'caption-chevron-paragraph',
            `These captions name the speaker after most “>>” marks: the ${chevronParagraphs} “>>” with no name after them are read as new paragraphs of the speaker before, not as changes of speaker.`,
          ),
        ]
      : [];
  return {
    ...draft,
    diagnostics: [...draft.diagnostics, ...diagnostics],
    captionUnits: 'cues',
    lines: [],
    segments,
    removed: [...draft.removed, ...removed],
    changes: [...draft.changes, ...changes],
  };
}
