/**
 * The library's main entry points: articles in, extractions or a graph out. The CLI is a thin layer over these.
 * Bad articles never stop a run: they come back as InputError values beside the good results.
 */
import { InputError } from './errors.js';
import { readArticles } from './input/read.js';
import { extractArticle, type ExtractOptions } from './pipeline/extract.js';
import { buildGraph, type MergeReport } from './graph/build.js';
import type { KnowledgeGraph } from './graph/io.js';
import type { ArticleExtraction } from './types.js';

export type ExtractItem = { ok: true; extraction: ArticleExtraction } | { ok: false; error: InputError };

/** Reads and extracts every article of the given files and folders, in input order. */
export async function* extractInputs(inputs: string[], options: ExtractOptions = {}): AsyncGenerator<ExtractItem> {
  for await (const item of readArticles(inputs)) {
    if (item instanceof InputError) {
      yield { ok: false, error: item };
      continue;
    }
    yield { ok: true, extraction: extractArticle(item, options) };
  }
}

export interface BuildResult {
  graph: KnowledgeGraph;
  report: MergeReport;
  extractions: ArticleExtraction[];
  errors: InputError[];
}

/** Builds the graph of the given files and folders. */
export async function buildFromInputs(inputs: string[], options: ExtractOptions & { onArticle?: (done: number) => void } = {}): Promise<BuildResult> {
  const extractions: ArticleExtraction[] = [];
  const errors: InputError[] = [];
  const seen = new Map<string, string>();
  for await (const item of extractInputs(inputs, options)) {
    if (!item.ok) errors.push(item.error);
    else {
      const prev = seen.get(item.extraction.id);
      if (prev !== undefined) {
        errors.push(new InputError(item.extraction.id, `duplicate article id (also read from ${prev}); the later one is skipped`));
        continue;
      }
      seen.set(item.extraction.id, item.extraction.id);
      extractions.push(item.extraction);
    }
    options.onArticle?.(extractions.length + errors.length);
  }
  const { graph, report } = buildGraph(extractions);
  return { graph, report, extractions, errors };
}
