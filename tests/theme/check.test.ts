// Checking and loading themes: every kind of mistake is refused with one line that names the key
// path (and the file, when loaded from one); partial themes extend a preset by deep merge.
import { copyFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { checkTheme, loadTheme } from '../../src/theme/check.js';
import { a5BookTheme, cloneTheme, defaultTheme, monochromeTheme } from '../../src/theme/default.js';
import { FONTS_DIRECTORY, fontFilePath } from '../../src/theme/fonts.js';

const LENGTH_HELP = '(expected a number followed by pt, mm, cm or in, e.g. "10.5pt")';

/** The message `checkTheme` throws for `data`, or a failure if it accepts it. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function problem(data: unknown): string {
  try {
    checkTheme(data);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).code).toBe('invalid-option');
    return (error as Error).message;
  }
  throw new Error('checkTheme accepted the theme');
}

/** Partial theme over the default preset. */
function over(overrides: Record<string, unknown>): Record<string, unknown> {
  return { extends: 'default', ...overrides };
}

const serif = defaultTheme.fonts.text;

describe('checkTheme: errors name the key', () => {
  it('should refuse a misspelt key and suggest the right one', () => {
    expect(problem(over({ fontz: {} }))).toBe('theme.fontz: unknown key (did you mean "fonts"?)');
    expect(problem(over({ fonts: { txt: serif } }))).toBe('theme.fonts.txt: unknown key (did you mean "text"?)');
    expect(problem(over({ speakers: { pallete: ['#000000'] } }))).toBe(
      'theme.speakers.pallete: unknown key (did you mean "palette"?)',
    );
    expect(problem(over({ extnds: 'default' }))).toBe('theme.extnds: unknown key (did you mean "extends"?)');
  });

  it('should refuse a "__proto__" key from JSON instead of letting it change the prototype', () => {
    expect(problem(JSON.parse('{ "extends": "default", "text": { "__proto__": { "size": "30pt" } } }'))).toBe(
      'theme.text.__proto__: unknown key (expected one of "size", "leading", "paragraphSpacing", "turnSpacing", "firstLineIndent", "justify", "hyphenate")',
    );
  });

  it('should list the allowed keys when no known key is close', () => {
    expect(problem(over({ docx: { pageCount: 3 } }))).toBe(
      'theme.docx.pageCount: unknown key (expected one of "embedFonts")',
    );
  });

  it('should report a misspelt key in a complete theme once, not also the key it stands for as missing', () => {
    const { fonts, ...rest } = cloneTheme(defaultTheme);
    expect(problem({ ...rest, fontz: fonts })).toBe('theme.fontz: unknown key (did you mean "fonts"?)');
  });

  it('should refuse a colour that is not #rrggbb', () => {
    const palette = ['#0b5fa5', '#b5311b', '#12345'];
    expect(problem(over({ speakers: { palette } }))).toBe(
      'theme.speakers.palette.2: "#12345" is not a colour (expected #rrggbb)',
    );
    expect(problem(over({ colours: { text: 'black' } }))).toBe(
      'theme.colours.text: "black" is not a colour (expected #rrggbb)',
    );
    expect(problem(over({ speakers: { questioner: 0x333333 } }))).toBe(
      'theme.speakers.questioner: 3355443 is not a colour (expected #rrggbb)',
    );
  });

  it('should refuse a font that is not a file in fonts/', () => {
    const family = (regular: string) => over({ fonts: { text: { ...serif, regular } } });
    expect(problem(family('Nope.ttf'))).toBe('theme.fonts.text.regular: "Nope.ttf" is not a file in fonts/');
    expect(
      problem(
        over({ fonts: { furniture: { ...defaultTheme.fonts.furniture, semibold: 'source-sans-3/Missing.otf' } } }),
      ),
    ).toBe('theme.fonts.furniture.semibold: "source-sans-3/Missing.otf" is not a file in fonts/');
    expect(problem(family('source-serif-4/sourceserif4-regular.ttf'))).toBe(
      'theme.fonts.text.regular: "source-serif-4/sourceserif4-regular.ttf" is not a file in fonts/ ' +
        '(names are case-sensitive: did you mean "source-serif-4/SourceSerif4-Regular.ttf"?)',
    );
    expect(problem(family('../package.json'))).toBe(
      'theme.fonts.text.regular: "../package.json" is not a path inside fonts/ ' +
        '(expected a relative path such as "source-serif-4/SourceSerif4-Regular.ttf")',
    );
    // An absolute path is a font file anywhere (a theme file's own fonts become absolute paths).
    expect(problem(family('/usr/share/fonts/missing/x.ttf'))).toBe(
      'theme.fonts.text.regular: "/usr/share/fonts/missing/x.ttf" is not a file',
    );
    expect(problem(family(fontFilePath('source-serif-4/OFL.txt')))).toContain('is not a TrueType or OpenType file');
    expect(() => checkTheme(family(fontFilePath('source-sans-3/SourceSans3-Regular.ttf')))).not.toThrow();
    expect(problem(family('source-serif-4/OFL.txt'))).toBe(
      'theme.fonts.text.regular: "source-serif-4/OFL.txt" is not a TrueType or OpenType file (expected a name ending in .ttf or .otf)',
    );
    expect(problem(family('source-serif-4'))).toContain('is not a TrueType or OpenType file');
  });

  it('should refuse a bad length', () => {
    expect(problem(over({ text: { size: '11' } }))).toBe(`theme.text.size: "11" is not a length ${LENGTH_HELP}`);
    expect(problem(over({ text: { size: 11 } }))).toBe(`theme.text.size: 11 is not a length ${LENGTH_HELP}`);
    expect(problem(over({ page: { margins: { inner: '2 cm' } } }))).toBe(
      `theme.page.margins.inner: "2 cm" is not a length ${LENGTH_HELP}`,
    );
    expect(problem(over({ headings: { sizes: ['16pt', '13px', '11pt'] } }))).toBe(
      `theme.headings.sizes.1: "13px" is not a length ${LENGTH_HELP}`,
    );
    expect(problem(over({ page: { margins: { top: '-5mm' } } }))).toBe(
      'theme.page.margins.top: "-5mm" must not be negative',
    );
    expect(problem(over({ notes: { size: '0pt' } }))).toBe('theme.notes.size: "0pt" must be more than 0');
    expect(problem(over({ text: { size: '105pt' } }))).toBe(
      'theme.text.size: "105pt" is larger than the 72pt allowed here',
    );
  });

  it('should refuse a value outside an enumeration', () => {
    expect(problem(over({ page: { size: 'a3' } }))).toBe('theme.page.size: "a3" is not one of "a4", "letter", "a5"');
    expect(problem(over({ labels: { transform: 'smallcaps' } }))).toBe(
      'theme.labels.transform: "smallcaps" is not one of "small-caps", "uppercase", "none"',
    );
    expect(problem(over({ notes: { placement: 'sidenote' } }))).toBe(
      'theme.notes.placement: "sidenote" is not one of "footnote", "endnote"',
    );
  });

  it('should refuse values of the wrong type or out of range', () => {
    expect(problem(over({ text: { justify: 'yes' } }))).toBe('theme.text.justify: expected true or false, got "yes"');
    expect(problem(over({ page: 'a4' }))).toBe('theme.page: expected an object, got "a4"');
    expect(problem(over({ text: { leading: 0.5 } }))).toBe('theme.text.leading: 0.5 is below the minimum of 1');
    expect(problem(over({ text: { leading: 4 } }))).toBe('theme.text.leading: 4 is above the maximum of 3');
    expect(problem(over({ epub: { maxChapterBytes: 1.5 } }))).toBe(
      'theme.epub.maxChapterBytes: expected a whole number, got 1.5',
    );
    expect(problem(over({ speakers: { palette: [] } }))).toBe(
      'theme.speakers.palette: has 0 items, expected at least 1',
    );
    expect(problem(over({ headings: { sizes: ['16pt'] } }))).toBe(
      'theme.headings.sizes: has 1 item, expected at least 3',
    );
    expect(problem(over({ name: '' }))).toBe('theme.name: must not be empty');
    expect(problem(over({ pdf: { tagged: null } }))).toBe('theme.pdf.tagged: expected true or false, got null');
  });

  it('should refuse an unknown preset and a theme that is not an object', () => {
    expect(problem({ extends: 'fancy' })).toBe(
      'theme.extends: "fancy" is not a preset (expected one of "default", "monochrome", "letter", "a5-book")',
    );
    expect(problem([])).toBe('theme: expected an object, got a list');
    expect(problem(null)).toBe('theme: expected an object, got null');
  });

  it('should say a theme without "extends" must be complete', () => {
    const { page: _page, ...rest } = cloneTheme(defaultTheme);
    expect(problem(rest)).toBe(
      'theme.page: required key is missing (a theme without "extends" must set every key; add "extends": "default" to set only some)',
    );
    expect(problem({ name: 'bare' })).toMatch(/^theme\.page: required key is missing .* \(and 13 more problems\)$/);
  });

  it('should count the problems it does not show', () => {
    expect(problem(over({ text: { leading: 0.5, justify: 'yes' } }))).toBe(
      'theme.text.leading: 0.5 is below the minimum of 1 (and 1 more problem)',
    );
  });

  it('should refuse label colours below WCAG AA contrast, naming the key and the measured ratio', () => {
    expect(problem(over({ speakers: { palette: ['#0b5fa5', '#999999'] } }))).toBe(
      'theme.speakers.palette.1: "#999999" has contrast 2.84:1 on white, below the WCAG AA minimum of 4.5:1 ' +
        '(set speakers.allowLowContrast to true to allow it)',
    );
    // #777777 measures 4.4776:1: just below, and the message must not round it up to 4.50.
    expect(problem(over({ speakers: { questioner: '#777777' } }))).toContain(
      'theme.speakers.questioner: "#777777" has contrast 4.47:1',
    );
    expect(problem(over({ speakers: { unknown: '#aaaaaa' } }))).toContain(
      'theme.speakers.unknown: "#aaaaaa" has contrast 2.32:1',
    );
  });

  it('should accept low-contrast label colours when allowed explicitly', () => {
    const theme = checkTheme(over({ speakers: { palette: ['#999999', '#ffcc00'], allowLowContrast: true } }));
    expect(theme.speakers.palette).toEqual(['#999999', '#ffcc00']);
  });

  it('should refuse semibold labels in a family without a semibold file', () => {
    const { semibold: _semibold, ...noSemibold } = serif;
    expect(problem(over({ fonts: { text: noSemibold } }))).toBe(
      'theme.labels.weight: "semibold" needs fonts.text.semibold, which is not set',
    );
    expect(checkTheme(over({ fonts: { text: noSemibold }, labels: { weight: 'bold' } })).fonts.text).toEqual(
      noSemibold,
    );
  });

  it('should refuse margins that leave no room for text', () => {
    expect(problem({ extends: 'a5-book', page: { margins: { inner: '100mm' } } })).toBe(
      'theme.page.margins: inner 100mm and outer 15mm leave a text block 93.55pt wide on a5 paper (419.53pt); at least 144pt is needed',
    );
    expect(problem(over({ page: { margins: { top: '5in', bottom: '5in' } } }))).toBe(
      'theme.page.margins: top 5in and bottom 5in leave a text block 121.89pt high on a4 paper (841.89pt); at least 144pt is needed',
    );
  });
});

describe('checkTheme: extends and merge', () => {
  it('should merge a partial theme over its preset, key by key', () => {
    const theme = checkTheme({
      extends: 'a5-book',
      name: 'pocket',
      text: { size: '9pt' },
      page: { margins: { outer: '12mm' } },
    });
    expect(theme.name).toBe('pocket');
    expect(theme.text).toEqual({ ...a5BookTheme.text, size: '9pt' });
    expect(theme.page).toEqual({ ...a5BookTheme.page, margins: { ...a5BookTheme.page.margins, outer: '12mm' } });
    expect(theme.speakers).toEqual(a5BookTheme.speakers);
  });

  it('should keep the preset name when the partial theme sets none', () => {
    expect(checkTheme({ extends: 'monochrome' })).toEqual(monochromeTheme);
  });

  it('should replace lists and font families whole', () => {
    const family = {
      name: 'Source Sans 3',
      regular: 'source-sans-3/SourceSans3-Regular.ttf',
      italic: 'source-sans-3/SourceSans3-Italic.ttf',
      bold: 'source-sans-3/SourceSans3-Bold.ttf',
    };
    const theme = checkTheme(
      over({ speakers: { palette: ['#0b5fa5'] }, fonts: { text: family }, labels: { weight: 'regular' } }),
    );
    expect(theme.speakers.palette).toEqual(['#0b5fa5']);
    expect(theme.fonts.text).toEqual(family);
    expect(theme.fonts.furniture).toEqual(defaultTheme.fonts.furniture);
  });

  it('should change neither the input nor the preset, and return a theme that can be changed', () => {
    const input = over({ text: { size: '12pt' } });
    const copy = structuredClone(input);
    const theme = checkTheme(input);
    expect(input).toEqual(copy);
    expect(defaultTheme.text.size).toBe('10.5pt');
    theme.text.size = '13pt';
    expect(defaultTheme.text.size).toBe('10.5pt');
    expect(Object.isFrozen(checkTheme(defaultTheme).speakers.palette)).toBe(false);
  });
});

describe('loadTheme', () => {
  const themesDirectory = fileURLToPath(new URL('../../themes/', import.meta.url));
  const scratch = mkdtempSync(join(tmpdir(), 'verbatim-theme-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function write(name: string, text: string): string {
    const path = join(scratch, name);
    writeFileSync(path, text);
    return path;
  }

  it('should load themes/monochrome.json as the monochrome preset', () => {
    expect(loadTheme(join(themesDirectory, 'monochrome.json'))).toEqual(monochromeTheme);
  });

  it('should load themes/example-custom.json over the default', () => {
    const theme = loadTheme(join(themesDirectory, 'example-custom.json'));
    expect(theme.name).toBe('example-custom');
    expect(theme.page).toEqual({
      size: 'letter',
      mirrored: false,
      margins: { ...defaultTheme.page.margins, inner: '1.25in', outer: '1.25in' },
    });
    expect(theme.labels).toEqual({
      ...defaultTheme.labels,
      transform: 'uppercase',
      weight: 'bold',
      family: 'furniture',
      layout: 'block',
    });
    expect(theme.speakers.palette).toHaveLength(3);
    expect(theme.notes.placement).toBe('endnote');
    expect(theme.fonts).toEqual(defaultTheme.fonts);
  });

  it('should name a theme after its file when it sets no name', () => {
    expect(loadTheme(write('house-style.json', '\uFEFF{ "extends": "letter" }')).name).toBe('house-style');
  });

  it('should name the file when it cannot be read', () => {
    const missing = join(scratch, 'missing.json');
    expect(() => loadTheme(missing)).toThrow(
      new InvalidOptionError(`${missing}: cannot read the theme file (no such file)`),
    );
    const directory = join(scratch, 'folder.json');
    mkdirSync(directory);
    expect(() => loadTheme(directory)).toThrow(`${directory}: cannot read the theme file (it is a directory)`);
  });

  it('should name the file when it is not JSON', () => {
    const path = write('broken.json', '{ "extends": "default", }');
    expect(() => loadTheme(path)).toThrow(InvalidOptionError);
    expect(() => loadTheme(path)).toThrow(
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:25: the theme file is not valid JSON \\(.+\\)$`),
    );
  });

  it('should name the file and the key when the theme is invalid', () => {
    const path = write(
      'typo.json',
      JSON.stringify({ extends: 'default', fonts: { text: { ...serif, regular: 'Nope.ttf' } } }),
    );
    // Neither beside the theme file nor in fonts/: the error names the file missing beside the theme.
    expect(() => loadTheme(path)).toThrow(
      `: theme.fonts.text.regular: ${JSON.stringify(join(scratch, 'Nope.ttf'))} is not a file`,
    );
    expect(() => loadTheme(path)).toThrow(
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: theme\\.fonts`),
    );
  });
});

describe('loadTheme: fonts beside the theme file', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'verbatim-theme-fonts-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const own = join(scratch, 'type', 'House Sans Regular.ttf');
  mkdirSync(join(scratch, 'type'));
  copyFileSync(fontFilePath('source-sans-3/SourceSans3-Regular.ttf'), own);

  function themeWith(text: Record<string, string>, fallback: string[] = []): string {
    const path = join(scratch, 'house.json');
    writeFileSync(
      path,
      JSON.stringify({ extends: 'default', fonts: { text: { ...serif, name: 'House Sans', ...text }, fallback } }),
    );
    return path;
  }

  it('should make a font path relative to the theme file absolute, and leave fonts/ paths as they are', () => {
    const theme = loadTheme(themeWith({ regular: 'type/House Sans Regular.ttf' }, ['./type/House Sans Regular.ttf']));
    expect(theme.fonts.text.regular).toBe(own);
    expect(theme.fonts.fallback).toEqual([own]);
    expect(theme.fonts.text.italic).toBe(serif.italic);
    expect(fontFilePath(theme.fonts.text.regular)).toBe(own);
  });

  it('should still suggest the spelling of a font in fonts/ that differs only in case', () => {
    expect(() => loadTheme(themeWith({ regular: 'source-serif-4/sourceserif4-regular.ttf' }))).toThrow(
      /house\.json:1:\d+: theme\.fonts\.text\.regular: "source-serif-4\/sourceserif4-regular\.ttf" is not a file in fonts\/ \(names are case-sensitive/,
    );
  });

  it('should name the missing file beside the theme', () => {
    const path = themeWith({ bold: 'type/House Sans Bold.ttf' });
    const missing = JSON.stringify(join(scratch, 'type', 'House Sans Bold.ttf'));
    expect(() => loadTheme(path)).toThrow(
      new RegExp(`^${escapeRegExp(path)}:1:\\d+: theme\\.fonts\\.text\\.bold: ${escapeRegExp(missing)} is not a file$`),
    );
  });
});

describe('theme fonts', () => {
  it('should find the project fonts folder from the module', () => {
    expect(FONTS_DIRECTORY).toBe(fileURLToPath(new URL('../../fonts', import.meta.url)));
    expect(fontFilePath('source-serif-4/SourceSerif4-Regular.ttf')).toBe(
      join(FONTS_DIRECTORY, 'source-serif-4', 'SourceSerif4-Regular.ttf'),
    );
  });
});
