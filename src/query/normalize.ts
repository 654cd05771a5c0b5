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

/** Levenshtein distance, stopping early once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
