/**
 * @module render/pdf/shaping-table-build
 * Build step (`scripts/shaping-tables.mjs`, after `tsc`): a font's compact shaping table for
 * plain Latin text (see `compact-shaping.ts`), read from the font's own OpenType tables with
 * fontkit once, at build time, so that a command does not run fontkit's general shaping engine,
 * in cold code, for every new word.
 *
 * What the table models is what fontkit 2.0.4 does to such text with the features pdfkit leaves
 * on (its default shaper: rvrn, ltra, ltrm, ccmp, locl, rlig, mark, mkmk, calt, clig, liga, rclt,
 * curs, kern) and those asked for (small caps for labels): the cmap, the ligature lookups (GSUB
 * type 4), the single substitutions of the features asked for (GSUB type 1) and the pair kerning
 * (GPOS type 2), in fontkit's order. A character is "simple" — shaped from the table — only when
 * no other lookup can act on a text of simple characters: its glyph, and every glyph the
 * modelled substitutions can make of it, is in no coverage at which another lookup starts (a
 * contextual rule counts only when every glyph it needs can be present) and is not a mark. This
 * is found by taking characters away until nothing changes. No table is made (null) when a font
 * does not fit this model: a variable font, a `kern` table without GPOS kerning, different
 * modelled lookups for the `latn` and `DFLT` scripts (a text without a Latin letter is shaped
 * under `DFLT`), modelled lookups with flags other than "ignore marks", or kerning that moves
 * anything but the first glyph's advance. `tests/render/pdf/compact-shaping.test.ts` checks the
 * tables against fontkit, glyph for glyph, over every simple character, every pair of ASCII
 * characters and real text.
 */
import * as fontkit from 'fontkit';
import { fontDigest, type ShapingTable, type Substitution } from './compact-shaping.js';
import { FONTKIT_VERSION } from './fontkit-adapter.js';

/**
 * The features fontkit's default shaper turns on for every glyph of left-to-right text (fontkit
 * 2.0.4; frac, numr and dnom only around a fraction slash, which is not a simple character).
 */
const DEFAULT_FEATURES = [
  'rvrn',
  'ltra',
  'ltrm',
  'ccmp',
  'locl',
  'rlig',
  'mark',
  'mkmk',
  'calt',
  'clig',
  'liga',
  'rclt',
  'curs',
  'kern',
];

/** Candidate characters: Latin and the punctuation, symbols and spaces Latin text uses. */
function isCandidate(code: number): boolean {
  if (code === 0xad || code === 0x2044) return false; // soft hyphen (ignorable), fraction slash (frac)
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x24f) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x205e) ||
    (code >= 0x20a0 && code <= 0x20bf) ||
    code === 0x2122
  );
}

/* Decoded OpenType structures as fontkit (restructure) gives them; only what is read here. */
interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number; startCoverageIndex: number }[];
}
interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}
interface ValueRecord {
  xAdvance?: number;
  yAdvance?: number;
  xPlacement?: number;
  yPlacement?: number;
  xPlaDevice?: unknown;
  yPlaDevice?: unknown;
  xAdvDevice?: unknown;
  yAdvDevice?: unknown;
}
interface Indexed<T> {
  get(index: number): T;
  length: number;
}
interface Rule {
  backtrack?: number[];
  input: number[];
  lookahead?: number[];
}
interface PairValues {
  value1?: ValueRecord;
  value2?: ValueRecord;
}
/** A lookup subtable of any type and format: the fields this module reads. */
interface Subtable {
  version: number;
  lookupType?: number;
  extension?: Subtable;
  coverage?: Coverage;
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  coverages?: Coverage[];
  backtrackCoverage?: Coverage[];
  inputCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
  ruleSets?: Rule[][];
  chainRuleSets?: Rule[][];
  ligatureSets?: Indexed<{ glyph: number; components: number[] }[]>;
  deltaGlyphID?: number;
  substitute?: Indexed<number>;
  pairSets?: Indexed<({ secondGlyph: number } & PairValues)[]>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: Indexed<Indexed<PairValues>>;
}
interface Lookup {
  lookupType: number;
  flags: {
    rightToLeft: boolean;
    ignoreBaseGlyphs: boolean;
    ignoreLigatures: boolean;
    ignoreMarks: boolean;
    useMarkFilteringSet: boolean;
    markAttachmentType: number;
  };
  subTables: Subtable[];
}
interface LayoutTable {
  scriptList: { tag: string; script: { defaultLangSys?: { featureIndexes: number[] } } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: Indexed<Lookup>;
}

function coverageIndex(coverage: Coverage, glyph: number): number {
  if (coverage.version === 1) return coverage.glyphs!.indexOf(glyph);
  for (const range of coverage.rangeRecords ?? [])
    if (range.start <= glyph && glyph <= range.end) return range.startCoverageIndex + glyph - range.start;
  return -1;
}

function classOf(glyph: number, classDef: ClassDef): number {
  if (classDef.version === 1) {
    const i = glyph - classDef.startGlyph!;
    if (i >= 0 && i < classDef.classValueArray!.length) return classDef.classValueArray![i]!;
  } else {
    for (const range of classDef.classRangeRecord ?? [])
      if (range.start <= glyph && glyph <= range.end) return range.class;
  }
  return 0;
}

/** The lookup indexes (sorted, as fontkit applies them) of some features under a script. */
function scriptLookups(table: LayoutTable | undefined, scriptTag: string, tags: readonly string[]): number[] | null {
  if (!table) return [];
  const script = table.scriptList.find((s) => s.tag === scriptTag)?.script;
  const langSys = script?.defaultLangSys;
  if (!langSys) return null;
  const indexes = new Set<number>();
  for (const featureIndex of langSys.featureIndexes) {
    const record = table.featureList[featureIndex]!;
    if (tags.includes(record.tag)) for (const i of record.feature.lookupListIndexes) indexes.add(i);
  }
  return [...indexes].sort((a, b) => a - b);
}

/** A lookup's subtables with extensions (GSUB 7, GPOS 9) unwrapped, and the type they have. */
function unwrapped(lookup: Lookup, extensionType: number): { type: number; table: Subtable }[] {
  return lookup.subTables.map((table) =>
    lookup.lookupType === extensionType
      ? { type: table.lookupType!, table: table.extension! }
      : { type: lookup.lookupType, table },
  );
}

/** The coverage a subtable must find the current glyph in to do anything (by table and type). */
function firingCoverage(isGpos: boolean, type: number, table: Subtable): Coverage | null {
  if (isGpos && (type === 4 || type === 5)) return table.markCoverage!;
  if (isGpos && type === 6) return table.mark1Coverage!;
  const contextual = isGpos ? type === 7 || type === 8 : type === 5 || type === 6;
  if (contextual && table.version === 3) return (table.coverages ?? table.inputCoverage)![0]!;
  return table.coverage ?? null;
}

const onlyIgnoresMarks = (lookup: Lookup): boolean =>
  !lookup.flags.rightToLeft &&
  !lookup.flags.ignoreBaseGlyphs &&
  !lookup.flags.ignoreLigatures &&
  !lookup.flags.useMarkFilteringSet &&
  lookup.flags.markAttachmentType === 0;

/**
 * Kerning as the table keeps it (see `ShapingTable.kerning`): glyphs with the same adjustments
 * against every glyph share a first class, glyphs with the same adjustments after every glyph a
 * second class, so the matrix holds each adjustment once and the lookup is exact.
 */
function kerningClasses(
  glyphs: number[],
  adjustment: (first: number, second: number) => number,
): ShapingTable['kerning'] {
  const rows = glyphs.map((first) => glyphs.map((second) => adjustment(first, second)));
  const classesOf = (vectors: number[][]) => {
    const byKey = new Map<string, number>();
    const classes = vectors.map((vector) => {
      const key = vector.join();
      let index = byKey.get(key);
      if (index === undefined) byKey.set(key, (index = byKey.size));
      return index;
    });
    return { classes, count: byKey.size };
  };
  const first = classesOf(rows);
  const second = classesOf(glyphs.map((_, column) => rows.map((row) => row[column]!)));
  const matrix = Buffer.alloc(first.count * second.count * 2);
  rows.forEach((row, r) =>
    row.forEach((value, c) => matrix.writeInt16LE(value, (first.classes[r]! * second.count + second.classes[c]!) * 2)),
  );
  return {
    glyphs,
    firstClasses: first.classes,
    secondClasses: second.classes,
    secondClassCount: second.count,
    matrix: matrix.toString('base64'),
  };
}

/**
 * The compact shaping table of a font for text shaped with `features` on top of the defaults
 * (none, or the small caps of labels), or null when the font does not fit the model (see the
 * header).
 */
export function buildShapingTable(
  bytes: Buffer,
  features: readonly string[] = [],
): { table: ShapingTable | null; reason: string } {
  const font = fontkit.create(bytes) as fontkit.Font & Record<string, unknown>;
  const none = (reason: string) => ({ table: null, reason });
  if (
    (font as unknown as { variationAxes: Record<string, unknown> }).variationAxes &&
    Object.keys(font.variationAxes).length > 0
  )
    return none('variable font');
  const gsub = font.GSUB as LayoutTable | undefined;
  const gpos = font.GPOS as LayoutTable | undefined;
  if (!gpos) return none('no GPOS table');
  const kernFeature = gpos.featureList.some((f) => f.tag === 'kern');
  if (!kernFeature && font.kern) return none("kerning in a 'kern' table");
  // A text of simple characters is shaped under `latn` when it has a Latin letter, else under
  // `DFLT`: the lookups of both count, and the modelled ones must be the same under both.
  const lookupsOf = (table: LayoutTable | undefined, tags: readonly string[]) => {
    const latin = scriptLookups(table, 'latn', tags);
    const common = scriptLookups(table, 'DFLT', tags) ?? latin;
    return latin === null || common === null
      ? null
      : { latin, common, all: [...new Set([...latin, ...common])].sort((a, b) => a - b) };
  };
  const gsubSets = lookupsOf(gsub, [...DEFAULT_FEATURES, ...features]);
  const gposSets = lookupsOf(gpos, [...DEFAULT_FEATURES, ...features]);
  const asked = lookupsOf(gsub, features);
  if (gsubSets === null || gposSets === null || asked === null) return none('no latn script');
  const gsubLookups = gsubSets.all;
  const gposLookups = gposSets.all;
  // Modelled: ligatures, the single substitutions of the features asked for, pair kerning.
  const modelled = (isGpos: boolean, index: number): boolean => {
    const lookup = (isGpos ? gpos : gsub)!.lookupList.get(index);
    if (!onlyIgnoresMarks(lookup)) return false;
    const types = unwrapped(lookup, isGpos ? 9 : 7).map(({ type }) => type);
    if (isGpos) return types.every((type) => type === 2);
    return types.every((type) => type === 4) || (asked.all.includes(index) && types.every((type) => type === 1));
  };
  const modelledIn = (indexes: number[], isGpos: boolean) => indexes.filter((i) => modelled(isGpos, i)).join();
  if (
    modelledIn(gsubSets.latin, false) !== modelledIn(gsubSets.common, false) ||
    modelledIn(gposSets.latin, true) !== modelledIn(gposSets.common, true)
  )
    return none('the DFLT and latn scripts have different ligatures, substitutions or kerning');
  const gdef = font.GDEF as { glyphClassDef?: ClassDef } | undefined;
  const isMark = (glyph: number) => (gdef?.glyphClassDef ? classOf(glyph, gdef.glyphClassDef) === 3 : false);

  // The glyphs at which a lookup the table does not model can act, in a text whose glyphs are
  // all in `present`: a contextual rule acts only where every glyph it needs can be present.
  const covered = (coverage: Coverage, present: Set<number>) =>
    [...present].filter((g) => coverageIndex(coverage, g) !== -1);
  const anyPresent = (coverages: Coverage[], present: Set<number>) =>
    coverages.every((c) => covered(c, present).length > 0);
  const actsAt = (isGpos: boolean, type: number, table: Subtable, present: Set<number>): number[] => {
    const contextual = isGpos ? type === 7 || type === 8 : type === 5 || type === 6;
    if (contextual && table.version === 3) {
      const sequence: Coverage[] = table.coverages ?? [
        ...table.backtrackCoverage!,
        ...table.inputCoverage!,
        ...table.lookaheadCoverage!,
      ];
      const first = (table.coverages ?? table.inputCoverage)![0]!;
      return anyPresent(sequence, present) ? covered(first, present) : [];
    }
    if (contextual && table.version === 1) {
      const sets = (table.ruleSets ?? table.chainRuleSets)!;
      return covered(table.coverage!, present).filter((glyph) =>
        (sets[coverageIndex(table.coverage!, glyph)] ?? []).some((rule) =>
          [...(rule.backtrack ?? []), ...rule.input, ...(rule.lookahead ?? [])].every((g) => present.has(g)),
        ),
      );
    }
    const coverage = firingCoverage(isGpos, type, table);
    return coverage === null ? [...present] : covered(coverage, present);
  };
  const blockedGlyphs = (present: Set<number>): Set<number> => {
    const blocked = new Set<number>();
    for (const [table, indexes, isGpos] of [
      [gsub, gsubLookups, false],
      [gpos, gposLookups, true],
    ] as const) {
      for (const index of indexes) {
        if (modelled(isGpos, index)) continue;
        for (const { type, table: subtable } of unwrapped(table!.lookupList.get(index), isGpos ? 9 : 7))
          for (const glyph of actsAt(isGpos, type, subtable, present)) blocked.add(glyph);
      }
    }
    return blocked;
  };
  /**
   * The modelled substitutions, in fontkit's order, for texts of the `simple` glyphs; the glyphs
   * that may be present after them; and for each, the simple glyphs it may come from.
   */
  const substitutionsOf = (simple: Set<number>) => {
    const present = new Set(simple);
    const roots = new Map([...simple].map((g) => [g, new Set([g])]));
    const addRoots = (glyph: number, from: number[]) => {
      const set = roots.get(glyph) ?? new Set<number>();
      for (const g of from) for (const root of roots.get(g) ?? []) set.add(root);
      roots.set(glyph, set);
    };
    const lookups: Substitution[] = [];
    for (const index of gsubLookups) {
      if (!modelled(false, index)) continue;
      const subtables = unwrapped(gsub!.lookupList.get(index), 7);
      if (subtables.every(({ type }) => type === 1)) {
        const single: Record<number, number> = {};
        for (const glyph of [...present]) {
          for (const { table } of subtables) {
            const at = coverageIndex(table.coverage!, glyph);
            if (at === -1) continue;
            single[glyph] = table.version === 1 ? (glyph + table.deltaGlyphID!) & 0xffff : table.substitute!.get(at);
            break;
          }
        }
        for (const [from, to] of Object.entries(single)) {
          present.add(to);
          addRoots(to, [Number(from)]);
        }
        lookups.push({ single });
        continue;
      }
      const ligature: Record<number, [number[], number][]> = {};
      for (const { table } of subtables) {
        for (const first of [...present]) {
          const at = coverageIndex(table.coverage!, first);
          if (at === -1) continue;
          for (const candidate of table.ligatureSets!.get(at)) {
            const components = [...candidate.components];
            if (!components.every((g) => present.has(g))) continue;
            (ligature[first] ??= []).push([components, candidate.glyph]);
            present.add(candidate.glyph);
            addRoots(candidate.glyph, [first, ...components]);
          }
        }
      }
      lookups.push({ ligature });
    }
    return { lookups, present, roots };
  };

  // Start from every candidate character's glyph and take away, until nothing changes, the
  // glyphs another lookup can act at, or that a substitution can turn into such a glyph or a mark.
  const glyphOf = new Map<number, number>();
  for (const code of font.characterSet) if (isCandidate(code)) glyphOf.set(code, font.glyphForCodePoint(code).id);
  const simple = new Set([...glyphOf.values()].filter((g) => g !== 0 && !isMark(g)));
  let substituted = substitutionsOf(simple);
  for (;;) {
    const victims = new Set<number>();
    for (const glyph of blockedGlyphs(substituted.present))
      for (const root of substituted.roots.get(glyph)!) victims.add(root);
    for (const glyph of substituted.present)
      if (isMark(glyph)) for (const root of substituted.roots.get(glyph)!) victims.add(root);
    let changed = false;
    for (const victim of victims) if (simple.delete(victim)) changed = true;
    if (!changed) break;
    substituted = substitutionsOf(simple);
  }
  const chars: number[] = [];
  const glyphOfChar: number[] = [];
  for (const [code, glyph] of [...glyphOf].sort((x, y) => x[0] - y[0]))
    if (simple.has(glyph)) {
      chars.push(code);
      glyphOfChar.push(glyph);
    }
  const glyphs = substituted.present;
  // Pair kerning between every two glyphs the table can produce, summed over the modelled lookups.
  const pairLookups = gposLookups.filter((index) => modelled(true, index)).map((index) => gpos.lookupList.get(index));
  const advances: Record<number, number> = {};
  for (const glyph of glyphs) advances[glyph] = font.getGlyph(glyph).advanceWidth;
  let unfit = '';
  const adjustment = (first: number, second: number): number => {
    let first1 = 0;
    for (const lookup of pairLookups) {
      for (const { type, table } of unwrapped(lookup, 9)) {
        if (type !== 2) continue;
        const at = coverageIndex(table.coverage!, first);
        if (at === -1) continue;
        let values: PairValues | undefined;
        if (table.version === 1) {
          values = table.pairSets!.get(at).find((pair) => pair.secondGlyph === second);
          if (!values) continue;
        } else {
          values = table.classRecords!.get(classOf(first, table.classDef1!)).get(classOf(second, table.classDef2!));
        }
        const [v1, v2] = [values.value1 ?? {}, values.value2 ?? {}];
        for (const v of [v1, v2])
          if (
            v.yAdvance ||
            v.xPlacement ||
            v.yPlacement ||
            v.xPlaDevice ||
            v.yPlaDevice ||
            v.xAdvDevice ||
            v.yAdvDevice
          )
            unfit ||= 'kerning that moves more than the advance';
        if (v2.xAdvance) unfit ||= 'kerning of the second glyph of a pair';
        first1 += v1.xAdvance ?? 0;
        break;
      }
    }
    return first1;
  };
  const kerning = kerningClasses(
    [...glyphs].sort((x, y) => x - y),
    adjustment,
  );
  if (unfit) return none(unfit);
  return {
    table: {
      version: 2,
      fontkit: FONTKIT_VERSION,
      digest: fontDigest(bytes),
      chars: String.fromCodePoint(...chars),
      glyphs: glyphOfChar,
      advances,
      features: [...features],
      substitutions: substituted.lookups,
      kerning,
    },
    reason: '',
  };
}
