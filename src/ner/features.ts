/**
 * Feature extraction of the entity recognizer: the one module that training (scripts/train-ner.ts) and inference
 * (src/ner/index.ts) share, so that what the model was trained on is exactly what it sees.
 *
 * Steps: 1. the project's sentences become model tokens (the project tokens, plus the punctuation between them as
 * tokens of their own, as in CoNLL-2003); 2. each token gets attributes (normalized word, shape, gazetteer classes,
 * how the word is written elsewhere in the document, what earlier sentences tagged it as); 3. templates over a window
 * of one token each side (and the run of capitalized words around it) turn these into 32-bit feature ids: a word's
 * own features hash its strings once per distinct word (FNV-1a), contextual ones mix those per-word hashes with
 * integer steps (murmur3), so no feature string is ever built per token.
 */
import type { Sentence } from '../nlp/tokenize.js';
import { isPointedAbbreviation } from '../gazetteer/normalize.js';
import { gazetteer, GAZ_CLASSES, wordClasses } from './gazetteer.js';
import { clusterOf, plainForm } from './clusters.js';

/**
 * Groups of features a model can be trained with: bit 1 word classes (src/ner/clusters.ts), bit 2 the list
 * gazetteer (models/gazetteers.tsv.gz), bit 4 document consistency: the contexts of a name's other occurrences in
 * the document as features (`aggregate`), and the type vote of src/ner/consistency.ts. The model file records its
 * groups, and loading it sets them, so a model is always read with the features it was trained with.
 */
export const FEATURE_GROUPS = { clusters: 1, lists: 2, document: 4 } as const;
export const ALL_FEATURE_GROUPS = 7;
let groups: number = ALL_FEATURE_GROUPS;

/** Selects the feature groups (training sets them from its flags, loading a model from the file). */
export function setFeatureGroups(mask: number): void {
  if (mask === groups) return;
  groups = mask;
  WORDS.clear();
  LOWER_KEYS.clear();
}
export function featureGroups(): number {
  return groups;
}
const useLists = (): boolean => (groups & FEATURE_GROUPS.lists) !== 0;

/** Reads what the selected feature groups need (gazetteer, word classes) now rather than on first use. */
export function prepareFeatures(): void {
  gazetteer(useLists());
  if (groups & FEATURE_GROUPS.clusters) clusterOf('');
}

export interface ModelToken {
  text: string;
  start: number;
  end: number;
  /** A line break stands between this token and the one before it in the sentence. */
  lineStart?: boolean;
}

/**
 * Features of one sentence. A token's features are its word's own (`localIds(words[i], caps)`: the same wherever
 * the word stands, so inference caches their summed weights per word) plus its contextual ones,
 * `ids.slice(offsets[i], offsets[i + 1])`.
 */
export interface SentenceFeatures {
  tokens: ModelToken[];
  words: WordInfo[];
  /** the sentence is written in capitals only */
  caps: boolean;
  ids: Int32Array;
  offsets: Int32Array;
}

const IS_SPACE = /\s/u;

/** The sentence's tokens plus the punctuation between them (runs of one repeated char, like "..." or "--", as one). */
export function modelTokens(text: string, sentence: Sentence): ModelToken[] {
  const out: ModelToken[] = [];
  let pos = sentence.start;
  let newline = false;
  const push = (t: ModelToken): void => {
    if (newline) t.lineStart = true;
    newline = false;
    out.push(t);
  };
  const gap = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      const ch = text[i]!;
      if (IS_SPACE.test(ch)) {
        if (ch === '\n' && out.length) newline = true;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < to && text[j] === ch) j++;
      // keep surrogate pairs whole
      const code = text.charCodeAt(j - 1);
      if (code >= 0xd800 && code <= 0xdbff && j < to) j++;
      push({ text: text.slice(i, j), start: i, end: j });
      i = j;
    }
  };
  for (const t of sentence.tokens) {
    if (t.start >= pos) gap(pos, t.start);
    if (t.end <= t.start) continue;
    if (t.text.length > 1 && t.text.includes('/')) {
      // "Veselov/Shutterstock.com", "and/or": the slash separates words, as CoNLL's tokens do
      let from = 0;
      for (let k = 0; k <= t.text.length; k++) {
        if (k < t.text.length && t.text[k] !== '/') continue;
        if (k > from) push({ text: t.text.slice(from, k), start: t.start + from, end: t.start + k });
        if (k < t.text.length) push({ text: '/', start: t.start + k, end: t.start + k + 1 });
        from = k + 1;
      }
    } else push({ text: t.text, start: t.start, end: t.end });
    pos = Math.max(pos, t.end);
  }
  if (sentence.end > pos) gap(pos, sentence.end);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// hashing

const FNV_PRIME = 16777619;
function hashStr(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}
function hashSep(h: number): number {
  h ^= 0x1f;
  return Math.imul(h, FNV_PRIME);
}

/** murmur3 steps: contextual features combine per-word hashes (computed once per word) with integer ops only. */
function mix(h: number, x: number): number {
  let k = Math.imul(x, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}
function fin(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
const f1 = (seed: number, a: number): number => fin(mix(seed, a));
const f2 = (seed: number, a: number, b: number): number => fin(mix(mix(seed, a), b));
const f3 = (seed: number, a: number, b: number, c: number): number => fin(mix(mix(mix(seed, a), b), c));

/** Feature templates; a template's id is the hash of its name, so the list's order does not matter. */
const TEMPLATES = [
  'bias', 'w', 'raw', 'w-1', 'w+1', 'w-1|w', 'w|w+1', 'shape', 'ss-1', 'ss+1', 'ss-1|ss', 'ss|ss+1',
  'ss-1|ss|ss+1', 'pre', 'suf', 'init|ss', 'caps|ss', 'g0', 'g-1', 'g+1', 'gp0', 'gp-1', 'gp+1', 'df|ss', 'w-1|ss',
  'ss', 'caps|w', 'g0|ss', 'len', 'link|g-1|g+1', 'nl|ss', 'eol|ss', 'unknown|caps|ss', 'run|len|pos', 'tc|ss',
  'tc|df|init', 'c1', 'c2', 'c3', 'c3|ss', 'c2-1', 'c2+1', 'c3-1', 'c3+1', 'c2-2', 'c2+2', 'c2-1|c2', 'c2|c2+1',
  'agg-1', 'agg+1', 'aggc-1', 'aggc+1', 'aggss', 'w-2', 'w+2', 'runfirst|pos', 'runlast|pos',
] as const;
type Template = (typeof TEMPLATES)[number];
const SEED: Record<Template, number> = Object.fromEntries(
  TEMPLATES.map((t) => [t, hashStr(0x811c9dc5, t + '=')]),
) as Record<Template, number>;

// ---------------------------------------------------------------------------------------------------------------
// token attributes

const LOWER = 1;
const TITLE = 2;
const UPPER = 4;
/** `WordInfo.form` of a capitalized word ("Tinubu"). */
export const TITLE_CASE = TITLE;

function shapeOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length && i < 24; i++) {
    const c = s[i]!;
    let k: string;
    if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c.toLowerCase() !== c) k = 'X';
    else if (c.toUpperCase() !== c) k = 'x';
    else k = c;
    out += k;
  }
  return out;
}

function shortShape(shape: string): string {
  let out = '';
  for (let i = 0; i < shape.length; i++) if (i === 0 || shape[i] !== shape[i - 1]) out += shape[i];
  return out;
}

/** How a word is written: 1 lower, 2 Title, 4 UPPER, 0 no letters. */
function caseForm(s: string): number {
  const lower = s.toLowerCase();
  const upper = s.toUpperCase();
  if (lower === upper) return 0;
  if (s === lower) return LOWER;
  if (s === upper && s.length > 1) return UPPER;
  return s[0] === upper[0] ? TITLE : LOWER;
}

function normalize(lw: string): string {
  return lw.replace(/[0-9]/g, '0');
}

/** Whether the sentence is written in capitals only (a headline): case then says nothing about names. */
function allCapsWords(words: WordInfo[]): boolean {
  let letters = 0;
  for (const w of words) {
    const f = w.form;
    if (f === LOWER || f === TITLE) {
      if (w.raw.length > 1 || f === LOWER) return false;
    }
    if (f) letters++;
  }
  return letters > 0;
}


/**
 * A token that starts a line after a line that does not end in a lowercase word starts a sentence of its own in
 * effect (headlines, datelines, list and table rows); after a lowercase word the line break is mere wrapping.
 */
function startsLineW(toks: ModelToken[], words: WordInfo[], i: number): boolean {
  return i > 0 && !!toks[i]!.lineStart && words[i - 1]!.form !== LOWER;
}

/** Words of grammar that a name does not start with: written with a capital after an abbreviation, they show the copy
 * capitalizes whatever follows a point ("the U.S. And Japan", "said the U.S. Would"). */
const GRAMMAR_WORDS = new Set(['and', 'or', 'but', 'to', 'the', 'of', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'as', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'said', 'says', 'that', 'this', 'which', 'who', 'not']);

/**
 * Whether a document's copy capitalizes every word after an abbreviation's point, as wire copy of the 1980s does ("U.S.
 * Officials say", "the U.S. And Hong Kong"): no word after such an abbreviation is in lowercase, and a word of grammar,
 * or two ordinary words the document writes in lowercase elsewhere, follow one with a capital. In such a copy the
 * capital after the point says no more than a sentence's first capital does.
 */
function capitalizesAfterPoints(words: WordInfo[][], forms: Map<object, number[]>): boolean {
  let grammar = false;
  const ordinary = new Set<string>();
  for (const ws of words) {
    for (let i = 1; i < ws.length; i++) {
      if (!isPointedAbbreviation(ws[i - 1]!.raw)) continue;
      const w = ws[i]!;
      if (w.form === LOWER) return false;
      if (w.form !== TITLE) continue;
      if (GRAMMAR_WORDS.has(w.lw)) grammar = true;
      else if (lowerElsewhere(w, forms)) ordinary.add(w.lw);
    }
  }
  return grammar || ordinary.size >= 2;
}

/** Whether a word is one of grammar or one the document writes in lowercase elsewhere ("officials"): after a point in
 * such a copy, its capital is the copy's, where a name's ("U.S. Steel") keeps its own. */
function writtenLower(w: WordInfo, forms: Map<object, number[]>): boolean {
  return GRAMMAR_WORDS.has(w.lw) || lowerElsewhere(w, forms);
}

/** Whether the document writes a word in lowercase in running text (`forms`: its case forms' counts). */
function lowerElsewhere(w: WordInfo, forms: Map<object, number[]>): boolean {
  return (forms.get(w.lowerKey)?.[0] ?? 0) > 0;
}

const HAS_DIGIT = /[0-9]/;

const SENTENCE_OPENERS = new Set(['"', "'", '(', '[', ':', '-', '--', '“', '‘', '`', '``']);

/** What a word is wherever it stands; computed once per distinct word (the cache is bounded). */
export interface WordInfo {
  raw: string;
  lw: string;
  /** normalized lowercase (digits → 0) */
  w: string;
  shape: string;
  ss: string;
  gaz: number;
  form: number;
  /** one object per lowercase form, shared by "Bank", "bank" and "BANK": a cheap map key */
  lowerKey: object;
  /** hashes of `w` and `ss`, the values contextual features combine */
  hw: number;
  hss: number;
  /** hashes of the word's class path prefixes (lengths 1, 2, 3; 0: no class), [in mixed case, in capitals] */
  hc: [Classes, Classes];
  local: [Int32Array | undefined, Int32Array | undefined];
  /** summed weights of the local features, [mixed case, all caps], for the model `scoresOf` (set by tagging) */
  scores: [Float64Array | undefined, Float64Array | undefined];
  scoresOf: object | undefined;
}

const WORDS = new Map<string, WordInfo>();
const LOWER_KEYS = new Map<string, object>();
function lowerKey(lw: string): object {
  let k = LOWER_KEYS.get(lw);
  if (!k) {
    LOWER_KEYS.set(lw, (k = {}));
  }
  return k;
}
const MAX_WORDS = 100_000;

/** Hashes of a word's class path prefixes. */
interface Classes {
  c1: number;
  c2: number;
  c3: number;
}
const NO_CLASS: Classes = { c1: 0, c2: 0, c3: 0 };
function clusterHashes(raw: string): { hc: [Classes, Classes] } {
  if (!(groups & FEATURE_GROUPS.clusters)) return { hc: [NO_CLASS, NO_CLASS] };
  const of = (c: ReturnType<typeof clusterOf>): Classes => {
    if (!c) return NO_CLASS;
    const h = (k: number): number => hashStr(0x811c9dc5, c[Math.min(k, c.length - 1)]!);
    return { c1: h(0), c2: h(1), c3: h(2) };
  };
  const mixed = clusterOf(raw);
  const caps = clusterOf(raw, true);
  const m = of(mixed);
  return { hc: [m, caps === mixed ? m : of(caps)] };
}

export function wordInfo(original: string): WordInfo {
  let info = WORDS.get(original);
  if (info) return info;
  const raw = plainForm(original);
  const lw = raw.toLowerCase();
  const shape = shapeOf(raw);
  const w = normalize(lw);
  const ss = shortShape(shape);
  info = {
    raw,
    lw,
    w,
    shape,
    ss,
    gaz: wordClasses(gazetteer(useLists()), lw),
    ...clusterHashes(raw),
    form: caseForm(raw),
    lowerKey: lowerKey(lw),
    hw: hashStr(0x811c9dc5, w),
    hss: hashStr(0x811c9dc5, ss),
    local: [undefined, undefined],
    scores: [undefined, undefined],
    scoresOf: undefined,
  };
  WORDS.set(original, info);
  return info;
}

interface Attrs {
  word: WordInfo;
  /** the token starts a line (one-sentence-per-line text, lists, tables) */
  nl: boolean;
  /** phrase gazetteer marks at this token: class index * 4 + (0 first, 1 inside, 2 last token) */
  gp: number[];
  /** how the word is written in running text elsewhere in the document: bits 1 lower, 2 Title, 4 UPPER; 8 nowhere;
   * 0 for a token without letters */
  df: number;
  init: boolean;
  /** feature ids from the contexts of the word's other occurrences in the document (`aggregate`) */
  agg: number[];
  /** place in a run of capitalized words (joined by short lowercase particles and hyphens): run length (at most
   * 4) * 4 + position (0 first, 1 inside, 2 last, 3 alone); -1 outside a run */
  run: number;
  /** the first and last words of the run (undefined outside a run) */
  runFirst?: WordInfo;
  runLast?: WordInfo;
}

/**
 * Computes the features of a whole document's sentences. Document-level attributes (how each word is written in
 * running text elsewhere in the document) are why this takes all sentences at once.
 */
export function documentFeatures(text: string, sentences: Sentence[]): SentenceFeatures[] {
  return featuresOfTokens(modelSentences(text, sentences));
}

/** Lines shorter than this are not wrapped running text (wire copy wraps at 60-80 columns). */
const SHORT_LINE = 50;

/**
 * The model's sentences: the project's, each also cut where a line ends a unit of its own, which text written one
 * sentence (or headline, dateline, table row) per line does without a full stop. A line break is such an end when
 * the line before it does not end in a lowercase word and is either short or ends in a number or punctuation;
 * otherwise it is wrapping inside a sentence.
 */
export function modelSentences(text: string, sentences: Sentence[]): ModelToken[][] {
  const out: ModelToken[][] = [];
  for (const s of sentences) {
    const toks = modelTokens(text, s);
    let from = 0;
    for (let i = 1; i < toks.length; i++) {
      if (!toks[i]!.lineStart) continue;
      const prev = toks[i - 1]!;
      const form = caseForm(prev.text);
      if (form === LOWER) continue;
      const lineStart = text.lastIndexOf('\n', prev.start) + 1;
      if (form && prev.end - lineStart >= SHORT_LINE) continue;
      out.push(toks.slice(from, i));
      from = i;
    }
    out.push(from ? toks.slice(from) : toks);
  }
  return out;
}

/** Same as documentFeatures, from model tokens (training builds these itself, e.g. to upper-case a headline). */
export function featuresOfTokens(sents: ModelToken[][]): SentenceFeatures[] {
  // The word caches are bounded, and emptied only here, between documents: within one, a word's lowercase key
  // must stay the same object.
  if (WORDS.size >= MAX_WORDS || LOWER_KEYS.size >= MAX_WORDS) {
    WORDS.clear();
    LOWER_KEYS.clear();
  }
  const gaz = gazetteer(useLists());
  const words = sents.map((toks) => toks.map((t) => wordInfo(t.text)));
  const caps = words.map(allCapsWords);
  // Case forms of each lowercase word in running text (not sentence-initial, not in an all-caps sentence).
  const forms = new Map<object, number[]>(); // lowercase form -> counts [lower, title, upper]
  const formOfToken: number[][] = [];
  sents.forEach((toks, si) => {
    const ws = words[si]!;
    const row: number[] = [];
    formOfToken.push(row);
    let initial = true;
    for (let i = 0; i < toks.length; i++) {
      if (startsLineW(toks, ws, i)) initial = true;
      const w = ws[i]!;
      const f = w.form;
      let counted = 0;
      if (!caps[si] && !initial && f) {
        let c = forms.get(w.lowerKey);
        if (!c) forms.set(w.lowerKey, (c = [0, 0, 0]));
        const k = f === LOWER ? 0 : f === TITLE ? 1 : 2;
        c[k]!++;
        counted = f;
      }
      row.push(counted);
      if (f || HAS_DIGIT.test(w.raw) || !SENTENCE_OPENERS.has(w.raw)) initial = false;
    }
  });

  const afterPoints = capitalizesAfterPoints(words, forms);
  const agg = groups & FEATURE_GROUPS.document ? aggregate(words, caps) : undefined;
  return sents.map((toks, si) => {
    const n = toks.length;
    const ws = words[si]!;
    const attrs: Attrs[] = new Array(n);
    let initial = true;
    for (let i = 0; i < n; i++) {
      if (startsLineW(toks, ws, i) || (afterPoints && i > 0 && isPointedAbbreviation(ws[i - 1]!.raw) && writtenLower(ws[i]!, forms))) initial = true;
      const word = ws[i]!;
      const f = word.form;
      let df = 0;
      if (f) {
        const c = forms.get(word.lowerKey);
        const own = formOfToken[si]![i]!;
        if (c) {
          const lower = c[0]! - (own === LOWER ? 1 : 0);
          const title = c[1]! - (own === TITLE ? 1 : 0);
          const upper = c[2]! - (own === UPPER ? 1 : 0);
          df = (lower > 0 ? 1 : 0) | (title > 0 ? 2 : 0) | (upper > 0 ? 4 : 0);
        }
        if (!df) df = 8;
      }
      attrs[i] = { word, nl: !!toks[i]!.lineStart, gp: NO_MARKS, df, init: initial, run: -1, agg: NO_MARKS };
      if (f || HAS_DIGIT.test(word.raw) || !SENTENCE_OPENERS.has(word.raw)) initial = false;
    }
    if (agg) for (let i = 0; i < n; i++) attrs[i]!.agg = agg[si]![i] ?? NO_MARKS;
    // phrase gazetteer: longest match from each start
    for (let i = 0; i < n; i++) {
      const max = gaz.firstToken.get(attrs[i]!.word.lw);
      if (!max) continue;
      for (let len = Math.min(max, n - i); len >= 2; len--) {
        let key = attrs[i]!.word.lw;
        for (let j = i + 1; j < i + len; j++) key += ' ' + attrs[j]!.word.lw;
        const mask = gaz.phrases.get(key);
        if (mask === undefined) continue;
        for (let b = 0; b < GAZ_CLASSES.length; b++) {
          if (!(mask & (1 << b))) continue;
          mark(attrs[i]!, b * 4);
          for (let j = i + 1; j < i + len; j++) mark(attrs[j]!, b * 4 + (j === i + len - 1 ? 2 : 1));
        }
        break;
      }
    }
    if (!caps[si]) markRuns(attrs);
    const c = caps[si]!;
    return { tokens: toks, words: attrs.map((a) => a.word), caps: c, ...emit(attrs, c, !c && titleCase(attrs)) };
  });
}

/** Gazetteer classes that name things (not 'common', 'actor', 'honorific'). */
const ENTITY_CLASSES = [
  'first', 'last', 'person', 'country', 'city', 'region', 'place', 'org', 'team', 'demonym', 'orghead', 'lochead',
].reduce(
  (m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])),
  0,
);

const boundaryWord = (m: string): WordInfo => {
  const h = hashStr(0x811c9dc5, m);
  return {
    raw: m,
    lw: m,
    w: m,
    shape: m,
    ss: m,
    gaz: 0,
    form: 0,
    lowerKey: {},
    hw: h,
    hss: h,
    hc: [{ c1: h, c2: h, c3: h }, { c1: h, c2: h, c3: h }],
    local: [undefined, undefined],
    scores: [undefined, undefined],
    scoresOf: undefined,
  };
};
const NO_MARKS: number[] = [];
function mark(a: Attrs, code: number): void {
  if (a.gp === NO_MARKS) a.gp = [];
  a.gp.push(code);
}

const BOUNDARY: Attrs = { word: boundaryWord('<s>'), nl: false, gp: [], df: 0, init: false, run: -1, agg: [] };
const BOUNDARY_END: Attrs = { word: boundaryWord('</s>'), nl: false, gp: [], df: 0, init: false, run: -1, agg: [] };
const BOUNDARY_WORD = BOUNDARY.word;
const BOUNDARY_END_WORD = BOUNDARY_END.word;

/** Other occurrences of a word whose contexts `aggregate` reads (the first ones in the document). */
const MAX_OCCURRENCES = 12;

/**
 * Context aggregation (Ratinov & Roth 2009): a capitalized word gets, as features, the words and word classes
 * next to its other occurrences in the same document. "Frederiksen" alone in one sentence is read with "Mette"
 * before it elsewhere and "said" after it; "Leicestershire" with "beat" and "at". Returns, per sentence and token,
 * the feature ids (sparse: undefined for most tokens).
 */
function aggregate(words: WordInfo[][], caps: boolean[]): Array<Array<number[] | undefined>> {
  const where = new Map<object, number[]>(); // lowercase form -> [sentence, index] pairs
  words.forEach((ws, si) => {
    if (caps[si]) return;
    ws.forEach((w, i) => {
      if (w.form !== TITLE && w.form !== UPPER) return;
      let at = where.get(w.lowerKey);
      if (!at) where.set(w.lowerKey, (at = []));
      if (at.length < 2 * MAX_OCCURRENCES) at.push(si, i);
    });
  });
  const out: Array<Array<number[] | undefined>> = words.map(() => []);
  for (const at of where.values()) {
    if (at.length < 4) continue;
    for (let k = 0; k < at.length; k += 2) {
      const ids = new Set<number>();
      for (let j = 0; j < at.length; j += 2) {
        if (j === k) continue;
        const ws = words[at[j]!]!;
        const i = at[j + 1]!;
        const p = i > 0 ? ws[i - 1]! : BOUNDARY_WORD;
        const n = i + 1 < ws.length ? ws[i + 1]! : BOUNDARY_END_WORD;
        ids.add(f1(SEED['agg-1'], p.hw));
        ids.add(f1(SEED['agg+1'], n.hw));
        if (p.hc[0].c2) ids.add(f1(SEED['aggc-1'], p.hc[0].c2));
        if (n.hc[0].c2) ids.add(f1(SEED['aggc+1'], n.hc[0].c2));
        ids.add(f2(SEED['aggss'], p.hss, n.hss));
      }
      out[at[k]!]![at[k + 1]!] = [...ids].slice(0, MAX_AGG_IDS);
    }
  }
  return out;
}
const MAX_AGG_IDS = 48;

/**
 * Runs of capitalized words, which a name usually fills whole: "Andrés Manuel López Obrador", "Kassym-Jomart
 * Tokayev", "Mohamed bin Zayed Al Nahyan", "Bank of England". A short lowercase word or a hyphen joins two
 * capitalized words into one run, but not a coordinator: "and" lists names more often than it sits in one.
 */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'but', 'vs', 'v']);

function markRuns(attrs: Attrs[]): void {
  const n = attrs.length;
  const cap = (i: number): boolean =>
    i >= 0 && i < n && (attrs[i]!.word.form === TITLE || attrs[i]!.word.form === UPPER);
  const joiner = (i: number): boolean => {
    const w = attrs[i]!.word;
    const joins = w.raw === '-' || (w.form === LOWER && w.raw.length <= 3 && !COORDINATORS.has(w.raw));
    return joins && cap(i - 1) && cap(i + 1);
  };
  let i = 0;
  while (i < n) {
    if (!cap(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && (cap(j + 1) || (joiner(j + 1) && j + 2 < n))) j += cap(j + 1) ? 1 : 2;
    const len = Math.min(4, j - i + 1);
    for (let k = i; k <= j; k++) {
      const a = attrs[k]!;
      a.run = len * 4 + (i === j ? 3 : k === i ? 0 : k === j ? 2 : 1);
      a.runFirst = attrs[i]!.word;
      a.runLast = attrs[j]!.word;
    }
    i = j + 1;
  }
}

/** The word's own features (see SentenceFeatures); cached on the word. */
export function localIds(word: WordInfo, caps: boolean): Int32Array {
  const k = caps ? 1 : 0;
  const cached = word.local[k];
  if (cached) return cached;
  const ids: number[] = [SEED.bias];
  ids.push(hashStr(SEED.w, word.w));
  if (!caps) ids.push(hashStr(SEED.raw, word.raw));
  ids.push(hashStr(SEED.shape, word.shape));
  ids.push(hashStr(SEED.ss, word.ss));
  const w = word.w;
  const maxAffix = Math.min(4, w.length - 1);
  for (let k = 1; k <= maxAffix; k++) {
    ids.push(hashStr(SEED.pre, w.slice(0, k)));
    ids.push(hashStr(SEED.suf, w.slice(w.length - k)));
  }
  ids.push(hashStr(SEED.len, String(Math.min(w.length, 12))));
  ids.push(hashStr(hashSep(hashStr(SEED['caps|ss'], caps ? 'C' : 'c')), word.ss));
  if (caps) ids.push(hashStr(SEED['caps|w'], word.w));
  const hc = word.hc[k];
  if (hc.c1) ids.push(f1(SEED.c1, hc.c1), f1(SEED.c2, hc.c2), f1(SEED.c3, hc.c3), f2(SEED['c3|ss'], hc.c3, word.hss));
  for (let b = 0; b < GAZ_CLASSES.length; b++) {
    if (!(word.gaz & (1 << b))) continue;
    const cls = GAZ_CLASSES[b]!;
    ids.push(hashStr(SEED.g0, cls));
    ids.push(hashStr(hashSep(hashStr(SEED['g0|ss'], cls)), word.ss));
  }
  const out = Int32Array.from(ids);
  word.local[k] = out;
  return out;
}

/** All feature ids of each token, the word's own first (training uses these). */
export function allFeatureIds(f: SentenceFeatures): { ids: Int32Array; offsets: Int32Array } {
  const ids: number[] = [];
  const offsets = new Int32Array(f.tokens.length + 1);
  for (let i = 0; i < f.tokens.length; i++) {
    offsets[i] = ids.length;
    for (const id of localIds(f.words[i]!, f.caps)) ids.push(id);
    for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) ids.push(f.ids[k]!);
  }
  offsets[f.tokens.length] = ids.length;
  return { ids: Int32Array.from(ids), offsets };
}

/** Scratch space of `emit`; a token never has more contextual features than MAX_IDS_PER_TOKEN. */
let emitBuffer = new Int32Array(1 << 14);
const MAX_IDS_PER_TOKEN = 64 + 48 + 3 * 8 * GAZ_CLASSES.length;

/**
 * Whether a sentence is in headline Title Case ("Biden and Xi Agree to Resume Military Talks"): then, as in
 * capitals, a capital says little, and how the word is written elsewhere in the document says more.
 */
function titleCase(attrs: Attrs[]): boolean {
  // Judged on ordinary words only (verbs, nouns, adjectives the lexicon knows and no gazetteer names): a sentence
  // dense with names capitalizes those too, and is not a headline.
  let words = 0;
  let capitalized = 0;
  for (const { word: w } of attrs) {
    if (w.raw.length < 4) continue;
    if (!(w.gaz & COMMON) || w.gaz & ENTITY_CLASSES) continue;
    words++;
    if (w.form === TITLE) capitalized++;
  }
  return words >= 2 && capitalized >= 0.75 * words;
}

const COMMON = 1 << GAZ_CLASSES.indexOf('common');

function emit(attrs: Attrs[], caps: boolean, tc: boolean): { ids: Int32Array; offsets: Int32Array } {
  const n = attrs.length;
  let buf = emitBuffer;
  let k = 0;
  const offsets = new Int32Array(n + 1);
  const at = (i: number): Attrs => (i < 0 ? BOUNDARY : i >= n ? BOUNDARY_END : attrs[i]!);
  for (let i = 0; i < n; i++) {
    if (k + MAX_IDS_PER_TOKEN > buf.length) {
      const bigger = new Int32Array(buf.length * 2);
      bigger.set(buf);
      buf = emitBuffer = bigger;
    }
    offsets[i] = k;
    const at0 = attrs[i]!;
    const a = at0.word;
    const pa1 = at(i - 1);
    const na1 = at(i + 1);
    const p1 = pa1.word;
    const n1 = na1.word;
    const caps2 = caps ? 2 : 0;
    const init = at0.init ? 1 : 0;
    buf[k++] = f1(SEED['w-1'], p1.hw);
    buf[k++] = f1(SEED['w+1'], n1.hw);
    buf[k++] = f2(SEED['w-1|w'], p1.hw, a.hw);
    buf[k++] = f2(SEED['w|w+1'], a.hw, n1.hw);
    buf[k++] = f1(SEED['ss-1'], p1.hss);
    buf[k++] = f1(SEED['ss+1'], n1.hss);
    buf[k++] = f2(SEED['ss-1|ss'], p1.hss, a.hss);
    buf[k++] = f2(SEED['ss|ss+1'], a.hss, n1.hss);
    buf[k++] = f3(SEED['ss-1|ss|ss+1'], p1.hss, a.hss, n1.hss);
    buf[k++] = f2(SEED['w-1|ss'], p1.hw, a.hss);
    buf[k++] = f2(SEED['init|ss'], init, a.hss);
    if (at0.nl) buf[k++] = f1(SEED['nl|ss'], a.hss);
    if (na1.nl) buf[k++] = f1(SEED['eol|ss'], a.hss);
    for (let g = p1.gaz, b = 0; g; g >>>= 1, b++) if (g & 1) buf[k++] = f1(SEED['g-1'], b);
    for (let g = n1.gaz, b = 0; g; g >>>= 1, b++) if (g & 1) buf[k++] = f1(SEED['g+1'], b);
    // A short lowercase word between two names ("and", "of", "bin", "da"): joins one name or separates two?
    // The gazetteer classes on both sides tell ("Microsoft and Nvidia" vs "Bank of England").
    if (a.ss === 'x' && a.w.length <= 4 && p1.ss[0] === 'X' && n1.ss[0] === 'X') {
      buf[k++] = f3(SEED['link|g-1|g+1'], a.hw, p1.gaz & ENTITY_CLASSES, n1.gaz & ENTITY_CLASSES);
    }
    if (!a.gaz && at0.df) buf[k++] = f2(SEED['unknown|caps|ss'], caps2, a.hss);
    for (const g of at0.gp) buf[k++] = f1(SEED.gp0, g);
    for (const g of pa1.gp) buf[k++] = f1(SEED['gp-1'], g);
    for (const g of na1.gp) buf[k++] = f1(SEED['gp+1'], g);
    if (at0.df) buf[k++] = f3(SEED['df|ss'], at0.df, a.hss, caps2 + init);
    if (tc) {
      buf[k++] = f1(SEED['tc|ss'], a.hss);
      buf[k++] = f2(SEED['tc|df|init'], at0.df, init);
    }
    if (at0.run >= 0) {
      buf[k++] = f2(SEED['run|len|pos'], at0.run, init);
      // the run's first and last words ("University ... Medical Centre", "Southern ... Edison Co"), for a word
      // inside a longer name: a name's head and opening word tell its type and where it ends
      if ((at0.run & 3) !== 3) {
        buf[k++] = f2(SEED['runfirst|pos'], at0.runFirst!.hw, at0.run & 3);
        buf[k++] = f2(SEED['runlast|pos'], at0.runLast!.hw, at0.run & 3);
      }
    }
    buf[k++] = f1(SEED['w-2'], at(i - 2).word.hw);
    buf[k++] = f1(SEED['w+2'], at(i + 2).word.hw);
    for (const id of at0.agg) buf[k++] = id;
    // word classes of the neighbours (Ratinov & Roth 2009): a window of two each side
    const K = caps ? 1 : 0;
    const pc = p1.hc[K];
    const nc = n1.hc[K];
    const ac = a.hc[K];
    if (pc.c2) {
      buf[k++] = f1(SEED['c2-1'], pc.c2);
      buf[k++] = f1(SEED['c3-1'], pc.c3);
    }
    if (nc.c2) {
      buf[k++] = f1(SEED['c2+1'], nc.c2);
      buf[k++] = f1(SEED['c3+1'], nc.c3);
    }
    const p2 = at(i - 2).word.hc[K];
    const n2 = at(i + 2).word.hc[K];
    if (p2.c2) buf[k++] = f1(SEED['c2-2'], p2.c2);
    if (n2.c2) buf[k++] = f1(SEED['c2+2'], n2.c2);
    if (ac.c2) {
      buf[k++] = f2(SEED['c2-1|c2'], pc.c2, ac.c2);
      buf[k++] = f2(SEED['c2|c2+1'], ac.c2, nc.c2);
    }
  }
  offsets[n] = k;
  return { ids: buf.slice(0, k), offsets };
}

// ---------------------------------------------------------------------------------------------------------------
// document memory: what earlier sentences of the same document made of a word (Ratinov & Roth 2009, "extended
// prediction history"), so that "Leicestershire" stays an organization all through a cricket report.

const HISTORY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const HIST_SEED = hashStr(0x811c9dc5, 'hist=');
const HIST_MAJ_SEED = hashStr(0x811c9dc5, 'histmaj=');

/** Every feature id the history can produce (training indexes them all up front). */
export const HISTORY_FEATURE_IDS: readonly number[] = HISTORY_TYPES.flatMap((t) => [
  hashStr(HIST_SEED, t),
  hashStr(HIST_MAJ_SEED, t),
]);

export class History {
  private readonly counts = new Map<object, Int32Array>();

  /** Feature ids of each token of a sentence, from what earlier sentences tagged the same words as. */
  features(tokens: ModelToken[], words: WordInfo[] = tokens.map((t) => wordInfo(t.text))): { ids: Int32Array; offsets: Int32Array } {
    const ids: number[] = [];
    const offsets = new Int32Array(tokens.length + 1);
    for (let i = 0; i < tokens.length; i++) {
      offsets[i] = ids.length;
      const w = words[i]!;
      if (w.form !== TITLE && w.form !== UPPER) continue;
      const c = this.counts.get(w.lowerKey);
      if (!c) continue;
      let best = -1;
      for (let t = 0; t < c.length; t++) {
        if (!c[t]) continue;
        ids.push(hashStr(HIST_SEED, HISTORY_TYPES[t]!));
        if (best < 0 || c[t]! > c[best]!) best = t;
      }
      if (best >= 0) ids.push(hashStr(HIST_MAJ_SEED, HISTORY_TYPES[best]!));
    }
    offsets[tokens.length] = ids.length;
    return { ids: Int32Array.from(ids), offsets };
  }

  /** Remembers a tagged sentence; `typeOfTag(tag)` is the entity type index of a tag, or -1 for O. */
  record(
    tokens: ModelToken[],
    tags: ArrayLike<number>,
    typeOfTag: (tag: number) => number,
    words: WordInfo[] = tokens.map((t) => wordInfo(t.text)),
  ): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = typeOfTag(tags[i]!);
      if (t < 0) continue;
      const w = words[i]!;
      if (w.form !== TITLE && w.form !== UPPER) continue;
      let c = this.counts.get(w.lowerKey);
      if (!c) this.counts.set(w.lowerKey, (c = new Int32Array(HISTORY_TYPES.length)));
      c[t]!++;
    }
  }
}
