/**
 * Name matching for queries: a user types "zelensky", "U.S.", "us" or "cpc" and expects the node whose label or alias
 * reads the same once case, diacritics and punctuation are set aside.
 */

/** The form names are compared in: NFKD without combining marks, lower case, letters and digits only, single spaces.
 * `normalizeName("U.S.") === "us"`, `normalizeName("Zelenskyy’s") === "zelenskyys"`, `normalizeName("Ærø") === "aero"`. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Øø]/g, 'o')
    .replace(/[Œœ]/g, 'oe')
    .replace(/ß/g, 'ss')
    .replace(/[Łł]/g, 'l')
    .replace(/[Đđ]/g, 'd')
    .toLowerCase()
    // Apostrophes and dots join their neighbours ("U.S." → "us", "Xi'an" → "xian"); other punctuation separates.
    .replace(/['’‘`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export { editDistance } from '../util/edit-distance.js';
