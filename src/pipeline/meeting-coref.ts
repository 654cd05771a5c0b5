/**
 * Within one article, a later mention of a meeting often names it with a definite noun ("the talks", "this week's
 * meeting", "her visit to Oslo") and only some of its parties ("Kenya and Sri Lanka each held the other responsible for
 * the collapse of the talks", after "tea talks between growers and buyers ... Kenya ... Sri Lanka"). The annotation
 * guideline counts one event per real meeting per article, so such a mention is evidence of the earlier event, not a
 * second one. This module states that class rule: an anaphoric noun trigger refers to the latest earlier event of the
 * article that shares a party with it, whose date and place do not conflict with its own, and that is of a compatible
 * kind (a body's own session is referred to only by that body).
 */
import { lowerWord, type Token } from '../nlp/tokenize.js';
import type { EventDate } from './dates.js';
import type { Mention } from './model.js';
import { wordTable } from '../gazetteer/normalize.js';
import { TRIGGERS, type TriggerKind } from '../gazetteer/meetings.js';


/** Determiners that make a meeting noun refer to an event the reader already knows of. */
const ANAPHORIC_DETERMINERS: Record<string, string> = wordTable({
  the: '"the talks", "the meeting"', this: '"this meeting"', that: '"that meeting"', these: '"these talks"', those: '"those talks"',
  their: '"their meeting"', its: '"its session"', his: '"his visit"', her: '"her trip to Moscow"', same: '"the same session"',
});

/** Words between a determiner and the meeting noun that keep the reference to a known event ("the latest round of"
 * is still the known event; "the next meeting" and "another meeting" are not). */
const MODIFIERS_KEEPING_REFERENCE = new Set(['first', 'latest', 'recent', 'current', 'crucial', 'failed', 'two-day', 'three-day', 'one-day', 'week-long', 'closed-door', 'special', 'bilateral', 'round', 'rounds', 'of',
  // Words of a visit's or talks' kind and scope: "his first foreign trip", "the official visit", "their high-level talks".
  'foreign', 'overseas', 'official', 'state', 'working', 'historic', 'surprise', 'high-level', 'formal', 'informal', 'private', 'secret', 'emergency', 'unprecedented', 'brief', 'short', 'whirlwind',
  // Words of when it is held: "this weekend meeting", "the morning session", "the annual conference".
  'weekend', 'morning', 'afternoon', 'evening', 'night', 'day', 'week', 'annual', 'weekly', 'monthly', 'quarterly', 'regular', 'scheduled', 'planned']);
/** Words that make the noun a new or other event: "the next meeting", "further talks", "another round". */
const NEW_EVENT_WORDS = new Set(['next', 'another', 'further', 'new', 'future', 'previous', 'last', 'earlier', 'other', 'upcoming', 'second', 'third', 'fresh', 'more']);

/** How a noun trigger at token `a` refers: "definite" (a determiner or a possessive before it), "new" (a word of
 * another event before it), or null (indefinite or bare). */
export function nounReference(toks: Token[], a: number): 'definite' | 'new' | null {
  for (let d = a - 1; d >= Math.max(0, a - 5); d--) {
    const w = lowerWord(toks[d]);
    if (NEW_EVENT_WORDS.has(w)) return 'new';
    if (w in ANAPHORIC_DETERMINERS) return 'definite';
    // "today's session", "Berg's visit", "this week's talks".
    if (w === "'s" || w === "'" || /'s?$/.test(w)) return 'definite';
    // Names and known modifiers may stand between ("the Ukraine discussions", "the U.S.-Japan talks").
    if (/^\p{Lu}/u.test(toks[d]!.text) || MODIFIERS_KEEPING_REFERENCE.has(w) || /^[\d-]+$/.test(w)) continue;
    return null;
  }
  return null;
}

/** Words that make a mention another sitting than the one the article reports: "their next meeting", "at its previous
 * session", "will meet again". Counting words are not among them: "held its third meeting with the exchange" is the
 * meeting reported, counted. */
const ANOTHER_SITTING: Record<string, string> = wordTable({
  next: '"the next meeting"', another: '"another round"', further: '"further talks"', future: '"future talks"',
  previous: '"its previous meeting"', last: '"their last meeting"', earlier: '"an earlier meeting"', upcoming: '"the upcoming summit"',
  fresh: '"fresh talks"', other: '"other meetings"', again: '"will meet again"',
});

/**
 * Whether the trigger at tokens [a, b) names another sitting than one the reader knows of: a noun with an
 * ANOTHER_SITTING word among the words nounReference reads before it ("their last formal meeting"), or a verb with
 * "again" within the three words after it, in its phrase ("likely to meet again with the committee").
 */
export function anotherSitting(toks: Token[], a: number, b: number, noun: boolean): boolean {
  if (noun) {
    if (nounReference(toks, a) !== 'new') return false;
    for (let d = a - 1; d >= Math.max(0, a - 5); d--) {
      const w = lowerWord(toks[d]);
      if (NEW_EVENT_WORDS.has(w)) return w in ANOTHER_SITTING;
    }
    return false;
  }
  for (let k = b; k < Math.min(toks.length, b + 3); k++) {
    if (lowerWord(toks[k]) === 'again') return true;
    if (/[,;:()]/.test(toks[k]!.post)) return false;
  }
  return false;
}

/** Phrases that set a meeting noun as the occasion beside which another event of the sentence happens ("on the
 * sidelines of a summit", "ahead of an EU summit", "at the close of the three-day summit meeting", "placed before the July
 * conference"): the noun names another gathering than the sentence's other trigger. */
const FRAMING_BEFORE: Record<string, string> = wordTable({
  sidelines: '"on the sidelines of a summit"', margins: '"on the margins of the talks"', ahead: '"ahead of an EU summit"',
  eve: '"on the eve of the meeting"', end: '"by the end of the summit"', close: '"at the close of the talks"', before: '"placed before the July conference"',
  after: '"after the summit"', prior: '"prior to the talks"', 'run-up': '"in the run-up to a Nordic summit"',
});

/** Words that begin another phrase between a framing word and the noun. */
const PHRASE_BREAKS = new Set(['for', 'with', 'in', 'at', 'on', 'by', 'from', 'and', 'or', 'that', 'which', 'who', 'over', 'about']);

/** Whether the noun trigger at token `a` is framed as the occasion beside another event: within the five words before
 * it, in its clause and phrase, "before", "after" or "during", or "of"/"to" after a FRAMING_BEFORE word ("sidelines of", "run-up to"). */
export function framedOccasion(toks: Token[], a: number): boolean {
  for (let d = a - 1; d >= Math.max(0, a - 5); d--) {
    if (/[,;:()]/.test(toks[d]!.post)) return false;
    const w = lowerWord(toks[d]);
    // "after a two-hour meeting", "after hours of talks": the length of a sitting of the same gathering, not another one
    // ("after a three-day summit" is another event).
    // "met Ruiz during a trade ministers' meeting", "during his visit, he has met": a meeting held in the course of
    // another gathering is another event (the guideline's visit and the meeting during it).
    if (w === 'before' || w === 'after' || w === 'during') return !toks.slice(d + 1, a).some((t) => /(^|-)(minutes?|hours?)$/.test(lowerWord(t)));
    // "late in the month for talks": a phrase of its own stands between.
    if (PHRASE_BREAKS.has(w)) return false;
    if (w === 'of' || w === 'to') {
      const head = lowerWord(toks[d - 1]);
      return head in FRAMING_BEFORE && head !== 'before' && head !== 'after';
    }
  }
  return false;
}

/** What the class rule needs to see of an event of the article. */
export interface CorefEvent {
  parties: Array<{ cluster: number; mention: Mention }>;
  date: EventDate;
  place: Mention | null;
  session: boolean;
  sentences: number[];
  group?: number;
  /** The event's first mention is an anaphoric noun ("the talks"). */
  reference?: 'definite' | 'new' | null;
}

/**
 * The earlier event an anaphoric mention refers to: the latest one sharing a party with it, whose date and place are
 * compatible with its own (`compatible`), or none. A mention of a body's own session alone refers only to an event
 * of that body.
 */
export function referent<T extends CorefEvent>(earlier: readonly T[], cand: CorefEvent, compatible: (m: T, cand: CorefEvent) => boolean): T | undefined {
  if (cand.reference !== 'definite') return undefined;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const m = earlier[i]!;
    if (cand.group !== undefined && m.group === cand.group) continue;
    const shared = cand.parties.filter((p) => m.parties.some((q) => q.cluster === p.cluster)).length;
    if (!shared) continue;
    if (!compatible(m, cand)) continue;
    return m;
  }
  return undefined;
}

/** Trigger kinds of a gathering that people sit in (a meeting, its talks, a summit), as against a journey or a call. */
const GATHERING_KINDS = new Set<TriggerKind>(['meeting', 'talks', 'negotiation', 'summit', 'conference']);
const KIND_OF = new Map(TRIGGERS.map((r) => [r.phrase.join(' '), r.kind]));

/** Trigger kinds of an encounter in person: a meeting, a visit, a summit, a party hosting another. */
const IN_PERSON_KINDS = new Set<TriggerKind>(['meeting', 'visit', 'summit', 'host']);

/**
 * Whether one of two triggers names a call by telephone or video and the other an encounter in person ("said in a
 * telephone conversation on Tuesday" and "Baker met West German officials"): they tell of two events, not one, even of
 * the same parties. (A definite noun, "the call", still refers back: that is coreference, not this rule.)
 */
export function callAndEncounter(x: string, y: string): boolean {
  const kx = KIND_OF.get(x.toLowerCase());
  const ky = KIND_OF.get(y.toLowerCase());
  return !!kx && !!ky && ((kx === 'call' && IN_PERSON_KINDS.has(ky)) || (ky === 'call' && IN_PERSON_KINDS.has(kx)));
}

/** Whether a trigger word names a gathering people sit in ("meeting", "talks", "negotiations", "summit"). */
export function namesGathering(trigger: string): boolean {
  const kind = KIND_OF.get(trigger.toLowerCase());
  return !!kind && GATHERING_KINDS.has(kind);
}

/**
 * A body's session whose participants the report leaves unnamed ("a special session of the pepper council between growing
 * and buying nations broke up without accord") is taken up by a later undated definite mention that names who sat in it
 * ("Malaysia and India each blamed the other for the failure of the talks"): with no earlier event sharing a party, the mention
 * refers to the article's latest event when that event is such a session of one body, of the same status (held or
 * planned), both name a gathering, and the mention gives no subject of its own that the session's report does not.
 */
export function sessionReferent<T extends CorefEvent & { trigger: string; status: string; topics?: string[] }>(earlier: readonly T[], cand: CorefEvent & { trigger: string; status: string; topics?: string[] }): T | undefined {
  if (cand.reference !== 'definite' || cand.date || !namesGathering(cand.trigger)) return undefined;
  if (earlier.some((m) => m.parties.some((q) => cand.parties.some((p) => p.cluster === q.cluster)))) return undefined;
  const last = earlier[earlier.length - 1];
  if (!last || !last.session || last.parties.length !== 1 || last.status !== cand.status || !namesGathering(last.trigger)) return undefined;
  // Talks with a subject of their own that the session's report does not give ("resumed the talks on fishing rights"
  // after a session on quotas) are other talks.
  if (cand.topics?.length && !cand.topics.some((t) => last.topics?.includes(t))) return undefined;
  return last;
}

/**
 * Whether an anaphoric mention names two or more parties, all of them the event's ("Berg's Oslo visit" after "her visit
 * to Oslo"): it refers to that event even when its own date reading differs, which is then the reading at fault.
 */
export function namesOnlyPartiesOf(m: CorefEvent, cand: CorefEvent): boolean {
  return cand.parties.length >= 2 && cand.parties.every((p) => m.parties.some((q) => q.cluster === p.cluster));
}

/**
 * A planned-then-held pair, or the reverse, about the same parties: "the steering committee meeting of the Tea Council"
 * (read as planned) and "the committee meets tomorrow" (read as held) are one meeting, and the second dates the first.
 * A later mention with a date dates an earlier undated event of other status when that day fits the earlier event's
 * status as seen from the article's date: a held meeting is not dated after the article, nor a planned one before it.
 */
export function datesEvent(m: { date: EventDate; status: 'held' | 'planned' }, cand: { date: EventDate }, refDate: string | null): boolean {
  return !m.date && !!cand.date && !!refDate && fitsStatus(cand.date, m.status, refDate);
}

/** Whether a day (or month) can date an event of a status, seen from the article's date (unknown: it can). */
export function fitsStatus(date: EventDate, status: 'held' | 'planned', refDate: string | null): boolean {
  if (!date || !refDate) return true;
  const day = date.slice(0, 10);
  const ref = refDate.slice(0, day.length);
  return status === 'held' ? day <= ref : day >= ref;
}

/** A trigger the decisions did not keep as an event of its own (too few parties, or not a meeting) that still dates
 * its parties' gathering: its date, status and parties, and how far the date decision put that date above no date. */
export interface DatedReport {
  parties: Array<{ cluster: number }>;
  date: EventDate;
  status: 'held' | 'planned';
  sentence: number;
  dateScore: number;
}

/** What datedReports reads and sets of an event. */
export interface DatableEvent {
  parties: Array<{ cluster: number }>;
  status: 'held' | 'planned';
  date: EventDate;
  dateScore?: number;
  dateHere?: boolean;
  sentences: number[];
}

/**
 * A trigger that is no event of its own may date one that is ("EC ministers ended a three-day meeting in Luxembourg.
 * ... Their chairman attempted yesterday, at this meeting, to narrow differences", the second read as too few parties):
 * a dated report in a sentence no event was read from (a sentence with an event's own trigger dates that event), whose
 * parties all take part in one event of the article of the same status, and only one, dates it when its day fits that
 * status as seen from the article's date and the event has a date read from a neighbouring sentence only, one the
 * learned date decision rated below the report's. A date stated in the sentence of the trigger that first dated the
 * event is kept, and an undated event stays undated (in modern news such a report mostly dates another encounter of the
 * same people). The report's sentence becomes evidence of the event.
 */
export function datedReports(list: DatableEvent[], reports: readonly DatedReport[], refDate: string | null): void {
  for (const r of reports) {
    if (!fitsStatus(r.date, r.status, refDate) || list.some((m) => m.sentences.includes(r.sentence))) continue;
    const events = list.filter((m) => m.status === r.status && r.parties.every((p) => m.parties.some((q) => q.cluster === p.cluster)));
    if (events.length !== 1) continue;
    const m = events[0]!;
    if (!m.date || m.dateHere || r.dateScore <= (m.dateScore ?? 0)) continue;
    m.date = r.date;
    m.dateScore = r.dateScore;
    m.dateHere = false;
    m.sentences.push(r.sentence);
  }
}
