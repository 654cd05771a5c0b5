/** `kg add <graph.json> <inputs...>`: merge new or changed articles into a graph without extracting the old ones again.
 * The result is byte-identical to `kg build` of all the articles. */
import type { Command } from 'commander';
import { addToExtractions } from '../../api.js';
import { GraphFileError } from '../../errors.js';
import { loadGraph, saveGraph, serializeGraph } from '../../graph/io.js';
import { applyLayout } from '../../graph/layout.js';
import { writeFileAtomic } from '../../util/atomic.js';
import { loadExtractions, saveExtractions, sidecarPath } from '../../util/sidecar.js';
import { parseJobs } from '../../workers/pool.js';
import type { CliContext } from '../context.js';
import { startProgress, summarize } from '../summary.js';

interface AddOptions {
  report?: string;
  jobs?: string;
}

export function registerAdd(program: Command, ctx: CliContext): void {
  program
    .command('add')
    .description('add new or changed articles to a graph built by kg build (only those are extracted)')
    .argument('<graph>', 'graph file written by kg build (its GRAPH.extractions.jsonl.gz must be beside it)')
    .argument('<inputs...>', 'article files (.txt, .md, .jsonl) or folders')
    .option('--report <file>', 'write every merge and declined near-miss to this JSON file')
    .option('-j, --jobs <n>', 'worker threads for extraction (default: the number of cores; 1 extracts in-process)')
    .action(async (graphFile: string, inputs: string[], opts: AddOptions) => {
      const jobs = parseJobs(opts.jobs);
      // Both files are read and checked before anything is extracted or written: a damaged one stops here.
      const old = await loadGraph(graphFile);
      const sidecar = sidecarPath(graphFile);
      const { header, extractions: base } = await loadExtractions(sidecar);
      const articles = old.getAttribute('articles') ?? {};
      const ids = Object.keys(articles);
      if (ids.length !== base.length || base.some((x) => articles[x.id]?.hash !== x.hash))
        throw new GraphFileError(sidecar, `does not match ${graphFile} (their articles differ, a build may have been stopped between the two writes); run kg build again`);
      const progress = startProgress();
      let result;
      try {
        result = await addToExtractions(base, inputs, { jobs, onArticle: (n) => progress.update(n) });
      } finally {
        progress.stop();
      }
      for (const e of [...result.warnings, ...result.errors]) ctx.err(`kg: ${e.message}\n`);
      if (header.layout) applyLayout(result.graph, header.layout);
      const changed = result.stats.added + result.stats.replaced > 0;
      // Nothing new: the files are left as they are (a rebuild would give the same bytes anyway).
      if (changed || serializeGraph(result.graph) !== serializeGraph(old)) {
        await saveExtractions(sidecar, result.extractions, header.layout);
        await saveGraph(result.graph, graphFile);
      }
      if (opts.report) await writeFileAtomic(opts.report, JSON.stringify(result.report, null, 2) + '\n');
      ctx.err(summarize(result.graph, result.stats.read, result.errors.length, graphFile, result.stats) + '\n');
      if (result.errors.length) ctx.exitCode = 1;
    });
}
