/**
 * The library's main entry points: articles in, extractions or a graph out. The CLI is a thin layer over these.
 * Bad articles never stop a run: they come back as InputError values beside the good results.
 *
 * Extraction is a stateless map over articles, run in a pool of worker threads (`jobs`), with a bounded number of
 * articles in flight; results are taken in input order and the merge sorts them, so the graph does not depend on the
 * number of jobs nor on the order the inputs are listed in.
 */
import { InputError, InputWarning } from './errors.js';
import { articleHash, readArticles, type ReadItem } from './input/read.js';
import { buildGraph, type MergeReport } from './graph/build.js';
import type { KnowledgeGraph } from './graph/io.js';
import type { Article, ArticleExtraction } from './types.js';
import { createExtractor, defaultJobs, orderedMap, requireWorkerModule, type Extractor } from './workers/pool.js';
import { sortExtractions } from './util/sidecar.js';

/** An extraction, or an input that could not be read (an InputError; an InputWarning when nothing was lost). */
export type ExtractItem =
  | { ok: true; extraction: ArticleExtraction; origin: string }
  | { ok: false; error: InputError };

export interface RunOptions {
  /** Worker threads for extraction; 1 extracts on the calling thread. Default: the number of cores. */
  jobs?: number;
  /** Articles queued or being extracted at once (default: 8 per job). Bounds memory on long inputs. */
  maxInFlight?: number;
  /** Called after each article read (extracted, skipped as unchanged, or failed) with the running count. */
  onArticle?: (done: number) => void;
  /** Adds every meeting candidate's decision and reasons to each extraction (`candidates`). */
  explain?: boolean;
  /** Articles already extracted, by id: one whose text hash matches is not extracted again. */
  known?: ReadonlyMap<string, string>;
  /** List the merge's declined near-misses in the report (see BuildGraphOptions). */
  report?: boolean;
}

/** An article whose id and hash are already known (see RunOptions.known): not extracted again. */
interface Unchanged {
  unchanged: true;
  id: string;
  origin: string;
}

/** Reads and extracts every article of the given files and folders, yielding results in input order. */
export async function* extractInputs(inputs: string[], options: RunOptions = {}): AsyncGenerator<ExtractItem> {
  for await (const item of extractStream(inputs, options)) if (!('unchanged' in item)) yield item;
}

async function* extractStream(inputs: string[], options: RunOptions): AsyncGenerator<ExtractItem | Unchanged> {
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  // The pool starts on the first article that needs extracting: re-adding known articles starts no thread.
  let extractor: Extractor | undefined;
  const limit = Math.max(1, options.maxInFlight ?? jobs * 8);
  if (jobs > 1) requireWorkerModule();
  const known = options.known;
  const run = async (item: ReadItem): Promise<ExtractItem | Unchanged> => {
    if (item instanceof InputError) return { ok: false, error: item };
    const article: Article = item;
    if (known && known.get(article.id) === articleHash(article.text)) return { unchanged: true, id: article.id, origin: article.origin };
    extractor ??= createExtractor(jobs, !!options.explain);
    try {
      return { ok: true, extraction: await extractor.extract(article), origin: article.origin };
    } catch (e) {
      // A crash of the pipeline on one article is a bug, but it must not lose the other articles of the run.
      const message = e instanceof Error ? e.message : String(e);
      return { ok: false, error: new InputError(article.origin, `extraction failed (a bug in kg, please report it): ${message.split('\n')[0]}`) };
    }
  };
  try {
    yield* orderedMap(readArticles(inputs), run, limit);
  } finally {
    await extractor?.close();
  }
}

export interface RunStats {
  /** Articles read in this run (extracted or unchanged). */
  read: number;
  /** New articles (ids not in the base). */
  added: number;
  /** Articles whose id was in the base with another text: their old contribution is replaced. */
  replaced: number;
  /** Articles already in the base with the same text: nothing to do. */
  unchanged: number;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  report: MergeReport;
  /** Every extraction the graph is made of, sorted by id then hash. */
  extractions: ArticleExtraction[];
  errors: InputError[];
  /** What was read but not used as given (an unreadable date: the article is kept undated; a folder reached twice). */
  warnings: InputWarning[];
  stats: RunStats;
  /** The articles of the base whose text this run replaced: their id and where the new text was read. */
  replaced: Array<{ id: string; origin: string }>;
}

/** Builds the graph of the given files and folders. */
export async function buildFromInputs(inputs: string[], options: RunOptions = {}): Promise<BuildResult> {
  return addToExtractions([], inputs, options);
}

/**
 * Merges the articles of `inputs` into a set of earlier extractions (a graph's sidecar) and rebuilds the graph:
 * a known article (same id and text) is not extracted again, a changed one replaces its old contribution, a new one
 * is added. The result is the graph a full build of the same articles gives, byte for byte.
 *
 * Within one run, an id read twice with the same text counts once; with different texts it is an error, and the
 * version read from the first origin in sorted order is kept, so the outcome does not depend on input order.
 */
export async function addToExtractions(base: ArticleExtraction[], inputs: string[], options: RunOptions = {}): Promise<BuildResult> {
  const byId = new Map<string, ArticleExtraction>();
  for (const x of base) byId.set(x.id, x);
  const known = new Map<string, string>();
  for (const x of base) known.set(x.id, x.hash);
  const fresh = new Map<string, { extraction: ArticleExtraction | null; hash: string; origin: string }>();
  const errors: InputError[] = [];
  const warnings: InputWarning[] = [];
  const stats: RunStats = { read: 0, added: 0, replaced: 0, unchanged: 0 };
  const replaced: Array<{ id: string; origin: string }> = [];
  let done = 0;
  for await (const item of extractStream(inputs, { ...options, known })) {
    if ('ok' in item && !item.ok && item.error instanceof InputWarning) {
      warnings.push(item.error);
      continue;
    }
    done++;
    if ('unchanged' in item) {
      const prev = fresh.get(item.id);
      if (prev && prev.hash !== known.get(item.id)) conflict(item.id, prev, { extraction: null, hash: known.get(item.id)!, origin: item.origin });
      else if (!prev) fresh.set(item.id, { extraction: null, hash: known.get(item.id)!, origin: item.origin });
    } else if (!item.ok) {
      errors.push(item.error);
    } else {
      const x = item.extraction;
      const prev = fresh.get(x.id);
      if (prev && prev.hash !== x.hash) conflict(x.id, prev, { extraction: x, hash: x.hash, origin: item.origin });
      else if (!prev) fresh.set(x.id, { extraction: x, hash: x.hash, origin: item.origin });
    }
    options.onArticle?.(done);
  }
  function conflict(id: string, a: { origin: string }, b: { extraction: ArticleExtraction | null; hash: string; origin: string }): void {
    const [keep, drop] = cmp(a.origin, b.origin) <= 0 ? [a, b] : [b, a];
    errors.push(new InputError(drop.origin, `article id "${id}" was also read, with another text, from ${keep.origin}; this one is skipped`));
    if (keep === b) fresh.set(id, b);
  }
  for (const [id, f] of fresh) {
    stats.read++;
    if (f.extraction === null) stats.unchanged++;
    else {
      if (byId.has(id)) {
        stats.replaced++;
        replaced.push({ id, origin: f.origin });
      } else stats.added++;
      byId.set(id, f.extraction);
    }
  }
  const extractions = sortExtractions([...byId.values()]);
  const { graph, report } = buildGraph(extractions, { report: options.report ?? false });
  // Errors in a stable order: by where they were read, so the messages do not depend on the order of the inputs.
  errors.sort((a, b) => cmp(a.message, b.message));
  replaced.sort((a, b) => cmp(a.id, b.id));
  warnings.sort((a, b) => cmp(a.message, b.message));
  return { graph, report, extractions, errors, warnings, stats, replaced };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
