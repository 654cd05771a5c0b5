/**
 * The sense of a verb of encounter ("meet", "visit", "host"), as features for the meeting decision. These verbs name an
 * encounter only between parties; with other subjects and objects they have other senses:
 *   - an object that is a thing: "could not meet the solvency test", "meeting or beating our targets", "met with
 *     a frosty response", "visit the site", "people visiting the website";
 *   - a subject that is a thing: "the bill had been met", "the film met with", "hunts would meet legally";
 *   - an attribute: "the most visited museum", "the visiting arrangements";
 *   - a passive without a party as agent: "the costs were met";
 *   - a journey of a thing: "the money has gone to Malaysia";
 *   - a plural noun of the -s form: "the meets would draw crowds" (gatherings of a sport), "Visits from Asia rose" (a count).
 * The features name the class of the verb's subject and object (a named party, a pronoun, a people noun, another common
 * noun, a capitalised word no recogniser named, nothing), read with compromise's tags, never words of one sentence;
 * the learned decision weighs them.
 */
import { lowerWord, type Token } from '../nlp/tokenize.js';
import { wordTable } from '../gazetteer/normalize.js';
import { tokenTags } from '../nlp/nlp.js';
import { isTitleWord } from '../gazetteer/titles.js';
import { DETERMINERS, ORGANIZATION_HEAD_NOUNS, PARTY_NOUNS } from '../gazetteer/meetings.js';
import type { DocSentence, Mention } from './model.js';

/** The senses that are no encounter, as vetoes (features `veto:<name>`, which training starts from a prior weight). */
export const SENSE_VETOES: Record<string, string> = {
  'object-thing': '"meet the test", "visit the site": the object of "meet" or "visit" is a thing, not a party',
  'subject-thing': '"the bill had been met", "hunts would meet", "the money has gone to": a thing, not a party, meets or travels, and no party is its object',
  attributive: '"the most visited museum", "the visiting arrangements": the verb qualifies a noun',
  'negated-verb': '"have not met", "did not visit": the verb itself is denied, with no earlier time after it',
  'occasion-kind': '"a book tour", "an apology tour", "a listening session": a modifier of the trigger names an occasion of another kind (OCCASION_MODIFIERS)',
  'plural-noun': '"the meets would draw crowds", "more than 40 meets", "Visits from Asia rose": the -s form is a plural noun (gatherings of a sport, a count of visits), not a verb of a party',
};

/** The verbs of encounter whose sense is read, by their forms. */
const VERB_LEMMAS: Record<string, string> = wordTable({
  meet: 'meet', meets: 'meet', met: 'meet', meeting: 'meet',
  visit: 'visit', visits: 'visit', visited: 'visit', visiting: 'visit',
  host: 'host', hosts: 'host', hosted: 'host', hosting: 'host',
});

/** Pronouns that stand for a party (a person or a body). */
const PARTY_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'who', 'whom', 'it']);

/** compromise's tags of every token of a sentence, read once (nlp/tokenTags). */
const sentenceTags = (text: string, s: DocSentence): string[][] => tokenTags(text, s.tokens, s.end);

type SenseClass = 'name' | 'place' | 'pronoun' | 'people' | 'thing' | 'cap' | 'none';

/** The class of the noun phrase whose head is token k. */
function classOf(toks: Token[], tags: string[][], ms: Mention[], k: number): SenseClass {
  const m = ms.find((x) => x.tokenStart <= k && k < x.tokenEnd);
  if (m) return m.kind === 'place' ? 'place' : 'name';
  const tok = toks[k];
  if (!tok) return 'none';
  const w = lowerWord(tok);
  const t = tags[k] ?? [];
  if (PARTY_PRONOUNS.has(w) && (t.includes('Pronoun') || w === 'who' || w === 'whom')) return 'pronoun';
  if (/^\p{Lu}/u.test(tok.text) && !t.includes('Pronoun')) return isTitleWord(tok.text) ? 'people' : 'cap';
  // A title is a person whatever the tagger makes of it ("met the ambassador").
  if (isTitleWord(tok.text)) return 'people';
  if (!t.includes('Noun') || isTime(t)) return 'none';
  const stem = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.replace(/s$/, '');
  if (t.includes('Actor') || stem in ORGANIZATION_HEAD_NOUNS || w in PARTY_NOUNS || `${stem}s` in PARTY_NOUNS || `${w}s` in PARTY_NOUNS || w in ORGANIZATION_HEAD_NOUNS) return 'people';
  return 'thing';
}

/** A time expression ("next week", "on Monday"): no party, and no object of the verb. */
const isTime = (t: string[]): boolean => t.includes('Date') || t.includes('Duration') || t.includes('Time');

/** Nouns of quantity whose "of" phrase holds the head: "a large number of regional councils". */
const QUANTITY_NOUNS = new Set(['number', 'numbers', 'lot', 'lots', 'range', 'couple', 'handful', 'dozens', 'hundreds', 'thousands', 'group', 'host', 'series', 'variety']);

/** Words a noun phrase's head may follow: determiners, possessives, adjectives, numbers, quantifiers ("all of our"). */
function isModifier(w: string, t: string[]): boolean {
  if (w === 'all' || w === 'of' || w === 'both' || w === 'some' || w === 'many' || QUANTITY_NOUNS.has(w)) return true;
  return ['Determiner', 'Possessive', 'Adjective', 'Value', 'Ordinal', 'Cardinal'].some((x) => t.includes(x)) && !t.includes('Noun');
}

/**
 * Reads the verb of encounter at token a (one word) of sentence s, whose mentions are `ms`. Returns features
 * (`sense:*`), or none when the trigger is not such a verb.
 */
export function readSense(text: string, s: DocSentence, ms: Mention[], a: number, b: number, journey = false): string[] {
  const toks = s.tokens;
  if (b - a !== 1) return [];
  // A journey ("is travelling to Japan", "has gone to Malaysia") is read for its subject; its object is a destination.
  const lemma = journey ? 'travel' : VERB_LEMMAS[lowerWord(toks[a])];
  if (!lemma) return [];
  const tags = sentenceTags(text, s);
  const t = tags[a] ?? [];
  const f: string[] = [];
  // "the most visited museum", "the visiting arrangements": the word qualifies the noun after it.
  const next = tags[a + 1] ?? [];
  if (!/[,;:.]/.test(toks[a]!.post) && /^\p{Ll}/u.test(toks[a + 1]?.text ?? '') && next.includes('Noun') && !next.includes('Pronoun') && !isTime(next) && !['here', 'there'].includes(lowerWord(toks[a + 1])) && (t.includes('Adjective') || ['the', 'a', 'an', 'most', 'least'].includes(lowerWord(toks[a - 1])))) {
    f.push('sense:attributive', `sense:attributive|${lemma}`);
    if (lemma !== 'host') f.push('veto:attributive');
    return f;
  }
  // A verb, not a noun: "during their meeting", "a marathon meeting" are nouns whatever the tagger says of "-ing".
  // A word before it belongs to its phrase unless punctuation stands between ("good, meeting or beating").
  const prev = /[,;:]/.test(toks[a - 1]?.post ?? '') ? [] : tags[a - 1] ?? [];
  // "meeting or beating each of its targets": coordinated with a gerund, the word is one too.
  const coordinated = ['or', 'and'].includes(lowerWord(toks[a + 1])) && (tags[a + 2] ?? []).includes('Gerund');
  // "the meets would draw crowds", "more than 40 meets", "Visits from Asia rose by a fifth", "blocking visits from
  // abroad": a form in -s that opens the sentence, or follows a determiner, a number, a date, an adjective or a gerund,
  // is a plural noun ("the board meets" has its subject before it). A possessive before it keeps the party ("his visits
  // to China").
  if (/s$/.test(lowerWord(toks[a])) && lemma !== 'travel') {
    const before = toks[a - 1];
    const opens = a === 0 || /^["“‘']/.test(toks[a]!.pre);
    const nominal = !!before && !/[,;:]/.test(before.post) && (['the', 'a', 'these', 'those', 'such', 'some', 'many', 'all'].includes(lowerWord(before)) || isTime(prev) || (['Value', 'Cardinal', 'Adjective'].some((x) => prev.includes(x)) && !prev.includes('Noun')) || (prev.includes('Gerund') && !prev.includes('Noun')));
    // "paid three visits to China", "visits with the leaders": a noun of encounter with its destination or counterpart.
    const toParty = ['to', 'with'].includes(lowerWord(toks[a + 1]));
    if ((opens || nominal) && !toParty && !prev.includes('Possessive') && !ms.some((m) => m.tokenEnd === a)) {
      f.push('sense:plural-noun', `sense:plural-noun|${lemma}`, 'veto:plural-noun');
      return f;
    }
  }
  // "without ever meeting him", "left without visiting the capital": the gerund is denied.
  if (deniedByWithout(toks, a)) {
    f.push('sense:without', 'veto:negated-verb');
    return f;
  }
  if ((!t.includes('Verb') && !coordinated) || ((t.includes('Gerund') || lemma === 'host') && ['Determiner', 'Possessive', 'Adjective', 'Value'].some((x) => prev.includes(x))) || (t.includes('Gerund') && prev.includes('Noun') && !prev.includes('Pronoun') && /^\p{Ll}/u.test(toks[a - 1]?.text ?? ''))) return f;
  // The object: after "with" ("met with"), over the modifiers of its head, and over a coordinated verb ("meeting or
  // beating each of its targets").
  let k = a + 1;
  if (lowerWord(toks[k]) === 'with' && !/[,;:.]/.test(toks[a]!.post)) k++;
  if ((lowerWord(toks[k]) === 'or' || lowerWord(toks[k]) === 'and') && (tags[k + 1] ?? []).includes('Verb')) k += 2;
  let obj: SenseClass = 'none';
  if (!/[,;:.]/.test(toks[k - 1]?.post ?? '')) {
    for (let n = 0; k < toks.length && n < 7; k++, n++) {
      const w = lowerWord(toks[k]);
      // A time word before a noun qualifies it ("full-year objectives", "the 1987 budget targets").
      const timeModifier = isTime(tags[k] ?? []) && /^\p{Ll}/u.test(toks[k + 1]?.text ?? '') && (tags[k + 1] ?? []).includes('Noun');
      if (!ms.some((x) => x.tokenStart <= k && k < x.tokenEnd) && (isModifier(w, tags[k] ?? []) || timeModifier) && !/[,;:.]/.test(toks[k]!.post)) continue;
      // The head of a compound is its last noun ("the reform negotiations").
      while (!ms.some((x) => x.tokenStart <= k + 1 && k + 1 < x.tokenEnd) && /^\p{Ll}/u.test(toks[k + 1]?.text ?? '') && (tags[k + 1] ?? []).includes('Noun') && !isTime(tags[k + 1] ?? []) && !/[,;:.]/.test(toks[k]!.post)) k++;
      obj = classOf(toks, tags, ms, k);
      // Titles and adjectives of nationality before a name ("Spanish Prime Minister Luis Vidal") belong to the name.
      for (let x = k + 1; (obj === 'cap' || obj === 'people') && /^\p{Lu}/u.test(toks[x - 1]?.text ?? '') && !/[,;:.]/.test(toks[x - 1]!.post) && x < k + 5; x++) {
        if (ms.some((m) => m.tokenStart === x && m.kind !== 'place')) obj = 'name';
      }
      break;
    }
  }
  // The subject: back over auxiliaries, modals, adverbs and negation; a passive auxiliary makes the subject the object.
  let j = a - 1;
  let passive = false;
  let negated = false;
  let infinitive = false;
  for (; j >= 0; j--) {
    const w = lowerWord(toks[j]);
    const tj = tags[j] ?? [];
    if (/[,;:]/.test(toks[j]!.post)) {
      j = -1;
      break;
    }
    if (w === 'to') {
      infinitive = true;
      break;
    }
    // Times stand between a subject and its verb: "the two envoys last week visited".
    if (isTime(tj) || ['last', 'next', 'this', 'earlier', 'later'].includes(w) || tj.includes('Auxiliary') || tj.includes('Modal') || tj.includes('Copula') || tj.includes('Adverb') || tj.includes('Negative')) {
      if (['be', 'been', 'being', 'is', 'are', 'was', 'were'].includes(w) && t.includes('PastTense')) passive = true;
      if (tj.includes('Negative') || w === 'not' || w === 'never' || w === "n't") negated = true;
      continue;
    }
    break;
  }
  const subj: SenseClass = infinitive || j < 0 ? 'none' : classOf(toks, tags, ms, j);
  f.push(`sense:obj:${obj}`, `sense:obj|${lemma}:${obj}`, `sense:subj:${subj}`, `sense:subj|${lemma}:${subj}`);
  if (passive) f.push('sense:passive', `sense:passive|subj:${subj}`);
  // "have not met", "did not visit": the verb itself is denied.
  // "had not met before", "have not met since May": the denial is of an earlier time, and the meeting may be now or then.
  if (negated) f.push('sense:negated', `sense:negated|${lemma}`);
  if (negated && !['since', 'before', 'until', 'till', 'for', 'in'].includes(lowerWord(toks[b]))) f.push('veto:negated-verb');
  if ((subj === 'thing' || subj === 'cap') && (obj === 'thing' || obj === 'none')) f.push('sense:no-party-side');
  // An event is hosted ("a dinner hosted by"): only "meet" and "visit" take a party as their object.
  if ((lemma === 'meet' || lemma === 'visit') && obj === 'thing') f.push('veto:object-thing');
  if (lemma !== 'host' && subj === 'thing' && (obj === 'thing' || obj === 'none' || lemma === 'travel')) f.push('veto:subject-thing');
  return f;
}

/**
 * Verbs and nouns of consulting ("discuss", "consult", "contact", "confer", "talk", "a discussion", "a conversation")
 * name an encounter only with a counterpart: "discussed trade with Ana Ruiz", "consulted Japan", "Ruiz and Vidal
 * discussed", "a conversation between the two leaders". Alone they name what one side said or thought ("declined to
 * discuss specifics", "went on to discuss the record", "the issue was discussed at the debate"). The guideline's meeting
 * has two named parties that come together, so a consulting word with no counterpart in its clause is a veto the
 * learned decision weighs. "Talks" is not one of them: news writes it for negotiations between named sides.
 */
const CONSULT_WORDS: Record<string, 'verb' | 'noun'> = wordTable({
  discuss: 'verb', discusses: 'verb', discussed: 'verb', discussing: 'verb', discussion: 'noun', discussions: 'noun',
  consult: 'verb', consults: 'verb', consulted: 'verb', consulting: 'verb', consultation: 'noun', consultations: 'noun',
  confer: 'verb', confers: 'verb', conferred: 'verb', conferring: 'verb',
  contact: 'verb', contacts: 'verb', contacted: 'verb', contacting: 'verb',
  communicate: 'verb', communicates: 'verb', communicated: 'verb', communicating: 'verb',
  converse: 'verb', converses: 'verb', conversed: 'verb', conversing: 'verb', conversations: 'noun',
  talk: 'verb', talked: 'verb', dialogue: 'noun', dialogues: 'noun',
});

export const CONSULT_VETOES: Record<string, string> = {
  'consult-no-counterpart': '"declined to discuss specifics", "the issue was discussed": a word of consulting with no counterpart in its clause',
  'consult-one-side': '"he went on to discuss the record", "she talked about the attack": one person is the only side of a verb of consulting, and no counterpart is named',
};

/** Pronouns that stand for one person. */
const SINGULAR_PERSON_PRONOUNS = new Set(['he', 'she', 'i']);
/** Words between a subject and the verb of consulting it governs: auxiliaries, modals, adverbs, and the verbs that take
 * it as an infinitive with their object pronoun ("went on to discuss", "used them to discuss", "wants to talk"). */
const SUBJECT_SPAN_WORDS = new Set([
  'has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do', 'also',
  'then', 'later', 'again', 'just', 'still', 'often', 'repeatedly', 'briefly', 'openly', 'publicly', 'went', 'goes', 'go',
  'on', 'to', 'used', 'uses', 'them', 'it', 'began', 'begins', 'started', 'continued', 'continues', 'wanted', 'wants',
  'tried', 'tries', 'sought', 'seeks', 'declined', 'declines', 'refused', 'refuses', 'past', 'the', 'in', 'be', 'been', 'not', "n't",
]);

/** The subject of a verb at token a, read back over SUBJECT_SPAN_WORDS: 'person' for one named person or a singular
 * pronoun, 'other' for anything else, 'none' when a break comes first. */
function consultSubject(toks: Token[], ms: Mention[], a: number, clauseStart: number): 'person' | 'other' | 'none' {
  for (let k = a - 1; k >= clauseStart && a - k <= 8; k--) {
    if (/[,;:]/.test(toks[k]!.post)) return 'none';
    const m = ms.find((x) => x.tokenStart <= k && k < x.tokenEnd);
    if (m) {
      // "met with Vidal to discuss": the name is the counterpart of an earlier verb, not the subject.
      let j = m.tokenStart - 1;
      while (j > 0 && isTitleWord(toks[j]!.text)) j--;
      if (['with', 'between', 'and'].includes(lowerWord(toks[j])) && lowerWord(toks[m.tokenEnd]) === 'to') return 'other';
      // "Ruiz and Vidal discussed": two named sides.
      const coordinated = ['and', '&'].includes(lowerWord(toks[m.tokenStart - 1]));
      return m.kind === 'person' && !coordinated ? 'person' : 'other';
    }
    const w = lowerWord(toks[k]);
    if (SINGULAR_PERSON_PRONOUNS.has(w)) return lowerWord(toks[k - 1]) === 'and' ? 'other' : 'person';
    // "the president has used them to discuss": one office holder.
    if (isTitleWord(toks[k]!.text) && !/s$/.test(w) && lowerWord(toks[k - 1]) === 'the') return 'person';
    if (!SUBJECT_SPAN_WORDS.has(w)) return 'other';
  }
  return 'none';
}

/** "without consulting him", "without ever meeting her": a gerund after "without" (over an adverb of time) is denied. */
export function deniedByWithout(toks: Token[], a: number): boolean {
  if (!/ing$/.test(lowerWord(toks[a]))) return false;
  let k = a - 1;
  if (['ever', 'even', 'first', 'once', 'actually'].includes(lowerWord(toks[k]))) k--;
  return lowerWord(toks[k]) === 'without' && !/[,;:]/.test(toks[k]!.post);
}

/**
 * "talks" is the meeting noun, and also the present tense of "talk": right after one person who is its subject ("Ruiz
 * talks of tightening sanctions", "she talks with Vidal every week") it is the verb, a word of consulting like
 * "talked". A name joined to it or written before it as a modifier ("the Ruiz-Vidal talks", "the Ruiz talks") leaves
 * the noun.
 */
function talksAsVerb(toks: Token[], ms: Mention[], a: number): boolean {
  if (lowerWord(toks[a]) !== 'talks' || a === 0 || /\S/.test(toks[a - 1]!.post)) return false;
  if (SINGULAR_PERSON_PRONOUNS.has(lowerWord(toks[a - 1]))) return true;
  const m = ms.find((x) => x.tokenEnd === a && x.kind === 'person');
  if (!m) return false;
  const before = toks[m.tokenStart - 1];
  return !before || (!/\S/.test(before.post) && !(lowerWord(before) in DETERMINERS));
}

/** The forms of "talk", whose counterpart may also follow "to" ("talked to Vidal"). */
const TALK_FORMS = new Set(['talk', 'talks', 'talked', 'talking']);
/** Words that introduce the counterpart of a consulting word. */
const COUNTERPART_PREPOSITIONS = new Set(['with', 'between', 'among', 'to']);
/** Verbs whose direct object is the party consulted ("consulted Japan", "contacted the fund"). */
const PARTY_OBJECT_LEMMAS = new Set(['consult', 'consults', 'consulted', 'consulting', 'contact', 'contacts', 'contacted', 'contacting']);

/**
 * Reads a consulting word at tokens [a, b) of a sentence whose clause runs [clauseStart, clauseEnd) and whose mentions
 * are `ms`. Returns features (`consult:*`, and the veto when no counterpart is found), or none for other triggers.
 */
export function readConsult(toks: Token[], ms: Mention[], a: number, b: number, clauseStart: number, clauseEnd: number): string[] {
  if (b - a !== 1) return [];
  const w = lowerWord(toks[a]);
  const pos = CONSULT_WORDS[w] ?? (talksAsVerb(toks, ms, a) ? 'verb' : undefined);
  if (!pos) return [];
  const party = (k: number) => ms.some((m) => m.tokenStart <= k && k < m.tokenEnd && m.kind !== 'place');
  const partyWord = (k: number) => party(k) || PARTY_PRONOUNS.has(lowerWord(toks[k])) || lowerWord(toks[k]) in PARTY_NOUNS || isTitleWord(toks[k]?.text ?? '');
  const f: string[] = [];
  // "acted without ever consulting him": the consulting is denied.
  if (deniedByWithout(toks, a)) f.push('veto:negated-verb');
  // "with Ana Ruiz", "between the two leaders", "talked to Vidal": a counterpart within a few words after the preposition.
  for (let k = b; k < Math.min(clauseEnd, b + 12); k++) {
    if (!COUNTERPART_PREPOSITIONS.has(lowerWord(toks[k]))) continue;
    if (lowerWord(toks[k]) === 'to' && !TALK_FORMS.has(w)) continue;
    for (let j = k + 1; j < Math.min(clauseEnd, k + 5); j++) {
      if (partyWord(j)) {
        f.push(`consult:counterpart:${lowerWord(toks[k]) === 'to' ? 'with' : lowerWord(toks[k])}`);
        break;
      }
      if (/[,;:.]/.test(toks[j]!.post)) break;
    }
    if (f.length) break;
  }
  // "consulted Japan", "contacted the fund's managers".
  if (!f.length && PARTY_OBJECT_LEMMAS.has(w)) {
    for (let j = b; j < Math.min(clauseEnd, b + 4); j++) {
      if (partyWord(j)) {
        f.push('consult:counterpart:object');
        break;
      }
      if (/[,;:.]/.test(toks[j]!.post) || /^\p{Ll}/u.test(toks[j]!.text) && !['the', 'its', 'his', 'her', 'their', 'a', 'an'].includes(lowerWord(toks[j]))) break;
    }
  }
  // "Ruiz and Vidal discussed", "the two sides discussed": both sides are the subject.
  if (!f.length && pos === 'verb') {
    if (coordinatedSides(toks, ms, a, clauseStart)) f.push('consult:counterpart:coordinated');
    else if (bothSidesSubject(toks, a, clauseStart)) f.push('consult:counterpart:both-sides');
  }
  if (!f.length) {
    f.push(`consult:none|${pos}`, 'veto:consult-no-counterpart');
    // "he went on to discuss the record", "Ruiz talked about the attack": one person speaks of a topic.
    if (pos === 'verb' && consultSubject(toks, ms, a, clauseStart) === 'person') f.push('consult:one-side', 'veto:consult-one-side');
  }
  return f;
}

/** Nouns that, after "both" or "two", name the two sides of a talk ("the two leaders", "both sides"). */
const SIDES_NOUNS = new Set(['sides', 'leaders', 'men', 'women', 'countries', 'governments', 'parties', 'ministers', 'presidents']);

/** "the two leaders discussed", "both sides had talked about": the subject before a verb at token `a` is both sides of
 * the talk. */
export function bothSidesSubject(toks: Token[], a: number, clauseStart: number): boolean {
  return toks.slice(clauseStart, a).some((t, i, all) => ['both', 'two'].includes(lowerWord(t)) && SIDES_NOUNS.has(lowerWord(all[i + 1])));
}

/** Two sides joined by "and" before a verb in its clause ("Ruiz and Vidal discussed", "President Ruiz and Chilean
 * President Vidal talked about trade"): the second side may follow the "and" over its title words. */
export function coordinatedSides(toks: Token[], ms: Mention[], a: number, clauseStart: number): boolean {
  const before = ms.filter((m) => m.kind !== 'place' && m.tokenEnd <= a && m.tokenStart >= clauseStart);
  return before.some((m, i) => {
    if (i === 0) return false;
    const prev = before[i - 1]!;
    const and = toks.findIndex((t, k) => k >= prev.tokenEnd && k < m.tokenStart && lowerWord(t) === 'and');
    if (and !== prev.tokenEnd) return false;
    // Between "and" and the second side, only capitalized words of its title ("Chilean President").
    return toks.slice(and + 1, m.tokenStart).every((t) => /^\p{Lu}/u.test(t.text));
  });
}


/**
 * The sense of a meeting noun from its syntactic frame, as features for the meeting decision (the learned decision
 * weighs them against the annotated and graded examples):
 *   - `noun-sense:modifier`: a singular trigger noun that qualifies the noun after it ("contact tracers", "a consulting
 *     firm", "visit logs") names a kind of that noun, not an encounter;
 *   - `noun-sense:occasion-modifier`: a modifier of the trigger names an occasion of another kind (OCCASION_MODIFIERS:
 *     "a book tour", "an apology tour", "a listening session", "a phone-banking session");
 *   - veto `occasion-kind` (SENSE_VETOES) with it: the modifier names an occasion that is never a meeting;
 *   - `noun-sense:of-place`: the noun's "of" phrase is a place ("the summit of the mountain"), not the gathering's parties.
 */
export const OCCASION_MODIFIERS: Record<string, string> = wordTable({
  book: '"a book tour": promotion of a book', apology: '"an apology tour"', victory: '"a victory lap"', listening: '"a listening session" with the public',
  bus: '"a bus tour" of a campaign', farewell: '"a farewell tour"', speaking: '"a speaking tour"', photo: '"a photo session"',
  fundraising: '"a fundraising trip"', campaign: '"a campaign trip"', 'phone-banking': '"a phone-banking session"', banking: '"a phone-banking session"',
  shopping: '"a shopping trip"', family: '"a family visit"', holiday: '"a holiday trip"', vacation: '"a vacation trip"',
  golf: '"a golf trip"', study: '"a study tour"', field: '"a field trip"', reporting: '"a reporting trip"', signing: '"a book signing tour"',
  recruiting: '"a recruiting visit"', college: '"a college visit"',
  impeachment: '"impeachment talks": a legislature\'s deliberation', strategy: '"strategy sessions" of one side', practice: '"a practice session"',
  training: '"a training session"', therapy: '"a therapy session"', counseling: '"a counseling session"', question: '"a question session"',
  zoom: '"Zoom meetings": any video call', earnings: '"an earnings call"', dissertation: '"a dissertation defence"', jam: '"a jam session"',
  // Hyphenated words are split ("question-and-answer" ends in "answer"): only the word right before the noun counts.
  recording: '"a recording session" in a studio', answer: '"a question-and-answer session" with an audience', autograph: '"an autograph session"',
  tasting: '"a tasting session"', combat: '"combat tours": a soldier\'s deployments', concert: '"a concert tour"', comedy: '"a comedy tour"',
  walking: '"a walking tour"', guided: '"a guided tour"', sightseeing: '"a sightseeing trip"',
});

export function readNounSense(text: string, s: DocSentence, ms: Mention[], a: number, b: number): string[] {
  const toks = s.tokens;
  const f: string[] = [];
  const tags = sentenceTags(text, s);
  const last = toks[b - 1]!;
  const w = lowerWord(last);
  const next = toks[b];
  const nt = tags[b] ?? [];
  // "contact tracers", "a consulting firm": a singular noun or gerund right before a lowercase noun qualifies it.
  if (next && !/[,;:.()"“”]/.test(last.post) && /^\p{Ll}/u.test(next.text) && nt.includes('Noun') && !nt.includes('Pronoun') && !isTime(nt) && !/s$/.test(w) && !['with', 'between', 'of', 'here', 'there', 'today', 'tonight'].includes(lowerWord(next)) && !ms.some((m) => m.tokenStart === b)) {
    f.push('noun-sense:modifier', `noun-sense:modifier|${nt.includes('Plural') ? 'plural' : 'singular'}`);
  }
  // "a book tour", "the apology tour", "listening sessions": a modifier naming another kind of occasion.
  const before = toks[a - 1];
  if (before && !/[,;:.()]/.test(before.post) && OCCASION_MODIFIERS[lowerWord(before)] !== undefined) f.push('noun-sense:occasion-modifier', 'veto:occasion-kind');
  // "the summit of the mountain": an "of" phrase that is a place.
  if (lowerWord(next) === 'of') {
    const at = lowerWord(toks[b + 1]) === 'the' ? b + 2 : b + 1;
    if (ms.some((m) => m.tokenStart === at && m.kind === 'place')) f.push('noun-sense:of-place');
  }
  return f;
}
