/** The short summary `kg build` prints: what was read and what the graph holds. */
import type { KnowledgeGraph } from '../graph/io.js';
import { NODE_KINDS } from '../types.js';

export function summarize(graph: KnowledgeGraph, articles: number, failed: number, output: string): string {
  const counts = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<string, number>;
  graph.forEachNode((_, a) => {
    counts[a.kind] = (counts[a.kind] ?? 0) + 1;
  });
  const parts = NODE_KINDS.map((k) => `${counts[k]} ${k === 'person' ? 'people' : k + 's'}`).join(', ');
  const fail = failed ? `, ${failed} failed` : '';
  return `kg: ${articles} article${articles === 1 ? '' : 's'} read${fail} → ${graph.order} nodes (${parts}), ${graph.size} edges → ${output}`;
}
