/**
 * Induces the word classes the entity recognizer uses as features (models/word-clusters.tsv.gz) from unlabeled news.
 *
 *   nice -n 10 npx tsx scripts/word-clusters.ts [--out models/word-clusters.tsv.gz]
 *
 * Text: ../shared/data/news/allsides-15k.jsonl.gz (US news 2012-2020, read through gunzip in memory), BBC news
 * (../shared/data/news/bbc.jsonl) and the tokens of CoNLL-2003 train. It is tokenized as the recognizer tokenizes
 * (project tokenizer, then model tokens), digits read as 0. The text never enters the repository; only the classes.
 *
 * Method: the bidirectional exchange algorithm (Martin, Liermann & Ney 1998; Uszkoreit & Brants 2008; Dehdari et al.
 * 2016), run top-down to make a tree: words are first exchanged among LEVELS[0] classes, then within each class among
 * LEVELS[1] sub-classes, and so on. At every level a word moves to the class that most raises the likelihood of the
 * corpus under the model P(w | v) = P(c(w) | v) P(w | c(w)) and its mirror P(v | w) for the word to the right, so
 * words that share left and right neighbours share a class. A word's class path ("3.12.5") gives prefixes of several
 * lengths, as the prefixes of Brown cluster bit strings do (Ratinov & Roth 2009).
 *
 * Deterministic: words are visited in frequency order (ties by code point), initial classes are dealt round-robin,
 * and ties keep a word where it is; the same text gives the same bytes. Budget: well under 15 minutes on one core.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/nlp/tokenize.js';
import { modelSentences } from '../src/ner/features.js';
import { clusterKey } from '../src/ner/clusters.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const SHARED = path.resolve(root, '../shared/data');
const OUT = path.resolve(root, opt('--out', 'models/word-clusters.tsv.gz'));
/** Settings, each with its reason. */
const SETTINGS = {
  minCount: Number(opt('--min-count', '4')), // a word seen fewer times has too few neighbours to place it
  maxVocab: Number(opt('--max-vocab', '120000')), // bounds memory (counts are vocabulary x classes)
  levels: (opt('--levels', '16,8,8')).split(',').map(Number), // 1024 leaves, as Ratinov & Roth's 1000 Brown clusters
  iterations: Number(opt('--iterations', '12')), // passes per level; moves level off well before
  maxArticles: Number(opt('--max-articles', '1000000')),
};

const t0 = Date.now();
const log = (msg: string): void => console.error(`[${((Date.now() - t0) / 1000).toFixed(0)} s] ${msg}`);

// ---------------------------------------------------------------------------------------------------------------
// 1. text → token ids (0 = line start / end)

const vocab = new Map<string, number>();
const words: string[] = ['<s>'];
vocab.set('<s>', 0);
/** Token stream: word ids, 0 between sentences. */
let stream = new Int32Array(1 << 24);
let len = 0;
function push(id: number): void {
  if (len === stream.length) {
    const bigger = new Int32Array(stream.length * 2);
    bigger.set(stream);
    stream = bigger;
  }
  stream[len++] = id;
}
function idOf(w: string): number {
  let id = vocab.get(w);
  if (id === undefined) {
    id = words.length;
    vocab.set(w, id);
    words.push(w);
  }
  return id;
}
function addText(text: string): void {
  for (const toks of modelSentences(text, tokenize(text))) {
    push(0);
    for (const t of toks) push(idOf(clusterKey(t.text)));
  }
}

async function readJsonl(file: string, gz: boolean): Promise<number> {
  const input = fs.createReadStream(file);
  const rl = readline.createInterface({ input: gz ? input.pipe(zlib.createGunzip()) : input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    if (!line.trim() || n >= SETTINGS.maxArticles) continue;
    const a = JSON.parse(line) as { title?: string; text?: string };
    const text = a.text ?? '';
    // a text that does not start with its title gets the title as a headline line of its own
    addText(a.title && !text.startsWith(a.title) ? a.title + '\n\n' + text : text);
    n++;
  }
  return n;
}

function readConllTrain(file: string): number {
  let sent: string[] = [];
  let n = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-') || !line.trim()) {
      if (sent.length) {
        addText(sent.join(' '));
        n++;
      }
      sent = [];
      continue;
    }
    sent.push(line.split(' ')[0]!);
  }
  return n;
}

const nAll = await readJsonl(path.join(SHARED, 'news/allsides-15k.jsonl.gz'), true);
log(`allsides: ${nAll} articles, ${len} tokens`);
const nBbc = await readJsonl(path.join(SHARED, 'news/bbc.jsonl'), false);
log(`bbc: ${nBbc} articles, ${len} tokens`);
const nConll = readConllTrain(path.join(SHARED, 'conll2003/train.txt'));
log(`conll train: ${nConll} sentences, ${len} tokens, ${words.length} distinct words`);
push(0);

// ---------------------------------------------------------------------------------------------------------------
// 2. vocabulary: frequent words, ordered by count (ties by code point); the rest share one id

const count = new Float64Array(words.length);
for (let i = 0; i < len; i++) count[stream[i]!]++;
const kept = words
  .map((w, id) => ({ w, id, c: count[id]! }))
  .filter((x) => x.id > 0 && x.c >= SETTINGS.minCount)
  .sort((a, b) => b.c - a.c || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0))
  .slice(0, SETTINGS.maxVocab);
// new ids: 0 = boundary, 1 = rare word, 2.. = kept words
const V = kept.length + 2;
const remap = new Int32Array(words.length).fill(1);
remap[0] = 0;
kept.forEach((x, k) => (remap[x.id] = k + 2));
const names = ['<s>', '<rare>', ...kept.map((x) => x.w)];
log(`vocabulary: ${kept.length} words seen at least ${SETTINGS.minCount} times`);

// bigram counts, as sorted keys left * V + right
const keys = new Float64Array(len - 1);
for (let i = 0; i + 1 < len; i++) keys[i] = remap[stream[i]!]! * V + remap[stream[i + 1]!]!;
keys.sort();
const bl: number[] = [];
const br: number[] = [];
const bc: number[] = [];
for (let i = 0; i < keys.length; ) {
  let j = i + 1;
  while (j < keys.length && keys[j] === keys[i]) j++;
  const l = Math.floor(keys[i]! / V);
  const r = keys[i]! - l * V;
  if (!(l === 0 && r === 0)) {
    bl.push(l);
    br.push(r);
    bc.push(j - i);
  }
  i = j;
}
log(`${bc.length} distinct bigrams`);

/** Compressed rows: for each word, its neighbours on one side and how often. */
function csr(from: number[], to: number[]): { start: Int32Array; nb: Int32Array; n: Int32Array } {
  const start = new Int32Array(V + 1);
  for (const f of from) start[f + 1]!++;
  for (let i = 0; i < V; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, V);
  const nb = new Int32Array(from.length);
  const n = new Int32Array(from.length);
  for (let k = 0; k < from.length; k++) {
    const at = fill[from[k]!]!++;
    nb[at] = to[k]!;
    n[at] = bc[k]!;
  }
  return { start, nb, n };
}
const left = csr(br, bl); // word → its left neighbours
const right = csr(bl, br); // word → its right neighbours
const wordCount = new Float64Array(V);
for (let k = 0; k < bc.length; k++) wordCount[bl[k]!] += bc[k]!;

// ---------------------------------------------------------------------------------------------------------------
// 3. top-down exchange

const G_TABLE = new Float64Array(1 << 16);
for (let x = 1; x < G_TABLE.length; x++) G_TABLE[x] = x * Math.log(x);
const g = (x: number): number => (x < 65536 ? G_TABLE[x]! : x * Math.log(x));

/** Class of each word at the current level (boundary and rare words included: they are words of the text too). */
let cls = new Int32Array(V);
let total = 1;
for (const [level, k] of SETTINGS.levels.entries()) {
  const K = total * k;
  // deal each parent's words round-robin over its k children, in frequency order
  const seen = new Int32Array(total);
  const next = new Int32Array(V);
  for (let w = 0; w < V; w++) {
    const p = cls[w]!;
    next[w] = p * k + (seen[p]!++ % k);
  }
  cls = next;
  // NL[v * K + c]: bigrams (v, x) with c(x) = c; NR[c + u * K]: bigrams (x, u) with c(x) = c; NC[c]: count of c
  const NL = new Int32Array(V * K);
  const NR = new Int32Array(V * K);
  const NC = new Float64Array(K);
  for (let w = 0; w < V; w++) {
    const c = cls[w]!;
    NC[c] += wordCount[w]!;
    for (let e = left.start[w]!; e < left.start[w + 1]!; e++) NL[left.nb[e]! * K + c] += left.n[e]!;
    for (let e = right.start[w]!; e < right.start[w + 1]!; e++) NR[right.nb[e]! * K + c] += right.n[e]!;
  }
  const delta = new Float64Array(k);
  for (let it = 1; it <= SETTINGS.iterations; it++) {
    let moves = 0;
    for (let w = 2; w < V; w++) {
      const a = cls[w]!;
      const base = a - (a % k);
      const nw = wordCount[w]!;
      // take w out of its class
      for (let e = left.start[w]!; e < left.start[w + 1]!; e++) NL[left.nb[e]! * K + a] -= left.n[e]!;
      for (let e = right.start[w]!; e < right.start[w + 1]!; e++) NR[right.nb[e]! * K + a] -= right.n[e]!;
      NC[a] -= nw;
      // gain of putting it in each sibling class
      for (let j = 0; j < k; j++) delta[j] = -2 * (g(NC[base + j]! + nw) - g(NC[base + j]!));
      for (const side of [left, right]) {
        const N = side === left ? NL : NR;
        for (let e = side.start[w]!; e < side.start[w + 1]!; e++) {
          const n = side.n[e]!;
          const row = side.nb[e]! * K + base;
          for (let j = 0; j < k; j++) {
            const x = N[row + j]!;
            delta[j] += g(x + n) - g(x);
          }
        }
      }
      let best = a - base;
      for (let j = 0; j < k; j++) if (delta[j]! > delta[best]! + 1e-9) best = j;
      const b = base + best;
      if (b !== a) moves++;
      cls[w] = b;
      for (let e = left.start[w]!; e < left.start[w + 1]!; e++) NL[left.nb[e]! * K + b] += left.n[e]!;
      for (let e = right.start[w]!; e < right.start[w + 1]!; e++) NR[right.nb[e]! * K + b] += right.n[e]!;
      NC[b] += nw;
    }
    log(`level ${level + 1} (${K} classes), pass ${it}: ${moves} words moved`);
    if (moves < V / 1000) break;
  }
  total = K;
}

// ---------------------------------------------------------------------------------------------------------------
// 4. write "word <TAB> path" lines, path = class index at each level, dot-separated

const lines: string[] = [];
for (let w = 2; w < V; w++) {
  const parts: number[] = [];
  let c = cls[w]!;
  for (let l = SETTINGS.levels.length - 1; l >= 0; l--) {
    parts.unshift(c % SETTINGS.levels[l]!);
    c = Math.floor(c / SETTINGS.levels[l]!);
  }
  lines.push(`${names[w]}\t${parts.join('.')}`);
}
const header = `# word classes for the entity recognizer, made by scripts/word-clusters.ts (levels ${SETTINGS.levels.join(',')}; ${V - 2} words)\n`;
const bytes = zlib.gzipSync(header + lines.join('\n') + '\n', { level: 9 });
fs.mkdirSync(path.dirname(OUT), { recursive: true });
const tmp = OUT + '.tmp';
fs.writeFileSync(tmp, bytes);
fs.renameSync(tmp, OUT);
log(`wrote ${path.relative(root, OUT)}: ${lines.length} words, ${(bytes.length / 1e6).toFixed(2)} MB`);
