import { extract } from '../tests/helpers/article.js';
import { extractArticle } from '../src/pipeline/extract.js';
import { article } from '../tests/helpers/article.js';
for (const t of process.argv.slice(2)) {
  const x = extractArticle(article(t, '2022-12-22'), { explain: true });
  for (const c of x.candidates ?? []) console.log(c.trigger, c.decision, c.score, JSON.stringify(c.reasons), JSON.stringify(c.parties.map((p) => [p.label, p.score])));
  void extract;
}
