// Read-along e-books (`verbatim build FILE --audio REC.mp3`): EPUB 3 Media Overlays checked on
// the fixture recording that tests/fixtures/read-along/make.sh speaks with espeak-ng. EPUBCheck
// passes with 0 errors and 0 warnings; every SMIL text reference names an element of its XHTML;
// clips ascend and stay within the recording; the media:duration values add up; a build without
// --audio is the same book without the overlays; bad recordings and untimed transcripts give a
// one-line error and a non-zero exit.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.js';
import type { Block, Inline } from '../../../src/model/nodes.js';
import { epubRenderer } from '../../../src/render/epub/index.js';
import { mp4Duration, readRecording } from '../../../src/render/epub/recording.js';
import { cloneTheme, defaultTheme } from '../../../src/theme/default.js';
import { normaliseFixture } from '../../helpers/fixtures.js';
import { HAVE, missing, run } from '../../helpers/tools.js';
import { entryText, unzip, xmlProblems } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const AUDIO = join(FIXTURES, 'read-along', 'recording.mp3');
const dir = mkdtempSync(join(tmpdir(), 'verbatim-read-along-'));

/** Run the CLI in this process; exit code and what it wrote to standard error. */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const err = new Writable({
    write(chunk, _encoding, done) {
      stderr += String(chunk);
      done();
    },
  });
  const out = new Writable({ write: (_chunk, _encoding, done) => done() });
  const code = await main(args, out, err);
  return { code, stderr };
}

async function build(input: string, name: string, audio = true): Promise<Uint8Array> {
  const target = join(dir, `${name}.epub`);
  const result = await cli(['build', join(FIXTURES, input), '-o', target, '-q', ...(audio ? ['--audio', AUDIO] : [])]);
  expect(result).toEqual({ code: 0, stderr: '' });
  return new Uint8Array(readFileSync(target));
}

/** Seconds of a SMIL clock value "H:MM:SS.mmm". */
function clockSeconds(value: string): number {
  const match = /^(\d+):(\d\d):(\d\d\.\d{3})$/.exec(value);
  expect(match, value).not.toBeNull();
  return Number(match![1]) * 3600 + Number(match![2]) * 60 + Number(match![3]);
}

/**
 * Check every overlay of a read-along book: SMIL well-formed, text references naming elements
 * of their XHTML, clips ascending and within the recording, each media:duration the sum of its
 * clips and the book's the sum of the overlays'. Returns the number of clips.
 */
function checkOverlays(files: Map<string, Uint8Array>, duration = readRecording(AUDIO).duration!): number {
  const opf = entryText(files, 'OEBPS/content.opf');
  expect(opf).toContain('<item id="recording" href="audio/recording.mp3" media-type="audio/mpeg"/>');
  expect(files.get('OEBPS/audio/recording.mp3')).toEqual(new Uint8Array(readFileSync(AUDIO)));
  const overlays = [...opf.matchAll(/<item id="([^"]+)" href="([^"]+)" [^>]*media-overlay="([^"]+)"/g)];
  expect(overlays.length).toBeGreaterThan(0);
  let total = 0;
  let clips = 0;
  let previousEnd = 0;
  for (const [, , page, overlayId] of overlays) {
    const smilHref = new RegExp(`<item id="${overlayId}" href="([^"]+)" media-type="application/smil\\+xml"/>`).exec(
      opf,
    )![1]!;
    const smil = entryText(files, `OEBPS/${smilHref}`);
    expect(xmlProblems(smil)).toEqual([]);
    const xhtml = entryText(files, `OEBPS/${page}`);
    let sum = 0;
    for (const par of smil.matchAll(
      /<text src="([^"#]+)#([^"]+)"\/><audio src="([^"]+)" clipBegin="([\d.]+)s" clipEnd="([\d.]+)s"\/>/g,
    )) {
      const [, file, id, audio, begin, end] = par;
      expect(file).toBe(page);
      expect(audio).toBe('audio/recording.mp3');
      expect(xhtml).toContain(` id="${id}"`);
      expect(Number(begin)).toBeGreaterThanOrEqual(previousEnd);
      expect(Number(end)).toBeGreaterThan(Number(begin));
      expect(Number(end)).toBeLessThanOrEqual(duration);
      previousEnd = Number(end);
      sum += Number(end) - Number(begin);
      clips++;
    }
    const stated = new RegExp(`<meta property="media:duration" refines="#${overlayId}">([^<]+)</meta>`).exec(opf);
    expect(clockSeconds(stated![1]!)).toBeCloseTo(sum, 3);
    total += clockSeconds(stated![1]!);
  }
  const whole = /<meta property="media:duration">([^<]+)<\/meta>/.exec(opf);
  expect(clockSeconds(whole![1]!)).toBeCloseTo(total, 3);
  expect(opf).toContain('<meta property="media:active-class">-epub-media-overlay-active</meta>');
  expect(entryText(files, 'OEBPS/style.css')).toMatch(/\.-epub-media-overlay-active \{\n {2}background-color: rgba\(/);
  return clips;
}

const SOURCES = [
  { input: 'read-along/recording.json', name: 'words', pars: 6 },
  { input: 'read-along/recording.vtt', name: 'cues', pars: null },
];

describe.each(SOURCES)('read-along EPUB from $input', ({ input, name, pars }) => {
  it('has an overlay per timed transcript file whose references resolve, in order, within the recording', async () => {
    const files = unzip(await build(input, name));
    const clips = checkOverlays(files);
    // With word times each sentence is a clip; with cue times only, each paragraph is.
    if (pars !== null) expect(clips).toBe(pars);
    else expect(clips).toBe([...entryText(files, 'OEBPS/transcript-001.xhtml').matchAll(/<p id="para-/g)].length);
  });

  it('passes EPUBCheck with 0 errors and 0 warnings', async (context) => {
    if (!HAVE.epubcheck) context.skip(missing('epubcheck'));
    const target = join(dir, `${name}-check.epub`);
    writeFileSync(target, await build(input, `${name}-check`));
    const result = run('java', ['-jar', '/usr/share/java/epubcheck.jar', target], { allowFailure: true });
    expect(result.stdout + result.stderr).toContain('0 fatals / 0 errors / 0 warnings');
  }, 60_000);

  it('is deterministic, and without --audio is the same book without the overlays', async () => {
    const first = await build(input, `${name}-a`);
    expect(await build(input, `${name}-b`)).toEqual(first);
    const plain = unzip(await build(input, `${name}-plain`, false));
    const along = unzip(first);
    expect([...plain.keys()].some((n) => /\.smil$|audio\//.test(n))).toBe(false);
    expect(entryText(plain, 'OEBPS/content.opf')).not.toMatch(/media:|media-overlay|smil/);
    for (const [entry, bytes] of plain) {
      if (entry === 'OEBPS/content.opf' || entry === 'OEBPS/style.css') continue;
      const expected = entry.endsWith('.xhtml')
        ? entryText(along, entry).replace(
            /<span id="para-\d+-s\d+">((?:(?!<\/span>).|<span[^>]*>.*?<\/span>)*?)<\/span>/g,
            '$1',
          )
        : along.get(entry);
      expect(entry.endsWith('.xhtml') ? entryText(plain, entry) : bytes, entry).toEqual(expected);
    }
  });
});

describe('build --audio refuses what cannot read along', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    [
      'a transcript without timings',
      () => ['build', join(FIXTURES, 'podcast-episode.md'), '--audio', AUDIO, '-o', join(dir, 'x.epub')],
      /no timings to read along with/,
    ],
    [
      'a transcript without timings, built into a folder',
      () => [
        'build',
        join(FIXTURES, 'podcast-episode.md'),
        '--audio',
        AUDIO,
        '--to',
        'epub',
        '--out',
        join(dir, 'untimed'),
      ],
      /no timings to read along with/,
    ],
    [
      'a missing recording',
      () => [
        'build',
        join(FIXTURES, 'read-along/recording.vtt'),
        '--audio',
        join(dir, 'none.mp3'),
        '-o',
        join(dir, 'x.epub'),
      ],
      /--audio .*none\.mp3: no such file/,
    ],
    [
      'a file that is not MP3 or MP4',
      () => [
        'build',
        join(FIXTURES, 'read-along/recording.vtt'),
        '--audio',
        join(FIXTURES, 'read-along/recording.vtt'),
        '-o',
        join(dir, 'x.epub'),
      ],
      /not an MP3 or MP4\/AAC recording/,
    ],
    [
      'raw AAC (ADTS)',
      () => {
        const adts = join(dir, 'raw.aac');
        writeFileSync(adts, new Uint8Array([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc, 0, 0, 0]));
        return ['build', join(FIXTURES, 'read-along/recording.vtt'), '--audio', adts, '-o', join(dir, 'x.epub')];
      },
      /raw AAC \(ADTS\) is not an EPUB audio type/,
    ],
    [
      'a folder of transcripts',
      () => ['build', join(FIXTURES, 'read-along'), '--audio', AUDIO, '--out', join(dir, 'folder')],
      /give one input file, not a folder/,
    ],
    [
      'formats without the EPUB',
      () => ['build', join(FIXTURES, 'read-along/recording.vtt'), '--audio', AUDIO, '-o', join(dir, 'x.pdf')],
      /add epub to the formats/,
    ],
  ];
  it.each(cases)('%s: one line, non-zero exit', async (_name, args, message) => {
    const result = await cli(args());
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('a read-along book in several transcript files', () => {
  it('has one overlay per file, adding up to the whole, and passes EPUBCheck', async (context) => {
    const theme = cloneTheme(defaultTheme);
    theme.epub.maxChapterBytes = 2_000;
    // The fixture four times over, each copy heard 20 s after the one before (a recording of 80 s).
    const base = normaliseFixture(join(FIXTURES, 'read-along/recording.json'));
    const shift = (nodes: Inline[], by: number): Inline[] =>
      nodes.map((node) =>
        node.type !== 'timing'
          ? node
          : {
              ...node,
              start: node.start + by,
              end: node.end + by,
              ...(node.words
                ? { words: node.words.replace(/[\d.]+/g, (t) => String(Math.round((Number(t) + by) * 1000) / 1000)) }
                : {}),
            },
      );
    let turns = 0;
    // Each copy under a heading, as the table of contents of a split flat transcript lists its
    // files after the "Transcript" anchor they precede (EPUBCheck NAV-011; reported, not ours here).
    const body: Block[] = [0, 20, 40, 60].flatMap((by, copy) => [
      { type: 'heading', id: `h${copy + 1}`, depth: 1, children: [{ type: 'text', value: `Part ${copy + 1}` }] },
      ...base.body.map((block) =>
        block.type === 'turn'
          ? { ...block, id: `t${++turns}`, paragraphs: block.paragraphs.map((p) => shift(p, by)) }
          : block,
      ),
    ]);
    const recording = { ...readRecording(AUDIO), duration: 80 };
    const bytes = await epubRenderer.render({ ...base, body }, { theme, diagnostics: [], audio: recording });
    const files = unzip(bytes);
    expect([...files.keys()].filter((n) => n.endsWith('.smil')).length).toBeGreaterThan(1);
    expect(checkOverlays(files, 80)).toBe(24);
    if (!HAVE.epubcheck) context.skip(missing('epubcheck'));
    const target = join(dir, 'split.epub');
    writeFileSync(target, bytes);
    const result = run('java', ['-jar', '/usr/share/java/epubcheck.jar', target], { allowFailure: true });
    expect(result.stdout + result.stderr).toContain('0 fatals / 0 errors / 0 warnings');
  }, 60_000);
});

describe('clips that cannot be played as the source times them', () => {
  it('start where an overlapping clip before them ends, and stop at the end of the recording', async () => {
    const base = normaliseFixture(join(FIXTURES, 'read-along/recording.vtt'));
    const turns = base.body.filter((b) => b.type === 'turn');
    const retime = (turn: number, change: Partial<{ start: number; end: number }>) => {
      const paragraph = turns[turn]!.paragraphs[0]!;
      paragraph[0] = { ...(paragraph[0] as Extract<Inline, { type: 'timing' }>), ...change };
    };
    expect(turns).toHaveLength(3);
    retime(0, { end: 7 }); // over the next paragraph's start (6.02 s)
    retime(2, { end: 30 }); // past the end of the recording (16.704 s)
    const bytes = await epubRenderer.render(base, {
      theme: defaultTheme,
      diagnostics: [],
      audio: readRecording(AUDIO),
    });
    const smil = entryText(unzip(bytes), 'OEBPS/transcript-001.smil');
    const times = [...smil.matchAll(/clipBegin="([\d.]+)s" clipEnd="([\d.]+)s"/g)].map((m) => [m[1], m[2]]);
    expect(times).toEqual([
      ['0.000', '7.000'],
      ['7.000', '12.949'],
      ['13.249', '16.704'],
    ]);
  });
});

describe('build --audio into a folder', () => {
  it('writes NAME.epub there, the read-along book, with no manifest', async () => {
    const out = join(dir, 'folder-build');
    const result = await cli([
      'build',
      join(FIXTURES, 'read-along/recording.json'),
      '--audio',
      AUDIO,
      '--to',
      'epub',
      '--out',
      out,
      '-q',
    ]);
    expect(result).toEqual({ code: 0, stderr: '' });
    const files = unzip(new Uint8Array(readFileSync(join(out, 'recording.epub'))));
    expect(files.has('OEBPS/transcript-001.smil')).toBe(true);
    expect(existsSync(join(out, '.verbatim'))).toBe(false);
  });
});

describe('recording durations', () => {
  it('reads the MP3 fixture as long as ffprobe does (16.704 s, its Xing frame count)', () => {
    expect(readRecording(AUDIO).duration).toBeCloseTo(16.704, 3);
  });

  it("reads an MP4's length from its mvhd box (version 0 and 1)", () => {
    const box = (type: string, body: number[]) => {
      const size = 8 + body.length;
      return [size >>> 24, (size >>> 16) & 255, (size >>> 8) & 255, size & 255, ...Buffer.from(type), ...body];
    };
    const u32 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
    const ftyp = box('ftyp', [...Buffer.from('M4A '), 0, 0, 0, 0]);
    const v0 = box('mvhd', [
      0,
      0,
      0,
      0,
      ...u32(0),
      ...u32(0),
      ...u32(44100),
      ...u32(44100 * 90 + 22050),
      ...new Array<number>(80).fill(0),
    ]);
    const v1 = box('mvhd', [
      1,
      0,
      0,
      0,
      ...u32(0),
      ...u32(0),
      ...u32(0),
      ...u32(0),
      ...u32(1000),
      ...u32(0),
      ...u32(61_250),
      ...new Array<number>(80).fill(0),
    ]);
    expect(mp4Duration(new Uint8Array([...ftyp, ...box('moov', v0)]))).toBeCloseTo(90.5, 6);
    expect(mp4Duration(new Uint8Array([...ftyp, ...box('moov', v1)]))).toBeCloseTo(61.25, 6);
  });
});
