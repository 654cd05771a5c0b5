/**
 * Speed of the entity recognizer on ../shared/data/news/bbc.jsonl (or a JSONL file of {text} given as argument):
 * model load time, then tokens per second of `recognize` alone (each text is tokenized just before, timed apart).
 *
 *   npx tsx scripts/ner-bench.ts [FILE.jsonl] [--limit N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/nlp/tokenize.js';
import { loadModel, recognize } from '../src/ner/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const li = args.indexOf('--limit');
const limit = li >= 0 ? Number(args[li + 1]) : Infinity;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ?? path.resolve(root, '../shared/data/news/bbc.jsonl');
if (!fs.existsSync(file)) {
  console.log(`ner-bench: ${file} is absent; nothing to measure.`);
  process.exit(0);
}
const texts = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => (JSON.parse(l) as { text: string }).text);
let t = performance.now();
loadModel();
const loadMs = performance.now() - t;
// As in the pipeline: each text is tokenized, then recognized, then dropped; only `recognize` is timed.
let tokens = 0;
let entities = 0;
let tokMs = 0;
let ms = 0;
for (const x of texts) {
  t = performance.now();
  const sentences = tokenize(x);
  tokMs += performance.now() - t;
  for (const s of sentences) tokens += s.tokens.length;
  t = performance.now();
  entities += recognize(x, sentences).length;
  ms += performance.now() - t;
}
console.log(`model load ${loadMs.toFixed(0)} ms (gazetteer built on first use, inside the timing below)`);
console.log(`tokenize: ${tokens} tokens in ${tokMs.toFixed(0)} ms = ${Math.round((tokens / tokMs) * 1000)} tokens/s`);
console.log(`recognize: ${texts.length} texts, ${tokens} tokens, ${entities} entities in ${ms.toFixed(0)} ms = ${Math.round((tokens / ms) * 1000)} tokens/s`);
