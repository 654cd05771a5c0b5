import { parseTextArticle } from '../../src/input/read.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { InputError } from '../../src/errors.js';
import type { Article, ArticleExtraction } from '../../src/types.js';

/** An article from a text, as if read from `<id>.txt` with a ` date YYYY-MM-DD ` first line. */
export function article(text: string, date: string | null = '2022-12-22', id = 'a1'): Article {
  const item = parseTextArticle(date ? ` date ${date} ${text}` : text, id, `${id}.txt`);
  if (item instanceof InputError) throw item;
  return item;
}

export function extract(text: string, date: string | null = '2022-12-22', id = 'a1'): ArticleExtraction {
  return extractArticle(article(text, date, id));
}
