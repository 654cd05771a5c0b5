/**
 * The graph file's typed contract (types.ts) as a zod schema, checked when a graph is loaded: a graph edited by hand
 * or written by another tool is refused with one line per problem naming the node or edge, instead of failing later
 * in a query or an export. Attributes beyond the contract (a viewer's colour, a user's note) are allowed and kept.
 */
import { z } from 'zod';
import { ENTITY_KINDS, RELATIONS, type NodeKind } from '../types.js';

const Evidence = z.object({ article: z.string(), sentence: z.string(), start: z.number(), end: z.number() });

const common = {
  label: z.string(),
  aliases: z.array(z.string()),
  articles: z.array(z.string()),
  mentions: z.number(),
  evidence: z.array(Evidence),
  x: z.number().optional(),
  y: z.number().optional(),
};

const EntityNode = z.looseObject({ kind: z.enum(ENTITY_KINDS), ...common, iso: z.string().optional() });
const MeetingNode = z.looseObject({
  kind: z.literal('meeting'),
  ...common,
  date: z.string().nullable(),
  status: z.enum(['held', 'planned']),
  place: z.string().nullable(),
  topics: z.array(z.string()).optional(),
});
const NODE_SCHEMAS: Record<NodeKind, z.ZodType> = {
  person: EntityNode,
  state: EntityNode,
  organization: EntityNode,
  place: EntityNode,
  meeting: MeetingNode,
};

const EdgeAttributes = z.looseObject({
  relation: z.enum(RELATIONS),
  articles: z.array(z.string()),
  evidence: z.array(Evidence),
  title: z.string().optional(),
  former: z.boolean().optional(),
  represents: z.array(z.string()).optional(),
});

const GraphAttributes = z.looseObject({
  schemaVersion: z.number(),
  articles: z.record(
    z.string(),
    z.looseObject({
      hash: z.string(),
      date: z.string().nullable(),
      title: z.string().optional(),
      url: z.string().optional(),
      source: z.string().optional(),
    }),
  ),
});

/**
 * A fast acceptor compiled from a schema: a plain predicate, true only for values the schema accepts, that allocates
 * nothing. Loading checks every node and edge with it and lets zod parse only those it refuses, to say why: zod's
 * parse builds a new object for every node and evidence item, which on a graph of 13k nodes cost as much as the
 * load itself. The schema stays the one definition; a schema type the compiler does not know throws here.
 */
type Accept = (v: unknown) => boolean;
export function acceptor(schema: z.ZodType): Accept {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'unknown':
      return () => true;
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => values.has(v);
    }
    case 'literal': {
      const values = new Set(def.values as unknown[]);
      return (v) => values.has(v);
    }
    case 'optional': {
      const inner = acceptor(def.innerType as z.ZodType);
      return (v) => v === undefined || inner(v);
    }
    case 'nullable': {
      const inner = acceptor(def.innerType as z.ZodType);
      return (v) => v === null || inner(v);
    }
    case 'array': {
      const element = acceptor(def.element as z.ZodType);
      return (v) => Array.isArray(v) && v.every(element);
    }
    case 'record': {
      if ((def.keyType as { _zod: { def: { type: string } } })._zod.def.type !== 'string') break;
      const value = acceptor(def.valueType as z.ZodType);
      return (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(value);
    }
    case 'object': {
      const catchall = def.catchall as { _zod: { def: { type: string } } } | undefined;
      if (catchall && catchall._zod.def.type !== 'unknown') break;
      const fields = Object.entries(def.shape as Record<string, z.ZodType>).map(([k, s]) => [k, acceptor(s)] as const);
      return (v) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
        for (const [k, accept] of fields) if (!accept((v as Record<string, unknown>)[k])) return false;
        return true;
      };
    }
  }
  throw new Error(`acceptor: schema type "${def.type}" is not supported`);
}

const ACCEPT_NODE: Record<NodeKind, Accept> = Object.fromEntries(Object.entries(NODE_SCHEMAS).map(([k, s]) => [k, acceptor(s)])) as Record<NodeKind, Accept>;
const acceptEdge = acceptor(EdgeAttributes);
const acceptGraph = acceptor(GraphAttributes);

/** At most this many problems are listed; the count of the others follows. */
export const MAX_LISTED_PROBLEMS = 20;

function describe(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((i) => {
      const where = i.path.length ? i.path.map(String).join('.') : '';
      const what = i.message.replace(/^Invalid input: /, '');
      return where ? `${where}: ${what}` : what;
    })
    .join('; ');
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.length > 80 ? v.slice(0, 79) + '…' : v) : String(JSON.stringify(v)));

/** Every way a parsed graph file breaks the contract, one line each (at most MAX_LISTED_PROBLEMS, then a count). */
export function graphProblems(data: { attributes?: unknown; nodes: unknown[]; edges?: unknown[] }): string[] {
  const problems: string[] = [];
  let more = 0;
  const add = (p: string) => {
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(p);
    else more++;
  };
  if (!acceptGraph(data.attributes ?? {})) {
    const attrs = GraphAttributes.safeParse(data.attributes ?? {});
    if (!attrs.success) add(`graph attributes: ${describe(attrs.error.issues)}`);
  }
  const keys = new Set<string>();
  data.nodes.forEach((n, i) => {
    const node = n as { key?: unknown; attributes?: Record<string, unknown> } | null;
    if (!node || typeof node !== 'object' || (typeof node.key !== 'string' && typeof node.key !== 'number')) {
      add(`node #${i + 1}: no key`);
      return;
    }
    const key = String(node.key);
    keys.add(key);
    const a = node.attributes;
    if (!a || typeof a !== 'object') return add(`node ${show(key)}: no attributes`);
    // Only the table's own kinds: a kind such as "constructor" or "__proto__" names what every object inherits.
    const schema = typeof a.kind === 'string' && Object.hasOwn(NODE_SCHEMAS, a.kind) ? NODE_SCHEMAS[a.kind as NodeKind] : undefined;
    if (!schema) return add(`node ${show(key)}: kind: ${a.kind === undefined ? 'missing' : show(a.kind)} (expected ${Object.keys(NODE_SCHEMAS).join(', ')})`);
    if (ACCEPT_NODE[a.kind as NodeKind](a)) return;
    const r = schema.safeParse(a);
    if (!r.success) add(`node ${show(key)}: ${describe(r.error.issues)}`);
  });
  (data.edges ?? []).forEach((e, i) => {
    const edge = e as { key?: unknown; source?: unknown; target?: unknown; attributes?: unknown } | null;
    const name = edge && (typeof edge.key === 'string' || typeof edge.key === 'number') ? `edge ${show(String(edge.key))}` : `edge #${i + 1}`;
    if (!edge || typeof edge !== 'object') return add(`${name}: not an object`);
    for (const end of ['source', 'target'] as const) {
      const k = edge[end];
      if (typeof k !== 'string' && typeof k !== 'number') add(`${name}: ${end}: missing`);
      else if (!keys.has(String(k))) add(`${name}: ${end} ${show(String(k))} is not a node`);
    }
    if (acceptEdge(edge.attributes ?? {})) return;
    const r = EdgeAttributes.safeParse(edge.attributes ?? {});
    if (!r.success) add(`${name}: ${describe(r.error.issues)}`);
  });
  if (more) problems.push(`… and ${more} more problem${more === 1 ? '' : 's'}`);
  return problems;
}
