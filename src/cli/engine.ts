/**
 * Engine settings for the command line's workload: many short calls into a large pipeline (compromise, the
 * recognizer, the rule steps), run once per process.
 *
 * V8's optimizing compiler inlines callees into their callers. On this workload the compile work that inlining adds
 * outweighs what it saves: `npm run bench` measured (2 cores, BBC corpus) the background compile time of one isolate
 * going from about 7 s to 3.3 s, `--jobs 1` unchanged or slightly faster, and `--jobs 2` about 20% faster, since
 * each worker thread compiles the pipeline again and, with every core busy, compiling competes with extracting.
 *
 * Flags are process-wide and set once, before the pipeline's code is hot. The library API leaves the engine alone:
 * an application that embeds news-kg can set the same flag with `node --no-turbo-inlining` or `v8.setFlagsFromString`.
 */
import v8 from 'node:v8';

export const ENGINE_FLAGS: readonly string[] = ['--no-turbo-inlining'];

let tuned = false;

export function tuneEngine(): void {
  if (tuned) return;
  tuned = true;
  for (const flag of ENGINE_FLAGS) v8.setFlagsFromString(flag);
}
