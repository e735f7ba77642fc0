/**
 * @module render/xml-text
 * Text made safe for XML, shared by the renderers that write XML by hand (the EPUB pages and
 * package documents, the Word package parts): characters XML 1.0 forbids are removed and the
 * markup characters escaped.
 */

/** Characters XML 1.0 does not allow (C0 controls but tab/LF/CR, U+FFFE/U+FFFF) and lone surrogates. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const NOT_XML_TEST = new RegExp(NOT_XML.source, 'u');

/** Text without the characters XML 1.0 forbids: controls are dropped, lone surrogates become U+FFFD. */
export function xmlClean(text: string): string {
  if (!NOT_XML_TEST.test(text)) return text;
  return text.replace(NOT_XML, (c) => (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff ? '\uFFFD' : ''));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escape text for XML content and double-quoted attribute values (after `xmlClean`). */
export function escapeXml(text: string): string {
  return xmlClean(text).replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}
