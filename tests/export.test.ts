/**
 * Export tests: each format is written by `exportGraph` (or `kg export`) and read back by a real reader: xmllint against
 * the GEXF 1.3 RELAX NG schema, networkx (Debian's /usr/bin/python3) for GEXF and GraphML, Python's csv module for the
 * Neo4j files, graphology for JSON. A test whose reader is missing is skipped with a note saying which.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../src/cli/context.js';
import { registerExport } from '../src/cli/commands/export.js';
import { UsageError } from '../src/errors.js';
import { exportGraph, formatFromPath, gexfList, neo4jImportCommand, toGexf, toNeo4jCsv, NEO4J_NODE_FILES, NEO4J_RELATIONSHIP_FILES } from '../src/export/index.js';
import { xmlSafe } from '../src/export/xml.js';
import { createGraph, loadGraph, type KnowledgeGraph } from '../src/graph/io.js';
import { SCHEMA_VERSION, type Evidence } from '../src/types.js';

const PYTHON = '/usr/bin/python3';
const RNG = path.resolve(__dirname, '../../shared/data/gexf-1.3/gexf.rng');

function has(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0;
}
const HAS_XMLLINT = has('xmllint', ['--version']);
const HAS_NETWORKX = existsSync(PYTHON) && has(PYTHON, ['-c', 'import networkx']);
const HAS_PYTHON = existsSync(PYTHON);
const HAS_RNG = existsSync(RNG);
if (!HAS_XMLLINT) console.warn('export tests: xmllint not found (Debian libxml2-utils): GEXF schema validation skipped');
if (!HAS_NETWORKX) console.warn(`export tests: networkx not importable by ${PYTHON} (Debian python3-networkx): networkx reads skipped`);
if (!HAS_RNG) console.warn(`export tests: GEXF 1.3 schema not found at ${RNG}: schema validation skipped`);

/** Labels a news article could hand us: markup, quotes, ampersands, separators, controls, a lone surrogate, emoji. */
const HOSTILE = 'Evil <b>"Corp"</b> & \'Sons\' ; [a, b] \\ \u0001\uD800 🦆  end';

function ev(article: string, sentence: string): Evidence[] {
  return [{ article, sentence, start: 3, end: 3 + sentence.length }];
}

/** A small graph by the contract: hostile names, parallel edges, a layout, meetings dated to the day, the month and not
 * at all. */
export function exportFixture(): KnowledgeGraph {
  const g = createGraph();
  g.setAttribute('articles', {
    a1: { date: '2022-12-22', title: 'A <title> & more', hash: '0123456789abcdef' },
    a2: { date: '2022-12-21', hash: 'fedcba9876543210' },
  });
  const node = (key: string, attrs: Record<string, unknown>) =>
    g.addNode(key, { aliases: [], articles: ['a1'], mentions: 1, evidence: ev('a1', `${key} said "hi" <there> & left.\nNext line.`), ...attrs } as never);
  node('person:dmitry-medvedev', { kind: 'person', label: 'Dmitry Medvedev', aliases: ['Dmitry Medvedev', 'Medvedev'], articles: ['a1', 'a2'], mentions: 12, x: 1.5, y: -2.25 });
  node('person:xi-jinping', { kind: 'person', label: 'Xi Jinping', aliases: ['Xi', 'Xi Jinping'], mentions: 7, x: -3, y: 4 });
  node('state:russia', { kind: 'state', label: 'Russia', aliases: ['Russia', 'Russian Federation'], iso: 'RU', mentions: 9, x: 0, y: 0 });
  node('organization:evil-corp', { kind: 'organization', label: HOSTILE, aliases: [HOSTILE, 'semi;colon', 'comma, inside', 'quote "q"'], mentions: 2 });
  node('place:beijing', { kind: 'place', label: 'Beijing', aliases: ['Beijing'] });
  node('meeting:2022-12-21:dmitry-medvedev+xi-jinping', { kind: 'meeting', label: 'Dmitry Medvedev — Xi Jinping', date: '2022-12-21', status: 'held', place: 'Beijing', topics: ['Ukraine', 'cooperation'], articles: ['a1', 'a2'], mentions: 2 });
  node('meeting:2023-02:dmitry-medvedev+xi-jinping', { kind: 'meeting', label: 'Medvedev — Xi (February)', date: '2023-02', status: 'planned', place: null });
  node('meeting:undated:xi-jinping', { kind: 'meeting', label: 'Xi (undated)', date: null, status: 'planned', place: null });
  const edge = (s: string, t: string, attrs: Record<string, unknown>) =>
    g.addEdge(s, t, { articles: ['a1'], evidence: ev('a1', `${s} → ${t}`), ...attrs } as never);
  const m1 = 'meeting:2022-12-21:dmitry-medvedev+xi-jinping';
  edge('person:dmitry-medvedev', m1, { relation: 'participant', represents: ['state:russia'], articles: ['a1', 'a2'] });
  edge('person:xi-jinping', m1, { relation: 'participant' });
  edge(m1, 'place:beijing', { relation: 'held_in' });
  edge('person:dmitry-medvedev', 'meeting:2023-02:dmitry-medvedev+xi-jinping', { relation: 'participant' });
  edge('person:xi-jinping', 'meeting:undated:xi-jinping', { relation: 'participant' });
  // Parallel edges: two roles of one person in one state.
  edge('person:dmitry-medvedev', 'state:russia', { relation: 'role', title: 'President', former: true });
  edge('person:dmitry-medvedev', 'state:russia', { relation: 'role', title: 'Prime Minister', former: true });
  edge('person:dmitry-medvedev', 'organization:evil-corp', { relation: 'role', title: HOSTILE, former: false });
  edge('organization:evil-corp', 'state:russia', { relation: 'part_of' });
  edge('place:beijing', 'state:russia', { relation: 'located_in' });
  return g;
}

const tmpDirs: string[] = [];
async function tmp(): Promise<string> {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-export-'));
  tmpDirs.push(d);
  return d;
}
afterAll(async () => {
  for (const d of tmpDirs) await fs.rm(d, { recursive: true, force: true });
});

function run(cmd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Reads a GEXF file with networkx (registering GEXF 1.3's namespaces on a networkx older than 3.6, which knows only
 * 1.1draft and 1.2draft: the format's structure is the same, as networkx 3.6 found when it added them). */
export function networkxGexf(file: string): { note: string; nodes: number; edges: number; multi: boolean; directed: boolean; node: Record<string, Record<string, unknown>>; edge: Array<[string, string, string, Record<string, unknown>]> } {
  const script = `
import sys, json, networkx as nx
from networkx.readwrite import gexf as gx
note = "networkx " + nx.__version__
if "1.3" not in gx.GEXF.versions:
    gx.GEXF.versions["1.3"] = {"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
    note += " (GEXF 1.3 namespaces registered)"
G = nx.read_gexf(sys.argv[1], version="1.3")
print(json.dumps({"note": note, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "multi": G.is_multigraph(),
  "directed": G.is_directed(), "node": {n: d for n, d in G.nodes(data=True)},
  "edge": [[u, v, k, d] for u, v, k, d in G.edges(keys=True, data=True)]}))
`;
  const r = run(PYTHON, ['-c', script, file]);
  if (r.status !== 0) throw new Error(`networkx could not read ${file}:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

export function xmllintGexf(file: string): { status: number | null; stderr: string } {
  return run('xmllint', ['--noout', '--relaxng', RNG, file]);
}

describe('export/json', () => {
  it('round-trips through graphology: same nodes, edges, attributes and schemaVersion', async () => {
    const g = exportFixture();
    const file = path.join(await tmp(), 'graph.json');
    await exportGraph(g, file, { format: 'json' });
    const data = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(data.attributes.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    const back = MultiDirectedGraph.from(data);
    expect(back.type).toBe('directed');
    expect(back.multi).toBe(true);
    expect(back.export()).toEqual(g.export());
    expect((await loadGraph(file)).export()).toEqual(g.export());
  });
});

describe('export/gexf', () => {
  it('writes GEXF 1.3 with the right namespaces, typed attributes, lists, time and viz', () => {
    const xml = toGexf(exportFixture());
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf.net\/1.3" xmlns:viz="http:\/\/gexf.net\/1.3\/viz" version="1.3">/);
    expect(xml).toContain('timeformat="date"');
    expect(xml).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(xml).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(xml).toContain('<attribute id="former" title="former" type="boolean"/>');
    expect(xml).toMatch(/<node id="meeting:2022-12-21:dmitry-medvedev\+xi-jinping" label="[^"]*" start="2022-12-21" end="2022-12-21">/);
    expect(xml).toMatch(/<node id="meeting:2023-02:dmitry-medvedev\+xi-jinping" label="[^"]*" start="2023-02-01" end="2023-02-28">/);
    expect(xml).toMatch(/<node id="meeting:undated:xi-jinping" label="Xi \(undated\)">/);
    expect(xml).toContain('<viz:position x="1.5" y="-2.25"/>');
    expect(xml).not.toContain('\u0001');
    expect(xml).not.toContain('<b>');
    expect(toGexf(exportFixture(), { viz: false })).not.toContain('viz:color');
  });

  it.each<[string[], string]>([
    [['a', 'b'], '[a, b]'],
    [[], '[]'],
    [['comma, inside', 'quote "q"', ' pad', ''], '["comma, inside", "quote \\"q\\"", " pad", ""]'],
    [['null', 'back\\slash', '(x)', "it's", 'Dmitry Medvedev'], '["null", "back\\\\slash", "(x)", "it\'s", Dmitry Medvedev]'],
  ])('gexfList(%j) = %s', (items, text) => expect(gexfList(items)).toBe(text));

  it.skipIf(!HAS_XMLLINT || !HAS_RNG)('is valid against the GEXF 1.3 RELAX NG schema (xmllint)', async () => {
    const dir = await tmp();
    for (const [name, g] of [
      ['fixture', exportFixture()],
      ['empty', createGraph()],
    ] as const) {
      const file = path.join(dir, `${name}.gexf`);
      await exportGraph(g, file, { format: 'gexf' });
      const r = xmllintGexf(file);
      expect(r.stderr).toMatch(/validates/);
      expect(r.status).toBe(0);
    }
  });

  it.skipIf(!HAS_NETWORKX)('is read whole by networkx: counts, parallel edges, typed values, lists, time, viz', async () => {
    const g = exportFixture();
    const file = path.join(await tmp(), 'graph.gexf');
    await exportGraph(g, file, { format: 'gexf' });
    const nx = networkxGexf(file);
    console.info(`export tests: GEXF read by ${nx.note}`);
    expect([nx.nodes, nx.edges, nx.multi, nx.directed]).toEqual([g.order, g.size, true, true]);
    const parallel = nx.edge.filter(([u, v]) => u === 'person:dmitry-medvedev' && v === 'state:russia');
    expect(parallel.map(([, , , d]) => d.title).sort()).toEqual(['President', 'Prime Minister']);
    expect(new Set(nx.edge.map(([, , k]) => k)).size).toBe(g.size);
    const medvedev = nx.node['person:dmitry-medvedev']!;
    expect(medvedev.mentions).toBe(12); // integer, read as a number
    expect(medvedev.kind).toBe('person');
    expect(medvedev.aliases).toBe('[Dmitry Medvedev, Medvedev]'); // liststring
    expect(medvedev.viz).toMatchObject({ position: { x: 1.5, y: -2.25 }, color: { r: 0x2f, g: 0x6f, b: 0xb3 } }); // the viewer's person colour (src/colors.ts)
    expect(JSON.parse(medvedev.evidence as string)).toEqual(g.getNodeAttribute('person:dmitry-medvedev', 'evidence'));
    const former = parallel.find(([, , , d]) => d.title === 'President')![3];
    expect(former.former).toBe(true);
    const evil = nx.node['organization:evil-corp']!;
    expect(evil.label).toBe(xmlSafe(HOSTILE).replace(/\s+/g, ' ').trim());
    expect(evil.aliases).toBe(xmlSafe(gexfList(g.getNodeAttribute('organization:evil-corp', 'aliases'))));
    expect(evil.aliases).toMatch(/^\["Evil <b>\\"Corp\\"<\/b> & 'Sons' ; \[a, b\] \\\\ \uFFFD\uFFFD 🦆  end", semi;colon, "comma, inside", "quote \\"q\\""\]$/);
    const day = nx.node['meeting:2022-12-21:dmitry-medvedev+xi-jinping']!;
    expect([day.start, day.end, day.date, day.topics]).toEqual(['2022-12-21', '2022-12-21', '2022-12-21', '[Ukraine, cooperation]']);
    const month = nx.node['meeting:2023-02:dmitry-medvedev+xi-jinping']!;
    expect([month.start, month.end]).toEqual(['2023-02-01', '2023-02-28']);
    expect(nx.node['meeting:undated:xi-jinping']!.start).toBeUndefined();
  });
});

describe('export/graphml', () => {
  it.skipIf(!HAS_NETWORKX)('is read whole by networkx, parallel edges kept, values typed', async () => {
    const g = exportFixture();
    const file = path.join(await tmp(), 'graph.graphml');
    await exportGraph(g, file, { format: 'graphml' });
    const script = `
import sys, json, networkx as nx
G = nx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "multi": G.is_multigraph(),
  "graph": G.graph, "node": {n: d for n, d in G.nodes(data=True)},
  "edge": [[u, v, d] for u, v, d in G.edges(data=True)]}))
`;
    const r = run(PYTHON, ['-c', script, file]);
    expect(r.stderr).toBe('');
    const nx = JSON.parse(r.stdout);
    expect([nx.nodes, nx.edges, nx.multi]).toEqual([g.order, g.size, true]);
    expect(nx.graph.schemaVersion).toBe(SCHEMA_VERSION);
    expect(nx.node['person:dmitry-medvedev'].mentions).toBe(12);
    expect(nx.node['person:dmitry-medvedev'].x).toBe(1.5);
    // Lists are JSON strings, which escape what XML cannot carry: nothing is lost.
    expect(JSON.parse(nx.node['organization:evil-corp'].aliases)).toEqual(g.getNodeAttribute('organization:evil-corp', 'aliases'));
    const roles = nx.edge.filter(([u, v]: string[]) => u === 'person:dmitry-medvedev' && v === 'state:russia');
    expect(roles.map(([, , d]: [string, string, Record<string, unknown>]) => [d.title, d.former])).toEqual([
      ['President', true],
      ['Prime Minister', true],
    ]);
  });
});

describe('export/csv (Neo4j)', () => {
  it('writes every node and relationship file with neo4j-admin headers', () => {
    const files = toNeo4jCsv(exportFixture());
    expect([...files.keys()].sort()).toEqual([...Object.values(NEO4J_NODE_FILES), ...Object.values(NEO4J_RELATIONSHIP_FILES)].sort());
    const header = (f: string) => files.get(f)!.split('\n')[0];
    expect(header('nodes-person.csv')).toBe('key:ID,:LABEL,label,aliases:string[],articles:string[],mentions:int,evidence,x:double,y:double');
    expect(header('nodes-state.csv')).toContain(',iso,');
    expect(header('nodes-meeting.csv')).toBe(
      'key:ID,:LABEL,label,aliases:string[],articles:string[],mentions:int,date,start:date,end:date,status,place,topics:string[],evidence,x:double,y:double',
    );
    expect(header('rels-role.csv')).toBe(':START_ID,:END_ID,:TYPE,key,articles:string[],title,former:boolean,evidence');
    expect(header('rels-participant.csv')).toBe(':START_ID,:END_ID,:TYPE,key,articles:string[],represents:string[],evidence');
    expect(files.get('nodes-person.csv')).toContain('"person:dmitry-medvedev","Entity;Person","Dmitry Medvedev","Dmitry Medvedev;Medvedev","a1;a2",12,');
    expect(files.get('nodes-meeting.csv')).toContain(',"2023-02",2023-02-01,2023-02-28,"planned",,');
  });

  it.skipIf(!HAS_PYTHON)("parses with Python's csv module: one field per header column, arrays split on ';', values intact", async () => {
    const g = exportFixture();
    const dir = path.join(await tmp(), 'neo4j');
    const result = await exportGraph(g, dir, { format: 'csv' });
    expect(result.files).toHaveLength(Object.keys(NEO4J_NODE_FILES).length + Object.keys(NEO4J_RELATIONSHIP_FILES).length);
    const script = `
import sys, csv, json, os
out = {}
for name in sorted(os.listdir(sys.argv[1])):
    with open(os.path.join(sys.argv[1], name), newline="", encoding="utf-8") as f:
        out[name] = list(csv.reader(f))
print(json.dumps(out))
`;
    const r = run(PYTHON, ['-c', script, dir]);
    expect(r.stderr).toBe('');
    const tables: Record<string, string[][]> = JSON.parse(r.stdout);
    let nodes = 0;
    let rels = 0;
    for (const [name, rows] of Object.entries(tables)) {
      const width = rows[0]!.length;
      for (const row of rows) expect(row).toHaveLength(width);
      if (name.startsWith('nodes-')) nodes += rows.length - 1;
      else rels += rows.length - 1;
    }
    expect([nodes, rels]).toEqual([g.order, g.size]);
    const orgs = tables['nodes-organization.csv']!;
    const col = (h: string) => orgs[0]!.indexOf(h);
    const wellFormed = HOSTILE.replace('\uD800', '\uFFFD'); // a lone surrogate cannot be written as UTF-8
    expect(orgs[1]![col('label')]).toBe(wellFormed);
    expect(orgs[1]![col('aliases:string[]')]!.split(';')).toEqual([wellFormed.replace(/;/g, ','), 'semi,colon', 'comma, inside', 'quote "q"']);
    expect(JSON.parse(orgs[1]![col('evidence')]!)).toEqual(g.getNodeAttribute('organization:evil-corp', 'evidence'));
    const roles = tables['rels-role.csv']!;
    expect(roles.slice(1).map((r) => [r[0], r[1], r[2], r[5], r[6]])).toContainEqual(['person:dmitry-medvedev', 'state:russia', 'ROLE', 'Prime Minister', 'true']);
  });

  it('replaces an earlier export whole, and refuses a folder holding other files', async () => {
    const dir = path.join(await tmp(), 'neo4j');
    await exportGraph(exportFixture(), dir, { format: 'csv' });
    await exportGraph(createGraph(), dir, { format: 'csv' });
    expect((await fs.readFile(path.join(dir, 'nodes-person.csv'), 'utf8')).trim().split('\n')).toHaveLength(1);
    expect((await fs.readdir(path.dirname(dir))).filter((f) => f.includes('.tmp'))).toEqual([]);
    await fs.writeFile(path.join(dir, 'notes.txt'), 'mine');
    await expect(exportGraph(exportFixture(), dir, { format: 'csv' })).rejects.toBeInstanceOf(UsageError);
    expect(await fs.readFile(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('documents the import command', () => {
    const cmd = neo4jImportCommand('out/neo4j');
    expect(cmd).toMatch(/^neo4j-admin database import full neo4j --overwrite-destination/);
    expect(cmd).toContain('--nodes=out/neo4j/nodes-person.csv');
    expect(cmd).toContain('--relationships=out/neo4j/rels-role.csv');
  });
});

describe('export: atomic writes and format choice', () => {
  it('replaces a file through a temporary file, leaving nothing beside it', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'graph.gexf');
    await fs.writeFile(file, 'old');
    await exportGraph(exportFixture(), file, { format: 'gexf' });
    expect(await fs.readdir(dir)).toEqual(['graph.gexf']);
    expect(await fs.readFile(file, 'utf8')).toMatch(/^<\?xml/);
  });

  it.each([
    ['out/g.json', 'json'],
    ['out/g.GEXF', 'gexf'],
    ['out/g.graphml', 'graphml'],
    ['out/neo4j', 'csv'],
    ['out/g.txt', null],
  ])('formatFromPath(%j) = %j', (p, f) => expect(formatFromPath(p)).toBe(f));
});

// -----------------------------------------------------------------------------------------------------------------
// kg export

async function runExport(args: string[]): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  const ctx: CliContext = { exitCode: 0, out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false };
  const program = new Command('kg').exitOverride().configureOutput({ writeOut: ctx.out, writeErr: ctx.err });
  registerExport(program, ctx);
  await program.parseAsync(['node', 'kg', 'export', ...args]);
  return { out, err };
}

describe('kg export', async () => {
  const dir = await tmp();
  const graphFile = path.join(dir, 'graph.json');
  await exportGraph(exportFixture(), graphFile, { format: 'json' });

  it.each([
    [['--format', 'gexf', '-o', 'x.xml'], 'x.xml', /^<\?xml[\s\S]*<gexf /],
    [['-o', 'y.gexf'], 'y.gexf', /<gexf /],
    [['-o', 'z.graphml'], 'z.graphml', /<graphml /],
    [['-o', 'w.json'], 'w.json', /"schemaVersion":1/],
    [['--format', 'csv', '-o', 'csvdir'], 'csvdir/nodes-person.csv', /^key:ID,:LABEL,/],
  ])('kg export graph.json %j writes %s', async (args, written, content) => {
    const resolved = args.map((a, i) => (args[i - 1] === '-o' ? path.join(dir, a) : a));
    const { out, err } = await runExport([graphFile, ...resolved]);
    expect(out).toBe('');
    expect(err).toMatch(/^kg export: wrote /);
    expect(await fs.readFile(path.join(dir, written), 'utf8')).toMatch(content);
  });

  it.each([
    [['--format', 'gexf', '-o', '-'], /^<\?xml[\s\S]*<gexf /],
    [['--format', 'json', '--output', '-'], /^\{"options"/],
  ])('kg export graph.json %j writes to standard output', async (args, content) => {
    const { out, err } = await runExport([graphFile, ...args]);
    expect(out).toMatch(content);
    expect(err).toBe('');
  });

  it('kg export --format csv: the folder and its files are readable by other users (neo4j-admin runs as its own)', async () => {
    const target = path.join(dir, 'shared-csv');
    await runExport([graphFile, '--format', 'csv', '--output', target]);
    const mask = process.umask();
    if (mask & 0o005) return; // a umask that keeps files from others is the user's choice
    expect((await fs.stat(target)).mode & 0o005).toBe(0o005);
    expect((await fs.stat(path.join(target, 'nodes-person.csv'))).mode & 0o004).toBe(0o004);
  });

  it('kg export over its own graph file is a usage error, the graph untouched', async () => {
    const before = await fs.readFile(graphFile);
    await expect(runExport([graphFile, '--format', 'gexf', '-o', graphFile])).rejects.toThrow(/is an input; kg never writes over its inputs/);
    expect((await fs.readFile(graphFile)).equals(before)).toBe(true);
  });

  it.each([
    [['-o', 'x.txt'], /cannot tell the format/],
    [['-o', '-'], /cannot tell the format/],
    [['--format', 'csv', '-o', '-'], /a csv export is a folder/],
    [['--format', 'dot', '-o', 'x.dot'], /unknown format "dot"/],
  ])('kg export %j is a usage error', async (args, message) => {
    await expect(runExport([graphFile, ...args.map((a, i) => (args[i - 1] === '-o' && a !== '-' ? path.join(dir, a) : a))])).rejects.toThrow(message);
  });
});
