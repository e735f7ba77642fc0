/**
 * Justification quality: the inter-word space ratio (space as set ÷ natural space) of the
 * justified lines of the PDF edition's spoken paragraphs, for
 *
 * - ours: the lines as laid out and paginated by `layoutPdf(prepareEdition(…))` (total fit,
 *   hyphenation, the page-end rebreaks included);
 * - first-fit: `breakParagraphFirstFit` (dist/render/pdf/linebreak/knuth-plass.js) on the same
 *   runs, fonts, measure and line widths — greedy at natural spacing like pdfkit, with the same
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
import { fileURLToPath } from 'node:url';

const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;

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

/** Space-ratio distributions of ours, first-fit (with and without hyphenation) and pdfkit. */
export async function spacingStats(transcript, theme) {
  const { prepareEdition } = await import(dist('render/edition/edition.js'));
  const { layoutPdf } = await import(dist('render/pdf/layout.js'));
  const { breakParagraph, breakParagraphFirstFit } = await import(dist('render/pdf/linebreak/knuth-plass.js'));
  const { spaceRatioStats, spaceRatios } = await import(dist('render/pdf/linebreak/stats.js'));

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
      options: { hyphenate: hyphenate && theme.text.hyphenate, ragged: !theme.text.justify },
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
  };
}
