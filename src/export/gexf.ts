/**
 * GEXF 1.3 (gexf.net/1.3), the format Gephi opens. Written here rather than with graphology-gexf, whose writer emits
 * GEXF 1.2draft under a misspelled viz namespace (so Gephi and namespace-aware readers drop colours, sizes and
 * positions) and has no notion of time, which Gephi's timeline needs.
 *
 * What it writes: typed attributes (lists as `liststring`, `[a, b]` as Gephi reads them; evidence as a JSON string); meetings dated with
 * GEXF time (`timeformat="date"`, inclusive `start`/`end`: a YYYY-MM date spans its month), and the edges at a dated
 * meeting carry the same span; `viz:color` by kind, `viz:size` by mentions, and `viz:position` when the graph has a
 * layout (x, y attributes). Parallel edges are kept, each with its own id and `kind` set to its relation.
 */
import type { KnowledgeGraph } from '../graph/io.js';
import { dateSpan, type DateSpan } from '../query/dates.js';
import type { EdgeAttributes, NodeAttributes, NodeKind } from '../types.js';
import { xmlAttr, xmlNumber, xmlText, xmlToken } from './xml.js';
import { KIND_COLORS, hexToRgb } from '../colors.js';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

export interface GexfOptions {
  /** Write viz:color, viz:size and (when laid out) viz:position. */
  viz?: boolean;
  /** Node colours by kind, as [r, g, b]. */
  colors?: Partial<Record<NodeKind, readonly [number, number, number]>>;
}

/** The viewer's colours (src/colors.ts), so a graph looks the same in Gephi. */
export const GEXF_COLORS: Record<NodeKind, readonly [number, number, number]> = Object.fromEntries(
  Object.entries(KIND_COLORS).map(([kind, hex]) => [kind, hexToRgb(hex)]),
) as unknown as Record<NodeKind, readonly [number, number, number]>;

export const GEXF_DEFAULTS: Required<GexfOptions> = { viz: true, colors: GEXF_COLORS };

type AttrType = 'string' | 'integer' | 'boolean' | 'liststring';

interface AttrDef<A> {
  title: string;
  type: AttrType;
  value: (a: A) => string | number | boolean | readonly string[] | null | undefined;
}

/** A string list as Gephi writes and reads GEXF 1.3 lists (graphstore's ArraysParser): `[a, b]`. An element is put
 * in double quotes, a backslash or double quote inside it escaped by a backslash, when it is empty or "null", has
 * spaces at either end, or holds a comma, bracket, parenthesis, quote or backslash (which would end or start a value). */
export function gexfList(items: readonly string[]): string {
  const quote = (s: string) =>
    s.trim() === '' || s === 'null' || /[,[\]()"'\\]|^\s|\s$/.test(s) ? `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : s;
  return `[${items.map(quote).join(', ')}]`;
}

const NODE_ATTRS: AttrDef<NodeAttributes>[] = [
  { title: 'kind', type: 'string', value: (a) => a.kind },
  { title: 'aliases', type: 'liststring', value: (a) => a.aliases },
  { title: 'articles', type: 'liststring', value: (a) => a.articles },
  { title: 'mentions', type: 'integer', value: (a) => a.mentions },
  { title: 'iso', type: 'string', value: (a) => (a.kind !== 'meeting' ? a.iso : undefined) },
  { title: 'date', type: 'string', value: (a) => (a.kind === 'meeting' ? a.date : undefined) },
  { title: 'status', type: 'string', value: (a) => (a.kind === 'meeting' ? a.status : undefined) },
  { title: 'place', type: 'string', value: (a) => (a.kind === 'meeting' ? a.place : undefined) },
  { title: 'topics', type: 'liststring', value: (a) => (a.kind === 'meeting' ? a.topics : undefined) },
  { title: 'evidence', type: 'string', value: (a) => (a.evidence ? JSON.stringify(a.evidence) : undefined) },
];

const EDGE_ATTRS: AttrDef<EdgeAttributes>[] = [
  { title: 'relation', type: 'string', value: (a) => a.relation },
  { title: 'articles', type: 'liststring', value: (a) => a.articles },
  { title: 'title', type: 'string', value: (a) => a.title },
  { title: 'former', type: 'boolean', value: (a) => a.former },
  { title: 'represents', type: 'liststring', value: (a) => a.represents },
  { title: 'count', type: 'integer', value: (a) => a.count },
  { title: 'evidence', type: 'string', value: (a) => (a.evidence ? JSON.stringify(a.evidence) : undefined) },
];

function attrValue(type: AttrType, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  switch (type) {
    case 'liststring':
      return Array.isArray(v) ? gexfList(v.map(String)) : null;
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v) ? String(v) : null;
    case 'boolean':
      return typeof v === 'boolean' ? String(v) : null;
    case 'string':
      return typeof v === 'string' ? v : null;
  }
}

function declarations<A>(cls: 'node' | 'edge', defs: AttrDef<A>[], out: string[]): void {
  out.push(`    <attributes class="${cls}" mode="static">`);
  for (const d of defs) out.push(`      <attribute id="${d.title}" title="${d.title}" type="${d.type}"/>`);
  out.push('    </attributes>');
}

function attvalues<A>(defs: AttrDef<A>[], attrs: A, indent: string): string[] {
  const lines: string[] = [];
  for (const d of defs) {
    const v = attrValue(d.type, d.value(attrs));
    if (v !== null) lines.push(`${indent}  <attvalue for="${d.title}" value="${xmlAttr(v)}"/>`);
  }
  return lines.length ? [`${indent}<attvalues>`, ...lines, `${indent}</attvalues>`] : [];
}

function spanAttrs(span: DateSpan | null): string {
  return span ? ` start="${span.start}" end="${span.end}"` : '';
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The graph as a GEXF 1.3 document. Never mutates the graph. */
export function toGexf(graph: KnowledgeGraph, options: GexfOptions = {}): string {
  const o = { ...GEXF_DEFAULTS, ...options, colors: { ...GEXF_COLORS, ...options.colors } };
  const spans = new Map<string, DateSpan>();
  graph.forEachNode((key, a) => {
    const span = a.kind === 'meeting' ? dateSpan(a.date) : null;
    if (span) spans.set(key, span);
  });
  const dynamic = spans.size > 0;
  const g = graph.getAttributes();
  const articleCount = Object.keys(g.articles ?? {}).length;

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" version="1.3">`,
    '  <meta>',
    '    <creator>news-kg</creator>',
    `    <description>${xmlText(`news-kg knowledge graph, schemaVersion ${g.schemaVersion}, from ${articleCount} article${articleCount === 1 ? '' : 's'}`)}</description>`,
    '  </meta>',
    dynamic
      ? '  <graph defaultedgetype="directed" idtype="string" mode="dynamic" timeformat="date" timerepresentation="interval">'
      : '  <graph defaultedgetype="directed" idtype="string" mode="static">',
  ];
  declarations('node', NODE_ATTRS, out);
  declarations('edge', EDGE_ATTRS, out);

  out.push(`    <nodes count="${graph.order}">`);
  graph.forEachNode((key, a) => {
    out.push(`      <node id="${xmlAttr(key)}" label="${xmlToken(a.label ?? key)}"${spanAttrs(spans.get(key) ?? null)}>`);
    out.push(...attvalues(NODE_ATTRS, a, '        '));
    if (o.viz) {
      const [r, gr, b] = o.colors[a.kind] ?? [153, 153, 153];
      out.push(`        <viz:color r="${r}" g="${gr}" b="${b}"/>`);
      const weight = a.kind === 'meeting' ? (a.articles?.length ?? 1) : (a.mentions ?? 1);
      out.push(`        <viz:size value="${round(4 + 3 * Math.sqrt(Math.max(0, weight)))}"/>`);
      const x = xmlNumber(a.x);
      const y = xmlNumber(a.y);
      if (x !== null && y !== null) out.push(`        <viz:position x="${x}" y="${y}"/>`);
    }
    out.push('      </node>');
  });
  out.push('    </nodes>');

  out.push(`    <edges count="${graph.size}">`);
  graph.forEachEdge((key, a, source, target) => {
    const span = spans.get(source) ?? spans.get(target) ?? null;
    const label = a.title ? `${a.relation}: ${a.former ? 'former ' : ''}${a.title}` : a.relation;
    const weight = Math.max(1, a.relation === 'co_mentioned' && typeof a.count === 'number' ? a.count : (a.articles?.length ?? 1));
    out.push(
      `      <edge id="${xmlAttr(key)}" source="${xmlAttr(source)}" target="${xmlAttr(target)}" label="${xmlToken(label)}" kind="${xmlToken(a.relation)}" weight="${weight}"${spanAttrs(span)}>`,
    );
    out.push(...attvalues(EDGE_ATTRS, a, '        '));
    out.push('      </edge>');
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
