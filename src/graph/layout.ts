/**
 * A deterministic 2-D layout of the knowledge graph, written as `x`/`y` node attributes.
 *
 * The same graph and options give the same bytes: initial positions are a pure function of each node's key and the
 * seed (not of the insertion order, nor of Math.random), ForceAtlas2 runs synchronously for a fixed number of
 * iterations with settings inferred from the graph's size, noverlap then pushes overlapping nodes apart, and the
 * coordinates are rounded so that floating-point noise in the last bits never reaches the file.
 */
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import { UsageError } from '../errors.js';
import type { NodeAttributes } from '../types.js';
import type { KnowledgeGraph } from './io.js';
import { mulberry32 } from '../util/random.js';

// Both packages are CommonJS whose declarations say `export default`: under NodeNext, TypeScript types the default
// import as the whole module object, while Node hands over `module.exports`, the layout function itself.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

export interface LayoutOptions {
  /** Seed of the initial positions (an integer). */
  seed?: number;
  /** ForceAtlas2 iterations; by default fewer on large graphs (see `defaultIterations`). */
  iterations?: number;
}

export const LAYOUT_DEFAULTS = {
  seed: 1,
  /** Decimal places kept in x and y. */
  precision: 3,
  /** noverlap passes after ForceAtlas2. */
  noverlapIterations: 60,
  /** Up to this many nodes, noverlap also keeps room for each node's label. */
  labelRoomLimit: 300,
} as const;

/** Iterations that converge well enough at each size while keeping `kg build --layout` quick. */
export function defaultIterations(order: number): number {
  if (order <= 1_000) return 500;
  if (order <= 10_000) return 200;
  return 100;
}

/** Returns a message when the options are unusable, else null. */
export function validateLayoutOptions(options: LayoutOptions): string | null {
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) return `invalid seed ${JSON.stringify(options.seed)} (expected an integer)`;
  if (options.iterations !== undefined && (!Number.isSafeInteger(options.iterations) || options.iterations < 0))
    return `invalid number of iterations ${JSON.stringify(options.iterations)} (expected an integer >= 0)`;
  return null;
}

/** 32-bit FNV-1a of a string, mixed with a seed. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A point in a disc whose radius grows with the graph, chosen by the node's key and the seed only. */
export function initialPosition(key: string, seed: number, order: number): { x: number; y: number } {
  const random = mulberry32(hash32(key, seed));
  const radius = 10 * Math.sqrt(Math.max(order, 1));
  const r = radius * Math.sqrt(random());
  const theta = 2 * Math.PI * random();
  return { x: r * Math.cos(theta), y: r * Math.sin(theta) };
}

/** The radius noverlap keeps free around a node: larger for nodes read more often. */
function layoutSize(attributes: NodeAttributes, degree: number): number {
  const weight = attributes.kind === 'meeting' ? attributes.articles.length + degree : attributes.mentions;
  return 1 + Math.log2(1 + Math.max(0, weight || 0));
}

/** Cells per side of noverlap's grid: about four nodes per cell. */
export function noverlapGrid(order: number): number {
  return Math.max(20, Math.round(Math.sqrt(order) / 2));
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) || !Number.isFinite(rounded) ? 0 : rounded;
}

/**
 * Lays the graph out in place: sets `x` and `y` on every node. Deterministic for a given graph (nodes, edges and
 * their order) and options. Throws UsageError on invalid options.
 */
export function applyLayout(graph: KnowledgeGraph, options: LayoutOptions = {}): void {
  const problem = validateLayoutOptions(options);
  if (problem) throw new UsageError(`applyLayout: ${problem}`);
  const seed = options.seed ?? LAYOUT_DEFAULTS.seed;
  const order = graph.order;
  if (order === 0) return;
  const iterations = options.iterations ?? defaultIterations(order);

  graph.updateEachNodeAttributes((key, attributes) => ({ ...attributes, ...initialPosition(key, seed, order) }));

  if (graph.size > 0 && iterations > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      settings: forceAtlas2.inferSettings(graph),
      getEdgeWeight: null,
    });
  }

  if (order > 1 && order <= LAYOUT_DEFAULTS.labelRoomLimit) {
    // Small graphs are read label by label: leave each node room for its label. A viewer fits the graph to about
    // 800 px or more, which gives the size of one graph unit in pixels.
    // Separating grows the graph, which shrinks every label relative to it: measure again and repeat.
    for (let pass = 0; pass < 3; pass++) {
      let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
      graph.forEachNode((_key, a) => {
        minX = Math.min(minX, a.x!); maxX = Math.max(maxX, a.x!);
        minY = Math.min(minY, a.y!); maxY = Math.max(maxY, a.y!);
      });
      const unitsPerPixel = Math.max(maxX - minX, maxY - minY, 1e-6) / 800;
      noverlap.assign(graph, {
        maxIterations: 200,
        settings: { margin: 6 * unitsPerPixel, ratio: 1, expansion: 1.05 },
        inputReducer: (key: string, position: { x: number; y: number }) => {
          const attributes = graph.getNodeAttributes(key);
          const labelPixels = Math.min(90, attributes.label.length * 3.6);
          return { x: position.x, y: position.y, size: (3 * layoutSize(attributes, graph.degree(key)) + labelPixels) * unitsPerPixel };
        },
      });
    }
  } else if (order > 1) {
    noverlap.assign(graph, {
      maxIterations: LAYOUT_DEFAULTS.noverlapIterations,
      // noverlap compares the nodes sharing a grid cell: a grid that grows with the graph keeps that near-linear
      // (12k nodes: 0.4 s instead of 16 s with the default 20×20 grid).
      settings: { margin: 2, ratio: 1, expansion: 1.1, gridSize: noverlapGrid(order) },
      inputReducer: (key: string, position: { x: number; y: number }) => ({
        x: position.x,
        y: position.y,
        size: layoutSize(graph.getNodeAttributes(key), graph.degree(key)),
      }),
    });
  }

  graph.updateEachNodeAttributes((_key, attributes) => ({
    ...attributes,
    x: round(attributes.x ?? 0, LAYOUT_DEFAULTS.precision),
    y: round(attributes.y ?? 0, LAYOUT_DEFAULTS.precision),
  }));
}
