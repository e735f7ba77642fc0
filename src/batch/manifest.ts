/**
 * @module batch/manifest
 * The build manifest that makes a re-run of `verbatim build` render only what changed. It is one
 * small JSON file per input, `OUT/.verbatim/inputs/NAME.json` (NAME being the input's output
 * name, `sub/talk` for `sub/talk.txt`), written atomically after the input's files. It records
 * the input's SHA-256, its sidecar's, a digest of everything else that shapes the files (theme,
 * the templates folder's files, the theme's own font files, language, pause, corrections,
 * SOURCE_DATE_EPOCH), Verbatim's
 * version, and each output file with its SHA-256. An input is up to date when all of these are
 * unchanged and every output asked for is on disk with the recorded bytes.
 *
 * One file per input, not one per run, so that shards sharing an output folder never write the
 * same file (their inputs are disjoint), and so that an entry does not depend on which shard,
 * or how many, wrote it: the manifest of n shards is byte-identical to one run's.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { Theme } from '../theme/theme.js';
import { registerOutputFolder, writeFileAtomic } from '../write-atomic.js';

/** The manifest's folder inside the output folder (hidden, so a folder build never reads it as input). */
export const MANIFEST_FOLDER = '.verbatim';
/** Where the per-input entries are, inside `MANIFEST_FOLDER`. */
const ENTRIES_FOLDER = 'inputs';
/** The entry format; an entry of another format counts as absent. */
export const MANIFEST_FORMAT = 1;

/** One output file of an input, as recorded. */
export interface ManifestOutput {
  format: string;
  /** Path inside the output folder, `/`-separated. */
  file: string;
  sha256: string;
}

/** What the manifest knows of one input. */
export interface ManifestEntry {
  manifest: typeof MANIFEST_FORMAT;
  /** The input's path inside the folder given (its file name, for a file given by itself). */
  input: string;
  inputSha256: string;
  /** SHA-256 of the sidecar (`NAME.verbatim.yaml`), null when there is none. */
  sidecarSha256: string | null;
  /** Digest of the settings that shape the files (`settingsDigest`). */
  settings: string;
  verbatim: string;
  /** In the order the formats were asked for, then those kept from earlier runs. */
  outputs: ManifestOutput[];
}

/** SHA-256 of bytes, in hex. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 of a file, or null when it cannot be read. */
export function fileSha256(path: string): string | null {
  try {
    return sha256(readFileSync(path));
  } catch {
    return null;
  }
}

/** JSON with object keys sorted at every level, so equal settings always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** Digest of every file in a templates folder (names and bytes, recursively, sorted; dot-files ignored). */
export function folderDigest(folder: string): string {
  const hash = createHash('sha256');
  const walk = (path: string, prefix: string) => {
    const entries = readdirSync(path, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(path, entry.name), `${name}/`);
      else {
        const bytes = readFileSync(join(path, entry.name));
        hash.update(`${name}\0${bytes.length}\0`).update(bytes);
      }
    }
  };
  walk(folder, '');
  return hash.digest('hex');
}

/** What shapes an input's files besides the input, its sidecar and Verbatim's version. */
export interface RenderSettings {
  theme: Theme;
  language?: string;
  paragraphPause?: number;
  overrides?: unknown;
  sourceDateEpoch?: number;
}

/**
 * The theme's fonts with each absolute path (a theme file's own font) replaced by the SHA-256 of
 * the file: a font edited in place is a change, a theme folder mounted elsewhere is none. Paths
 * inside Verbatim's `fonts/` stay as they are: those files change only with its version.
 */
function fontsByContent(value: unknown): unknown {
  if (typeof value === 'string') return isAbsolute(value) ? { file: fileSha256(value) } : value;
  if (Array.isArray(value)) return value.map(fontsByContent);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, fontsByContent(v)]));
  return value;
}

/**
 * One digest of the settings: the theme as resolved (with the templates folder's files in place of
 * its path, and its own font files' bytes in place of theirs, so that moving a folder changes
 * nothing and editing a template or a font changes everything), the language, the caption pause,
 * the command line's corrections and SOURCE_DATE_EPOCH. The formats are not in it: each output is
 * recorded by format.
 */
export function settingsDigest(settings: RenderSettings): string {
  const { templates, fonts, ...theme } = settings.theme;
  return sha256(
    canonicalJson({
      theme,
      fonts: fontsByContent(fonts),
      templates: templates === null ? null : folderDigest(templates),
      language: settings.language ?? null,
      paragraphPause: settings.paragraphPause ?? null,
      overrides: settings.overrides ?? null,
      sourceDateEpoch: settings.sourceDateEpoch ?? null,
    }),
  );
}

/** The file of an input's entry. */
export function entryPath(outDir: string, name: string): string {
  return join(outDir, MANIFEST_FOLDER, ENTRIES_FOLDER, ...`${name}.json`.split('/'));
}

/** An output's path inside the output folder, `/`-separated, as recorded. */
export function recordedPath(outDir: string, target: string): string {
  return relative(outDir, target).split(sep).join('/');
}

function isEntry(value: unknown): value is ManifestEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    e['manifest'] === MANIFEST_FORMAT &&
    typeof e['input'] === 'string' &&
    typeof e['inputSha256'] === 'string' &&
    (e['sidecarSha256'] === null || typeof e['sidecarSha256'] === 'string') &&
    typeof e['settings'] === 'string' &&
    typeof e['verbatim'] === 'string' &&
    Array.isArray(e['outputs']) &&
    e['outputs'].every(
      (o: unknown) =>
        typeof o === 'object' &&
        o !== null &&
        typeof (o as ManifestOutput).format === 'string' &&
        typeof (o as ManifestOutput).file === 'string' &&
        typeof (o as ManifestOutput).sha256 === 'string',
    )
  );
}

/** An input's entry, or null when there is none or it cannot be read (then the input is rendered). */
export function readEntry(outDir: string, name: string): ManifestEntry | null {
  try {
    const value: unknown = JSON.parse(readFileSync(entryPath(outDir, name), 'utf8'));
    return isEntry(value) ? value : null;
  } catch {
    return null;
  }
}

/** Write an input's entry atomically (the folder is created and registered for clean-up on Ctrl-C). */
export function writeEntry(outDir: string, name: string, entry: ManifestEntry): void {
  const path = entryPath(outDir, name);
  mkdirSync(dirname(path), { recursive: true });
  registerOutputFolder(dirname(path));
  writeFileAtomic(path, new TextEncoder().encode(`${JSON.stringify(entry, null, 2)}\n`));
}

/** Remove an input's entry. */
export function removeEntry(outDir: string, name: string): void {
  rmSync(entryPath(outDir, name), { force: true });
}

/** The names of every entry in the manifest (temporary files and other dot-files skipped). */
export function entryNames(outDir: string): string[] {
  const names: string[] = [];
  const walk = (folder: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.json')) names.push(`${prefix}${entry.name.slice(0, -'.json'.length)}`);
    }
  };
  walk(join(outDir, MANIFEST_FOLDER, ENTRIES_FOLDER), '');
  return names.sort();
}

/** What the caller knows of an input now, to compare with its entry. */
export interface InputState {
  key: string;
  sidecarSha256: string | null;
  settings: string;
  version: string;
  /** The outputs asked for: format and path inside the output folder. */
  wanted: { format: string; file: string }[];
  /** SHA-256 of the input now (computed only when everything else matched). */
  inputSha256: () => string | null;
  /** SHA-256 of an output file now, null when it is missing. */
  outputSha256: (file: string) => string | null;
}

/** True when the entry shows the input's outputs up to date: same input, sidecar, settings, version, and every output asked for on disk as written. */
export function isUpToDate(entry: ManifestEntry | null, now: InputState): boolean {
  if (entry === null) return false;
  if (
    entry.input !== now.key ||
    entry.sidecarSha256 !== now.sidecarSha256 ||
    entry.settings !== now.settings ||
    entry.verbatim !== now.version
  )
    return false;
  for (const { format, file } of now.wanted) {
    const recorded = entry.outputs.find((o) => o.format === format);
    if (recorded === undefined || recorded.file !== file) return false;
  }
  if (entry.inputSha256 !== now.inputSha256()) return false;
  return now.wanted.every(({ format }) => {
    const recorded = entry.outputs.find((o) => o.format === format)!;
    return now.outputSha256(recorded.file) === recorded.sha256;
  });
}

/**
 * The entry after rendering `rendered`: those outputs, then the earlier entry's outputs of other
 * formats when the earlier entry is of the same input, sidecar, settings and version (a build
 * `--to pdf` after one `--to md` keeps the Markdown recorded).
 */
export function nextEntry(
  previous: ManifestEntry | null,
  entry: Omit<ManifestEntry, 'manifest' | 'outputs'>,
  rendered: ManifestOutput[],
): ManifestEntry {
  const same =
    previous !== null &&
    previous.input === entry.input &&
    previous.inputSha256 === entry.inputSha256 &&
    previous.sidecarSha256 === entry.sidecarSha256 &&
    previous.settings === entry.settings &&
    previous.verbatim === entry.verbatim;
  const kept = same ? previous.outputs.filter((o) => !rendered.some((r) => r.format === o.format)) : [];
  return {
    manifest: MANIFEST_FORMAT,
    input: entry.input,
    inputSha256: entry.inputSha256,
    sidecarSha256: entry.sidecarSha256,
    settings: entry.settings,
    verbatim: entry.verbatim,
    outputs: [...rendered, ...kept],
  };
}
