/** `kg extract <inputs...>`: one JSON line per article with what was found; errors go to stderr, one line each. */
import type { Command } from 'commander';
import { extractInputs } from '../../api.js';
import type { CliContext } from '../context.js';

export function registerExtract(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description('print one JSON line per article: entities with offsets, meetings, relations')
    .argument('<inputs...>', 'article files (.txt, .md, .jsonl) or folders')
    .action(async (inputs: string[]) => {
      for await (const item of extractInputs(inputs)) {
        if (item.ok) ctx.out(JSON.stringify(item.extraction) + '\n');
        else {
          ctx.err(`kg: ${item.error.message}\n`);
          ctx.exitCode = 1;
        }
      }
    });
}
