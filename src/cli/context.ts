import type { Command } from 'commander';

/** What a command may use to talk to the user. Commands set `exitCode` (1 when anything failed) and never exit. */
export interface CliContext {
  exitCode: number;
  out: (s: string) => void;
  err: (s: string) => void;
  /** True when standard output is a terminal (tables, progress bars) rather than a pipe (JSON lines). */
  isTTY: boolean;
  /** The terminal's width in columns, when standard output is one. */
  columns?: number;
}

/** A command file's one export: adds the command to the program. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;
