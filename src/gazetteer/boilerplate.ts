/**
 * Lines of an article that are not news text: bylines, image credits, editor lines, reprint notices. Names in them
 * are authors and photographers, never people who took part in events, so these sentences produce no entities.
 * Each pattern is matched against a sentence's text (trimmed), with its reason.
 */
export const BOILERPLATE: Array<{ pattern: RegExp; reason: string }> = [
  { pattern: /^by\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*[•|,–—-]|\s*$)/iu, reason: 'byline' },
  { pattern: /^(image|photo|photograph|picture|pictured|credit|illustration|video|graphic)s?\s*(credit)?\s*[:：]/iu, reason: 'image or video credit' },
  { pattern: /(getty images|shutterstock|reuters\/|ap photo|afp\/|epa\/|\/reuters)/iu, reason: 'photo agency credit' },
  { pattern: /^(responsible )?editors?\s*[:：]/iu, reason: 'editor line' },
  { pattern: /^(reporting|writing|additional reporting|edited|editing|compiled|translated) by\b/iu, reason: 'wire service credit line' },
  { pattern: /^(copyright|©|\(c\)|all rights reserved)/iu, reason: 'copyright notice' },
  { pattern: /\b(please indicate|when reprinting|reprinted with permission|is edited and produced by)\b/iu, reason: 'reprint notice' },
  { pattern: /^(read more|related|see also|follow us|subscribe|sign up)\b/iu, reason: 'navigation or promotion' },
];

export function boilerplateReason(sentence: string): string | undefined {
  const s = sentence.trim();
  for (const { pattern, reason } of BOILERPLATE) if (pattern.test(s)) return reason;
  return undefined;
}
