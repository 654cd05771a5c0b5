/**
 * kg add: new articles merge without extracting the old ones, and the result is the graph a full build of the same
 * articles gives, byte for byte. Re-adding a known article changes nothing; a changed article replaces its old
 * contribution; a damaged graph or sidecar stops add before anything is written.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runKg } from './helpers/cli.js';
import { articleHash } from '../src/input/read.js';
import { loadExtractions, sidecarPath } from '../src/util/sidecar.js';

let dir: string;

const kg = (...args: string[]) => runKg(dir, ...args);
const read = (f: string) => fs.readFile(path.join(dir, f));
const write = (f: string, s: string) => fs.writeFile(path.join(dir, f), s);

const ARTICLES: Record<string, string> = {
  'a1.txt': 'date 2022-12-21\nRussian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday. Putin said the talks were useful.\n',
  'a2.txt': 'date 2022-12-22\nDmitry Medvedev, deputy chairman of Russia\'s Security Council, visited China and met Xi Jinping.\n',
  'b1.txt': 'date 2023-01-05\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Thursday to discuss energy.\n',
  'b2.txt': 'date 2023-01-09\nUS President Joe Biden will meet Mexican President Andres Manuel Lopez Obrador in Mexico City next week.\n',
};
const A1_CHANGED = 'date 2022-12-21\nRussian President Vladimir Putin met Indian Prime Minister Narendra Modi in New Delhi on Tuesday.\n';

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-incremental-'));
  for (const sub of ['all', 'a', 'b', 'changed']) await fs.mkdir(path.join(dir, sub));
  for (const [f, t] of Object.entries(ARTICLES)) {
    await write(`all/${f}`, t);
    await write(`${f[0]}/${f}`, t);
  }
  await write('changed/a1.txt', A1_CHANGED);
  await write('changed-all.jsonl', '');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('incremental: kg add', () => {
  it('build(A) then add(B) equals build(A ∪ B), graph and sidecar byte for byte', async () => {
    expect((await kg('build', 'all', '-o', 'full/g.json', '--jobs', '1')).code).toBe(0);
    expect((await kg('build', 'a', '-o', 'inc/g.json', '--jobs', '1')).code).toBe(0);
    const r = await kg('add', 'inc/g.json', 'b', '--jobs', '2');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 articles read \(2 added, 0 replaced, 0 unchanged\)/);
    expect((await read('inc/g.json')).equals(await read('full/g.json'))).toBe(true);
    expect((await read('inc/g.extractions.jsonl.gz')).equals(await read('full/g.extractions.jsonl.gz'))).toBe(true);
  });

  it('re-adding known articles changes nothing, byte for byte, and extracts nothing', async () => {
    const before = await read('inc/g.json');
    const sidecarBefore = await read('inc/g.extractions.jsonl.gz');
    const r = await kg('add', 'inc/g.json', 'all', '--jobs', '1');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/4 articles read \(0 added, 0 replaced, 4 unchanged\)/);
    expect((await read('inc/g.json')).equals(before)).toBe(true);
    expect((await read('inc/g.extractions.jsonl.gz')).equals(sidecarBefore)).toBe(true);
  });

  it('a changed article replaces its old contribution: same as a full build of the new version', async () => {
    const r = await kg('add', 'inc/g.json', 'changed/a1.txt', '--jobs', '1');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 article read \(0 added, 1 replaced, 0 unchanged\)/);
    await write('all/a1.txt', A1_CHANGED);
    expect((await kg('build', 'all', '-o', 'full2/g.json', '--jobs', '2')).code).toBe(0);
    expect((await read('inc/g.json')).equals(await read('full2/g.json'))).toBe(true);
    const g = JSON.parse((await read('inc/g.json')).toString());
    expect(g.attributes.articles.a1.hash).toBe(articleHash(A1_CHANGED));
    const { extractions } = await loadExtractions(path.join(dir, 'inc/g.extractions.jsonl.gz'));
    expect(extractions.filter((x) => x.id === 'a1').map((x) => x.hash)).toEqual([articleHash(A1_CHANGED)]);
    await write('all/a1.txt', ARTICLES['a1.txt']!);
  });

  it('a graph built with --layout is laid out again the same way by add', async () => {
    expect((await kg('build', 'all', '-o', 'lay-full/g.json', '--layout', '--seed', '7', '--jobs', '1')).code).toBe(0);
    expect((await kg('build', 'a', '-o', 'lay-inc/g.json', '--layout', '--seed', '7', '--jobs', '1')).code).toBe(0);
    expect((await kg('add', 'lay-inc/g.json', 'b', '--jobs', '1')).code).toBe(0);
    expect((await read('lay-inc/g.json')).equals(await read('lay-full/g.json'))).toBe(true);
  });

  it('the sidecar sits beside the graph, one extraction per article, sorted', async () => {
    expect(sidecarPath('out/graph.json')).toBe('out/graph.extractions.jsonl.gz');
    expect(sidecarPath('graph')).toBe('graph.extractions.jsonl.gz');
    const { header, extractions } = await loadExtractions(path.join(dir, 'full/g.extractions.jsonl.gz'));
    expect(header).toMatchObject({ format: 'news-kg-extractions', version: 1, articles: 4, layout: null });
    expect(extractions.map((x) => x.id)).toEqual(['a1', 'a2', 'b1', 'b2']);
  });
});

describe('incremental: damaged files given to add', () => {
  const CASES: Array<[string, string, (gz: Buffer) => Buffer | string, RegExp]> = [
    ['a truncated sidecar', 'sidecar', (gz) => gz.subarray(0, Math.floor(gz.length / 2)), /truncated|corrupt/],
    ['a corrupt sidecar', 'sidecar', (gz) => Buffer.concat([gz.subarray(0, 10), Buffer.alloc(64, 0x5a), gz.subarray(74)]), /truncated|corrupt|not valid|invalid/],
    ['a sidecar that is not gzip', 'sidecar', () => 'hello\n', /truncated|corrupt|incorrect header/],
    ['a missing sidecar', 'missing', () => '', /no such file/],
    ['a sidecar from another build', 'other', () => '', /does not match/],
  ];
  it.each(CASES)('%s: one line naming the sidecar, exit non-zero, nothing overwritten', async (name, kind, damage, expected) => {
    const d = `damaged-${name.replace(/\W+/g, '-')}`;
    expect((await kg('build', 'a', '-o', `${d}/g.json`, '--jobs', '1')).code).toBe(0);
    const side = `${d}/g.extractions.jsonl.gz`;
    if (kind === 'sidecar') await fs.writeFile(path.join(dir, side), damage(await read(side)));
    if (kind === 'missing') await fs.rm(path.join(dir, side));
    if (kind === 'other') await fs.copyFile(path.join(dir, 'full/g.extractions.jsonl.gz'), path.join(dir, side));
    const graphBefore = await read(`${d}/g.json`);
    const sideBefore = kind === 'missing' ? null : await read(side);
    const r = await kg('add', `${d}/g.json`, 'b', '--jobs', '1');
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^kg: ${side.replace(/[.]/g, '\\.')}: `));
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect((await read(`${d}/g.json`)).equals(graphBefore)).toBe(true);
    if (sideBefore) expect((await read(side)).equals(sideBefore)).toBe(true);
  });
});
