/**
 * Step 5: meeting events. Every occurrence of a trigger (the rule table of gazetteer/meetings.ts, the CAMEO lexicon
 * of gazetteer/cameo-triggers.ts and the journeys of meeting-triggers.ts) is a candidate. The clause rules read it as before (the trigger's clause, its subject
 * and object, the speaker, a pronoun's antecedent, "the two sides", locatives, topics, planned markers, time
 * expressions) and the rule tables that speak against it become vetoes; all of that is features. The learned
 * decisions of meeting-model.ts then choose the participants among the people, states and organizations of the
 * sentence, the sentence before and the article's most mentioned ones; whether the candidate is a meeting; its date
 * among the sentence's time expressions (or none); its place among the places stated with a locative (or none); and
 * whether it is held or planned. Then:
 * - a definite description ("the meeting", "their talks") of an earlier event's parties adds its sentence to it;
 * - a repeated "with", a trip to several countries and a list of three or more people a meeting verb names ("will meet
 *   A, B, C and D") are one event each;
 * - candidates of one article that share their parties, dates and places are one event ("talks" and the "joint news
 *   conference" of one visit).
 */
import {
  TRIGGERS, NOT_MEETING_OBJECTS, PERSONAL_RELATIONS, NOT_EVENT_CONTEXT, PLANNED_MARKERS, CLAUSE_BOUNDARIES, REPORTING_VERBS, OBJECT_STOPS,
  HOSTED_MEALS, LOCATIVES, PLACE_MODIFIERS, PLACE_NOUNS, SAME_TIME_PHRASES, TOPIC_INTRODUCERS, SUBORDINATORS, HABITUAL_MARKERS, PLURAL_ANAPHORS, ADDRESSEE_VERBS, LEGISLATURE_WORDS,
  SPORTS_CONTEXT, ORGANIZATION_HEAD_NOUNS, URGING_VERBS, SESSION_PART_VERBS, TRAVEL_VERBS, AUTHORED_WORKS,
  SPORTS_FIXTURE_TRIGGERS, TRIGGER_MODIFIES, CANCELLED_MARKERS, POSTPONED_MARKERS, REQUEST_VERBS, DETERMINERS, PASSIVE_AUXILIARIES,
  type TriggerRule, type TriggerKind,
} from '../gazetteer/meetings.js';
import { CAMEO_TRIGGERS } from '../gazetteer/cameo-triggers.js';
import { wordTable } from '../gazetteer/normalize.js';
import { impliedParties, OFFICIAL_GROUPS, stateAt } from './meeting-parties.js';
import { statusCues } from './meeting-status.js';
import { best, defaultMeetingModel, reasons, score, type MeetingModel } from './meeting-model.js';
import { lowerWord, type Token } from '../nlp/tokenize.js';
import { tokenTags } from '../nlp/nlp.js';
import { FORMER_MARKERS, isTitleWord } from '../gazetteer/titles.js';
import { isInternationalBody } from '../gazetteer/organizations.js';
import { stateByDemonym, stateOnDate } from '../gazetteer/states.js';
import type { MeetingCandidateExplanation, MeetingStatus } from '../types.js';
import { datelineSpan, daysFrom, findDates, monthNumber, statedYears, type EventDate, type TimeExpression } from './dates.js';
import type { Doc, DocSentence, Mention } from './model.js';
import type { RoleResult } from './04-roles.js';
import { isScoreline, isSportsArticle } from './teams.js';
import { unnamedCounterpart } from './meeting-sessions.js';
import { readBodySession } from './meeting-bodies.js';
import { anotherSitting, callAndEncounter, datedReports, datesEvent, framedOccasion, type DatedReport, namesOnlyPartiesOf, nounReference, referent, sessionReferent } from './meeting-coref.js';
import { FRAME_VETOES, readFrame } from './meeting-frame.js';
import { GENRE_VETOES, readGenre, readOccasion } from './meeting-genre.js';
import { CONSULT_VETOES, readConsult, readNounSense, readSense, SENSE_VETOES } from './meeting-sense.js';
import { agendaVeto, cabinetSession, holdsGathering, journeyDestination, JOURNEY_REASON, travelTrigger } from './meeting-triggers.js';
import { inheritPlaceScore, isMonthWord, mergedPlace, narrowestPlace, withoutTopicPlaces, notePlaceScore, placeRelationFeatures, type TriggerSpan } from './meeting-places.js';
import { dateAttachment, inSinceClause } from './meeting-date-attach.js';

/** The meeting feature of a candidate whose counterpart is a body the report does not name. */
const UNNAMED_COUNTERPART = 'unnamed-counterpart';

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
  /** Of a split candidate, the parties it was split by (the country of a tour, the person of a list): it joins only an
   * event that has them. */
  counterparts?: number[];
  /** The groups of split candidates this event has taken in: it takes one candidate of a group at most. */
  groupsTaken?: number[];
  /** How its first trigger refers: a definite noun ("the talks") names an event the article already reported. */
  reference?: 'definite' | 'new' | null;
  /** Sentences in which a mention of it is framed as the occasion beside another event ("on the sidelines of a
   * summit", "ahead of an EU summit"): there it is another gathering than the sentence's other triggers. */
  framedIn?: number[];
  /** Its first trigger names another sitting than one the reader knows of ("their next meeting", "met again"). */
  another?: boolean;
  /** How far the learned date decision put its date above no date (0 without a date): what a date read elsewhere of
   * the same event must beat to replace it (datedReports). */
  dateScore?: number;
  /** The trigger that first dated it stated that date in its own sentence (not read from a neighbouring one). */
  dateHere?: boolean;
}

/** One option of a choice among several (a date, a place), with its features. */
export interface Choice<T> {
  value: T;
  features: string[];
  text?: string;
  /** A date read for one status only: "on Thursday" is the Thursday before in a report of a held meeting and the next
   * one for a planned meeting. The option stands only when the status decision agrees. */
  tense?: 'past' | 'future';
}

/** The date options that stand for a status. An option's place relative to the reference day (its `ref:` feature) is
 * also read with the status: a held meeting lies on or before the day of the report, or runs on from it for a few days
 * ("meeting here until Friday"); a planned one lies on or after it. */
export function datesFor<T>(options: Choice<T>[], status: MeetingStatus): Choice<T>[] {
  const tense = status === 'planned' ? 'future' : 'past';
  return options
    .filter((o) => !o.tense || o.tense === tense)
    .map((o) => (o.features.some((f) => f.startsWith('ref:')) ? { ...o, features: [...o.features, ...o.features.filter((f) => f.startsWith('ref:')).map((f) => `${f}|${status}`)] } : o));
}

/** Where a date lies relative to the reference day: the same day, a day or week before or after, or further; a month
 * before, the same month, or after. */
function refRelation(date: string, refDate: string | null): string[] {
  if (!refDate) return [];
  if (date.length === 7) {
    const month = refDate.slice(0, 7);
    return [`ref:month-${date < month ? 'before' : date === month ? 'same' : 'after'}`];
  }
  const days = daysFrom(date, refDate);
  if (!Number.isFinite(days)) return [];
  const bucket = days < -7 ? 'before-far' : days < -1 ? 'before-week' : days <= 1 ? (days === 0 ? 'same-day' : days < 0 ? 'day-before' : 'day-after') : days <= 7 ? 'after-week' : 'after-far';
  return [`ref:${bucket}`];
}

/** A person, state or organization that may be a party to a candidate, with its features. */
export interface PoolEntry {
  mention: Mention;
  features: string[];
  /** The states the entry acts for as of the article's date (sideStates). */
  states: string[];
}

/** One trigger occurrence as the learned decisions see it. */
export interface RawCandidate {
  sentence: number;
  /** Token range of the trigger in its sentence. */
  a: number;
  b: number;
  rule: TriggerRule;
  trigger: string;
  /** The rule tables that speak against reading it as a meeting (features, not decisions). */
  vetoes: string[];
  features: string[];
  pool: PoolEntry[];
  dateOptions: Choice<EventDate>[];
  placeOptions: Choice<Mention | null>[];
  statusFeatures: string[];
  topics: string[];
  about: Mention[];
  clauseEnd: number;
  /** The party that stands for a national cabinet whose own session the trigger names (its country), if any. */
  cabinet?: number;
}

/** The decision on one candidate and its strongest reasons, for `kg extract --explain` (the extraction's contract). */
export type CandidateTrace = MeetingCandidateExplanation;

export interface MeetingOptions {
  /** The learned decisions (default: the shipped models/meetings.json). */
  model?: MeetingModel;
  /** Receives every candidate's decision and reasons. */
  trace?: CandidateTrace[];
  /** Receives every candidate as the decisions see it (for training). */
  raw?: RawCandidate[];
}

/** Every veto a rule table can raise, as the meeting decision's feature names (`veto:` + name): training starts them
 * from a prior weight, whether or not the annotated articles show them. */
export const VETO_FEATURES: string[] = [
  'agenda', 'cancelled-after', 'cancelled-before', 'postponed-undated', 'request', 'capitalised', 'habitual', 'personal-encounter', 'host-no-guest', 'host-noun', 'inside-name', 'negated', 'no-counterpart',
  'not-meeting-object', 'passive-not-meeting-object', 'sports-sentence', 'sports-article', 'sports-fixture', 'sports-scoreline', 'tour-unofficial',
  'trigger-modifies', 'urging', 'visit-untitled',
  ...new Set(Object.values(NOT_EVENT_CONTEXT).map((reason) => `not-event:${reason}`)),
  ...Object.keys(FRAME_VETOES),
  ...Object.keys(GENRE_VETOES),
  ...Object.keys(SENSE_VETOES),
  ...Object.keys(CONSULT_VETOES),
].map((v) => `veto:${v}`);

let nextGroup = 1;


/** Words between a verb of asking and a trigger noun that make the noun no object of the verb (prepositions). */
const REQUEST_BREAKS = wordTable({
  in: 'in', on: 'on', of: 'of', for: 'for', from: 'from', to: 'to', with: 'with', by: 'by', at: 'at', during: 'during',
  after: 'after', before: 'before', through: 'through', over: 'over', under: 'under', about: 'about', into: 'into',
  against: 'against', between: 'between', among: 'among', since: 'since', until: 'until', without: 'without', within: 'within',
});

/** Words that open another clause after a trigger noun: a marker of postponement past them is another event's ("met
 * in Paris after the summit was postponed"). */
const POSTPONED_STOPS = new Set(['after', 'before', 'because', 'when', 'while', 'since', 'until', 'as', 'but', 'which', 'who', 'that', 'where']);

/** Trigger rules by their first word, longest phrase first. */
const TRIGGERS_BY_FIRST = new Map<string, TriggerRule[]>();
for (const rule of TRIGGERS) (TRIGGERS_BY_FIRST.get(rule.phrase[0]!) ?? TRIGGERS_BY_FIRST.set(rule.phrase[0]!, []).get(rule.phrase[0]!)!).push(rule);

/** CAMEO codes as trigger kinds. */
const CAMEO_KINDS: Record<string, TriggerKind> = { '036': 'meeting', '040': 'meeting', '041': 'call', '042': 'visit', '043': 'host', '044': 'meeting', '045': 'negotiation', '046': 'negotiation' };
/** Words of the CAMEO lexicon that the table does not have, as one-word rules. A verb of consulting (040: "discuss",
 * "consult") names a meeting only with a counterpart ("discussed the plan with Y", "X and Y discussed"). */
const CAMEO_RULES = new Map<string, TriggerRule>();
for (const c of CAMEO_TRIGGERS) {
  if (TRIGGERS_BY_FIRST.get(c.word)?.some((r) => r.phrase.length === 1)) continue;
  CAMEO_RULES.set(c.word, { phrase: [c.word], kind: CAMEO_KINDS[c.code] ?? 'meeting', noun: c.pos === 'noun', reason: `CAMEO ${c.code}`, cameo: c.code, ...(c.code === '040' && c.pos === 'verb' ? { needsCounterpart: true } : {}) });
}

const triggerSpansOf = new WeakMap<Token[], TriggerSpan[]>();
/** The meeting words of a sentence (read once per sentence), in order, but for those inside one of its names (`names`:
 * the sentence's mentions; "the Regional Conference on Fisheries"). */
function triggerSpans(toks: Token[], names: Mention[]): TriggerSpan[] {
  const known = triggerSpansOf.get(toks);
  if (known) return known;
  const out: TriggerSpan[] = [];
  triggerSpansOf.set(toks, out);
  for (let i = 0; i < toks.length; i++) {
    const rule = matchTrigger(toks, i);
    if (!rule) continue;
    if (names.some((m) => m.tokenStart <= i && m.tokenEnd > i)) continue;
    out.push({ a: i, b: i + rule.phrase.length, noun: rule.noun });
    i += rule.phrase.length - 1;
  }
  return out;
}

function matchTrigger(toks: Token[], i: number): TriggerRule | undefined {
  const rules = TRIGGERS_BY_FIRST.get(lowerWord(toks[i]));
  if (!rules) return CAMEO_RULES.get(lowerWord(toks[i]));
  for (const rule of rules) {
    const n = rule.phrase.length;
    if (i + n > toks.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) if (lowerWord(toks[i + k]) !== rule.phrase[k]) ok = false;
    if (ok) return rule;
  }
  return CAMEO_RULES.get(lowerWord(toks[i]));
}

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it']);
/** compromise tags that make a word a finite verb: the object of a trigger ends before one. */
const FINITE_VERB_TAGS = ['PastTense', 'PresentTense', 'Modal', 'Copula'];

/** Which tokens of a sentence are finite verbs, by compromise's tags of the sentence (read only for sentences with a
 * trigger); only those from the word before the trigger on count: the verbs there end the trigger's clause. */
function finiteVerbs(text: string, s: DocSentence, from: number): boolean[] {
  const tags = tokenTags(text, s.tokens, s.end);
  return s.tokens.map((_, i) => {
    const t = tags[i]!;
    if (i < from - 1 || !FINITE_VERB_TAGS.some((x) => t.includes(x)) || t.includes('Gerund') || t.includes('Participle')) return false;
    // "aid donors grouped in the IGGI": a past form between a noun and a preposition is a reduced relative clause.
    const prev = tags[i - 1] ?? [];
    const next = tags[i + 1] ?? [];
    if (t.includes('PastTense') && prev.includes('Noun') && !prev.includes('Pronoun') && next.includes('Preposition')) return false;
    // "the election campaign with": a bare present form after a determiner and a singular noun is read as the head of a
    // compound noun, as a finite verb there would mostly agree with a singular subject and end in -s. The reading is
    // wrong for a collective noun's plural agreement ("the council meet with") and for a bare verb after "let" or
    // "help" ("let the minister speak with"): compromise's tags do not tell them apart.
    if (t.includes('Infinitive') && !t.includes('Copula') && !t.includes('Modal') && prev.includes('Singular') && !prev.includes('Pronoun') && (tags[i - 2] ?? []).includes('Determiner')) return false;
    // "with allied leaders", "the affected families": a past form between a preposition or a determiner and a noun
    // modifies the noun.
    return !(t.includes('PastTense') && (prev.includes('Preposition') || prev.includes('Determiner')) && next.includes('Noun') && !next.includes('Pronoun'));
  });
}
/** Words that end a topic phrase. */
const TOPIC_STOPS = new Set(['among', 'while', 'but', 'which', 'and', 'with', 'after', 'before']);

export function extractMeetings(doc: Doc, roles: RoleResult, options: MeetingOptions = {}): MeetingCandidate[] {
  const model = options.model ?? defaultMeetingModel();
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(m);
  // Descriptions ("the Chinese President") stand for their person as a party.
  for (const d of roles.descriptions) {
    const virtual: Mention = { ...d.person, start: d.start, end: d.end, sentence: d.sentence, tokenStart: d.tokenStart, tokenEnd: d.tokenEnd, text: doc.article.text.slice(d.start, d.end) };
    (bySentence.get(d.sentence) ?? bySentence.set(d.sentence, []).get(d.sentence)!).push(virtual);
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.tokenStart - b.tokenStart);

  const sports = isSportsArticle(doc.sentences);

  const out: MeetingCandidate[] = [];
  const reports: DatedReport[] = [];
  // The candidates a visit trigger made (read by placeByVisit).
  const visits = new WeakSet<MeetingCandidate>();
  for (const s of doc.sentences) {
    if (s.boilerplate || s.headline) continue;
    const toks = s.tokens;
    const ms = bySentence.get(s.index) ?? [];
    // Tagging is the costly part: done once per sentence, and only when a candidate gets as far as needing it.
    let mask: boolean[] | undefined;
    // A sentence that names no one needs no clause boundaries by verbs: they only place names in or out of the clause.
    // Triggers are read left to right, so the first one's tagging covers the later ones' clauses.
    let from = 0;
    const verbs = (k: number): boolean => ms.length > 0 && ((mask ??= finiteVerbs(doc.article.text, s, from))[k] ?? false);
    let earlierTrigger = false;
    for (let i = 0; i < toks.length; i++) {
      const rule = matchTrigger(toks, i) ?? travelTrigger(toks, i, ms);
      if (!rule) continue;
      const end = i + rule.phrase.length;
      const vetoes: string[] = [];
      const agenda = agendaVeto(toks, i, rule, earlierTrigger);
      if (agenda) vetoes.push(agenda);
      earlierTrigger = true;
      // An athletics "meeting" is named ("Sunday's Leipzig International meeting"); other triggers are fixtures.
      // Talks and negotiations (the table's words) are no fixture: in an article about sport they are a club's talks
      // with a player or another club ("held talks with the manager on Saturday"), which the meeting decision weighs as
      // a feature of their own rather than under the veto of the article's other triggers.
      const talks = (rule.kind === 'talks' || rule.kind === 'negotiation') && !rule.cameo;
      if (sports && !talks) vetoes.push('sports-article');
      if (sports && (rule.phrase.join(' ') in SPORTS_FIXTURE_TRIGGERS || (rule.phrase[0] === 'meeting' && /^\p{Lu}/u.test(toks[i - 1]?.text ?? '')))) vetoes.push('sports-fixture');
      if (!mask) from = i;
      const raw = readCandidate(doc, s, ms, i, end, rule, roles, out, verbs, vetoes);
      if (sports && talks) raw.features.push(`sports-article|${rule.kind}`);
      options.raw?.push(raw);
      i = end - 1;
      for (const cand of decide(doc, raw, model, out, options.trace, reports)) {
        inheritPlaceScore(raw, cand);
        if (rule.kind === 'visit') visits.add(cand);
        mergeInto(out, cand, doc.refDate);
      }
    }
  }
  // The article's own mentions by sentence, in order (without the descriptions that stand for people above).
  const named: Mention[][] = doc.sentences.map(() => []);
  for (const m of doc.mentions) named[m.sentence]!.push(m);
  for (const list of named) list.sort((x, y) => x.tokenStart - y.tokenStart);
  consolidate(out, doc.refDate);
  datedReports(out, reports, doc.refDate);
  attachSessionReferences(doc, named, out);
  placeByVisit(out, visits);
  narrowPlaces(doc, named, out);
  return out.filter((m) => m.parties.length >= 2 || (m.session && m.parties.length === 1));
}

/**
 * A visit's encounters are where the visit goes: "Berg begins a five-day visit to Ottawa on Monday. Berg said she
 * will meet the prime minister, the finance minister ..." places each meeting of the second sentence in Washington.
 * A meeting with no place of its own takes the place of a visit of the same status, reported in its sentence or the one
 * before, by one of its people, when only one place is so given and it is not one of the meeting's parties.
 */
function placeByVisit(out: MeetingCandidate[], visits: WeakSet<MeetingCandidate>): void {
  for (const m of out) {
    if (m.place || visits.has(m)) continue;
    const first = Math.min(...m.sentences);
    const people = new Set(m.parties.filter((p) => p.mention.kind === 'person').map((p) => p.cluster));
    const places = new Map<number, Mention>();
    for (const v of out) {
      if (v === m || !visits.has(v) || !v.place || v.status !== m.status) continue;
      if (!v.sentences.some((x) => x === first || x === first - 1)) continue;
      if (!v.parties.some((p) => people.has(p.cluster))) continue;
      places.set(v.place.cluster, v.place);
    }
    const place = places.size === 1 ? [...places.values()][0]! : null;
    if (place && !m.parties.some((p) => p.cluster === place.cluster)) m.place = place;
  }
}

/**
 * A meeting placed in a country is placed in a city of that country when one of its people travels there in the article
 * ("heading to Kenya for talks ... will arrive in Nairobi on Monday"): the one city so named, else the country stays.
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
        const prep = lowerWord(s.tokens[city.tokenStart - 1]);
        // "will fly to Tokyo", "arrived in Tokyo", or where a visit goes ("visiting Beijing", "a visit to Peking").
        if (((prep === 'to' || prep === 'in') && lowerWord(s.tokens[city.tokenStart - 2]) in TRAVEL_VERBS) || visitDestination(s.tokens, city)) found.set(city.cluster, { city, sentence: s.index });
      }
    }
    if (found.size !== 1) continue;
    const { city, sentence } = [...found.values()][0]!;
    m.place = city;
    if (!m.sentences.includes(sentence)) m.sentences.push(sentence);
  }
}

/**
 * A dated session of one body is referred to by its month elsewhere in the article ("The March board voted six to
 * two"): those sentences are evidence of it, and the people they (or, after a vote, the next sentence) show taking
 * part (SESSION_PART_VERBS: "Governor Ana Ruiz ... favored a rate cut") are its participants. When two sessions of
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
      const vote = s.tokens.some((t) => SESSION_PART_VERBS[lowerWord(t)] === 'vote');
      for (const k of vote ? [s.index, s.index + 1] : [s.index]) {
        const sentence = doc.sentences[k];
        if (!sentence || sentence.boilerplate) continue;
        const ms = named[k]!;
        ms.forEach((p, j) => {
          if (p.kind !== 'person' || m.parties.some((q) => q.cluster === p.cluster)) return;
          const stop = Math.min(sentence.tokens.length, p.tokenEnd + 10, ms.slice(j + 1).find((x) => x.kind === 'person')?.tokenStart ?? Infinity);
          for (let t = p.tokenEnd; t < stop; t++) {
            const role = SESSION_PART_VERBS[lowerWord(sentence.tokens[t])];
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

/** Words that, right after "meet", show it has no object ("meets on Monday", "meet in Vienna", "meet to discuss"). */
const INTRANSITIVE_AFTER: Record<string, string> = wordTable({
  on: 'time', in: 'place or time', at: 'place', to: 'purpose', next: 'time', this: 'time', today: 'time', tomorrow: 'time',
  again: 'repetition', later: 'time', here: 'place', there: 'place', for: 'purpose or duration', until: 'time',
});

/**
 * Whether a word of NOT_EVENT_CONTEXT at token k bears on the trigger at token a. It does not when it is the second
 * part of a hyphenated word ("the so-called Lima Group is to meet"), nor when "at" or "during" stands between them: the
 * hedge is then about what happens at the meeting ("is expected to weigh possible duties at a meeting on
 * Friday"), and the meeting itself is stated.
 */
function governsTrigger(toks: Token[], k: number, a: number): boolean {
  if (k > 0 && toks[k - 1]!.post === '-') return false;
  for (let j = k + 1; j < a; j++) if (lowerWord(toks[j]) === 'at' || lowerWord(toks[j]) === 'during') return false;
  return true;
}

function readCandidate(doc: Doc, s: DocSentence, ms: Mention[], a: number, b: number, rule: TriggerRule, roles: RoleResult, earlier: MeetingCandidate[], verbs: (k: number) => boolean, vetoes: string[]): RawCandidate {
  const toks = s.tokens;
  const veto = (name: string) => {
    if (!vetoes.includes(name)) vetoes.push(name);
  };
  // A trigger inside a name ("Summit Bank", "Meeting Street") is not one; nor is a capitalised one in mid-sentence,
  // which belongs to a title ("Meet the Fockers", "World Summit on the Information Society").
  if (ms.some((m) => m.tokenStart <= a && b <= m.tokenEnd && m.tokenEnd - m.tokenStart > b - a)) veto('inside-name');
  if (a > 0 && /^\p{Lu}/u.test(toks[a]!.text) && !/^["“‘']/.test(toks[a]!.pre)) veto('capitalised');
  // "capable of meeting the needs", "subject to meeting certain conditions": the progressive or gerund with an object
  // of the same idioms.
  const gerund = rule.phrase[0] === 'meeting' && rule.phrase.length === 1 && !(lowerWord(toks[a - 1]) in DETERMINERS) && lowerWord(toks[b]) !== 'with';
  if (rule.phrase[0] === 'meet' || rule.phrase[0] === 'met' || rule.phrase[0] === 'meets' || gerund) {
    for (let k = b; k < Math.min(toks.length, b + 7); k++) {
      // "meets on 9 March to consider a loan rescheduling": an intransitive "meet" has no object to read.
      if (k === b && lowerWord(toks[k]) in INTRANSITIVE_AFTER) break;
      if (lowerWord(toks[k]) in NOT_MEETING_OBJECTS) veto('not-meeting-object');
      if (lowerWord(toks[k]) in PERSONAL_RELATIONS) veto('personal-encounter');
      if (/[,;:.]/.test(toks[k]!.post)) break;
    }
    // Passive: the object comes first ("the emission limits for a new terminal can be met").
    if (lowerWord(toks[a - 1]) in PASSIVE_AUXILIARIES) {
      for (let k = a - 2; k >= Math.max(0, a - 12); k--) {
        if (/[,;:]/.test(toks[k]!.post)) break;
        if (lowerWord(toks[k]) in NOT_MEETING_OBJECTS) veto('passive-not-meeting-object');
      }
    }
  }
  // "the conference stage", "a meeting room": the trigger qualifies the next noun.
  if ((rule.noun || /ing$/.test(rule.phrase[rule.phrase.length - 1]!)) && lowerWord(toks[b]) in TRIGGER_MODIFIES && !/[,;:.]/.test(toks[b - 1]!.post)) veto('trigger-modifies');
  // The clause: back to a boundary, forward to a stop.
  let clauseStart = 0;
  let speaker: Mention | undefined;
  for (let k = a - 1; k >= 0; k--) {
    const w = lowerWord(toks[k]);
    if (/;/.test(toks[k]!.post) || (w in CLAUSE_BOUNDARIES && k > 0)) {
      clauseStart = k + 1;
      break;
    }
    if (w in REPORTING_VERBS) {
      clauseStart = k + 1;
      speaker = [...ms].reverse().find((m) => m.tokenEnd <= k && (m.kind === 'person' || m.kind === 'organization'));
      // "told the regulator it hopes to meet": the one spoken to is not a party.
      if (w in ADDRESSEE_VERBS) {
        const addressee = ms.find((m) => m.tokenStart >= k + 1 && m.tokenStart <= k + 2);
        if (addressee && addressee.tokenEnd <= a) clauseStart = addressee.tokenEnd;
      }
      break;
    }
  }
  // A sentence that opens with a subordinate clause ("Since Bolivia joined the bank last May, after ..., bank teams
  // visited"): the event is in the main clause, after the last comma before the trigger.
  if (clauseStart === 0 && lowerWord(toks[0]) in SUBORDINATORS && a > 0) {
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
    const w = lowerWord(toks[k]);
    if (!(w in NOT_EVENT_CONTEXT) || !governsTrigger(toks, k, a)) continue;
    if (w !== 'not' && w !== 'never') {
      veto(`not-event:${NOT_EVENT_CONTEXT[w]}`);
      continue;
    }
    lastSince ??= sinceDate(doc, toks, b);
    if (!lastSince) veto('negated');
  }
  // "requested a meeting with", "sought talks with": the trigger noun is what is asked for, over determiners and
  // lowercase modifiers ("sought urgent talks"), not a setting after a preposition ("seeking new terms in talks",
  // "sought concessions during talks"), nor a participle that qualifies it ("the long-sought talks", "at the
  // requested meeting").
  if (rule.noun) {
    for (let k = a - 1; k >= Math.max(clauseStart, a - 4); k--) {
      if (!(lowerWord(toks[k]) in REQUEST_VERBS)) continue;
      const attributive = toks[k - 1]?.post === '-' || lowerWord(toks[k - 1]) in DETERMINERS;
      if (!attributive && !/[,;:]/.test(toks[k]!.post) && toks.slice(k + 1, a).every((t) => !/[,;:]/.test(t.post) && /^\p{Ll}/u.test(t.text) && !(lowerWord(t) in REQUEST_BREAKS))) veto('request');
      break;
    }
  }
  // Further back in the clause, a wish or readiness that governs an infinitive governs the trigger after it: "Russia
  // is willing to resolve the problems it faces through peaceful talks".
  for (let k = clauseStart; k < a - 6; k++) {
    const w = lowerWord(toks[k]);
    if (w in NOT_EVENT_CONTEXT && w !== 'not' && w !== 'never' && w !== 'no' && lowerWord(toks[k + 1]) === 'to') veto(`not-event:${NOT_EVENT_CONTEXT[w]}`);
  }
  for (let k = clauseStart; k < Math.min(toks.length, b + 12); k++) if (lowerWord(toks[k]) in HABITUAL_MARKERS) veto('habitual');
  // A cancelled meeting is neither held nor planned: "the visit was cancelled", "called off talks with".
  const cancelled = (k: number) => lowerWord(toks[k]) in CANCELLED_MARKERS || (k > 0 && `${lowerWord(toks[k - 1])} ${lowerWord(toks[k])}` in CANCELLED_MARKERS);
  // Before the trigger back to the last comma ("called off a visit to Algeria to meet"), after it to the sentence's end.
  for (let k = a - 1; k >= clauseStart && !/[,;:]/.test(toks[k]!.post) && !/^[,;:]$/.test(toks[k]!.text); k--) if (cancelled(k)) veto('cancelled-before');
  for (let k = b; k < Math.min(toks.length, b + 10); k++) {
    if (cancelled(k)) veto('cancelled-after');
    if (/[;:.]/.test(toks[k]!.post)) break;
  }
  // Put off with no new day after it ("Pompeo postponed a trip to Kyiv", "the summit was postponed"): not planned.
  const clauseTo = (k: number) => {
    let e = k + 1;
    while (e < toks.length && !/[,;:.]/.test(toks[e - 1]!.post)) e++;
    return e;
  };
  const redated = (k: number) => toks.slice(k + 1, clauseTo(k)).some((t) => lowerWord(t) === 'until' || lowerWord(t) === 'till') || sentenceDates(doc, s, 'future').some((e) => e.date && e.start >= toks[k]!.end);
  const postponed = (k: number) => lowerWord(toks[k]) in POSTPONED_MARKERS && !redated(k) && toks[k - 1]?.post !== '-';
  if (rule.noun) {
    // The trigger noun as the object, after a determiner ("postponed a trip to Kyiv", "deferred his visit"); not a
    // participle that qualifies it ("the twice-postponed talks", "the postponed summit").
    for (let k = a - 2; k >= Math.max(clauseStart, a - 4); k--) {
      if (!postponed(k)) continue;
      const between = toks.slice(k + 1, a);
      if (!(lowerWord(toks[k - 1]) in DETERMINERS) && between.some((t) => lowerWord(t) in DETERMINERS) && between.every((t) => /^\p{Ll}/u.test(t.text) && !/[,;:]/.test(t.post))) veto('postponed-undated');
      break;
    }
    // The trigger noun as the subject of a passive ("the summit was postponed", "talks between A and B were put off"),
    // in its own clause.
    for (let k = b; k < Math.min(toks.length, b + 10); k++) {
      if (POSTPONED_STOPS.has(lowerWord(toks[k]))) break;
      if (postponed(k) && PASSIVE_AUXILIARIES[lowerWord(toks[k - 1])]) veto('postponed-undated');
      if (/[;:.,]/.test(toks[k]!.post)) break;
    }
  }
  for (let k = clauseStart; k < a; k++) {
    if (lowerWord(toks[k]) in URGING_VERBS && toks.slice(k + 1, Math.min(a, k + 5)).some((t) => lowerWord(t) === 'to')) veto('urging');
  }
  // Sport: fixtures and matches, not meetings. The whole sentence counts ("Before her meeting with Martinez, Davenport
  // believes there is room for improvement in her game").
  if (toks.some((t) => lowerWord(t) in SPORTS_CONTEXT)) veto('sports-sentence');
  // A sentence that reports a score ("won 6-4 7-5 to earn a meeting with", "when they last met, the visitors won 3-1") reports
  // a match: its meeting words are fixtures. A range of days ("June 8-10", "3-8 May") or of amounts ("80-85 cents") is
  // no score.
  if (toks.some((_, k) => isScoreline(toks, k))) veto('sports-scoreline');
  let clauseEnd = toks.length;
  for (let k = b; k < toks.length; k++) {
    const w = lowerWord(toks[k]);
    const prev = toks[k - 1]!;
    if (/;/.test(prev.post) || (w in OBJECT_STOPS && k > b) || w in CLAUSE_BOUNDARIES) {
      clauseEnd = k;
      break;
    }
    // The object ends before the next finite verb ("the meeting with Lind showed ...").
    if (verbs(k) && !ms.some((m) => m.tokenStart <= k && k < m.tokenEnd)) {
      clauseEnd = k;
      break;
    }
    // Purpose clause: "to deliver", "to discuss" (but not "to Beijing", "to the talks").
    if (w === 'to' && /^\p{Ll}/u.test(toks[k + 1]?.text ?? '') && !['the', 'a', 'an'].includes(lowerWord(toks[k + 1]))) {
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
  const origins = new Map<number, string>();
  const addParty = (m: Mention, origin = 'clause') => {
    if (!origins.has(m.cluster)) origins.set(m.cluster, origin);
    if (!parties.some((p) => p.cluster === m.cluster)) parties.push({ cluster: m.cluster, mention: m });
  };
  for (const m of ms) {
    if (m.tokenStart < clauseStart || m.tokenEnd > clauseEnd) continue;
    if (m.tokenStart >= a && m.tokenEnd <= b) continue;
    if (inTopic(m)) continue;
    const before = lowerWord(toks[m.tokenStart - 1]);
    const before2 = lowerWord(toks[m.tokenStart - 2]);
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
      if (rule.kind === 'visit' && m.tokenStart >= b) addParty(m, 'visited');
      continue;
    }
    if (m.kind === 'organization' && locative && (before === 'at' || before2 === 'at')) {
      place = preferPlace(place, m);
      continue;
    }
    if (m.kind === 'person' && before === 'from' && m.tokenStart > b) continue; // "a message from President Putin"
    addParty(m);
  }
  // A visit abroad: the visitor's own state is known and is not the host's ("the U.S. president visited Dallas" is no
  // meeting with the United States).
  const abroad = (visitors: Party[], host: Mention) => {
    const own = visitors.flatMap((p) => sideStates(p.mention, roles, doc.article.date));
    return own.length > 0 && !own.includes(host.iso!);
  };
  // "Venezuelan Finance Minister Azpurua recently visited Tokyo": a visit abroad to a city that names no one there is a
  // visit to the city's state (guideline: a visit to a country is a meeting with it), as a visit to a country is.
  if (rule.kind === 'visit' && place?.kind === 'place' && place.stateIso && place.sentence === s.index && place.tokenStart >= b && !parties.some((p) => p.mention.tokenStart >= b)) {
    const host = stateAt(doc, stateOnDate(place.stateIso, doc.article.date), place);
    if (host && !parties.some((p) => p.cluster === host.cluster) && abroad(parties.filter((p) => p.mention.tokenEnd <= a), host)) addParty(host, 'visited');
  }
  // "Medvedev also said he and Xi discussed": a pronoun subject after a reporting verb is the speaker; so is the
  // implicit party of "X said the meeting with Y ..." and of "their meeting".
  if (speaker && !parties.some((p) => p.cluster === speaker!.cluster)) {
    const pronoun = toks.slice(clauseStart, a).some((t) => PRONOUN_SUBJECTS.has(lowerWord(t)) && (lowerWord(t) !== 'it' || speaker!.kind === 'organization')) || ['his', 'her', 'its', 'their'].includes(lowerWord(toks[a - 1]));
    const subjectless = rule.noun && lowerWord(toks[b]) === 'with' && !parties.some((p) => p.mention.tokenEnd <= a);
    if (pronoun || subjectless) addParty(speaker, 'speaker');
  }
  // A clause with no subject of its own ("after having completed a trip to ...", "heading to Kenya for talks with"):
  // the sentence's subject, its first person before the clause.
  if (clauseStart > 0 && !parties.some((p) => p.mention.tokenEnd <= a) && !speaker) {
    const subject = ms.find((m) => m.kind === 'person' && m.tokenEnd <= clauseStart && !roles.qualifiers.has(m));
    if (subject) addParty(subject, 'subject');
  }
  // "She spoke at ... a meeting of ...": a pronoun subject with no one named before the trigger is the last person
  // named in the two sentences before.
  if (!speaker && !parties.some((p) => p.mention.kind === 'person' && p.mention.tokenEnd <= a) && toks.slice(clauseStart, a).some((t) => lowerWord(t) === 'he' || lowerWord(t) === 'she')) {
    // The subject of the nearest sentence naming someone: its first person, not the last one it mentions ("Ina Kirsch
    // told the AP her group never worked with Manafort. She said she had met with Manafort twice").
    const before = doc.mentions.filter((m) => m.kind === 'person' && m.sentence < s.index && m.sentence >= s.index - 2 && !roles.qualifiers.has(m));
    const nearest = before.length ? before[before.length - 1]!.sentence : -1;
    const prev = before.find((m) => m.sentence === nearest);
    if (prev) addParty(prev, 'antecedent');
  }
  // "committee members discussed", "the council decided": a lowercase head noun is the one organization of the
  // article whose name ends with it.
  if (!parties.length) {
    // A fronted phrase ("At a video call on March 9, board members ...") has its subject just after
    // the comma that closes it.
    const reach = /,/.test(toks[clauseEnd - 1]?.post ?? '') ? Math.min(toks.length, clauseEnd + 3) : clauseEnd;
    for (let k = clauseStart; k < reach; k++) {
      const w = lowerWord(toks[k]);
      if (k >= a && k < b) continue;
      if (!(w in ORGANIZATION_HEAD_NOUNS) || !/^\p{Ll}/u.test(toks[k]!.text) || ms.some((m) => m.tokenStart <= k && k < m.tokenEnd)) continue;
      const named = doc.mentions.filter((m) => m.kind === 'organization' && m.sentence <= s.index && m.label.toLowerCase().endsWith(` ${w}`));
      const distinct = [...new Map(named.map((m) => [m.label, m])).values()];
      if (distinct.length === 1) addParty(distinct[0]!, 'head-noun');
      break;
    }
  }
  // "The pair will travel to Kenya": the people named in the previous sentence.
  // The longest phrase that opens the clause ("the two sides" rather than "the two").
  const anaphor = parties.some((p) => p.mention.tokenEnd <= a)
    ? undefined
    : PLURAL_ANAPHORS.filter((ph) => ph.words.every((w, j) => lowerWord(toks[clauseStart + j]) === w)).sort((x, y) => y.words.length - x.words.length)[0];
  if (anaphor) {
    const prev = doc.mentions.filter((m) => m.sentence === s.index - 1 && !m.media && !roles.qualifiers.has(m));
    const people = [...new Map(prev.filter((m) => m.kind === 'person').map((m) => [m.cluster, m])).values()];
    const bodies = [...new Map(prev.filter((m) => m.kind === 'organization' || m.kind === 'state').map((m) => [m.cluster, m])).values()];
    if (people.length >= 2 && people.length <= 3) for (const m of people) addParty(m, 'anaphor');
    else if (anaphor.refersTo === 'sides' && bodies.length === 2) for (const m of bodies) addParty(m, 'anaphor');
  }
  // "visited the tomb of Yasser Arafat", "will visit an orphanage": a visit to a site, whose owner or namesake is no
  // host. Only a name right after the verb (titles and a possessive aside) is the one visited.
  if (['visit', 'visits', 'visited', 'visiting'].includes(rule.phrase[0]!)) {
    const next = lowerWord(toks[b]);
    if (next in DETERMINERS && /^\p{Ll}/u.test(toks[b + 1]?.text ?? '') && !isTitleWord(toks[b + 1]!.text)) {
      for (let k = parties.length - 1; k >= 0; k--) if (parties[k]!.mention.tokenStart > b) parties.splice(k, 1);
    }
  }
  // "a scheduled Moscow visit by Secretary of State George Shultz", "a Washington visit later this month by the prime
  // minister": a visit noun whose visitor follows "by" names its visitor there, and a name before it in the clause is
  // the one who speaks of the visit or the subject of another verb ("Petrovsky told reporters ... a week before a
  // Moscow visit by Shultz"). Its host is where it goes: the state of the place named with it.
  const by = rule.noun && rule.kind === 'visit' ? agentAfter(doc, s, b) : -1;
  if (by >= 0) {
    const visitor = parties.find((p) => p.mention.tokenStart > by && p.mention.tokenStart <= by + 6 && p.mention.kind !== 'place');
    if (visitor) {
      for (let k = parties.length - 1; k >= 0; k--) if (parties[k]!.mention.tokenEnd <= a) parties.splice(k, 1);
      const iso = place?.kind === 'place' ? place.stateIso : undefined;
      const host = iso ? stateAt(doc, stateOnDate(iso, doc.article.date), place!) : undefined;
      if (host && !parties.some((p) => p.cluster === host.cluster) && abroad([visitor], host)) addParty(host, 'visited');
    }
  }
  const persons = parties.filter((p) => p.mention.kind === 'person');
  // A visit to a country is an official one only when the visitor holds an office the article names (a minister's
  // trip, not a band's tour).
  // An office holder: tied to a state or organization, or titled ("Foreign Secretary Jack Straw"), where the article
  // names the person so, not only in this sentence ("Chancellor Gordon Brown ... Brown's trip to China").
  const titled = (m: Mention) => officeHolders(doc, roles).has(m.cluster);
  if (rule.kind === 'visit' && persons.length === 1 && parties.length === 2 && parties.some((p) => p.mention.kind === 'state') && !titled(persons[0]!.mention)) veto('visit-untitled');
  // A tour or a trip is a meeting when an office holder or a state travels (a minister's tour of Asia); a band's world
  // tour, a team's tour, a robot's tour are not.
  if (rule.phrase[0] === 'tour' || rule.phrase[0] === 'trip') {
    const travellers = parties.filter((p) => p.mention.tokenStart < a);
    const official = travellers.some((p) => p.mention.kind === 'state' || (p.mention.kind === 'person' && titled(p.mention)));
    if (!official) veto('tour-unofficial');
  }
  // Hosting is between a host and a guest: "X hosted Y", "Y was hosted by X". Two names after "hosted by" are co-hosts
  // of a show, and "the hosts" / "its hosts" is a noun.
  if (rule.kind === 'host') {
    if (lowerWord(toks[a - 1]) in DETERMINERS) veto('host-noun');
    const located = (m: Mention) => lowerWord(toks[m.tokenStart - 1]) in LOCATIVES || (lowerWord(toks[m.tokenStart - 1]) === 'the' && lowerWord(toks[m.tokenStart - 2]) in LOCATIVES);
    // "a dinner hosted by Ruiz, at which he told Vidal", "At a conference hosted by Ruiz on Friday, Vidal said": a
    // meeting or a meal named with its host after "by" has its guests elsewhere in the sentence, a name or the pronoun
    // that is the subject of the clause it sets; names joined to the host by "and" are co-hosts. A show or a ceremony
    // hosted by a presenter ("the awards were hosted by Tom Hale and featured Ana Ruiz") has an audience, no guests.
    const occasion = toks.slice(Math.max(0, a - 6), a).some((t, j) => lowerWord(t) in HOSTED_MEALS || matchTrigger(toks, Math.max(0, a - 6) + j)?.noun);
    const host = lowerWord(toks[b]) === 'by' && occasion ? ms.find((m) => m.tokenStart > b && m.tokenStart <= b + 6 && m.kind !== 'place') : undefined;
    if (host) {
      let hostEnd = host.tokenEnd;
      for (const m of ms) if (m.tokenStart > hostEnd && m.tokenStart <= hostEnd + 4 && toks.slice(hostEnd, m.tokenStart).some((t) => ['and', '&'].includes(lowerWord(t)))) hostEnd = m.tokenEnd;
      const outside = (k: number) => k < a || k >= hostEnd;
      const guest = ms.some((m) => m.kind !== 'place' && !m.media && m.cluster !== host.cluster && outside(m.tokenStart)) || toks.some((t, k) => outside(k) && ['he', 'she', 'they', 'we'].includes(lowerWord(t)));
      if (!guest) veto('host-no-guest');
    } else if (!parties.some((p) => p.mention.tokenEnd <= a) || !parties.some((p) => p.mention.tokenStart >= b && !located(p.mention))) veto('host-no-guest');
  }
  const finalParties = withoutPlaceStates(parties, place);
  // "talks with the bank advisory committee": a specific body the report does not name is the counterpart.
  const counterpart = unnamedCounterpart(toks, b, clauseEnd);
  if (rule.needsCounterpart && finalParties.length < 2 && !counterpart) veto('no-counterpart');

  // An organization's own session: "the FOMC meeting", "OPEC ministers met", "at the prior meeting, the FOMC set".
  const ruleSession = isSession(finalParties, rule, toks, b);
  const tense = status === 'planned' ? 'future' : 'past';
  const ruleDate = lastSince ?? pickDate(doc, s, a, clauseStart, clauseEnd, tense, earlier);

  // What the learned decisions see. The rule reading above (its parties, place, date, status and vetoes) is one
  // voice among the features; the models decide.
  const inRule = new Set(finalParties.map((p) => p.cluster));
  const here = finalParties.filter((p) => p.mention.sentence === s.index && (p.mention.tokenEnd <= a || p.mention.tokenStart >= b)).length;
  const pool: PoolEntry[] = [];
  const poolAt = new Map<number, number>();
  const consider = (m: Mention, origin: string) => {
    // What a topic names ("to discuss the situation in Ukraine") is what the meeting is about, never a party.
    // Nor is the credited author of an embedded post or of a work the sentence quotes.
    if (m.kind === 'place' || (m.sentence === s.index && ((m.tokenStart >= a && m.tokenEnd <= b) || inTopic(m))) || isSourceCredit(doc.article.text, m)) return;
    const at = poolAt.get(m.cluster);
    if (at !== undefined) {
      // Of several mentions of one entity, the one nearest the trigger speaks for it.
      const old = pool[at]!;
      if (old.mention.sentence === s.index && m.sentence === s.index && Math.abs(m.tokenStart - a) < Math.abs(old.mention.tokenStart - a)) pool[at] = { mention: m, features: partyFeatures(doc, s, m, origin, a, b, clauseStart, clauseEnd, rule, roles, inRule, inTopic, place, here), states: old.states };
      return;
    }
    poolAt.set(m.cluster, pool.length);
    pool.push({ mention: m, features: partyFeatures(doc, s, m, origins.get(m.cluster) ?? origin, a, b, clauseStart, clauseEnd, rule, roles, inRule, inTopic, place, here), states: sideStates(m, roles, doc.article.date) });
  };
  for (const p of finalParties) consider(p.mention, origins.get(p.cluster) ?? 'clause');
  for (const m of ms) consider(m, 'sentence');
  // States the sentence implies: a visited city's, "West German officials".
  for (const x of impliedParties(doc, s, ms, a, b, datelinePlace(doc))) consider(x.mention, x.origin);
  // Parties the sentence refers to without naming them ("he", "the cartel", "the two sides"): the names of the
  // sentence before, and the article's most frequent person, organization and state.
  const context = contextOf(doc, s, a, clauseStart);
  for (const m of doc.mentions) if (m.sentence === s.index - 1 && !m.media) consider(m, 'prev-sentence');
  for (const m of salient(doc)) consider(m, 'salient');
  for (const e of pool) if (e.mention.sentence !== s.index) e.features.push(...context.map((c) => `${c}|${e.features[1]}`), ...context.map((c) => `${c}|${e.mention.kind}`));

  const features = [...meetingFeatures(doc, s, ms, a, b, rule, vetoes, finalParties, ruleSession, status, ruleDate, place, pool), ...bodiesOfStates(finalParties, ruleSession), ...history(doc, toks, clauseStart, clauseEnd, ruleDate)];
  if (counterpart) features.push(UNNAMED_COUNTERPART);
  // A word of consulting names an encounter only with its counterpart ("discussed trade with", "consulted Japan").
  if (!counterpart) features.push(...readConsult(toks, ms, a, b, clauseStart, clauseEnd));
  // How the sentence presents a body's own session ("the G7 meeting", "OPEC ministers met", "a council meeting").
  const body = readBodySession(toks, ms, a, b, rule, clauseStart, clauseEnd);
  features.push(...body.features);
  // Gatherings the guideline excludes by their frame (a shareholders' or legislative session, a press conference).
  features.push(...readFrame(toks, ms, a, rule, clauseStart, body.features.includes('counterpart:named'), !!doc.article.date));
  // Occasions of another genre: a broadcast, an audience, a site, a testimony, a document, a one-party call.
  features.push(...readGenre(toks, ms, a, b, rule, clauseStart, clauseEnd));
  // The trigger noun's sense from its frame, and the occasion's context (a campaign, family, a process, the public).
  features.push(...readNounSense(doc.article.text, s, ms, a, b), ...readOccasion(toks, ms, a, b, rule, clauseStart, clauseEnd));
  for (const e of pool) if (e.mention.sentence === s.index) e.features.push(...(body.bodies.get(e.mention.cluster) ?? []));
  // "X met with Y": with a counterpart named after the trigger and a party before it, the clause names both sides.
  const sides = body.features.includes('counterpart:named') && finalParties.some((p) => p.mention.sentence === s.index && p.mention.tokenEnd <= a && p.mention.tokenStart >= clauseStart);
  if (sides) for (const e of pool) if (e.mention.sentence !== s.index) e.features.push('both-sides-named');
  const dateOptions = dateChoices(doc, s, a, clauseStart, clauseEnd, tense, ruleDate, lastSince, earlier, rule);
  const placeOptions = withoutTopicPlaces(placeChoices(doc, s, ms.filter((m) => !inTopic(m)), a, b, clauseStart, clauseEnd, rule, place, inRule, by), s.index, earlier);
  placeRelationFeatures(toks, s.index, placeOptions, a, b, triggerSpans(toks, ms));
  const statusFeatures = [...statusReading(doc, toks, a, b, clauseStart, clauseEnd, status, ruleDate, rule), ...statusCues(doc, s, a, b, clauseStart, clauseEnd, (x, t) => sentenceDates(doc, x, t))];
  // A national cabinet's own session: its country takes part (guideline rule 7).
  const cab = cabinetSession(toks, a, b, rule);
  const cabinetIso = cab >= 0 ? cabinetCountry(doc, toks, ms, roles, cab) : undefined;
  const cabinet = cabinetIso ? pool.find((e) => e.mention.kind === 'state' && e.mention.iso === cabinetIso)?.mention.cluster : undefined;
  return {
    sentence: s.index, a, b, rule, trigger: toks.slice(a, b).map((t) => t.text).join(' '), vetoes, features, pool, dateOptions, placeOptions, statusFeatures,
    topics: topics.map((t) => t.text),
    about: ms.filter((m) => inTopic(m)),
    clauseEnd,
    cabinet,
  };
}

/** What the trigger's clause says about a party it does not name: a pronoun or a definite noun as its subject. */
function contextOf(doc: Doc, s: DocSentence, a: number, clauseStart: number): string[] {
  const toks = s.tokens;
  const out: string[] = [];
  for (let k = clauseStart; k < a; k++) {
    const w = lowerWord(toks[k]);
    if (['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'we', 'our', 'i'].includes(w)) out.push(`pronoun:${w}`);
    if ((w === 'the' || w === 'its' || w === 'their') && /^\p{Ll}/u.test(toks[k + 1]?.text ?? '')) out.push(`np:${lowerWord(toks[k + 1])}`);
  }
  if (!doc.mentions.some((m) => m.sentence === s.index && m.tokenEnd <= a && m.kind !== 'place')) out.push('none-named-before');
  if (!out.length) out.push('no-reference');
  return out;
}

/** The article's most mentioned person, organization and state (first mention; ties to the earliest). */
const salientCache = new WeakMap<Doc, Mention[]>();
function salient(doc: Doc): Mention[] {
  let out = salientCache.get(doc);
  if (out) return out;
  out = [];
  for (const kind of ['person', 'organization', 'state'] as const) {
    const counts = new Map<number, { n: number; first: Mention }>();
    for (const m of doc.mentions) {
      if (m.kind !== kind || m.media) continue;
      const c = counts.get(m.cluster);
      if (c) c.n++;
      else counts.set(m.cluster, { n: 1, first: m });
    }
    let top: { n: number; first: Mention } | undefined;
    for (const c of counts.values()) if (!top || c.n > top.n) top = c;
    if (top) out.push(top.first);
  }
  salientCache.set(doc, out);
  return out;
}

function isSession(parties: Party[], rule: TriggerRule, toks: Token[], b: number): boolean {
  const sole = parties.length === 1 ? parties[0]!.mention : undefined;
  const legislature = !!sole && sole.label.split(/\s+/).some((w) => w.toLowerCase() in LEGISLATURE_WORDS);
  return !!sole && sole.kind === 'organization' && !legislature && (rule.kind === 'meeting' || rule.kind === 'conference' || rule.kind === 'summit' || rule.kind === 'call') && lowerWord(toks[b]) !== 'with';
}

/** Closed-class words keep their identity as features; other words are reduced to their shape, so that the models
 * learn grammar rather than the vocabulary of the articles they were trained on. */
const FUNCTION_WORDS = new Set(['with', 'and', 'between', 'by', 'of', 'to', 'in', 'at', 'from', 'for', 'on', 'the', 'a', 'an', 'said', 'says', 'told', 'met', 'meet', 'meets', 'meeting', 'talks', 'visit', 'visited', 'visiting', 'hosted', 'including', 'among', 'as', 'that', 'who', 'which', 'but', 'while', 'after', 'before', 'during', 'his', 'her', 'its', 'their', 'mr', 'mrs', 'ms', 'dr', "'s", "'", 'was', 'is', 'will', 'would', 'has', 'had', 'have', 'were', 'are', 'also', 'officials', 'minister', 'ministers', 'president', 'leader', 'leaders', 'delegation', 'counterpart', 'chairman', 'head', '^', '$', ',']);
function shape(w: string, raw: string | undefined): string {
  if (FUNCTION_WORDS.has(w)) return w;
  if (raw && isTitleWord(raw)) return '<title>';
  if (raw && /^\p{Lu}/u.test(raw)) return '<Cap>';
  if (raw && /^\d/.test(raw)) return '<num>';
  return '<word>';
}

const bucket = (n: number): string => (n <= 1 ? '1' : n <= 3 ? '2-3' : n <= 6 ? '4-6' : n <= 12 ? '7-12' : '13+');

/** Whether a place stands where a trigger at tokens [a, b) names its place: right after it ("visiting Beijing", "a trip
 * to the Soviet Union") or qualifying it ("a Washington visit"). */
function triggerPlace(toks: Token[], m: Mention, a: number, b: number): boolean {
  let k = b;
  if (lowerWord(toks[k]) === 'to') k++;
  if (lowerWord(toks[k]) === 'the') k++;
  return k === m.tokenStart || attributivePlace(toks, m, a);
}

/** Where "by" introduces the agent of a noun ending at token b: right after it or after a time expression of the
 * sentence between (sentenceDates: "a visit next week by", "a visit later this month by"); -1 when it does not. */
function agentAfter(doc: Doc, s: DocSentence, b: number): number {
  const toks = s.tokens;
  const dates = sentenceDates(doc, s, 'future');
  const inDate = (k: number) => dates.some((e) => e.start <= toks[k]!.start && toks[k]!.end <= e.end);
  for (let k = b; k < toks.length && k <= b + 4; k++) {
    if (lowerWord(toks[k]) === 'by') return k;
    if (/[,;:.()]/.test(toks[k]!.post) || !(inDate(k) || lowerWord(toks[k]) in TIME_LEADS)) return -1;
  }
  return -1;
}

/** Words that lead a time expression the date reader spans without them ("later this month", "in April"). */
const TIME_LEADS = wordTable({ later: 'later this month', earlier: 'earlier this year', early: 'early next week', late: 'late next month', in: 'in April', on: 'on 12 May' });

/** Features of one person, state or organization as a party to the candidate at tokens [a, b). */
function partyFeatures(doc: Doc, s: DocSentence, m: Mention, origin: string, a: number, b: number, clauseStart: number, clauseEnd: number, rule: TriggerRule, roles: RoleResult, inRule: Set<number>, inTopic: (m: Mention) => boolean, place: Mention | null, here: number): string[] {
  const toks = s.tokens;
  const f = [`kind:${m.kind}`, `origin:${origin}`, `trig:${rule.kind}`];
  if (origin === 'place-state' || origin === 'demonym' || origin === 'government') f.push(`origin|trig:${origin}|${rule.kind}`);
  // The state of the place the trigger goes to or names as its own ("visiting Beijing", "a visit to Lima", "a Moscow
  // visit", "the Tokyo talks"), rather than of a place elsewhere in the sentence.
  if (origin === 'place-state' && m.sentence === s.index && triggerPlace(s.tokens, m, a, b)) f.push('destination', `destination|${rule.kind}`);
  if (inRule.has(m.cluster)) f.push('rule-party', `rule-party|${rule.kind}`);
  if (m.sentence !== s.index) {
    f.push('other-sentence', `origin|kind:${origin}|${m.kind}`, `here:${Math.min(here, 2)}`, `here|origin:${Math.min(here, 2)}|${origin}`);
    if (roles.qualifiers.has(m)) f.push('qualifier');
    if (m.sentence === s.index - 1 && m === doc.mentions.find((x) => x.sentence === m.sentence && x.kind !== 'place')) f.push('first-of-sentence');
    // How far back it was named, how often the article names it, and whether the trigger's sentence already names a
    // party of its kind.
    const back = s.index - Math.max(...doc.mentions.filter((x) => x.cluster === m.cluster && x.sentence < s.index).map((x) => x.sentence), -1);
    f.push(`back:${back <= 1 ? '1' : back <= 3 ? '2-3' : '4+'}`, `mentions:${bucket(doc.mentions.filter((x) => x.cluster === m.cluster).length)}`, `trig|kind:${rule.kind}|${m.kind}`);
    f.push(doc.mentions.some((x) => x.sentence === s.index && x.kind === m.kind && !x.media) ? `kind-here:${m.kind}` : `kind-absent:${m.kind}`);
    // The trigger's clause has a subject of its own, named before it; "at the same time", "meanwhile" open another event.
    if (doc.mentions.some((x) => x.sentence === s.index && x.kind !== 'place' && !x.media && !roles.qualifiers.has(x) && x.tokenStart >= clauseStart && x.tokenEnd <= a)) f.push('own-subject', `own-subject|${m.kind}`);
    if (SAME_TIME_PHRASES.test(doc.article.text.slice(s.start, s.end))) f.push('parallel-event');
    return f;
  }
  const side = m.tokenEnd <= a ? 'before' : 'after';
  const dist = side === 'before' ? a - m.tokenEnd : m.tokenStart - b;
  const prep = shape(lowerWord(toks[m.tokenStart - 1]) || '^', toks[m.tokenStart - 1]?.text);
  const prep2 = prep === 'the' || prep === 'and' || prep === ',' ? shape(lowerWord(toks[m.tokenStart - 2]) || '^', toks[m.tokenStart - 2]?.text) : prep;
  const next = shape(lowerWord(toks[m.tokenEnd]) || '$', toks[m.tokenEnd]?.text);
  const inClause = m.tokenStart >= clauseStart && m.tokenEnd <= clauseEnd;
  f.push(`side:${side}`, `kind|side:${m.kind}|${side}`, `dist:${side}|${bucket(dist)}`, `prep:${prep}`, `prep2:${prep2}`, `prep2|kind:${prep2}|${m.kind}`, `next:${next}`, inClause ? 'in-clause' : 'out-clause', `trig|side:${rule.kind}|${side}`);
  if (/^'s?$/.test(lowerWord(toks[m.tokenEnd])) || /['’]s?$/.test(m.text)) f.push('possessive');
  f.push(`here:${Math.min(here, 2)}|${side}`);
  if (roles.qualifiers.has(m)) f.push('qualifier', `qualifier|${m.kind}`);
  if (m.media) f.push('media');
  if (isSourceCredit(doc.article.text, m)) f.push('credit');
  if (inTopic(m)) f.push('in-topic');
  if (place && place.cluster === m.cluster) f.push('is-place', `is-place|${rule.kind}`);
  if (prep in LOCATIVES || (prep === 'the' && lowerWord(toks[m.tokenStart - 2]) in LOCATIVES)) f.push('locative', `locative|${m.kind}`);
  if (roles.ties.get(m.cluster)?.length) f.push('tied');
  // A state or organization that a person of the sentence serves ("Russian President Vladimir Putin"): the person is
  // its side already, and names it just before when it is part of the person's title.
  if (m.kind !== 'person') {
    const serves = doc.mentions.filter((x) => x.sentence === s.index && x.kind === 'person' && roles.ties.get(x.cluster)?.some((t) => (m.iso && t.iso === m.iso) || t.label === m.label));
    if (serves.length) f.push('serves-person', serves.some((x) => x.tokenStart >= m.tokenEnd && x.tokenStart - m.tokenEnd <= 4) ? 'serves-person|titled' : 'serves-person|apart');
  }
  if (side === 'after' && toks.slice(b, m.tokenStart).some((t) => lowerWord(t) === 'with' || lowerWord(t) === 'between')) f.push('after-with');
  if (side === 'before' && toks.slice(m.tokenEnd, a).some((t) => lowerWord(t) in REPORTING_VERBS)) f.push('before-reporting');
  // "Hale, visiting Seoul, said the rules applied to Vietnam": a name after a reporting verb that follows the trigger
  // is in what someone says, not beside the trigger.
  if (side === 'after' && toks.slice(b, m.tokenStart).some((t) => lowerWord(t) in REPORTING_VERBS)) f.push('after-reporting');
  if (m.tokenStart === 0 || (m.tokenStart <= 2 && isTitleWord(toks[0]?.text ?? ''))) f.push('sentence-start');
  // Its place among the sentence's names: how many stand between it and the trigger (the nearest name before is
  // usually the subject, the nearest after the object), and whether a clause break does.
  const lo = side === 'before' ? m.tokenEnd : b;
  const hi = side === 'before' ? a : m.tokenStart;
  const between = new Set(doc.mentions.filter((x) => x.sentence === s.index && x.kind !== 'place' && x.cluster !== m.cluster && x.tokenStart >= lo && x.tokenEnd <= hi).map((x) => x.cluster)).size;
  f.push(`between:${side}|${Math.min(between, 2)}`, `between|kind:${side}|${Math.min(between, 2)}|${m.kind}`, `trig|kind|side:${rule.kind}|${m.kind}|${side}`);
  if (toks.slice(lo, hi).some((t) => /[;:()]/.test(t.post) || lowerWord(t) === 'said' || lowerWord(t) === 'which' || lowerWord(t) === 'who')) f.push(`break:${side}`);
  f.push(`mentions:${bucket(doc.mentions.filter((x) => x.cluster === m.cluster).length)}`);
  return f;
}

/** Features of a candidate as a meeting. */
function meetingFeatures(doc: Doc, s: DocSentence, ms: Mention[], a: number, b: number, rule: TriggerRule, vetoes: string[], parties: Party[], session: boolean, status: MeetingStatus, date: EventDate, place: Mention | null, pool: PoolEntry[]): string[] {
  const toks = s.tokens;
  const w = toks.slice(a, b).map(lowerWord).join(' ');
  const f = [`w:${w}`, `kind:${rule.kind}`, rule.cameo ? `cameo:${rule.cameo}` : 'table', rule.noun ? 'noun' : 'verb'];
  for (const v of vetoes) f.push(`veto:${v}`);
  const n = Math.min(parties.length, 3);
  f.push(`parties:${n}`, `parties|kind:${n}|${rule.kind}`);
  const kinds = [...new Set(parties.map((p) => p.mention.kind))].sort().join('+');
  f.push(`kinds:${kinds}`);
  if (parties.some((p) => p.mention.tokenEnd <= a)) f.push('party-before');
  if (parties.some((p) => p.mention.tokenStart >= b)) f.push('party-after');
  if (session) f.push('session', `session|${w}`);
  const prev = shape(lowerWord(toks[a - 1]) || '^', toks[a - 1]?.text);
  const next = shape(lowerWord(toks[b]) || '$', toks[b]?.text);
  f.push(`prev:${prev}`, `next:${next}`, `prev|w:${prev}|${w}`, `next|w:${next}|${w}`);
  f.push(`status:${status}`);
  if (date) f.push(date.length === 10 ? 'date-day' : 'date-month');
  if (place) f.push(`place:${place.kind}`);
  f.push(`pool:${Math.min(pool.length, 4)}`);
  const people = pool.filter((p) => p.mention.kind === 'person').length;
  f.push(`pool-people:${Math.min(people, 3)}`);
  if (s.tokens.length > 45) f.push('long-sentence');
  if (/["“”]/.test(doc.article.text.slice(s.start, s.end))) f.push('quote');
  if (s.index <= 2) f.push('lead');
  // The sense of a verb of encounter: who meets or visits whom, or what ("meet the test", "visit the site").
  f.push(...readSense(doc.article.text, s, ms, a, b, rule.reason === JOURNEY_REASON));
  return f;
}

/**
 * How far before the report the meeting lies: a date a year or more before the article's ("in March 2009", "their
 * 1994 meeting"), or a year before the article's in the trigger's clause ("during his 2009 visit"), tells the history
 * of the parties, which a report recalls rather than reports. Meetings of the months before ("last December") are
 * news.
 */
function history(doc: Doc, toks: Token[], clauseStart: number, clauseEnd: number, date: EventDate): string[] {
  const ref = doc.refDate;
  if (!ref) return [];
  const month = (d: string) => Number(d.slice(0, 4)) * 12 + (d.length >= 7 ? Number(d.slice(5, 7)) : 12);
  const f: string[] = [];
  if (date && month(ref) - month(date) >= 12) f.push('age:year+');
  const refYear = Number(ref.slice(0, 4));
  const from = toks[clauseStart];
  const to = toks[clauseEnd - 1];
  const years = from && to ? statedYears(doc.article.text.slice(from.start, to.end)).filter((y) => y < refYear) : [];
  if (years.length) f.push(Math.min(...years) <= refYear - 2 ? 'clause-year:2+-before' : 'clause-year:1-before');
  return f;
}

/**
 * The states a party stands for: a state itself; for a person, the states of the offices the roles tie them to now,
 * else the state named beside them; none for a person whose every tie is a former one ("Former Chilean President Ana
 * Ruiz").
 */
function sideStates(m: Mention, roles: RoleResult, date: string | null): string[] {
  if (m.kind === 'state') return m.iso ? [stateOnDate(m.iso, date)] : [];
  if (m.kind !== 'person') return [];
  const ties = roles.ties.get(m.cluster) ?? [];
  const own = ties.length ? ties.filter((t) => !t.former && t.kind === 'state' && t.iso).map((t) => t.iso!) : [...(roles.sides.get(m.cluster) ?? [])];
  return own.map((iso) => stateOnDate(iso, date));
}

/**
 * How many states the chosen parties act for, as of the article's date: a state itself, or the state a person serves (a
 * role or tie held now, or the state the article names beside the person, RoleResult.sides). Parties acting for two
 * states are the two sides of a diplomatic encounter in any era and outlet ("Chinese President Xi hosted French
 * President Macron"), where one country's politicians hosting each other, or a host with a show's guest, act for one
 * or none; read alone and with the trigger's kind. Read over the parties the participant decision chose, so that a
 * state it adds (the state of a visited city) counts as a side.
 */
function statesApart(chosen: PoolEntry[], rule: TriggerRule): string[] {
  const n = Math.min(new Set(chosen.flatMap((e) => e.states)).size, 2);
  const v = n === 2 ? '2+' : String(n);
  return [`states-apart:${v}`, `states-apart|kind:${v}|${rule.kind}`];
}

/**
 * Whether a party is a body whose members are states (isInternationalBody), alone and with a body's own session: a
 * council of producing and consuming countries convening is a meeting of states (guideline rule 7), where a party's,
 * a company's or a club's own conference is not.
 */
function bodiesOfStates(parties: Party[], session: boolean): string[] {
  const orgs = parties.filter((p) => p.mention.kind === 'organization');
  if (!orgs.length) return [];
  const of = orgs.some((p) => isInternationalBody(p.mention.label)) ? 'states' : 'other';
  return [`body:${of}`, ...(session ? [`body:${of}|session`] : [])];
}

/** The time expressions a candidate's date can be chosen from (and none), each with its features. */
function dateChoices(doc: Doc, s: DocSentence, a: number, clauseStart: number, clauseEnd: number, tense: 'past' | 'future', ruleDate: EventDate, lastSince: EventDate, earlier: MeetingCandidate[], rule: TriggerRule): Choice<EventDate>[] {
  const text = doc.article.text;
  const toks = s.tokens;
  const exprs = sentenceDates(doc, s, tense);
  const trigAt = toks[a]!.start;
  const trigEnd = toks[a]!.end;
  const from = toks[clauseStart]?.start ?? s.start;
  const to = toks[clauseEnd - 1]?.end ?? s.end;
  const out: Choice<EventDate>[] = [{ value: null, features: ['none', `none|${rule.kind}`, `none|exprs:${Math.min(exprs.length, 2)}`] }];
  let nearest = Infinity;
  for (const e of exprs) nearest = Math.min(nearest, Math.abs(e.start - trigAt));
  // An expression whose day depends on the tense ("on Thursday", "March 3" near the turn of a year) is read both ways,
  // each reading standing for one status.
  const other: 'past' | 'future' = tense === 'past' ? 'future' : 'past';
  const readings = (list: TimeExpression[], otherList: TimeExpression[]): Array<{ e: TimeExpression; tense?: 'past' | 'future' }> =>
    list.flatMap((e): Array<{ e: TimeExpression; tense?: 'past' | 'future' }> => {
      const alt = otherList.find((x) => x.start === e.start && x.end === e.end);
      return alt && alt.date && e.date && alt.date !== e.date ? [{ e, tense }, { e: alt, tense: other }] : [{ e }];
    });
  for (const { e, tense: reading } of readings(exprs, sentenceDates(doc, s, other))) {
    // "their first meeting since November 2021", "his first trip since Russia invaded Ukraine last February": a time in
    // a "since" phrase or clause is an earlier one, not this event's.
    if (!e.date || inSinceClause(text, s.start, e.start)) continue;
    const side = e.start < trigAt ? 'before' : 'after';
    const gap = side === 'before' ? trigAt - e.end : e.start - trigEnd;
    const words = text.slice(s.start, e.start).trimEnd().split(/\s+/);
    const word = (words[words.length - 1] ?? '^').toLowerCase();
    // A word before the expression that is no preposition of time ("in Ottawa next month") says nothing of it.
    const prep = DATE_PREPOSITIONS.has(word) || word === '^' ? word : /^\p{Lu}/u.test(words[words.length - 1] ?? '') ? '<name>' : 'other';
    const f = [`side:${side}`, `gap:${side}|${gap < 8 ? 'near' : gap < 30 ? 'mid' : gap < 80 ? 'far' : 'farther'}`, `prep:${prep}`, `type:${e.date.length === 10 ? 'day' : 'month'}`, `shape:${dateShape(e.text)}`];
    f.push(e.start >= from && e.end <= to + 1 ? 'in-clause' : 'out-clause');
    f.push(...pairPosition(text, exprs, e));
    if (Math.abs(e.start - trigAt) === nearest) f.push('nearest');
    if (e.date === ruleDate) f.push('rule-pick');
    if (doc.refDate && e.date.length === 10) f.push(e.date > doc.refDate ? `after-ref|${reading ?? tense}` : `before-ref|${reading ?? tense}`);
    if (reading) f.push(reading === tense ? 'reading:rule-tense' : 'reading:other-tense');
    f.push(...refRelation(e.date, doc.refDate));
    f.push(...verbBefore(words, reading ?? tense));
    f.push(...dateAttachment(text, s.start, s.end, e.start, e.end, { start: trigAt, end: trigEnd }));
    out.push({ value: e.date, features: f, text: e.text, ...(reading ? { tense: reading } : {}) });
  }
  // The sentence before may date the event ("Ministers met today. After the meeting, ..."), and so may the one after
  // ("Talks opened in Geneva. They end on Friday.").
  for (const [where, other_] of [['prev-sentence', doc.sentences[s.index - 1]], ['next-sentence', doc.sentences[s.index + 1]]] as const) {
    if (!other_ || other_.boilerplate || other_.headline) continue;
    const found = readings(sentenceDates(doc, other_, tense), sentenceDates(doc, other_, other)).filter((x) => x.e.date);
    found.forEach(({ e, tense: reading }, k) => {
      const words = text.slice(other_.start, e.start).trimEnd().split(/\s+/);
      const prep = (words[words.length - 1] ?? '^').toLowerCase();
      const f = [where, `${where}|type:${e.date!.length === 10 ? 'day' : 'month'}`, `${where}|shape:${dateShape(e.text)}`, `${where}|exprs-here:${Math.min(exprs.length, 1)}`, `${where}|prep:${DATE_PREPOSITIONS.has(prep) ? prep : 'other'}`];
      if (k === found.length - 1) f.push(`${where}|last`);
      f.push(...pairPosition(text, sentenceDates(doc, other_, tense), e).map((x) => `${where}|${x}`));
      if (k === 0) f.push(`${where}|first`);
      if (reading) f.push(reading === tense ? 'reading:rule-tense' : 'reading:other-tense');
      f.push(...verbBefore(words, reading ?? tense).map((x) => `${where}|${x}`));
      f.push(...refRelation(e.date!, doc.refDate));
      f.push(...dateAttachment(text, other_.start, other_.end, e.start, e.end, null).map((x) => `${where}|${x}`));
      out.push({ value: e.date, features: f, text: e.text, ...(reading ? { tense: reading } : {}) });
    });
  }
  if (lastSince) out.push({ value: lastSince, features: ['since-negated'] });
  else if (SAME_TIME_PHRASES.test(text.slice(s.start, s.end))) {
    const prev = [...earlier].reverse().find((m) => m.date);
    if (prev) out.push({ value: prev.date, features: ['same-time'] });
  }
  return out;
}

/** Joins two time expressions into a range or a pair of alternatives: "Tuesday and Wednesday", "late July or August",
 * "May 3 to 5". */
const DATE_PAIR = /^\s*(?:,|or|and|to|through|till|until|[-–])\s*$/i;

/** Where a time expression stands in a pair of them: the guideline dates a meeting by the first day of a range, and the
 * first of two alternatives. */
function pairPosition(text: string, exprs: TimeExpression[], e: TimeExpression): string[] {
  const f: string[] = [];
  if (exprs.some((x) => x.end <= e.start && e.start - x.end <= 12 && DATE_PAIR.test(text.slice(x.end, e.start)))) f.push('pair-second');
  if (exprs.some((x) => x.start >= e.end && x.start - e.end <= 12 && DATE_PAIR.test(text.slice(e.end, x.start)))) f.push('pair-first');
  return f;
}

/** Words before a time expression that say how it relates to an event ("on Friday", "until Friday", "since May"); a
 * neighbouring sentence's other words say nothing about this candidate. */
const DATE_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'until', 'till', 'since', 'from', 'to', 'for', 'during', 'before', 'after', 'of', 'last', 'next', 'this', 'early', 'late', 'mid-', 'the', 'and']);

/** Verbs of setting out: the day someone leaves ("leaves today for talks in Tokyo") comes before the talks. */
const DEPARTURE = /^(leaves?|left|leaving|departs?|departed|departing|flies|flew|flying|sets?|setting)$/;

/** What the verb before a time expression says of it (`words`: the sentence's words up to the expression): a day of
 * setting out, not of the event; a present tense of schedule ("meets tomorrow", "leaves on Saturday") or of an event in
 * progress ("meeting here until Friday"), weighed with the tense the expression is read in. */
function verbBefore(words: string[], reading: 'past' | 'future'): string[] {
  const near = words.slice(-4).map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
  const prep = near[near.length - 1] ?? '';
  const verb = DATE_PREPOSITIONS.has(prep) ? near[near.length - 2] ?? '' : prep;
  const f: string[] = [];
  if (near.some((w) => DEPARTURE.test(w))) f.push('departure');
  if (/^(meets|leaves|opens|begins|starts|ends|resumes|visits|arrives|holds|goes|flies|continues|runs|lasts)$/.test(verb)) f.push(`present-verb|${reading}`);
  else if (/ing$/.test(verb) && verb.length > 4) f.push(`ing-verb|${prep}|${reading}`);
  return f;
}

/** The kind of wording of a time expression. */
function dateShape(t: string): string {
  const x = t.toLowerCase();
  if (/\b(yesterday|today|tonight|tomorrow)\b/.test(x)) return 'deictic';
  if (/\b(this|last|next|earlier|later)\b/.test(x)) return 'relative';
  if (/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/.test(x)) return 'weekday';
  if (/\d{4}/.test(x)) return 'with-year';
  if (/\d/.test(x)) return 'day-month';
  return 'month';
}

/** The places a candidate's place can be chosen from (and none), each with its features. */
/** The place a dateline names ("LONDON, March 3 - ..."): a place or state opening a line of the article's first 200
 * characters. */
function datelinePlace(doc: Doc): Mention | undefined {
  const text = doc.article.text;
  const from = doc.article.bodyStart;
  return doc.mentions.find((m) => (m.kind === 'place' || m.kind === 'state') && m.start < from + 200 && m.start >= from && /(^|\n)\s*$/.test(text.slice(from, m.start)) && /^,/.test(text.slice(m.end, m.end + 1)));
}

function placeChoices(doc: Doc, s: DocSentence, ms: Mention[], a: number, b: number, clauseStart: number, clauseEnd: number, rule: TriggerRule, rulePlace: Mention | null, inRule: Set<number>, by: number): Choice<Mention | null>[] {
  const toks = s.tokens;
  const out: Choice<Mention | null>[] = [{ value: null, features: ['none', `none|${rule.kind}`] }];
  const seen = new Set<number>();
  for (const m of ms) {
    if (m.kind === 'person' || seen.has(m.cluster) || (m.tokenStart >= a && m.tokenEnd <= b)) continue;
    const side = m.tokenEnd <= a ? 'before' : 'after';
    const dist = side === 'before' ? a - m.tokenEnd : m.tokenStart - b;
    const prep2 = placePreposition(toks, m);
    // A place is stated with a locative ("in Geneva", "at the White House"), or is where a visit goes, or qualifies the
    // trigger noun ("the London meeting", "a Brussels farm meeting", "the Downing Street talks").
    const attributive = rule.noun && m.kind === 'place' && attributivePlace(toks, m, a);
    // A city is offered for being a visit's destination in the sentence; a state, for being where the candidate's own
    // journey goes.
    const destination = m.kind === 'place' && visitDestination(toks, m);
    // Where the candidate's own journey goes ("leaves next week for the U.S.", "a visit to Mexico"): a visit to a
    // country is placed in that country.
    const journey = (m.kind === 'state' || m.kind === 'place') && journeyDestination(toks, m, b, rule, ms);
    // After "a visit by" (`by`, agentAfter), the visitor's words ("by U.S. Secretary of State Hendry") say where the
    // visitor comes from, not where the visit goes.
    const stated = prep2 in LOCATIVES || (rule.kind === 'visit' && m.tokenStart >= b && m.tokenStart - b <= 3 && !(by >= 0 && m.tokenStart > by)) || rulePlace?.cluster === m.cluster || attributive || destination || !!journey;
    // A name the sentence gives without stating it as a place ("met Japanese ministers") leaves its other mentions
    // free to state it ("in Japan" later in the sentence or the next).
    if (!stated) continue;
    seen.add(m.cluster);
    const f = [`kind:${m.kind}`, `side:${side}`, `dist:${side}|${bucket(dist)}`, `prep:${prep2}`, `prep|kind:${prep2}|${m.kind}`, `trig|kind:${rule.kind}|${m.kind}`];
    // Where a visit goes, in the candidate's sentence or the next one to it: one feature for both, so that what the
    // many visits of a sentence teach carries to the meetings of the sentence after.
    if (destination) f.push('visit-destination', `visit-destination|${m.kind}`);
    if (attributive) f.push('attributive', `attributive|${rule.kind}`);
    if (journey) f.push('journey-destination', `journey-destination|${m.kind}|${journey}`);
    f.push(m.tokenStart >= clauseStart && m.tokenEnd <= clauseEnd ? 'in-clause' : 'out-clause');
    if (rulePlace && rulePlace.cluster === m.cluster) f.push('rule-pick', `rule-pick|${m.kind}`);
    if (inRule.has(m.cluster)) f.push('rule-party', `rule-party|${m.kind}`);
    if (m.media) f.push('media');
    out.push({ value: m, features: f });
  }
  // The sentences either side may state where it is ("Berg, in Oslo on a tour, ... Berg earlier met Lind"):
  // their places with a locative, weighed by whether they name one of the candidate's parties.
  for (const [where, n] of [['prev-sentence', s.index - 1], ['next-sentence', s.index + 1]] as const) {
    const other = doc.sentences[n];
    if (!other || other.boilerplate || other.headline) continue;
    const there = neighbourMentions(doc, n);
    const party = there.some((m) => inRule.has(m.cluster)) ? 'party' : 'no-party';
    for (const m of there) {
      if ((m.kind !== 'place' && m.kind !== 'state') || seen.has(m.cluster) || m.media) continue;
      const prep2 = placePreposition(other.tokens, m);
      const attributive = m.kind === 'place' && attributiveOfTrigger(other.tokens, m);
      // "Berg begins a five-day visit to Ottawa on Monday. Berg said she will meet ...": where a visit goes is
      // where its encounters are.
      const destination = visitDestination(other.tokens, m);
      if (!(prep2 in LOCATIVES) && !attributive && !destination) continue;
      seen.add(m.cluster);
      const f = [where, `${where}|kind:${m.kind}`, `${where}|prep:${prep2}`, `${where}|${party}`, `${where}|${party}|${m.kind}`, `${where}|trig:${rule.kind}`];
      if (attributive) f.push(`${where}|attributive`);
      if (destination) f.push('visit-destination', `visit-destination|${m.kind}`, `${where}|visit-destination`);
      if (inRule.has(m.cluster)) f.push(`${where}|rule-party`);
      out.push({ value: m, features: f });
    }
  }
  // A place the article states for a meeting word elsewhere ("a summit in Brussels" ... "the summit"): the same word
  // and a place the article gives to one meeting only speak for it.
  const stated = meetingPlaces(doc);
  const distinct = new Set(stated.map((x) => x.mention.cluster)).size;
  const word = rule.phrase.join(' ');
  for (const x of stated) {
    if (Math.abs(x.sentence - s.index) <= 1 || seen.has(x.mention.cluster) || x.mention.media) continue;
    seen.add(x.mention.cluster);
    const same = stated.some((y) => y.mention.cluster === x.mention.cluster && y.word === word) ? 'same-word' : 'other-word';
    const side = x.sentence < s.index ? 'before' : 'after';
    out.push({ value: x.mention, features: ['article', `article|${same}`, `article|${side}`, `article|${same}|${side}`, `article|kind:${x.mention.kind}`, `article|distinct:${Math.min(distinct, 3)}`, `article|trig:${rule.kind}`] });
  }
  // A reader gives the most specific place the text states: "a visit to China" ... "he will be in Peking" places the
  // visit in the city. A city of a state already offered, stated with a locative or as a visit's destination anywhere
  // in the article, is an option of its own; the state learns that a city of it was offered.
  const states = new Set(out.filter((o) => o.value?.kind === 'state' && o.value.iso).map((o) => o.value!.iso!));
  if (states.size) {
    const offered = new Set<string>();
    for (const m of doc.mentions) {
      if (m.kind !== 'place' || !m.stateIso || !states.has(m.stateIso) || seen.has(m.cluster) || m.media) continue;
      const other = doc.sentences[m.sentence];
      if (!other || other.boilerplate || other.headline) continue;
      const prep2 = placePreposition(other.tokens, m);
      const destination = visitDestination(other.tokens, m);
      if (!(prep2 in LOCATIVES) && !destination) continue;
      seen.add(m.cluster);
      offered.add(m.stateIso);
      const side = m.sentence < s.index ? 'before' : m.sentence > s.index ? 'after' : 'here';
      out.push({ value: m, features: ['city-of-state', `city-of-state|${side}`, `city-of-state|${destination ? 'visit' : prep2}`, `city-of-state|trig:${rule.kind}`] });
    }
    for (const o of out) if (o.value?.kind === 'state' && o.value.iso && offered.has(o.value.iso)) o.features.push('state-with-city');
  }
  // "here" is the dateline's city; without it, the dateline is where the reporter files from, often where the
  // meeting is.
  const here = s.tokens.findIndex((t) => lowerWord(t) === 'here');
  const dateline = datelinePlace(doc);
  if (dateline && !seen.has(dateline.cluster) && (here >= 0 || dateline.kind === 'place')) {
    if (here >= 0) out.push({ value: dateline, features: ['here', `here|${here < a ? 'before' : 'after'}`, `trig|here:${rule.kind}`] });
    else out.push({ value: dateline, features: ['dateline', `dateline|trig:${rule.kind}`, `dateline|stated:${Math.min(out.length - 1, 2)}`, `dateline|kind:${dateline.kind}`, `dateline|lead:${s.index <= 3 ? 'yes' : 'no'}`, `dateline|parties:${Math.min(inRule.size, 2)}|${rule.kind}`] });
  }
  // A month word read as a name ("in Feburary") is a time, not a place.
  return out.filter((o) => !o.value || !isMonthWord(o.value.text));
}

/** The preposition that governs a place: the word before it, past an article, a part of the place ("in central
 * Japan") and a kind of place with "of" ("in the French resort of Biarritz"); "^" at the start of the sentence. */
function placePreposition(toks: Token[], m: Mention): string {
  let k = m.tokenStart - 1;
  if (lowerWord(toks[k]) === 'of' && lowerWord(toks[k - 1]) in PLACE_NOUNS) {
    let j = k - 2;
    while (j >= 0 && j >= k - 4 && (/^\p{Lu}/u.test(toks[j]!.text) || lowerWord(toks[j]) in PLACE_MODIFIERS) && !/[,;:]/.test(toks[j]!.post)) j--;
    if (lowerWord(toks[j]) in DETERMINERS) j--;
    if (lowerWord(toks[j]) in LOCATIVES) return lowerWord(toks[j]);
  }
  if (lowerWord(toks[k]) in PLACE_MODIFIERS) k--;
  if (lowerWord(toks[k]) === 'the') k--;
  return lowerWord(toks[k]) || '^';
}

/** Whether a place qualifies the noun at token `a` ("the London meeting", "a Brussels farm meeting", "the Downing
 * Street talks"): it opens the noun phrase (after a determiner or at the start of a clause) and at most one other
 * modifier, not a function word, stands between them. */
function attributivePlace(toks: Token[], m: Mention, a: number): boolean {
  if (m.tokenEnd > a || a - m.tokenEnd > 1) return false;
  for (let k = m.tokenEnd; k < a; k++) if (/[,;:()]/.test(toks[k - 1]!.post) || FUNCTION_WORDS.has(lowerWord(toks[k])) || !/^\p{L}/u.test(toks[k]!.text)) return false;
  if (/[,;:()]/.test(toks[a - 1]!.post)) return false;
  const before = lowerWord(toks[m.tokenStart - 1]);
  // After a determiner, a demonstrative, a year ("the 1985 Plaza meeting"), a possessive ("Sunday's Vienna talks"), or
  // at the start of a clause.
  return !before || before in DETERMINERS || before === 'this' || before === 'that' || before === 'last' || before === 'next' || before === "'s" || /^\d{4}$/.test(before) || /['’]s$/.test(before) || /[,;:(]$/.test(toks[m.tokenStart - 1]!.post);
}

/** Whether a place or state is where a visit of its sentence goes: a visit trigger ends at most two tokens before it
 * ("a visit to Washington", "visiting Beijing", "trip to the Soviet Union"). */
function visitDestination(toks: Token[], m: Mention): boolean {
  for (let i = Math.max(0, m.tokenStart - 5); i < m.tokenStart; i++) {
    const rule = matchTrigger(toks, i);
    if (rule?.kind !== 'visit') continue;
    let k = i + rule.phrase.length;
    if (lowerWord(toks[k]) === 'to') k++;
    if (lowerWord(toks[k]) === 'the') k++;
    if (k === m.tokenStart) return true;
  }
  return false;
}

/** Whether a place qualifies a meeting noun of its sentence ("ahead of the Brussels summit"). */
function attributiveOfTrigger(toks: Token[], m: Mention): boolean {
  for (let a = m.tokenEnd; a <= m.tokenEnd + 1 && a < toks.length; a++) {
    const rule = matchTrigger(toks, a);
    if (rule?.noun && attributivePlace(toks, m, a)) return true;
  }
  return false;
}


/** The places an article states for its meeting nouns: "a summit in Brussels", "talks at Camp David", "the London
 * meeting" (cached per article). */
const meetingPlacesCache = new WeakMap<Doc, Array<{ mention: Mention; word: string; sentence: number }>>();
function meetingPlaces(doc: Doc): Array<{ mention: Mention; word: string; sentence: number }> {
  let found = meetingPlacesCache.get(doc);
  if (found) return found;
  found = [];
  for (const s of doc.sentences) {
    if (s.boilerplate || s.headline) continue;
    const places = neighbourMentions(doc, s.index).filter((m) => m.kind === 'place' || m.kind === 'state');
    if (!places.length) continue;
    for (let i = 0; i < s.tokens.length; i++) {
      const rule = matchTrigger(s.tokens, i);
      if (!rule?.noun) continue;
      const end = i + rule.phrase.length;
      // The noun's "of" phrase may stand between it and its place: "a meeting of Nordic fisheries and trade experts in
      // Bergen", "the talks of the two sides' negotiators in Vienna" (within the clause: no comma between).
      const reach = lowerWord(s.tokens[end]) === 'of' ? 7 : 4;
      for (const m of places) {
        const prep = placePreposition(s.tokens, m);
        const after = m.tokenStart >= end && m.tokenStart - end <= reach && (prep === 'in' || prep === 'at') && !s.tokens.slice(end, m.tokenStart).some((t) => /[,;:]/.test(t.post));
        if (after || (m.kind === 'place' && attributivePlace(s.tokens, m, i))) found.push({ mention: m, word: rule.phrase.join(' '), sentence: s.index });
      }
      i = end - 1;
    }
  }
  meetingPlacesCache.set(doc, found);
  return found;
}

/** The mentions of one sentence (cached per article). */
const neighbourCache = new WeakMap<Doc, Map<number, Mention[]>>();
function neighbourMentions(doc: Doc, sentence: number): Mention[] {
  let by = neighbourCache.get(doc);
  if (!by) {
    by = new Map();
    for (const m of doc.mentions) (by.get(m.sentence) ?? by.set(m.sentence, []).get(m.sentence)!).push(m);
    neighbourCache.set(doc, by);
  }
  return by.get(sentence) ?? [];
}

/** The people (clusters) an article names as holding an office now: tied by a role to a state or organization, not as
 * a former holder, or written after a capitalised title word anywhere, no former marker before it ("Trade Minister
 * Hajime Tamura", "Chancellor Tom Hale"; not "the band's manager Tom Hale", "Former Minister Jana Novak"). Cached per
 * article's roles. */
const officeHoldersCache = new WeakMap<RoleResult, Set<number>>();
function officeHolders(doc: Doc, roles: RoleResult): Set<number> {
  let found = officeHoldersCache.get(roles);
  if (found) return found;
  found = new Set<number>();
  for (const [cluster, ties] of roles.ties) if (ties.some((t) => !t.former)) found.add(cluster);
  for (const r of roles.roles) if (!r.former) found.add(r.person);
  for (const m of doc.mentions) {
    if (m.kind !== 'person') continue;
    const toks = doc.sentences[m.sentence]!.tokens;
    const title = toks[m.tokenStart - 1]?.text ?? '';
    // "Former Foreign Minister Jana Novak": an office no longer held.
    const former = toks.slice(Math.max(0, m.tokenStart - 4), m.tokenStart - 1).some((t) => lowerWord(t).replace(/-$/, '') in FORMER_MARKERS);
    if (/^\p{Lu}/u.test(title) && isTitleWord(title) && !former) found.add(m.cluster);
  }
  officeHoldersCache.set(roles, found);
  return found;
}

/**
 * The country of a national cabinet whose session names "cabinet" at token `cab`: the state named or written as an
 * adjective before "cabinet" ("the Italian cabinet", "Japan's cabinet"), else the one the persons of the sentence hold
 * office in now when they all serve one ("as Netanyahu held a cabinet meeting, U.S. Secretary Blinken arrived" names
 * two, so none), else, when no person of the sentence serves a state, the one the article reports from (its
 * dateline's).
 */
function cabinetCountry(doc: Doc, toks: Token[], ms: Mention[], roles: RoleResult, cab: number): string | undefined {
  const at = lowerWord(toks[cab - 1]) === "'s" ? cab - 1 : cab;
  const named = ms.find((m) => m.kind === 'state' && m.tokenEnd === at)?.iso ?? (cab > 0 && /^\p{Lu}/u.test(toks[cab - 1]!.text) ? stateByDemonym(toks[cab - 1]!.text)?.iso : undefined);
  if (named) return named;
  const served = new Set(ms.flatMap((m) => (m.kind === 'person' ? roles.ties.get(m.cluster)?.find((t) => t.kind === 'state' && t.iso && !t.former)?.iso ?? [] : [])));
  if (served.size) return served.size === 1 ? [...served][0] : undefined;
  const dateline = datelinePlace(doc);
  return dateline?.kind === 'state' ? dateline.iso : dateline?.stateIso;
}

/** Features of a candidate's status (held or planned). */
function statusReading(doc: Doc, toks: Token[], a: number, b: number, clauseStart: number, clauseEnd: number, status: MeetingStatus, date: EventDate, rule: TriggerRule): string[] {
  // A name or a number says nothing of time: the words before the trigger are read with names as <Cap> and numbers as
  // <num>, so that the weights learn the words of tense ("will", "prepares to") rather than who was named. A capital
  // that opens the sentence is no name's ("Next week", "Tomorrow's summit", "Earlier,").
  const word = (t: Token | undefined) => (!t ? '^' : /^\p{Lu}/u.test(t.text) && t !== toks[0] ? '<Cap>' : /^\d/.test(t.text) ? '<num>' : lowerWord(t));
  const f = [`rule:${status}`, `prev:${word(toks[a - 1])}`, `prev2:${word(toks[a - 2])} ${word(toks[a - 1])}`, `w:${toks.slice(a, b).map(lowerWord).join(' ')}`, `kind:${rule.kind}`];
  for (let k = Math.max(clauseStart, a - 5); k < a; k++) f.push(`before:${word(toks[k])}`);
  for (let k = b; k < Math.min(clauseEnd, b + 8); k++) if (['next', 'tomorrow', 'upcoming', 'later', 'last', 'yesterday', 'ago', 'earlier'].includes(lowerWord(toks[k]))) f.push(`after:${lowerWord(toks[k])}`);
  if (date && doc.refDate) f.push(date.slice(0, doc.refDate.length >= date.length ? date.length : 10) > doc.refDate.slice(0, date.length) ? 'date-after-ref' : date.length === 10 && date === doc.refDate ? 'date-is-ref' : 'date-before-ref');
  return f;
}

/**
 * The learned decisions on one candidate: its parties, whether it is a meeting, its date, place and status. Returns the
 * events it adds (one, or one per group of a split), or none; records the decision in `trace` when asked.
 */
/** The weight at or below which a veto decides alone (training starts vetoes at -30; one the annotated articles contradict
 * is trained above this). */
const DECISIVE_VETO = -24;
/** The vetoes that may decide alone: the genres of occasion the guideline never counts (meeting-genre.ts), the
 * frames of gatherings it excludes (meeting-frame.ts: a legislature's or a party's own session, a shareholders'
 * meeting, a press conference, a background process) and a personal encounter ("met her future husband"), whose words
 * a report of modern news surrounds with names and dates. */
const DECISIVE_VETOES = new Set([...Object.keys(GENRE_VETOES), ...Object.keys(FRAME_VETOES), 'personal-encounter'].map((v) => `veto:${v}`));

function decide(doc: Doc, raw: RawCandidate, model: MeetingModel, earlier: MeetingCandidate[], trace?: CandidateTrace[], reports?: DatedReport[]): MeetingCandidate[] {
  const s = doc.sentences[raw.sentence]!;
  const toks = s.tokens;
  const { a, b, rule } = raw;
  const scored = raw.pool.map((e) => ({ e, score: score(model.participant, e.features) }));
  // Names coordinated with a party ("France, Italy and Switzerland") share its decision.
  // A news outlet reports or hosts; it is no party to the meeting it reports (guideline rule 9: interviews, press
  // conferences and television appearances are never meetings), nor does a list of names make it one.
  const chosen = new Set(scored.filter((x) => x.score > 0 && !x.e.mention.media).map((x) => x.e));
  // Why a party was chosen or left out other than by its own score, for the explanation.
  const byRule = new Map<PoolEntry, string>();
  const choose = (e: PoolEntry, why: string) => {
    if (!chosen.has(e)) byRule.set(e, why);
    chosen.add(e);
  };
  const listPlaces = doc.mentions.filter((m) => m.sentence === raw.sentence && m.kind === 'place');
  let grew = true;
  while (grew) {
    grew = false;
    for (const x of scored) {
      if (chosen.has(x.e) || x.e.mention.sentence !== raw.sentence || x.e.mention.media) continue;
      if ([...chosen].some((c) => c.mention.sentence === raw.sentence && c.mention.kind === x.e.mention.kind && coordinated(toks, c.mention, x.e.mention, listPlaces))) {
        choose(x.e, 'coordinated-with-party');
        grew = true;
      }
    }
  }
  // "will meet British officials", "talks with a Japanese delegation": the state whose officials, named by no one, are
  // the trigger's object is met (guideline: officials of a country make the country a participant). Not so with a
  // named official ("meet South Korean President Chun"): the person is the state's side.
  for (const x of scored) {
    const m = x.e.mention;
    if (chosen.has(x.e) || !x.e.features.includes('origin:demonym') || m.sentence !== raw.sentence || m.tokenStart < b || m.tokenStart > b + 2) continue;
    if (!toks.slice(b, m.tokenStart).every((t) => lowerWord(t) in OBJECT_LEAD)) continue;
    const head = toks.findIndex((t, k) => k >= m.tokenEnd && k <= m.tokenEnd + 3 && lowerWord(t) in OFFICIAL_GROUPS);
    if (head < 0 || doc.mentions.some((y) => y.sentence === raw.sentence && y.kind === 'person' && y.tokenStart > head && y.tokenStart <= head + 3)) continue;
    choose(x.e, 'officials-of-state-met');
  }
  // "the premier leaves on Friday for Canada", "visited Japan": a state a traveller goes to, named as the destination,
  // hosts the visit when the sentence names no one there to meet and no party stands after the trigger already
  // (guideline: a visit to a country is a meeting with it). A city's state is left to the participant decision ("Mr
  // Hale, visiting Beijing, signed a deal" places an earlier meeting there).
  if (rule.kind === 'visit' && ![...chosen].some((c) => c.mention.sentence === raw.sentence && c.mention.tokenStart >= b) && [...chosen].some((c) => c.mention.kind === 'person' && c.mention.sentence === raw.sentence && c.mention.tokenEnd <= a)) {
    const named = doc.mentions.filter((m) => m.sentence === raw.sentence);
    const host = scored.find((x) => x.e.mention.sentence === raw.sentence && x.e.mention.kind === 'state' && !x.e.features.includes('origin:place-state') && journeyDestination(toks, x.e.mention, b, rule, named) === 'alone');
    if (host) choose(host.e, 'journey-destination');
  }
  // "the council held an ad hoc meeting", "the government is holding talks with": the subject of the verb that holds
  // the gathering takes part in it.
  for (const x of scored) if (!chosen.has(x.e) && !x.e.mention.media && x.e.mention.sentence === raw.sentence && holdsGathering(toks, x.e.mention, a, rule)) choose(x.e, 'holds-gathering');
  // A national cabinet's session: its country takes part (guideline rule 7).
  const cabinetParty = raw.cabinet === undefined ? undefined : scored.find((x) => x.e.mention.cluster === raw.cabinet);
  if (cabinetParty) choose(cabinetParty.e, 'cabinet-session-country');
  // A state only implied by where the meeting is (a visited city, a venue) is no party of its own when a person of the
  // sentence serves it ("visit to Lima, where she will meet Peruvian Foreign Minister Pedro Gomez"): that person is its
  // side already, as the state in a person's title is.
  for (const x of scored) {
    if (!chosen.has(x.e) || !x.e.features.includes('origin:place-state') || !x.e.features.includes('serves-person')) continue;
    chosen.delete(x.e);
    byRule.set(x.e, 'place-state-served-by-party');
  }
  const parties: Party[] = scored.filter((x) => chosen.has(x.e)).map((x) => ({ cluster: x.e.mention.cluster, mention: x.e.mention }));
  parties.sort((x, y) => x.mention.sentence - y.mention.sentence || x.mention.tokenStart - y.mention.tokenStart);
  // One organization chosen alone is a body's own gathering ("EC farm ministers meet on Monday") when the meeting
  // decision, which sees how many parties were chosen and of which kind, accepts it.
  // So is one party of any kind meeting a body the report does not name ("Brazil will meet the advisory committee").
  const session = !!cabinetParty || isSession(parties, rule, toks, b) || (parties.length === 1 && parties[0]!.mention.kind === 'organization' && lowerWord(toks[b]) !== 'with') || (parties.length === 1 && raw.features.includes(UNNAMED_COUNTERPART));
  const features = [...raw.features, ...partySummary(raw, scored.map((x) => x.score))];
  const meetingScore = score(model.meeting, features);
  const enough = parties.length >= 2 || session;
  // A veto that training left at about its prior (the annotated articles do not contradict the rule it states) decides
  // alone: other features adding up (a long sentence with many names and dates) do not outweigh a class of text the
  // guideline excludes.
  const decisive = features.some((f) => DECISIVE_VETOES.has(f) && (model.meeting.weights[f] ?? 0) <= DECISIVE_VETO);
  const accepted = meetingScore > 0 && enough && !decisive;
  if (trace) {
    trace.push({
      sentence: raw.sentence,
      start: toks[a]!.start,
      end: toks[b - 1]!.end,
      trigger: raw.trigger,
      decision: accepted ? 'meeting' : meetingScore > 0 && decisive ? 'vetoed' : meetingScore > 0 ? 'too few parties' : 'not a meeting',
      score: round3(meetingScore),
      reasons: reasons(model.meeting, features),
      parties: scored.map((x) => ({
        label: x.e.mention.label,
        kind: x.e.mention.kind,
        chosen: chosen.has(x.e),
        ...(byRule.has(x.e) ? { rule: byRule.get(x.e)! } : {}),
        score: round3(x.score),
        reasons: reasons(model.participant, x.e.features, 3),
      })),
    });
  }
  // A definite description ("the meeting", "the talks") refers to an earlier event of the article that has its
  // parties (two of them, or all when fewer), rather than being a new one: one within three sentences, or, with two
  // shared parties, one of a compatible date anywhere before.
  // How the noun refers (meeting-coref's rule): a determiner or possessive before its modifiers ("the Ukraine
  // discussions", "their first meeting") refers; a word of another event ("their last meeting", "the next talks") does not.
  const reference = rule.noun ? nounReference(toks, a) : null;
  const statusScore = score(model.status, raw.statusFeatures);
  const status: MeetingStatus = statusScore > 0 ? 'planned' : 'held';
  // The date is chosen among the readings that stand for the status decided.
  const dateOptions = datesFor(raw.dateOptions, status);
  const dateAt = best(model.date, dateOptions.map((o) => o.features));
  const date = dateOptions[dateAt]?.value ?? null;
  const none = dateOptions.find((o) => o.value === null);
  const dateScore = date && none ? score(model.date, dateOptions[dateAt]!.features) - score(model.date, none.features) : 0;
  const dateHere = !!date && dateOptions[dateAt]!.features.some((f) => f.startsWith('side:'));
  if (trace) {
    const options = dateOptions.map((o) => ({ value: o.value, text: o.text ?? null, score: round3(score(model.date, o.features)), reasons: reasons(model.date, o.features, 3) }));
    Object.assign(trace[trace.length - 1]!, { status, statusScore: round3(statusScore), statusReasons: reasons(model.status, raw.statusFeatures, 5) });
    trace[trace.length - 1]!.date = { value: date, text: dateOptions[dateAt]?.text ?? null, options: options.map((o, i) => ({ o, i })).sort((x, y) => y.o.score - x.o.score || x.i - y.i).map((x) => x.o) };
  }
  if (reference === 'definite') {
    const need = Math.min(2, parties.length);
    const own = date;
    const near = (m: MeetingCandidate) => m.sentences.some((x) => x >= raw.sentence - 3) || (need === 2 && datesCompatible(m.date, own));
    const last = [...earlier].reverse().find((m) => near(m) && parties.filter((p) => m.parties.some((q) => q.cluster === p.cluster)).length >= need);
    if (last) {
      if (!last.sentences.includes(raw.sentence)) last.sentences.push(raw.sentence);
      // "The visit is planned for May 3 to 5": the reference dates an event that had no date.
      if (!last.date && date && last.status === status) Object.assign(last, { date, dateScore, dateHere });
      // "The Downing Street talks", "the meeting in Brussels": the reference places an event that had no place, with a
      // place its own sentence states.
      if (!last.place) {
        const own = raw.placeOptions.filter((o) => !o.value || o.features.some((f) => f.startsWith('side:')));
        const where = own[best(model.place, own.map((o) => o.features))]?.value;
        if (where && !where.media && !last.parties.some((p) => p.cluster === where.cluster)) last.place = where;
      }
      return [];
    }
  }
  if (!accepted) {
    // A trigger of the gathering that is no event of its own ("Ruiz chaired the meeting, which ended on Tuesday")
    // may still date it: a noun that names a gathering, or any trigger read as a meeting with too few parties (a verb
    // read as no meeting is mostly of another sense: "meet targets", "talk about the dollar"); not one of another
    // sitting ("their next meeting") or of a genre the guideline excludes.
    if (reports && date && parties.length && (rule.noun || meetingScore > 0) && !decisive && !anotherSitting(toks, a, b, !!rule.noun)) reports.push({ parties, date, status, sentence: raw.sentence, dateScore });
    return [];
  }
  // A party is not its own venue (an organization that takes part, not one whose building hosts), nor is an outlet.
  const places = raw.placeOptions.filter((o) => !o.value || (!o.value.media && !(o.value.kind === 'organization' && parties.some((p) => p.cluster === o.value!.cluster))));
  const placeAt = narrowestPlace(toks, raw.sentence, places, best(model.place, places.map((o) => o.features)));
  const place = places[placeAt]?.value ?? null;
  if (placeAt >= 0) notePlaceScore(raw, place, score(model.place, places[placeAt]!.features));
  if (trace) {
    const options = places.map((o) => ({ value: o.value?.text ?? null, score: round3(score(model.place, o.features)), reasons: reasons(model.place, o.features, 3) }));
    trace[trace.length - 1]!.place = { value: place?.text ?? null, options: options.map((o, i) => ({ o, i })).sort((x, y) => y.o.score - x.o.score || x.i - y.i).map((x) => x.o) };
  }
  const finalParties = withoutPlaceStates(parties, place);
  const framedIn = rule.noun && framedOccasion(toks, a) ? [raw.sentence] : undefined;
  const another = anotherSitting(toks, a, b, !!rule.noun) || undefined;
  const base = { date, status, trigger: raw.trigger, topics: raw.topics, sentences: [raw.sentence], session, reference, framedIn, another, dateScore, dateHere };
  // "conversations with Domenici ..., and with Wright": a repeated "with" names separate encounters, one each.
  const withAt = toks.map((t, k) => (k >= b && k < raw.clauseEnd && lowerWord(t) === 'with' ? k : -1)).filter((k) => k >= 0);
  if (withAt.length >= 2 && !session) {
    const here = finalParties.filter((p) => p.mention.sentence === raw.sentence);
    const groupOf = (m: Mention) => withAt.filter((k) => k < m.tokenStart).length;
    const shared = finalParties.filter((p) => p.mention.sentence !== raw.sentence || p.mention.tokenStart < withAt[0]!);
    const groups = withAt.map((_, g) => here.filter((p) => p.mention.tokenStart > withAt[0]! && groupOf(p.mention) === g + 1));
    if (shared.length && groups.every((g) => g.length)) {
      const group = nextGroup++;
      return groups.map((g) => ({ ...base, parties: [...shared, ...g], place, about: [], session: false, group, counterparts: g.map((p) => p.cluster) }));
    }
  }
  const listed = listedCounterparts(toks, rule, finalParties, raw.pool, raw.sentence, b, raw.clauseEnd);
  if (listed.length) {
    const group = nextGroup++;
    const subjects = finalParties.filter((p) => !listed.some((v) => v.cluster === p.cluster));
    return listed.map((v) => ({ ...base, parties: [...subjects, v], place, about: [], session: false, group, counterparts: [v.cluster] }));
  }
  // A trip to several countries ("a five-day trip to Spain, Greece and Austria") is one event
  // per country: the travellers meet each one.
  // Only countries named as one list are the stops ("a week in Chile, Peru and Bolivia to promote trade"); states the
  // sentence names apart ("visiting Seoul, said the rules apply to China but not to Vietnam") are what is said.
  const visited = rule.kind === 'visit' ? parties.filter((p) => p.mention.kind === 'state' && p.mention.sentence === raw.sentence && p.mention.tokenStart >= b) : [];
  if (visited.length >= 2 && visited.slice(1).every((v, i) => coordinated(toks, visited[i]!.mention, v.mention, listPlaces))) {
    const travellers = parties.filter((p) => !visited.includes(p));
    if (travellers.length) {
      const group = nextGroup++;
      return visited.map((v) => ({ ...base, parties: [...travellers, v], place: v.mention, topics: [], about: [], session: false, group, counterparts: [v.cluster] }));
    }
  }
  return [{ ...base, parties: finalParties, place, about: raw.about.filter((m) => !finalParties.some((p) => p.cluster === m.cluster)) }];
}

/** Words that may open a trigger's object before a national adjective ("with the Japanese delegation", "meet senior
 * British officials"). */
const OBJECT_LEAD: Record<string, string> = wordTable({ with: '"talks with"', the: 'determiner', a: 'determiner', senior: 'rank', top: 'rank', visiting: '"the visiting"' });

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Words that end a list of met people: another relation ("with", "to", "who") or a report ("..., Ana Ruiz, said
 * spokesman Li Wen"). */
const LIST_BREAKS = new Set(['with', 'between', 'to', 'who', 'which', 'said', 'says', 'told', 'tells', 'added', 'according']);

const REPORT_AFTER = new Set(['said', 'says', 'told', 'tells', 'added']);

/** The fewest people a verb's object list must name to be read as one encounter each. */
const LISTED_MIN = 3;

/**
 * "Vos is to meet President Rui Matos, Economy Minister Nuno Faria, Navy Chief Tiago Lobo ...": the people a
 * meeting verb lists as its object are met one by one, one event each with the subject. Returns those people (at
 * least LISTED_MIN of them, named one after the other after the verb, with a party before it), or none. The list is
 * the whole run of people so named, also those the participant decision left out and those past the trigger's clause
 * ("..., harbour master Ines Cabral and navy chief Tiago Lobo"): being in the list is what makes them met.
 */
function listedCounterparts(toks: Token[], rule: TriggerRule, parties: Party[], pool: readonly PoolEntry[], sentence: number, b: number, clauseEnd: number): Party[] {
  if (rule.noun || rule.kind !== 'meeting') return [];
  const here = parties.filter((p) => p.mention.sentence === sentence);
  if (!here.some((p) => p.mention.tokenEnd <= b - 1)) return [];
  const chosen = here.filter((p) => p.mention.tokenStart >= b && p.mention.tokenEnd <= clauseEnd);
  if (!chosen.length || chosen.some((p) => p.mention.kind !== 'person')) return [];
  const people = new Map<number, Party>();
  for (const p of [...chosen, ...pool.filter((e) => e.mention.sentence === sentence && e.mention.kind === 'person' && e.mention.tokenStart >= b).map((e) => ({ cluster: e.mention.cluster, mention: e.mention }))]) {
    const at = people.get(p.mention.tokenStart);
    if (!at) people.set(p.mention.tokenStart, p);
  }
  const after = [...people.values()].sort((x, y) => x.mention.tokenStart - y.mention.tokenStart);
  const run: Party[] = after.length ? [after[0]!] : [];
  // Only commas, "and", titles and descriptions between them: one list.
  for (let i = 1; i < after.length; i++) {
    const gap = toks.slice(after[i - 1]!.mention.tokenEnd, after[i]!.mention.tokenStart);
    if (gap.length > 8 || gap.some((t) => /[;:()]/.test(t.post) || LIST_BREAKS.has(lowerWord(t)))) break;
    if (!/,/.test(toks[after[i - 1]!.mention.tokenEnd - 1]!.post) && !gap.some((t) => /,/.test(t.post) || lowerWord(t) === 'and')) break;
    // "..., and Jan Hruby, spokesman Petr Novy said": the person a report verb follows is the source.
    if (REPORT_AFTER.has(lowerWord(toks[after[i]!.mention.tokenEnd]))) break;
    run.push(after[i]!);
  }
  if (run.length < LISTED_MIN || !chosen.every((p) => run.includes(p))) return [];
  const seen = new Set<number>();
  return run.filter((p) => !here.some((q) => q.cluster === p.cluster && q.mention.tokenEnd <= b - 1) && !seen.has(p.cluster) && !!seen.add(p.cluster));
}

/** Whether only commas, "and"/"or", "the" and places named in the list (`places`, "a trip to the U.S., Europe and
 * Japan") stand between two mentions of a sentence. */
function coordinated(toks: Token[], x: Mention, y: Mention, places: Mention[] = []): boolean {
  const [first, second] = x.tokenStart < y.tokenStart ? [x, y] : [y, x];
  if (second.tokenStart - first.tokenEnd > 8) return false;
  let joined = /,/.test(toks[first.tokenEnd - 1]?.post ?? '');
  for (let k = first.tokenEnd; k < second.tokenStart; k++) {
    const place = places.find((m) => m.tokenStart === k && m.tokenEnd <= second.tokenStart);
    if (place) {
      k = place.tokenEnd - 1;
      if (!/,/.test(toks[k]!.post) && lowerWord(toks[k + 1]) !== 'and' && lowerWord(toks[k + 1]) !== 'or') return false;
      continue;
    }
    const w = lowerWord(toks[k]);
    if (w !== 'and' && w !== 'or' && w !== ',' && !(w === 'the' && k === second.tokenStart - 1)) return false;
    if (/[;:()]/.test(toks[k]!.post)) return false;
    joined ||= w !== 'the';
  }
  return joined;
}

/** What the participant decisions found, as features of the meeting decision: how many parties, of which kinds,
 * whether any is named in the trigger's own sentence, and how far the best and the second-best possible party score
 * from the line (`first-party:`, `second-party:`). */
export function partySummary(raw: RawCandidate, scores: number[]): string[] {
  const chosen = raw.pool.filter((_, i) => scores[i]! > 0);
  const hereCount = chosen.filter((e) => e.mention.sentence === raw.sentence).length;
  const kinds = [...new Set(chosen.map((e) => e.mention.kind))].sort().join('+') || 'none';
  const f = [`chosen:${Math.min(chosen.length, 3)}`, `chosen-here:${Math.min(hereCount, 2)}`, `chosen-kinds:${kinds}`, `chosen|kind:${Math.min(chosen.length, 3)}|${raw.rule.kind}`];
  // How sure the participant decision is of its best and second-best party, in bands of score (above the line: over
  // 10, over 3, over 0; below it: over -3, lower): a meeting needs two sides, and the learned weights say how much a
  // second party near the line counts.
  const ranked = [...scores].sort((x, y) => y - x);
  const band = (x: number | undefined) => (x === undefined ? 'none' : x > 10 ? 'high' : x > 3 ? 'mid' : x > 0 ? 'low' : x > -3 ? 'near' : 'out');
  f.push(`second-party:${band(ranked[1])}`, `first-party:${band(ranked[0])}`);
  return [...f, ...statesApart(chosen, raw.rule)];
}

/** Every time expression of a sentence, resolved with the given tense (offsets in the article text); computed once per
 * sentence and tense. */
const datesCache = new WeakMap<DocSentence, Partial<Record<'past' | 'future', TimeExpression[]>>>();
function sentenceDates(doc: Doc, s: DocSentence, tense: 'past' | 'future'): TimeExpression[] {
  let byTense = datesCache.get(s);
  if (!byTense) datesCache.set(s, (byTense = {}));
  // The dateline's day is the reference day of the text, not the date of an event (the guideline's rule 2).
  const dateline = s.index <= 2 ? datelineSpan(doc.article.text, doc.article.bodyStart) : null;
  return (byTense[tense] ??= findDates(doc.article.text.slice(s.start, s.end), doc.refDate, tense)
    .map((e) => ({ ...e, start: e.start + s.start, end: e.end + s.start }))
    .filter((e) => !dateline || e.end <= dateline.start || e.start >= dateline.end));
}

/** "have not met since May 13": the day after "since" (within six tokens of the trigger), or null. */
function sinceDate(doc: Doc, toks: Token[], b: number): EventDate {
  for (let k = b; k < Math.min(toks.length - 1, b + 6); k++) {
    if (lowerWord(toks[k]) !== 'since' || !/^(\d|\p{Lu})/u.test(toks[k + 1]!.text)) continue;
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
  for (let k = clauseStart; k < a; k++) if (lowerWord(toks[k]) in PLANNED_MARKERS) return true;
  // "to meet" as an infinitive of intention: "plans to meet", "is to visit"
  if (lowerWord(toks[a - 1]) === 'to' && ['is', 'are', 'was', 'were', 'due', 'set', 'scheduled', 'expected', 'plans', 'planned', 'going', 'agreed', 'decided'].includes(lowerWord(toks[a - 2]))) return true;
  for (let k = a; k < Math.min(clauseEnd, a + 12); k++) if (['next', 'tomorrow', 'upcoming'].includes(lowerWord(toks[k]))) return true;
  return false;
}

function preferPlace(current: Mention | null, m: Mention): Mention {
  if (!current) return m;
  const rank = (x: Mention) => (x.kind === 'place' ? 2 : x.kind === 'organization' ? 1 : 0);
  return rank(m) > rank(current) ? m : current;
}

function pickDate(doc: Doc, s: DocSentence, a: number, clauseStart: number, clauseEnd: number, tense: 'past' | 'future', earlier: MeetingCandidate[]): EventDate {
  const text = doc.article.text;
  const exprs = sentenceDates(doc, s, tense);
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
      if (intro.every((w, j) => lowerWord(toks[k + j]) === w)) {
        const s = k + intro.length;
        let e = s;
        while (e < toks.length && e - s < 10 && !TOPIC_STOPS.has(lowerWord(toks[e]))) {
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

/**
 * Two reports of the same parties dated the same day are one meeting even when one reads as coming and the other as
 * done ("Ministers will meet on May 18 ..." and "At their May 18 meeting, ministers agreed ..."): the tenses differ,
 * the day does not. A month or a year alone does not tell one meeting from the next.
 */
function sameDay(x: EventDate, y: EventDate): boolean {
  return !!x && x === y && /^\d{4}-\d{2}-\d{2}$/.test(x);
}

/**
 * Exactly the same two or more parties on the same day are one meeting even when the two mentions read different places
 * ("Holm held talks with Rand in Bergen on Monday. ... met Rand on Monday after landing in Oslo from Stockholm"): a place
 * reading is then at fault, not the event.
 */
function sameOccasion(m: MeetingCandidate, cand: MeetingCandidate): boolean {
  if (cand.group !== undefined || m.group !== undefined || cand.parties.length < 2 || m.parties.length !== cand.parties.length) return false;
  return sameDay(m.date, cand.date) && m.status === cand.status && cand.parties.every((p) => m.parties.some((q) => q.cluster === p.cluster));
}

function datesCompatible(x: EventDate, y: EventDate): boolean {
  return !x || !y || x.startsWith(y) || y.startsWith(x);
}

/**
 * A body's own session ("the council's members convene for their annual conference") is another gathering than the
 * talks some party holds with that body ("Kenya's talks with the council") on another day: a candidate that is one
 * body alone joins an earlier session of the same body, or an event the body takes part in when the candidate gives
 * no day or the event's own day ("the board meeting of the council, where Kenya ..." and "the council's board meets
 * tomorrow").
 */
function sessionsMayMerge(m: MeetingCandidate, cand: MeetingCandidate): boolean {
  if (!(cand.session && cand.parties.length === 1)) return true;
  return m.parties.some((p) => p.cluster === cand.parties[0]!.cluster) && (m.session || sameDay(m.date, cand.date) || !cand.date);
}

/**
 * A second trigger of a sentence whose list of counterparts an earlier trigger split one per counterpart ("Berg will
 * meet Hollis, Ferri and Ruiz, trade envoy of ..."; "a tour of Spain, Greece and Austria, visiting ...") reads the same
 * list again: when it names two or more of the split encounters' own counterparts, those encounters already report it.
 */
function readsSplitList(list: readonly MeetingCandidate[], cand: MeetingCandidate): boolean {
  if (cand.group !== undefined) return false;
  const groups = new Map<number, MeetingCandidate[]>();
  for (const m of list) if (m.group !== undefined && m.sentences.some((x) => cand.sentences.includes(x))) (groups.get(m.group) ?? groups.set(m.group, []).get(m.group)!).push(m);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const count = new Map<number, number>();
    for (const m of members) for (const p of m.parties) count.set(p.cluster, (count.get(p.cluster) ?? 0) + 1);
    const own = cand.parties.filter((p) => count.get(p.cluster) === 1).length;
    if (own >= 2) return true;
  }
  return false;
}

/** Merges a candidate into an earlier event of the article when they share their parties and nothing conflicts, or
 * when it refers to one with a definite noun (meeting-coref). */
function mergeInto(list: MeetingCandidate[], cand: MeetingCandidate, refDate: string | null): void {
  if (readsSplitList(list, cand)) return;
  const target = list.find((m) => mayMerge(m, cand, refDate)) ?? referent(list, cand, (m) => sessionsMayMerge(m, cand) && (datesCompatible(m.date, cand.date) || namesOnlyPartiesOf(m, cand)) && placesCompatible(m.place, cand.place)) ?? sessionReferent(list, cand);
  if (!target) {
    list.push(cand);
    return;
  }
  absorb(target, cand);
}

/** Adds what a candidate tells of an event to it. */
function absorb(m: MeetingCandidate, cand: MeetingCandidate): void {
  for (const g of [cand.group, ...(cand.groupsTaken ?? [])]) if (g !== undefined && !(m.groupsTaken ??= []).includes(g)) m.groupsTaken.push(g);
  for (const p of cand.parties) if (!m.parties.some((q) => q.cluster === p.cluster)) m.parties.push(p);
  if (!m.date || (cand.date && cand.date.length > m.date.length)) Object.assign(m, { date: cand.date, dateScore: cand.dateScore, dateHere: cand.dateHere });
  m.place = mergedPlace(m, cand, preferPlace);
  for (const t of cand.topics) if (!m.topics.includes(t)) m.topics.push(t);
  for (const x of cand.about) if (!m.about.some((y) => y.cluster === x.cluster)) m.about.push(x);
  for (const x of cand.sentences) if (!m.sentences.includes(x)) m.sentences.push(x);
  for (const x of cand.framedIn ?? []) if (!(m.framedIn ??= []).includes(x)) m.framedIn.push(x);
  // An event that gathered a city as its place from one mention and the city's state as a party from another (a visit
  // and a meeting during it) drops the state too.
  m.parties = withoutPlaceStates(m.parties, m.place, standsForPlace);
}

/** With people on both sides, a visited country is the place, not a party (`isPlace`: whether a state stands for the
 * place; by default, whether it is the place itself). */
function withoutPlaceStates(parties: Party[], place: Mention | null, isPlace = (state: Mention, at: Mention) => state.cluster === at.cluster): Party[] {
  if (!place || parties.filter((p) => p.mention.kind === 'person').length < 2) return parties;
  return parties.filter((p) => p.mention.kind !== 'state' || !isPlace(p.mention, place));
}

/** Whether a state party is the place itself or the state of the city that is the place (read from the city's words
 * or named by its code). */
function standsForPlace(state: Mention, place: Mention): boolean {
  if (state.cluster === place.cluster) return true;
  if (place.kind !== 'place') return false;
  return (state.sentence === place.sentence && state.start === place.start) || (!!state.iso && state.iso === place.stateIso);
}

/**
 * An event grows as later mentions join it ("Ruiz invited the bank for talks" gains its president from "the meeting
 * with Dent"), so an event read before it grew may now tell of it: events are merged again, the later into the
 * earlier, until no two of them may merge.
 */
function consolidate(list: MeetingCandidate[], refDate: string | null): void {
  for (let j = 1; j < list.length; j++) {
    const i = list.slice(0, j).findIndex((m) => mayMerge(m, list[j]!, refDate, true));
    if (i < 0) continue;
    absorb(list[i]!, list[j]!);
    list.splice(j, 1);
    j = 0;
  }
}

/**
 * Two reports that each name a person the other does not ("a meeting between Raha, Miller and
 * Aiyar" and "Aiyar and Khristenko would discuss it at a meeting"; "Trump met Xi, Bolton writes" and "Bolton says Trump
 * talked with Erdogan") tell of two encounters of the people they share, not one: each has a counterpart of its own.
 */
function ownCounterparts(m: MeetingCandidate, cand: MeetingCandidate): boolean {
  const own = (x: MeetingCandidate, y: MeetingCandidate) => x.parties.some((p) => p.mention.kind === 'person' && !y.parties.some((q) => q.cluster === p.cluster));
  if (!own(m, cand) || !own(cand, m)) return false;
  // Two people of both reports on the same day are most often the two sides of one meeting, each report naming an
  // aide of its own ("Holm met Rojas in Lima on Tuesday" and "Holm held talks with Rojas and Vidal on Tuesday").
  const sharedPeople = cand.parties.filter((p) => p.mention.kind === 'person' && m.parties.some((q) => q.cluster === p.cluster)).length;
  return !(sharedPeople >= 2 && sameDay(m.date, cand.date));
}

/** Whether a candidate tells more of an earlier event: they share their parties and nothing conflicts. */
function mayMerge(m: MeetingCandidate, cand: MeetingCandidate, refDate: string | null, settled = false): boolean {
  if (cand.group !== undefined && (m.group === cand.group || m.groupsTaken?.includes(cand.group))) return false;
  if (cand.counterparts && !cand.counterparts.every((c) => m.parties.some((q) => q.cluster === c))) return false;
  const shared = cand.parties.filter((p) => m.parties.some((q) => q.cluster === p.cluster)).length;
  // A mention framed as the occasion beside another event of its sentence ("met on the sidelines of a summit") is
  // another gathering there (both framed there: the same occasion, "a three-day summit meeting").
  const framed = (x: number) => !!cand.framedIn?.includes(x) !== !!m.framedIn?.includes(x);
  if (cand.sentences.some((x) => m.sentences.includes(x) && framed(x))) return false;
  // Two triggers of one sentence ("visited China to hold talks with Xi") need share only one party (not two events
  // that have each gathered several sentences, nor one encounter of a list split one per counterpart, which shares
  // its traveller with every event of the sentence).
  const sameSentence = !settled && cand.group === undefined && cand.sentences.some((x) => m.sentences.includes(x));
  const need = sameSentence ? 1 : Math.min(2, cand.parties.length, m.parties.length);
  // A later undated sentence about the same parties only ("Medvedev conveyed to the Chinese head of state a message")
  // tells more of the event, whatever tense the trigger reads in; but a planned one after a held event is the next
  // meeting ("the two sides will talk again").
  // Not so once both are settled events: each has then been read with its own status.
  const retold = !settled && !cand.date && shared >= 2 && shared === cand.parties.length && !(m.status === 'held' && cand.status === 'planned');
  if (!sessionsMayMerge(m, cand)) return false;
  if (!sameSentence && ownCounterparts(m, cand)) return false;
  // A call and an encounter in person are two events.
  if (callAndEncounter(m.trigger, cand.trigger)) return false;
  // A mention of another sitting ("their last meeting", "will meet again") is another event than one of the same
  // parties reported in other sentences, unless that one was itself told as another sitting ("will meet again in May",
  // later "the next round") or falls on the same day.
  if (cand.another && !m.another && !cand.sentences.some((x) => m.sentences.includes(x)) && !sameDay(m.date, cand.date)) return false;
  return !(shared < need || (m.status !== cand.status && !sameSentence && !retold && !sameDay(m.date, cand.date) && !(!settled && shared >= 2 && datesEvent(m, cand, refDate))) || !datesCompatible(m.date, cand.date) || !(placesCompatible(m.place, cand.place) || sameOccasion(m, cand)));
}
