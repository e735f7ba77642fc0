// Incidents in parliamentary records: every bracketed interjection, applause or unrest is an
// incident, whatever modifier or speaker it carries and wherever it stands; a bracket standing
// alone is never printed as the speaker's words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Inline, Transcript } from '../src/model/nodes.js';
import { normalise } from '../src/normalise/index.js';
import { classifyMark, parseInline } from '../src/normalise/passes/inline-marks.js';

const SITTING = readFileSync(new URL('./fixtures/bundestag-sitting.txt', import.meta.url), 'utf8');

/** Every inline node of the body (turn paragraphs and stage directions). */
function inlines(transcript: Transcript): Inline[] {
  return transcript.body.flatMap((block) =>
    block.type === 'turn' ? block.paragraphs.flat() : block.type === 'stageDirection' ? block.children : [],
  );
}

describe('incidents', () => {
  it.each([
    ['(Beifall bei der SPD.)', 'applause'],
    ['(Lebhafter Beifall bei der SPD.)', 'applause'],
    ['(Heiterkeit.)', 'laughter'],
    ['(Große Unruhe.)', 'noise'],
    ['(Anhaltende große Unruhe. — Glocke des Präsidenten.)', 'noise'],
    ['(Zuruf von der KPD: Abgelehnt!)', 'interjection'],
    ['(lebhafte Zurufe von der KPD)', 'interjection'],
    ['(Heitere Zustimmung.)', 'interjection'],
    ['(Gegenrufe von der CDU.)', 'interjection'],
    ['(Aha- und Pfui-Rufe links.)', 'interjection'],
    ['(Oho-Rufe bei den Regierungsparteien.)', 'interjection'],
    ['(Bravo! in der Mitte.)', 'interjection'],
    ['(Abg. Dr. Koch: Zu § 3!)', 'interjection'],
    ['(Abg. Müller [Frankfurt]: Das stimmt nicht!)', 'interjection'],
    ['(Kunze: Sehr richtig!)', 'interjection'],
    ['(Some hon. members: Hear, hear!)', 'interjection'],
    ['(Mr. Hart: Shame!)', 'interjection'],
    ['(Prolonged applause)', 'applause'],
    ['(Exclamations)', 'interjection'],
    ['(Applaudissements)', 'applause'],
    ['(Motion agreed to)', 'procedure'],
    ['(Schluß der Sitzung: 12 Uhr 25 Minuten.)', 'procedure'],
  ])('should read %s as an incident of kind %s', (asPrinted, kind) => {
    expect(classifyMark(asPrinted)).toEqual({
      type: 'incident',
      kind,
      asPrinted,
      description: asPrinted.slice(1, -1).trim(),
    });
  });

  it.each(['(Drucksache Nr. 987)', '(SPD)', '(Frankfurt)', '(see above)', '(a)', '(Erste Lesung)'])(
    'should leave %s inside speech as text',
    (asPrinted) => {
      expect(classifyMark(asPrinted)).toBeNull();
      expect(parseInline(`Der Antrag ${asPrinted} liegt vor.`, false)).toEqual([
        { type: 'text', value: `Der Antrag ${asPrinted} liegt vor.` },
      ]);
    },
  );

  it('should make a bracket standing alone an incident even when its words name none', () => {
    expect(parseInline('(Speaks in Ukrainian. No translation provided.)', false)).toEqual([
      {
        type: 'incident',
        kind: 'other',
        asPrinted: '(Speaks in Ukrainian. No translation provided.)',
        description: 'Speaks in Ukrainian. No translation provided.',
      },
    ]);
  });

  it('should find interjections inside a sentence, with a nested bracket', () => {
    expect(parseInline('Wir verlangen, (Zuruf des Abg. Müller (Frankfurt): Wozu?) daß gezahlt wird.', false)).toEqual([
      { type: 'text', value: 'Wir verlangen, ' },
      {
        type: 'incident',
        kind: 'interjection',
        asPrinted: '(Zuruf des Abg. Müller (Frankfurt): Wozu?)',
        description: 'Zuruf des Abg. Müller (Frankfurt): Wozu?',
      },
      { type: 'text', value: ' daß gezahlt wird.' },
    ]);
  });

  it('should keep an interjection printed over several lines in one piece', () => {
    const t = normalise(SITTING);
    const across = inlines(t).find((n) => n.type === 'incident' && n.asPrinted.startsWith('(Zurufe von der SPD.'));
    expect(across).toMatchObject({
      asPrinted: '(Zurufe von der SPD. — Abg. Kranz: Dann machen Sie sie voll! — Abg. Dr. Lenz: Mit Ihren Steuern?)',
    });
  });

  it('should leave no bracketed interjection of a sitting as spoken text', () => {
    const t = normalise(SITTING);
    const nodes = inlines(t);
    const texts = nodes.filter((n): n is Extract<Inline, { type: 'text' }> => n.type === 'text').map((n) => n.value);
    expect(texts.filter((v) => /\(/.test(v))).toEqual([]);
    const incidents = nodes.filter((n) => n.type === 'incident').map((n) => (n.type === 'incident' ? n.kind : ''));
    expect(incidents).toEqual([
      'interjection', // (Sehr richtig! bei der SPD.)
      'interjection', // (lebhafte Zurufe von der Mitte), inside a sentence
      'interjection', // (Zuruf von der CDU: Woher denn?)
      'interjection', // (Bravo! links.)
      'interjection', // (Heitere Zustimmung … — Abg. Dr. Lenz: …)
      'applause', // (Lebhafter Beifall bei der SPD.)
      'noise', // (Große Unruhe.)
      'interjection', // (Zurufe von der SPD. — Abg. Kranz: …! — / Abg. Dr. Lenz: …), over three lines
      'interjection', // (Oho-Rufe bei der SPD.)
      'interjection', // (Erneute Zurufe links. — Glocke des Präsidenten.)
      'procedure', // (Schluß der Sitzung: …)
    ]);
  });
});
