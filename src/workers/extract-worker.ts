/**
 * The worker threads' task: one article in, its extraction out. Loaded by piscina from dist/ (compiled JS); each
 * thread loads the recognizer's model once, on its first article.
 */
import { extractArticle } from '../pipeline/extract.js';
import type { Article, ArticleExtraction } from '../types.js';

export default function extract(article: Article): ArticleExtraction {
  return extractArticle(article);
}
