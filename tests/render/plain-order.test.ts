// Orders made without ICU's collator: the EPUB style sheet's fonts (`compareAsEnglish`) and the
// PDF's named destinations (`orderDestinationsInCodeUnits`) must come out as `localeCompare` put
// them, so that the outputs keep their bytes.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { compareAsEnglish } from '../../src/render/plain-order.js';
import { orderDestinationsInCodeUnits } from '../../src/render/pdf/pdfkit-adapter.js';

/** Random strings of the given characters, 0–8 long (a fixed sequence). */
function randomStrings(alphabet: string, count: number): string[] {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(next() * 9) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}

describe('compareAsEnglish', () => {
  it("should order plain ASCII names as localeCompare(…, 'en') does", () => {
    const names = [
      ...randomStrings('aAbBzZ09 ', 400),
      ...['Source Serif 4', 'Source Sans 3', 'SourceSans', 'DejaVu Sans', 'Droid Sans Fallback', 'Noto Emoji'],
      ...['normal', 'italic', 'Italic', 'ITALIC', 'a', 'A', 'aA', 'Aa', ''],
    ];
    for (const a of names)
      for (const b of names)
        expect(Math.sign(compareAsEnglish(a, b)), `${a} | ${b}`).toBe(Math.sign(a.localeCompare(b, 'en')));
  });

  it('should leave other strings to ICU', () => {
    for (const [a, b] of [
      ['Élise', 'Eliza'],
      ['a-b', 'ab'],
      ['Ölmez', 'Oz'],
    ] as const)
      expect(Math.sign(compareAsEnglish(a, b))).toBe(Math.sign(a.localeCompare(b, 'en')));
  });
});

describe('orderDestinationsInCodeUnits', () => {
  it("should sort paragraph destinations as pdfkit's localeCompare does, and others as before", () => {
    const document = new PDFDocument({ autoFirstPage: false });
    const tree = (document as unknown as { _root: { data: { Names: { data: { Dests: unknown } } } } })._root.data.Names
      .data.Dests as { _compareKeys(a: string, b: string): number };
    expect(typeof tree._compareKeys).toBe('function');
    orderDestinationsInCodeUnits(document);
    const names = Array.from({ length: 1200 }, (_, i) => `para-${(i * 7919) % 1201}`);
    const mixed = [...names.slice(0, 50), 'Para-3', 'para-x', 'note-2', 'para-03'];
    for (const list of [names, mixed])
      expect([...list].sort((a, b) => tree._compareKeys(a, b))).toEqual([...list].sort((a, b) => a.localeCompare(b)));
  });
});
