/**
 * Positions for graphs that come without them (a graph built without `kg build --layout`). Small graphs are laid
 * out synchronously before the first frame; large ones are drawn at once from seeded positions and ForceAtlas2 runs
 * in a web worker for a time budget, then noverlap (also in a worker) separates the nodes.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import NoverlapLayoutSupervisor from 'graphology-layout-noverlap/worker';
import type { ViewGraph } from './data.ts';

/** Graphs up to this many nodes + edges are laid out synchronously. */
export const SYNC_LAYOUT_LIMIT = 3_000;

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A deterministic point in a disc for a node key (the same page shows the same picture). */
function seededPoint(key: string, radius: number): { x: number; y: number } {
  const h = hash32(key);
  const h2 = hash32(`${key}\u0000`);
  const r = radius * Math.sqrt((h >>> 8) / 0x1000000);
  const theta = (2 * Math.PI * (h2 >>> 8)) / 0x1000000;
  return { x: r * Math.cos(theta), y: r * Math.sin(theta) };
}

function seedPositions(graph: ViewGraph): void {
  const radius = 10 * Math.sqrt(Math.max(graph.order, 1));
  graph.updateEachNodeAttributes((key, a) => ({ ...a, ...seededPoint(key, radius) }), { attributes: ['x', 'y'] });
}

export interface LayoutRun {
  /** Resolves when the layout has finished (or was stopped). */
  done: Promise<void>;
  stop(): void;
}

/** Up to this many nodes, every label is meant to be read: nodes are pushed apart by the room their label takes. */
const LABEL_AWARE_LIMIT = 300;

/**
 * noverlap in graph units, with each node's radius grown by part of its label's width in pixels. The graph is drawn
 * fitted to the stage (800 px across or more), which gives the pixel size of one graph unit.
 */
function separateWithLabels(graph: ViewGraph): void {
  // Separating grows the graph, which shrinks every label relative to it: measure again and repeat.
  for (let pass = 0; pass < 3; pass++) {
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    graph.forEachNode((_k, a) => {
      minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
    });
    const unitsPerPixel = Math.max(maxX - minX, maxY - minY, 1e-6) / 800;
    noverlap.assign(graph, {
      maxIterations: 200,
      settings: { margin: 6 * unitsPerPixel, expansion: 1.05, ratio: 1, gridSize: 20 },
      inputReducer: (_key, a) => {
        const node = a as unknown as { x: number; y: number; size: number; label: string };
        const labelPx = Math.min(90, (node.label?.length ?? 0) * 3.6);
        return { x: node.x, y: node.y, size: (node.size + labelPx) * unitsPerPixel };
      },
    });
  }
}

const sizeReducer = (_key: string, a: { x: number; y: number; size?: number }) => ({ x: a.x, y: a.y, size: (a.size ?? 4) * 0.6 });

/** Lays the graph out; `done` resolves at once for small graphs. */
export function layoutGraph(graph: ViewGraph, options: { workerBudgetMs?: number; onProgress?: (phase: string) => void } = {}): LayoutRun {
  seedPositions(graph);
  if (graph.order < 2) return { done: Promise.resolve(), stop() {} };
  const settings = forceAtlas2.inferSettings(graph);
  if (graph.order + graph.size <= SYNC_LAYOUT_LIMIT) {
    forceAtlas2.assign(graph, { iterations: graph.order < 500 ? 400 : 200, settings, getEdgeWeight: null });
    if (graph.order <= LABEL_AWARE_LIMIT) separateWithLabels(graph);
    else noverlap.assign(graph, { maxIterations: 80, inputReducer: sizeReducer, settings: { margin: 3, gridSize: Math.max(20, Math.round(Math.sqrt(graph.order) / 2)) } });
    return { done: Promise.resolve(), stop() {} };
  }

  const budget = options.workerBudgetMs ?? Math.min(12_000, 2_000 + graph.order / 4);
  let stopped = false;
  let fa2: FA2LayoutSupervisor | null = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: null });
  let overlap: NoverlapLayoutSupervisor | null = null;
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  const finish = () => {
    overlap?.kill();
    overlap = null;
    resolve();
  };
  options.onProgress?.('Laying out');
  fa2.start();
  const timer = setTimeout(() => {
    fa2?.kill();
    fa2 = null;
    if (stopped) return finish();
    options.onProgress?.('Separating nodes');
    // A grid that grows with the graph keeps noverlap's cost near-linear (about four nodes per cell).
    const gridSize = Math.max(20, Math.round(Math.sqrt(graph.order) / 2));
    overlap = new NoverlapLayoutSupervisor(graph, { inputReducer: sizeReducer, settings: { margin: 2, gridSize }, onConverged: finish });
    overlap.start();
    // noverlap may take long to converge on dense graphs: stop it after a second either way.
    setTimeout(finish, 1_500);
  }, budget);
  return {
    done,
    stop() {
      stopped = true;
      clearTimeout(timer);
      fa2?.kill();
      fa2 = null;
      finish();
    },
  };
}

/** True when some node has no finite x/y. */
export function needsLayout(missingPositions: number): boolean {
  return missingPositions > 0;
}
