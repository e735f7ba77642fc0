/**
 * XML that holds a printed transcript as the text of one element (a parliament's open-data file:
 * `<DOKUMENT>…<TEXT>Deutscher Bundestag — 58. Sitzung …</TEXT></DOKUMENT>`) is read as the text it
 * holds, every line on its own line number, the wrapper in `removed[]` (issue #13). The sitting is
 * the project's own fixture, wrapped here as such files wrap it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalise/index.js';
import { turnRows } from '../helpers/turns.js';

const SITTING = readFileSync(new URL('../fixtures/bundestag-sitting.txt', import.meta.url), 'utf8');
const escaped = SITTING.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const HEAD = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!DOCTYPE DOKUMENT SYSTEM "BUNDESTAGSDOKUMENTE.dtd">',
  '<DOKUMENT>',
  '  <WAHLPERIODE>1</WAHLPERIODE>',
  '  <DOKUMENTART>PLENARPROTOKOLL</DOKUMENTART>',
  '  <DATUM>14.03.1951</DATUM>',
  '  <TITEL>Plenarprotokoll vom 14.03.1951</TITEL>',
].join('\n');
const wrapped = `${HEAD}\n  <TEXT>${escaped}</TEXT>\n</DOKUMENT>\n`;

describe('a transcript held as the text of one XML element', () => {
  it('should read the text as the same text read alone would be, source format xml-text', () => {
    const fromXml = normalise(wrapped);
    expect(fromXml.meta.source.format).toBe('xml-text');
    expect(turnRows(fromXml, 4)).toEqual(turnRows(normalise(SITTING), 4));
    expect(turnRows(fromXml, 2)[0]).toEqual(['Präsident Dr. Weber', 'Präsident Dr. Weber', 'explicit', 'Meine Damen']);
  });

  it('should place each turn on its line of the XML file', () => {
    const t = normalise(wrapped);
    const kranz = t.body.find((b) => b.type === 'turn' && b.label === 'Kranz (SPD)');
    // The text starts on line 8, the start tag's; Kranz is on the sixth line of the text.
    expect(kranz?.place?.line).toBe(13);
  });

  it('should keep the wrapper in removed[], its date as metadata, its title only where the text gives none', () => {
    const t = normalise(wrapped);
    const wrapper = t.removed.filter((r) => r.reason === 'xml-wrapper');
    expect(wrapper[0]!.text).toBe(`${HEAD}\n  <TEXT>Deutscher Bundestag — 58. Sitzung`);
    expect(wrapper[0]!.explanation).toMatch(/<TEXT> element.*WAHLPERIODE, DOKUMENTART, DATUM, TITEL/);
    expect(wrapper.at(-1)!.text.trim()).toBe('</DOKUMENT>');
    expect(t.meta.date).toBe('1951-03-14');
    // (This sitting's title block names it; a text with none takes the wrapper's <TITEL>.)
    const untitled = normalise(wrapped.replace('Deutscher Bundestag — 58. Sitzung\n', '\n'));
    expect(untitled.meta.title).toBe('Plenarprotokoll vom 14.03.1951');
    expect(untitled.removed.find((r) => r.reason === 'xml-wrapper')?.harvested?.['meta.title']).toBe(
      'Plenarprotokoll vom 14.03.1951',
    );
  });

  it('should report the file’s own line endings, the same turns read from a CRLF file', () => {
    const crlf = normalise(wrapped.replace(/\n/g, '\r\n'));
    expect(crlf.meta.source.lineEndings).toBe('crlf');
    expect(crlf.changes.find((c) => c.rule === 'line-endings')?.before).toBe('\r\n');
    expect(turnRows(crlf, 4)).toEqual(turnRows(normalise(wrapped), 4));
  });

  it('should read a copy cut off before its closing tags as far as it goes', () => {
    const cut = wrapped.slice(0, wrapped.indexOf('Präsident Dr. Weber: Ich schließe'));
    const t = normalise(cut);
    expect(t.meta.source.format).toBe('xml-text');
    expect(turnRows(t, 2).map((row) => row[0])).toEqual([
      'Präsident Dr. Weber',
      'Kranz',
      'Präsident Dr. Weber',
      'Dr. Lenz',
    ]);
  });

  it('should still refuse XML whose text is spread over many elements, or short', () => {
    const items = Array.from(
      { length: 30 },
      (_, i) => `<item><title>Item ${i}</title><body>Words of item ${i}.</body></item>`,
    );
    expect(() => normalise(`<?xml version="1.0"?>\n<feed>\n${items.join('\n')}\n</feed>`)).toThrow(/XML but not/);
    expect(() => normalise('<?xml version="1.0"?>\n<note><text>Jane: hello.\nJoe: hi.</text></note>')).toThrow(
      /XML but not/,
    );
  });
});
