/**
 * Finding an entity by name, as a reader would. Names are compared after `normalizeName` (case, diacritics and
 * punctuation set aside). The node key itself wins; otherwise among the entities whose label or alias the name is,
 * the most prominent (most mentions) wins: "Blair" is Tony Blair (507 mentions, alias "Blair"), not a node labelled
 * "Blair" alone (20). When nothing has that label or alias, a person whose surname (a whole word of the label) it is
 * ("Medvedev"), the most prominent first. The match lists the other candidates (`alternatives`), so an answer can
 * say whom else the name could mean.
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

/** Match ranks, best first: key; a label or an alias (one rank: prominence decides); a word of a label. */
const RANK = { key: 0, exactLabel: 1, label: 1, alias: 1, word: 4 } as const;
/** Alternatives listed with a match. */
const MAX_ALTERNATIVES = 5;

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
  if (a.match.match !== b.match.match) return a.match.match === 'label';
  return a.match.key < b.match.key;
}

const alternative = (c: Candidate) => ({ key: c.match.key, kind: c.match.kind, label: c.match.label, mentions: c.mentions });

function withAlternatives(best: Candidate, all: Candidate[]): EntityMatch {
  const others = all.filter((c) => c !== best).sort((a, b) => (better(a, b) ? -1 : 1));
  return others.length ? { ...best.match, alternatives: others.slice(0, MAX_ALTERNATIVES).map(alternative) } : best.match;
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
  const hits: Candidate[] = [];
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
      hits.push(cand);
      if (!best || better(cand, best)) best = cand;
    } else if (!q.includes(' ') && normalizeName(label).split(' ').includes(q)) {
      wordHits.push({ match: { ...base, match: 'word', matched: label }, rank: RANK.word, mentions });
    }
  });
  if (best) return withAlternatives(best, [...hits, ...wordHits]);
  // A whole word of a label: a person's surname first, then the only entity that has the word.
  const people = wordHits.filter((c) => c.match.kind === 'person');
  const pool = people.length ? people : wordHits.length === 1 ? wordHits : [];
  if (!pool.length) return null;
  const top = pool.reduce((a, b) => (better(b, a) ? b : a));
  return withAlternatives(top, wordHits);
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
