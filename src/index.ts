/**
 * news-kg's public API: build a knowledge graph from news articles, load it, and ask it questions from TypeScript.
 */
export * from './types.js';
export * from './errors.js';
export { loadGraph, parseGraph, saveGraph, serializeGraph, createGraph, type KnowledgeGraph } from './graph/io.js';
export * from './query/index.js';
export * from './export/index.js';
export { extractInputs, buildFromInputs, addToExtractions, type ExtractItem, type RunOptions, type RunStats, type BuildResult } from './api.js';
export { buildGraphFile, addToGraphFile, loadGraphFiles, type GraphFileOptions, type GraphFileResult, type ExtractionsRef } from './store.js';
