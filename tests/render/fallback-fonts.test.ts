// The theme's fallback fonts outside the PDF: Word sets East Asian text in the first fallback
// with CJK ideographs, the e-book's font stacks name the fallback families after the theme's
// own; both keep every character of the text (CJK, ⌊x⌋, emoji, Hangul that no font has).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { normaliseBytes } from '../../src/normalise/index.js';
import { getRenderer } from '../../src/render/registry.js';
import { defaultTheme } from '../../src/theme/default.js';
import type { Theme } from '../../src/theme/theme.js';
import { FIXTURES_DIR } from '../helpers/fixtures.js';
import { unescapeXml } from '../helpers/xml.js';

const file = join(FIXTURES_DIR, 'fonts', 'characters-without-glyphs.md');
const transcript = normaliseBytes(readFileSync(file), { fileName: file });
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const noFallback: Theme = { ...defaultTheme, fonts: { ...defaultTheme.fonts, fallback: [] } };

async function parts(format: string, theme: Theme): Promise<Record<string, string>> {
  const bytes = await (await getRenderer(format)).render(transcript, { theme, diagnostics: [] });
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, decode(data)]));
}

describe('fallback fonts in Word and the e-book', () => {
  it('should set East Asian text in the CJK fallback in Word, and keep every character', async () => {
    const docx = await parts('docx', defaultTheme);
    const eastAsia = new Set([...docx['word/styles.xml']!.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]));
    expect([...eastAsia]).toEqual(['Droid Sans Fallback']);
    const text = unescapeXml(docx['word/document.xml']!.replace(/<[^>]+>/g, ''));
    for (const piece of ['大阪', '⌊x⌋', '📊', '서울', '감사합니다']) expect(text).toContain(piece);
    const plain = await parts('docx', noFallback);
    expect(plain['word/styles.xml']).not.toContain('Droid Sans Fallback');
  });

  it('should name the fallback families in the e-book’s font stacks, and keep every character', async () => {
    const epub = await parts('epub', defaultTheme);
    const css = Object.entries(epub).find(([name]) => name.endsWith('.css'))![1];
    expect(css).toContain('font-family: "Source Serif 4", "DejaVu Sans", "Noto Emoji", "Droid Sans Fallback", serif;');
    const text = unescapeXml(
      Object.entries(epub)
        .filter(([name]) => name.endsWith('.xhtml'))
        .map(([, xhtml]) => xhtml.replace(/<[^>]+>/g, ''))
        .join('\n'),
    );
    for (const piece of ['大阪', '⌊x⌋', '📊', '서울', '감사합니다']) expect(text).toContain(piece);
    const plain = await parts('epub', noFallback);
    const plainCss = Object.entries(plain).find(([name]) => name.endsWith('.css'))![1];
    expect(plainCss).not.toContain('Droid Sans Fallback');
  });
});
