/**
 * @module render/docx/package
 * The docx object tree → the bytes of a .docx file that are the same on every run, in every
 * time zone, and that Word opens without repairing anything.
 *
 * docx (9.15) packs with the clock and with randomness; this module undoes both after packing:
 * - `docProps/core.xml` and `docProps/app.xml` are written here (docx stamps `new Date()`), with
 *   the edition's document date and the language;
 * - bookmark ids (a module-global counter in docx, so a second document in one process gets other
 *   ids) are renumbered 1, 2, 3, … in document order;
 * - relationship ids docx draws from nanoid (`rIdpyr4-nz-…`, for external hyperlinks) are
 *   renumbered after the numeric ones;
 * - fonts are embedded here, not by docx (whose keys are random): each face obfuscated with a key
 *   derived from the font file itself, listed in the font table with its panose and Unicode
 *   ranges (read with fontkit), so Word can substitute sensibly where embedding is refused;
 * - the zip is rewritten by `zip-archive.ts`: entries in a fixed order, every entry dated with the
 *   edition's date (DOS date and time from its UTC fields, so the time zone cannot shift them),
 *   the fonts compressed once per process (and kept on disk) instead of once per document.
 * And repairs what Word or LibreOffice would trip over: the footnote separators carry no
 * `w:footnoteRef`, `DefaultParagraphFont` (which docx's reference styles are based on) is defined,
 * `w:mirrorMargins` and `w:embedTrueTypeFonts` are set in settings when asked for, and custom note
 * marks (see `handlers.ts`) get their number in the note text instead of Word's automatic one.
 * No comments are written, so LibreOffice's comment/footnote id clash cannot occur; note ids are
 * 1, 2, … in order of first reference (see `handlers.ts`) next to the separators' −1 and 0.
 */
import { createHash } from 'node:crypto';
import type { Document } from 'docx';
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { strFromU8, strToU8 } from 'fflate';
import { compileParts } from './docx-adapter.js';
import { escapeXml } from '../xml-text.js';
import { packOnce, writeZip, type PackedData, type ZipEntry } from '../zip-archive.js';
import type { FontToEmbed } from './styles.js';

/** What the package needs besides the document tree. */
export interface PackageInfo {
  /** Core properties. */
  title: string;
  subject: string;
  creator: string;
  keywords: string[];
  description: string;
  /** BCP 47 language of the text. */
  language: string;
  /** Content-derived identifier ("urn:uuid:…"). */
  identifier: string;
  /** Date written as created/modified and as the zip entries' date. */
  date: Date;
  /** Name written as the producing application. */
  application: string;
  /** Set `w:mirrorMargins` (facing pages). */
  mirrorMargins: boolean;
  /** Fonts to embed (obfuscated `word/fonts/*.odttf`, listed in the font table; `w:embedTrueTypeFonts` set). */
  fonts: readonly FontToEmbed[];
  /** Note references were written as custom marks: the model's number of each Word note id, put at the start of its text. */
  customNoteMarks: ReadonlyMap<number, number> | null;
  /** XML to put at the start of a style's `w:pPr`, by style id (`docDefaults`: the document defaults). */
  paragraphPropertyAdditions: Readonly<Record<string, string>>;
}

/** ISO 8601 without milliseconds, as W3CDTF. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `docProps/core.xml`. */
export function coreXml(info: PackageInfo): string {
  const el = (name: string, value: string) => (value === '' ? '' : `<${name}>${escapeXml(value)}</${name}>`);
  const date = w3cdtf(info.date);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', info.title) +
    el('dc:subject', info.subject) +
    el('dc:creator', info.creator) +
    el('cp:keywords', info.keywords.join(', ')) +
    el('dc:description', info.description) +
    el('dc:identifier', info.identifier) +
    el('dc:language', info.language) +
    el('cp:lastModifiedBy', info.creator) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** `docProps/app.xml`. */
function appXml(info: PackageInfo): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${escapeXml(info.application)}</Application><DocSecurity>0</DocSecurity></Properties>`
  );
}

/** Parts first in the zip, in this order; the rest follow sorted by name. */
const LEADING_PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'docProps/core.xml',
  'docProps/app.xml',
  'docProps/custom.xml',
  'word/document.xml',
  'word/_rels/document.xml.rels',
];

/** Pack a document into deterministic .docx bytes. */
export async function packageDocx(document: Document, info: PackageInfo): Promise<Uint8Array> {
  const files = await compileParts(document, [
    { path: 'docProps/core.xml', data: coreXml(info) },
    { path: 'docProps/app.xml', data: appXml(info) },
  ]);
  const fonts: Record<string, PackedData> = {};
  normaliseParts(files, info, fonts);
  return zipDeterministic(files, info.date, fonts);
}

/** Apply every deterministic rewrite and repair to the unpacked parts (in place); the embedded fonts go to `fonts`, packed. */
export function normaliseParts(
  files: Record<string, Uint8Array>,
  info: PackageInfo,
  fonts: Record<string, PackedData> = {},
): void {
  const text = new Map<string, string>();
  const read = (path: string): string | undefined => {
    if (!text.has(path)) {
      const data = files[path];
      if (!data) return undefined;
      text.set(path, strFromU8(data));
    }
    return text.get(path);
  };
  const write = (path: string, value: string) => text.set(path, value);

  // Bookmark ids: 1, 2, 3, … in document order.
  const documentXml = read('word/document.xml');
  if (documentXml !== undefined) write('word/document.xml', renumberBookmarks(documentXml));

  // Relationship ids that are not rIdN.
  for (const path of Object.keys(files)) {
    const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(path);
    if (!match) continue;
    const owner = `${match[1]}${match[2]}`;
    const rels = read(path)!;
    const ids = [...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]!);
    const random = ids.filter((id) => !/^rId\d+$/.test(id));
    if (random.length === 0) continue;
    let next = Math.max(0, ...ids.filter((id) => /^rId\d+$/.test(id)).map((id) => Number(id.slice(3)))) + 1;
    const map = new Map(random.map((id) => [id, `rId${next++}`]));
    const rename = (xml: string) =>
      xml.replace(/(\b(?:Id|r:id|r:embed|r:link|r:pict)=")([^"]+)"/g, (all, head: string, id: string) =>
        map.has(id) ? `${head}${map.get(id)}"` : all,
      );
    write(path, rename(rels));
    const ownerXml = read(owner);
    if (ownerXml !== undefined) write(owner, rename(ownerXml));
  }

  // Embedded fonts, written here rather than by docx (which keys them at random and deflates them slowly).
  if (info.fonts.length > 0) embedFonts(files, fonts, info.fonts, read, write);

  // Notes: separators without a reference mark; custom marks numbered in the note text.
  for (const [path, kind] of [
    ['word/footnotes.xml', 'footnote'],
    ['word/endnotes.xml', 'endnote'],
  ] as const) {
    let xml = read(path);
    if (xml === undefined) continue;
    const refRun = `<w:r><w:rPr><w:rStyle w:val="${kind === 'footnote' ? 'FootnoteReference' : 'EndnoteReference'}"/></w:rPr><w:${kind}Ref/></w:r>`;
    xml = xml.replace(
      new RegExp(`(<w:${kind} w:type="(?:separator|continuationSeparator)"[^>]*>)([\\s\\S]*?)(</w:${kind}>)`, 'g'),
      (_all, open: string, body: string, close: string) => open + body.split(refRun).join('') + close,
    );
    const marks = info.customNoteMarks;
    if (marks) {
      xml = xml.replace(
        new RegExp(`(<w:${kind} w:id="(\\d+)">)([\\s\\S]*?)(</w:${kind}>)`, 'g'),
        (_all, open: string, id: string, body: string, close: string) =>
          open + body.replace(`<w:${kind}Ref/>`, `<w:t>${marks.get(Number(id)) ?? id}</w:t>`) + close,
      );
    }
    write(path, xml);
  }

  // Styles: paragraph properties docx cannot declare; DefaultParagraphFont, which docx's own
  // character styles are based on.
  let styles = read('word/styles.xml');
  if (styles !== undefined) {
    styles = addParagraphProperties(styles, info.paragraphPropertyAdditions);
    if (styles.includes('w:val="DefaultParagraphFont"') && !styles.includes('w:styleId="DefaultParagraphFont"')) {
      styles = styles.replace(
        /(<w:style w:type="paragraph" w:styleId="Normal"[^>]*>[\s\S]*?<\/w:style>)/,
        '$1<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
      );
    }
    write('word/styles.xml', styles);
  }

  // Settings: facing pages and kept fonts (CT_Settings order: both come before w:defaultTabStop).
  const settings = read('word/settings.xml');
  if (settings !== undefined) {
    let extra = '';
    if (info.fonts.length > 0 && !settings.includes('<w:embedTrueTypeFonts'))
      extra += '<w:embedTrueTypeFonts/><w:saveSubsetFonts w:val="false"/>';
    if (info.mirrorMargins && !settings.includes('<w:mirrorMargins')) extra += '<w:mirrorMargins/>';
    if (extra)
      write(
        'word/settings.xml',
        settings.includes('<w:defaultTabStop')
          ? settings.replace('<w:defaultTabStop', `${extra}<w:defaultTabStop`)
          : settings.replace(/(<w:settings\b[^>]*>)/, `$1${extra}`),
      );
  }

  // "]]>" must not appear in XML character data; docx escapes "<" and "&" but not ">".
  for (const path of Object.keys(files)) {
    if (!/\.(xml|rels)$/.test(path)) continue;
    const value = read(path);
    if (value?.includes(']]>')) write(path, value.replaceAll(']]>', ']]&gt;'));
  }

  for (const [path, value] of text) files[path] = strToU8(value);
}

/** A face ready to embed: its obfuscated data as the archive holds it, its key, and font-table facts from the regular face. */
interface PreparedFace {
  key: string;
  packed: PackedData;
  panose: string;
  family: 'roman' | 'swiss' | 'auto';
  sig: string;
}

const preparedFaces = new Map<string, PreparedFace>();

/** Read, key, obfuscate and pack a font file once per process (the result depends on the file only; its bytes are not kept). */
function prepareFace(path: string): PreparedFace {
  const cached = preparedFaces.get(path);
  if (cached) return cached;
  const original = readFileSync(path);
  const key = guidOf(createHash('sha256').update(original).digest('hex'));
  let panose = '';
  let family: PreparedFace['family'] = 'auto';
  let sig = '';
  try {
    const font = fontkit.create(original);
    const os2 =
      'OS/2' in font
        ? (font as unknown as { 'OS/2'?: { panose?: number[]; ulCharRange?: number[]; codePageRange?: number[] } })[
            'OS/2'
          ]
        : undefined;
    const hex8 = (n: number | undefined) => ((n ?? 0) >>> 0).toString(16).toUpperCase().padStart(8, '0');
    if (os2?.panose?.length === 10) {
      panose = os2.panose.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('');
      const serif = os2.panose[1] ?? 0;
      family = os2.panose[0] === 2 ? (serif >= 11 && serif <= 15 ? 'swiss' : 'roman') : 'auto';
    }
    if (os2?.ulCharRange && os2.codePageRange) {
      const [u0, u1, u2, u3] = os2.ulCharRange;
      const [c0, c1] = os2.codePageRange;
      sig = `<w:sig w:usb0="${hex8(u0)}" w:usb1="${hex8(u1)}" w:usb2="${hex8(u2)}" w:usb3="${hex8(u3)}" w:csb0="${hex8(c0)}" w:csb1="${hex8(c1)}"/>`;
    }
  } catch {
    // Not parseable by fontkit: embedded without the optional facts.
  }
  // Fonts are the same in every document (keys derive from the font): compressed once, kept.
  const prepared = { key, packed: packOnce(obfuscateFont(original, key), 6), panose, family, sig };
  preparedFaces.set(path, prepared);
  return prepared;
}

const FACE_ELEMENTS = [
  ['regular', 'w:embedRegular'],
  ['bold', 'w:embedBold'],
  ['italic', 'w:embedItalic'],
  ['boldItalic', 'w:embedBoldItalic'],
] as const;

/** Add the fonts to the font table, its relationships, the packed parts (after any in `files`) and the content types. */
function embedFonts(
  files: Readonly<Record<string, Uint8Array>>,
  packed: Record<string, PackedData>,
  fonts: readonly FontToEmbed[],
  read: (path: string) => string | undefined,
  write: (path: string, value: string) => void,
): void {
  const relsPath = 'word/_rels/fontTable.xml.rels';
  let rels =
    read(relsPath) ??
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
  const taken = [...rels.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(0, ...taken) + 1;
  let partNumber = Object.keys(files).filter((n) => n.startsWith('word/fonts/')).length + 1;
  let table = '';
  let relationships = '';
  for (const font of fonts) {
    const regular = font.faces.regular ? prepareFace(font.faces.regular) : undefined;
    let embeds = '';
    for (const [face, element] of FACE_ELEMENTS) {
      const path = font.faces[face];
      if (!path) continue;
      const prepared = prepareFace(path);
      const rid = `rId${next++}`;
      const target = `fonts/font${partNumber++}.odttf`;
      packed[`word/${target}`] = prepared.packed;
      relationships += `<Relationship Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="${target}"/>`;
      embeds += `<${element} r:id="${rid}" w:fontKey="{${prepared.key}}"/>`;
    }
    table +=
      `<w:font w:name="${escapeXml(font.name)}">` +
      (regular?.panose ? `<w:panose1 w:val="${regular.panose}"/>` : '') +
      `<w:charset w:val="00"/><w:family w:val="${regular?.family ?? 'auto'}"/><w:pitch w:val="variable"/>` +
      (regular?.sig ?? '') +
      embeds +
      '</w:font>';
  }
  const insert = (xml: string, root: string, content: string) =>
    xml.includes(`</${root}>`)
      ? xml.replace(`</${root}>`, `${content}</${root}>`)
      : xml.replace(new RegExp(`(<${root}\\b[^>]*?)\\s*/>`), `$1>${content}</${root}>`);
  rels = insert(rels, 'Relationships', relationships);
  write(relsPath, rels);
  const fontTable = read('word/fontTable.xml');
  if (fontTable !== undefined) write('word/fontTable.xml', insert(fontTable, 'w:fonts', table));
  const types = read('[Content_Types].xml');
  if (types !== undefined && !/Extension="odttf"/i.test(types)) {
    write(
      '[Content_Types].xml',
      insert(
        types,
        'Types',
        '<Default Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"/>',
      ),
    );
  }
}

/**
 * Put XML at the start of the `w:pPr` of styles (by id) or of the document defaults
 * (`docDefaults`); a style without `w:pPr` gets one before its `w:rPr` (or at its end).
 */
export function addParagraphProperties(styles: string, additions: Readonly<Record<string, string>>): string {
  let out = styles;
  for (const [id, xml] of Object.entries(additions)) {
    if (id === 'docDefaults') {
      out = out.includes('<w:pPrDefault><w:pPr>')
        ? out.replace('<w:pPrDefault><w:pPr>', `<w:pPrDefault><w:pPr>${xml}`)
        : out.replace(
            /<w:pPrDefault\/>|<w:pPrDefault><\/w:pPrDefault>/,
            `<w:pPrDefault><w:pPr>${xml}</w:pPr></w:pPrDefault>`,
          );
      continue;
    }
    out = out.replace(
      new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>)([\\s\\S]*?)(</w:style>)`),
      (_all, open: string, body: string, close: string) => {
        if (body.includes('<w:pPr>')) return open + body.replace('<w:pPr>', `<w:pPr>${xml}`) + close;
        if (body.includes('<w:rPr>')) return open + body.replace('<w:rPr>', `<w:pPr>${xml}</w:pPr><w:rPr>`) + close;
        return `${open}${body}<w:pPr>${xml}</w:pPr>${close}`;
      },
    );
  }
  return out;
}

/** Renumber `w:bookmarkStart`/`w:bookmarkEnd` ids 1, 2, 3, … in order of their starts. */
export function renumberBookmarks(xml: string): string {
  const map = new Map<string, number>();
  return xml.replace(/<w:bookmark(Start|End)\b[^>]*\/>/g, (tag, kind: string) =>
    tag.replace(/w:id="(-?\d+)"/, (_all, id: string) => {
      let next = map.get(id);
      if (next === undefined) {
        next = map.size + 1;
        if (kind === 'Start') map.set(id, next);
      }
      return `w:id="${next}"`;
    }),
  );
}

/** A GUID (8-4-4-4-12, upper case) from 32 hex digits. */
function guidOf(hex32: string): string {
  const h = hex32.slice(0, 32).toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/**
 * ECMA-376 font obfuscation (its own inverse): the first 32 bytes XORed with the key's 16 bytes,
 * taken from the GUID's hex digits in reverse order, twice.
 */
export function obfuscateFont(data: Uint8Array, key: string): Uint8Array {
  const digits = key.replace(/[^0-9A-Fa-f]/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < 32; i += 2) bytes.push(Number.parseInt(digits.slice(i, i + 2), 16));
  bytes.reverse();
  const out = new Uint8Array(data);
  for (let i = 0; i < 32 && i < out.length; i++) out[i] = out[i]! ^ bytes[i % 16]!;
  return out;
}

/** The zip's order: `LEADING_PARTS`, then every other part sorted by name. */
export function partOrder(names: readonly string[]): string[] {
  const leading = LEADING_PARTS.filter((n) => names.includes(n));
  const rest = names.filter((n) => !LEADING_PARTS.includes(n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...leading, ...rest];
}

/** Zip the parts and the packed fonts in a fixed order with every entry dated `date`, independently of the time zone. */
export function zipDeterministic(
  files: Record<string, Uint8Array>,
  date: Date,
  fonts: Readonly<Record<string, PackedData>> = {},
): Uint8Array {
  return writeZip(
    partOrder([...Object.keys(files), ...Object.keys(fonts).filter((name) => !Object.hasOwn(files, name))]).map(
      (name): ZipEntry =>
        Object.hasOwn(fonts, name)
          ? { name, packed: fonts[name]! }
          : { name, data: files[name]!, level: /\.(xml|rels)$/.test(name) ? 6 : 1 },
    ),
    date,
  );
}
