/**
 * Names written in capitals: headlines, bylines and captions set a name in capitals ("DONALD TRUMP", "WASHINGTON"),
 * which is the same name as the text writes it in mixed case. A node takes the mixed-case spelling when the corpus
 * has one, and lists the capitals as no other name of its own.
 */
import { isPointedAbbreviation } from '../gazetteer/normalize.js';

/** Whether a name is written all in capitals (two letters or more, none lowercase): "SAN FRANCISCO", "TRUMP". */
function inCapitals(name: string): boolean {
  return !/\p{Ll}/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Whether a name in capitals is more than an acronym: several words ("SAN FRANCISCO"), or one word of a person's or
 * a place's name ("TRUMP", "WASHINGTON"). An organization's one word in capitals is its acronym ("NAACP", "UNICEF"),
 * whatever other spellings some articles use. */
function shoutedName(name: string, kind: string): boolean {
  return inCapitals(name) && (/\s/.test(name.trim()) || kind !== 'organization');
}

/** The spelling a node of `kind` keeps of two spellings of one name (same folded key): the first, unless it is
 * written in capitals and the second is not ("SAN FRANCISCO", then "San Francisco"). */
export function preferredSpelling(current: string, candidate: string, kind: string): string {
  return shoutedName(current, kind) && !inCapitals(candidate) ? candidate : current;
}

/** A node's other names without those in capitals that the list also has in mixed case ("DONALD TRUMP" beside
 * "Donald Trump", "TRUMP" beside "Trump"); an organization keeps its acronyms ("ISIS" beside "Isis"). */
export function withoutCapitalsDuplicates(names: Iterable<string>, kind: string): string[] {
  const list = [...names];
  const mixed = new Set(list.filter((n) => !inCapitals(n)).map((n) => n.toLocaleUpperCase('en')));
  return list.filter((n) => !shoutedName(n, kind) || !mixed.has(n.toLocaleUpperCase('en')));
}

/**
 * How a node shows its name: a place that the corpus writes only in capitals (a wire dateline's "PONTIAC", "ST. LOUIS",
 * "WINSTON-SALEM") in the case of its letters as a name is written ("Pontiac", "St. Louis", "Winston-Salem"); an
 * abbreviation with inner points keeps its capitals ("WASHINGTON D.C." → "Washington D.C."). Other names are shown as
 * the corpus writes them: a person's or an organization's capitals may be its own ("McALLEN", "NATO").
 */
export function shownSpelling(label: string, kind: string): string {
  if (kind !== 'place' || !shoutedName(label, kind)) return label;
  return label
    .split(/(\s+)/)
    .map((w) => (isPointedAbbreviation(w) ? w : w.replace(/\p{L}+/gu, (run) => run.charAt(0) + run.slice(1).toLocaleLowerCase('en'))))
    .join('');
}

