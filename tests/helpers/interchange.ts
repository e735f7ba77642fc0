// The TEI and Akoma Ntoso checks shared by the core and corpus tests: the published schemas
// (tests/fixtures/schemas/, origin in its README), one xmllint run over many files per schema,
// and the part of a transcript the interchange formats carry (what round-trips).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transcript } from '../../src/model/nodes.js';
import { normalise } from '../../src/normalise/index.js';
import { getRenderer } from '../../src/render/registry.js';
import { run } from './tools.js';

const SCHEMAS = fileURLToPath(new URL('../fixtures/schemas/', import.meta.url));

/** The schema each interchange format is checked against, and how xmllint takes it. */
export const SCHEMA = {
  tei: { flag: '--relaxng', path: `${SCHEMAS}tei_all.rng` },
  akn: { flag: '--schema', path: `${SCHEMAS}akomantoso30.xsd` },
} as const;

/** An interchange format id. */
export type InterchangeFormat = keyof typeof SCHEMA;

/** A transcript written as TEI or Akoma Ntoso. */
export async function writeInterchange(format: InterchangeFormat, transcript: Transcript): Promise<string> {
  const renderer = await getRenderer(format);
  return new TextDecoder().decode(await renderer.render(transcript));
}

/**
 * Validate documents (name → XML text) with one xmllint run; returns xmllint's complaints per
 * file name (empty when every file validates).
 */
export function validateAll(format: InterchangeFormat, documents: ReadonlyMap<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), `verbatim-${format}-`));
  const paths: string[] = [];
  for (const [name, text] of documents) {
    const path = join(dir, name.replace(/[^A-Za-z0-9._-]/g, '_'));
    writeFileSync(path, text);
    paths.push(path);
  }
  const { flag, path } = SCHEMA[format];
  const result = run('xmllint', ['--noout', flag, path, ...paths], { allowFailure: true });
  return result.stderr.split('\n').filter((line) => line.trim() !== '' && !line.endsWith(' validates'));
}

/**
 * What the interchange formats carry of a transcript: everything but the source file's own
 * facts (file name, format, encoding, line endings, hash, the tool that made it — those of the
 * XML file after reading),
 * where the language came from, places in the input, and the ledgers (removed, changes,
 * diagnostics) of the first normalisation.
 */
export function carried(transcript: Transcript): unknown {
  // A block's `place` (its line in the input), not `meta.place` (where the event was).
  const withoutPlaces = function (this: unknown, key: string, value: unknown): unknown {
    return key === 'place' && typeof this === 'object' && this !== null && 'type' in this ? undefined : value;
  };
  const copy = JSON.parse(JSON.stringify(transcript, withoutPlaces)) as {
    meta: Record<string, unknown> & { source: Record<string, unknown> };
  } & Record<string, unknown>;
  delete copy['removed'];
  delete copy['changes'];
  delete copy['diagnostics'];
  delete copy.meta['languageSource'];
  for (const key of ['fileName', 'format', 'encoding', 'lineEndings', 'sha256', 'tool']) delete copy.meta.source[key];
  return copy;
}

/** The transcript read back from its TEI or Akoma Ntoso. */
export async function roundTrip(format: InterchangeFormat, transcript: Transcript): Promise<Transcript> {
  return normalise(await writeInterchange(format, transcript), { fileName: `transcript.${format}.xml` });
}
