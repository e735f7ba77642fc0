/**
 * The speech-recognition readers on fixtures in each vendor's documented shape
 * (tests/fixtures/speech/, one invented interview written out by make-fixtures.py): the format is
 * known from the content, diarisation labels become "Speaker 1", "Speaker 2" in order of first
 * appearance, turns follow the speakers, every recognised word is in the text in order, paragraph
 * and word timings and the unsure words are kept, and an editor renames a speaker.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { Inline, Timing, Transcript, Turn } from '../../src/model/nodes.js';
import { checkTranscript } from '../../src/model/json.js';
import { inlinesOf, spokenText, turnsOf } from '../../src/model/walk.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { applyOverrides, checkOverrides, overridesFromOptions } from '../../src/overrides.js';
import { FIXTURES_DIR } from '../helpers/fixtures.js';
import { comparableWords, wordsInOrder } from '../helpers/word-order.js';

const SPEECH = `${FIXTURES_DIR}speech/`;

function read(name: string, fileName = name): Transcript {
  return normaliseBytes(readFileSync(`${SPEECH}${name}`), { fileName });
}

/** The interview's words as the fixtures' generator wrote them (every file holds these). */
const INTERVIEW = (
  JSON.parse(readFileSync(`${SPEECH}aws-transcribe.json`, 'utf8')) as {
    results: { transcripts: { transcript: string }[] };
  }
).results.transcripts[0]!.transcript;

const turns = (t: Transcript): Turn[] => [...turnsOf(t.body)];
const speakers = (t: Transcript) =>
  turns(t).map((turn) => t.participants.find((p) => p.id === turn.speaker)?.name ?? null);
const text = (t: Transcript) =>
  turns(t)
    .flatMap((turn) => turn.paragraphs.map((p) => spokenText(p)))
    .join(' ');
const timings = (t: Transcript): Timing[] =>
  turns(t).flatMap((turn) => turn.paragraphs.map((p) => p.find((n): n is Timing => n.type === 'timing')!));
const uncertain = (t: Transcript) =>
  turns(t).flatMap((turn) =>
    turn.paragraphs.flatMap((p) =>
      [...inlinesOf(p)].flatMap((n) => (n.type === 'uncertain' ? [`${spokenText(n.children)}@${n.confidence}`] : [])),
    ),
  );
/** Tokens of a paragraph as printed (text and marks' printed form). */
function printedTokens(paragraph: readonly Inline[]): number {
  let printed = '';
  for (const node of inlinesOf(paragraph)) {
    if (node.type === 'text') printed += node.value;
    else if ('asPrinted' in node) printed += node.asPrinted;
  }
  return printed.split(/\s+/).filter(Boolean).length;
}

const DIARISED = [
  ['aws-transcribe.json', 'aws-transcribe-json', 'Amazon Transcribe, job harbour-notes-ep12', ['spk_0', 'spk_1']],
  [
    'aws-transcribe-segments.json',
    'aws-transcribe-json',
    'Amazon Transcribe, job harbour-notes-ep12',
    ['spk_0', 'spk_1'],
  ],
  ['assemblyai.json', 'assemblyai-json', 'AssemblyAI, speech model best', ['A', 'B']],
  ['deepgram-utterances.json', 'deepgram-json', 'Deepgram, model nova-2 2-general-nova', ['0', '1']],
  ['deepgram-paragraphs.json', 'deepgram-json', 'Deepgram, model nova-2 2-general-nova', ['0', '1']],
  ['whisperx.json', 'whisper-json', 'WhisperX', ['SPEAKER_01', 'SPEAKER_00']],
] as const;

const TURN_ORDER = ['1', '2', '1', '2', '1', '2', '1'];

describe('speech-recognition readers', () => {
  it.each(DIARISED)(
    'should read %s: format, tool, speakers in order of appearance, turns',
    (file, format, tool, labels) => {
      const t = read(file);
      checkTranscript(JSON.parse(JSON.stringify(t)));
      expect(t.meta.source.format).toBe(format);
      expect(t.meta.source.tool).toBe(tool);
      expect(t.participants.map((p) => [p.id, p.name, p.kind, p.labels])).toEqual([
        ['p-speaker-1', 'Speaker 1', 'anonymous', [labels[0]]],
        ['p-speaker-2', 'Speaker 2', 'anonymous', [labels[1]]],
      ]);
      expect(speakers(t)).toEqual(TURN_ORDER.map((n) => `Speaker ${n}`));
      for (const turn of turns(t)) {
        expect(turn.attribution.method).toBe('explicit');
        expect(turn.attribution.evidence[0]).toMatch(/gives these words to speaker “/);
      }
      expect(wordsInOrder(comparableWords(INTERVIEW), text(t)).missing).toEqual([]);
      expect(comparableWords(text(t))).toEqual(comparableWords(INTERVIEW));
    },
  );

  it.each([...DIARISED.map(([file]) => file), 'whisper.json', 'revai.json'])(
    'should keep paragraph and word timings and the unsure words of %s',
    (file) => {
      const t = read(file);
      const times = timings(t);
      expect(times.every(Boolean)).toBe(true);
      expect(times[0]!.start).toBe(0.4);
      // Paragraphs follow each other in time, and each paragraph's words are one entry per token.
      for (let i = 1; i < times.length; i++) expect(times[i]!.start).toBeGreaterThanOrEqual(times[i - 1]!.end);
      for (const turn of turns(t))
        for (const paragraph of turn.paragraphs) {
          const timing = paragraph[0] as Timing;
          expect(timing.type).toBe('timing');
          expect(timing.words!.split(' ')).toHaveLength(printedTokens(paragraph));
        }
      // "Welcome" and "back", as the files time them.
      expect(times[0]!.words!.split(' ').slice(0, 2)).toEqual(['0.4-0.905', '0.945-1.285']);
      expect(uncertain(t)).toEqual(['Kowalczyk@0.41', 'cranes@0.62']);
    },
  );

  it('should make paragraphs at pauses longer than two seconds and at a change of speaker', () => {
    const t = read('aws-transcribe.json');
    const second = turns(t)[1]!;
    // "We started with divers …" comes after a silence of 2.8 s.
    expect(second.paragraphs.map((p) => spokenText(p).split(' ').slice(0, 3).join(' '))).toEqual([
      'Thank you for',
      'We started with',
    ]);
    expect(t.changes.filter((c) => c.rule === 'caption-paragraphs')).toEqual([]);
  });

  it('should leave a number WhisperX did not align without a time ("?")', () => {
    const t = read('whisperx.json');
    const paragraph = turns(t)[1]!.paragraphs[0]!;
    const tokens = spokenText(paragraph).trim().split(/\s+/);
    const words = (paragraph[0] as Timing).words!.split(' ');
    expect(words[tokens.indexOf('14')]).toBe('?');
  });

  it('should know the format from the content, whatever the file is called', () => {
    expect(read('aws-transcribe.json', 'notes.txt').meta.source.format).toBe('aws-transcribe-json');
    expect(read('revai.json', 'episode').meta.source.format).toBe('revai-json');
    expect(read('whisper.json', 'episode.vtt').meta.source.format).toBe('whisper-json');
  });

  it('should use a name the file gives (Rev.ai speaker_name) and number the unnamed voice', () => {
    const t = read('revai.json');
    expect(t.meta.source.format).toBe('revai-json');
    expect(t.participants.map((p) => [p.id, p.name, p.kind, p.labels])).toEqual([
      ['p-dana-whitfield', 'Dana Whitfield', 'person', ['0']],
      ['p-speaker-1', 'Speaker 1', 'anonymous', ['1']],
    ]);
    expect(speakers(t)[0]).toBe('Dana Whitfield');
    // Rev.ai's <inaudible> tag prints as a gap, and the rewrite is recorded.
    const marks = turns(t).flatMap((turn) =>
      turn.paragraphs.flatMap((p) => [...inlinesOf(p)].filter((n) => n.type === 'gap')),
    );
    expect(marks).toEqual([{ type: 'gap', reason: 'inaudible', asPrinted: '[inaudible]' }]);
    expect(t.changes.find((c) => c.rule === 'revai-tag')).toMatchObject({
      before: '<inaudible>',
      after: '[inaudible]',
    });
    expect(wordsInOrder(comparableWords(INTERVIEW), text(t)).missing).toEqual([]);
  });

  it.each(['whisper.json', 'whisper-segments.json', 'openai-verbose.json'])(
    'should give speech with no diarisation (%s) to nobody rather than invent a speaker',
    (file) => {
      const t = read(file);
      expect(t.meta.source.format).toBe('whisper-json');
      expect(t.participants).toEqual([]);
      expect(turns(t).every((turn) => turn.speaker === null && turn.attribution.method === 'unknown')).toBe(true);
      expect(t.diagnostics.map((d) => d.rule)).toContain('speech-no-speakers');
      expect(comparableWords(text(t))).toEqual(comparableWords(INTERVIEW));
      // Three paragraphs: the two long silences (2.8 s and 3.1 s) cut them.
      expect(turns(t).flatMap((turn) => turn.paragraphs)).toHaveLength(3);
    },
  );

  it('should keep the word times of the OpenAI API, whose words have no punctuation', () => {
    const t = read('openai-verbose.json');
    const words = timings(t).flatMap((timing) => timing.words!.split(' '));
    expect(words).toHaveLength(INTERVIEW.split(' ').length);
    expect(words).not.toContain('?');
    expect(t.meta.source.tool).toBeUndefined();
  });

  it('should keep segment times when Whisper gives no words', () => {
    const t = read('whisper-segments.json');
    expect(timings(t).map((timing) => [timing.start, timing.words])).toEqual([
      [0.4, undefined],
      [20.24, undefined],
      [41.88, undefined],
    ]);
  });

  it('should rename "Speaker 1" from the command line and from a sidecar', () => {
    const t = read('assemblyai.json');
    const named = applyOverrides(t, overridesFromOptions({ speaker: ['p-speaker-1=Jane Roe'] })!);
    expect(named.participants[0]).toMatchObject({ id: 'p-speaker-1', name: 'Jane Roe', kind: 'person', labels: ['A'] });
    expect(named.participants[1]).toMatchObject({ name: 'Speaker 2', kind: 'anonymous' });
    expect(speakers(named)[0]).toBe('Jane Roe');
    const sidecar = checkOverrides(
      { speakers: { 'p-speaker-2': { name: 'Sam Ortiz', role: 'Engineer' } }, turns: { '1': 'Sam Ortiz' } },
      'episode.verbatim.yaml',
    );
    const edited = applyOverrides(t, sidecar);
    expect(edited.participants[1]).toMatchObject({ name: 'Sam Ortiz', role: 'Engineer' });
    expect(speakers(edited).slice(0, 2)).toEqual(['Sam Ortiz', 'Sam Ortiz']);
    expect(turns(edited)[0]!.attribution.method).toBe('editor');
  });

  it('should give paragraphs of an undiarised file to people through a sidecar', () => {
    const t = read('whisper.json');
    const edited = applyOverrides(
      t,
      checkOverrides({ turns: { '1': 'Jane Roe', '2': 'Sam Ortiz' } }, 'x.verbatim.yaml'),
    );
    expect(speakers(edited)).toEqual(['Jane Roe', 'Sam Ortiz']);
    // The timing of each paragraph moves with it.
    expect(turns(edited)[1]!.paragraphs[0]![0]).toMatchObject({ type: 'timing', start: 20.24 });
  });
});

describe('renaming a recogniser’s speakers on the command line', () => {
  it('should take --speaker p-speaker-1="Jane Roe" and a sidecar beside the input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-speech-'));
    const input = join(dir, 'episode.json');
    copyFileSync(`${SPEECH}deepgram-utterances.json`, input);
    writeFileSync(
      join(dir, 'episode.verbatim.yaml'),
      'speakers:\n  p-speaker-2: { name: Sam Ortiz, role: Engineer }\n',
    );
    const out = new PassThrough();
    let json = '';
    out.on('data', (c: Buffer) => (json += c.toString()));
    const code = await main(['normalise', input, '--speaker', 'p-speaker-1=Jane Roe'], out, new PassThrough());
    expect(code).toBe(0);
    const t = JSON.parse(json) as Transcript;
    expect(t.participants.map((p) => [p.id, p.name, p.role])).toEqual([
      ['p-speaker-1', 'Jane Roe', null],
      ['p-speaker-2', 'Sam Ortiz', 'Engineer'],
    ]);
    expect(speakers(t).slice(0, 2)).toEqual(['Jane Roe', 'Sam Ortiz']);
  });
});

describe('caption files keep their times too', () => {
  it('should start every paragraph of a WebVTT file with the time of its first cue', () => {
    const t = normaliseBytes(readFileSync(`${FIXTURES_DIR}podcast-pauses.vtt`), { fileName: 'podcast-pauses.vtt' });
    const paragraphs = turns(t).flatMap((turn) => turn.paragraphs);
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const paragraph of paragraphs) {
      expect(paragraph[0]).toMatchObject({ type: 'timing' });
      expect((paragraph[0] as Timing).words).toBeUndefined();
    }
    expect(paragraphs[0]![0]).toMatchObject({ start: 0 });
    expect(turns(t)[1]!.paragraphs[0]![0]).toMatchObject({ start: 12.5 });
  });
});

describe('a damaged Whisper file', () => {
  it('should be read with the damaged segment left out and a warning', () => {
    const file = JSON.parse(readFileSync(`${SPEECH}whisper.json`, 'utf8')) as { segments: Record<string, unknown>[] };
    delete file.segments[1]!['start'];
    const t = normaliseBytes(Buffer.from(JSON.stringify(file)), { fileName: 'damaged.json' });
    expect(t.meta.source.format).toBe('whisper-json');
    expect(t.diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'speech-segment-skipped', severity: 'warning' }),
    );
    expect(text(t)).not.toContain('Today I am talking');
    expect(text(t)).toContain('Welcome back to Harbour Notes. Thanks for coming in.');
  });
});

describe('a Deepgram multichannel call', () => {
  it('should take each channel for one voice when nobody is diarised', () => {
    const file = JSON.parse(readFileSync(`${SPEECH}deepgram-paragraphs.json`, 'utf8')) as {
      results: { channels: { alternatives: { words: Record<string, unknown>[]; paragraphs?: unknown }[] }[] };
    };
    const words = file.results.channels[0]!.alternatives[0]!.words;
    const byChannel = [0, 1].map((channel) =>
      words.filter((w) => w['speaker'] === channel).map(({ speaker: _speaker, speaker_confidence: _c, ...w }) => w),
    );
    file.results.channels = byChannel.map((list) => ({ alternatives: [{ words: list }] }));
    const t = normaliseBytes(Buffer.from(JSON.stringify(file)), { fileName: 'call.json' });
    expect(t.participants.map((p) => [p.name, p.labels])).toEqual([
      ['Speaker 1', ['channel 0']],
      ['Speaker 2', ['channel 1']],
    ]);
    expect(speakers(t)).toEqual(TURN_ORDER.map((n) => `Speaker ${n}`));
    expect(comparableWords(text(t))).toEqual(comparableWords(INTERVIEW));
  });
});

describe('an Amazon Transcribe call with channel identification', () => {
  it('should take each channel for one voice', () => {
    const file = JSON.parse(readFileSync(`${SPEECH}aws-transcribe.json`, 'utf8')) as {
      results: { items: Record<string, unknown>[]; speaker_labels?: unknown; channel_labels?: unknown };
    };
    const channelOf = (item: Record<string, unknown>) => (item['speaker_label'] === 'spk_0' ? 'ch_0' : 'ch_1');
    const channels = ['ch_0', 'ch_1'].map((label) => ({
      channel_label: label,
      items: file.results.items.filter((i) => channelOf(i) === label).map(({ speaker_label: _s, ...i }) => i),
    }));
    file.results.items = file.results.items.map(({ speaker_label: _s, ...i }) => i);
    delete file.results.speaker_labels;
    file.results.channel_labels = { channels, number_of_channels: 2 };
    const t = normaliseBytes(Buffer.from(JSON.stringify(file)), { fileName: 'call.json' });
    expect(t.participants.map((p) => [p.name, p.labels])).toEqual([
      ['Speaker 1', ['ch_0']],
      ['Speaker 2', ['ch_1']],
    ]);
    expect(speakers(t)).toEqual(TURN_ORDER.map((n) => `Speaker ${n}`));
  });
});
