import { TITLE_ABBREVIATIONS } from '../gazetteer/titles.js';

/**
 * Words that may stand before a person's name but are never part of it. When the model puts one at the start of a
 * PER span ("President Joe Biden"), the span is cut after it. Each entry carries the reason it is listed.
 */
export const TITLE_WORDS: ReadonlyArray<{ word: string; reason: string }> = [
  ...Object.entries(TITLE_ABBREVIATIONS).map(([word, full]) => ({ word, reason: `abbreviation of ${full}` })),
  { word: 'mr', reason: 'honorific' },
  { word: 'mrs', reason: 'honorific' },
  { word: 'ms', reason: 'honorific' },
  { word: 'miss', reason: 'honorific' },
  { word: 'dr', reason: 'academic or medical title' },
  { word: 'prof', reason: 'academic title' },
  { word: 'professor', reason: 'academic title' },
  { word: 'sir', reason: 'British knighthood' },
  { word: 'dame', reason: 'British damehood' },
  { word: 'lord', reason: 'British peerage' },
  { word: 'lady', reason: 'British peerage' },
  { word: 'president', reason: 'head of state' },
  { word: 'vice', reason: 'first word of "Vice President"' },
  { word: 'prime', reason: 'first word of "Prime Minister"' },
  { word: 'minister', reason: 'government office' },
  { word: 'premier', reason: 'head of government' },
  { word: 'chancellor', reason: 'head of government (Germany, Austria) or finance minister (UK)' },
  { word: 'secretary', reason: 'government office ("Secretary of State")' },
  { word: 'senator', reason: 'legislator' },
  { word: 'representative', reason: 'legislator' },
  { word: 'congressman', reason: 'legislator' },
  { word: 'congresswoman', reason: 'legislator' },
  { word: 'governor', reason: 'regional executive' },
  { word: 'mayor', reason: 'city executive' },
  { word: 'king', reason: 'monarch' },
  { word: 'queen', reason: 'monarch' },
  { word: 'prince', reason: 'royal title' },
  { word: 'princess', reason: 'royal title' },
  { word: 'emperor', reason: 'monarch' },
  { word: 'sheikh', reason: 'Arabic honorific' },
  { word: 'emir', reason: 'monarch' },
  { word: 'pope', reason: 'head of the Catholic Church' },
  { word: 'ayatollah', reason: 'Shia clerical title' },
  { word: 'general', reason: 'military rank' },
  { word: 'lieutenant', reason: 'military rank' },
  { word: 'colonel', reason: 'military rank' },
  { word: 'major', reason: 'military rank' },
  { word: 'captain', reason: 'military rank or team captain' },
  { word: 'admiral', reason: 'naval rank' },
  { word: 'sergeant', reason: 'military or police rank' },
  { word: 'marshal', reason: 'military rank' },
  { word: 'judge', reason: 'judicial office' },
  { word: 'justice', reason: 'judicial office' },
  { word: 'ambassador', reason: 'diplomatic office' },
  { word: 'envoy', reason: 'diplomatic office' },
  { word: 'chairman', reason: 'presiding office' },
  { word: 'chairwoman', reason: 'presiding office' },
  { word: 'chief', reason: 'first word of "Chief Executive" and similar' },
  { word: 'executive', reason: 'second word of "Chief Executive"' },
  { word: 'ceo', reason: 'company office' },
  { word: 'coach', reason: 'sports role' },
  { word: 'manager', reason: 'sports or company role' },
  { word: 'father', reason: 'clerical title' },
  { word: 'reverend', reason: 'clerical title' },
  { word: 'bishop', reason: 'clerical title' },
  { word: 'archbishop', reason: 'clerical title' },
  { word: 'cardinal', reason: 'clerical title' },
  { word: 'rabbi', reason: 'clerical title' },
  { word: 'imam', reason: 'clerical title' },
  { word: 'foreign', reason: 'first word of "Foreign Minister"' },
  { word: 'defence', reason: 'first word of "Defence Minister"' },
  { word: 'defense', reason: 'first word of "Defense Secretary"' },
  { word: 'finance', reason: 'first word of "Finance Minister"' },
  { word: 'state', reason: 'as in "Secretary of State", "State Councillor"' },
  { word: 'of', reason: 'inside multi-word titles ("Secretary of State")' },
  { word: 'deputy', reason: 'prefix of offices' },
  { word: 'former', reason: 'modifier of a title ("former President")' },
  { word: 'late', reason: 'modifier ("the late Mr X")' },
  { word: 'first', reason: 'as in "First Lady"' },
];

export const TITLE_SET: ReadonlySet<string> = new Set(TITLE_WORDS.map((t) => t.word));

/** Titles that never name a person alone ("Mr", "Dr", "Sen"), unlike "King" or "Pope": honorifics and abbreviations. */
export const BARE_TITLE_SET: ReadonlySet<string> = new Set(
  TITLE_WORDS.filter((t) => t.reason === 'honorific' || t.reason.startsWith('abbreviation') || t.reason.startsWith('academic')).map((t) => t.word),
);

/** Lowercase words that join the parts of a person's name. Each carries the reason it is listed. */
export const NAME_PARTICLES: ReadonlyArray<{ word: string; reason: string; startsName?: boolean }> = [
  { word: 'bin', reason: 'Arabic "son of" (Mohammed bin Salman)' },
  { word: 'bint', reason: 'Arabic "daughter of"' },
  { word: 'ibn', reason: 'Arabic "son of"' },
  { word: 'al', reason: 'Arabic article (Ali al-Sistani)', startsName: true },
  { word: 'el', reason: 'Arabic article as written in Egypt (Abdel Fattah el-Sisi)', startsName: true },
  { word: 'da', reason: 'Portuguese, Italian "of" (Lula da Silva)' },
  { word: 'das', reason: 'Portuguese "of the"' },
  { word: 'do', reason: 'Portuguese "of the"' },
  { word: 'dos', reason: 'Portuguese "of the" (José Eduardo dos Santos)' },
  { word: 'de', reason: 'Spanish, French, Dutch "of" (Charles de Gaulle)' },
  { word: 'del', reason: 'Spanish, Italian "of the"' },
  { word: 'della', reason: 'Italian "of the"' },
  { word: 'di', reason: 'Italian "of"' },
  { word: 'du', reason: 'French "of the"' },
  { word: 'van', reason: 'Dutch "of" (Ursula von der Leyen, Vincent van Gogh)' },
  { word: 'von', reason: 'German "of"' },
  { word: 'der', reason: 'German, Dutch "the" (von der Leyen)' },
  { word: 'den', reason: 'Dutch "the"' },
  { word: 'y', reason: 'Spanish "and" between surnames' },
];

export const NAME_PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES.map((p) => p.word));

/**
 * The particles that start a name as well as joining its parts (`startsName`: the Arabic article): written in lower
 * case before the capitalised word it belongs to, with a hyphen or a space ("al-Qaeda", "al Qaeda", "el-Sisi"), such a
 * particle is part of the name.
 */
export const ARTICLE_PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES.filter((p) => p.startsName).map((p) => p.word));

/**
 * Short lowercase words that, joined to the last word of a name by a hyphen, make a compound of the name ("Jim
 * Crow-era", "World Bank-led"), not a part of it; other short syllables there end the name ("Moon Jae-in", "Kim
 * Jong-un", "Park Geun-hye", "Ban Ki-moon": a romanized two-syllable given name). Each carries the reason it is listed.
 */
export const COMPOUND_HEADS: ReadonlyArray<{ word: string; reason: string }> = [
  { word: 'era', reason: 'a period named after someone ("Bush-era")' },
  { word: 'age', reason: 'a period' },
  { word: 'led', reason: 'led by the one named' },
  { word: 'run', reason: 'run by the one named' },
  { word: 'like', reason: 'resembling the one named' },
  { word: 'ish', reason: 'resembling the one named' },
  { word: 'type', reason: 'resembling the one named' },
  { word: 'size', reason: 'as big as the thing named' },
  { word: 'area', reason: 'the area around a place ("New York-area")' },
  { word: 'born', reason: 'born in a place' },
  { word: 'made', reason: 'made by or in the one named' },
  { word: 'free', reason: 'without the thing named' },
  { word: 'wide', reason: 'all over the thing named' },
  { word: 'bred', reason: 'raised in a place' },
  { word: 'op', reason: 'co-op, op-ed' },
  { word: 'ed', reason: 'op-ed' },
];

export const COMPOUND_HEAD_SET: ReadonlySet<string> = new Set(COMPOUND_HEADS.map((p) => p.word));
