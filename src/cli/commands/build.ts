/** `kg build <inputs...> -o graph.json`: build the knowledge graph and write it atomically. */
import type { Command } from 'commander';
import { buildFromInputs } from '../../api.js';
import { saveGraph } from '../../graph/io.js';
import { applyLayout } from '../../graph/layout.js';
import { writeFileAtomic } from '../../util/atomic.js';
import type { CliContext } from '../context.js';
import { summarize } from '../summary.js';

interface BuildOptions {
  output: string;
  report?: string;
  layout?: boolean;
  seed?: string;
}

export function registerBuild(program: Command, ctx: CliContext): void {
  program
    .command('build')
    .description('build the knowledge graph of articles (files and folders, read recursively)')
    .argument('<inputs...>', 'article files (.txt, .md, .jsonl) or folders')
    .requiredOption('-o, --output <file>', 'where to write the graph (graphology JSON)')
    .option('--report <file>', 'write every merge and declined near-miss to this JSON file')
    .option('--layout', 'compute node positions (ForceAtlas2, fixed seed) so views and exports are reproducible')
    .option('--seed <n>', 'layout seed', '1')
    .action(async (inputs: string[], opts: BuildOptions) => {
      const result = await buildFromInputs(inputs);
      for (const e of result.errors) ctx.err(`kg: ${e.message}\n`);
      if (opts.layout) applyLayout(result.graph, { seed: Number(opts.seed) });
      await saveGraph(result.graph, opts.output);
      if (opts.report) await writeFileAtomic(opts.report, JSON.stringify(result.report, null, 2) + '\n');
      ctx.err(summarize(result.graph, result.extractions.length, result.errors.length, opts.output) + '\n');
      if (result.errors.length) ctx.exitCode = 1;
    });
}
