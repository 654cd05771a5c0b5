/**
 * Property: extractArticle takes any Unicode text without throwing, and every offset it reports is in bounds and
 * points at the text it quotes (`text.slice(start, end)` is the entity's `text`, a sentence's `text`, an evidence
 * item's `sentence`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract.js';
import type { Article, ArticleExtraction } from '../src/types.js';

/** What is wrong with an extraction of `text`, or null. */
function offsetProblem(text: string, x: ArticleExtraction): string | null {
  const inBounds = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length;
  for (const [i, s] of x.sentences.entries()) {
    if (!inBounds(s.start, s.end)) return `sentence ${i} [${s.start}, ${s.end}) out of bounds`;
    if (text.slice(s.start, s.end) !== s.text) return `sentence ${i} text ${JSON.stringify(s.text)} != slice ${JSON.stringify(text.slice(s.start, s.end))}`;
  }
  for (const e of x.entities) {
    if (!inBounds(e.start, e.end)) return `entity ${JSON.stringify(e.text)} [${e.start}, ${e.end}) out of bounds`;
    if (text.slice(e.start, e.end) !== e.text) return `entity text ${JSON.stringify(e.text)} != slice ${JSON.stringify(text.slice(e.start, e.end))} at [${e.start}, ${e.end})`;
    if (e.sentence < 0 || e.sentence >= x.sentences.length) return `entity ${JSON.stringify(e.text)} sentence index ${e.sentence} out of range`;
  }
  for (const ev of [...x.meetings.flatMap((m) => m.evidence), ...x.relations.flatMap((r) => r.evidence)]) {
    if (!inBounds(ev.start, ev.end)) return `evidence [${ev.start}, ${ev.end}) out of bounds`;
    if (text.slice(ev.start, ev.end) !== ev.sentence) return `evidence sentence != slice at [${ev.start}, ${ev.end})`;
  }
  return null;
}

const article = (text: string): Article => ({ id: 'prop', text, origin: 'property', bodyStart: 0, date: null });

/** Text that looks enough like news to reach every step: names, titles, places, meeting words, odd Unicode between. */
const WORDS = [
  'President', 'Prime', 'Minister', 'Vladimir', 'Putin', 'Xi', 'Jinping', 'met', 'talks', 'summit', 'in', 'Beijing', 'Moscow',
  'U.S.', 'EU', 'Ministry', 'of', 'Foreign', 'Affairs', 'said', 'on', 'Monday', 'Dec.', '21', 'the', 'and', "Zelenskyy's",
  'São', 'Paulo', 'Ürümqi', '北京', 'Владимир', '😀', '\u0301', '\u200d', '\ud800', '\udc00', '—', '"', '(', ')', '.', ',', '\n', '\n\n', ' ',
];
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,9}$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
);
const newsish = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '', '  ', '\n', '. ', ', ', '\t', '\u00a0')), { maxLength: 120 })
  .map((ws) => ws.map(([w, sep]) => w + sep).join(''));
const anyText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 3, arbitrary: newsish },
);

describe('property: extractArticle on arbitrary Unicode', () => {
  it('never throws; every offset is in bounds and slices to the quoted text', () => {
    let withEntities = 0;
    let withEvidence = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        let x: ArticleExtraction;
        try {
          x = extractArticle(article(text));
        } catch (e) {
          throw new Error(`extractArticle threw on ${JSON.stringify(text)}: ${(e as Error).message}`);
        }
        if (x.entities.length) withEntities++;
        if (x.meetings.length || x.relations.length) withEvidence++;
        const problem = offsetProblem(text, x);
        if (problem) throw new Error(`${problem} in ${JSON.stringify(text)}`);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400), seed: Number(process.env.FC_SEED ?? 20221221) },
    );
    // The generator must reach the interesting steps, or the property says little.
    expect(withEntities).toBeGreaterThan(20);
    expect(withEvidence).toBeGreaterThan(2);
  });
});
