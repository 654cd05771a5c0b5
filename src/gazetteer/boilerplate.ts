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
  { pattern: /\bhide caption\b|^photos?\s*:|\b\d+ of \d+ photos?\b/iu, reason: 'photo gallery caption' },
  { pattern: /\b(replay more videos|just watched|must watch)\b/iu, reason: 'video player text' },
  { pattern: /^(advertisement|ad|sponsored( content)?|story continues below( advertisement)?)\s*$/iu, reason: 'advertisement slot' },
  { pattern: /^(share|share this( article| story)?|click to share|share on (facebook|twitter)|tweet|email|print|comments?)\s*[:|]?\s*$/iu, reason: 'share buttons' },
  { pattern: /^\(?(photo|image|picture|video) (by|courtesy( of)?|credit)\b/iu, reason: 'image or video credit' },
];

export function boilerplateReason(sentence: string): string | undefined {
  const s = sentence.trim();
  for (const { pattern, reason } of BOILERPLATE) if (pattern.test(s)) return reason;
  return undefined;
}
