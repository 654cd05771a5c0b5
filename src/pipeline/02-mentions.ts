/**
 * Step 2: entity mentions. Recognizer spans are aligned to tokens, stripped of titles, honorifics, articles and
 * possessives, typed (a location that the gazetteer knows as a country is a `state`, any other a `place`), and junk
 * is dropped. A gazetteer pass then adds states and well-known organizations the recognizer missed.
 */
import { normName, cleanSurface, foldName, wordTable } from '../gazetteer/normalize.js';
import { FAMILY_NAME_FIRST } from '../gazetteer/names.js';
import { lexiconTag, isLyAdverb, wordTags } from '../nlp/nlp.js';
import { stateByName, stateByDemonym, stateOfCapital } from '../gazetteer/states.js';
import { organizationByFallbackAlias, organizationByName, organOwner } from '../gazetteer/organizations.js';
import { venueByName, isRegionName } from '../gazetteer/places.js';
import { isHonorific, isTitleWord, TITLE_ABBREVIATIONS, FORMER_MARKERS, CURRENT_MARKERS, TITLE_DOMAIN_WORDS } from '../gazetteer/titles.js';
import type { Token } from '../nlp/tokenize.js';
import { junkNameReason, junkPersonReason, courtCases, capsFurnitureReason, linkPreviews, undoubled, handleWords, samePerson, personName, isSingleName, legalInstrumentReason, gluedWordReason, NOT_NAME_START_TAGS, GIVEN_NAME_TAGS, genericHead, namesHeadedBy, STYLE_TITLES, facilityReading, creditReason, buildingReason, contractionReason, CREDIT_LAST_WORDS, PROGRAMME_NOUNS_AFTER, isAcronym, tickerAfter, isTickerMark, US_FEDERAL_BODY_HEADS, LEGAL_SUFFIXES, GENERATIONS } from '../names/index.js';
import { PHOTO_CREDIT_WORDS } from '../gazetteer/boilerplate.js';
import { PARTY_NOUNS } from '../gazetteer/meetings.js';
import { usStateOfAbbreviation, isUsStateName } from '../gazetteer/us-states.js';
import { newMention, type DocSentence, type Mention, type MentionClass } from './model.js';
import type { NerSpan } from './recognizer.js';
import { monthNumber } from './dates.js';
import { PERSON_MODIFIED_NOUNS } from '../ner/consistency.js';
import { gazetteer, GAZ_CLASSES, isHeadWord } from '../ner/gazetteer.js';
import { ARTICLE_PARTICLE_SET } from '../ner/titles.js';
import { writtenInLowerCase } from '../ner/clusters.js';

/** Words that are never a whole entity name, whatever the recognizer says. */
export const NOT_NAMES: Record<string, string> = wordTable({
  monday: 'weekday', tuesday: 'weekday', wednesday: 'weekday', thursday: 'weekday', friday: 'weekday',
  saturday: 'weekday', sunday: 'weekday', january: 'month', february: 'month', march: 'month', april: 'month',
  june: 'month', july: 'month', august: 'month', september: 'month', october: 'month', november: 'month',
  december: 'month', god: 'not a person in news graphs', internet: 'medium', web: 'medium', twitter: 'platform name used as a verb too',
  patriots: 'weapon system ("Patriots missile defense system")', patriot: 'weapon system', 'responsible editor': 'credit line',
  i: 'pronoun', he: 'pronoun', she: 'pronoun', we: 'pronoun', they: 'pronoun', it: 'pronoun', mr: 'honorific alone',
  pc: 'a product, not an organization', pcs: 'products', dvd: 'a format', dvds: 'formats', cd: 'a format', cds: 'formats',
  tv: 'a medium', mp3: 'a format', gdp: 'an indicator', ceo: 'a title', christmas: 'a holiday', easter: 'a holiday',
  ramadan: 'a month', 'new year': 'a holiday', email: 'a medium', 'e-mail': 'a medium', sms: 'a medium', www: 'an address prefix',
  reuter: 'wire sign-off', advertisement: 'web page furniture', caption: 'web page furniture', 'hide caption': 'web page furniture',
  photos: 'web page furniture', photo: 'web page furniture', videos: 'web page furniture', video: 'web page furniture',
  'more videos': 'web page furniture', 'replay more videos': 'web page furniture', share: 'share button', tweet: 'share button',
  'getty images': 'photo credit', 'ap photo': 'photo credit', 'file photo': 'photo credit',
  muslims: 'a faith group', christians: 'a faith group', jews: 'a faith group', hindus: 'a faith group', sikhs: 'a faith group',
  catholics: 'a faith group', evangelicals: 'a faith group', mormons: 'a faith group', buddhists: 'a faith group',
  latinos: 'a group of people', hispanics: 'a group of people', liberals: 'a political group', progressives: 'a political group',
  muslim: 'a faith', christian: 'a faith', catholic: 'a faith', jewish: 'a faith', christianity: 'a religion', islam: 'a religion',
  judaism: 'a religion', catholicism: 'a religion', hinduism: 'a religion', buddhism: 'a religion', bible: 'a scripture',
  koran: 'a scripture', quran: 'a scripture', torah: 'a scripture', holocaust: 'a historical event',
  'great depression': 'a historical period', 'great recession': 'a historical period', reconstruction: 'a historical period ("Reconstruction of the South")',
});

/** Country names that are also common first names or words: trusted only when the recognizer calls them a location. */
export const AMBIGUOUS_STATE_NAMES: Record<string, string> = wordTable({
  jordan: 'first name', chad: 'first name', georgia: 'US state and first name', turkey: 'bird',
  guinea: 'coin, animal', china: 'porcelain', niger: 'river', mali: 'word in names', oman: 'surname',
  israel: 'first name', kuwait: 'city too', panama: 'canal, hat', lebanon: 'US towns', malta: 'surname',
  cuba: 'surname', holland: 'surname', peru: 'US town', togo: 'Japanese surname', dominica: 'confused with Dominican Republic',
});

const LEADING_DROP = new Set(['the', 'a', 'an']);

/** Last words of news outlets' names ("The Washington Post", "Nihon Keizai Shinbun"): outlets report meetings. */
const OUTLET_HEADWORDS: Record<string, string> = wordTable({
  news: 'media', times: 'media', post: 'media', press: 'media', shimbun: 'Japanese: newspaper', shinbun: 'Japanese: newspaper',
  ilbo: 'Korean: daily', gazette: 'media', herald: 'media', tribune: 'media', journal: 'media',
});

/** Words that make a name an organization's ("Party", "Council", "Bank"): a name without one, written like a
 * person's, is a person's. Outlets' head words are among them. */
export const ORGANIZATION_HEADWORDS: Record<string, string> = wordTable({
  ...OUTLET_HEADWORDS,
  party: 'political party', council: 'body', committee: 'body', commission: 'body', agency: 'agency', ministry: 'government',
  department: 'government', office: 'government', bank: 'finance', fund: 'finance', group: 'company', inc: 'company',
  corp: 'company', corporation: 'company', company: 'company', co: 'company', ltd: 'company', plc: 'company', ag: 'company',
  sa: 'company', association: 'body', union: 'body', federation: 'body', organization: 'body', organisation: 'body',
  institute: 'body', university: 'body', club: 'sports',
  united: 'sports club', fc: 'sports club', team: 'sports', army: 'military', forces: 'military', court: 'judiciary',
  parliament: 'legislature', congress: 'legislature', senate: 'legislature', assembly: 'legislature', board: 'body',
  authority: 'body', service: 'body', network: 'company', airlines: 'company', motors: 'company', league: 'body',
  foundation: 'body', society: 'body', church: 'body', house: 'institution', exchange: 'finance', reserve: 'finance',
});

/** Awards: a "person" that is one, or ends with one, is the award ("Oscar", "best foreign Language Oscar", "Turner
 * Prize"). */
const AWARD_WORDS: Record<string, string> = wordTable({
  oscar: 'film award', oscars: 'film awards', award: 'award', awards: 'awards', prize: 'prize', prizes: 'prizes',
  grammy: 'music award', grammys: 'music awards', emmy: 'television award', emmys: 'television awards',
  bafta: 'film award', baftas: 'film awards', globe: '"Golden Globe"', globes: '"Golden Globes"', trophy: 'trophy',
});

/** Whether a name's last word makes it a news outlet's ("Nihon Keizai Shinbun", "The Washington Post"). */
function isOutletName(label: string): boolean {
  const words = label.split(/\s+/);
  return words.length > 1 && normName(words[words.length - 1]!) in OUTLET_HEADWORDS;
}

/** A name the recognizer called an organization that is written as an East Asian person's name ("Xi Jinping"):
 * a family name first, no organizational word. */
function looksLikePersonName(label: string): boolean {
  const words = label.split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  if (words.some((w) => normName(w) in ORGANIZATION_HEADWORDS || !/^\p{Lu}\p{Ll}/u.test(w))) return false;
  return FAMILY_NAME_FIRST.has(foldName(words[0]!));
}

const firstNameBit = 1 << GAZ_CLASSES.indexOf('first');

/** Whether compromise's lexicon or the given-name gazetteer knows a word as a given name ("John", "Mary", "Ellen"). */
function isGivenNameWord(word: string): boolean {
  return GIVEN_NAME_TAGS.has(lexiconTag(word) ?? '') || !!((gazetteer().words.get(word.toLowerCase()) ?? 0) & firstNameBit);
}

/** Whether a word stands right after a caption's separator ("| Getty Jane Doe", "Ola Berg/Pool Photo", "Photo: AP
 * Images", "(Lundby) Pool Photo"). */
function afterCaptionSeparator(text: string, sentenceStart: number, at: number): boolean {
  return /[|/:)]$/u.test(text.slice(Math.max(sentenceStart, at - 4), at).trim());
}

/** Whether a credit line's name stands where a caption's credit does: after a caption's separator or a comma
 * ("Ola Berg, Lundby Photo"), or before "via" or "courtesy" ("Lundby Photo via AP"). */
function atCaptionCredit(text: string, sentenceStart: number, start: number, end: number): boolean {
  return afterCaptionSeparator(text, sentenceStart, start) || /,\s*$/u.test(text.slice(Math.max(sentenceStart, start - 4), start)) ||
    /^\s*(via|courtesy)\b/iu.test(text.slice(end, end + 12));
}

/** Whether a picture agency's word at token ts of a span (tokens ts..te-1) is a caption's credit before the name
 * after it: after a caption's separator, or first in its sentence before a person's name ("Reuters Jane Doe"), when
 * the name does not go on with an organization's head word ("Reuters Institute") and no gazetteer knows the whole
 * span as an organization ("Bloomberg Philanthropies"). */
function creditBeforeName(text: string, s: DocSentence, type: NerSpan['type'], ts: number, te: number): boolean {
  if (normName(s.tokens[te - 1]!.text) in ORGANIZATION_HEADWORDS) return false;
  if (organizationByName(text.slice(s.tokens[ts]!.start, s.tokens[te - 1]!.end))) return false;
  if (afterCaptionSeparator(text, s.start, s.tokens[ts]!.start)) return true;
  return type === 'PER' && !text.slice(s.start, s.tokens[ts]!.start).trim() && isNameWord(s.tokens[ts + 1]!.text);
}

/** The Arabic article before the capitalised word it belongs to, with a hyphen or a space ("al-Qaeda", "al Qaeda"):
 * part of the name, not running text before it. */
function arabicArticle(tokens: DocSentence['tokens'], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && ARTICLE_PARTICLE_SET.has(tokens[i]!.text) && /^(?:-|\s+)$/u.test(tokens[i]!.post) && /^\p{Lu}/u.test(next.text);
}

/** Whether a name or word starts with a capital, after the Arabic article it may start with ("al-Baghdadi"). */
function capitalisedName(name: string): boolean {
  const article = /^(\p{Ll}+)[-\s]/u.exec(name);
  return /^\p{Lu}/u.test(article && ARTICLE_PARTICLE_SET.has(article[1]!) ? name.slice(article[0].length) : name);
}

function isTrimWord(word: string, kind: 'PER' | 'ORG' | 'LOC' | 'MISC'): boolean {
  const w = normName(word);
  // Only a lowercase article: "The Oval" and "A. Dale" keep their first word.
  if (LEADING_DROP.has(word)) return true;
  // Names of organizations and places start with a capital: "full Council" is "Council".
  if ((kind === 'ORG' || kind === 'LOC') && /^\p{Ll}/u.test(word)) return true;
  // A title in the plural before a list of its holders: "U.S. Senators Bernie Sanders and Elizabeth Warren".
  if (kind === 'PER') return isHonorific(word) || isTitleWord(word) || (/\p{Ll}[^s]s$/u.test(word) && isTitleWord(word.slice(0, -1))) || w in FORMER_MARKERS || w in CURRENT_MARKERS || !!stateByDemonym(word);
  return false;
}

/** compromise lexicon tags a person's name may have before "Administration" or "Era": a name, or none at all
 * ("Trump"); ordinary words ("Veterans Administration", "Maritime Administration") have others. */
const NAME_TAGS: ReadonlySet<string> = new Set(['LastName', 'FirstName', 'MaleName', 'FemaleName', 'Person']);

/** Whether two capitalised words are a person's name and a noun of what the person led ("Obama Administration"). */
function personBeforeNoun(name: string, noun: string): boolean {
  if (!Object.hasOwn(PERSON_MODIFIED_NOUNS, noun.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  if (stateByName(name) || organizationByName(name) || venueByName(name)) return false;
  const tag = lexiconTag(name);
  return tag === undefined || NAME_TAGS.has(tag);
}

/** Finds the sentence holding a span (sentences are sorted). */
function sentenceAt(sentences: DocSentence[], start: number, end: number): DocSentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (end <= s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** What the words around a span tell about its reading: a title or honorific stands right before it ("Senator John
 * G. Tower"), or it stands where a caption's credit does (atCaptionCredit). */
interface SpanContext { titled: boolean; caption: boolean }

function classify(type: NerSpan['type'], surface: string, at: SpanContext = { titled: false, caption: false }): MentionClass | null {
  const n = normName(surface);
  if (!n || !/\p{L}/u.test(n) || n in NOT_NAMES || junkNameReason(surface) || capsFurnitureReason(surface, lexiconTag)) return null;
  const state = stateByName(surface);
  if (state && (type !== 'PER' || !(n in AMBIGUOUS_STATE_NAMES))) return { kind: 'state', label: state.name, iso: state.iso };
  const org = organizationByName(surface);
  if (org) return { kind: 'organization', label: org.name, ...(org.state ? { stateIso: org.state } : {}), ...(org.media ? { media: true } : {}) };
  const venue = venueByName(surface);
  if (venue) return { kind: 'place', label: venue.name, stateIso: venue.state };
  // An acronym that well-known bodies share ("ISIS") names an organization whatever the recognizer read: which one, the
  // resolve step tells from the article's own definitions (organizationByFallbackAlias).
  const acronym = cleanSurface(surface);
  if (organizationByFallbackAlias(acronym)) return { kind: 'organization', label: acronym };
  if (type === 'MISC') return null;
  // A region of the world is a place, whatever the recognizer read ("the Caribbean" as an organization).
  if (isRegionName(surface)) return { kind: 'place', label: cleanSurface(surface).replace(/^the /i, '') };
  if (stateByDemonym(surface)) return null; // "Russian" alone is not a state
  if (type !== 'PER' && legalInstrumentReason(surface)) return null;
  const label = cleanSurface(surface);
  if (!label || isTitleWord(label)) return null;
  // "I’ve", "We’re": a pronoun contracted with a verb, capitalised at the start of a quotation, names no one.
  if (!label.includes(' ') && contractionReason(label, lexiconTag)) return null;
  // A name has a capital letter somewhere ("eBay", "al-Sudani"); a lowercase word is the recognizer's slip ("tell").
  if (!/\p{Lu}/u.test(label)) return null;
  // A one-word name compromise's lexicon knows as an organization ("Google", "Nokia") is one, whatever the
  // recognizer read.
  if ((type === 'PER' || type === 'LOC') && !label.includes(' ') && lexiconTag(label) === 'Organization') return { kind: 'organization', label };
  if ((type === 'PER' || type === 'ORG') && isOutletName(label)) return { kind: 'organization', label, media: true };
  if (creditReason(label, at.caption)) return null;
  // "Trump Tower", "Trump International Hotel", "Kennedy Center": a building or an institution named after someone is
  // no person; after a title it is the person ("Senator John G. Tower", "President Galo Plaza").
  const facility = type === 'PER' && !at.titled ? facilityReading(label, isGivenNameWord) : undefined;
  if (facility) return { kind: facility.kind, label };
  if (type === 'PER') {
    if (normName(label.split(/\s+/).pop()!) in AWARD_WORDS || junkPersonReason(label)) return null;
    if (undoubled(label) !== label) return { kind: 'person', label: undoubled(label) };
    if (!capitalisedName(label) && !capitalisedName(label.split(' ').pop() ?? '')) return null;
    return { kind: 'person', label };
  }
  if (type === 'ORG') {
    // "New York Democrat Ann Quill", "a Texas Republican": a legislator's state and party, no body.
    const partyMember = /^(.+)\s+(Democrat|Republican)$/u.exec(label);
    if (partyMember && isUsStateName(partyMember[1]!)) return null;
    // "Trump Tower", "the Metropole Hotel", "Park Hyatt Tower": a building is a place, whatever the recognizer read.
    if (buildingReason(label, isGivenNameWord)) return { kind: 'place', label };
    if (looksLikePersonName(label)) return { kind: 'person', label };
    // "Trump Jr", "Cyrus Vance Sr.": a name with a junior's or senior's generation is a person's.
    const generation = personName(label).generation;
    if (generation === 'junior' || generation === 'senior') return { kind: 'person', label };
    // An outlet's programme or section ("BBC Radio", "BBC News") is media like the outlet.
    const words = label.split(/\s+/);
    const outlet = words.length > 1 ? organizationByName(words[0]!) : undefined;
    // An organ stands for its organization: "the Nordic Investment Bank Board of Directors" met, so did the bank.
    const owner = organOwner(label);
    if (owner) {
      const known = organizationByName(owner);
      return known ? { kind: 'organization', label: known.name, ...(known.state ? { stateIso: known.state } : {}) } : { kind: 'organization', label: owner };
    }
    return { kind: 'organization', label, ...(outlet?.media ? { media: true } : {}) };
  }
  // "Santa Clarita, Calif.", "all of NY": a US state's abbreviation is the state.
  const usState = usStateOfAbbreviation(label);
  if (usState) return { kind: 'place', label: usState, stateIso: 'US' };
  const capitalOf = stateOfCapital(label);
  return { kind: 'place', label, ...(capitalOf ? { stateIso: capitalOf.iso } : {}) };
}

/** Lowercase words that stand inside names: connectors and name particles ("Bank of England", "Fondation pour
 * l'Enfance", "Luiz Inacio Lula da Silva"). Any other lowercase word is running text, unless a hyphen or an apostrophe
 * ties it to its neighbours ("the Palestinian self-rule Authority", "Queen's Park"). */
const NAME_INNER_LOWERCASE = new Set(['of', 'for', 'and', 'the', 'on', 'to', 'in', 'at', 'a', 'an', 'de', 'del', 'della', 'dello', 'delle', 'degli', "dell'", 'dei', 'da', 'dal', 'di', 'do', 'dos', 'du', 'des', 'la', 'le', 'les', "l'", 'van', 'von', 'der', 'den', 'zu', 'und', 'al', 'el', 'bin', 'ibn', 'ben', 'y', 'e', 'et', 'pour', 'sur', 'sans', 'upon', 'by', '&']);

function isRunningWord(word: string): boolean {
  return /^\p{Ll}/u.test(word) && !/\p{Lu}/u.test(word) && !NAME_INNER_LOWERCASE.has(word.toLowerCase());
}

/** Words before a given name that describe the person ("Sprinter", "Euro MP", "Exchequer"): a word the lexicon
 * knows as an adjective, a place or a people's name, a short all-capital abbreviation, a portfolio, or an agent noun. */
function isDescriptionWord(word: string): boolean {
  const tag = lexiconTag(word);
  if (tag && ['Adjective', 'ProperNoun', 'Demonym', 'Country', 'City', 'Place', 'Actor', 'Singular', 'Uncountable', 'Abbreviation'].includes(tag)) return true;
  if (isEpithet(word)) return true;
  if (/^\p{Lu}{2,4}$/u.test(word)) return true;
  const n = normName(word);
  return n in TITLE_DOMAIN_WORDS || n in DESCRIPTION_WORDS || /^\p{Lu}\p{Ll}{3,}(er|or|ist|ian)$/u.test(word);
}

/** An "-ly" adverb that is no surname the name gazetteers hold ("Sadly", not "Donnelly", "Connolly", "Scully"). */
const sentenceAdverb = (word: string): boolean => isLyAdverb(word) && !isNameWord(word);

/** An epithet the lexicon does not list ("Crooked Hillary", "Crazy Bernie Sanders"): a word news writes in lower case
 * too, that compromise reads, by its form, as an adjective or a participle, and that is no name. */
function isEpithet(word: string): boolean {
  // "Fareed", "Nidal": a name's form may read as a participle or an adjective; it is no word news writes in lower case.
  if (lexiconTag(word) || isNameWord(word) || !writtenInLowerCase(word)) return false;
  const tags = wordTags(word);
  return (tags.includes('Adjective') || tags.includes('PastTense')) && !tags.includes('Person');
}

/** Capitalised words before a name that are offices or descriptions, not given names. */
const DESCRIPTION_WORDS: Record<string, string> = wordTable({
  exchequer: '"Chancellor of the Exchequer"', shadow: '"Shadow Chancellor"', opposition: '"Opposition leader"',
  olympic: '"Olympic champion"', tory: 'party', dem: '"Lib Dem"', lib: '"Lib Dem"', democrat: 'party', euro: '"Euro MP"',
});

/** Whether a word's capital may come from where it stands rather than from a name: it opens the sentence or a
 * quotation, follows a colon, dash or bracket, or stands in a headline written in title case. Mid-sentence, a
 * capitalised "De", "Les", "Per" or "El" is a name's own first word ("De Wilde", "Les Ferdinand"). */
function capitalByPosition(toks: Token[], k: number): boolean {
  if (k === 0) return true;
  const prev = toks[k - 1]!;
  if (/^[\p{P}\p{S}]+$/u.test(prev.text) || /[:;"“‘(\[–—-]/u.test(prev.post + toks[k]!.pre)) return true;
  const words = toks.filter((t) => /^\p{L}/u.test(t.text));
  return words.length >= 6 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 0.8 * words.length;
}

/** Words of an office's "of" phrase that TITLE_DOMAIN_WORDS, the words before a title, leave out ("Minister of Mines
 * and Energy", "Secretary for Economic Affairs"). */
const OFFICE_PHRASE_WORDS: Record<string, string> = wordTable({
  affairs: '"Economic Affairs"', mines: '"Mines and Energy"', resources: '"Natural Resources"', development: '"Economic Development"', planning: '"National Planning"',
});

/**
 * Where a person's name starts in a recognizer span, from `ts` (after titles and honorifics): a royal or papal title
 * stays before a name of one word ("Prince Charles"); a function word glued to the name is dropped ("When Donald
 * Trump", "Unless Obama"); so are descriptive words before the first given name ("Sprinter Kelly Holmes").
 */
function personNameStart(toks: Token[], spanStart: number, ts: number, te: number): number {
  if (te - ts === 1 && ts > 0 && normName(toks[ts - 1]!.text) in STYLE_TITLES && /^\p{Lu}/u.test(toks[ts - 1]!.text) && (ts > spanStart || !toks[ts - 1]!.post.trim())) return ts - 1;
  while (te - ts >= 2 && /^\p{Lu}\p{Ll}/u.test(toks[ts]!.text) && ((lexiconTag(toks[ts]!.text) ?? '') in NOT_NAME_START_TAGS || sentenceAdverb(toks[ts]!.text)) && capitalByPosition(toks, ts)) ts++;
  // "I'm Ben Carson", "He's Joe Biden": a pronoun contracted with a verb is no given name.
  while (te - ts >= 2 && contractionReason(toks[ts]!.text, lexiconTag)) ts++;
  // An honorific inside the span starts the name: "It's Mr. Obama" is Mr. Obama.
  for (let k = te - 2; k >= ts; k--) if (isHonorific(toks[k]!.text) && /^\p{Lu}/u.test(toks[k + 1]!.text)) return k + 1;
  // "Director of National Intelligence Joseph Maguire", "Secretary of Public Affairs Monica Crowley": a span that
  // starts inside an office's "of" phrase has the office's last words before the given name.
  // "Under-Secretary of State for Economic Affairs Allen Wallis", "Minister of Mines and Energy Subroto": "for" and
  // "and" join an office's words too.
  let from = ts;
  while (from > 0 && ts - from < 4 && /^(\p{Lu}|of$|for$|and$|the$)/u.test(toks[from - 1]!.text)) from--;
  const before = toks.slice(from, ts);
  const inOffice = before.some((t) => t.text === 'of' || t.text === 'for') && !GIVEN_NAME_TAGS.has(lexiconTag(toks[ts]!.text) ?? '');
  for (let g = ts + 1; g <= te - 2; g++) {
    if (!GIVEN_NAME_TAGS.has(lexiconTag(toks[g]!.text) ?? '')) continue;
    // "Impeach Donald Trump", "Team Hillary Clinton": a slogan's verb or a camp's noun before a given name.
    if (inOffice || toks.slice(ts, g).every((t) => isDescriptionWord(t.text) || gluedWordReason(t.text, lexiconTag, isNameWord))) return g;
    break;
  }
  // One name after an office's words ("... of Mines and Energy Subroto"): the words of the portfolio are the office's.
  if (inOffice && te - ts >= 2 && toks.slice(ts, te - 1).every((t) => normName(t.text) in TITLE_DOMAIN_WORDS || normName(t.text) in OFFICE_PHRASE_WORDS)) return te - 1;
  // "Crooked Hillary", "Sleepy Joe": an epithet before a given name alone.
  if (te - ts === 2 && GIVEN_NAME_TAGS.has(lexiconTag(toks[ts + 1]!.text) ?? '') && isEpithet(toks[ts]!.text)) return ts + 1;
  return ts;
}

const nameWordBits = (['first', 'last', 'person', 'pperson', 'psurname'] as const).reduce((b, c) => b | (1 << GAZ_CLASSES.indexOf(c)), 0);
const NAME_WORD_TAGS: ReadonlySet<string> = new Set([...GIVEN_NAME_TAGS, 'LastName', 'Person']);

/** Whether a word is a person's name or part of one by compromise's lexicon or the name gazetteers ("Rush", "Will"
 * are; "Impeach", "Team" are not). */
export function isNameWord(word: string): boolean {
  return NAME_WORD_TAGS.has(lexiconTag(word) ?? '') || !!((gazetteer().words.get(word.toLowerCase()) ?? 0) & nameWordBits);
}

/** How many letters a word has ("U.S." two). */
const letters = (word: string): number => word.replace(/\P{L}/gu, '').length;

/** Whether the comma after token k stands inside the name of tokens [ts, te): a list inside a name's "of" or "for"
 * phrase ("Ministry of Economy, Trade and Industry"), a list that opens with one word ("Briggs, Bunting & Dougherty",
 * a department cut to "Culture, Media and Sport"), or a legal suffix, a generation or a US state's abbreviation after
 * it ("Acme, Inc", "Bank of America, N.A.", "Martin Luther King, Jr.", "Reno, Nev.", "Washington, D.C."). A list that
 * opens with a name of several words is several names ("Johnson & Johnson, Pfizer and Merck"). */
function commaInName(toks: readonly Token[], ts: number, k: number, te: number): boolean {
  const before = toks.slice(ts, k + 1).map((t) => t.text);
  const after = toks.slice(k + 1, te).map((t) => t.text);
  const joined = after.some((w) => w === 'and' || w === '&');
  if (joined && (before.length === 1 || before.some((w) => w === 'of' || w === 'for'))) return true;
  if (after.length !== 1) return false;
  const w = normName(after[0]!);
  return w in LEGAL_SUFFIXES || w in GENERATIONS || !!usStateOfAbbreviation(after[0]!) || /^(?:D\.?C|N\.?A)\.?$/.test(after[0]!);
}

/** A state's dotted abbreviation ("U.S.", "U.K."). */
const STATE_ABBREVIATION = /^U\.[SK]\.?$/;

/** Words a text writes with a capital after "U.S." only when it capitalises every word there ("U.S. Would", "the U.S.
 * Has", "500 mln U.S. Dlrs"). Not the words that open sentences ("And", "But", "To", "The", "In") nor "May" (a month, a
 * name): a sentence may end with "U.S." and the next begin with one, where the splitter keeps them together. */
const CAPITALISED_AFTER_ABBREVIATION: Record<string, string> = wordTable({
  would: 'auxiliary', will: 'auxiliary', should: 'auxiliary', could: 'auxiliary', can: 'auxiliary',
  has: 'auxiliary', have: 'auxiliary', had: 'auxiliary', is: 'auxiliary', are: 'auxiliary', was: 'auxiliary',
  were: 'auxiliary', not: 'negation', said: 'verb of saying', than: 'conjunction', dlrs: 'unit (wire copy)',
  cts: 'unit (wire copy)',
});

/** Words of grammar that, in such an article, end a name read on after "U.S." ("the U.S. And West Germany"). */
const CLOSED_AFTER_ABBREVIATION: Record<string, string> = wordTable({
  ...CAPITALISED_AFTER_ABBREVIATION, and: 'conjunction', or: 'conjunction', but: 'conjunction', to: 'preposition',
});

/**
 * Wire copy of the 1980s often wrote the word after "U.S." with a capital, whatever it was ("talks with U.S.
 * Officials", "the U.S. Position", "the U.S. And Japan"), and the recognizer, which weighs that style (its
 * capitalizesAfterPoints, on stricter evidence), may still read a body's name there. An article whose running text (not
 * its headline) has two words of CAPITALISED_AFTER_ABBREVIATION so written, or a unit of money, follows that style.
 */
function capitalisesAfterAbbreviation(sentences: DocSentence[]): boolean {
  let seen = 0;
  for (const s of sentences) {
    if (s.headline || s.boilerplate) continue;
    for (let k = 1; k < s.tokens.length; k++) {
      const t = s.tokens[k]!;
      if (!STATE_ABBREVIATION.test(s.tokens[k - 1]!.text) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !(normName(t.text) in CAPITALISED_AFTER_ABBREVIATION)) continue;
      // Wire copy's units are the style's own ("U.S. Dlrs"); a verb may open a question after a sentence that ends
      // with "U.S." ("... criticised the U.S. Would talks help?"), so two are needed.
      if (CAPITALISED_AFTER_ABBREVIATION[normName(t.text)]!.startsWith('unit') || ++seen >= 2) return true;
    }
  }
  return false;
}

/** Words that make "U.S. <word>" a body's name even in such an article ("U.S. Treasury", "U.S. Navy", "U.S. Trade
 * Representative"), beside the head words of organizations' names and of titles. */
const BODY_AFTER_ABBREVIATION: Record<string, string> = wordTable({
  treasury: 'executive department', embassy: 'mission', consulate: 'mission', mission: 'mission', capitol: 'building',
  steel: '"U.S. Steel"', customs: '"U.S. Customs"', mint: '"U.S. Mint"', marshals: '"U.S. Marshals"', marines: 'armed service',
  postal: '"U.S. Postal Service"', open: '"U.S. Open"', representatives: '"U.S. House of Representatives"',
  representative: '"U.S. Trade Representative"',
});

/** People and money after a state's abbreviation ("U.S. Officials", "U.K. Negotiators", "U.S. Dollars"): never a body's
 * name, in any style (the officials' state is the party; guideline: officials of a country make it a participant). */
function peopleOrMoneyAfterAbbreviation(word: string): boolean {
  const n = normName(word);
  if (n in ORGANIZATION_HEADWORDS || n in BODY_AFTER_ABBREVIATION || n === 'government' || n === 'governments') return false;
  return n in PARTY_NOUNS || n in CURRENCY_WORDS;
}

/** Currencies and wire copy's units of money after "U.S." ("U.S. Dollars", "U.S. Dlrs"). */
const CURRENCY_WORDS: Record<string, string> = wordTable({ dollar: 'currency', dollars: 'currency', dlr: 'wire copy: dollar', dlrs: 'wire copy: dollars', cents: 'currency', cts: 'wire copy: cents' });

/** Whether a word after "U.S." in such an article is running text: a common word of news (written in lower case),
 * not one that heads a body's name or a title. */
function runningAfterAbbreviation(word: string): boolean {
  const n = normName(word);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && writtenInLowerCase(word) && !(n in ORGANIZATION_HEADWORDS) && !(n in US_FEDERAL_BODY_HEADS) && !(n in BODY_AFTER_ABBREVIATION) && !(n in TITLE_DOMAIN_WORDS) && !isTitleWord(word);
}

/** Aligns recognizer spans to tokens and types them. Mentions come back sorted by offset, without overlaps. */
export function toMentions(text: string, sentences: DocSentence[], spans: NerSpan[]): Mention[] {
  const out: Mention[] = [];
  const capsAfterAbbreviation = capitalisesAfterAbbreviation(sentences);
  const titleAlone: Array<Parameters<typeof newMention>[0]> = [];
  // Names in the headlines of a scraped link preview are not the article's.
  const previews = linkPreviews(text);
  // Nor are the parties named in a court case's name ("Roe v. Wade").
  const cases = courtCases(text);
  const pairSides = new WeakSet<NerSpan>();
  const joinedBodies = new WeakSet<NerSpan>();
  const queue = spans.filter((sp) => !previews.some(([a, b]) => sp.start >= a && sp.end <= b) && !cases.some(([a, b]) => sp.start < b && a < sp.end));
  for (let q = 0; q < queue.length; q++) {
    const span = queue[q]!;
    if (joinedBodies.has(span)) continue;
    const s = sentenceAt(sentences, span.start, span.end);
    if (!s || s.boilerplate) continue;
    let ts = s.tokens.findIndex((t) => t.end > span.start);
    let te = s.tokens.findIndex((t) => t.start >= span.end);
    if (te < 0) te = s.tokens.length;
    if (ts < 0 || ts >= te) continue;
    // "Mr.", "Sen.", "Dr." before a name make it a person's, whatever type the recognizer gave the span.
    if ((span.type === 'LOC' || span.type === 'ORG') && ts < te - 1 && (isHonorific(s.tokens[ts]!.text) || isTitleAbbreviation(s.tokens[ts]!, s.tokens[ts + 1]!))) {
      queue.push({ ...span, type: 'PER' });
      continue;
    }
    // "U.S. Officials", "U.S. Dollars": the state and the people or money it has, in any style.
    if (span.type !== 'PER' && te - ts === 2 && STATE_ABBREVIATION.test(s.tokens[ts]!.text) && peopleOrMoneyAfterAbbreviation(s.tokens[ts + 1]!.text)) {
      queue.push({ ...span, start: s.tokens[ts]!.start, end: s.tokens[ts]!.end, type: 'LOC' });
      continue;
    }
    // In an article that capitalises every word after "U.S." (capitalisesAfterAbbreviation), "U.S. Officials" and "the
    // U.S. Position" are the state and running text; "the U.S. And West Germany" is two names.
    if (capsAfterAbbreviation && span.type !== 'PER' && te - ts >= 2 && STATE_ABBREVIATION.test(s.tokens[ts]!.text) && !organizationByName(text.slice(s.tokens[ts]!.start, s.tokens[te - 1]!.end))) {
      const next = s.tokens[ts + 1]!.text;
      const closed = /^\p{Lu}\p{Ll}+$/u.test(next) && normName(next) in CLOSED_AFTER_ABBREVIATION;
      if (closed || (te - ts === 2 && runningAfterAbbreviation(next))) {
        queue.push({ ...span, start: s.tokens[ts]!.start, end: s.tokens[ts]!.end, type: 'LOC' });
        if (closed && te - ts > 2) queue.push({ ...span, start: s.tokens[ts + 2]!.start });
        continue;
      }
    }
    // "the Obama Administration", "the Reagan Era": a person's name and a noun that names what the person led, not an
    // organization; the name alone is the mention.
    if ((span.type === 'LOC' || span.type === 'ORG') && te - ts === 2 && personBeforeNoun(s.tokens[ts]!.text, s.tokens[ts + 1]!.text)) {
      queue.push({ ...span, start: s.tokens[ts]!.start, end: s.tokens[ts]!.end, type: 'PER' });
      continue;
    }
    const spanStart = ts;
    while (ts < te - 1 && !arabicArticle(s.tokens, ts) && (isTrimWord(s.tokens[ts]!.text, span.type) || /^(['’‘][sS]?|[\p{P}\p{S}]+)$/u.test(s.tokens[ts]!.text))) ts++;
    // A picture's credit before a name or a headline ("| Getty Alaska scrambles...", "/ Reuters Jane Doe") is no part
    // of it; a name that goes on with an organization's head word is the agency's own ("Reuters Institute"). First in
    // a sentence, only a person's name goes on after a credit ("Reuters Jane Doe"); an organization's name is the
    // agency's own ("Bloomberg Philanthropies", "AP Stylebook").
    if (te - ts >= 2 && normName(s.tokens[ts]!.text) in PHOTO_CREDIT_WORDS && creditBeforeName(text, s, span.type, ts, te)) {
      ts++;
      while (ts < te - 1 && normName(s.tokens[ts]!.text) in CREDIT_LAST_WORDS) ts++;
    }
    if (span.type === 'PER') ts = personNameStart(s.tokens, spanStart, ts, te);
    // "Sadly, ...": an adverb capitalised where a sentence or clause starts is no one's name.
    if (te - ts === 1 && sentenceAdverb(s.tokens[ts]!.text) && capitalByPosition(s.tokens, ts)) continue;
    // A name never runs across a bracket: "Dmitry Medvedev (Dmitry Medvedev)" is two mentions at most.
    // Nor across the angle brackets of wire copy's stock symbols: "GM <GM> CANADA UNIT" (tickerAfter).
    for (let k = ts + 1; k < te; k++) if (/[()[\]<>]/.test(s.tokens[k]!.pre) || /[()[\]<>]/.test(s.tokens[k - 1]!.post)) te = k;
    // Nor across a dash set between words ("Sen. John Kerry — Obama's sparring partner"), nor across a slash between two
    // words of three letters or more ("ABC News/Washington Post", a poll's two sponsors; "IMF/World Bank"): two names
    // each ("AC/DC" is one name).
    // Nor across a comma before a capitalised word ("Chemical Bank, Bankers Trust", "Lloyd, Vesty"): two names, unless
    // the comma stands inside the name (commaInName).
    const separator = s.tokens.findIndex((t, k) => k >= ts && k < te - 1 && ((/\s[—–]|[—–]\s/u.test(t.post) || (t.post === '/' && letters(t.text) >= 3 && letters(s.tokens[k + 1]!.text) >= 3)) || (/,/.test(t.post) && /^\p{Lu}/u.test(s.tokens[k + 1]!.text) && !commaInName(s.tokens, ts, k, te))));
    if (separator >= 0) {
      queue.push({ ...span, end: s.tokens[separator]!.end }, { ...span, start: s.tokens[separator + 1]!.start });
      continue;
    }
    while (te > ts && /^(['’‘][sS]?|[\p{P}\p{S}]+)$/u.test(s.tokens[te - 1]!.text)) te--;
    // A month's abbreviation and a day after a name are a date, with the preposition before it: "met Kim Feb. 27",
    // "spoke with Lavrov Jan. 5", "Congress on Oct. 17".
    if (te - ts > 1 && monthNumber(s.tokens[te - 1]!.text) && /\./.test(s.tokens[te - 1]!.text + s.tokens[te - 1]!.post) && /^\d{1,2}$/.test(s.tokens[te]?.text ?? '') && /^\p{Lu}\p{Ll}{2,3}\.?$/u.test(s.tokens[te - 1]!.text)) {
      te--;
      while (te - ts > 1 && /^\p{Ll}+$/u.test(s.tokens[te - 1]!.text)) te--;
    }
    // A body's name read on into the title of its head is the name: "the NAACP's ... People President".
    // Not after a connector: "the Executive Office of the President" ends with its word.
    if (span.type === 'ORG' && te - ts > 2 && normName(s.tokens[te - 1]!.text) in HEAD_TITLES && /^\p{Lu}/u.test(s.tokens[te - 2]!.text)) {
      te--;
      if (te - ts > 2 && titleRank(s.tokens[te - 1]!.text)) te--;
    }
    // A body the organizations table knows, read on into a count of its members ("the Paris Club of 19 creditor
    // nations", "the European Union of 27"): the name ends before the count (of at most three digits: not a year).
    if (span.type !== 'PER') {
      const of = s.tokens.findIndex((t, k) => k > ts && k < te - 1 && t.text === 'of' && /^\d{1,3}$/.test(s.tokens[k + 1]!.text));
      if (of > 0 && organizationByName(text.slice(s.tokens[ts]!.start, s.tokens[of - 1]!.end))) te = of;
    }
    if (ts >= te) continue;
    // A name that stops at a hyphen goes on after it: "Robert Kilroy-Silk", not "Robert Kilroy".
    // An East Asian given name goes on after its hyphen in lowercase too: "Kim Jong-un", "Moon Jae-in".
    const familyFirst = span.type === 'PER' && FAMILY_NAME_FIRST.has(foldName(s.tokens[ts]!.text));
    // Not after a state's name or adjective ("U.S.-North Korea summit", "Israel-Hamas talks"), nor, for an
    // organization, into a state's name ("the al-Qaeda-Iran connection"; a person's may end in one: "Pierre
    // Mendes-France"), unless the whole is a state's name ("Guinea-Bissau").
    while (!pairSides.has(span) && te < s.tokens.length && s.tokens[te - 1]!.post === '-' && (/^\p{Lu}/u.test(s.tokens[te]!.text) || (familyFirst && /^\p{Ll}+$/u.test(s.tokens[te]!.text))) && !((nationalName(text.slice(s.tokens[ts]!.start, s.tokens[te - 1]!.end)) || (span.type !== 'PER' && !!stateByName(s.tokens[te]!.text))) && !stateByName(text.slice(s.tokens[ts]!.start, s.tokens[te]!.end)))) te++;
    // ... but an organization's name that starts with two sides is one name: "the U.S.-Ukraine Business Council".
    const bodyAfter = !pairSides.has(span) && te < s.tokens.length && s.tokens[te - 1]!.post === '-' && nationalName(text.slice(s.tokens[ts]!.start, s.tokens[te - 1]!.end))
      ? queue.find((x) => x.type === 'ORG' && x.start === s.tokens[te]!.start && x.end > s.tokens[te]!.end && !nationalName(text.slice(x.start, x.end)))
      : undefined;
    if (bodyAfter) {
      joinedBodies.add(bodyAfter);
      const whole = { ...bodyAfter, start: s.tokens[ts]!.start };
      pairSides.add(whole);
      queue.push(whole);
      continue;
    }
    // Two sides hyphenated ("India-Pakistan talks", "U.S.-Japanese trade", "EC-U.S. accord") are a name each, unless the
    // whole is one state's name ("Guinea-Bissau"); a side, once split off, is never joined again.
    const pair = hyphenatedPair(text, s.tokens, ts, te);
    if (pair > 0) {
      const sides = [{ ...span, start: s.tokens[ts]!.start, end: s.tokens[pair - 1]!.end }, { ...span, start: s.tokens[pair]!.start, end: s.tokens[te - 1]!.end }];
      for (const side of sides) pairSides.add(side);
      queue.push(...sides);
      continue;
    }
    // A possessive inside a person's span is two names: "Mike Leigh's Vera Drake" is Mike Leigh and Vera Drake.
    const possessive = span.type === 'PER' ? s.tokens.findIndex((t, k) => k > ts && k < te - 1 && /^['’][sS]$/u.test(t.text)) : -1;
    if (possessive > 0) {
      queue.push({ ...span, end: s.tokens[possessive - 1]!.end }, { ...span, start: s.tokens[possessive + 1]!.start, end: Math.max(span.end, s.tokens[te - 1]!.end) });
      continue;
    }
    // A word of running text inside a span joins two names: "Northern Dairy Union picketed Westfield Mills Corp" is two.
    // (People's names keep their lowercase particles, too many to list: "ter", "vom", "bint".)
    const cut = span.type === 'PER' ? -1 : s.tokens.findIndex((t, k) => k > ts && k < te - 1 && isRunningWord(t.text) && !/['’-]/u.test(s.tokens[k - 1]!.post + t.pre + t.post));
    if (cut > 0) {
      queue.push({ ...span, end: s.tokens[cut - 1]!.end }, { ...span, start: s.tokens[cut + 1]!.start });
      continue;
    }
    const start = ts < spanStart ? s.tokens[ts]!.start : Math.max(s.tokens[ts]!.start, span.start);
    const last = s.tokens[te - 1]!;
    const end = last.start >= span.end ? last.end : Math.min(last.end, span.end);
    const surface = text.slice(start, end);
    const prev = s.tokens[ts - 1]?.text ?? '';
    const titled = /^\p{Lu}/u.test(prev) && (isHonorific(prev) || isTitleWord(prev));
    let cls = classify(span.type, surface, { titled, caption: atCaptionCredit(text, s.start, start, end) });
    // A name the text marks with its stock symbol ("Ford <F>", "CRAZY EDDIE <CRZY>", "Charles Schwab <SCHW>") is a
    // listed company's: wire copy writes the symbol after the company's name.
    if (cls && (cls.kind === 'person' || cls.kind === 'place') && tickerAfter(text, end)) cls = { kind: 'organization', label: cls.label };
    if (!cls) {
      if (span.type === 'PER' && te - ts === 1 && isTitleWord(surface)) titleAlone.push({ start, end, text: surface, sentence: s.index, tokenStart: ts, tokenEnd: te });
      continue;
    }
    // A portfolio before a title is part of the title, not a body: "Canadian Agriculture Minister Ruth Calder".
    if (cls.kind !== 'state' && surface.split(/\s+/).every((w) => normName(w) in TITLE_DOMAIN_WORDS) && isTitleWord(s.tokens[te]?.text ?? '')) continue;
    out.push(newMention({ start, end, text: surface, sentence: s.index, tokenStart: ts, tokenEnd: te }, cls));
  }
  // A title alone is no one ("the President said"), unless it is the surname of a person the article names:
  // "King" after "Billie Jean King".
  const surnames = new Set(out.filter((m) => m.kind === 'person' && m.label.includes(' ')).map((m) => m.label.split(/\s+/).pop()!));
  for (const at of titleAlone) if (surnames.has(at.text)) out.push(newMention(at, { kind: 'person', label: at.text }));
  addGazetteerMentions(text, sentences, out);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the first of overlapping mentions (the longest at a position).
  const kept: Mention[] = [];
  // A stock symbol in its brackets is markup ("<GM>"): the resolve step reads it as the company's alias.
  // A symbol with no name before it ("after <GM> said") is the only name the text gives: kept.
  const marksName = (m: Mention) => isTickerMark(text, m.start, m.end) && out.some((x) => x.end < m.start && /^[ \t]*$/.test(text.slice(x.end, m.start - 1)));
  for (const m of out) if ((!kept.length || m.start >= kept[kept.length - 1]!.end) && !marksName(m)) kept.push(m);
  return headlineNames(sentences, usStateHomonyms(text, namedByArticle(text, personPairs(sentences, joinNamesWithFunctionWords(text, sentences, kept)))));
}

/**
 * A headline in capitals ("MOORE <MCL> TO BUY UNIT", "AIRBUS SUBSIDIES DEBATED") defeats the recognizer: a name there
 * is read against the story's body. The first words of one organization the body names ("MOORE" for "Moore Corp Ltd",
 * "SCOTT PAPER" for "Scott Paper Co"), unless the body names a person by them ("TRUMP" beside "Donald Trump" and
 * "the Trump Organization"); a name the body gives nowhere, not even within a longer name, that ends with a common
 * word of news and no name's ("AIRBUS SUBSIDIES", "S. AFRICA LOANS"; not "BANKS", a surname too), is the headline's
 * words, no name.
 */
function headlineNames(sentences: DocSentence[], mentions: Mention[]): Mention[] {
  // The headline: the lines in capitals the article opens with (a line in capitals further on is a transcript's
  // speaker or a section's title).
  let lines = 0;
  while (sentences[lines]?.headline) lines++;
  if (!lines) return mentions;
  const body = mentions.filter((m) => m.sentence >= lines);
  return mentions.filter((m) => {
    if (m.sentence >= lines || m.kind === 'state' || m.iso || organizationByName(m.label) || venueByName(m.label)) return true;
    const key = normName(m.label);
    // Named in full in the body: a company there is one here ("MOORE" for "Moore").
    const same = body.filter((b) => normName(b.label) === key);
    if (same.some((b) => b.kind === 'organization')) {
      m.kind = 'organization';
      return true;
    }
    // An acronym (written in capitals in the body too: "GM") is resolved with the article's definitions, and a body's
    // head word alone ("HOUSE") is no short form.
    const acronym = isAcronym(m.label) && body.some((b) => b.text === m.text);
    // The body names it within a longer name ("BIDEN" of "Joe Biden", "TRUMP" of "Donald Trump" and "the Trump
    // Organization"): a surname read as a person's is the person's, whatever company starts with it.
    const within = body.filter((b) => ` ${normName(b.label)} `.includes(` ${key} `));
    const personal = m.kind === 'person' && within.some((b) => b.kind === 'person' && normName(b.label).endsWith(` ${key}`));
    const longer = acronym || personal || key in ORGANIZATION_HEADWORDS || m.kind === 'place' ? [] : [...new Map(body.filter((b) => b.kind === 'organization' && normName(b.label).startsWith(`${key} `)).map((b) => [normName(b.label), b])).values()];
    if (longer.length === 1) {
      const b = longer[0]!;
      Object.assign(m, { kind: b.kind, label: b.label, ...(b.stateIso ? { stateIso: b.stateIso } : {}), ...(b.media ? { media: true } : {}) });
      return true;
    }
    if (longer.length || same.length || within.length || acronym) return true;
    // A person's full name may end with a common word ("NOEL KING").
    const words = m.label.split(/\s+/);
    const last = words[words.length - 1]!;
    return (m.kind === 'person' && words.length > 1) || !writtenInLowerCase(last) || isNameWord(last) || normName(last) in ORGANIZATION_HEADWORDS;
  });
}

/**
 * Two people named by their names hyphenated ("the Trump-Kim summit", "a Trump-Putin meeting"): where each side is
 * the first or last word of a person the article names in full elsewhere ("Donald Trump", "Kim Jong Un"), each side is
 * a mention of its own, whether the recognizer read the pair as one name or as none. A hyphenated surname
 * ("Kilroy-Silk", "Ocasio-Cortez") is one name: its sides are not the ends of two other names, or the article names
 * someone by it ("Sheila Jackson-Lee").
 */
function personPairs(sentences: DocSentence[], mentions: Mention[]): Mention[] {
  const ends = new Set<string>();
  // The hyphenated words of the people the article names ("Sheila Jackson-Lee"): such a word is that person's name,
  // though its sides are the names of others ("Mike Lee", "Ketanji Brown Jackson").
  const whole = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const words = m.text.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of words) if (w.includes('-')) whole.add(w);
    ends.add(words[0]!).add(words[words.length - 1]!);
  }
  if (ends.size < 2) return mentions;
  const pairs: Mention[] = [];
  const replaced = new Set<Mention>();
  for (const s of sentences) {
    if (s.boilerplate) continue;
    const toks = s.tokens;
    for (let j = 0; j + 1 < toks.length; j++) {
      const [x, y] = [toks[j]!, toks[j + 1]!];
      if (x.post !== '-' || y.start !== x.end + 1 || !/^\p{Lu}\p{Ll}/u.test(x.text) || !/^\p{Lu}\p{Ll}/u.test(y.text) || x.text === y.text) continue;
      if (toks[j + 2]?.start === y.end + 1 && y.post === '-') continue; // three names hyphenated are no pair
      if (!ends.has(x.text) || !ends.has(y.text) || whole.has(`${x.text}-${y.text}`)) continue;
      const over = mentions.filter((m) => m.start < y.end && x.start < m.end);
      // Free words, or one person's mention that is just the pair.
      if (over.length > 1 || (over.length === 1 && !(over[0]!.kind === 'person' && over[0]!.start === x.start && over[0]!.end === y.end))) continue;
      if (over[0]) replaced.add(over[0]);
      for (const [t, k] of [[x, j], [y, j + 1]] as const) pairs.push(newMention({ start: t.start, end: t.end, text: t.text, sentence: s.index, tokenStart: k, tokenEnd: k + 1 }, { kind: 'person', label: t.text }));
    }
  }
  if (!pairs.length) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...pairs].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A state's name or national adjective ("India", "U.S.", "Soviet", "Sino"). */
function nationalName(w: string): boolean {
  return !!(stateByName(w) || stateByDemonym(w));
}

/**
 * Where a name of tokens [ts, te) is two sides joined by a hyphen, the index of the second side's first token, else
 * -1. Each side is a state's name or national adjective ("India-Pakistan", "U.S.-Soviet", "Sino-Japanese"), or one is
 * and the other is an acronym or a known organization ("EC-U.S.", "NATO-Russia", "US-Taliban"); a state's own
 * hyphenated name ("Guinea-Bissau", "Bosnia-Herzegovina") is one name.
 */
function hyphenatedPair(text: string, toks: readonly Token[], ts: number, te: number): number {
  if (te - ts < 2 || stateByName(text.slice(toks[ts]!.start, toks[te - 1]!.end))) return -1;
  const words = (from: number, to: number) => text.slice(toks[from]!.start, toks[to - 1]!.end);
  // In a line written in capitals every word looks like an acronym ("FRANCO-GERMAN"): only two states tell there.
  const caps = !toks.some((t) => /\p{Ll}/u.test(t.text));
  const body = (from: number, to: number) => (to - from === 1 && isAcronym(toks[from]!.text)) || !!organizationByName(words(from, to));
  for (let k = ts + 1; k < te; k++) {
    if (toks[k - 1]!.post !== '-' || toks[k]!.start !== toks[k - 1]!.end + 1) continue;
    const left = nationalName(words(ts, k));
    const right = nationalName(words(k, te));
    if ((left && right) || (!caps && ((left && body(k, te)) || (right && body(ts, k))))) return k;
  }
  return -1;
}

/** "Rep. Alexandria Ocasio-Cortez", "Gov. Brian Kemp": an abbreviated title, with its dot, before a capitalised word. */
function isTitleAbbreviation(tok: Token, next: Token): boolean {
  return (tok.post.startsWith('.') || tok.text.endsWith('.')) && normName(tok.text) in TITLE_ABBREVIATIONS && /^\p{Lu}/u.test(next.text);
}

/**
 * Names that are a state's and a US state's: the words of an article that tell the state (its capital, its people) and
 * the US state's abbreviation. In an article that names another US state or writes the abbreviation, and none of the
 * state's own words, the name is the US state, a place ("Georgia Sen. Johnny Isakson", "Atlanta, Georgia").
 */
export const US_STATE_HOMONYMS: Record<string, { iso: string; stateWords: RegExp; abbreviation: RegExp; reason: string }> = {
  georgia: { iso: 'GE', stateWords: /\b(Tbilisi|Georgians?|Abkhaz\w*|Ossetia\w*|Caucasus|Saakashvili|Shevardnadze|Batumi)\b|\bGeorgia['’]s\s+(?:[Pp]rime\s+[Mm]inister|[Pp]resident|[Pp]arliament|[Ff]oreign\s+[Mm]inister)/u, abbreviation: /\b(Ga\.|[DRI]-Ga\b)|\bAtlanta\b/u, reason: 'the Caucasus state and the US state' },
};

/** US states named like the city news means first by the name. */
const CITY_NAMED_STATES = new Set(['washington', 'new york']);

function usStateHomonyms(text: string, mentions: Mention[]): Mention[] {
  const homonyms = mentions.filter((m) => m.kind === 'state' && m.iso && normName(m.label) in US_STATE_HOMONYMS);
  if (!homonyms.length) return mentions;
  // A state's name that is no city's too: "Washington" and "New York" are news's cities first.
  const otherUsState = mentions.some((m) => m.kind === 'place' && isUsStateName(m.label) && !(normName(m.label) in US_STATE_HOMONYMS) && !stateOfCapital(m.label) && !CITY_NAMED_STATES.has(normName(m.label)));
  return mentions.map((m) => {
    if (!homonyms.includes(m)) return m;
    const h = US_STATE_HOMONYMS[normName(m.label)]!;
    if (m.iso !== h.iso || h.stateWords.test(text) || !(otherUsState || h.abbreviation.test(text))) return m;
    const { iso: _iso, ...rest } = m;
    return { ...rest, kind: 'place', stateIso: 'US' };
  });
}

/**
 * Names that stand for an entity only when the article names it: a social-media handle ("@realDonaldTrump") is the
 * person or organization its capitalised words name in the article ("Donald J. Trump"), else no entity; a generic
 * one-word organization name ("Union", "PAC", GENERIC_ORGANIZATION_WORDS) is kept only when the article gives one
 * longer organization name ending with it (step 3 makes it that name).
 */
function namedByArticle(text: string, mentions: Mention[]): Mention[] {
  const handles = new Map<Mention, string[]>();
  for (const m of mentions) {
    if (m.kind !== 'person' && m.kind !== 'organization') continue;
    const words = handleWords(m.text, text[m.start - 1] ?? '');
    if (words) handles.set(m, words);
  }
  const named = mentions.filter((m) => !handles.has(m));
  const orgs = named.filter((m) => m.kind === 'organization');
  const orgLabels = orgs.map((m) => m.label);
  const programmes = programmeNames(text, named);
  const out: Mention[] = [];
  for (const m of mentions) {
    if ((m.kind === 'organization' || m.kind === 'place') && programmes.has(m)) continue;
    // An outlet's head word alone ("News", "Times", "Post") names a paper only as "the Times" (a paper of that name, or
    // the short form of the one outlet the article names ending with it); "News media", "12 News Now" name nothing.
    if (m.kind === 'organization' && !m.label.includes(' ') && normName(m.label) === normName(m.text) && normName(m.label) in OUTLET_HEADWORDS) {
      if (!/\bthe\s+$/iu.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    }
    const words = handles.get(m);
    if (words) {
      const name = words.join(' ');
      const org = words.length ? named.find((x) => x.kind === 'organization' && normName(x.label) === normName(name)) : undefined;
      const person = words.length >= 2 && !org ? named.find((x) => x.kind === 'person' && !isSingleName(x.label) && (samePerson(name, x.label)?.same || samePerson(x.label, name)?.same)) : undefined;
      const to = org ?? person;
      if (to) out.push({ ...m, kind: to.kind, label: to.kind === 'person' ? name : to.label, ...(to.stateIso ? { stateIso: to.stateIso } : {}), media: to.media });
      continue;
    }
    const generic = m.kind === 'organization' ? genericHead(m.label) : undefined;
    if (generic) {
      // Of several ("the Judiciary Committee", "the Intelligence Committee"), "the Committee" is none the reader can tell;
      // the one the article names may end with the word or, when none does, start with it ("the Bank of England").
      if (namesHeadedBy(generic, orgLabels, orgs.filter((o) => o.start < m.start).length).length !== 1) continue;
    }
    out.push(m);
  }
  return out;
}

/** Gazetteer classes of names of organizations and places ("FBI", "Medicaid", "Berlin"). */
const KNOWN_NAME_BITS = (['org', 'porg', 'company', 'team', 'country', 'city', 'region', 'place', 'town', 'subdiv'] as const).reduce((b, c) => b | (1 << GAZ_CLASSES.indexOf(c)), 0);

/** Whether the gazetteers know a name as an organization's or a place's, or one of its words heads such names. */
function knownOrHeaded(label: string): boolean {
  if (organizationByName(label) || venueByName(label) || stateByName(label)) return true;
  const g = gazetteer();
  const n = label.toLowerCase();
  if (((g.words.get(n) ?? g.phrases.get(n) ?? 0) & KNOWN_NAME_BITS) !== 0) return true;
  return label.split(/\s+/).some((w) => normName(w) in ORGANIZATION_HEADWORDS || isHeadWord(w));
}

/**
 * Government programmes and policies read as organizations or places ("Deferred Action for Childhood Arrivals
 * (DACA)", "the DACA program", "Temporary Protected Status recipients"): a name written right before a programme noun
 * (PROGRAMME_NOUNS_AFTER) or in an apposition ("DACA, the program that..."), with its acronym defined in the text
 * ("Long Name (ACR)", "Long Name, or ACR"), is a programme when no gazetteer knows any of its
 * names as an organization or place and none has an organization's or place's head word ("National Security Agency
 * program" is the agency's). A name whose acronym the article does not define must be written so in half its
 * mentions: one "the Acme Robotics program" among "Acme Robotics said" is the company's programme.
 * Returns the mentions to drop.
 */
function programmeNames(text: string, mentions: Mention[]): Set<Mention> {
  // A place only when written as an acronym ("DACA" read as a place): a region's policy ("Mideast policy") is no programme.
  const cands = mentions.filter((m) => (m.kind === 'organization' || (m.kind === 'place' && isAcronym(m.label))) && !m.stateIso && !m.media);
  const spelled = new Map<string, string>();
  for (const m of cands) {
    // "Long Name (ACR)", "Long Name program (ACR)", "Long Name, or ACR", "Long Name, also known as ACR"
    const after = text.slice(m.end, m.end + 40);
    const def = /^\s*(?:\p{Ll}+\s*)?\(\s*([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\s*\)/u.exec(after) ?? /^\s*,\s*(?:or|also known as)\s+([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\b/u.exec(after);
    if (def && m.label.includes(' ')) spelled.set(normName(def[1]!), normName(m.label));
  }
  const groups = new Map<string, { mentions: Mention[]; cued: number }>();
  for (const m of cands) {
    const key = spelled.get(normName(m.label)) ?? normName(m.label);
    const g = groups.get(key) ?? groups.set(key, { mentions: [], cued: 0 }).get(key)!;
    g.mentions.push(m);
    // the noun right after the name ("DACA recipients", "DACA Recipients" in a headline), or in an apposition
    // ("DACA, the program that...")
    const after = text.slice(m.end, m.end + 24);
    const next = (/^\s*([\p{L}]+)/u.exec(after)?.[1] ?? '').toLowerCase();
    const apposed = (/^\s*,\s*(?:the|a)\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '');
    if (next in PROGRAMME_NOUNS_AFTER || apposed in PROGRAMME_NOUNS_AFTER) g.cued++;
  }
  const out = new Set<Mention>();
  const defined = new Set(spelled.values());
  for (const [key, g] of groups) {
    if (!g.cued) continue;
    const labels = [...new Set(g.mentions.map((m) => m.label))];
    if (labels.some(knownOrHeaded)) continue;
    if (!defined.has(key) && 2 * g.cued < g.mentions.length) continue;
    g.mentions.forEach((m) => out.add(m));
  }
  return out;
}

/** Words that join the parts of an organization's name after its head word ("Committee for a Currency Union in
 * Europe", "Council on Foreign Relations", "Committee to Protect Journalists"). */
const NAME_CONNECTORS_AFTER_HEAD = new Set(['for', 'on', 'of', 'to']);
const NAME_CONNECTORS_INSIDE = new Set(['for', 'on', 'of', 'to', 'and', 'the', 'a', 'an']);
/** The kinds of head words (ORGANIZATION_HEADWORDS) of a body or office of government, whose names go on after them
 * ("the Joint Commission on Taxation", "the White House Office of Management and Budget"). */
const BODY_HEAD_KINDS: Record<string, string> = wordTable({ body: 'a committee, commission, council', government: 'an office, ministry, department', agency: 'an agency' });
/** What may follow a body's head word that the recognizer read with words before it ("Joint Commission on"). */
const BODY_NAME_CONNECTORS = new Set(['for', 'on', 'of']);
/** Titles of the head of a body, which end its name ("the Committee on Homeland Security Chairman"). */
const HEAD_TITLES: Record<string, string> = wordTable({
  chairman: 'head of a body', chairwoman: 'head of a body', chairperson: 'head of a body', president: 'head of a body',
  director: 'head of a body', spokesman: 'speaks for a body', spokeswoman: 'speaks for a body', spokesperson: 'speaks for a body',
  ceo: 'head of a company', commissioner: 'member of a commission',
});
/** A word of rank before such a title belongs to it ("Executive Director", "Vice President"): TITLE_DOMAIN_WORDS'
 * ranks. */
const titleRank = (word: string): boolean => TITLE_DOMAIN_WORDS[normName(word)] === 'rank';
/** "in" belongs to a name only before a continent or region ("Organization for Security and Co-operation in Europe",
 * "Committee for a Common Currency in Africa"); before a city it is where the body is ("the Council on Foreign
 * Relations in New York"). */
const NAME_REGIONS_AFTER_IN: Record<string, string> = wordTable({
  europe: 'continent', asia: 'continent', africa: 'continent', america: 'continent', americas: 'continents',
  'latin america': 'region', 'middle east': 'region', pacific: 'region', 'asia pacific': 'region', arctic: 'region',
  balkans: 'region', caribbean: 'region', mediterranean: 'region', 'the americas': 'region', 'the middle east': 'region',
});

/** Tokens from k making up a region name after "in": their count, or 0. */
function regionAt(toks: Token[], k: number): number {
  for (let n = 3; n >= 1; n--) {
    if (k + n > toks.length) continue;
    const words = toks.slice(k, k + n);
    if (words.slice(0, -1).some((t) => t.post.trim())) continue;
    if (normName(words.map((t) => t.text).join(' ')) in NAME_REGIONS_AFTER_IN) return n;
  }
  return 0;
}

/**
 * A recognizer that stops at a name's function words leaves a bare head word ("Committee") and pieces ("Currency",
 * "Africa") for "the Committee for a Common Currency in Africa", or misses the name altogether. An organization head
 * word (ORGANIZATION_HEADWORDS), read alone as an organization or not read at all after "the", followed by a connector
 * and capitalised words up to the first punctuation or lowercase word, is one organization with them. Longer names
 * the recognizer found whole are left as they are.
 */
function joinNamesWithFunctionWords(text: string, sentences: DocSentence[], mentions: Mention[]): Mention[] {
  const heads: Mention[] = [];
  for (const s of sentences) {
    if (s.boilerplate) continue;
    const toks = s.tokens;
    for (let k = 1; k + 1 < toks.length; k++) {
      const t = toks[k]!;
      if (toks[k - 1]!.text.toLowerCase() !== 'the' || !/^\p{Lu}\p{Ll}/u.test(t.text) || !(normName(t.text) in ORGANIZATION_HEADWORDS)) continue;
      if (!NAME_CONNECTORS_AFTER_HEAD.has(toks[k + 1]!.text) || mentions.some((m) => m.start < t.end && t.start < m.end)) continue;
      heads.push(newMention({ start: t.start, end: t.end, text: t.text, sentence: s.index, tokenStart: k, tokenEnd: k + 1 }, { kind: 'organization', label: t.text }));
    }
  }
  const all = heads.length ? [...mentions, ...heads].sort((a, b) => a.start - b.start) : mentions;
  const isHead = new Set(heads);
  const out: Mention[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!;
    const bare = isHead.has(m);
    if (!bare) out.push(m);
    if (m.kind !== 'organization') continue;
    const toks = sentences[m.sentence]!.tokens;
    // A body's name the recognizer cut after its head word ("the Joint Commission | on Commerce and Trade", "the
    // Senate Committee | on Banking") goes on as a bare head word's does below.
    // Not on "to", which after a name is most often a verb's ("the Clinton Foundation to the FBI").
    const bodyHead = m.tokenEnd - m.tokenStart > 1 && (ORGANIZATION_HEADWORDS[normName(toks[m.tokenEnd - 1]!.text)] ?? '') in BODY_HEAD_KINDS && BODY_NAME_CONNECTORS.has(toks[m.tokenEnd]?.text ?? '');
    if (m.tokenEnd - m.tokenStart > 1 && !bodyHead) {
      // A head word's name the recognizer read whole up to "in" ("Committee for a Currency Union") goes on with the
      // region after it ("in Europe"), as a bare head word's name does below.
      const words = toks.slice(m.tokenStart, m.tokenEnd);
      const named = normName(words[0]!.text) in ORGANIZATION_HEADWORDS && words.some((t) => NAME_CONNECTORS_AFTER_HEAD.has(t.text));
      const inTok = toks[m.tokenEnd];
      if (!named || inTok?.text !== 'in' || toks[m.tokenEnd - 1]!.post.trim() || inTok.post.trim()) continue;
      const n = regionAt(toks, m.tokenEnd + 1);
      if (!n) continue;
      const last = toks[m.tokenEnd + n]!;
      const surface = text.slice(m.start, last.end);
      out[out.length - 1] = { ...m, end: last.end, text: surface, tokenEnd: m.tokenEnd + 1 + n, label: cleanSurface(surface) };
      while (i + 1 < all.length && all[i + 1]!.sentence === m.sentence && all[i + 1]!.start < last.end) i++;
      continue;
    }
    if (!bodyHead && !(normName(m.text) in ORGANIZATION_HEADWORDS)) continue;
    let k = m.tokenEnd;
    let end = -1;
    if (/[\p{P}]/u.test(toks[k - 1]!.post.trim()) || !NAME_CONNECTORS_AFTER_HEAD.has(toks[k]?.text ?? '')) continue;
    const later = all.slice(i + 1).filter((x) => x.sentence === m.sentence && !isHead.has(x));
    while (k < toks.length && k - m.tokenEnd < 10) {
      const t = toks[k]!;
      // A person named next is not part of the name ("the Committee for Europe's Jean Monnet").
      if (later.some((x) => x.tokenStart === k && x.kind === 'person')) break;
      if (t.text === 'in' && !t.post.trim()) {
        const n = regionAt(toks, k + 1);
        if (n) end = k + 1 + n;
        break;
      }
      // Nor a date ("Congress on Oct. 17"), nor a place "on" which it sits ("the Judiciary Committee on Capitol Hill"),
      // nor the title of its head ("the Committee on Homeland Security Chairman", "... Executive Director").
      if (monthNumber(t.text) && /^\d/.test(toks[k + 1]?.text ?? '')) break;
      if (toks[k - 1]!.text === 'on' && later.some((x) => x.tokenStart === k && x.kind === 'place')) break;
      // ("the Office of the President" names the office of one: a title after a connector is the name's.)
      if (normName(t.text) in HEAD_TITLES && /^\p{Lu}/u.test(toks[k - 1]!.text)) {
        if (end === k && titleRank(toks[k - 1]!.text)) end = k - 1 > m.tokenEnd ? k - 1 : -1;
        break;
      }
      const capital = /^\p{Lu}/u.test(t.text) && !(normName(t.text) in NOT_NAMES) && !/['’]s$/u.test(t.text);
      if (capital) end = k + 1;
      else if (!NAME_CONNECTORS_INSIDE.has(t.text)) break;
      if (t.post.trim() || (k + 1 < toks.length && toks[k + 1]!.pre.trim())) break;
      k++;
    }
    if (end < 0) continue;
    // The name ends on a capitalised word; the mentions it covers are parts of it.
    const last = toks[end - 1]!;
    const surface = text.slice(m.start, last.end);
    const joined: Mention = { ...m, end: last.end, text: surface, tokenEnd: end, label: cleanSurface(surface) };
    if (later.some((x) => x.start < joined.end && x.end > joined.end)) continue;
    if (bare) out.push(joined);
    else out[out.length - 1] = joined;
    while (i + 1 < all.length && all[i + 1]!.sentence === m.sentence && all[i + 1]!.start < joined.end) i++;
  }
  return out;
}

/** States, well-known organizations and venues that the recognizer missed, found by looking names up. */
function addGazetteerMentions(text: string, sentences: DocSentence[], found: Mention[]): void {
  // A span is free when no mention overlaps it, or when the mentions there lie inside it: a longer gazetteer name
  // replaces the pieces the recognizer made of it ("International Bank for Reconstruction and Development" read as "Reconstruction").
  const covered = (start: number, end: number) => found.some((m) => start < m.end && m.start < end && (m.start < start || m.end > end || m.end - m.start === end - start));
  const dropInside = (start: number, end: number) => {
    for (let k = found.length - 1; k >= 0; k--) if (found[k]!.start >= start && found[k]!.end <= end) found.splice(k, 1);
  };
  for (const s of sentences) {
    if (s.boilerplate) continue;
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const first = toks[i]!.text;
      // A name may open with the Arabic article in lower case ("al-Qaeda in the Islamic Maghreb").
      if (!(/^\p{Lu}/u.test(first) || arabicArticle(toks, i)) || LEADING_DROP.has(first.toLowerCase())) continue;
      for (let len = Math.min(6, toks.length - i); len >= 1; len--) {
        const last = toks[i + len - 1]!;
        if (!/^[\p{Lu}\p{N}]/u.test(last.text)) continue;
        const start = toks[i]!.start;
        const end = last.end;
        if (covered(start, end)) continue;
        const surface = text.slice(start, end);
        const n = normName(surface);
        let cls: ReturnType<typeof classify> = null;
        const state = stateByName(surface);
        if (state && !(n in AMBIGUOUS_STATE_NAMES)) cls = { kind: 'state', label: state.name, iso: state.iso };
        else {
          const org = organizationByName(surface);
          if (org && (len > 1 || surface.length > 2 || /^\p{Lu}\d$/u.test(surface))) cls = { kind: 'organization', label: org.name, ...(org.state ? { stateIso: org.state } : {}), ...(org.media ? { media: true } : {}) };
          else {
            const venue = venueByName(surface);
            if (venue) cls = { kind: 'place', label: venue.name, stateIso: venue.state };
          }
        }
        if (!cls) continue;
        dropInside(start, end);
        found.push(newMention({ start, end, text: surface, sentence: s.index, tokenStart: i, tokenEnd: i + len }, cls));
        i += len - 1;
        break;
      }
    }
  }
}
