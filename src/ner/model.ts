/**
 * The recognizer's weights: a compact binary file (gzip) written by scripts/train-ner.ts and read here.
 *
 * Layout (little endian), after gunzip:
 *   magic "NKGN", u32 version, u32 numTags, u32 numFeatures, u32 numEntries, f32 scale, u32 gazetteer fingerprint,
 *   u32 feature groups (`FEATURE_GROUPS` bits),
 *   f32[(numTags + 1) * numTags] transitions (row 0 = sentence start),
 *   i32[numFeatures] feature hashes (sorted), u8[numFeatures] entries per feature,
 *   u8[numEntries] tag of each entry, i16[numEntries] weight of each entry (times scale).
 * Only non-zero weights are stored, so a feature costs 4 + 1 + 3 bytes per tag it votes for.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { maxMarginals, NUM_TAGS, viterbi } from './tags.js';
import { localIds, type SentenceFeatures } from './features.js';

const MAGIC = 0x4e474b4e; // "NKGN"
const VERSION = 3;

export interface Model {
  /**
   * feature hash → its weights: open addressing over pairs `[key, from << 5 | count]` (-1: empty slot); the
   * feature's weights are `entryWeight[from .. from + count)` for the tags `entryTag[from .. from + count)`.
   */
  table: Int32Array;
  mask: number;
  entryTag: Uint8Array;
  /** weights in units of `scale` (int16, as stored: half the memory of floats, so more of it stays in cache) */
  entryWeight: Int16Array;
  /** transition scores, also in units of `scale` */
  trans: Float64Array;
  scale: number;
  /** `gazetteerFingerprint()` of the gazetteer (and word classes) the weights were trained with */
  gazetteer: number;
  /** the feature groups the weights were trained with (`FEATURE_GROUPS` bits of features.ts) */
  groups: number;
}

export interface DenseWeights {
  /** feature hash of each row */
  keys: Int32Array;
  /** row-major [feature][tag] */
  weights: Float64Array;
  trans: Float64Array;
}

export class ModelFormatError extends Error {
  override name = 'ModelFormatError';
}

/** Serializes weights, dropping those whose magnitude is below `minWeight`. */
export function encodeModel(w: DenseWeights, minWeight: number, gazetteer: number, groups: number): Buffer {
  const T = NUM_TAGS;
  const order = Array.from(w.keys.keys()).sort((a, b) => w.keys[a]! - w.keys[b]!);
  let maxAbs = 0;
  for (const v of w.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 32767 || 1;
  const keys: number[] = [];
  const counts: number[] = [];
  const tags: number[] = [];
  const vals: number[] = [];
  for (const r of order) {
    let c = 0;
    for (let t = 0; t < T; t++) {
      const v = w.weights[r * T + t]!;
      const q = Math.round(v / scale);
      if (Math.abs(v) < minWeight || q === 0) continue;
      tags.push(t);
      vals.push(q);
      c++;
    }
    if (!c) continue;
    keys.push(w.keys[r]!);
    counts.push(c);
  }
  const nf = keys.length;
  const ne = tags.length;
  const headerBytes = 32;
  const transBytes = (T + 1) * T * 4;
  let size = headerBytes + transBytes + nf * 4 + nf + ne;
  if (size % 2) size++;
  const valuesAt = size;
  size += ne * 2;
  const buf = Buffer.alloc(size);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(VERSION, 4);
  buf.writeUInt32LE(T, 8);
  buf.writeUInt32LE(nf, 12);
  buf.writeUInt32LE(ne, 16);
  buf.writeFloatLE(scale, 20);
  buf.writeUInt32LE(gazetteer >>> 0, 24);
  buf.writeUInt32LE(groups >>> 0, 28);
  let o = headerBytes;
  for (let i = 0; i < (T + 1) * T; i++, o += 4) buf.writeFloatLE(Number.isFinite(w.trans[i]!) ? w.trans[i]! : 0, o);
  for (const k of keys) (buf.writeInt32LE(k, o), (o += 4));
  for (const c of counts) buf.writeUInt8(c, o++);
  for (const t of tags) buf.writeUInt8(t, o++);
  o = valuesAt;
  for (const v of vals) (buf.writeInt16LE(v, o), (o += 2));
  return gzipSync(buf, { level: 9 });
}

export function decodeModel(gz: Uint8Array): Model {
  const raw = gunzipSync(gz);
  const buf = new Uint8Array(raw.byteLength);
  buf.set(raw);
  const dv = new DataView(buf.buffer);
  if (dv.getUint32(0, true) !== MAGIC) throw new ModelFormatError('news-kg ner: model file has a wrong magic number.');
  if (dv.getUint32(4, true) !== VERSION) throw new ModelFormatError(`news-kg ner: unsupported model version ${dv.getUint32(4, true)}.`);
  const T = dv.getUint32(8, true);
  if (T !== NUM_TAGS) throw new ModelFormatError(`news-kg ner: model has ${T} tags, expected ${NUM_TAGS}.`);
  const nf = dv.getUint32(12, true);
  const ne = dv.getUint32(16, true);
  const scale = dv.getFloat32(20, true);
  const gazetteer = dv.getUint32(24, true);
  const groups = dv.getUint32(28, true);
  let o = 32;
  const trans = new Float64Array((T + 1) * T);
  for (let i = 0; i < trans.length; i++, o += 4) trans[i] = dv.getFloat32(o, true) / scale;
  const keys = new Int32Array(buf.buffer.slice(o, o + nf * 4));
  o += nf * 4;
  const counts = buf.subarray(o, o + nf);
  o += nf;
  const entryTag = buf.slice(o, o + ne);
  o += ne;
  if (o % 2) o++;
  const entryWeight = new Int16Array(buf.buffer.slice(o, o + ne * 2));
  let size = 1024;
  while (size < nf * 1.4) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size * 2).fill(-1);
  let at = 0;
  for (let r = 0; r < nf; r++) {
    let s = slot(keys[r]!, mask);
    while (table[2 * s + 1] !== -1) s = (s + 1) & mask;
    table[2 * s] = keys[r]!;
    table[2 * s + 1] = (at << 5) | counts[r]!;
    at += counts[r]!;
  }
  return { table, mask, entryTag, entryWeight, trans, scale, gazetteer, groups };
}

/** Whether the weights hold feature `key` (seen at least twice in training, and not pruned). */
export function hasFeature(model: Model, key: number): boolean {
  return findRow(model, key) !== -1;
}

/** The packed entry range of feature `key` in the weight table (open addressing, linear probing), or -1. */
function findRow(model: Model, key: number): number {
  const { table, mask } = model;
  let s = slot(key, mask);
  let packed = table[2 * s + 1]!;
  while (packed !== -1 && table[2 * s] !== key) {
    s = (s + 1) & mask;
    packed = table[2 * s + 1]!;
  }
  return packed;
}

function slot(key: number, mask: number): number {
  return (Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 7) & mask;
}

/**
 * Best tag sequence for one sentence, from its features and, optionally, its document-history features. When
 * `margins` is given, margins[i] receives how far the best path lies above the best path with another tag at token i
 * (max-marginals; a confidence, not a probability).
 */
export function tagSentence(
  model: Model,
  f: SentenceFeatures,
  extra?: { ids: Int32Array; offsets: Int32Array },
  margins?: Float64Array,
  prior?: (emit: Float64Array, n: number) => void,
): Int32Array {
  const n = f.tokens.length;
  const T = NUM_TAGS;
  if (emitBuffer.length < n * T) emitBuffer = new Float64Array(n * T * 2);
  const emit = emitBuffer;
  const k = f.caps ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const word = f.words[i]!;
    if (word.scoresOf !== model) {
      word.scoresOf = model;
      word.scores = [undefined, undefined];
    }
    let v = word.scores[k];
    if (!v) {
      v = new Float64Array(T);
      const ids = localIds(word, f.caps);
      addRow(model, ids, 0, ids.length, v, 0);
      word.scores[k] = v;
    }
    for (let t = 0; t < T; t++) emit[i * T + t] = v[t]!;
  }
  addEmissions(model, f, n, emit);
  if (extra) addEmissions(model, extra, n, emit);
  if (prior) prior(emit, n);
  const out = new Int32Array(n);
  viterbi(emit, n, model.trans, out);
  if (margins) {
    if (mmBuffer.length < n * T) mmBuffer = new Float64Array(n * T * 2);
    const mm = mmBuffer;
    maxMarginals(emit, n, model.trans, mm);
    let best = -Infinity;
    for (let t = 0; t < T; t++) best = Math.max(best, mm[t]!);
    for (let i = 0; i < n; i++) {
      let other = -Infinity;
      for (let t = 0; t < T; t++) if (t !== out[i] && mm[i * T + t]! > other) other = mm[i * T + t]!;
      margins[i] = (best - other) * model.scale;
    }
  }
  return out;
}

let mmBuffer = new Float64Array(0);
/** Scratch emission scores, reused from sentence to sentence (every cell used is written before it is read). */
let emitBuffer = new Float64Array(256 * NUM_TAGS);

function addEmissions(model: Model, f: { ids: Int32Array; offsets: Int32Array }, n: number, emit: Float64Array): void {
  for (let i = 0; i < n; i++) addRow(model, f.ids, f.offsets[i]!, f.offsets[i + 1]!, emit, i * NUM_TAGS);
}

/** Adds the weights of features `ids[from .. to)` to `out[base .. base + NUM_TAGS)`. */
function addRow(model: Model, ids: Int32Array, from: number, to: number, out: Float64Array, base: number): void {
  const { entryTag, entryWeight } = model;
  for (let k = from; k < to; k++) {
    const packed = findRow(model, ids[k]!);
    if (packed === -1) continue;
    const e0 = packed >>> 5;
    const e1 = e0 + (packed & 31);
    for (let e = e0; e < e1; e++) out[base + entryTag[e]!] += entryWeight[e]!;
  }
}
