/** Name normalisation shared by gazetteers, resolution and merging. */

/** Folds case, diacritics, quote styles, dots and spacing: "U.S." → "us", "Zelenskyy’s" stays "zelenskyy's". */
export function normName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/[^\p{L}\p{N}' &]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A key-safe slug: "Dmitry Medvedev" → "dmitry-medvedev". */
export function slug(s: string): string {
  const out = normName(s)
    .replace(/'/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return out || 'x';
}

/** Leading and trailing characters that are never part of a name. */
const EDGE_PUNCT = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
/** Abbreviations whose final dot belongs to the name. */
const KEEP_FINAL_DOT = /(^|\s)(\p{Lu}\.)+$|(^|\s)(Inc|Corp|Ltd|Co|Jr|Sr|St|Bros)\.$/u;

/** Strips quotes, brackets, trailing commas and possessive endings from a surface form, keeping "U.S." and "Inc.". */
export function cleanSurface(s: string): string {
  let t = s.replace(/\s+/g, ' ').trim();
  t = t.replace(/['’‘][sS]$/u, '').replace(/['’]$/u, '');
  const keepDot = KEEP_FINAL_DOT.test(t);
  t = t.replace(EDGE_PUNCT, '');
  if (keepDot && !t.endsWith('.')) t += '.';
  return t;
}

/** Folds spelling variants of transliterated names: -y/-iy/-yy/-ij endings, w/v, ph/f, doubled letters. */
export function foldName(token: string): string {
  return normName(token)
    .replace(/'/g, '')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ck/g, 'k')
    .replace(/(iy|yy|yi|ij|ii|y|i)$/u, 'i')
    .replace(/(.)\1+/gu, '$1');
}


/** A word table (word → reason) with no prototype, so that `word in table` never finds "constructor" or "toString". */
export function wordTable<T extends Record<string, string>>(entries: T): T {
  return Object.assign(Object.create(null) as T, entries);
}

/** An abbreviation written with points between its letters ("U.S.", "D.C.", "U.N."). */
const POINTED_ABBREVIATION = /^(?:\p{L}\.){2,}$/u;

/** Whether a word is such an abbreviation. */
export function isPointedAbbreviation(word: string): boolean {
  return POINTED_ABBREVIATION.test(word);
}
