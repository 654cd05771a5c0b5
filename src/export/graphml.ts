/**
 * GraphML (graphml.graphdrawing.org), for yEd, Cytoscape, igraph and networkx. Written here: graphology-graphml's
 * writer is not published (the package parses only). GraphML has no list type, so lists and evidence are JSON
 * strings; parallel edges are kept, each with its own id.
 */
import type { KnowledgeGraph } from '../graph/io.js';
import type { EdgeAttributes, NodeAttributes } from '../types.js';
import { xmlAttr, xmlText } from './xml.js';

type GraphmlType = 'string' | 'int' | 'double' | 'boolean';

interface KeyDef<A> {
  name: string;
  type: GraphmlType;
  value: (a: A) => unknown;
}

const json = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));
const meeting = (a: NodeAttributes, k: 'date' | 'status' | 'place' | 'topics') => (a.kind === 'meeting' ? a[k] : undefined);

const NODE_KEYS: KeyDef<NodeAttributes>[] = [
  { name: 'kind', type: 'string', value: (a) => a.kind },
  { name: 'label', type: 'string', value: (a) => a.label },
  { name: 'aliases', type: 'string', value: (a) => json(a.aliases) },
  { name: 'articles', type: 'string', value: (a) => json(a.articles) },
  { name: 'mentions', type: 'int', value: (a) => a.mentions },
  { name: 'iso', type: 'string', value: (a) => (a.kind !== 'meeting' ? a.iso : undefined) },
  { name: 'date', type: 'string', value: (a) => meeting(a, 'date') },
  { name: 'status', type: 'string', value: (a) => meeting(a, 'status') },
  { name: 'place', type: 'string', value: (a) => meeting(a, 'place') },
  { name: 'topics', type: 'string', value: (a) => json(meeting(a, 'topics')) },
  { name: 'x', type: 'double', value: (a) => a.x },
  { name: 'y', type: 'double', value: (a) => a.y },
  { name: 'evidence', type: 'string', value: (a) => json(a.evidence) },
];

const EDGE_KEYS: KeyDef<EdgeAttributes>[] = [
  { name: 'relation', type: 'string', value: (a) => a.relation },
  { name: 'articles', type: 'string', value: (a) => json(a.articles) },
  { name: 'title', type: 'string', value: (a) => a.title },
  { name: 'former', type: 'boolean', value: (a) => a.former },
  { name: 'represents', type: 'string', value: (a) => json(a.represents) },
  { name: 'count', type: 'int', value: (a) => a.count },
  { name: 'evidence', type: 'string', value: (a) => json(a.evidence) },
];

function text(type: GraphmlType, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (type === 'int') return typeof v === 'number' && Number.isInteger(v) ? String(v) : null;
  if (type === 'double') return typeof v === 'number' && Number.isFinite(v) ? String(v) : null;
  if (type === 'boolean') return typeof v === 'boolean' ? String(v) : null;
  return typeof v === 'string' ? v : null;
}

function data<A>(prefix: string, keys: KeyDef<A>[], a: A): string {
  let s = '';
  for (const k of keys) {
    const v = text(k.type, k.value(a));
    if (v !== null) s += `\n      <data key="${prefix}_${k.name}">${xmlText(v)}</data>`;
  }
  return s;
}

/** The graph as a GraphML document. Never mutates the graph. */
export function toGraphml(graph: KnowledgeGraph): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((k) => `  <key id="n_${k.name}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k.name}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`),
    '  <key id="g_schemaVersion" for="graph" attr.name="schemaVersion" attr.type="int"/>',
    '  <key id="g_articles" for="graph" attr.name="articles" attr.type="string"/>',
    '  <graph id="news-kg" edgedefault="directed">',
    `    <data key="g_schemaVersion">${Number(graph.getAttribute('schemaVersion')) | 0}</data>`,
    `    <data key="g_articles">${xmlText(JSON.stringify(graph.getAttribute('articles') ?? {}))}</data>`,
  ];
  graph.forEachNode((key, a) => out.push(`    <node id="${xmlAttr(key)}">${data('n', NODE_KEYS, a)}\n    </node>`));
  graph.forEachEdge((key, a, s, t) =>
    out.push(`    <edge id="${xmlAttr(key)}" source="${xmlAttr(s)}" target="${xmlAttr(t)}">${data('e', EDGE_KEYS, a)}\n    </edge>`),
  );
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
