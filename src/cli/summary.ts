/** What `kg build` and `kg add` print on stderr: a progress line on a terminal, and a short summary at the end. */
import cliProgress from 'cli-progress';
import type { RunStats } from '../api.js';
import type { KnowledgeGraph } from '../graph/io.js';
import { NODE_KINDS } from '../types.js';

export function summarize(graph: KnowledgeGraph, articles: number, failed: number, output: string, stats?: RunStats): string {
  const counts = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<string, number>;
  graph.forEachNode((_, a) => {
    counts[a.kind] = (counts[a.kind] ?? 0) + 1;
  });
  const parts = NODE_KINDS.map((k) => `${counts[k]} ${k === 'person' ? 'people' : k + 's'}`).join(', ');
  const fail = failed ? `, ${failed} failed` : '';
  const delta = stats ? ` (${stats.added} added, ${stats.replaced} replaced, ${stats.unchanged} unchanged)` : '';
  return `kg: ${articles} article${articles === 1 ? '' : 's'} read${delta}${fail} → ${graph.order} nodes (${parts}), ${graph.size} edges → ${output}`;
}

export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** Seconds between two progress lines when stderr is not a terminal (a log file, a CI job). */
export const PROGRESS_LINE_SECONDS = 5;

/** A live "N articles, R articles/s" line on stderr when it is a terminal; otherwise, a plain line every few seconds
 * (`intervalSeconds`) while articles come in, so a long run in a log shows it is moving. */
export function startProgress(stream: NodeJS.WriteStream = process.stderr, label = 'extracting', intervalSeconds = PROGRESS_LINE_SECONDS): Progress {
  const started = Date.now();
  if (!stream.isTTY) {
    let last = started;
    return {
      update(done) {
        const now = Date.now();
        if (now - last < intervalSeconds * 1000) return;
        last = now;
        const s = (now - started) / 1000;
        stream.write(`kg: ${label} ${done} articles | ${s > 0 ? (done / s).toFixed(1) : '0'} articles/s | ${s.toFixed(0)} s\n`);
      },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      fps: 5,
      hideCursor: true,
      clearOnComplete: true,
      format: (_options, params, payload: { rate?: string; elapsed?: string }) =>
        `kg: ${label} {value} articles | ${payload.rate ?? '0'} articles/s | ${payload.elapsed ?? '0'} s`.replace('{value}', String(params.value)),
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Infinity, 0, { rate: '0', elapsed: '0' });
  return {
    update(done) {
      const s = (Date.now() - started) / 1000;
      bar.update(done, { rate: s > 0 ? (done / s).toFixed(1) : '0', elapsed: s.toFixed(0) });
    },
    stop() {
      bar.stop();
    },
  };
}
