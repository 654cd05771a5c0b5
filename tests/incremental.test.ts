/**
 * kg add: new articles merge without extracting the old ones, and the result is the graph a full build of the same
 * articles gives, byte for byte. Re-adding a known article changes nothing; a changed article replaces its old
 * contribution; a damaged graph or sidecar stops add before anything is written. In-process through the package API,
 * with one run of the CLI.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKg } from './helpers/cli.js';
import { articleHash } from '../src/input/read.js';
import { addToGraphFile, buildGraphFile, GraphFileError, loadGraphFiles } from '../src/index.js';
import { loadExtractions, sidecarPath } from '../src/util/sidecar.js';

let dir: string;

const kg = (...args: string[]) => runKg(dir, ...args);
const at = (f: string) => path.join(dir, f);
const read = (f: string) => fs.readFile(at(f));
const build = (inputs: string[], out: string, options: { jobs?: number; layout?: { seed: number } } = {}) => buildGraphFile(inputs.map(at), at(out), { jobs: 1, ...options });
const add = (graph: string, inputs: string[]) => addToGraphFile(at(graph), inputs.map(at), { jobs: 1 });
/** The sidecar a graph names. */
const sidecarOf = async (graph: string) => sidecarPath(graph, (JSON.parse((await read(graph)).toString()).attributes.extractions as { sha256: string }).sha256);
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
    expect((await build(['all'], 'full/g.json')).errors).toEqual([]);
    expect((await build(['a'], 'inc/g.json')).errors).toEqual([]);
    const r = await add('inc/g.json', ['b']);
    expect(r.errors).toEqual([]);
    expect(r.stats).toEqual({ read: 2, added: 2, replaced: 0, unchanged: 0 });
    expect((await read('inc/g.json')).equals(await read('full/g.json'))).toBe(true);
    expect(await sidecarOf('inc/g.json')).toBe(path.join('inc', path.basename(await sidecarOf('full/g.json'))));
    expect((await read(await sidecarOf('inc/g.json'))).equals(await read(await sidecarOf('full/g.json')))).toBe(true);
  });

  it('re-adding known articles changes nothing, byte for byte, and extracts nothing', async () => {
    const before = await read('inc/g.json');
    const sidecarBefore = await read(await sidecarOf('inc/g.json'));
    const r = await add('inc/g.json', ['all']);
    expect(r.stats).toEqual({ read: 4, added: 0, replaced: 0, unchanged: 4 });
    expect(r.written).toBe(false);
    expect((await read('inc/g.json')).equals(before)).toBe(true);
    expect((await read(await sidecarOf('inc/g.json'))).equals(sidecarBefore)).toBe(true);
  });

  it('a changed article replaces its old contribution: same as a full build of the new version', async () => {
    const r = await add('inc/g.json', ['changed/a1.txt']);
    expect(r.stats).toEqual({ read: 1, added: 0, replaced: 1, unchanged: 0 });
    expect(r.replaced).toEqual([{ id: 'a1', origin: at('changed/a1.txt') }]);
    await write('all/a1.txt', A1_CHANGED);
    expect((await build(['all'], 'full2/g.json')).errors).toEqual([]);
    expect((await read('inc/g.json')).equals(await read('full2/g.json'))).toBe(true);
    const g = JSON.parse((await read('inc/g.json')).toString());
    expect(g.attributes.articles.a1.hash).toBe(articleHash(A1_CHANGED));
    const { extractions } = await loadGraphFiles(at('inc/g.json'));
    expect(extractions.filter((x) => x.id === 'a1').map((x) => x.hash)).toEqual([articleHash(A1_CHANGED)]);
    await write('all/a1.txt', ARTICLES['a1.txt']!);
  });

  it('a graph built with --layout is laid out again the same way by add', async () => {
    await build(['all'], 'lay-full/g.json', { layout: { seed: 7 } });
    await build(['a'], 'lay-inc/g.json', { layout: { seed: 7 } });
    expect((await add('lay-inc/g.json', ['b'])).written).toBe(true);
    expect((await read('lay-inc/g.json')).equals(await read('lay-full/g.json'))).toBe(true);
  });

  it('the sidecar sits beside the graph, one extraction per article, sorted', async () => {
    expect(sidecarPath('out/graph.json', 'ab'.repeat(32))).toBe(`out/graph.extractions.${'ab'.repeat(8)}.jsonl.gz`);
    expect(sidecarPath('graph')).toBe('graph.extractions.jsonl.gz');
    const { header, extractions, sha256 } = await loadExtractions(at(await sidecarOf('full/g.json')));
    expect(await sidecarOf('full/g.json')).toBe(sidecarPath('full/g.json', sha256));
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
  let base: { graph: Buffer; side: string; sideBytes: Buffer };
  beforeAll(async () => {
    await build(['a'], 'damaged-base/g.json');
    const side = await sidecarOf('damaged-base/g.json');
    base = { graph: await read('damaged-base/g.json'), side: path.basename(side), sideBytes: await read(side) };
  });
  it.each(CASES)('%s: an error naming the sidecar, nothing overwritten', async (name, kind, damage, expected) => {
    const d = `damaged-${name.replace(/\W+/g, '-')}`;
    await fs.mkdir(at(d), { recursive: true });
    await fs.writeFile(at(`${d}/g.json`), base.graph);
    const side = `${d}/${base.side}`;
    if (kind === 'sidecar') await fs.writeFile(at(side), damage(base.sideBytes));
    if (kind === 'other') await fs.copyFile(at(await sidecarOf('full/g.json')), at(side));
    const sideBefore = kind === 'missing' ? null : await read(side);
    const run = add(`${d}/g.json`, ['b']);
    await expect(run).rejects.toBeInstanceOf(GraphFileError);
    const message = await run.catch((e: Error) => e.message);
    expect(message).toMatch(new RegExp(`^${at(side).replace(/[.]/g, '\\.')}: `));
    expect(message).toMatch(expected);
    expect((await read(`${d}/g.json`)).equals(base.graph)).toBe(true);
    if (sideBefore) expect((await read(side)).equals(sideBefore)).toBe(true);
  });

  it('kg add (CLI): exit 0 with a line per replaced article and a summary; exit 1 with one line naming a damaged sidecar', async () => {
    await fs.mkdir(at('cli'), { recursive: true });
    await fs.writeFile(at('cli/g.json'), base.graph);
    await fs.writeFile(at(`cli/${base.side}`), base.sideBytes);
    const ok = await kg('add', 'cli/g.json', 'b', 'changed/a1.txt', '--jobs', '1');
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/^kg: changed\/a1\.txt: replaces article "a1" of the graph \(same id, another text\)\nkg: 3 articles read \(2 added, 1 replaced, 0 unchanged\) → .+ → cli\/g\.json\n$/);
    const side = await sidecarOf('cli/g.json');
    await fs.writeFile(at(side), 'hello\n');
    const bad = await kg('add', 'cli/g.json', 'b', '--jobs', '1');
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^kg: ${side.replace(/[.]/g, '\\.')}: `))]);
    expect(bad.stderr).not.toMatch(/^\s+at /m);
  });
});
