/**
 * @module model/schema
 * Runtime validator for model JSON, written with zod so that a rejected file gets a precise
 * message ("body.3.paragraphs.0.1.reason: expected one of …"). Mirrors `nodes.ts`; the
 * `SchemaMatchesTypes` check at the bottom fails to compile if the two drift apart.
 */
import { z } from 'zod';
import type { Block, Inline, Transcript } from './nodes.js';
import { GAP_REASONS, INCIDENT_KINDS, MODEL_VERSION } from './nodes.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');

const place = z.strictObject({
  line: z.number().int().positive(),
  column: z.number().int().positive().exactOptional(),
  endLine: z.number().int().positive().exactOptional(),
});

const text = z.strictObject({ type: z.literal('text'), value: z.string() });
const gap = z.strictObject({
  type: z.literal('gap'),
  reason: z.enum(GAP_REASONS),
  asPrinted: z.string(),
});
const incident = z.strictObject({
  type: z.literal('incident'),
  kind: z.enum(INCIDENT_KINDS),
  asPrinted: z.string(),
  description: z.string(),
});
const noteRef = z.strictObject({ type: z.literal('noteRef'), id: z.string().min(1) });
const sic = z.strictObject({ type: z.literal('sic'), asPrinted: z.string() });
const interpretation = z.strictObject({ type: z.literal('interpretation'), asPrinted: z.string() });
const timeMark = z.strictObject({
  type: z.literal('timeMark'),
  seconds: z.number().nonnegative(),
  asPrinted: z.string(),
});

/** One schema per inline kind, typed over every kind: a new inline kind does not compile without its schema. */
const inlineKindSchemas: { [K in Inline['type']]: z.ZodType<Extract<Inline, { type: K }>> } = {
  text,
  emphasis: z.strictObject({ type: z.literal('emphasis'), children: z.array(z.lazy(() => inlineSchema)) }),
  gap,
  incident,
  noteRef,
  sic,
  interpretation,
  timeMark,
  foreign: z.strictObject({
    type: z.literal('foreign'),
    lang: z.string().min(1),
    children: z.array(z.lazy(() => inlineSchema)),
  }),
  timing: z.strictObject({
    type: z.literal('timing'),
    start: z.number().nonnegative(),
    end: z.number().nonnegative(),
    words: z
      .string()
      .regex(
        /^(?:\?|\d+(?:\.\d+)?-\d+(?:\.\d+)?)(?: (?:\?|\d+(?:\.\d+)?-\d+(?:\.\d+)?))*$/,
        'expected "START-END" or "?" per word',
      )
      .exactOptional(),
  }),
  uncertain: z.strictObject({
    type: z.literal('uncertain'),
    confidence: z.number().min(0).max(1),
    children: z.array(z.lazy(() => inlineSchema)),
  }),
};

export const inlineSchema: z.ZodType<Inline> = z.lazy(() =>
  z.discriminatedUnion(
    'type',
    Object.values(inlineKindSchemas) as unknown as [z.ZodType<Inline> & z.core.$ZodTypeDiscriminable],
  ),
);

const attribution = z.strictObject({
  method: z.enum(['explicit', 'inferred', 'editor', 'unknown']),
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.string()),
  noteId: z.string().exactOptional(),
});

const turn = z.strictObject({
  type: z.literal('turn'),
  id: z.string().min(1),
  speaker: z.string().nullable(),
  label: z.string().nullable(),
  function: z.enum(['question', 'answer', 'statement']).nullable(),
  attribution,
  paragraphs: z.array(z.array(inlineSchema)).min(1),
  place: place.exactOptional(),
});

export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    turn,
    z.strictObject({
      type: z.literal('heading'),
      id: z.string().min(1),
      depth: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      children: z.array(inlineSchema),
      place: place.exactOptional(),
    }),
    z.strictObject({
      type: z.literal('stageDirection'),
      id: z.string().min(1),
      children: z.array(inlineSchema),
      place: place.exactOptional(),
    }),
    z.strictObject({
      type: z.literal('section'),
      id: z.string().min(1),
      title: z.array(inlineSchema),
      body: z.array(blockSchema),
      place: place.exactOptional(),
    }),
  ]),
);

const source = z.strictObject({
  publisher: z.string().nullable(),
  series: z.string().nullable(),
  pageUpdated: isoDate.nullable(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  format: z.enum([
    'text',
    'markdown',
    'webvtt',
    'srt',
    'model',
    'whisper-json',
    'aws-transcribe-json',
    'assemblyai-json',
    'deepgram-json',
    'revai-json',
    'tei',
    'akoma-ntoso',
    'oyez-json',
    'docx',
    'html',
    'csv',
    'segments-json',
    'xml-text',
  ]),
  encoding: z.string(),
  lineEndings: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'),
  tool: z.string().exactOptional(),
});

const meta = z.strictObject({
  title: z.string().min(1),
  kind: z.string().nullable(),
  date: isoDate.nullable(),
  time: z.string().nullable(),
  place: z.string().nullable(),
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'expected a BCP 47 language tag'),
  languageSource: z.enum(['option', 'front-matter', 'detected', 'default']),
  subjects: z.array(z.string()),
  source,
});

const participant = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  shortName: z.string().min(1),
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
  kind: z.enum(['person', 'group', 'anonymous', 'unknown']),
  labels: z.array(z.string()),
});

const note = z.strictObject({
  id: z.string().min(1),
  number: z.number().int().positive(),
  kind: z.enum(['attribution', 'editorial', 'source']),
  children: z.array(inlineSchema),
});

const removed = z.strictObject({
  text: z.string(),
  reason: z.string().min(1),
  explanation: z.string(),
  place: place.exactOptional(),
  harvested: z.record(z.string(), z.string()).exactOptional(),
});

const change = z.strictObject({
  rule: z.string().min(1),
  before: z.string(),
  after: z.string(),
  count: z.number().int().positive().exactOptional(),
  place: place.exactOptional(),
});

const diagnostic = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  rule: z.string().min(1),
  message: z.string(),
  place: place.exactOptional(),
});

/** The schema of a whole transcript (structure only; `checkReferences` checks ids). */
export const transcriptSchema = z.strictObject({
  modelVersion: z.literal(MODEL_VERSION),
  meta,
  participants: z.array(participant),
  body: z.array(blockSchema),
  notes: z.array(note),
  removed: z.array(removed),
  changes: z.array(change),
  diagnostics: z.array(diagnostic),
});

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compile-time proof that the schema and the hand-written types describe the same JSON. */
export const SchemaMatchesTypes: Equal<z.infer<typeof transcriptSchema>, Transcript> = true;
