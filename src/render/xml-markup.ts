/**
 * @module render/xml-markup
 * Building XML markup by hand for the interchange writers (TEI, Akoma Ntoso): an element from
 * its name, attributes (absent ones left out, values escaped) and content, and indented lines
 * for block structure. Inline content is never indented, so its white space is exactly the
 * model's.
 */
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
