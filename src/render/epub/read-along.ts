/**
 * @module render/epub/read-along
 * EPUB 3 Media Overlays for a transcript heard in a recording (`verbatim build --audio FILE`):
 * each timed paragraph's sentences are wrapped in `<span id="para-17-s2">` and each gets a
 * `<par>` in its file's SMIL document, from its first word's start to its last word's end (the
 * `timing` node's `words`). A paragraph whose timing has no word times is one `<par>` pointing
 * at the paragraph itself; a paragraph without timing has none. A sentence ends at a token
 * ending in `.`, `?`, `!` or `…` (closing quotes and brackets may follow); where such an end
 * falls inside emphasis or another element, the sentence runs on to the next end, so spans
 * never cross elements.
 */
import type { Inline, Timing } from '../../model/nodes.js';
import { inlineChildren } from '../../model/walk.js';
import type { EditionParagraph } from '../edition/edition.js';
import { escapeXml } from '../xml-text.js';

/** One `<par>`: an element of a chapter heard from `start` to `end` seconds. */
export interface Clip {
  id: string;
  start: number;
  end: number;
}

/** A token ends a sentence. */
const SENTENCE_END = /[.?!…][\p{Pf}\p{Pe}"']*$/u;

/** The printed text a node contributes to the paragraph's tokens (spec: `Timing.words`). */
function printed(node: Inline): string {
  if (node.type === 'text') return node.value;
  if ('asPrinted' in node) return node.asPrinted;
  return inlineChildren(node).map(printed).join('');
}

/** The timing node of a paragraph, if any. */
export function timingOf(nodes: readonly Inline[]): Timing | undefined {
  return nodes.find((node): node is Timing => node.type === 'timing');
}

/** Start and end of a token's entry in `words` ("12.5-12.9"), or null for "?". */
function wordTime(entry: string | undefined): [number, number] | null {
  const match = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(entry ?? '');
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * A timed paragraph's content with its sentences in spans, and their clips; `render` prints
 * inline nodes as the e-book does. Null when the paragraph has no timing.
 */
export function readAlongParagraph(
  paragraph: EditionParagraph,
  render: (nodes: readonly Inline[]) => string,
): { html: string; clips: Clip[] } | null {
  const nodes = paragraph.inlines;
  const timing = timingOf(nodes);
  if (!timing) return null;
  const whole = { html: render(nodes), clips: [{ id: paragraph.anchor, start: timing.start, end: timing.end }] };
  if (!timing.words) return whole;
  const times = timing.words.split(' ');

  // Offsets of each top-level node in the printed text; tokens and the sentence ends that may cut.
  const texts = nodes.map(printed);
  const starts: number[] = [];
  let full = '';
  for (const text of texts) {
    starts.push(full.length);
    full += text;
  }
  const tokens = [...full.matchAll(/\S+/g)].map((m) => ({ text: m[0], end: m.index + m[0].length }));
  if (tokens.length !== times.length || tokens.length === 0) return whole;
  const cutAt = (offset: number): number | null => {
    // A cut between nodes, or inside a top-level text node.
    for (let i = 0; i < nodes.length; i++) {
      const end = starts[i]! + texts[i]!.length;
      if (offset === end && texts[i]!.length > 0) return offset;
      if (offset > starts[i]! && offset < end) return nodes[i]!.type === 'text' ? offset : null;
    }
    return null;
  };
  const sentences: Array<{ first: number; last: number; cut: number }> = [];
  let first = 0;
  tokens.forEach((token, i) => {
    const last = i === tokens.length - 1;
    const cut = last ? full.length : SENTENCE_END.test(token.text) ? cutAt(token.end) : null;
    if (cut !== null) {
      sentences.push({ first, last: i, cut });
      first = i + 1;
    }
  });

  const clips: Clip[] = [];
  const ids = sentences.map((sentence, n) => {
    const id = `${paragraph.anchor}-s${n + 1}`;
    const timed = times
      .slice(sentence.first, sentence.last + 1)
      .map(wordTime)
      .filter((t) => t !== null);
    if (timed.length > 0)
      clips.push({ id, start: timed[0]![0], end: Math.max(timed[0]![0], timed[timed.length - 1]![1]) });
    return id;
  });

  // Print node by node, closing and opening spans at the cuts.
  let html = '';
  let sentence = 0;
  let open = false;
  const openSpan = () => {
    html += `<span id="${ids[sentence]}">`;
    open = true;
  };
  nodes.forEach((node, i) => {
    const from = starts[i]!;
    const to = from + texts[i]!.length;
    if (node.type !== 'text') {
      if (!open && texts[i]!.length > 0 && sentence < sentences.length) openSpan();
      html += render([node]);
    } else {
      let at = from;
      if (!open) {
        // White space between sentences stays outside their spans.
        while (at < to && /\s/.test(full[at]!)) at++;
        html += escapeXml(full.slice(from, at));
        if (at < to && sentence < sentences.length) openSpan();
      }
      while (open && sentences[sentence]!.cut > at && sentences[sentence]!.cut < to) {
        const cut = sentences[sentence]!.cut;
        let next = cut;
        while (next < to && /\s/.test(full[next]!)) next++;
        html += `${escapeXml(full.slice(at, cut))}</span>${escapeXml(full.slice(cut, next))}`;
        open = false;
        sentence++;
        at = next;
        if (at < to) openSpan();
      }
      html += escapeXml(full.slice(at, to));
    }
    if (open && sentences[sentence]!.cut === to && texts[i]!.length > 0) {
      html += '</span>';
      open = false;
      sentence++;
    }
  });
  if (open) html += '</span>';
  return { html, clips };
}

/** Seconds as SMIL's clock value, to the millisecond: "0:01:02.345". */
export function clockValue(milliseconds: number): string {
  const ms = Math.round(milliseconds);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = ((ms % 60_000) / 1000).toFixed(3).padStart(6, '0');
  return `${h}:${String(m).padStart(2, '0')}:${s}`;
}

/** Milliseconds of a clip as the SMIL file states it. */
export function clipMilliseconds(clip: Clip): number {
  return Math.round(clip.end * 1000) - Math.round(clip.start * 1000);
}

/** The SMIL document of one chapter. */
export function smilDocument(chapter: string, audioHref: string, clips: readonly Clip[]): string {
  const seconds = (value: number) => `${(Math.round(value * 1000) / 1000).toFixed(3)}s`;
  const pars = clips.map(
    (clip, i) =>
      `<par id="par-${i + 1}"><text src="${escapeXml(chapter)}#${clip.id}"/>` +
      `<audio src="${escapeXml(audioHref)}" clipBegin="${seconds(clip.start)}" clipEnd="${seconds(clip.end)}"/></par>\n`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<smil xmlns="http://www.w3.org/ns/SMIL" version="3.0">\n' +
    `<body>\n${pars.join('')}</body>\n</smil>\n`
  );
}
