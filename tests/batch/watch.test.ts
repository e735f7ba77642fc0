// `verbatim build --watch` as a user runs it (the built CLI, bin/verbatim.js): after the first
// build, an edit to the input, its sidecar, a template or the theme builds again in the same
// process; a bad theme prints one line and watching goes on; new files in a watched folder are
// built; SIGTERM ends it without temporary files left behind. Every wait polls with a deadline.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'verbatim.js');
const TALK = readFileSync(join(ROOT, 'examples', 'press-conference.txt'), 'utf8');

interface Watcher {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

const running: Watcher[] = [];

function startWatching(cwd: string, args: string[]): Watcher {
  const child = spawn(process.execPath, [BIN, 'build', ...args, '--watch'], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const watcher = { child, stderr: () => stderr, exited };
  running.push(watcher);
  return watcher;
}

afterEach(() => {
  for (const { child } of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Poll `check` every 25 ms until it holds; fail after `ms`. */
async function until(what: string, check: () => boolean, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function readIfThere(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Save as editors do: write a temporary file beside the target, then rename it over the target. */
function saveLikeAnEditor(path: string, text: string): void {
  writeFileSync(`${path}~`, text);
  renameSync(`${path}~`, path);
}

/** Lines of the watcher's output that start with a time and the word `word`. */
function linesWith(output: string, word: string): string[] {
  return output.split('\n').filter((line) => new RegExp(`^\\d\\d:\\d\\d:\\d\\d ${word} `).test(line));
}

/** Every temporary file (`.NAME.PID.tmp`) under a folder. */
function temporaryFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}

describe('verbatim build --watch', () => {
  it('should build again on edits to the input, its sidecar, a template and the theme, and survive a bad theme', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-watch-'));
    writeFileSync(join(dir, 'talk.txt'), TALK);
    writeFileSync(join(dir, 'theme.json'), '{ "extends": "default" }\n');
    mkdirSync(join(dir, 'tpl'));
    const edition = join(dir, 'out', 'talk.md');
    const watcher = startWatching(dir, [
      'talk.txt',
      '--to',
      'md,pdf',
      '--theme',
      'theme.json',
      '--templates',
      'tpl',
      '--out',
      'out',
    ]);
    await until('the first build', () => watcher.stderr().includes('watching'));
    expect(linesWith(watcher.stderr(), 'built')).toHaveLength(1);
    expect(readIfThere(edition)).not.toContain('Watched words');

    // The input, written in place and then saved through a rename.
    writeFileSync(join(dir, 'talk.txt'), `${TALK}\nQ: Watched words, first edit?\n`);
    await until('the first edit', () => readIfThere(edition).includes('Watched words, first edit?'));
    saveLikeAnEditor(join(dir, 'talk.txt'), `${TALK}\nQ: Watched words, second edit?\n`);
    await until('the second edit', () => readIfThere(edition).includes('Watched words, second edit?'));
    expect(readIfThere(edition)).not.toContain('first edit');

    // The sidecar and a template.
    writeFileSync(join(dir, 'talk.verbatim.yaml'), 'meta:\n  title: A Title From The Sidecar\n');
    await until('the sidecar', () => readIfThere(edition).includes('A Title From The Sidecar'));
    writeFileSync(join(dir, 'tpl', 'colophon.hbs'), 'Colophon from the watched template folder.\n');
    await until('the template', () => readIfThere(edition).includes('Colophon from the watched template folder.'));

    // A bad theme: one line, and the process keeps running; fixed, it builds again.
    writeFileSync(join(dir, 'theme.json'), '{ "extends": "default", "fonts": 3 }\n');
    await until('the theme error', () => linesWith(watcher.stderr(), 'FAILED').length > 0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(linesWith(watcher.stderr(), 'FAILED')).toEqual([
      expect.stringMatching(/FAILED theme\.json:1:\d+: theme\.fonts: expected an object, got 3$/),
    ]);
    expect(watcher.child.exitCode).toBeNull();
    // Builds run one at a time, so every earlier build has printed its line by now.
    const built = linesWith(watcher.stderr(), 'built').length;
    const pdfBefore = readFileSync(join(dir, 'out', 'talk.pdf'));
    writeFileSync(join(dir, 'theme.json'), '{ "extends": "default", "text": { "size": "12pt" } }\n');
    await until('the build after the fix', () => linesWith(watcher.stderr(), 'built').length > built);
    expect(readFileSync(join(dir, 'out', 'talk.pdf')).equals(pdfBefore)).toBe(false);

    watcher.child.kill('SIGTERM');
    expect(await watcher.exited).toBe(143);
    expect(temporaryFiles(dir)).toEqual([]);
  }, 30_000);

  it.each([
    [['-', '--watch'], '--watch cannot watch standard input: give files or folders'],
    [['talk.txt', '-o', 'talk.pdf', '--watch'], '--watch writes into a folder: use --out DIR instead of -o'],
    [
      ['talk.txt', '--shard', '1/2', '--watch'],
      '--shard splits a build over several processes; it cannot be used with --watch',
    ],
  ])('should refuse %j as a usage error (exit 2, one line)', (args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-watch-usage-'));
    writeFileSync(join(dir, 'talk.txt'), TALK);
    const result = spawnSync(process.execPath, [BIN, 'build', ...args], { cwd: dir, encoding: 'utf8', input: '' });
    expect(result.stderr).toBe(`verbatim: ${message}\n`);
    expect(result.status).toBe(2);
  });

  it('should build new files in a watched folder and its new sub-folders, and nothing for other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-watch-folder-'));
    mkdirSync(join(dir, 'talks'));
    writeFileSync(join(dir, 'talks', 'a.txt'), TALK);
    const watcher = startWatching(dir, ['talks', '--to', 'md', '--out', 'out', '--quiet']);
    await until('the first build', () => existsSync(join(dir, 'out', 'a.md')));
    // --quiet: nothing printed for builds that succeed.
    expect(watcher.stderr()).toBe('');

    writeFileSync(join(dir, 'talks', 'b.txt'), `${TALK}\nQ: A new file?\n`);
    await until('the new file', () => readIfThere(join(dir, 'out', 'b.md')).includes('A new file?'));
    mkdirSync(join(dir, 'talks', 'sub'));
    // The new sub-folder is watched after the build its creation caused.
    await new Promise((resolve) => setTimeout(resolve, 500));
    writeFileSync(join(dir, 'talks', 'sub', 'c.txt'), `${TALK}\nQ: In a sub-folder?\n`);
    await until('the file in the new sub-folder', () =>
      readIfThere(join(dir, 'out', 'sub', 'c.md')).includes('In a sub-folder?'),
    );
    // An output is written to a new file renamed over the old, so a build would change its inode.
    const aBuilt = statSync(join(dir, 'out', 'a.md')).ino;
    writeFileSync(join(dir, 'talks', 'notes.log'), 'not a transcript');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(statSync(join(dir, 'out', 'a.md')).ino).toBe(aBuilt);
    expect(watcher.stderr()).toBe('');

    watcher.child.kill('SIGINT');
    expect(await watcher.exited).toBe(130);
    expect(temporaryFiles(dir)).toEqual([]);
  }, 30_000);

  it("should say the outputs are up to date when the output folder's manifest shows them so, and build on an edit", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-watch-manifest-'));
    writeFileSync(join(dir, 'talk.txt'), TALK);
    const once = spawnSync(process.execPath, [BIN, 'build', 'talk.txt', '--to', 'md', '--out', 'out'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(once.status).toBe(0);
    const built = statSync(join(dir, 'out', 'talk.md')).ino;
    const watcher = startWatching(dir, ['talk.txt', '--to', 'md', '--out', 'out']);
    await until('the first build', () => watcher.stderr().includes('watching'));
    expect(linesWith(watcher.stderr(), 'up to date')).toEqual([expect.stringMatching(/ up to date 1 input in out$/)]);
    expect(linesWith(watcher.stderr(), 'built')).toEqual([]);
    expect(statSync(join(dir, 'out', 'talk.md')).ino).toBe(built);
    writeFileSync(join(dir, 'talk.txt'), `${TALK}\nQ: Watched words, an edit?\n`);
    await until('the edit', () => readIfThere(join(dir, 'out', 'talk.md')).includes('an edit?'));
    watcher.child.kill('SIGTERM');
    expect(await watcher.exited).toBe(143);
  }, 30_000);
});
