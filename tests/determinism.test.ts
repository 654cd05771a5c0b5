/**
 * The same inputs give a byte-identical graph.json (and sidecar) whatever the number of jobs and whatever the order the
 * inputs are listed in.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { buildGraphFile, extractInputs, type ExtractItem } from '../src/index.js';

let dir: string;

const at = (f: string) => path.join(dir, f);

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
    const runs: Array<[string, string[], number]> = [
      ['one', ['folder', 'more.jsonl', ...files], 1],
      ['two', [...files.reverse(), 'more.jsonl', 'folder/sub', 'folder'], 2],
      ['three', ['more.jsonl', 'folder', ...files], 3],
    ];
    for (const [name, inputs, jobs] of runs) {
      const r = await buildGraphFile(inputs.map(at), at(`${name}/graph.json`), { jobs });
      expect(r.errors).toEqual([]);
    }
    const read = (f: string) => fs.readFile(at(f));
    const sidecar = async (name: string) => read(path.join(name, (await fs.readdir(at(name))).find((f) => f.includes('.extractions.'))!));
    const one = await read('one/graph.json');
    expect(JSON.parse(one.toString()).nodes.length).toBeGreaterThan(10);
    expect((await read('two/graph.json')).equals(one)).toBe(true);
    expect((await read('three/graph.json')).equals(one)).toBe(true);
    expect((await sidecar('two')).equals(await sidecar('one'))).toBe(true);
  });

  it('extraction yields articles in input order whatever the number of jobs', async () => {
    const out = async (jobs: number) => {
      const items: ExtractItem[] = [];
      for await (const item of extractInputs([at('folder'), at('more.jsonl')], { jobs })) items.push(item);
      return JSON.stringify(items.map((i) => (i.ok ? i.extraction : i.error.message)));
    };
    const [a, b] = [await out(1), await out(2)];
    expect(a).toBe(b);
    expect(JSON.parse(a)).toHaveLength(40);
  });

  it('an id read twice with different texts: an error, and the same version kept whatever the order', async () => {
    await fs.mkdir(at('dup'), { recursive: true });
    await fs.writeFile(at('dup/x.jsonl'), JSON.stringify({ id: 'same', text: 'Joe Biden met Olaf Scholz in Berlin.' }) + '\n');
    await fs.writeFile(at('dup/y.jsonl'), JSON.stringify({ id: 'same', text: 'Xi Jinping met Vladimir Putin in Moscow.' }) + '\n');
    const r1 = await buildGraphFile([at('dup/x.jsonl'), at('dup/y.jsonl')], at('dup1/g.json'), { jobs: 1 });
    const r2 = await buildGraphFile([at('dup/y.jsonl'), at('dup/x.jsonl')], at('dup2/g.json'), { jobs: 1 });
    expect(r1.errors.map((e) => e.message)).toEqual([`${at('dup/y.jsonl')}:1: article id "same" was also read, with another text, from ${at('dup/x.jsonl')}:1; this one is skipped`]);
    expect(r2.errors.map((e) => e.message)).toEqual(r1.errors.map((e) => e.message));
    expect((await fs.readFile(at('dup2/g.json'))).equals(await fs.readFile(at('dup1/g.json')))).toBe(true);
  });
});
