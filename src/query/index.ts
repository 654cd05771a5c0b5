/**
 * The query API: find entities and ask the graph who met whom, when and where, how two entities are connected, and
 * what happened to one over time. Every function takes a loaded graph, never mutates it, and returns plain values
 * carrying labels, dates and evidence.
 */
export { loadGraph } from '../graph/io.js';
export * from './types.js';
export { UnknownEntityError } from './errors.js';
export { normalizeName } from './normalize.js';
export { dateSpan, compareDates, type DateSpan } from './dates.js';
export { findEntity, resolveEntity, suggestEntities, FIND_DEFAULTS, type FindEntityOptions, type SuggestOptions } from './find.js';
export { meetings, MEETING_STATUSES, type MeetingQuery } from './meetings.js';
export { relations, entityDetails, type RelationQuery } from './relations.js';
export { connections, CONNECTIONS_DEFAULTS, type ConnectionOptions } from './connections.js';
export { timeline } from './timeline.js';
export { dateWindow, type DateWindow } from './dates.js';
export { top, search, neighbors, TOP_DEFAULTS, type TopQuery, type TopEntity, type SearchQuery, type SearchHit, type NeighborQuery, type Neighbor, type NeighborsResult } from './explore.js';
