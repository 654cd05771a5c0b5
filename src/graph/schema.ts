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
  const attrs = GraphAttributes.safeParse(data.attributes ?? {});
  if (!attrs.success) add(`graph attributes: ${describe(attrs.error.issues)}`);
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
    const schema = NODE_SCHEMAS[a.kind as NodeKind];
    if (!schema) return add(`node ${show(key)}: kind: ${a.kind === undefined ? 'missing' : show(a.kind)} (expected ${Object.keys(NODE_SCHEMAS).join(', ')})`);
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
    const r = EdgeAttributes.safeParse(edge.attributes ?? {});
    if (!r.success) add(`${name}: ${describe(r.error.issues)}`);
  });
  if (more) problems.push(`… and ${more} more problem${more === 1 ? '' : 's'}`);
  return problems;
}
