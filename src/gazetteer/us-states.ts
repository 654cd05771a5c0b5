/**
 * The states of the United States as news abbreviates them. Wire copy and US papers write a state after a town or a
 * legislator in its AP/Washington Post abbreviation ("Santa Clarita, Calif.", "Kamala Harris (Calif.)", "South Bend,
 * Ind."), or in its postal code ("all of NY"): each is the state's own name, never a place of its own.
 *
 * The table is the `us-abbreviations` package (full name, FIPS, postal code and Post style of the 50 states, D.C. and
 * the territories, MIT).
 */
import { createRequire } from 'node:module';
import { normName } from './normalize.js';

interface Row { full: string; fips: string; postal: string; post: string }

const rows = createRequire(import.meta.url)('us-abbreviations/src/abbreviations.json') as Row[];

/** Postal codes that are, written in capitals, more often something else than the state: "LA" is Los Angeles, "DC"
 * the capital (a city, not the state it is not). */
const POSTAL_READ_OTHERWISE: Record<string, string> = { LA: 'Los Angeles', DC: 'the capital city, not a state' };

/** Abbreviations whose full name would merge a state with a city of its name: "Wash." stays what it is. */
const ABBREVIATION_KEPT: Record<string, string> = { 'Wash.': 'Washington the state, whose full name is the capital city too', 'D.C.': 'the capital city' };

const byAbbreviation = new Map<string, string>();
const postal = new Map<string, string>();
for (const r of rows) {
  if (!(r.post in ABBREVIATION_KEPT) && r.post !== r.full) byAbbreviation.set(normName(r.post), r.full);
  if (!(r.postal in POSTAL_READ_OTHERWISE)) postal.set(r.postal, r.full);
}
const fullNames = new Set(rows.map((r) => normName(r.full)));

/**
 * The full name of the US state a place's name abbreviates ("Calif." and "Calif" → California, "N.Y." and "NY" → New
 * York), or undefined. A postal code counts only written in capitals ("NY", not "Ok"), a Post-style abbreviation in any
 * case, with or without its dots ("Ny" is "N.Y.").
 */
export function usStateOfAbbreviation(name: string): string | undefined {
  const t = name.trim();
  if (/^\p{Lu}\.?\p{Lu}\.?$/u.test(t)) return postal.get(t.replace(/\./g, ''));
  return byAbbreviation.get(normName(t));
}

/** Whether a name is a US state's full name ("Georgia", "New York"). */
export function isUsStateName(name: string): boolean {
  return fullNames.has(normName(name));
}
