/**
 * The merge: article extractions in, one knowledge graph out. A pure function of the sorted extractions, so the same
 * articles give the same graph byte for byte, in whatever order or by however many workers they were extracted.
 *
 * Entities resolve across articles to one node per real-world entity by the name rules of src/names/ (states and
 * well-known organizations already carry canonical labels; people, acronyms, organizations' forms and kinds are
 * resolved there, with a reason for every merge and refusal).
 * A meeting reported by several articles is one node (src/graph/meetings.ts): its parties agree, it is the same day (or,
 * undated, the same sentence or article day) and its places are compatible. Every merge goes to the merge report, and
 * every declined near-miss when a report asks for them (at most DECLINED_LIMIT of each reason).
 */
import { slug, cleanSurface } from '../gazetteer/normalize.js';
import { entityKey, namedEntity, preferredSpelling, resolveEntities, shownSpelling, teamState, withoutCapitalsDuplicates, WrittenForms } from '../names/index.js';
import { stateByName } from '../gazetteer/states.js';
import {
  MAX_EVIDENCE, SCHEMA_VERSION, type ArticleExtraction, type EdgeAttributes, type EntityKind, type EntityRef, type Evidence,
  type NodeAttributes, type Relation,
} from '../types.js';
import { createGraph, type KnowledgeGraph } from './io.js';
import { buildMeetings } from './meetings.js';
import { coMentionEdges, type CoMentionOptions } from './comention.js';

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
  /** Near-misses, listed only when asked for (BuildGraphOptions.report), at most `declinedLimit` of each reason. */
  declined: DeclinedMerge[];
  /** Near-misses beyond the limit, counted but not listed. */
  declinedOmitted?: number;
}

/** Where the merge steps record what they did: every merge, and near-misses when a report asks for them. */
interface MergeSink {
  merges: MergeRecord[];
  decline?: (d: DeclinedMerge) => void;
}


/** Declined near-misses of one reason listed in a merge report, at most. */
export const DECLINED_LIMIT = 2_000;

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

export interface BuildGraphOptions {
  /** List the declined near-misses in the report (default false: only merges are listed). */
  report?: boolean;
  /** At most this many declined near-misses of each reason are listed (default DECLINED_LIMIT). */
  declinedLimit?: number;
  /** Which co-mentions become `co_mentioned` edges (src/graph/comention.ts). */
  coMention?: Partial<CoMentionOptions>;
}

export function buildGraph(input: ArticleExtraction[], options: BuildGraphOptions = {}): { graph: KnowledgeGraph; report: MergeReport } {
  const extractions = [...input].sort((a, b) => cmp(a.id, b.id) || cmp(a.hash, b.hash));
  const report: MergeReport = { merges: [], declined: [] };
  const limit = options.declinedLimit ?? DECLINED_LIMIT;
  let omitted = 0;
  // Near-misses are kept only when a report asks for them, and only up to the limit for each reason, so memory stays
  // bounded and the many pairs of one reason (people sharing a common surname) do not crowd out the others.
  const perReason = new Map<string, number>();
  const decline = options.report
    ? (d: DeclinedMerge) => {
        const n = perReason.get(d.reason) ?? 0;
        perReason.set(d.reason, n + 1);
        if (n < limit) report.declined.push(d);
        else omitted++;
      }
    : undefined;

  // 1. Entities as each article names them.
  const local = new Map<string, EntityAcc>();
  const written = new WrittenForms();
  const touch = (ref: EntityRef, article: string): EntityAcc => {
    const k = localKey(ref.kind, ref.label);
    let acc = local.get(k);
    if (!acc) local.set(k, (acc = { kind: ref.kind, label: ref.label, aliases: new Set(), articles: new Set(), mentions: 0, evidence: [] }));
    else acc.label = preferredSpelling(acc.label, ref.label, ref.kind);
    acc.articles.add(article);
    return acc;
  };
  // A national team's mentions go to the team's node, which is part_of its state (src/names/teams.ts).
  const teamOf = new Map<string, { team: EntityRef; state: EntityRef; article: string; evidence: Evidence }>();
  for (const x of extractions) {
    const teamsHere: EntityRef[] = [];
    for (const e of x.entities) {
      const ref = namedEntity(e);
      const acc = touch(ref, x.id);
      acc.mentions++;
      const alias = cleanSurface(e.text);
      if (alias) acc.aliases.add(alias);
      // The sentence's words before a mention tell the title a surname was written with ("President Smith").
      const s = x.sentences[e.sentence];
      if (e.team) {
        const k = `${x.id}|${ref.label}`;
        const state = teamState(e);
        if (s && state && !teamOf.has(k)) {
          teamOf.set(k, { team: ref, state, article: x.id, evidence: { article: x.id, sentence: s.text, start: s.start, end: s.end } });
          teamsHere.push(state);
        }
      } else written.note(e.kind, e.text, e.label, x.id, s ? s.text.slice(0, Math.max(0, e.start - s.start)) : undefined);
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
    for (const state of teamsHere) touch(state, x.id);
    for (const [label, iso] of Object.entries(x.codes ?? {})) {
      const acc = local.get(localKey('state', label));
      if (acc) acc.iso = iso;
    }
  }

  // 2. Resolve across articles: local key → canonical local key.
  const canon = new Map<string, string>();
  for (const k of local.keys()) canon.set(k, k);
  const sink: MergeSink = { merges: report.merges, ...(decline ? { decline } : {}) };
  resolveEntities(local, canon, written, sink);
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
      at.aliases = withoutCapitalsDuplicates(at.aliases, at.kind);
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
          label: shownSpelling(head.label, head.kind),
          aliases: withoutCapitalsDuplicates(aliases, head.kind).sort(cmp),
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
  const edgeArticles = new Map<string, Set<string>>(); // edge key → its articles, for a constant-time check
  const addEdge = (relation: Relation, source: string, target: string, article: string, evidence: Evidence[], extra: Partial<EdgeAttributes> = {}, keySuffix = '') => {
    if (source === target) return;
    const key = `${relation}:${source}->${target}${keySuffix}`;
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { source, target, attrs: { relation, articles: [], evidence: [], ...extra } }));
    let seen = edgeArticles.get(key);
    if (!seen) edgeArticles.set(key, (seen = new Set()));
    if (!seen.has(article)) {
      seen.add(article);
      e.attrs.articles.push(article);
    }
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

  for (const t of [...teamOf.values()]) addEdge('part_of', nodeKey(t.team), nodeKey(t.state), t.article, [t.evidence]);

  // 5. Meetings.
  buildMeetings(extractions, { nodeKey, placeState, nodes, addEdge, pushEvidence, boundEvidence, merges: report.merges, ...(decline ? { decline } : {}) });

  // 5b. Entities named in the same sentence.
  for (const e of coMentionEdges(extractions, (ref) => nodeKey(namedEntity(ref)), (k) => nodes.get(k)?.attrs.mentions ?? 0, options.coMention)) edges.set(e.key, e);

  // 6. The graph, inserted in key order.
  const graph = createGraph();
  // Keyed by article id, whatever it is ("__proto__" included): an object without prototype.
  const articles: Record<string, { date: string | null; title?: string; url?: string; source?: string; hash: string }> = Object.create(null);
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
  if (omitted) report.declinedOmitted = omitted;
  return { graph, report };
}

