/**
 * The Akoma Ntoso reader on a hand-written debate in the shape of published Akoma Ntoso Hansards
 * (tests/fixtures/interchange/assembly-debate.akn.xml, valid against the OASIS schema): TLCPerson
 * references become participants (a TLCRole named by `@as` their role), `speech`, `question` and
 * `answer` turns with the label from `<from>`, `narrative` stage directions, `heading`s, remarks
 * and omissions as marks, notes from `meta/notes`; every word of the debate's body is in the model.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { turnsOf, wordsOf } from '../../src/model/walk.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { FIXTURES_DIR } from '../helpers/fixtures.js';
import { HAVE, missing } from '../helpers/tools.js';
import { validateAll } from '../helpers/interchange.js';
import { missingWords, modelWords } from '../helpers/words.js';
import { parseXml, type XmlElement } from '../helpers/xml.js';

const DEBATE = `${FIXTURES_DIR}interchange/assembly-debate.akn.xml`;

function textOf(node: XmlElement): string {
  return node.children.map((c) => (typeof c === 'string' ? c : ` ${textOf(c)} `)).join('');
}

function find(node: XmlElement, name: string): XmlElement | null {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const found = find(c, name);
    if (found) return found;
  }
  return null;
}

describe('Akoma Ntoso reader, a Hansard-shaped debate', () => {
  const transcript: Transcript = normaliseBytes(readFileSync(DEBATE), { fileName: 'assembly-debate.akn.xml' });

  it.skipIf(!HAVE.xmllint)(
    `should be a fixture the OASIS schema accepts ${HAVE.xmllint ? '' : `(${missing('xmllint')})`}`,
    () => {
      expect(validateAll('akn', new Map([['fixture.akn.xml', readFileSync(DEBATE, 'utf8')]]))).toEqual([]);
    },
  );

  it('should read title, date and language from the preface and FRBR identification', () => {
    expect(transcript.meta.source.format).toBe('akoma-ntoso');
    expect(transcript.meta.title).toBe('Sample Assembly Hansard, Tuesday 14th February 2023');
    expect(transcript.meta.date).toBe('2023-02-14');
    expect(transcript.meta.language).toBe('en');
    expect(transcript.meta.kind).toBe('hansard');
  });

  it('should make the TLCPerson references participants, with the role a speech names', () => {
    expect(transcript.participants.map((p) => [p.id, p.name, p.role])).toEqual([
      ['p-jane_doe', 'Hon. Jane Doe', 'Speaker'],
      ['p-adam_smith', 'Hon. Adam Smith', null],
      ['p-mary_major', 'Hon. Mary Major', 'Minister for Harbours'],
      ['p-john_roe', 'John Roe', null],
    ]);
    expect(transcript.diagnostics).toContainEqual(expect.objectContaining({ rule: 'akn-person-missing' }));
  });

  it('should read question, answer and speech as turns with their printed labels', () => {
    expect([...turnsOf(transcript.body)].map((t) => [t.speaker, t.label, t.function])).toEqual([
      ['p-adam_smith', 'Hon. Adam Smith', 'question'],
      ['p-mary_major', 'The Minister for Harbours (Hon. Mary Major)', 'answer'],
      ['p-jane_doe', 'Hon. Speaker', null],
      ['p-john_roe', 'Hon. John Roe', null],
    ]);
  });

  it('should read headings, narratives, remarks, omissions and notes', () => {
    expect(transcript.body.map((b) => b.type)).toEqual([
      'heading',
      'stageDirection',
      'heading',
      'heading',
      'turn',
      'turn',
      'turn',
      'turn',
      'heading',
      'stageDirection',
    ]);
    const [, answer, speech, point] = [...turnsOf(transcript.body)];
    expect(answer!.paragraphs[0]).toContainEqual({ type: 'noteRef', id: 'n1' });
    expect(answer!.paragraphs[1]).toContainEqual({
      type: 'incident',
      kind: 'applause',
      asPrinted: '(Applause)',
      description: 'Applause',
    });
    expect(speech!.paragraphs[0]).toContainEqual(expect.objectContaining({ type: 'incident', kind: 'laughter' }));
    expect(point!.paragraphs[0]).toContainEqual({ type: 'gap', reason: 'other', asPrinted: '…' });
    expect(transcript.notes[0]!.children).toEqual([
      { type: 'text', value: 'The written answer was laid on the Table on 13 February.' },
    ]);
  });

  it('should keep every word of the debate body', () => {
    const body = find(parseXml(readFileSync(DEBATE, 'utf8')), 'debateBody')!;
    expect(missingWords(wordsOf(textOf(body)), modelWords(transcript))).toEqual([]);
  });
});

describe('Akoma Ntoso reader, timings and uncertain words', () => {
  const akn = (p: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:v="urn:verbatim:transcript:1">
  <debate name="debate"><meta/><debateBody><debateSection eId="dbsect_1">
    <speech by="#doe"><from>Doe</from><p>${p}</p></speech>
  </debateSection></debateBody></debate>
</akomaNtoso>`;
  const paragraph = (p: string): unknown => [...turnsOf(normaliseBytes(Buffer.from(akn(p))).body)][0]!.paragraphs[0];

  it("should read Verbatim's timing marker and uncertain inline", () => {
    const p =
      '<marker eId="m1" name="timing" v:start="4.5" v:end="6" v:words="4.5-5.1 ?"/>' +
      'Hello <inline name="uncertain" v:confidence="0.41">Kowalczyk</inline>';
    expect(paragraph(p)).toEqual([
      { type: 'timing', start: 4.5, end: 6, words: '4.5-5.1 ?' },
      { type: 'text', value: 'Hello ' },
      { type: 'uncertain', confidence: 0.41, children: [{ type: 'text', value: 'Kowalczyk' }] },
    ]);
  });

  it('should keep the words of other inlines and pass over other markers and malformed word times', () => {
    const p =
      '<marker eId="m1" name="timing" v:start="4.5" v:end="6" v:words="soon"/><marker eId="m2" name="bell"/>' +
      'Hello <inline name="term">Kowalczyk</inline> and <inline name="uncertain" v:confidence="high">Nowak</inline>';
    expect(paragraph(p)).toEqual([
      { type: 'timing', start: 4.5, end: 6 },
      { type: 'text', value: 'Hello Kowalczyk and Nowak' },
    ]);
  });
});
