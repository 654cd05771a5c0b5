/**
 * Titles of office and honorifics. A title before or after a name is never part of the name; with a state or an
 * organization beside it, it is a `role` relation ("Russian President Vladimir Putin": President of Russia).
 * Entries are lowercase; multi-word titles are matched longest first.
 */
import { normName, wordTable } from './normalize.js';

/** Core titles, with the reason each is listed. */
export const TITLES: Record<string, string> = wordTable({
  president: 'head of state', 'vice president': 'deputy head of state', 'prime minister': 'head of government',
  premier: 'head of government (China, provinces)', chancellor: 'head of government (Germany, Austria)',
  king: 'monarch', queen: 'monarch', emperor: 'monarch', prince: 'royal', princess: 'royal', pope: 'head of the Holy See',
  'crown prince': 'heir', emir: 'monarch', sultan: 'monarch', sheikh: 'honorific of Gulf rulers',
  minister: 'member of a government', 'foreign minister': 'government', 'defence minister': 'government',
  'defense minister': 'government', 'finance minister': 'government', 'interior minister': 'government',
  'trade minister': 'government', 'economy minister': 'government', 'energy minister': 'government', 'oil minister': 'government',
  'agriculture minister': 'government', 'justice minister': 'government', 'health minister': 'government',
  'deputy prime minister': 'government', 'first deputy prime minister': 'government',
  secretary: 'office holder', 'secretary of state': 'US foreign minister', 'secretary general': 'head of an international organization',
  'secretary-general': 'head of an international organization', 'treasury secretary': 'US finance minister',
  'defense secretary': 'US defence minister', 'foreign secretary': 'UK foreign minister', 'home secretary': 'UK interior minister',
  'general secretary': 'party leader', chairman: 'head of a body', chairwoman: 'head of a body', chair: 'head of a body',
  'deputy chairman': 'deputy head of a body', 'vice chairman': 'deputy head of a body', 'vice-chairman': 'deputy head of a body',
  leader: 'head of a party or state', 'supreme leader': 'head of state (Iran)', governor: 'head of a region or central bank',
  mayor: 'head of a city', ambassador: 'envoy', envoy: 'envoy', 'special envoy': 'envoy', spokesman: 'speaks for a body',
  spokeswoman: 'speaks for a body', spokesperson: 'speaks for a body', senator: 'legislator', congressman: 'legislator',
  congresswoman: 'legislator', 'speaker': 'head of a legislature', director: 'head of an agency', 'director general': 'head of an agency',
  'director-general': 'head of an agency', 'chief executive': 'head of a company', ceo: 'head of a company',
  'managing director': 'head of a company or fund', head: 'head of a body', commissioner: 'EU or police office',
  general: 'military rank', admiral: 'military rank', colonel: 'military rank', commander: 'military office',
  'commander-in-chief': 'head of armed forces', 'chief of staff': 'head of staff', 'national security adviser': 'adviser',
  adviser: 'adviser', advisor: 'adviser', judge: 'judiciary', 'chief justice': 'judiciary', justice: 'judge of a supreme court ("Justice Stephen Breyer")', 'attorney general': 'judiciary',
  coach: 'sports', manager: 'sports or company', captain: 'sports or military', president_elect: 'elected, not yet in office',
  representative: 'legislator ("Representative Ana Ruiz", the long form of "Rep.") or envoy', 'trade representative': 'US trade minister ("U.S. Trade Representative")',
  'permanent representative': 'ambassador to an international organization', 'high representative': 'EU foreign-policy chief; envoy for Bosnia',
  sheriff: 'head of a county police', prosecutor: 'judiciary', 'district attorney': 'judiciary', 'attorney': 'judiciary ("U.S. Attorney")',
});

/** Words that turn a title into a deputy, acting or regional one; kept as part of the title. */
export const TITLE_MODIFIERS = ['deputy', 'vice', 'acting', 'first', 'interim', 'chief', 'senior', 'foreign', 'prime', 'state', 'federal', 'assistant'];

/** Words before a title that say the office is no longer held. */
export const FORMER_MARKERS: Record<string, string> = wordTable({
  former: 'office no longer held', ex: 'prefix ex-', 'then': 'office held at the time described, not now', late: 'deceased',
});
/** Words before a title that say the office is held now (they are dropped from the title). */
export const CURRENT_MARKERS: Record<string, string> = wordTable({ current: 'explicitly current', incumbent: 'explicitly current', sitting: 'explicitly current', new: 'newly in office' });

/** Titles of a region's, a city's or a legislature's office: "of" a state after the name is where they hold it or
 * come from ("Governor Jimmy Carter of Georgia", "Senator Ana Ruiz of Georgia"), not a national office of that state. */
export const LOCAL_TITLES: Record<string, string> = wordTable({
  governor: 'a region\'s head', gov: 'a region\'s head', mayor: 'a city\'s head', senator: 'a legislator', sen: 'a legislator',
  congressman: 'a legislator', congresswoman: 'a legislator', representative: 'a legislator', rep: 'a legislator',
  assemblyman: 'a legislator', assemblywoman: 'a legislator', councillor: 'a council member', councilman: 'a council member',
  councilwoman: 'a council member', delegate: 'a legislator or envoy', mp: 'a legislator', mep: 'a legislator',
});

/** Honorifics that precede a name and are not part of it. */
export const HONORIFICS: Record<string, string> = wordTable({
  mr: 'honorific', mrs: 'honorific', ms: 'honorific', miss: 'honorific', dr: 'academic or medical', prof: 'academic',
  professor: 'academic', sir: 'knighthood', dame: 'damehood', lord: 'peerage', lady: 'peerage', rev: 'clergy',
  reverend: 'clergy', president: 'title', 'h.e.': 'diplomatic honorific', his: 'as in "His Excellency"', excellency: 'diplomatic honorific',
});

/** Abbreviated titles written before a name ("Sen. Ana Ruiz", "Gov.-elect Bo Lund", "Rev. Al Green"); the recognizer
 * cuts them off a name too (src/ner/titles.ts). */
export const TITLE_ABBREVIATIONS: Record<string, string> = wordTable({
  sen: 'Senator', rep: 'Representative', gov: 'Governor', gen: 'General', lt: 'Lieutenant', col: 'Colonel', maj: 'Major',
  capt: 'Captain', adm: 'Admiral', sgt: 'Sergeant', rev: 'Reverend',
  sens: 'Senators ("Sens. Kamala Harris and Elizabeth Warren")', reps: 'Representatives',
});

const titleSet = new Set(Object.keys(TITLES).map((t) => normName(t.replace(/_/g, ' '))));
const modifierSet = new Set(TITLE_MODIFIERS);

/** True when the normalised words form a title ("deputy chairman", "foreign minister", "president"). */
export function isTitle(words: string): boolean {
  const n = normName(words);
  if (titleSet.has(n)) return true;
  const parts = n.split(' ');
  while (parts.length > 1 && modifierSet.has(parts[0]!)) {
    parts.shift();
    if (titleSet.has(parts.join(' '))) return true;
  }
  return false;
}

/** True when a single word can be (the last word of) a title: "president", "minister", "chairman". */
export function isTitleWord(word: string): boolean {
  // A title of one elected or named and not yet in office is a title ("Gov.-elect", "Sen.-elect", "minister-designate").
  const n = normName(word).replace(/ (elect|designate)$/, '');
  return titleSet.has(n) || modifierSet.has(n) || n in TITLE_ABBREVIATIONS;
}


export function isHonorific(word: string): boolean {
  return normName(word) in HONORIFICS;
}

/** Capitalises a title as it is shown on a `role` edge: "deputy chairman" → "Deputy Chairman". */
export function displayTitle(words: string): string {
  return words.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()).replace(/ Of /g, ' of ');
}

/** Lowercase words that may stand inside a title phrase before its head ("finance minister", "trade representative"). */
export const TITLE_DOMAIN_WORDS: Record<string, string> = wordTable({
  foreign: 'portfolio', finance: 'portfolio', defence: 'portfolio', defense: 'portfolio', trade: 'portfolio',
  economy: 'portfolio', economic: 'portfolio', energy: 'portfolio', oil: 'portfolio', agriculture: 'portfolio',
  interior: 'portfolio', justice: 'portfolio', health: 'portfolio', education: 'portfolio', labour: 'portfolio',
  labor: 'portfolio', transport: 'portfolio', treasury: 'portfolio', budget: 'portfolio', security: 'portfolio',
  home: 'portfolio', industry: 'portfolio', commerce: 'portfolio', culture: 'portfolio', environment: 'portfolio',
  state: 'portfolio', chief: 'rank', general: 'rank', deputy: 'rank', vice: 'rank', first: 'rank', prime: 'rank',
  under: 'rank', assistant: 'rank', executive: 'rank', managing: 'rank', national: 'scope', supreme: 'rank',
  acting: 'rank', interim: 'rank', senior: 'rank', special: 'rank', press: 'portfolio', party: 'scope',
  representative: 'office ("trade representative")',
});

