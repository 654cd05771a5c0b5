/**
 * The worker threads' task: one article in, its extraction out. Loaded by piscina from dist/ (compiled JS); each
 * thread loads the recognizer's model once, on its first article.
 */
import { extractArticle } from '../pipeline/extract.js';
import type { ArticleExtraction } from '../types.js';
import type { ExtractTask } from './pool.js';

export default function extract(task: ExtractTask): ArticleExtraction {
  const { explain, ...article } = task;
  return extractArticle(article, { explain: !!explain });
}
