/**
 * @module normalise/passes/clean-characters
 * Pass `clean-characters`: repairs characters line by line before anything reads the words.
 * Visible repairs (mojibake such as `â€™`, HTML entities, inline HTML tags such as `<s>`) are
 * logged one by one; invisible
 * ones (non-breaking and odd spaces, tabs, zero-width and bidirectional controls, control
 * characters, soft hyphens, trailing spaces) as one summary change per rule with a count.
 */
import { decodeHTMLStrict } from 'entities';
import iconv from 'iconv-lite';
import type { Change } from '../../model/nodes.js';
import { change, type Draft, type Pass, type SourceLine } from '../draft.js';

const MOJIBAKE_RUN =
  /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,3}/g;
/** Inline HTML formatting and paragraph tags left in scraped text ("<s>Uranian</s>", "<br>", "<p><b>MR. ROE</b>: …</p>"). */
const HTML_TAG =
  /<\/?(?:p|div|s|i|b|u|em|strong|span|br|sup|sub|strike|del|ins|small|big|mark|font|a)(?:\s[^<>]*)?\/?>/gi;
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

interface InvisibleRule {
  rule: string;
  pattern: RegExp;
  replacement: string;
}

const INVISIBLE_RULES: InvisibleRule[] = [
  { rule: 'nbsp', pattern: /[\u00A0\u2007\u202F]/g, replacement: ' ' },
  { rule: 'odd-space', pattern: /[\u2000-\u2006\u2008-\u200A\u205F\u3000]/g, replacement: ' ' },
  { rule: 'tab', pattern: /\t/g, replacement: ' ' },
  { rule: 'zero-width', pattern: /[\u200B\u2060\uFEFF]/g, replacement: '' },
  { rule: 'soft-hyphen', pattern: /\u00AD/g, replacement: '' },
  { rule: 'bidi-control', pattern: /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, replacement: '' },
  // C0 controls other than tab, C1 controls, and the noncharacters U+FFFE/U+FFFF.

  { rule: 'control-character', pattern: /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, replacement: '' },
  { rule: 'trailing-space', pattern: /[ ]+$/g, replacement: '' },
];

/** Repair mojibake runs in one line; returns the new text and the changes. */
function repairMojibake(text: string, line: number): { text: string; changes: Change[] } {
  const changes: Change[] = [];
  const repaired = text.replace(MOJIBAKE_RUN, (run) => {
    const bytes = iconv.encode(run, 'windows-1252');
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return run;
    }
    if ([...decoded].length !== 1 || decoded === run) return run;
    changes.push(change('mojibake', run, decoded, { line }));
    return decoded;
  });
  return { text: repaired, changes };
}

/** Any element's tag: what a document that is mostly markup (an XML export saved as text) prints. */
const ANY_TAG = /<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/g;

/**
 * True when most of the document's blocks (lines, or runs of lines between blank ones) hold a
 * tag, twenty or more: an export in markup of its own (`<speech by="…"><from>…</from><p>…</p>`)
 * saved as text, whose every tag is markup. Blocks, not lines, so that the same export with its
 * text hard-wrapped inside the elements is still one.
 */
function isMarkupDocument(lines: readonly SourceLine[]): boolean {
  const hasTag = (text: string) => /<\/?[A-Za-z][\w:.-]*(?:[\s/>]|$)/.test(text);
  const mostlyTagged = (units: readonly string[]) => {
    const tagged = units.filter(hasTag).length;
    return tagged >= 20 && tagged / Math.max(1, units.length) >= 0.5;
  };
  const texts = lines.map((line) => line.text);
  const filled = texts.filter((text) => text.trim() !== '');
  const blocks = texts
    .join('\n')
    .split(/\n[ \t]*\n/)
    .filter((block) => block.trim() !== '');
  return mostlyTagged(filled) || mostlyTagged(blocks);
}

/** A tag left open at a line's end (`<span`, `<recordedTime time="…"`): a hard wrap split it. */
const OPEN_TAG_AT_END = /<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?$/;
/** The rest of that tag at the next line's start, up to its `>`. */
const TAG_REST_AT_START = /^\s*[^<>]*>/;

/**
 * A tag a hard wrap split over two lines is put back on the first of them, whole, where the
 * tag pattern then finds it (and removes it, with its change); the second line keeps what
 * followed the tag. Only a tag `pattern` would remove moves; every line keeps its number.
 */
function rejoinSplitTags(lines: readonly SourceLine[], pattern: RegExp): SourceLine[] {
  const out = lines.map((line) => ({ ...line }));
  const whole = new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace('g', ''));
  for (let index = 0; index + 1 < out.length; index++) {
    const open = OPEN_TAG_AT_END.exec(out[index]!.text);
    const rest = open ? TAG_REST_AT_START.exec(out[index + 1]!.text) : null;
    if (!open || !rest) continue;
    const tag = `${open[0]} ${rest[0].trim()}`;
    if (!whole.test(tag)) continue;
    out[index] = { no: out[index]!.no, text: out[index]!.text.slice(0, open.index) + tag };
    out[index + 1] = { no: out[index + 1]!.no, text: out[index + 1]!.text.slice(rest[0].length).trimStart() };
  }
  return out;
}

/** Remove inline HTML tags (in a document that is mostly markup, every tag), keeping the words between them. */
function removeTags(text: string, line: number, pattern: RegExp): { text: string; changes: Change[] } {
  const changes: Change[] = [];
  const cleaned = text.replace(pattern, (tag) => {
    changes.push(change('html-tag', tag, '', { line }));
    return '';
  });
  return { text: cleaned, changes };
}

/** Decode HTML character references in one line. */
function decodeEntities(text: string, line: number): { text: string; changes: Change[] } {
  const changes: Change[] = [];
  const decoded = text.replace(ENTITY, (entity) => {
    const value = decodeHTMLStrict(entity);
    if (value === entity) return entity;
    changes.push(change('html-entity', entity, value, { line }));
    return value;
  });
  return { text: decoded, changes };
}

/**
 * Bold set in HTML in a Markdown or text page (`<p><strong>Next time.</strong></p>`, a CMS's
 * export): its words between `**`, as Markdown prints bold, so that a written interview's bold
 * questions and `<strong>Name:</strong>` labels are read as the Markdown ones are. Tags may span
 * lines (`<strong>⏎ question ⏎</strong>`): the `**` moves onto the words, white space and line
 * breaks stay where they were, so every line keeps its number. Each tag is a change `html-tag`
 * whose `after` is the `**` it became.
 */
function boldAsMarkdown(lines: readonly SourceLine[]): { lines: SourceLine[]; changes: Change[] } {
  const text = lines.map((line) => line.text).join('\n');
  if (!/<(?:strong|b)\b/i.test(text)) return { lines: [...lines], changes: [] };
  const changes: Change[] = [];
  // Where each line starts in the joined text, to find a tag's line without counting lines again.
  const starts: number[] = [];
  let at = 0;
  for (const { text: lineText } of lines) {
    starts.push(at);
    at += lineText.length + 1;
  }
  // (Tags are met in the text's order, so the line they stand on only moves on.)
  let reached = 0;
  const lineAt = (offset: number) => {
    while (reached + 1 < starts.length && starts[reached + 1]! <= offset) reached++;
    return lines[reached]!.no;
  };
  const converted = text.replace(
    BOLD_ELEMENT,
    (whole, _tag: string, open: string, words: string, close: string, offset: number) => {
      const openTag = whole.slice(0, whole.indexOf('>') + 1);
      const closeTag = whole.slice(whole.lastIndexOf('</'));
      changes.push(change('html-tag', openTag, '**', { line: lineAt(offset) }));
      changes.push(change('html-tag', closeTag, '**', { line: lineAt(offset + whole.length - closeTag.length) }));
      return `${open}**${words}**${close}`;
    },
  );
  const split = converted.split('\n');
  if (split.length !== lines.length) return { lines: [...lines], changes: [] };
  return { lines: lines.map((line, index) => ({ no: line.no, text: split[index]! })), changes };
}

/** `<strong>…</strong>` or `<b>…</b>` round words (no tag inside): the spaces inside kept outside. */
const BOLD_ELEMENT = /<(strong|b)(?:\s[^<>]*)?>(\s*)([^<>]*?\S)(\s*)<\/\1>/gi;

/**
 * A line that ends an HTML block: `…</p>`, `…</li>`, `…</h2>`; or a line in bold that ends in a
 * line break, the words under it on the next line (`**Is that a new thing?**<br>` ⏎ `I'm not sure`:
 * a written interview's question over its answer).
 */
const BLOCK_END =
  /<\/(?:p|div|h[1-6]|li|blockquote|figure|figcaption|section|article|table|tr|ul|ol|dd|dt)\s*>\s*$|^\s*(?:\*\*|<(?:b|strong)>)[^\n]*(?:\*\*|<\/(?:b|strong)>)\s*<br\s*\/?>\s*$/i;
/** A line that starts an HTML block: `<p class="intro">…`, `<li>…`. */
const BLOCK_START = /^\s*<(?:p|div|h[1-6]|li|blockquote|figure|section|article|table|ul|ol|dd|dt)(?:\s[^<>]*)?>/i;

/**
 * The cleaned lines, with a blank line (numbered as the line before it) where an HTML block ends
 * or starts between two lines with words: `<p>Next time.</p>` and `<p>Who’s that?</p>` on
 * consecutive lines are two paragraphs, as a browser shows them, not one.
 */
function withBlockBreaks(raw: readonly SourceLine[], cleaned: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  cleaned.forEach((line, index) => {
    out.push(line);
    const next = cleaned[index + 1];
    if (next === undefined || line.text.trim() === '' || next.text.trim() === '') return;
    if (BLOCK_END.test(raw[index]!.text) || BLOCK_START.test(raw[index + 1]!.text)) out.push({ no: line.no, text: '' });
  });
  return out;
}

export const cleanCharacters: Pass = {
  name: 'clean-characters',
  run(draft: Draft): Draft {
    const changes: Change[] = [];
    const counts = new Map<string, { count: number; first: number; sample: string; rule: InvisibleRule }>();
    const tagPattern = isMarkupDocument(draft.lines) ? ANY_TAG : HTML_TAG;
    const bold = boldAsMarkdown(rejoinSplitTags(draft.lines, tagPattern));
    changes.push(...bold.changes);
    const lines: SourceLine[] = bold.lines.map(({ no, text }) => {
      let current = text;
      const mojibake = repairMojibake(current, no);
      current = mojibake.text;
      changes.push(...mojibake.changes);
      // "<li><p><strong>App building</strong>: …": a list's item stays one, a Markdown item, so
      // that a bold term opening it is read as a list's term, never a speaker's label.
      const item = /^(\s*)(<li(?:\s[^<>]*)?>)/i.exec(current);
      if (item) {
        changes.push(change('html-tag', item[2]!, '- ', { line: no }));
        current = `${item[1]!}- ${current.slice(item[0].length)}`;
      }
      const tags = removeTags(current, no, tagPattern);
      current = tags.text;
      changes.push(...tags.changes);
      const entities = decodeEntities(current, no);
      current = entities.text;
      changes.push(...entities.changes);
      for (const rule of INVISIBLE_RULES) {
        rule.pattern.lastIndex = 0;
        if (!rule.pattern.test(current)) continue;
        const matches = current.match(rule.pattern) ?? [];
        const n = rule.rule === 'trailing-space' ? 1 : matches.length;
        const seen = counts.get(rule.rule);
        if (seen) seen.count += n;
        else counts.set(rule.rule, { count: n, first: no, sample: matches[0] ?? '', rule });
        current = current.replace(rule.pattern, rule.replacement);
      }
      return { no, text: current };
    });
    for (const { count, first, sample, rule } of counts.values()) {
      changes.push(change(rule.rule, sample, rule.replacement, { line: first }, count));
    }
    return { ...draft, lines: withBlockBreaks(bold.lines, lines), changes: [...draft.changes, ...changes] };
  },
};
