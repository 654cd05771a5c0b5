/**
 * Meeting nodes of the merge: the meetings each article reports, grouped into one node per real meeting.
 *
 * Two reports are one meeting when their parties agree (they share at least two parties, or all of the smaller side's,
 * and at least half of the larger side's) and their dates say the same event:
 * - both give the same day, or both the same month and no day;
 * - both are undated, and either quote the same sentence (a republished story) or come from articles of the same day.
 * A dated meeting never absorbs an undated report, nor one of another day; two meetings of the same parties on
 * different days are two nodes. Places must be compatible (the same place, or places of the same state).
 *
 * Grouping is keyed: a report is compared only with the meetings filed under its date bucket (day, month, sentence or
 * article day) and one of its parties, at most MAX_CANDIDATES of them, so time and memory grow linearly with the
 * number of reports even when thousands of articles report the same two people.
 */
import { createHash } from 'node:crypto';
import { type ArticleExtraction, type EdgeAttributes, type EntityRef, type Evidence, type MeetingStatus, type NodeAttributes, type Relation } from '../types.js';
import type { DeclinedMerge, MergeRecord } from './build.js';

/** Meetings compared with one report, at most (the earliest filed first). */
export const MAX_CANDIDATES = 32;

interface MeetingAcc {
  /** Creation order: the order candidates are tried in. */
  index: number;
  parties: Map<string, Set<string>>; // node key → represents (node keys)
  dates: string[];
  places: string[];
  status: MeetingStatus[];
  topics: Set<string>;
  articles: Set<string>;
  evidence: Evidence[];
  /** Per article: the parties it reports (for participant edge provenance), its place and the entities its topics
   * name. An event takes at most one meeting of each article. */
  byArticle: Map<string, { parties: string[]; evidence: Evidence[]; place: string | null; about: string[] }>;
  /** The bucket and party pairs it is filed under (see bucketsOf). */
  filed: Set<string>;
}

export type AddEdge = (relation: Relation, source: string, target: string, article: string, evidence: Evidence[], extra?: Partial<EdgeAttributes>, keySuffix?: string) => void;

export interface MeetingContext {
  nodeKey: (r: EntityRef) => string;
  /** place node → state node. */
  placeState: Map<string, string>;
  nodes: Map<string, { key: string; attrs: NodeAttributes }>;
  addEdge: AddEdge;
  pushEvidence: (list: Evidence[], e: Evidence) => void;
  boundEvidence: (list: Evidence[]) => Evidence[];
  merges: MergeRecord[];
  /** Called for a near-miss only when the caller keeps them (a merge report was asked for). */
  decline?: (d: DeclinedMerge) => void;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sentenceKey = (e: Evidence) => e.sentence.replace(/\s+/g, ' ').trim();
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The date buckets a report is compared in: its day, or its month when it gives no day; undated, the sentences it
 * quotes and its article's day. */
function bucketsOf(date: string | null, articleDate: string | null, evidence: Evidence[]): string[] {
  if (date) return [DAY.test(date) ? `day:${date}` : `month:${date}`];
  const out = evidence.map((e) => `sentence:${sentenceKey(e)}`);
  if (articleDate) out.push(`article-day:${articleDate}`);
  return [...new Set(out)];
}

export function buildMeetings(extractions: ArticleExtraction[], ctx: MeetingContext): void {
  const { nodeKey, placeState, nodes } = ctx;
  const accs: MeetingAcc[] = [];
  // bucket → party node key → meetings filed there.
  const index = new Map<string, Map<string, MeetingAcc[]>>();
  // sorted party keys → the latest meeting of exactly these parties (for the near-miss report only).
  const lastOfParties = new Map<string, MeetingAcc>();
  const stateOf = (k: string) => (k.startsWith('state:') ? k : placeState.get(k));
  const placesCompatible = (a: string[], b: string | null) => {
    if (!b || !a.length) return true;
    return a.every((p) => p === b || (stateOf(p) && stateOf(p) === stateOf(b)));
  };
  const label = (ks: Iterable<string>) => [...ks].map((k) => nodes.get(k)?.attrs.label ?? k).sort(cmp).join(' + ');
  const dateOf = (acc: MeetingAcc) => acc.dates[0] ?? 'undated';

  for (const x of extractions) {
    for (const m of x.meetings) {
      const parties = new Map<string, Set<string>>();
      for (const p of m.participants) {
        const k = nodeKey(p);
        const reps = parties.get(k) ?? new Set<string>();
        for (const r of p.represents ?? []) reps.add(nodeKey(r));
        parties.set(k, reps);
      }
      const place = m.place ? nodeKey(m.place) : null;
      const keys = [...parties.keys()];
      const buckets = bucketsOf(m.date, x.date, m.evidence);

      // The meetings filed under one of this report's buckets and one of its parties, earliest first.
      const seen = new Set<MeetingAcc>();
      for (const b of buckets) {
        const byParty = index.get(b);
        if (!byParty) continue;
        for (const k of keys) for (const acc of (byParty.get(k) ?? []).slice(0, MAX_CANDIDATES)) seen.add(acc);
      }
      const candidates = [...seen].sort((a, b) => a.index - b.index).slice(0, MAX_CANDIDATES);
      let target: MeetingAcc | undefined;
      for (const acc of candidates) {
        if (acc.articles.has(x.id)) continue;
        const shared = keys.filter((k) => acc.parties.has(k)).length;
        const agree = shared >= Math.min(2, keys.length, acc.parties.size) && shared / Math.max(keys.length, acc.parties.size) >= 0.5;
        if (!agree) continue;
        if (!placesCompatible(acc.places, place)) {
          ctx.decline?.({ kind: 'meeting', a: `${label(keys)} (${m.date ?? 'undated'}, ${x.id})`, b: `${label(acc.parties.keys())} (${dateOf(acc)})`, reason: 'same parties and dates, places differ' });
          continue;
        }
        target = acc;
        break;
      }
      if (!target) {
        target = { index: accs.length, parties: new Map(), dates: [], places: [], status: [], topics: new Set(), articles: new Set(), evidence: [], byArticle: new Map(), filed: new Set() };
        accs.push(target);
        if (ctx.decline) {
          // The same parties met on another day, or one report is undated: two meetings, a near-miss worth a line.
          const partySet = [...keys].sort(cmp).join('|');
          const other = lastOfParties.get(partySet);
          if (other) ctx.decline({ kind: 'meeting', a: `${label(keys)} (${m.date ?? 'undated'}, ${x.id})`, b: `${label(other.parties.keys())} (${dateOf(other)})`, reason: 'same parties, another day or one of them undated' });
          lastOfParties.set(partySet, target);
        }
      }
      for (const [k, reps] of parties) {
        const cur = target.parties.get(k) ?? new Set<string>();
        reps.forEach((r) => cur.add(r));
        target.parties.set(k, cur);
      }
      if (m.date) target.dates.push(m.date);
      if (place) target.places.push(place);
      target.status.push(m.status);
      (m.topics ?? []).forEach((t) => target!.topics.add(t));
      target.articles.add(x.id);
      m.evidence.forEach((e) => ctx.pushEvidence(target!.evidence, e));
      const about = (m.about ?? []).map(nodeKey).filter((k) => !parties.has(k));
      target.byArticle.set(x.id, { parties: keys, evidence: m.evidence, place, about });
      // File the meeting under this report's buckets and parties.
      for (const b of buckets) {
        let byParty = index.get(b);
        if (!byParty) index.set(b, (byParty = new Map()));
        for (const k of keys) {
          const pair = `${b}\u0000${k}`;
          if (target.filed.has(pair)) continue;
          target.filed.add(pair);
          let list = byParty.get(k);
          if (!list) byParty.set(k, (list = []));
          list.push(target);
        }
      }
    }
  }

  const usedKeys = new Set<string>();
  const nextSuffix = new Map<string, number>();
  for (const acc of accs) {
    const partyKeys = [...acc.parties.keys()].sort(cmp);
    const date = pickMeetingDate(acc.dates);
    const placeKey = pickPlace(acc.places);
    const status: MeetingStatus = acc.status.includes('held') ? 'held' : 'planned';
    const names = partyKeys.map((k) => k.slice(k.indexOf(':') + 1));
    let base = `meeting:${date ?? 'undated'}:${names.slice(0, 4).join('+')}`;
    if (names.length > 4) base += `+${createHash('sha256').update(names.join('+')).digest('hex').slice(0, 8)}`;
    let key = base;
    // Several meetings of the same parties and date: -2, -3, ... (the counter keeps this linear in their number).
    for (let n = nextSuffix.get(base) ?? 2; usedKeys.has(key) || nodes.has(key); n++) {
      key = `${base}-${n}`;
      nextSuffix.set(base, n + 1);
    }
    usedKeys.add(key);
    const partyLabels = partyKeys.map((k) => nodes.get(k)?.attrs.label ?? k);
    const articles = [...acc.articles].sort(cmp);
    nodes.set(key, {
      key,
      attrs: {
        kind: 'meeting',
        label: meetingLabel(partyLabels, date),
        aliases: [],
        articles,
        mentions: acc.evidence.length,
        evidence: ctx.boundEvidence(acc.evidence),
        date,
        status,
        place: placeKey ? (nodes.get(placeKey)?.attrs.label ?? null) : null,
        ...(acc.topics.size ? { topics: [...acc.topics].sort(cmp) } : {}),
      },
    });
    if (articles.length > 1) {
      const how = date ? (DAY.test(date) ? 'the same day' : 'the same month') : 'undated, the same sentence or articles of the same day';
      ctx.merges.push({ kind: 'meeting', key, label: meetingLabel(partyLabels, date), merged: articles, reason: `parties agree, ${how}, places compatible` });
    }
    for (const [article, rep] of [...acc.byArticle.entries()].sort(([a], [b]) => cmp(a, b))) {
      for (const p of rep.parties) {
        const reps = [...(acc.parties.get(p) ?? [])].filter((r) => r !== p);
        ctx.addEdge('participant', p, key, article, rep.evidence, reps.length ? { represents: reps } : {});
      }
      if (placeKey) ctx.addEdge('held_in', key, placeKey, article, rep.evidence);
      for (const t of rep.about) if (!acc.parties.has(t)) ctx.addEdge('about', key, t, article, rep.evidence);
    }
  }
}

function meetingLabel(parties: string[], date: string | null): string {
  const who = parties.length > 3 ? `${parties.slice(0, 3).join(', ')} and ${parties.length - 3} more` : parties.join(' – ');
  return date ? `${who} (${date})` : who;
}

/** The most specific, most reported date: days over months, then the most frequent, then the earliest. */
function pickMeetingDate(dates: string[]): string | null {
  if (!dates.length) return null;
  const count = new Map<string, number>();
  for (const d of dates) count.set(d, (count.get(d) ?? 0) + 1);
  return [...count.entries()].sort(([a, ca], [b, cb]) => b.length - a.length || cb - ca || cmp(a, b))[0]![0];
}

/** The most specific place: a city or venue over a state, then the most reported. */
function pickPlace(places: string[]): string | null {
  if (!places.length) return null;
  const count = new Map<string, number>();
  for (const p of places) count.set(p, (count.get(p) ?? 0) + 1);
  const rank = (k: string) => (k.startsWith('place:') ? 2 : k.startsWith('organization:') ? 1 : 0);
  return [...count.entries()].sort(([a, ca], [b, cb]) => rank(b) - rank(a) || cb - ca || cmp(a, b))[0]![0];
}
