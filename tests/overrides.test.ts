// An editor's corrections (src/overrides.ts): metadata, participants and turns re-attributed by
// paragraph number — from the command line and from a sidecar beside the input — recorded in
// changes[], with attribution method "editor", printed like labelled turns in every format.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTranscript, transcriptFromJson } from '../src/model/json.js';
import { turnsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { applyOverrides, checkOverrides, overridesFromOptions } from '../src/overrides.js';
import { getRenderer } from '../src/render/registry.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'press-conference.txt'), 'utf8');

/** Speaker id and method of every turn, with its first paragraph number. */
function turnRows(text: ReturnType<typeof normalise>) {
  let paragraph = 1;
  return [...turnsOf(text.body)].map((turn) => {
    const row = { paragraph, speaker: turn.speaker, method: turn.attribution.method };
    paragraph += turn.paragraphs.length;
    return row;
  });
}

describe('applyOverrides', () => {
  const transcript = normalise(EXAMPLE);
  const rows = turnRows(transcript);
  const inferred = rows.find((row) => row.method === 'inferred')!;
  const someoneElse = transcript.participants.find((p) => p.kind === 'person' && p.id !== inferred.speaker)!;

  it('should give a turn to another speaker by its first paragraph number, as an editor decided', () => {
    const corrected = applyOverrides(transcript, { turns: { [inferred.paragraph]: someoneElse.id }, origin: 'test' });
    const row = turnRows(corrected).find((r) => r.paragraph === inferred.paragraph)!;
    expect(row).toEqual({ paragraph: inferred.paragraph, speaker: someoneElse.id, method: 'editor' });
    const turn = [...turnsOf(corrected.body)].find(
      (t) => t.speaker === someoneElse.id && t.attribution.method === 'editor',
    )!;
    expect(turn.attribution.evidence).toEqual([
      `an editor gave paragraph ${inferred.paragraph} to ${someoneElse.name} (test)`,
    ]);
    expect(corrected.changes.at(-1)).toEqual({
      rule: 'editor-override',
      before: `¶${inferred.paragraph}`,
      after: `spoken by ${someoneElse.name}`,
    });
    // Still a valid model: notes, references and ids hold.
    expect(() => checkTranscript(JSON.parse(JSON.stringify(corrected)))).not.toThrow();
    expect(transcript.body).toEqual(normalise(EXAMPLE).body);
  });

  it('should split a turn when the paragraph given starts in its middle, and number turns again', () => {
    const long = [...turnsOf(transcript.body)].findIndex((t) => t.paragraphs.length > 1);
    const start = rows[long]!.paragraph;
    const corrected = applyOverrides(transcript, { turns: { [start + 1]: 'Ann Editor-Added' } });
    const after = turnRows(corrected);
    expect(after).toHaveLength(rows.length + 1);
    expect(after[long]!.speaker).toBe(rows[long]!.speaker);
    expect(after[long + 1]).toMatchObject({ paragraph: start + 1, method: 'editor' });
    expect(corrected.participants.at(-1)).toMatchObject({ name: 'Ann Editor-Added', kind: 'person' });
    expect([...turnsOf(corrected.body)].map((t) => t.id)).toEqual(after.map((_, i) => `t${i + 1}`));
  });

  it('should set metadata and rename participants, recording each change', () => {
    const corrected = applyOverrides(transcript, {
      meta: { title: 'Harbour briefing', date: '3 April 2024', place: 'Quay Hall', publisher: 'Harbour Council' },
      speakers: { [someoneElse.id]: { name: 'Dame E. Marlow', role: 'Chair' } },
    });
    expect(corrected.meta).toMatchObject({ title: 'Harbour briefing', date: '2024-04-03', place: 'Quay Hall' });
    expect(corrected.meta.source.publisher).toBe('Harbour Council');
    expect(corrected.participants.find((p) => p.id === someoneElse.id)).toMatchObject({
      name: 'Dame E. Marlow',
      role: 'Chair',
    });
    expect(corrected.changes.filter((c) => c.rule === 'editor-override')).toHaveLength(6);
  });

  it('should warn, not fail, about a paragraph or participant that is not there', () => {
    const corrected = applyOverrides(transcript, {
      turns: { 9999: someoneElse.id },
      speakers: { 'p-nobody': { name: 'X' } },
      meta: { date: 'someday' },
    });
    expect(corrected.diagnostics.map((d) => d.rule)).toEqual(
      expect.arrayContaining(['override-unknown-paragraph', 'override-unknown-speaker', 'override-bad-date']),
    );
    expect(turnRows(corrected)).toEqual(rows);
  });

  it('should print an editor-attributed turn without brackets, and count it in the colophon', async () => {
    const corrected = applyOverrides(transcript, { turns: { [inferred.paragraph]: someoneElse.id } });
    const markdown = new TextDecoder().decode(await (await getRenderer('md')).render(corrected));
    const before = new TextDecoder().decode(await (await getRenderer('md')).render(transcript));
    expect(before).toContain(`[${transcript.participants.find((p) => p.id === inferred.speaker)!.name}`);
    expect(markdown).toContain('An editor decided the speaker of 1 turn.');
    expect(markdown).not.toContain(`[${someoneElse.name}`);
  });
});

describe('override sources', () => {
  it('should read -M, --title, --date and --speaker values', () => {
    expect(
      overridesFromOptions({
        meta: ['kind=Hearing', 'url=https://example.org/x=1'],
        title: 'T',
        speaker: ['p-a=Ann', 'p-a.role=Chair'],
      }),
    ).toEqual({
      origin: 'the command line',
      meta: { kind: 'Hearing', url: 'https://example.org/x=1', title: 'T' },
      speakers: { 'p-a': { name: 'Ann', role: 'Chair' } },
    });
    expect(overridesFromOptions({})).toBeNull();
    expect(() => overridesFromOptions({ meta: ['colour=red'] })).toThrow('unknown metadata key "colour"');
    expect(() => overridesFromOptions({ speaker: ['nobody'] })).toThrow('expected ID=Name');
  });

  it('should check a sidecar and name the place of a problem', () => {
    expect(checkOverrides({ turns: { 17: 'p-robertson' } }, 's.yaml')).toEqual({
      origin: 's.yaml',
      turns: { '17': 'p-robertson' },
    });
    expect(() => checkOverrides({ turn: {} }, 's.yaml')).toThrow('s.yaml: unknown key "turn"');
    expect(() => checkOverrides({ turns: { first: 'x' } }, 's.yaml')).toThrow('"first" is not a paragraph number');
    expect(() => checkOverrides({ speakers: { a: { colour: 'x' } } }, 's.yaml')).toThrow('unknown key "colour"');
  });

  it('should apply a sidecar beside the input and the command line over it, in normalise and build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-sidecar-'));
    writeFileSync(join(dir, 'talk.txt'), EXAMPLE);
    const transcript = normalise(EXAMPLE);
    const inferred = turnRows(transcript).find((row) => row.method === 'inferred')!;
    const other = transcript.participants.find((p) => p.kind === 'person' && p.id !== inferred.speaker)!;
    writeFileSync(
      join(dir, 'talk.verbatim.yaml'),
      `meta:\n  title: From the sidecar\n  date: 2024-04-03\nturns:\n  ${inferred.paragraph}: ${other.id}\n`,
    );
    const bin = join(ROOT, 'bin', 'verbatim.js');
    const normalised = spawnSync(
      process.execPath,
      [bin, 'normalise', join(dir, 'talk.txt'), '--title', 'From the command line'],
      {
        encoding: 'utf8',
      },
    );
    expect(normalised.status, normalised.stderr).toBe(0);
    const model = transcriptFromJson(normalised.stdout);
    expect(model.meta.title).toBe('From the command line');
    expect(model.meta.date).toBe('2024-04-03');
    expect(turnRows(model).find((row) => row.paragraph === inferred.paragraph)).toMatchObject({
      speaker: other.id,
      method: 'editor',
    });
    const built = spawnSync(process.execPath, [bin, 'build', dir, '--to', 'md', '--out', join(dir, 'out')], {
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    expect(built.stderr).not.toContain('skipped');
    expect(readFileSync(join(dir, 'out', 'talk.md'), 'utf8')).toContain('title: "From the sidecar"');
    writeFileSync(join(dir, 'talk.verbatim.yaml'), 'turns: [1, 2\n');
    const broken = spawnSync(process.execPath, [bin, 'normalise', join(dir, 'talk.txt')], { encoding: 'utf8' });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^verbatim: .*talk\.verbatim\.yaml: not valid YAML/);
  });
});
