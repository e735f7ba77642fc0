// The project's own test inputs: the README's example press conference (examples/) and the
// transcripts in tests/fixtures/ (listed, with the shapes each shows, in tests/fixtures/README.md),
// written for this project in the messy shapes real transcripts have. Core tests read these; only
// tests/corpus/ reads ../shared/corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Block, Note, Transcript } from '../../src/model/nodes.js';
import { normaliseBytes } from '../../src/normalise/index.js';

/** Absolute path of tests/fixtures/. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The README's example: a press-office page in the shape of the project's seed. */
export const PRESS_CONFERENCE = fileURLToPath(new URL('../../examples/press-conference.txt', import.meta.url));

/** A long press conference in the same shape, with long paragraphs of long words (about 1,000 words). */
export const PRESS_CONFERENCE_LONG = `${FIXTURES_DIR}press-conference-long.txt`;

/** Each fixture transcript by what it is (file names in tests/fixtures/). */
export const FIXTURE = {
  /** Latin-1, hard-wrapped, mixed CRLF/LF parliamentary sitting with labels on their own line. */
  parliamentLatin1: `${FIXTURES_DIR}parliament-sitting-latin1.txt`,
  /** German sitting: table of contents with tabs, inline labels, bracketed interjections. */
  landtagGerman: `${FIXTURES_DIR}landtag-sitting-de.txt`,
  /** Markdown podcast: `**Name:**` labels, escaped timestamps and `\[laughs\]`, a `**Break:**`. */
  podcastMarkdown: `${FIXTURES_DIR}podcast-episode.md`,
  /** WebVTT (BOM, CRLF): `<v Name>` on a turn's first cue only, one speaker as plain `Name:`. */
  podcastWebVtt: `${FIXTURES_DIR}podcast-voice-tags.vtt`,
  /** SRT: `Name:` at a turn's start inside two-line cues. */
  podcastSrt: `${FIXTURES_DIR}podcast-speaker-colon.srt`,
  /** Caption rows with no labels at all: a press conference told apart from what is said. */
  captionRows: `${FIXTURES_DIR}caption-rows-press-conference.txt`,
} as const;

/** Every transcript input the project ships for tests: the example, the long press conference and each fixture. */
export const ALL_FIXTURES: readonly string[] = [PRESS_CONFERENCE, PRESS_CONFERENCE_LONG, ...Object.values(FIXTURE)];

/** The file name of a path (what a user would pass as `fileName`). */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A fixture read and normalised as `verbatim build` would. */
export function normaliseFixture(path: string): Transcript {
  return normaliseBytes(readFileSync(path), { fileName: baseName(path) });
}

/** The example press conference, normalised. */
export function pressConference(): Transcript {
  return normaliseFixture(PRESS_CONFERENCE);
}

/**
 * A press conference as long as needed: tests/fixtures/press-conference-long.txt with its body
 * (everything between the participants line and the site footer) repeated `times` times, about
 * 1,000 words a copy. The minister is never labelled, so the first copy's first turn carries the
 * attribution footnote.
 */
export function longPressConference(times: number): string {
  const lines = readFileSync(PRESS_CONFERENCE_LONG, 'utf8').split('\n');
  const bodyStart = lines.findIndex((l) => l.startsWith('with ')) + 1;
  const footer = lines.findLastIndex((l) => l.startsWith('Go to Homepage'));
  const head = lines.slice(0, bodyStart).join('\n');
  const body = lines.slice(bodyStart, footer).join('\n');
  return `${head}\n${(body + '\n\n').repeat(times)}${lines.slice(footer).join('\n')}`;
}

/**
 * A long transcript with a footnote every two pages or so: the long press conference's model with
 * its body repeated `times` times (block ids renumbered), where each copy's first inferred turn
 * refers to a note of its own (`n1` … `n<times>`, numbered in order of first reference) — what a
 * transcript with many editorial notes gives the page layout to place.
 */
export function notedPressConference(times: number): Transcript {
  const base = normaliseFixture(PRESS_CONFERENCE_LONG);
  const baseNote = base.notes[0]!;
  const body: Block[] = [];
  const notes: Note[] = [];
  let counter = 0;
  for (let copy = 1; copy <= times; copy++) {
    for (const block of base.body) {
      counter++;
      if (block.type !== 'turn') {
        body.push({ ...block, id: `b${counter}` });
        continue;
      }
      const { noteId, ...attribution } = block.attribution;
      if (!noteId) {
        body.push({ ...block, id: `t${counter}`, attribution });
        continue;
      }
      const id = `n${copy}`;
      notes.push({ ...baseNote, id, number: copy });
      body.push({ ...block, id: `t${counter}`, attribution: { ...attribution, noteId: id } });
    }
  }
  return { ...base, body, notes };
}

/** The bundled example transcript (the same file as `PRESS_CONFERENCE`). */
export const EXAMPLE = PRESS_CONFERENCE;

/** Fixtures that exercise the fonts: small-caps labels with abbreviations, curly quotes, colons, missing glyphs. */
export function fontFixtures(): string[] {
  const dir = `${FIXTURES_DIR}fonts/`;
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => dir + f);
}

/** The text of a fixture of tests/fixtures/attribution/ (the attribution tests' own transcripts). */
export function attributionFixture(name: string): string {
  return readFileSync(`${FIXTURES_DIR}attribution/${name}`, 'utf8');
}
