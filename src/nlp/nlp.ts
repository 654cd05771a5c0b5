/**
 * The one module that owns compromise: it is configured here once, with this project's plugin, and every other
 * module imports it from here.
 */
import nlp from 'compromise';
import { kgPlugin } from './plugin.js';

nlp.plugin(kgPlugin);

export { nlp };
export type View = ReturnType<typeof nlp>;

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

const wordTagCache = new Map<string, readonly string[]>();

/** The tags compromise gives a word read alone, in lowercase (its lexicon's, else what its rules infer from the word's
 * form: "sadly" Adverb, "crooked" PastTense, "sleepy" Adjective). */
export function wordTags(word: string): readonly string[] {
  const w = word.toLowerCase();
  let tags = wordTagCache.get(w);
  if (!tags) {
    tags = (nlp(w).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
    wordTagCache.set(w, tags);
  }
  return tags;
}

/** Whether a word is an adverb made with "-ly" ("Sadly", "Currently", "Hopefully"), as compromise reads the word alone;
 * its lexicon lists few such adverbs, and no given name ("Kelly", "Emily") reads so. */
export function isLyAdverb(word: string): boolean {
  if (!/^\p{L}{3,}ly$/u.test(word)) return false;
  const tags = wordTags(word);
  return tags.includes('Adverb') && !tags.includes('Person');
}

/** The tag compromise's lexicon gives a single lowercase word ("google" → "Organization"), if any. */
export function lexiconTag(word: string): string | undefined {
  const tag = lexicon[word.toLowerCase()];
  return Array.isArray(tag) ? tag[0] : tag;
}

const tagsOf = new WeakMap<readonly { start: number }[], string[][]>();

/**
 * compromise's tags of each token of a sentence (tokens with offsets into `text`, the sentence ending at `end`), empty
 * where no term of compromise starts at a token. The sentence is tagged once, as a whole, whoever asks first.
 */
export function tokenTags(text: string, tokens: readonly { start: number }[], end: number): string[][] {
  const known = tagsOf.get(tokens);
  if (known) return known;
  const start = tokens[0]?.start ?? end;
  const doc = nlp(text.slice(start, end).replace(/[\r\n]/g, ' '));
  const terms = (doc.json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number } }> }>).flatMap((x) => x.terms);
  const byStart = new Map<number, string[]>();
  for (const t of terms) byStart.set(start + t.offset.start, t.tags);
  const out = tokens.map((tok) => byStart.get(tok.start) ?? []);
  tagsOf.set(tokens, out);
  return out;
}
