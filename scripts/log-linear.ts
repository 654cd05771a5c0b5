/**
 * A regularised conditional log-linear model over sparse string features, fitted by L-BFGS: how scripts/train-meetings.ts
 * trains the meeting step's choices among options (which time expression dates a meeting, which place it was in).
 *
 * The probability of an option is exp(score) over the sum for all the example's options, and the fit raises the
 * probability of its right options together (one or more of them may be right). It minimises the examples' weighted log
 * loss plus an L2 penalty `lambda / 2 * w^2` on every feature: a feature the data rarely shows stays near 0, and what
 * many examples agree on weighs more. The optimum is unique, so the weights depend on no seed and, but for rounding,
 * not on the order of the examples; the same examples in the same order give the same weights.
 */
import type { LinearModel } from '../src/pipeline/meeting-model.js';

export interface RankingExample {
  options: ReadonlyArray<readonly string[]>;
  right: ReadonlySet<number>;
  /** What the example counts for in the loss (1 when absent). */
  w?: number;
}

export interface FitOptions {
  /** The L2 penalty's strength. */
  lambda: number;
  /** L-BFGS iterations at most. */
  iterations?: number;
}

/** Feature strings as indices into the weight vector. */
class Index {
  readonly names: string[] = [];
  private readonly at = new Map<string, number>();
  of(f: readonly string[]): Int32Array {
    return Int32Array.from(f, (x) => {
      let i = this.at.get(x);
      if (i === undefined) {
        i = this.names.length;
        this.at.set(x, i);
        this.names.push(x);
      }
      return i;
    });
  }
}

const dotSparse = (w: Float64Array, f: Int32Array): number => {
  let s = 0;
  for (let k = 0; k < f.length; k++) s += w[f[k]!]!;
  return s;
};

function penalty(w: Float64Array, g: Float64Array, lambda: number): number {
  let loss = 0;
  for (let j = 0; j < w.length; j++) {
    loss += (lambda / 2) * w[j]! * w[j]!;
    g[j]! += lambda * w[j]!;
  }
  return loss;
}

function toModel(names: readonly string[], w: Float64Array): LinearModel {
  const order = names.map((n, j) => ({ n, j })).sort((a, b) => (a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
  const weights: Record<string, number> = {};
  for (const { n, j } of order) weights[n] = w[j]!;
  return { bias: 0, weights };
}

export function trainSoftmax(data: readonly RankingExample[], opt: FitOptions): LinearModel {
  const index = new Index();
  const xs = data.map((x) => x.options.map((o) => index.of(o)));
  const objective = (w: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let loss = 0;
    for (let i = 0; i < xs.length; i++) {
      const options = xs[i]!;
      const right = data[i]!.right;
      const c = data[i]!.w ?? 1;
      const s = options.map((f) => dotSparse(w, f));
      const top = Math.max(...s);
      const e = s.map((x) => Math.exp(x - top));
      const all = e.reduce((a, b) => a + b, 0);
      let good = 0;
      for (const r of right) good += e[r]!;
      loss += c * (Math.log(all) - Math.log(good));
      // d/ds_k = p_k - q_k, with p over all options and q over the right ones.
      options.forEach((f, k) => {
        const d = c * (e[k]! / all - (right.has(k) ? e[k]! / good : 0));
        if (d !== 0) for (let t = 0; t < f.length; t++) g[f[t]!]! += d;
      });
    }
    return loss + penalty(w, g, opt.lambda);
  };
  const w = lbfgs(objective, new Float64Array(index.names.length), opt.iterations ?? 400);
  return toModel(index.names, w);
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/**
 * Minimises a smooth function by limited-memory BFGS (Nocedal and Wright, Numerical Optimization, algorithms 7.4 and
 * 7.5) with a backtracking line search on the Armijo condition. `f` returns the value at x and writes the gradient into g.
 */
export function lbfgs(f: (x: Float64Array, g: Float64Array) => number, x0: Float64Array, iterations: number, memory = 10, tolerance = 1e-6): Float64Array {
  const n = x0.length;
  let x = x0;
  let g = new Float64Array(n);
  let fx = f(x, g);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  const rhos: number[] = [];
  const alphas = new Float64Array(memory);
  for (let it = 0; it < iterations; it++) {
    // Direction: minus the inverse-Hessian estimate times the gradient (two-loop recursion).
    const d = g.map((v) => -v);
    for (let k = ss.length - 1; k >= 0; k--) {
      alphas[k] = rhos[k]! * dot(ss[k]!, d);
      const y = ys[k]!;
      for (let i = 0; i < n; i++) d[i]! -= alphas[k]! * y[i]!;
    }
    if (ss.length) {
      const last = ss.length - 1;
      const gamma = dot(ss[last]!, ys[last]!) / dot(ys[last]!, ys[last]!);
      for (let i = 0; i < n; i++) d[i]! *= gamma;
    }
    for (let k = 0; k < ss.length; k++) {
      const beta = rhos[k]! * dot(ys[k]!, d);
      const s = ss[k]!;
      for (let i = 0; i < n; i++) d[i]! += (alphas[k]! - beta) * s[i]!;
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction: start again from the gradient.
      ss.length = ys.length = rhos.length = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i]!;
      slope = dot(g, d);
    }
    let step = it === 0 ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : 1;
    const nx = new Float64Array(n);
    const ng = new Float64Array(n);
    let nf = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) nx[i] = x[i]! + step * d[i]!;
      nf = f(nx, ng);
      if (nf <= fx + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nf < fx)) break;
    const s = nx.map((v, i) => v - x[i]!);
    const y = ng.map((v, i) => v - g[i]!);
    const sy = dot(s, y);
    if (sy > 1e-10) {
      if (ss.length === memory) (ss.shift(), ys.shift(), rhos.shift());
      ss.push(s);
      ys.push(y);
      rhos.push(1 / sy);
    }
    const improvement = fx - nf;
    x = nx;
    g = ng;
    fx = nf;
    if (improvement <= tolerance * Math.max(1, Math.abs(fx))) break;
  }
  return x;
}
