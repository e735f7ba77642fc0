// Every file of ../shared/corpus through the normaliser: no errors, no lost words, and a
// reviewed summary per file (tests/expectations/corpus-summaries.json; regenerate with
// UPDATE_EXPECTATIONS=1 and review the diff against the sources before committing).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../../src/model/json.js';
import type { Transcript } from '../../src/model/nodes.js';
import { turnsOf, wordsOf } from '../../src/model/walk.js';
import { decodeBytes } from '../../src/normalise/decode.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { CORPUS_DIR, HAVE_CORPUS, NO_CORPUS, corpusFiles } from '../helpers/corpus.js';
import { inputAfterRewrites, missingWords, modelWords } from '../helpers/words.js';

const EXPECTATIONS = new URL('../expectations/corpus-summaries.json', import.meta.url);

/** Files that are not transcripts, and the one-line error they must give. */
const REJECTED: Record<string, string> = {
  '002-nato-press-conference-stoltenberg-2022-diarization.rttm':
    'the input is an RTTM diarization file (speaker times, no words), not a transcript',
};

interface Summary {
  title: string;
  kind: string | null;
  date: string | null;
  language: string;
  encoding: string;
  turns: number;
  speakers: Record<string, number>;
  inferred: number;
  unknown: number;
  removed: Record<string, number>;
  headings: number;
  directions: number;
}

function summarise(transcript: Transcript): Summary {
  const turns = [...turnsOf(transcript.body)];
  const names = new Map(transcript.participants.map((p) => [p.id, p.name]));
  const speakers: Record<string, number> = {};
  for (const turn of turns) {
    const name = turn.speaker ? (names.get(turn.speaker) ?? turn.speaker) : '(unknown)';
    speakers[name] = (speakers[name] ?? 0) + 1;
  }
  const removed: Record<string, number> = {};
  for (const r of transcript.removed) removed[r.reason] = (removed[r.reason] ?? 0) + 1;
  return {
    title: transcript.meta.title,
    kind: transcript.meta.kind,
    date: transcript.meta.date,
    language: transcript.meta.language,
    encoding: transcript.meta.source.encoding,
    turns: turns.length,
    speakers,
    inferred: turns.filter((t) => t.attribution.method === 'inferred').length,
    unknown: turns.filter((t) => t.attribution.method === 'unknown').length,
    removed,
    headings: transcript.body.filter((b) => b.type === 'heading').length,
    directions: transcript.body.filter((b) => b.type === 'stageDirection').length,
  };
}

describe.skipIf(!HAVE_CORPUS)(`corpus ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`, () => {
  const files = corpusFiles();
  const expected = JSON.parse(readFileSync(EXPECTATIONS, 'utf8')) as Record<string, Summary>;
  const actual: Record<string, Summary> = {};

  it.each(files)('should normalise %s without losing a word', (file) => {
    const bytes = readFileSync(CORPUS_DIR + file);
    if (REJECTED[file]) {
      expect(() => normaliseBytes(bytes, { fileName: file })).toThrow(REJECTED[file]);
      return;
    }
    const transcript = normaliseBytes(bytes, { fileName: file });
    expect(() => checkTranscript(JSON.parse(JSON.stringify(transcript)))).not.toThrow();
    const input = wordsOf(inputAfterRewrites(decodeBytes(bytes).text, transcript));
    const held = modelWords(transcript);
    expect(missingWords(input, held), 'words of the input found nowhere in the model').toEqual([]);
    if (transcript.meta.source.format !== 'webvtt' && transcript.meta.source.format !== 'srt') {
      expect(missingWords(held, input), 'words in the model that the input does not have').toEqual([]);
    }
    actual[file] = summarise(transcript);
    if (!process.env['UPDATE_EXPECTATIONS']) expect(actual[file]).toEqual(expected[file]);
  });

  it('should have a reviewed summary for every corpus file', () => {
    if (process.env['UPDATE_EXPECTATIONS']) {
      writeFileSync(EXPECTATIONS, JSON.stringify(actual, null, 2) + '\n');
      return;
    }
    expect(Object.keys(expected).sort()).toEqual(files.filter((f) => !REJECTED[f]));
  });
});
