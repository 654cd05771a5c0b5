import { describe, expect, it } from 'vitest';
import { lbfgs, trainSoftmax, type RankingExample } from '../scripts/log-linear.js';
import { best, score } from '../src/pipeline/meeting-model.js';

describe('L-BFGS', () => {
  it('finds the minimum of a badly scaled quadratic', () => {
    const centre = [3, -2, 0.5, 10];
    const scale = [1, 100, 0.01, 5];
    const f = (x: Float64Array, g: Float64Array) => {
      let v = 0;
      x.forEach((xi, i) => {
        const d = xi - centre[i]!;
        v += scale[i]! * d * d;
        g[i] = 2 * scale[i]! * d;
      });
      return v;
    };
    const x = lbfgs(f, new Float64Array(4), 200, 10, 1e-14);
    x.forEach((xi, i) => expect(xi).toBeCloseTo(centre[i]!, 3));
  });
});

describe('softmax choice', () => {
  // The day in the trigger's clause is right; a day of the next sentence is not; "none" is right when only the next
  // sentence gives a day.
  const data: RankingExample[] = [
    ...Array.from({ length: 4 }, () => ({ options: [['none'], ['side:same-clause', 'day'], ['side:next-sentence', 'day']], right: new Set([1]) })),
    ...Array.from({ length: 2 }, () => ({ options: [['none'], ['side:next-sentence', 'day']], right: new Set([0]) })),
  ];

  it('learns to choose the right option by its features', () => {
    const m = trainSoftmax(data, { lambda: 0.1 });
    expect(best(m, [['none'], ['side:next-sentence', 'day'], ['side:same-clause', 'day']])).toBe(2);
    expect(best(m, [['none'], ['side:next-sentence', 'day']])).toBe(0);
    expect(m.bias).toBe(0);
  });

  it('gives the probabilities the data shows when the penalty is slight, and shrinks them as it grows', () => {
    // "a" is right three times in four against "b".
    const split: RankingExample[] = [...Array.from({ length: 3 }, () => ({ options: [['a'], ['b']], right: new Set([0]) })), { options: [['a'], ['b']], right: new Set([1]) }];
    const p = (m: ReturnType<typeof trainSoftmax>) => 1 / (1 + Math.exp(score(m, ['b']) - score(m, ['a'])));
    expect(p(trainSoftmax(split, { lambda: 1e-4 }))).toBeCloseTo(0.75, 2);
    const shrunk = p(trainSoftmax(split, { lambda: 5 }));
    expect(shrunk).toBeGreaterThan(0.5);
    expect(shrunk).toBeLessThan(0.7);
  });

  it('counts an example by its weight', () => {
    const split = (w: number): RankingExample[] => [{ options: [['a'], ['b']], right: new Set([0]) }, { options: [['a'], ['b']], right: new Set([1]), w }];
    const margin = (w: number) => {
      const m = trainSoftmax(split(w), { lambda: 0.1 });
      return score(m, ['a']) - score(m, ['b']);
    };
    expect(margin(1)).toBeCloseTo(0, 6);
    expect(margin(0.25)).toBeGreaterThan(0.5);
  });

  it('counts a choice right when any of its right options wins', () => {
    const m = trainSoftmax([{ options: [['a'], ['b'], ['c']], right: new Set([0, 1]) }], { lambda: 0.01 });
    expect(score(m, ['c'])).toBeLessThan(score(m, ['a']));
    expect(score(m, ['c'])).toBeLessThan(score(m, ['b']));
  });

  it('does not depend on the order of the examples', () => {
    const a = trainSoftmax(data, { lambda: 0.5 });
    const b = trainSoftmax([...data].reverse(), { lambda: 0.5 });
    expect(Object.keys(b.weights)).toEqual(Object.keys(a.weights));
    for (const k of Object.keys(a.weights)) expect(b.weights[k]).toBeCloseTo(a.weights[k]!, 6);
  });
});
