/**
 * `co_mentioned` edges: two entities named in the same sentence, aggregated over the corpus. A pair is an edge when
 * the corpus names the two together often (at least `minSentences` sentences), and every entity also keeps its
 * strongest few pairs however rare (`perEntity`), so that an entity read once is still tied to what its sentence was
 * about. Strength: sentences, then articles, then the partner's mentions (a rare name joins the prominent entity of
 * its sentence, which ties it to the connected core). Sentences naming more than `maxEntitiesPerSentence` entities
 * are lists (a team sheet, a table of results) and give no pairs.
 *
 * The defaults were chosen by measuring the BBC News corpus (2,225 articles, 12.7k nodes; scripts/comention-measure.mjs,
 * docs/graph-format.md): every pair gives 29k edges and hubs of a thousand; pairs seen in three sentences or more
 * leave 81% of the nodes isolated; three sentences plus each entity's two strongest pairs leave 13.8% isolated (those
 * never named beside another entity), 74% in one component, at 2.9 edges per node.
 */
import { MAX_EVIDENCE, type ArticleExtraction, type EdgeAttributes, type EntityRef, type Evidence } from '../types.js';

export interface CoMentionOptions {
  /** A pair named together in at least this many sentences is always an edge. */
  minSentences: number;
  /** Each entity also keeps up to this many of its strongest pairs, however weak. */
  perEntity: number;
  /** Evidence sentences kept on one edge (the first ones, in article order); `count` tells how many there are. */
  maxEvidence: number;
  /** Sentences naming more entities than this are lists and give no pairs. */
  maxEntitiesPerSentence: number;
}

export const COMENTION_DEFAULTS: CoMentionOptions = { minSentences: 3, perEntity: 2, maxEvidence: 3, maxEntitiesPerSentence: 8 };

export interface CoMentionEdge {
  key: string;
  source: string;
  target: string;
  attrs: EdgeAttributes;
}

function validate(o: CoMentionOptions): string | null {
  for (const name of ['minSentences', 'perEntity', 'maxEvidence', 'maxEntitiesPerSentence'] as const) {
    const v = o[name];
    if (!Number.isInteger(v) || v < 0) return `${name} must be a whole number ≥ 0, got ${JSON.stringify(v)}`;
  }
  if (o.maxEvidence > MAX_EVIDENCE) return `maxEvidence must be at most ${MAX_EVIDENCE}, got ${o.maxEvidence}`;
  return null;
}

interface PairAcc {
  a: string;
  b: string;
  count: number;
  articles: string[];
  evidence: Evidence[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The co-mention edges of sorted extractions. `nodeKey` maps an entity as an article names it to its node;
 * `mentions` gives a node's mentions over the corpus (the tie-break towards prominent partners).
 */
export function coMentionEdges(
  extractions: readonly ArticleExtraction[],
  nodeKey: (ref: EntityRef) => string,
  mentions: (node: string) => number,
  options: Partial<CoMentionOptions> = {},
): CoMentionEdge[] {
  const o = { ...COMENTION_DEFAULTS, ...options };
  const problem = validate(o);
  if (problem) throw new RangeError(`coMentionEdges: ${problem}`);
  const pairs = new Map<string, PairAcc>();
  for (const x of extractions) {
    const bySentence = new Map<number, Set<string>>();
    for (const e of x.entities) {
      const k = nodeKey(e);
      if (!k) continue;
      (bySentence.get(e.sentence) ?? bySentence.set(e.sentence, new Set()).get(e.sentence)!).add(k);
    }
    for (const [index, set] of [...bySentence.entries()].sort(([a], [b]) => a - b)) {
      if (set.size < 2 || set.size > o.maxEntitiesPerSentence) continue;
      const keys = [...set].sort(cmp);
      const s = x.sentences[index];
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          const id = `${keys[i]}\u0000${keys[j]}`;
          let p = pairs.get(id);
          if (!p) pairs.set(id, (p = { a: keys[i]!, b: keys[j]!, count: 0, articles: [], evidence: [] }));
          p.count++;
          if (p.articles[p.articles.length - 1] !== x.id) p.articles.push(x.id);
          if (s && p.evidence.length < o.maxEvidence) p.evidence.push({ article: x.id, sentence: s.text, start: s.start, end: s.end });
        }
      }
    }
  }

  const keep = new Set<PairAcc>();
  const byNode = new Map<string, PairAcc[]>();
  for (const p of pairs.values()) {
    if (p.count >= o.minSentences) keep.add(p);
    if (o.perEntity > 0) {
      (byNode.get(p.a) ?? byNode.set(p.a, []).get(p.a)!).push(p);
      (byNode.get(p.b) ?? byNode.set(p.b, []).get(p.b)!).push(p);
    }
  }
  for (const [node, list] of byNode) {
    const other = (p: PairAcc) => (p.a === node ? p.b : p.a);
    list.sort((p, q) => q.count - p.count || q.articles.length - p.articles.length || mentions(other(q)) - mentions(other(p)) || cmp(other(p), other(q)));
    for (const p of list.slice(0, o.perEntity)) keep.add(p);
  }
  return [...keep]
    .map((p) => ({
      key: `co_mentioned:${p.a}->${p.b}`,
      source: p.a,
      target: p.b,
      attrs: { relation: 'co_mentioned' as const, articles: p.articles, evidence: p.evidence, count: p.count },
    }))
    .sort((p, q) => cmp(p.key, q.key));
}
