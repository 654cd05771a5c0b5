/** The edges at one entity: its roles, memberships, locations and meetings, each with its evidence. */
import type { KnowledgeGraph } from '../graph/io.js';
import { UsageError } from '../errors.js';
import { RELATIONS, type EdgeAttributes, type MeetingNodeAttributes, type Relation } from '../types.js';
import { compareDates, dateWindow, inWindow } from './dates.js';
import { resolveEntity } from './find.js';
import { articleRefs, copyEvidence, describeEdge, nodeRef } from './refs.js';
import type { Direction, EntityDetails, RelationResult } from './types.js';

export interface RelationQuery {
  /** Only these relations. */
  relation?: Relation | readonly Relation[];
  /** `out`: edges from the entity; `in`: edges to it; default both. */
  direction?: Direction | 'both';
  /** Only edges dated (a meeting's date) or told by an article dated on or after this date. */
  from?: string;
  /** ... on or before this date. */
  to?: string;
}

export function validateRelations(method: string, relation: RelationQuery['relation']): Set<Relation> | null {
  if (relation === undefined) return null;
  const list = typeof relation === 'string' ? [relation] : relation;
  for (const r of list)
    if (!(RELATIONS as readonly string[]).includes(r))
      throw new UsageError(`${method}: invalid relation "${r}" (expected one of ${RELATIONS.join(', ')})`);
  return new Set(list);
}

/** The edge `edge` seen from `from` (its source or target). */
export function relationResult(graph: KnowledgeGraph, edge: string, from: string): RelationResult {
  const ea: EdgeAttributes = graph.getEdgeAttributes(edge);
  const s = graph.source(edge);
  const t = graph.target(edge);
  const source = nodeRef(graph, s);
  const target = nodeRef(graph, t);
  const direction: Direction = s === from ? 'out' : 'in';
  const r: RelationResult = {
    key: edge,
    relation: ea.relation,
    direction,
    source,
    target,
    other: direction === 'out' ? target : source,
    description: describeEdge(source, target, ea),
    articles: articleRefs(graph, ea.articles),
    evidence: copyEvidence(ea.evidence),
  };
  if (ea.title !== undefined) r.title = ea.title;
  if (ea.former !== undefined) r.former = ea.former;
  if (ea.represents) r.represents = ea.represents.filter((k) => graph.hasNode(k)).map((k) => nodeRef(graph, k));
  const meeting = source.kind === 'meeting' ? s : target.kind === 'meeting' ? t : null;
  if (meeting !== null) r.date = (graph.getNodeAttributes(meeting) as MeetingNodeAttributes).date ?? null;
  return r;
}

const RELATION_ORDER = Object.fromEntries(RELATIONS.map((r, i) => [r, i])) as Record<Relation, number>;

/** Every edge at `entity` (a name, alias or key), by relation then the other end's date and label. */
export function relations(graph: KnowledgeGraph, entity: string, query: RelationQuery = {}): RelationResult[] {
  const only = validateRelations('relations', query.relation);
  const direction = query.direction ?? 'both';
  if (!['out', 'in', 'both'].includes(direction))
    throw new UsageError(`relations: invalid direction "${direction}" (expected out, in or both)`);
  const key = resolveEntity(graph, entity).key;
  const window = dateWindow('relations', query);
  const edges = direction === 'out' ? graph.outEdges(key) : direction === 'in' ? graph.inEdges(key) : graph.edges(key);
  return edges
    .filter((e) => !only || only.has(graph.getEdgeAttribute(e, 'relation')))
    .map((e) => relationResult(graph, e, key))
    .filter((r) => !window || inWindow(r.date ?? null, r.articles, window))
    .sort(
      (a, b) =>
        RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] ||
        compareDates(a.date, b.date) ||
        (a.other.label < b.other.label ? -1 : a.other.label > b.other.label ? 1 : 0) ||
        (a.key < b.key ? -1 : 1),
    );
}

/** Everything the graph holds on one entity: its names, articles, evidence and how many edges of each relation. */
export function entityDetails(graph: KnowledgeGraph, name: string): EntityDetails {
  const match = resolveEntity(graph, name);
  const a = graph.getNodeAttributes(match.key);
  const degree: Partial<Record<Relation, number>> = {};
  graph.forEachEdge(match.key, (_e, ea) => {
    degree[ea.relation] = (degree[ea.relation] ?? 0) + 1;
  });
  const details: EntityDetails = {
    ...match,
    mentions: a.mentions ?? 0,
    articles: articleRefs(graph, a.articles),
    evidence: copyEvidence(a.evidence),
    degree,
  };
  if (a.kind !== 'meeting' && a.iso) details.iso = a.iso;
  return details;
}
