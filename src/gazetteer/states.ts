/**
 * States (sovereign countries) with their ISO 3166-1 codes, official names, common aliases and demonyms.
 *
 * The base is the `world-countries` package (names, official names, alternative spellings, English demonyms,
 * capitals). The tables below add what news writes and that package does not carry, each with its reason.
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { normName, wordTable } from './normalize.js';

export interface StateEntry {
  /** The label of the state's node: its common English name. */
  name: string;
  /** ISO 3166-1 alpha-2, or a stable pseudo-code for historical states. */
  iso: string;
  /** Capital cities (labels). */
  capitals: string[];
}

/** Territories listed by world-countries that news treats as states. */
const STATE_EXCEPTIONS: Record<string, string> = wordTable({
  PS: 'Palestine is a UN observer state and a party to talks',
  TW: 'Taiwan has its own government that holds talks and visits',
  XK: 'Kosovo is recognised by most UN members',
  VA: 'Vatican City (the Holy See) holds diplomatic talks',
});

/** States that no longer exist but fill archives of news (Reuters 1987, BBC archives). */
const HISTORICAL_STATES: Array<{ name: string; iso: string; aliases: string[]; demonyms: string[]; capitals: string[]; reason: string }> = [
  { name: 'Soviet Union', iso: 'SU', aliases: ['USSR', 'U.S.S.R.', 'Soviet Union'], demonyms: ['Soviet'], capitals: ['Moscow'], reason: 'Cold War news' },
  { name: 'West Germany', iso: 'DD-W', aliases: ['Federal Republic of Germany', 'West Germany'], demonyms: ['West German'], capitals: ['Bonn'], reason: 'state until 1990' },
  { name: 'East Germany', iso: 'DD', aliases: ['German Democratic Republic', 'GDR', 'East Germany'], demonyms: ['East German'], capitals: ['East Berlin'], reason: 'state until 1990' },
  { name: 'Yugoslavia', iso: 'YU', aliases: ['Yugoslavia'], demonyms: ['Yugoslav'], capitals: ['Belgrade'], reason: 'state until 2003' },
  { name: 'Czechoslovakia', iso: 'CS', aliases: ['Czechoslovakia'], demonyms: ['Czechoslovak'], capitals: ['Prague'], reason: 'state until 1992' },
];

/** Names that news uses for a state and world-countries does not list, by ISO code. */
const EXTRA_ALIASES: Record<string, { aliases: string[]; reason: string }> = {
  US: { aliases: ['U.S.', 'U.S.A.', 'America', 'United States'], reason: 'dotted abbreviations and the short name are how newswire writes it' },
  GB: { aliases: ['Britain', 'Great Britain', 'U.K.', 'UK', 'United Kingdom'], reason: 'common short names of the United Kingdom' },
  RU: { aliases: ['Russian Federation'], reason: 'official name, also in world-countries; listed for clarity' },
  CN: { aliases: ["People's Republic of China", 'PRC', 'P.R.C.', 'mainland China'], reason: 'official name and its abbreviation' },
  KR: { aliases: ['Republic of Korea', 'ROK'], reason: 'official name used in diplomatic news' },
  KP: { aliases: ['DPRK', "Democratic People's Republic of Korea"], reason: 'official name used in diplomatic news' },
  NL: { aliases: ['Holland', 'the Netherlands'], reason: 'common names' },
  CZ: { aliases: ['Czech Republic'], reason: 'name before 2016, still common' },
  MM: { aliases: ['Burma'], reason: 'former name, still common' },
  CI: { aliases: ['Ivory Coast'], reason: 'English name' },
  CD: { aliases: ['DR Congo', 'DRC', 'Congo-Kinshasa'], reason: 'common short names' },
  VA: { aliases: ['Holy See', 'Vatican'], reason: 'diplomatic name' },
  AE: { aliases: ['UAE', 'U.A.E.', 'Emirates'], reason: 'common abbreviations' },
  TR: { aliases: ['Turkey', 'Türkiye'], reason: 'both names are in use' },
  IR: { aliases: ['Iran'], reason: 'common name' },
  SY: { aliases: ['Syria'], reason: 'common name' },
  VN: { aliases: ['Vietnam', 'Viet Nam'], reason: 'both spellings are in use' },
  MK: { aliases: ['Macedonia'], reason: 'name before 2019' },
  SZ: { aliases: ['Swaziland'], reason: 'name before 2018' },
};

/** Demonyms that world-countries lacks or that news uses more than the listed one. */
const EXTRA_DEMONYMS: Record<string, { demonyms: string[]; reason: string }> = {
  GB: { demonyms: ['British', 'UK'], reason: '"British Prime Minister X"; world-countries lists only "British"' },
  US: { demonyms: ['U.S.', 'US', 'American'], reason: '"U.S. President X" uses the abbreviation as an adjective' },
  CN: { demonyms: ['Chinese', 'Sino'], reason: '"Chinese" listed for clarity; "Sino-" joins it to another state ("Sino-Soviet talks")' },
  NL: { demonyms: ['Dutch'], reason: 'English demonym of the Netherlands' },
  KR: { demonyms: ['South Korean'], reason: 'distinguishes the two Koreas' },
  KP: { demonyms: ['North Korean'], reason: 'distinguishes the two Koreas' },
  PH: { demonyms: ['Philippine'], reason: 'adjective form' },
};

/** Common names that world-countries spells in a way news does not. */
const NAME_OVERRIDES: Record<string, { name: string; reason: string }> = {
  CZ: { name: 'Czech Republic', reason: 'the name most news archives use' },
  TR: { name: 'Turkey', reason: 'the English name in news archives; "Türkiye" stays an alias' },
};

// world-countries ships CommonJS whose typings declare an ES default export; require() reads it as it is.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

interface Gazetteer {
  byName: Map<string, StateEntry>;
  byDemonym: Map<string, StateEntry>;
  byIso: Map<string, StateEntry>;
  capitals: Map<string, StateEntry>;
  demonymsByIso: Map<string, string[]>;
}

let cache: Gazetteer | undefined;

function build(): Gazetteer {
  const byName = new Map<string, StateEntry>();
  const byDemonym = new Map<string, StateEntry>();
  const byIso = new Map<string, StateEntry>();
  const capitals = new Map<string, StateEntry>();
  const demonymsByIso = new Map<string, string[]>();
  const addName = (n: string, e: StateEntry) => {
    const k = normName(n);
    if (k && !byName.has(k)) byName.set(k, e);
  };
  for (const c of countries) {
    const iso = c.cca2;
    if (!c.unMember && !(iso in STATE_EXCEPTIONS)) continue;
    const name = NAME_OVERRIDES[iso]?.name ?? c.name.common;
    const entry: StateEntry = { name, iso, capitals: (c.capital ?? []).map((x: string) => x.replace(/ D\.C\.$/, '')) };
    byIso.set(iso, entry);
    addName(name, entry);
    addName(c.name.common, entry);
    addName(c.name.official, entry);
    for (const a of c.altSpellings ?? []) if (a.length > 3 && /^[\p{Script=Latin}\p{P}\s]+$/u.test(a)) addName(a, entry);
    for (const a of EXTRA_ALIASES[iso]?.aliases ?? []) addName(a, entry);
    const dems = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[iso]?.demonyms ?? [])].filter(Boolean) as string[]);
    demonymsByIso.set(iso, [...dems]);
    for (const d of dems) {
      const k = normName(d);
      if (k && !byDemonym.has(k)) byDemonym.set(k, entry);
    }
    for (const cap of entry.capitals) capitals.set(normName(cap), entry);
  }
  for (const h of HISTORICAL_STATES) {
    const entry: StateEntry = { name: h.name, iso: h.iso, capitals: h.capitals };
    byIso.set(h.iso, entry);
    for (const a of [h.name, ...h.aliases]) addName(a, entry);
    for (const d of h.demonyms) byDemonym.set(normName(d), entry);
    demonymsByIso.set(h.iso, h.demonyms);
  }
  // Washington, not "Washington D.C.", is how news names the US capital.
  const us = byIso.get('US');
  if (us) capitals.set('washington', us);
  return { byName, byDemonym, byIso, capitals, demonymsByIso };
}

function gaz(): Gazetteer {
  return (cache ??= build());
}

/** The state a name denotes ("U.S.", "Russian Federation", "RUSSIA"), or undefined. */
export function stateByName(name: string): StateEntry | undefined {
  const k = normName(name);
  // Two-letter abbreviations must be written in capitals ("US", not "us").
  if (k.length <= 3 && name.replace(/\./g, '') !== name.replace(/\./g, '').toUpperCase()) return undefined;
  return gaz().byName.get(k.replace(/^the /, ''));
}

/** The state a demonym or national adjective refers to ("Russian" → Russia, "U.S." → United States). */
export function stateByDemonym(word: string): StateEntry | undefined {
  return gaz().byDemonym.get(normName(word));
}

export function stateByIso(iso: string): StateEntry | undefined {
  return gaz().byIso.get(iso);
}

/** The state whose capital this city is ("Beijing" → China). */
export function stateOfCapital(city: string): StateEntry | undefined {
  return gaz().capitals.get(normName(city));
}

/** The demonyms of a state, as written ("Russian"). */
export function demonymsOf(iso: string): string[] {
  return gaz().demonymsByIso.get(iso) ?? [];
}

/** All demonyms, longest first (for matching multi-word ones like "South Korean" before "Korean"). */
export function allDemonyms(): string[] {
  return [...gaz().byDemonym.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/**
 * States that were part of a union on an article's date: a city of today's Russia or Ukraine was in the Soviet Union
 * until it dissolved, one of Slovakia in Czechoslovakia, one of Croatia in Yugoslavia. The union's code, its member
 * states' codes, and the last day it existed.
 */
export const FORMER_UNIONS: Array<{ iso: string; members: string[]; until: string; reason: string }> = [
  { iso: 'SU', members: ['RU', 'UA', 'BY', 'MD', 'LT', 'LV', 'EE', 'GE', 'AM', 'AZ', 'KZ', 'UZ', 'TM', 'KG', 'TJ'], until: '1991-12-25', reason: 'dissolved 26 December 1991' },
  { iso: 'CS', members: ['CZ', 'SK'], until: '1992-12-31', reason: 'dissolved 1 January 1993' },
  { iso: 'YU', members: ['RS', 'ME', 'HR', 'SI', 'BA', 'MK', 'XK'], until: '1991-06-24', reason: 'Slovenia and Croatia left 25 June 1991; the rump state is left out' },
];

/** The state a place of state `iso` belonged to on `date` (the union it was part of then, else `iso`). */
export function stateOnDate(iso: string, date: string | null): string {
  if (!date) return iso;
  return FORMER_UNIONS.find((u) => u.members.includes(iso) && date <= u.until)?.iso ?? iso;
}
