/** Step 1: sentences and tokens of the article body, with bylines and credits marked as boilerplate. */
import { tokenize } from '../nlp/tokenize.js';
import { boilerplateReason } from '../gazetteer/boilerplate.js';
import type { Article } from '../types.js';
import type { DocSentence } from './model.js';

/** A wire-service dateline at the start of the body ("WARSAW, March 2 - ", "PONTIAC, Mich., March 26 - "), possibly after
 * a headline line: it is a segment of its own, so its city is not read as a place of the first sentence's events. */
const DATELINE = /^((?:[^\n]*\n)?\s*\p{Lu}[\p{Lu}\p{L} .'’-]*(?:,\s*[\p{L}. ]+)*,\s+[A-Za-z]{3,9}\.?\s+\d{1,2}\b[^\n]{0,20}?\s[-–—]\s)/u;

export function splitSentences(article: Article): DocSentence[] {
  const body = article.text.slice(article.bodyStart, article.bodyStart + 300);
  const dl = DATELINE.exec(body);
  const cut = dl ? article.bodyStart + dl[1]!.length : article.bodyStart;
  const raw = [...tokenize(article.text, article.bodyStart, cut), ...tokenize(article.text, cut)];
  return raw.map((s, index) => {
    const text = article.text.slice(s.start, s.end);
    const reason = boilerplateReason(text);
    const headline = /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
    return { ...s, index, ...(reason ? { boilerplate: reason } : {}), ...(headline ? { headline } : {}) };
  });
}
