// Lengths and paper sizes: every unit converts to points, twips, half-points and CSS, and a
// malformed length is refused with a message that names the key and the value.
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import {
  PAPER_SIZES,
  isLength,
  parseLength,
  splitLength,
  toCss,
  toHalfPoints,
  toPt,
  toTwip,
} from '../../src/theme/units.js';

describe('theme units', () => {
  it('should convert every unit to points', () => {
    expect(toPt('10.5pt')).toBe(10.5);
    expect(toPt('1in')).toBe(72);
    expect(toPt('25.4mm')).toBeCloseTo(72, 10);
    expect(toPt('2.54cm')).toBeCloseTo(72, 10);
    expect(toPt('20mm')).toBeCloseTo(56.6929, 4);
    expect(toPt('.5in')).toBe(36);
    expect(toPt('-3pt')).toBe(-3);
  });

  it('should convert to whole twips and half-points', () => {
    expect(toTwip('1in')).toBe(1440);
    expect(toTwip('10.5pt')).toBe(210);
    expect(toTwip('20mm')).toBe(1134);
    expect(toHalfPoints('10.5pt')).toBe(21);
    expect(toHalfPoints('11pt')).toBe(22);
    expect(toHalfPoints('3mm')).toBe(17);
    expect(Number.isInteger(toTwip('1.234mm'))).toBe(true);
  });

  it('should give CSS the length unchanged', () => {
    expect(toCss('11pt')).toBe('11pt');
    expect(toCss('20mm')).toBe('20mm');
    expect(toCss('1.5in')).toBe('1.5in');
    expect(toCss('2cm')).toBe('2cm');
  });

  it('should recognise only a plain number directly followed by a unit', () => {
    for (const good of ['0pt', '10.5pt', '.5in', '-2mm', '3cm']) expect(isLength(good)).toBe(true);
    for (const bad of ['11', '11 pt', '11px', '1e2pt', 'pt', '1.pt', '11PT', '', 11, null])
      expect(isLength(bad)).toBe(false);
  });

  it('should name the key and the value when a length is malformed', () => {
    expect(() => parseLength('11', 'theme.text.size')).toThrow(InvalidOptionError);
    expect(() => parseLength('11', 'theme.text.size')).toThrow(
      'theme.text.size: "11" is not a length (expected a number followed by pt, mm, cm or in, e.g. "10.5pt")',
    );
    expect(() => parseLength('11 pt')).toThrow(
      '"11 pt" is not a length (expected a number followed by pt, mm, cm or in, e.g. "10.5pt")',
    );
    expect(() => toPt('11px' as never)).toThrow('"11px" is not a length');
    expect(() => toCss('wide' as never)).toThrow('"wide" is not a length');
  });

  it('should split a length into number and unit', () => {
    expect(splitLength('12.25mm')).toEqual({ value: 12.25, unit: 'mm' });
  });

  it('should know the paper sizes in points', () => {
    expect(PAPER_SIZES.a4).toEqual({ width: 595.28, height: 841.89 });
    expect(PAPER_SIZES.letter).toEqual({ width: 612, height: 792 });
    expect(PAPER_SIZES.a5).toEqual({ width: 419.53, height: 595.28 });
    // A4 is 210 × 297 mm and A5 148 × 210 mm, to the hundredth of a point.
    expect(PAPER_SIZES.a4.width).toBeCloseTo(toPt('210mm'), 1);
    expect(PAPER_SIZES.a4.height).toBeCloseTo(toPt('297mm'), 1);
    expect(PAPER_SIZES.a5.width).toBeCloseTo(toPt('148mm'), 1);
  });
});
