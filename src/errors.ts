/**
 * Error classes. Expected failures (bad input, a corrupt graph file) are these classes, carrying what a user needs to
 * fix the problem; the CLI prints their message on one line. Anything else is a bug and keeps its stack.
 */

export class KgError extends Error {
  override name = 'KgError';
}

/** An input file (or one line of a JSONL file) that cannot be read as an article. */
export class InputError extends KgError {
  override name = 'InputError';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem}`);
  }
}

/** A graph file that is missing, truncated, or not a graph written by this tool. */
export class GraphFileError extends KgError {
  override name = 'GraphFileError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** A call with arguments that cannot work (unknown option value, bad query). */
export class UsageError extends KgError {
  override name = 'UsageError';
}

/** A graph file another run holds the lock of (`GRAPH.lock`). */
export class LockError extends KgError {
  override name = 'LockError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
