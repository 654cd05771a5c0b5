/**
 * Organizations' names in their forms: a legal suffix ("Merrill Lynch and Co Inc"), a British or American spelling
 * ("Organisation"), a plural or "Party" form ("Liberal Democrats", "Labour Party"), a party's short form ("Lib Dems",
 * "Tories", "UKIP", "GOP"). Names with the same form key are one organization.
 */
import { normName, wordTable } from '../gazetteer/normalize.js';
import { LEGISLATURE_WORDS } from '../gazetteer/meetings.js';

/** Legal suffixes at the end of a company's name; "and"/"&" before one goes with it ("& Co", "and Co Inc"). */
export const LEGAL_SUFFIXES: Record<string, string> = wordTable({
  inc: 'incorporated (US)', incorporated: 'incorporated (US)', corp: 'corporation', corporation: 'corporation',
  co: 'company', cos: 'companies', plc: 'public limited company (UK)', ltd: 'limited company', limited: 'limited company',
  llc: 'limited liability company (US)', llp: 'limited liability partnership', ag: 'Aktiengesellschaft', sa: 'société anonyme',
  nv: 'naamloze vennootschap', gmbh: 'German limited company', spa: 'Italian joint-stock company', bhd: 'Malaysian limited company',
});

/** British spellings folded to American ones (the form key only; labels keep the spelling most written). */
export const SPELLINGS: Record<string, string> = wordTable({
  organisation: 'organization', organisations: 'organizations', 'co operation': 'cooperation', defence: 'defense',
  centre: 'center', programme: 'program', harbour: 'harbor', council: 'council',
});

/** Short forms of parties, as form keys (after plural and "Party" are folded), with the party they stand for. */
export const PARTY_SHORT_FORMS: ReadonlyArray<{ short: string; long: string; reason: string }> = [
  { short: 'lib dem', long: 'liberal democrat', reason: 'UK Liberal Democrats, short form' },
  { short: 'libdem', long: 'liberal democrat', reason: 'UK Liberal Democrats, short form' },
  { short: 'tory', long: 'conservative', reason: 'UK Conservative Party, nickname' },
  { short: 'torie', long: 'conservative', reason: 'UK Conservative Party, nickname ("Tories")' },
  { short: 'ukip', long: 'uk independence', reason: 'UK Independence Party, acronym' },
  { short: 'gop', long: 'republican', reason: 'US Republican Party, "Grand Old Party"' },
  { short: 'grand old', long: 'republican', reason: 'US Republican Party, "Grand Old Party"' },
  { short: 'snp', long: 'scottish national', reason: 'Scottish National Party, acronym' },
  { short: 'democrat', long: 'democratic', reason: 'US Democratic Party as its opponents name it ("the Democrat Party")' },
];
const shortForms = new Map(PARTY_SHORT_FORMS.map((p) => [p.short, p.long]));

/** Last words whose final "s" is no plural: "The Times" is not "Time", "Airbus" not "Airbu". */
const NOT_PLURALS: Record<string, string> = wordTable({
  times: 'newspaper', news: 'media', express: 'newspaper', lions: 'team', jets: 'team', wings: 'team', giants: 'team',
  saints: 'team', rangers: 'team', spurs: 'team', nations: '"United Nations"', states: '"United States"', games: 'event',
  affairs: '"Foreign Affairs"', services: 'a body', sports: 'media', airlines: 'company', motors: 'company',
});

/** The words of a name without its legal suffix: "Merrill Lynch and Co Inc" → merrill lynch. */
export function withoutLegalSuffix(words: string[]): string[] {
  const w = [...words];
  let stripped = false;
  while (w.length > 1 && w[w.length - 1]! in LEGAL_SUFFIXES) {
    w.pop();
    stripped = true;
    if (w.length > 1 && (w[w.length - 1] === 'and' || w[w.length - 1] === '&')) w.pop();
  }
  return stripped ? w : words;
}

/** Whether a name ends with a legal suffix ("Yahoo Inc", "Rosneft plc"): a company's name, never a person's. */
export function hasLegalSuffix(label: string): boolean {
  const words = normName(label).split(' ');
  return words.length > 1 && words[words.length - 1]! in LEGAL_SUFFIXES;
}

/** A name with British spellings folded to American ones, and nothing else folded. */
function spellingKey(label: string): string {
  let n = ` ${normName(label).replace(/^the /, '')} `;
  for (const [brit, us] of Object.entries(SPELLINGS)) n = n.replace(` ${brit} `, ` ${us} `);
  return n.trim();
}

/** Last words of the names of US federal bodies that news writes with and without "U.S." before them ("U.S. Supreme
 * Court" and "Supreme Court", "U.S. Army" and "Army"); a company's "U.S." is its own name ("U.S. Steel", "US Airways"). */
export const US_FEDERAL_BODY_HEADS: Record<string, string> = wordTable({
  court: 'federal court ("U.S. Supreme Court")', army: 'armed service', navy: 'armed service', force: '"U.S. Air Force"',
  corps: '"U.S. Marine Corps"', guard: '"U.S. Coast Guard"', department: 'executive department', agency: 'federal agency',
  service: '"U.S. Secret Service", "U.S. Postal Service"', bureau: '"U.S. Census Bureau"', commission: 'federal commission',
  administration: '"U.S. Food and Drug Administration"', enforcement: '"U.S. Immigration and Customs Enforcement"',
  protection: '"U.S. Customs and Border Protection"', senate: 'chamber of Congress', congress: 'the legislature',
});

/** "U.S. Supreme Court" → "supreme court": a federal body's name without the "U.S." news writes before it or not. A
 * district's or circuit's court keeps it: "District Court" alone is any state's. */
function withoutUsPrefix(n: string): string {
  const m = /^ (?:u s|us|united states) ((?:\S+ )*?(\S+)) $/.exec(n);
  if (!m || !(m[2]! in US_FEDERAL_BODY_HEADS) || /^(district|circuit|bankruptcy|claims) /.test(m[1]!)) return n;
  return ` ${m[1]!} `;
}

/**
 * The Arabic article before a capitalised name, written "al" or, as in Egypt, "el"; with a hyphen or a space, in lower
 * case or capitalised ("al-Qaeda", "Al Qaeda", "el-Qaeda"): one word of one name. normName folds the hyphen and the
 * capital; "el" is folded to "al" where it is written in lower case, since a capitalised "El" is also the Spanish
 * article ("El Paso"). The assimilated forms ("ad-", "ash-", "ar-") are English words too and stay as written.
 */
const ARABIC_ARTICLE_EL = /(^|[\s(])el(?=[-\s]\p{Lu})/gu;

/** One key for an organization's forms: legal suffix, spelling, "Party", plural, party short forms and the Arabic
 * article folded. */
export function organizationFormKey(label: string): string {
  let n = ` ${normName(label.replace(ARABIC_ARTICLE_EL, '$1al')).replace(/^the /, '')} `;
  for (const [brit, us] of Object.entries(SPELLINGS)) n = n.replace(` ${brit} `, ` ${us} `);
  n = withoutUsPrefix(n);
  // "House Judiciary Chairman Jerry Nadler": a chamber's committee named without its head word is the committee.
  n = n.replace(/^ (house|senate) (\S.*) committee $/, ' $1 $2 ');
  // "Department of Justice" is the "Justice Department", "Ministry of Defence" the "Defence Ministry".
  n = n.replace(/^ (department|ministry|office) of (?:the )?(.+) $/, ' $2 $1 ');
  let words = withoutLegalSuffix(n.trim().split(' '));
  // "Congress Party" (India) is not "Congress" (the United States'): a chamber's name keeps its "Party".
  if (words.length > 1 && words[words.length - 1] === 'party' && !(words[words.length - 2]! in LEGISLATURE_WORDS)) words = words.slice(0, -1);
  const last = words[words.length - 1]!;
  // An acronym's final capital S is a letter of it ("HBOS" is not "HBO"); a lowercase one is a plural ("PSPs").
  const written = label.trim().split(/\s+/).pop() ?? '';
  if (last.length > 3 && /[^su]s$/.test(last) && !(last in NOT_PLURALS) && !/S$/.test(written)) words = [...words.slice(0, -1), last.slice(0, -1)];
  const key = words.join(' ');
  return shortForms.get(key) ?? key;
}

/**
 * The spelling an article gives an organization's label, when it writes the label's very name in its other British or
 * American spelling ("World Trade Organisation" for the World Trade Organization, "Co-operation" for "Cooperation"):
 * the first such surface of `surfaces`, or undefined when the article writes it as the label does (or only by another
 * name, an acronym). The label stays the node's name; this is the name as the reader of the article knows it.
 */
export function writtenSpelling(label: string, surfaces: Iterable<string>): string | undefined {
  const key = spellingKey(label);
  const own = normName(label);
  for (const s of surfaces) {
    const n = normName(s).replace(/^the /, '');
    if (n !== own && spellingKey(s) === key) return s.replace(/\s+/g, ' ').trim().replace(/^the /i, '');
  }
  return undefined;
}

/** Why two names have the same form key, for the merge report. */
export function formReason(a: string, b: string): string {
  const na = normName(a).split(' ');
  const nb = normName(b).split(' ');
  if (withoutLegalSuffix(na).join(' ') !== na.join(' ') || withoutLegalSuffix(nb).join(' ') !== nb.join(' ')) return 'one name with and without a legal suffix (Inc, Corp, plc, & Co)';
  const sa = shortForms.has(normName(a)) || shortForms.has(normName(b));
  if (sa) return "a party's short form";
  return 'one name in its plural, "Party", word-order ("Department of Justice") or British/American spelling form';
}

/**
 * Wire copy marks a listed company by its stock symbol in angle brackets right after its name ("General Motors Corp
 * <GM>", "Rank Organisation Plc <RANK.L>", an exchange's code after the dot) and an unlisted one by its whole name in
 * them ("<Neptunia Corp Ltd>"). The symbol is markup, not a name of the text; the name before it is a company's.
 */
const TICKER_MARK = /^<([A-Z][A-Z0-9&]{0,7})(?:\.[A-Z]{1,2})?>/;

/** The stock symbol the text marks right after `end` ("Exxon Corp <XON>"), without its exchange code, or undefined. */
export function tickerAfter(text: string, end: number): string | undefined {
  return TICKER_MARK.exec(text.slice(end, end + 16).replace(/^[ \t]+/, ''))?.[1];
}

/** Whether `text[start, end)` is a stock symbol standing in its angle brackets ("<GM>", "<BUD.N>"). */
export function isTickerMark(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '<') return false;
  const m = TICKER_MARK.exec(text.slice(start - 1, start + 16));
  // The mention ends at or before the closing bracket.
  return !!m && end <= start - 2 + m[0].length;
}
