/**
 * Dates of events, resolved against the article's reference day and the tense of the sentence.
 *
 * chrono-node finds the time expressions and their explicit components; resolution is ours, because news needs
 * rules date libraries do not apply: in past-tense news "on Tuesday" is the Tuesday before, a held meeting's
 * "February 10-11" is in the past, "last week" names no day, and "the 21st" is a day of the reference month.
 */
import * as chrono from 'chrono-node';
import { REPORTING_VERBS } from '../gazetteer/meetings.js';

export type Tense = 'past' | 'future';

/** A resolved date: `YYYY-MM-DD`, `YYYY-MM`, or null (the expression names no day or month). */
export type EventDate = string | null;

export interface TimeExpression {
  /** Offsets in the text that was searched. */
  start: number;
  end: number;
  text: string;
  date: EventDate;
}

/** Expressions that name a span with no day or month the guideline can use. */
const NO_DAY: Array<{ pattern: RegExp; reason: string }> = [
  { pattern: /\b(weeks?|weekends?|fortnights?)\b/i, reason: '"last week", "this weekend", "the past few weeks": no specific day' },
  { pattern: /\bmonths\b(?! ago)/i, reason: '"the past two months": a span, no one month' },
  { pattern: /\b(years?|decades?|centur(y|ies))\b(?! ago)/i, reason: '"last year": no month' },
  { pattern: /\b(hours?|minutes?|seconds?)\b/i, reason: 'a duration, not a date' },
  { pattern: /\b(recently|lately|soon|now)\b/i, reason: 'vague' },
];

/** Ordinal day of the reference month: "on the 21st". Without "on", not one that qualifies a noun ("the 20th annual
 * meeting", "the 40th anniversary"): then an ordinal followed by a lowercase word other than a connective is no day. */
const ORDINAL_DAY = /\b(on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|century))/gi;
const QUALIFIES_NOUN = /^\s+(?!(?:of|and|or|to|at|in|on|when|until|through|after|before|with|as|for|from|by)\b)[a-z]/;

/** A span of days counted from no stated day ("after a day of meetings", "two days before the summit"); a count from
 * the reference day ("in three days", "two days ago") is a date. */
const DAY_SPAN = /\bdays?\b/i;

/** A relative time counted in a unit must write the unit whole: chrono reads "in the money market" as "in the mon(th)". */
const COUNTED_UNIT = /^(?:in|within)\s+(?:the|a|an|one)\s+(\p{L}+)$/iu;
const UNIT_WORDS = /^(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?)$/i;
const COUNTED_FROM_REF = /^(in|within)\b|\bago\b|\bday\s+(before\s+yesterday|after\s+tomorrow)\b/i;
/** A time counted back from the reference day in years names no month (no date); one counted back in months names
 * only its month. */
const AGO_IN_YEARS = /\b(years?|decades?|centur(y|ies))\s+ago\b/i;
const AGO_IN_MONTHS = /\bmonths?\s+ago\b/i;

/** A fraction, not a day of a month: "7/8 pct", "1-1/8 points", "3/4 of a point". */
const FRACTION_AFTER = /^\s*(pct|percent|per\s+cent|%|points?|of\s+an?\b|dlrs?|dollars?|cents?|mln|billion|stg)/i;
const FRACTION_BEFORE = /\d[-\s]$/;

/** The date an anniversary commemorates ("the 75th anniversary of the June 6, 1944, D-Day landings") is no time of what
 * the sentence reports. */
const COMMEMORATED = /\banniversar(?:y|ies)\s+of\s+(?:the\s+)?$/i;

/** A part of the day of the reference day: "this morning", "this afternoon", "this evening", "earlier in the day". */
const THIS_PART_OF_DAY = /\bthis\s+(morning|afternoon|evening)\b|\b(?:earlier|later)\s+in\s+the\s+day\b/gi;

/** May, the month, where chrono leaves it (it cannot tell it from the modal verb): after a preposition of time or
 * "early/late/mid" ("mid-May" too) or "the end/start of", and not before a verb ("in May be", "by May have"). */
const MAY_MONTH = /\b(in|during|by|until|till|before|after|since|early|late|[Mm]id|next|last|this|from|through|(?:end|beginning|start|middle)\s+of)(?:\s+|(?<=[Mm]id)-)May\b(?![ \t]+\d)(?!\s+(?:be|have|not|also|well|need|want|say|take|make|get|go|come|rise|fall|seek|ask)\b)/g;

/** A part of a month ("the end of June", "the end of the month", "the beginning of next month"): the month, no day. */
const PART_OF_MONTH = /\b(end|beginning|start|middle)\s+of\b/i;

/** A weekday abbreviation alone ("Sat", "Wed") is a day only when written as one: capitalized and not after "the".
 * In lower case it is a word ("the board sat", "they wed"); after "the" a title ("the Sun"). */
const WEEKDAY_ABBR = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;

/** The end of an event in progress: "delegates meeting here until Friday", "the session runs until Friday". The day is
 * the coming one, whatever the tense of the report. A progressive is a lower-case word ("Beijing", "Jinping" are
 * names), and one after a past auxiliary ("were negotiating until Tuesday", "had been staying", "were still talking")
 * has ended. */
const IN_PROGRESS_UNTIL = /(?<!\b(?:[Ww]as|[Ww]ere|been|kept)\s+(?:(?:still|\p{Ll}+ly)\s+)?)\b(?:(?!(?:morn|even|dur|noth|someth|anyth|build)ing\b)\p{Ll}{3,}ing|continues|runs|lasts|remains|sits|stays)(?:\s+\p{L}+){0,2}\s+(?:until|till|through)\s+$/u;

/** A day a schedule names, the coming one whatever the tense of the report: a verb of schedule in the present or after
 * "will/due to/set to" just before it ("the council is due to end Tuesday", "he leaves on Saturday", "ministers will
 * meet Thursday"). A schedule told in the past ("were due to end Tuesday", "was scheduled to meet Monday") may have
 * passed, so the tense of the report decides. */
const SCHEDULED = /\b(?:(?:will|shall|(?<!\b(?:was|were|been)\s+)(?:due\s+to|set\s+to|scheduled\s+to))\s+(?:\p{L}+\s+)?|(?:leaves|meets|opens|begins|starts|ends|resumes|arrives|returns|convenes|reconvenes)\s+)(?:on\s+)?$/iu;

const FUTURE_AUX = /^(will|shall|'ll|won't|won’t)$/;
const PAST_AUX = /^(was|were|had|did)$/;
const PRESENT_BE = /^(is|are|am|be|being|been|'re)$/;
/** Words before an infinitive that make it a time to come: "is to", "are expected to", "plans to", "is unlikely to". */
const INTENT_BEFORE_TO = /^(due|set|scheduled|expected|plans?|going|is|are|hopes?|wants?|aims?|intends?|likely|unlikely|poised|ready|about)$/;
/** Participles of a schedule: after their noun ("a meeting scheduled for Thursday") they tell no past. */
const SCHEDULE_WORDS = /^(scheduled|planned|slated|set|expected|proposed|called|rescheduled|postponed|delayed|moved|put)$/;
/** Words in "-ed" that are no verbs. */
const NOT_PAST = /^(need|feed|seed|speed|bed|red|shed|bleed|breed|weed|proceed|succeed|exceed|embed|hundred|sacred|kindred|indeed|naked|wicked|rugged|ragged|beloved|crooked|wretched|learned|aged)$/;
const IRREGULAR_PAST = /^(met|held|said|told|took|began|went|came|made|gave|saw|left|spoke|wrote|ran|won|lost|fell|rose|flew|led|brought|thought|found|kept|sat|stood|sent|spent|got|struck|drew|broke|chose|hit|quit|agreed|signed|ended|opened|closed|finished|announced|resigned)$/;
/** A word in "-ed" after a determiner is an adjective ("the proposed summit"), no verb. */
const DETERMINERS = /^(a|an|the|this|that|its|their|his|her|our|these|those)$/;
/** Words that end a clause for the scan: punctuation, conjunctions and relative pronouns open another clause. */
const TENSE_STOP = /^(and|but|or|which|who|that|when|while|after|before|because|although|since|if|[;:,()"“”])$/;

/**
 * The tense of the verb a weekday is told with, read from the nearest verb group before it in its clause (else the
 * first one after it): "the ministers met on Tuesday", "stocks on Wednesday finished flat" tell a past day; "will meet
 * on Tuesday", "is to sign it on Friday", "are expected to vote on Monday" a coming one. A verb group that tells no
 * direction of its own (a present passive "is expected", a schedule told in the past "was scheduled to", a modal
 * "would", "agreed to meet") gives undefined: the tense of the report decides. `text` is the sentence; the expression
 * is at [start, end).
 */
export function clauseTense(text: string, start: number, end: number): Tense | undefined {
  // A hyphenated word is one ("long-awaited", "U.N.-backed"): a compound adjective, no verb.
  const tok = (s: string) => [...s.matchAll(/[\p{L}'’]+(?:[.\-‐]+[\p{L}'’]+)*|[;:,()"“”]/gu)].map((m) => m[0]);
  const before = tok(text.slice(Math.max(0, start - 160), start)).slice(-16);
  const after = tok(text.slice(end, end + 80)).slice(0, 8);
  // undefined: no verb, read on; null: a verb group that tells no direction, the report decides.
  const read = (ws: string[], k: number): Tense | null | undefined => {
    const w = ws[k]!;
    const x = w.toLowerCase();
    const prev = (ws[k - 1] ?? '').toLowerCase();
    const told = ws.slice(Math.max(0, k - 3), k - 1).map((y) => y.toLowerCase());
    if (FUTURE_AUX.test(x)) return 'future';
    // An infinitive's time is told by the verb it depends on: one of intention or schedule in the present ("is to",
    // "are expected to", "plans to", "is unlikely to") comes; one told in the past ("was scheduled to") or another verb
    // ("agreed to meet on Monday") leaves it to the report.
    if (x === 'to') return INTENT_BEFORE_TO.test(prev) && !PAST_AUX.test(prev) && !told.some((y) => PAST_AUX.test(y) || y === 'been') ? 'future' : null;
    if (x === 'tomorrow' || x === 'upcoming') return 'future';
    if (PAST_AUX.test(x)) return /^(due|set|scheduled|expected|to|going|likely|unlikely)$/i.test(ws[k + 1] ?? '') ? null : 'past';
    if (/^\p{Ll}/u.test(w) && (IRREGULAR_PAST.test(x) || (/^\p{Ll}{3,}ed$/u.test(w) && !NOT_PAST.test(x)))) {
      // "the proposed summit", "a hastily arranged meeting": an adjective after a determiner (and its adverbs in
      // "-ly"), read on; "is expected", "are scheduled": a present passive.
      let d = k - 1;
      while (d > 0 && /^\p{Ll}{3,}ly$/u.test(ws[d]!)) d--;
      if (DETERMINERS.test((ws[d] ?? '').toLowerCase())) return undefined;
      // "a meeting scheduled for Thursday", "talks planned for May": a schedule after its noun tells no past; nor does
      // one told in the past ("a vote was expected on Friday", "had been planned for Monday"): the report decides.
      if (SCHEDULE_WORDS.test(x) && !/^(has|have)$/.test(prev)) return null;
      if (PRESENT_BE.test(prev)) return null;
      return 'past';
    }
    if (/^(would|could|might|may|should|must|can)$/.test(x)) return null;
    return undefined;
  };
  for (let k = before.length - 1; k >= 0; k--) {
    if (TENSE_STOP.test(before[k]!.toLowerCase())) break;
    const t = read(before, k);
    if (t !== undefined) return t ?? undefined;
  }
  for (let k = 0; k < after.length; k++) {
    if (k === 0 && after[k] === ',') continue; // "On Wednesday, the ministers met"
    if (TENSE_STOP.test(after[k]!.toLowerCase())) break;
    const t = read(after, k);
    if (t !== undefined) return t ?? undefined;
  }
  return undefined;
}

/** Adverbs between a verb and its time: "met secretly in August", "will meet again on June 3". */
const VERB_ADVERBS = /^(again|secretly|privately|briefly|informally|formally|first|also|only|last|twice|once)$|^\p{Ll}{3,}ly$/u;
const TIME_PREPOSITIONS = /^(on|in|at|during|by)$/;

/**
 * The tense of the verb a day or month is told right after ("met on Dec. 13", "met secretly in August", "will confer on
 * January 9", "is to meet in March"), or undefined: a time further from its verb, or after a noun, a verb of schedule
 * or saying ("the trip is set for April 6", "at a meeting in Brussels on May 18", "said the May 14 session"), may be
 * another event's, and the nearest occurrence is the reader's choice. `start` is the expression's offset in `text`.
 */
export function verbJustBefore(text: string, start: number): Tense | undefined {
  // Only the words of the date's own phrase: none across a comma, a semicolon or a bracket ("after the bill passed; on
  // June 3, lawmakers will vote").
  const lead = text.slice(Math.max(0, start - 60), start).split(/[;:,()"“”]/u).pop() ?? '';
  const ws = [...lead.matchAll(/[\p{L}'’]+/gu)].map((m) => m[0]);
  let k = ws.length - 1;
  // The date must be the verb's time, after a preposition of time ("met on Dec. 13"), not its object ("has circled
  // July 4 as the target").
  if (!TIME_PREPOSITIONS.test((ws[k] ?? '').toLowerCase())) return undefined;
  k--;
  while (k > 0 && VERB_ADVERBS.test((ws[k] ?? '').toLowerCase())) k--;
  const w = ws[k] ?? '';
  const x = w.toLowerCase();
  const prev = (ws[k - 1] ?? '').toLowerCase();
  if (!/^\p{Ll}/u.test(w)) return undefined;
  // "were scheduled to meet on March 3": a plan told in the past may be of either side of the report.
  if (prev === 'to' && INTENT_BEFORE_TO.test((ws[k - 2] ?? '').toLowerCase()) && PAST_AUX.test((ws[k - 3] ?? '').toLowerCase())) return undefined;
  if (FUTURE_AUX.test(prev) || (prev === 'to' && INTENT_BEFORE_TO.test((ws[k - 2] ?? '').toLowerCase()) && !PAST_AUX.test((ws[k - 2] ?? '').toLowerCase()))) return 'future';
  if (PRESENT_BE.test(prev) || PAST_AUX.test(prev) && /^(due|set|scheduled|expected)$/.test(x)) return undefined;
  // A verb of saying: the time after it dates the statement, whose tense says nothing of what is told.
  if (SCHEDULE_WORDS.test(x) || x in REPORTING_VERBS) return undefined;
  if (IRREGULAR_PAST.test(x) || (/^\p{Ll}{3,}ed$/u.test(w) && !NOT_PAST.test(x))) return 'past';
  return undefined;
}

/** A date's year must be written in it: chrono reads "June 9/12" (days 9 and 12) as June 9, 2012. */
const WRITTEN_YEAR = /\b\d{4}\b|['’]\d{2}\b/;

/** The months' names, in order. */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBRS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const MONTH_ABBR = new RegExp(`^(${MONTH_ABBRS.join('|')})\\.?$`, 'i');
/** A month's name, capitalised as written, and what follows it in the name of an event ("the March for Life", "the
 * March on Washington", "the March of Dimes"): a preposition and a capitalised word. */
const MONTH_NAME = new RegExp(`^(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})(?=\\s)`);
const EVENT_NAME_AFTER = /^\s+(?:for|on|of|against)\s+(?:the\s+|our\s+)?\p{Lu}/u;

/** The month a word names, 1-12 ("February", "Feb."), or 0. */
export function monthNumber(word: string | undefined): number {
  const w = (word ?? '').toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full + 1;
  return MONTH_ABBR.test(w) && w !== 'may' ? MONTHS.findIndex((x) => x.startsWith(w.slice(0, 3))) + 1 : 0;
}

/** A UTC day. */
interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

export function parseIsoDay(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const fmtDay = (t: Day) => `${t.y}-${pad(t.m)}-${pad(t.d)}`;
const fmtMonth = (y: number, m: number) => `${y}-${pad(m)}`;
const toTime = (t: Day) => Date.UTC(t.y, t.m - 1, t.d);
const fromTime = (ms: number): Day => {
  const x = new Date(ms);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
};
const DAY_MS = 86_400_000;

/** Finds and resolves every time expression in `text`. `ref` is the reference day (article date or dateline), or
 * null: then only expressions that carry their own year resolve. */
export function findDates(text: string, ref: string | null, tense: Tense): TimeExpression[] {
  const refDay = ref ? parseIsoDay(ref) : null;
  const out: TimeExpression[] = [];
  const instant = refDay ? new Date(Date.UTC(refDay.y, refDay.m - 1, refDay.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[] = [];
  try {
    results = chrono.parse(text, { instant, timezone: 0 });
  } catch {
    results = [];
  }
  for (const r of results) {
    if (/\//.test(r.text) && (FRACTION_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 12)) || FRACTION_BEFORE.test(text.slice(Math.max(0, r.index - 2), r.index)))) continue;
    if (DAY_SPAN.test(r.text) && !COUNTED_FROM_REF.test(r.text.trim())) continue;
    if (WEEKDAY_ABBR.test(r.text.trim()) && (/^\p{Ll}/u.test(r.text.trim()) || /\bthe\s+$/i.test(text.slice(Math.max(0, r.index - 5), r.index)))) continue;
    // "the March for Life", "this year's March on Washington": a month's name that heads a named event is no date.
    const monthName = MONTH_NAME.exec(text.slice(r.index, r.index + 12));
    if (monthName && /^\p{L}+(?:\s+of)?$/u.test(r.text.trim()) && /\b(?:the|\p{L}+['’]s)(?:\s+\p{Ll}+)?\s+$/u.test(text.slice(Math.max(0, r.index - 30), r.index)) && EVENT_NAME_AFTER.test(text.slice(r.index + monthName[0].length, r.index + monthName[0].length + 30))) continue;
    const unit = COUNTED_UNIT.exec(r.text.trim());
    if (unit && !UNIT_WORDS.test(unit[1]!)) continue;
    // "in the day", "in the week": no count ("earlier in the day" is the reference day, read below).
    if (/^(?:in|within)\s+the\s/i.test(r.text.trim())) continue;
    if (COMMEMORATED.test(text.slice(Math.max(0, r.index - 40), r.index))) continue;
    const before = text.slice(Math.max(0, r.index - 9), r.index).toLowerCase();
    const lead = text.slice(Math.max(0, r.index - 50), r.index);
    const direction: Tense | undefined = /\b(last|past|previous)\s+$/.test(before) ? 'past' : /\b(next|coming)\s+$/.test(before) || IN_PROGRESS_UNTIL.test(lead) || SCHEDULED.test(lead) ? 'future' : undefined;
    const counted = /\b(last|past|previous|next|coming)\s+$/.test(before);
    const date = resolveComponents(r, refDay, tense, direction, direction ? undefined : clauseTense(text, r.index, r.index + r.text.length), counted, verbJustBefore(text, r.index));
    if (date === undefined) continue;
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, date });
  }
  const free = (from: number, to: number) => !out.some((e) => from < e.end && e.start < to);
  if (refDay) {
    THIS_PART_OF_DAY.lastIndex = 0;
    for (let m = THIS_PART_OF_DAY.exec(text); m; m = THIS_PART_OF_DAY.exec(text)) {
      if (free(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: fmtDay(refDay) });
    }
  }
  MAY_MONTH.lastIndex = 0;
  for (let m = MAY_MONTH.exec(text); m; m = MAY_MONTH.exec(text)) {
    const start = m.index + m[0].length - 3;
    if (!free(start, start + 3)) continue;
    const w = m[1]!.toLowerCase();
    // Read as any other month named without a year: "last May", "next May" count from the reference month; else the
    // tense of the verb the month is told right after ("met in May" in a report of April is last May).
    const direction: Tense | undefined = w === 'last' ? 'past' : w === 'next' ? 'future' : undefined;
    const date = refDay ? monthWithoutYear(5, refDay, tense, direction, direction ? undefined : verbJustBefore(text, start)) : null;
    out.push({ start, end: start + 3, text: 'May', date });
  }
  if (refDay) {
    ORDINAL_DAY.lastIndex = 0;
    for (let m = ORDINAL_DAY.exec(text); m; m = ORDINAL_DAY.exec(text)) {
      if (out.some((e) => m!.index < e.end && e.start < m!.index + m![0].length)) continue;
      if (!m[1] && QUALIFIES_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      const day = Number(m[2]);
      if (day < 1 || day > 31) continue;
      let y = refDay.y;
      let mo = refDay.m;
      if (tense === 'past' && day > refDay.d) [y, mo] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
      if (tense === 'future' && day < refDay.d) [y, mo] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
      const t = { y, m: mo, d: day };
      if (fromTime(toTime(t)).d !== day) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: fmtDay(t) });
    }
  }
  for (const e of out) {
    const first = e.date && e.date.length === 10 ? spanStart(text.slice(Math.max(0, e.start - 80), e.start), e.date) : null;
    if (first) e.date = first;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A span of days that a time expression ends: "a two-day session ending today", "the three-day talks which end on
 * Friday". The guideline dates a meeting by its first day, which simple arithmetic gives. */
const SPAN_END = /\b(two|three|four|five|six|seven|[2-7])[- ]day\s+(?:[\p{L}-]+\s+){0,4}?(?:(?:which|that)\s+)?(?:end|ending|ends|ended|closing|closes|closed|concluding|concludes|concluded)\s+(?:on\s+)?$/iu;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** The first day of a span of days that ends on `end` as the text before its expression states, or null. */
function spanStart(before: string, end: string): string | null {
  const m = SPAN_END.exec(before);
  const nth = m ? null : NTH_DAY.exec(before);
  const t = parseIsoDay(end);
  if ((!m && !nth) || !t) return null;
  const n = m ? COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]) : ORDINAL_WORDS[nth![1]!.toLowerCase()]!;
  return fmtDay(fromTime(toTime(t) - (n - 1) * DAY_MS));
}

/** The second or later day of talks a time expression names: "held a second day of talks on trade on Thursday", "on
 * the third day of his visit to Beijing on Friday" (a meeting's noun: "the fifth day of demonstrations" is none). The
 * meeting is dated by its first day, that many days before. */
const NTH_DAY = /\b(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:straight\s+|consecutive\s+|full\s+)?day\s+of\s+(?:[\p{L}'’-]+\s+){0,3}?(?:talks|meetings?|negotiations|consultations|discussions|visit|trip|tour|summit|session|conference)\b(?:\s+[\p{L}'’-]+){0,6}?\s+(?:on\s+)?$/iu;
const ORDINAL_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };

/** Resolves one chrono result; undefined when it is not a date at all (a bare time of day, a false hit). */
function resolveComponents(r: chrono.ParsedResult, ref: Day | null, tense: Tense, direction?: Tense, verbTense?: Tense, counted = false, yearTense?: Tense): EventDate | undefined {
  const c = r.start;
  const text = r.text;
  const known = (k: chrono.Component) => c.isCertain(k) && (k !== 'year' || WRITTEN_YEAR.test(text) || /\b(ago|yesterday|today|tomorrow|tonight)\b/i.test(text));
  if (!known('day') && !known('month') && !known('weekday') && !known('year')) return undefined;
  if (/^\d{1,2}$/.test(text.trim())) return undefined;
  if (MONTH_ABBR.test(text.trim()) && /^may$/i.test(text.trim())) return undefined; // "may" the modal verb
  for (const { pattern } of NO_DAY) if (pattern.test(text)) return null;
  const relativeWords = /\b(yesterday|today|tonight|tomorrow|ago)\b/i.test(text);
  if (relativeWords) {
    if (!ref) return null;
    // Counted back in years ("700 years ago") names no month; in months ("three months ago"), only the month.
    if (AGO_IN_YEARS.test(text)) return null;
    if (AGO_IN_MONTHS.test(text)) return fmtMonth(c.get('year')!, c.get('month')!);
    return fmtDay({ y: c.get('year')!, m: c.get('month')!, d: c.get('day')! });
  }
  // "this month", "earlier this month", "last month", "next month"
  const rel = /\b(this|last|next|past|coming|previous)\s+month\b/i.exec(text);
  if (rel) {
    if (!ref) return null;
    const w = rel[1]!.toLowerCase();
    const shift = w === 'last' || w === 'past' || w === 'previous' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
    const mIndex = ref.y * 12 + (ref.m - 1) + shift;
    return fmtMonth(Math.floor(mIndex / 12), (mIndex % 12) + 1);
  }
  const hasDay = known('day') && !PART_OF_MONTH.test(text);
  const hasMonth = known('month');
  const hasYear = known('year');
  if (hasDay && hasMonth) {
    const m = c.get('month')!;
    const d = c.get('day')!;
    if (hasYear) return fmtDay({ y: c.get('year')!, m, d });
    if (!ref) return null;
    // The tense of the verb the day is told with ("met on Dec. 13", "will sign it on January 5") puts it on that side of
    // the reference day; else the nearest occurrence, weighed with the tense of the report.
    const side = direction ?? yearTense;
    return fmtDay(side ? pickYear({ y: 0, m, d }, ref, side) : nearestYear({ y: 0, m, d }, ref, tense));
  }
  if (hasMonth && !hasDay) {
    const m = c.get('month')!;
    if (hasYear) return fmtMonth(c.get('year')!, m);
    if (!ref) return null;
    return monthWithoutYear(m, ref, tense, direction, yearTense);
  }
  if (known('weekday') && !hasDay) {
    if (!ref) return null;
    const wd = c.get('weekday')!;
    const refWd = new Date(toTime(ref)).getUTCDay();
    const lower = text.toLowerCase();
    const way: Tense = /\bnext\b/.test(lower) ? 'future' : /\b(last|past|previous)\b/.test(lower) ? 'past' : direction ?? verbTense ?? tense;
    let delta: number;
    if (way === 'past') {
      delta = -((refWd - wd + 7) % 7); // same weekday as the reference day: that day
      if (/\b(last|past|previous)\b/.test(lower) && delta === 0) delta = -7;
    } else {
      // The coming day of that name: the reference day itself ("the leaders will meet Tuesday" in a report of Tuesday),
      // unless counted from it ("next Tuesday").
      delta = (wd - refWd + 7) % 7;
      if (delta === 0 && (counted || /\b(next|coming)\b/.test(lower))) delta = 7;
    }
    return fmtDay(fromTime(toTime(ref) + delta * DAY_MS));
  }
  if (hasYear && !hasMonth) return null;
  return undefined;
}

/** A month named without a year, as "YYYY-MM". The tense of the verb it is told right after puts it on that side of the
 * reference month: "met in August" in an article of April is last August, "will meet in January" in one of December is
 * next January, and the reference month itself stays ("met earlier in April"); else monthYear. */
function monthWithoutYear(m: number, ref: Day, tense: Tense, direction?: Tense, verbTense?: Tense): string {
  if (!direction && verbTense === 'past') return fmtMonth(m <= ref.m ? ref.y : ref.y - 1, m);
  if (!direction && verbTense === 'future') return fmtMonth(m >= ref.m ? ref.y : ref.y + 1, m);
  return fmtMonth(monthYear(m, ref, tense, direction), m);
}

/** The year of a month named without one. "last November": the one before the reference month; "next March": the one
 * after; else the nearest such month, one that lies before the reference month in a future tense (or after it in a
 * past one) counting as three months further away ("the June meeting" in an article of May is this June's, whatever
 * the tense). */
function monthYear(m: number, ref: Day, tense: Tense, direction?: Tense): number {
  let y = ref.y;
  if (direction === 'past') {
    if (m >= ref.m) y--;
  } else if (direction === 'future') {
    if (m <= ref.m) y++;
  } else {
    let bestCost = Infinity;
    for (const cy of [ref.y - 1, ref.y, ref.y + 1]) {
      const diff = (cy - ref.y) * 12 + (m - ref.m);
      const cost = Math.abs(diff) + ((tense === 'past' ? diff > 0 : diff < 0) ? 3 : 0);
      if (cost < bestCost) ((bestCost = cost), (y = cy));
    }
  }
  return y;
}

/** The year a reader gives a day and month without one: the occurrence nearest the reference day, where one on the
 * wrong side of it for the tense counts as 45 days further away ("the April 29 meeting" in an article of April 1 is
 * this year's, whatever the tense of the sentence; "met on December 30" in one of January 3 is last year's). */
function nearestYear(t: Day, ref: Day, tense: Tense): Day {
  const refT = toTime(ref);
  let best: Day | undefined;
  let bestCost = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const x = { ...t, y };
    const days = (toTime(x) - refT) / DAY_MS;
    const wrongSide = tense === 'past' ? days > 2 : days < -2;
    const cost = Math.abs(days) + (wrongSide ? 45 : 0);
    if (cost < bestCost) ((bestCost = cost), (best = x));
  }
  return best!;
}

/** The year for a day and month without one: the most recent occurrence for past events, the next one for future
 * events (a day or two of tolerance for dateline lag). */
function pickYear(t: Day, ref: Day, tense: Tense): Day {
  const cand = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ ...t, y }));
  const refT = toTime(ref);
  if (tense === 'past') {
    const past = cand.filter((x) => toTime(x) <= refT + 2 * DAY_MS);
    return past[past.length - 1] ?? cand[1]!;
  }
  const fut = cand.filter((x) => toTime(x) >= refT - 2 * DAY_MS);
  return fut[0] ?? cand[1]!;
}

/** A dateline such as "PONTIAC, Mich., March 26 - ", "WASHINGTON, Dec 21 (Reuters) -" or "GENEVA, May 4, 1990 -" near
 * the start of an article: its month, day and written year, if any. */
const DATELINE = /(?:^|\n)\s*\p{Lu}[\p{Lu}\p{L} .'’-]*(?:,\s*[\p{L}. ]+)*,\s+([A-Za-z]{3,9})\.?\s+(\d{1,2})\b(?:,?\s+(\d{4})\b)?[^\n]{0,20}?\s[-–—]\s/u;

/** Where the dateline is, as offsets in `text`, or null: its day is the reference day, not an event's date. */
export function datelineSpan(text: string, from: number): { start: number; end: number } | null {
  const m = DATELINE.exec(text.slice(from, from + 400));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

/** The day a dateline names: with its own year as written, else resolved against the article date (the latest such day
 * at most three days after it); null when there is no dateline, or no year to give it. */
export function datelineDay(text: string, from: number, articleDate: string | null): string | null {
  const head = text.slice(from, from + 400);
  const m = DATELINE.exec(head);
  if (!m) return null;
  const mi = MONTHS.findIndex((x) => x.startsWith(m[1]!.toLowerCase().slice(0, 3)));
  if (mi < 0) return null;
  if (m[3]) {
    const day = { y: Number(m[3]), m: mi + 1, d: Number(m[2]) };
    return fromTime(toTime(day)).d === day.d ? fmtDay(day) : null;
  }
  const ref = articleDate ? parseIsoDay(articleDate) : null;
  if (!ref) return null;
  const t = pickYear({ y: 0, m: mi + 1, d: Number(m[2]) }, { ...ref, d: ref.d + 3 }, 'past');
  return fmtDay(t);
}

/**
 * The years a text names by number alone ("in 1998", "his 2004 visit", "since 2009", "2010's talks"): a number of
 * 1800-2099 after a preposition of time, a month, a determiner or a possessive, or before a possessive; not a clock
 * time ("at 1900 GMT", "in 2000 hours") nor a count ("the 2000 delegates"), which the word after it shows.
 */
const YEAR_AFTER = new RegExp(`(?:(?:^|\\b)(?:in|since|during|until|till|through|of|by|before|after|the|a|an|his|her|its|their|our|my|'s|’s|${[...MONTHS, ...MONTH_ABBRS].join('|')})\\.?|\\b\\d{1,2},)\\s+$`, 'i');
const NOT_YEAR_AFTER = /^\s*(?:gmt|utc|est|edt|bst|cet|local|hours?|hrs|h\b|members?|people|troops|delegates|votes|miles|km|tons|tonnes|barrels)\b/i;
export function statedYears(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) {
    const at = m.index!;
    const after = text.slice(at + 4, at + 24);
    const possessive = /^['’]s\b/.test(after);
    if (!possessive && (!YEAR_AFTER.test(text.slice(Math.max(0, at - 12), at)) || NOT_YEAR_AFTER.test(after))) continue;
    out.push(Number(m[1]));
  }
  return out;
}

/** Days from `YYYY-MM-DD` day `b` to day `a` (negative when `a` is earlier), or NaN when either is not a day. */
export function daysFrom(a: string | null, b: string | null): number {
  const x = a ? parseIsoDay(a) : null;
  const y = b ? parseIsoDay(b) : null;
  if (!x || !y) return NaN;
  return (toTime(x) - toTime(y)) / DAY_MS;
}
