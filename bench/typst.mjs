/**
 * An equivalent Typst document for an edition, for the Typst side of the PDF comparison: the
 * same page size and margins, the same face (Source Serif 4 from fonts/, given to the Typst
 * compiler as a font path), size and leading, justified and hyphenated in the transcript's
 * language, a title page, bold speaker labels in the speaker's colour, the inferred-speaker
 * note as a footnote, headings, stage directions, editorial marks as the edition prints them,
 * running page numbers. It leaves out what has no cheap Typst equivalent here (paragraph numbers
 * in the margin, the speaker index, the colophon), so Typst does slightly less work than we do.
 */
import { markDisplay, isMark } from '../dist/render/edition/marks.js';

/** Escape text so Typst markup prints it as it is. */
export function escapeTypst(text) {
  return text.replace(/[\\#*_`$<>@[\]~/=+\-'"]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

function mm(value) {
  return value; // theme lengths are CSS-like strings ("25mm", "10.5pt"), which Typst reads as is
}

function inlines(nodes, state) {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += escapeTypst(node.value);
        break;
      case 'emphasis':
        out += `#emph[${inlines(node.children, state)}]`;
        break;
      case 'foreign':
        out += `#text(lang: "${String(node.lang).split('-')[0]}")[${inlines(node.children, state)}]`;
        break;
      case 'noteRef': {
        const note = state.edition.notes.find((n) => n.id === node.id);
        if (note) out += `#footnote[${escapeTypst(note.text)}]`;
        break;
      }
      default:
        if (isMark(node)) {
          const d = markDisplay(node, state.edition.theme, state.edition.messages.marks);
          if (d)
            out += `${escapeTypst(d.open)}${d.italic ? `#emph[${escapeTypst(d.inner)}]` : escapeTypst(d.inner)}${escapeTypst(d.close)}`;
        }
    }
  }
  return out;
}

function block(b, state, out) {
  switch (b.type) {
    case 'turn': {
      b.paragraphs.forEach((p, index) => {
        const text = inlines(p.inlines, state).trim();
        if (index === 0) {
          const lbl = (content) => `#text(fill: rgb("${b.style.colour}"), weight: "semibold")[${content}]`;
          const name = lbl(`#smallcaps[${escapeTypst(b.label.inferred ? `[${b.label.name}]` : b.label.name)}]`);
          const role = b.label.role ? `${lbl(',')} #emph[${escapeTypst(b.label.role)}]` : '';
          const note = b.labelNote ? `#footnote[${escapeTypst(b.labelNote.text)}]` : '';
          out.push(`#v(${state.edition.theme.text.turnSpacing})\n${name}${role}${lbl(':')}${note} ${text}`);
        } else {
          out.push(text);
        }
      });
      break;
    }
    case 'heading':
      out.push(`${'='.repeat(Math.min(b.depth + 1, 6))} ${inlines(b.inlines, state)}`);
      break;
    case 'stageDirection':
      out.push(`#text(fill: rgb("${state.edition.theme.colours.muted}"))[#emph[${inlines(b.inlines, state)}]]`);
      break;
    case 'section':
      out.push(`${'='.repeat(Math.min(b.depth + 1, 6))} ${inlines(b.title, state)}`);
      for (const child of b.blocks) block(child, state, out);
      break;
  }
}

/** The Typst source of an edition. */
export function editionToTypst(edition) {
  const { theme } = edition;
  const m = theme.page.margins;
  const lang = String(edition.language).split('-')[0];
  const state = { edition };
  const out = [];
  out.push(
    [
      `#set document(title: "${edition.title.replace(/["\\]/g, '\\$&')}")`,
      `#set page(paper: "${theme.page.size === 'letter' ? 'us-letter' : theme.page.size}", margin: (top: ${mm(m.top)}, bottom: ${mm(m.bottom)}, inside: ${mm(m.inner)}, outside: ${mm(m.outer)}), numbering: "1", header: context { if counter(page).get().first() > 1 { set text(size: 8pt, style: "italic"); [${escapeTypst(edition.shortTitle)} #h(1fr) ${escapeTypst(edition.dateText ?? '')}] } })`,
      `#set text(font: "Source Serif 4", size: ${theme.text.size}, lang: "${lang}", hyphenate: ${theme.text.hyphenate}, fill: rgb("${theme.colours.text}"))`,
      // Typst's leading is the gap between lines; ≈ (leading − 0.7) em for a cap-height top edge.
      `#set par(justify: ${theme.text.justify}, leading: ${Math.max(0.2, theme.text.leading - 0.7).toFixed(2)}em, spacing: ${Math.max(0.2, theme.text.leading - 0.7).toFixed(2)}em, first-line-indent: ${theme.text.firstLineIndent})`,
      `#set heading(numbering: none)`,
      `#show heading: set text(font: "Source Serif 4")`,
      `#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt))`,
      `#show footnote.entry: set text(size: ${theme.notes.size})`,
    ].join('\n'),
  );
  // Title page.
  const participants = edition.participants
    .map(
      (p) =>
        `#text(fill: rgb("${p.style.colour}"))[${escapeTypst(p.participant.name)}]${p.description ? ` — ${escapeTypst(p.description)}` : ''}`,
    )
    .join(' \\\n');
  out.push(
    `#page(numbering: none)[#v(30%)\n#align(center)[#text(size: ${theme.title.size})[${escapeTypst(edition.title)}]\n\n#emph[${escapeTypst(edition.subtitle)}]\n\n${participants}]]`,
  );
  for (const b of edition.blocks) block(b, state, out);
  return `${out.join('\n\n')}\n`;
}

/** Typst's PDF of an edition (the compiler from the dev dependency), or null when it is not installed. */
export async function typstPdf(edition) {
  let NodeCompiler;
  try {
    ({ NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler'));
  } catch {
    return null;
  }
  const compiler = NodeCompiler.create({
    workspace: new URL('..', import.meta.url).pathname,
    fontArgs: [{ fontPaths: [new URL('../fonts', import.meta.url).pathname] }],
  });
  return compiler.pdf({ mainFileContent: editionToTypst(edition) });
}
