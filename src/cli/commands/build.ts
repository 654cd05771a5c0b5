/** `kg build <inputs...> -o graph.json`: build the knowledge graph and write it, with its extractions sidecar,
 * atomically. */
import type { Command } from 'commander';
import { buildFromInputs } from '../../api.js';
import { saveGraph } from '../../graph/io.js';
import { applyLayout } from '../../graph/layout.js';
import { writeFileAtomic } from '../../util/atomic.js';
import { saveExtractions, sidecarPath } from '../../util/sidecar.js';
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
    .requiredOption('-o, --output <file>', 'where to write the graph (graphology JSON); GRAPH.extractions.jsonl.gz is written beside it for kg add')
    .option('--report <file>', 'write every merge and declined near-miss to this JSON file')
    .option('--layout', 'compute node positions (ForceAtlas2, fixed seed) so views and exports are reproducible')
    .option('--seed <n>', 'layout seed', '1')
    .option('-j, --jobs <n>', 'worker threads for extraction (default: the number of cores; 1 extracts in-process)')
    .action(async (inputs: string[], opts: BuildOptions) => {
      const jobs = parseJobs(opts.jobs);
      const progress = startProgress();
      let result;
      try {
        result = await buildFromInputs(inputs, { jobs, onArticle: (n) => progress.update(n) });
      } finally {
        progress.stop();
      }
      for (const e of [...result.warnings, ...result.errors]) ctx.err(`kg: ${e.message}\n`);
      const layout = opts.layout ? { seed: Number(opts.seed) } : null;
      if (layout) applyLayout(result.graph, layout);
      // Each write is atomic. A run stopped between the two leaves a sidecar that does not match the graph (their
      // article hashes differ), which kg add detects and refuses rather than losing articles.
      await saveExtractions(sidecarPath(opts.output), result.extractions, layout);
      await saveGraph(result.graph, opts.output);
      if (opts.report) await writeFileAtomic(opts.report, JSON.stringify(result.report, null, 2) + '\n');
      ctx.err(summarize(result.graph, result.extractions.length, result.errors.length, opts.output) + '\n');
      if (result.errors.length) ctx.exitCode = 1;
    });
}
