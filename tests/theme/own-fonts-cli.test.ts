// A theme file's own fonts, named by paths relative to the theme file, through the CLI as a user
// runs it: copies of a bundled OFL family (Source Sans 3, under names of their own, one with
// spaces) beside a theme in a temporary folder, set as the text family over a serif furniture
// family, so that every Source Sans 3 face in the outputs comes from the copies. The PDF embeds
// them (pdffonts), the EPUB carries them byte for byte under URL-safe names and passes EPUBCheck,
// the DOCX embeds them; a missing file is one line naming the file and the theme, exit 2.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { obfuscateFont } from '../../src/render/docx/package.js';
import { defaultTheme } from '../../src/theme/default.js';
import { fontFilePath } from '../../src/theme/fonts.js';
import { HAVE, missing } from '../helpers/tools.js';
import { child, findAll, parseXml } from '../helpers/xml.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'verbatim.js');
const EPUBCHECK = '/usr/share/java/epubcheck.jar';
const dir = mkdtempSync(join(tmpdir(), 'verbatim-own-fonts-'));
const house = join(dir, 'house');
const out = join(dir, 'out');

/** The copies: name beside the theme → the bundled file copied. */
const COPIES: Record<string, string> = {
  'type/House Sans Regular.ttf': 'source-sans-3/SourceSans3-Regular.ttf',
  'type/HouseSans-Italic.ttf': 'source-sans-3/SourceSans3-Italic.ttf',
  'type/HouseSans-Bold.ttf': 'source-sans-3/SourceSans3-Bold.ttf',
  'type/HouseSans-Semibold.ttf': 'source-sans-3/SourceSans3-Semibold.ttf',
};

function theme(regular = 'type/House Sans Regular.ttf') {
  return {
    extends: 'default',
    fonts: {
      text: {
        name: 'House Sans',
        regular,
        italic: 'type/HouseSans-Italic.ttf',
        bold: 'type/HouseSans-Bold.ttf',
        semibold: 'type/HouseSans-Semibold.ttf',
      },
      furniture: { ...defaultTheme.fonts.text },
      fallback: [],
    },
    docx: { embedFonts: true },
    epub: { embedFonts: true },
  };
}

function verbatim(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let built: ReturnType<typeof verbatim>;

beforeAll(() => {
  mkdirSync(join(house, 'type'), { recursive: true });
  for (const [name, bundled] of Object.entries(COPIES)) copyFileSync(fontFilePath(bundled), join(house, name));
  writeFileSync(join(house, 'theme.json'), JSON.stringify(theme(), null, 2));
  built = verbatim([
    'build',
    join(ROOT, 'examples', 'press-conference.txt'),
    '--theme',
    join('house', 'theme.json'),
    '--out',
    out,
  ]);
  // The same theme folder somewhere else: where it is must not change a byte.
  cpSync(house, join(dir, 'elsewhere', 'house'), { recursive: true });
  verbatim([
    'build',
    join(ROOT, 'examples', 'press-conference.txt'),
    '--theme',
    join(dir, 'elsewhere', 'house', 'theme.json'),
    '--out',
    join(dir, 'out-elsewhere'),
  ]);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fonts beside a theme file', () => {
  it('should build PDF, Word and EPUB with them', () => {
    expect(built.stderr).not.toContain('FAILED');
    expect(built.code).toBe(0);
  });

  it.skipIf(!HAVE.poppler)(`should embed them in the PDF ${HAVE.poppler ? '' : missing('pdffonts')}`, () => {
    const fonts = spawnSync('pdffonts', [join(out, 'press-conference.pdf')], { encoding: 'utf8' }).stdout;
    const names = [...fonts.matchAll(/^[A-Z]{6}\+(\S+)\s.*\byes\s+yes\b/gm)].map((m) => m[1]);
    // The furniture is set in Source Serif 4, so the Source Sans 3 faces came from the theme's folder.
    expect(names).toContain('SourceSans3-Regular');
    expect(names).toContain('SourceSerif4-Regular');
  });

  it('should carry them in the EPUB, byte for byte, under URL-safe names', () => {
    const files = unzipSync(readFileSync(join(out, 'press-conference.epub')));
    const regular = files['OEBPS/fonts/House-Sans-Regular.ttf'];
    expect(regular).toBeDefined();
    expect(Buffer.from(regular!).equals(readFileSync(join(house, 'type', 'House Sans Regular.ttf')))).toBe(true);
    const css = strFromU8(files['OEBPS/style.css']!);
    expect(css).toContain('font-family: "House Sans"');
    expect(css).toContain('src: url("fonts/House-Sans-Regular.ttf")');
    expect(strFromU8(files['OEBPS/content.opf']!)).toContain('href="fonts/House-Sans-Regular.ttf"');
  });

  it.skipIf(!HAVE.epubcheck)(
    `should pass EPUBCheck ${HAVE.epubcheck ? '' : missing('epubcheck')}`,
    () => {
      const check = spawnSync('java', ['-jar', EPUBCHECK, join(out, 'press-conference.epub')], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(check.stdout + check.stderr).toMatch(/No errors or warnings detected/);
      expect(check.status).toBe(0);
    },
    120_000,
  );

  it('should embed them in the Word document', () => {
    const files = unzipSync(readFileSync(join(out, 'press-conference.docx')));
    const table = parseXml(strFromU8(files['word/fontTable.xml']!));
    const font = findAll(table, 'w:font').find((f) => f.attrs['w:name'] === 'House Sans');
    expect(font).toBeDefined();
    const embed = child(font!, 'w:embedRegular')!;
    const rels = parseXml(strFromU8(files['word/_rels/fontTable.xml.rels']!));
    const target = findAll(rels, 'Relationship').find((r) => r.attrs.Id === embed.attrs['r:id'])!.attrs.Target!;
    const data = obfuscateFont(files[`word/${target}`]!, embed.attrs['w:fontKey']!.replace(/[{}]/g, ''));
    expect(Buffer.from(data).equals(readFileSync(join(house, 'type', 'House Sans Regular.ttf')))).toBe(true);
  });

  it('should give the same bytes wherever the theme folder is', () => {
    for (const extension of ['pdf', 'docx', 'epub']) {
      const here = readFileSync(join(out, `press-conference.${extension}`));
      expect(readFileSync(join(dir, 'out-elsewhere', `press-conference.${extension}`)).equals(here), extension).toBe(
        true,
      );
    }
  });

  it('should refuse a missing font file with one line naming the file and the theme', () => {
    writeFileSync(join(house, 'broken.json'), JSON.stringify(theme('type/House Sans Light.ttf'), null, 2));
    const result = verbatim([
      'build',
      join(ROOT, 'examples', 'press-conference.txt'),
      '--theme',
      join('house', 'broken.json'),
      '--out',
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `verbatim: ${join('house', 'broken.json')}:6:7: theme.fonts.text.regular: ${JSON.stringify(join(house, 'type', 'House Sans Light.ttf'))} is not a file\n`,
    );
  });
});
