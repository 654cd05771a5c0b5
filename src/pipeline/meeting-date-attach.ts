/**
 * What a time expression modifies. A time expression dates the head it attaches to: the nearest verb or noun head to
 * its left within its clause ("talks in Geneva on Friday" dates the talks; "he said on Monday" dates the statement;
 * "a summit in Oslo on June 3" dates that summit). The features below name that head's class, so that the date
 * decision can prefer an expression tied to the candidate's own trigger over one tied to a statement, another meeting
 * or another noun's relative clause. Rules are stated for classes of words, not for articles.
 */
import { CLAUSE_BOUNDARIES } from '../gazetteer/meetings.js';

/** Verbs of saying: a time attached to one dates the statement ("said on Monday", "today predicted"). */
const REPORTING = /^(said|says|say|told|tells|tell|predicted|predicts|announced|announces|reported|reports|stated|states|added|adds|warned|warns|forecast|forecasts|estimated|estimates|declared|declares|disclosed|discloses|confirmed|confirms|denied|denies|indicated|indicates|noted|notes|commented|argued|argues|insisted|insists|urged|urges|complained|claimed|claims|repeated|reiterated|reaffirmed|explained|wrote|writes)$/;

/** Nouns naming a meeting: a time attached to one dates that meeting. */
const MEETING_NOUNS = /^(meetings?|talks|session|sessions|conference|conferences|summit|summits|negotiations?|visit|visits|trip|trips|tour|consultations|gathering|assembly)$/;

/** Words that open a relative clause: a time inside one dates the relative clause's event, of the noun it follows. */
const RELATIVE = /^(who|which|whose|whom)$/;

/** Determiners of a meeting other than one already reported. */
const OTHER_DETERMINERS = /^(a|an|another|next|new|further|previous|last|its|their)$/;

/** Words that close the scan: a clause ends at a semicolon, a colon or a coordinating "but". */
const CLAUSE_END = /[;:]$/;

/** What may stand between a time expression and the noun it qualifies: a possessive and up to three modifiers
 * ("today's meeting", "the June 8 Venice economic summit"). */
const PREMODIFIES = /^(?:['’]s)?(?:\s+[\p{L}\d][\p{L}\d.-]*){0,3}\s+$/u;
/** Words that cannot stand inside such a noun phrase: they open a clause or phrase of their own ("on Monday that talks
 * ...", "on Friday he met", "in May and talks"). */
const NOT_MODIFIERS = /^(that|he|she|it|they|we|i|you|and|or|but|to|was|were|is|are|be|been|will|would|could|should|may|might|can|has|have|had|did|does|do|the|a|an|of|in|on|at|for|with|by|from|as|which|who|when|while|after|before|said|says|told)$/;

/** A "when" clause set off by a comma right after a time expression and running on to the trigger within one clause;
 * not one of a question or a thought ("said Tuesday when asked about the talks", "when traders feared that ..."). */
const WHEN_CLAUSE = /^\s*,\s+when\s(?![^,;:.()]*\b(?:that|asked)\b)[^,;:.()]*$/iu;

interface Word { w: string; start: number; end: number }

function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /[A-Za-z][A-Za-z'-]*|\d[\d,.]*|[;:,]/g;
  const s = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push({ w: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** Words that end a "since" phrase or clause before a later time: "has not visited China since 2019 and will travel to
 * Beijing on June 8". */
const SINCE_PHRASE_ENDS = new Set(['and', 'or', 'but']);

/** Whether the time expression starting at `start` is in a "since" phrase or clause of its sentence ("the first
 * meeting since November", "the first visit since the president announced ... tariffs on April 17"): an earlier
 * time, not the event's. The phrase runs from the last "since" to the expression with no comma, colon, parenthesis,
 * clause boundary (CLAUSE_BOUNDARIES) or coordinating "and/or/but" between. */
export function inSinceClause(text: string, sentStart: number, start: number): boolean {
  const before = text.slice(sentStart, start);
  const since = [...before.matchAll(/\bsince\b/giu)].pop();
  if (since === undefined) return false;
  const rest = before.slice(since.index + since[0].length);
  if (/[,;:()]/.test(rest)) return false;
  return !rest.toLowerCase().split(/\s+/).some((w) => w in CLAUSE_BOUNDARIES || SINCE_PHRASE_ENDS.has(w));
}

/**
 * Features of what the time expression at [start, end) in the sentence [sentStart, sentEnd) attaches to. `trigger`
 * is the candidate's trigger span when the expression shares its sentence (null for an expression of a neighbouring
 * sentence, whose meeting words are then another meeting's or a mention of the same one).
 */
export function dateAttachment(text: string, sentStart: number, sentEnd: number, start: number, end: number, trigger: { start: number; end: number } | null): string[] {
  const before = words(text, sentStart, start);
  const after = words(text, end, sentEnd);
  const f: string[] = [];
  // "Ivory Coast today predicted", "Monday's failure": an expression before a verb of saying, or a possessive day
  // before a noun, qualifies what follows it.
  const next = after[0]?.w ?? '';
  let head = REPORTING.test(next) ? 'reporting' : /^'s\b/.test(text.slice(end, end + 3)) || /'s$/.test(text.slice(start, end)) ? 'possessive' : '';
  const since = inSinceClause(text, sentStart, start);
  // The nearest head to the left, within the clause.
  for (let k = before.length - 1; k >= 0 && !head; k--) {
    const x = before[k]!;
    if (CLAUSE_END.test(x.w) || x.w === 'but') break;
    if (trigger && x.start >= trigger.start && x.start < trigger.end) head = 'trigger';
    else if (REPORTING.test(x.w)) head = 'reporting';
    else if (RELATIVE.test(x.w)) {
      const noun = before[k - 1]?.w === ',' ? before[k - 2] : before[k - 1];
      const ofTrigger = !!noun && !!trigger && noun.start >= trigger.start && noun.start < trigger.end;
      head = ofTrigger || (noun && MEETING_NOUNS.test(noun.w)) ? 'relative-of-meeting' : 'relative-of-other';
    } else if (MEETING_NOUNS.test(x.w)) {
      // "a summit in Oslo on June 3", "the next session": another meeting; "the meeting", "talks": maybe this one.
      const det = before.slice(Math.max(0, k - 3), k).map((y) => y.w);
      head = det.some((d) => OTHER_DETERMINERS.test(d)) ? 'other-meeting' : 'meeting-word';
    }
  }
  f.push(`attach:${head || 'none'}`);
  if (since) f.push('attach:since-clause');
  // "today's meeting", "the June 8 Venice summit", "last week's talks in Paris": an expression that qualifies the trigger
  // noun from before it, with at most a possessive and three modifiers between, dates that very meeting.
  const between = trigger && end <= trigger.start ? text.slice(end, trigger.start) : '';
  if (between && PREMODIFIES.test(between) && !between.toLowerCase().split(/\s+/).some((w) => NOT_MODIFIERS.test(w))) f.push('attach:premodifies-trigger');
  // "before July, when finance ministers are due to meet", "on Monday, when Xi met Putin": a "when" clause right after
  // the expression tells what happens at that time, and the trigger is in it.
  if (between && WHEN_CLAUSE.test(between)) f.push('attach:when-clause-of-trigger');
  return f;
}
