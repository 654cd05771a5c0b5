#!/usr/bin/env node
// npm run bench:viz — how fluid the viewer is, measured in headless Chromium (Debian's, via playwright-core):
//   first render: from navigation start to sigma's first drawn frame (page load, graph fetch and parse, first draw);
//   frame (median, p95): length of the animation frames in which the view was redrawn while the stage is dragged
//   with the mouse (what a user sees; 16.7 ms is 60 frames a second);
//   render (median): sigma's own render() time per frame (main-thread cost of one frame, without the GPU's part).
// Graphs: the seeds graph (`kg build seeds`), a generated 20k-node / 50k-edge graph with stored positions (as
// `kg build --layout` writes), and the same without positions (the page lays it out in web workers first).
// Options: --graph FILE (add a graph file), --shots DIR (keep a screenshot per graph), --drag MS (default 5000),
//          --only seeds|20k|20k-nolayout.
// Needs `npm run build` (the server is dist/view/server.js) and Chromium at /usr/bin/chromium (or $KG_CHROMIUM).
// WebGL runs on the CPU (SwiftShader) in headless Chromium without a GPU: frame times there are a pessimistic bound
// for a desktop browser, and grow with the machine's load; render median is the part a GPU does not change.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    graph: { type: 'string', multiple: true, default: [] },
    shots: { type: 'string' },
    drag: { type: 'string', default: '5000' },
    only: { type: 'string' },
  },
});
const DRAG_MS = Number(args.drag);
const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!existsSync(CHROMIUM)) {
  console.error(`bench:viz: no Chromium at ${CHROMIUM} (apt-get install chromium, or set KG_CHROMIUM)`);
  process.exit(1);
}
const serverModule = path.join(root, 'dist/view/server.js');
if (!existsSync(serverModule)) {
  console.error('bench:viz: dist/view/server.js is missing; run npm run build first');
  process.exit(1);
}
const { ensureViewerBuilt, startViewServer } = await import(serverModule);
const { chromium } = await import('playwright-core');
const { generateGraph } = await import('../tests/e2e/fixture-graph.mjs');

const dir = mkdtempSync(path.join(tmpdir(), 'kg-bench-viz-'));
if (args.shots) mkdirSync(args.shots, { recursive: true });

/** @type {Array<{name: string, file?: string, error?: string}>} */
const graphs = [];
const want = (name) => !args.only || args.only === name;
if (want('seeds')) {
  const file = path.join(dir, 'seeds.json');
  try {
    await promisify(execFile)(process.execPath, [path.join(root, 'bin/kg.js'), 'build', path.join(root, 'seeds'), '-o', file], { cwd: root, timeout: 300_000 });
    graphs.push({ name: 'seeds', file });
  } catch (e) {
    graphs.push({ name: 'seeds', error: `kg build seeds failed: ${String(e.stderr || e.message).trim().split('\n')[0]}` });
  }
}
if (want('20k')) {
  const file = path.join(dir, 'generated-20k.json');
  writeFileSync(file, JSON.stringify(generateGraph({ nodes: 20_000, edges: 50_000, seed: 7, positions: true })));
  graphs.push({ name: 'generated 20k/50k, with x/y', file });
}
if (want('20k-nolayout')) {
  const file = path.join(dir, 'generated-20k-nolayout.json');
  writeFileSync(file, JSON.stringify(generateGraph({ nodes: 20_000, edges: 50_000, seed: 7, positions: false })));
  graphs.push({ name: 'generated 20k/50k, no x/y', file });
}
for (const file of args.graph) graphs.push({ name: path.basename(file), file: path.resolve(file) });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

await ensureViewerBuilt();
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'kg-bench-chromium-')), {
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: 1440, height: 900 },
});

/**
 * What this browser's WebGL costs without sigma: the median frame when drawing `count` small instanced triangles
 * (one upload, one draw call per frame, as sigma does per program). On SwiftShader (no GPU) it sets the floor of
 * the viewer's frame time.
 */
async function webglFloor(count) {
  const page = await context.newPage();
  try {
    await page.setContent('<canvas id="c" width="1180" height="845"></canvas>');
    return await page.evaluate(async (n) => {
      const gl = document.getElementById('c').getContext('webgl2');
      const program = gl.createProgram();
      const sources = [
        [gl.VERTEX_SHADER, '#version 300 es\nin vec2 corner; in vec2 pos; in float size; void main() { gl_Position = vec4(pos + corner * size, 0.0, 1.0); }'],
        [gl.FRAGMENT_SHADER, '#version 300 es\nprecision mediump float; out vec4 color; void main() { color = vec4(0.2, 0.4, 0.7, 1.0); }'],
      ];
      for (const [type, source] of sources) {
        const shader = gl.createShader(type);
        gl.shaderSource(shader, source);
        gl.compileShader(shader);
        gl.attachShader(program, shader);
      }
      gl.linkProgram(program);
      gl.useProgram(program);
      gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, 0, 1]), gl.STATIC_DRAW);
      const corner = gl.getAttribLocation(program, 'corner');
      gl.enableVertexAttribArray(corner);
      gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0);
      const data = new Float32Array(n * 3);
      for (let i = 0; i < n; i++) data.set([((i * 7919) % 1000) / 500 - 1, ((i * 104729) % 1000) / 500 - 1, 0.004], i * 3);
      gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
      const pos = gl.getAttribLocation(program, 'pos');
      const size = gl.getAttribLocation(program, 'size');
      gl.enableVertexAttribArray(pos);
      gl.vertexAttribPointer(pos, 2, gl.FLOAT, false, 12, 0);
      gl.vertexAttribDivisor(pos, 1);
      gl.enableVertexAttribArray(size);
      gl.vertexAttribPointer(size, 1, gl.FLOAT, false, 12, 8);
      gl.vertexAttribDivisor(size, 1);
      const times = [];
      let last = performance.now();
      for (let f = 0; f < 12; f++) {
        gl.clear(gl.COLOR_BUFFER_BIT);
        gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
        gl.drawArraysInstanced(gl.TRIANGLES, 0, 3, n);
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      times.sort((a, b) => a - b);
      return times[6];
    }, count);
  } finally {
    await page.close();
  }
}

async function webglRenderer() {
  const page = await context.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'no WebGL2';
    });
  } finally {
    await page.close();
  }
}

const rows = [];
let floor = null;
try {
  floor = { n20k: await webglFloor(20_000), n70k: await webglFloor(70_000), renderer: await webglRenderer() };
  for (const graph of graphs) {
    if (graph.error) {
      rows.push({ name: graph.name, note: graph.error });
      continue;
    }
    process.stderr.write(`bench:viz: ${graph.name}…\n`);
    const server = await startViewServer({ graphFile: graph.file, port: 0 });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await page.goto(server.url);
      await page.waitForFunction(() => window.__kg?.status === 'ready' || window.__kg?.status === 'error', null, { timeout: 120_000 });
      const firstRender = await page.evaluate(() => window.__kg.firstRenderAt);
      // Where the first render's time went: page and graph file loaded, graph read, renderer set up, first frame.
      const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
      const phases = [
        ['fetch', marks['kg:fetched']],
        ['read', marks['kg:read'] - marks['kg:fetched']],
        ['sigma', marks['kg:sigma'] - marks['kg:read']],
        ['draw', firstRender - marks['kg:sigma']],
      ]
        .filter(([, v]) => Number.isFinite(v))
        .map(([k, v]) => `${k} ${Math.round(v)}`)
        .join(', ');
      const layoutStart = Date.now();
      await page.waitForFunction(() => window.__kg.layoutDone, null, { timeout: 120_000, polling: 200 });
      const layoutMs = Date.now() - layoutStart;
      await page.waitForTimeout(300);
      // Pan as a user does: drag the stage with the mouse for DRAG_MS, recording every animation frame and every
      // sigma render in the page meanwhile.
      await page.evaluate(() => {
        const sigma = window.__kg.sigma;
        const rec = (window.__bench = { frames: [], renders: [], renderEnds: [], stop: false, started: 0 });
        sigma.on('beforeRender', () => (rec.started = performance.now()));
        sigma.on('afterRender', () => {
          const now = performance.now();
          rec.renders.push(now - rec.started);
          rec.renderEnds.push(now);
        });
        const loop = (t) => {
          rec.frames.push(t);
          if (!rec.stop) requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      });
      const box = await page.locator('#sigma').boundingBox();
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      const dragStart = Date.now();
      for (let i = 0; Date.now() - dragStart < DRAG_MS; i++) {
        await page.mouse.move(cx + 220 * Math.sin(i / 25), cy + 160 * Math.sin(i / 17));
        await page.waitForTimeout(8);
      }
      await page.mouse.up();
      const frames = await page.evaluate(() => {
        const rec = window.__bench;
        rec.stop = true;
        // For each view drawn during the drag, the length of the animation frame it was drawn in: 16.7 ms when
        // the browser keeps up at 60 Hz, longer when drawing (CPU and GPU) holds the next frame back.
        const intervals = [];
        let f = 0;
        for (const end of rec.renderEnds) {
          while (f + 1 < rec.frames.length && rec.frames[f + 1] < end) f++;
          if (f + 1 < rec.frames.length && rec.frames[f] <= end) intervals.push(rec.frames[f + 1] - rec.frames[f]);
        }
        return { intervals, renders: rec.renders };
      });
      if (args.shots) await page.screenshot({ path: path.join(args.shots, `${graph.name.replace(/[^a-z0-9]+/gi, '-')}.png`) });
      const info = await page.evaluate(() => ({ order: window.__kg.order, size: window.__kg.size }));
      rows.push({
        name: graph.name,
        nodes: info.order,
        edges: info.size,
        firstRender,
        layoutMs: layoutMs > 250 ? layoutMs : null,
        frame: median(frames.intervals),
        frames: frames.intervals.length + 1,
        frameP95: [...frames.intervals].sort((a, b) => a - b)[Math.floor(frames.intervals.length * 0.95)],
        render: median(frames.renders),
        note: `first render ${phases} ms${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
      });
    } finally {
      await page.close();
      await server.close();
    }
  }
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}

const ms = (v) => (typeof v === 'number' && Number.isFinite(v) ? `${v.toFixed(v < 100 ? 1 : 0)} ms` : '–');
const table = [['graph', 'nodes', 'edges', 'first render', 'then layout', 'frame median', 'frame p95', 'render median']];
for (const r of rows) {
  table.push([r.name, r.nodes?.toLocaleString('en-US') ?? '–', r.edges?.toLocaleString('en-US') ?? '–', ms(r.firstRender), r.layoutMs ? ms(r.layoutMs) : '–', ms(r.frame), ms(r.frameP95), ms(r.render)]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log(`viewer benchmark: headless Chromium ${CHROMIUM}, 1440x900, panning by mouse drag for ${DRAG_MS} ms`);
if (floor?.renderer) console.log(`WebGL renderer: ${floor.renderer}`);
for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
for (const r of rows) if (r.note) console.log(`${r.name}: ${r.note}`);
if (floor)
  console.log(
    `this browser's bare WebGL, no sigma: ${ms(floor.n20k)} a frame for 20,000 instanced triangles, ${ms(floor.n70k)} for 70,000 ` +
      '(the floor of the frame times above when WebGL runs without a GPU)',
  );
