/**
 * The viewer's one state owner. It holds the graph, the renderer and the view state (hovered, selected, filters),
 * and hands small controllers what they need. Filtering changes data (the nodes' `hidden` attribute); highlighting
 * is display-only (nodeReducer/edgeReducer, then refresh with skipIndexation). The two never mix.
 */
import EdgeCurveProgram from '@sigma/edge-curve';
import { downloadAsPNG } from '@sigma/export-image';
import Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { NodeKind } from '../../src/types.ts';
import { readGraph, type ViewEdge, type ViewGraph, type ViewNode } from './data.ts';
import { el, plural } from './dom.ts';
import { layoutGraph, type LayoutRun } from './layout.ts';
import { renderDetails } from './panels/details.ts';
import { mountLegend, type Legend } from './panels/legend.ts';
import { buildSearchIndex, mountSearch, type SearchBox } from './panels/search.ts';
import { dateSpan, inRange, mountTimeline, type DateRange, type MeetingSpan, type Timeline } from './panels/timeline.ts';
import { BACKGROUND, FADED_EDGE_COLOR, FADED_NODE_COLOR, FONT, HIGHLIGHT_EDGE_COLOR, KIND_ORDER, RELATION_NAMES, isKind, isRelation } from './theme.ts';

/** What tests and benchmarks read from the page (window.__kg). */
export interface ViewerProbe {
  status: 'loading' | 'ready' | 'error' | 'empty';
  error: string | null;
  /** performance.now() when the first frame of the current graph was drawn. */
  firstRenderAt: number | null;
  layoutDone: boolean;
  order: number;
  size: number;
  sigma: Sigma<ViewNode, ViewEdge> | null;
}

declare global {
  interface Window {
    __kg: ViewerProbe;
  }
}

export interface Elements {
  stage: HTMLElement;
  sigma: HTMLElement;
  search: HTMLElement;
  legend: HTMLElement;
  timeline: HTMLElement;
  details: HTMLElement;
  stats: HTMLElement;
  status: HTMLElement;
  banner: HTMLElement;
  empty: HTMLElement;
  fileInput: HTMLInputElement;
}

/** Node labels drawn with a halo in the background colour, so they stay readable over edges. */
const drawLabel: NodeLabelDrawingFunction<ViewNode, ViewEdge> = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(247, 247, 244, 0.92)';
  context.strokeText(data.label, x, y);
  context.fillStyle = (settings.labelColor.color as string) || '#1f2933';
  context.fillText(data.label, x, y);
};

function edgeLabel(e: ViewEdge): string {
  const relation = isRelation(e.relation) ? RELATION_NAMES[e.relation] : String(e.relation);
  if (e.relation === 'role') return `${e.former ? 'former ' : ''}${e.title || 'role'}`;
  return relation;
}

export class Viewer {
  private graph: ViewGraph | null = null;
  private renderer: Sigma<ViewNode, ViewEdge> | null = null;
  private layout: LayoutRun | null = null;
  private legend: Legend;
  private search: SearchBox;
  private timeline: Timeline | null = null;
  private hovered: string | null = null;
  private hoveredEdge: string | null = null;
  private selected: string | null = null;
  private focusNeighbours = new Set<string>();
  private enabledKinds = new Set<NodeKind>(KIND_ORDER);
  private range: DateRange | null = null;
  private meetings: MeetingSpan[] = [];
  private meetingSpan = new Map<string, MeetingSpan>();

  constructor(private readonly ui: Elements) {
    window.__kg = { status: 'loading', error: null, firstRenderAt: null, layoutDone: false, order: 0, size: 0, sigma: null };
    this.legend = mountLegend(
      ui.legend,
      (kind, on) => {
        if (on) this.enabledKinds.add(kind);
        else this.enabledKinds.delete(kind);
        this.applyFilters();
      },
      (kind) => {
        const onlyThis = this.enabledKinds.size === 1 && this.enabledKinds.has(kind);
        this.enabledKinds = new Set(onlyThis ? KIND_ORDER : [kind]);
        this.applyFilters();
      },
    );
    this.search = mountSearch(ui.search, (key) => this.select(key, { moveCamera: true }));
  }

  /** Shows a graph file's content (text or parsed JSON); `name` says where it came from. */
  load(input: string | unknown, name: string): boolean {
    const result = readGraph(input);
    performance.mark('kg:read');
    if (result.status === 'error') {
      this.showError(`${name}: ${result.error}`);
      if (!this.graph) {
        window.__kg.status = 'error';
        window.__kg.error = result.error;
      }
      return false;
    }
    this.hideError();
    this.teardown();
    const graph = result.graph;
    this.graph = graph;
    window.__kg = { status: 'loading', error: null, firstRenderAt: null, layoutDone: false, order: graph.order, size: graph.size, sigma: null };
    this.ui.empty.hidden = true;

    this.meetings = [];
    this.meetingSpan.clear();
    graph.forEachNode((key, a) => {
      if (a.kind !== 'meeting') return;
      const span = dateSpan(a.date);
      const m: MeetingSpan = { key, start: span?.start ?? null, end: span?.end ?? null };
      this.meetings.push(m);
      this.meetingSpan.set(key, m);
    });
    this.enabledKinds = new Set(KIND_ORDER);
    this.range = null;

    if (result.missingPositions > 0) {
      this.layout = layoutGraph(graph, { onProgress: (phase) => this.setStatus(`${phase} ${plural(graph.order, 'node')}…`, true) });
      this.layout.done.then(() => {
        window.__kg.layoutDone = true;
        this.setStatus(null);
      });
    } else {
      window.__kg.layoutDone = true;
    }

    const renderer = new Sigma<ViewNode, ViewEdge>(graph, this.ui.sigma, {
      renderEdgeLabels: true,
      enableEdgeEvents: graph.size <= 20_000,
      // Tens of thousands of edges: draw them when the view rests, not while it is dragged or zoomed.
      hideEdgesOnMove: graph.size > 20_000,
      defaultEdgeType: 'line',
      edgeProgramClasses: { curved: EdgeCurveProgram },
      labelFont: FONT,
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1f2933' },
      edgeLabelFont: FONT,
      edgeLabelSize: 11,
      edgeLabelWeight: '500',
      edgeLabelColor: { color: '#3e4c59' },
      defaultDrawNodeLabel: drawLabel,
      labelDensity: graph.order <= 300 ? 3 : 0.9,
      labelGridCellSize: graph.order <= 300 ? 80 : 110,
      // Small graphs label every node; large ones only nodes drawn large enough (sigma's label grid keeps the rest apart).
      labelRenderedSizeThreshold: result.labelThreshold,
      zIndex: true,
      stagePadding: 40,
      minCameraRatio: 0.01,
      maxCameraRatio: 8,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.renderer = renderer;
    window.__kg.sigma = renderer;
    performance.mark('kg:sigma');
    renderer.once('afterRender', () => {
      window.__kg.firstRenderAt = performance.now();
      window.__kg.status = 'ready';
    });
    // While the stage is dragged, nodes pass under the pointer: that is panning, not hovering.
    const dragging = () => {
      const captor = renderer.getMouseCaptor();
      return captor.isMoving || captor.draggedEvents > 0;
    };
    renderer.on('enterNode', ({ node }) => {
      if (dragging()) return;
      this.hovered = node;
      this.ui.stage.classList.add('pointer');
      this.updateFocus();
    });
    renderer.on('leaveNode', () => {
      if (this.hovered === null) return;
      this.hovered = null;
      this.ui.stage.classList.remove('pointer');
      this.updateFocus();
    });
    renderer.on('enterEdge', ({ edge }) => {
      if (dragging()) return;
      this.hoveredEdge = edge;
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('leaveEdge', () => {
      if (this.hoveredEdge === null) return;
      this.hoveredEdge = null;
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('clickNode', ({ node }) => this.select(node, { moveCamera: false }));
    renderer.on('clickStage', () => this.select(null));

    this.search.setIndex(buildSearchIndex(graph));
    this.timeline = mountTimeline(this.ui.timeline, this.meetings, (range) => {
      this.range = range.full ? null : range;
      this.applyFilters();
    });
    const articleCount = Object.keys(graph.getAttribute('articles') ?? {}).length;
    this.ui.stats.textContent = `${plural(graph.order, 'node')} · ${plural(graph.size, 'edge')} · ${plural(articleCount, 'article')}`;
    this.ui.stats.title = name;
    this.select(null);
    this.applyFilters();
    return true;
  }

  showEmpty(message: string): void {
    window.__kg.status = 'empty';
    this.ui.empty.hidden = false;
    const text = this.ui.empty.querySelector('.empty-message');
    if (text) text.textContent = message;
  }

  showError(message: string): void {
    this.ui.banner.replaceChildren(
      el('span', { text: message }),
      el('button', { class: 'close', text: '×', attrs: { type: 'button', 'aria-label': 'Dismiss' }, on: { click: () => this.hideError() } }),
    );
    this.ui.banner.hidden = false;
  }

  hideError(): void {
    this.ui.banner.hidden = true;
  }

  exportPNG(): Promise<void> {
    if (!this.renderer) return Promise.resolve();
    return downloadAsPNG(this.renderer, { fileName: 'news-kg-graph', backgroundColor: BACKGROUND });
  }

  zoom(direction: 1 | -1 | 0): void {
    const camera = this.renderer?.getCamera();
    if (!camera) return;
    if (direction === 0) void camera.animatedReset({ duration: 400 });
    else if (direction > 0) void camera.animatedZoom({ duration: 250 });
    else void camera.animatedUnzoom({ duration: 250 });
  }

  focusSearch(): void {
    this.search.focus();
  }

  /** Escape: close the panel, then stop the layout. */
  escape(): void {
    if (this.selected) this.select(null);
  }

  stopLayout(): void {
    this.layout?.stop();
  }

  // -------------------------------------------------------------------------------------------------------------

  private teardown(): void {
    this.layout?.stop();
    this.layout = null;
    this.renderer?.kill();
    this.renderer = null;
    this.hovered = this.hoveredEdge = this.selected = null;
    this.focusNeighbours.clear();
  }

  private setStatus(text: string | null, withStop = false): void {
    this.ui.status.replaceChildren();
    this.ui.status.hidden = !text;
    if (!text) return;
    this.ui.status.append(el('span', { class: 'spinner' }), el('span', { text }));
    if (withStop) this.ui.status.append(el('button', { class: 'link-button', text: 'Stop', attrs: { type: 'button' }, on: { click: () => this.stopLayout() } }));
  }

  /** Data: recompute every node's `hidden` from the kind toggles and the timeline. */
  private applyFilters(): void {
    const graph = this.graph;
    if (!graph) return;
    const range = this.range;
    graph.updateEachNodeAttributes(
      (key, a) => {
        let hidden = !isKind(a.kind) ? false : !this.enabledKinds.has(a.kind);
        if (!hidden && range && a.kind === 'meeting') {
          const span = this.meetingSpan.get(key);
          hidden = span ? !inRange(span, range) : false;
        }
        return a.hidden === hidden ? a : { ...a, hidden };
      },
      { attributes: ['hidden'] },
    );
    const counts = Object.fromEntries(KIND_ORDER.map((k) => [k, 0])) as Record<NodeKind, number>;
    graph.forEachNode((_k, a) => {
      if (isKind(a.kind)) counts[a.kind]++;
    });
    this.legend.update(counts, this.enabledKinds);
    if (this.selected && graph.getNodeAttribute(this.selected, 'hidden')) this.select(null);
    else this.updateFocus();
  }

  /** Selects a node (or none): opens the side panel and keeps its neighbourhood highlighted. */
  private select(key: string | null, options: { moveCamera?: boolean } = {}): void {
    const graph = this.graph;
    if (!graph || (key !== null && !graph.hasNode(key))) return;
    this.selected = key;
    if (key === null) {
      this.ui.details.hidden = true;
      this.ui.details.replaceChildren();
      this.updateFocus();
      return;
    }
    const a = graph.getNodeAttributes(key);
    if (a.hidden) {
      // The user asked for it by name: show it, resetting the filters that hid it.
      if (isKind(a.kind)) this.enabledKinds.add(a.kind);
      if (a.kind === 'meeting' && this.range) this.timeline?.reset();
      this.applyFilters();
    }
    renderDetails(this.ui.details, graph, key, { onPick: (k) => this.select(k, { moveCamera: true }), onClose: () => this.select(null) });
    this.ui.details.hidden = false;
    this.updateFocus();
    if (options.moveCamera && this.renderer) {
      const display = this.renderer.getNodeDisplayData(key);
      const camera = this.renderer.getCamera();
      if (display) {
        const ratio = Math.min(camera.ratio, this.graph!.order > 200 ? 0.3 : 0.7);
        // Centre the node in the part of the stage the side panel leaves free.
        const { width, height } = this.renderer.getDimensions();
        const shift = width > 800 ? this.ui.details.offsetWidth / 2 : 0;
        const target = this.renderer.viewportToFramedGraph({ x: width / 2 + shift, y: height / 2 }, { cameraState: { x: display.x, y: display.y, ratio, angle: camera.angle } });
        void camera.animate({ x: target.x, y: target.y, ratio }, { duration: 600 });
      }
    }
  }

  private updateFocus(): void {
    const graph = this.graph;
    this.focusNeighbours.clear();
    const focus = this.focus();
    if (graph && focus) for (const n of graph.neighbors(focus)) this.focusNeighbours.add(n);
    this.renderer?.refresh({ skipIndexation: true });
  }

  private focus(): string | null {
    const graph = this.graph;
    const f = this.hovered ?? this.selected;
    if (!graph || !f || !graph.hasNode(f) || graph.getNodeAttribute(f, 'hidden')) return null;
    return f;
  }

  private reduceNode(node: string, data: ViewNode): Partial<NodeDisplayData> {
    const focus = this.focus();
    const res: Partial<NodeDisplayData> = { ...data };
    if (node === this.selected) {
      res.highlighted = true;
      res.zIndex = 3;
    }
    if (!focus) return res;
    if (node === focus) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 3;
    } else if (this.focusNeighbours.has(node)) {
      res.forceLabel = this.focusNeighbours.size <= 40;
      res.zIndex = 2;
    } else {
      res.color = FADED_NODE_COLOR;
      res.label = null;
      res.zIndex = 0;
      res.highlighted = false;
    }
    return res;
  }

  private reduceEdge(edge: string, data: ViewEdge): Partial<EdgeDisplayData> {
    const graph = this.graph!;
    const focus = this.focus();
    const res: Partial<EdgeDisplayData> & { curvature?: number } = { ...data, label: null };
    if (edge === this.hoveredEdge) {
      res.label = edgeLabel(data);
      res.forceLabel = true;
      res.color = HIGHLIGHT_EDGE_COLOR;
      res.size = 2;
      res.zIndex = 2;
    }
    if (!focus) return res;
    const [source, target] = graph.extremities(edge);
    if (source === focus || target === focus) {
      res.color = HIGHLIGHT_EDGE_COLOR;
      res.size = Math.max(1.5, data.size);
      res.label = edgeLabel(data);
      res.forceLabel = this.focusNeighbours.size <= 40;
      res.zIndex = 1;
    } else if (edge !== this.hoveredEdge) {
      res.color = FADED_EDGE_COLOR;
      res.hidden = graph.size > 2_000;
    }
    return res;
  }
}
