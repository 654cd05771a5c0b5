/**
 * Which state mentions name a national sports team (src/names/teams.ts): a state used as a side of a result or a
 * fixture ("Ireland beat England", "lost to Italy", "Wales v France", next to a scoreline) in a sentence or article
 * about sport; and, in an article about sport that names such a side, any other state that is no location ("in
 * Brazil") ("the England squad", "Ireland are favourites"). A political title after a state keeps it the state
 * ("Ireland's prime minister").
 */
import { SPORTS_CONTEXT, SPORTS_ARTICLE_DENSITY, SPORTS_ARTICLE_MIN_WORDS, SPORTS_FIGURATIVE } from '../gazetteer/meetings.js';
import { TITLES } from '../gazetteer/titles.js';
import { PLACE_WORDS_BEFORE, SCORELINE, TEAM_PHRASES_BEFORE, TEAM_PLACES, TEAM_WORDS_AFTER } from '../names/teams.js';
import { monthNumber } from './dates.js';
import { wordTable } from '../gazetteer/normalize.js';
import { lowerWord, type Token } from '../nlp/tokenize.js';
import type { Doc, DocSentence, Mention } from './model.js';


/** An article about sport: SPORTS_ARTICLE_MIN_WORDS or more distinct SPORTS_CONTEXT words, one of them no figure of
 * speech of politics (SPORTS_FIGURATIVE), making up at least SPORTS_ARTICLE_DENSITY in every thousand of its words. */
export function isSportsArticle(sentences: readonly DocSentence[]): boolean {
  const words = new Set<string>();
  let hits = 0;
  let all = 0;
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (!/\p{L}/u.test(t.text)) continue;
      all++;
      if (lowerWord(t) in SPORTS_CONTEXT) (words.add(lowerWord(t)), hits++);
    }
  }
  return words.size >= SPORTS_ARTICLE_MIN_WORDS && [...words].some((w) => !(w in SPORTS_FIGURATIVE)) && hits * 1000 >= SPORTS_ARTICLE_DENSITY * all;
}

/** Words beside two numbers joined by a dash that make them a range, not a score ("80-85 cents", "a 3-4 pct rise"). */
const RANGE_UNITS: Record<string, string> = wordTable({
  cents: 'money', cent: 'money', pct: 'percentage', percent: 'percentage', per: '"per cent"', dlrs: 'money', dollars: 'money',
  mln: 'amount', million: 'amount', billion: 'amount', pounds: 'money or weight', tonnes: 'weight', barrels: 'volume',
  years: 'time', days: 'time', months: 'time', weeks: 'time', hours: 'time', miles: 'distance', kilometres: 'distance',
});

/** A scoreline at token k: two numbers joined by a dash ("won 6-4 7-5", "the visitors won 3-1"), not a range of days
 * ("June 8-10", "from 3-8 May") or of amounts ("80-85 cents"). */
export function isScoreline(toks: readonly Token[], k: number): boolean {
  const range = (t: Token | undefined) => monthNumber(lowerWord(t)) > 0 || lowerWord(t) in RANGE_UNITS;
  if (!SCORELINE.test(toks[k]!.text) || lowerWord(toks[k - 1]) === 'from' || range(toks[k - 1]) || range(toks[k + 1])) return false;
  // A count of votes ("voted 5-2", "passed the bill 52-48", "a 6-3 ruling") is no score.
  for (let j = Math.max(0, k - 4); j <= Math.min(toks.length - 1, k + 1); j++) if (j !== k && lowerWord(toks[j]) in VOTE_WORDS) return false;
  return true;
}

/** Words of a vote or a ruling beside two numbers joined by a dash, which make them a count of votes. */
const VOTE_WORDS: Record<string, string> = wordTable({
  vote: 'a vote', votes: 'a vote', voted: 'a vote', voting: 'a vote', passed: 'a bill passed', approved: 'a measure approved',
  rejected: 'a measure rejected', confirmed: 'a nominee confirmed', margin: 'a margin of votes', tally: 'a tally of votes',
  ruling: 'a court ruling', ruled: 'a court ruling', decision: 'a court decision', majority: 'a majority', split: 'a split vote',
});

/** A sentence about sport: a SPORTS_CONTEXT word or a scoreline. */
function isSportsSentence(s: DocSentence): boolean {
  return s.tokens.some((t, k) => lowerWord(t) in SPORTS_CONTEXT || isScoreline(s.tokens, k));
}

/** Why the words next to a mention make it a side of a result or a fixture, or undefined. */
function teamCue(toks: readonly Token[], m: Mention): string | undefined {
  let after = m.tokenEnd;
  if (lowerWord(toks[after]) === "'s") after++;
  const next = lowerWord(toks[after]);
  if (next in TEAM_WORDS_AFTER) return `"${toks[after]!.text}" after it: ${TEAM_WORDS_AFTER[next]}`;
  for (const p of TEAM_PHRASES_BEFORE) {
    const from = m.tokenStart - p.words.length;
    if (from >= 0 && p.words.every((w, i) => lowerWord(toks[from + i]) === w)) return `"${p.words.join(' ')}" before it: ${p.reason}`;
  }
  for (let k = Math.max(0, m.tokenStart - 2); k < Math.min(toks.length, m.tokenEnd + 2); k++) if (isScoreline(toks, k)) return `scoreline "${toks[k]!.text}" next to it`;
  return undefined;
}

/** A political title right after a mention ("Ireland's prime minister", "the France president"): the state itself.
 * Titles of sport ("England coach", "Wales captain") do not count. */
function politicalTitleAfter(toks: readonly Token[], m: Mention): boolean {
  let k = m.tokenEnd;
  if (lowerWord(toks[k]) === "'s") k++;
  for (const w of [lowerWord(toks[k]), `${lowerWord(toks[k])} ${lowerWord(toks[k + 1])}`]) {
    const domain = TITLES[w];
    if (domain !== undefined && !/sport/.test(domain)) return true;
  }
  return false;
}

/** A mention that can name a national team: a state, or a place that fields teams of its own (TEAM_PLACES). */
const fieldsTeam = (m: Mention): boolean => m.kind === 'state' || (m.kind === 'place' && m.label.toLowerCase() in TEAM_PLACES);

/** The state mentions (and home nations') of a document that name a national sports team, each with its reason. */
export function teamMentions(doc: Doc): Map<Mention, string> {
  const out = new Map<Mention, string>();
  const states = doc.mentions.filter(fieldsTeam);
  if (!states.length) return out;
  const sportsArticle = isSportsArticle(doc.sentences);
  const sportsSentence = new Map<number, boolean>();
  // First the sides of results and fixtures; then, in an article about sport that names such a side, every other state
  // that is no location and has no political title ("the England squad", "Ireland are favourites").
  const rest: Mention[] = [];
  for (const m of states) {
    const s = doc.sentences[m.sentence];
    if (!s || s.boilerplate) continue;
    let sporty = sportsSentence.get(s.index);
    if (sporty === undefined) sportsSentence.set(s.index, (sporty = isSportsSentence(s)));
    if (!sporty && !sportsArticle) continue;
    if (politicalTitleAfter(s.tokens, m)) continue;
    const cue = teamCue(s.tokens, m);
    if (cue) out.set(m, cue);
    else if (sportsArticle && !(lowerWord(s.tokens[m.tokenStart - 1]) in PLACE_WORDS_BEFORE)) rest.push(m);
  }
  if (out.size) for (const m of rest) out.set(m, 'an article about sport that names national teams as sides');
  return out;
}
