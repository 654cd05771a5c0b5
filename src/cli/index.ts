/**
 * The `kg` command line. The CLI owns I/O: flags, printing and exit codes. Each command is one file in commands/,
 * listed once in commands/index.ts. Exit codes: 0 all read, 1 some input or graph file could not be read, 2 a usage
 * error (bad command line or option value) or an internal error.
 */
import { Command, CommanderError } from 'commander';
import { KgError, UsageError } from '../errors.js';
import { COMMANDS } from './commands/index.js';
import type { CliContext } from './context.js';
import { tuneEngine } from './engine.js';
import { forTerminal } from '../util/terminal.js';
import { readFileSync } from 'node:fs';

/** The version in the package's package.json. */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

export async function main(argv: string[]): Promise<number> {
  tuneEngine();
  // Whatever reaches a terminal is stripped of control sequences (ids, labels, file names come from the input);
  // JSON lines and files written to a pipe are left as they are (JSON escapes control characters itself).
  const outTTY = Boolean(process.stdout.isTTY);
  const ctx: CliContext = {
    exitCode: 0,
    out: (s) => process.stdout.write(outTTY ? forTerminal(s) : s),
    err: (s) => process.stderr.write(forTerminal(s)),
    isTTY: outTTY,
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
  };
  const program = new Command('kg')
    .description('Turn news articles into a knowledge graph of people, states, organizations, places and meetings.')
    .exitOverride()
    .configureOutput({ writeOut: ctx.out, writeErr: ctx.err })
    .showHelpAfterError(false)
    .version(packageVersion(), '-V, --version', 'print the version of news-kg');
  for (const register of COMMANDS) register(program, ctx);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      ctx.err(`kg: ${e.message}\n`);
      return 2;
    }
    if (e instanceof KgError) {
      for (const line of e.message.split('\n')) ctx.err(`kg: ${line}\n`);
      return ctx.exitCode || 1;
    }
    throw e;
  }
  return ctx.exitCode;
}
