/** viewer/labels: the labels a readable view draws never overlap, the largest nodes and the focus first. */
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from '../viz/src/labels.js';

const measure = (t: string) => t.length * 7;
const opts = { fontSize: 13, width: 800, height: 600, limit: 100 };
const overlapping = (boxes: ReturnType<typeof placeLabels>) =>
  boxes.some((a, i) => boxes.some((b, j) => j > i && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2));

describe('viewer/labels', () => {
  it('viewer/labels: of two nodes whose labels would overlap, the larger keeps its label', () => {
    const c: LabelCandidate[] = [
      { key: 'small', x: 100, y: 100, size: 3, label: 'Small node' },
      { key: 'big', x: 105, y: 104, size: 9, label: 'Big node' },
    ];
    expect(placeLabels(c, measure, opts).map((b) => b.key)).toEqual(['big']);
  });

  it('viewer/labels: the focus keeps its label over a larger node', () => {
    const c: LabelCandidate[] = [
      { key: 'small', x: 100, y: 100, size: 3, label: 'Small node' },
      { key: 'big', x: 105, y: 104, size: 9, label: 'Big node' },
    ];
    expect(placeLabels(c, measure, { ...opts, priority: 'small' }).map((b) => b.key)).toEqual(['small']);
  });

  it('viewer/labels: a crowd of nodes gets labels that never overlap, none off the stage', () => {
    const c: LabelCandidate[] = Array.from({ length: 400 }, (_, i) => ({ key: `n${i}`, x: (i * 37) % 820, y: (i * 53) % 610, size: 2 + (i % 7), label: `Node number ${i}` }));
    const boxes = placeLabels(c, measure, opts);
    expect(boxes.length).toBeGreaterThan(20);
    expect(overlapping(boxes)).toBe(false);
    expect(boxes.every((b) => b.x1 >= 0 && b.x2 <= opts.width && b.y1 >= 0 && b.y2 <= opts.height)).toBe(true);
  });
});

describe('viewer/evidence', async () => {
  const { mentionSpans, uniqueEvidence } = await import('../viz/src/panels/details.js');
  it.each([
    ['the name as written, by the length of its offsets', 'Mr Blair told MPs that Tony Blair would stay.', 5, [[3, 8]]],
    ['the full name when that is the mention', 'Mr Blair told MPs that Tony Blair would stay.', 10, [[23, 33]]],
    ['any of the names when no length fits', 'TONY BLAIR spoke.', 3, [[0, 10]]],
    ['never inside a longer word', 'Blairite MPs cheered.', 5, []],
  ] as const)('viewer/evidence: %s', (_why, sentence, length, spans) => {
    expect(mentionSpans(sentence, ['Tony Blair', 'Blair'], length)).toEqual(spans);
  });

  it('viewer/evidence: a sentence quoted twice is listed once, naming the other article', () => {
    const ev = (article: string, sentence: string) => ({ article, sentence, start: 0, end: 5 });
    const items = uniqueEvidence([ev('a', 'Blair spoke.'), ev('b', 'Blair  spoke.'), ev('a', 'Blair left.')]);
    expect(items.map((i) => [i.article, i.also])).toEqual([['a', ['b']], ['a', []]]);
  });
});
