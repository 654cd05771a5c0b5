/**
 * Query API tests, as tables of [input, expected], over a small graph built here by the output contract (two seed-like
 * articles, four meetings: one dated to the day in two articles, one to the day in one, one to the month, one undated).
 */
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliContext } from '../src/cli/context.js';
import { registerQuery } from '../src/cli/commands/query.js';
import { UsageError } from '../src/errors.js';
import { createGraph, saveGraph, type KnowledgeGraph } from '../src/graph/io.js';
import {
  connections,
  entityDetails,
  findEntity,
  meetings,
  normalizeName,
  relations,
  suggestEntities,
  timeline,
  UnknownEntityError,
  type MeetingQuery,
} from '../src/query/index.js';
import type { EntityKind, Evidence, MeetingStatus, Relation } from '../src/types.js';

const A1 = '000_medvedev_visits_china';
const A2 = '002_russia_china_agreement';

function ev(article: string, sentence: string): Evidence[] {
  return [{ article, sentence, start: 0, end: sentence.length }];
}

export function fixtureGraph(): KnowledgeGraph {
  const g = createGraph();
  g.setAttribute('articles', {
    [A1]: { date: '2022-12-22', title: 'Medvedev visits China', hash: 'aaaaaaaaaaaaaaaa' },
    [A2]: { date: '2022-12-21', title: 'Russia and China reach agreement', url: 'https://example.org/a2', hash: 'bbbbbbbbbbbbbbbb' },
  });
  const entity = (kind: EntityKind, slug: string, label: string, aliases: string[], articles: string[], mentions: number, extra = {}) =>
    g.addNode(`${kind}:${slug}`, { kind, label, aliases: [...aliases].sort(), articles, mentions, evidence: ev(articles[0]!, `${label} was mentioned.`), ...extra });
  entity('person', 'dmitry-medvedev', 'Dmitry Medvedev', ['Dmitry Medvedev', 'Medvedev'], [A1, A2], 12);
  entity('person', 'xi-jinping', 'Xi Jinping', ['Xi', 'Xi Jinping'], [A1, A2], 10);
  entity('person', 'vladimir-putin', 'Vladimir Putin', ['Putin', 'President Putin', 'Vladimir Putin'], [A1, A2], 5);
  entity('person', 'volodymyr-zelenskyy', 'Volodymyr Zelenskyy', ['Volodymyr Zelenskyy', 'Zelensky'], [A1], 2);
  entity('person', 'joe-biden', 'Joe Biden', ['Biden', 'Joe Biden'], [A1], 1);
  entity('person', 'george-washington', 'George Washington', ['Washington'], [A1], 30);
  entity('state', 'russia', 'Russia', ['Russia', 'Russian Federation'], [A1, A2], 9, { iso: 'RU' });
  entity('state', 'china', 'China', ['China', "People's Republic of China"], [A1, A2], 8, { iso: 'CN' });
  entity('state', 'ukraine', 'Ukraine', ['Ukraine'], [A1, A2], 6, { iso: 'UA' });
  entity('state', 'united-states', 'United States', ['U.S.', 'United States'], [A1], 1, { iso: 'US' });
  entity('organization', 'communist-party-of-china', 'Communist Party of China', ['CPC', 'Communist Party of China'], [A1, A2], 2);
  entity('organization', 'security-council-of-russia', 'Security Council of Russia', ['Russian Security Council', 'Security Council'], [A1, A2], 3);
  entity('place', 'beijing', 'Beijing', ['Beijing'], [A2], 1);
  entity('place', 'washington', 'Washington', ['Washington'], [A1], 1);
  entity('place', 'sao-paulo', 'São Paulo', ['São Paulo'], [A1], 1);

  const meeting = (key: string, date: string | null, status: MeetingStatus, place: string | null, articles: string[], sentence: string) =>
    g.addNode(key, { kind: 'meeting', label: key.split(':').slice(2).join(':'), aliases: [], date, status, place, articles, mentions: articles.length, evidence: articles.map((a) => ev(a, sentence)[0]!) });
  meeting('meeting:2022-12-21:dmitry-medvedev+xi-jinping', '2022-12-21', 'held', 'Beijing', [A1, A2], 'Medvedev met Xi Jinping in Beijing on December 21.');
  meeting('meeting:2022-12-21:joe-biden+volodymyr-zelenskyy', '2022-12-21', 'held', 'Washington', [A1], 'Zelenskyy met Biden at the White House.');
  meeting('meeting:2022-12:vladimir-putin+xi-jinping', '2022-12', 'planned', null, [A2], 'Putin and Xi will talk by video this month.');
  meeting('meeting:undated:joe-biden+xi-jinping', null, 'planned', null, [A1], 'Biden hopes to meet Xi.');

  const edge = (relation: Relation, s: string, t: string, articles: string[], extra = {}) =>
    g.addEdge(s, t, { relation, articles, evidence: ev(articles[0]!, `${s} ${relation} ${t}.`), ...extra });
  const m1 = 'meeting:2022-12-21:dmitry-medvedev+xi-jinping';
  const m2 = 'meeting:2022-12-21:joe-biden+volodymyr-zelenskyy';
  const m3 = 'meeting:2022-12:vladimir-putin+xi-jinping';
  const m4 = 'meeting:undated:joe-biden+xi-jinping';
  edge('participant', 'person:dmitry-medvedev', m1, [A1, A2], { represents: ['state:russia'] });
  edge('participant', 'person:xi-jinping', m1, [A1, A2], { represents: ['state:china'] });
  edge('held_in', m1, 'place:beijing', [A2]);
  edge('participant', 'person:joe-biden', m2, [A1], { represents: ['state:united-states'] });
  edge('participant', 'person:volodymyr-zelenskyy', m2, [A1], { represents: ['state:ukraine'] });
  edge('held_in', m2, 'place:washington', [A1]);
  edge('participant', 'person:vladimir-putin', m3, [A2]);
  edge('participant', 'person:xi-jinping', m3, [A2]);
  edge('participant', 'person:joe-biden', m4, [A1]);
  edge('participant', 'person:xi-jinping', m4, [A1]);
  edge('role', 'person:xi-jinping', 'state:china', [A1], { title: 'President' });
  edge('role', 'person:vladimir-putin', 'state:russia', [A2], { title: 'President' });
  edge('role', 'person:dmitry-medvedev', 'state:russia', [A1, A2], { title: 'President', former: true });
  edge('role', 'person:dmitry-medvedev', 'organization:security-council-of-russia', [A1], { title: 'Deputy Chairman' });
  edge('role', 'person:volodymyr-zelenskyy', 'state:ukraine', [A1], { title: 'President' });
  edge('role', 'person:joe-biden', 'state:united-states', [A1], { title: 'President' });
  edge('part_of', 'organization:security-council-of-russia', 'state:russia', [A2]);
  edge('part_of', 'organization:communist-party-of-china', 'state:china', [A1]);
  edge('located_in', 'place:beijing', 'state:china', [A2]);
  edge('located_in', 'place:washington', 'state:united-states', [A1]);
  return g;
}

const M1 = 'meeting:2022-12-21:dmitry-medvedev+xi-jinping';
const M2 = 'meeting:2022-12-21:joe-biden+volodymyr-zelenskyy';
const M3 = 'meeting:2022-12:vladimir-putin+xi-jinping';
const M4 = 'meeting:undated:joe-biden+xi-jinping';

describe('query/normalizeName', () => {
  it.each([
    ['U.S.', 'us'],
    ['  Xi   Jinping ', 'xi jinping'],
    ['Zelenskyy’s', 'zelenskyys'],
    ['São Paulo', 'sao paulo'],
    ["People's Republic of China", 'peoples republic of china'],
    ['G-20', 'g 20'],
  ])('normalizeName(%j) = %j', (input, expected) => expect(normalizeName(input)).toBe(expected));
});

describe('query/findEntity', () => {
  const g = fixtureGraph();
  it.each([
    ['zelensky', 'person:volodymyr-zelenskyy', 'alias'],
    ['ZELENSKY', 'person:volodymyr-zelenskyy', 'alias'],
    ['U.S.', 'state:united-states', 'alias'],
    ['us', 'state:united-states', 'alias'],
    ['cpc', 'organization:communist-party-of-china', 'alias'],
    ['C.P.C.', 'organization:communist-party-of-china', 'alias'],
    ['Xi Jinping', 'person:xi-jinping', 'label'],
    ['xi  jinping', 'person:xi-jinping', 'label'],
    ['xi', 'person:xi-jinping', 'alias'],
    ['Medvedev', 'person:dmitry-medvedev', 'alias'],
    ['sao paulo', 'place:sao-paulo', 'label'],
    ['Russian Federation', 'state:russia', 'alias'],
    ["peoples republic of china", 'state:china', 'alias'],
    // A label or an alias: the most prominent entity wins (George Washington, 30 mentions, over the place, 1).
    ['Washington', 'person:george-washington', 'alias'],
    // One whole word of exactly one label.
    ['Dmitry', 'person:dmitry-medvedev', 'word'],
    ['state:russia', 'state:russia', 'key'],
  ])('findEntity(%j) → %s by %s', (name, key, match) => {
    const found = findEntity(g, name);
    expect(found).not.toBeNull();
    expect([found!.key, found!.match]).toEqual([key, match]);
    expect(found!.label).toBe(g.getNodeAttribute(key, 'label'));
    expect(found!.aliases).toEqual(g.getNodeAttribute(key, 'aliases'));
  });

  it.each([['Nobody'], ['President'], [''], ['...']])('findEntity(%j) → null', (name) => {
    expect(findEntity(g, name)).toBeNull();
  });

  it('lists the other entities a name could mean, most prominent first', () => {
    expect(findEntity(g, 'Washington')?.alternatives?.map((a) => a.key)).toEqual(['place:washington']);
    expect(findEntity(g, 'Xi Jinping')?.alternatives).toBeUndefined();
  });

  it('looks among the kinds asked for', () => {
    expect(findEntity(g, 'Washington', { kind: 'place' })?.key).toBe('place:washington');
    expect(findEntity(g, 'Washington', { kind: 'person' })?.key).toBe('person:george-washington');
    expect(() => findEntity(g, 'x', { kind: 'planet' as never })).toThrow(UsageError);
  });

  it.each([
    ['Zelenskiy', 'Volodymyr Zelenskyy'],
    ['Medvedv', 'Dmitry Medvedev'],
    ['Bejing', 'Beijing'],
  ])('suggestEntities(%j) starts with %j', (name, label) => {
    expect(suggestEntities(g, name)[0]).toBe(label);
  });
});

describe('query/meetings', () => {
  const g = fixtureGraph();
  const table: Array<[string, MeetingQuery, string[]]> = [
    ['all, in date order, month before its days, undated last', {}, [M3, M1, M2, M4]],
    ['with Xi Jinping', { with: 'Xi Jinping' }, [M3, M1, M4]],
    ['with Xi from 2022-12-01 (undated left out)', { with: 'Xi Jinping', from: '2022-12-01' }, [M3, M1]],
    ['a month date overlaps a window inside its month', { from: '2022-12-15', to: '2022-12-31' }, [M3, M1, M2]],
    ['a month as a bound means its first / last day', { from: '2022-12', to: '2022-12' }, [M3, M1, M2]],
    ['a year bound', { to: '2022' }, [M3, M1, M2]],
    ['before everything', { to: '2022-11-30' }, []],
    ['after the day', { from: '2022-12-22' }, [M3]],
    ['between two', { between: ['Medvedev', 'xi'] }, [M1]],
    ['with two (all took part)', { with: ['Joe Biden', 'zelensky'] }, [M2]],
    ['a state matches meetings its representatives attended', { with: 'Russia' }, [M1]],
    ['held in a place', { place: 'Beijing' }, [M1]],
    ['held in a state, through located_in', { place: 'China' }, [M1]],
    ['held in the U.S.', { place: 'U.S.' }, [M2]],
    ['planned only', { status: 'planned' }, [M3, M4]],
  ];
  it.each(table)('%s', (_name, query, keys) => {
    expect(meetings(g, query).map((m) => m.key)).toEqual(keys);
  });

  it('carries labels, date, place, articles and evidence to cite', () => {
    const [m] = meetings(g, { between: ['Dmitry Medvedev', 'Xi Jinping'] });
    expect(m).toMatchObject({ key: M1, kind: 'meeting', date: '2022-12-21', status: 'held', place: 'Beijing', placeKey: 'place:beijing' });
    expect(m!.participants.map((p) => [p.label, p.represents.map((r) => r.label)])).toEqual([
      ['Dmitry Medvedev', ['Russia']],
      ['Xi Jinping', ['China']],
    ]);
    expect(m!.articles.map((a) => [a.id, a.date])).toEqual([
      [A2, '2022-12-21'],
      [A1, '2022-12-22'],
    ]);
    expect(m!.articles[0]!.url).toBe('https://example.org/a2');
    expect(m!.evidence.map((e) => e.article).sort()).toEqual([A1, A2]);
    expect(m!.evidence[0]!.sentence).toMatch(/Medvedev met Xi/);
  });

  it.each<[string, MeetingQuery, new (...a: never[]) => Error]>([
    ['an unknown participant', { with: 'Nobody Known' }, UnknownEntityError],
    ['an impossible date', { from: '2022-13' }, UsageError],
    ['a non-date', { to: 'yesterday' }, UsageError],
    ['from after to', { from: '2023', to: '2022' }, UsageError],
    ['a bad status', { status: 'cancelled' as MeetingStatus }, UsageError],
  ])('throws on %s', (_name, query, cls) => {
    expect(() => meetings(g, query)).toThrow(cls);
  });

  it('names the unknown entity and suggests close names', () => {
    try {
      meetings(g, { with: 'Zelenskiy' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownEntityError);
      expect((e as UnknownEntityError).query).toBe('Zelenskiy');
      expect((e as UnknownEntityError).suggestions).toContain('Volodymyr Zelenskyy');
      expect((e as Error).message).toMatch(/"Zelenskiy".*did you mean "Volodymyr Zelenskyy"/);
      expect((e as Error).message).not.toMatch(/\n/);
    }
  });
});

describe('query/relations', () => {
  const g = fixtureGraph();
  it.each<[string, Relation | undefined, string[]]>([
    ['Medvedev', undefined, ['participant → Medvedev — Xi', 'role → Russia', 'role → Security Council of Russia']],
    ['Medvedev', 'role', ['role → Russia', 'role → Security Council of Russia']],
    ['Russia', 'role', ['role ← Dmitry Medvedev', 'role ← Vladimir Putin']],
    ['Russia', 'part_of', ['part_of ← Security Council of Russia']],
  ])('relations(%j, %j)', (name, relation, expected) => {
    const got = relations(g, name, relation ? { relation } : {}).map(
      (r) => `${r.relation} ${r.direction === 'out' ? '→' : '←'} ${r.other.kind === 'meeting' ? 'Medvedev — Xi' : r.other.label}`,
    );
    expect(got).toEqual(expected);
  });

  it('carries title, former, description, date and evidence', () => {
    const former = relations(g, 'Medvedev', { relation: 'role' }).find((r) => r.target.key === 'state:russia')!;
    expect(former).toMatchObject({ title: 'President', former: true, description: 'Dmitry Medvedev —role (former President)→ Russia' });
    expect(former.articles.map((a) => a.id)).toEqual([A2, A1]);
    expect(former.evidence).toHaveLength(1);
    const part = relations(g, 'Medvedev', { relation: 'participant' })[0]!;
    expect(part.date).toBe('2022-12-21');
    expect(part.represents?.map((r) => r.label)).toEqual(['Russia']);
  });

  it('rejects an unknown relation', () => {
    expect(() => relations(g, 'Medvedev', { relation: 'friend' as Relation })).toThrow(UsageError);
  });

  it('describes one entity', () => {
    const d = entityDetails(g, 'us');
    expect(d).toMatchObject({ key: 'state:united-states', label: 'United States', iso: 'US', mentions: 1, match: 'alias', matched: 'U.S.' });
    expect(d.degree).toEqual({ role: 1, located_in: 1 });
  });
});

describe('query/connections', () => {
  const g = fixtureGraph();
  it('finds every shortest path, edges read either way, with evidence', () => {
    const paths = connections(g, 'Medvedev', 'China');
    expect(paths.map((p) => p.nodes.map((n) => n.label))).toEqual([
      ['Dmitry Medvedev', 'dmitry-medvedev+xi-jinping', 'Xi Jinping', 'China'],
      ['Dmitry Medvedev', 'dmitry-medvedev+xi-jinping', 'Beijing', 'China'],
    ]);
    for (const p of paths) {
      expect(p.length).toBe(3);
      expect(p.edges).toHaveLength(3);
      for (const e of p.edges) expect(e.evidence.length).toBeGreaterThan(0);
    }
    expect(paths[0]!.edges.map((e) => e.relation)).toEqual(['participant', 'participant', 'role']);
    expect(paths[1]!.edges.map((e) => e.relation)).toEqual(['participant', 'held_in', 'located_in']);
  });

  it.each<[string, string, Parameters<typeof connections>[3], number]>([
    ['Russia', 'Ukraine', {}, 0], // 8 steps apart: longer than the default maxLength 6
    ['Russia', 'Ukraine', { maxLength: 8 }, 2], // through Medvedev or Putin, then Xi, Biden, Zelenskyy
    ['Russia', 'Ukraine', { maxLength: 8, limit: 1 }, 1],
    ['Medvedev', 'China', { relation: 'role' }, 0],
    ['Putin', 'Russia', {}, 1],
    ['Russia', 'Russia', {}, 1],
  ])('connections(%j, %j, %j) → %i paths', (a, b, options, count) => {
    expect(connections(g, a, b, options)).toHaveLength(count);
  });

  it.each([[{ maxLength: 0 }], [{ limit: 1.5 }]])('rejects %j', (options) => {
    expect(() => connections(g, 'Russia', 'China', options)).toThrow(UsageError);
  });
});

describe('query/timeline', () => {
  const g = fixtureGraph();
  it('puts meetings at their date, relations and mentions at their first report, in date order', () => {
    const items = timeline(g, 'Xi Jinping');
    expect(items.map((i) => `${i.date ?? `(${i.reported})`} ${i.type}`)).toEqual([
      '2022-12 meeting',
      '2022-12-21 meeting',
      '(2022-12-21) mention',
      '(2022-12-22) meeting',
      '(2022-12-22) relation',
      '(2022-12-22) mention',
    ]);
    expect(items[1]!.label).toBe('meeting: Dmitry Medvedev, Xi Jinping in Beijing');
    const role = items.find((i) => i.type === 'relation');
    expect(role?.type === 'relation' && role.relation.description).toBe('Xi Jinping —role (President)→ China');
    for (const i of items) expect(i.articles.length).toBeGreaterThan(0);
  });

  it('a place has the meetings held in it', () => {
    expect(timeline(g, 'Beijing').filter((i) => i.type === 'meeting').map((i) => i.type === 'meeting' && i.meeting.key)).toEqual([M1]);
  });
});

describe('query: the graph is never mutated', () => {
  it('leaves the serialization unchanged', () => {
    const g = fixtureGraph();
    const before = JSON.stringify(g.export());
    meetings(g, { with: 'xi', from: '2022-12' });
    relations(g, 'Medvedev');
    connections(g, 'Russia', 'Ukraine', { maxLength: 8, relation: ['participant', 'role'] });
    timeline(g, 'China');
    entityDetails(g, 'cpc');
    const m = meetings(g)[0]!;
    m.participants.push({ key: 'x', kind: 'person', label: 'x', represents: [], evidence: [] });
    m.evidence[0]!.sentence = 'changed';
    expect(JSON.stringify(g.export())).toBe(before);
  });
});

// -----------------------------------------------------------------------------------------------------------------
// kg query: JSON lines when piped, a table on a terminal

async function runQuery(args: string[], isTTY: boolean): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  const ctx: CliContext = { exitCode: 0, out: (s) => void (out += s), err: (s) => void (err += s), isTTY };
  const program = new Command('kg').exitOverride().configureOutput({ writeOut: ctx.out, writeErr: ctx.err });
  registerQuery(program, ctx);
  await program.parseAsync(['node', 'kg', 'query', ...args]);
  return { out, err };
}

describe('kg query', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-query-'));
  const file = path.join(dir, 'graph.json');
  await saveGraph(fixtureGraph(), file);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it.each<[string[], string[]]>([
    [['meetings', '--with', 'Xi Jinping', '--from', '2022-12-01'], [M3, M1]],
    [['meetings', 'Medvedev', 'xi'], [M1]],
    [['meetings', '--place', 'China'], [M1]],
    [['meetings', '--status', 'planned', '--limit', '1'], [M3]],
    [['relations', 'Dmitry', 'Medvedev', '--relation', 'role'], ['role', 'role']],
    [['path', 'Medvedev', 'China'], ['3', '3']],
    [['entity', 'cpc'], ['organization:communist-party-of-china']],
    [['timeline', 'Beijing'], ['meeting', 'relation', 'mention']],
  ])('piped: kg query graph.json %j → one JSON line per result', async (args, expected) => {
    const { out } = await runQuery([file, ...args], false);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    const pick = (v: Record<string, unknown>) => String(v.key ?? v.relation ?? v.length ?? v.type);
    const picked = lines.map((v) => (args[0] === 'relations' ? v.relation : args[0] === 'path' ? String(v.length) : args[0] === 'timeline' ? v.type : pick(v)));
    expect(picked).toEqual(expected);
  });

  it('on a terminal: a readable table citing articles', async () => {
    const { out } = await runQuery([file, 'meetings', '--with', 'Xi Jinping', '--from', '2022-12-01'], true);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DATE\s+STATUS\s+PARTICIPANTS\s+PLACE\s+ARTICLES\s+EVIDENCE$/);
    expect(lines[1]).toMatch(/^─+/);
    expect(lines[3]).toMatch(/^2022-12-21\s+held\s+Dmitry Medvedev, Xi Jinping\s+Beijing\s+002_russia_china_agreement, 000_medvedev/);
    expect(out).not.toMatch(/^\{/m);
  });

  it('on a terminal with --evidence: every evidence sentence under its row, with its article', async () => {
    const { out } = await runQuery([file, 'meetings', 'Medvedev', 'Xi', '--evidence'], true);
    const lines = out.trimEnd().split('\n');
    expect(lines[2]).toMatch(/^2022-12-21\s+held/);
    expect(lines.slice(3)).toEqual([
      `    ${A1}: “Medvedev met Xi Jinping in Beijing on December 21.”`,
      `    ${A2}: “Medvedev met Xi Jinping in Beijing on December 21.”`,
    ]);
  });

  it.each([
    [['path', 'Russia', 'Ukraine'], 'no path of at most 6 steps between "Russia" and "Ukraine": the shortest has 8 (try --max-length 8)'],
    [['path', 'Medvedev', 'China', '--relation', 'role'], '"Medvedev" and "China" are not connected'],
  ])('on a terminal: kg query %j says why there is no path', async (args, message) => {
    expect((await runQuery([file, ...args], true)).out).toBe(`${message}\n`);
  });

  it('on a terminal: paths step by step', async () => {
    const { out } = await runQuery([file, 'path', 'Medvedev', 'China'], true);
    expect(out).toMatch(/^path 1 of 2 \(3 steps\): Dmitry Medvedev · /);
    expect(out).toContain('Xi Jinping —role (President)→ China');
  });

  it.each([
    [['meetings', '--with', 'Zelenskiy'], UnknownEntityError, /unknown entity "Zelenskiy" \(did you mean "Volodymyr Zelenskyy"/],
    [['path', 'Russia'], UsageError, /two entities/],
    [['who', 'Russia'], UsageError, /unknown question "who"/],
    [['meetings', '--from', 'soon'], UsageError, /invalid date "soon"/],
    [['entity'], UsageError, /name an entity/],
  ])('kg query %j fails with a one-line error', async (args, cls, message) => {
    const run = runQuery([file, ...args], false);
    await expect(run).rejects.toBeInstanceOf(cls);
    await expect(run).rejects.toThrow(message);
  });
});
