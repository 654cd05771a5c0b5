/**
 * How the graph looks: one colour per kind, sizes from how often something was read, edge tints per relation.
 * Tables are Records over the contract's unions, so a new kind or relation fails to compile until it has a look.
 */
import type { NodeKind, Relation } from '../../src/types.ts';

export const KIND_ORDER: readonly NodeKind[] = ['person', 'state', 'organization', 'place', 'meeting'];

/** One colour per kind, shared with the GEXF export (src/colors.ts). */
export { KIND_COLORS } from '../../src/colors.ts';

export const KIND_NAMES: Record<NodeKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  state: { one: 'State', many: 'States' },
  organization: { one: 'Organization', many: 'Organizations' },
  place: { one: 'Place', many: 'Places' },
  meeting: { one: 'Meeting', many: 'Meetings' },
};

export const UNKNOWN_KIND_COLOR = '#8a94a6';

export const RELATION_COLORS: Record<Relation, string> = {
  participant: '#e2bc6d',
  held_in: '#bea6de',
  about: '#e7b3bb',
  role: '#93b4da',
  member_of: '#9fc5e8',
  part_of: '#8fcbb5',
  located_in: '#c7b6df',
  co_mentioned: '#d5d9de',
};

export const RELATION_NAMES: Record<Relation, string> = {
  participant: 'took part in',
  held_in: 'held in',
  about: 'about',
  role: 'role',
  member_of: 'member of',
  part_of: 'part of',
  located_in: 'located in',
  co_mentioned: 'named with',
};

/** Community colours (Tableau 10, in order of community size); communities past the tenth share COMMUNITY_OTHER. */
export const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
export const COMMUNITY_OTHER = '#c9ced6';

export const FADED_NODE_COLOR = '#e3e6ea';
export const FADED_EDGE_COLOR = '#eef0f2';
export const HIGHLIGHT_EDGE_COLOR = '#5b6472';
export const BACKGROUND = '#f7f7f4';
export const FONT = 'Inter, "Segoe UI", "Helvetica Neue", Arial, system-ui, sans-serif';

export function isKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (KIND_ORDER as readonly string[]).includes(value);
}

export function isRelation(value: unknown): value is Relation {
  // Own keys only: `in` would also take the names every object inherits ("constructor", "toString").
  return typeof value === 'string' && Object.hasOwn(RELATION_COLORS, value);
}

/** Node radius in pixels at the default zoom: logarithmic in mentions, so a state read 400 times stays on screen. */
export function entitySize(mentions: number): number {
  return Math.min(24, 3.5 + 2.6 * Math.log2(1 + Math.max(0, mentions)));
}

/** Meetings grow with the articles that report them and the number of participants. */
export function meetingSize(articles: number, participants: number): number {
  return Math.min(24, 4 + 2.8 * Math.log2(1 + Math.max(0, articles + participants)));
}
