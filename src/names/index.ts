/**
 * Name rules, one module for the article (src/pipeline/03-resolve.ts) and the corpus (src/graph/build.ts): folding,
 * people's names (same person, surnames, initials, particles, generations), acronyms, organizations' forms (legal
 * suffixes, spellings, party short forms), kind evidence, and the corpus merge. Rules are data with reasons.
 */
export * from './acronyms.js';
export * from './persons.js';
export * from './organizations.js';
export * from './merge.js';
export * from './junk.js';
export * from './teams.js';
export * from './spelling.js';
