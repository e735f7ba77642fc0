// Incremental builds: `verbatim build` keeps a manifest per input in OUT/.verbatim/ and a re-run
// renders only what changed — the input's bytes (not its time stamp), its sidecar, the theme, a
// template, Verbatim's version, an output deleted or edited on disk — and says what it skipped;
// `--force` renders everything. An input that is gone is reported with its files, which are kept.
// Which files were written again is told by their inode: an atomic write renames a new file in.
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE, PRESS_CONFERENCE } from '../helpers/fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'verbatim.js');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'build', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1000000000' },
  });
  return { code: result.status, stderr: result.stderr };
}

/** A folder of four inputs (one in a sub-folder) and an output folder beside it. */
function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-incremental-'));
  const inputs = join(root, 'inputs');
  mkdirSync(join(inputs, 'sub'), { recursive: true });
  copyFileSync(PRESS_CONFERENCE, join(inputs, 'press.txt'));
  copyFileSync(FIXTURE.podcastMarkdown, join(inputs, 'podcast.md'));
  copyFileSync(FIXTURE.podcastSrt, join(inputs, 'sub', 'captions.srt'));
  copyFileSync(FIXTURE.captionRows, join(inputs, 'rows.txt'));
  const out = join(root, 'out');
  const build = (...extra: string[]) => run([inputs, '--to', 'md,docx', '--out', out, '--jobs', '1', ...extra]);
  return { root, inputs, out, build };
}

const OUTPUTS = ['press', 'podcast', 'sub/captions', 'rows'].flatMap((n) => [`${n}.md`, `${n}.docx`]);

/** The inode of each output: it changes exactly when the file is written again. */
function inodes(out: string): Record<string, number> {
  return Object.fromEntries(OUTPUTS.map((file) => [file, statSync(join(out, file)).ino]));
}

/** The outputs written again since `before`. */
function rewritten(out: string, before: Record<string, number>): string[] {
  const now = inodes(out);
  return OUTPUTS.filter((file) => now[file] !== before[file]).sort();
}

describe('incremental build', () => {
  it('should render nothing when nothing changed, and say so', () => {
    const { out, build } = setUp();
    const first = build();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('4 of 4 inputs rendered, 8 files written');
    expect(readdirSync(join(out, '.verbatim', 'inputs')).sort()).toEqual([
      'podcast.json',
      'press.json',
      'rows.json',
      'sub',
    ]);
    const entry = JSON.parse(readFileSync(join(out, '.verbatim', 'inputs', 'sub', 'captions.json'), 'utf8')) as {
      outputs: { file: string }[];
    };
    expect(entry).toMatchObject({ manifest: 1, input: 'sub/captions.srt', sidecarSha256: null });
    expect(entry.outputs.map((o) => o.file)).toEqual(['sub/captions.md', 'sub/captions.docx']);

    const before = inodes(out);
    const again = build();
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('4 inputs unchanged, skipped; nothing written (--force renders them again)\n');
    expect(rewritten(out, before)).toEqual([]);
  });

  it('should render again only the input whose bytes changed (a new time stamp alone is no change)', () => {
    const { inputs, out, build } = setUp();
    build();
    const before = inodes(out);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(inputs, 'rows.txt'), later, later);
    expect(build().stderr).toContain('4 inputs unchanged, skipped');
    appendFileSync(join(inputs, 'rows.txt'), 'And one more thing to add before we close.\n');
    const result = build();
    expect(result.stderr).toMatch(/^1 of 1 input rendered, 2 files written; 3 unchanged, skipped$/m);
    expect(rewritten(out, before)).toEqual(['rows.docx', 'rows.md']);
  });

  it('should render an input again when its sidecar appears or changes', () => {
    const { inputs, out, build } = setUp();
    build();
    const before = inodes(out);
    writeFileSync(join(inputs, 'press.verbatim.yaml'), 'meta:\n  title: Corrected title\n');
    expect(build().stderr).toContain('1 of 1 input rendered');
    expect(rewritten(out, before)).toEqual(['press.docx', 'press.md']);
    expect(readFileSync(join(out, 'press.md'), 'utf8')).toContain('Corrected title');
  });

  it('should render everything again for another theme, a changed template, another version, or --force', () => {
    const { root, out, build } = setUp();
    build();
    let before = inodes(out);
    expect(build('--theme', 'monochrome').stderr).toContain('4 of 4 inputs rendered, 8 files written');
    expect(rewritten(out, before)).toEqual([...OUTPUTS].sort());

    const templates = join(root, 'templates');
    cpSync(join(ROOT, 'templates'), templates, { recursive: true });
    expect(build('--theme', 'monochrome', '--templates', templates).stderr).toContain('4 of 4 inputs rendered');
    expect(build('--theme', 'monochrome', '--templates', templates).stderr).toContain('4 inputs unchanged');
    appendFileSync(join(templates, 'colophon.hbs'), '\n');
    before = inodes(out);
    expect(build('--theme', 'monochrome', '--templates', templates).stderr).toContain('4 of 4 inputs rendered');
    expect(rewritten(out, before)).toEqual([...OUTPUTS].sort());

    // An entry written by another version of Verbatim.
    const entryFile = join(out, '.verbatim', 'inputs', 'podcast.json');
    writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace(/"verbatim": "[^"]*"/, '"verbatim": "0.0.1"'));
    before = inodes(out);
    expect(build('--theme', 'monochrome', '--templates', templates).stderr).toContain('1 of 1 input rendered');
    expect(rewritten(out, before)).toEqual(['podcast.docx', 'podcast.md']);

    before = inodes(out);
    const forced = build('--theme', 'monochrome', '--templates', templates, '--force');
    expect(forced.stderr).toContain('4 of 4 inputs rendered, 8 files written');
    expect(forced.stderr).not.toContain('unchanged');
    expect(rewritten(out, before)).toEqual([...OUTPUTS].sort());
  }, 90_000);

  it('should render again an output deleted or edited on disk, and a format not built before', () => {
    const { out, build } = setUp();
    build();
    const before = inodes(out);
    rmSync(join(out, 'sub', 'captions.md'));
    appendFileSync(join(out, 'podcast.docx'), 'x');
    expect(build().stderr).toMatch(/^2 of 2 inputs rendered, 4 files written; 2 unchanged, skipped$/m);
    expect(rewritten(out, before)).toEqual(['podcast.docx', 'podcast.md', 'sub/captions.docx', 'sub/captions.md']);
    expect(build('--to', 'md').stderr).toContain('4 inputs unchanged');
    expect(build('--to', 'epub').stderr).toContain('4 of 4 inputs rendered, 4 files written');
    // The manifest still knows the Markdown and Word files.
    expect(build('--to', 'md,docx,epub').stderr).toContain('4 inputs unchanged');
  }, 60_000);

  it('should report the files of an input that is gone, keep them, and forget it once they are deleted', () => {
    const { inputs, out, build } = setUp();
    build();
    rmSync(join(inputs, 'rows.txt'));
    const result = build();
    expect(result.stderr).toMatch(
      /^kept the files of 1 earlier input no longer among the inputs \(rows\.txt\): .*rows\.md, .*rows\.docx; delete them if they are not wanted$/m,
    );
    expect(result.stderr).toContain('3 inputs unchanged, skipped');
    expect(existsSync(join(out, 'rows.md'))).toBe(true);
    rmSync(join(out, 'rows.md'));
    rmSync(join(out, 'rows.docx'));
    expect(build().stderr).not.toContain('kept the files');
    expect(existsSync(join(out, '.verbatim', 'inputs', 'rows.json'))).toBe(false);
  });

  it('should never read its own outputs as inputs when the output folder is inside the input folder', () => {
    const { inputs } = setUp();
    const inside = join(inputs, 'out');
    const first = run([inputs, '--to', 'md', '--out', inside, '--jobs', '1']);
    expect(first.stderr).toContain('4 of 4 inputs rendered');
    expect(run([inputs, '--to', 'md', '--out', inside, '--jobs', '1']).stderr).toBe(
      '4 inputs unchanged, skipped; nothing written (--force renders them again)\n',
    );
  });

  it('should write no manifest for one file written with -o', () => {
    const { root } = setUp();
    const target = join(root, 'single', 'talk.md');
    mkdirSync(join(root, 'single'));
    expect(run([PRESS_CONFERENCE, '-o', target]).code).toBe(0);
    expect(readdirSync(join(root, 'single'))).toEqual(['talk.md']);
  });
});
