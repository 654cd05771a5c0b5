/**
 * CSV files for `neo4j-admin database import full`: one node file per kind and one relationship file per relation,
 * each with its header on the first line (`key:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed properties such
 * as `mentions:int`, arrays such as `aliases:string[]`). Defaults of the importer apply: `,` between fields, `"` quotes
 * (doubled inside a field), `;` between array elements. An array element cannot carry `;` (the importer has no escape
 * for it), so a `;` inside one is written as `,`. Line breaks inside names become spaces, so no field spans lines and
 * `--multiline-fields` is not needed. Evidence is one JSON string property (`apoc.convert.fromJsonList` reads it).
 * An empty unquoted field means "no property". A string value starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'`, so a spreadsheet opening the file shows it as text instead of running it as a formula.
 */
import type { KnowledgeGraph } from '../graph/io.js';
import { dateSpan } from '../query/dates.js';
import type { EdgeAttributes, NodeAttributes, NodeKind, Relation } from '../types.js';

/** Neo4j labels by node kind; entities also get the label `Entity`. */
export const NEO4J_LABELS: Record<NodeKind, string> = {
  person: 'Person',
  state: 'State',
  organization: 'Organization',
  place: 'Place',
  meeting: 'Meeting',
};

/** Relationship types by relation. */
export const NEO4J_TYPES: Record<Relation, string> = {
  participant: 'PARTICIPANT',
  held_in: 'HELD_IN',
  about: 'ABOUT',
  role: 'ROLE',
  member_of: 'MEMBER_OF',
  part_of: 'PART_OF',
  located_in: 'LOCATED_IN',
  co_mentioned: 'CO_MENTIONED',
};

type CsvType = 'string' | 'int' | 'double' | 'boolean' | 'date' | 'string[]';

interface Column<A> {
  /** Header entry: `name:type`, or a special field (`key:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`). */
  header: string;
  type: CsvType;
  value: (a: A) => unknown;
}

type NodeRow = { key: string; attrs: NodeAttributes };
type EdgeRow = { key: string; source: string; target: string; attrs: EdgeAttributes };

const col = <A>(header: string, type: CsvType, value: (a: A) => unknown): Column<A> => ({ header, type, value });

const NODE_COMMON: Column<NodeRow>[] = [
  col('key:ID', 'string', (r) => r.key),
  col(':LABEL', 'string[]', (r) => (r.attrs.kind === 'meeting' ? ['Meeting'] : ['Entity', NEO4J_LABELS[r.attrs.kind]])),
  col('label', 'string', (r) => r.attrs.label),
  col('aliases:string[]', 'string[]', (r) => r.attrs.aliases),
  col('articles:string[]', 'string[]', (r) => r.attrs.articles),
  col('mentions:int', 'int', (r) => r.attrs.mentions),
];
const NODE_TAIL: Column<NodeRow>[] = [
  col('evidence', 'string', (r) => (r.attrs.evidence ? JSON.stringify(r.attrs.evidence) : undefined)),
  col('x:double', 'double', (r) => r.attrs.x),
  col('y:double', 'double', (r) => r.attrs.y),
];
const meetingAttr = <K extends string>(r: NodeRow, k: K): unknown => (r.attrs.kind === 'meeting' ? (r.attrs as unknown as Record<K, unknown>)[k] : undefined);

const NODE_COLUMNS: Record<NodeKind, Column<NodeRow>[]> = {
  person: [...NODE_COMMON, ...NODE_TAIL],
  state: [...NODE_COMMON, col('iso', 'string', (r) => (r.attrs.kind !== 'meeting' ? r.attrs.iso : undefined)), ...NODE_TAIL],
  organization: [...NODE_COMMON, ...NODE_TAIL],
  place: [...NODE_COMMON, ...NODE_TAIL],
  meeting: [
    ...NODE_COMMON,
    col('date', 'string', (r) => meetingAttr(r, 'date')),
    col('start:date', 'date', (r) => dateSpan(meetingAttr(r, 'date') as string | null)?.start),
    col('end:date', 'date', (r) => dateSpan(meetingAttr(r, 'date') as string | null)?.end),
    col('status', 'string', (r) => meetingAttr(r, 'status')),
    col('place', 'string', (r) => meetingAttr(r, 'place')),
    col('topics:string[]', 'string[]', (r) => meetingAttr(r, 'topics')),
    ...NODE_TAIL,
  ],
};

const EDGE_COMMON: Column<EdgeRow>[] = [
  col(':START_ID', 'string', (r) => r.source),
  col(':END_ID', 'string', (r) => r.target),
  col(':TYPE', 'string', (r) => NEO4J_TYPES[r.attrs.relation]),
  col('key', 'string', (r) => r.key),
  col('articles:string[]', 'string[]', (r) => r.attrs.articles),
];
const EDGE_TAIL: Column<EdgeRow>[] = [col('evidence', 'string', (r) => (r.attrs.evidence ? JSON.stringify(r.attrs.evidence) : undefined))];

const EDGE_COLUMNS: Record<Relation, Column<EdgeRow>[]> = {
  participant: [...EDGE_COMMON, col('represents:string[]', 'string[]', (r) => r.attrs.represents), ...EDGE_TAIL],
  held_in: [...EDGE_COMMON, ...EDGE_TAIL],
  about: [...EDGE_COMMON, ...EDGE_TAIL],
  role: [...EDGE_COMMON, col('title', 'string', (r) => r.attrs.title), col('former:boolean', 'boolean', (r) => r.attrs.former), ...EDGE_TAIL],
  member_of: [...EDGE_COMMON, ...EDGE_TAIL],
  part_of: [...EDGE_COMMON, ...EDGE_TAIL],
  located_in: [...EDGE_COMMON, ...EDGE_TAIL],
  co_mentioned: [...EDGE_COMMON, col('count:int', 'int', (r) => r.attrs.count), ...EDGE_TAIL],
};

/** A UTF-16 surrogate without its pair: not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What a spreadsheet reads as the start of a formula (`=`, `+`, `-`, `@`) or strips before one (tab, carriage
 * return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A string value that a spreadsheet opening the CSV would run as a formula ("=HYPERLINK(…)", "@SUM(…)") gets a
 * leading apostrophe, which makes it text there. Neo4j reads the apostrophe as part of the value. */
export function neutralizeFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** One CSV field. Strings are always quoted (so "" is an empty string, and an empty unquoted field no property). */
export function csvField(type: CsvType, v: unknown): string {
  if (v === null || v === undefined) return '';
  const quoted = (s: string) => `"${s.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n|[\r\n]/g, ' ').replace(/"/g, '""')}"`;
  switch (type) {
    case 'string[]':
      return Array.isArray(v) ? quoted(v.map((x) => neutralizeFormula(String(x)).replace(/;/g, ',')).join(';')) : '';
    case 'int':
      return typeof v === 'number' && Number.isInteger(v) ? String(v) : '';
    case 'double':
      return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
    case 'boolean':
      return typeof v === 'boolean' ? String(v) : '';
    case 'date':
      return typeof v === 'string' ? v : '';
    case 'string':
      return typeof v === 'string' ? quoted(neutralizeFormula(v)) : '';
  }
}

function csv<R>(columns: Column<R>[], rows: R[]): string {
  const lines = [columns.map((c) => c.header).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(c.type, c.value(r))).join(','));
  return lines.join('\n') + '\n';
}

export const NEO4J_NODE_FILES: Record<NodeKind, string> = {
  person: 'nodes-person.csv',
  state: 'nodes-state.csv',
  organization: 'nodes-organization.csv',
  place: 'nodes-place.csv',
  meeting: 'nodes-meeting.csv',
};
export const NEO4J_RELATIONSHIP_FILES: Record<Relation, string> = {
  participant: 'rels-participant.csv',
  held_in: 'rels-held_in.csv',
  about: 'rels-about.csv',
  role: 'rels-role.csv',
  member_of: 'rels-member_of.csv',
  part_of: 'rels-part_of.csv',
  located_in: 'rels-located_in.csv',
  co_mentioned: 'rels-co_mentioned.csv',
};

/** The graph as Neo4j import CSV files, by file name: every node and relationship file, with a header even when
 * empty, so the import command never changes. Never mutates the graph. */
export function toNeo4jCsv(graph: KnowledgeGraph): Map<string, string> {
  const nodes = Object.fromEntries(Object.keys(NEO4J_NODE_FILES).map((k) => [k, [] as NodeRow[]])) as Record<NodeKind, NodeRow[]>;
  const written = new Set<string>();
  graph.forEachNode((key, attrs) => {
    const rows = nodes[attrs.kind];
    if (!rows) return;
    rows.push({ key, attrs });
    written.add(key);
  });
  const edges = Object.fromEntries(Object.keys(NEO4J_RELATIONSHIP_FILES).map((k) => [k, [] as EdgeRow[]])) as Record<Relation, EdgeRow[]>;
  // A relationship is written only between nodes that are: the importer refuses one whose end is missing.
  graph.forEachEdge((key, attrs, source, target) => {
    if (written.has(source) && written.has(target)) edges[attrs.relation]?.push({ key, source, target, attrs });
  });
  const files = new Map<string, string>();
  for (const kind of Object.keys(NEO4J_NODE_FILES) as NodeKind[]) files.set(NEO4J_NODE_FILES[kind], csv(NODE_COLUMNS[kind], nodes[kind]));
  for (const rel of Object.keys(NEO4J_RELATIONSHIP_FILES) as Relation[])
    files.set(NEO4J_RELATIONSHIP_FILES[rel], csv(EDGE_COLUMNS[rel], edges[rel]));
  return files;
}

/** The `neo4j-admin` (Neo4j 5) command importing a folder written by `toNeo4jCsv` into database `database`. */
export function neo4jImportCommand(dir: string, database = 'neo4j'): string {
  const q = (p: string) => (/^[\w./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);
  const join = (f: string) => q(`${dir.replace(/\/+$/, '')}/${f}`);
  return [
    `neo4j-admin database import full ${database} --overwrite-destination`,
    ...Object.values(NEO4J_NODE_FILES).map((f) => `  --nodes=${join(f)}`),
    ...Object.values(NEO4J_RELATIONSHIP_FILES).map((f) => `  --relationships=${join(f)}`),
  ].join(' \\\n');
}

