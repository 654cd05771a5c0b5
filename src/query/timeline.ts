/**
 * An entity's timeline: the meetings it took part in (or that were held in it), its relations, and the articles that
 * mention it, in date order. A meeting is placed at its own date; a relation, which carries no date of its own, and a
 * mention are placed at the date of the earliest article that tells them.
 */
import type { KnowledgeGraph } from '../graph/io.js';
import { compareDates, dateWindow, inWindow, type DateWindow } from './dates.js';
import { resolveEntity } from './find.js';
import { meetingResult, meetingsIn, meetingsOf } from './meetings.js';
import { articleRefs, copyEvidence, earliestDate } from './refs.js';
import { relationResult } from './relations.js';
import type { TimelineItem } from './types.js';

const TYPE_ORDER: Record<TimelineItem['type'], number> = { meeting: 0, relation: 1, mention: 2 };

/** The timeline of `entity` (a name, alias or key), between `from` and `to` when given. Never mutates the graph. */
export function timeline(graph: KnowledgeGraph, entity: string, window: DateWindow = {}): TimelineItem[] {
  const key = resolveEntity(graph, entity).key;
  const span = dateWindow('timeline', window);
  const items: TimelineItem[] = [];
  const meetingKeys = new Set([...meetingsOf(graph, key), ...meetingsIn(graph, key)]);
  if (graph.getNodeAttribute(key, 'kind') === 'meeting') meetingKeys.add(key);
  for (const m of meetingKeys) {
    const meeting = meetingResult(graph, m);
    const who = meeting.participants.map((p) => p.label).join(', ');
    items.push({
      type: 'meeting',
      date: meeting.date,
      reported: earliestDate(meeting.articles),
      label: `${meeting.status === 'planned' ? 'planned meeting' : 'meeting'}: ${who || meeting.label}${meeting.place ? ` in ${meeting.place}` : ''}`,
      meeting,
      articles: meeting.articles,
      evidence: meeting.evidence,
    });
  }
  for (const e of graph.edges(key)) {
    const relation = graph.getEdgeAttribute(e, 'relation');
    if (relation === 'participant' || relation === 'held_in') continue; // told by the meeting items
    const r = relationResult(graph, e, key);
    items.push({ type: 'relation', date: null, reported: earliestDate(r.articles), label: r.description, relation: r, articles: r.articles, evidence: r.evidence });
  }
  const a = graph.getNodeAttributes(key);
  for (const article of articleRefs(graph, a.articles)) {
    items.push({
      type: 'mention',
      date: null,
      reported: article.date,
      label: `mentioned in ${article.title ? `"${article.title}"` : article.id}`,
      article,
      articles: [article],
      evidence: copyEvidence(a.evidence).filter((ev) => ev.article === article.id),
    });
  }
  return items.filter((i) => !span || inWindow(i.date, i.articles, span)).sort(
    (x, y) =>
      compareDates(x.date ?? x.reported, y.date ?? y.reported) ||
      TYPE_ORDER[x.type] - TYPE_ORDER[y.type] ||
      (x.label < y.label ? -1 : x.label > y.label ? 1 : 0),
  );
}
