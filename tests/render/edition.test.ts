// The shared editorial decisions every renderer prints: labels, styles, paragraph numbers,
// notes, title page, speaker index, colophon, dates and identifiers.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalise/index.js';
import { prepareEdition, type EditionTurn } from '../../src/render/edition/edition.js';
import { en } from '../../src/messages/en.js';
import { markDisplay } from '../../src/render/edition/marks.js';
import { defaultTheme, monochromeTheme } from '../../src/theme/default.js';
import { pressConference } from '../helpers/fixtures.js';

describe('edition of the example press conference', () => {
  const transcript = pressConference();
  const edition = prepareEdition(transcript, defaultTheme);
  const turns = edition.blocks.filter((b): b is EditionTurn => b.type === 'turn');

  it('should label a speaker in full on the first turn and by short name after', () => {
    expect(turns.map((t) => t.label.text)).toEqual([
      '[Tomas Reyes, Regional Minister of Transport]',
      'Dame Elsa Marlow, Harbour Council Chair',
      'Question',
      'Marlow',
      '[Reyes]',
      'Question',
      'Marlow',
    ]);
  });

  it('should attach the note explaining the inference to the first inferred turn only', () => {
    expect(turns.map((t) => t.labelNote?.number ?? null)).toEqual([1, null, null, null, null, null, null]);
    expect(edition.notes[0]!.text).toMatch(/attributed to Tomas Reyes by inference/);
  });

  it('should number spoken paragraphs 1..N in document order, with anchors', () => {
    const numbers = turns.flatMap((t) => t.paragraphs.map((p) => p.number));
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
    expect(turns[1]!.paragraphs[0]!.anchor).toBe('para-3');
    expect(edition.paragraphCount).toBe(8);
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
        .every((t) => t.style.colour === monochromeTheme.colours.text),
    ).toBe(true);
  });

  it('should build the title page, speaker index and colophon', () => {
    expect(edition.title).toBe('Press conference with Dame Elsa Marlow and Tomas Reyes');
    expect(edition.subtitle).toBe('Press conference · 12 March 2024');
    expect(edition.participants.map((p) => [p.participant.name, p.description])).toEqual([
      ['Dame Elsa Marlow', 'Harbour Council Chair'],
      ['Tomas Reyes', 'Regional Minister of Transport'],
    ]);
    const index = Object.fromEntries(edition.index.map((e) => [e.participant.name, e.paragraphs]));
    expect(index['Tomas Reyes']).toEqual([1, 2, 6]);
    expect(index['Dame Elsa Marlow']).toEqual([3, 5, 8]);
    expect(index['Question']).toEqual([4, 7]);
    expect(edition.colophon[0]).toBe('The source page was last updated on 14 March 2024.');
    expect(edition.colophon[1]).toBe('Input file: press-conference.txt (plain text, UTF-8).');
    expect(edition.colophon[2]).toBe(`SHA-256 of the input: ${transcript.meta.source.sha256}`);
    expect(edition.colophon.join(' ')).toMatch(
      /2 turns have no speaker label in the source; their speakers were inferred, .* 3 passages that are not speech .* were left out\. 3 passages were read as metadata .* 4 straight quotation marks made curly, 1 hyphen made a dash/,
    );
    // The page names no publisher; with one, the source line gives publisher, series and page date.
    const published = {
      ...transcript,
      meta: { ...transcript.meta, source: { ...transcript.meta.source, publisher: 'Harbour Council' } },
    };
    expect(prepareEdition(published, defaultTheme).colophon[0]).toBe(
      'Source: Harbour Council, Harbour Council Briefings; page updated 14 March 2024.',
    );
  });

  it('should take the document date from SOURCE_DATE_EPOCH, else from the transcript', () => {
    expect(edition.documentDate.toISOString()).toBe('2024-03-12T00:00:00.000Z');
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
