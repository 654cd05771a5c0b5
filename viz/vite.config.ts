// The viewer is a static page: `kg view` serves viz/dist with the graph file at ./graph.json.
// In development (`npx vite --config viz/vite.config.ts`), KG_GRAPH=path/to/graph.json serves that file at /graph.json.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

function devGraph(): Plugin {
  return {
    name: 'news-kg-dev-graph',
    apply: 'serve',
    configureServer(server) {
      const file = process.env.KG_GRAPH;
      if (!file) return;
      server.middlewares.use('/graph.json', (_req, res) => {
        readFile(file).then(
          (body) => {
            res.setHeader('content-type', 'application/json; charset=utf-8');
            res.setHeader('cache-control', 'no-store');
            res.end(body);
          },
          (e: Error) => {
            res.statusCode = 404;
            res.end(`${file}: ${e.message}\n`);
          },
        );
      });
    },
  };
}

export default defineConfig({
  root,
  // Relative asset URLs, so the built page works under any path (kg view, a static host, a file share).
  base: './',
  logLevel: 'warn',
  plugins: [devGraph()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1' },
});
