/** Small helpers turning graph attributes into result values. */
import type { KnowledgeGraph } from '../graph/io.js';
import type { EdgeAttributes, Evidence } from '../types.js';
import { compareDates } from './dates.js';
import type { ArticleRef, NodeRef } from './types.js';

export function nodeRef(graph: KnowledgeGraph, key: string): NodeRef {
  const a = graph.getNodeAttributes(key);
  return { key, kind: a.kind, label: a.label ?? key };
}

/** The articles named by `ids`, with their metadata from the graph attributes, oldest first. */
export function articleRefs(graph: KnowledgeGraph, ids: readonly string[] | undefined): ArticleRef[] {
  const records = graph.getAttribute('articles') ?? {};
  const refs = (ids ?? []).map((id): ArticleRef => {
    const r = records[id];
    const ref: ArticleRef = { id, date: r?.date ?? null };
    if (r?.title) ref.title = r.title;
    if (r?.url) ref.url = r.url;
    if (r?.source) ref.source = r.source;
    return ref;
  });
  return refs.sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The earliest date among articles, or null. */
export function earliestDate(articles: readonly ArticleRef[]): string | null {
  let best: string | null = null;
  for (const a of articles) if (a.date && (best === null || compareDates(a.date, best) < 0)) best = a.date;
  return best;
}

export function copyEvidence(evidence: readonly Evidence[] | undefined): Evidence[] {
  return (evidence ?? []).map((e) => ({ article: e.article, sentence: e.sentence, start: e.start, end: e.end }));
}

/** "Xi Jinping —role (President)→ China", "Dmitry Medvedev —role (former President)→ Russia". */
export function describeEdge(source: NodeRef, target: NodeRef, attrs: EdgeAttributes): string {
  const title = attrs.title ? ` (${attrs.former ? 'former ' : ''}${attrs.title})` : attrs.former ? ' (former)' : '';
  return `${source.label} —${attrs.relation}${title}→ ${target.label}`;
}
