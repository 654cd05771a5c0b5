/**
 * End to end on the real seeds graph: `kg build seeds`, then every export read back by a real reader, and the queries
 * the seeds are known to answer. Needs the compiled CLI (`npm test` runs `npm run build` first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, type KnowledgeGraph } from '../src/graph/io.js';
import { findEntity, type MeetingResult } from '../src/query/index.js';
import { SCHEMA_VERSION } from '../src/types.js';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const PYTHON = '/usr/bin/python3';
const RNG = path.resolve(ROOT, '../shared/data/gexf-1.3/gexf.rng');
const ok = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;
const HAS_CLI = existsSync(CLI);
const HAS_XMLLINT = ok('xmllint', ['--version']) && existsSync(RNG);
const HAS_NETWORKX = existsSync(PYTHON) && ok(PYTHON, ['-c', 'import networkx']);
if (!HAS_CLI) console.warn(`seeds export tests: ${CLI} missing: run npm run build first (npm test does); skipped`);
if (!HAS_XMLLINT) console.warn('seeds export tests: xmllint or the GEXF 1.3 schema missing: schema validation skipped');
if (!HAS_NETWORKX) console.warn(`seeds export tests: networkx not importable by ${PYTHON}: networkx read skipped`);

function kg(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/kg.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!HAS_CLI)('seeds graph: exports and queries', () => {
  let dir = '';
  let file = '';
  let graph: KnowledgeGraph;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-export-seeds-'));
    file = path.join(dir, 'graph.json');
    const r = kg(['build', 'seeds', '-o', file]);
    if (r.status !== 0) throw new Error(`kg build seeds failed (${r.status}):\n${r.stderr}`);
    graph = await loadGraph(file);
  });
  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('exports JSON that round-trips through graphology, carrying schemaVersion', async () => {
    const out = path.join(dir, 'copy.json');
    expect(kg(['export', file, '-o', out]).status).toBe(0);
    const data = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(data.attributes.schemaVersion).toBe(SCHEMA_VERSION);
    expect(MultiDirectedGraph.from(data).export()).toEqual(graph.export());
  });

  it.skipIf(!HAS_XMLLINT)('exports GEXF 1.3 that validates against the schema', () => {
    const out = path.join(dir, 'graph.gexf');
    expect(kg(['export', file, '-o', out]).status).toBe(0);
    const r = spawnSync('xmllint', ['--noout', '--relaxng', RNG, out], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/validates/);
    expect(r.status).toBe(0);
  });

  it.skipIf(!HAS_NETWORKX)('exports GEXF that networkx reads whole', () => {
    const out = path.join(dir, 'graph-nx.gexf');
    expect(kg(['export', file, '--format', 'gexf', '-o', out]).status).toBe(0);
    // networkx before 3.6 knows GEXF 1.1 and 1.2 only: register 1.3's namespaces, as networkx 3.6 does.
    const script = `
import sys, json, networkx as nx
from networkx.readwrite import gexf as gx
gx.GEXF.versions.setdefault("1.3", {"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"})
G = nx.read_gexf(sys.argv[1], version="1.3")
print(json.dumps([G.number_of_nodes(), G.number_of_edges(), sorted(set(d.get("kind") for n, d in G.nodes(data=True)))]))
`;
    const r = spawnSync(PYTHON, ['-c', script, out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const [nodes, edges, kinds] = JSON.parse(r.stdout);
    expect([nodes, edges]).toEqual([graph.order, graph.size]);
    expect(kinds).toEqual([...new Set(graph.mapNodes((_k, a) => a.kind))].sort());
  });

  it('kg query meetings --with "Xi Jinping": the one meeting with Dmitry Medvedev, 2022-12-21, citing both articles', () => {
    const r = kg(['query', file, 'meetings', '--with', 'Xi Jinping']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const results: MeetingResult[] = r.stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const withMedvedev = results.filter((m) => m.participants.some((p) => p.label === 'Dmitry Medvedev'));
    expect(withMedvedev).toHaveLength(1);
    const [m] = withMedvedev;
    expect(m!.date).toBe('2022-12-21');
    expect(m!.articles.map((a) => a.id).sort()).toEqual(Object.keys(graph.getAttribute('articles')).sort());
    expect(m!.articles).toHaveLength(2);
    expect(new Set(m!.evidence.map((e) => e.article)).size).toBe(2);
  });

  it.each([
    ['zelensky', 'person', 'Volodymyr Zelenskyy'],
    ['U.S.', 'state', 'United States'],
    ['us', 'state', 'United States'],
    ['cpc', 'organization', 'Communist Party of China'],
  ])('findEntity(%j) → the %s %j', (name, kind, label) => {
    const found = findEntity(graph, name);
    expect([found?.kind, found?.label]).toEqual([kind, label]);
  });
});
