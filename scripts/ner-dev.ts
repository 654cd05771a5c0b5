/**
 * Measures the entity recognizer alone on CoNLL-2003 dev with the shared scorer, and reports load time and speed.
 *
 *   npx tsx scripts/ner-dev.ts [--docs DEV.jsonl] [--pred OUT.jsonl] [--model WEIGHTS.bin.gz] [--errors] [--classes]
 *
 * DEV.jsonl is what ../shared/tools/conll-docs.mjs prints (made here when not given). Predictions are written as
 * `{id, entities: [{start, end, kind}]}` (kind person / organization / location / misc) for ../shared/tools/ner-score.mjs.
 * --classes counts the errors of each type by class: a gold span found with another type, found with other bounds,
 * missed; a predicted span that is gold of another type, overlaps gold with other bounds, or is nothing in gold. Gold
 * spans missed that end in "." or "'s" are counted apart: the scorer trims a predicted span's full stop, and spans
 * never end in a possessive. (Counts here compare exact offsets; the scorer's own figures are above.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/nlp/tokenize.js';
import { loadModel, recognize, type NerSpan } from '../src/ner/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!fs.existsSync(path.join(shared, 'data/conll2003/dev.txt'))) {
  console.log('ner-dev: ../shared/data/conll2003/dev.txt is absent; nothing to measure.');
  process.exit(0);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ner-'));
const docsFile = opt('--docs') ?? path.join(tmp, 'dev.jsonl');
if (!opt('--docs')) {
  fs.writeFileSync(docsFile, execFileSync('node', [path.join(shared, 'tools/conll-docs.mjs'), path.join(shared, 'data/conll2003/dev.txt')], { maxBuffer: 1 << 28 }));
}
const predFile = opt('--pred') ?? path.join(tmp, 'pred.jsonl');
const docs = fs.readFileSync(docsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; gold: Array<{ start: number; end: number; type: string }> });

const KIND: Record<NerSpan['type'], string> = { PER: 'person', ORG: 'organization', LOC: 'location', MISC: 'misc' };
let t = Date.now();
loadModel(opt('--model'));
const loadMs = Date.now() - t;
const sentences = docs.map((d) => tokenize(d.text));
let tokens = 0;
for (const ss of sentences) for (const s of ss) tokens += s.tokens.length;
t = performance.now();
const preds = docs.map((d, i) => recognize(d.text, sentences[i]!));
const nerMs = performance.now() - t;
fs.writeFileSync(predFile, preds.map((p, i) => JSON.stringify({ id: docs[i]!.id, entities: p.map((s) => ({ start: s.start, end: s.end, kind: KIND[s.type] })) })).join('\n') + '\n');
console.log(execFileSync('node', [path.join(shared, 'tools/ner-score.mjs'), docsFile, predFile], { encoding: 'utf8' }).trimEnd());
console.log(`model load ${loadMs} ms; recognize ${tokens} tokens in ${nerMs.toFixed(0)} ms = ${Math.round((tokens / nerMs) * 1000)} tokens/s (cold: gazetteer build and JIT warm-up included, tokenizer not; see scripts/ner-bench.ts)`);

if (args.includes('--errors')) {
  // false positives / negatives with their context, for reading (never for tuning sentence by sentence)
  for (const [i, d] of docs.entries()) {
    const gold = new Set(d.gold.filter((g) => g.type !== 'MISC').map((g) => `${g.start}:${g.end}:${g.type}`));
    const pred = new Set(preds[i]!.filter((p) => p.type !== 'MISC').map((p) => `${p.start}:${p.end}:${p.type}`));
    const ctx = (s: number, e: number): string => (d.text.slice(Math.max(0, s - 30), s) + '[' + d.text.slice(s, e) + ']' + d.text.slice(e, e + 30)).replace(/\n/g, '|');
    for (const k of pred) if (!gold.has(k)) { const [s, e, ty] = k.split(':'); console.log(`FP ${ty}\t${ctx(+s!, +e!)}`); }
    for (const k of gold) if (!pred.has(k)) { const [s, e, ty] = k.split(':'); console.log(`FN ${ty}\t${ctx(+s!, +e!)}`); }
  }
}
if (args.includes('--classes')) {
  const counts = new Map<string, number>();
  const count = (k: string): void => void counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const [i, d] of docs.entries()) {
    const pred = preds[i]!;
    const gold = d.gold.filter((g) => g.type !== 'MISC');
    for (const g of gold) {
      if (pred.some((p) => p.start === g.start && p.end === g.end && p.type === g.type)) continue;
      const surface = d.text.slice(g.start, g.end);
      const same = pred.find((p) => p.start === g.start && p.end === g.end);
      const over = pred.find((p) => p.start < g.end && p.end > g.start);
      count(`FN ${g.type} ${/(\.|'s)$/.test(surface) ? 'unmatchable (ends in . or \'s)' : same ? `read as ${same.type}` : over ? `other bounds (${over.type})` : 'missed'}`);
    }
    for (const p of pred.filter((q) => q.type !== 'MISC')) {
      if (d.gold.some((g) => g.start === p.start && g.end === p.end && g.type === p.type)) continue;
      const same = d.gold.find((g) => g.start === p.start && g.end === p.end);
      const over = d.gold.find((g) => g.start < p.end && g.end > p.start);
      count(`FP ${p.type} ${same ? `gold ${same.type}` : over ? `other bounds (gold ${over.type})` : 'not in gold'}`);
    }
  }
  for (const [k, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);
}
fs.rmSync(tmp, { recursive: true, force: true });
