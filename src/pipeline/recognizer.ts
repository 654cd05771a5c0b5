/**
 * The entity recognizer behind step 2: spans of people, organizations, locations (and MISC names) with character
 * offsets. The statistical model in src/ner is the recognizer; this module is the seam the pipeline calls.
 */
import type { Sentence } from '../nlp/tokenize.js';
import { recognize } from '../ner/index.js';

export interface NerSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

export type Recognizer = (text: string, sentences: Sentence[]) => NerSpan[];

/** The recognizer the pipeline uses unless told otherwise: the statistical model of src/ner. */
export const defaultRecognizer: Recognizer = recognize;
