// The presets: each is a complete, valid, frozen theme; the default palette is eight clearly
// different colours that all reach WCAG AA contrast on white (measured here, not assumed), and
// the monochrome variant prints every label in the text colour.
import { describe, expect, it } from 'vitest';
import { checkTheme } from '../../src/theme/check.js';
import {
  PRESET_NAMES,
  a5BookTheme,
  defaultTheme,
  letterTheme,
  monochromeTheme,
  themePresets,
} from '../../src/theme/default.js';
import { contrastRatio } from '../../src/theme/speakers.js';

/** CIE L*a*b* (D65) of a #rrggbb colour, for a perceptual distance between palette entries. */
function lab(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function deltaE(a: string, b: string): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

describe('theme presets', () => {
  it('should list default, monochrome, letter and a5-book', () => {
    expect(Object.keys(themePresets)).toEqual([...PRESET_NAMES]);
    expect(PRESET_NAMES).toEqual(['default', 'monochrome', 'letter', 'a5-book']);
    for (const [name, theme] of Object.entries(themePresets)) expect(theme.name).toBe(name);
  });

  it.each(PRESET_NAMES)('should accept preset %s unchanged', (name) => {
    expect(checkTheme(themePresets[name])).toEqual(themePresets[name]);
  });

  it('should freeze every preset to the leaves', () => {
    expect(Object.isFrozen(defaultTheme)).toBe(true);
    expect(Object.isFrozen(defaultTheme.speakers.palette)).toBe(true);
    expect(Object.isFrozen(a5BookTheme.page.margins)).toBe(true);
    expect(() => {
      (defaultTheme.text as { size: string }).size = '99pt';
    }).toThrow(TypeError);
  });

  it('should make the default an A4 book-proportioned page in Source Serif 4 and Source Sans 3', () => {
    expect(defaultTheme.page.size).toBe('a4');
    expect(defaultTheme.fonts.text.name).toBe('Source Serif 4');
    expect(defaultTheme.fonts.furniture.name).toBe('Source Sans 3');
    expect(defaultTheme.text.size).toBe('10.5pt');
    expect(defaultTheme.labels).toMatchObject({ transform: 'small-caps', layout: 'run-in' });
  });

  it('should give the default palette at least 8 colours, each at least 4.5:1 on white', () => {
    const { palette } = defaultTheme.speakers;
    expect(palette.length).toBeGreaterThanOrEqual(8);
    for (const colour of palette) expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    for (const colour of [
      defaultTheme.speakers.questioner,
      defaultTheme.speakers.group,
      defaultTheme.speakers.unknown,
    ]) {
      expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('should keep palette colours clearly apart from each other and from the greys of the other kinds', () => {
    const { palette, questioner, group, unknown } = defaultTheme.speakers;
    expect(new Set(palette.map((c) => c.toLowerCase())).size).toBe(palette.length);
    for (const [i, a] of palette.entries()) {
      for (const b of [...palette.slice(i + 1), questioner, group, unknown]) expect(deltaE(a, b)).toBeGreaterThan(20);
    }
  });

  it('should print every label in the text colour in the monochrome preset', () => {
    const { speakers, colours } = monochromeTheme;
    for (const colour of [...speakers.palette, speakers.questioner, speakers.group, speakers.unknown]) {
      expect(colour).toBe(colours.text);
    }
    expect(colours.text).toBe('#000000');
  });

  it('should set letter on US Letter and a5-book on mirrored A5 with smaller text', () => {
    expect(letterTheme.page.size).toBe('letter');
    expect(a5BookTheme.page).toMatchObject({ size: 'a5', mirrored: true });
    expect(Number.parseFloat(a5BookTheme.text.size)).toBeLessThan(Number.parseFloat(defaultTheme.text.size));
  });
});
