/**
 * The same inputs give a byte-identical graph.json (and sidecar) whatever the number of jobs and whatever the order the
 * inputs are listed in.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KG, ROOT, runKg } from './helpers/cli.js';

let dir: string;

const kg = (...args: string[]) => runKg(dir, ...args);

const PEOPLE = ['Vladimir Putin', 'Xi Jinping', 'Joe Biden', 'Olaf Scholz', 'Emmanuel Macron', 'Narendra Modi', 'Recep Tayyip Erdogan', 'Fumio Kishida'];
const TITLES = ['President', 'Prime Minister', 'Chancellor', 'Foreign Minister'];
const PLACES = ['Beijing', 'Moscow', 'Paris', 'Berlin', 'New Delhi', 'Ankara', 'Tokyo', 'Washington'];

/** Small deterministic articles: meetings between leaders, so the merge has people, places and meetings to join. */
function article(i: number): string {
  const p = (k: number) => PEOPLE[(i * 3 + k) % PEOPLE.length]!;
  const day = String((i % 27) + 1).padStart(2, '0');
  return `${TITLES[i % TITLES.length]} ${p(0)} met ${p(1)} in ${PLACES[i % PLACES.length]} on Monday. ${p(0).split(' ').pop()} said the talks with ${p(2)} would continue. The ${PLACES[(i + 3) % PLACES.length]} summit is planned for March 2023.`.replace(/^/, `date 2023-01-${day}\n`);
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-determinism-'));
  await fs.mkdir(path.join(dir, 'folder/sub'), { recursive: true });
  for (let i = 0; i < 12; i++) await fs.writeFile(path.join(dir, i % 2 ? 'folder' : 'folder/sub', `art-${String(i).padStart(2, '0')}.txt`), article(i));
  const lines = [];
  for (let i = 12; i < 40; i++) lines.push(JSON.stringify({ id: `j-${i}`, date: `2023-02-${String((i % 27) + 1).padStart(2, '0')}`, text: article(i).split('\n')[1] }));
  await fs.writeFile(path.join(dir, 'more.jsonl'), lines.join('\n') + '\n');
  await fs.copyFile(path.join(ROOT, 'seeds/000_cbff509867a88b03.txt'), path.join(dir, 'seed-000.txt')).catch(() => {});
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('determinism', () => {
  it('jobs 1 vs 2 vs 3, inputs listed in different orders: byte-identical graph and sidecar', async () => {
    const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.txt'));
    const runs: Array<[string, string[]]> = [
      ['one', ['folder', 'more.jsonl', ...files, '--jobs', '1']],
      ['two', [...files.reverse(), 'more.jsonl', 'folder/sub', 'folder', '--jobs', '2']],
      ['three', ['more.jsonl', 'folder', ...files, '--jobs', '3']],
    ];
    for (const [name, args] of runs) {
      const r = await kg('build', ...args.slice(0, -2), '-o', `${name}/graph.json`, ...args.slice(-2));
      expect(r.code, r.stderr).toBe(0);
    }
    const read = (f: string) => fs.readFile(path.join(dir, f));
    const one = await read('one/graph.json');
    expect(JSON.parse(one.toString()).nodes.length).toBeGreaterThan(10);
    expect((await read('two/graph.json')).equals(one)).toBe(true);
    expect((await read('three/graph.json')).equals(one)).toBe(true);
    expect((await read('two/graph.extractions.jsonl.gz')).equals(await read('one/graph.extractions.jsonl.gz'))).toBe(true);
  });

  it('kg extract prints articles in input order whatever the number of jobs', async () => {
    const out = async (jobs: string) =>
      new Promise<string>((resolve) => execFile(process.execPath, [KG, 'extract', 'folder', 'more.jsonl', '--jobs', jobs], { cwd: dir }, (_e, stdout) => resolve(stdout)));
    const [a, b] = [await out('1'), await out('2')];
    expect(a).toBe(b);
    expect(a.trim().split('\n')).toHaveLength(40);
  });

  it('an id read twice with different texts: an error, and the same version kept whatever the order', async () => {
    await fs.mkdir(path.join(dir, 'dup'), { recursive: true });
    await fs.writeFile(path.join(dir, 'dup/x.jsonl'), JSON.stringify({ id: 'same', text: 'Joe Biden met Olaf Scholz in Berlin.' }) + '\n');
    await fs.writeFile(path.join(dir, 'dup/y.jsonl'), JSON.stringify({ id: 'same', text: 'Xi Jinping met Vladimir Putin in Moscow.' }) + '\n');
    const r1 = await kg('build', 'dup/x.jsonl', 'dup/y.jsonl', '-o', 'dup1/g.json', '--jobs', '1');
    const r2 = await kg('build', 'dup/y.jsonl', 'dup/x.jsonl', '-o', 'dup2/g.json', '--jobs', '2');
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/^kg: dup\/y\.jsonl:1: article id "same" was also read, with another text, from dup\/x\.jsonl:1; this one is skipped$/m);
    expect(r2.stderr.split('\n')[0]).toBe(r1.stderr.split('\n')[0]);
    expect((await fs.readFile(path.join(dir, 'dup2/g.json'))).equals(await fs.readFile(path.join(dir, 'dup1/g.json')))).toBe(true);
  });
});
