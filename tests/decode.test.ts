// Bytes to text: encodings detected rather than assumed, line endings, invisible characters,
// mojibake and entities repaired and logged.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UnreadableInputError } from '../src/errors.js';
import { spokenText, turnsOf } from '../src/model/walk.js';
import { normalise, normaliseBytes } from '../src/normalise/index.js';

const TEXT = 'MR. O’BRIEN: “Café” – naïve résumé.\n\nQ: Why?\n';

function firstTurnText(bytes: Uint8Array | string): string {
  const t = typeof bytes === 'string' ? normalise(bytes) : normaliseBytes(bytes);
  return spokenText([...turnsOf(t.body)][0]!.paragraphs[0]!);
}

describe('decoding', () => {
  it('should read UTF-8 with and without a byte-order mark', () => {
    expect(normaliseBytes(Buffer.from(TEXT)).meta.source.encoding).toBe('utf-8');
    const bom = normaliseBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]));
    expect(bom.meta.source.encoding).toBe('utf-8-bom');
    expect(firstTurnText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toBe(
      '“Café” – naïve résumé.',
    );
  });

  it('should detect Windows-1252 and keep its curly quotes', () => {
    const bytes = iconv.encode(TEXT, 'windows-1252');
    const t = normaliseBytes(bytes);
    expect(t.meta.source.encoding).toBe('windows-1252');
    expect(firstTurnText(bytes)).toBe('“Café” – naïve résumé.');
    expect(t.diagnostics.some((d) => d.rule === 'encoding-guessed')).toBe(true);
  });

  it('should decode UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]);
    expect(normaliseBytes(bytes).meta.source.encoding).toBe('utf-16le');
    expect(firstTurnText(bytes)).toBe('“Café” – naïve résumé.');
  });

  it('should refuse empty, blank and binary input with one-line errors', () => {
    expect(() => normaliseBytes(new Uint8Array())).toThrow(new UnreadableInputError('the input is empty'));
    expect(() => normaliseBytes(Buffer.from(' \n\t\n'))).toThrow('the input has no text (only white space)');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(() => normaliseBytes(png)).toThrow(/binary, not a text transcript \(NUL byte at offset 8\)/);
  });

  it('should make CR, CRLF and mixed line endings uniform and say so', () => {
    const t = normalise('SPEAKER ONE: a\r\nb\r\rSPEAKER TWO: c\nd\n\nSPEAKER ONE: e\r');
    expect(t.meta.source.lineEndings).toBe('mixed');
    expect([...turnsOf(t.body)].map((turn) => spokenText(turn.paragraphs[0]!))).toEqual(['a b', 'c d', 'e']);
    expect(t.changes.find((c) => c.rule === 'line-endings')?.count).toBe(4); // one CRLF, three lone CRs
  });

  it('should repair mojibake and HTML entities, logging each', () => {
    const t = normalise('MS. SMITH: Itâ€™s the Council&rsquo;s view &amp; mine.\n');
    expect(firstTurnText('MS. SMITH: Itâ€™s the Council&rsquo;s view &amp; mine.\n')).toBe(
      'It’s the Council’s view & mine.',
    );
    expect(t.changes.filter((c) => c.rule === 'mojibake').map((c) => [c.before, c.after])).toEqual([['â€™', '’']]);
    expect(t.changes.filter((c) => c.rule === 'html-entity').map((c) => c.before)).toEqual(['&rsquo;', '&amp;']);
  });

  it('should turn non-breaking spaces, tabs and zero-width characters into plain text with a count', () => {
    const t = normalise('MR. LEE:\u00a0\u00a0Hello\tthere,\u200b friend.\n');
    expect(spokenText([...turnsOf(t.body)][0]!.paragraphs[0]!)).toBe('Hello there, friend.');
    expect(t.changes.find((c) => c.rule === 'nbsp')?.count).toBe(2);
    expect(t.changes.find((c) => c.rule === 'zero-width')?.count).toBe(1);
  });
});
