/**
 * Step 3: within-article resolution. Mentions of one entity get one cluster and one label:
 * - states by ISO code, well-known organizations by their canonical name (already set by step 2);
 * - people: a surname alone ("Medvedev") joins the full name ("Dmitry Medvedev"); for East Asian names written
 *   family name first, the family name alone ("Xi") joins "Xi Jinping"; transliteration variants of a surname
 *   ("Zelensky", "Zelenskyy") join; the label is the fullest form;
 * - organizations: acronyms defined in the text ("Communist Party of China (CPC)") or matching a name's initials
 *   join that name.
 */
import { normName } from '../gazetteer/normalize.js';
import { gluedWordReason, STYLE_TITLES, COMMON_WORD_ALIAS_TAGS, initialsMatch, isAcronym, personName, samePerson, isSingleName, corporateCue, sourceCue, GIVEN_NAME_TAGS, genericHead, namesHeadedBy, hasLegalSuffix, facilityReading, GENERATIONS, KIN_NOUNS, KIN_OWNERS, PRONOUN_SEX, fullNameSex, apartLabel, officeWord, isOfficeHead, titleWritten, tickerAfter } from '../names/index.js';
import { lexiconTag } from '../nlp/nlp.js';
import { PERSON_MODIFIED_NOUNS } from '../ner/consistency.js';
import { gazetteer, GAZ_CLASSES, type GazClass } from '../ner/gazetteer.js';
import { BARE_CHAMBERS, organizationByFallbackAlias, organizationByName } from '../gazetteer/organizations.js';
import { venueByName, isRegionName } from '../gazetteer/places.js';
import type { DocSentence, Mention } from './model.js';
import { isNameWord } from './02-mentions.js';
import { isHonorific, isTitleWord, TITLE_ABBREVIATIONS } from '../gazetteer/titles.js';

function tokensOf(label: string): string[] {
  return label.split(/\s+/).filter(Boolean);
}

export function resolveMentions(text: string, mentions: Mention[], sentences: DocSentence[]): void {
  unifyKinds(mentions, sentences);
  let next = 0;
  const clusterOf = new Map<string, number>();
  const keyed = (key: string) => {
    let c = clusterOf.get(key);
    if (c === undefined) clusterOf.set(key, (c = next++));
    return c;
  };
  // States, places and gazetteer organizations: by label.
  for (const m of mentions) if (m.kind !== 'person' && m.kind !== 'organization') m.cluster = keyed(`${m.kind}:${normName(m.label)}`);

  nameBareChambers(mentions);
  resolveOrganizations(text, mentions, keyed);
  surnamesAfterGluedWords(mentions);
  givenNamesOfKin(mentions, sentences);
  resolvePeople(mentions, sentences, () => next++);
}

/** Kinship nouns whose relative bears the family's surname by the usual convention: a child, a sibling, a father
 * (a spouse, an in-law or a stepchild may not). */
const SURNAME_KIN = new Set(['son', 'daughter', 'brother', 'sister', 'father', 'grandson', 'granddaughter']);

/**
 * "Joe Smith's son Hunter", "Joe Smith and his son, Hunter,": a given name alone right after a kinship noun of
 * SURNAME_KIN owned by a person the sentence names (a possessive of the name, or "his"/"her" after the one person it
 * names before) is that person's relative, "Hunter Smith", whatever kind the recognizer read; so is the same given
 * name alone elsewhere in the article.
 */
function givenNamesOfKin(mentions: Mention[], sentences: DocSentence[]): void {
  const people = mentions.filter((m) => m.kind === 'person');
  // given name (folded) → the full name, or '' when two owners give it two surnames
  const named = new Map<string, string>();
  // A given name after a kinship noun is a person's, whatever the recognizer read ("his son, Hunter," as a place).
  for (const m of mentions) {
    if ((m.kind !== 'person' && m.kind !== 'place' && m.kind !== 'organization') || !isSingleName(m.label) || m.tokenStart < 2 || m.stateIso || m.iso) continue;
    const toks = sentences[m.sentence]?.tokens ?? [];
    const kin = toks[m.tokenStart - 1]!;
    if (!SURNAME_KIN.has(normName(kin.text)) || /[.;:!?()]/u.test(kin.post)) continue;
    const ownerTok = toks[m.tokenStart - 2]!;
    const before = people.filter((p) => p !== m && p.sentence === m.sentence && p.tokenEnd <= m.tokenStart - 2);
    let owner: Mention | undefined;
    if (/^['’]s?$/u.test(ownerTok.text) || /\p{L}['’]s$/u.test(ownerTok.text)) owner = before.find((p) => p.tokenEnd >= m.tokenStart - 3);
    // "his son": the one person the sentence names before it (of two, "his" may be either's).
    else if (/^(his|her)$/i.test(ownerTok.text) && new Set(before.map((p) => normName(tokensOf(p.label).pop()!))).size === 1) owner = before[before.length - 1];
    if (!owner) continue;
    const surname = familySurname(owner, people);
    if (!surname || normName(surname) === normName(m.label)) continue;
    const given = normName(m.label);
    const full = `${m.label} ${surname}`;
    m.kind = 'person';
    m.label = full;
    named.set(given, named.has(given) && named.get(given) !== full ? '' : full);
  }
  if (!named.size) return;
  // A surname of someone else the article names ("Duncan Hunter") may be meant by the word alone: it stays a surname.
  const surnames = new Set(people.filter((m) => !isSingleName(m.label)).map((m) => normName(tokensOf(m.label).pop()!)));
  for (const m of mentions) {
    const full = m.kind === 'person' && isSingleName(m.label) && !surnames.has(normName(m.label)) ? named.get(normName(m.label)) : undefined;
    if (full) m.label = full;
  }
}

/** The family's surname a relative of `owner` bears: the last word of the owner's full name (its own, or the one the
 * article gives for a surname alone), when that is a given name and a surname in the Western order ("Joe Biden"); a
 * royal's name ("Prince Charles", "Queen Elizabeth"), a family name written first ("Xi Jinping") or a patronymic
 * ("Mohammed bin Salman") gives none. */
function familySurname(owner: Mention, people: Mention[]): string | undefined {
  const last = tokensOf(owner.label).pop()!;
  const full = isSingleName(owner.label)
    ? people.find((p) => !isSingleName(p.label) && normName(tokensOf(p.label).pop()!) === normName(last))?.label
    : owner.label;
  if (!full) return undefined;
  const words = tokensOf(full);
  const name = personName(full);
  if (words.length < 2 || name.familyFirst || words.some((w) => /^\p{Ll}/u.test(w)) || isTitleWord(words[0]!) || normName(words[0]!) in STYLE_TITLES || isHonorific(words[0]!)) return undefined;
  return last;
}

/**
 * A slogan's verb, a role or a camp's noun glued before a surname is no given name ("Impeach Trump", "Team Obama",
 * "Emperor Obama"; src/names/junk.ts gluedWordReason): when the article names that surname otherwise (a full name
 * ending with it, or the surname alone), the mention is the surname alone, which then joins its person. A royal
 * title before a name of its own ("Emperor Akihito") stays unless the article gives a full name ending with it.
 */
function surnamesAfterGluedWords(mentions: Mention[]): void {
  const people = mentions.filter((m) => m.kind === 'person');
  const labels = new Set(people.map((m) => m.label));
  const words = (l: string) => tokensOf(l);
  for (const m of people) {
    const w = words(m.label);
    if (w.length !== 2 || !gluedWordReason(w[0]!, lexiconTag, isNameWord)) continue;
    const surname = w[1]!;
    const full = [...labels].some((l) => l !== m.label && words(l).length >= 2 && words(l).at(-1) === surname && !gluedWordReason(words(l)[0]!, lexiconTag, isNameWord));
    // A mock title ("Emperor Obama") goes with the surname alone only when that word is a known surname, unlike a
    // monarch's name ("Emperor Naruhito").
    const alone = labels.has(surname) && (!(normName(w[0]!) in STYLE_TITLES) || surnameWord(surname));
    if (!full && !alone) continue;
    // The mention is the surname's word alone, so the glued word is no other name of the person.
    const at = m.text.lastIndexOf(surname);
    if (at > 0 && m.tokenEnd - m.tokenStart === 2) {
      m.start += at;
      m.text = m.text.slice(at);
      m.tokenStart = m.tokenEnd - 1;
    }
    m.label = surname;
  }
}

/** Kinds a recognizer may confuse for one name; states and gazetteer entries are not voted on. */
const VOTING_KINDS = new Set(['person', 'organization', 'place']);
const KIND_PRIORITY: Record<string, number> = { person: 3, organization: 2, place: 1 };

/** One name, one kind within an article: the recognizer may call "Xi Jinping" a person in one sentence and an
 * organization in the next. The majority wins (ties: person, then organization). A single word that is the surname
 * (or East Asian family name) of a person named in the article is that person. */
function unifyKinds(mentions: Mention[], sentences: DocSentence[]): void {
  const votes = new Map<string, Map<string, number>>();
  const votable = mentions.filter((m) => VOTING_KINDS.has(m.kind) && m.label === m.text.replace(/['’]s$/u, '') && !m.stateIso && !m.media);
  for (const m of votable) {
    const k = normName(m.label);
    const v = votes.get(k) ?? new Map<string, number>();
    // A title or honorific right before the name is strong evidence of a person ("President Xi Jinping").
    const prev = sentences[m.sentence]?.tokens[m.tokenStart - 1]?.text ?? '';
    const titled = m.kind === 'person' && (isTitleWord(prev) || isHonorific(prev));
    v.set(m.kind, (v.get(m.kind) ?? 0) + (titled ? 3 : 1));
    votes.set(k, v);
  }
  const winner = new Map<string, string>();
  for (const [k, v] of votes) {
    if (v.size < 2) continue;
    const best = [...v.entries()].sort(([ka, a], [kb, b]) => b - a || KIND_PRIORITY[kb]! - KIND_PRIORITY[ka]!)[0]![0];
    winner.set(k, best);
  }
  const fullNames = [...new Set(mentions.filter((m) => m.kind === 'person' && m.label.includes(' ')).map((m) => m.label))];
  for (const m of votable) {
    const w = winner.get(normName(m.label));
    if (w) m.kind = w as Mention['kind'];
    if (m.kind !== 'person' && !m.label.includes(' ') && !isAcronym(m.label)) {
      if (fullNames.some((f) => samePerson(m.label, f)?.same)) m.kind = 'person';
    }
  }
  companiesReadAsPeople(mentions, sentences, fullNames);
  companiesReadAsPlaces(mentions, sentences);
}

/** Gazetteer classes of places larger than a town: a "Florida poll" or a "Detroit coach" keeps its place. */
const LARGER_PLACES: ReadonlyArray<GazClass> = ['country', 'city', 'region', 'place', 'subdiv'];
const largerPlaceBits = LARGER_PLACES.reduce((b, c) => b | (1 << GAZ_CLASSES.indexOf(c)), 0);

const companyBits = (1 << GAZ_CLASSES.indexOf('company')) | (1 << GAZ_CLASSES.indexOf('soleorg'));
const anyPlaceBits = largerPlaceBits | (1 << GAZ_CLASSES.indexOf('town'));

const nameBits = ['first', 'last', 'person', 'psurname'].reduce((b, c) => b | (1 << GAZ_CLASSES.indexOf(c as GazClass)), 0);

/** Whether the gazetteers know a word as a person's name or part of one ("Obama" read as a town): such a word that
 * speaks is a person, which the person rules decide. */
function nameWord(label: string): boolean {
  return !!((gazetteer().words.get(label.toLowerCase()) ?? 0) & nameBits);
}

const surnameBits = (1 << GAZ_CLASSES.indexOf('last')) | (1 << GAZ_CLASSES.indexOf('psurname'));

/** Whether a word is known as a family name and not as a given name (compromise's lexicon, the name gazetteers). */
function surnameWord(word: string): boolean {
  if (GIVEN_NAME_TAGS.has(lexiconTag(word) ?? '')) return false;
  return lexiconTag(word) === 'LastName' || !!((gazetteer().words.get(word.toLowerCase()) ?? 0) & surnameBits);
}

/** Whether the gazetteers know a one-word name as a company's and as no place's. */
function onlyCompany(label: string): boolean {
  const b = gazetteer().words.get(label.toLowerCase()) ?? 0;
  return (b & companyBits) === companyBits && !(b & anyPlaceBits);
}

/** Whether the gazetteers know a one-word name at most as a town (GeoNames), not as a city, region or country. */
function atMostTown(label: string): boolean {
  return !((gazetteer().words.get(label.toLowerCase()) ?? 0) & largerPlaceBits);
}

/**
 * Companies are no towns: a one-word name read as a place that no gazetteer holds as more than a town (no state,
 * capital, city, region or venue) is a company's when any of its mentions in the article has corporate evidence around
 * it ("a Gallup poll", "Amazon shares", "retailer Amazon"), or when the gazetteers know it as a company and as no place
 * ("Amazon", not "the Amazon"), or when it speaks as a source and is no one's name ("Gallup reports", "according to
 * Gallup"): a town's gazetteer entry ("Gallup", New Mexico) is weaker than the words of the text.
 */
function companiesReadAsPlaces(mentions: Mention[], sentences: DocSentence[]): void {
  const places = mentions.filter((m) => m.kind === 'place' && !m.stateIso && isSingleName(m.label) && !venueByName(m.label) && !isRegionName(m.label) && atMostTown(m.label));
  const cued = new Set<string>();
  for (const m of places) {
    const toks = sentences[m.sentence]?.tokens ?? [];
    const before = [toks[m.tokenStart - 1]?.text, toks[m.tokenStart - 2]?.text].filter((t): t is string => !!t);
    const after = [toks[m.tokenEnd]?.text, toks[m.tokenEnd + 1]?.text].filter((t): t is string => !!t);
    if (corporateCue(before, after) || (!nameWord(m.label) && sourceCue(before, after))) cued.add(m.label);
    // A company the gazetteers know as no place at all ("Amazon", read as the river), not written "the Amazon".
    else if (onlyCompany(m.label) && before[0]?.toLowerCase() !== 'the') cued.add(m.label);
  }
  for (const m of places) if (cued.has(m.label)) m.kind = 'organization';
}

/** Nouns after a person's name that make a thing named after the person, not a firm of that name ("the Obama
 * Doctrine", "the Clinton Foundation", "the Reagan Library"); so does a known body or place after it. */
const EPONYM_NOUNS: ReadonlySet<string> = new Set([...Object.keys(PERSON_MODIFIED_NOUNS), 'doctrine', 'foundation', 'library']);

const isEponym = (org: string, named: ReadonlySet<string>): boolean => {
  const w = org.split(' ');
  // "the Obama Justice Department", "the Obama White House": a person's name before a body or place of its own, one
  // the gazetteers know or the article names alone
  const rest = w.slice(1).join(' ');
  // "the Trump Organization", "Trump Tower": a building or an institution named after a person (src/names/junk.ts)
  // "Trump Jr" read as an organization is a person's name with a generation, no firm's
  return (w.length === 2 && EPONYM_NOUNS.has(w[1]!.toLowerCase())) || !!facilityReading(org, () => false) || w.slice(1).every((x) => normName(x) in GENERATIONS) || named.has(rest) || !!organizationByName(rest) || !!venueByName(rest) ||
    (w.length > 2 && GOVERNMENT_HEADS.has(w[w.length - 1]!.toLowerCase()));
};

/** Last words of a government body ("Justice Department", "Energy Ministry"): a person's name before one is the
 * government of the day ("the Obama Justice Department"), no firm's name. */
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(['department', 'ministry', 'agency', 'office', 'administration', 'government', 'cabinet']);

/**
 * Companies are no people: a name read as a person's, with no given name the lexicon knows and not the surname of a
 * person named in full, is a company's when any of its mentions in the article has corporate evidence around it
 * ("oil firm Rosneft", "shares in Yahoo", "Gartner analyst", a legal suffix), or when it is the first word of an
 * organization the article names ("Merrill" of "Merrill Lynch").
 */
function companiesReadAsPeople(mentions: Mention[], sentences: DocSentence[], fullNames: string[]): void {
  const orgs = [...new Set(mentions.filter((m) => m.kind === 'organization' && m.label.includes(' ')).map((m) => m.label))];
  const named = new Set(mentions.filter((m) => m.kind !== 'person').map((m) => m.label));
  const decided = new Map<string, string | null>();
  const candidates = mentions.filter((m) => m.kind === 'person' && m.label.split(' ').length <= 2);
  for (const m of candidates) {
    if (decided.has(m.label)) continue;
    const company = possessiveCompany(m.label, candidates, sentences, fullNames);
    if (company) {
      decided.set(m.label, company);
      continue;
    }
    const first = m.label.split(' ')[0]!;
    const given = m.label.includes(' ') && GIVEN_NAME_TAGS.has(lexiconTag(first) ?? '');
    if (given || fullNames.some((f) => f !== m.label && samePerson(m.label, f)?.same)) {
      decided.set(m.label, null);
      continue;
    }
    if (hasLegalSuffix(m.label)) {
      decided.set(m.label, m.label);
      continue;
    }
    // "Obama" is not the organization of "the Obama Doctrine": a name before a noun of what a person led or left.
    const owner = isSingleName(m.label) ? orgs.filter((o) => o.split(' ')[0] === m.label && !isEponym(o, named)) : [];
    if (owner.length === 1) {
      decided.set(m.label, owner[0]!);
      continue;
    }
    const cued = candidates.some((x) => {
      if (x.label !== m.label) return false;
      const toks = sentences[x.sentence]?.tokens ?? [];
      const before = [toks[x.tokenStart - 1]?.text, toks[x.tokenStart - 2]?.text].filter((t): t is string => !!t);
      const after = [toks[x.tokenEnd]?.text, toks[x.tokenEnd + 1]?.text].filter((t): t is string => !!t);
      return !!corporateCue(before, after);
    });
    decided.set(m.label, cued ? m.label : null);
  }
  for (const m of candidates) {
    const org = decided.get(m.label);
    if (!org) continue;
    // A company named with its possessive "'s" ("McDonald's") is written with it.
    const poss = sentences[m.sentence]?.tokens[m.tokenEnd];
    if (org === `${m.label}'s` && poss && /^['’]s$/u.test(poss.text) && poss.start === m.end) {
      m.text += poss.text;
      m.end = poss.end;
      m.tokenEnd++;
    }
    m.kind = 'organization';
    m.label = org;
  }
}

const companyNameBits = (1 << GAZ_CLASSES.indexOf('company')) | (1 << GAZ_CLASSES.indexOf('porg'));

/**
 * The company a one-word "person" is, when the article writes it only with a possessive "'s" and the gazetteers know
 * that possessive form as a company's ("McDonald's", "Macy's", "Kohl's"): undefined when the word is a given name, or
 * the surname of a person the article names in full, or follows a title or honorific anywhere ("Christie's" is Chris
 * Christie's in an article naming him; "Mr. Kohl's"), or is written once without the "'s".
 */
function possessiveCompany(label: string, candidates: Mention[], sentences: DocSentence[], fullNames: string[]): string | undefined {
  if (!isSingleName(label) || GIVEN_NAME_TAGS.has(lexiconTag(label) ?? '')) return undefined;
  const g = gazetteer();
  const written = ['\'s', '’s'].find((s) => ((g.words.get(`${label.toLowerCase()}${s}`) ?? 0) & companyNameBits) !== 0);
  if (!written) return undefined;
  if (fullNames.some((f) => samePerson(label, f)?.same)) return undefined;
  for (const x of candidates) {
    if (x.label !== label) continue;
    const toks = sentences[x.sentence]?.tokens ?? [];
    const next = toks[x.tokenEnd];
    const prev = toks[x.tokenStart - 1]?.text ?? '';
    if (!next || !/^['’]s$/u.test(next.text) || next.start !== x.end || isTitleWord(prev) || isHonorific(prev)) return undefined;
  }
  return `${label}'s`;
}

/** "the Senate" in an article about the United States is the United States Senate: the state most mentioned decides,
 * and only a state whose chambers the gazetteer knows (BARE_CHAMBERS). */
function nameBareChambers(mentions: Mention[]): void {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.kind === 'state' && m.iso) counts.set(m.iso, (counts.get(m.iso) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[1]![1] === ranked[0]![1])) return;
  const state = ranked[0]![0];
  for (const m of mentions) {
    if (m.kind !== 'organization') continue;
    const chamber = BARE_CHAMBERS.find((c) => c.state === state && c.word === normName(m.label));
    if (chamber) {
      m.label = chamber.name;
      m.stateIso = state;
    }
  }
}

function resolveOrganizations(text: string, mentions: Mention[], keyed: (k: string) => number): void {
  const orgs = mentions.filter((m) => m.kind === 'organization');
  // In-text acronym definitions: "Long Name (ACR)" — the acronym becomes an alias of the long name.
  const acronymTarget = new Map<string, string>();
  for (let i = 0; i < orgs.length; i++) {
    const m = orgs[i]!;
    const after = text.slice(m.end, m.end + 16);
    const def = /^\s*\(\s*([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\s*\)/u.exec(after);
    // Only a name whose words the acronym abbreviates: a name the recognizer cut short keeps its acronym apart.
    if (def && tokensOf(m.label).length > 1 && initialsMatch(def[1]!, m.label)) acronymTarget.set(def[1]!.replace(/\./g, ''), m.label);
    // A stock symbol the text marks after the name ("General Motors Corp <GM>") is its alias, whatever its letters: the
    // longest name the article marks with it ("GM <GM>" in a headline, "General Motors Corp <GM>" in the body).
    const ticker = tickerAfter(text, m.end);
    if (ticker && ticker !== m.label && (acronymTarget.get(ticker)?.length ?? 0) < m.label.length) acronymTarget.set(ticker, m.label);
  }
  const longNames = [...new Set(orgs.filter((m) => tokensOf(m.label).length > 1).map((m) => m.label))];
  for (const m of orgs) {
    // A bare head noun ("the Council") is the one longer name of the article that ends with it; a generic one ("the
    // Bank") may start it too ("the Bank of England").
    // A time word or adverb alone ("Today", "Now") is the word, no short form of "USA Today" (COMMON_WORD_ALIAS_TAGS).
    const generic = genericHead(m.label);
    if ((generic || (!m.label.includes(' ') && /^\p{Lu}\p{Ll}+$/u.test(m.label))) && !((lexiconTag(m.label) ?? '') in COMMON_WORD_ALIAS_TAGS)) {
      const word = generic ?? normName(m.label);
      const heads = generic ? namesHeadedBy(word, orgs.map((o) => o.label), orgs.filter((o) => o.start < m.start).length) : [...new Set(longNames.filter((n) => normName(n).endsWith(` ${word}`)).map(normName))];
      if (heads.length === 1) m.label = longNames.find((n) => normName(n) === heads[0])!;
    }
    const bare = m.label.replace(/\./g, '');
    if (isAcronym(bare)) {
      // Defined in the text, or (three letters or more) the initials of the one long name of the article they fit, or
      // else the well-known body the acronym names when the article gives it no other (organizationByFallbackAlias).
      const fits = bare.length >= 3 ? longNames.filter((n) => initialsMatch(bare, n)) : [];
      const target = acronymTarget.get(bare) ?? (fits.length === 1 ? fits[0] : undefined) ?? organizationByFallbackAlias(bare)?.name;
      if (target) m.label = target;
    }
    m.cluster = keyed(`organization:${normName(m.label)}`);
  }
}

/** What a person's cluster of the article shows of its person: the titles written with its full name, its sex by
 * its given name, and whether the article names it as someone's relative. */
interface PersonCluster {
  id: number;
  label: string;
  size: number;
  /** Heads of the titles written before or beside a full name of the cluster ("president", "senator"). */
  titles: Set<string>;
  sex?: 'male' | 'female';
  /** The sex the lexicon gives the given name, whether or not the article confirms it. */
  lexiconSex?: 'male' | 'female';
  /** Named as a relative: a kinship noun beside a full name ("his wife X", "X, the senator's son"), or a
   * generation ("Jr"); `kinOffice` when a noun also tells the relative from an office holder of that surname
   * (src/names/persons.ts KIN_NOUNS: a child, a parent, a first lady, not a spouse; a "Jr" may hold the office). */
  kin: boolean;
  kinOffice: boolean;
  /** Named as a relative by a kinship noun (not only by a generation: "Odell Smith Jr" is no one's relative in the
   * article's eyes). */
  kinNoun?: boolean;
  /** A surname kept apart from the article's full names, with its title ("President Smith"). */
  apart?: string;
}

/** The title or honorific written right before a mention ("President Smith", "Vice President Smith", "Mr. Smith"):
 * the words as written and the head as compared, or undefined. */
function titleBefore(m: Mention, sentences: DocSentence[]): ReturnType<typeof titleWritten> {
  const toks = sentences[m.sentence]?.tokens ?? [];
  const prev = toks[m.tokenStart - 1]?.text;
  return prev ? titleWritten(prev, toks[m.tokenStart - 2]?.text ?? '') : undefined;
}

/** Participles and nouns that modify a title in an apposition ("his son, retired general Henry Smith", "state Senator"), not verbs of the clause. */
const APPOSITION_MODIFIERS = new Set(['former', 'late', 'state', 'retired', 'deceased', 'estranged', 'adopted', 'elected', 'appointed', 'acting']);
/** Words that open a clause of their own between a kinship noun and a name ("his son, who met Henry Smith"). */
const CLAUSE_WORDS = new Set(['who', 'whom', 'that', 'which', 'when', 'while', 'after', 'before', 'because']);
/** compromise tags of a verb of the sentence ("knew", "met", "told", "is"). */
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Copula', 'Modal', 'Auxiliary', 'Verb', 'Gerund', 'PhrasalVerb']);

/** Title heads and kinship written with a full-name mention: in the four words before it ("Secretary of State Jane
 * Smith", "his daughter Jane Smith") or in an apposition after it ("Jane Smith, the president's daughter"). */
function fullNameContext(m: Mention, sentences: DocSentence[]): { titles: string[]; kin: boolean; kinOffice: boolean } {
  const toks = sentences[m.sentence]?.tokens ?? [];
  const lower = (i: number) => normName(toks[i]?.text ?? '');
  // A kinship noun makes the name a relative only when someone owns it: a possessive before it ("his daughter",
  // "the senator's son", "Smith's wife", "first daughter", "first lady": the head of state's) or "of" and a definite
  // or named person after it ("the son of President Smith", "the daughter of the president"); "the son of a car
  // salesman", "a mother of five", "whose son" do not.
  const kinAt = (i: number): { office: boolean } | undefined => {
    const w = lower(i);
    const noun = KIN_NOUNS[w === 'lady' && lower(i - 1) === 'first' ? 'first lady' : w];
    if (!noun) return undefined;
    const owner = toks[i - 1]?.text ?? '';
    const owned = KIN_OWNERS.has(normName(owner)) || /['’]s?$/u.test(owner) || /^['’]s?$/u.test(owner);
    const of = lower(i + 1) === 'of' && (lower(i + 2) === 'the' || /^\p{Lu}/u.test(toks[i + 2]?.text ?? ''));
    return owned || of ? noun : undefined;
  };
  const titles: string[] = [];
  let kin: { office: boolean } | undefined;
  // Before: the words back to a kinship noun or to punctuation other than a comma, at most four: titles between a
  // kinship noun and the name are the name's own ("his son, Senator Henry Smith"). An abbreviated title right before
  // the name is its title ("Rep. Jane Smith"); its dot ends the words read.
  for (let i = m.tokenStart - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const t = toks[i]!;
    if (/[.;:!?()"“”]/u.test(t.post)) {
      if (i === m.tokenStart - 1 && /^\.\s*$/u.test(t.post) && normName(t.text) in TITLE_ABBREVIATIONS) titles.push(officeWord(t.text));
      break;
    }
    // "the daughter of Jane Smith": the name after "of" is the relative's owner, not a relative.
    if (lower(i + 1) === 'of' && KIN_NOUNS[lower(i)]) break;
    kin = kinAt(i);
    if (kin) break;
    if (isOfficeHead(t.text)) titles.push(officeWord(t.text));
    // "My father knew Donald Smith", "My father and Donald Smith": a verb, a relative pronoun or an "and" before a name
    // between a kinship noun and the name ends the words read; a job, an age or a title stays an apposition ("his son,
    // actor Henry Smith", "his brother and business partner Tom Smith", "his son, retired general Henry Smith").
    else if (/^\p{Ll}/u.test(t.text) && !APPOSITION_MODIFIERS.has(lower(i)) && (CLAUSE_WORDS.has(lower(i)) || (lower(i) === 'and' && /^\p{Lu}/u.test(toks[i + 1]?.text ?? '')) || VERB_TAGS.has(lexiconTag(t.text) ?? ''))) break;
  }
  // After: an apposition, ", the senator's son" / ", the former secretary of state", up to the next punctuation. The
  // titles of a relative's apposition are the owner's ("the president's daughter"), not the name's.
  if (toks[m.tokenEnd - 1]?.post.includes(',')) {
    const found: string[] = [];
    let noun: { office: boolean } | undefined;
    for (let i = m.tokenEnd; i < toks.length && i <= m.tokenEnd + 6; i++) {
      const t = toks[i]!;
      if (isOfficeHead(t.text)) found.push(officeWord(t.text));
      noun ??= kinAt(i);
      if (/[,.;:!?()"“”]/u.test(t.post)) break;
    }
    if (noun) kin = kin ? { office: kin.office || noun.office } : noun;
    else titles.push(...found);
  }
  return { titles, kin: !!kin, kinOffice: !!kin?.office };
}

/**
 * Whether a surname written with a title or an honorific is kept apart from a full name it could denote, and why:
 * - an honorific of one sex before it, and the full name's given name of the other ("Mr. Smith", "Jane Smith");
 * - the full name named as someone's child, parent or first lady, and the surname written with an office's title
 *   the full name is never written with; or named as any relative by a kinship noun someone owns, and the surname
 *   written with an honorific the lexicon's sex of the given name does not confirm ("President Smith" or "Mr. Smith"
 *   in an article naming only "his daughter Ivanka Smith"). Both only when the relative is the one full name it could
 *   join.
 * A title alone keeps nothing apart: "Bill Smith" then "President Smith" is one person; but of several people of
 * that surname in the article, none written with the title, it joins none (resolvePeople).
 */
function keptApart(title: ReturnType<typeof titleBefore>, c: PersonCluster, only: boolean): string | undefined {
  if (!title || c.apart) return undefined;
  if (title.sex && c.sex && title.sex !== c.sex) return 'sex';
  // A relative is set apart only as the one full name the surname could join: beside the relative's kin of that
  // surname ("Hunter Smith, the son of President Joe Smith … Mr. Smith") either may be meant, as before.
  if (!only) return undefined;
  // A kinship noun sets apart an honorific the lexicon does not confirm; a generation alone ("Jr") one it denies.
  if (c.kin && !c.sex && title.sex && (c.kinNoun ? c.lexiconSex !== title.sex : c.lexiconSex && c.lexiconSex !== title.sex)) return 'relative';
  if (c.kinOffice && !title.sex && !c.titles.has(title.head)) return 'relative';
  return undefined;
}


/** The sex of the first personal pronoun after a mention in its sentence, or first in the next sentence ("Jane Smith
 * arrived late. She said..."). */
function pronounAfter(m: Mention, sentences: DocSentence[], people: Mention[]): 'male' | 'female' | undefined {
  const toks = sentences[m.sentence]?.tokens ?? [];
  // Up to the next person the sentence names: a pronoun after that may be theirs ("X met Jane Doe, and she thanked him").
  const next = Math.min(...people.filter((p) => p !== m && p.sentence === m.sentence && p.tokenStart >= m.tokenEnd).map((p) => p.tokenStart), toks.length);
  if (next < toks.length) {
    for (let i = m.tokenEnd; i < next; i++) {
      const sex = PRONOUN_SEX[toks[i]!.text.toLowerCase()];
      if (sex) return sex;
    }
    return undefined;
  }
  for (let i = m.tokenEnd; i < toks.length; i++) {
    const sex = PRONOUN_SEX[toks[i]!.text.toLowerCase()];
    if (sex) return sex;
  }
  return PRONOUN_SEX[sentences[m.sentence + 1]?.tokens[0]?.text.toLowerCase() ?? ''];
}

/** Whether a full name is a person's by its first word: a given name the lexicon knows, or a word it does not know
 * ("Ivanka"), not an ordinary word glued before a surname ("Never Smith", "How Smith"). */
const givenNameFirst = (label: string): boolean => {
  const first = tokensOf(label)[0]!;
  const tag = lexiconTag(first);
  return !tag || GIVEN_NAME_TAGS.has(tag) || !!fullNameSex(label, lexiconTag) || tag === 'Person' || tag === 'LastName';
};

function resolvePeople(mentions: Mention[], sentences: DocSentence[], newCluster: () => number): void {
  const people = mentions.filter((m) => m.kind === 'person');
  // Full names first (most words first), then surnames written with a title before those without, then first seen.
  const titles = new Map(people.map((m) => [m, isSingleName(m.label) ? titleBefore(m, sentences) : undefined]));
  const byFullness = [...people].sort((a, b) => tokensOf(b.label).length - tokensOf(a.label).length || Number(!!titles.get(b)) - Number(!!titles.get(a)) || a.start - b.start);
  const clusters: PersonCluster[] = [];
  const grow = (c: PersonCluster, m: Mention) => {
    c.size++;
    if (isSingleName(m.label)) return;
    const ctx = fullNameContext(m, sentences);
    ctx.titles.forEach((t) => c.titles.add(t));
    if (ctx.kin || personName(m.label).generation) c.kin = true;
    if (ctx.kinOffice) c.kinOffice = true;
    if (ctx.kin) c.kinNoun = true;
  };
  // The lexicon tags a given name of both sexes as one ("Lindsey"): the pronouns after the article's full names of
  // that label confirm or overrule it ("Lindsey Smith said he would...").
  const pronouns = new Map<string, { male: number; female: number }>();
  for (const m of people) {
    if (isSingleName(m.label)) continue;
    const sex = pronounAfter(m, sentences, people);
    const v = pronouns.get(m.label) ?? { male: 0, female: 0 };
    if (sex) v[sex]++;
    pronouns.set(m.label, v);
  }
  // Honorifics of each sex the article writes before each surname.
  const honorifics = new Set<string>();
  for (const m of people) {
    const t = titles.get(m);
    if (t?.sex) honorifics.add(`${t.sex}|${m.label}`);
  }
  // The lexicon's sex of a full name holds when no more pronouns after it say otherwise, and one says so too or the
  // article writes that sex's honorific before the surname ("Mrs. Smith" beside "Mr. Smith" is two people).
  const sexHolds = (m: Mention, sex: 'male' | 'female') => {
    const v = pronouns.get(m.label) ?? { male: 0, female: 0 };
    const other = v[sex === 'male' ? 'female' : 'male'];
    return other <= v[sex] && (v[sex] > 0 || honorifics.has(`${sex}|${tokensOf(m.label).at(-1)}`));
  };
  for (const m of byFullness) {
    const single = isSingleName(m.label);
    const title = titles.get(m);
    // A short form joins the cluster of a fuller name it can denote (src/names/persons.ts) and nothing keeps them
    // apart; of several, one written with the same title, or for a surname without a title one not named as someone's
    // relative ("Smith" in an article naming Eli Smith and his son, Eli Smith Jr), then the one named most often in the
    // article ("Trump" in an article naming Donald Trump and, once, Ivana Trump). A surname without a title may also
    // be the person the article kept apart with that surname ("President Smith").
    const fits = clusters.filter((c) => !c.apart && samePerson(m.label, c.label)?.same);
    const only = fits.filter((c) => givenNameFirst(c.label)).length <= 1;
    const open = [...fits.filter((c) => !keptApart(title, c, only)), ...(single && !title && fits.length ? clusters.filter((c) => c.apart && tokensOf(c.label).at(-1) === m.label) : [])];
    // Of several people of that surname in the article, none written with the office's title: the title may name
    // another, and which of them it names is no surer ("President Smith" in an article naming Eli Smith Jr and Jane
    // Smith, neither with that title): it joins none.
    if (title && !title.sex && fits.filter((c) => givenNameFirst(c.label)).length > 1 && !fits.some((c) => c.titles.has(title.head))) open.length = 0;
    const titled = (c: PersonCluster) => Number(!!title && c.titles.has(title.head));
    // An honorific prefers a full name not of the other sex (as the article confirms it, or else as the lexicon gives it).
    const otherSex = (c: PersonCluster) => Number(!!title?.sex && !!(c.sex ?? c.lexiconSex) && (c.sex ?? c.lexiconSex) !== title.sex);
    let match: PersonCluster | undefined = open.sort((a, b) => titled(b) - titled(a) || otherSex(a) - otherSex(b) || (title ? 0 : Number(a.kin) - Number(b.kin)) || b.size - a.size)[0];
    // A surname kept apart from every full name it could denote is a person of its own, known by its title
    // ("President Smith"); the same surname kept apart again is that person when their honorifics agree ("Mr. Smith").
    let apart: string | undefined;
    if (!match && fits.length && title) {
      apart = apartLabel(title.written, m.label);
      const same = clusters.filter((c) => c.apart && tokensOf(c.label).at(-1) === m.label && !(title.sex && c.sex && c.sex !== title.sex));
      // An office's title joins only the same title ("Governor Smith" and "Senator Smith" are two); an honorific joins
      // the largest of the same sex.
      match = same.find((c) => c.label === apart) ?? (title.sex ? same.sort((a, b) => b.size - a.size)[0] : undefined);
      if (match && title.sex) match.sex = title.sex;
    }
    // A given name alone ("Hillary") is the one person of the article with that given name.
    if (!match && !fits.length && single) {
      const f = personName(m.label).core[0];
      const byGiven = clusters.filter((c) => !c.apart && personName(c.label).given === f && !isSingleName(c.label));
      if (byGiven.length === 1 && !clusters.some((c) => personName(c.label).surname === f)) match = byGiven[0];
    }
    if (match) {
      m.cluster = match.id;
      m.label = match.label;
      grow(match, m);
      continue;
    }
    const id = newCluster();
    const label = apart ?? m.label;
    const c: PersonCluster = { id, label, size: 0, titles: new Set(), kin: false, kinOffice: false, ...(apart ? { apart } : {}) };
    const sex = fullNameSex(m.label, lexiconTag);
    if (sex) c.lexiconSex = sex;
    if (sex && sexHolds(m, sex)) c.sex = sex;
    if (apart && title) {
      c.titles.add(title.head);
      if (title.sex) c.sex = title.sex;
    }
    grow(c, m);
    clusters.push(c);
    m.cluster = id;
    m.label = label;
  }
}
