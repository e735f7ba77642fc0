// The command line as a user runs it: `verbatim normalise` and `verbatim inspect`, and the
// one-line errors with a non-zero exit for input that is not a transcript.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { transcriptFromJson } from '../src/model/json.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'verbatim.js');
const dir = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  writeFileSync(
    join(dir, 'talk.txt'),
    'Press Conference\n\nwith NATO Secretary General, Lord Robertson\n\nQ: Any news?\n\nSecretary General:\n\nNone today.\n',
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(
    join(dir, 'image.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
  );
}, 120_000);

describe('verbatim CLI', () => {
  it('should print the model JSON of a file', () => {
    const { code, stdout, stderr } = run(['normalise', join(dir, 'talk.txt')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const transcript = transcriptFromJson(stdout);
    expect(transcript.meta.kind).toBe('press conference');
    expect(transcript.participants.map((p) => p.name)).toEqual(['Lord Robertson', 'Question']);
  });

  it('should read standard input when the file is -', () => {
    const { code, stdout } = run(['normalise', '-'], 'JOURNALIST: Hello?\n\nMINISTER SMITH: Hello.\n');
    expect(code).toBe(0);
    expect(transcriptFromJson(stdout).body).toHaveLength(2);
  });

  it('should print a readable inspection with inferred attributions and removals', () => {
    const { code, stdout } = run(['inspect', join(dir, 'talk.txt')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Participants (2)');
    expect(stdout).toContain('Lord Robertson — Secretary General, NATO [person]');
    expect(stdout).toContain('metadata-participants');
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it.each([
    [['normalise', 'no-such-file.txt'], 'verbatim: cannot read no-such-file.txt: no such file\n'],
    [['normalise', join(dir, 'empty.txt')], 'verbatim: the input is empty\n'],
    [
      ['normalise', join(dir, 'image.png')],
      'verbatim: the input is binary, not a text transcript (NUL byte at offset 8)\n',
    ],
    [['inspect', dir], `verbatim: cannot read ${dir}: it is a folder\n`],
  ])('should fail with one line and a non-zero exit for %j', (args, message) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it('should take the caption pause that starts a paragraph from --pause', () => {
    const vtt = readFileSync(new URL('./fixtures/podcast-pauses.vtt', import.meta.url), 'utf8');
    const paragraphs = (args: string[]) =>
      transcriptFromJson(run(['normalise', '-', ...args], vtt).stdout).body.map((b) =>
        b.type === 'turn' ? b.paragraphs.length : 0,
      );
    expect(paragraphs([])).toEqual([1, 2, 1, 1]);
    expect(paragraphs(['--pause', '5'])).toEqual([1, 1, 1, 1]);
    // Like --max-size: an option value that is not a number is a one-line error.
    const { code, stderr } = run(['normalise', '-', '--pause', 'soon'], vtt);
    expect(code).toBe(2);
    expect(stderr).toBe('verbatim: --pause: "soon" is not a number of seconds\n');
  });

  it('should reject an unknown command with a usage error', () => {
    const { code, stderr } = run(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown command 'frobnicate'");
  });

  it('should stop quietly when the reader closes the pipe early (| head)', async () => {
    // A model JSON of several megabytes: far more than a pipe holds, so writing goes on after the close.
    const long = readFileSync(join(ROOT, 'tests', 'fixtures', 'press-conference-long.txt'), 'utf8');
    writeFileSync(join(dir, 'long.txt'), Array.from({ length: 60 }, () => long).join('\n\n'));
    const child = spawn(process.execPath, [BIN, 'normalise', join(dir, 'long.txt')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first chunk of the model JSON, then close the pipe as `head` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
