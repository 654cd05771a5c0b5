/**
 * What is no entity's name, and what is no part of one: words of results tables, party and state designations,
 * coinages from names, function words glued to a name, and the evidence that a name is a company's. Tables with
 * reasons; src/pipeline/02-mentions.ts and 03-resolve.ts apply them.
 */
import { normName, wordTable } from '../gazetteer/normalize.js';
import { PHOTO_CREDIT_WORDS } from '../gazetteer/boilerplate.js';

/** Abbreviations of wire results tables ("Nine Mths", "N.Z. Dlrs", "Shr"): a name holding one is a row of figures. */
export const FIGURE_WORDS: Record<string, string> = wordTable({
  mths: 'months', mth: 'month', dlrs: 'dollars', dlr: 'dollar', shr: 'share', shrs: 'shares', cts: 'cents',
  revs: 'revenues', qtr: 'quarter', qtrs: 'quarters', avg: 'average', pct: 'per cent', mln: 'million', mlns: 'millions',
  bln: 'billion', blns: 'billions', stg: 'sterling', oper: 'operating', yr: 'year', yrs: 'years', wk: 'week', wks: 'weeks',
});

/** "D-Calif", "R-Texas": a legislator's party and state, no name. */
export const PARTY_STATE_DESIGNATION = /^[DRI]-[\p{Lu}][\p{L}.]*$/u;

/** Endings that make a word from a name a policy, doctrine or craze ("Obamacare", "Reaganomics", "Thatcherism"). */
export const COINAGE_ENDINGS: ReadonlyArray<{ ending: string; reason: string }> = [
  { ending: 'care', reason: 'a health policy named after a politician ("Obamacare", "Trumpcare")' },
  { ending: 'nomics', reason: 'an economic policy ("Reaganomics", "Abenomics")' },
  { ending: 'ism', reason: 'a doctrine ("Thatcherism", "Trumpism")' },
  { ending: 'mania', reason: 'a craze ("Beatlemania")' },
];

const COINAGES = COINAGE_ENDINGS.map((e) => ({ pattern: new RegExp(`^\\p{Lu}\\p{Ll}{3,}${e.ending}$`, 'iu'), reason: e.reason }));

/** A name glued to the next word by a scraper ("TrumpGOP", "McConnellAddison"): lowercase letters, then a capital,
 * in one word; the prefixes of surnames written so ("MacArthur", "FitzGerald", "VanDyke") excepted. */
const GLUED = /^(?!Mac|Fitz|Van|Von|Del|Della|Dos|Das)\p{Lu}\p{Ll}{2,}\p{Lu}/u;

/**
 * Link previews of web pages scraped into the text: a linked name runs into the headlines of other articles, which
 * end with a "MORE" link ("Sen. Ann Quill Ann Marie QuillSenate passes budget bill Five things to watch MORE"). The
 * preview runs from the glue point (a lowercase letter, then a capital or a digit, in one word whose first part is the name
 * written just before it) to that "MORE", at most `PREVIEW_MAX` characters on. Returns [start, end) ranges of the
 * text; names inside are headlines' names.
 */
export const PREVIEW_MAX = 600;
export function linkPreviews(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const glue = /(?<![\p{L}])(?!Mac|Fitz|Van|Von|Del|Della|Dos|Das)\p{Lu}\p{Ll}{2,}(?=\p{Lu}|\p{N})/gu;
  for (let m = glue.exec(text); m; m = glue.exec(text)) {
    const at = m.index + m[0].length;
    if (out.length && at < out[out.length - 1]![1]) continue;
    // the glued word ends the linked name, which the text has just written ("Trump Donald John TrumpGOP"), unlike a
    // brand's inner capital ("YouTube", "SpaceX")
    if (!new RegExp(`\\b${m[0]}\\b`, 'u').test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    const more = /\bMORE\b/u.exec(text.slice(at, at + PREVIEW_MAX));
    if (more) out.push([at, at + more.index + more[0].length]);
  }
  return out;
}

/**
 * Social-media handles ("@realDonaldTrump", "@SpeakerPelosi"): an account's name, no organization. A handle is a
 * word written right after "@", or one word run together from a lowercase prefix and capitalised names
 * ("realDonaldTrump"; a brand's one inner capital, "eBay", "iPhone", or capitals run together, "iOS", "mRNA", is
 * none). It stands for whom its capitalised words name, when the article names that entity; the words are returned,
 * or undefined when `surface` is no handle.
 */
export function handleWords(surface: string, charBefore: string): string[] | undefined {
  const w = surface.trim().replace(/^@/, '');
  if (!/^[\p{L}\p{N}_]+$/u.test(w)) return undefined;
  // A capitalised word is a capital and lowercase letters: an all-caps run ("iOS", "mRNA") is no run of names.
  const parts = w.match(/\p{Lu}\p{Ll}+/gu) ?? [];
  const atSign = charBefore === '@' || surface.trim().startsWith('@');
  if (!atSign && !(/^\p{Ll}/u.test(w) && parts.length >= 2)) return undefined;
  return parts;
}

/** One-word organization names that are ordinary nouns of bodies ("the Union", "the Committee", "super PAC"): alone
 * they name a body only as the end of a longer name the article gives ("European Union"), and a recognizer that cut a
 * title short leaves them too ("State of the Union", "Face the Nation"). */
export const GENERIC_ORGANIZATION_WORDS: Record<string, string> = wordTable({
  union: '"State of the Union", "the Union"', nation: '"Face the Nation", "the nation"', pac: '"super PAC"',
  committee: 'a body', commission: 'a body', council: 'a body', department: 'government', agency: 'government',
  administration: 'government', ministry: 'government', bureau: 'government', government: 'government', campaign: 'a campaign',
  caucus: 'a group of legislators', coalition: 'a group', alliance: 'a group', association: 'a body',
  federation: 'a body', foundation: 'a body', institute: 'a body', board: 'a body', authority: 'a body', league: 'a body',
  society: 'a body', organization: 'a body', organisation: 'a body', party: 'a party', bank: '"the Bank" (of England, the World Bank)',
  court: 'a court', fund: 'a fund', office: 'an office', service: 'a service',
});

/** The generic word an organization's name is, alone or after "The" ("Committee", "The Bank"), else undefined. */
export function genericHead(label: string): string | undefined {
  const n = normName(label.replace(/^the\s+/iu, ''));
  return !n.includes(' ') && n in GENERIC_ORGANIZATION_WORDS ? n : undefined;
}

/** The head noun of a name: the last word before "of", "for", "on" or "to" ("Bank of England", "Bank for
 * International Settlements", "Council on Foreign Relations", "Committee to Protect Journalists"), else its last word
 * ("World Bank"). Folded. */
function headNoun(folded: string): string {
  const core = folded.split(/\s(?:of|for|on|to)\s/)[0]!.split(' ');
  return core[core.length - 1]!;
}

/** The distinct longer names (folded) a generic word alone may stand for: those it is the head noun of ("the Judiciary
 * Committee", "the Bank of England", "the European Court of Justice" for "the Committee", "the Bank", "the Court").
 * `labels` holds one label per mention in the order of the text, and the generic word stands at `at` among them: the
 * names given before it are the ones it refers back to (all of them when none is). Of several names, one named more
 * often than all the others together is the one meant ("the Bank" in an article about the African Development Bank
 * that names the World Bank once). */
export function namesHeadedBy(word: string, labels: readonly string[], at = labels.length): string[] {
  const headed = (list: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const l of list) {
      const n = normName(l);
      if (l.includes(' ') && !genericHead(l) && headNoun(n) === word) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    return counts;
  };
  const before = headed(labels.slice(0, at));
  const counts = before.size ? before : headed(labels);
  const heads = [...counts.keys()];
  if (heads.length < 2) return heads;
  const total = heads.reduce((n, h) => n + counts.get(h)!, 0);
  const top = heads.find((h) => 2 * counts.get(h)! > total);
  return top ? [top] : heads;
}

/** Last words of the names of laws, amendments and treaties ("First Amendment", "Affordable Care Act", "Paris
 * Accord"): an instrument, no organization and no place, whatever the recognizer read. */
const LEGAL_INSTRUMENT_WORDS: Record<string, string> = wordTable({
  amendment: 'constitutional amendment', amendments: 'constitutional amendments', act: 'statute', treaty: 'treaty',
  accord: 'agreement', accords: 'agreements', constitution: 'constitution', bill: 'bill before a legislature ("Farm Bill")',
  deal: 'programme or agreement ("New Deal", "Green New Deal")',
});

/** Why an organization's or place's name is a law's, or undefined: its last word, capitalised as in a title, names an
 * instrument ("Act", not "ACT", the Australian Capital Territory). One word alone is one only for "Constitution". */
export function legalInstrumentReason(label: string): string | undefined {
  // "Title IX", "Title 42": a title of a code of laws.
  if (/^Title(\s+([IVXLC]+|\d+))?$/.test(label.trim())) return 'a title of a code of laws ("Title IX")';
  const words = label.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last)) return undefined;
  const n = last.toLowerCase();
  if (!(n in LEGAL_INSTRUMENT_WORDS) || (words.length === 1 && n !== 'constitution')) return undefined;
  return `a law or treaty (${LEGAL_INSTRUMENT_WORDS[n]})`;
}

/** The names of court cases in a text ("Roe v. Wade", "Brown v. Board of Education", "Citizens United v. FEC"), as
 * [start, end) ranges: a case is no party of it, and its parties' names inside it are none of the article's entities.
 * Only "v." is a case's: a fixture is written "vs." ("Pacers vs. Celtics") or "v" ("England v Wales"). */
export function courtCases(text: string): Array<[number, number]> {
  // Words joined by spaces only (a case's name stays on its line), a side of at most four capitalised words and their
  // "of"/"the"; a word's dot is an abbreviation's ("U.S.") or stands before "v.", never a sentence's end ("cited Roe v.
  // Wade. Joe Biden met" is the case, then a sentence).
  const word = String.raw`\p{Lu}(?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*(?:\.(?=[ \t]+v\.))?`;
  const name = String.raw`${word}(?:[ \t]+(?:of[ \t]+|the[ \t]+)?${word}){0,3}`;
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${name}[ \t]+v\.[ \t]+${name}`, 'gu');
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** Why a person's name is no one's, or undefined: words glued by a scraper. */
export function junkPersonReason(label: string): string | undefined {
  if (label.split(/\s+/).some((w) => GLUED.test(w))) return 'words glued together by a web page scraper';
  return undefined;
}

/** A name written twice in a row ("Joe Biden Joe Biden", a scraped link and its text) is the name once, and so is one
 * written twice before the first word of a scraped headline ("Joe Biden Joe Biden Parnas: ambassador removed"). */
export function undoubled(label: string): string {
  const w = label.trim().split(/\s+/);
  for (let k = 2; 2 * k <= w.length && 2 * k >= w.length - 1; k++) if (w.slice(0, k).join(' ') === w.slice(k, 2 * k).join(' ')) return w.slice(0, k).join(' ');
  return label;
}

/** Networks and actions of a page's share buttons: a row of them read as a name ("Facebook Twitter Pinterest" before
 * a photo caption) is page furniture. */
const SHARE_BUTTON_WORDS: Record<string, string> = wordTable({
  facebook: 'network', twitter: 'network', pinterest: 'network', linkedin: 'network', reddit: 'network', whatsapp: 'network',
  tumblr: 'network', flipboard: 'network', messenger: 'network', email: 'action', print: 'action', share: 'action', tweet: 'action',
  post: 'action ("Share Tweet Post Email")',
});

/** Why a name is no entity's name, or undefined. */
export function junkNameReason(label: string): string | undefined {
  const words = normName(label).split(' ');
  if (words.length >= 2 && words.every((w) => w in SHARE_BUTTON_WORDS)) return 'a row of share buttons';
  const fig = words.find((w) => w in FIGURE_WORDS);
  if (fig) return `a row of figures ("${fig}": ${FIGURE_WORDS[fig]})`;
  if (PARTY_STATE_DESIGNATION.test(label.trim())) return "a legislator's party and state";
  if (words.length === 1) {
    const c = COINAGES.find((e) => e.pattern.test(label.trim()));
    if (c) return c.reason;
  }
  return undefined;
}

/** compromise lexicon tags of ordinary words that web pages set in capitals as buttons, links and labels ("MORE",
 * "READ", "BREAKING", "LATEST"): one such word alone in capitals is page furniture, not an acronym. Tags that
 * acronyms share ("US" a pronoun, "WHO" a question word, "ICE" a noun) are not listed. */
export const CAPS_FURNITURE_TAGS: Record<string, string> = wordTable({
  Adverb: '"MORE"', Adjective: '"LIVE", "UPDATED"', Superlative: '"LATEST"', Infinitive: '"READ", "SHARE"', Gerund: '"BREAKING"',
  PastTense: '"CLOSED"', Conjunction: '"NOW", "AND"', Preposition: '"FROM"', Determiner: '"THIS"',
});

/** Why a name is page furniture in capitals, or undefined: one word of two letters or more, all capitals, which the
 * lexicon (`tagOf`, its tag of the lowercase word) knows as an ordinary word of the kinds above. */
export function capsFurnitureReason(label: string, tagOf: (word: string) => string | undefined): string | undefined {
  const w = label.trim();
  if (!/^\p{Lu}{2,}$/u.test(w)) return undefined;
  const tag = tagOf(w.toLowerCase());
  return tag && tag in CAPS_FURNITURE_TAGS ? `a word of page furniture in capitals (${tag})` : undefined;
}

/** compromise lexicon tags of words that are never the first word of a person's name: a capitalised "When",
 * "Unless", "Today" before a name starts the sentence, not the name. */
export const NOT_NAME_START_TAGS: Record<string, string> = wordTable({
  QuestionWord: '"When Trump…"', Condition: '"Unless Obama…"', Date: '"Today Blair…"', Adverb: '"Meanwhile Brown…"',
  Conjunction: '"But Howard…"', Preposition: '"After Bush…"', Determiner: '"This Smith…"', Pronoun: '"Our Tony…"',
  PastTense: '"Asked Brown…"', Copula: '"Is Blair…"',
});

/** compromise lexicon tags of given names: the first given name in a span starts the person's name, and capitalised
 * words before it are a description ("Sprinter Kelly Holmes", "Euro MP Robert Kilroy-Silk"). */
export const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** Titles kept before a name of one word: royals and popes are known by given name and title ("Prince Charles" is not
 * "Ray Charles"). */
export const STYLE_TITLES: Record<string, string> = wordTable({
  prince: 'royal', princess: 'royal', king: 'monarch', queen: 'monarch', pope: 'pope', emperor: 'monarch',
  empress: 'monarch', sultan: 'monarch', emir: 'monarch', sheikh: 'Gulf ruler', duke: 'royal', duchess: 'royal',
  lord: 'peer ("Lord Falconer")', baroness: 'peer', baron: 'peer', earl: 'peer',
});

/** Words right before a name that say it is a company's ("oil firm Rosneft", "search giant Yahoo"). */
export const CORPORATE_NOUNS_BEFORE: Record<string, string> = wordTable({
  firm: 'company', company: 'company', giant: 'large company', group: 'company', maker: 'manufacturer',
  manufacturer: 'manufacturer', carrier: 'airline or telecom', airline: 'airline', retailer: 'retailer', chain: 'retailer',
  supermarket: 'retailer', conglomerate: 'company', subsidiary: 'company', operator: 'company', producer: 'company',
  developer: 'company', publisher: 'company', studio: 'film company', label: 'record company', broker: 'brokerage',
  brokerage: 'brokerage', insurer: 'insurer', lender: 'bank', bank: 'bank', startup: 'company', 'start-up': 'company',
  provider: 'company', monopoly: 'company', outfit: 'company', analyst: 'research firm ("analyst Gartner")',
});

/** Words right after a name that say it is a company's or a club's ("Yahoo shares", "Rosneft Inc", "Gartner
 * analyst", "Bath prop"). */
export const CORPORATE_WORDS_AFTER: Record<string, string> = wordTable({
  shares: 'stock', stock: 'stock', shareholders: 'stock', inc: 'legal suffix', corp: 'legal suffix', plc: 'legal suffix',
  ltd: 'legal suffix', llc: 'legal suffix', co: 'legal suffix', ag: 'legal suffix', analyst: '"Gartner analyst"',
  analysts: 'firm analysts', poll: 'pollster ("Gallup poll")', polls: 'pollster', survey: 'pollster', surveys: 'pollster',
  executives: 'company staff', employees: 'company staff', profits: 'results', profit: 'results',
  revenue: 'results', revenues: 'results', sales: 'results', subscribers: 'customers', customers: 'customers',
  prop: 'rugby club', 'fly-half': 'rugby club', 'scrum-half': 'rugby club', flanker: 'rugby club', hooker: 'rugby club',
  winger: 'sports club', striker: 'football club', midfielder: 'football club', defender: 'football club',
  goalkeeper: 'football club', keeper: 'football club', manager: 'sports club', coach: 'sports club',
});

/** Words right after a name that say it speaks for itself: a source, which a town never is ("Gallup reports", "Gallup
 * found"); "according to" before it says the same. */
const SOURCE_VERBS_AFTER: Record<string, string> = wordTable({
  says: 'speech', said: 'speech', reports: 'report', reported: 'report', estimates: 'report', estimated: 'report',
  finds: 'survey', found: 'survey', asks: 'survey', asked: 'survey', adds: 'speech', added: 'speech', notes: 'speech',
  noted: 'speech', surveyed: 'survey', polled: 'survey', polling: 'survey',
});

/** Why the words around a name say it is a source speaking, or undefined (see SOURCE_VERBS_AFTER). */
export function sourceCue(before: string[], after: string[]): string | undefined {
  const b = before.map((w) => w.toLowerCase());
  if (b[0] === 'to' && b[1] === 'according') return '"according to" before it: a source';
  // "Families in Gallup said": after a preposition the name is no subject of the verb.
  if (b[0] && PLACE_PREPOSITIONS.has(b[0])) return undefined;
  const a = after.map((w) => w.toLowerCase().replace(/[.,]$/, ''));
  if (a[0] && a[0] in SOURCE_VERBS_AFTER) return `"${after[0]}" after it: ${SOURCE_VERBS_AFTER[a[0]]}`;
  return undefined;
}
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'of', 'near', 'outside', 'inside', 'around', 'across', 'to', 'into', 'for', 'on', 'through']);

/** Words right before a name: "shares in Yahoo", "stake in Rosneft". */
export const CORPORATE_PHRASES_BEFORE: ReadonlyArray<{ words: string[]; reason: string }> = [
  { words: ['shares', 'in'], reason: 'stock' },
  { words: ['shares', 'of'], reason: 'stock' },
  { words: ['stake', 'in'], reason: 'ownership' },
  { words: ['bid', 'for'], reason: 'takeover' },
  { words: ['takeover', 'of'], reason: 'takeover' },
];

/** Why the words around a name say it is a company's, or undefined. `before` and `after` are the words next to it,
 * nearest first. */
export function corporateCue(before: string[], after: string[]): string | undefined {
  const b = before.map((w) => w.toLowerCase());
  const a = after.map((w) => w.toLowerCase().replace(/[.,]$/, ''));
  if (b[0] && b[0] in CORPORATE_NOUNS_BEFORE) return `"${before[0]}" before it: ${CORPORATE_NOUNS_BEFORE[b[0]]}`;
  for (const p of CORPORATE_PHRASES_BEFORE) if (p.words.length <= b.length && p.words.every((w, i) => b[p.words.length - 1 - i] === w)) return `"${p.words.join(' ')}" before it: ${p.reason}`;
  if (a[0] === "'s" || a[0] === '’s') a.shift();
  if (a[0] && a[0] in CORPORATE_WORDS_AFTER) return `"${a[0]}" after it: ${CORPORATE_WORDS_AFTER[a[0]]}`;
  return undefined;
}

/** compromise lexicon tags of a capitalised word glued before a surname that make it no given name: a verb of a
 * protest sign or slogan ("Impeach Trump", "Elect Sanders"), a role noun ("Emperor Obama", "Candidate Trump"). */
export const GLUED_WORD_TAGS: Record<string, string> = wordTable({
  Infinitive: 'a slogan\'s verb ("Elect Sanders", "Dump Trump")', Verb: 'a verb', PresentTense: 'a verb',
  PastTense: 'a verb', Imperative: 'a slogan\'s verb', Actor: 'a role noun ("Emperor Obama", "Candidate Trump")',
  Pronoun: 'a pronoun ("It\'s Mr. Obama")', Copula: 'a copula',
});

/** Words glued before a surname that the lexicon does not know or knows as plain nouns: slogans' verbs and the nouns
 * of a politician's camp ("Team Obama", "Impeach Trump", "Defund Trump"). */
export const GLUED_WORDS: Record<string, string> = wordTable({
  impeach: 'protest sign', defund: 'protest sign', recall: 'protest sign', indict: 'protest sign', jail: 'protest sign',
  team: 'a politician\'s camp ("Team Obama")', camp: 'a politician\'s camp ("Camp Clinton")', planet: '"Planet Trump"',
  emperor: 'mock title ("Emperor Obama")', czar: 'mock title', tsar: 'mock title',
  candidate: 'a role ("Candidate Trump")', citizen: 'a role ("Citizen Trump")', nominee: 'a role',
});

/**
 * Why a capitalised word before a surname is no given name, or undefined: the word is a slogan's verb, a role noun or
 * a camp's noun (GLUED_WORD_TAGS by `tagOf`, compromise's tag of the lowercase word, or GLUED_WORDS), and no source
 * knows it as a name (`isName`: the given-name tags, the name gazetteers). "Impeach Trump", "Team Obama", "It's Mr.
 * Obama" name Trump and Obama; "Rush Limbaugh" and "Will Hurd" keep their given names.
 */
export function gluedWordReason(word: string, tagOf: (word: string) => string | undefined, isName: (word: string) => boolean): string | undefined {
  const w = word.replace(/['’]s$/u, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || isName(w)) return undefined;
  const n = w.toLowerCase();
  if (n in GLUED_WORDS) return `"${w}" before a surname: ${GLUED_WORDS[n]}`;
  // A peer's or royal's title is part of the name news gives ("Lord Goldsmith", "Prince Charles"; STYLE_TITLES).
  if (n in STYLE_TITLES) return undefined;
  const tag = tagOf(n);
  return tag && tag in GLUED_WORD_TAGS ? `"${w}" before a surname: ${GLUED_WORD_TAGS[tag]}` : undefined;
}

/** compromise lexicon tags of words that are ordinary words even capitalised alone: a time word or adverb ("Today",
 * "Now") is no short form of the longer name it ends ("USA Today", "Democracy Now"). */
export const COMMON_WORD_ALIAS_TAGS: Record<string, string> = wordTable({
  Date: '"Today" of "USA Today"', Adverb: '"Now" of "Democracy Now"', Conjunction: 'a function word',
  Preposition: 'a function word', Determiner: 'a function word', Pronoun: 'a function word', QuestionWord: 'a function word',
});

/** Last words of the names of buildings and venues ("Trump Tower", "Kennedy Airport", "Yankee Stadium"): a place. */
export const BUILDING_HEADWORDS: Record<string, string> = wordTable({
  tower: 'building', towers: 'buildings', hotel: 'hotel', building: 'building', plaza: 'building or square',
  stadium: 'venue', arena: 'venue', airport: 'airport', resort: 'hotel', casino: 'casino', mansion: 'house', estate: 'estate',
  memorial: 'monument', monument: 'monument', bridge: 'bridge', theater: 'venue', theatre: 'venue', pavilion: 'venue',
});

/** Last words of the names of institutions named after people ("Kennedy Center", "Reagan Library", "Johns Hopkins
 * University"): an organization. */
export const INSTITUTION_HEADWORDS: Record<string, string> = wordTable({
  center: 'institution', centre: 'institution', university: 'university', college: 'college', school: 'school',
  hospital: 'hospital', library: 'library', museum: 'museum', institute: 'institute', foundation: 'foundation',
  organization: 'company ("Trump Organization")', organisation: 'company',
});

/**
 * What a name read as a person's is when its last word heads the names of buildings or institutions ("Trump Tower",
 * "Trump International Hotel", "Kennedy Center"): the building (a place) or the institution (an organization), with
 * the reason; undefined when the name is a person's. Given names (`isGivenName`) and initials before the word make it
 * a person's surname ("John Tower", "John G. Tower", "Mary Ellen Tower", "Rosa Maria Plaza"); a full name before the
 * word names the building after the person ("Ronald Reagan Building", "John F. Kennedy Center").
 */
export function facilityReading(label: string, isGivenName: (word: string) => boolean): { kind: 'place' | 'organization'; reason: string } | undefined {
  const words = label.trim().split(/\s+/);
  if (words.length < 2 || words.slice(0, -1).every((w) => isGivenName(w) || /^\p{Lu}\.?$/u.test(w))) return undefined;
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last)) return undefined;
  const n = last.toLowerCase();
  if (n in BUILDING_HEADWORDS) return { kind: 'place', reason: `"${last}" ends it: ${BUILDING_HEADWORDS[n]} named after someone` };
  if (n in INSTITUTION_HEADWORDS) return { kind: 'organization', reason: `"${last}" ends it: ${INSTITUTION_HEADWORDS[n]} named after someone` };
  return undefined;
}

/** Building headwords that head the names of companies, troupes, operators and groups as often as buildings' ("Vornado
 * Real Estate", "American Ballet Theatre", "Groupe Casino", "Heathrow Airport" the operator, "International
 * Memorial", "Atlantic Bridge"): a name the recognizer read as an organization's keeps that reading. */
const BUILDING_OR_COMPANY = new Set(['estate', 'theater', 'theatre', 'casino', 'airport', 'memorial', 'bridge']);

/**
 * Why a name the recognizer read as an organization's is a building's, or undefined: facilityReading reads it as one
 * ("Trump Tower", "the Sofitel Legend Metropole Hotel", "NRG Stadium"; not "John Tower") and its headword is not also a
 * company's (BUILDING_OR_COMPANY). A building is where people meet, not one of them.
 */
export function buildingReason(label: string, isGivenName: (word: string) => boolean): string | undefined {
  const reading = facilityReading(label, isGivenName);
  const last = label.trim().split(/\s+/).pop()!.toLowerCase();
  return reading?.kind === 'place' && !BUILDING_OR_COMPANY.has(last) ? reading.reason : undefined;
}

/** Last words of a picture's credit line ("Getty Images", "Pool Photo", "AP Photos"): a credit, no entity. ("Pictures"
 * heads film studios' names: "Sony Pictures", "Paramount Pictures".) */
export const CREDIT_LAST_WORDS: Record<string, string> = wordTable({
  photo: 'photo credit', photos: 'photo credit', images: 'photo agency credit ("Getty Images")',
});

/**
 * Why a name is a picture's credit line, or undefined: it has two words or more, ends with a credit word, and either
 * names a picture agency (PHOTO_CREDIT_WORDS: "Getty Images", "Kremlin Pool Photo") or stands where a caption's credit
 * does (`atCaption`: after a separator, before "via" or "courtesy": "Ola Berg/Lundby Photo via AP").
 */
export function creditReason(label: string, atCaption = false): string | undefined {
  const words = label.trim().split(/\s+/);
  const last = normName(words[words.length - 1] ?? '');
  if (words.length < 2 || !(last in CREDIT_LAST_WORDS)) return undefined;
  const agency = words.slice(0, -1).find((w) => normName(w) in PHOTO_CREDIT_WORDS);
  if (agency) return `a credit line (${CREDIT_LAST_WORDS[last]}, ${PHOTO_CREDIT_WORDS[normName(agency)]})`;
  return atCaption ? `a credit line (${CREDIT_LAST_WORDS[last]}, at a caption's credit)` : undefined;
}

/**
 * Why a capitalised first word of a span is a pronoun or adverb contracted with a verb ("I'm Ben Carson", "He's",
 * "That's", "There's"), no part of the name after it, or undefined. `tagOf` is compromise's tag of the lowercase
 * word before the apostrophe.
 */
export function contractionReason(word: string, tagOf: (word: string) => string | undefined): string | undefined {
  const m = /^(\p{L}+)['’](m|re|s|ve|ll|d)$/iu.exec(word);
  if (!m) return undefined;
  const base = m[1]!.toLowerCase();
  const tag = tagOf(base);
  if (tag && (tag in NOT_NAME_START_TAGS || tag === 'Uncountable')) return `"${word}": a ${tag.toLowerCase()} contracted with a verb`;
  return undefined;
}

/** Nouns after a name that make it a government programme ("the DACA program", "Social Security recipients"), which
 * is no organization. A party's or a body's "policy" or "scheme" is its own ("Labour policy"): those nouns are none. */
export const PROGRAMME_NOUNS_AFTER: Record<string, string> = wordTable({
  program: 'programme', programs: 'programmes', programme: 'programme', programmes: 'programmes',
  recipients: 'a programme\'s beneficiaries', beneficiaries: 'a programme\'s beneficiaries', enrollees: 'a programme\'s beneficiaries',
});
