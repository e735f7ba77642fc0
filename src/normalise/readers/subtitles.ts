/**
 * @module normalise/readers/subtitles
 * Reader for WebVTT and SRT captions. Cue numbers, timing lines and the `WEBVTT` header go to
 * `removed[]`; cue text is joined into paragraphs. Speakers come from WebVTT voice tags
 * (`<v Travis>`, which real files give only on the first cue of a turn, so later cues
 * continue that voice) or from a `Name:` label at the start of a cue. Each cue becomes one
 * draft paragraph with its timing; the `caption-paragraphs` pass joins them into paragraphs.
 */
import type { Change, Removed } from '../../model/nodes.js';
import { change, placeOf, removal, type Draft, type Segment, type SourceLine } from '../draft.js';
import { damagedLabelAt, labelAt, labelKey, repairedVoiceLabel } from '../labels.js';

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
      current = null;
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
    removed.push(
      removal(
        items.map((l) => l.text).join('\n'),
        reason,
        explanation,
        placeOf(items[0]!.no, items[items.length - 1]!.no),
      ),
    );
  };
  group(header, 'subtitle-header', 'Caption file header, notes and cue identifiers.');
  group(numbers, 'cue-number', 'Cue numbers of the caption file.');
  group(timings, 'cue-timing', 'Cue timings of the caption file.');
  return { cues, removed };
}

const VOICE = /^\s*<v(?:\.[^ >]*)?\s+([^>]+)>\s*/;
const TAG = /<\/?(?:v|c|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>/g;

/** Read caption lines into segments for the block passes. */
export function readSubtitles(draft: Draft): Draft {
  const { cues, removed } = parseCues(draft.lines);
  const changes: Change[] = [];
  let tagCount = 0;
  let tagFirst = 0;
  const voices = new Set<string>();
  for (const cue of cues) {
    const voice = VOICE.exec(cue.lines[0]?.text ?? '');
    if (voice) voices.add(labelKey(voice[1]!.trim()));
  }
  const labelCounts = new Map<string, number>();
  for (const cue of cues) {
    const candidate = labelAt(cue.lines[0]?.text.replace(VOICE, '') ?? '');
    if (candidate) labelCounts.set(labelKey(candidate.label), (labelCounts.get(labelKey(candidate.label)) ?? 0) + 1);
  }
  const segments: Segment[] = [];
  let speaker: string | null = null;
  for (const cue of cues) {
    if (cue.lines.length === 0) continue;
    const firstLine = cue.lines[0]!;
    let texts = cue.lines.map((l) => l.text);
    let label: string | null = null;
    let form: 'voice' | 'inline' = 'voice';
    let readAs: { label: string; reason: string } | undefined;
    const voice = VOICE.exec(texts[0]!);
    if (voice) {
      label = voice[1]!.trim();
      texts[0] = texts[0]!.replace(VOICE, '');
    }
    const candidate = labelAt(texts[0]!);
    if (
      candidate &&
      candidate.rest !== '' &&
      (candidate.strength === 'strong' ||
        voices.has(labelKey(candidate.label)) ||
        (labelCounts.get(labelKey(candidate.label)) ?? 0) >= 2)
    ) {
      label = candidate.label;
      form = 'inline';
      texts[0] = candidate.rest;
    } else if (!candidate) {
      // "[SPEAKEP_03]:" where "[SPEAKER_03]:" recurs: the diariser's label a scan damaged.
      const damaged = damagedLabelAt(texts[0]!);
      const repaired = damaged ? repairedVoiceLabel(damaged.label) : null;
      if (damaged && repaired && (labelCounts.get(labelKey(repaired)) ?? 0) >= 2) {
        label = damaged.label;
        readAs = { label: repaired, reason: `a diariser’s label a scan damaged; “${repaired}” recurs in the cues` };
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
    const text = texts
      .map((t) => t.trim())
      .filter(Boolean)
      .join(' ')
      .replace(/\s{2,}/g, ' ');
    if (text === '') continue;
    segments.push({
      kind: 'para',
      text,
      place: placeOf(firstLine.no, cue.lines[cue.lines.length - 1]!.no),
      blankLinesBefore: 1,
      cue: { start: cue.start, end: cue.end },
    });
  }
  if (tagCount > 0) changes.push(change('cue-markup', '<v …>', '', { line: tagFirst }, tagCount));
  return {
    ...draft,
    captionUnits: 'cues',
    lines: [],
    segments,
    removed: [...draft.removed, ...removed],
    changes: [...draft.changes, ...changes],
  };
}
