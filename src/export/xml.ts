/**
 * XML text for hostile strings. Labels come from news text and may hold anything: markup characters, quotes, control
 * characters that XML 1.0 forbids even as references, lone UTF-16 surrogates. Escaping handles the first two; the
 * others are replaced by U+FFFD so the document stays well-formed.
 */

/** Characters XML 1.0 cannot carry at all (not even as `&#…;`): C0 controls except tab, LF and CR, lone surrogates,
 * U+FFFE and U+FFFF. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Strings with nothing to replace or escape (most of them) are returned as they are, without a pass per rule. */
const PLAIN = /^[\x20-\x21\x23-\x25\x27-\x3B\x3D\x3F-\uD7FF\uE000-\uFFFD]*$/;

export function xmlSafe(s: string): string {
  return PLAIN.test(s) ? s : s.replace(NOT_XML, '\uFFFD');
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Escapes text content. */
export function xmlText(s: string): string {
  return PLAIN.test(s) ? s : xmlSafe(s).replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Escapes an attribute value (for double quotes), keeping tabs and line breaks, which a parser would otherwise
 * normalise to spaces. */
export function xmlAttr(s: string): string {
  return PLAIN.test(s) ? s : xmlSafe(s).replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}

/** Attribute values of type xsd:token (GEXF labels): whitespace collapsed, then escaped. */
export function xmlToken(s: string): string {
  return xmlAttr(s.replace(/\s+/g, ' ').trim());
}

/** A finite number as xsd:float/double text, or null. */
export function xmlNumber(n: unknown): string | null {
  return typeof n === 'number' && Number.isFinite(n) ? String(n) : null;
}
