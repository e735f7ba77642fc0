// Word documents: bold labels and speaker | text tables become turns with their speakers,
// italics become emphasis, every word comes through in order; the synchronous normaliseBytes
// refuses a .docx with a one-line pointer to the asynchronous API; a document LibreOffice made
// reads too; `verbatim build talk.docx` works from the command line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/batch/build.js';
import { UnreadableInputError } from '../../src/errors.js';
import type { Inline, Transcript } from '../../src/model/nodes.js';
import { checkTranscript } from '../../src/model/json.js';
import { inlinesOf, turnsOf, wordsOf } from '../../src/model/walk.js';
import { normalise, normaliseBytes, normaliseDocx, normaliseFile } from '../../src/normalise/index.js';
import { getRenderer } from '../../src/render/registry.js';
import { htmlToMarkdown, looksLikeDocx } from '../../src/normalise/readers/docx.js';
import { boldLabelDocx, tableDocx, type DocxInput } from '../helpers/docx-inputs.js';
import { spokenWords, wordsInOrder } from '../helpers/word-order.js';
import { missingWords, modelWords } from '../helpers/words.js';

function speakerNames(transcript: Transcript): (string | null)[] {
  const names = new Map(transcript.participants.map((p) => [p.id, p.name]));
  return [...turnsOf(transcript.body)].map((t) => (t.speaker === null ? null : (names.get(t.speaker) ?? null)));
}

function emphasised(transcript: Transcript): string[] {
  const out: string[] = [];
  const visit = (nodes: readonly Inline[]) => {
    for (const node of inlinesOf(nodes))
      if (node.type === 'emphasis') out.push(node.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
  };
  for (const turn of turnsOf(transcript.body)) turn.paragraphs.forEach(visit);
  return out;
}

describe.each([
  ['bold labels', boldLabelDocx],
  ['a speaker | text table', tableDocx],
])('a Word document with %s', (_name, make) => {
  let input: DocxInput;
  let transcript: Transcript;

  it('is recognised from its bytes and read as docx', async () => {
    input = await make();
    expect(looksLikeDocx(input.bytes)).toBe(true);
    transcript = await normaliseFile(input.bytes, { fileName: 'talk.docx' });
    expect(transcript.meta.source.format).toBe('docx');
    expect(transcript.meta.source.fileName).toBe('talk.docx');
    expect(() => checkTranscript(JSON.parse(JSON.stringify(transcript)))).not.toThrow();
  });

  it('keeps every turn with its speaker', () => {
    expect(speakerNames(transcript)).toEqual(input.turns);
  });

  it('keeps italics as emphasis', () => {
    expect(emphasised(transcript)).toEqual(input.italics);
  });

  it('loses no word, and keeps the spoken words in order', () => {
    expect(missingWords(wordsOf(input.text), modelWords(transcript))).toEqual([]);
    const order = wordsInOrder(spokenWords(transcript), input.text);
    expect(order.missing).toEqual([]);
    expect(order.ratio).toBe(1);
  });

  it('reads the same bytes to the same model', async () => {
    expect(JSON.stringify(await normaliseDocx(input.bytes, { fileName: 'talk.docx' }))).toBe(
      JSON.stringify(transcript),
    );
  });
});

describe('Word documents: the API around them', () => {
  it('normaliseBytes refuses a .docx with one line naming the asynchronous API', async () => {
    const { bytes } = await boldLabelDocx();
    expect(() => normaliseBytes(bytes)).toThrow(UnreadableInputError);
    expect(() => normaliseBytes(bytes)).toThrow(/^the input is a Word document \(\.docx\): read it with normaliseFile/);
  });

  it('normaliseFile reads text exactly as normaliseBytes does', async () => {
    const bytes = Buffer.from('Anna: Hello there.\n\nBen: Hello, Anna.\n', 'utf8');
    expect(JSON.stringify(await normaliseFile(bytes))).toBe(JSON.stringify(normaliseBytes(bytes)));
  });

  it('a damaged document is refused with one line', async () => {
    const damaged = Buffer.concat([
      Buffer.from('PK\x03\x04', 'latin1'),
      Buffer.alloc(40),
      Buffer.from('word/document.xml'),
    ]);
    expect(looksLikeDocx(damaged)).toBe(true);
    await expect(normaliseFile(damaged)).rejects.toThrow(/^the input looks like a Word document but cannot be read/);
  });

  it('other zip archives are not taken for Word documents', () => {
    expect(
      looksLikeDocx(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(40), Buffer.from('content.xml')])),
    ).toBe(false);
  });
});

describe("Word documents: mammoth's HTML as Markdown", () => {
  const read = htmlToMarkdown(
    '<p># of votes: 4 * 3</p><p>- not a list</p>' +
      '<table><tr><td>00:01:02</td><td><strong>Anna</strong></td><td><p>Hi <em>there</em>.</p></td></tr>' +
      '<tr><td>00:01:09</td><td>Ben:</td><td>Hello.</td></tr></table>' +
      '<ul><li>one</li></ul><p><strong>Anna Berg: </strong>Yes<br />and no.</p><p><img src="" /></p>',
  );

  it("keeps the document's own #, - and * as text", () => {
    const transcript = normalise(read.text, { format: 'markdown' });
    expect(transcript.body.some((b) => b.type === 'heading')).toBe(false);
    const words = modelWords(transcript);
    expect(words).toEqual(expect.arrayContaining(['of', 'votes', '4', '3', 'not', 'a', 'list']));
    expect(read.text).toContain('4 \\* 3');
  });

  it('reads a table with a time column, a bold label with its colon inside, a line break and an image', () => {
    expect(read.text).toContain('**Anna:** [00:01:02] Hi *there*.');
    expect(read.text).toContain('**Ben:** [00:01:09] Hello.');
    expect(read.text).toContain('- one');
    expect(read.text).toContain('**Anna Berg:** Yes\nand no.');
    expect(read.diagnostics.map((d) => d.rule)).toEqual(['docx-images']);
  });
});

describe('Word documents: properties', () => {
  const word = fc.constantFrom('harbour', 'ferry', 'council', 'we', 'vote', 'Thursday', 'pier', '1987', 'budget');
  const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ') + '.');
  const paragraph = fc.record({
    speaker: fc.option(fc.constantFrom('Anna Berg', 'Jonas Holm', 'Chair'), { nil: null }),
    before: sentence,
    italic: fc.option(word, { nil: null }),
    after: fc.option(sentence, { nil: null }),
  });

  it('loses no word of bold-labelled paragraphs, whatever the speakers and italics', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 8 }), async (paragraphs) => {
        // A document opens with a labelled speaker who speaks again at the end (a label printed
        // only once before any speech is read as a header field, by design).
        const first = { ...paragraphs[0]!, speaker: 'Anna Berg' };
        const last = { speaker: 'Anna Berg', before: 'Thank you.', italic: null, after: null };
        const all = [first, ...paragraphs.slice(1), last];
        const doc = new Document({
          sections: [
            {
              children: all.map(
                (p) =>
                  new Paragraph({
                    children: [
                      ...(p.speaker ? [new TextRun({ text: `${p.speaker}:`, bold: true }), new TextRun(' ')] : []),
                      new TextRun(p.before + ' '),
                      ...(p.italic ? [new TextRun({ text: p.italic, italics: true }), new TextRun(' ')] : []),
                      ...(p.after ? [new TextRun(p.after)] : []),
                    ],
                  }),
              ),
            },
          ],
        });
        const bytes = await Packer.toBuffer(doc);
        const transcript = await normaliseFile(bytes);
        const text = all
          .map((p) => [p.speaker ? `${p.speaker}:` : '', p.before, p.italic ?? '', p.after ?? ''].join(' '))
          .join('\n');
        expect(missingWords(wordsOf(text), modelWords(transcript))).toEqual([]);
        expect(wordsInOrder(spokenWords(transcript), text).ratio).toBe(1);
        expect(emphasised(transcript)).toEqual(all.flatMap((p) => (p.italic ? [p.italic] : [])));
      }),
      { numRuns: 25 },
    );
  });
});

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

describe.skipIf(!SOFFICE)('a Word document made by LibreOffice', () => {
  it('reads the labels LibreOffice kept from a text file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-soffice-'));
    const source = join(dir, 'interview.txt');
    const lines = [
      'Lena Dahl: When did the ferry last run on time?',
      'Harbour Master: Last Tuesday, and we were proud of it.',
      'Lena Dahl: And today?',
      'Harbour Master: Today the wind had other plans.',
    ];
    writeFileSync(source, lines.join('\n\n') + '\n');
    const run = spawnSync(
      SOFFICE!,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'docx',
        '--outdir',
        dir,
        source,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const bytes = readFileSync(join(dir, 'interview.docx'));
    const transcript = await normaliseFile(bytes, { fileName: 'interview.docx' });
    expect(transcript.meta.source.format).toBe('docx');
    expect(speakerNames(transcript)).toEqual(['Lena Dahl', 'Harbour Master', 'Lena Dahl', 'Harbour Master']);
    expect(missingWords(wordsOf(lines.join(' ')), modelWords(transcript))).toEqual([]);
  }, 150_000);
});

describe('verbatim build talk.docx', () => {
  const bin = fileURLToPath(new URL('../../bin/verbatim.js', import.meta.url));

  it('builds a Markdown edition from a Word document, alone and in a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-docx-cli-'));
    const input = join(dir, 'talk.docx');
    writeFileSync(input, (await boldLabelDocx()).bytes);
    const out = join(dir, 'out');
    const single = spawnSync(process.execPath, [bin, 'build', input, '-o', join(dir, 'talk.md')], { encoding: 'utf8' });
    expect(single.status, single.stderr).toBe(0);
    const markdown = readFileSync(join(dir, 'talk.md'), 'utf8');
    expect(markdown).toMatch(/Tomas Brekke/);
    expect(markdown).toMatch(/\*every\*/);
    const folder = join(dir, 'inputs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'talk.docx'), (await tableDocx()).bytes);
    const batch = spawnSync(process.execPath, [bin, 'build', folder, '--out', out, '--to', 'md'], { encoding: 'utf8' });
    expect(batch.status, batch.stderr).toBe(0);
    expect(readdirSync(out)).toContain('talk.md');
    expect(readFileSync(join(out, 'talk.md'), 'utf8')).toMatch(/Astrid Vik/);
  }, 60_000);

  it('passes over, in a folder, the Word editions Verbatim wrote, but reads other Word documents', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-docx-folder-'));
    const input = await boldLabelDocx();
    writeFileSync(join(folder, 'hearing.docx'), input.bytes);
    const edition = await (await getRenderer('docx')).render(await normaliseFile(input.bytes));
    mkdirSync(join(folder, 'out'));
    writeFileSync(join(folder, 'out', 'hearing.docx'), edition);
    const { inputs, skipped } = expandInputs([folder]);
    expect(inputs.map((i) => i.path)).toEqual([join(folder, 'hearing.docx')]);
    expect(skipped).toEqual([join(folder, 'out', 'hearing.docx')]);
    // Named on the command line, an edition is read like any Word document.
    expect(expandInputs([join(folder, 'out', 'hearing.docx')]).inputs).toHaveLength(1);
  });
});
