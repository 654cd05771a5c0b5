/**
 * An analyst's first questions about a corpus: who are the main entities (`top`), which entities a name could mean
 * (`search`), and what is near an entity (`neighbors`). Each takes an optional date window (`from`, `to`): an item
 * counts when its own date (a meeting's) or, lacking one, the date of one of its articles falls inside; an item with
 * no date at all is left out of a dated question.
 */
import type { KnowledgeGraph } from '../graph/io.js';
import { UsageError } from '../errors.js';
import { ENTITY_KINDS, NODE_KINDS, type EntityKind, type Relation } from '../types.js';
import { dateSpan, dateWindow, overlaps, type DateSpan, type DateWindow } from './dates.js';
import { findEntity, suggestEntities } from './find.js';
import { UnknownEntityError } from './errors.js';
import { normalizeName } from './normalize.js';
import { articleRefs, copyEvidence, describeEdge, nodeRef } from './refs.js';
import { validateRelations } from './relations.js';
import type { ArticleRef, EntityMatch, NodeRef } from './types.js';
import type { Evidence } from '../types.js';

/** The articles of `ids` dated inside `window` (all of them when there is no window). */
function articlesIn(graph: KnowledgeGraph, ids: readonly string[], window: DateSpan | null): string[] {
  if (!window) return [...ids];
  const records = graph.getAttribute('articles') ?? {};
  return ids.filter((id) => {
    const span = dateSpan(records[id]?.date ?? null);
    return span !== null && overlaps(span, window);
  });
}

function checkKinds(method: string, kind: EntityKind | readonly EntityKind[] | undefined): Set<string> {
  const kinds = kind === undefined ? ENTITY_KINDS : typeof kind === 'string' ? [kind] : kind;
  for (const k of kinds)
    if (!(NODE_KINDS as readonly string[]).includes(k)) throw new UsageError(`${method}: invalid kind "${k}" (expected one of ${ENTITY_KINDS.join(', ')})`);
  return new Set(kinds);
}

function checkLimit(method: string, limit: number | undefined, fallback: number): number {
  const n = limit ?? fallback;
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${method}: limit must be a whole number ≥ 1, got ${JSON.stringify(limit)}`);
  return n;
}

const byLabel = (a: { label: string; key: string }, b: { label: string; key: string }) =>
  a.label < b.label ? -1 : a.label > b.label ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

// ---------------------------------------------------------------------------------------------------------------

export interface TopQuery extends DateWindow {
  kind?: EntityKind | readonly EntityKind[];
  /** At most this many (default 20). */
  limit?: number;
}

export interface TopEntity extends NodeRef {
  /** Mentions over the corpus. */
  mentions: number;
  /** Articles that mention it (inside the window, when one is given). */
  articles: number;
  /** Edges at it, by relation. */
  degree: Partial<Record<Relation, number>>;
}

export const TOP_DEFAULTS = { limit: 20 } as const;

/** The most prominent entities: by mentions, or, in a date window, by the articles of that window that name them
 * (then by mentions). */
export function top(graph: KnowledgeGraph, query: TopQuery = {}): TopEntity[] {
  const kinds = checkKinds('top', query.kind);
  const limit = checkLimit('top', query.limit, TOP_DEFAULTS.limit);
  const window = dateWindow('top', query);
  const rows: TopEntity[] = [];
  graph.forEachNode((key, a) => {
    if (!kinds.has(a.kind) || a.kind === 'meeting') return;
    const articles = articlesIn(graph, a.articles ?? [], window).length;
    if (window && !articles) return;
    rows.push({ ...nodeRef(graph, key), mentions: a.mentions ?? 0, articles, degree: {} });
  });
  const rank = (r: TopEntity) => (window ? r.articles : r.mentions);
  rows.sort((x, y) => rank(y) - rank(x) || y.articles - x.articles || y.mentions - x.mentions || byLabel(x, y));
  const shown = rows.slice(0, limit);
  for (const r of shown)
    graph.forEachEdge(r.key, (_e, ea) => {
      r.degree[ea.relation] = (r.degree[ea.relation] ?? 0) + 1;
    });
  return shown;
}

// ---------------------------------------------------------------------------------------------------------------

export interface SearchQuery extends DateWindow {
  kind?: EntityKind | readonly EntityKind[];
  /** At most this many (default 10). */
  limit?: number;
}

export interface SearchHit extends NodeRef {
  mentions: number;
  aliases: string[];
  /** How the name matched: the label or an alias, a whole word of the label, or a close spelling. */
  match: 'label' | 'alias' | 'word' | 'close';
}

/** Every entity a name could mean, the one `findEntity` picks first, then by how well the name matches and by
 * prominence. */
export function search(graph: KnowledgeGraph, name: string, query: SearchQuery = {}): SearchHit[] {
  if (typeof name !== 'string' || !normalizeName(name)) throw new UsageError(`search: give a name to look for, got ${JSON.stringify(name)}`);
  const kinds = checkKinds('search', query.kind);
  const limit = checkLimit('search', query.limit, 10);
  const window = dateWindow('search', query);
  const q = normalizeName(name);
  const hits: Array<SearchHit & { rank: number }> = [];
  const rankOf = { label: 0, alias: 0, word: 1, close: 2 } as const;
  const close = new Set(suggestEntities(graph, name, { kind: [...kinds] as EntityKind[], limit: 50 }));
  graph.forEachNode((key, a) => {
    if (!kinds.has(a.kind)) return;
    if (window && !articlesIn(graph, a.articles ?? [], window).length) return;
    const label = a.label ?? key;
    const aliases = a.aliases ?? [];
    let match: SearchHit['match'] | null = null;
    if (normalizeName(label) === q) match = 'label';
    else if (aliases.some((s) => normalizeName(s) === q)) match = 'alias';
    else if (normalizeName(label).split(' ').includes(q) || (q.includes(' ') && normalizeName(label).includes(q))) match = 'word';
    else if (close.has(label)) match = 'close';
    if (match) hits.push({ ...nodeRef(graph, key), mentions: a.mentions ?? 0, aliases: [...aliases], match, rank: rankOf[match] });
  });
  const chosen = findEntity(graph, name, { kind: [...kinds] as EntityKind[] });
  hits.sort((x, y) => Number(y.key === chosen?.key) - Number(x.key === chosen?.key) || x.rank - y.rank || y.mentions - x.mentions || byLabel(x, y));
  return hits.slice(0, limit).map(({ rank: _rank, ...hit }) => hit);
}

// ---------------------------------------------------------------------------------------------------------------

export interface NeighborQuery extends DateWindow {
  /** Only edges of these relations. */
  relation?: Relation | readonly Relation[];
  /** At most this many neighbours (default 20). */
  limit?: number;
}

export interface Neighbor extends NodeRef {
  /** The relations joining it to the entity, each described once ("Tony Blair —co_mentioned→ Gordon Brown"). */
  relations: Relation[];
  descriptions: string[];
  /** Sentences that tie the two: co-mentions count every sentence; other edges count their evidence. */
  weight: number;
  articles: ArticleRef[];
  evidence: Evidence[];
}

export interface NeighborsResult {
  entity: EntityMatch;
  neighbors: Neighbor[];
  /** Neighbours before the limit. */
  total: number;
}

/** The entities and meetings one edge away from `name`, strongest tie first. */
export function neighbors(graph: KnowledgeGraph, name: string, query: NeighborQuery = {}): NeighborsResult {
  const only = validateRelations('neighbors', query.relation);
  const limit = checkLimit('neighbors', query.limit, 20);
  const window = dateWindow('neighbors', query);
  const entity = findEntity(graph, name);
  if (!entity) throw new UnknownEntityError(name, suggestEntities(graph, name));
  const acc = new Map<string, Neighbor>();
  graph.forEachEdge(entity.key, (_e, ea, s, t) => {
    if (only && !only.has(ea.relation)) return;
    const other = s === entity.key ? t : s;
    const oa = graph.getNodeAttributes(other);
    let ids = ea.articles ?? [];
    if (window) {
      const span = oa.kind === 'meeting' ? dateSpan(oa.date) : null;
      if (span) {
        if (!overlaps(span, window)) return;
      } else {
        ids = articlesIn(graph, ids, window);
        if (!ids.length) return;
      }
    }
    let n = acc.get(other);
    if (!n) acc.set(other, (n = { ...nodeRef(graph, other), relations: [], descriptions: [], weight: 0, articles: [], evidence: [] }));
    if (!n.relations.includes(ea.relation)) n.relations.push(ea.relation);
    n.descriptions.push(describeEdge(nodeRef(graph, s), nodeRef(graph, t), ea));
    n.weight += ea.relation === 'co_mentioned' && typeof ea.count === 'number' ? ea.count : Math.max(1, ea.evidence?.length ?? 0);
    const known = new Set(n.articles.map((r) => r.id));
    n.articles.push(...articleRefs(graph, ids.filter((id) => !known.has(id))));
    for (const ev of copyEvidence(ea.evidence)) if (!n.evidence.some((x) => x.article === ev.article && x.sentence === ev.sentence)) n.evidence.push(ev);
  });
  const list = [...acc.values()].sort((x, y) => y.weight - x.weight || y.articles.length - x.articles.length || byLabel(x, y));
  return { entity, neighbors: list.slice(0, limit), total: list.length };
}
