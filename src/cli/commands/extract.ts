/** `kg extract <inputs...>`: one JSON line per article with what was found, in input order; errors go to stderr, one
 * line each. */
import type { Command } from 'commander';
import { extractInputs } from '../../api.js';
import { InputWarning } from '../../errors.js';
import { parseJobs } from '../../workers/pool.js';
import type { CliContext } from '../context.js';

export function registerExtract(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description('print one JSON line per article: entities with offsets, meetings, relations')
    .argument('<inputs...>', 'article files (.txt, .md, .jsonl) or folders')
    .option('-j, --jobs <n>', 'worker threads for extraction (default: the number of cores; 1 extracts in-process)')
    .option('--explain', 'add "candidates": every meeting candidate, its decision and its strongest reasons')
    .action(async (inputs: string[], opts: { jobs?: string; explain?: boolean }) => {
      for await (const item of extractInputs(inputs, { jobs: parseJobs(opts.jobs), explain: !!opts.explain })) {
        if (item.ok) ctx.out(JSON.stringify(item.extraction) + '\n');
        else {
          ctx.err(`kg: ${item.error.message}\n`);
          if (!(item.error instanceof InputWarning)) ctx.exitCode = 1;
        }
      }
    });
}
