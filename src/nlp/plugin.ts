/**
 * The compromise plugin of news-kg: words and tags that news about states and meetings needs and that compromise's
 * lexicon does not carry. Each table entry is a lowercase word (or phrase) and the tag it gets.
 */

/** Titles of office that precede a name: tagged so that they are never read as part of a person's name. */
const TITLE_WORDS: Record<string, string> = {
  chairman: 'Title',
  chairwoman: 'Title',
  premier: 'Title',
  chancellor: 'Title',
  secretary: 'Title',
  envoy: 'Title',
  ambassador: 'Title',
};

export const kgPlugin = {
  words: { ...TITLE_WORDS },
};
