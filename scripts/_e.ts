import { readArticles } from '../src/input/read.js';
import { extractArticle } from '../src/pipeline/extract.js';
for await (const a of readArticles(['seeds'])) {
  if (!('text' in a)) continue;
  const x = extractArticle(a, { explain: true });
  for (const m of x.meetings) console.log('M', m.participants.map((p) => p.label).join('+'), m.date, m.place?.label, m.status, m.trigger);
  for (const c of x.candidates ?? []) console.log(' ', c.trigger, c.decision, c.score, JSON.stringify(c.parties.filter((p) => p.score > 0).map((p) => p.label)), x.sentences[c.sentence]!.text.slice(0, 80));
}
