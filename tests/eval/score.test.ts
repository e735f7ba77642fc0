// The evaluation's scorer and mess generator (eval/): a right annotation scores 100%, each kind
// of error costs what the accuracy definition says, and degraded variants are reproducible.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/normalise/decode.js';
import { normalise } from '../../src/normalise/index.js';
import { messVariant } from '../../eval/mess.js';
import { foldedWords, goldWords, scoreTranscript, unreadableScore, type GoldFile } from '../../eval/score.js';

const TEXT = `MS. ADAMS: Good morning, everyone, and welcome to the briefing on the harbour works.

MR. BRAND: Thank you. When will the second pier open to the public?

MS. ADAMS: The second pier opens in March, weather permitting, and the ferry follows in May.

MR. BRAND: And the cost overrun reported last week?

MS. ADAMS: There is none. The figure in the press was the budget for both phases together.
`;

const GOLD: GoldFile = {
  id: 'own-briefing',
  file: 'own-briefing.txt',
  kind: 'press-conference',
  source: { origin: 'written for this test' },
  participants: [
    { id: 'adams', name: 'Ms. Adams', aliases: ['MS. ADAMS'] },
    { id: 'brand', name: 'Mr. Brand', aliases: ['MR. BRAND'] },
  ],
  turns: [
    { speaker: 'adams', firstWords: 'Good morning, everyone, and welcome to' },
    { speaker: 'brand', firstWords: 'Thank you. When will the second' },
    { speaker: 'adams', firstWords: 'The second pier opens in March,' },
    { speaker: 'brand', firstWords: 'And the cost overrun reported last' },
    { speaker: 'adams', firstWords: 'There is none. The figure in' },
  ],
};

/** The two voices of an air-to-ground record, for the tests whose first words recur. */
const AIR_TO_GROUND: GoldFile['participants'] = [
  { id: 'cc', name: 'Capcom', aliases: ['CC'] },
  { id: 'cdr', name: 'Commander', aliases: ['CDR'] },
];

describe('eval scorer', () => {
  it('should fold case, quotes, dashes and punctuation out of words', () => {
    expect(foldedWords('“Don’t” — well-known, O’Brien!')).toEqual(['dont', 'well', 'known', 'obrien']);
  });

  it('should give 100% to a transcript whose turns and speakers match the gold', () => {
    const score = scoreTranscript(normalise(TEXT), GOLD);
    expect(score).toMatchObject({ goldTurns: 5, modelTurns: 5, right: 5, spurious: 0, accuracy: 1 });
    expect(score.invented).toEqual([]);
  });

  it('should count a wrong speaker against accuracy and name the speaker it got', () => {
    const gold = { ...GOLD, turns: GOLD.turns.map((t, i) => (i === 3 ? { ...t, speaker: 'adams' } : t)) };
    const score = scoreTranscript(normalise(TEXT), gold);
    expect(score.right).toBe(4);
    expect(score.accuracy).toBeCloseTo(4 / 5);
    expect(score.problems).toEqual([
      { gold: 4, firstWords: 'And the cost overrun reported last', problem: 'wrong-speaker', got: 'Mr. Brand' },
    ]);
  });

  it('should count a model turn that starts no gold turn as spurious, and its participant as invented', () => {
    const text = TEXT.replace('MS. ADAMS: There is none.', 'MS. ADAMS: There is none.\n\nHARBOUR OFFICE: The figure');
    const score = scoreTranscript(normalise(text), GOLD);
    expect(score.spurious).toBe(1);
    expect(score.invented).toEqual(['Harbour Office']);
    expect(score.accuracy).toBeCloseTo(5 / 6);
  });

  it('should count a gold turn the model runs into the previous turn as missed', () => {
    const text = TEXT.replace('\n\nMR. BRAND: And the cost', ' And the cost');
    const score = scoreTranscript(normalise(text), GOLD);
    expect(score.problems.map((p) => p.problem)).toEqual(['no-turn-starts-here']);
    expect(score.right).toBe(4);
    expect(score.accuracy).toBeCloseTo(4 / 5);
  });

  it('should list a spurious model turn with its first words and speaker', () => {
    const text = TEXT.replace('MS. ADAMS: There is none.', 'MS. ADAMS: There is none.\n\nHARBOUR OFFICE: The figure');
    const score = scoreTranscript(normalise(text), GOLD);
    expect(score.problems).toEqual([
      { gold: 5, firstWords: 'the figure the figure in the press was', problem: 'spurious', got: 'Harbour Office' },
    ]);
  });

  it('should leave bracketed marks out of the model text as out of the gold', () => {
    const text = TEXT.replace('MR. BRAND: Thank you.', 'MR. BRAND: [glossary:PIER] Thank you.');
    const gold = {
      ...GOLD,
      turns: GOLD.turns.map((t, i) => (i === 1 ? { ...t, firstWords: '[glossary:PIER] Thank you. When will' } : t)),
    };
    expect(scoreTranscript(normalise(text), gold)).toMatchObject({ right: 5, spurious: 0 });
  });

  it('should find a gold turn that is only a bracketed mark as a model turn without words', () => {
    const text = TEXT.replace(
      'MR. BRAND: And the cost',
      'MR. BRAND: (nods)\n\nMS. ADAMS: Go on.\n\nMR. BRAND: And the cost',
    );
    const turns = [...GOLD.turns];
    turns.splice(3, 0, { speaker: 'brand', firstWords: '(nods)' }, { speaker: 'adams', firstWords: 'Go on.' });
    const score = scoreTranscript(normalise(text), { ...GOLD, turns });
    expect(score.problems).toEqual([]);
    expect(score).toMatchObject({ right: 7, spurious: 0 });
  });

  it('should take the start of a model turn for first words so short that they recur before the next turn', () => {
    const text = `CC: Apollo, Houston. Roger. You are go.\n\nCDR: Roger.\n\nCC: Stand by for the burn.\n`;
    const gold: GoldFile = {
      ...GOLD,
      participants: AIR_TO_GROUND,
      turns: [
        { speaker: 'cc', firstWords: 'Apollo, Houston. Roger. You are go.' },
        { speaker: 'cdr', firstWords: 'Roger.' },
        { speaker: 'cc', firstWords: 'Stand by for the burn.' },
      ],
    };
    expect(scoreTranscript(normalise(text), gold)).toMatchObject({ right: 3, spurious: 0, accuracy: 1 });
  });

  it('should take the start of a model turn for first words the turn before already says, short or long', () => {
    // A speaker repeats the words that ended the turn before.
    const echoed = `CC: Are you saying the hatch will not open in time?\n\nCDR: The hatch will not open in time. Stand by.\n\nCC: Copy.\n`;
    const gold: GoldFile = {
      ...GOLD,
      participants: AIR_TO_GROUND,
      turns: [
        { speaker: 'cc', firstWords: 'Are you saying the hatch will' },
        { speaker: 'cdr', firstWords: 'The hatch will not open in time.' },
        { speaker: 'cc', firstWords: 'Copy.' },
      ],
    };
    expect(scoreTranscript(normalise(echoed), gold)).toMatchObject({ right: 3, spurious: 0, accuracy: 1 });
    // Two turns in a row say the words that ended the turn before them.
    const twice = `CC: Hey. Right? You are there.\n\nCDR: You are there.\n\nLMP: You are there.\n\nCC: Good.\n`;
    const three: GoldFile = {
      ...gold,
      participants: [...gold.participants, { id: 'lmp', name: 'Lunar Module Pilot', aliases: ['LMP'] }],
      turns: [
        { speaker: 'cc', firstWords: 'Hey. Right? You are there.' },
        { speaker: 'cdr', firstWords: 'You are there.' },
        { speaker: 'lmp', firstWords: 'You are there.' },
        { speaker: 'cc', firstWords: 'Good.' },
      ],
    };
    expect(scoreTranscript(normalise(twice), three)).toMatchObject({ right: 4, spurious: 0, accuracy: 1 });
  });

  it('should count a turn continued across a section heading by the same speaker as the same turn, and another speaker there as a new one', () => {
    const text = TEXT.replace('MS. ADAMS: The second pier', 'MS. ADAMS: Yes.\n\n## Piers\n\nThe second pier');
    const turns = GOLD.turns.map((t, i) => (i === 2 ? { ...t, firstWords: 'Yes. The second pier opens' } : t));
    expect(scoreTranscript(normalise(text), { ...GOLD, turns })).toMatchObject({ right: 5, spurious: 0 });
    // Labelled again after the heading: still the same speaker going on, unless the gold starts a turn there.
    const relabelled = text.replace('## Piers\n\nThe second pier', '## Piers\n\nMS. ADAMS: The second pier');
    expect(scoreTranscript(normalise(relabelled), { ...GOLD, turns })).toMatchObject({ right: 5, spurious: 0 });
    const split = [...GOLD.turns];
    split.splice(
      2,
      1,
      { speaker: 'adams', firstWords: 'Yes.' },
      { speaker: 'adams', firstWords: 'The second pier opens in' },
    );
    expect(scoreTranscript(normalise(relabelled), { ...GOLD, turns: split })).toMatchObject({ right: 6, spurious: 0 });
    // Another speaker after the heading is a turn of its own, and spurious where the gold has none.
    const other = text.replace('## Piers\n\nThe second pier', '## Piers\n\nMR. BRAND: The second pier');
    expect(scoreTranscript(normalise(other), { ...GOLD, turns })).toMatchObject({ spurious: 1 });
  });

  it('should count the same speaker labelled again with nothing between as that turn going on, not a spurious turn', () => {
    const relabelled = TEXT.replace('The figure in the press', 'MS. ADAMS: The figure in the press');
    const t = normalise(relabelled);
    expect(t.body.filter((b) => b.type === 'turn')).toHaveLength(6);
    expect(scoreTranscript(t, GOLD)).toMatchObject({ right: 5, spurious: 0, precision: 1, accuracy: 1 });
    const other = normalise(TEXT.replace('The figure in the press', 'MR. BRAND: The figure in the press'));
    expect(scoreTranscript(other, GOLD)).toMatchObject({ right: 5, spurious: 1 });
  });

  it('should take an unknown voice for the gold’s nameless participant printed with the same label', () => {
    const text = TEXT.replace(
      'MR. BRAND: And the cost',
      'PARTICIPANT: It is impossible to hear.\n\nMR. BRAND: And the cost',
    );
    const turns = [...GOLD.turns];
    turns.splice(3, 0, { speaker: 'voice', firstWords: 'It is impossible to hear.' });
    const participants = [...GOLD.participants, { id: 'voice', name: null, aliases: ['PARTICIPANT'] }];
    const t = normalise(text);
    expect(t.participants.find((p) => p.labels.includes('PARTICIPANT'))?.kind).toBe('unknown');
    expect(scoreTranscript(t, { ...GOLD, participants, turns })).toMatchObject({ right: 6, spurious: 0 });
  });

  it('should drop a bracket the first words open but stop inside, as the transcript’s closed mark is dropped', () => {
    expect(goldWords('Thank you, Mr. Chairman. [Statement--see')).toEqual(['thank', 'you', 'mr', 'chairman']);
    expect(goldWords('Roger (garbled) end of')).toEqual(['roger', 'end', 'of']);
  });

  it('should read first words copied from a page’s markup as the page shows them, its entities decoded', () => {
    expect(goldWords('It&#x2019;s in a much better shape')).toEqual(goldWords('It’s in a much better shape'));
    expect(goldWords('Tom &amp; Jerry')).toEqual(['tom', 'jerry']);
  });

  it('should take the anonymous questioner for a named interviewer, not for the interviewee', () => {
    const text =
      'Q: How did the project start?\n\nA: With a letter from the mayor.\n\nQ: And then?\n\nA: Then the council voted.\n';
    const gold: GoldFile = {
      ...GOLD,
      participants: [
        { id: 'amis', name: 'Sara Amis', role: 'interviewer', aliases: [] },
        { id: 'lee', name: 'Dana Lee', role: 'interviewee', aliases: [] },
      ],
      turns: [
        { speaker: 'amis', firstWords: 'How did the project start?' },
        { speaker: 'lee', firstWords: 'With a letter from the mayor.' },
        { speaker: 'amis', firstWords: 'And then?' },
        { speaker: 'lee', firstWords: 'Then the council voted.' },
      ],
    };
    const t = normalise(text);
    const score = scoreTranscript(t, gold);
    // Questions are the questioner's (right); the answers' anonymous answerer is nobody the gold names.
    expect(score.problems.filter((p) => p.gold === 1 || p.gold === 3)).toEqual([]);
  });

  it('should want an unattributed turn where the gold cannot tell the speaker', () => {
    const text = `${TEXT}\nA voice from the back asked something nobody could hear properly.\n`;
    const gold: GoldFile = {
      ...GOLD,
      turns: [...GOLD.turns, { speaker: null, firstWords: 'A voice from the back asked' }],
    };
    const score = scoreTranscript(normalise(text), gold);
    expect(score.goldTurns).toBe(6);
    // Whatever the normaliser does with the last paragraph, the scorer says so in its problems.
    expect(score.right + score.problems.length).toBe(6);
  });
});

describe('eval scorer, a file the normaliser refuses', () => {
  it('should score every gold turn missed and say why on the first', () => {
    const score = unreadableScore(GOLD, 'the input is XML but not a transcript format');
    expect([score.right, score.modelTurns, score.accuracy]).toEqual([0, 0, 0]);
    expect(score.problems.map((p) => p.problem)).toEqual(Array(5).fill('not-found'));
    expect(score.problems[0]!.firstWords).toContain('unreadable: the input is XML');
  });
});

describe('eval scorer, a label the mess generator dropped', () => {
  // Mr. Brand's second label is gone: nobody reading the text can tell he speaks there.
  const text = TEXT.replace('\n\nMR. BRAND: And the cost', '\n\nAnd the cost');
  const gold: GoldFile = {
    ...GOLD,
    turns: GOLD.turns.map((t, i) => (i === 3 ? { ...t, speaker: null, labelDropped: 'brand' } : t)),
  };

  it('should count the text going on in the turn before as right, and the same speaker after it too', () => {
    const score = scoreTranscript(normalise(text), gold);
    expect(score).toMatchObject({ right: 5, spurious: 0, accuracy: 1 });
  });

  it('should count an unattributed turn there as right, and a named speaker there as wrong', () => {
    const unattributed = normalise(text.replace('\n\nAnd the cost', '\n\nUNIDENTIFIED: And the cost'));
    expect(scoreTranscript(unattributed, gold).problems.map((p) => p.problem)).toEqual([]);
    const named = normalise(TEXT);
    expect(scoreTranscript(named, gold).problems).toMatchObject([{ gold: 4, problem: 'wrong-speaker' }]);
  });

  it('should not count going on as right where the entry kept its own time stamp', () => {
    const stamped: GoldFile = {
      ...gold,
      turns: gold.turns.map((t, i) => (i === 3 ? { ...t, stampedEntry: true } : t)),
    };
    const score = scoreTranscript(normalise(text), stamped);
    expect(score.problems.map((p) => p.problem)).toContain('no-turn-starts-here');
  });
});

describe('mess generator', () => {
  const bytes = Buffer.from(TEXT, 'utf8');

  it('should make a turn whose label it drops nobody’s, keeping whose label it was', () => {
    const dropped = Array.from({ length: 40 }, (_, k) => messVariant(GOLD, bytes, k))
      .flatMap((v) => v.gold.turns.map((turn, i) => ({ turn, was: GOLD.turns[i]!.speaker })))
      .filter(({ turn }) => turn.labelDropped !== undefined);
    expect(dropped.length).toBeGreaterThan(0);
    for (const { turn, was } of dropped) {
      expect(turn.speaker).toBeNull();
      expect(turn.labelDropped).toBe(was);
    }
  });

  it('should give the same variant for the same file and number, and other variants for others', () => {
    const first = messVariant(GOLD, bytes, 3);
    expect(Buffer.from(messVariant(GOLD, bytes, 3).bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const texts = new Set(
      Array.from({ length: 12 }, (_, k) => Buffer.from(messVariant(GOLD, bytes, k).bytes).toString('latin1')),
    );
    expect(texts.size).toBeGreaterThan(6);
  });

  it('should read a Latin-1 source as Verbatim reads it, so a variant is never garbled before it is degraded', () => {
    const latin1 = iconv.encode(TEXT.replace('harbour works', 'harbour works at Trois-Rivières'), 'latin1');
    for (let k = 0; k < 40; k++) {
      const text = decodeBytes(messVariant(GOLD, latin1, k).bytes).text;
      expect(text).not.toContain('\uFFFD');
      expect(text).toContain('Trois-Rivières');
    }
  });

  it('should degrade a table a program wrote in its labels and bytes only, never with a page’s header or wrapped lines', () => {
    const csv =
      'speaker,words\nMS. ADAMS:,Good morning and welcome to the briefing on the harbour works today.\nMR. BRAND:,Thank you. When will the second pier open to the public this year?\n';
    const table: GoldFile = { ...GOLD, file: 'briefing.csv', turns: GOLD.turns.slice(0, 2) };
    for (let k = 0; k < 40; k++) {
      const variant = messVariant(table, Buffer.from(csv), k);
      const lines = decodeBytes(variant.bytes).text.split(/\r?\n/);
      expect(lines[0], variant.gold.notes).toBe('speaker,words');
      expect(lines.filter((line) => line.trim() !== '').length, variant.gold.notes).toBe(3);
    }
  });

  it('should keep every gold turn findable in every variant', () => {
    for (let k = 0; k < 40; k++) {
      const variant = messVariant(GOLD, bytes, k);
      const score = scoreTranscript(normalise(decodeBytes(variant.bytes).text), variant.gold);
      expect(
        score.problems.filter((p) => p.problem === 'not-found'),
        variant.gold.notes,
      ).toEqual([]);
    }
  });
});
