// Caption files with no speaker labels (issue #13): a speech recogniser's subtitles of an
// interview or a hearing are one unattributed turn until the words show the voices change — an
// oath, a call by name, a question put by name, a time call, questions and answers that
// alternate. A talk that asks itself questions stays one turn. Fixtures in
// tests/fixtures/attribution/ are written for these tests in the shape Whisper's SRT has (one
// line per cue, a space before it, no labels).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../src/model/nodes.js';
import { turnsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { turnRows } from './helpers/turns.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'attribution');
const read = (name: string) => normalise(readFileSync(join(FIXTURES, name), 'utf8'), { fileName: name });

function evidenceOf(transcript: Transcript, firstWords: string): string {
  const rows = turnRows(transcript, 8);
  const index = rows.findIndex((row) => row[3].startsWith(firstWords));
  const turn = [...turnsOf(transcript.body)][index];
  return turn ? turn.attribution.evidence.join(' ') : '';
}

describe('an interview in unlabelled captions', () => {
  const transcript = read('interview-unlabelled.srt');

  it('should give each question to the questioner and start an unattributed answer after it', () => {
    expect(turnRows(transcript, 4)).toEqual([
      [null, null, 'unknown', 'I’m eighty-one now, so'],
      ['Question', null, 'inferred', 'You’ve kept this to'],
      [null, null, 'unknown', 'Yes.'],
      ['Question', null, 'inferred', 'Can we start with'],
      [null, null, 'unknown', 'I answered an advertisement'],
      ['Question', null, 'inferred', 'What year did you'],
      [null, null, 'unknown', '1968. The head keeper'],
      ['Question', null, 'inferred', 'Were you alone out'],
      [null, null, 'unknown', 'No.'],
      ['Question', null, 'inferred', 'Not at first?'],
      // The harbour call quoted in the answer ("Where is the boat?") is no question of the interviewer's.
      [null, null, 'unknown', 'No. My wife came'],
      ['Question', null, 'inferred', 'How did you feel'],
      [null, null, 'unknown', 'Well, I was frightened.'],
      ['Question', null, 'inferred', 'So what did he'],
      // "There was nothing else to do, right?" is a tag on the answer, not a question to anyone.
      [null, null, 'unknown', 'He said to put'],
      ['Question', null, 'inferred', 'And you couldn’t leave'],
      [null, null, 'unknown', 'No, I couldn’t leave'],
      ['Question', null, 'inferred', 'Did you get your'],
      [null, null, 'unknown', 'We waited three more'],
      ['Question', null, 'inferred', 'What happened to her?'],
      [null, null, 'unknown', 'She recovered, thank God.'],
      ['Question', null, 'inferred', 'But you still go'],
      [null, null, 'unknown', 'I go back every'],
    ]);
  });

  it('should make no participant but the anonymous questioner, and mark the answers as answers', () => {
    expect(transcript.participants.map((p) => p.name)).toEqual(['Question']);
    const turns = [...turnsOf(transcript.body)];
    expect(turns.filter((t) => t.speaker === null).every((t, i) => i === 0 || t.function === 'answer')).toBe(true);
  });

  it('should say why each turn starts, as a sentence a person can check', () => {
    expect(evidenceOf(transcript, 'Were you alone')).toMatch(
      /asks a question \(line \d+: “Were you alone out there\?”\)/,
    );
    expect(evidenceOf(transcript, 'No.')).toMatch(
      /answers the question on line \d+; nothing in the text names who answers/,
    );
    expect(evidenceOf(transcript, 'But you still')).toMatch(/puts a remark to the one interviewed/);
    const info = transcript.diagnostics.find((d) => d.rule === 'dialogue-from-captions');
    expect(info?.message).toMatch(/23 turns were told apart .*interview 22.*12 of them are left unattributed/);
  });
});

describe('a hearing in unlabelled captions', () => {
  const transcript = read('hearing-oath-unlabelled.srt');

  it('should tell the oath, the exchange with the one asked by name, the witness called by name and the time call apart', () => {
    expect(turnRows(transcript, 4)).toEqual([
      [null, null, 'unknown', 'Good morning.'],
      [null, null, 'unknown', 'I do solemnly swear'],
      [null, null, 'unknown', 'Thank you. Please be'],
      ['Ms. Okafor', null, 'inferred', 'Eight minutes each, and'],
      [null, null, 'unknown', 'And the questions?'],
      ['Ms. Okafor', null, 'inferred', 'About five minutes for'],
      // After the quick exchange nothing shows who calls the witness: unattributed, not Ms. Okafor.
      [null, null, 'unknown', 'Then we will keep'],
      // The witness's own questions, asked and quoted, are no change of voice.
      ['Daniel Price', null, 'inferred', 'Thank you. I worked'],
      [null, null, 'unknown', 'You have about two'],
      ['Daniel Price', null, 'inferred', 'Okay. I’ll be quick.'],
      // Nobody thanks themselves by name; the member the chair recognises speaks next, and asks by name.
      [null, null, 'unknown', 'Thank you, Mr. Price.'],
      [null, null, 'unknown', 'Thank you, Mr. Chairman.'],
      ['Daniel Price', null, 'inferred', 'In the autumn of'],
      [null, null, 'unknown', 'And did anyone answer?'],
      ['Daniel Price', null, 'inferred', 'Not until the second'],
    ]);
  });

  it('should name only the people the text names, with the sentence that names them', () => {
    expect(transcript.participants.map((p) => p.name).sort()).toEqual(['Daniel Price', 'Ms. Okafor']);
    expect(evidenceOf(transcript, 'Eight minutes')).toMatch(/answers the question put to Ms\. Okafor on line \d+/);
    expect(evidenceOf(transcript, 'Thank you. I worked')).toMatch(
      /called by name to speak on line \d+ \(“Daniel Price, if you could begin\.”\)/,
    );
    expect(evidenceOf(transcript, 'Okay.')).toMatch(/Daniel Price goes on after the time call on line \d+/);
    expect(evidenceOf(transcript, 'I do solemnly')).toMatch(/recites the oath/);
    expect(evidenceOf(transcript, 'Thank you, Mr. Price.')).toMatch(/thanks Mr\. Price \(line \d+\), who spoke before/);
    expect(evidenceOf(transcript, 'Thank you, Mr. Chairman.')).toMatch(
      /after the call to speak on line \d+ \(“The gentlewoman from Ohio is recognized for five minutes\.”\), which names nobody/,
    );
  });

  it('should keep an oath said line by line after "repeat after me" with the one who administers it', () => {
    const vtt = read('hearing-repeat-after-me.vtt');
    expect(turnRows(vtt, 4)).toEqual([
      [null, null, 'unknown', 'Order, please. We will'],
      [null, null, 'unknown', 'Dr. Lindqvist and gentlemen,'],
      [null, null, 'unknown', 'Thank you. Is everyone'],
      // A bare "Yes." to a question is another voice; who goes on after it is not shown.
      [null, null, 'unknown', 'Yes. This is the'],
      ['Dr. Lindqvist', null, 'inferred', 'Thank you, Chair. I'],
    ]);
    expect(evidenceOf(vtt, 'Yes.')).toMatch(/answers “Yes\.” to the question on line \d+/);
    expect(evidenceOf(vtt, 'Dr. Lindqvist and')).toMatch(/asked to swear the witness in/);
  });
});

describe('people asked by name', () => {
  it('should tell Mr. Price from Ms. Price, and end his exchange where a question is put to her', () => {
    const cues = [
      'Good morning.',
      'I want to ask Mr. Price how long the panel has?',
      'Eight minutes each.',
      'And Ms. Price, how long do members have?',
      'Five minutes each.',
    ];
    const srt = cues
      .map((text, i) => `${i + 1}\n00:00:0${i * 2},000 --> 00:00:0${i * 2 + 1},500\n ${text}\n`)
      .join('\n');
    const transcript = normalise(srt, { fileName: 'panel.srt' });
    expect(turnRows(transcript, 4)).toEqual([
      [null, null, 'unknown', 'Good morning. I want'],
      ['Mr. Price', null, 'inferred', 'Eight minutes each.'],
      [null, null, 'unknown', 'And Ms. Price, how'],
      ['Ms. Price', null, 'inferred', 'Five minutes each.'],
    ]);
    expect(transcript.participants.map((p) => p.name)).toEqual(['Mr. Price', 'Ms. Price']);
  });
});

describe('a lecture in unlabelled captions', () => {
  it('should stay one turn, whatever it asks its audience and answers itself', () => {
    // "Have you ever …? I have", "What would you do …? Well, …", "Is stiffer always better?" / "No.",
    // "Did it work?" / "Yes.", a quoted exchange with a professor, "How many of you …?".
    const transcript = read('lecture-captions-rhetorical-questions.srt');
    expect(turnRows(transcript, 4)).toEqual([[null, null, 'unknown', 'Good afternoon, and welcome']]);
    expect(transcript.participants).toEqual([]);
    expect(transcript.diagnostics.some((d) => d.rule === 'dialogue-from-captions')).toBe(false);
  });

  it('should stay one turn when the same talk gives its audience a time limit or hands a quoted call on', () => {
    const text = readFileSync(join(FIXTURES, 'lecture-captions-rhetorical-questions.srt'), 'utf8')
      .replace('I see a few hands.', 'You have about two minutes to decide, in a real emergency.')
      .replace('I would say three things.', 'My mentor used to say, "Jane Roe, if you could begin."');
    expect(turnRows(normalise(text, { fileName: 'talk.srt' }), 3)).toHaveLength(1);
  });

  it('should stay one turn when the same talk quotes an oath with nothing about swearing anyone in', () => {
    const text = readFileSync(join(FIXTURES, 'lecture-captions-rhetorical-questions.srt'), 'utf8').replace(
      'Good afternoon, and welcome back.',
      'I do solemnly swear, said every engineer of my generation, to build safely.',
    );
    expect(turnRows(normalise(text, { fileName: 'talk.srt' }), 3)).toHaveLength(1);
  });
});
