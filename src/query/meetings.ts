/**
 * Meetings: who met whom, when and where, with the articles and sentences that say so.
 */
import type { KnowledgeGraph } from '../graph/io.js';
import { UsageError } from '../errors.js';
import type { MeetingNodeAttributes, MeetingStatus } from '../types.js';
import { dateSpan, compareDates, overlaps, parseDateBound, type DateSpan } from './dates.js';
import { resolveEntity } from './find.js';
import { articleRefs, copyEvidence, nodeRef } from './refs.js';
import type { MeetingParticipant, MeetingResult } from './types.js';

export interface MeetingQuery {
  /** Entities that all took part (a name, alias or key, or several). A state or organization also matches meetings
   * where a participant represented it. */
  with?: string | readonly string[];
  /** Two entities that both took part: the same as `with: [a, b]`. */
  between?: readonly [string, string];
  /** Meetings on or after this date (`YYYY-MM-DD`, `YYYY-MM` meaning its first day, or `YYYY`). */
  from?: string;
  /** Meetings on or before this date (`YYYY-MM-DD`, `YYYY-MM` meaning its last day, or `YYYY`). */
  to?: string;
  /** Held in this place or state, or in a place located in it (Beijing is in China). */
  place?: string;
  status?: MeetingStatus;
}

export const MEETING_STATUSES: readonly MeetingStatus[] = ['held', 'planned'];

/** How far `located_in` / `part_of` chains are followed when matching a place. */
const MAX_PLACE_DEPTH = 6;

function validate(query: MeetingQuery): string | null {
  if (query.between !== undefined && (!Array.isArray(query.between) || query.between.length !== 2))
    return `invalid between ${JSON.stringify(query.between)} (expected two names)`;
  if (query.status !== undefined && !MEETING_STATUSES.includes(query.status))
    return `invalid status "${query.status}" (expected held or planned)`;
  return null;
}

/** The meeting node `key` as a result. */
export function meetingResult(graph: KnowledgeGraph, key: string): MeetingResult {
  const a = graph.getNodeAttributes(key) as MeetingNodeAttributes;
  const participants: MeetingParticipant[] = [];
  graph.forEachInEdge(key, (_e, ea, source) => {
    if (ea.relation !== 'participant') return;
    participants.push({
      ...nodeRef(graph, source),
      represents: (ea.represents ?? []).filter((k) => graph.hasNode(k)).map((k) => nodeRef(graph, k)),
      evidence: copyEvidence(ea.evidence),
    });
  });
  participants.sort((x, y) => (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  let placeKey: string | null = null;
  graph.forEachOutEdge(key, (_e, ea, _s, target) => {
    if (ea.relation === 'held_in' && placeKey === null) placeKey = target;
  });
  const place = a.place ?? (placeKey !== null ? graph.getNodeAttribute(placeKey, 'label') : null);
  return {
    key,
    kind: 'meeting',
    label: a.label,
    date: a.date ?? null,
    status: a.status,
    place,
    placeKey,
    topics: [...(a.topics ?? [])],
    participants,
    articles: articleRefs(graph, a.articles),
    evidence: copyEvidence(a.evidence),
  };
}

/** Keys of the meetings `entity` took part in, directly or through a participant who represented it. */
export function meetingsOf(graph: KnowledgeGraph, entity: string): Set<string> {
  const found = new Set<string>();
  graph.forEachOutEdge(entity, (_e, ea, _s, target) => {
    if (ea.relation === 'participant') found.add(target);
  });
  graph.forEachEdge((_e, ea, _s, target) => {
    if (ea.relation === 'participant' && ea.represents?.includes(entity)) found.add(target);
  });
  return found;
}

/** Keys of the meetings held in `place` or anywhere located in (or part of) it. */
export function meetingsIn(graph: KnowledgeGraph, place: string): Set<string> {
  const places = new Set([place]);
  let frontier = [place];
  for (let depth = 0; depth < MAX_PLACE_DEPTH && frontier.length; depth++) {
    const next: string[] = [];
    for (const p of frontier)
      graph.forEachInEdge(p, (_e, ea, source) => {
        if ((ea.relation === 'located_in' || ea.relation === 'part_of') && !places.has(source)) {
          places.add(source);
          next.push(source);
        }
      });
    frontier = next;
  }
  const found = new Set<string>();
  const labels = new Set([...places].map((p) => graph.getNodeAttribute(p, 'label')));
  graph.forEachNode((key, a) => {
    if (a.kind !== 'meeting') return;
    if (a.place && labels.has(a.place)) found.add(key);
  });
  for (const p of places)
    graph.forEachInEdge(p, (_e, ea, source) => {
      if (ea.relation === 'held_in') found.add(source);
    });
  return found;
}

/** The meetings that match every given filter, in date order (undated last). Never mutates the graph. */
export function meetings(graph: KnowledgeGraph, query: MeetingQuery = {}): MeetingResult[] {
  const problem = validate(query);
  if (problem) throw new UsageError(`meetings: ${problem}`);
  const names = [
    ...(query.with === undefined ? [] : typeof query.with === 'string' ? [query.with] : query.with),
    ...(query.between ?? []),
  ];
  let keys: Set<string> | null = null;
  const intersect = (s: Set<string>) => {
    keys = keys === null ? s : new Set([...keys].filter((k) => s.has(k)));
  };
  for (const name of names) intersect(meetingsOf(graph, resolveEntity(graph, name).key));
  if (query.place !== undefined) intersect(meetingsIn(graph, resolveEntity(graph, query.place).key));
  const from = query.from !== undefined ? parseDateBound(query.from, 'meetings: from').start : null;
  const to = query.to !== undefined ? parseDateBound(query.to, 'meetings: to').end : null;
  if (from && to && from > to) throw new UsageError(`meetings: from ${query.from} is after to ${query.to}`);
  const window: DateSpan = { start: from ?? '0000-01-01', end: to ?? '9999-12-31' };

  const results: MeetingResult[] = [];
  const candidates: Iterable<string> = keys ?? graph.filterNodes((_k, a) => a.kind === 'meeting');
  for (const key of candidates) {
    const a = graph.getNodeAttributes(key);
    if (a.kind !== 'meeting') continue;
    if (query.status && a.status !== query.status) continue;
    if (from || to) {
      const span = dateSpan(a.date);
      if (!span || !overlaps(span, window)) continue;
    }
    results.push(meetingResult(graph, key));
  }
  return results.sort((x, y) => compareDates(x.date, y.date) || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
}

