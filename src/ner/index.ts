/**
 * Statistical named-entity recognizer: an averaged structured perceptron over BILOU tags, trained on CoNLL-2003
 * (scripts/train-ner.ts), with gazetteer and document-level features (src/ner/features.ts).
 *
 *   recognize(text, tokenize(text)) → [{start, end, type: 'PER' | 'ORG' | 'LOC' | 'MISC', score}]
 *
 * Offsets are into `text`. Spans never begin or end with punctuation, and PER spans never begin with a title
 * ("President Joe Biden" → "Joe Biden"). The weights are loaded once, on first use.
 */
import fs from 'node:fs';
import type { Sentence } from '../nlp/tokenize.js';
import { documentFeatures, History, type ModelToken } from './features.js';
import { decodeModel, tagSentence, type Model } from './model.js';
import { ENTITY_TYPES, spansOf, typeOf, type EntityType } from './tags.js';
import { TITLE_SET } from './titles.js';

export type { EntityType } from './tags.js';
export { ModelFormatError } from './model.js';

export interface NerSpan {
  start: number;
  end: number;
  type: EntityType;
  /** Reserved for a confidence; the perceptron gives none yet. */
  score?: number;
}

/** Where the shipped weights are: models/ner.bin.gz at the package root (two levels above src/ner and dist/ner). */
export const MODEL_URL = new URL('../../models/ner.bin.gz', import.meta.url);

let model: Model | undefined;

/** Loads the weights (once). Called by `recognize`; call it early to move the cost of loading out of the first call. */
export function loadModel(): Model {
  model ??= decodeModel(fs.readFileSync(MODEL_URL));
  return model;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Finds the named entities of a text, given its sentences from `tokenize`. */
export function recognize(text: string, sentences: Sentence[]): NerSpan[] {
  const m = loadModel();
  const out: NerSpan[] = [];
  const history = new History();
  for (const f of documentFeatures(text, sentences)) {
    const tags = tagSentence(m, f, history.features(f.tokens));
    history.record(f.tokens, tags, typeOfTag);
    for (const s of spansOf(tags, f.tokens.length)) {
      const span = clean(f.tokens, s.from, s.to, ENTITY_TYPES[s.type]!);
      if (span) out.push(span);
    }
  }
  return out;
}

const typeOfTag = (tag: number): number => (tag ? typeOf(tag) : -1);

/** Trims punctuation (and, for people, leading titles) off a span; null when nothing is left. */
function clean(tokens: ModelToken[], from: number, to: number, type: EntityType): NerSpan | null {
  const isPunct = (i: number): boolean => !HAS_WORD.test(tokens[i]!.text);
  const isPossessive = (i: number): boolean => /^['’‘][sS]?$/u.test(tokens[i]!.text);
  // A lowercase word at either end ("'s Cabinet Office", "ex-Columbia", "Outlook - due") is not part of a name,
  // when the span has a capital elsewhere (text written all in lower case keeps its spans as they are).
  const isLower = (i: number): boolean => !/[\p{Lu}\p{Lt}\p{N}]/u.test(tokens[i]!.text);
  let hasCapital = false;
  for (let i = from; i <= to; i++) if (/[\p{Lu}\p{Lt}]/u.test(tokens[i]!.text)) hasCapital = true;
  const junk = (i: number): boolean => isPunct(i) || isPossessive(i) || (hasCapital && isLower(i));
  while (from <= to && junk(from)) from++;
  while (to >= from && junk(to)) to--;
  if (type === 'PER') {
    while (from < to && (TITLE_SET.has(tokens[from]!.text.toLowerCase()) || junk(from))) from++;
  }
  if (from > to) return null;
  // inside the end tokens: "#Putin", "Reuters)" and a final full stop, unless it closes an initialism ("U.S.")
  let start = tokens[from]!.start;
  let end = tokens[to]!.end;
  const first = tokens[from]!.text;
  const last = tokens[to]!.text;
  start += LEADING_JUNK.exec(first)![0].length;
  const tail = TRAILING_JUNK.exec(last)![0];
  end -= /^\.$/.test(tail) && /\p{L}\.\p{L}/u.test(last) ? 0 : tail.length;
  if (end <= start) return null;
  return { start, end, type };
}

const LEADING_JUNK = /^[^\p{L}\p{N}]*/u;
const TRAILING_JUNK = /[^\p{L}\p{N}]*$/u;
