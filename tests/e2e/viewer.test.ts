/**
 * The viewer, end to end: `kg view`'s server in-process, the built page in headless Debian Chromium driven by
 * playwright-core. Each scenario is named; what is drawn is checked on the screenshot's pixels, not only the DOM.
 * Any console error or page error fails the run.
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
import { generateGraph, hostileGraph } from './fixture-graph.mjs';

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
    expect(await page.locator('#stats').textContent()).toMatch(/\d+ nodes · \d+ edges/);
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
      return { x: box.left + point.x, y: box.top + point.y, states: states.length, neighbourStates: states.filter((s) => graph.areNeighbors(key, s)).length };
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
