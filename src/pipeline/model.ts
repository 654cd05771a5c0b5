/** The working representation of one article as the pipeline steps enrich it. */
import type { Article, EntityKind } from '../types.js';
import type { Sentence } from '../nlp/tokenize.js';

export interface DocSentence extends Sentence {
  index: number;
  /** Why the sentence is not news text (a byline, an image credit), if it is not. */
  boilerplate?: string;
  /** An ALL-CAPS headline: it restates the story, and capitals defeat name recognition, so it yields no events. */
  headline?: boolean;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  sentence: number;
  /** Token range in the sentence, [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Canonical name within the article, set by resolution. */
  label: string;
  /** ISO code (states), or the state an organization or place belongs to, when known. */
  iso?: string;
  /** The state of a place or organization known from the gazetteers. */
  stateIso?: string;
  /** A news outlet: reports meetings, does not take part in them. */
  media?: boolean;
  /** Cluster id within the article (mentions of one entity share it). */
  cluster: number;
}

export interface Doc {
  article: Article;
  sentences: DocSentence[];
  mentions: Mention[];
  /** Reference day for relative dates: the dateline's day, else the article date. */
  refDate: string | null;
}
