// Label shapes found in fresh transcripts (issue #13), written for these tests in our own words: a
// name in square brackets alone on its line; a name with a time span and a duration over the
// speech; katakana names (the long-vowel mark) with a note in brackets; a record that sets each
// speaker in capitals, an office after a comma, under a rule; and the shapes that must not make a
// speaker: a vocative alone on its line ("Señora presidenta:"), a page's byline over a comma or an
// office, and a page's opening that only speaks of the people in it.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture as fixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

describe('labels alone on their lines, and what is not one', () => {
  it('should read `[Jane Roe]` alone on its line as her label, and `[Laughter]` as no one', () => {
    const t = normalise(fixture('seminar-bracketed-names.txt'));
    expect(turnRows(t, 2).map(([speaker, , method, words]) => [speaker, method, words])).toEqual([
      ['Hanna Lindqvist', 'explicit', 'Good afternoon,'],
      ['Piet Ambrose', 'explicit', 'Thank you,'],
      ['Rosa Emberly', 'explicit', 'Thank you'],
      ['Hanna Lindqvist', 'explicit', 'Thank you,'],
      ['Rosa Emberly', 'explicit', 'Yes, the'],
    ]);
    expect(t.participants.map((p) => p.name)).not.toContain('Laughter');
  });

  it('should read `Name 00:00:04-00:00:06 (2 sec)` over the speech as the name’s label', () => {
    const t = normalise(fixture('stress-export.txt'));
    expect(turnRows(t, 2).map(([speaker, , , words]) => [speaker, words])).toEqual([
      ['Wendy Marsh', 'Good evening'],
      ['Oliver Grant', 'Thank you,'],
      ['Wendy Marsh', 'Let’s start'],
      ['Oliver Grant', 'It stands'],
    ]);
  });

  it('should read katakana names with the long-vowel mark, and `ジャック (イントロ):` as ジャック', () => {
    const t = normalise(fixture('podcast-katakana-labels.txt'));
    expect(turnRows(t).map(([speaker, label]) => [speaker, label])).toEqual([
      ['ジャック', 'ジャック'],
      ['アンドリュー', 'アンドリュー'],
      ['ジャック', 'ジャック (イントロ)'],
      ['アンドリュー', 'アンドリュー'],
      ['ジャック', 'ジャック'],
    ]);
    expect(t.participants).toHaveLength(2);
  });

  it('should read names in capitals under a rule, an office after a comma, and no vocative as a speaker', () => {
    const t = normalise(fixture('dialogue-rules-capital-labels.txt'));
    const rows = turnRows(t, 2).filter(([, , method]) => method === 'explicit');
    expect(rows.map(([speaker, , , words]) => [speaker, words])).toEqual([
      ['Moderador', 'Preside esta'],
      ['Tomás Rivera Cano', 'Gracias.'],
      ['Moderador', 'Ahora, damas'],
      ['Lucía Pardo Vega', 'Buenas tardes,'],
      ['Intervención', '¿Y la'],
      ['Presidenta Marta Estrada Luna', 'Sí, vamos'],
      ['Moderador', 'Con esto'],
    ]);
    expect(t.participants.find((p) => p.name === 'Tomás Rivera Cano')?.role).toBe('Gobernador Del Estado');
    // "Señora presidenta:" alone on its line is how the governor turns to her, inside his turn.
    expect(t.participants.map((p) => p.name)).not.toContain('Señora presidenta');
  });

  it('should read no label in a page’s byline (a name over a comma, over an office) nor give the page to a speaker', () => {
    const t = normalise(fixture('podcast-page-byline.txt'));
    const rows = turnRows(t, 2);
    expect(rows[0]).toEqual([null, null, 'unknown', 'How do']);
    expect(rows.slice(1).map(([speaker, label]) => [speaker, label])).toEqual([
      ['Calder', 'CALDER'],
      ['Reyes', 'REYES'],
      ['Calder', 'CALDER'],
      ['Reyes', 'REYES'],
    ]);
    expect(t.participants.map((p) => p.name)).toEqual(['Calder', 'Reyes']);
  });

  it('should give an address to the one a byline names with an office, though their family name is a word too', () => {
    const t = normalise(fixture('commencement-address-byline.md'));
    expect(t.participants.map((p) => [p.name, p.role])).toEqual([['Maya Stone', 'CEO of Harbour Works']]);
    const rows = turnRows(t, 3);
    expect(rows.map(([speaker, , method, words]) => [speaker, method, words])).toEqual([
      ['Maya Stone', 'inferred', 'I am honored'],
    ]);
  });
});

describe('names as headings', () => {
  it('should read a full name as a heading over the speech as a label, a name seen once too', () => {
    const t = normalise(fixture('briefing-name-headings.md'));
    expect(turnRows(t, 2).map(([speaker, , method]) => [speaker, method])).toEqual([
      ['Ines Calder', 'explicit'],
      ['Tomas Reyes', 'explicit'],
      ['Ines Calder', 'explicit'],
      ['Mara Quist', 'explicit'],
      ['Ines Calder', 'explicit'],
      ['Owen Pike', 'explicit'],
      ['Ines Calder', 'explicit'],
    ]);
  });
});

describe('records that mark their labels in their own ways', () => {
  it('should read the Spanish stenographic record’s `PRESIDENTA.-` as a label', () => {
    const t = normalise(fixture('conferencia-estenografica.txt'));
    expect(turnRows(t, 2).map(([speaker, label]) => [speaker, label])).toEqual([
      ['Presidenta', 'PRESIDENTA'],
      ['Primer Ministro', 'PRIMER MINISTRO'],
      ['Question', 'PERIODISTA'],
      ['Presidenta', 'PRESIDENTA'],
      ['Question', 'PERIODISTA'],
      ['Primer Ministro', 'PRIMER MINISTRO'],
    ]);
    // (An office in two words is shown whole where a short name is used: never "Ministro".)
    expect(t.participants.find((p) => p.name === 'Primer Ministro')?.shortName).toBe('Primer Ministro');
  });

  it('should read `<The President.>` and `<Q. … >` as labels, the question inside its brackets', () => {
    const t = normalise(fixture('press-conference-angle-marks.txt'));
    expect(turnRows(t, 3).map(([speaker, label, , words]) => [speaker, label, words])).toEqual([
      ['The President', 'The President', 'Good afternoon. I'],
      ['Question', 'Q', 'Mr. President, will'],
      ['The President', 'The President', 'No. The fees'],
      ['Question', 'Q', 'And the survey,'],
      ['The President', 'The President', 'In the spring.'],
    ]);
  });

  it('should give an address delivered on another’s behalf to the one who delivered it', () => {
    const t = normalise(fixture('un-address-delivered-by.txt'));
    expect(t.participants.map((p) => [p.name, p.role])).toEqual([['MORI Kenji', 'Ambassador']]);
    expect(turnRows(t).every(([speaker, , method]) => speaker === 'MORI Kenji' && method === 'inferred')).toBe(true);
    // (So where the title and the line saying who delivered it are paragraphs of their own.)
    const apart = fixture('un-address-delivered-by.txt')
      .replace('OKADA Haruto\nat the', 'OKADA Haruto at the')
      .replace('Nations\n(Delivered', 'Nations\n\n(Delivered')
      .replace('Kenji\non behalf', 'Kenji on behalf');
    expect(normalise(apart).participants.map((p) => p.name)).toEqual(['MORI Kenji']);
  });
});

describe('a part of the document in capitals before a colon', () => {
  it('should read `MERGED TRANSCRIPTION RESULT:` alone on its line as no one’s label, and invent no speaker', () => {
    const t = normalise(fixture('asr-console-log.txt'));
    expect(t.participants).toEqual([]);
    expect(turnRows(t).every(([speaker, , method]) => speaker === null && method === 'unknown')).toBe(true);
  });
});

describe('an interview whose answers lose their label', () => {
  it('should give the paragraphs after each labelled prompt to the one other speaker, labelled only once', () => {
    const t = normalise(fixture('interview-answers-unlabelled.md'));
    expect(turnRows(t, 2).map(([speaker, , method, words]) => [speaker, method, words])).toEqual([
      [null, 'unknown', 'What follows'],
      ['Ines Calder', 'explicit', 'Tomas Reyes,'],
      ['Tomas Reyes', 'explicit', 'I grew'],
      ['Ines Calder', 'explicit', 'Thanks for'],
      ['Tomas Reyes', 'inferred', 'It is'],
      ['Ines Calder', 'explicit', 'You write'],
      ['Tomas Reyes', 'inferred', 'Yes. He'],
      ['Ines Calder', 'explicit', 'Did he'],
      ['Tomas Reyes', 'inferred', 'He died'],
      ['Ines Calder', 'explicit', 'Tomas Reyes,'],
      ['Tomas Reyes', 'inferred', 'Thank you,'],
    ]);
  });
});

describe('a value an export prints under every label', () => {
  it('should leave the score under each label out of the speech, in removed[] with its reason', () => {
    const t = normalise(fixture('stress-export-scores.txt'));
    expect(turnRows(t, 2).map(([speaker, , , words]) => [speaker, words])).toEqual([
      ['Wendy Marsh', 'Good evening'],
      ['Oliver Grant', 'Thank you,'],
      ['Wendy Marsh', 'Let’s start'],
      ['Oliver Grant', 'It stands'],
      ['Wendy Marsh', 'And when'],
      ['Oliver Grant', 'In May,'],
    ]);
    expect(t.removed.filter((r) => r.reason === 'label-annotation').map((r) => r.text)).toEqual([
      'No Signal',
      'No Signal',
      'Weak (0.412)',
      'Strong (2.572)',
      'No Signal',
      'Weak (0.118)',
    ]);
  });
});

describe('a speech with no blank lines, its title run into it', () => {
  it('should give the speech to the one its Indonesian title names and keep every word of it', () => {
    const text = fixture('speech-no-blank-lines.txt');
    const t = normalise(text);
    expect(t.participants.map((p) => [p.name, p.role])).toEqual([['Ana Lestari', 'Presiden']]);
    const rows = turnRows(t, 4);
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toBe('Ana Lestari');
    // Nothing of the speech is taken for a byline and removed.
    expect(JSON.stringify(t.body)).toContain('Pelabuhan ini akan membuka jalan');
    expect(t.removed.filter((r) => r.reason === 'monologue-front-matter')).toEqual([]);
  });
});

describe('a label over only a bracketed mark', () => {
  it('should keep the turn of a speaker whose words are not transcribed (`[Spanish 00:13:03]`)', () => {
    const t = normalise(fixture('interpreted-answers-untranscribed.md'));
    expect(turnRows(t, 3).map(([speaker]) => speaker)).toEqual([
      'Fernand Amandi',
      'Antonio Veciana',
      'Fernand Amandi',
      'Antonio Veciana',
      'Fernand Amandi',
    ]);
    expect(t.removed.filter((r) => r.reason === 'label-without-text')).toEqual([]);
  });
});
