/**
 * The TEI reader on hand-written files in ParlaMint's shape (tests/fixtures/interchange/): the
 * persons of the header's listPerson (names from forename and surname, the party from listOrg),
 * a turn per `<u>` with the label from `note type="speaker"`, incidents, gaps and notes as the
 * model's marks, every word of the text in the model; a `who` the file does not describe and a
 * listPerson kept in another file are reported, never guessed silently.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { turnsOf, wordsOf } from '../../src/model/walk.js';
import { normaliseBytes } from '../../src/normalise/index.js';
import { FIXTURES_DIR } from '../helpers/fixtures.js';
import { missingWords, modelWords } from '../helpers/words.js';
import { parseXml, type XmlElement } from '../helpers/xml.js';

const SITTING = `${FIXTURES_DIR}interchange/parlamint-sitting.tei.xml`;
const COMPONENT = `${FIXTURES_DIR}interchange/parlamint-component.tei.xml`;

function read(path: string): Transcript {
  return normaliseBytes(readFileSync(path), { fileName: path.slice(path.lastIndexOf('/') + 1) });
}

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

/** Every word the model holds, notes included. */
function allModelWords(transcript: Transcript): string[] {
  const notes = transcript.notes.flatMap((n) => n.children.flatMap((c) => (c.type === 'text' ? wordsOf(c.value) : [])));
  return [...modelWords(transcript), ...notes];
}

describe('TEI reader, ParlaMint-like sitting with its listPerson', () => {
  const transcript = read(SITTING);

  it('should read the header: title, date, place, language, source address', () => {
    expect(transcript.meta.source.format).toBe('tei');
    expect(transcript.meta.title).toBe('Sample parliament, sitting of 4 March 2021 [ParlaMint SAMPLE]');
    expect(transcript.meta.date).toBe('2021-03-04');
    expect(transcript.meta.place).toBe('Harbourtown');
    expect(transcript.meta.language).toBe('en');
    expect(transcript.meta.source.url).toBe('https://parliament.example.org/report/2021-03-04');
  });

  it('should make the persons participants, with party affiliations from listOrg', () => {
    expect(transcript.participants.map((p) => [p.name, p.shortName, p.affiliation, p.kind])).toEqual([
      ['Jane Doe', 'Doe', null, 'person'],
      ['John Smith', 'Smith', 'Harbour Party', 'person'],
      ['Richard Roe', 'Roe', 'Independents', 'person'],
      ['Brown Anna', 'Anna', null, 'unknown'],
    ]);
  });

  it('should give each utterance its speaker and printed label, in order', () => {
    const turns = [...turnsOf(transcript.body)];
    expect(turns.map((t) => [t.speaker, t.label, t.attribution.method])).toEqual([
      ['p-DoeJane', 'Madam Speaker', 'explicit'],
      ['p-SmithJohn', 'Mr John Smith (Northtown) (HP)', 'explicit'],
      ['p-RoeRichard', 'Mr Richard Roe', 'explicit'],
      ['p-DoeJane', 'Madam Speaker', 'explicit'],
      ['p-BrownAnna', 'A Member', 'explicit'],
      [null, null, 'unknown'],
    ]);
    expect(turns[1]!.attribution.evidence[0]).toMatch(/gives the utterance to #SmithJohn/);
  });

  it('should read gaps, vocal, kinesic and incident elements as marks, headings and notes', () => {
    const smith = [...turnsOf(transcript.body)][1]!;
    expect(smith.paragraphs).toHaveLength(3);
    expect(smith.paragraphs[0]).toContainEqual({ type: 'gap', reason: 'inaudible', asPrinted: 'inaudible' });
    expect(smith.paragraphs[1]).toEqual([
      { type: 'incident', kind: 'laughter', asPrinted: '(Laughter)', description: 'Laughter' },
    ]);
    const roe = [...turnsOf(transcript.body)][2]!;
    expect(roe.paragraphs[0]).toContainEqual({
      type: 'incident',
      kind: 'interjection',
      asPrinted: '(Hear, hear!)',
      description: 'Hear, hear!',
    });
    expect(transcript.body.map((b) => b.type)).toEqual([
      'stageDirection',
      'heading',
      'turn',
      'turn',
      'stageDirection',
      'turn',
      'heading',
      'turn',
      'stageDirection',
      'turn',
      'turn',
    ]);
    const applause = transcript.body[4]!;
    expect(applause.type === 'stageDirection' && applause.children[0]).toMatchObject({ kind: 'applause' });
    expect(transcript.notes).toEqual([
      {
        id: 'n1',
        number: 1,
        kind: 'editorial',
        children: [{ type: 'text', value: 'The Minister was absent from the Chamber.' }],
      },
    ]);
  });

  it('should keep every word of the text', () => {
    const text = find(parseXml(readFileSync(SITTING, 'utf8')), 'text')!;
    expect(missingWords(wordsOf(textOf(text)), allModelWords(transcript))).toEqual([]);
  });

  it('should report a speaker the file does not describe', () => {
    expect(transcript.diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'tei-person-missing', severity: 'warning', place: { line: 127 } }),
    );
  });
});

describe('TEI reader, ParlaMint component whose listPerson is in another file', () => {
  const transcript = read(COMPONENT);

  it('should read the turns and name the speakers after their ids, saying so', () => {
    expect([...turnsOf(transcript.body)].map((t) => [t.speaker, t.label])).toEqual([
      ['p-DoeJane', 'Madam Speaker'],
      ['p-SmithJohn', 'Mr John Smith (Northtown) (HP)'],
      ['p-DoeJane', 'Madam Speaker'],
    ]);
    expect(transcript.participants.map((p) => p.name)).toEqual(['Doe Jane', 'Smith John']);
    expect(transcript.diagnostics.filter((d) => d.rule === 'tei-person-missing')).toHaveLength(2);
    const include = transcript.diagnostics.find((d) => d.rule === 'tei-include-not-read');
    expect(include?.message).toContain('ParlaMint-XX-listPerson.xml');
  });

  it('should put the text of elements it does not read in removed[], and refuse XML that is not well-formed', () => {
    const xml = readFileSync(COMPONENT, 'utf8').replace(
      '<div type="debateSection">',
      '<div type="debateSection"><table><row><cell>Division list</cell></row></table>',
    );
    const transcript = normaliseBytes(Buffer.from(xml));
    expect(transcript.removed).toContainEqual(
      expect.objectContaining({ text: 'Division list', reason: 'tei-element-unread' }),
    );
    expect(() => normaliseBytes(Buffer.from(xml.replace('</body>', '')))).toThrow(/not well-formed XML/);
  });
});

describe('TEI reader, ParlaMint linguistically annotated (.ana) utterances', () => {
  it('should join the tokens of <s>/<w>/<pc> into the words as spoken', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader><fileDesc><titleStmt><title type="main">Sample .ana</title></titleStmt></fileDesc></teiHeader>
  <text><body><div type="debateSection">
    <u who="#DoeJane" ana="#chair">
      <seg>
        <s>
          <w lemma="order" join="right">Order</w>
          <pc>,</pc>
          <w lemma="order" join="right">order</w>
          <pc>.</pc>
        </s>
        <s>
          <w>The</w>
          <w join="right">Minister</w>
          <w>'s</w>
          <w join="right">quay</w>
          <pc>!</pc>
          <linkGrp type="UD-SYN"><link ana="ud-syn:root" target="#a #b"/></linkGrp>
        </s>
      </seg>
    </u>
  </div></body></text>
</TEI>`;
    const transcript = normaliseBytes(Buffer.from(xml));
    const [turn] = [...turnsOf(transcript.body)];
    expect(turn!.paragraphs).toEqual([[{ type: 'text', value: 'Order, order. The Minister’s quay!' }]]);
  });
});

describe('TEI reader, timings and unclear words', () => {
  const tei = (seg: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader><fileDesc><titleStmt><title type="main">Timed</title></titleStmt></fileDesc></teiHeader>
  <text><body><div type="debateSection"><u who="#DoeJane"><seg>${seg}</seg></u></div></body></text>
</TEI>`;
  const paragraph = (seg: string): unknown =>
    [...turnsOf(normaliseBytes(Buffer.from(tei(seg))).body)][0]!.paragraphs[0];

  it('should read a timeline of seconds as the paragraph timing, word pairs as word times', () => {
    const seg =
      '<timeline unit="s"><when interval="4.5"/><when interval="6"/><when interval="4.5"/><when interval="5.1"/>' +
      '<when interval="unknown"/><when interval="unknown"/></timeline>Hello <unclear cert="0.41">Kowalczyk</unclear>';
    expect(paragraph(seg)).toEqual([
      { type: 'timing', start: 4.5, end: 6, words: '4.5-5.1 ?' },
      { type: 'text', value: 'Hello ' },
      { type: 'uncertain', confidence: 0.41, children: [{ type: 'text', value: 'Kowalczyk' }] },
    ]);
  });

  it('should keep the words of an unclear passage without a probability, and pass over other timelines', () => {
    const seg =
      '<timeline unit="ms"><when interval="4500"/><when interval="6000"/></timeline>' +
      'Hello <unclear reason="inaudible">Kowalczyk</unclear> and <unclear cert="high">Nowak</unclear>';
    expect(paragraph(seg)).toEqual([{ type: 'text', value: 'Hello Kowalczyk and Nowak' }]);
  });
});
