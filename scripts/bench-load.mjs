#!/usr/bin/env node
/**
 * Loading a graph file as a command does, once in a fresh process: `loadGraph`'s parse (JSON, the check against the
 * contract, import) against a bare JSON parse and graphology import. Runs each 7 times, alternating, and prints the
 * medians and their ratio.
 *
 *   npm run build && node scripts/bench-load.mjs GRAPH.json   (e.g. kg build ../shared/data/news/bbc.jsonl -o GRAPH.json)
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/bench-load.mjs GRAPH.json');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const child = `
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { parseGraph } from ${JSON.stringify(path.join(root, 'dist/graph/io.js'))};
const t = performance.now();
const text = readFileSync(process.argv[1], 'utf8');
const g = process.argv[2] === 'bare' ? new MultiDirectedGraph({ allowSelfLoops: false }).import(JSON.parse(text)) : parseGraph(text, process.argv[1]);
console.log(JSON.stringify({ ms: performance.now() - t, order: g.order, size: g.size }));`;
const run = (mode) =>
  JSON.parse(execFileSync(process.execPath, ['--no-turbo-inlining', '--input-type=module', '-e', child, path.resolve(file), mode], { cwd: root, encoding: 'utf8' }));
const times = { bare: [], checked: [] };
let shape;
for (let i = 0; i < 7; i++)
  for (const mode of ['bare', 'checked']) {
    const r = run(mode);
    times[mode].push(r.ms);
    shape = r;
  }
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const [b, c] = [median(times.bare), median(times.checked)];
console.log(`${file}: ${shape.order} nodes, ${shape.size} edges; fresh process each, median of 7`);
console.log(`read + bare parse and import   ${b.toFixed(0)} ms`);
console.log(`read + loadGraph (checked)     ${c.toFixed(0)} ms   ratio ${(c / b).toFixed(2)}`);
