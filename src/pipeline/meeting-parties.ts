/**
 * Parties a meeting sentence implies without naming them: the state of a city visited or met in ("his visit to
 * Washington": the United States) and the state of a national adjective before a word for its officials ("met West
 * German officials", "a Japanese delegation", each adjective of "U.S., Swedish and Greek farm ministers"). They
 * join the possible parties the participant decision of 05-meetings.ts chooses from, each marked with how it was
 * implied; the learned weights decide when such a party counts. (The state an official serves, "Argentine finance
 * minister Carla Soto", is not one: it is the person's side, shown as what the person represents, and as a second
 * party it turns a statement into a meeting.)
 */
import { stateByDemonym, stateByIso, stateOnDate } from '../gazetteer/states.js';
import { wordTable } from '../gazetteer/normalize.js';
import { lowerWord, type Token } from '../nlp/tokenize.js';
import type { Doc, DocSentence, Mention } from './model.js';

/** Words for a state's people acting for it: after a national adjective, they make the state a possible party. */
export const OFFICIAL_GROUPS: Record<string, string> = wordTable({
  officials: 'officials', official: 'an official', delegation: 'delegation', delegations: 'delegations', delegates: 'delegates',
  negotiators: 'negotiators', negotiator: 'a negotiator', ministers: 'ministers', minister: 'a minister', leaders: 'leaders',
  leader: 'a leader', government: 'its government', authorities: 'its authorities', diplomats: 'diplomats', diplomat: 'a diplomat',
  envoy: 'an envoy', envoys: 'envoys', representatives: 'representatives', counterparts: 'counterparts', counterpart: 'a counterpart',
  team: 'a team of officials', side: '"the Japanese side"', administration: 'its administration', premier: 'its premier',
  president: 'its president', ambassador: 'its ambassador', counsellors: 'counsellors', experts: 'its experts', cabinet: 'its cabinet',
});

/** Words for a national government named by no state ("talks with the government", "the transition government", "the
 * authorities"): the state the article reports from. */
export const GOVERNMENT_WORDS: Record<string, string> = wordTable({
  government: 'the government', authorities: 'the authorities', cabinet: 'a national cabinet is the country (guideline 7)',
  administration: 'the administration',
});

/** How a party was implied: the `origin:` feature of the participant decision. */
export type ImpliedOrigin = 'place-state' | 'demonym' | 'government';

export interface ImpliedParty {
  /** A state or organization standing at the words that imply it (the city, the adjective, the person). */
  mention: Mention;
  origin: ImpliedOrigin;
}


/** Cluster ids for states the article never names, one per state and article (negative: never a mention's id). */
const unnamed = new WeakMap<Doc, Map<string, number>>();

/** A state as a party at the given words: the article's own cluster and label for it when it names it, else a new id. */
export function stateAt(doc: Doc, iso: string, at: Pick<Mention, 'start' | 'end' | 'sentence' | 'tokenStart' | 'tokenEnd'>): Mention | undefined {
  const named = doc.mentions.find((m) => m.kind === 'state' && m.iso === iso && !m.media);
  const entry = stateByIso(iso);
  if (!named && !entry) return undefined;
  let cluster = named?.cluster;
  if (cluster === undefined) {
    let ids = unnamed.get(doc);
    if (!ids) unnamed.set(doc, (ids = new Map()));
    cluster = ids.get(iso) ?? ids.set(iso, -1000 - ids.size).get(iso)!;
  }
  return { ...at, text: doc.article.text.slice(at.start, at.end), kind: 'state', label: named?.label ?? entry!.name, iso, media: false, cluster };
}

/** The state an article reports from: its dateline's (`dateline`, a place or state opening the text), else the state it
 * names most often (ties to the first named). */
function homeState(doc: Doc, dateline: Mention | undefined): string | undefined {
  const iso = dateline?.kind === 'state' ? dateline.iso : dateline?.stateIso;
  if (iso) return stateOnDate(iso, doc.article.date);
  const counts = new Map<string, number>();
  for (const m of doc.mentions) if (m.kind === 'state' && m.iso && !m.media) counts.set(m.iso, (counts.get(m.iso) ?? 0) + 1);
  let best: string | undefined;
  for (const [k, n] of counts) if (!best || n > counts.get(best)!) best = k;
  return best;
}

/** The parties implied in sentence `s` (whose mentions are `ms`), outside the trigger's tokens [a, b); `dateline` is the
 * place the article's dateline names, if any. */
export function impliedParties(doc: Doc, s: DocSentence, ms: Mention[], a: number, b: number, dateline?: Mention): ImpliedParty[] {
  const out: ImpliedParty[] = [];
  const toks = s.tokens;
  const outside = (from: number, to: number) => to <= a || from >= b;
  // "talks with the government", "the authorities": a government no state or national adjective qualifies is the
  // article's own state.
  for (let j = 0; j < toks.length; j++) {
    if (!(lowerWord(toks[j]) in GOVERNMENT_WORDS) || !/^\p{Ll}/u.test(toks[j]!.text) || !outside(j, j + 1)) continue;
    if (ms.some((m) => m.tokenStart <= j && j < m.tokenEnd) || ms.some((m) => m.tokenEnd === j || (m.tokenEnd === j - 1 && /^'s?$/.test(lowerWord(toks[j - 1]))))) continue;
    if (j > 0 && /^\p{Lu}/u.test(toks[j - 1]!.text) && stateByDemonym(toks[j - 1]!.text)) continue;
    const iso = homeState(doc, dateline);
    const st = iso ? stateAt(doc, iso, { start: toks[j]!.start, end: toks[j]!.end, sentence: s.index, tokenStart: j, tokenEnd: j + 1 }) : undefined;
    if (st) out.push({ mention: st, origin: 'government' });
    break;
  }
  // A city or other place of a known state.
  for (const m of ms) {
    if (m.kind !== 'place' || !m.stateIso || m.sentence !== s.index || !outside(m.tokenStart, m.tokenEnd)) continue;
    const st = stateAt(doc, stateOnDate(m.stateIso, doc.article.date), m);
    if (st) out.push({ mention: st, origin: 'place-state' });
  }
  // A national adjective hyphenated to a state or another adjective names a side of what follows (but a people's origin
  // is no side, `origin`): "U.S.-Soviet
  // summit", "Sino-Japanese talks", "Israeli-Palestinian negotiations".
  for (let j = 0; j < toks.length; j++) {
    if (!/^\p{Lu}/u.test(toks[j]!.text) || ms.some((m) => m.tokenStart <= j && j < m.tokenEnd) || !outside(j, j + 1)) continue;
    const entry = stateByDemonym(toks[j]!.text);
    const joined = (k: number) => k >= 0 && k < toks.length && /^\p{Lu}/u.test(toks[k]!.text) && (stateByDemonym(toks[k]!.text) || ms.some((m) => m.kind === 'state' && m.tokenStart <= k && k < m.tokenEnd));
    if (!entry || !((toks[j - 1]?.post === '-' && joined(j - 1) && !origin(toks, j - 1)) || (toks[j]!.post === '-' && joined(j + 1) && !origin(toks, j)))) continue;
    const st = stateAt(doc, entry.iso, { start: toks[j]!.start, end: toks[j]!.end, sentence: s.index, tokenStart: j, tokenEnd: j + 1 });
    if (st) out.push({ mention: st, origin: 'demonym' });
  }
  // A national adjective before a word for officials, with at most two words between ("West German financial officials").
  for (let j = 0; j < toks.length; j++) {
    if (!/^\p{Lu}/u.test(toks[j]!.text) || ms.some((m) => m.tokenStart <= j && j < m.tokenEnd)) continue;
    const two = j + 1 < toks.length ? stateByDemonym(`${toks[j]!.text} ${toks[j + 1]!.text}`) : undefined;
    const entry = two ?? stateByDemonym(toks[j]!.text);
    if (!entry || (toks[j - 1]?.post === '-' && origin(toks, j - 1))) continue;
    const last = j + (two ? 1 : 0);
    let k = last + 1;
    // Over other national adjectives or states coordinated with it: "Japanese, and Canadian trade ministers".
    for (;;) {
      let n = k;
      const joined = /,/.test(toks[n - 1]!.post);
      while (n < toks.length && (lowerWord(toks[n]) === 'and' || lowerWord(toks[n]) === 'or')) n++;
      if (!joined && n === k) break;
      const state = ms.find((m) => m.kind === 'state' && m.tokenStart === n);
      const twoWords = n + 1 < toks.length && stateByDemonym(`${toks[n]!.text} ${toks[n + 1]!.text}`);
      if (state) k = state.tokenEnd;
      else if (twoWords) k = n + 2;
      else if (n < toks.length && /^\p{Lu}/u.test(toks[n]!.text) && stateByDemonym(toks[n]!.text)) k = n + 1;
      else break;
    }
    const from = k;
    while (k < toks.length && k <= from + 2 && !(lowerWord(toks[k]) in OFFICIAL_GROUPS) && /^\p{Ll}/u.test(toks[k]!.text) && !/[,;:.]/.test(toks[k - 1]!.post)) k++;
    if (!(lowerWord(toks[k]) in OFFICIAL_GROUPS) || /[,;:.]/.test(toks[k - 1]!.post)) continue;
    if (outside(j, k + 1)) {
      const st = stateAt(doc, entry.iso, { start: toks[j]!.start, end: toks[last]!.end, sentence: s.index, tokenStart: j, tokenEnd: last + 1 });
      if (st) out.push({ mention: st, origin: 'demonym' });
    }
    j = last;
  }
  return out;
}

/** Nationalities that news writes after the origin of a people of them ("Cuban-American", "Chinese-Canadian"). */
const ORIGIN_NATIONALITIES: Record<string, string> = wordTable({
  american: '"Cuban-American lawmakers"', canadian: '"Chinese-Canadian community"', australian: '"Lebanese-Australian"', british: '"Pakistani-British author"',
});

/** Words of what lies between two sides ("Soviet-American talks", "Japanese-American trade"): before one of them, an
 * origin and a nationality hyphenated are two sides after all. */
const BETWEEN_SIDES: Record<string, string> = wordTable({
  talks: 'talks', summit: 'a summit', summits: 'summits', meeting: 'a meeting', meetings: 'meetings', relations: 'relations', ties: 'ties',
  negotiations: 'negotiations', dialogue: 'a dialogue', consultations: 'consultations', contacts: 'contacts', trade: 'trade', agreement: 'an agreement',
  accord: 'an accord', treaty: 'a treaty', pact: 'a pact', deal: 'a deal', cooperation: 'cooperation', partnership: 'a partnership',
  alliance: 'an alliance', commission: 'a joint body', rapprochement: 'relations', dispute: 'a dispute', tensions: 'tensions', rivalry: 'a rivalry',
  war: 'a war', border: 'a border', friendship: 'relations', differences: 'a dispute',
  negotiators: 'the sides\' people at talks', delegations: 'the sides\' people at talks', delegates: 'the sides\' people at talks',
  envoys: 'the sides\' people at talks', diplomats: 'the sides\' people at talks', arms: '"arms control talks"',
});

/** Whether the two words hyphenated at tokens j and j + 1 are a people's origin and nationality ("Cuban-American
 * lawmakers", "an Iranian-American scholar"), not two sides: the second is a nationality of ORIGIN_NATIONALITIES and
 * no word of BETWEEN_SIDES follows within four words of its phrase ("Soviet-American arms control talks"). */
function origin(toks: readonly Token[], j: number): boolean {
  if (!(lowerWord(toks[j + 1]) in ORIGIN_NATIONALITIES) || !stateByDemonym(toks[j]!.text)) return false;
  for (let k = j + 2; k < Math.min(toks.length, j + 6); k++) {
    if (lowerWord(toks[k]) in BETWEEN_SIDES) return false;
    if (/[,;:.]/.test(toks[k]!.post)) break;
  }
  return true;
}
