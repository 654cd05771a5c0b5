/**
 * What the text around a meeting trigger says of its time: features for the held-or-planned decision.
 *
 * The status decides which day a weekday names ("on Thursday" is the one before in a report of a held meeting and the
 * next one for a planned meeting), so its cues reach past the words next to the trigger: the auxiliaries and verbs of
 * its sentence (future "will", "is due to", "is unlikely to"; past "was", "ended"; a present of schedule "leaves on
 * Saturday"), the days the sentence and the next one name that fall after or before the article's day whatever the
 * tense, the words those time expressions carry ("next", "last"), the tenses compromise gives the verbs next to the
 * trigger ("traded accusations during a meeting"), and a headline that announces ("OFFICIAL TO VISIT JAPAN") or reports
 * ("MINISTERS END MEETING").
 */
import { lowerWord, type Token } from '../nlp/tokenize.js';
import { tokenTags } from '../nlp/nlp.js';
import type { TimeExpression, Tense } from './dates.js';
import type { Doc, DocSentence } from './model.js';

/** Words that put what follows in the future, or in an expected or intended state. */
const FUTURE_WORDS = new Set(['will', "'ll", 'shall', 'would', 'due', 'scheduled', 'expected', 'likely', 'unlikely', 'plans', 'planned', 'planning', 'intends', 'upcoming', 'forthcoming', 'tomorrow', 'next', 'later', 'coming']);

/** Auxiliaries and adverbs of a completed event. */
const PAST_WORDS = new Set(['was', 'were', 'had', 'did', 'ended', 'yesterday', 'ago', 'earlier', 'last', 'previous', 'recent', 'concluded', 'held', 'met', 'took']);

/** Verbs of travel and meeting whose simple present states a schedule ("leaves on Saturday", "meets on Monday"). */
const SCHEDULE_PRESENT = /^(leaves|meets|opens|begins|starts|ends|resumes|visits|arrives|holds|goes|flies|travels|convenes|returns)$/;

/** Words a time expression carries that fix its direction. */
const EXPRESSION_FUTURE = /\b(next|tomorrow|coming|upcoming|later)\b/i;
const EXPRESSION_PAST = /\b(last|yesterday|ago|earlier|previous|past)\b/i;

/** A headline that announces ("TO VISIT", "WILL MEET", "EXPECTED", "PLANS") or reports ("ENDS", "MET"). */
const HEADLINE_FUTURE = /\b(TO|WILL|EXPECTED|PLANS?|SET|DUE|SEEN|LIKELY|AHEAD)\b/;
const HEADLINE_PAST = /\b(MET|HELD|ENDED|ENDS?|AGREED|FAILED|FAIL|CLOSED|CLOSES|CONCLUDED)\b/;


/** Words that put the noun phrase after them in the time before it happens ("ahead of", "on the eve of"), as the text
 * before the phrase ends. */
const AWAITING = /\b(?:ahead of|in advance of|eve of|run-up to|run up to|preparations? for|preparing for|prepares? for)\s*$/;

/** Words that may stand in a noun phrase before its head: determiners, possessives and a few modifiers of a meeting
 * ("his Tuesday meeting", "the planned G-20 summit"). A name or number stands there too. */
const NOUN_PHRASE_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'next', "week's", 'upcoming', 'planned', 'scheduled', 'expected', 'proposed', 'annual', 'bilateral', 'weekend', 'first', 'second', 'third', 'final', 'high-level', 'two-day', 'three-day']);

/** Whether the trigger at token `a` heads a noun phrase that follows AWAITING words ("ahead of his Tuesday meeting",
 * "on the eve of the G-20 summit"); not a verb after such a phrase ("Ahead of the summit Putin met Xi"). */
function awaited(toks: Token[], a: number): boolean {
  let k = a;
  while (k > 0 && a - k < 4 && !/[,;:.]/.test(toks[k - 1]!.post) && (NOUN_PHRASE_WORDS.has(lowerWord(toks[k - 1])) || /^[\p{Lu}\d]/u.test(toks[k - 1]!.text))) k--;
  const before = toks.slice(Math.max(0, k - 4), k).map((t) => `${lowerWord(t)}${t.post}`).join('');
  return AWAITING.test(before.trimEnd() + ' ');
}

/** Words that open a clause of their own after a comma. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'although', 'though', 'whereas']);

/** Does a clause of its own start at token k: a semicolon before it, a contrast, or a comma and a conjunction? */
function opensClause(toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  if (!prev) return true;
  if (/;/.test(prev.post) || /;/.test(toks[k]!.pre)) return true;
  const w = lowerWord(toks[k]);
  return w === 'but' || (CLAUSE_OPENERS.has(w) && /,/.test(prev.post));
}

/** The token range of the coordinated clause of the sentence that holds tokens [a, b). */
function span(toks: Token[], a: number, b: number): [number, number] {
  let from = a;
  while (from > 0 && !opensClause(toks, from)) from--;
  let to = b;
  while (to < toks.length && !opensClause(toks, to)) to++;
  return [from, to];
}

/** The tense of a verb as compromise tags it: a modal ("will", "would"), a past form, a bare form (compromise's
 * Infinitive: "meet" after "to" or a modal, and a plural present, "they meet"), a gerund, another present; undefined
 * for a word it does not read as a verb. */
function tenseOf(tags: readonly string[]): string | undefined {
  if (!tags.includes('Verb')) return undefined;
  if (tags.includes('Modal')) return 'modal';
  if (tags.includes('PastTense')) return 'past';
  if (tags.includes('Infinitive')) return 'base';
  if (tags.includes('Gerund')) return 'gerund';
  if (tags.includes('PresentTense')) return 'present';
  return 'other';
}

/**
 * The tenses of the verbs that tell a trigger's time, as compromise tags them: the trigger itself when it is a verb
 * ("met", "meets"), the nearest verb within six words before it in its clause ("held talks", "will visit", "traded
 * accusations during a meeting") and the first one within four words after it ("the talks ended"). Any past form of
 * any verb counts, where the word lists above know only the auxiliaries and verbs of meeting.
 */
function verbTenses(doc: Doc, s: DocSentence, a: number, b: number, clauseStart: number, clauseEnd: number): string[] {
  const tags = tokenTags(doc.article.text, s.tokens, s.end);
  const f: string[] = [];
  const own = tenseOf(tags[a]!);
  if (own) f.push(`tense-trigger:${own}`);
  // Within six words before and four after, and not across a comma, colon or bracket: "Ruiz, who will visit Japan, met
  // Xi" reads "met" alone.
  for (let k = a - 1; k >= clauseStart && k >= a - 6 && !/[,;:()]/.test(s.tokens[k]!.post); k--) {
    const t = tenseOf(tags[k]!);
    if (t) {
      f.push(`tense-before:${t}`, own ? `tense-before|trigger:${t}|${own}` : `tense-before|noun:${t}`);
      break;
    }
  }
  for (let k = b; k < clauseEnd && k < b + 4 && !/[,;:()]/.test(s.tokens[k - 1]!.post); k++) {
    const t = tenseOf(tags[k]!);
    if (t) {
      f.push(`tense-after:${t}`);
      break;
    }
  }
  return f;
}

/** How the days a sentence names lie against the article's day: only expressions whose day does not depend on the
 * tense they are read in count ("June 8", "tomorrow"; not "on Thursday"). */
function dayCues(doc: Doc, s: DocSentence, dates: (s: DocSentence, tense: Tense) => TimeExpression[], prefix: string): string[] {
  const f = new Set<string>();
  const past = dates(s, 'past');
  const future = dates(s, 'future');
  for (const e of past) {
    const alt = future.find((x) => x.start === e.start && x.end === e.end);
    if (EXPRESSION_FUTURE.test(e.text)) f.add(`${prefix}expr:future`);
    else if (EXPRESSION_PAST.test(e.text)) f.add(`${prefix}expr:past`);
    if (!e.date || !alt?.date || !doc.refDate) continue;
    if (alt.date !== e.date) {
      f.add(`${prefix}day:either`);
      continue;
    }
    const ref = doc.refDate.slice(0, e.date.length);
    f.add(`${prefix}day:${e.date > ref ? 'after' : e.date < ref ? 'before' : 'same'}`);
  }
  return [...f];
}

/**
 * Status cues of a trigger at tokens [a, b) of sentence `s`, whose clause is [clauseStart, clauseEnd). `dates` gives a
 * sentence's time expressions read in a tense.
 */
export function statusCues(doc: Doc, s: DocSentence, a: number, b: number, clauseStart: number, clauseEnd: number, dates: (s: DocSentence, tense: Tense) => TimeExpression[]): string[] {
  const toks = s.tokens;
  const f = new Set<string>();
  for (let k = clauseStart; k < clauseEnd; k++) {
    if (k >= a && k < b) continue;
    const w = lowerWord(toks[k]);
    const side = k < a ? 'pre' : 'post';
    if (FUTURE_WORDS.has(w)) f.add(`clause-future|${side}`);
    // "will be held", "is to be held": a passive after "be" takes its time from the word before ("will", "to").
    if (PAST_WORDS.has(w) && lowerWord(toks[k - 1]) !== 'be') f.add(`clause-past|${side}`);
    if (SCHEDULE_PRESENT.test(w)) f.add('clause-schedule-present');
    // "is to meet", "are to visit": an arranged event.
    if ((w === 'is' || w === 'are') && lowerWord(toks[k + 1]) === 'to') f.add('clause-future|is-to');
  }
  // The sentence's words beyond the clause, up to a coordinated or contrasted clause of its own ("..., and a summit is
  // planned", "...; talks resume on Monday", "... but").
  const [from, to] = span(toks, a, b);
  let future = false;
  let past = false;
  for (let k = from; k < to; k++) {
    if (k >= a && k < b) continue;
    const w = lowerWord(toks[k]);
    if (FUTURE_WORDS.has(w)) future = true;
    if (PAST_WORDS.has(w) && lowerWord(toks[k - 1]) !== 'be') past = true;
  }
  // "ahead of his meeting with Putin", "on the eve of the summit": the trigger noun is awaited.
  if (awaited(toks, a)) f.add('awaited');
  // The verb right after a subject trigger: "the talks ended", "the talks focused on".
  const next = lowerWord(toks[b]);
  if (/^[a-z]{3,}ed$/.test(next) && !FUTURE_WORDS.has(next)) f.add('verb-after:past');
  f.add(`span:${future ? (past ? 'future-past' : 'future') : past ? 'past' : 'none'}`);
  for (const x of verbTenses(doc, s, a, b, clauseStart, clauseEnd)) f.add(x);
  for (const x of dayCues(doc, s, dates, 'sent-')) f.add(x);
  const following = doc.sentences[s.index + 1];
  if (following && !following.headline && !following.boilerplate) for (const x of dayCues(doc, following, dates, 'next-')) f.add(x);
  // The headline restates the story's main event, reported in the first sentences.
  const headline = doc.sentences.find((x) => x.headline);
  if (headline && s.index - headline.index <= 3) {
    const text = doc.article.text.slice(headline.start, headline.end);
    if (HEADLINE_FUTURE.test(text)) f.add('headline:future');
    if (HEADLINE_PAST.test(text)) f.add('headline:past');
  }
  return [...f];
}
