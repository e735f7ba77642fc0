// Page geometry: text block in points and the side the binding margin falls on.
import { describe, expect, it } from 'vitest';
import { a5BookTheme, defaultTheme, letterTheme } from '../../src/theme/default.js';
import { pageGeometry, sideMargins } from '../../src/theme/page.js';

describe('page geometry', () => {
  it('should compute the text block of the default A4 theme', () => {
    const page = pageGeometry(defaultTheme);
    expect(page.width).toBe(595.28);
    expect(page.textWidth).toBeCloseTo(595.28 - (2 * (35 * 72)) / 25.4, 6);
    expect(page.textHeight).toBeCloseTo(841.89 - (53 * 72) / 25.4, 6);
  });

  it('should give US Letter 5.5in of measure', () => {
    expect(pageGeometry(letterTheme).textWidth).toBe(396);
  });

  it('should keep the inner margin on the left of every page when not mirrored', () => {
    expect(sideMargins(defaultTheme, 1)).toEqual(sideMargins(defaultTheme, 2));
  });

  it('should put the inner margin at the binding on mirrored pages: left on odd, right on even', () => {
    const { inner, outer } = pageGeometry(a5BookTheme);
    expect(inner).toBeGreaterThan(outer);
    expect(sideMargins(a5BookTheme, 1)).toEqual({ left: inner, right: outer });
    expect(sideMargins(a5BookTheme, 2)).toEqual({ left: outer, right: inner });
    expect(sideMargins(a5BookTheme, 3)).toEqual({ left: inner, right: outer });
  });
});
