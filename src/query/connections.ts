/**
 * How two entities are connected: the shortest paths between them, ignoring edge direction (Russia ← Medvedev →
 * meeting ← Xi Jinping → China reads as a chain either way), each step with its evidence.
 */
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted.js';
import type { KnowledgeGraph } from '../graph/io.js';
import { UsageError } from '../errors.js';
import type { Relation } from '../types.js';
import { resolveEntity } from './find.js';
import { articleRefs, copyEvidence, describeEdge, nodeRef } from './refs.js';
import { relationResult, validateRelations } from './relations.js';
import { dateWindow, inWindow } from './dates.js';
import type { PathEdge, PathResult } from './types.js';

export interface ConnectionOptions {
  /** Longest path, in edges, worth reporting. */
  maxLength?: number;
  /** At most this many paths (all of the shortest length). */
  limit?: number;
  /** Walk only edges of these relations. */
  relation?: Relation | readonly Relation[];
  /** Walk only edges dated (a meeting's date) or told by an article dated on or after this date. */
  from?: string;
  /** ... on or before this date. */
  to?: string;
}

export const CONNECTIONS_DEFAULTS: Required<Omit<ConnectionOptions, 'relation' | 'from' | 'to'>> = { maxLength: 6, limit: 10 };

function validate(o: Required<Omit<ConnectionOptions, 'relation' | 'from' | 'to'>>): string | null {
  if (!Number.isInteger(o.maxLength) || o.maxLength < 1) return `invalid maxLength ${JSON.stringify(o.maxLength)} (expected an integer ≥ 1)`;
  if (!Number.isInteger(o.limit) || o.limit < 1) return `invalid limit ${JSON.stringify(o.limit)} (expected an integer ≥ 1)`;
  return null;
}

/** The shortest paths from `a` to `b` (names, aliases or keys), at most `limit` of them, none longer than
 * `maxLength`; an empty list when they are not connected within it. Never mutates the graph. */
export function connections(graph: KnowledgeGraph, a: string, b: string, options: ConnectionOptions = {}): PathResult[] {
  const o = { ...CONNECTIONS_DEFAULTS, ...options };
  const problem = validate(o);
  if (problem) throw new UsageError(`connections: ${problem}`);
  const only = validateRelations('connections', options.relation);
  const window = dateWindow('connections', options);
  const from = resolveEntity(graph, a).key;
  const to = resolveEntity(graph, b).key;
  if (from === to) return [{ length: 0, nodes: [nodeRef(graph, from)], edges: [] }];

  // With a relation filter, walk a view of the graph holding only those edges (graph.copy() is never mutated in
  // place: the caller's graph stays as it was).
  const walked = only || window ? graph.copy() : graph;
  if (only) for (const e of walked.edges()) if (!only.has(walked.getEdgeAttribute(e, 'relation'))) walked.dropEdge(e);
  if (window)
    for (const e of walked.edges()) {
      const r = relationResult(graph, e, walked.source(e));
      if (!inWindow(r.date ?? null, r.articles, window)) walked.dropEdge(e);
    }

  const dFrom = undirectedSingleSourceLength(walked, from);
  const length = dFrom[to];
  if (length === undefined || length > o.maxLength) return [];
  const dTo = undirectedSingleSourceLength(walked, to);

  const paths: string[][] = [];
  const walk = (node: string, path: string[]) => {
    if (paths.length >= o.limit) return;
    if (node === to) {
      paths.push(path);
      return;
    }
    const depth = dFrom[node]!;
    const next = walked
      .neighbors(node)
      .filter((n) => dFrom[n] === depth + 1 && dTo[n] !== undefined && depth + 1 + dTo[n]! === length)
      .sort();
    for (const n of next) walk(n, [...path, n]);
  };
  walk(from, [from]);

  return paths.map((nodes) => ({
    length,
    nodes: nodes.map((k) => nodeRef(graph, k)),
    edges: nodes.slice(1).map((n, i) => pathEdge(walked, nodes[i]!, n)),
  }));
}

/** The best-attested edge between `u` and `v`, either direction. */
function pathEdge(graph: KnowledgeGraph, u: string, v: string): PathEdge {
  const edges = [...graph.edges(u, v), ...graph.edges(v, u)];
  const score = (e: string) => graph.getEdgeAttribute(e, 'articles')?.length ?? 0;
  edges.sort((x, y) => score(y) - score(x) || (x < y ? -1 : 1));
  const e = edges[0]!;
  const ea = graph.getEdgeAttributes(e);
  const source = nodeRef(graph, graph.source(e));
  const target = nodeRef(graph, graph.target(e));
  const step: PathEdge = {
    key: e,
    relation: ea.relation,
    source,
    target,
    description: describeEdge(source, target, ea),
    articles: articleRefs(graph, ea.articles),
    evidence: copyEvidence(ea.evidence),
  };
  if (ea.title !== undefined) step.title = ea.title;
  if (ea.former !== undefined) step.former = ea.former;
  return step;
}
