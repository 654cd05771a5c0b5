/**
 * Nothing lost: the graph file API (buildGraphFile, addToGraphFile) against many reports of the same people, long
 * articles, colliding ids, concurrent runs, hostile ids, crashes between writes, outputs named like inputs and inputs
 * that read nothing. In-process, through the package's API.
 */
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addToGraphFile, buildGraphFile, extractInputs, loadGraphFiles, LockError, UsageError } from '../../src/index.js';
import { buildGraph } from '../../src/graph/build.js';
import { extractArticle, WINDOW_CHARS } from '../../src/pipeline/extract.js';
import { defaultRecognizer, type Recognizer } from '../../src/pipeline/recognizer.js';
import { article } from '../helpers/article.js';
import { extraction } from '../helpers/extraction.js';
import { sidecarPath } from '../../src/util/sidecar.js';
import type { KnowledgeGraph } from '../../src/graph/io.js';

let dir: string;
const at = (...p: string[]) => path.join(dir, ...p);
const write = async (f: string, s: string) => {
  await fs.mkdir(path.dirname(at(f)), { recursive: true });
  await fs.writeFile(at(f), s);
};
const read = (f: string) => fs.readFile(at(f));
const articleIds = (g: KnowledgeGraph) => Object.keys(g.getAttribute('articles')).sort();
const meetingNodes = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === 'meeting').map((k) => g.getNodeAttributes(k));
const line = (o: object) => JSON.stringify(o) + '\n';
const OPTS = { jobs: 1 } as const;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-store-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('store: many reports of the same people (rows 1, 1b)', () => {
  const P: Array<[string, 'person']> = [['Olaf Scholz', 'person'], ['Emmanuel Macron', 'person']];
  // 600 articles about the same two people: a meeting each, on 300 different days, half of them undated.
  const xs = Array.from({ length: 600 }, (_, i) => {
    const day = `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 25) + 1).padStart(2, '0')}`;
    return extraction(`a${String(i).padStart(4, '0')}`, day, [...P, [`Place${i}`, 'place']], [{ parties: P, date: i % 2 ? day : null }]);
  });

  it('no near-miss is listed unless a report asks for it, and then at most the limit', () => {
    expect(buildGraph(xs).report.declined).toEqual([]);
    const { report } = buildGraph(xs, { report: true, declinedLimit: 50 });
    const reasons = new Set(report.declined.map((d) => d.reason));
    expect(report.declined.length).toBe(50 * reasons.size);
    expect(report.declinedOmitted).toBeGreaterThan(0);
    // Keyed comparisons: at most a few near-misses per report, not one per pair of reports.
    expect(report.declined.length + report.declinedOmitted!).toBeLessThanOrEqual(2 * xs.length);
  });

  it('one node per real meeting: the same day merges; another day, or an undated report, stays apart (#11.3)', () => {
    const ys = [
      ...['d1', 'd2', 'd3', 'd4'].map((id, i) => extraction(id, '2022-03-02', [...P, [`Town${i}`, 'place']], [{ parties: P, date: '2022-03-01' }])),
      ...['e1', 'e2', 'e3', 'e4'].map((id, i) => extraction(id, '2022-03-05', [...P, [`Town${i}`, 'place']], [{ parties: P, date: '2022-03-05' }])),
      // A republished story: the same sentence, undated, in four articles of other days.
      ...['u1', 'u2', 'u3', 'u4'].map((id, i) => extraction(id, `2022-03-0${i + 2}`, [...P], [{ parties: P, date: null }])),
    ];
    const nodes = meetingNodes(buildGraph(ys).graph).map((m) => [m.date, m.articles]);
    expect(nodes.sort()).toEqual([
      ['2022-03-01', ['d1', 'd2', 'd3', 'd4']],
      ['2022-03-05', ['e1', 'e2', 'e3', 'e4']],
      [null, ['u1', 'u2', 'u3', 'u4']],
    ].sort());
  });
});

describe('store: one long article (row 9)', () => {
  it('is read in bounded windows, with offsets in the whole article', () => {
    const paragraph = (i: number) =>
      `Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday, officials said in report ${i}. ` +
      `The two leaders discussed energy prices and the war in Ukraine for several hours.\n\n`;
    let text = ' date 2023-01-10 ';
    for (let i = 0; text.length < 2.5 * WINDOW_CHARS; i++) text += paragraph(i);
    const seen: number[] = [];
    const spy: Recognizer = (t, sentences) => {
      seen.push(t.length);
      return defaultRecognizer(t, sentences);
    };
    const x = extractArticle(article(text, null, 'long'), { recognizer: spy });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...seen)).toBeLessThanOrEqual(WINDOW_CHARS);
    expect(x.entities.length).toBeGreaterThan(100);
    for (const e of x.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const s of x.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const e of x.entities) expect(x.sentences[e.sentence]!.start).toBeLessThanOrEqual(e.start);
    for (const m of x.meetings) for (const ev of m.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
    expect(x.date).toBe('2023-01-10');
  });
});

describe('store: identity of articles (rows 2, 5)', () => {
  it('two feeds of the same name, lines without ids: day 2 adds to day 1, replaces nothing', async () => {
    await write('day1/feed.jsonl', line({ text: 'Olaf Scholz met Emmanuel Macron in Paris.' }) + line({ text: 'Joe Biden visited Mexico City.' }));
    await write('day2/feed.jsonl', line({ text: 'Narendra Modi met Fumio Kishida in Tokyo.' }) + line({ text: 'Rishi Sunak visited Kyiv.' }));
    const b = await buildGraphFile([at('day1')], at('feeds/g.json'), OPTS);
    expect(b.stats.read).toBe(2);
    const r = await addToGraphFile(at('feeds/g.json'), [at('day2')], OPTS);
    expect(r.stats).toMatchObject({ added: 2, replaced: 0 });
    expect(articleIds(r.graph)).toHaveLength(4);
    expect(articleIds((await loadGraphFiles(at('feeds/g.json'))).graph)).toHaveLength(4);
  });

  it('an article replaced by another text with the same id is named in the result', async () => {
    await write('ids/a.jsonl', line({ id: 'x1', text: 'Olaf Scholz met Emmanuel Macron in Paris.' }));
    await write('ids/b.jsonl', line({ id: 'x1', text: 'Olaf Scholz met Joe Biden in Washington.' }));
    await buildGraphFile([at('ids/a.jsonl')], at('ids/g.json'), OPTS);
    const r = await addToGraphFile(at('ids/g.json'), [at('ids/b.jsonl')], OPTS);
    expect(r.replaced).toEqual([{ id: 'x1', origin: `${at('ids/b.jsonl')}:1` }]);
  });

  it('ids "__proto__" and "constructor" are articles like any other, and the graph can be added to again', async () => {
    await write('proto/a.jsonl', line({ id: '__proto__', text: 'Olaf Scholz met Emmanuel Macron in Paris.' }) + line({ id: 'constructor', text: 'Joe Biden visited Mexico City.' }));
    await write('proto/b.jsonl', line({ id: 'later', text: 'Narendra Modi met Fumio Kishida in Tokyo.' }));
    await buildGraphFile([at('proto/a.jsonl')], at('proto/g.json'), OPTS);
    expect(articleIds((await loadGraphFiles(at('proto/g.json'))).graph)).toEqual(['__proto__', 'constructor']);
    const r = await addToGraphFile(at('proto/g.json'), [at('proto/b.jsonl')], OPTS);
    expect(r.errors).toEqual([]);
    expect(articleIds((await loadGraphFiles(at('proto/g.json'))).graph)).toEqual(['__proto__', 'constructor', 'later']);
    const again = await addToGraphFile(at('proto/g.json'), [at('proto/a.jsonl')], OPTS);
    expect(again.stats).toMatchObject({ unchanged: 2, added: 0, replaced: 0 });
  });
});

describe('store: one writer at a time (row 3)', () => {
  it('two adds at once on one graph: one is refused with LockError, no batch that was accepted is lost', async () => {
    await write('lock/base.txt', 'date 2023-01-02\nOlaf Scholz met Emmanuel Macron in Paris.\n');
    await write('lock/one.txt', 'date 2023-01-03\nJoe Biden visited Mexico City.\n');
    await write('lock/two.txt', 'date 2023-01-04\nNarendra Modi met Fumio Kishida in Tokyo.\n');
    await buildGraphFile([at('lock/base.txt')], at('lock/g.json'), OPTS);
    const runs = await Promise.allSettled([addToGraphFile(at('lock/g.json'), [at('lock/one.txt')], OPTS), addToGraphFile(at('lock/g.json'), [at('lock/two.txt')], OPTS)]);
    const accepted = runs.flatMap((r, i) => (r.status === 'fulfilled' ? [['one', 'two'][i]!] : []));
    const refused = runs.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const e of refused) expect(e).toBeInstanceOf(LockError);
    const ids = articleIds((await loadGraphFiles(at('lock/g.json'))).graph);
    for (const id of accepted) expect(ids).toContain(id);
    expect(existsSync(at('lock/g.json.lock'))).toBe(false);
  });

  it('a lock held by a running process refuses; one left by a process gone is taken over', async () => {
    await write('lock/g2.json.lock', JSON.stringify({ pid: process.pid, host: os.hostname(), since: 'now' }));
    await expect(buildGraphFile([at('lock/base.txt')], at('lock/g2.json'), OPTS)).rejects.toBeInstanceOf(LockError);
    expect(existsSync(at('lock/g2.json'))).toBe(false);
    await write('lock/g2.json.lock', JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), since: 'then' }));
    const r = await buildGraphFile([at('lock/base.txt')], at('lock/g2.json'), OPTS);
    expect(r.written).toBe(true);
    expect(existsSync(at('lock/g2.json.lock'))).toBe(false);
  });
});

describe('store: graph and extractions are one unit (row 6)', () => {
  beforeAll(async () => {
    await write('unit/a.txt', 'date 2023-01-02\nOlaf Scholz met Emmanuel Macron in Paris.\n');
    await write('unit/b.txt', 'date 2023-01-03\nJoe Biden visited Mexico City.\n');
    await write('unit/c.txt', 'date 2023-01-04\nNarendra Modi met Fumio Kishida in Tokyo.\n');
  });
  const noTemps = async (d: string) => expect((await fs.readdir(at(d))).filter((f) => f.endsWith('.tmp'))).toEqual([]);

  it('the disk fills up, or the run dies, between writing the extractions and the graph: the previous pair stays usable', async () => {
    await buildGraphFile([at('unit/a.txt')], at('unit/out/g.json'), OPTS);
    const before = await read('unit/out/g.json');
    const rename = fs.rename;
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      if (String(to).endsWith('g.json')) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return rename(from, to);
    });
    await expect(addToGraphFile(at('unit/out/g.json'), [at('unit/b.txt')], OPTS)).rejects.toThrow(/ENOSPC/);
    vi.restoreAllMocks();
    expect((await read('unit/out/g.json')).equals(before)).toBe(true);
    await noTemps('unit/out');
    // The previous pair still loads, and the next add works and cleans up what the failed one left.
    expect(articleIds((await loadGraphFiles(at('unit/out/g.json'))).graph)).toEqual(['a']);
    const r = await addToGraphFile(at('unit/out/g.json'), [at('unit/b.txt'), at('unit/c.txt')], OPTS);
    expect(r.stats.added).toBe(2);
    await buildGraphFile([at('unit/a.txt'), at('unit/b.txt'), at('unit/c.txt')], at('unit/full/g.json'), OPTS);
    expect((await read('unit/out/g.json')).equals(await read('unit/full/g.json'))).toBe(true);
    const sidecars = (d: string) => fs.readdir(at(d)).then((fs) => fs.filter((f) => f.includes('.extractions.')));
    expect(await sidecars('unit/out')).toEqual(await sidecars('unit/full'));
    expect(await sidecars('unit/out')).toHaveLength(1);
  });

  it('a graph written before content-hashed sidecars (graph.extractions.jsonl.gz, not named) is read, and moved on by the next add', async () => {
    await buildGraphFile([at('unit/a.txt')], at('unit/old/g.json'), OPTS);
    const g = JSON.parse((await read('unit/old/g.json')).toString());
    await fs.rename(sidecarPath(at('unit/old/g.json'), g.attributes.extractions.sha256), at('unit/old/g.extractions.jsonl.gz'));
    delete g.attributes.extractions;
    await fs.writeFile(at('unit/old/g.json'), JSON.stringify(g) + '\n');
    expect(articleIds((await loadGraphFiles(at('unit/old/g.json'))).graph)).toEqual(['a']);
    await addToGraphFile(at('unit/old/g.json'), [at('unit/b.txt')], OPTS);
    const named = (await loadGraphFiles(at('unit/old/g.json'))).graph.getAttribute('extractions') as { sha256: string };
    expect((await fs.readdir(at('unit/old'))).filter((f) => f.includes('.extractions.'))).toEqual([path.basename(sidecarPath('g.json', named.sha256))]);
  });

  it('a write that fails midway leaves no temporary file; one left by a killed run is removed by the next run', async () => {
    const open = fs.open;
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await open(...args);
      if (String(args[0]).endsWith('.tmp')) handle.writeFile = async () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
      return handle;
    });
    await expect(buildGraphFile([at('unit/a.txt')], at('unit/fail/g.json'), OPTS)).rejects.toThrow(/ENOSPC/);
    vi.restoreAllMocks();
    await noTemps('unit/fail');
    await write('unit/fail/.g.json.999999.1700000000000.tmp', '{"partial');
    await buildGraphFile([at('unit/a.txt')], at('unit/fail/g.json'), OPTS);
    await noTemps('unit/fail');
  });
});

describe('store: outputs never over inputs (row 7), nothing read writes nothing (#13.4)', () => {
  it.each([
    ['the graph over the corpus', 'in/corpus.jsonl', ['in/corpus.jsonl'], 'in/corpus.jsonl', undefined],
    ['the graph into the input folder as a .txt', 'in2/a.txt', ['in2'], 'in2/graph.txt', undefined],
    ['the report over an input', 'in3/a.txt', ['in3/a.txt'], 'in3/g.json', 'in3/a.txt'],
  ])('%s: refused with UsageError, the input untouched', async (_why, file, inputs, output, report) => {
    const content = line({ id: 'k', text: 'Olaf Scholz met Emmanuel Macron in Paris.' });
    await write(file, content);
    const run = buildGraphFile(inputs.map((i) => at(i)), at(output), { ...OPTS, ...(report ? { reportFile: at(report) } : {}) });
    await expect(run).rejects.toBeInstanceOf(UsageError);
    expect((await read(file)).toString()).toBe(content);
  });

  it('a merge report named like the graph is refused with UsageError, the graph untouched (build and add)', async () => {
    await write('rep/a.txt', 'date 2023-01-02\nOlaf Scholz met Emmanuel Macron in Paris.\n');
    await expect(buildGraphFile([at('rep/a.txt')], at('rep/g.json'), { ...OPTS, reportFile: at('rep/g.json') })).rejects.toBeInstanceOf(UsageError);
    expect(existsSync(at('rep/g.json'))).toBe(false);
    await buildGraphFile([at('rep/a.txt')], at('rep/g.json'), OPTS);
    const before = await read('rep/g.json');
    await write('rep/b.txt', 'date 2023-01-03\nJoe Biden visited Mexico City.\n');
    await expect(addToGraphFile(at('rep/g.json'), [at('rep/b.txt')], { ...OPTS, reportFile: at('rep/../rep/g.json') })).rejects.toBeInstanceOf(UsageError);
    expect((await read('rep/g.json')).equals(before)).toBe(true);
  });

  it('a build or add that reads no article leaves the previous graph byte-identical and reports an error', async () => {
    await write('none/a.txt', 'date 2023-01-02\nOlaf Scholz met Emmanuel Macron in Paris.\n');
    await buildGraphFile([at('none/a.txt')], at('none/g.json'), OPTS);
    const before = await read('none/g.json');
    const b = await buildGraphFile([at('none/no-such-path')], at('none/g.json'), OPTS);
    expect(b.written).toBe(false);
    expect(b.errors.map((e) => e.message).join('\n')).toMatch(/no such file[\s\S]*no article read/);
    await fs.mkdir(at('none/empty'), { recursive: true });
    const a = await addToGraphFile(at('none/g.json'), [at('none/empty')], OPTS);
    expect(a.written).toBe(false);
    expect(a.errors.at(-1)?.message).toMatch(/no article read/);
    expect((await read('none/g.json')).equals(before)).toBe(true);
  });
});

describe('store: the package API', () => {
  it('extractInputs streams the extractions of files and folders', async () => {
    await write('api/a.txt', 'date 2023-01-02\nOlaf Scholz met Emmanuel Macron in Paris.\n');
    const items = [];
    for await (const item of extractInputs([at('api')], OPTS)) items.push(item);
    expect(items).toHaveLength(1);
    expect(items[0]!.ok && items[0]!.extraction.meetings.length).toBe(1);
  });
});

describe('store: the CLI, once per exit code', () => {
  it('kg build over its input: exit 2, one line; kg build of a mistyped path: exit 1, the graph byte-identical', async () => {
    const { runKg } = await import('../helpers/cli.js');
    await write('cli/in.jsonl', line({ id: 'k', text: 'Olaf Scholz met Emmanuel Macron in Paris.' }));
    const over = await runKg(dir, 'build', 'cli/in.jsonl', '-o', 'cli/in.jsonl', '--jobs', '1');
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/^kg: cli\/in\.jsonl: is an input; kg never writes over its inputs .*\n$/);
    expect((await read('cli/in.jsonl')).toString()).toBe(line({ id: 'k', text: 'Olaf Scholz met Emmanuel Macron in Paris.' }));
    await buildGraphFile([at('cli/in.jsonl')], at('cli/g.json'), OPTS);
    const before = await read('cli/g.json');
    const typo = await runKg(dir, 'build', 'cli/in.jsnl', '-o', 'cli/g.json', '--jobs', '1');
    expect(typo.code).toBe(1);
    expect(typo.stderr).toBe('kg: cli/in.jsnl: no such file or folder\nkg: cli/in.jsnl: no article read: nothing written, cli/g.json left as it was\n');
    expect((await read('cli/g.json')).equals(before)).toBe(true);
  });
});
