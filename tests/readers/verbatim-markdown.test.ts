// Verbatim's Markdown edition read back (src/normalise/readers/verbatim-markdown.ts): every own
// fixture and the example round-trip apart from provenance; the generated matter is not speech;
// an editor's label gives the turn to that speaker with method `editor`, through the CLI too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../../src/model/json.js';
import type { Transcript, Turn } from '../../src/model/nodes.js';
import { turnsOf } from '../../src/model/walk.js';
import { normalise, normaliseBytes } from '../../src/normalise/index.js';
import { prepareEdition } from '../../src/render/edition/edition.js';
import { defaultTheme } from '../../src/theme/default.js';
import { PRESS_CONFERENCE, FIXTURES_DIR } from '../helpers/fixtures.js';
import { editionTexts } from '../helpers/edition-texts.js';
import { markdownOf, roundTrip, withoutProvenance } from '../helpers/markdown-round-trip.js';
import { HAVE, missing, run } from '../helpers/tools.js';

function fixtureFiles(dir = FIXTURES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return fixtureFiles(path);
    return /\.(txt|md|srt|vtt)$/.test(entry.name) && entry.name !== 'README.md' ? [path] : [];
  });
}

function read(path: string): Transcript {
  return normaliseBytes(readFileSync(path), { fileName: path });
}

/** The turn holding a paragraph number. */
function turnAt(transcript: Transcript, paragraph: number): Turn {
  let seen = 0;
  for (const turn of [...turnsOf(transcript.body)]) {
    if (paragraph <= seen + turn.paragraphs.length) return turn;
    seen += turn.paragraphs.length;
  }
  throw new Error(`no paragraph ${paragraph}`);
}

describe('the Markdown edition read back', () => {
  const files = [PRESS_CONFERENCE, ...fixtureFiles()];

  it.each(files.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))(
    'should give back %s apart from provenance',
    async (_name, path) => {
      const transcript = read(path);
      const { back } = await roundTrip(transcript);
      expect(back.meta.source.format).toBe('markdown');
      expect(checkTranscript(JSON.parse(JSON.stringify(back)))).toBeTruthy();
      expect(withoutProvenance(back)).toEqual(withoutProvenance(transcript));
      expect(back.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    },
  );

  it('should not read the title page, speaker index or colophon as speech, nor print the anchors (the old failure)', async () => {
    const transcript = read(PRESS_CONFERENCE);
    const { markdown, back } = await roundTrip(transcript);
    expect(markdown).toContain('## Speaker index');
    expect(markdown).toContain('## Colophon');
    expect(back.participants.length).toBe(3);
    expect([...turnsOf(back.body)].length).toBe(7);
    expect([...turnsOf(back.body)].every((t) => t.speaker !== null)).toBe(true);
    const json = JSON.stringify(back.body);
    for (const generated of ['Speaker index', 'Colophon', 'SHA-256', 'para-1', '[]{#', 'verbatim:'])
      expect(json).not.toContain(generated);
    expect(back.removed.map((r) => r.reason)).toEqual([
      'front-matter',
      'metadata-title-page',
      'generated-matter',
      'metadata-attribution-record',
    ]);
    expect(back.removed[2]!.text).toMatch(/^## Speaker index[\s\S]*Spelling is as in the source\.$/);
  });

  it('should be read back from its content whatever the file is called, and a plain Markdown file is not', async () => {
    const markdown = await markdownOf(read(PRESS_CONFERENCE));
    expect(normalise(markdown, { fileName: 'notes.txt' }).meta.source.format).toBe('markdown');
    expect([...turnsOf(normalise(markdown).body)].length).toBe(7);
    const plain = normalise('---\ntitle: Talk\n---\n\n**Ann Lee:** Hello.\n\n**Bo Chan:** Hi.\n', {
      fileName: 'talk.md',
    });
    expect(plain.removed.some((r) => r.reason === 'metadata-attribution-record')).toBe(false);
    expect(plain.participants.map((p) => p.name)).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('should give a relabelled turn to the speaker named, with method editor, and keep the others', async () => {
    const transcript = read(PRESS_CONFERENCE);
    const markdown = await markdownOf(transcript);
    // Paragraph 6 is Reyes's, inferred: the editor says it is Marlow's.
    expect(markdown).toContain('[]{#para-6}**\\[Reyes\\]:**');
    const edited = markdown.replace('[]{#para-6}**\\[Reyes\\]:**', '[]{#para-6}**Marlow:**');
    const back = normalise(edited, { fileName: 'press-conference.md' });
    const turn = turnAt(back, 6);
    expect(turn.speaker).toBe('p-marlow');
    expect(turn.attribution).toEqual({
      method: 'editor',
      confidence: 1,
      evidence: ['an editor gave paragraph 6 to Dame Elsa Marlow (press-conference.md)'],
    });
    // Every other turn is as it was.
    const others = (t: Transcript) => [...turnsOf(t.body)].filter((x) => x.id !== turn.id);
    expect(others(back).map((t) => [t.speaker, t.attribution])).toEqual(
      others(transcript).map((t) => [t.speaker, t.attribution]),
    );
    expect(back.diagnostics.find((d) => d.rule === 'editor-attribution')?.message).toContain('Dame Elsa Marlow');
    // The edition prints it without brackets, and the colophon counts the editor's decision.
    const edition = prepareEdition(back, defaultTheme);
    const printed = edition.blocks.filter((b) => b.type === 'turn').find((b) => b.turn.id === turn.id)!;
    expect(printed.label.text).toBe('Marlow');
    expect(printed.label.inferred).toBe(false);
    expect(edition.colophon.join(' ')).toContain('An editor decided the speaker of 1 turn.');
  });

  it('should give a turn to nobody where an edit left its label a role with no name', async () => {
    // Found by the round-trip property test: "**, Minister:**" made a participant with no name.
    const markdown = await markdownOf(read(PRESS_CONFERENCE));
    const edited = markdown.replace('[]{#para-6}**\\[Reyes\\]:**', '[]{#para-6}**, Regional Minister of Transport:**');
    expect(edited).not.toBe(markdown);
    const back = normalise(edited, { fileName: 'edited.md' });
    expect(back.participants.map((p) => p.name)).not.toContain('');
    expect(() => checkTranscript(JSON.parse(JSON.stringify(back)))).not.toThrow();
    expect(back.diagnostics.filter((d) => d.rule === 'editor-attribution')).toEqual([]);
  });

  it('should read a label by id, label as printed, or a new name, and a label put before an unlabelled paragraph', async () => {
    const markdown = await markdownOf(read(PRESS_CONFERENCE));
    const back = normalise(
      markdown
        .replace('[]{#para-6}**\\[Reyes\\]:**', '[]{#para-6}**p-marlow:**')
        .replace('[]{#para-8}**Marlow:**', '[]{#para-8}**Jane Roe, Harbour News:**')
        .replace('[]{#para-2}From', '[]{#para-2}**Chair Marlow:** From')
        .replace('[]{#para-7}**Question:**', '[]{#para-7}**Frage:**'),
      { fileName: 'edited.md' },
    );
    expect(turnAt(back, 6).speaker).toBe('p-marlow');
    // Paragraph 2 now starts a turn of its own; paragraph 1 stays Reyes's.
    expect(turnAt(back, 1).speaker).toBe('p-reyes');
    expect(turnAt(back, 1).paragraphs.length).toBe(1);
    expect(turnAt(back, 2).speaker).toBe('p-marlow');
    expect(turnAt(back, 2).attribution.method).toBe('editor');
    // "Frage" is the German edition's word for the questioner: the questioner, decided by the editor.
    expect(turnAt(back, 7).speaker).toBe('p-questioner');
    expect(turnAt(back, 7).attribution.method).toBe('editor');
    const roe = back.participants.find((p) => p.name === 'Jane Roe')!;
    expect(roe).toMatchObject({ id: 'p-jane-roe', role: 'Harbour News', kind: 'person' });
    expect(turnAt(back, 8).speaker).toBe('p-jane-roe');
    expect([...turnsOf(back.body)].map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8']);
    expect(checkTranscript(JSON.parse(JSON.stringify(back)))).toBeTruthy();
  });

  it('should keep an inferred attribution whose label is unchanged, and take the brackets off as the editor confirming it', async () => {
    const transcript = read(PRESS_CONFERENCE);
    const markdown = await markdownOf(transcript);
    const confirmed = normalise(markdown.replace('**\\[Reyes\\]:**', '**Reyes:**'), { fileName: 'x.md' });
    expect(turnAt(confirmed, 6)).toMatchObject({ speaker: 'p-reyes', attribution: { method: 'editor' } });
    expect(turnAt(transcript, 6).attribution.method).toBe('inferred');
    // The inference note of paragraph 1 stays where it was: that turn is still inferred.
    expect(turnAt(confirmed, 1).attribution.noteId).toBe('n1');
  });

  it('should move an inference note when the editor takes the turn it explained', async () => {
    const markdown = await markdownOf(read(PRESS_CONFERENCE));
    const back = normalise(
      markdown.replace('**\\[Tomas Reyes, Regional Minister of Transport\\]:**[^1]', '**Marlow:**'),
      { fileName: 'x.md' },
    );
    expect(turnAt(back, 1).attribution.noteId).toBeUndefined();
    // Reyes's next inferred turn (paragraph 6) explains the inference now.
    expect(turnAt(back, 6).attribution).toMatchObject({ method: 'inferred', noteId: 'n1' });
    expect(back.notes.map((n) => [n.id, n.number])).toEqual([['n1', 1]]);
  });

  it('should rebuild through the CLI with the editor attribution printed without brackets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-md-'));
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'verbatim.js');
    const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
    expect(run(['build', PRESS_CONFERENCE, '--to', 'md', '--out', 'out']).status).toBe(0);
    const path = join(dir, 'out', 'press-conference.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('**\\[Reyes\\]:**', '**Marlow:**'));
    const json = run(['normalise', path]);
    expect(json.status).toBe(0);
    const model = JSON.parse(json.stdout) as Transcript;
    expect(turnAt(model, 6)).toMatchObject({ speaker: 'p-marlow', attribution: { method: 'editor' } });
    const rebuilt = run(['build', path, '--to', 'md', '--out', 'again']);
    expect(rebuilt.status).toBe(0);
    const again = readFileSync(join(dir, 'again', 'press-conference.md'), 'utf8');
    expect(again).toContain('[]{#para-6}**Marlow:**');
    expect(again).not.toContain('\\[Reyes\\]');
  });
});

describe.skipIf(!HAVE.poppler)(
  `an editor's label in the example's Markdown edition ${HAVE.poppler ? '' : missing('poppler-utils')}`,
  () => {
    it('should print the turn without brackets in the PDF, the Word document and the EPUB', async () => {
      const markdown = await markdownOf(read(PRESS_CONFERENCE));
      const before = await editionTexts(normalise(markdown, { fileName: 'press-conference.md' }));
      const edited = markdown.replace('[]{#para-6}**\\[Reyes\\]:**', '[]{#para-6}**Marlow:**');
      const back = normalise(edited, { fileName: 'press-conference.md' });
      expect(turnAt(back, 6)).toMatchObject({ speaker: 'p-marlow', attribution: { method: 'editor' } });
      const after = await editionTexts(back);
      for (const format of ['pdf', 'docx', 'epub'] as const) {
        expect(before[format], format).toMatch(/\[Reyes\]: The funding for the berth/);
        expect(after[format], format).toMatch(/(^|[^[])Marlow: The funding for the berth/m);
        expect(after[format], format).not.toContain('[Reyes]');
      }
    });
  },
);

describe('a Markdown edition edited carelessly', () => {
  const example = async () => markdownOf(read(PRESS_CONFERENCE));
  const speakers = (t: Transcript) => [...turnsOf(t.body)].map((turn) => turn.speaker);

  it('should read the transcript without its begin and end lines, and say so', async () => {
    const markdown = (await example()).replace(/^<!-- verbatim:(begin|end)\b.*\n\n/gm, '');
    expect(markdown).not.toContain('verbatim:begin');
    const back = normalise(markdown, { fileName: 'x.md' });
    expect(back.diagnostics.map((d) => d.rule)).toEqual(['md-begin-missing', 'md-end-missing']);
    expect(speakers(back)).toEqual(speakers(read(PRESS_CONFERENCE)));
    expect(JSON.stringify(back.body)).not.toMatch(/Speaker index|Colophon|Participants/);
  });

  it('should make every labelled turn an editor attribution when the record is gone', async () => {
    const markdown = (await example()).replace(/<!-- verbatim:record[\s\S]*-->\n/, '');
    const back = normalise(markdown, { fileName: 'x.md' });
    expect(speakers(back)).toEqual(speakers(read(PRESS_CONFERENCE)));
    expect(new Set([...turnsOf(back.body)].map((t) => t.attribution.method))).toEqual(new Set(['editor']));
  });

  it('should take a footnote the editor added as an editorial note, numbered in order of first reference', async () => {
    const markdown = (await example())
      .replace('Thank you, Minister.', 'Thank you, Minister.[^7]')
      .replace('\n\n<!-- verbatim:record', '\n\n[^7]: Checked against the recording.\n\n<!-- verbatim:record');
    const back = normalise(markdown, { fileName: 'x.md' });
    expect(back.notes.map((n) => [n.number, n.kind])).toEqual([
      [1, 'attribution'],
      [2, 'editorial'],
    ]);
    expect(back.notes[1]!.children).toEqual([{ type: 'text', value: 'Checked against the recording.' }]);
    expect(turnAt(back, 3).paragraphs[0]).toContainEqual({ type: 'noteRef', id: back.notes[1]!.id });
    expect(back.notes[1]!.id).not.toBe(back.notes[0]!.id);
  });

  it('should report, never throw on, broken front matter, a note with no footnote and an unclosed section', async () => {
    const markdown = (await example())
      .replace('participants:\n', 'participants: [\n')
      .replace('[^1]: ', '[^9]: ')
      .replace('<!-- verbatim:end -->', '::: section\n\n## Part\n\n<!-- verbatim:end -->');
    const back = normalise(markdown, { fileName: 'x.md' });
    expect(back.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['md-front-matter', 'md-section-open']));
    // With no participants, each label names a new person; the transcript is still valid.
    expect(back.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Tomas Reyes', 'Marlow']));
    expect(checkTranscript(JSON.parse(JSON.stringify(back)))).toBeTruthy();
  });
});

describe.skipIf(!HAVE.pandoc)(`the Markdown edition in pandoc ${HAVE.pandoc ? '' : missing('pandoc')}`, () => {
  it('should read as clean text, none of the syntax kept for reading back showing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-pandoc-'));
    const path = join(dir, 'edition.md');
    writeFileSync(path, await markdownOf(read(PRESS_CONFERENCE)));
    const plain = run('pandoc', ['-f', 'markdown', '-t', 'plain', '--wrap=none', path]).stdout;
    expect(plain).toContain('Question: [inaudible]');
    expect(plain).toContain('[Reyes]: The funding for the berth');
    for (const syntax of ['{', '}', '#para', 'verbatim:', 'printed=', '"turn"']) expect(plain).not.toContain(syntax);
  });
});
