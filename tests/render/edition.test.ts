// The shared editorial decisions every renderer prints: labels, styles, paragraph numbers,
// notes, title page, speaker index, colophon, dates and identifiers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise, normaliseBytes } from '../../src/normalise/index.js';
import { prepareEdition, type EditionTurn } from '../../src/render/edition/edition.js';
import { en } from '../../src/messages/en.js';
import { markDisplay } from '../../src/render/edition/marks.js';
import { defaultTheme, monochromeTheme } from '../../src/theme/default.js';
import { HAVE_CORPUS, NO_CORPUS, SEED } from '../helpers/corpus.js';

describe.skipIf(!HAVE_CORPUS)(`edition of the seed ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`, () => {
  const transcript = HAVE_CORPUS ? normaliseBytes(readFileSync(SEED), { fileName: SEED }) : null!;
  const edition = HAVE_CORPUS ? prepareEdition(transcript, defaultTheme) : null!;
  const turns = HAVE_CORPUS ? (edition.blocks.filter((b) => b.type === 'turn') as EditionTurn[]) : [];

  it('should label a speaker in full on the first turn and by short name after', () => {
    expect(turns.map((t) => t.label.text)).toEqual([
      '[Igor Ivanov, Minister of Foreign Affairs, Russia]',
      'Lord Robertson, Secretary General, NATO',
      'Question',
      'Robertson',
      '[Ivanov]',
      'Question',
      '[Ivanov]',
      'Question',
      'Robertson',
      'Question',
      'Robertson',
    ]);
  });

  it('should attach the note explaining the inference to the first inferred turn only', () => {
    expect(turns.map((t) => t.labelNote?.number ?? null)).toEqual([
      1,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(edition.notes[0]!.text).toMatch(/attributed to Igor Ivanov by inference/);
  });

  it('should number spoken paragraphs 1..N in document order, with anchors', () => {
    const numbers = turns.flatMap((t) => t.paragraphs.map((p) => p.number));
    expect(numbers).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(turns[1]!.paragraphs[0]!.anchor).toBe('para-6');
    expect(edition.paragraphCount).toBe(23);
  });

  it('should give each participant the same style in every turn, and distinct styles to distinct people', () => {
    const byPerson = new Map<string, string>();
    for (const turn of turns) {
      const key = turn.turn.speaker!;
      if (byPerson.has(key)) expect(turn.style.key).toBe(byPerson.get(key));
      byPerson.set(key, turn.style.key);
    }
    expect(new Set(byPerson.values()).size).toBe(3);
    expect(
      prepareEdition(transcript, monochromeTheme)
        .blocks.filter((b) => b.type === 'turn')
        .every((t) => (t as EditionTurn).style.colour === monochromeTheme.colours.text),
    ).toBe(true);
  });

  it('should build the title page, speaker index and colophon', () => {
    expect(edition.title).toBe('Press conference with Lord Robertson and Igor Ivanov');
    expect(edition.subtitle).toBe('Press conference · 23 November 2001');
    expect(edition.participants.map((p) => [p.participant.name, p.description])).toEqual([
      ['Lord Robertson', 'Secretary General, NATO'],
      ['Igor Ivanov', 'Minister of Foreign Affairs, Russia'],
    ]);
    const index = Object.fromEntries(edition.index.map((e) => [e.participant.name, e.paragraphs]));
    expect(index['Igor Ivanov']).toEqual([1, 2, 3, 4, 5, 14, 15, 17, 18]);
    expect(index['Question']).toEqual([12, 16, 19, 22]);
    expect(edition.colophon[0]).toBe('Source: NATO, NATO Speeches; page updated 26 November 2001.');
    expect(edition.colophon[2]).toBe(`SHA-256 of the input: ${transcript.meta.source.sha256}`);
    expect(edition.colophon.join(' ')).toMatch(
      /3 turns have no speaker label in the source; their speakers were inferred, .* 3 passages that are not speech .* were left out\. 3 passages were read as metadata .* 5 straight quotation marks made curly and 2 hyphens made dashes\./,
    );
  });

  it('should take the document date from SOURCE_DATE_EPOCH, else from the transcript', () => {
    expect(edition.documentDate.toISOString()).toBe('2001-11-23T00:00:00.000Z');
    expect(prepareEdition(transcript, defaultTheme, { sourceDateEpoch: 1000000000 }).documentDate.toISOString()).toBe(
      '2001-09-09T01:46:40.000Z',
    );
  });

  it('should derive a stable identifier from the content', () => {
    expect(edition.documentId).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(prepareEdition(transcript, defaultTheme).documentId).toBe(edition.documentId);
    expect(prepareEdition(normalise('Q: Other?\n'), defaultTheme).documentId).not.toBe(edition.documentId);
  });
});

describe('marks', () => {
  it('should print gaps and incidents in the theme brackets, italic by theme', () => {
    expect(
      markDisplay({ type: 'gap', reason: 'inaudible', asPrinted: '(inaudible)' }, defaultTheme, en.marks)?.text,
    ).toBe('[inaudible]');
    expect(
      markDisplay(
        { type: 'incident', kind: 'laughter', asPrinted: '(Laughter.)', description: 'Laughter.' },
        defaultTheme,
        en.marks,
      )?.text,
    ).toBe('[laughter]');
    const round = { ...defaultTheme, marks: { ...defaultTheme.marks, brackets: 'round' as const } };
    expect(markDisplay({ type: 'sic', asPrinted: '[sic]' }, round, en.marks)?.text).toBe('(sic)');
  });
});
