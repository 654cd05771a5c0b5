/** `kg view <graph.json>`: serves the viewer with one graph on 127.0.0.1 until Ctrl-C. */
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { ensureViewerBuilt, startViewServer, VIEW_DEFAULTS } from '../../view/server.js';
import type { CliContext } from '../context.js';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new UsageError(`view: --port must be a whole number from 0 to 65535, got "${value}"`);
  return port;
}

export function registerView(program: Command, ctx: CliContext): void {
  program
    .command('view')
    .description('Show a graph in the browser: serves the viewer on 127.0.0.1 and prints its address (Ctrl-C stops)')
    .argument('<graph>', 'graph JSON written by kg build')
    .option('-p, --port <n>', `port to listen on; 0 picks a free one, a busy port falls back to a free one (default ${VIEW_DEFAULTS.port})`, parsePort)
    .option('--rebuild', 'rebuild the viewer page (viz/dist) before serving')
    .action(async (graphFile: string, flags: { port?: number; rebuild?: boolean }) => {
      const distDir = await ensureViewerBuilt({ rebuild: flags.rebuild, onBuild: () => ctx.err('kg view: building the viewer (once)…\n') });
      const server = await startViewServer({ graphFile, port: flags.port ?? VIEW_DEFAULTS.port, distDir });
      if (server.busyPort !== null) ctx.err(`kg view: port ${server.busyPort} is busy, using ${server.port}\n`);
      ctx.out(`Viewing ${graphFile} (${server.order} nodes, ${server.size} edges) at ${server.url}\n`);
      if (ctx.isTTY) ctx.out('Open that address in a browser. Press Ctrl-C to stop.\n');
      const stop = () => void server.close();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await server.closed;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });
}
