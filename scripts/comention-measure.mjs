#!/usr/bin/env node
// How many entities stay isolated, and how dense the graph gets, for choices of the co-mention rule
// (src/graph/comention.ts). Input: the extractions file `kg build` writes beside a graph.
//   node scripts/comention-measure.mjs graph.extractions.jsonl.gz
// Needs `npm run build`.
import { buildGraph } from '../dist/graph/build.js';
import { loadExtractions } from '../dist/util/sidecar.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/comention-measure.mjs GRAPH.extractions.jsonl.gz');
  process.exit(2);
}
const { extractions } = await loadExtractions(file);
const variants = [
  { name: 'none', minSentences: 1e9, perEntity: 0 },
  { name: 'every pair', minSentences: 1, perEntity: 0 },
  { name: '≥2 sentences', minSentences: 2, perEntity: 0 },
  { name: '≥3 sentences', minSentences: 3, perEntity: 0 },
  { name: '≥3 + 1 per entity', minSentences: 3, perEntity: 1 },
  { name: '≥3 + 2 per entity', minSentences: 3, perEntity: 2 },
  { name: '≥2 + 2 per entity', minSentences: 2, perEntity: 2 },
  { name: '≥5 + 2 per entity', minSentences: 5, perEntity: 2 },
  { name: '≥3 + 3 per entity', minSentences: 3, perEntity: 3 },
];
const rows = [];
for (const v of variants) {
  const { graph } = buildGraph(extractions, { coMention: { minSentences: Math.min(v.minSentences, 1e6), perEntity: v.perEntity } });
  let isolated = 0, maxDegree = 0, entities = 0;
  const degrees = [];
  graph.forEachNode((k) => {
    const d = graph.degree(k);
    if (d === 0) isolated++;
    maxDegree = Math.max(maxDegree, d);
    degrees.push(d);
    entities++;
  });
  // Largest connected component (edges as undirected).
  const seen = new Set();
  let largest = 0;
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    let size = 0;
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const n = stack.pop();
      size++;
      graph.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) {
          seen.add(m);
          stack.push(m);
        }
      });
    }
    largest = Math.max(largest, size);
  });
  degrees.sort((a, b) => a - b);
  const co = graph.filterEdges((_e, a) => a.relation === 'co_mentioned').length;
  rows.push({
    rule: v.name,
    nodes: graph.order,
    edges: graph.size,
    co_mentioned: co,
    'isolated %': ((100 * isolated) / graph.order).toFixed(1),
    'largest component %': ((100 * largest) / graph.order).toFixed(1),
    'mean degree': ((2 * graph.size) / graph.order).toFixed(2),
    'p99 degree': degrees[Math.floor(degrees.length * 0.99)],
    'max degree': maxDegree,
  });
}
console.table(rows);
