/**
 * The output contract of news-kg: what `kg extract` prints, and what the graph file holds.
 *
 * The graph file is graphology's own serialization (`graph.export()`) of a MultiDirectedGraph
 * (`{options: {type: 'directed', multi: true, allowSelfLoops: false}, attributes, nodes, edges}`), whose node, edge
 * and graph attributes are typed below. `schemaVersion` changes whenever a consumer would need to change.
 * See docs/graph-format.md.
 */

export const SCHEMA_VERSION = 1;

/** Kinds of named entity. A `state` is a sovereign country; a `place` is a city, region or venue. */
export const ENTITY_KINDS = ['person', 'state', 'organization', 'place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export const NODE_KINDS = [...ENTITY_KINDS, 'meeting'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATIONS = ['participant', 'held_in', 'about', 'role', 'member_of', 'part_of', 'located_in', 'co_mentioned'] as const;
/** `participant`: entity → meeting; `held_in`: meeting → place|state; `about`: meeting → an entity its stated topic
 * names ("to discuss the situation in Ukraine"); `role`: person → state|organization; `member_of`: person →
 * organization ("X, a member of Y"); `part_of`: organization → state|organization; `located_in`: place →
 * state|place; `co_mentioned`: entity → entity, named in the same sentence (aggregated over the corpus, source key
 * before target key). */
export type Relation = (typeof RELATIONS)[number];

export type MeetingStatus = 'held' | 'planned';

/** Where a fact was read: the article, the sentence's text, and the character span of the mention (for an entity)
 * or of the sentence (for a meeting or a relation) in the article text as read. Offsets are JavaScript string
 * offsets (UTF-16 code units). */
export interface Evidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
}

/** At most this many evidence items are kept on one node or edge (the first ones, in article order). */
export const MAX_EVIDENCE = 12;

// ---------------------------------------------------------------------------------------------------------------
// Article input

export interface ArticleMeta {
  /** `YYYY-MM-DD`, or null when the article carries no date. */
  date: string | null;
  title?: string;
  url?: string;
  source?: string;
}

export interface Article extends ArticleMeta {
  id: string;
  /** The text the offsets refer to: the whole `.txt`/`.md` file, or the JSONL record's `text` field. */
  text: string;
  /** Where the article was read from (file, or file:line for JSONL); used in error messages only. */
  origin: string;
  /** Offset in `text` where the body starts (after a date line or front matter). */
  bodyStart: number;
}

// ---------------------------------------------------------------------------------------------------------------
// `kg extract`: one line per article

export interface ExtractedEntity {
  /** The surface text: `text.slice(start, end)` of the article. */
  text: string;
  kind: EntityKind;
  start: number;
  end: number;
  /** The canonical name this mention resolves to within the article ("Medvedev" → "Dmitry Medvedev"). */
  label: string;
  /** Index into `sentences`. */
  sentence: number;
  /** A state named as its national sports team ("Ireland beat England"): the kind stays `state`, the graph puts the
   * mention on the team's node ("Ireland national team", an organization `part_of` the state). */
  team?: true;
}

export interface EntityRef {
  label: string;
  kind: EntityKind;
}

export interface ExtractedParticipant extends EntityRef {
  /** An organization's name as the article spells it, when that is its label in the other British or American spelling
   * ("World Trade Organisation"); the label names the node. */
  name?: string;
  /** Labels of the states or organizations this participant speaks for ("Japanese Finance Minister X" → Japan). */
  represents?: EntityRef[];
}

export interface ExtractedMeeting {
  participants: ExtractedParticipant[];
  /** `YYYY-MM-DD`, `YYYY-MM`, or null when the text gives no day or month. */
  date: string | null;
  place: EntityRef | null;
  status: MeetingStatus;
  /** The words that name the event ("talks", "visited", "summit"). */
  trigger: string;
  topics?: string[];
  /** Entities named in the topics ("the situation in Ukraine" → Ukraine). */
  about?: EntityRef[];
  evidence: Evidence[];
}

export interface ExtractedRelation {
  relation: Exclude<Relation, 'participant' | 'held_in' | 'co_mentioned'>;
  source: EntityRef;
  target: EntityRef;
  title?: string;
  former?: boolean;
  evidence: Evidence[];
}

/** Everything one article contributes. The graph is a pure function of the sorted list of these. */
export interface ArticleExtraction extends ArticleMeta {
  id: string;
  /** sha256 of the article text (hex, first 16 chars): with the id, the article's identity. */
  hash: string;
  /** The article's sentences: spans in the article text, and their text (what evidence quotes). */
  sentences: Array<{ start: number; end: number; text: string }>;
  entities: ExtractedEntity[];
  meetings: ExtractedMeeting[];
  relations: ExtractedRelation[];
  /** Extra facts about an entity that the gazetteers know (ISO code of a state). */
  codes?: Record<string, string>;
  /** With `kg extract --explain`: every meeting candidate, its decision and its strongest reasons. */
  candidates?: MeetingCandidateExplanation[];
}

/** One trigger occurrence and the learned decisions on it: the meeting score (> 0: a meeting) with the features that
 * weigh most, and each possible party's score (> 0: a participant). */
export interface MeetingCandidateExplanation {
  /** Index into `sentences`; `start`/`end`: the trigger's offsets in the article text. */
  sentence: number;
  start: number;
  end: number;
  trigger: string;
  decision: 'meeting' | 'not a meeting' | 'too few parties' | 'vetoed';
  score: number;
  /** [feature, weight], strongest first. */
  reasons: Array<[string, number]>;
  /** Every possible party with the participant decision's score and reasons; `chosen`: whether it is a party of the
   * candidate; `rule`: the rule that chose it, or left it out, against its score ("coordinated-with-party",
   * "journey-destination", "holds-gathering", "cabinet-session-country", "officials-of-state-met",
   * "place-state-served-by-party"). */
  parties: Array<{ label: string; kind: string; chosen: boolean; rule?: string; score: number; reasons: Array<[string, number]> }>;
  /** The status decided (held or planned) and the date chosen for it among the time expressions that stand for that
   * status: the chosen `value` (null: none), the expression it was read from, and every option with its score and its
   * three strongest reasons, best first. */
  status?: 'held' | 'planned';
  /** The status decision's score (> 0: planned) and its five strongest reasons. */
  statusScore?: number;
  statusReasons?: Array<[string, number]>;
  date?: { value: string | null; text: string | null; options: Array<{ value: string | null; text: string | null; score: number; reasons: Array<[string, number]> }> };
  /** For a meeting, the place chosen (the name as the text gives it; null: none) and every place option with its
   * score and three strongest reasons, best first. */
  place?: { value: string | null; options: Array<{ value: string | null; score: number; reasons: Array<[string, number]> }> };
}

// ---------------------------------------------------------------------------------------------------------------
// The graph

export interface ArticleRecord extends ArticleMeta {
  hash: string;
}

export interface GraphAttributes {
  schemaVersion: number;
  articles: Record<string, ArticleRecord>;
  [key: string]: unknown;
}

interface CommonNodeAttributes {
  label: string;
  /** Every surface form seen, without stray punctuation, sorted. */
  aliases: string[];
  /** Ids of the articles that mention it, sorted. */
  articles: string[];
  /** How many mentions were read, over all articles. */
  mentions: number;
  evidence: Evidence[];
  /** Layout, written by `kg build --layout`. */
  x?: number;
  y?: number;
}

export interface EntityNodeAttributes extends CommonNodeAttributes {
  kind: EntityKind;
  /** ISO 3166-1 alpha-2 code, for states. */
  iso?: string;
}

export interface MeetingNodeAttributes extends CommonNodeAttributes {
  kind: 'meeting';
  date: string | null;
  status: MeetingStatus;
  /** Label of the place (or state) it was held in, or null. */
  place: string | null;
  topics?: string[];
}

export type NodeAttributes = EntityNodeAttributes | MeetingNodeAttributes;

export interface EdgeAttributes {
  relation: Relation;
  articles: string[];
  evidence: Evidence[];
  /** `role` edges: the title held ("President", "Deputy Chairman"). */
  title?: string;
  /** `role` edges: true when the text says the title is a former one. */
  former?: boolean;
  /** `participant` edges: keys of the nodes this participant represented at the meeting. */
  represents?: string[];
  /** `co_mentioned` edges: the number of sentences that name both entities (the evidence keeps a few of them). */
  count?: number;
}
