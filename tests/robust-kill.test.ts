/**
 * Writes are atomic: a build killed with SIGKILL, mid-extraction or mid-write, leaves the previous graph.json (and its
 * sidecar) intact and readable.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '../src/graph/io.js';
import { loadGraphFiles } from '../src/store.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const KG = path.join(ROOT, 'bin/kg.js');
let dir: string;

const PEOPLE = ['Vladimir Putin', 'Xi Jinping', 'Joe Biden', 'Olaf Scholz', 'Emmanuel Macron', 'Narendra Modi', 'Fumio Kishida', 'Rishi Sunak'];
const PLACES = ['Beijing', 'Moscow', 'Paris', 'Berlin', 'New Delhi', 'Tokyo', 'London', 'Washington'];
function text(i: number): string {
  const p = (k: number) => PEOPLE[(i * 5 + k) % PEOPLE.length]!;
  return Array.from({ length: 6 }, (_, s) => `${p(s)} met ${p(s + 1)} in ${PLACES[(i + s) % PLACES.length]} on Monday to discuss trade and security.`).join(' ');
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-kill-'));
  await fs.writeFile(path.join(dir, 'small.txt'), 'date 2022-12-21\nVladimir Putin met Xi Jinping in Beijing.\n');
  const lines = Array.from({ length: 250 }, (_, i) => JSON.stringify({ id: `big-${i}`, date: '2023-01-02', text: text(i) }));
  await fs.writeFile(path.join(dir, 'big.jsonl'), lines.join('\n') + '\n');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function build(args: string[]): Promise<number> {
  return new Promise((resolve) => execFile(process.execPath, [KG, 'build', ...args], { cwd: dir }, (err) => resolve(err ? 1 : 0)));
}

/** Starts a build of big.jsonl over out/graph.json and SIGKILLs it when `when` says so. */
async function buildAndKill(when: () => boolean, timeoutMs: number): Promise<string> {
  const child = spawn(process.execPath, [KG, 'build', 'big.jsonl', '-o', 'out/graph.json', '--jobs', '2'], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  const started = Date.now();
  let finished = false;
  void exited.then(() => (finished = true));
  while (!finished && !when() && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 1));
  child.kill('SIGKILL');
  return exited;
}

describe('robust: SIGKILL leaves the previous graph intact', () => {
  let graphBefore: Buffer;
  let sidecarBefore: Buffer;
  const sidecarFile = async () => path.join(dir, 'out', (await fs.readdir(path.join(dir, 'out'))).find((f) => f.startsWith('graph.extractions.'))!);
  beforeAll(async () => {
    expect(await build(['small.txt', '-o', 'out/graph.json', '--jobs', '1'])).toBe(0);
    graphBefore = await fs.readFile(path.join(dir, 'out/graph.json'));
    sidecarBefore = await fs.readFile(await sidecarFile());
  });

  async function expectIntact(): Promise<void> {
    const after = await fs.readFile(path.join(dir, 'out/graph.json'));
    expect(after.equals(graphBefore)).toBe(true);
    expect(Object.keys(parseGraph(after.toString(), 'out/graph.json').getAttribute('articles'))).toEqual(['small']);
    // The graph still names its own sidecar, whole: a new one is written under another name before the graph.
    await expect(loadGraphFiles(path.join(dir, 'out/graph.json'))).resolves.toBeTruthy();
  }

  it('killed mid-extraction', async () => {
    const signal = await buildAndKill(() => false, 1500);
    expect(signal).toBe('SIGKILL');
    await expectIntact();
    expect((await fs.readFile(await sidecarFile())).equals(sidecarBefore)).toBe(true);
  });

  it('killed the moment it starts writing its output', async () => {
    const out = path.join(dir, 'out');
    const writing = () => readdirSync(out).some((f) => f.endsWith('.tmp'));
    const signal = await buildAndKill(writing, 120_000);
    expect(signal).toBe('SIGKILL');
    await expectIntact();
    // What a killed write leaves is at most a hidden temporary file, which the next build does not trip on.
    expect(existsSync(path.join(out, 'graph.json'))).toBe(true);
    expect(await build(['small.txt', '-o', 'out/graph.json', '--jobs', '1'])).toBe(0);
    expect((await fs.readFile(path.join(out, 'graph.json'))).equals(graphBefore)).toBe(true);
  });
});
