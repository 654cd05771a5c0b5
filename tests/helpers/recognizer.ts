import type { NerSpan, Recognizer } from '../../src/pipeline/recognizer.js';

/** A recognizer that reads the given spans of the text as the given types: every occurrence as a whole word, the
 * longest where two overlap. */
export function reading(spans: Array<[string, NerSpan['type']]>): Recognizer {
  return (text) => {
    const out: NerSpan[] = [];
    for (const [s, type] of spans) {
      for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
        if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[i + s.length] ?? '')) continue;
        out.push({ start: i, end: i + s.length, type });
      }
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end).filter((sp, k, all) => !all.slice(0, k).some((o) => o.start <= sp.start && sp.end <= o.end));
  };
}
