/**
 * People's names: their parts, and whether two names can denote one person. One set of rules for the article
 * (src/pipeline/03-resolve.ts) and the corpus (src/names/merge.ts). Each rule answers with its reason, which the merge
 * report shows.
 */
import { normName, foldName, wordTable } from '../gazetteer/normalize.js';
import { FAMILY_NAME_FIRST, JOINED_ARTICLE } from '../gazetteer/names.js';
import { isTitleWord, TITLE_ABBREVIATIONS, TITLE_MODIFIERS } from '../gazetteer/titles.js';

/** Lowercase words inside a name that are neither given names nor the surname ("Lula da Silva", "bin Laden"). */
export const PARTICLES: Record<string, string> = wordTable({
  da: 'Portuguese, Italian "of"', de: 'Spanish, French "of"', del: 'Spanish "of the"', della: 'Italian "of the"',
  der: 'German, Dutch "the"', di: 'Italian "of"', do: 'Portuguese "of the"', dos: 'Portuguese "of the"', du: 'French "of the"',
  la: 'French, Spanish "the"', le: 'French "the"', van: 'Dutch "of"', von: 'German "of"', bin: 'Arabic "son of"',
  ibn: 'Arabic "son of"', al: 'Arabic article', el: 'Arabic article', ben: 'Hebrew, Arabic "son of"',
});

/** Words after a name that tell a father from a son: never a surname, and two names differing in them are two people. */
export const GENERATIONS: Record<string, string> = wordTable({
  jr: 'junior', junior: 'junior', sr: 'senior', senior: 'senior', ii: 'the second', iii: 'the third', iv: 'the fourth',
});

/** Short forms of given names and the name they shorten: "Bill Barr" is "William P. Barr". */
export const NICKNAMES: Record<string, string> = wordTable({
  bill: 'william', billy: 'william', will: 'william', mike: 'michael', bob: 'robert', rob: 'robert', bobby: 'robert',
  jim: 'james', jimmy: 'james', joe: 'joseph', tom: 'thomas', tommy: 'thomas', tony: 'anthony', dick: 'richard',
  rick: 'richard', chuck: 'charles', dave: 'david', andy: 'andrew', ted: 'edward', ed: 'edward', nick: 'nicholas',
  sam: 'samuel', ben: 'benjamin', dan: 'daniel', matt: 'matthew', pat: 'patrick', rudy: 'rudolph', liz: 'elizabeth',
  betty: 'elizabeth', kate: 'katherine', katie: 'katherine', jenny: 'jennifer', alex: 'alexander', chris: 'christopher',
});
const nicknames = new Map(Object.entries(NICKNAMES).map(([k, v]) => [foldName(k), foldName(v)]));
const given = (w: string | undefined) => (w === undefined ? undefined : (nicknames.get(w) ?? w));

/** A person's name in parts, folded for comparison ("Donald J. Trump Jr." → given donald, middle j, surname trump, jr). */
export interface PersonName {
  /** Every word, folded, particles and generation left out. */
  core: string[];
  /** The surname as news writes it alone: the last core word, or the first for an East Asian name. */
  surname: string;
  /** The first given name, if the name has more than one word. */
  given?: string;
  generation?: string;
  familyFirst: boolean;
  /** One written word in several parts ("Kilroy-Silk"). */
  hyphenated: boolean;
  /** How many words it is written in, initials written together counted apart ("George H.W. Bush": 4). */
  written: number;
}

const cache = new Map<string, PersonName>();

/** Initials written together are one word each: "George H.W. Bush" is "George H. W. Bush". */
const spreadInitials = (label: string) =>
  label
    .replace(/\b(\p{Lu})\.(?=\p{Lu}\.)/gu, '$1. ')
    // "George HW Bush": initials run together without dots, between a given name written in lowercase letters (not a
    // name in capitals, "JOHN DOE SMITH") and a surname.
    .replace(/(?<=^\S*\p{Ll}\S*\s)(\p{Lu}{2,3})(?=\s\S)/u, (m) => [...m].map((c) => `${c}.`).join(' '));

export function personName(label: string): PersonName {
  let p = cache.get(label);
  if (p) return p;
  const text = spreadInitials(label);
  const written = text.trim().split(/\s+/).filter(Boolean);
  const single = written.length === 1 ? text.trim().replace(JOINED_ARTICLE, '') : text;
  // A particle is one written in lowercase ("bin Laden", "da Silva") or joined by a hyphen ("Al-Assad"); a capitalised
  // word of its own is a given name ("Al Franken", "Ben Carson").
  const words: string[] = [];
  const particle: boolean[] = [];
  for (const w of single.trim().split(/\s+/)) {
    const parts = normName(w).split(' ').filter(Boolean);
    parts.forEach((p, i) => {
      words.push(p);
      particle.push(p in PARTICLES && ((i === 0 && parts.length > 1) || /^\p{Ll}/u.test(w)));
    });
  }
  let generation: string | undefined;
  while (words.length > 1 && words[words.length - 1]! in GENERATIONS) {
    generation = GENERATIONS[words.pop()!];
    particle.pop();
  }
  const core = words.filter((_, i) => !particle[i]).map(foldName);
  if (!core.length) core.push(...words.map(foldName));
  const familyFirst = core.length > 1 && FAMILY_NAME_FIRST.has(core[0]!) && written.length > 1;
  p = {
    core,
    surname: core[core.length - 1]!,
    ...(core.length > 1 && written.length > 1 ? { given: core[0]! } : {}),
    ...(generation ? { generation } : {}),
    familyFirst,
    hyphenated: written.length === 1 && core.length > 1,
    written: written.length,
  };
  if (cache.size > 50_000) cache.clear();
  cache.set(label, p);
  return p;
}

/** Whether a name is one word (a surname or a given name alone), or one hyphenated word. */
export function isSingleName(label: string): boolean {
  return !/\s/.test(label.trim());
}

/** An answer of a name rule: the same person or not, and why. */
export interface NameVerdict {
  same: boolean;
  reason: string;
}

/** The reasons the rules give, one place to read them. */
export const PERSON_RULES = {
  sameName: 'same name up to spelling (transliteration, diacritics, case)',
  surname: 'surname alone',
  familyName: 'East Asian family name alone',
  hyphenated: 'hyphenated surname alone',
  particleSurname: 'surname with its particle alone ("De Wilde" for "Filip De Wilde")',
  contains: 'one full name contains the other (a middle name or initial)',
  givenDiffer: 'same surname, given names differ',
  middleDiffer: 'same given name and surname, middle names differ',
  middleInitial: 'the same name, a middle name written as its initial',
  nickname: 'a short form of the given name ("Bill" for "William") inside the fuller name',
  generationDiffer: 'a generational suffix (Jr, Sr, III) tells two people apart',
  surnameDiffer: 'surnames differ',
} as const;

/** Whether a name word and another are the same, or one is the other's initial ("j" and "john"). */
const sameOrInitial = (x: string, y: string) => x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));

/**
 * "Donald J. Trump" and "Donald John Trump", "George H. W. Bush" and "George Herbert Walker Bush": the same given
 * name, surname and generation, and middle names that agree word for word, one written as its initial. Written word
 * for word: a double surname's part is no middle name ("Ana L. Garcia" is not "Ana Lopez-Garcia").
 */
function sameButInitials(a: PersonName, b: PersonName): boolean {
  if (a.core.length !== b.core.length || a.written !== b.written || a.core.length < 3 || a.familyFirst || b.familyFirst) return false;
  if (a.surname !== b.surname || a.core[0] !== b.core[0] || (a.generation ?? '') !== (b.generation ?? '')) return false;
  return a.core.slice(1, -1).every((w, i) => sameOrInitial(w, b.core[i + 1]!));
}

/**
 * Whether `short` (a name as written) can denote the person of `full` (a name at least as long), or null when the
 * rules do not compare them (no shared surname). Two people sharing a name part need agreeing given names, or one full
 * name that contains the other.
 */
export function samePerson(short: string, full: string): NameVerdict | null {
  const a = personName(short);
  const b = personName(full);
  if (a.core.join(' ') === b.core.join(' ')) {
    if ((a.generation ?? '') !== (b.generation ?? '') && a.core.length > 1) return { same: false, reason: PERSON_RULES.generationDiffer };
    return { same: true, reason: PERSON_RULES.sameName };
  }
  if (sameButInitials(a, b)) return { same: true, reason: PERSON_RULES.middleInitial };
  if (a.core.length >= b.core.length) return a.surname === b.surname ? { same: false, reason: PERSON_RULES.givenDiffer } : null;
  if (a.core.length === 1 && !a.hyphenated) {
    // "Trump Jr" is no short form of "Donald Trump": a surname with a junior's generation is of that generation only
    // ("Bush Sr" may still be the father written in full without it).
    if (a.generation && a.generation !== 'senior' && a.generation !== b.generation && a.core[0] === b.surname) return { same: false, reason: PERSON_RULES.generationDiffer };
    // A family-first name's last word is a surname too when the given name is a Western one ("Kim Clijsters").
    if (a.core[0] === b.surname) return { same: true, reason: PERSON_RULES.surname };
    if (b.familyFirst && a.core[0] === b.core[0]) return { same: true, reason: PERSON_RULES.familyName };
    return null;
  }
  if (a.hyphenated) {
    const tail = b.core.slice(b.core.length - a.core.length);
    return tail.join(' ') === a.core.join(' ') ? { same: true, reason: PERSON_RULES.hyphenated } : null;
  }
  if (a.surname !== b.surname) return null;
  if ((a.generation ?? '') !== (b.generation ?? '')) return { same: false, reason: PERSON_RULES.generationDiffer };
  // East Asian names written family name first have their given names last: "Kim Jong" is no part of "Kim Yo Jong".
  if (a.familyFirst || b.familyFirst) return { same: false, reason: PERSON_RULES.givenDiffer };
  // A surname that starts with a particle, written capitalised on its own ("De Wilde", "Van Gaal"), is the last words
  // of the full name (of the same generation, given name first), not a given name and a surname.
  const tail = b.core.slice(b.core.length - a.core.length);
  if (a.core[0]! in PARTICLES && b.core.length > a.core.length && tail.join(' ') === a.core.join(' ')) return { same: true, reason: PERSON_RULES.particleSurname };
  if (given(a.given) !== given(b.given)) return { same: false, reason: PERSON_RULES.givenDiffer };
  if (a.given !== b.given && a.core.length === 2) return { same: true, reason: PERSON_RULES.nickname };
  // "Hillary Clinton" in "Hillary Rodham Clinton", "George Bush" in "George W Bush": a name without middle names
  // inside a fuller one. A name with middle names has the same ones ("George W Bush" is not "George H W Bush").
  if (a.core.length === 2) return { same: true, reason: PERSON_RULES.contains };
  return { same: false, reason: PERSON_RULES.middleDiffer };
}

/** Honorifics that tell a person's sex: a surname after one is no person whose given name is of the other sex. */
export const HONORIFIC_SEX: Record<string, 'male' | 'female'> = { mr: 'male', mister: 'male', mrs: 'female', ms: 'female', miss: 'female' };

/** Nouns of kinship: a full name written beside one ("his daughter Ivanka Smith", "Eli Smith, the senator's son") is
 * named as the relative of someone else, often of the same surname; "Jr", "Sr" or "III" in the name says the same.
 * `office`: whether the noun also says the relative is not the one of that surname holding an office (a spouse is
 * often an office holder too: a senator's wife may be a senator and then secretary of state). */
export const KIN_NOUNS: Record<string, { office: boolean }> = {
  daughter: { office: true }, son: { office: true }, stepdaughter: { office: true }, stepson: { office: true },
  granddaughter: { office: true }, grandson: { office: true }, 'daughter-in-law': { office: true }, 'son-in-law': { office: true },
  father: { office: true }, mother: { office: true }, brother: { office: true }, sister: { office: true },
  niece: { office: true }, nephew: { office: true }, grandfather: { office: true }, grandmother: { office: true },
  'first lady': { office: true }, wife: { office: false }, husband: { office: false }, widow: { office: false }, widower: { office: false },
};

/** Words that own a kinship noun right before it ("his daughter", "their son", "first daughter": the head of state's). */
export const KIN_OWNERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your', 'first']);

/** Personal pronouns and the sex they tell. */
export const PRONOUN_SEX: Record<string, 'male' | 'female'> = { he: 'male', him: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female' };

/** The sex compromise's lexicon (`tagOf`, its tag of a lowercase word) gives a given name as written, through its
 * full form for a short one ("Bill" → "William"), or undefined. */
export function givenNameSex(word: string | undefined, tagOf: (word: string) => string | undefined): 'male' | 'female' | undefined {
  if (!word) return undefined;
  for (const w of [word, NICKNAMES[normName(word)]].filter((x): x is string => !!x)) {
    const t = tagOf(w.toLowerCase());
    if (t === 'MaleName') return 'male';
    if (t === 'FemaleName') return 'female';
  }
  return undefined;
}

/**
 * A surname an article keeps apart from the one full name it could join, written with the title or honorific that set
 * it apart ("President Smith" in an article naming only the president's daughter Ivanka Smith; "Mr. Smith" where
 * the only Smith named in full is a woman). Such a name is no full name: it is no candidate for a surname alone, and
 * across articles it joins only what its title allows (src/names/merge.ts).
 */
export interface ApartForm {
  /** The title as shown ("President", "Senator", "Mr."). */
  title: string;
  surname: string;
  sex?: 'male' | 'female';
}

/** Honorifics as an apart form shows them. */
const HONORIFIC_SHOWN: Record<string, string> = { mr: 'Mr.', mister: 'Mr.', mrs: 'Mrs.', ms: 'Ms.', miss: 'Miss' };

/** The sex of a person's full name by its first given name as written ("Jane Q. Smith" → female), or undefined for a
 * name of one word, an East Asian name or a given name the lexicon does not know. */
export function fullNameSex(label: string, tagOf: (word: string) => string | undefined): 'male' | 'female' | undefined {
  const p = personName(label);
  if (isSingleName(label) || p.familyFirst) return undefined;
  return givenNameSex(label.trim().split(/\s+/)[0]!.replace(/\.$/, ''), tagOf);
}

/** The label of an apart form: the title as shown, then the surname as written. */
export function apartLabel(title: string, surname: string): string {
  const n = normName(title);
  const shown = HONORIFIC_SHOWN[n] ?? title.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
  return `${shown} ${surname}`;
}

/** Titles a name carries as its own ("King Abdullah", "Prince Harry", "Pope Francis"): they set no name apart. */
export const NAME_TITLES: Record<string, string> = wordTable({
  king: 'monarch', queen: 'monarch', emperor: 'monarch', empress: 'monarch', prince: 'royal', princess: 'royal', pope: 'head of the Holy See',
  emir: 'monarch', sultan: 'monarch', sheikh: 'honorific of Gulf rulers', crown: 'heir ("Crown Prince")', lord: 'peerage', lady: 'peerage',
  sir: 'knighthood', dame: 'damehood',
});

/** Titles as an abbreviation spells them out ("Rep." → "Representative"): an apart form shows them so; not one that
 * is also a given name ("Major Garrett" is a name). */
const SPELLED_OUT = new Set(Object.values(TITLE_ABBREVIATIONS).map(normName).filter((w) => w !== 'major'));

/** The apart form a label is (as apartLabel writes it: capitalised title words, then one surname), or undefined.
 * `isTitle` tells a word of an office's title. */
export function apartForm(label: string, isTitle: (word: string) => boolean): ApartForm | undefined {
  const w = label.trim().split(/\s+/);
  if (w.length < 2 || w.length > 3) return undefined;
  const head = w.slice(0, -1);
  const surname = w.at(-1)!;
  const sex = head.length === 1 ? HONORIFIC_SEX[normName(head[0]!)] : undefined;
  if (!sex && !head.every((x) => /^\p{Lu}/u.test(x) && (isTitle(x) || SPELLED_OUT.has(normName(x))) && !(normName(x) in NAME_TITLES))) return undefined;
  return { title: head.join(' '), surname, ...(sex ? { sex } : {}) };
}

/** Titles of one office written in other words, as compared. */
export const SAME_OFFICE: Record<string, string> = { congressman: 'representative', congresswoman: 'representative', chairwoman: 'chairman', chair: 'chairman' };

/** A word of an office's title as compared: "Sen." → "senator", "Congressman" → "representative". */
export function officeWord(word: string): string {
  const n = normName(word).replace(/ (elect|designate)$/, '');
  const full = normName(TITLE_ABBREVIATIONS[n] ?? n);
  return SAME_OFFICE[full] ?? full;
}

const titleModifiers = new Set(TITLE_MODIFIERS);

/** A word of an office's title that heads it ("President", "Sen."), not a modifier alone ("first", "deputy") nor a
 * title a name carries as its own ("King"). */
export function isOfficeHead(word: string): boolean {
  return isTitleWord(word) && !titleModifiers.has(normName(word)) && !(normName(word) in NAME_TITLES);
}

/** The title or honorific written right before a name, from the word before it (`prev`) and the one before that
 * (`before`, a capitalised modifier: "Vice President"): the words as an apart form shows them, the head as compared,
 * the sex of an honorific; or undefined. One reading for the article and the corpus. */
export function titleWritten(prev: string, before: string): { written: string; head: string; sex?: 'male' | 'female' } | undefined {
  const h = normName(prev);
  if (h in HONORIFIC_SEX) return { written: prev, head: h, sex: HONORIFIC_SEX[h]! };
  if (!isOfficeHead(prev) || !/^\p{Lu}/u.test(prev)) return undefined;
  const mod = titleModifiers.has(normName(before)) && normName(before) !== 'first' && /^\p{Lu}/u.test(before) ? `${before} ` : '';
  return { written: `${mod}${TITLE_ABBREVIATIONS[h] ?? prev}`, head: officeWord(prev) };
}

/** A surname with the title written before it as compared across articles ("Rep. Smith" and "Congressman Smith" are
 * one key; "Vice President Smith" is not "President Smith"; "Mister" is "Mr."). */
export function titledKey(title: string, surname: string): string {
  const words = title.split(/\s+/).filter(Boolean).map((w) => {
    const n = normName(w);
    return n in HONORIFIC_SEX ? (HONORIFIC_SHOWN[n] ?? n).replace(/\.$/, '').toLowerCase() : officeWord(w);
  });
  return `${words.join(' ')}|${personName(surname).surname}`;
}
