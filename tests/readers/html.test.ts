// Web pages (HTML): a Word 97 "Save as HTML" interview in windows-1252, a PDF converter's Hansard
// page (labels in their own <span>, words two spaces apart) and a modern podcast page (header,
// nav, footer, script) read into the same turns as their text in plain form; places point at the
// page's lines; removed[] accounts for the markup; Markdown with inline tags and the interchange
// XML formats keep their readers.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { checkTranscript } from '../../src/model/json.js';
import { turnsOf } from '../../src/model/walk.js';
import { normalise, normaliseBytes } from '../../src/normalise/index.js';
import { declaredCharset, looksLikeHtml, readHtml } from '../../src/normalise/readers/html.js';
import { FIXTURES_DIR } from '../helpers/fixtures.js';

const HTML_DIR = `${FIXTURES_DIR}html/`;

function read(name: string): Transcript {
  return normaliseBytes(readFileSync(`${HTML_DIR}${name}`), { fileName: name });
}

/** Each turn as label | speaker name | first words. */
function rows(transcript: Transcript): string[] {
  const names = new Map(transcript.participants.map((p) => [p.id, p.name]));
  return [...turnsOf(transcript.body)].map((turn) => {
    const first = turn.paragraphs[0]?.find((n) => n.type === 'text');
    const words = first && first.type === 'text' ? first.value.trim().split(' ').slice(0, 4).join(' ') : '';
    return `${turn.label ?? '-'} | ${turn.speaker === null ? '-' : names.get(turn.speaker)} | ${words}`;
  });
}

/** The page's text as the reader writes it, normalised as a plain text file. */
function asPlainText(name: string, encoding: string): Transcript {
  const source = iconv.decode(readFileSync(`${HTML_DIR}${name}`), encoding);
  const text = readHtml(source)
    .lines.map((line) => line.text)
    .join('\n');
  return normalise(text, { fileName: name.replace(/\.x?html?$/, '.txt') });
}

/** The source line of the page a place points at. */
function sourceLine(name: string, encoding: string, line: number): string {
  return iconv.decode(readFileSync(`${HTML_DIR}${name}`), encoding).split(/\r\n|\r|\n/)[line - 1] ?? '';
}

describe.each([
  {
    name: 'word97-interview.htm',
    encoding: 'windows-1252',
    speakers: ['KLT', 'Abernethy', 'KLT', 'Abernethy', 'KLT', 'Abernethy', 'KLT'],
  },
  {
    name: 'hansard-pdf-converter.html',
    encoding: 'utf-8',
    speakers: ['MR SPEAKER', 'HON. T. MARSTERS', 'MR SPEAKER', 'HON. R. TAPU', 'MR SPEAKER'],
  },
  {
    name: 'modern-podcast-page.html',
    encoding: 'utf-8',
    speakers: ['Nora', 'Ben', 'Pia', 'Nora', 'Pia', 'Ben'],
  },
])('the web page $name', ({ name, encoding, speakers }) => {
  const transcript = read(name);

  it('should be read as HTML, in its encoding, into a valid model', () => {
    expect(transcript.meta.source.format).toBe('html');
    expect(transcript.meta.source.encoding).toBe(encoding);
    expect(transcript.diagnostics.map((d) => d.rule)).not.toContain('encoding-guessed');
    expect(() => checkTranscript(JSON.parse(JSON.stringify(transcript)))).not.toThrow();
  });

  it('should give the turns and speakers its text gives in plain form', () => {
    expect([...turnsOf(transcript.body)].map((t) => t.label)).toEqual(speakers);
    expect(rows(transcript)).toEqual(rows(asPlainText(name, encoding)));
  });

  it('should keep no markup or entity in the body', () => {
    const body = JSON.stringify(transcript.body);
    expect(body).not.toMatch(/<\/?[a-z]+[\s>]|&(?:nbsp|quot|amp|#9);|FONT|\\t/i);
  });

  it('should place every turn on the source line that prints its label', () => {
    for (const turn of turnsOf(transcript.body)) {
      const line = sourceLine(name, encoding, turn.place!.line).replace(/\s+/g, ' ');
      expect(line).toContain(turn.label!.replace(/\s+/g, ' '));
    }
  });

  it('should account for the head and the tags in removed[]', () => {
    const reasons = transcript.removed.map((r) => r.reason);
    expect(reasons).toContain('html-head');
    expect(reasons).toContain('html-markup');
    const head = transcript.removed.find((r) => r.reason === 'html-head')!;
    expect(head.text).toMatch(/^<head>/i);
    expect(head.text).toMatch(/<\/head>$/i);
    expect(sourceLine(name, encoding, head.place!.line)).toMatch(/<head>/i);
  });
});

describe('what the HTML reader takes out and changes', () => {
  it('should turn "MSM:&#9;text" into a label, count the entities, and keep the Word page’s title', () => {
    const t = read('word97-interview.htm');
    expect(t.meta.title).toBe('RUTH ABERNETHY');
    const head = t.removed.find((r) => r.reason === 'html-head')!;
    expect(head.harvested).toEqual({ 'meta.title': 'RUTH ABERNETHY' });
    expect(t.changes).toContainEqual({
      rule: 'html-entity',
      before: '&#9;',
      after: '\t',
      count: 7,
      place: { line: 12 },
    });
    expect(t.changes).toContainEqual(expect.objectContaining({ rule: 'html-entity', before: '&nbsp;', count: 7 }));
    // Word's conditional comment is a comment; its line is the page's line 8.
    expect(t.removed).toContainEqual(expect.objectContaining({ reason: 'html-comment', place: { line: 8 } }));
    // windows-1252 bytes: the curly apostrophe and the ellipsis come through.
    const text = JSON.stringify(t.body);
    expect(text).toContain('didn’t mind');
    expect(text).toContain('two years later…');
    // Two paragraphs of one turn stay two paragraphs.
    const last = [...turnsOf(t.body)][5]!;
    expect(last.paragraphs).toHaveLength(2);
    expect(last.paragraphs[1]!.map((n) => (n.type === 'text' ? n.value : '')).join('')).toBe(
      'It filled a room. We fed it paper tape.',
    );
  });

  it('should drop the site’s header, navigation, footer, scripts and comments, each with its reason and source text', () => {
    const t = read('modern-podcast-page.html');
    const byReason = (reason: string) => t.removed.filter((r) => r.reason === reason);
    expect(byReason('site-header')[0]!.text).toMatch(/^<header class="site-header">[\s\S]*<\/header>$/);
    expect(byReason('site-navigation')[0]!.place).toEqual({ line: 13, endLine: 15 });
    expect(byReason('site-footer')[0]!.text).toContain('All rights reserved');
    expect(byReason('html-script').map((r) => r.text)).toEqual(['<script src="/player.js"></script>']);
    expect(byReason('html-comment')[0]!.text).toBe('<!-- transcript editor: check the spelling of Kowalczyk -->');
    const markup = byReason('html-markup')[0]!;
    expect(markup.text.split(' ')).toEqual(expect.arrayContaining(['<p>', '<strong>', '<br>', '<article>']));
    // The <h1> is the title, not the <title>; the <h2> a heading.
    expect(t.meta.title).toBe('Episode 12: Night Shift');
    expect(t.body.filter((b) => b.type === 'heading')).toHaveLength(1);
    expect(JSON.stringify(t.body)).not.toMatch(/Episodes|All rights|Harbour Notes/);
  });

  it('should read a PDF converter’s spans as one paragraph each and leave its page number to the page furniture pass', () => {
    const t = read('hansard-pdf-converter.html');
    const turns = [...turnsOf(t.body)];
    expect(turns[1]!.paragraphs).toHaveLength(2);
    expect(turns[1]!.place!.line).toBe(16);
    expect(JSON.stringify(turns[1]!.paragraphs)).toContain('This Bill is short and I will be short too.');
    expect(t.removed.map((r) => r.text)).toContain('Page 2');
    expect(t.meta.title).toBe('SECOND READING');
  });
});

describe('telling a web page from other text', () => {
  const page = '<!DOCTYPE html>\n<html><body>\n<p>Anna: Hello.</p>\n<p>Ben: Hi.</p>\n</body></html>\n';

  it('should sniff a page by its content whatever its name', () => {
    expect(normalise(page).meta.source.format).toBe('html');
    expect(normalise(page, { fileName: 'talk.txt' }).meta.source.format).toBe('html');
    expect(normalise('\uFEFF  <html>\n<p>Anna: Hello.</p>\n<p>Ben: Hi.</p></html>').meta.source.format).toBe('html');
    expect(normalise('<p>Anna: Hello.</p>\n<p>Ben: Hi.</p>\n<p>Anna: Bye.</p>\n').meta.source.format).toBe('html');
    expect(normalise('Anna: Hello <b>there</b>.\n\nBen: Hi.\n', { fileName: 'talk.htm' }).meta.source.format).toBe(
      'html',
    );
    expect(normalise('Anna: Hello.', { format: 'html' }).meta.source.format).toBe('html');
  });

  it('should read XHTML (XML with a namespace) as a page, not refuse it as unknown XML', () => {
    const xhtml =
      '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head>\n<body><p>Anna: Hello.</p><p>Ben: Hi.</p><p>Anna: Bye.</p><p>Ben: Bye.</p></body></html>\n';
    const t = normalise(xhtml, { fileName: 'talk.xhtml' });
    expect(t.meta.source.format).toBe('html');
    expect([...turnsOf(t.body)].map((turn) => turn.label)).toEqual(['Anna', 'Ben', 'Anna', 'Ben']);
  });

  it('should leave Markdown and text with a few inline tags to their readers', () => {
    const md = read('markdown-with-inline-tags.md');
    expect(md.meta.source.format).toBe('markdown');
    expect(rows(md)).toEqual([
      'Nora | Nora | Welcome back.',
      'Ben | Ben | Who bring the ships',
      'Nora | Nora | Let’s begin.',
    ]);
    expect(looksLikeHtml('<div align="center">\n\n# Talk\n\n</div>\n\n**Anna:** Hi.\n', 'README.md')).toBe(false);
    expect(looksLikeHtml('Anna: Hello <span>there</span>.\n\nBen: <i>Hi</i>.\n')).toBe(false);
    expect(looksLikeHtml('<b>Anna:</b> Hello.\nBen: Hi.\nAnna: And then?\nBen: Then nothing.\n')).toBe(false);
  });

  it('should leave TEI and Akoma Ntoso to their readers', () => {
    const tei = `${FIXTURES_DIR}interchange/parlamint-sitting.tei.xml`;
    const akn = `${FIXTURES_DIR}interchange/assembly-debate.akn.xml`;
    expect(normaliseBytes(readFileSync(tei), { fileName: 'sitting.xml' }).meta.source.format).toBe('tei');
    expect(normaliseBytes(readFileSync(akn), { fileName: 'debate.xml' }).meta.source.format).toBe('akoma-ntoso');
  });
});

describe('the charset a page declares', () => {
  it('should decode bytes that are not UTF-8 in the <meta charset> of the page', () => {
    const html =
      '<html><head><meta charset="koi8-r"><title>Беседа</title></head><body>\n<p>Анна: Здравствуйте, коллеги.</p>\n<p>Борис: Добрый день.</p>\n<p>Анна: Начнём.</p>\n<p>Борис: Начнём.</p>\n</body></html>\n';
    const bytes = iconv.encode(html, 'koi8-r');
    expect(declaredCharset(bytes)).toBe('koi8-r');
    const t = normaliseBytes(bytes, { fileName: 'talk.html' });
    expect(t.meta.source.encoding).toBe('koi8-r');
    expect([...turnsOf(t.body)].map((turn) => turn.label)).toEqual(['Анна', 'Борис', 'Анна', 'Борис']);
    expect(t.meta.title).toBe('Беседа');
  });

  it('should read the http-equiv form, and take ISO-8859-1 as windows-1252 the way browsers do', () => {
    const meta = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">';
    expect(declaredCharset(Buffer.from(meta, 'latin1'))).toBe('windows-1252');
    expect(declaredCharset(Buffer.from('<p>no meta</p>'))).toBeNull();
  });
});

describe('a page saved as the text of a Python bytes object', () => {
  it('should read the page the literal holds: its escapes undone, its turns and speakers read', () => {
    const t = read('python-bytes-page.html');
    expect(rows(t)).toEqual([
      'MR. OKAFOR | Mr. Okafor | Good morning, everybody. Let’s',
      'Q | Question | Will the early sailing',
      'MR. OKAFOR | Mr. Okafor | In April. The crews',
      'Q | Question | Thank you.',
    ]);
    const text = JSON.stringify(t.body);
    expect(text).toContain('hired — the boats');
    expect(text).not.toMatch(/\\\\[ntx]|b'/);
    expect(t.changes).toContainEqual(expect.objectContaining({ rule: 'python-bytes-literal', count: 1 }));
    // "10:38 A.M. EST" is the time of day, no answer marked `A.`.
    expect(t.participants.map((p) => p.name)).toEqual(['Mr. Okafor', 'Question']);
    // The title, above the literal, keeps its line.
    expect(t.meta.title).toBe('Press Briefing by the Harbour Authority on the Winter Timetable');
  });

  it('should read a literal a hard wrap broke over lines, every line keeping its number', () => {
    const page = [
      "b'<p>MR. OKAFOR: Good\\n\\tmorning.\\xc2\\xa0 Let us",
      "begin.</p>\\n<p>Q: When?</p>'",
      '<p>The end.</p>',
    ];
    const lines = readHtml(page.join('\n')).lines.filter((l) => l.text.trim() !== '');
    expect(lines.map((l) => [l.no, l.text.replace(/\s+/g, ' ').trim()])).toEqual([
      [1, 'MR. OKAFOR: Good morning.\u00a0 Let us begin.'.replace(/\s+/g, ' ')],
      [2, 'Q: When?'],
      [3, 'The end.'],
    ]);
  });

  it('should leave a literal with fewer than three escapes as printed', () => {
    expect(readHtml("<p>She typed b'ok\\n' and laughed.</p>").lines.map((l) => l.text)).toContain(
      "She typed b'ok\\n' and laughed.",
    );
  });
});
