import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { createGraph, parseGraph, serializeGraph, type KnowledgeGraph } from '../src/graph/io.js';
import { applyLayout, initialPosition } from '../src/graph/layout.js';
import { generateGraph, seedsLikeGraph } from './e2e/fixture-graph.mjs';

const load = (data: unknown): KnowledgeGraph => parseGraph(JSON.stringify(data), 'fixture');

describe('layout: applyLayout', () => {
  it('layout: gives every node finite x and y rounded to 3 decimals', () => {
    const graph = load(seedsLikeGraph());
    applyLayout(graph);
    graph.forEachNode((_key, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
      expect(Math.round(a.x! * 1000) / 1000).toBe(a.x);
      expect(Math.round(a.y! * 1000) / 1000).toBe(a.y);
    });
  });

  it('layout: is byte-stable for the same graph and options', () => {
    const a = load(generateGraph({ nodes: 600, edges: 1500, seed: 3 }));
    const b = load(generateGraph({ nodes: 600, edges: 1500, seed: 3 }));
    applyLayout(a, { seed: 5 });
    applyLayout(b, { seed: 5 });
    expect(serializeGraph(a)).toBe(serializeGraph(b));
  });

  it('layout: ignores positions already in the graph', () => {
    const a = load(seedsLikeGraph());
    const b = load(seedsLikeGraph());
    b.forEachNode((key) => b.mergeNodeAttributes(key, { x: 123, y: -7 }));
    applyLayout(a);
    applyLayout(b);
    expect(serializeGraph(a)).toBe(serializeGraph(b));
  });

  it('layout: another seed gives another layout', () => {
    const a = load(seedsLikeGraph());
    const b = load(seedsLikeGraph());
    applyLayout(a, { seed: 1 });
    applyLayout(b, { seed: 2 });
    expect(serializeGraph(a)).not.toBe(serializeGraph(b));
  });

  it('layout: separates nodes (no two nodes at the same point)', () => {
    const graph = load(generateGraph({ nodes: 300, edges: 700, seed: 9 }));
    applyLayout(graph);
    const seen = new Set<string>();
    graph.forEachNode((_k, a) => seen.add(`${a.x},${a.y}`));
    expect(seen.size).toBe(graph.order);
  });

  it('layout: handles empty graphs, single nodes and nodes without edges', () => {
    const empty = createGraph();
    applyLayout(empty);
    expect(empty.order).toBe(0);
    const one = createGraph();
    one.addNode('a', { kind: 'place', label: 'A', aliases: [], articles: [], mentions: 1, evidence: [] });
    one.addNode('b', { kind: 'place', label: 'B', aliases: [], articles: [], mentions: 1, evidence: [] });
    applyLayout(one);
    expect(Number.isFinite(one.getNodeAttribute('a', 'x'))).toBe(true);
    expect(one.getNodeAttribute('a', 'x')).not.toBe(one.getNodeAttribute('b', 'x'));
  });

  it('layout: initial positions depend on the key and seed only', () => {
    expect(initialPosition('person:a', 1, 10)).toEqual(initialPosition('person:a', 1, 10));
    expect(initialPosition('person:a', 1, 10)).not.toEqual(initialPosition('person:b', 1, 10));
  });

  it('layout: rejects invalid options with UsageError', () => {
    const graph = load(seedsLikeGraph());
    expect(() => applyLayout(graph, { iterations: -1 })).toThrow(UsageError);
    expect(() => applyLayout(graph, { seed: 1.5 })).toThrow(UsageError);
  });
});
