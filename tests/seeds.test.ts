/** The two seed articles build into the graph the gold file describes, and the build is reproducible. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const kg = path.join(root, 'bin/kg.js');
const shared = path.resolve(root, '../shared');
const dir = mkdtempSync(path.join(tmpdir(), 'kg-seeds-'));
const graphFile = path.join(dir, 'graph.json');

interface SerialNode { key: string; attributes: Record<string, any> }
interface SerialEdge { key: string; source: string; target: string; attributes: Record<string, any> }
let graph: { attributes: Record<string, any>; nodes: SerialNode[]; edges: SerialEdge[] };

beforeAll(() => {
  execFileSync('node', [kg, 'build', path.join(root, 'seeds'), '-o', graphFile, '--report', path.join(dir, 'merges.json')], { stdio: 'pipe' });
  graph = JSON.parse(readFileSync(graphFile, 'utf8'));
});

const node = (label: string) => graph.nodes.find((n) => n.attributes.label === label);
const meetingsWith = (...labels: string[]) => {
  const keys = labels.map((l) => node(l)?.key);
  return graph.nodes.filter((m) => m.attributes.kind === 'meeting' && keys.every((k) => graph.edges.some((e) => e.attributes.relation === 'participant' && e.source === k && e.target === m.key)));
};

describe('seeds graph', () => {
  it.skipIf(!existsSync(path.join(shared, 'tools/check-graph.mjs')))('passes the shared gold check (../shared/gold/seeds.gold.json)', () => {
    const r = spawnSync('node', [path.join(shared, 'tools/check-graph.mjs'), graphFile, path.join(shared, 'gold/seeds.gold.json')], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/required (\d+)\/\1, forbidden 0/);
    expect(r.status).toBe(0);
  });

  it('has one Medvedev–Xi meeting on 2022-12-21 in Beijing, citing both articles', () => {
    const ms = meetingsWith('Dmitry Medvedev', 'Xi Jinping');
    expect(ms).toHaveLength(1);
    const m = ms[0]!;
    expect(m.attributes.date).toBe('2022-12-21');
    expect(m.attributes.status).toBe('held');
    expect(m.attributes.place).toBe('Beijing');
    expect(m.attributes.articles).toEqual(['000_cbff509867a88b03', '002_b2843b5470f89d05']);
    expect(graph.edges.some((e) => e.attributes.relation === 'held_in' && e.source === m.key && e.target === node('Beijing')?.key)).toBe(true);
  });

  it('makes the talks and the joint news conference of one visit one meeting', () => {
    const ms = meetingsWith('Volodymyr Zelenskyy', 'Joe Biden');
    expect(ms).toHaveLength(1);
    expect(ms[0]!.attributes.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it('gives every node and edge evidence whose sentence quotes the article at its offsets', () => {
    const texts = Object.fromEntries(['000_cbff509867a88b03', '002_b2843b5470f89d05'].map((id) => [id, readFileSync(path.join(root, 'seeds', `${id}.txt`), 'utf8')]));
    for (const item of [...graph.nodes, ...graph.edges]) {
      const ev = item.attributes.evidence as Array<{ article: string; sentence: string; start: number; end: number }>;
      expect(ev.length, item.key).toBeGreaterThan(0);
      for (const e of ev) {
        const text = texts[e.article]!;
        expect(text.includes(e.sentence), item.key).toBe(true);
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('keeps bylines, credits and editor lines out of the graph', () => {
    for (const name of ['Zhang Lili', 'Matthew Roscoe', 'Anton Veselov']) expect(node(name), name).toBeUndefined();
  });

  it('resolves aliases onto one node', () => {
    expect(node('Volodymyr Zelenskyy')?.attributes.aliases).toContain('Zelensky');
    expect(node('United States')?.attributes.aliases).toContain('U.S.');
    expect(node('Communist Party of China')?.attributes.aliases).toContain('CPC');
    expect(node('Russia')?.attributes.aliases).toContain('Russian Federation');
    expect(node('Russia')?.attributes.iso).toBe('RU');
  });

  it('records the schema version and every article', () => {
    expect(graph.attributes.schemaVersion).toBe(1);
    expect(Object.keys(graph.attributes.articles)).toEqual(['000_cbff509867a88b03', '002_b2843b5470f89d05']);
    expect(graph.attributes.articles['000_cbff509867a88b03'].date).toBe('2022-12-22');
  });

  it('builds byte-identical graphs from the same input', () => {
    const again = path.join(dir, 'again.json');
    execFileSync('node', [kg, 'build', path.join(root, 'seeds'), '-o', again], { stdio: 'pipe' });
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(graphFile, 'utf8'));
  });
});
