/**
 * Justification quality of the PDF edition, two ways.
 *
 * 1. **As printed** (issue #11's measure, `pdfWordGaps`): the PDF's text layer read back with
 *    `pdftotext -bbox-layout`; on every non-final line of every block (pdftotext's blocks) with
 *    at least two words, each gap between two neighbouring words (`xMin` of a word minus `xMax`
 *    of the one before), divided by the median gap **of the lines of the same size** (word-box
 *    height to 0.1 pt): the 28 pt title's natural spaces are not 1.9 "body gaps". Reported:
 *    the share of those lines ending in a hyphen (`-`, U+2010, or U+00AD, which Typst prints),
 *    the median gap, and the p95 and max of gap ÷ median. The same function reads our PDF and
 *    Typst's PDF of the same edition (`bench/typst.mjs`).
 * 2. **As set** (`spacingStats`): the inter-word space ratio (space as set ÷ natural space) of
 *    the justified lines of the spoken paragraphs, for
 *
 * - ours: the lines as laid out and paginated by `layoutPdf(prepareEdition(…))` (total fit,
 *   hyphenation, the page-end rebreaks included);
 * - first-fit: `breakParagraphFirstFit` (dist/render/pdf/linebreak/knuth-plass.js) on the same
 *   runs, fonts, measure, line widths and settings (`EDITION_BREAKING`) — greedy at natural spacing like pdfkit, with the same
 *   hyphenation patterns; and the same without hyphenation (pdfkit does not hyphenate);
 * - pdfkit: pdfkit's own LineWrapper (`doc.text(…, { align: 'justify' })`) on the plain text of
 *   each paragraph, label included, in Source Serif 4 Regular at the text size (one face for the
 *   whole paragraph: labels in small caps and italic marks are measured in the regular face), its
 *   word spacing read from the `_fragment` calls pdfkit makes to draw each line. pdfkit never
 *   shrinks spaces, so its ratios are ≥ 1.
 *
 * The runs of each paragraph are rebuilt from the galley's positioned fragments (a space between
 * two fragments when there is a gap between them or the line ended at a space; an inserted hyphen
 * removed); as a check, `breakParagraph` on the rebuilt runs must give the galley's own lines.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;

const attr = (tag, name) => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(tag)?.[1] ?? NaN);
const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Pages → blocks → lines → words (text, xMin, xMax, height) of `pdftotext -bbox-layout`. */
export function bboxLayout(pdfPath) {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdfPath, '-'], {
    maxBuffer: 1 << 30,
  }).toString();
  const blocks = [];
  for (const block of xml.matchAll(/<block [^>]*>([\s\S]*?)<\/block>/g)) {
    const lines = [];
    for (const line of block[1].matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)) {
      const words = [...line[1].matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
        text: w[2].replace(/&(\w+);/g, (m, e) => XML_ENTITIES[e] ?? m),
        x0: attr(w[1], 'xMin'),
        x1: attr(w[1], 'xMax'),
        height: attr(w[1], 'yMax') - attr(w[1], 'yMin'),
      }));
      lines.push(words);
    }
    blocks.push(lines);
  }
  return blocks;
}

const LINE_END_HYPHEN = /[-\u2010\u00AD]$/;

/**
 * Issue #11's spacing measure of a PDF file (see the module comment): hyphenated share of the
 * non-final lines of blocks, and their word gaps over the median gap of lines of the same size.
 */
export async function pdfWordGaps(pdfPath) {
  const { summarise } = await import(dist('render/pdf/linebreak/stats.js'));
  const bySize = new Map();
  let lines = 0;
  let hyphenated = 0;
  for (const block of bboxLayout(pdfPath)) {
    for (const words of block.slice(0, -1)) {
      if (words.length < 2) continue;
      lines++;
      if (LINE_END_HYPHEN.test(words[words.length - 1].text)) hyphenated++;
      const size = Math.round(Math.max(...words.map((w) => w.height)) * 10) / 10;
      const gaps = bySize.get(size) ?? [];
      for (let i = 1; i < words.length; i++) gaps.push(words[i].x0 - words[i - 1].x1);
      bySize.set(size, gaps);
    }
  }
  const ratios = [];
  let bodyMedian = 0;
  let bodyCount = 0;
  for (const gaps of bySize.values()) {
    const { median, count } = summarise(gaps);
    if (count > bodyCount) [bodyMedian, bodyCount] = [median, count];
    if (median > 0) for (const g of gaps) ratios.push(g / median);
  }
  const d = summarise(ratios);
  return {
    lines,
    hyphenated,
    hyphenatedShare: lines ? hyphenated / lines : 0,
    gaps: d.count,
    medianGapPt: bodyMedian,
    p95: d.p95,
    max: d.max,
    over1_5: d.count ? ratios.filter((r) => r > 1.5).length / d.count : 0,
  };
}

function runsOfBlock(block, styles) {
  const runs = [];
  let pendingSpace = false;
  const push = (text, fontKey, size) => {
    const role = styles.get(fontKey).role;
    const hyphenate = !(role === 'label' || role === 'mark' || role === 'noteref');
    const last = runs[runs.length - 1];
    if (last && last.fontKey === fontKey && last.size === size) last.text += text;
    else runs.push({ text, fontKey, size, hyphenate });
  };
  block.lines.forEach((gl, li) => {
    const line = gl.broken;
    line.fragments.forEach((f, fi) => {
      let text = f.text;
      if (fi > 0) {
        const prev = line.fragments[fi - 1];
        if (f.x - (prev.x + prev.width) > 0.01) pendingSpace = true;
      }
      if (fi === line.fragments.length - 1 && line.hyphenated && text.endsWith('-')) text = text.slice(0, -1);
      if (pendingSpace) {
        push(' ', f.fontKey, f.size);
        pendingSpace = false;
      }
      push(text, f.fontKey, f.size);
    });
    if (li < block.lines.length - 1 && line.end === 'space') pendingSpace = true;
  });
  return runs;
}

async function pdfkitRatios(paragraphs, { width, size, indent }) {
  const { default: PDFDocument } = await import('pdfkit');
  const font = fileURLToPath(new URL('../fonts/source-serif-4/SourceSerif4-Regular.ttf', import.meta.url));
  const doc = new PDFDocument({ size: 'A4', margin: 50, autoFirstPage: true });
  doc.on('data', () => undefined);
  doc.font(font).fontSize(size);
  const ratios = [];
  const space = doc.widthOfString(' ');
  const original = doc._fragment;
  doc._fragment = function (text, x, y, options) {
    if (options.align === 'justify') {
      const words = text.trim().split(/\s+/);
      if (words.length > 1) {
        const textWidth = this.widthOfString(text.replace(/\s+/g, ''), options);
        const wordSpacing = Math.max(0, (options.lineWidth - textWidth) / (words.length - 1) - space);
        ratios.push((space + wordSpacing) / space);
      }
    }
    return original.call(this, text, x, y, options);
  };
  for (const p of paragraphs)
    doc.text(p.text, 50, undefined, { width, align: 'justify', indent: p.indent ? indent : 0 });
  doc.end();
  return ratios;
}

/** Issue #11's measure on our PDF and on Typst's PDF of the same edition (null: Typst not installed). */
export async function printedSpacing(transcript, theme) {
  const { prepareEdition } = await import(dist('render/edition/edition.js'));
  const { pdfRenderer } = await import(dist('render/pdf/index.js'));
  const { typstPdf } = await import('./typst.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-spacing-'));
  try {
    const ours = join(dir, 'ours.pdf');
    writeFileSync(ours, await pdfRenderer.render(transcript, { theme, diagnostics: [] }));
    const typstBytes = await typstPdf(prepareEdition(transcript, theme));
    const typst = join(dir, 'typst.pdf');
    if (typstBytes) writeFileSync(typst, typstBytes);
    return { ours: await pdfWordGaps(ours), typst: typstBytes ? await pdfWordGaps(typst) : null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Space-ratio distributions of ours, first-fit (with and without hyphenation) and pdfkit; the printed measure. */
export async function spacingStats(transcript, theme) {
  const { prepareEdition } = await import(dist('render/edition/edition.js'));
  const { layoutPdf } = await import(dist('render/pdf/layout.js'));
  const { breakParagraph, breakParagraphFirstFit } = await import(dist('render/pdf/linebreak/knuth-plass.js'));
  const { spaceRatioStats, spaceRatios } = await import(dist('render/pdf/linebreak/stats.js'));
  const { EDITION_BREAKING } = await import(dist('render/pdf/linebreak/tuning.js'));

  const edition = prepareEdition(transcript, theme);
  const layout = layoutPdf(edition);
  const { context } = layout;
  const spoken = new Set();
  layout.galley.forEach((b, i) => {
    if (b.tag.type === 'P' && b.tag.paragraph !== undefined) spoken.add(i);
  });
  const oursLines = [];
  for (const page of layout.pages)
    for (const placed of page.lines) if (spoken.has(placed.block)) oursLines.push(placed.line.broken);

  const firstFit = [];
  const firstFitNoHyphen = [];
  const plain = [];
  let checked = 0;
  let identical = 0;
  let hyphenatedOurs = 0;
  let hyphenatedFirstFit = 0;
  for (const index of spoken) {
    const block = layout.galley[index];
    const runs = runsOfBlock(block, context.styles);
    const indent = block.lines[0]?.indent ?? 0;
    const input = (hyphenate) => ({
      runs,
      measure: context.measure,
      lineWidth: (i) => (i === 0 ? context.width - indent : context.width),
      language: edition.language,
      options: {
        ...(theme.text.justify ? EDITION_BREAKING : {}),
        hyphenate: hyphenate && theme.text.hyphenate,
        ragged: !theme.text.justify,
      },
    });
    const again = breakParagraph(input(true));
    checked++;
    if (again.lines.length === block.lines.length && again.lines.every((l, i) => l.text === block.lines[i].broken.text))
      identical++;
    const ff = breakParagraphFirstFit(input(true));
    firstFit.push(...ff.lines);
    firstFitNoHyphen.push(...breakParagraphFirstFit(input(false)).lines);
    hyphenatedFirstFit += ff.lines.filter((l) => l.hyphenated).length;
    hyphenatedOurs += block.lines.filter((l) => l.broken.hyphenated).length;
    plain.push({ text: runs.map((r) => r.text).join(''), indent: indent > 0 });
  }
  const pdfkit = await pdfkitRatios(plain, {
    width: context.width,
    size: context.textSize,
    indent: plain.length ? Math.max(...[...spoken].map((i) => layout.galley[i].lines[0]?.indent ?? 0)) : 0,
  });
  const { summarise } = await import(dist('render/pdf/linebreak/stats.js'));
  const share = (ratios, limit) => (ratios.length ? ratios.filter((r) => r > limit).length / ratios.length : 0);
  const describe = (ratios) => ({ ...summarise(ratios), over1_5: share(ratios, 1.5), over2: share(ratios, 2) });
  return {
    paragraphs: checked,
    rebuiltIdentical: identical,
    lines: { ours: oursLines.length, firstFit: firstFit.length, firstFitNoHyphen: firstFitNoHyphen.length },
    hyphenatedLines: { ours: hyphenatedOurs, firstFit: hyphenatedFirstFit },
    ours: describe(spaceRatios(oursLines)),
    firstFit: describe(spaceRatios(firstFit)),
    firstFitNoHyphen: describe(spaceRatios(firstFitNoHyphen)),
    pdfkit: describe(pdfkit),
    check: spaceRatioStats(oursLines).count,
    printed: await printedSpacing(transcript, theme),
  };
}
