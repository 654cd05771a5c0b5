/**
 * The merge: article extractions in, one knowledge graph out. A pure function of the sorted extractions, so the same
 * articles give the same graph byte for byte, in whatever order or by however many workers they were extracted.
 *
 * Entities resolve across articles to one node per real-world entity:
 * - states and well-known organizations already carry canonical labels;
 * - people: the same name; a transliteration variant ("Zelensky" / "Zelenskyy"); a surname alone that matches one
 *   full name only. Two people whose given names differ are never merged; neither are entities of different kinds;
 * - organizations: an acronym that is the initials of exactly one long name; one name in its plural or "Party" form
 *   ("Liberal Democrats" / "Liberal Democrat", "Labour Party" / "Labour");
 * - one name that the recognizer read as a person in some articles and an organization in most others is the kind
 *   most articles give it (states are never re-kinded; entities of different names never merge across kinds).
 * A meeting reported by several articles is one node (src/graph/meetings.ts): its parties agree, it is the same day (or,
 * undated, the same sentence or article day) and its places are compatible. Every merge goes to the merge report, and
 * every declined near-miss when a report asks for them (at most DECLINED_LIMIT of each reason).
 */
import { normName, slug, cleanSurface, foldName } from '../gazetteer/normalize.js';
import { FAMILY_NAME_FIRST } from '../gazetteer/names.js';
import { LEGISLATURE_WORDS } from '../gazetteer/meetings.js';
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

const localKey = (kind: string, label: string) => `${kind}\u0000${normName(label)}`;

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
  const sink: MergeSink = { merges: report.merges, ...(decline ? { decline } : {}) };
  voteKinds(local, canon, sink);
  resolvePeople(local, canon, sink);
  resolveAcronyms(local, canon, sink);
  resolveOrganizationForms(local, canon, sink);
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

  // 5. Meetings.
  buildMeetings(extractions, { nodeKey, placeState, nodes, addEdge, pushEvidence, boundEvidence, merges: report.merges, ...(decline ? { decline } : {}) });

  // 5b. Entities named in the same sentence.
  for (const e of coMentionEdges(extractions, nodeKey, (k) => nodes.get(k)?.attrs.mentions ?? 0, options.coMention)) edges.set(e.key, e);

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

// ---------------------------------------------------------------------------------------------------------------

function tokens(label: string): string[] {
  return normName(label).split(' ').filter(Boolean);
}

/** Merges people across articles: the same name (spelling variants folded), and surnames alone that match exactly one
 * full name. */
function resolvePeople(local: Map<string, EntityAcc>, canon: Map<string, string>, report: MergeSink): void {
  const people = [...local.entries()].filter(([, a]) => a.kind === 'person').sort(([a], [b]) => cmp(a, b));
  const weight = (a: EntityAcc) => tokens(a.label).length * 1000 + a.mentions;
  // Spelling variants of the same full name.
  const byFolded = new Map<string, string[]>();
  for (const [k, a] of people) {
    const f = tokens(a.label).map(foldName).join(' ');
    (byFolded.get(f) ?? byFolded.set(f, []).get(f)!).push(k);
  }
  for (const ks of byFolded.values()) {
    if (ks.length < 2) continue;
    const best = [...ks].sort((x, y) => weight(local.get(y)!) - weight(local.get(x)!) || cmp(x, y))[0]!;
    for (const k of ks) canon.set(k, best);
    report.merges.push({ kind: 'person', key: `person:${slug(local.get(best)!.label)}`, label: local.get(best)!.label, merged: ks.map((k) => local.get(k)!.label).sort(cmp), reason: 'same name up to transliteration (folded spelling)' });
  }
  // Surnames alone. Folded tokens are computed once per name and full names indexed by their first and last folded
  // token, so this stays linear in the number of people (a pairwise scan took minutes on a few thousand articles).
  const foldedCache = new Map<string, string[]>();
  const folded = (label: string): string[] => {
    let f = foldedCache.get(label);
    if (!f) foldedCache.set(label, (f = tokens(label).map(foldName)));
    return f;
  };
  const full = people.filter(([k, a]) => canon.get(k) === k && tokens(a.label).length > 1);
  const byLast = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  full.forEach(([, b], i) => {
    const bt = folded(b.label);
    const last = bt[bt.length - 1]!;
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(i);
    (byFirst.get(bt[0]!) ?? byFirst.set(bt[0]!, []).get(bt[0]!)!).push(i);
  });
  for (const [k, a] of people) {
    const toks = tokens(a.label);
    // A surname alone: one word, or one hyphenated word ("Kilroy-Silk") whose parts end a full name.
    const hyphenated = toks.length > 1 && !/\s/.test(a.label.trim());
    if ((toks.length !== 1 && !hyphenated) || canon.get(k) !== k) continue;
    const parts = toks.map(foldName);
    const f = parts[parts.length - 1]!;
    const hit = new Set<number>((byLast.get(f) ?? []).filter((i) => {
      const bt = folded(full[i]![1].label);
      return bt.length > parts.length && parts.every((w, j) => bt[bt.length - parts.length + j] === w);
    }));
    if (!hyphenated && FAMILY_NAME_FIRST.has(f)) for (const i of byFirst.get(f) ?? []) hit.add(i);
    const matches = [...hit].sort((x, y) => x - y).map((i) => full[i]!);
    const distinct = [...new Set(matches.map(([mk]) => mk))];
    if (distinct.length === 1) {
      const target = distinct[0]!;
      canon.set(k, target);
      report.merges.push({ kind: 'person', key: `person:${slug(local.get(target)!.label)}`, label: local.get(target)!.label, merged: [a.label], reason: 'surname alone matches one full name in the corpus' });
    } else if (distinct.length > 1) {
      report.decline?.({ kind: 'person', a: a.label, b: distinct.map((d) => local.get(d)!.label).sort(cmp).join(' | '), reason: 'surname alone matches several full names' });
    }
  }
  // Same surname, different given names: never merged, reported. Only names sharing a folded surname are compared.
  if (report.decline) for (const group of byLast.values()) {
    for (let gi = 0; gi < group.length; gi++) {
      for (let gj = gi + 1; gj < group.length; gj++) {
        const [ka, a] = full[group[gi]!]!;
        const [kb, b] = full[group[gj]!]!;
        if (canon.get(ka) !== ka || canon.get(kb) !== kb) continue;
        if (folded(a.label)[0] !== folded(b.label)[0]) {
          report.decline?.({ kind: 'person', a: a.label, b: b.label, reason: 'same surname, given names differ' });
        }
      }
    }
  }
}

/** Kinds the recognizer confuses for one name ("Google" read as a person in some articles). */
const VOTED_KINDS = new Set<EntityKind>(['person', 'organization', 'place']);
/** How much more often the winning kind must be read for a name to be re-kinded. */
const KIND_VOTE_RATIO = 3;

/** One name read as different kinds across the corpus is one entity of the kind most articles give it, when that
 * kind is read at least three times as often. States (from the gazetteer) are never re-kinded. */
function voteKinds(local: Map<string, EntityAcc>, canon: Map<string, string>, report: MergeSink): void {
  const byName = new Map<string, Array<[string, EntityAcc]>>();
  for (const [k, a] of local) {
    if (!VOTED_KINDS.has(a.kind)) continue;
    const n = normName(a.label);
    (byName.get(n) ?? byName.set(n, []).get(n)!).push([k, a]);
  }
  for (const group of [...byName.values()].filter((g) => g.length > 1).sort((x, y) => cmp(x[0]![0], y[0]![0]))) {
    const ranked = [...group].sort(([ka, a], [kb, b]) => b.mentions - a.mentions || cmp(ka, kb));
    const [winKey, win] = ranked[0]!;
    const rest = ranked.slice(1).reduce((n, [, a]) => n + a.mentions, 0);
    if (win.mentions < KIND_VOTE_RATIO * Math.max(1, rest)) {
      report.decline?.({ kind: win.kind, a: `${win.label} (${win.kind})`, b: ranked.slice(1).map(([, a]) => `${a.label} (${a.kind})`).join(' | '), reason: 'same name read as different kinds, no clear majority' });
      continue;
    }
    for (const [k] of ranked.slice(1)) canon.set(k, winKey);
    report.merges.push({ kind: win.kind, key: `${win.kind}:${slug(win.label)}`, label: win.label, merged: ranked.slice(1).map(([, a]) => `${a.label} (${a.kind})`), reason: `same name, read as ${win.kind} in ${win.mentions} of ${win.mentions + rest} mentions` });
  }
}

/** An organization acronym joins the one long name whose initials it is ("CPC" → Communist Party of China). */
function resolveAcronyms(local: Map<string, EntityAcc>, canon: Map<string, string>, report: MergeSink): void {
  const orgs = [...local.entries()].filter(([, a]) => a.kind === 'organization').sort(([a], [b]) => cmp(a, b));
  // Long names indexed by their initials: each acronym looks up its own, linear in the number of organizations.
  const byInitials = new Map<string, Array<[string, EntityAcc]>>();
  for (const entry of orgs) {
    const words = entry[1].label.split(/\s+/);
    if (words.length < 2) continue;
    const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    (byInitials.get(initials) ?? byInitials.set(initials, []).get(initials)!).push(entry);
  }
  for (const [k, a] of orgs) {
    const bare = a.label.replace(/\./g, '');
    if (!/^[\p{Lu}\p{N}&-]{2,8}$/u.test(bare)) continue;
    const hits = byInitials.get(bare) ?? [];
    if (hits.length === 1) {
      canon.set(k, hits[0]![0]);
      report.merges.push({ kind: 'organization', key: `organization:${slug(hits[0]![1].label)}`, label: hits[0]![1].label, merged: [a.label], reason: 'acronym is the initials of this name' });
    } else if (hits.length > 1) {
      report.decline?.({ kind: 'organization', a: a.label, b: hits.map(([, b]) => b.label).sort(cmp).join(' | '), reason: 'acronym matches several names' });
    }
  }
}

/** Last words whose final "s" is no plural: "The Times" is not "Time", "Airbus" not "Airbu". */
const NOT_PLURALS = new Set(['times', 'news', 'express', 'lions', 'jets', 'wings', 'giants', 'saints', 'rangers', 'spurs']);

/** A party's or body's name in its forms: "Labour Party" and "Labour", "Liberal Democrats" and "Liberal Democrat",
 * "Conservatives" and "Conservative Party" are one key. */
function formKey(label: string): string {
  const words = normName(label).split(' ');
  // "Congress Party" (India) is not "Congress" (the United States'): a chamber's name keeps its "Party".
  if (words.length > 1 && words[words.length - 1] === 'party' && !(words[words.length - 2]! in LEGISLATURE_WORDS)) words.pop();
  const last = words[words.length - 1]!;
  // An acronym's final capital S is a letter of it ("HBOS" is not "HBO"); a lowercase one is a plural ("PSPs").
  const written = label.trim().split(/\s+/).pop() ?? '';
  if (last.length > 3 && /[^su]s$/.test(last) && !NOT_PLURALS.has(last) && !/S$/.test(written)) words[words.length - 1] = last.slice(0, -1);
  return words.join(' ');
}

/** Organizations whose names differ only by a plural "s" or a trailing "Party" are one ("Lib Dem" / "Lib Dems"). */
function resolveOrganizationForms(local: Map<string, EntityAcc>, canon: Map<string, string>, report: MergeSink): void {
  const groups = new Map<string, Array<[string, EntityAcc]>>();
  for (const [k, a] of [...local.entries()].sort(([x], [y]) => cmp(x, y))) {
    if (a.kind !== 'organization' || canon.get(k) !== k) continue;
    const f = formKey(a.label);
    (groups.get(f) ?? groups.set(f, []).get(f)!).push([k, a]);
  }
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const [headKey, head] = [...members].sort(([ka, a], [kb, b]) => b.mentions - a.mentions || b.label.length - a.label.length || cmp(ka, kb))[0]!;
    for (const [k] of members) if (k !== headKey) canon.set(k, headKey);
    report.merges.push({ kind: 'organization', key: `organization:${slug(head.label)}`, label: head.label, merged: members.map(([, a]) => a.label).sort(cmp), reason: 'one name in its plural or "Party" form' });
  }
}
