// Rolling YouTube auto-captions (each cue repeats the line before and adds one, with word
// timings inside the new line), as WebVTT and as the SRT ffmpeg makes of it: every word once and
// in order, no timing tag left, `>>` starting a turn nobody is named for, and paragraphs made by
// the pauses the word timings show.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { spokenText, turnsOf, wordsOf } from '../../src/model/walk.js';
import { normalise, normaliseBytes } from '../../src/normalise/index.js';
import { FIXTURE, FIXTURES_DIR } from '../helpers/fixtures.js';
import { spokenWords } from '../helpers/word-order.js';

const VTT = `${FIXTURES_DIR}youtube-rolling-captions.vtt`;
const SRT = `${FIXTURES_DIR}youtube-rolling-captions.srt`;

/**
 * The words of a rolling caption file as a viewer reads them, computed without the reader: every
 * cue line in file order (timings, numbers, header and tags left out), the same line shown again
 * by the next cue collapsed into one.
 */
function viewerWords(text: string): string[] {
  const lines = text
    .replace(/&gt;/g, '>')
    .split(/\r\n|\r|\n/)
    .filter((line) => !/-->/.test(line) && !/^\s*\d+\s*$/.test(line) && !/^(?:WEBVTT|Kind:|Language:)/.test(line))
    .map((line) =>
      line
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
  const distinct = lines.filter((line, i) => line !== lines[i - 1]);
  return distinct.flatMap((line) => wordsOf(line.toLowerCase()));
}

/** Shingles of n words with their counts. */
function shingles(words: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function paragraphTexts(transcript: Transcript): string[] {
  return [...turnsOf(transcript.body)].flatMap((turn) => turn.paragraphs.map((p) => spokenText(p)));
}

describe.each([
  ['WebVTT', VTT, 'webvtt'],
  ['SRT made by ffmpeg', SRT, 'srt'],
])('rolling YouTube auto-captions as %s', (_name, path, format) => {
  const bytes = readFileSync(path);
  const text = bytes.toString('utf8');
  const transcript = normaliseBytes(bytes, { fileName: path.split('/').pop()! });
  const expected = viewerWords(text);

  it('is read as captions with the repeated lines recorded as one change', () => {
    expect(transcript.meta.source.format).toBe(format);
    const rolling = transcript.changes.find((c) => c.rule === 'rolling-captions');
    expect(rolling?.count).toBeGreaterThan(40);
  });

  it('holds every word once and in order', () => {
    expect(expected.length).toBeGreaterThan(200);
    expect(spokenWords(transcript)).toEqual(expected);
  });

  it('repeats no run of words the speakers did not repeat', () => {
    const said = shingles(expected, 6);
    const printed = shingles(spokenWords(transcript), 6);
    for (const [run, count] of printed) expect([run, count]).toEqual([run, said.get(run)]);
  });

  it('leaves no timing tag or >> in the text', () => {
    for (const paragraph of paragraphTexts(transcript)) expect(paragraph).not.toMatch(/[<>]|&gt;/);
  });

  it('starts a turn nobody is named for at each >>', () => {
    const turns = [...turnsOf(transcript.body)];
    expect(turns).toHaveLength(4);
    expect(turns.every((t) => t.speaker === null && t.attribution.method === 'unknown')).toBe(true);
    expect(turns.map((t) => t.attribution.evidence.some((e) => e.includes('>>')))).toEqual([false, true, true, true]);
    expect(transcript.changes.find((c) => c.rule === 'caption-speaker-change')?.count).toBe(3);
  });

  it('makes more than one paragraph', () => {
    expect(paragraphTexts(transcript).length).toBeGreaterThan(1);
  });
});

describe('rolling captions: timing', () => {
  it('cuts a paragraph at the pause the word timings show (WebVTT)', () => {
    const transcript = normaliseBytes(readFileSync(VTT));
    const second = [...turnsOf(transcript.body)][1]!;
    expect(second.paragraphs).toHaveLength(2);
    expect(spokenText(second.paragraphs[1]!)).toMatch(/^so here is what i will do/);
  });

  it('leaves ordinary captions alone', () => {
    for (const path of [FIXTURE.podcastWebVtt, FIXTURE.podcastSrt]) {
      const transcript = normaliseBytes(readFileSync(path));
      expect(transcript.changes.some((c) => c.rule === 'rolling-captions')).toBe(false);
    }
  });
});

/** A rolling WebVTT of lines of words, in YouTube's shape (see the fixture README). */
function rollingVtt(lines: { words: string[]; pause: boolean; speakerChange: boolean }[]): string {
  const stamp = (t: number) => {
    const ms = Math.round(t * 1000);
    const h = Math.floor(ms / 3600000);
    const m = Math.floor((ms % 3600000) / 60000);
    const s = (ms % 60000) / 1000;
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(3).padStart(6, '0')}`;
  };
  const out = ['WEBVTT', 'Kind: captions', 'Language: en', ''];
  let t = 0.5;
  const starts = lines.map((line) => {
    if (line.pause) t += 3;
    const at = t;
    t += 0.3 * line.words.length;
    return at;
  });
  lines.forEach((line, j) => {
    const start = starts[j]!;
    const end = starts[j + 1] ?? t + 0.5;
    const words = line.speakerChange ? ['&gt;&gt;', ...line.words] : line.words;
    const tagged =
      words[0] +
      words
        .slice(1)
        .map((w, i) => `<${stamp(start + 0.3 * (i + 1))}><c> ${w}</c>`)
        .join('');
    const top =
      j === 0 || line.pause ? ' ' : (lines[j - 1]!.speakerChange ? '&gt;&gt; ' : '') + lines[j - 1]!.words.join(' ');
    out.push(`${stamp(start)} --> ${stamp(end)} align:start position:0%`, top, tagged, '');
    if (j + 1 < lines.length)
      out.push(`${stamp(end)} --> ${stamp(end + 0.01)} align:start position:0%`, words.join(' '), ' ', '');
  });
  return out.join('\n');
}

describe('rolling captions: properties', () => {
  const word = fc.constantFrom('ferry', 'town', 'we', 'the', 'pier', 'boat', 'winter', 'council', 'vote', 'and');
  const line = fc.record({
    words: fc.array(word, { minLength: 2, maxLength: 7 }),
    pause: fc.boolean(),
    speakerChange: fc.boolean(),
  });

  it('loses no word and repeats none, whatever the lines, pauses and speaker changes', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 3, maxLength: 40 }), (lines) => {
        // Two neighbouring lines that read the same are one line on screen: keep them apart.
        const distinct = lines.filter((l, i) => i === 0 || l.words.join(' ') !== lines[i - 1]!.words.join(' '));
        fc.pre(distinct.length >= 3);
        const vtt = rollingVtt(distinct);
        const transcript = normalise(vtt);
        expect(transcript.meta.source.format).toBe('webvtt');
        expect(spokenWords(transcript)).toEqual(distinct.flatMap((l) => l.words));
        const turns = [...turnsOf(transcript.body)];
        const changes = distinct.filter((l, i) => l.speakerChange && i > 0).length;
        expect(turns.length).toBe(1 + changes);
      }),
      { numRuns: 120 },
    );
  });
});
