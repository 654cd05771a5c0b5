/**
 * Reading a graph file into the graph sigma draws. The file is graphology's serialization of a MultiDirectedGraph
 * (src/types.ts); display attributes (size, colour, edge type, curvature) are added next to the data, and nothing
 * of the data is changed. Expected failures come back as values, so the page can say what is wrong with a file.
 */
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/types.ts';
import { entitySize, isKind, KIND_COLORS, meetingSize, RELATION_COLORS, isRelation, UNKNOWN_KIND_COLOR } from './theme.ts';

/** The newest schemaVersion this viewer understands (SCHEMA_VERSION in src/types.ts). */
export const SUPPORTED_SCHEMA_VERSION = 1;

export type ViewNode = NodeAttributes & { x: number; y: number; size: number; color: string; hidden?: boolean };
export type ViewEdge = EdgeAttributes & {
  size: number;
  color: string;
  type: 'line' | 'curved';
  curvature?: number;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
  /** Set by the relation filter. */
  hidden?: boolean;
};
export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge, GraphAttributes>;

export type ReadResult =
  | {
      status: 'ok';
      graph: ViewGraph;
      missingPositions: number;
      /** Smallest node size (px at the default zoom) whose label is drawn: about the 150 largest nodes get one. */
      labelThreshold: number;
    }
  | { status: 'error'; error: string };

function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * The position of each edge among the edges joining the same two nodes, as @sigma/edge-curve's
 * indexParallelEdgesIndex computes it (same direction: centred indices; both directions: 1..n per direction, the
 * curvature's sign follows the edge's direction), in one pass without per-edge attribute events. Edges alone
 * between their nodes are not in the map.
 */
function parallelEdges(graph: ViewGraph): Map<string, { index: number; maxIndex: number }> {
  const directed = new Map<string, string[]>();
  const undirectedCount = new Map<string, number>();
  graph.forEachEdge((edge, _a, source, target) => {
    const d = `${source}\u0000${target}`;
    const u = source < target ? d : `${target}\u0000${source}`;
    const list = directed.get(d);
    if (list) list.push(edge);
    else directed.set(d, [edge]);
    undirectedCount.set(u, (undirectedCount.get(u) ?? 0) + 1);
  });
  const out = new Map<string, { index: number; maxIndex: number }>();
  for (const [d, edges] of directed) {
    const [source, target] = d.split('\u0000') as [string, string];
    const total = undirectedCount.get(source < target ? d : `${target}\u0000${source}`)!;
    if (total === 1) continue;
    if (edges.length === total) {
      const max = (edges.length - 1) / 2;
      edges.forEach((edge, i) => out.set(edge, { index: -max + i, maxIndex: max }));
    } else {
      edges.forEach((edge, i) => out.set(edge, { index: i + 1, maxIndex: edges.length }));
    }
  }
  return out;
}

const str = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : value == null ? fallback : String(value));
const strList = (value: unknown): string[] => (Array.isArray(value) ? value.map((v) => str(v, '')).filter(Boolean) : []);

/** Parses and prepares a graph file's text (or already parsed JSON). */
export function readGraph(input: string | unknown): ReadResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (!input.trim()) return { status: 'error', error: 'The file is empty.' };
    try {
      data = JSON.parse(input);
    } catch (e) {
      return { status: 'error', error: `The file is not valid JSON (${(e as Error).message}).` };
    }
  }
  const d = data as { nodes?: unknown; edges?: unknown; attributes?: { schemaVersion?: unknown } } | null;
  if (!d || typeof d !== 'object' || !Array.isArray(d.nodes))
    return { status: 'error', error: 'This is not a graph file: expected graphology JSON with "nodes" and "edges", as written by kg build.' };
  const version = d.attributes?.schemaVersion;
  if (typeof version !== 'number') return { status: 'error', error: 'This is not a news-kg graph: it has no schemaVersion attribute.' };
  if (version > SUPPORTED_SCHEMA_VERSION)
    return { status: 'error', error: `This graph has schemaVersion ${version}; this viewer reads up to ${SUPPORTED_SCHEMA_VERSION}. Rebuild the viewer from a newer news-kg.` };

  const graph: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  try {
    graph.import(data as Parameters<ViewGraph['import']>[0]);
  } catch (e) {
    return { status: 'error', error: `The graph is corrupt: ${(e as Error).message}` };
  }
  if (!graph.getAttribute('articles') || typeof graph.getAttribute('articles') !== 'object') graph.setAttribute('articles', {});

  let missingPositions = 0;
  const participants = (node: string) => {
    let n = 0;
    graph.forEachInEdge(node, (_e, a) => {
      if (a.relation === 'participant') n++;
    });
    return n;
  };
  // Big graphs draw smaller nodes, so that they do not cover each other at the default zoom.
  const scale = Math.min(1, Math.max(0.3, Math.sqrt(800 / Math.max(graph.order, 1))));
  graph.updateEachNodeAttributes((node, a) => {
    const kind = a.kind;
    const articles = strList(a.articles);
    const mentions = typeof a.mentions === 'number' && Number.isFinite(a.mentions) ? a.mentions : articles.length;
    const hasPosition = typeof a.x === 'number' && Number.isFinite(a.x) && typeof a.y === 'number' && Number.isFinite(a.y);
    if (!hasPosition) missingPositions++;
    // Assigned in place: the parsed file is ours, and copying 70k attribute objects costs time before the first frame.
    return Object.assign(a, {
      label: str(a.label, node),
      aliases: strList(a.aliases),
      articles,
      mentions,
      evidence: Array.isArray(a.evidence) ? a.evidence : [],
      x: hasPosition ? a.x! : 0,
      y: hasPosition ? a.y! : 0,
      size: scale * (kind === 'meeting' ? meetingSize(articles.length, participants(node)) : entitySize(mentions)),
      color: isKind(kind) ? KIND_COLORS[kind] : UNKNOWN_KIND_COLOR,
      hidden: false,
    }) as ViewNode;
  });

  const parallel = parallelEdges(graph);
  const thin = graph.size > 20_000;
  graph.updateEachEdgeAttributes((edge, a) => {
    const slot = parallel.get(edge);
    const index = slot?.index ?? null;
    const maxIndex = slot?.maxIndex ?? null;
    return Object.assign(a, {
      articles: strList(a.articles),
      evidence: Array.isArray(a.evidence) ? a.evidence : [],
      size: thin ? 0.6 : graph.order <= 500 ? 1.6 : 1,
      color: isRelation(a.relation) ? RELATION_COLORS[a.relation] : '#d5d9de',
      type: slot ? 'curved' : 'line',
      curvature: slot ? curvature(index!, maxIndex!) : 0,
      parallelIndex: index,
      parallelMaxIndex: maxIndex,
    });
  });
  let labelThreshold = 0;
  if (graph.order > 300) {
    const sizes = graph.mapNodes((_k, a) => a.size).sort((x, y) => y - x);
    labelThreshold = sizes[Math.min(sizes.length - 1, 150)]! + 0.01;
  }
  return { status: 'ok', graph, missingPositions, labelThreshold };
}
