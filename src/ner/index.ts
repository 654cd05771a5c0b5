/**
 * Statistical named-entity recognizer: an averaged structured perceptron over BILOU tags, trained on CoNLL-2003
 * (scripts/train-ner.ts), with gazetteer and document-level features (src/ner/features.ts).
 *
 *   recognize(text, tokenize(text)) → [{start, end, type: 'PER' | 'ORG' | 'LOC' | 'MISC', score}]
 *
 * Offsets are into `text`. Spans never begin or end with punctuation, and PER spans never begin with a title
 * ("President Joe Biden" → "Joe Biden"); a person's name split by the model is joined again (`joinNames`). The
 * weights are loaded once, on first use.
 */
import fs from 'node:fs';
import type { Sentence } from '../nlp/tokenize.js';
import { documentFeatures, FEATURE_GROUPS, History, localIds, prepareFeatures, setFeatureGroups, TITLE_CASE, type ModelToken, type SentenceFeatures } from './features.js';
import { decodeModel, hasFeature, tagSentence, type Model } from './model.js';
import { ENTITY_TYPES, NUM_TAGS, spansOf, tagOf, typeOf, type EntityType } from './tags.js';
import { GAZ_CLASSES } from './gazetteer.js';
import { writtenInLowerCase } from './clusters.js';
import { ARTICLE_PARTICLE_SET, BARE_TITLE_SET, COMPOUND_HEAD_SET, NAME_PARTICLE_SET, TITLE_SET } from './titles.js';
import { voteTypes } from './consistency.js';

export type { EntityType } from './tags.js';
export { ModelFormatError } from './model.js';

export interface NerSpan {
  start: number;
  end: number;
  type: EntityType;
  /**
   * Confidence in [0, 1): 1 - exp(-margin / 25) of the smallest margin, over the span's tokens and its two neighbours, by
   * which the best tagging beats the best one that tags that token otherwise. Higher is surer; it ranks spans but
   * is not a calibrated probability.
   */
  score?: number;
}

/** Where the shipped weights are: models/ner.bin.gz at the package root (two levels above src/ner and dist/ner). */
export const MODEL_URL = new URL('../../models/ner.bin.gz', import.meta.url);

let model: Model | undefined;

/**
 * Loads the weights (once), and the gazetteer and word classes they were trained with. Called by `recognize`; call
 * it early to move the cost of loading out of the first call.
 * `file` reads another weight file than the shipped one (measuring a model in training), if called first.
 */
export function loadModel(file: string | URL = MODEL_URL): Model {
  if (!model) {
    model = decodeModel(fs.readFileSync(file));
    setFeatureGroups(model.groups);
    prepareFeatures();
  }
  return model;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Finds the named entities of a text, given its sentences from `tokenize`. */
export function recognize(text: string, sentences: Sentence[]): NerSpan[] {
  const m = loadModel();
  const out: NerSpan[] = [];
  const history = new History();
  for (const f of documentFeatures(text, sentences)) {
    const n = f.tokens.length;
    if (margins.length < n) margins = new Float64Array(n * 2);
    const tags = tagSentence(m, f, history.features(f.tokens, f.words), margins, (emit) => {
      trustLists(m, f, emit);
      officeTitles(f, emit);
    });
    history.record(f.tokens, tags, typeOfTag, f.words);
    const spans = spansOf(tags, n);
    for (const s of f.caps ? spans : hyphenatedNames(f, joinNames(f, tags, spans))) {
      const span = clean(f.tokens, s.from, s.to, ENTITY_TYPES[s.type]!);
      if (!span) continue;
      // the exact span stands if no token in it or next to it is better tagged otherwise
      let margin = Infinity;
      for (let i = Math.max(0, s.from - 1); i <= Math.min(n - 1, s.to + 1); i++) margin = Math.min(margin, margins[i]!);
      span.score = Math.round(1e4 * (1 - Math.exp(-margin / SCORE_SCALE))) / 1e4;
      out.push(span);
    }
  }
  if (m.groups & FEATURE_GROUPS.document) voteTypes(text, out);
  return out;
}

/**
 * How far the company list is trusted on a name the training data never had, in weight units. A word the lists give
 * to organizations alone (`soleorg`: "Huawei", "TikTok", "ByteDance"), with no weights of its own (CoNLL-2003, of 1996,
 * never had it twice) and that 2012-2020 news never writes in lower case (it has no lowercase word class: "cardinal"
 * and "telephone" are in the company list too), leans to ORG by this much in decoding: enough to outweigh a context
 * 1996 news used for places ("added X to", "suppliers in X"), not a clear reading. A name the training data had keeps
 * what the weights learned of it. Places get no such lean: the towns of the lists name sports clubs as often.
 */
const LIST_TRUST = 80;
const SOLE_ORG = 1 << GAZ_CLASSES.indexOf('soleorg');
const ORG = ENTITY_TYPES.indexOf('ORG');

function trustLists(m: Model, f: SentenceFeatures, emit: Float64Array): void {
  if (!(m.groups & FEATURE_GROUPS.lists)) return;
  const add = LIST_TRUST / m.scale;
  for (let i = 0; i < f.words.length; i++) {
    const w = f.words[i]!;
    if (!(w.gaz & SOLE_ORG) || w.form === 0) continue;
    // the word's own feature ("w=huawei") is the second of its local features
    if (hasFeature(m, localIds(w, f.caps)[1]!) || writtenInLowerCase(w.raw)) continue;
    for (let part = 0; part < 4; part++) emit[i * NUM_TAGS + tagOf(ORG, part)] += add;
  }
}

/** Offices named "<office> of <department>": "Secretary of State", "Minister of Finance", "Secretary of Defense". */
const OFFICES: ReadonlySet<string> = new Set(['secretary', 'minister', 'undersecretary']);

/**
 * The department word of an office title ("Secretary of State Antony Blinken", "Minister of Finance ...") names the
 * office, not an organization, and starts no name: it is decoded as outside every span, and the model decides the
 * name after it anew. The word is one of the title words (`TITLE_SET`: state, finance, defence, foreign) after an
 * office and "of", capitalized.
 */
function officeTitles(f: SentenceFeatures, emit: Float64Array): void {
  const t = f.tokens;
  for (let i = 2; i < t.length; i++) {
    if (f.words[i]!.form !== TITLE_CASE || !TITLE_SET.has(f.words[i]!.lw)) continue;
    if (t[i - 1]!.text !== 'of' || !OFFICES.has(f.words[i - 2]!.lw) || f.words[i - 2]!.form !== TITLE_CASE) continue;
    for (let tag = 1; tag < NUM_TAGS; tag++) emit[i * NUM_TAGS + tag] = -1e9;
  }
}

/**
 * A romanized Korean (or Chinese) name: a one-syllable family name and a two-syllable given name written with a
 * hyphen ("Park Geun-hye", "Lee Myung-bak", "Ban Ki-moon"). When the model reads part of one as an entity of any
 * type, the whole is a person's name; spans inside it give way. (A longer person span that ends inside it is joined
 * by `joinNames`; the second syllable is never a compound-making word: `hyphenSyllable`.)
 */
function hyphenatedNames(f: SentenceFeatures, spans: TokenSpan[]): TokenSpan[] {
  const t = f.tokens;
  let out = spans;
  for (let i = 1; i + 2 < t.length; i++) {
    if (!hyphenSyllable(t, i) || t[i]!.lineStart) continue;
    const family = f.words[i - 1]!;
    if (family.form !== TITLE_CASE || family.raw.length > 6 || TITLE_SET.has(family.lw) || t[i - 1]!.end === t[i]!.start) continue;
    const from = i - 1;
    const to = i + 2;
    const touching = out.filter((s) => s.to >= from && s.from <= to);
    if (!touching.length || touching.some((s) => s.from < from || s.to > to)) continue;
    if (touching.length === 1 && touching[0]!.type === PER && touching[0]!.from === from && touching[0]!.to === to) continue;
    out = [...out.filter((s) => !touching.includes(s)), { from, to, type: PER }].sort((a, b) => a.from - b.from);
  }
  return out;
}

const typeOfTag = (tag: number): number => (tag ? typeOf(tag) : -1);
const PER = ENTITY_TYPES.indexOf('PER');

type TokenSpan = ReturnType<typeof spansOf>[number];

/**
 * Names from outside the 1996 training data often start with a given name the model has never seen ("Bola Ahmed
 * Tinubu", "Andrés Manuel López Obrador") or join their parts with a particle it rarely saw ("Tamim bin Hamad Al
 * Thani", "Abdel Fattah el-Sisi"), and come out cut short or in pieces. A person span takes in, on its left: a
 * capitalized word unknown to every lexicon and gazetteer (so not a title, a demonym, a month or an ordinary word),
 * whether tagged O or as an entity of its own; a person span right before it; and either of these across a name
 * particle. On its right, a name of two words or more takes in a short lowercase syllable hyphenated to its last
 * word, the second half of a romanized given name ("Moon Jae-in", "Kim Jong-un"), unless the syllable is a word
 * that makes a compound of the name ("Bush-era", `COMPOUND_HEAD_SET`).
 */
function joinNames(f: SentenceFeatures, tags: Int32Array, spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  const unknownCapital = (i: number): boolean => {
    const w = f.words[i]!;
    return w.form === TITLE_CASE && w.gaz === 0 && w.raw.length >= 2;
  };
  /** Can the name reach back to token i (an unknown capital, or the end of a span that may join)? Returns the new start. */
  const reach = (i: number): number => {
    if (i < 0) return -1;
    const prev = out[out.length - 1];
    if (prev && prev.to === i && (prev.type === PER || (prev.from === prev.to && unknownCapital(i)))) {
      out.pop();
      return prev.from;
    }
    return tags[i] === 0 && unknownCapital(i) ? i : -1;
  };
  for (const span of spans) {
    const s = { ...span };
    // Across a line break, a person span joins only a one-word person span that ends the line before: a given name
    // wrapped from its surname ("Prime Minister Yasuhiro\nNakasone"). Two names of two words or more on either side
    // of a break are two people ("said John Smith\nMary Jones"), and an unknown capital at the end of the line before
    // may be a list's heading or a dateline's word.
    const wrappedGivenName = (): boolean => {
      const prev = out[out.length - 1];
      return !!prev && prev.type === PER && prev.to === s.from - 1 && prev.from === prev.to && s.to - s.from <= 1;
    };
    while (s.type === PER && s.from > 0 && (!f.tokens[s.from]!.lineStart || wrappedGivenName())) {
      let from = reach(s.from - 1);
      if (from < 0) {
        let q = s.from - 1;
        if (f.tokens[q]!.text === '-' && q > 0 && !f.tokens[q]!.lineStart) q--;
        if (NAME_PARTICLE_SET.has(f.tokens[q]!.text) && !f.tokens[q]!.lineStart) from = reach(q - 1);
      }
      if (from < 0) break;
      s.from = from;
    }
    if (s.type === PER) {
      // the model may have taken the hyphen in already ("Moon Jae -")
      const last = f.tokens[s.to]!.text === '-' ? s.to - 1 : s.to;
      if (last > s.from && hyphenSyllable(f.tokens, last) && (last < s.to || !tags[last + 1]) && !tags[last + 2]) s.to = last + 2;
    }
    out.push(s);
  }
  return out;
}

/** Is token i a short capitalized name part followed, with no space, by "-" and a short lowercase syllable? */
function hyphenSyllable(tokens: ModelToken[], i: number): boolean {
  const [word, dash, syllable] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  if (!dash || !syllable || dash.text !== '-' || dash.start !== word.end || syllable.start !== dash.end) return false;
  const after = tokens[i + 3];
  if (after && after.start === syllable.end && /^[-\p{L}\p{N}]/u.test(after.text)) return false; // "Jae-in-led"
  return /^\p{Lu}\p{Ll}{0,4}$/u.test(word.text) && /^\p{Ll}{1,4}$/u.test(syllable.text) && !COMPOUND_HEAD_SET.has(syllable.text);
}

/** Margin (in weight units) at which the score is 1 - 1/e = 0.63; a span whose tokens all win by 75 scores 0.95. */
const SCORE_SCALE = 25;
let margins = new Float64Array(256);

/** Trims punctuation (and, for people, leading titles) off a span; null when nothing is left. */
function clean(tokens: ModelToken[], from: number, to: number, type: EntityType): NerSpan | null {
  const isPunct = (i: number): boolean => !HAS_WORD.test(tokens[i]!.text);
  const isPossessive = (i: number): boolean => /^['’‘][sS]?$/u.test(tokens[i]!.text);
  // A lowercase word at either end ("'s Cabinet Office", "ex-Columbia", "Outlook - due") is not part of a name,
  // when the span has a capital elsewhere (text written all in lower case keeps its spans as they are).
  const isLower = (i: number): boolean => !/[\p{Lu}\p{Lt}\p{N}]/u.test(tokens[i]!.text);
  let hasCapital = false;
  for (let i = from; i <= to; i++) if (/[\p{Lu}\p{Lt}]/u.test(tokens[i]!.text)) hasCapital = true;
  // ... but the lowercase syllable of a hyphenated given name is ("Moon Jae-in")
  const syllable = (i: number): boolean => i - 2 >= from && hyphenSyllable(tokens, i - 2);
  const junk = (i: number): boolean => isPunct(i) || isPossessive(i) || (hasCapital && isLower(i) && !syllable(i));
  // ... and so is the Arabic article that starts a name ("al-Qaeda", "al Qaeda")
  const article = (i: number): boolean => {
    const next = tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === tokens[i]!.end ? i + 2 : i + 1;
    return next <= to && ARTICLE_PARTICLE_SET.has(tokens[i]!.text) && (next === i + 1 || tokens[next]!.start === tokens[i + 1]!.end) && /^\p{Lu}/u.test(tokens[next]!.text);
  };
  while (from <= to && junk(from) && !article(from)) from++;
  while (to >= from && junk(to)) to--;
  if (type === 'PER') {
    while (from < to && (TITLE_SET.has(tokens[from]!.text.toLowerCase()) || (junk(from) && !article(from)))) from++;
  }
  if (from > to) return null;
  // a title alone, split by the model from the name after it ("Mr" | "." | "Romney"), names nothing
  if (from === to && BARE_TITLE_SET.has(tokens[from]!.text.toLowerCase())) return null;
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
