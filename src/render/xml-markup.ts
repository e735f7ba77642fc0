/**
 * @module render/xml-markup
 * Building XML markup by hand for the interchange writers (TEI, Akoma Ntoso): an element from
 * its name, attributes (absent ones left out, values escaped) and content, and indented lines
 * for block structure. Inline content is never indented, so its white space is exactly the
 * model's.
 */
import type { Inline } from '../model/nodes.js';
import { inlinesOf } from '../model/walk.js';
import { escapeXml } from './xml-text.js';

/** Attribute values; `null` and `undefined` leave the attribute out. */
export type Attributes = Record<string, string | number | null | undefined>;

function attributeText(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/** An element on one line: `<name a="1">content</name>`, or `<name a="1"/>` without content. */
export function element(name: string, attributes: Attributes = {}, content?: string): string {
  const attrs = attributeText(attributes);
  return content === undefined || content === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

/** An element whose children are lines of their own, indented by two spaces. */
export function blockElement(name: string, attributes: Attributes, lines: readonly string[]): string[] {
  const attrs = attributeText(attributes);
  if (lines.length === 0) return [`<${name}${attrs}/>`];
  return [`<${name}${attrs}>`, ...lines.map((line) => `  ${line}`), `</${name}>`];
}

/** Escaped character data. */
export function text(value: string): string {
  return escapeXml(value);
}

/**
 * True when a paragraph's text has white space a reader would otherwise collapse or trim: runs of
 * spaces, tabs or line breaks, or a space at either end.
 */
export function keepsSpace(paragraph: readonly Inline[]): boolean {
  const texts = [...inlinesOf(paragraph)]
    .filter((n) => n.type === 'text')
    .map((n) => (n.type === 'text' ? n.value : ''));
  const first = paragraph[0];
  const last = paragraph[paragraph.length - 1];
  return (
    texts.some((value) => /[ \t\r\n]{2}|[\t\r\n]/.test(value)) ||
    (first?.type === 'text' && first.value.startsWith(' ')) ||
    (last?.type === 'text' && last.value.endsWith(' '))
  );
}

/** `xml:space="preserve"` for content whose white space must be kept as it is (see `keepsSpace`). */
export function spaceOf(content: readonly Inline[]): Attributes {
  return keepsSpace(content) ? { 'xml:space': 'preserve' } : {};
}
