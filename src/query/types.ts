/** What queries return: plain, serialisable values that carry labels, dates and evidence, so a result can be cited. */
import type { Evidence, MeetingStatus, NodeKind, Relation } from '../types.js';

/** A node as results name it. */
export interface NodeRef {
  key: string;
  kind: NodeKind;
  label: string;
}

/** An article a result cites, with what the graph knows of it. */
export interface ArticleRef {
  id: string;
  date: string | null;
  title?: string;
  url?: string;
  source?: string;
}

/** How `findEntity` matched: the node key itself, the label, an alias, or one whole word of a label (see find.ts). */
export type MatchKind = 'key' | 'label' | 'alias' | 'word';

export interface EntityMatch extends NodeRef {
  aliases: string[];
  match: MatchKind;
  /** The label or alias that matched. */
  matched: string;
  /** Other entities the name could mean: by label or alias, then by a word of the label, each most prominent first
   * (absent when there are none). */
  alternatives?: Array<NodeRef & { mentions: number }>;
}

export interface EntityDetails extends EntityMatch {
  iso?: string;
  mentions: number;
  articles: ArticleRef[];
  evidence: Evidence[];
  /** Number of edges by relation, both directions. */
  degree: Partial<Record<Relation, number>>;
}

export interface MeetingParticipant extends NodeRef {
  /** States or organizations the participant spoke for at this meeting. */
  represents: NodeRef[];
  evidence: Evidence[];
}

export interface MeetingResult extends NodeRef {
  kind: 'meeting';
  /** `YYYY-MM-DD`, `YYYY-MM`, or null. */
  date: string | null;
  status: MeetingStatus;
  /** Label of the place (or state) it was held in, or null. */
  place: string | null;
  placeKey: string | null;
  topics: string[];
  participants: MeetingParticipant[];
  articles: ArticleRef[];
  evidence: Evidence[];
}

export type Direction = 'out' | 'in';

export interface RelationResult {
  /** The edge key. */
  key: string;
  relation: Relation;
  /** `out` when the queried entity is the source. */
  direction: Direction;
  source: NodeRef;
  target: NodeRef;
  /** The node at the other end from the queried entity. */
  other: NodeRef;
  title?: string;
  former?: boolean;
  represents?: NodeRef[];
  /** The meeting's date, for `participant` and `held_in` edges. */
  date?: string | null;
  /** One line: "Xi Jinping —role (President)→ China". */
  description: string;
  articles: ArticleRef[];
  evidence: Evidence[];
}

export interface PathEdge {
  key: string;
  relation: Relation;
  source: NodeRef;
  target: NodeRef;
  title?: string;
  former?: boolean;
  description: string;
  articles: ArticleRef[];
  evidence: Evidence[];
}

/** One shortest path: `nodes[0]` is the first entity, `edges[i]` joins `nodes[i]` and `nodes[i + 1]` (in either
 * direction: paths ignore edge direction). */
export interface PathResult {
  length: number;
  nodes: NodeRef[];
  edges: PathEdge[];
}

interface TimelineBase {
  /** When it happened, when known (`YYYY-MM-DD` or `YYYY-MM`). */
  date: string | null;
  /** The earliest date of the articles that tell it. */
  reported: string | null;
  /** One line describing the item. */
  label: string;
  articles: ArticleRef[];
  evidence: Evidence[];
}

export type TimelineItem =
  | (TimelineBase & { type: 'meeting'; meeting: MeetingResult })
  | (TimelineBase & { type: 'relation'; relation: RelationResult })
  | (TimelineBase & { type: 'mention'; article: ArticleRef });
