// Captions into paragraphs a reader expects: cues and caption rows of one speaker joined, a new
// paragraph at a pause, a change of speaker, or after a few sentences — never mid-sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spokenText, turnsOf } from '../../src/model/walk.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { CORPUS_DIR, HAVE_CORPUS, NO_CORPUS } from '../helpers/corpus.js';
import { ENDS_SENTENCE, sentences } from '../helpers/sentences.js';

describe.skipIf(!HAVE_CORPUS)(`caption paragraphs in the corpus ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`, () => {
  it.each([
    '001-nato-press-conference-stoltenberg-2022-unlabelled.txt',
    '090-subtitle-user2021-talk-captions.srt',
    '092-subtitle-podcast-voice-tags-mixed-labels.vtt',
    '093-subtitle-podcast-speaker-colon.srt',
  ])('should give %s paragraphs of a few sentences that end where a sentence ends', (file) => {
    const t = normaliseBytes(readFileSync(join(CORPUS_DIR, file)), { fileName: file });
    const counts: number[] = [];
    for (const turn of turnsOf(t.body)) {
      const texts = turn.paragraphs.map((p) => spokenText(p));
      texts.forEach((text, i) => {
        counts.push(sentences(text));
        expect(text.split(/\s+/).length, text).toBeLessThanOrEqual(200);
        // Within a turn a paragraph ends a sentence, unless it is raw ASR with no punctuation for 60 words.
        if (i < texts.length - 1 && !ENDS_SENTENCE.test(text))
          expect(
            text
              .split(/[.?!…]\s/)
              .pop()!
              .split(/\s+/).length,
            text,
          ).toBeGreaterThanOrEqual(60);
      });
    }
    const long = counts.filter((n) => n >= 3).length;
    // Most paragraphs hold three sentences or more; short ones are calls, questions and replies.
    expect(long / counts.length).toBeGreaterThan(0.5);
    expect(Math.max(...counts)).toBeLessThanOrEqual(12);
  });
});
