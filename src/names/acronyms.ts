/**
 * Acronyms: whether the letters of an acronym are the initials of a name's words. One rule for the article and the
 * corpus: "CPC" is "Communist Party of China", "UKIP" is "UK Independence Party" (an all-capital word gives all its
 * letters), "OSCE" is "Organization for Security and Co-operation in Europe" (function words may be skipped, hyphenated
 * parts give one letter each). A name of one word has no initials: "ID" is never "ITV Digital" of one word, and an
 * acronym is never a person's name.
 */

/** Lowercase words that an acronym may skip or take ("of", "and", "for"). */
export const ACRONYM_OPTIONAL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'a', 'an', 'de', 'du', 'des', 'la', 'le', 'del', 'der', 'und', 'et', '&']);

/** An acronym as written: two to ten capitals or digits, dots allowed ("U.N.", "G20", "AT&T"). */
export function isAcronym(word: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u.test(word.replace(/\./g, ''));
}

/** The letters an acronym stands for: capitals and digits, without dots, ampersands and hyphens. */
function letters(acronym: string): string {
  return acronym.replace(/[.&-]/g, '').toUpperCase();
}

/** What each word of a name may give to an acronym: its initial, each hyphenated part's initial, an all-capital
 * word's letters; function words may give nothing. */
function choices(word: string): Array<{ give: string[]; optional: boolean }> {
  const w = word.replace(/[.,'’]/g, '');
  if (!w) return [];
  if (ACRONYM_OPTIONAL_WORDS.has(w.toLowerCase()) && /^\p{Ll}|^&$/u.test(w)) return [{ give: ['', w[0]!.toUpperCase()], optional: true }];
  const give = new Set<string>();
  give.add(w[0]!.toUpperCase());
  const parts = w.split('-').filter(Boolean);
  if (parts.length > 1) give.add(parts.map((p) => p[0]!.toUpperCase()).join(''));
  if (/^[\p{Lu}\p{N}]{2,}$/u.test(w)) give.add(w.toUpperCase());
  // "Co-operation" gives C or CO; "Greenpeace" G.
  return [{ give: [...give], optional: false }];
}

/** Whether `acronym`'s letters are the initials of `name`'s words, in order, every capitalised word giving one. */
export function initialsMatch(acronym: string, name: string): boolean {
  const target = letters(acronym);
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2 || !target) return false;
  const opts = words.flatMap(choices);
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    if (i === opts.length) return j === target.length;
    const key = `${i}:${j}`;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    let ok = false;
    for (const g of opts[i]!.give) if (target.startsWith(g, j) && go(i + 1, j + g.length)) { ok = true; break; }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}
