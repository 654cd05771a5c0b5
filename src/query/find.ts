/**
 * Finding an entity by name. Names are compared after `normalizeName` (case, diacritics and punctuation set aside), and
 * the best match wins in this order: the node key itself, the exact label, the normalised label, an alias, then — only
 * when exactly one entity has it — one whole word of a label ("Medvedev"). Ties go to the node with more mentions.
 */
import type { KnowledgeGraph } from '../graph/io.js';
import { UsageError } from '../errors.js';
import { ENTITY_KINDS, NODE_KINDS, type NodeKind } from '../types.js';
import { UnknownEntityError } from './errors.js';
import { editDistance, normalizeName } from './normalize.js';
import type { EntityMatch } from './types.js';

export interface FindEntityOptions {
  /** Kinds to look among; default: every entity kind (meetings are found by key only). */
  kind?: NodeKind | readonly NodeKind[];
}

export interface SuggestOptions extends FindEntityOptions {
  /** At most this many suggestions. */
  limit?: number;
}

export const FIND_DEFAULTS: Required<SuggestOptions> = { kind: ENTITY_KINDS, limit: 5 };

/** Match ranks, best first: key, exact label, normalised label, alias, word. */
const RANK = { key: 0, exactLabel: 1, label: 2, alias: 3, word: 4 } as const;

function kindsOf(method: string, kind: FindEntityOptions['kind']): Set<NodeKind> {
  const kinds: readonly NodeKind[] = kind === undefined ? (FIND_DEFAULTS.kind as readonly NodeKind[]) : typeof kind === 'string' ? [kind] : kind;
  for (const k of kinds)
    if (!(NODE_KINDS as readonly string[]).includes(k))
      throw new UsageError(`${method}: invalid kind "${k}" (expected one of ${NODE_KINDS.join(', ')})`);
  return new Set(kinds);
}

interface Candidate {
  match: EntityMatch;
  rank: number;
  mentions: number;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.rank !== b.rank) return a.rank < b.rank;
  if (a.mentions !== b.mentions) return a.mentions > b.mentions;
  return a.match.key < b.match.key;
}

/** The entity `name` designates (a node key, label or alias), or null. Never mutates the graph. */
export function findEntity(graph: KnowledgeGraph, name: string, options: FindEntityOptions = {}): EntityMatch | null {
  if (typeof name !== 'string') throw new UsageError(`findEntity: name must be a string, got ${JSON.stringify(name)}`);
  const kinds = kindsOf('findEntity', options.kind);
  if (graph.hasNode(name)) {
    const a = graph.getNodeAttributes(name);
    if (kinds.has(a.kind) || a.kind === 'meeting')
      return { key: name, kind: a.kind, label: a.label ?? name, aliases: [...(a.aliases ?? [])], match: 'key', matched: name };
  }
  const q = normalizeName(name);
  if (!q) return null;
  let best: Candidate | null = null;
  const wordHits: Candidate[] = [];
  graph.forEachNode((key, a) => {
    if (!kinds.has(a.kind)) return;
    const label = typeof a.label === 'string' ? a.label : key;
    const base = { key, kind: a.kind, label, aliases: [...(a.aliases ?? [])] };
    const mentions = typeof a.mentions === 'number' ? a.mentions : 0;
    let cand: Candidate | null = null;
    if (label === name) cand = { match: { ...base, match: 'label', matched: label }, rank: RANK.exactLabel, mentions };
    else if (normalizeName(label) === q) cand = { match: { ...base, match: 'label', matched: label }, rank: RANK.label, mentions };
    else {
      const alias = (a.aliases ?? []).find((s) => s === name) ?? (a.aliases ?? []).find((s) => normalizeName(s) === q);
      if (alias !== undefined) cand = { match: { ...base, match: 'alias', matched: alias }, rank: RANK.alias, mentions };
    }
    if (cand) {
      if (!best || better(cand, best)) best = cand;
    } else if (!q.includes(' ') && normalizeName(label).split(' ').includes(q)) {
      wordHits.push({ match: { ...base, match: 'word', matched: label }, rank: RANK.word, mentions });
    }
  });
  if (best) return (best as Candidate).match;
  return wordHits.length === 1 ? wordHits[0]!.match : null;
}

/** Labels of entities whose name is close to `name` (a small edit away, or containing it), best first. */
export function suggestEntities(graph: KnowledgeGraph, name: string, options: SuggestOptions = {}): string[] {
  const kinds = kindsOf('suggestEntities', options.kind);
  const limit = options.limit ?? FIND_DEFAULTS.limit;
  const q = normalizeName(name);
  if (!q) return [];
  const max = Math.max(1, Math.floor(q.length / 4));
  const scored: Array<{ label: string; score: number; mentions: number }> = [];
  graph.forEachNode((key, a) => {
    if (!kinds.has(a.kind)) return;
    const label = typeof a.label === 'string' ? a.label : key;
    let score = Infinity;
    for (const s of [label, ...(a.aliases ?? [])]) {
      const n = normalizeName(s);
      if (!n) continue;
      const d = editDistance(q, n, max);
      if (d <= max) score = Math.min(score, d);
      else if (q.length >= 3 && (n.includes(q) || q.includes(n) && n.length >= 3)) score = Math.min(score, max + 1);
      else {
        // A word of the name close to the query ("zelenskiy" ~ "Volodymyr Zelenskyy").
        for (const w of n.split(' ')) if (w.length >= 3 && editDistance(q, w, max) <= max) score = Math.min(score, max + 1);
      }
    }
    if (score < Infinity) scored.push({ label, score, mentions: a.mentions ?? 0 });
  });
  scored.sort((x, y) => x.score - y.score || y.mentions - x.mentions || (x.label < y.label ? -1 : 1));
  return [...new Set(scored.map((s) => s.label))].slice(0, limit);
}

/** Like `findEntity`, but throws UnknownEntityError (a UsageError) naming `name`, with close suggestions. */
export function resolveEntity(graph: KnowledgeGraph, name: string, options: FindEntityOptions = {}): EntityMatch {
  const found = findEntity(graph, name, options);
  if (!found) throw new UnknownEntityError(name, suggestEntities(graph, name, options));
  return found;
}
