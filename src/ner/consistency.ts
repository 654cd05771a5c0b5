/**
 * Document-level consistency: one name is one kind of thing all through an article. When the same name (same
 * words, case aside) is read as different types in one document, every reading takes the type the document gives
 * it most surely: the sum of the span scores of each type, where a person's full name ("Mette Frederiksen") also
 * votes PER for its last word alone ("Frederiksen"). Headline and body agree this way too, since the headline is
 * one more sentence of the document.
 */
import type { NerSpan } from './index.js';
import type { EntityType } from './tags.js';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

const keyOf = (text: string, s: NerSpan): string => text.slice(s.start, s.end).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

/** Relabels, in place, the spans whose type the rest of the document outvotes; returns how many changed. */
export function voteTypes(text: string, spans: NerSpan[]): number {
  const votes = new Map<string, Float64Array>();
  const vote = (key: string, type: EntityType, w: number): void => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Float64Array(TYPES.length)));
    v[TYPES.indexOf(type)]! += w;
  };
  const keys = spans.map((s) => keyOf(text, s));
  spans.forEach((s, i) => {
    // an unscored span counts as a sure one
    vote(keys[i]!, s.type, s.score ?? 1);
    if (s.type === 'PER') {
      const words = keys[i]!.split(' ');
      if (words.length > 1) vote(words[words.length - 1]!, 'PER', s.score ?? 1);
    }
  });
  let changed = 0;
  spans.forEach((s, i) => {
    const v = votes.get(keys[i]!)!;
    let best = TYPES.indexOf(s.type);
    for (let t = 0; t < TYPES.length; t++) if (v[t]! > v[best]!) best = t;
    if (TYPES[best] !== s.type) {
      s.type = TYPES[best]!;
      changed++;
    }
  });
  return changed;
}
