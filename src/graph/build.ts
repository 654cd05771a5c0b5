/**
 * The merge: article extractions in, one knowledge graph out. A pure function of the sorted extractions, so the same
 * articles give the same graph byte for byte, in whatever order or by however many workers they were extracted.
 *
 * Entities resolve across articles to one node per real-world entity by the name rules of src/names/ (states and
 * well-known organizations already carry canonical labels; people, acronyms, organizations' forms and kinds are
 * resolved there, with a reason for every merge and refusal).
 * A meeting reported by several articles is one node when its parties agree, its dates are within a day (or, undated,
 * the articles quote the same sentence about it: a republished story) and its places are compatible. Every merge and every declined near-miss goes to the merge report.
 */
import { createHash } from 'node:crypto';
import { slug, cleanSurface } from '../gazetteer/normalize.js';
import { entityKey, resolveEntities, WrittenForms } from '../names/index.js';
import { stateByName } from '../gazetteer/states.js';
import {
  MAX_EVIDENCE, SCHEMA_VERSION, type ArticleExtraction, type EdgeAttributes, type EntityKind, type EntityRef, type Evidence,
  type MeetingStatus, type NodeAttributes, type Relation,
} from '../types.js';
import { createGraph, type KnowledgeGraph } from './io.js';

export interface MergeRecord {
  kind: EntityKind | 'meeting';
  key: string;
  label: string;
  merged: string[];
  reason: string;
}

export interface DeclinedMerge {
  kind: EntityKind | 'meeting';
  a: string;
  b: string;
  reason: string;
}

export interface MergeReport {
  merges: MergeRecord[];
  declined: DeclinedMerge[];
}

interface EntityAcc {
  kind: EntityKind;
  label: string;
  aliases: Set<string>;
  articles: Set<string>;
  mentions: number;
  evidence: Evidence[];
  iso?: string;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function pushEvidence(list: Evidence[], e: Evidence): void {
  if (list.length >= MAX_EVIDENCE * 4) return;
  if (!list.some((x) => x.article === e.article && x.start === e.start && x.end === e.end)) list.push(e);
}

function boundEvidence(list: Evidence[]): Evidence[] {
  return [...list].sort((a, b) => cmp(a.article, b.article) || a.start - b.start || a.end - b.end).slice(0, MAX_EVIDENCE);
}

const localKey = entityKey;

export function buildGraph(input: ArticleExtraction[]): { graph: KnowledgeGraph; report: MergeReport } {
  const extractions = [...input].sort((a, b) => cmp(a.id, b.id) || cmp(a.hash, b.hash));
  const report: MergeReport = { merges: [], declined: [] };

  // 1. Entities as each article names them.
  const local = new Map<string, EntityAcc>();
  const written = new WrittenForms();
  const touch = (ref: EntityRef, article: string): EntityAcc => {
    const k = localKey(ref.kind, ref.label);
    let acc = local.get(k);
    if (!acc) local.set(k, (acc = { kind: ref.kind, label: ref.label, aliases: new Set(), articles: new Set(), mentions: 0, evidence: [] }));
    acc.articles.add(article);
    return acc;
  };
  for (const x of extractions) {
    for (const e of x.entities) {
      const acc = touch(e, x.id);
      acc.mentions++;
      const alias = cleanSurface(e.text);
      if (alias) acc.aliases.add(alias);
      written.note(e.kind, e.text, e.label, x.id);
      const s = x.sentences[e.sentence];
      if (s) pushEvidence(acc.evidence, { article: x.id, sentence: s.text, start: e.start, end: e.end });
    }
    const refs: EntityRef[] = [
      ...x.meetings.flatMap((m) => [...m.participants, ...m.participants.flatMap((p) => p.represents ?? []), ...(m.place ? [m.place] : []), ...(m.about ?? [])]),
      ...x.relations.flatMap((r) => [r.source, r.target]),
    ];
    for (const r of refs) {
      const acc = touch(r, x.id);
      if (!acc.evidence.length) {
        const ev = x.meetings.find((m) => m.participants.some((p) => p.label === r.label))?.evidence[0] ?? x.relations.find((q) => q.source.label === r.label || q.target.label === r.label)?.evidence[0];
        if (ev) pushEvidence(acc.evidence, ev);
      }
    }
    for (const [label, iso] of Object.entries(x.codes ?? {})) {
      const acc = local.get(localKey('state', label));
      if (acc) acc.iso = iso;
    }
  }

  // 2. Resolve across articles: local key → canonical local key.
  const canon = new Map<string, string>();
  for (const k of local.keys()) canon.set(k, k);
  resolveEntities(local, canon, written, report);
  const find = (k: string): string => {
    let c = canon.get(k) ?? k;
    while (canon.get(c) !== c) c = canon.get(c)!;
    return c;
  };

  // 3. Nodes.
  const nodes = new Map<string, { key: string; attrs: NodeAttributes }>();
  const nodeKeyOfLocal = new Map<string, string>();
  const groups = new Map<string, string[]>();
  for (const k of local.keys()) {
    const root = find(k);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(k);
  }
  for (const [root, members] of [...groups.entries()].sort(([a], [b]) => cmp(a, b))) {
    const accs = members.map((m) => local.get(m)!);
    const head = local.get(root)!;
    const key = `${head.kind}:${slug(head.label)}`;
    const aliases = new Set<string>();
    const articles = new Set<string>();
    const evidence: Evidence[] = [];
    let mentions = 0;
    let iso = head.iso;
    for (const a of accs) {
      a.aliases.forEach((x) => aliases.add(x));
      a.articles.forEach((x) => articles.add(x));
      a.evidence.forEach((e) => pushEvidence(evidence, e));
      mentions += a.mentions;
      iso ??= a.iso;
    }
    if (head.kind === 'state') iso ??= stateByName(head.label)?.iso;
    const existing = nodes.get(key);
    if (existing) {
      // Two labels that slug alike ("St. Louis" / "St Louis"): one node.
      const at = existing.attrs;
      for (const x of aliases) if (!at.aliases.includes(x)) at.aliases.push(x);
      for (const x of articles) if (!at.articles.includes(x)) at.articles.push(x);
      at.evidence = boundEvidence([...at.evidence, ...evidence]);
      at.mentions += mentions;
      at.aliases.sort(cmp);
      at.articles.sort(cmp);
    } else {
      nodes.set(key, {
        key,
        attrs: {
          kind: head.kind,
          label: head.label,
          aliases: [...aliases].sort(cmp),
          articles: [...articles].sort(cmp),
          mentions,
          evidence: boundEvidence(evidence),
          ...(iso ? { iso } : {}),
        },
      });
    }
    for (const m of members) nodeKeyOfLocal.set(m, key);
  }
  const nodeKey = (ref: EntityRef) => nodeKeyOfLocal.get(localKey(ref.kind, ref.label))!;

  // 4. Edges between entities.
  const edges = new Map<string, { source: string; target: string; attrs: EdgeAttributes }>();
  const addEdge = (relation: Relation, source: string, target: string, article: string, evidence: Evidence[], extra: Partial<EdgeAttributes> = {}, keySuffix = '') => {
    if (source === target) return;
    const key = `${relation}:${source}->${target}${keySuffix}`;
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { source, target, attrs: { relation, articles: [], evidence: [], ...extra } }));
    if (!e.attrs.articles.includes(article)) e.attrs.articles.push(article);
    for (const ev of evidence) pushEvidence(e.attrs.evidence, ev);
  };
  const placeState = new Map<string, string>(); // place node → state node
  for (const x of extractions) {
    for (const r of x.relations) {
      const s = nodeKey(r.source);
      const t = nodeKey(r.target);
      if (r.relation === 'role') {
        addEdge('role', s, t, x.id, r.evidence, { title: r.title ?? '', former: !!r.former }, `:${slug(r.title ?? '')}${r.former ? ':former' : ''}`);
      } else {
        addEdge(r.relation, s, t, x.id, r.evidence);
        if (r.relation === 'located_in') placeState.set(s, t);
      }
    }
  }

  // 5. Meetings.
  buildMeetings(extractions, nodeKey, placeState, nodes, report, addEdge);

  // 6. The graph, inserted in key order.
  const graph = createGraph();
  const articles: Record<string, { date: string | null; title?: string; url?: string; source?: string; hash: string }> = {};
  for (const x of extractions) {
    articles[x.id] = { date: x.date, ...(x.title ? { title: x.title } : {}), ...(x.url ? { url: x.url } : {}), ...(x.source ? { source: x.source } : {}), hash: x.hash };
  }
  graph.replaceAttributes({ schemaVersion: SCHEMA_VERSION, articles });
  for (const key of [...nodes.keys()].sort(cmp)) graph.addNode(key, nodes.get(key)!.attrs);
  for (const key of [...edges.keys()].sort(cmp)) {
    const e = edges.get(key)!;
    e.attrs.articles.sort(cmp);
    e.attrs.evidence = boundEvidence(e.attrs.evidence);
    if (e.attrs.represents) e.attrs.represents.sort(cmp);
    graph.addDirectedEdgeWithKey(key, e.source, e.target, e.attrs);
  }
  report.merges.sort((a, b) => cmp(a.key, b.key));
  report.declined.sort((a, b) => cmp(a.a, b.a) || cmp(a.b, b.b));
  return { graph, report };
}

// ---------------------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------------------

interface MeetingAcc {
  parties: Map<string, Set<string>>; // node key → represents (node keys)
  dates: string[];
  places: string[];
  status: MeetingStatus[];
  topics: Set<string>;
  articles: Set<string>;
  evidence: Evidence[];
  /** Per article: the parties it reports (for participant edge provenance) and the entities its topics name. */
  byArticle: Map<string, { parties: string[]; evidence: Evidence[]; place: string | null; about: string[] }>;
  articleDates: string[];
  /** The evidence sentences' texts, whitespace folded: a copy of the same report quotes them again. */
  sentences: Set<string>;
}

const sentenceKey = (e: Evidence) => e.sentence.replace(/\s+/g, ' ').trim();

type AddEdge = (relation: Relation, source: string, target: string, article: string, evidence: Evidence[], extra?: Partial<EdgeAttributes>, keySuffix?: string) => void;

function dayNumber(d: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
}

function buildMeetings(
  extractions: ArticleExtraction[],
  nodeKey: (r: EntityRef) => string,
  placeState: Map<string, string>,
  nodes: Map<string, { key: string; attrs: NodeAttributes }>,
  report: MergeReport,
  addEdge: AddEdge,
): void {
  const accs: MeetingAcc[] = [];
  const stateOf = (k: string) => (k.startsWith('state:') ? k : placeState.get(k));
  const placesCompatible = (a: string[], b: string | null) => {
    if (!b || !a.length) return true;
    return a.every((p) => p === b || (stateOf(p) && stateOf(p) === stateOf(b)));
  };
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
      // Find an event reported by an earlier article that this one agrees with.
      let target: MeetingAcc | undefined;
      for (const acc of accs) {
        if (acc.articles.has(x.id)) continue;
        const shared = keys.filter((k) => acc.parties.has(k)).length;
        const agree = shared >= Math.min(2, keys.length, acc.parties.size) && shared / Math.max(keys.length, acc.parties.size) >= 0.5;
        if (!agree) continue;
        const accDate = acc.dates.find((d) => d.length === 10) ?? acc.dates[0] ?? null;
        const dA = m.date ? dayNumber(m.date) : null;
        const dB = accDate ? dayNumber(accDate) : null;
        let datesOk: boolean;
        if (dA !== null && dB !== null) datesOk = Math.abs(dA - dB) <= 1;
        else if (m.date && accDate) datesOk = m.date.startsWith(accDate.slice(0, 7)) || accDate.startsWith(m.date.slice(0, 7));
        else if (m.evidence.some((e) => acc.sentences.has(sentenceKey(e)))) {
          // The same sentence in two articles (a syndicated or republished story): one report of one event.
          datesOk = true;
        } else {
          // One side undated: the same event only if the articles are a few days apart.
          const ad = x.date ? dayNumber(x.date) : null;
          const near = acc.articleDates.some((d) => {
            const n = dayNumber(d);
            return n !== null && ad !== null && Math.abs(n - ad) <= 3;
          });
          datesOk = near;
        }
        const label = (ks: Iterable<string>) => [...ks].map((k) => nodes.get(k)?.attrs.label ?? k).sort(cmp).join(' + ');
        if (!datesOk) {
          report.declined.push({ kind: 'meeting', a: `${label(keys)} (${m.date ?? 'undated'}, ${x.id})`, b: `${label(acc.parties.keys())} (${accDate ?? 'undated'})`, reason: 'same parties, dates more than a day apart' });
          continue;
        }
        if (!placesCompatible(acc.places, place)) {
          report.declined.push({ kind: 'meeting', a: `${label(keys)} (${x.id})`, b: label(acc.parties.keys()), reason: 'same parties and dates, places differ' });
          continue;
        }
        target = acc;
        break;
      }
      if (!target) {
        target = { parties: new Map(), dates: [], places: [], status: [], topics: new Set(), articles: new Set(), evidence: [], byArticle: new Map(), articleDates: [], sentences: new Set() };
        accs.push(target);
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
      if (x.date) target.articleDates.push(x.date);
      m.evidence.forEach((e) => {
        pushEvidence(target!.evidence, e);
        target!.sentences.add(sentenceKey(e));
      });
      const about = (m.about ?? []).map(nodeKey).filter((k) => !parties.has(k));
      // An event takes at most one meeting of each article (see the article check above).
      target.byArticle.set(x.id, { parties: keys, evidence: m.evidence, place, about });
    }
  }

  const usedKeys = new Set<string>();
  for (const acc of accs) {
    const partyKeys = [...acc.parties.keys()].sort(cmp);
    const date = pickMeetingDate(acc.dates);
    const placeKey = pickPlace(acc.places);
    const status: MeetingStatus = acc.status.includes('held') ? 'held' : 'planned';
    const names = partyKeys.map((k) => k.slice(k.indexOf(':') + 1));
    let base = `meeting:${date ?? 'undated'}:${names.slice(0, 4).join('+')}`;
    if (names.length > 4) base += `+${createHash('sha256').update(names.join('+')).digest('hex').slice(0, 8)}`;
    let key = base;
    for (let n = 2; usedKeys.has(key) || nodes.has(key); n++) key = `${base}-${n}`;
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
        evidence: boundEvidence(acc.evidence),
        date,
        status,
        place: placeKey ? (nodes.get(placeKey)?.attrs.label ?? null) : null,
        ...(acc.topics.size ? { topics: [...acc.topics].sort(cmp) } : {}),
      },
    });
    if (articles.length > 1) report.merges.push({ kind: 'meeting', key, label: meetingLabel(partyLabels, date), merged: articles, reason: 'parties agree, dates within a day (or the same sentence reported), places compatible' });
    for (const [article, rep] of [...acc.byArticle.entries()].sort(([a], [b]) => cmp(a, b))) {
      for (const p of rep.parties) {
        const reps = [...(acc.parties.get(p) ?? [])].filter((r) => r !== p);
        addEdge('participant', p, key, article, rep.evidence, reps.length ? { represents: reps } : {});
      }
      if (placeKey) addEdge('held_in', key, placeKey, article, rep.evidence);
      for (const t of rep.about) if (!acc.parties.has(t)) addEdge('about', key, t, article, rep.evidence);
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
