// The user's wording, colours and templates (issue #14 item 4): a theme replaces any word of a
// catalogue per language ("Reporter" for "Question"), gives a speaker a colour by id or name,
// and names a folder whose templates replace Verbatim's by file name; mistakes are refused with
// the key's path.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalise/index.js';
import { prepareEdition } from '../../src/render/edition/edition.js';
import { getRenderer } from '../../src/render/registry.js';
import { checkTheme, loadTheme } from '../../src/theme/check.js';
import { defaultTheme } from '../../src/theme/default.js';
import { checkWording } from '../../src/messages/wording.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'press-conference.txt'), 'utf8');
const theme = (extra: object) => checkTheme({ extends: 'default', ...extra });

describe('theme wording', () => {
  it('should print the theme’s word for the questioner, in the transcript’s language only', () => {
    const transcript = normalise(EXAMPLE);
    const edition = prepareEdition(transcript, theme({ wording: { en: { labels: { question: 'Reporter' } } } }));
    expect(edition.messages.labels.question).toBe('Reporter');
    const german = prepareEdition(
      { ...transcript, meta: { ...transcript.meta, language: 'de' } },
      theme({ wording: { en: { labels: { question: 'Reporter' } } } }),
    );
    expect(german.messages.labels.question).toBe('Frage');
  });

  it('should replace plural forms, for every language with "*"', () => {
    const edition = prepareEdition(
      normalise(EXAMPLE),
      theme({ wording: { '*': { words: { one: '# word', other: '# words spoken' } } } }),
    );
    expect(edition.messages.words).toMatchObject({ one: '# word', other: '# words spoken' });
  });

  it('should refuse a key the catalogue does not have, a sentence built from parts, and a wrong type', () => {
    expect(checkWording({ en: { labels: { questoin: 'x' } } })).toEqual([
      'wording.en.labels.questoin: no such message (see src/messages/catalogue.ts)',
    ]);
    expect(checkWording({ en: { labels: { question: 3 } } })).toEqual([
      'wording.en.labels.question: expected a string',
    ]);
    expect(checkWording({ english: {} })[0]).toContain('not a language code');
    expect(() => theme({ wording: { en: { labels: { questoin: 'x' } } } })).toThrow('theme.wording.en.labels.questoin');
  });
});

describe('theme speaker colours', () => {
  it('should give a speaker the colour the theme names for their id or their name', () => {
    const transcript = normalise(EXAMPLE);
    const [first, second] = transcript.participants.filter((p) => p.kind === 'person');
    const edition = prepareEdition(
      transcript,
      theme({ speakers: { byParticipant: { [first!.id]: '#225522', [second!.name]: '#552222' } } }),
    );
    expect(edition.styles.get(first!.id)!.colour).toBe('#225522');
    expect(edition.styles.get(second!.id)!.colour).toBe('#552222');
  });

  it('should refuse a speaker colour below WCAG AA contrast', () => {
    expect(() => theme({ speakers: { byParticipant: { 'p-x': '#dddddd' } } })).toThrow(
      'theme.speakers.byParticipant.p-x',
    );
  });
});

describe('theme templates', () => {
  it('should take a template of the theme’s folder over Verbatim’s, and Verbatim’s for the rest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-templates-'));
    writeFileSync(join(folder, 'colophon.hbs'), 'Printed by the Harbour Press from {{input}}');
    const markdown = new TextDecoder().decode(
      await (await getRenderer('md')).render(normalise(EXAMPLE), { theme: { ...defaultTheme, templates: folder } }),
    );
    expect(markdown).toContain('Printed by the Harbour Press from');
    const plain = new TextDecoder().decode(await (await getRenderer('md')).render(normalise(EXAMPLE)));
    expect(plain).not.toContain('Harbour Press');
  });

  it('should take --templates on the command line and refuse a folder that is not there', () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-templates-'));
    mkdirSync(join(folder, 'epub'));
    writeFileSync(join(folder, 'colophon.hbs'), 'Set in the Harbour house style.');
    writeFileSync(join(folder, 'talk.txt'), EXAMPLE);
    const bin = join(ROOT, 'bin', 'verbatim.js');
    const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: folder });
    const ok = run(['build', 'talk.txt', '-o', 'talk.md', '--templates', folder]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(readFileSync(join(folder, 'talk.md'), 'utf8')).toContain('Set in the Harbour house style.');
    const missing = run(['build', 'talk.txt', '-o', 'talk.md', '--templates', join(folder, 'nope')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('is not a folder');
  });
});

describe('theme file errors', () => {
  const write = (text: string) => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-theme-file-'));
    writeFileSync(join(folder, 'house.json'), text);
    return join(folder, 'house.json');
  };

  it('should give the line and column of a JSON syntax error', () => {
    const path = write('{\n  "extends": "default",\n  "page": { "size": "a4", }\n}\n');
    expect(() => loadTheme(path)).toThrow(`${path}:3:27: the theme file is not valid JSON`);
  });

  it('should give the line and column of the key a problem names', () => {
    const path = write('{\n  "extends": "default",\n  "labels": { "layout": "sideways" }\n}\n');
    expect(() => loadTheme(path)).toThrow(`${path}:3:15: theme.labels.layout: "sideways" is not one of`);
    const typo = write('{\n  "extends": "default",\n\n  "fontz": {}\n}\n');
    expect(() => loadTheme(typo)).toThrow(`${typo}:4:3: theme.fontz: unknown key`);
  });
});
