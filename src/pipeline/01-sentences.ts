/** Step 1: sentences and tokens of the article body, with bylines and credits marked as boilerplate. */
import { tokenize } from '../nlp/tokenize.js';
import { boilerplateReason } from '../gazetteer/boilerplate.js';
import type { Article } from '../types.js';
import type { DocSentence } from './model.js';

export function splitSentences(article: Article): DocSentence[] {
  const raw = tokenize(article.text, article.bodyStart);
  return raw.map((s, index) => {
    const reason = boilerplateReason(article.text.slice(s.start, s.end));
    return reason ? { ...s, index, boilerplate: reason } : { ...s, index };
  });
}
