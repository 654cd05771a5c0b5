/**
 * Labels that never overlap, for views small enough to read every name (an ego view, the meetings alone): the nodes
 * on screen are taken largest first, and a node's label is drawn only when its box (measured in the label font)
 * overlaps no label already placed. Sigma's own label grid, used on large views, thins
 * labels per grid cell but lets neighbouring cells' labels touch.
 */

export interface LabelCandidate {
  key: string;
  /** Viewport position of the node's centre and its radius, in pixels. */
  x: number;
  y: number;
  size: number;
  label: string;
}

export interface LabelBox {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where the viewer draws a label (viz/src/app.ts drawLabel): right of the node, vertically centred on it. */
export function labelBox(c: LabelCandidate, width: number, fontSize: number): LabelBox {
  const x1 = c.x + c.size + 2;
  return { key: c.key, x1, y1: c.y - fontSize * 0.75, x2: x1 + width + 4, y2: c.y + fontSize * 0.45 };
}

const overlap = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The labels to draw: largest nodes first, each kept when it collides with nothing kept before, up to `limit`.
 * `measure` gives a label's width in pixels. A node always keeps its label when it is `priority` (the focus).
 */
export function placeLabels(
  candidates: LabelCandidate[],
  measure: (text: string) => number,
  options: { fontSize: number; width: number; height: number; limit: number; priority?: string | null },
): LabelBox[] {
  const sorted = [...candidates].sort((a, b) => Number(b.key === options.priority) - Number(a.key === options.priority) || b.size - a.size || (a.key < b.key ? -1 : 1));
  const placed: LabelBox[] = [];
  // A uniform grid of cells keeps the checks local on views of a few thousand nodes.
  const cell = 120;
  const grid = new Map<string, LabelBox[]>();
  const cellsOf = (b: LabelBox) => {
    const out: string[] = [];
    for (let i = Math.floor(b.x1 / cell); i <= Math.floor(b.x2 / cell); i++) for (let j = Math.floor(b.y1 / cell); j <= Math.floor(b.y2 / cell); j++) out.push(`${i},${j}`);
    return out;
  };
  const insert = (b: LabelBox) => cellsOf(b).forEach((c) => (grid.get(c) ?? grid.set(c, []).get(c)!).push(b));
  for (const c of sorted) {
    if (placed.length >= options.limit) break;
    if (!c.label || c.x < 0 || c.y < 0 || c.x > options.width || c.y > options.height) continue;
    const box = labelBox(c, measure(c.label), options.fontSize);
    if (box.x2 > options.width || box.y1 < 0 || box.y2 > options.height) continue;
    const hit = cellsOf(box).some((k) => (grid.get(k) ?? []).some((o) => o.key !== c.key && overlap(o, box)));
    if (hit && c.key !== options.priority) continue;
    placed.push(box);
    insert(box);
  }
  return placed;
}
