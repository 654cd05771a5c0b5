/**
 * Step 5: meeting events. A trigger word (tables in gazetteer/meetings.ts) in a sentence gives a candidate; its
 * participants are the people, states and organizations of the trigger's clause (before it: the subject; after it:
 * the object, up to a relative or purpose clause), excluding the states and organizations that only qualify a person
 * ("Russian President"), news outlets, and places after a locative ("in Beijing", which becomes the place). Then:
 * - status: planned when the clause says so ("will meet", "is due to", "next week"), held otherwise;
 * - date: the time expression of the clause nearest the trigger, resolved tense-aware against the reference day;
 *   "at the same time" takes the previous event's date;
 * - topics: "to discuss X", "talks on X";
 * - candidates of one article that share their parties, dates and places are one event ("talks" and the "joint news
 *   conference" of one visit); "the meeting" refers back to the last event of its party.
 */
import {
  TRIGGERS, NOT_MEETING_OBJECTS, NOT_EVENT_CONTEXT, PLANNED_MARKERS, CLAUSE_BOUNDARIES, REPORTING_VERBS, OBJECT_STOPS,
  LOCATIVES, SAME_TIME_PHRASES, TOPIC_INTRODUCERS, SUBORDINATORS, HABITUAL_MARKERS, PLURAL_ANAPHORS, ADDRESSEE_VERBS, LEGISLATURE_WORDS,
  SPORTS_CONTEXT, ORGANIZATION_HEAD_NOUNS, URGING_VERBS, SESSION_PART_VERBS, TRAVEL_VERBS, AUTHORED_WORKS,
  SPORTS_FIXTURE_TRIGGERS, SPORTS_ARTICLE_MIN_WORDS, TRIGGER_MODIFIES, CANCELLED_MARKERS, DETERMINERS, PASSIVE_AUXILIARIES,
  type TriggerRule,
} from '../gazetteer/meetings.js';
import type { Token } from '../nlp/tokenize.js';
import { nlp } from '../nlp/nlp.js';
import { isTitleWord } from '../gazetteer/titles.js';
import type { MeetingStatus } from '../types.js';
import { findDates, monthNumber, type EventDate } from './dates.js';
import type { Doc, DocSentence, Mention } from './model.js';
import type { RoleResult } from './04-roles.js';

export interface Party {
  cluster: number;
  mention: Mention;
}

export interface MeetingCandidate {
  parties: Party[];
  place: Mention | null;
  date: EventDate;
  status: MeetingStatus;
  trigger: string;
  topics: string[];
  /** Entities named inside the topics. */
  about: Mention[];
  sentences: number[];
  /** An organization's own session: one party is enough. */
  session: boolean;
  /** Candidates split from one trigger (a tour, repeated "with") share a group and never merge with each other. */
  group?: number;
}

let nextGroup = 1;

/** Lowercased token text, computed once per token. */
const lowCache = new WeakMap<Token, string>();
const low = (t: Token | undefined): string => {
  if (!t) return '';
  let l = lowCache.get(t);
  if (l === undefined) lowCache.set(t, (l = t.text.toLowerCase().replace(/[’‘]/g, "'")));
  return l;
};

/** Trigger rules by their first word, longest phrase first. */
const TRIGGERS_BY_FIRST = new Map<string, TriggerRule[]>();
for (const rule of TRIGGERS) (TRIGGERS_BY_FIRST.get(rule.phrase[0]!) ?? TRIGGERS_BY_FIRST.set(rule.phrase[0]!, []).get(rule.phrase[0]!)!).push(rule);

function matchTrigger(toks: Token[], i: number): TriggerRule | undefined {
  const rules = TRIGGERS_BY_FIRST.get(low(toks[i]));
  if (!rules) return undefined;
  for (const rule of rules) {
    const n = rule.phrase.length;
    if (i + n > toks.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) if (low(toks[i + k]) !== rule.phrase[k]) ok = false;
    if (ok) return rule;
  }
  return undefined;
}

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it']);
/** compromise tags that make a word a finite verb: the object of a trigger ends before one. */
const FINITE_VERB_TAGS = ['PastTense', 'PresentTense', 'Modal', 'Copula'];

/** Which tokens of a sentence are finite verbs, by compromise's tagger (run only on sentences with a trigger). */
function finiteVerbs(text: string, s: DocSentence): boolean[] {
  const mask = new Array<boolean>(s.tokens.length).fill(false);
  const doc = nlp(text.slice(s.start, s.end).replace(/[\r\n]/g, ' '));
  const terms = (doc.json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number } }> }>).flatMap((x) => x.terms);
  const byStart = new Map<number, number>();
  terms.forEach((t, i) => byStart.set(s.start + t.offset.start, i));
  s.tokens.forEach((tok, i) => {
    const j = byStart.get(tok.start);
    if (j === undefined) return;
    const tags = terms[j]!.tags;
    if (!FINITE_VERB_TAGS.some((t) => tags.includes(t)) || tags.includes('Gerund') || tags.includes('Participle')) return;
    // "aid donors grouped in the IGGI": a past form between a noun and a preposition is a reduced relative clause.
    const prev = terms[j - 1]?.tags ?? [];
    const next = terms[j + 1]?.tags ?? [];
    if (tags.includes('PastTense') && prev.includes('Noun') && !prev.includes('Pronoun') && next.includes('Preposition')) return;
    mask[i] = true;
  });
  return mask;
}
/** Words that end a topic phrase. */
const TOPIC_STOPS = new Set(['among', 'while', 'but', 'which', 'and', 'with', 'after', 'before']);

export function extractMeetings(doc: Doc, roles: RoleResult): MeetingCandidate[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(m);
  // Descriptions ("the Chinese President") stand for their person as a party.
  for (const d of roles.descriptions) {
    const virtual: Mention = { ...d.person, start: d.start, end: d.end, sentence: d.sentence, tokenStart: d.tokenStart, tokenEnd: d.tokenEnd, text: doc.article.text.slice(d.start, d.end) };
    (bySentence.get(d.sentence) ?? bySentence.set(d.sentence, []).get(d.sentence)!).push(virtual);
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.tokenStart - b.tokenStart);

  const sportsWords = new Set<string>();
  for (const s of doc.sentences) for (const t of s.tokens) if (low(t) in SPORTS_CONTEXT) sportsWords.add(low(t));
  const sports = sportsWords.size >= SPORTS_ARTICLE_MIN_WORDS;

  const out: MeetingCandidate[] = [];
  for (const s of doc.sentences) {
    if (s.boilerplate || s.headline) continue;
    const toks = s.tokens;
    const ms = bySentence.get(s.index) ?? [];
    // Tagging is the costly part: done once per sentence, and only when a candidate gets as far as needing it.
    let mask: boolean[] | undefined;
    const verbs = (k: number): boolean => (mask ??= finiteVerbs(doc.article.text, s))[k] ?? false;
    for (let i = 0; i < toks.length; i++) {
      const rule = matchTrigger(toks, i);
      if (!rule) continue;
      const end = i + rule.phrase.length;
      // An athletics "meeting" is named ("Sunday's Leipzig International meeting"); other triggers are fixtures.
      if (sports && (rule.phrase.join(' ') in SPORTS_FIXTURE_TRIGGERS || (rule.phrase[0] === 'meeting' && /^\p{Lu}/u.test(toks[i - 1]?.text ?? '')))) {
        i = end - 1;
        continue;
      }
      const cand = readCandidate(doc, s, ms, i, end, rule, roles, out, verbs);
      i = end - 1;
      if (cand) mergeInto(out, cand);
    }
  }
  // The article's own mentions by sentence, in order (without the descriptions that stand for people above).
  const named: Mention[][] = doc.sentences.map(() => []);
  for (const m of doc.mentions) named[m.sentence]!.push(m);
  for (const list of named) list.sort((x, y) => x.tokenStart - y.tokenStart);
  attachSessionReferences(doc, named, out);
  narrowPlaces(doc, named, out);
  return out.filter((m) => m.parties.length >= 2 || (m.session && m.parties.length === 1));
}

/**
 * A meeting placed in a country is placed in a city of that country when one of its people travels there in the article
 * ("flying to Japan for talks ... will fly to Tokyo on Sunday"): the one city so named, else the country stays.
 */
function narrowPlaces(doc: Doc, named: Mention[][], out: MeetingCandidate[]): void {
  for (const m of out) {
    if (m.place?.kind !== 'state' || !m.place.iso) continue;
    const iso = m.place.iso;
    const people = new Set(m.parties.filter((p) => p.mention.kind === 'person').map((p) => p.cluster));
    if (!people.size) continue;
    const found = new Map<number, { city: Mention; sentence: number }>();
    for (const s of doc.sentences) {
      if (s.boilerplate || s.headline) continue;
      const ms = named[s.index]!;
      if (!ms.some((x) => people.has(x.cluster))) continue;
      for (const city of ms) {
        if (city.kind !== 'place' || city.stateIso !== iso) continue;
        const prep = low(s.tokens[city.tokenStart - 1]);
        if ((prep === 'to' || prep === 'in') && low(s.tokens[city.tokenStart - 2]) in TRAVEL_VERBS) found.set(city.cluster, { city, sentence: s.index });
      }
    }
    if (found.size !== 1) continue;
    const { city, sentence } = [...found.values()][0]!;
    m.place = city;
    if (!m.sentences.includes(sentence)) m.sentences.push(sentence);
  }
}

/**
 * A dated session of one body is referred to by its month elsewhere in the article ("The February FOMC voted nine to
 * one"): those sentences are evidence of it, and the people they (or, after a vote, the next sentence) show taking
 * part (SESSION_PART_VERBS: "Thomas Melzer ... favored some tightening") are its participants. When two sessions of
 * the body fall in that month, the month names the one the article reports first (its main one, such as the regular
 * meeting beside a later telephone conference).
 */
function attachSessionReferences(doc: Doc, named: Mention[][], out: MeetingCandidate[]): void {
  const sessions = out.filter((m) => m.session && m.parties.length === 1 && m.date && m.date.length >= 7);
  for (const m of sessions) {
    const body = m.parties[0]!.cluster;
    const month = Number(m.date!.slice(5, 7));
    const first = (x: MeetingCandidate) => Math.min(...x.sentences);
    if (sessions.some((o) => o !== m && o.parties[0]!.cluster === body && Number(o.date!.slice(5, 7)) === month && first(o) <= first(m))) continue;
    for (const s of doc.sentences) {
      if (s.boilerplate || s.headline) continue;
      const linked = named[s.index]!.some((x) => x.cluster === body && monthNumber(s.tokens[x.tokenStart - 1]?.text) === month);
      if (!linked) continue;
      if (!m.sentences.includes(s.index)) m.sentences.push(s.index);
      const vote = s.tokens.some((t) => SESSION_PART_VERBS[low(t)] === 'vote');
      for (const k of vote ? [s.index, s.index + 1] : [s.index]) {
        const sentence = doc.sentences[k];
        if (!sentence || sentence.boilerplate) continue;
        const ms = named[k]!;
        ms.forEach((p, j) => {
          if (p.kind !== 'person' || m.parties.some((q) => q.cluster === p.cluster)) return;
          const stop = Math.min(sentence.tokens.length, p.tokenEnd + 10, ms.slice(j + 1).find((x) => x.kind === 'person')?.tokenStart ?? Infinity);
          for (let t = p.tokenEnd; t < stop; t++) {
            const role = SESSION_PART_VERBS[low(sentence.tokens[t])];
            if (role && (k !== s.index || role !== 'position in the vote')) {
              m.parties.push({ cluster: p.cluster, mention: p });
              if (!m.sentences.includes(k)) m.sentences.push(k);
              break;
            }
          }
        });
      }
    }
  }
}

function readCandidate(doc: Doc, s: DocSentence, ms: Mention[], a: number, b: number, rule: TriggerRule, roles: RoleResult, earlier: MeetingCandidate[], verbs: (k: number) => boolean): MeetingCandidate | null {
  const toks = s.tokens;
  // A trigger inside a name ("Summit Bank", "Meeting Street") is not one; nor is a capitalised one in mid-sentence,
  // which belongs to a title ("Meet the Fockers", "World Summit on the Information Society").
  if (ms.some((m) => m.tokenStart <= a && b <= m.tokenEnd && m.tokenEnd - m.tokenStart > b - a)) return null;
  if (a > 0 && /^\p{Lu}/u.test(toks[a]!.text) && !/^["“‘']/.test(toks[a]!.pre)) return null;
  if (rule.phrase[0] === 'meet' || rule.phrase[0] === 'met' || rule.phrase[0] === 'meets') {
    for (let k = b; k < Math.min(toks.length, b + 7); k++) {
      if (low(toks[k]) in NOT_MEETING_OBJECTS) return null;
      if (/[,;:.]/.test(toks[k]!.post)) break;
    }
    // Passive: the object comes first ("the targets for a third runway can be met").
    if (low(toks[a - 1]) in PASSIVE_AUXILIARIES) {
      for (let k = a - 2; k >= Math.max(0, a - 12); k--) {
        if (/[,;:]/.test(toks[k]!.post)) break;
        if (low(toks[k]) in NOT_MEETING_OBJECTS) return null;
      }
    }
  }
  // "the conference stage", "a meeting room": the trigger qualifies the next noun.
  if ((rule.noun || /ing$/.test(rule.phrase[rule.phrase.length - 1]!)) && low(toks[b]) in TRIGGER_MODIFIES && !/[,;:.]/.test(toks[b - 1]!.post)) return null;
  // The clause: back to a boundary, forward to a stop.
  let clauseStart = 0;
  let speaker: Mention | undefined;
  for (let k = a - 1; k >= 0; k--) {
    const w = low(toks[k]);
    if (/;/.test(toks[k]!.post) || (w in CLAUSE_BOUNDARIES && k > 0)) {
      clauseStart = k + 1;
      break;
    }
    if (w in REPORTING_VERBS) {
      clauseStart = k + 1;
      speaker = [...ms].reverse().find((m) => m.tokenEnd <= k && (m.kind === 'person' || m.kind === 'organization'));
      // "told the SEC it expects to meet": the one spoken to is not a party.
      if (w in ADDRESSEE_VERBS) {
        const addressee = ms.find((m) => m.tokenStart >= k + 1 && m.tokenStart <= k + 2);
        if (addressee && addressee.tokenEnd <= a) clauseStart = addressee.tokenEnd;
      }
      break;
    }
  }
  // A sentence that opens with a subordinate clause ("Since Poland rejoined the IMF last June, after ..., IMF teams
  // visited"): the event is in the main clause, after the last comma before the trigger.
  if (clauseStart === 0 && low(toks[0]) in SUBORDINATORS && a > 0) {
    for (let k = a - 1; k > 0; k--) if (/,/.test(toks[k - 1]!.post)) {
      clauseStart = k;
      break;
    }
  }
  // Hypotheticals and proposals govern the clause from outside it too ("proposed that X and Y meet").
  // "have not met since May 13": the last meeting was on that day. A negation followed by "since" and a time is a
  // held meeting at that time, not a denial.
  let lastSince: EventDate = null;
  for (let k = Math.max(0, a - 6); k < a; k++) {
    const w = low(toks[k]);
    if (!(w in NOT_EVENT_CONTEXT)) continue;
    if (w !== 'not' && w !== 'never') return null;
    lastSince ??= sinceDate(doc, toks, b);
    if (!lastSince) return null;
  }
  for (let k = clauseStart; k < Math.min(toks.length, b + 12); k++) if (low(toks[k]) in HABITUAL_MARKERS) return null;
  // A cancelled meeting is neither held nor planned: "the visit was cancelled", "called off talks with".
  const cancelled = (k: number) => low(toks[k]) in CANCELLED_MARKERS || (k > 0 && `${low(toks[k - 1])} ${low(toks[k])}` in CANCELLED_MARKERS);
  // Before the trigger back to the last comma ("called off a visit to Algeria to meet"), after it to the sentence's end.
  for (let k = a - 1; k >= clauseStart && !/[,;:]/.test(toks[k]!.post) && !/^[,;:]$/.test(toks[k]!.text); k--) if (cancelled(k)) return null;
  for (let k = b; k < Math.min(toks.length, b + 10); k++) {
    if (cancelled(k)) return null;
    if (/[;:.]/.test(toks[k]!.post)) break;
  }
  for (let k = clauseStart; k < a; k++) {
    if (low(toks[k]) in URGING_VERBS && toks.slice(k + 1, Math.min(a, k + 5)).some((t) => low(t) === 'to')) return null;
  }
  // Sport: fixtures and matches, not meetings. The whole sentence counts ("Before her meeting with Martinez, Davenport
  // believes there is room for improvement in her game").
  if (toks.some((t) => low(t) in SPORTS_CONTEXT)) return null;
  let clauseEnd = toks.length;
  for (let k = b; k < toks.length; k++) {
    const w = low(toks[k]);
    const prev = toks[k - 1]!;
    if (/;/.test(prev.post) || (w in OBJECT_STOPS && k > b) || w in CLAUSE_BOUNDARIES) {
      clauseEnd = k;
      break;
    }
    // The object ends before the next finite verb ("the meeting with Baker underscored ...").
    if (verbs(k) && !ms.some((m) => m.tokenStart <= k && k < m.tokenEnd)) {
      clauseEnd = k;
      break;
    }
    // Purpose clause: "to deliver", "to discuss" (but not "to Beijing", "to the talks").
    if (w === 'to' && /^\p{Ll}/u.test(toks[k + 1]?.text ?? '') && !['the', 'a', 'an'].includes(low(toks[k + 1]))) {
      clauseEnd = k;
      break;
    }
    // A comma followed by a lowercase word other than a conjunction ends the object (", among other things").
    if (/,/.test(prev.post) && k > b && /^\p{Ll}/u.test(toks[k]!.text) && !['and', 'the', 'on', 'in', 'at'].includes(w)) {
      clauseEnd = k;
      break;
    }
  }
  const status: MeetingStatus = isPlanned(toks, clauseStart, a, clauseEnd) ? 'planned' : 'held';

  // Topics ("to discuss the situation in Ukraine", "focusing on Iran"): what they name is what the meeting is about,
  // never a party.
  const topics = readTopics(doc.article.text, toks, a, clauseEnd);
  const inTopic = (m: Mention) => topics.some((t) => m.tokenStart >= t.from && m.tokenEnd <= t.to);
  // Parties and the place.
  const parties: Party[] = [];
  let place: Mention | null = null;
  const addParty = (m: Mention) => {
    if (!parties.some((p) => p.cluster === m.cluster)) parties.push({ cluster: m.cluster, mention: m });
  };
  for (const m of ms) {
    if (m.tokenStart < clauseStart || m.tokenEnd > clauseEnd) continue;
    if (m.tokenStart >= a && m.tokenEnd <= b) continue;
    if (inTopic(m)) continue;
    const before = low(toks[m.tokenStart - 1]);
    const before2 = low(toks[m.tokenStart - 2]);
    const locative = before in LOCATIVES || (before === 'the' && before2 in LOCATIVES);
    if (m.kind === 'place') {
      if (locative || rule.kind === 'visit') place = preferPlace(place, m);
      continue;
    }
    if (roles.qualifiers.has(m) || m.media || isSourceCredit(doc.article.text, m)) continue;
    if (m.kind === 'state' && locative) {
      const prep = before === 'the' ? before2 : before;
      if (prep === 'from') continue; // "officials from Moscow": their origin, not the venue
      place = preferPlace(place, m);
      // A visited country is a party too, when the visit names no one there.
      if (rule.kind === 'visit' && m.tokenStart >= b) addParty(m);
      continue;
    }
    if (m.kind === 'organization' && locative && (before === 'at' || before2 === 'at')) {
      place = preferPlace(place, m);
      continue;
    }
    if (m.kind === 'person' && before === 'from' && m.tokenStart > b) continue; // "a message from President Putin"
    addParty(m);
  }
  // "Medvedev also said he and Xi discussed": a pronoun subject after a reporting verb is the speaker; so is the
  // implicit party of "X said the meeting with Y ..." and of "their meeting".
  if (speaker && !parties.some((p) => p.cluster === speaker!.cluster)) {
    const pronoun = toks.slice(clauseStart, a).some((t) => PRONOUN_SUBJECTS.has(low(t)) && (low(t) !== 'it' || speaker!.kind === 'organization')) || ['his', 'her', 'its', 'their'].includes(low(toks[a - 1]));
    const subjectless = rule.noun && low(toks[b]) === 'with' && !parties.some((p) => p.mention.tokenEnd <= a);
    if (pronoun || subjectless) addParty(speaker);
  }
  // A clause with no subject of its own ("after having completed a trip to ...", "flying to Japan for talks with ..."):
  // the sentence's subject, its first person before the clause.
  if (clauseStart > 0 && !parties.some((p) => p.mention.tokenEnd <= a) && !speaker) {
    const subject = ms.find((m) => m.kind === 'person' && m.tokenEnd <= clauseStart && !roles.qualifiers.has(m));
    if (subject) addParty(subject);
  }
  // "He was speaking at ... a meeting of ...": a pronoun subject with no one named before the trigger is the last person
  // named in the two sentences before.
  if (!speaker && !parties.some((p) => p.mention.kind === 'person' && p.mention.tokenEnd <= a) && toks.slice(clauseStart, a).some((t) => low(t) === 'he' || low(t) === 'she')) {
    // The subject of the nearest sentence naming someone: its first person, not the last one it mentions ("Ina Kirsch
    // told the AP her group never worked with Manafort. She said she had met with Manafort twice").
    const before = doc.mentions.filter((m) => m.kind === 'person' && m.sentence < s.index && m.sentence >= s.index - 2 && !roles.qualifiers.has(m));
    const nearest = before.length ? before[before.length - 1]!.sentence : -1;
    const prev = before.find((m) => m.sentence === nearest);
    if (prev) addParty(prev);
  }
  // "committee members discussed", "the council decided": a lowercase head noun is the one organization of the
  // article whose name ends with it.
  if (!parties.length) {
    // A fronted phrase ("At a telephone conference on February 23, committee members ...") has its subject just after
    // the comma that closes it.
    const reach = /,/.test(toks[clauseEnd - 1]?.post ?? '') ? Math.min(toks.length, clauseEnd + 3) : clauseEnd;
    for (let k = clauseStart; k < reach; k++) {
      const w = low(toks[k]);
      if (k >= a && k < b) continue;
      if (!(w in ORGANIZATION_HEAD_NOUNS) || !/^\p{Ll}/u.test(toks[k]!.text) || ms.some((m) => m.tokenStart <= k && k < m.tokenEnd)) continue;
      const named = doc.mentions.filter((m) => m.kind === 'organization' && m.sentence <= s.index && m.label.toLowerCase().endsWith(` ${w}`));
      const distinct = [...new Map(named.map((m) => [m.label, m])).values()];
      if (distinct.length === 1) addParty(distinct[0]!);
      break;
    }
  }
  // "The two are due to visit Japan": the people named in the previous sentence.
  // The longest phrase that opens the clause ("the two sides" rather than "the two").
  const anaphor = parties.some((p) => p.mention.tokenEnd <= a)
    ? undefined
    : PLURAL_ANAPHORS.filter((ph) => ph.words.every((w, j) => low(toks[clauseStart + j]) === w)).sort((x, y) => y.words.length - x.words.length)[0];
  if (anaphor) {
    const prev = doc.mentions.filter((m) => m.sentence === s.index - 1 && !m.media && !roles.qualifiers.has(m));
    const people = [...new Map(prev.filter((m) => m.kind === 'person').map((m) => [m.cluster, m])).values()];
    const bodies = [...new Map(prev.filter((m) => m.kind === 'organization' || m.kind === 'state').map((m) => [m.cluster, m])).values()];
    if (people.length >= 2 && people.length <= 3) for (const m of people) addParty(m);
    else if (anaphor.refersTo === 'sides' && bodies.length === 2) for (const m of bodies) addParty(m);
  }
  // "visited the tomb of Yasser Arafat", "will visit an orphanage": a visit to a site, whose owner or namesake is no
  // host. Only a name right after the verb (titles and a possessive aside) is the one visited.
  if (['visit', 'visits', 'visited', 'visiting'].includes(rule.phrase[0]!)) {
    const next = low(toks[b]);
    if (next in DETERMINERS && /^\p{Ll}/u.test(toks[b + 1]?.text ?? '') && !isTitleWord(toks[b + 1]!.text)) {
      for (let k = parties.length - 1; k >= 0; k--) if (parties[k]!.mention.tokenStart > b) parties.splice(k, 1);
    }
  }
  const persons = parties.filter((p) => p.mention.kind === 'person');
  // A visit to a country is an official one only when the visitor holds an office the article names (a minister's
  // trip, not a band's tour).
  // An office holder: tied to a state or organization, or titled ("Foreign Secretary Jack Straw").
  const titled = (m: Mention) => !!roles.ties.get(m.cluster)?.length || isTitleWord(toks[m.tokenStart - 1]?.text ?? '');
  if (rule.kind === 'visit' && persons.length === 1 && parties.length === 2 && parties.some((p) => p.mention.kind === 'state') && !titled(persons[0]!.mention)) return null;
  // A tour or a trip is a meeting when an office holder or a state travels (a minister's tour of Asia); a band's world
  // tour, a team's tour, a robot's tour are not.
  if (rule.phrase[0] === 'tour' || rule.phrase[0] === 'trip') {
    const travellers = parties.filter((p) => p.mention.tokenStart < a);
    const official = travellers.some((p) => p.mention.kind === 'state' || (p.mention.kind === 'person' && titled(p.mention)));
    if (!official) return null;
  }
  // Hosting is between a host and a guest: "X hosted Y", "Y was hosted by X". Two names after "hosted by" are co-hosts
  // of a show, and "the hosts" / "its hosts" is a noun.
  if (rule.kind === 'host') {
    if (low(toks[a - 1]) in DETERMINERS) return null;
    const located = (m: Mention) => low(toks[m.tokenStart - 1]) in LOCATIVES || (low(toks[m.tokenStart - 1]) === 'the' && low(toks[m.tokenStart - 2]) in LOCATIVES);
    if (!parties.some((p) => p.mention.tokenEnd <= a) || !parties.some((p) => p.mention.tokenStart >= b && !located(p.mention))) return null;
  }
  // With people on both sides, a visited country is the place, not a party.
  const finalParties = persons.length >= 2 ? parties.filter((p) => p.mention.kind !== 'state' || !(place && place.cluster === p.cluster)) : parties;
  if (rule.needsCounterpart && finalParties.length < 2) return null;

  // An organization's own session: "the FOMC meeting", "OPEC ministers met", "at the prior meeting, the FOMC set".
  const sole = finalParties.length === 1 ? finalParties[0]!.mention : undefined;
  const legislature = !!sole && sole.label.split(/\s+/).some((w) => w.toLowerCase() in LEGISLATURE_WORDS);
  const session = !!sole && sole.kind === 'organization' && !legislature && (rule.kind === 'meeting' || rule.kind === 'conference' || rule.kind === 'summit' || rule.kind === 'call') && low(toks[b]) !== 'with';

  // A definite description ("the meeting", "the talks") with fewer than two parties refers to an earlier event.
  if (finalParties.length < 2 && !session) {
    const det = low(toks[a - 1]);
    if (rule.noun && (det === 'the' || det === 'that' || det === 'this')) {
      const last = [...earlier].reverse().find((m) => m.sentences.some((x) => x >= s.index - 3) && finalParties.every((p) => m.parties.some((q) => q.cluster === p.cluster)));
      if (last && !last.sentences.includes(s.index)) last.sentences.push(s.index);
    }
    return null;
  }

  const tense = status === 'planned' ? 'future' : 'past';
  const date = lastSince ?? pickDate(doc, s, a, clauseStart, clauseEnd, tense, earlier);
  // "conversations with Domenici ..., and with Wright": a repeated "with" names separate encounters, one each.
  const withAt = toks.map((t, k) => (k >= b && k < clauseEnd && low(t) === 'with' ? k : -1)).filter((k) => k >= 0);
  if (withAt.length >= 2 && !session) {
    const groupOf = (m: Mention) => withAt.filter((k) => k < m.tokenStart).length;
    const shared = finalParties.filter((p) => p.mention.tokenStart < withAt[0]!);
    const groups = withAt.map((_, g) => finalParties.filter((p) => p.mention.tokenStart > withAt[0]! && groupOf(p.mention) === g + 1));
    if (shared.length && groups.every((g) => g.length)) {
      const trigger = toks.slice(a, b).map((t) => t.text).join(' ');
      const group = nextGroup++;
      for (const g of groups.slice(0, -1)) earlier.push({ parties: [...shared, ...g], place, date, status, trigger, topics: topics.map((t) => t.text), about: [], sentences: [s.index], session: false, group });
      return { parties: [...shared, ...groups[groups.length - 1]!], place, date, status, trigger, topics: topics.map((t) => t.text), about: [], sentences: [s.index], session: false, group };
    }
  }
  // A trip to several countries ("a week-long trip to the United States, France, Italy and Switzerland") is one event
  // per country: the travellers meet each one.
  const visited = rule.kind === 'visit' ? finalParties.filter((p) => p.mention.kind === 'state' && p.mention.tokenStart >= b) : [];
  if (visited.length >= 2) {
    const travellers = finalParties.filter((p) => !visited.includes(p));
    if (travellers.length) {
      const group = nextGroup++;
      for (const v of visited.slice(0, -1)) {
        earlier.push({ parties: [...travellers, v], place: v.mention, date, status, trigger: toks.slice(a, b).map((t) => t.text).join(' '), topics: [], about: [], sentences: [s.index], session: false, group });
      }
      const last = visited[visited.length - 1]!;
      return { parties: [...travellers, last], place: last.mention, date, status, trigger: toks.slice(a, b).map((t) => t.text).join(' '), topics: [], about: [], sentences: [s.index], session: false, group };
    }
  }
  return {
    parties: finalParties,
    place,
    date,
    status: status === 'held' && date && doc.refDate && date.length === 10 && date > doc.refDate ? 'planned' : status,
    trigger: toks.slice(a, b).map((t) => t.text).join(' '),
    topics: topics.map((t) => t.text),
    about: ms.filter((m) => inTopic(m) && !finalParties.some((p) => p.cluster === m.cluster)),
    sentences: [s.index],
    session,
  };
}

/** "have not met since May 13": the day after "since" (within six tokens of the trigger), or null. */
function sinceDate(doc: Doc, toks: Token[], b: number): EventDate {
  for (let k = b; k < Math.min(toks.length - 1, b + 6); k++) {
    if (low(toks[k]) !== 'since' || !/^(\d|\p{Lu})/u.test(toks[k + 1]!.text)) continue;
    const after = doc.article.text.slice(toks[k + 1]!.start, toks[Math.min(toks.length - 1, k + 4)]!.end);
    return findDates(after, doc.refDate, 'past').find((e) => e.start === 0)?.date ?? null;
  }
  return null;
}

/** A person credited as the source of what the sentence says, not a party to it: the author of an embedded post
 * ("— Faisal Islam (@faisalislam) June 24, 2016") or of a work ("Landler's account shows ..."). */
function isSourceCredit(text: string, m: Mention): boolean {
  if (m.kind !== 'person') return false;
  const after = text.slice(m.end, m.end + 40);
  if (/^\s*\(\s*@\w/u.test(after)) return true;
  const work = /^['’]s\s+(\p{L}+)/u.exec(after);
  return !!work && work[1]!.toLowerCase() in AUTHORED_WORKS;
}

function isPlanned(toks: Token[], clauseStart: number, a: number, clauseEnd: number): boolean {
  for (let k = clauseStart; k < a; k++) if (low(toks[k]) in PLANNED_MARKERS) return true;
  // "to meet" as an infinitive of intention: "plans to meet", "is to visit"
  if (low(toks[a - 1]) === 'to' && ['is', 'are', 'was', 'were', 'due', 'set', 'scheduled', 'expected', 'plans', 'planned', 'going', 'agreed', 'decided'].includes(low(toks[a - 2]))) return true;
  for (let k = a; k < Math.min(clauseEnd, a + 12); k++) if (['next', 'tomorrow', 'upcoming'].includes(low(toks[k]))) return true;
  return false;
}

function preferPlace(current: Mention | null, m: Mention): Mention {
  if (!current) return m;
  const rank = (x: Mention) => (x.kind === 'place' ? 2 : x.kind === 'organization' ? 1 : 0);
  return rank(m) > rank(current) ? m : current;
}

function pickDate(doc: Doc, s: DocSentence, a: number, clauseStart: number, clauseEnd: number, tense: 'past' | 'future', earlier: MeetingCandidate[]): EventDate {
  const text = doc.article.text;
  const exprs = findDates(text.slice(s.start, s.end), doc.refDate, tense).map((e) => ({ ...e, start: e.start + s.start, end: e.end + s.start }));
  const trigAt = s.tokens[a]!.start;
  const from = s.tokens[clauseStart]?.start ?? s.start;
  const to = s.tokens[clauseEnd - 1]?.end ?? s.end;
  const pool = exprs.filter((e) => e.start >= from && e.end <= to + 1);
  if (pool.length) {
    pool.sort((x, y) => Math.abs(x.start - trigAt) - Math.abs(y.start - trigAt));
    return pool[0]!.date;
  }
  if (SAME_TIME_PHRASES.test(text.slice(s.start, s.end))) {
    const prev = [...earlier].reverse().find((m) => m.date);
    if (prev) return prev.date;
  }
  return null;
}

function readTopics(text: string, toks: Token[], a: number, clauseEnd: number): Array<{ text: string; from: number; to: number }> {
  const out: Array<{ text: string; from: number; to: number }> = [];
  for (let k = Math.max(0, a - 1); k < toks.length; k++) {
    for (const intro of TOPIC_INTRODUCERS) {
      if (intro.every((w, j) => low(toks[k + j]) === w)) {
        const s = k + intro.length;
        let e = s;
        while (e < toks.length && e - s < 10 && !TOPIC_STOPS.has(low(toks[e]))) {
          e++;
          if (/[,;:.()"“”]/.test(toks[e - 1]!.post)) break;
        }
        if (e > s) {
          const topic = text.slice(toks[s]!.start, toks[e - 1]!.end).replace(/^(the|a|an)\s+/i, '');
          if (topic.length > 2) out.push({ text: topic, from: s, to: e });
        }
        return out;
      }
    }
    if (k > clauseEnd + 2) break;
  }
  return out;
}

/** Whether two places can be the same meeting's (equal, one missing, or one inside the other's state). */
export function placesCompatible(x: Mention | null, y: Mention | null): boolean {
  if (!x || !y || x.cluster === y.cluster) return true;
  const stateOf = (m: Mention) => (m.kind === 'state' ? m.iso : m.stateIso);
  const sx = stateOf(x);
  const sy = stateOf(y);
  // A venue and its city, or a city and its country: one place at two levels of detail.
  return !!sx && sx === sy;
}

function datesCompatible(x: EventDate, y: EventDate): boolean {
  return !x || !y || x.startsWith(y) || y.startsWith(x);
}

/** Merges a candidate into an earlier event of the article when they share their parties and nothing conflicts. */
function mergeInto(list: MeetingCandidate[], cand: MeetingCandidate): void {
  for (const m of list) {
    if (cand.group !== undefined && m.group === cand.group) continue;
    const shared = cand.parties.filter((p) => m.parties.some((q) => q.cluster === p.cluster)).length;
    // Two triggers of one sentence ("visited China to hold talks with Xi") need share only one party.
    const sameSentence = cand.sentences.some((x) => m.sentences.includes(x));
    const need = sameSentence ? 1 : Math.min(2, cand.parties.length, m.parties.length);
    if (shared < need || m.status !== cand.status || !datesCompatible(m.date, cand.date) || !placesCompatible(m.place, cand.place)) continue;
    for (const p of cand.parties) if (!m.parties.some((q) => q.cluster === p.cluster)) m.parties.push(p);
    if (!m.date || (cand.date && cand.date.length > m.date.length)) m.date = cand.date;
    m.place = m.place && cand.place ? preferPlace(m.place, cand.place) : (m.place ?? cand.place);
    for (const t of cand.topics) if (!m.topics.includes(t)) m.topics.push(t);
    for (const x of cand.about) if (!m.about.some((y) => y.cluster === x.cluster)) m.about.push(x);
    for (const x of cand.sentences) if (!m.sentences.includes(x)) m.sentences.push(x);
    // With people on both sides, a visited country is the place, not a party.
    if (m.parties.filter((p) => p.mention.kind === 'person').length >= 2 && m.place) m.parties = m.parties.filter((p) => p.mention.kind !== 'state' || p.cluster !== m.place!.cluster);
    return;
  }
  list.push(cand);
}
