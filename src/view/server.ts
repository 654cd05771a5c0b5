/**
 * Serving the viewer: the built page (viz/dist) and one graph file at ./graph.json, on the loopback interface only.
 * Builds the page with Vite's JavaScript API when viz/dist is missing. Never prints: callers get values and errors.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.js';
import { loadGraph } from '../graph/io.js';

/** The package's root: this file is src/view/server.ts or dist/view/server.js, two levels down either way. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const VIEWER_ROOT = path.join(PACKAGE_ROOT, 'viz');
export const VIEWER_DIST = path.join(VIEWER_ROOT, 'dist');

export const VIEW_DEFAULTS = {
  host: '127.0.0.1',
  port: 5178,
} as const;

/** The viewer cannot be built or served (Vite missing, a build error, a port that cannot be opened). */
export class ViewerError extends KgError {
  override name = 'ViewerError';
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

async function mtime(file: string): Promise<number | null> {
  try {
    return (await fs.stat(file)).mtimeMs;
  } catch {
    return null;
  }
}

/** The newest modification time among the viewer's sources (a checkout newer than the built page rebuilds it). */
async function newestSource(): Promise<number> {
  let newest = 0;
  const visit = async (dir: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(file);
      else newest = Math.max(newest, (await mtime(file)) ?? 0);
    }
  };
  await visit(path.join(VIEWER_ROOT, 'src'));
  // Modules of the package the viewer bundles (the kind colours shared with the GEXF export, the seeded PRNG).
  for (const shared of ['src/colors.ts', 'src/util/random.ts']) newest = Math.max(newest, (await mtime(path.join(PACKAGE_ROOT, shared))) ?? 0);
  for (const file of ['index.html', 'vite.config.ts', 'tsconfig.json']) newest = Math.max(newest, (await mtime(path.join(VIEWER_ROOT, file))) ?? 0);
  newest = Math.max(newest, (await mtime(path.join(PACKAGE_ROOT, 'src/types.ts'))) ?? 0);
  return newest;
}

export interface BuildViewerOptions {
  /** Build even when viz/dist is there and newer than the viewer's sources. */
  rebuild?: boolean;
  /** Called once before a build starts (building takes a few seconds). */
  onBuild?: () => void;
  /** Where to put the page (default viz/dist). */
  outDir?: string;
}

/**
 * Returns the directory of the built viewer, building it first when it is missing, older than the viewer's sources,
 * or `rebuild` is set. The build goes to
 * a fresh directory that is renamed into place, so two concurrent builds never leave a half-written page.
 */
export async function ensureViewerBuilt(options: BuildViewerOptions = {}): Promise<string> {
  const outDir = options.outDir ?? VIEWER_DIST;
  const built = await mtime(path.join(outDir, 'index.html'));
  if (!options.rebuild && built !== null && (await newestSource()) <= built) return outDir;
  options.onBuild?.();
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch (e) {
    throw new ViewerError(`cannot build the viewer: Vite is not installed (${(e as Error).message}); run npm install in ${PACKAGE_ROOT}`);
  }
  const staging = path.join(VIEWER_ROOT, `.dist-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await vite.build({
      configFile: path.join(VIEWER_ROOT, 'vite.config.ts'),
      root: VIEWER_ROOT,
      logLevel: 'silent',
      build: { outDir: staging, emptyOutDir: true },
    });
  } catch (e) {
    await fs.rm(staging, { recursive: true, force: true });
    throw new ViewerError(`cannot build the viewer: ${(e as Error).message}`);
  }
  if (await exists(outDir)) {
    const old = `${staging}-old`;
    await fs.rename(outDir, old).catch(() => undefined);
    await fs.rm(old, { recursive: true, force: true });
  }
  try {
    await fs.rename(staging, outDir);
  } catch {
    // Another build finished first: keep its page.
    await fs.rm(staging, { recursive: true, force: true });
    if (!(await exists(path.join(outDir, 'index.html')))) throw new ViewerError(`cannot build the viewer: could not write ${outDir}`);
  }
  return outDir;
}

export interface ViewServerOptions {
  /** The graph file served at ./graph.json (read again on every request, so a rebuilt graph shows on reload). */
  graphFile: string;
  /** 0 picks a free port; a busy port falls back to a free one (see `ViewServer.requestedPort`). */
  port?: number;
  host?: string;
  /** The built viewer (default viz/dist); see ensureViewerBuilt. */
  distDir?: string;
}

export interface ViewServer {
  url: string;
  port: number;
  /** The port asked for, when it was busy and another was used; else null. */
  busyPort: number | null;
  /** Node and edge counts of the graph, read when the server started. */
  order: number;
  size: number;
  close(): Promise<void>;
  /** Resolves when the server has closed. */
  closed: Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * No inline script may run, whatever a graph file contains; the layout workers are blob: URLs, the PNG export
 * makes blob: and data: images.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => {
      server.off('listening', onListening);
      reject(e);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** The Host headers a browser on this machine sends to the viewer: the loopback names with the port, and without it
 * on port 80, which browsers leave out of the header. Anything else is refused (no DNS rebinding). */
export function allowedHostHeaders(host: string, port: number): Set<string> {
  const names = [host, 'localhost', '127.0.0.1', '[::1]'];
  const out = new Set(names.map((name) => `${name}:${port}`.toLowerCase()));
  if (port === 80) for (const name of names) out.add(name.toLowerCase());
  return out;
}

/** Starts the viewer's HTTP server. Throws GraphFileError when the graph file is not a readable graph. */
export async function startViewServer(options: ViewServerOptions): Promise<ViewServer> {
  const host = options.host ?? VIEW_DEFAULTS.host;
  const requested = options.port ?? VIEW_DEFAULTS.port;
  if (!Number.isInteger(requested) || requested < 0 || requested > 65_535) throw new ViewerError(`invalid port ${JSON.stringify(requested)} (expected 0-65535)`);
  const distDir = path.resolve(options.distDir ?? VIEWER_DIST);
  const graphFile = path.resolve(options.graphFile);
  const graph = await loadGraph(options.graphFile);
  if (!(await exists(path.join(distDir, 'index.html')))) throw new ViewerError(`the viewer is not built: ${distDir}/index.html is missing`);

  let port = 0;
  const allowedHosts = new Set<string>();
  const server = http.createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`internal error: ${(e as Error).message}\n`);
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    // Only this machine's browser, by the names it uses for the loopback address (no DNS rebinding).
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) return send(421, 'unknown host\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return send(405, 'method not allowed\n');
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    let file: string;
    let cache = 'no-cache';
    if (pathname === '/graph.json') {
      file = graphFile;
      cache = 'no-store';
    } else {
      const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
      file = path.resolve(distDir, relative);
      if (file !== distDir && !file.startsWith(distDir + path.sep)) return send(403, 'forbidden\n');
      if (relative.startsWith('assets/')) cache = 'public, max-age=31536000, immutable';
    }
    let body: Buffer;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return send(404, 'not found\n');
      body = await fs.readFile(file);
    } catch {
      return send(404, 'not found\n');
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': cache,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  let busyPort: number | null = null;
  try {
    port = await listen(server, requested, host);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (requested !== 0 && (code === 'EADDRINUSE' || code === 'EACCES')) {
      busyPort = requested;
      port = await listen(server, 0, host);
    } else {
      throw new ViewerError(`cannot listen on ${host}:${requested}: ${(e as Error).message}`);
    }
  }
  for (const h of allowedHostHeaders(host, port)) allowedHosts.add(h);

  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  return {
    url: `http://${host}:${port}/`,
    port,
    busyPort,
    order: graph.order,
    size: graph.size,
    closed,
    close() {
      server.closeAllConnections();
      server.close();
      return closed;
    },
  };
}
