/**
 * The tag set (BILOU over four entity types) and Viterbi decoding, shared by training and inference.
 * Tag 0 is O; type t has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
 */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const NUM_TAGS = 1 + 4 * ENTITY_TYPES.length;

export const B = 0;
export const I = 1;
export const L = 2;
export const U = 3;

export const tagOf = (type: number, part: number): number => 1 + 4 * type + part;
export const typeOf = (tag: number): number => (tag - 1) >> 2;
export const partOf = (tag: number): number => (tag - 1) & 3;

/** Whether tag `b` may follow tag `a` (-1 = sentence start / end). */
export function allowed(a: number, b: number): boolean {
  const aOpen = a > 0 && (partOf(a) === B || partOf(a) === I);
  if (b === -1) return !aOpen;
  if (b === 0) return !aOpen;
  const bp = partOf(b);
  if (bp === B || bp === U) return !aOpen;
  return aOpen && typeOf(a) === typeOf(b);
}

/**
 * Viterbi over emission scores `emit[i * NUM_TAGS + tag]` and transition scores `trans[(a + 1) * NUM_TAGS + b]`
 * (row 0 is the start); invalid transitions are never taken. Writes the best tags into `out`.
 */
export function viterbi(emit: Float64Array, n: number, trans: Float64Array, out: Int32Array): void {
  const T = NUM_TAGS;
  if (n === 0) return;
  lastViterbi.emit = emit;
  lastViterbi.n = n;
  lastViterbi.trans = trans;
  if (scoreBuf.length < n * T) {
    scoreBuf = new Float64Array(n * T * 2);
    backBuf = new Int32Array(n * T * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let b = 0; b < T; b++) score[b] = ALLOWED[b]! ? trans[b]! + emit[b]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const cur = i * T;
    for (let b = 0; b < T; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = PRED_START[b]!; k < PRED_START[b + 1]!; k++) {
        const a = PRED[k]!;
        const s = score[prev + a]! + trans[(a + 1) * T + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[cur + b] = best + emit[cur + b]!;
      back[cur + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * T;
  for (let a = 0; a < T; a++) {
    if (!END_ALLOWED[a]) continue;
    if (score[last + a]! > best) {
      best = score[last + a]!;
      arg = a;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]!]!;
}

let scoreBuf = new Float64Array(0);
/** The arguments of the last `viterbi` call, whose forward scores `maxMarginals` reuses (callers must not have
 * changed `emit` in between; tagSentence does not). */
const lastViterbi: { emit: Float64Array | null; n: number; trans: Float64Array | null } = { emit: null, n: 0, trans: null };
let backBuf = new Int32Array(0);

/** ALLOWED[(a + 1) * T + b]: may b follow a (a = -1 is the start). */
const ALLOWED = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
const END_ALLOWED = new Uint8Array(NUM_TAGS);
for (let a = -1; a < NUM_TAGS; a++) for (let b = 0; b < NUM_TAGS; b++) ALLOWED[(a + 1) * NUM_TAGS + b] = allowed(a, b) ? 1 : 0;
for (let a = 0; a < NUM_TAGS; a++) END_ALLOWED[a] = allowed(a, -1) ? 1 : 0;
/** For each tag x, the tags y with linked(x, y), as one list: list[start[x] .. start[x + 1]). */
function adjacency(linked: (x: number, y: number) => boolean): { start: Int32Array; list: number[] } {
  const start = new Int32Array(NUM_TAGS + 1);
  const list: number[] = [];
  for (let x = 0; x < NUM_TAGS; x++) {
    start[x] = list.length;
    for (let y = 0; y < NUM_TAGS; y++) if (linked(x, y)) list.push(y);
  }
  start[NUM_TAGS] = list.length;
  return { start, list };
}
/** Allowed predecessors of each tag: PRED[PRED_START[b] .. PRED_START[b + 1]). */
const { start: PRED_START, list: PRED } = adjacency((b, a) => allowed(a, b));

/** Spans [startToken, endToken] (inclusive) with their type index, from a decoded tag sequence. */
export function spansOf(tags: ArrayLike<number>, n: number): Array<{ from: number; to: number; type: number }> {
  const out: Array<{ from: number; to: number; type: number }> = [];
  let open = -1;
  for (let i = 0; i < n; i++) {
    const t = tags[i]!;
    if (t === 0) {
      open = -1;
      continue;
    }
    const p = partOf(t);
    if (p === U) out.push({ from: i, to: i, type: typeOf(t) });
    else if (p === B) open = i;
    else if (p === L && open >= 0) {
      out.push({ from: open, to: i, type: typeOf(t) });
      open = -1;
    }
  }
  return out;
}

/**
 * Max-marginals: `out[i * NUM_TAGS + t]` = score of the best path whose tag i is t (-Infinity if none). Their
 * maximum at any i is the Viterbi score; how far below it the best path with another tag at i lies tells how sure
 * the decision at i is.
 */
export function maxMarginals(emit: Float64Array, n: number, trans: Float64Array, out: Float64Array): void {
  const T = NUM_TAGS;
  if (n === 0) return;
  if (bwdBuf.length < n * T) bwdBuf = new Float64Array(n * T * 2);
  // forward maxima: what `viterbi` just computed on the same scores
  if (lastViterbi.emit !== emit || lastViterbi.n !== n || lastViterbi.trans !== trans) viterbi(emit, n, trans, new Int32Array(n));
  const fwd = scoreBuf;
  const bwd = bwdBuf;
  for (let a = 0; a < T; a++) bwd[(n - 1) * T + a] = END_ALLOWED[a] ? 0 : -Infinity;
  for (let i = n - 2; i >= 0; i--) {
    for (let a = 0; a < T; a++) {
      let best = -Infinity;
      for (let k = SUCC_START[a]!; k < SUCC_START[a + 1]!; k++) {
        const b = SUCC[k]!;
        const s = trans[(a + 1) * T + b]! + emit[(i + 1) * T + b]! + bwd[(i + 1) * T + b]!;
        if (s > best) best = s;
      }
      bwd[i * T + a] = best;
    }
  }
  for (let x = 0; x < n * T; x++) out[x] = fwd[x]! + bwd[x]!;
}

let bwdBuf = new Float64Array(0);
/** Allowed successors of each tag: SUCC[SUCC_START[a] .. SUCC_START[a + 1]). */
const { start: SUCC_START, list: SUCC } = adjacency(allowed);
