/** Relations that connect the graph: co-mentions aggregated over articles, stated membership and leadership. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build.js';
import { coMentionEdges, COMENTION_DEFAULTS } from '../src/graph/comention.js';
import { connections, neighbors, search, top, findEntity, relations, timeline } from '../src/query/index.js';
import { extract } from './helpers/article.js';
import { extraction } from './helpers/extraction.js';

const P = 'person' as const;
const O = 'organization' as const;
const S = 'state' as const;

describe('co_mentioned', () => {
  // Ann and Bob are named together in three articles; Cy is named once, beside Ann and Dee.
  const xs = [
    extraction('a1', '2005-01-01', [['Ann Lee', P], ['Bob Roy', P]]),
    extraction('a2', '2005-01-02', [['Ann Lee', P], ['Bob Roy', P]]),
    extraction('a3', '2005-01-03', [['Ann Lee', P], ['Bob Roy', P], ['France', S]]),
    extraction('a4', '2005-02-01', [['Cy Ng', P], ['Ann Lee', P], ['Dee Fox', P]]),
    extraction('a5', '2005-02-02', [['Eve Ash', P]]),
  ];
  const { graph } = buildGraph(xs);
  const co = (a: string, b: string) => graph.edges().find((e) => graph.getEdgeAttribute(e, 'relation') === 'co_mentioned' && [graph.source(e), graph.target(e)].sort().join() === [a, b].sort().join());

  it('co_mentioned: a pair named in three sentences is one edge with its count, articles and capped evidence', () => {
    const e = co('person:ann-lee', 'person:bob-roy')!;
    expect(e).toBeDefined();
    const a = graph.getEdgeAttributes(e);
    expect([a.count, a.articles]).toEqual([3, ['a1', 'a2', 'a3']]);
    expect(a.evidence).toHaveLength(COMENTION_DEFAULTS.maxEvidence);
    expect(graph.source(e) < graph.target(e)).toBe(true);
  });

  it('co_mentioned: a name read once keeps its strongest pairs, so it is not isolated', () => {
    expect(graph.degree('person:cy-ng')).toBeGreaterThan(0);
    expect(co('person:cy-ng', 'person:ann-lee')).toBeDefined();
  });

  it('co_mentioned: a name never read beside another stays isolated', () => {
    expect(graph.degree('person:eve-ash')).toBe(0);
  });

  it('co_mentioned: without per-entity pairs, only pairs over the threshold are edges', () => {
    const keyOf = (r: { label: string; kind: string }) => `${r.kind}:${r.label.toLowerCase().replace(/ /g, '-')}`;
    const edges = coMentionEdges(xs, keyOf, () => 1, { perEntity: 0, minSentences: 3 });
    expect(edges.map((e) => e.key)).toEqual(['co_mentioned:person:ann-lee->person:bob-roy']);
  });

  it('co_mentioned: a sentence naming more entities than the limit is a list and gives no pair', () => {
    const list = extraction('l1', null, 'ABCDEFGHIJ'.split('').map((c) => [`Team ${c}`, O] as [string, typeof O]));
    const { graph: g } = buildGraph([list]);
    expect(g.size).toBe(0);
  });

  it('co_mentioned: the same articles in another order give the same graph', () => {
    const again = buildGraph([...xs].reverse()).graph;
    expect(JSON.stringify(again.export())).toBe(JSON.stringify(graph.export()));
  });

  it('co_mentioned: rejects a bad option, naming it', () => {
    expect(() => coMentionEdges(xs, () => 'x', () => 0, { perEntity: -1 })).toThrow(/coMentionEdges: perEntity/);
  });
});

describe('membership and leadership', () => {
  const rel = (text: string, relation: string) =>
    extract(text).relations.filter((r) => r.relation === relation).map((r) => `${r.source.label} -${r.title ?? relation}-> ${r.target.label}`);
  it.each([
    ['apposition', 'Jane Porter, a member of the Fabian Society, spoke on Monday.', 'Jane Porter -member_of-> Fabian Society'],
    ['a qualifier', 'Tom Wheeler, a senior member of the Fabian Society, spoke on Monday.', 'Tom Wheeler -member_of-> Fabian Society'],
    ['a copula', 'Jack Straw is a member of the Cabinet Office.', 'Jack Straw -member_of-> Cabinet Office'],
    ['a relative clause', 'John Smith, who is a member of Amnesty International, said no.', 'John Smith -member_of-> Amnesty International'],
  ])('membership: %s', (_why, text, want) => {
    expect(rel(text, 'member_of')).toContain(want);
  });

  it('membership: a member of staff is no organization', () => {
    expect(rel('Ms Jones, a member of staff, left on Monday.', 'member_of')).toEqual([]);
  });

  it('membership: only the membership nouns state it, not a word every object has ("constructor")', () => {
    expect(rel('Peter Smith, a constructor of the Fabian Society, spoke on Monday.', 'member_of')).toEqual([]);
  });

  it('leadership: "the head of Y, X" is a role', () => {
    expect(rel('The head of the World Bank, Paul Wolfowitz, visited Paris.', 'role')).toContain('Paul Wolfowitz -Head-> World Bank');
  });
});

describe('query/top, search, neighbors', () => {
  const xs = [
    extraction('b1', '2005-01-01', [['Tony Blair', P], ['Gordon Brown', P]]),
    extraction('b2', '2005-01-05', [['Blair', P, 'Tony Blair'], ['Brown', P, 'Gordon Brown']]),
    extraction('b3', '2005-03-01', [['Tony Blair', P], ['France', S]]),
    extraction('b4', '2005-03-02', [['Blair', P], ['Labour', O]]),
    extraction('b5', '2005-03-03', [['Cherie Blair', P], ['Tony Blair', P]]),
  ];
  const { graph } = buildGraph(xs);

  it('findEntity: a surname means the most prominent entity with that name or alias, and lists the others', () => {
    const m = findEntity(graph, 'Blair')!;
    expect(m.key).toBe('person:tony-blair');
    expect(m.alternatives?.map((a) => a.key)).toContain('person:cherie-blair');
  });

  it('top: people by mentions, and in a date window by the articles of the window', () => {
    expect(top(graph, { kind: 'person', limit: 2 }).map((t) => t.label)).toEqual(['Tony Blair', 'Gordon Brown']);
    const march = top(graph, { kind: 'person', from: '2005-03', to: '2005-03' });
    expect(march.map((t) => t.label)).not.toContain('Gordon Brown');
    expect(march[0]).toMatchObject({ label: 'Tony Blair', articles: 2 });
  });

  it('top: in a date window, entities named in as many of its articles rank by mentions, not by name', () => {
    const g = buildGraph([extraction('w1', '2006-05-01', [['Zoe Quill', P], ['Zoe Quill', P], ['Zoe Quill', P], ['Adam Bell', P]])]).graph;
    expect(top(g, { kind: 'person', from: '2006-05' }).map((t) => [t.label, t.articles])).toEqual([['Zoe Quill', 1], ['Adam Bell', 1]]);
  });

  it('search: every entity the name could mean, the chosen one first', () => {
    const hits = search(graph, 'Blair').map((h) => h.label);
    expect(hits[0]).toBe('Tony Blair');
    expect(hits).toContain('Cherie Blair');
  });

  it('neighbors: strongest tie first, by relation and date window', () => {
    const all = neighbors(graph, 'Tony Blair');
    expect(all.entity.key).toBe('person:tony-blair');
    expect(all.neighbors[0]!.label).toBe('Gordon Brown');
    expect(all.neighbors[0]!.weight).toBe(2);
    const march = neighbors(graph, 'Tony Blair', { from: '2005-03-01', relation: 'co_mentioned' });
    expect(march.neighbors.map((n) => n.label).sort()).toEqual(['Cherie Blair', 'France']);
    expect(() => neighbors(graph, 'Tony Blair', { relation: 'friend' as never })).toThrow(/invalid relation/);
  });

  it('date windows: relations, timeline and paths keep what their articles date inside the window', () => {
    expect(connections(graph, 'Tony Blair', 'France', { from: '2005-03' })).toHaveLength(1);
    expect(connections(graph, 'Tony Blair', 'France', { to: '2005-02' })).toEqual([]);
    expect(relations(graph, 'Tony Blair', { to: '2005-01' }).map((r) => r.other.label)).toEqual(['Gordon Brown']);
    expect(timeline(graph, 'Gordon Brown', { from: '2005-02' })).toEqual([]);
    expect(() => top(graph, { from: '2005-13' })).toThrow(/invalid date/);
  });
});

describe('kg --version', () => {
  it('kg --version prints the package version and exits 0', async () => {
    const { execFile } = await import('node:child_process');
    const { KG, ROOT } = await import('./helpers/cli.js');
    const { readFileSync } = await import('node:fs');
    const version = (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string }).version;
    const out = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(process.execPath, [KG, '--version'], (err, stdout) => resolve({ code: err ? 1 : 0, stdout })),
    );
    expect(out).toEqual({ code: 0, stdout: `${version}\n` });
  });
});

describe('kg query tables', () => {
  it('tables fit the terminal: no line wider than its columns, the widest cells cut with "…"', async () => {
    const { renderTableAt } = await import('../src/cli/commands/query.js');
    const table = renderTableAt(['LABEL', 'EVIDENCE'], [['Tony Blair', 'x'.repeat(300)], ['Gordon Brown', 'short']], undefined, 80);
    const lines = table.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(lines[2]).toMatch(/^Tony Blair\s+x+…$/);
    const wide = renderTableAt(['LABEL', 'EVIDENCE'], [['Tony Blair', 'x'.repeat(300)]], undefined, 400);
    expect(wide).toContain('x'.repeat(300));
  });
});
