/** `kg add <graph.json> <inputs...>`: merge new or changed articles into a graph without extracting the old ones again.
 * The result is byte-identical to `kg build` of all the articles. */
import type { Command } from 'commander';
import { addToGraphFile } from '../../store.js';
import { parseJobs } from '../../workers/pool.js';
import type { CliContext } from '../context.js';
import { startProgress, summarize } from '../summary.js';

/** Replaced articles named one per line, at most. */
const MAX_REPLACED_SHOWN = 20;

interface AddOptions {
  report?: string;
  jobs?: string;
}

export function registerAdd(program: Command, ctx: CliContext): void {
  program
    .command('add')
    .description('add new or changed articles to a graph built by kg build (only those are extracted)')
    .argument('<graph>', 'graph file written by kg build (the extractions file it names must be beside it)')
    .argument('<inputs...>', 'article files (.txt, .md, .jsonl) or folders')
    .option('--report <file>', 'write every merge and declined near-miss to this JSON file')
    .option('-j, --jobs <n>', 'worker threads for extraction (default: the number of cores; 1 extracts in-process)')
    .action(async (graphFile: string, inputs: string[], opts: AddOptions) => {
      const jobs = parseJobs(opts.jobs);
      const progress = startProgress();
      let result;
      try {
        result = await addToGraphFile(graphFile, inputs, { jobs, onArticle: (n) => progress.update(n), report: Boolean(opts.report), ...(opts.report ? { reportFile: opts.report } : {}) });
      } finally {
        progress.stop();
      }
      for (const e of [...result.warnings, ...result.errors]) ctx.err(`kg: ${e.message}\n`);
      const shown = result.replaced.slice(0, MAX_REPLACED_SHOWN);
      for (const r of shown) ctx.err(`kg: ${r.origin}: replaces article "${r.id}" of the graph (same id, another text)\n`);
      if (result.replaced.length > shown.length) ctx.err(`kg: … and ${result.replaced.length - shown.length} more articles replaced\n`);
      if (result.stats.read) ctx.err(summarize(result.graph, result.stats.read, result.errors.length, graphFile, result.stats) + '\n');
      if (result.errors.length) ctx.exitCode = 1;
    });
}
