/**
 * The `kg` command line. The CLI owns I/O: flags, printing and exit codes. Each command is one file in commands/,
 * listed once in commands/index.ts.
 */
import { Command, CommanderError } from 'commander';
import { KgError } from '../errors.js';
import { COMMANDS } from './commands/index.js';
import type { CliContext } from './context.js';

export async function main(argv: string[]): Promise<number> {
  const ctx: CliContext = {
    exitCode: 0,
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
  };
  const program = new Command('kg')
    .description('Turn news articles into a knowledge graph of people, states, organizations, places and meetings.')
    .exitOverride()
    .configureOutput({ writeOut: ctx.out, writeErr: ctx.err })
    .showHelpAfterError(false);
  for (const register of COMMANDS) register(program, ctx);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof KgError) {
      ctx.err(`kg: ${e.message}\n`);
      return ctx.exitCode || 1;
    }
    throw e;
  }
  return ctx.exitCode;
}
