// The CLI's V8 startup snapshot (dist/verbatim.blob, built by scripts/snapshot.mjs; used by the
// POSIX launcher bin/verbatim and by bin/verbatim.js through bin/snapshot-loader.cjs): a command
// run from it writes the same bytes as one run from the bundle, in every format, for the input
// its warm-up rendered and for inputs that need what the warm-up did not load (other languages
// and hyphenation patterns, fallback fonts); a snapshot that does not fit — another bundle,
// another Node, another folder, Node options, missing parts — is ignored without a word and the
// command runs from the bundle.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE, FIXTURES_DIR, PRESS_CONFERENCE } from '../helpers/fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const BLOB = join(DIST, 'verbatim.blob');
const FORMATS = ['pdf', 'docx', 'epub', 'md'];
const { V8_FLAGS } = createRequire(import.meta.url)('../../bin/snapshot-loader.cjs') as { V8_FLAGS: string[] };
/** How the snapshot is started by hand: with the V8 flags it was built with. */
const SNAPSHOT = [...V8_FLAGS, '--snapshot-blob', BLOB, 'verbatim'];
const POSIX = process.platform !== 'win32';
const ENV = { ...process.env, SOURCE_DATE_EPOCH: '1000000000' };

/** Run `source` as a script file (not `node -e`: the loader takes Node options, -e among them, as a reason not to use the snapshot). */
function runScript(source: string, root = ROOT) {
  const file = join(mkdtempSync(join(tmpdir(), 'verbatim-snapshot-script-')), 'script.cjs');
  writeFileSync(file, source);
  return run([file], root);
}

function run(args: string[], root = ROOT, program = process.execPath, env: NodeJS.ProcessEnv = ENV) {
  const result = spawnSync(program, args, { encoding: 'utf8', env, cwd: root });
  expect(result.status, result.stderr).toBe(0);
  return result;
}

/** `verbatim build` of every format, through the launcher, `bin/verbatim.js`, the bundle, or the snapshot itself. */
function build(entry: 'launcher' | 'bin' | 'bundle' | 'snapshot', input: string, out: string) {
  const command = ['build', input, '--to', FORMATS.join(','), '--out', out];
  if (entry === 'launcher') return run(command, ROOT, join(ROOT, 'bin', 'verbatim'));
  if (entry === 'bin') return run([join(ROOT, 'bin', 'verbatim.js'), ...command]);
  if (entry === 'snapshot') return run([...SNAPSHOT, ...command]);
  const script = `require(${JSON.stringify(join(ROOT, 'bin', 'bundle-loader.cjs'))}).loadBundle().exports.main(process.argv.slice(1)).then((c) => { process.exitCode = c; })`;
  return run(['-e', script, ...command]);
}

/** Whether the snapshot loader in `root` finds its snapshot fitting, and whether it ran `--version` from it. */
function loaderReport(root: string): { fits: boolean; ran: boolean; output: string } {
  const loader = JSON.stringify(join(root, 'bin', 'snapshot-loader.cjs'));
  const script = `const l = require(${loader}); const fits = l.snapshotFits(); l.runFromSnapshot(['--version']).then((ran) => process.stderr.write(JSON.stringify({ fits, ran })));`;
  const result = runScript(script, root);
  return { ...(JSON.parse(result.stderr) as { fits: boolean; ran: boolean }), output: result.stdout };
}

function writeRecord(root: string, meta: Record<string, unknown>): void {
  writeFileSync(join(root, 'dist', 'verbatim.blob.json'), JSON.stringify(meta));
}

/** The launcher's record (dist/verbatim.blob.id) for a package folder, as scripts/snapshot.mjs writes it. */
function launcherRecord(root: string, node = process.execPath): string {
  const identity = [node, join(root, 'dist', 'verbatim.blob')].map((file) => {
    const stat = statSync(file, { bigint: true });
    return `${stat.ino} ${stat.size}`;
  });
  return `${realpathSync(root)}\n${identity.join(' ')}\n${V8_FLAGS.join(' ')}\n`;
}

/** What the launcher in `root` ran for `--version` (`sh -x` prints the command it execs), and its output. */
function launcherReport(
  root: string,
  env: NodeJS.ProcessEnv = ENV,
): { snapshot: boolean; output: string; stderr: string } {
  const launcher = join(root, 'bin', 'verbatim');
  const traced = run(['-x', launcher, '--version'], root, 'sh', env);
  const exec = traced.stderr.split('\n').filter((line) => /^\+* ?exec /.test(line));
  expect(exec, traced.stderr).toHaveLength(1);
  const result = run(['--version'], root, launcher, env);
  return { snapshot: exec[0]!.includes('--snapshot-blob'), output: result.stdout, stderr: result.stderr };
}

/**
 * A package folder with the loaders, a copy of the bundle and the real snapshot, whose record
 * says it was made from that copy in that folder; `change` then may make it stale.
 */
function packageCopy(change: (root: string, meta: Record<string, unknown>) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-snapshot-stale-'));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'dist'));
  for (const file of ['verbatim', 'verbatim.js', 'bundle-loader.cjs', 'snapshot-loader.cjs'])
    copyFileSync(join(ROOT, 'bin', file), join(root, 'bin', file));
  copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  copyFileSync(join(DIST, 'verbatim.cjs'), join(root, 'dist', 'verbatim.cjs'));
  copyFileSync(join(DIST, 'verbatim.cjs.cache'), join(root, 'dist', 'verbatim.cjs.cache'));
  symlinkSync(BLOB, join(root, 'dist', 'verbatim.blob'));
  const bundle = statSync(join(root, 'dist', 'verbatim.cjs'));
  const meta = JSON.parse(readFileSync(`${BLOB}.json`, 'utf8')) as Record<string, unknown>;
  meta['dist'] = join(root, 'dist');
  meta['bundle'] = { ...(meta['bundle'] as object), size: bundle.size, mtimeMs: bundle.mtimeMs };
  writeRecord(root, meta);
  writeFileSync(join(root, 'dist', 'verbatim.blob.id'), launcherRecord(root));
  change(root, meta);
  return root;
}

describe('CLI startup snapshot', () => {
  it('should exist after the build and fit this Node and bundle', () => {
    expect(existsSync(BLOB), 'dist/verbatim.blob is missing: run npm run build').toBe(true);
    const loader = JSON.stringify(join(ROOT, 'bin', 'snapshot-loader.cjs'));
    const result = runScript(`process.stdout.write(String(require(${loader}).snapshotFits()))`);
    expect(result.stdout).toBe('true');
  });

  const inputs = [
    PRESS_CONFERENCE, // the warm-up's own input
    FIXTURE.landtagGerman, // German: hyphenation patterns the warm-up did not load
    `${FIXTURES_DIR}languages/biblioteka.ru.txt`, // Cyrillic
    `${FIXTURES_DIR}fonts/characters-without-glyphs.md`, // fallback fonts, missing glyphs
  ];
  it.each(inputs)('should write the same bytes as the bundle in every format: %s', (input) => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-snapshot-'));
    build('snapshot', input, join(dir, 'snapshot'));
    if (POSIX) build('launcher', input, join(dir, 'launcher'));
    build('bin', input, join(dir, 'bin'));
    build('bundle', input, join(dir, 'bundle'));
    const name = input
      .split('/')
      .pop()!
      .replace(/\.[^.]+$/, '');
    for (const format of FORMATS) {
      const bundle = readFileSync(join(dir, 'bundle', `${name}.${format}`));
      for (const other of ['snapshot', 'bin', ...(POSIX ? ['launcher'] : [])])
        expect(readFileSync(join(dir, other, `${name}.${format}`)).equals(bundle), `${other}: ${name}.${format}`).toBe(
          true,
        );
    }
  });

  it('should start worker threads (--jobs 2) that write what one process writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-snapshot-jobs-'));
    mkdirSync(join(dir, 'in'));
    for (const input of [PRESS_CONFERENCE, FIXTURE.landtagGerman, FIXTURE.podcastMarkdown])
      copyFileSync(input, join(dir, 'in', input.split('/').pop()!));
    const command = ['build', join(dir, 'in'), '--to', 'pdf,docx,epub', '--quiet'];
    run([...SNAPSHOT, ...command, '--out', join(dir, 'two'), '--jobs', '2']);
    run([...SNAPSHOT, ...command, '--out', join(dir, 'one'), '--jobs', '1']);
    // Outputs only: the build's manifest (`.verbatim/`) is compared by the manifest's own tests.
    const outputs = (folder: string) =>
      readdirSync(join(dir, folder))
        .filter((name) => !name.startsWith('.'))
        .sort();
    const written = outputs('one');
    expect(written).toHaveLength(9);
    expect(outputs('two')).toEqual(written);
    for (const name of written)
      expect(readFileSync(join(dir, 'two', name)).equals(readFileSync(join(dir, 'one', name))), name).toBe(true);
  });

  it('should run from a snapshot whose record matches its folder and bundle', () => {
    const report = loaderReport(packageCopy(() => {}));
    expect(report).toMatchObject({ fits: true, ran: true });
    expect(report.output).toMatch(/^\d+\.\d+\.\d+/);
  });

  const stale: [string, (root: string, meta: Record<string, unknown>) => void][] = [
    [
      'the bundle was rebuilt',
      (root) => {
        const file = join(root, 'dist', 'verbatim.cjs');
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace('const __verbatimBundleUrl', 'let   __verbatimBundleUrl'),
        );
        utimesSync(file, new Date(), new Date(Date.now() + 5000));
      },
    ],
    ['another Node made it', (root, meta) => writeRecord(root, { ...meta, node: 'v0.0.1' })],
    ['other V8 flags were in force', (root, meta) => writeRecord(root, { ...meta, v8Tag: 1 })],
    ['it was made in another folder', (root, meta) => writeRecord(root, { ...meta, dist: DIST })],
    ['its record is unreadable', (root) => writeFileSync(join(root, 'dist', 'verbatim.blob.json'), '{ not json')],
    ['the snapshot file is missing', (root) => rmSync(join(root, 'dist', 'verbatim.blob'))],
    ['the snapshot file is not the one recorded', (root, meta) => writeRecord(root, { ...meta, blobSize: 1 })],
  ];
  it.each(stale)('should ignore a snapshot when %s, silently', (_, change) => {
    const root = packageCopy(change);
    expect(loaderReport(root)).toEqual({ fits: false, ran: false, output: '' });
    // The command itself runs from the bundle, with no message.
    const result = run([join(root, 'bin', 'verbatim.js'), '--version'], root);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.stderr).toBe('');
  });

  describe.runIf(POSIX)('the POSIX launcher (bin/verbatim)', () => {
    const RECORD = (root: string) => join(root, 'dist', 'verbatim.blob.id');
    const rewriteLine = (root: string, index: number, line: string) => {
      const lines = readFileSync(RECORD(root), 'utf8').split('\n');
      lines[index] = line;
      writeFileSync(RECORD(root), lines.join('\n'));
    };

    it('should start Node from the snapshot itself when its record fits, also through a symlink', () => {
      const root = packageCopy(() => {});
      expect(launcherReport(root)).toMatchObject({ snapshot: true, stderr: '' });
      // npm links a bin as a relative symlink in node_modules/.bin.
      mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true });
      symlinkSync('../../bin/verbatim', join(root, 'node_modules', '.bin', 'verbatim'));
      const linked = run(['--version'], root, join(root, 'node_modules', '.bin', 'verbatim'));
      expect(linked.stdout).toMatch(/^\d+\.\d+\.\d+/);
      const traced = run(['-x', join(root, 'node_modules', '.bin', 'verbatim'), '--version'], root, 'sh');
      expect(traced.stderr).toContain('--snapshot-blob');
    });

    const stale: [string, (root: string) => void][] = [
      [
        'the bundle is newer than the record',
        (root) => utimesSync(join(root, 'dist', 'verbatim.cjs'), new Date(), new Date(Date.now() + 5000)),
      ],
      ['the record names another folder', (root) => rewriteLine(root, 0, ROOT)],
      ['another Node made it', (root) => writeFileSync(RECORD(root), launcherRecord(root, join(root, 'package.json')))],
      ['the snapshot file is not the one recorded', (root) => rewriteLine(root, 1, '1 2 3 4')],
      ['the snapshot file is missing', (root) => rmSync(join(root, 'dist', 'verbatim.blob'))],
      ['its record is missing', (root) => rmSync(RECORD(root))],
    ];
    it.each(stale)('should run bin/verbatim.js when %s, silently', (_, change) => {
      const root = packageCopy(() => {});
      change(root);
      const report = launcherReport(root);
      expect(report).toMatchObject({ snapshot: false, stderr: '' });
      expect(report.output).toMatch(/^\d+\.\d+\.\d+/);
    });

    it('should run bin/verbatim.js when NODE_OPTIONS is set (V8 flags there would not fit the snapshot)', () => {
      const report = launcherReport(
        packageCopy(() => {}),
        { ...ENV, NODE_OPTIONS: '--max-old-space-size=4000' },
      );
      expect(report).toMatchObject({ snapshot: false, stderr: '' });
      expect(report.output).toMatch(/^\d+\.\d+\.\d+/);
    });

    it('should give a bad input one line and a non-zero exit status', () => {
      const result = spawnSync(join(ROOT, 'bin', 'verbatim'), ['build', join(tmpdir(), 'verbatim-no-such-file.txt')], {
        encoding: 'utf8',
        env: ENV,
      });
      expect(result.status).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  });
});
