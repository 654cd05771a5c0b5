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
import louvain from 'graphology-communities-louvain';
import type { NodeKind, Relation } from '../../src/types.ts';
import { readGraph, type ViewEdge, type ViewGraph, type ViewNode } from './data.ts';
import { el, plural } from './dom.ts';
import { layoutGraph, type LayoutRun } from './layout.ts';
import { placeLabels, type LabelBox } from './labels.ts';
import { renderDetails } from './panels/details.ts';
import { mountFilters, type ColorMode, type Filters } from './panels/filters.ts';
import { mountLegend, type Legend } from './panels/legend.ts';
import { buildSearchIndex, mountSearch, type SearchBox } from './panels/search.ts';
import { dateSpan, inRange, mountTimeline, type DateRange, type MeetingSpan, type Timeline } from './panels/timeline.ts';
import { BACKGROUND, COMMUNITY_COLORS, COMMUNITY_OTHER, FADED_EDGE_COLOR, FADED_NODE_COLOR, FONT, HIGHLIGHT_EDGE_COLOR, KIND_ORDER, RELATION_NAMES, isKind, isRelation } from './theme.ts';
import { mulberry32 } from '../../src/util/random.ts';

/** Camera moves are animated unless the reader asked for reduced motion (an OS setting browsers pass on). */
const duration = (ms: number) => (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : ms);

/** A graph with more nodes than this opens on its connected core: isolated nodes hidden. */
export const LARGE_GRAPH = 1_000;
/** Views with at most this many visible nodes draw them at small-graph size. */
export const READABLE_VIEW = 600;
/** Views with at most this many visible nodes label them without overlaps (labels.ts); larger ones use sigma's grid. */
export const LABELLED_VIEW = 3_000;

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
  /** Nodes and edges drawn now (not hidden by a filter). */
  visible: { nodes: number; edges: number };
  /** The labels placed without overlaps in a readable view (viewport pixels), or null when sigma's grid labels. */
  labels: LabelBox[] | null;
  /** Node → community, once colouring by community was asked for. */
  communities: Record<string, number> | null;
  /** The focused node and hops, when a Focus view is on. */
  focus: { key: string; hops: number } | null;
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
  filters: HTMLElement;
  relations: HTMLElement;
  timelinePanel: HTMLElement;
  focusBar: HTMLElement;
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
  private filters: Filters;
  private showIsolated = true;
  private minMentions = 1;
  private enabledRelations = new Set<Relation>(Object.keys(RELATION_NAMES) as Relation[]);
  private colorMode: ColorMode = 'kind';
  private communityColor = new Map<string, string>();
  private ego: { key: string; hops: number; nodes: Set<string> } | null = null;
  /** Labels placed by placeLabels in a readable view: key → shown. */
  private placedLabels: Set<string> | null = null;
  private labelTimer = 0;
  private articleCount = 0;
  /** How much larger nodes are drawn in a readable view: undoes data.ts's shrinking of large graphs. */
  private readableBoost = 1;
  /** The boost in force for the current view. */
  private boost = 1;
  private graphName = '';

  constructor(private readonly ui: Elements) {
    window.__kg = { status: 'loading', error: null, firstRenderAt: null, layoutDone: false, order: 0, size: 0, sigma: null, visible: { nodes: 0, edges: 0 }, labels: null, communities: null, focus: null };
    this.filters = mountFilters(ui.filters, ui.relations, {
      onIsolated: (show) => {
        this.showIsolated = show;
        this.applyFilters({ fit: true });
      },
      onMinMentions: (min) => {
        this.minMentions = min;
        this.applyFilters({ fit: true });
      },
      onRelation: (relation, on) => {
        if (on) this.enabledRelations.add(relation);
        else this.enabledRelations.delete(relation);
        this.applyFilters({ fit: true });
      },
      onColor: (mode) => this.setColorMode(mode),
    });
    this.legend = mountLegend(
      ui.legend,
      (kind, on) => {
        if (on) this.enabledKinds.add(kind);
        else this.enabledKinds.delete(kind);
        this.applyFilters({ fit: true });
      },
      (kind) => {
        const onlyThis = this.enabledKinds.size === 1 && this.enabledKinds.has(kind);
        this.enabledKinds = new Set(onlyThis ? KIND_ORDER : [kind]);
        this.applyFilters({ fit: true });
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
    window.__kg = { status: 'loading', error: null, firstRenderAt: null, layoutDone: false, order: graph.order, size: graph.size, sigma: null, visible: { nodes: 0, edges: 0 }, labels: null, communities: null, focus: null };
    this.ui.empty.hidden = true;
    this.graphName = name;
    this.readableBoost = 1 / Math.min(1, Math.max(0.3, Math.sqrt(800 / Math.max(graph.order, 1))));
    this.showIsolated = graph.order <= LARGE_GRAPH;
    this.minMentions = 1;
    this.enabledRelations = new Set(Object.keys(RELATION_NAMES) as Relation[]);
    this.colorMode = 'kind';
    this.communityColor.clear();
    this.ego = null;

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
        this.fitToVisible(false);
      });
    } else {
      window.__kg.layoutDone = true;
    }

    const renderer = new Sigma<ViewNode, ViewEdge>(graph, this.ui.sigma, {
      renderEdgeLabels: true,
      enableEdgeEvents: graph.size <= 20_000,
      // Thousands of edges: draw them when the view rests, not while it is dragged, zoomed or fitted (a frame of a
      // BBC-sized graph costs a quarter of a second without a GPU).
      hideEdgesOnMove: graph.size > 5_000,
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
    // Readable views place their labels again when the camera moves (pan, zoom), once it rests.
    renderer.getCamera().on('updated', () => this.scheduleLabels());
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
      this.applyFilters({ fit: true });
    });
    this.ui.timelinePanel.hidden = this.meetings.length === 0;
    this.articleCount = Object.keys(graph.getAttribute('articles') ?? {}).length;
    this.ui.stats.title = name;
    this.ui.focusBar.hidden = true;
    this.select(null);
    this.applyFilters({ fit: !window.__kg.layoutDone ? false : true, animate: false });
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

  /** Shows only `key` and the nodes within `hops` edges of it (drawn relations only); null shows the graph again. */
  focusOn(key: string | null, hops = 1): void {
    const graph = this.graph;
    if (!graph) return;
    if (key === null || !graph.hasNode(key)) {
      this.ego = null;
      window.__kg.focus = null;
      this.ui.focusBar.hidden = true;
      this.applyFilters({ fit: true });
      return;
    }
    const nodes = new Set([key]);
    let frontier = [key];
    for (let h = 0; h < hops; h++) {
      const next: string[] = [];
      for (const n of frontier)
        graph.forEachEdge(n, (_e, a, s, t) => {
          if (!this.enabledRelations.has(a.relation)) return;
          const other = s === n ? t : s;
          if (!nodes.has(other)) {
            nodes.add(other);
            next.push(other);
          }
        });
      frontier = next;
    }
    this.ego = { key, hops, nodes };
    window.__kg.focus = { key, hops };
    const label = graph.getNodeAttribute(key, 'label');
    this.ui.focusBar.replaceChildren(
      el('span', { text: `Focus: ${label}, ${hops === 1 ? 'its neighbours' : `${hops} hops`}` }),
      el('button', { class: 'link-button', text: hops === 1 ? '2 hops' : '1 hop', attrs: { type: 'button' }, dataset: { action: 'hops' }, on: { click: () => this.focusOn(key, hops === 1 ? 2 : 1) } }),
      el('button', { class: 'link-button', text: 'Show all', attrs: { type: 'button' }, dataset: { action: 'unfocus' }, on: { click: () => this.focusOn(null) } }),
    );
    this.ui.focusBar.hidden = false;
    this.applyFilters({ fit: true });
  }

  // -------------------------------------------------------------------------------------------------------------

  private setColorMode(mode: ColorMode): void {
    const graph = this.graph;
    if (!graph) return;
    this.colorMode = mode;
    if (mode === 'community' && !window.__kg.communities) {
      // Louvain on the whole graph, seeded so the same file always gets the same colours.
      const communities = louvain(graph, { getEdgeWeight: null, rng: mulberry32(1) });
      window.__kg.communities = communities;
      const sizes = new Map<number, number>();
      for (const c of Object.values(communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
      // The largest communities get the palette's colours, in order; the small rest one quiet grey.
      const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
      const colorOf = new Map(ranked.slice(0, COMMUNITY_COLORS.length).map((c, i) => [c, COMMUNITY_COLORS[i]!]));
      for (const [node, c] of Object.entries(communities)) this.communityColor.set(node, colorOf.get(c) ?? COMMUNITY_OTHER);
    }
    this.filters.update(this.filterState(), this.lastCounts);
    this.renderer?.refresh({ skipIndexation: true });
  }

  private filterState() {
    return { showIsolated: this.showIsolated, minMentions: this.minMentions, relations: this.enabledRelations, color: this.colorMode };
  }

  private lastCounts: { relations: Partial<Record<Relation, number>>; isolated: number; belowMentions: number } = { relations: {}, isolated: 0, belowMentions: 0 };

  /** Moves the camera so that every visible node is on screen (framed graph coordinates, as sigma's camera uses). */
  private fitToVisible(animate = true): void {
    const renderer = this.renderer;
    const graph = this.graph;
    if (!renderer || !graph) return;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, n = 0;
    graph.forEachNode((key, a) => {
      if (a.hidden) return;
      const d = renderer.getNodeDisplayData(key);
      if (!d) return;
      n++;
      minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
    });
    if (!n) return;
    const camera = renderer.getCamera();
    const { width, height } = renderer.getDimensions();
    // The side panel covers the right of the stage: fit into what it leaves free.
    const panel = !this.ui.details.hidden && width > 800 ? this.ui.details.offsetWidth + 16 : 0;
    // At ratio 1 sigma fits the framed graph's unit square into the stage's smaller side.
    const side = Math.min(width, height);
    const span = Math.max(((maxX - minX) * side) / Math.max(1, width - panel), ((maxY - minY) * side) / height, 1e-3);
    const ratio = Math.min(1.5, Math.max(0.02, span * 1.15));
    const state = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: camera.angle };
    // Centre the camera half a panel right of the nodes' centre, so that the nodes sit in the free part.
    const target = panel ? renderer.viewportToFramedGraph({ x: width / 2 + panel / 2, y: height / 2 }, { cameraState: state }) : state;
    const next = { x: target.x, y: target.y, ratio };
    if (animate && duration(400)) void camera.animate(next, { duration: duration(400) });
    else camera.setState(next);
  }

  /** Places labels again in a readable view once the camera has rested for a moment. */
  private scheduleLabels(): void {
    if (this.placedLabels === null) return;
    window.clearTimeout(this.labelTimer);
    this.labelTimer = window.setTimeout(() => this.placeReadableLabels(), 120);
  }

  /** In a view of at most LABELLED_VIEW nodes, chooses the labels to draw so that none overlaps another. */
  private placeReadableLabels(): void {
    const renderer = this.renderer;
    const graph = this.graph;
    if (!renderer || !graph) return;
    const visible = graph.filterNodes((_k, a) => !a.hidden);
    if (visible.length > LABELLED_VIEW) {
      this.placedLabels = null;
      window.__kg.labels = null;
      renderer.refresh({ skipIndexation: true });
      return;
    }
    const { width, height } = renderer.getDimensions();
    const ctx = document.createElement('canvas').getContext('2d')!;
    const fontSize = renderer.getSetting('labelSize');
    ctx.font = `${renderer.getSetting('labelWeight')} ${fontSize}px ${renderer.getSetting('labelFont')}`;
    const ratio = renderer.getCamera().ratio;
    const candidates = visible.flatMap((key) => {
      const d = renderer.getNodeDisplayData(key);
      if (!d) return [];
      const p = renderer.framedGraphToViewport(d);
      return [{ key, x: p.x, y: p.y, size: renderer.scaleSize(d.size, ratio), label: graph.getNodeAttribute(key, 'label') }];
    });
    const panel = !this.ui.details.hidden && width > 800 ? this.ui.details.offsetWidth + 16 : 0;
    const boxes = placeLabels(candidates, (t) => ctx.measureText(t).width, { fontSize, width: width - panel, height, limit: 200, priority: this.ego?.key ?? this.selected });
    this.placedLabels = new Set(boxes.map((b) => b.key));
    window.__kg.labels = boxes;
    renderer.refresh({ skipIndexation: true });
  }

  private teardown(): void {
    this.layout?.stop();
    this.layout = null;
    this.renderer?.kill();
    this.renderer = null;
    this.hovered = this.hoveredEdge = this.selected = null;
    this.focusNeighbours.clear();
    this.placedLabels = null;
    window.clearTimeout(this.labelTimer);
  }

  private setStatus(text: string | null, withStop = false): void {
    this.ui.status.replaceChildren();
    this.ui.status.hidden = !text;
    if (!text) return;
    this.ui.status.append(el('span', { class: 'spinner' }), el('span', { text }));
    if (withStop) this.ui.status.append(el('button', { class: 'link-button', text: 'Stop', attrs: { type: 'button' }, on: { click: () => this.stopLayout() } }));
  }

  /**
   * Data: recompute every node's and edge's `hidden` from the filters: kinds, the timeline, mentions, relations, the
   * Focus view, and isolation (a node with no drawn edge to another shown node). Then the header counts, the legend,
   * and, when asked, the camera fitted to what is shown.
   */
  private applyFilters(options: { fit?: boolean; animate?: boolean } = {}): void {
    const graph = this.graph;
    if (!graph) return;
    const range = this.range;
    const ego = this.ego;
    let belowMentions = 0;
    const pass = new Set<string>();
    graph.forEachNode((key, a) => {
      let ok = !isKind(a.kind) || this.enabledKinds.has(a.kind);
      if (ok && range && a.kind === 'meeting') {
        const span = this.meetingSpan.get(key);
        ok = span ? inRange(span, range) : true;
      }
      if (ok && a.kind !== 'meeting' && a.mentions < this.minMentions && key !== ego?.key) {
        ok = false;
        belowMentions++;
      }
      if (ok && ego) ok = ego.nodes.has(key);
      if (ok) pass.add(key);
    });
    // Isolated: no edge of a drawn relation at all (whatever the other filters show), as a large graph opens.
    const relations: Partial<Record<Relation, number>> = {};
    const degree = new Map<string, number>();
    graph.forEachEdge((_e, a, s, t) => {
      relations[a.relation] = (relations[a.relation] ?? 0) + 1;
      if (!this.enabledRelations.has(a.relation) || s === t) return;
      degree.set(s, (degree.get(s) ?? 0) + 1);
      degree.set(t, (degree.get(t) ?? 0) + 1);
    });
    let isolated = 0;
    let visibleNodes = 0;
    graph.updateEachNodeAttributes(
      (key, a) => {
        let hidden = !pass.has(key);
        if (!degree.has(key)) {
          isolated++;
          if (!this.showIsolated && key !== ego?.key) hidden = true;
        }
        if (!hidden) visibleNodes++;
        return a.hidden === hidden ? a : { ...a, hidden };
      },
      { attributes: ['hidden'] },
    );
    let visibleEdges = 0;
    graph.updateEachEdgeAttributes(
      (_e, a, s, t) => {
        const hidden = !this.enabledRelations.has(a.relation);
        if (!hidden && !graph.getNodeAttribute(s, 'hidden') && !graph.getNodeAttribute(t, 'hidden')) visibleEdges++;
        return a.hidden === hidden ? a : { ...a, hidden };
      },
      { attributes: ['hidden'] },
    );
    window.__kg.visible = { nodes: visibleNodes, edges: visibleEdges };
    const n = (x: number) => x.toLocaleString('en-US');
    this.ui.stats.textContent = `${n(visibleNodes)} of ${plural(graph.order, 'node')} · ${n(visibleEdges)} of ${plural(graph.size, 'edge')} · ${plural(this.articleCount, 'article')}`;
    this.ui.stats.title = `${this.graphName}: ${n(visibleNodes)} nodes and ${n(visibleEdges)} edges shown`;
    const counts = Object.fromEntries(KIND_ORDER.map((k) => [k, 0])) as Record<NodeKind, number>;
    graph.forEachNode((_k, a) => {
      if (isKind(a.kind)) counts[a.kind]++;
    });
    this.legend.update(counts, this.enabledKinds);
    this.lastCounts = { relations, isolated, belowMentions };
    this.filters.update(this.filterState(), this.lastCounts);
    // A readable view labels every node it can without overlaps; a large one leaves labels to sigma's grid.
    this.placedLabels = visibleNodes <= LABELLED_VIEW ? new Set() : null;
    this.boost = visibleNodes <= READABLE_VIEW ? this.readableBoost : 1;
    if (this.placedLabels === null) window.__kg.labels = null;
    if (this.selected && graph.getNodeAttribute(this.selected, 'hidden')) this.select(null);
    else this.updateFocus();
    if (options.fit) this.fitToVisible(options.animate ?? true);
    if (this.placedLabels !== null) {
      // After the camera has moved (or at once when it does not).
      window.clearTimeout(this.labelTimer);
      this.labelTimer = window.setTimeout(() => this.placeReadableLabels(), options.fit && options.animate !== false ? duration(450) : 0);
    }
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
      if (this.ego && !this.ego.nodes.has(key)) {
        this.ego = null;
        window.__kg.focus = null;
        this.ui.focusBar.hidden = true;
      }
      if (a.kind !== 'meeting' && a.mentions < this.minMentions) this.minMentions = 1;
      this.showIsolated ||= Boolean(graph.getNodeAttribute(key, 'hidden'));
      this.applyFilters();
    }
    renderDetails(this.ui.details, graph, key, {
      onPick: (k) => this.select(k, { moveCamera: true }),
      onClose: () => this.select(null),
      onFocus: (k, hops) => this.focusOn(k, hops),
    });
    this.ui.details.hidden = false;
    this.updateFocus();
    if (!options.moveCamera) this.keepClearOfPanel(key);
    if (options.moveCamera && this.renderer) {
      const display = this.renderer.getNodeDisplayData(key);
      const camera = this.renderer.getCamera();
      if (display) {
        const ratio = Math.min(camera.ratio, this.graph!.order > 200 ? 0.3 : 0.7);
        // Centre the node in the part of the stage the side panel leaves free.
        const { width, height } = this.renderer.getDimensions();
        const shift = width > 800 ? this.ui.details.offsetWidth / 2 : 0;
        const target = this.renderer.viewportToFramedGraph({ x: width / 2 + shift, y: height / 2 }, { cameraState: { x: display.x, y: display.y, ratio, angle: camera.angle } });
        if (duration(600)) void camera.animate({ x: target.x, y: target.y, ratio }, { duration: duration(600) });
        else camera.setState({ x: target.x, y: target.y, ratio });
      }
    }
  }

  /** When the side panel covers the selected node, pans so that the node is in the free part of the stage. */
  private keepClearOfPanel(key: string): void {
    const renderer = this.renderer;
    if (!renderer) return;
    const d = renderer.getNodeDisplayData(key);
    if (!d) return;
    const { width, height } = renderer.getDimensions();
    const panelLeft = width - this.ui.details.offsetWidth - 16;
    const p = renderer.framedGraphToViewport(d);
    const margin = 40;
    if (p.x < panelLeft - margin && p.y > margin && p.y < height - margin) return;
    const camera = renderer.getCamera();
    const goal = { x: Math.min(p.x, panelLeft / 2), y: Math.min(Math.max(p.y, height / 3), (2 * height) / 3) };
    const now = renderer.viewportToFramedGraph(p);
    const there = renderer.viewportToFramedGraph(goal);
    const next = { x: camera.x + (now.x - there.x), y: camera.y + (now.y - there.y) };
    if (duration(300)) void camera.animate(next, { duration: duration(300) });
    else camera.setState(next);
  }

  private updateFocus(): void {
    const graph = this.graph;
    this.focusNeighbours.clear();
    const focus = this.focus();
    // Neighbours by the relations drawn.
    if (graph && focus)
      graph.forEachEdge(focus, (_e, a, s, t) => {
        if (!a.hidden) this.focusNeighbours.add(s === focus ? t : s);
      });
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
    if (this.colorMode === 'community') res.color = this.communityColor.get(node) ?? COMMUNITY_OTHER;
    if (this.placedLabels !== null) {
      // Few nodes on screen: draw them at the size a small graph has (large graphs shrink every node to fit).
      res.size = data.size * this.boost;
      // A readable view: exactly the labels placed without overlaps.
      const shown = this.placedLabels.has(node);
      res.forceLabel = shown;
      if (!shown) res.label = null;
    }
    if (node === this.selected) {
      res.highlighted = true;
      res.zIndex = 3;
    }
    if (!focus) return res;
    if (node === focus) {
      res.highlighted = true;
      if (this.placedLabels === null || this.placedLabels.has(node)) {
        res.forceLabel = true;
        res.label = data.label;
      }
      res.zIndex = 3;
    } else if (this.focusNeighbours.has(node)) {
      if (this.placedLabels === null) res.forceLabel = this.focusNeighbours.size <= 40;
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
      // A readable view keeps its text to node labels placed without overlaps; edges say what they are on hover.
      // Dozens of neighbours: edge labels would cover each other; the hovered edge still says what it is.
      res.label = this.placedLabels === null && this.focusNeighbours.size <= 40 ? edgeLabel(data) : null;
      res.forceLabel = this.placedLabels === null && this.focusNeighbours.size <= 40;
      res.zIndex = 1;
    } else if (edge !== this.hoveredEdge) {
      res.color = FADED_EDGE_COLOR;
      res.hidden = graph.size > 2_000;
    }
    return res;
  }
}
