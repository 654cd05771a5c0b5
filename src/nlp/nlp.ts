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

/** The tag compromise's lexicon gives a single lowercase word ("google" → "Organization"), if any. */
export function lexiconTag(word: string): string | undefined {
  const tag = lexicon[word.toLowerCase()];
  return Array.isArray(tag) ? tag[0] : tag;
}
