/**
 * Extraction as a map over articles, in a pool of worker threads (piscina) or in-process for one job. Results come
 * back in input order whatever the number of threads, and at most `maxInFlight` articles are queued or being
 * extracted at once, so memory stays flat however long the input is.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { UsageError } from '../errors.js';
import type { Article, ArticleExtraction } from '../types.js';

/** What a worker thread receives: an article, and whether to explain its meeting decisions. */
export type ExtractTask = Article & { explain?: boolean };

export interface Extractor {
  readonly jobs: number;
  extract(article: Article): Promise<ArticleExtraction>;
  close(): Promise<void>;
}

/** The default number of jobs: the cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** The compiled worker module. From dist/ it sits beside this file; from the TypeScript sources (tests, tsx) the
 * compiled one in dist/ is used, so `npm run build` must have run. */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const dir = path.dirname(here);
  if (here.endsWith('.js')) return path.join(dir, 'extract-worker.js');
  return path.resolve(dir, '../../dist/workers/extract-worker.js');
}

/** The worker module's path; throws when it has not been built. */
export function requireWorkerModule(): string {
  const filename = workerFile();
  if (!existsSync(filename)) throw new Error(`worker module ${filename} is missing: run "npm run build" first`);
  return filename;
}

/** One job: extraction on this thread. More: a pool of `jobs` worker threads. */
export function createExtractor(jobs: number = defaultJobs(), explain = false): Extractor {
  if (jobs <= 1) {
    // Loaded on first use: with worker threads, the main thread never needs the pipeline (or its model) at all.
    let extractArticle: ((a: Article, o: { explain: boolean }) => ArticleExtraction) | undefined;
    return {
      jobs: 1,
      extract: async (article) => {
        extractArticle ??= (await import('../pipeline/extract.js')).extractArticle;
        return extractArticle(article, { explain });
      },
      close: async () => {},
    };
  }
  const filename = requireWorkerModule();
  const pool = new Piscina<ExtractTask, ArticleExtraction>({
    filename,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
  });
  return {
    jobs,
    extract: (article) => pool.run(explain ? { ...article, explain } : article),
    close: () => pool.destroy(),
  };
}

/** Maps `fn` over `source` with at most `limit` calls pending, yielding results in source order. `fn` must not
 * reject (wrap failures as values). */
export async function* orderedMap<T, R>(source: AsyncIterable<T>, fn: (item: T) => Promise<R>, limit: number): AsyncGenerator<R> {
  const pending: Array<Promise<R>> = [];
  for await (const item of source) {
    pending.push(fn(item));
    if (pending.length >= limit) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}

/** Reads a `--jobs` value: a whole number of at least 1 (default: the number of cores). */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, got "${value}"`);
  return n;
}
