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

/** What a name is, as classified from its surface and the gazetteers. */
export interface MentionClass {
  kind: EntityKind;
  label: string;
  iso?: string;
  stateIso?: string;
  media?: boolean;
}

/** A new mention at a place in the text, of the class its name was given; not yet in a cluster. */
export function newMention(at: { start: number; end: number; text: string; sentence: number; tokenStart: number; tokenEnd: number }, cls: MentionClass): Mention {
  return {
    start: at.start,
    end: at.end,
    text: at.text,
    kind: cls.kind,
    sentence: at.sentence,
    tokenStart: at.tokenStart,
    tokenEnd: at.tokenEnd,
    label: cls.label,
    iso: cls.iso,
    stateIso: cls.stateIso,
    media: cls.media ?? false,
    cluster: -1,
  };
}
