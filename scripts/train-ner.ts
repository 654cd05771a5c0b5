/**
 * Trains the entity recognizer's weights (models/ner.bin.gz) from CoNLL-2003 train.
 *
 *   npx tsx scripts/train-ner.ts [--data ../shared/data/conll2003/train.txt] [--out models/ner.bin.gz]
 *                                [--without clusters,lists,document] [--holdout HELDOUT.jsonl [--fold K]]
 *
 * --without trains without those feature groups (for ablations; the model file records its groups). --holdout
 * keeps the last tenth of the documents (later days) out of training and writes it, as ../shared/tools/conll-docs.mjs would, for
 * `npm run ner-dev -- --docs HELDOUT.jsonl --model ...`: the slice of train that choices are measured on; --fold K
 * (0-9) holds out the K-th tenth instead.
 *
 * Averaged structured perceptron (Collins 2002) over BILOU tags with first-order Viterbi. Deterministic: documents
 * are read in file order, sentences are shuffled by a fixed-seed generator, and the same input gives the same bytes.
 * Documents are rebuilt as text (tokens joined by spaces, as ../shared/tools/conll-docs.mjs does) and tokenized by
 * the project tokenizer, so that training sees exactly the tokens inference sees.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/nlp/tokenize.js';
import { ALL_FEATURE_GROUPS, FEATURE_GROUPS, setFeatureGroups, allFeatureIds, featuresOfTokens, modelSentences, History, HISTORY_FEATURE_IDS, type ModelToken } from '../src/ner/features.js';
import { ENTITY_TYPES, NUM_TAGS, tagOf, typeOf, partOf, B, I, L, U, viterbi } from '../src/ner/tags.js';
import { encodeModel } from '../src/ner/model.js';
import { gazetteerFingerprint, soleNames } from '../src/ner/gazetteer.js';
import { mulberry32 } from '../src/util/random.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const DATA = path.resolve(root, opt('--data', '../shared/data/conll2003/train.txt'));
const OUT = path.resolve(root, opt('--out', 'models/ner.bin.gz'));
/** Training settings, each with its reason. */
const SETTINGS = {
  epochs: Number(opt('--epochs', '10')), // the averaged perceptron's training error levels off after ~10 passes over CoNLL train
  minCount: 2, // features seen once in training are noise, and pruning them halves the model
  minWeight: Number(opt('--min-weight', '0.25')), // averaged weights under 0.25 are dropped: 0.1 scores no better on held-out tenths of train, 0.5 makes the file a quarter smaller but costs 0.002-0.003 F1 there
  capsDocShare: 0.35, // share of documents also trained with some sentences upper-cased, so ALL-CAPS headlines work
  capsSentenceShare: 0.35, // share of sentences upper-cased in such a document
  capsAloneShare: 0.08, // share of sentences also trained upper-cased on their own, as a headline with no article
  titleDocShare: 0.15, // share of documents also trained with some sentences in Title Case, as many headlines are
  swapDocShare: 0.25, // share of documents also trained with one-word names swapped for gazetteer names (below)
  swapNameShare: 0.5, // share of a document's one-word names swapped
  seed: 20260101,
  runs: Number(opt('--runs', '3')), // perceptron runs averaged (bagging over sentence orders)
};

const rand = mulberry32(SETTINGS.seed);
let GROUPS: number = ALL_FEATURE_GROUPS;
for (const name of opt('--without', '').split(',').filter(Boolean)) {
  const bit = FEATURE_GROUPS[name as keyof typeof FEATURE_GROUPS];
  if (!bit) {
    console.error(`train-ner: --without ${name}: not a feature group (${Object.keys(FEATURE_GROUPS).join(', ')})`);
    process.exit(1);
  }
  GROUPS &= ~bit;
}
setFeatureGroups(GROUPS);
const HOLDOUT = opt('--holdout', '');

interface Doc {
  text: string;
  gold: Array<{ start: number; end: number; type: string }>;
}

function readConll(file: string): Doc[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const raw: Array<Array<Array<[string, string]>>> = [];
  let doc: Array<Array<[string, string]>> | null = null;
  let sent: Array<[string, string]> = [];
  const flush = (): void => {
    if (sent.length && doc) doc.push(sent);
    sent = [];
  };
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      doc = [];
      raw.push(doc);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const parts = line.split(' ');
    sent.push([parts[0]!, parts[parts.length - 1]!]);
  }
  flush();
  return raw.map((sents) => {
    let text = '';
    const gold: Doc['gold'] = [];
    let cur: Doc['gold'][number] | null = null;
    for (const s of sents) {
      s.forEach(([tok, tag], j) => {
        if (j > 0) text += ' ';
        const start = text.length;
        text += tok;
        const end = text.length;
        if (tag.startsWith('B-') || (tag.startsWith('I-') && (!cur || cur.type !== tag.slice(2)))) {
          cur = { start, end, type: tag.slice(2) };
          gold.push(cur);
        } else if (tag.startsWith('I-')) cur!.end = end;
        else cur = null;
      });
      cur = null;
      text += '\n';
    }
    return { text, gold };
  });
}

/** Gold BILOU tags of model tokens, from character spans. */
function goldTags(tokens: ModelToken[], gold: Doc['gold']): Int32Array {
  const tags = new Int32Array(tokens.length);
  for (const g of gold) {
    const type = ENTITY_TYPES.indexOf(g.type as (typeof ENTITY_TYPES)[number]);
    if (type < 0) continue;
    const inside: number[] = [];
    tokens.forEach((t, i) => {
      if (t.start >= g.start && t.end <= g.end) inside.push(i);
    });
    if (!inside.length) continue;
    if (inside.length === 1) tags[inside[0]!] = tagOf(type, U);
    else
      inside.forEach((i, k) => {
        tags[i] = tagOf(type, k === 0 ? B : k === inside.length - 1 ? L : I);
      });
  }
  return tags;
}

function upper(t: ModelToken): ModelToken {
  const u = t.text.toUpperCase();
  return u.length === t.text.length ? { ...t, text: u } : t;
}

/** Headline Title Case: every word capitalized but short function words. */
const TITLE_CASE_KEEP = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as']);
function titleCase(t: ModelToken, i: number): ModelToken {
  if (i > 0 && TITLE_CASE_KEEP.has(t.text)) return t;
  const u = t.text.charAt(0).toUpperCase() + t.text.slice(1);
  return u.length === t.text.length ? { ...t, text: u } : t;
}

// ---------------------------------------------------------------------------------------------------------------
if (!fs.existsSync(DATA)) {
  console.error(`train-ner: ${DATA} is absent: the CoNLL-2003 training file comes from ../shared, never from this repository.`);
  process.exit(1);
}
const t0 = Date.now();
let docs = readConll(DATA);
if (HOLDOUT) {
  // the last tenth by default: CoNLL-2003 train runs in date order, so these are later days' stories, as dev's are
  const fold = Number(opt('--fold', '9'));
  if (!Number.isInteger(fold) || fold < 0 || fold > 9) {
    console.error(`train-ner: --fold ${opt('--fold', '')}: a tenth of the documents, 0 to 9`);
    process.exit(1);
  }
  const from = Math.floor(docs.length * fold / 10);
  const cut = Math.floor(docs.length * (fold + 1) / 10);
  const held = docs.slice(from, cut);
  fs.writeFileSync(HOLDOUT, held.map((d, i) => JSON.stringify({ id: `heldout-${i}`, text: d.text, gold: d.gold })).join('\n') + '\n');
  docs = [...docs.slice(0, from), ...docs.slice(cut)];
}
/** Names to swap in, by entity type (index in ENTITY_TYPES), in Title Case. */
const SWAP_POOLS: Array<string[] | undefined> = ENTITY_TYPES.map((t) =>
  t === 'MISC' ? undefined : soleNames(t, (GROUPS & FEATURE_GROUPS.lists) !== 0).map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
);
interface Instance {
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
  tokens: ModelToken[];
}
/** Sentences in document order: a group shares a document history. Case variants form groups of their own. */
const rawGroups: Instance[][] = [];
let tokenCount = 0;
for (const doc of docs) {
  const sents = modelSentences(doc.text, tokenize(doc.text));
  const golds = sents.map((toks) => goldTags(toks, doc.gold));
  const feats = featuresOfTokens(sents);
  rawGroups.push(feats.map((f, i) => ({ ...allFeatureIds(f), gold: golds[i]!, tokens: f.tokens })));
  for (const f of feats) tokenCount += f.tokens.length;
  // Case variants: only the changed sentences are added, with features computed in their document (or alone).
  const variant = (share: number, sentShare: number, change: (t: ModelToken, i: number) => ModelToken): void => {
    if (rand() >= share) return;
    const chosen = sents.map(() => rand() < sentShare);
    const copy = sents.map((toks, i) => (chosen[i] ? toks.map(change) : toks));
    const group: Instance[] = [];
    featuresOfTokens(copy).forEach((f, i) => {
      if (chosen[i]) group.push({ ...allFeatureIds(f), gold: golds[i]!, tokens: f.tokens });
    });
    if (group.length) rawGroups.push(group);
  };
  variant(SETTINGS.capsDocShare, SETTINGS.capsSentenceShare, upper);
  variant(SETTINGS.titleDocShare, SETTINGS.capsSentenceShare, titleCase);
  // Unseen names (mention replacement, Dai & Adel 2020): a one-word PER, ORG or LOC name is swapped, all through the
  // document, for a word the gazetteer gives to that type alone, so that the model learns how far such a hit is
  // trusted when it has never seen the word (CoNLL's names recur in training; 2020s names do not).
  if (GROUPS & FEATURE_GROUPS.lists && rand() < SETTINGS.swapDocShare) {
    const swap = new Map<string, string>();
    const copy = sents.map((toks, si) =>
      toks.map((t, i) => {
        const tag = golds[si]![i]!;
        const pool = tag && partOf(tag) === U ? SWAP_POOLS[typeOf(tag)] : undefined;
        if (!pool || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return t;
        if (!swap.has(t.text)) swap.set(t.text, rand() < SETTINGS.swapNameShare ? pool[Math.floor(rand() * pool.length)]! : t.text);
        return { ...t, text: swap.get(t.text)! };
      }),
    );
    if ([...swap].some(([a, b]) => a !== b)) rawGroups.push(featuresOfTokens(copy).map((f, i) => ({ ...allFeatureIds(f), gold: golds[i]!, tokens: f.tokens })));
  }
  sents.forEach((toks, i) => {
    if (rand() >= SETTINGS.capsAloneShare) return;
    const [f] = featuresOfTokens([toks.map(upper)]);
    rawGroups.push([{ ...allFeatureIds(f!), gold: golds[i]!, tokens: f!.tokens }]);
  });
}
const sentenceCount = rawGroups.reduce((a, g) => a + g.length, 0);
console.error(`read ${docs.length} documents, ${tokenCount} tokens, ${sentenceCount} sentences (with case variants) in ${Date.now() - t0} ms`);

// feature index: keep features seen at least minCount times
const counts = new Map<number, number>();
for (const g of rawGroups) for (const inst of g) for (const id of inst.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
for (const id of HISTORY_FEATURE_IDS) counts.set(id, SETTINGS.minCount);
const index = new Map<number, number>();
const keys: number[] = [];
for (const [id, c] of counts) {
  if (c < SETTINGS.minCount) continue;
  index.set(id, keys.length);
  keys.push(id);
}
counts.clear();
/** Feature hashes → feature indices (unknown hashes dropped). */
function indexed(r: { ids: Int32Array; offsets: Int32Array }): { ids: Int32Array; offsets: Int32Array } {
  const ids: number[] = [];
  const offsets = new Int32Array(r.offsets.length);
  for (let i = 0; i + 1 < r.offsets.length; i++) {
    offsets[i] = ids.length;
    for (let k = r.offsets[i]!; k < r.offsets[i + 1]!; k++) {
      const x = index.get(r.ids[k]!);
      if (x !== undefined) ids.push(x);
    }
  }
  offsets[r.offsets.length - 1] = ids.length;
  return { ids: Int32Array.from(ids), offsets };
}
const groups: Instance[][] = rawGroups.map((g) => g.map((r) => ({ ...indexed(r), gold: r.gold, tokens: r.tokens })));
console.error(`${keys.length} features kept`);

const T = NUM_TAGS;
const typeOfTag = (tag: number): number => (tag ? typeOf(tag) : -1);
/** One averaged-perceptron run over all groups, sentences in an order drawn from `seed`. */
function trainOnce(seed: number): { weights: Float64Array; trans: Float64Array } {
  const rand = mulberry32(seed);
  const W = new Float64Array(keys.length * T);
  const Wacc = new Float64Array(keys.length * T);
  const TR = new Float64Array((T + 1) * T);
  const TRacc = new Float64Array((T + 1) * T);
  let c = 1;
  const order = groups.map((_, i) => i);
  for (let epoch = 1; epoch <= SETTINGS.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let toks = 0;
    const te = Date.now();
    for (const g of order) {
      const history = new History();
      for (const inst of groups[g]!) {
        const n = inst.gold.length;
        if (!n) continue;
        const feats = [inst, indexed(history.features(inst.tokens))];
        const emit = new Float64Array(n * T);
        for (const fs of feats)
          for (let i = 0; i < n; i++)
            for (let f = fs.offsets[i]!; f < fs.offsets[i + 1]!; f++) {
              const base = fs.ids[f]! * T;
              for (let t = 0; t < T; t++) emit[i * T + t] += W[base + t]!;
            }
        const pred = new Int32Array(n);
        viterbi(emit, n, TR, pred);
        toks += n;
        for (let i = 0; i < n; i++) {
          const gt = inst.gold[i]!;
          const p = pred[i]!;
          const gPrev = i ? inst.gold[i - 1]! : -1;
          const pPrev = i ? pred[i - 1]! : -1;
          if (gt !== p) {
            errors++;
            for (const fs of feats)
              for (let f = fs.offsets[i]!; f < fs.offsets[i + 1]!; f++) {
                const base = fs.ids[f]! * T;
                W[base + gt] += 1;
                Wacc[base + gt] += c;
                W[base + p] -= 1;
                Wacc[base + p] -= c;
              }
          }
          if (gt !== p || gPrev !== pPrev) {
            TR[(gPrev + 1) * T + gt] += 1;
            TRacc[(gPrev + 1) * T + gt] += c;
            TR[(pPrev + 1) * T + p] -= 1;
            TRacc[(pPrev + 1) * T + p] -= c;
          }
        }
        history.record(inst.tokens, pred, typeOfTag);
        c++;
      }
    }
    console.error(`epoch ${epoch}: token errors ${errors} / ${toks} (${((100 * errors) / toks).toFixed(2)}%) ${Date.now() - te} ms`);
  }


  const weights = new Float64Array(W.length);
  for (let i = 0; i < W.length; i++) weights[i] = W[i]! - Wacc[i]! / c;
  const trans = new Float64Array(TR.length);
  for (let i = 0; i < TR.length; i++) trans[i] = TR[i]! - TRacc[i]! / c;
  return { weights, trans };
}

// Bagging: the mean of several runs that differ only in sentence order is steadier on unseen text than any one run.
const avg = new Float64Array(keys.length * T);
const avgTr = new Float64Array((T + 1) * T);
for (let r = 0; r < SETTINGS.runs; r++) {
  const run = trainOnce(SETTINGS.seed + 1 + r);
  for (let i = 0; i < avg.length; i++) avg[i] += run.weights[i]! / SETTINGS.runs;
  for (let i = 0; i < avgTr.length; i++) avgTr[i] += run.trans[i]! / SETTINGS.runs;
}
const bytes = encodeModel({ keys: Int32Array.from(keys), weights: avg, trans: avgTr }, SETTINGS.minWeight,
  gazetteerFingerprint((GROUPS & FEATURE_GROUPS.lists) !== 0, (GROUPS & FEATURE_GROUPS.clusters) !== 0),
  GROUPS,
);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, bytes);
console.error(`wrote ${path.relative(root, OUT)}: ${(bytes.length / 1e6).toFixed(2)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
