/**
 * The viewer, end to end: `kg view`'s server in-process, the built page in headless Debian Chromium driven by
 * playwright-core. Each scenario is named; what is drawn is checked on the screenshot's pixels, not only the DOM.
 * Any console error or page error fails the run.
 *
 * Two sets of scenarios: the seeds graph (built with kg build), and a generated graph of 12,501 nodes (the size of
 * the BBC corpus's), built once, for what a large graph needs: its connected core, filters, communities, Focus,
 * labels apart, evidence, the panel beside the node.
 *
 * Needs Chromium at /usr/bin/chromium (apt-get install chromium) or $KG_CHROMIUM; skipped, saying so, without it.
 * The seeds graph is built with `node bin/kg.js build seeds` (so `npm run build` first, as `npm test` does).
 * Screenshots are kept in $KG_E2E_SHOTS (a directory) when set; $KG_E2E_GRAPH replaces the seeds graph (development).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureViewerBuilt, PACKAGE_ROOT, startViewServer, type ViewServer } from '../../src/view/server.js';
import Graph from 'graphology';
import { toGexf } from '../../src/export/index.js';
import { generateGraph, hostileGraph, seedsLikeGraph } from './fixture-graph.mjs';

const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = process.env.KG_E2E_SHOTS;
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const BACKGROUND = [0xf7, 0xf7, 0xf4];
const KIND_COLORS: Record<string, string> = { person: '#2f6fb3', state: '#d1495b', organization: '#1b9e77', place: '#8e6bbf', meeting: '#e69f00' };

if (!HAVE_CHROMIUM) {
  process.stderr.write(`viewer e2e: SKIPPED, no Chromium at ${CHROMIUM} (apt-get install chromium, or set KG_CHROMIUM)\n`);
}

interface PixelCounts {
  nonBackground: number;
  byKind: Record<string, number>;
}

/** Decodes a PNG in a blank page and counts pixels away from the background and near each kind's colour. */
async function countPixels(context: BrowserContext, png: Buffer): Promise<PixelCounts> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ({ b64, background, colors }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${b64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const rgb = Object.fromEntries(Object.entries(colors).map(([k, hex]) => [k, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))]));
        const byKind: Record<string, number> = Object.fromEntries(Object.keys(colors).map((k) => [k, 0]));
        let nonBackground = 0;
        for (let i = 0; i < data.length; i += 4) {
          const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
          if (Math.abs(r - background[0]!) + Math.abs(g - background[1]!) + Math.abs(b - background[2]!) > 30) nonBackground++;
          for (const k in rgb) {
            const c = rgb[k]!;
            if (Math.abs(r - c[0]!) + Math.abs(g - c[1]!) + Math.abs(b - c[2]!) < 24) byKind[k]!++;
          }
        }
        return { nonBackground, byKind };
      },
      { b64: png.toString('base64'), background: BACKGROUND, colors: KIND_COLORS },
    );
  } finally {
    await page.close();
  }
}

describe.skipIf(!HAVE_CHROMIUM)(`viewer in Chromium (${CHROMIUM})`, () => {
  let dir: string;
  let server: ViewServer;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  async function shot(name: string): Promise<Buffer> {
    const png = await page.locator('#sigma').screenshot();
    if (SHOTS) {
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    }
    return png;
  }

  async function waitReady(): Promise<void> {
    await page.waitForFunction(() => window.__kg?.status === 'ready' && window.__kg.layoutDone, null, { timeout: 30_000 });
    // Let the camera settle and the label layer draw.
    await page.waitForTimeout(400);
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kg-viewer-e2e-'));
    const graphFile = path.join(dir, 'graph.json');
    await ensureViewerBuilt();
    if (process.env.KG_E2E_GRAPH) {
      // Development only: a graph file to use instead of building the seeds graph.
      copyFileSync(process.env.KG_E2E_GRAPH, graphFile);
    } else {
      await promisify(execFile)(process.execPath, [path.join(PACKAGE_ROOT, 'bin/kg.js'), 'build', path.join(PACKAGE_ROOT, 'seeds'), '-o', graphFile], {
        cwd: PACKAGE_ROOT,
        timeout: 100_000,
      });
    }
    server = await startViewServer({ graphFile, port: 0 });
    context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'kg-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(server.url);
    await waitReady();
  });

  afterEach(() => {
    expect(problems.splice(0), 'no console or page errors').toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('viewer: draws the seeds graph (pixels of the canvas, coloured by kind)', async () => {
    const info = await page.evaluate(() => ({ order: window.__kg.order, size: window.__kg.size, error: window.__kg.error }));
    expect(info.error).toBeNull();
    expect(info.order).toBeGreaterThan(5);
    const pixels = await countPixels(context, await shot('01-seeds'));
    expect(pixels.nonBackground).toBeGreaterThan(3_000);
    expect(pixels.byKind.person).toBeGreaterThan(100);
    expect(pixels.byKind.state).toBeGreaterThan(100);
    expect(pixels.byKind.meeting).toBeGreaterThan(50);
    expect(await page.locator('#stats').textContent()).toMatch(/^\d+ of \d+ nodes · \d+ of \d+ edges/);
  });

  it('viewer: search "Xi Jinping" opens his panel with the Medvedev meeting, its date and evidence', async () => {
    await page.locator('.search-input').fill('Xi Jinping');
    const suggestion = page.locator('.search-item').first();
    await expect.poll(() => suggestion.textContent()).toContain('Xi Jinping');
    await page.locator('.search-input').press('Enter');
    const panel = page.locator('#details');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.locator('.detail-title').textContent()).toBe('Xi Jinping');
    const meetings = panel.locator('[data-section="meetings"]');
    await expect.poll(() => meetings.textContent()).toContain('Dmitry Medvedev');
    expect(await meetings.textContent()).toContain('21 Dec 2022');
    const evidence = panel.locator('[data-section="evidence"] blockquote');
    expect(await evidence.count()).toBeGreaterThan(0);
    expect(await evidence.first().textContent()).toMatch(/Xi/);
    expect(await panel.locator('[data-section="evidence"] figcaption').first().textContent()).toMatch(/\d{4}/);
    await page.waitForTimeout(800);
    await shot('02-search-xi');
  });

  it('viewer: clicking a meeting in the panel shows its participants', async () => {
    const card = page.locator('#details [data-section="meetings"] .meeting-card').first();
    await card.locator('.node-link').first().click();
    const panel = page.locator('#details');
    await expect.poll(() => panel.locator('.kind-chip').textContent()).toContain('Meeting');
    const participants = await panel.locator('[data-section="participants"]').textContent();
    expect(participants).toContain('Xi Jinping');
    expect(participants).toContain('Dmitry Medvedev');
    expect(await panel.locator('[data-section="meeting"]').textContent()).toContain('21 Dec 2022');
    await shot('03-meeting');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
  });

  it('viewer: hovering Xi Jinping keeps his neighbours in colour and fades the rest (display only)', async () => {
    // Neighbours by the relations drawn: co-mentions hidden, Xi is not tied to every state.
    await page.locator('.legend-row[data-relation="co_mentioned"]').click();
    await page.mouse.move(5, 400);
    await page.waitForTimeout(300);
    const before = await countPixels(context, await shot('04-before-hover'));
    const at = await page.evaluate(() => {
      const sigma = window.__kg.sigma!;
      const graph = sigma.getGraph();
      const key = graph.findNode((_k, a) => a.label === 'Xi Jinping')!;
      const point = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
      const box = document.getElementById('sigma')!.getBoundingClientRect();
      const states = graph.filterNodes((_k, a) => a.kind === 'state');
      const tied = (s: string) => graph.edges(key, s).concat(graph.edges(s, key)).some((e) => !graph.getEdgeAttribute(e, 'hidden'));
      return { x: box.left + point.x, y: box.top + point.y, states: states.length, neighbourStates: states.filter(tied).length };
    });
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(400);
    const during = await countPixels(context, await shot('04-hover-xi'));
    // Fewer state pixels: the states that are not his neighbours fade; people and meetings too.
    expect(at.neighbourStates).toBeLessThan(at.states);
    expect(during.byKind.state).toBeLessThan(before.byKind.state);
    expect(during.byKind.person).toBeGreaterThan(0);
    const hiddenAttributes = await page.evaluate(() => window.__kg.sigma!.getGraph().filterNodes((_k, a) => a.hidden === true).length);
    expect(hiddenAttributes).toBe(0);
    await page.mouse.move(5, 400);
    await page.waitForTimeout(300);
    const after = await countPixels(context, await shot('04-after-hover'));
    expect(after.byKind.state).toBeGreaterThan(during.byKind.state);
    await page.locator('.legend-row[data-relation="co_mentioned"]').click();
    await page.waitForTimeout(300);
  });

  it('viewer: the kind filter hides people (data) and the canvas loses their colour', async () => {
    const before = await countPixels(context, await shot('04-before-filter'));
    expect(before.byKind.person).toBeGreaterThan(100);
    await page.locator('.legend-row[data-kind="person"]').click();
    await page.waitForTimeout(300);
    const hidden = await page.evaluate(() => {
      const g = window.__kg.sigma!.getGraph();
      return g.filterNodes((_k, a) => a.kind === 'person').every((k) => g.getNodeAttribute(k, 'hidden') === true);
    });
    expect(hidden).toBe(true);
    const after = await countPixels(context, await shot('05-people-hidden'));
    expect(after.byKind.person).toBeLessThan(before.byKind.person / 10);
    expect(after.byKind.state).toBeGreaterThan(100);
    await page.locator('.legend-row[data-kind="person"]').click();
    await page.waitForTimeout(300);
    const back = await countPixels(context, await shot('06-people-back'));
    expect(back.byKind.person).toBeGreaterThan(before.byKind.person / 2);
  });

  it('viewer: exports a PNG', async () => {
    const download = page.waitForEvent('download');
    await page.locator('#export-button').click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
  });

  it('viewer: a graph dropped on the page opens, and the timeline hides meetings outside its range', async () => {
    const json = JSON.stringify(generateGraph({ nodes: 400, edges: 900, seed: 11 }));
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, json);
    await page.waitForFunction(() => window.__kg?.order === 400);
    await waitReady();
    expect(await page.locator('#stats').textContent()).toContain('400 nodes');
    const lo = page.locator('.dual-range .range.lo');
    const max = Number(await lo.getAttribute('max'));
    const min = Number(await lo.getAttribute('min'));
    const middle = Math.round((min + max) / 2);
    await lo.fill(String(middle));
    await page.waitForTimeout(300);
    const check = await page.evaluate((from) => {
      const g = window.__kg.sigma!.getGraph();
      // The last day a date can mean (a month: its last day).
      const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - (d.length > 7 ? 1 : 0), d.length > 7 ? Number(d.slice(8, 10)) : 0) / 86_400_000;
      let wrong = 0, hidden = 0, shown = 0;
      g.forEachNode((_k, a) => {
        if (a.kind !== 'meeting' || typeof a.date !== 'string') return;
        const before = day(a.date) < from;
        if (a.hidden) hidden++; else shown++;
        if (before !== Boolean(a.hidden)) wrong++;
      });
      return { wrong, hidden, shown };
    }, middle);
    expect(check.hidden).toBeGreaterThan(0);
    expect(check.shown).toBeGreaterThan(0);
    expect(check.wrong).toBe(0);
    await shot('07-timeline');
  });

  it('viewer: a hostile label loaded by the file picker is shown as text, never run', async () => {
    const file = path.join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify(hostileGraph()));
    await page.locator('#file-input').setInputFiles(file);
    await waitReady();
    const evil = '<img src=x onerror=window.__pwned=1>';
    await page.locator('.search-input').fill('<img');
    const suggestion = page.locator('.search-item').first();
    await expect.poll(() => suggestion.locator('.search-label').textContent()).toBe(evil);
    await page.locator('.search-input').press('Enter');
    const panel = page.locator('#details');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.locator('.detail-title').textContent()).toBe(evil);
    expect(await panel.locator('[data-section="evidence"]').textContent()).toContain('<b onmouseover=window.__pwned=3>bold</b>');
    expect(await panel.locator('[data-section="roles"]').textContent()).toContain('<svg onload=window.__pwned=4>');
    // The article's javascript: URL is not a link.
    expect(await panel.locator('a[href^="javascript"]').count()).toBe(0);
    // Hover the evil node on the canvas as well (its label is drawn on the canvas, its edges labelled).
    await page.waitForTimeout(800);
    const pwned = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      injected: document.querySelectorAll('#details img, #details script, #details svg, #details iframe, #details b, .search-list img').length,
    }));
    expect(pwned.pwned).toBeUndefined();
    expect(pwned.injected).toBe(0);
    await shot('08-hostile');
  });
});

/**
 * A graph of the size of a real corpus (BBC News: 12.7k nodes): 10,000 connected nodes with stored positions, 2,500
 * isolated ones, co-mentions, and a prominent person with capped evidence. Built once for these scenarios.
 */
describe.skipIf(!HAVE_CHROMIUM)(`viewer on a 12,500-node graph in Chromium (${CHROMIUM})`, () => {
  let dir: string;
  let server: ViewServer;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const ISOLATED = 2_500;
  const fixture = generateGraph({ nodes: 10_000, edges: 9_000, seed: 5, positions: true, isolated: ISOLATED, coMentioned: 3_000, showcase: true });
  // Nodes the generator left without an edge, besides the isolated ones it was asked for.
  const linked = new Set(fixture.edges.flatMap((e) => (e.source === e.target ? [] : [e.source, e.target])));
  const unlinked = fixture.nodes.filter((n) => !linked.has(n.key)).length;

  /** A screenshot of the page, kept when $KG_E2E_SHOTS is set. */
  async function keep(name: string): Promise<void> {
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  }
  async function shot(name: string): Promise<Buffer> {
    const png = await page.locator('#sigma').screenshot();
    await keep(name);
    return png;
  }

  /** Waits until the view has been drawn and readable views have placed their labels (no camera animation here). */
  async function settle(): Promise<void> {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(resolve), 400))));
  }

  /** How many label boxes overlap another. */
  const overlaps = (boxes: Array<{ x1: number; y1: number; x2: number; y2: number }>) =>
    boxes.filter((a, i) => boxes.some((b, j) => j > i && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)).length;

  /** What the page shows: visible counts, camera, and how many visible nodes lie inside the stage. */
  const view = () =>
    page.evaluate(() => {
      const sigma = window.__kg.sigma!;
      const g = sigma.getGraph();
      const { width, height } = sigma.getDimensions();
      let inside = 0;
      let shown = 0;
      g.forEachNode((key, a) => {
        if (a.hidden) return;
        shown++;
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
        if (p.x >= -2 && p.y >= -2 && p.x <= width + 2 && p.y <= height + 2) inside++;
      });
      return { ...window.__kg.visible, shown, inside, camera: sigma.getCamera().getState(), stats: document.getElementById('stats')!.textContent ?? '' };
    });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kg-viewer-large-'));
    const graphFile = path.join(dir, 'graph.json');
    writeFileSync(graphFile, JSON.stringify(fixture));
    await ensureViewerBuilt();
    server = await startViewServer({ graphFile, port: 0 });
    context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'kg-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      // The camera jumps instead of gliding: each frame of a 12k-node graph costs a quarter second without a GPU.
      reducedMotion: 'reduce',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => window.__kg?.status === 'ready' && window.__kg.layoutDone, null, { timeout: 60_000 });
    await settle();
  }, 90_000);

  afterEach(() => {
    expect(problems.splice(0), 'no console or page errors').toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('large graph: opens on the connected core, isolated nodes hidden, the header counts visible of total', async () => {
    const v = await view();
    const order = fixture.nodes.length;
    expect(unlinked).toBeGreaterThanOrEqual(ISOLATED);
    expect(v.nodes).toBe(order - unlinked);
    expect(v.stats).toContain(`${v.nodes.toLocaleString('en-US')} of ${order.toLocaleString('en-US')} nodes`);
    expect(v.inside).toBe(v.shown);
    const isolatedShown = await page.evaluate(() => {
      const g = window.__kg.sigma!.getGraph();
      return g.filterNodes((k, a) => !a.hidden && g.degree(k) === 0).length;
    });
    expect(isolatedShown).toBe(0);
    await keep('10-large-core');
  });

  it('large graph: "Show isolated nodes" brings them back, and the camera fits them in', async () => {
    const before = await view();
    await page.locator('[data-filter="isolated"]').check();
    await settle();
    const after = await view();
    expect(after.nodes).toBe(before.nodes + unlinked);
    expect(after.stats).toContain(`${after.nodes.toLocaleString('en-US')} of`);
    // The isolated nodes lie wider than the core: the camera shows every one of them.
    expect(after.inside).toBe(after.shown);
    await keep('11-large-isolated');
    await page.locator('[data-filter="isolated"]').uncheck();
    await settle();
    expect((await view()).nodes).toBe(before.nodes);
  });

  it('large graph: the mentions filter hides the rarely named, and a relation can be hidden', async () => {
    const before = await view();
    await page.locator('[data-filter="mentions"]').selectOption('5');
    await settle();
    const after = await view();
    expect(after.nodes).toBeLessThan(before.nodes);
    const low = await page.evaluate(() => window.__kg.sigma!.getGraph().filterNodes((_k, a) => !a.hidden && a.kind !== 'meeting' && a.mentions < 5).length);
    expect(low).toBe(0);
    await page.locator('[data-filter="mentions"]').selectOption('1');
    await page.locator('.legend-row[data-relation="co_mentioned"]').click();
    await settle();
    const noCo = await page.evaluate(() => {
      const g = window.__kg.sigma!.getGraph();
      return { hidden: g.filterEdges((_e, a) => a.relation === 'co_mentioned' && !a.hidden).length, edges: window.__kg.visible.edges };
    });
    expect(noCo.hidden).toBe(0);
    expect(noCo.edges).toBeLessThan(before.edges);
    await page.locator('.legend-row[data-relation="co_mentioned"]').click();
    await settle();
    expect((await view()).edges).toBe(before.edges);
  });

  it('large graph: colour by community (Louvain) recolours the nodes', async () => {
    const before = await countPixels(context, await shot('12-before-community'));
    await page.locator('[data-filter="color"]').selectOption('community');
    await settle();
    const communities = await page.evaluate(() => new Set(Object.values(window.__kg.communities ?? {})).size);
    expect(communities).toBeGreaterThan(10);
    const after = await countPixels(context, await shot('12-community'));
    // People's blue is gone from most nodes (community colours replace kinds).
    expect(after.byKind.person).toBeLessThan(before.byKind.person / 3);
    await page.locator('[data-filter="color"]').selectOption('kind');
    await settle();
  });

  it('large graph: search moves the camera to the node, and the side panel does not cover it', async () => {
    await page.locator('.search-input').fill('Blair');
    await expect.poll(() => page.locator('.search-item').first().textContent()).toContain('Tony Blair');
    await page.locator('.search-input').press('Enter');
    await page.locator('#details').waitFor({ state: 'visible' });
    await settle();
    const where = await page.evaluate(() => {
      const sigma = window.__kg.sigma!;
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData('person:tony-blair')!);
      const panel = document.getElementById('details')!.getBoundingClientRect();
      const box = document.getElementById('sigma')!.getBoundingClientRect();
      return { x: p.x + box.left, y: p.y + box.top, panelLeft: panel.left, height: box.height };
    });
    expect(where.x).toBeLessThan(where.panelLeft - 20);
    expect(where.y).toBeGreaterThan(0);
    expect(where.y).toBeLessThan(where.height + 56);
    await keep('13-search-blair');
  });

  it('large graph: evidence marks the mention as written ("Mr Blair"), says "12 of 507 shown", each sentence once', async () => {
    const panel = page.locator('#details');
    expect(await panel.locator('.detail-title').textContent()).toBe('Tony Blair');
    expect(await panel.locator('.evidence-count').textContent()).toMatch(/^12 of 507 shown/);
    const quotes = await panel.locator('[data-section="evidence"] blockquote').allTextContents();
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(quotes.length).toBe(11);
    const marks = await panel.locator('[data-section="evidence"] mark').allTextContents();
    expect(marks).toContain('Blair');
    expect(marks).toContain('Tony Blair');
    const mr = panel.locator('[data-section="evidence"] blockquote', { hasText: 'Mr Blair told' });
    expect(await mr.locator('mark').allTextContents()).toEqual(['Blair']);
    expect(await panel.locator('[data-section="evidence"]').textContent()).toContain('also in');
  });

  it('large graph: Focus shows only the 1-hop, then the 2-hop neighbourhood, with labels that do not overlap', async () => {
    await page.locator('#details [data-focus="1"]').click();
    await settle();
    const one = await page.evaluate(() => {
      const g = window.__kg.sigma!.getGraph();
      const shown = g.filterNodes((_k, a) => !a.hidden).sort();
      const expected = [...new Set(['person:tony-blair', ...g.neighbors('person:tony-blair')])].sort();
      return { shown, expected, labels: window.__kg.labels };
    });
    expect(one.shown).toEqual(one.expected);
    expect(one.labels!.length).toBeGreaterThan(5);
    expect(overlaps(one.labels!)).toBe(0);
    expect(one.labels!.map((l) => l.key)).toContain('person:tony-blair');
    expect((await view()).inside).toBe(one.shown.length);
    await keep('14-focus-1');
    await page.locator('#focus-bar [data-action="hops"]').click();
    await settle();
    const two = await page.evaluate(() => window.__kg.sigma!.getGraph().filterNodes((_k, a) => !a.hidden).length);
    expect(two).toBeGreaterThan(one.shown.length);
    const labels = await page.evaluate(() => window.__kg.labels);
    if (labels) expect(overlaps(labels)).toBe(0);
    await keep('15-focus-2');
    await page.locator('#focus-bar [data-action="unfocus"]').click();
    await page.keyboard.press('Escape');
    await settle();
  });

  it('large graph: the meetings-only view labels its meetings, without overlaps', async () => {
    await page.locator('.legend-row[data-kind="meeting"] .legend-only').click({ force: true });
    await settle();
    const v = await view();
    const meetings = fixture.nodes.filter((n) => n.attributes.kind === 'meeting').length;
    expect(v.nodes).toBe(meetings);
    expect(v.inside).toBe(v.shown);
    const labels = await page.evaluate(() => window.__kg.labels ?? []);
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.every((l) => l.key.startsWith('meeting:'))).toBe(true);
    expect(overlaps(labels)).toBe(0);
    await keep('16-meetings-only');
    await page.locator('.legend-row[data-kind="meeting"] .legend-only').click({ force: true });
    await settle();
  });

  it('large graph: the GEXF export colours each kind as the viewer does', async () => {
    const swatches = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll<HTMLElement>('#legend .legend-row')].map((row) => [row.dataset.kind!, getComputedStyle(row.querySelector('.swatch')!).getPropertyValue('--swatch').trim()])),
    );
    const small = generateGraph({ nodes: 60, edges: 80, seed: 3 });
    const gexf = toGexf(Graph.from(small as never) as never);
    for (const n of small.nodes.slice(0, 20)) {
      const m = new RegExp(`<node id="${n.key}"[\\s\\S]*?<viz:color r="(\\d+)" g="(\\d+)" b="(\\d+)"`).exec(gexf)!;
      const hex = `#${[m[1], m[2], m[3]].map((x) => Number(x).toString(16).padStart(2, '0')).join('')}`;
      expect(hex).toBe(swatches[n.attributes.kind]);
    }
  });

  it('large graph: with fewer than two meeting dates the timeline says why it has no slider', async () => {
    const one = seedsLikeGraph();
    for (const n of one.nodes) if (n.attributes.kind === 'meeting') (n.attributes as { date: string | null }).date = '2022-12-21';
    const file = path.join(dir, 'one-date.json');
    writeFileSync(file, JSON.stringify(one));
    await page.locator('#file-input').setInputFiles(file);
    await page.waitForFunction(() => window.__kg?.status === 'ready' && window.__kg.order < 100);
    const note = await page.locator('#timeline .timeline-note').textContent();
    expect(note).toMatch(/one date/);
    expect(await page.locator('#timeline .dual-range').count()).toBe(0);
    await keep('17-timeline-one-date');
  });
});
