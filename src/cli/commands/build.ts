/** `kg build <inputs...> -o graph.json`: build the knowledge graph and write it, with its extractions sidecar, as one
 * unit (see src/store.ts). */
import type { Command } from 'commander';
import { buildGraphFile } from '../../store.js';
import { parseJobs } from '../../workers/pool.js';
import type { CliContext } from '../context.js';
import { startProgress, summarize } from '../summary.js';

interface BuildOptions {
  output: string;
  report?: string;
  layout?: boolean;
  seed?: string;
  jobs?: string;
}

export function registerBuild(program: Command, ctx: CliContext): void {
  program
    .command('build')
    .description('build the knowledge graph of articles (files and folders, read recursively)')
    .argument('<inputs...>', 'article files (.txt, .md, .jsonl) or folders')
    .requiredOption('-o, --output <file>', 'where to write the graph (graphology JSON); GRAPH.extractions.HASH.jsonl.gz is written beside it for kg add')
    .option('--report <file>', 'write every merge and declined near-miss to this JSON file')
    .option('--layout', 'compute node positions (ForceAtlas2, fixed seed) so views and exports are reproducible')
    .option('--seed <n>', 'layout seed', '1')
    .option('-j, --jobs <n>', 'worker threads for extraction (default: the number of cores; 1 extracts in-process)')
    .action(async (inputs: string[], opts: BuildOptions) => {
      const jobs = parseJobs(opts.jobs);
      const progress = startProgress();
      let result;
      try {
        const layout = opts.layout ? { seed: Number(opts.seed) } : null;
        result = await buildGraphFile(inputs, opts.output, { jobs, onArticle: (n) => progress.update(n), layout, report: Boolean(opts.report), ...(opts.report ? { reportFile: opts.report } : {}) });
      } finally {
        progress.stop();
      }
      for (const e of [...result.warnings, ...result.errors]) ctx.err(`kg: ${e.message}\n`);
      if (result.written) ctx.err(summarize(result.graph, result.extractions.length, result.errors.length, opts.output) + '\n');
      if (result.errors.length) ctx.exitCode = 1;
    });
}
