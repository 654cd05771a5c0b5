/**
 * The entity recognizer behind step 2: spans of people, organizations, locations (and MISC names) with character
 * offsets. The statistical model in src/ner is the recognizer; this module is the seam the pipeline calls.
 */
import type { Sentence } from '../nlp/tokenize.js';
import { nlp } from '../nlp/nlp.js';
import { recognize } from '../ner/index.js';

export interface NerSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

export type Recognizer = (text: string, sentences: Sentence[]) => NerSpan[];

/** compromise's own people/organizations/places, sentence by sentence: the baseline the model is measured against. */
export const compromiseRecognizer: Recognizer = (text, sentences) => {
  const out: NerSpan[] = [];
  for (const s of sentences) {
    const doc = nlp(text.slice(s.start, s.end));
    const add = (view: { json: (o: object) => unknown }, type: NerSpan['type']) => {
      for (const m of view.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>)
        out.push({ start: s.start + m.offset.start, end: s.start + m.offset.start + m.offset.length, type });
    };
    add(doc.people(), 'PER');
    add(doc.organizations(), 'ORG');
    add(doc.places(), 'LOC');
  }
  return out.sort((a, b) => a.start - b.start);
};

/** The recognizer the pipeline uses unless told otherwise: the statistical model of src/ner. */
export const defaultRecognizer: Recognizer = recognize;
