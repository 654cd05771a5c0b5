/** Merging across articles: one node per real-world entity, one meeting per real meeting; tables of cases. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build.js';
import { extract } from './helpers/article.js';
import { extraction } from './helpers/extraction.js';

function graphOf(...articles: Array<[id: string, date: string, text: string]>) {
  return buildGraph(articles.map(([id, date, text]) => extract(text, date, id)));
}
function nodesOf(g: ReturnType<typeof buildGraph>['graph'], kind: string) {
  return g.filterNodes((_, a) => a.kind === kind).map((k) => g.getNodeAttributes(k));
}

describe('merge: people', () => {
  it.each([
    ['surname alone joins the full name', 'Volodymyr Zelenskyy', 'Zelenskyy', 'Volodymyr Zelenskyy', true],
    ['transliteration variants are one person', 'Volodymyr Zelenskyy', 'Volodymyr Zelensky', null, true],
    ['a -iy spelling of the surname alone joins too', 'Volodymyr Zelenskyy', 'Zelenskiy', 'Volodymyr Zelenskyy', true],
    ['an East Asian family name joins its full name', 'Xi Jinping', 'Xi', 'Xi Jinping', true],
    ['a hyphenated surname alone joins its full name', 'Robert Kilroy-Silk', 'Kilroy-Silk', 'Robert Kilroy-Silk', true],
    ['a surname with its joined Arabic article joins the full name', 'Fadhil al-Chalabi', 'Chalabi', 'Fadhil al-Chalabi', true],
    ['diacritics do not make two names (one name from the start: no merge to report)', 'Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', null, false],
  ])('merge: %s', (_why, a, b, label, reported) => {
    const { graph, report } = buildGraph([extraction('a', '2022-12-20', [[a, 'person']]), extraction('b', '2022-12-21', [[b, 'person']])]);
    const people = nodesOf(graph, 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.articles).toEqual(['a', 'b']);
    expect(people[0]!.aliases).toEqual([a, b].sort());
    if (label) expect(people[0]!.label).toBe(label);
    else expect([a, b]).toContain(people[0]!.label);
    expect(report.merges.some((m) => m.kind === 'person')).toBe(reported);
  });

  it('merge: refuses two people with the same surname and different given names, and reports it', () => {
    const { graph, report } = buildGraph([extraction('a', '2022-12-20', [['Joe Biden', 'person']]), extraction('b', '2022-12-21', [['Hunter Biden', 'person']])], { report: true });
    expect(nodesOf(graph, 'person').map((p) => p.label).sort()).toEqual(['Hunter Biden', 'Joe Biden']);
    expect(report.declined).toContainEqual(expect.objectContaining({ kind: 'person', reason: 'same surname, given names differ' }));
  });

  it('merge: a surname matching two full names stays apart and is reported', () => {
    const { graph, report } = buildGraph([
      extraction('a', '2022-12-20', [['Joe Biden', 'person'], ['Jill Biden', 'person']]),
      extraction('b', '2022-12-21', [['Biden', 'person']]),
    ], { report: true });
    expect(nodesOf(graph, 'person').map((p) => p.label).sort()).toEqual(['Biden', 'Jill Biden', 'Joe Biden']);
    expect(report.declined).toContainEqual(expect.objectContaining({ a: 'Biden', reason: 'surname alone matches several full names' }));
  });

  it('merge: never merges across kinds', () => {
    const { graph } = buildGraph([extraction('a', '2022-12-20', [['Jordan', 'person']]), extraction('b', '2022-12-21', [['Jordan', 'state']])]);
    expect(graph.nodes().sort()).toEqual(['person:jordan', 'state:jordan']);
  });
});

describe('merge: extracted from text', () => {
  it('merge: a surname alone joins the full name given earlier in the same article', () => {
    const x = extract('Ukrainian President Volodymyr Zelenskyy met U.S. President Joe Biden in Washington. Zelenskyy thanked Biden.');
    const labels = new Set(x.entities.filter((e) => e.kind === 'person').map((e) => e.label));
    expect([...labels].sort()).toEqual(['Joe Biden', 'Volodymyr Zelenskyy']);
  });
});

describe('merge: states and organizations', () => {
  it.each([
    ['official and short names of a state', 'The Russian Federation announced new measures.', 'Russia announced new measures again.', 'state', 'Russia'],
    ['dotted abbreviation of a state', 'The U.S. announced new sanctions.', 'The United States announced new sanctions.', 'state', 'United States'],
    ['an acronym defined in the text', 'The Communist Party of China (CPC) held a plenum.', 'The CPC held another plenum.', 'organization', 'Communist Party of China'],
    ['a name with its Arabic article, hyphenated and capitalised', 'Officials blamed al-Qaeda for the bombing of the pipeline.', 'Al Qaeda denied any part in the pipeline bombing.', 'organization', 'al-Qaeda'],
    ['an armed group in two transliterations its dictionary block lists', 'Officials blamed al-Qaida for the bombing of the pipeline.', 'Al Qaeda denied any part in the pipeline bombing.', 'organization', 'al-Qaeda'],
    ['an armed group and an acronym other bodies share, undefined in its article', 'ISIS fighters attacked a checkpoint on the highway.', 'The Islamic State said its fighters took the checkpoint.', 'organization', 'Islamic State'],
    ['an armed group and the acronym its dictionary block lists', 'ISIL fighters attacked a checkpoint on the highway.', 'The Islamic State said its fighters took the checkpoint.', 'organization', 'Islamic State'],
  ])('merge: %s', (_why, a, b, kind, label) => {
    const { graph } = graphOf(['a', '2022-12-20', a], ['b', '2022-12-21', b]);
    const nodes = nodesOf(graph, kind);
    expect(nodes.map((n) => n.label)).toEqual([label]);
    expect(nodes[0]!.articles).toEqual(['a', 'b']);
  });

  it.each([
    ['a plural and a singular form are one organization', 'Liberal Democrats', 'Liberal Democrat', 1],
    ['a name and its "Party" form are one organization', 'Labour Party', 'Labour', 1],
    ['an acronym ending in S is no plural', 'HBO', 'HBOS', 2],
    ['a chamber keeps its "Party"', 'Congress Party', 'Congress', 2],
    ['"The Times" is no plural of "Time"', 'Times', 'Time', 2],
  ] as const)('merge: %s', (_why, a, b, count) => {
    const { graph, report } = buildGraph([extraction('a', '2005-01-10', [[a, 'organization']]), extraction('b', '2005-01-11', [[b, 'organization']])]);
    expect(nodesOf(graph, 'organization')).toHaveLength(count);
    expect(report.merges.some((m) => m.kind === 'organization' && m.merged.includes(a) && m.merged.includes(b))).toBe(count === 1);
  });

  it('merge: never merges across kinds', () => {
    const { graph } = graphOf(['a', '2022-12-20', 'Georgia Smith met officials in Tbilisi, Georgia, on Monday.']);
    const kinds = new Set(graph.mapNodes((_, a) => a.kind));
    expect(kinds.has('meeting') || kinds.has('person')).toBe(true);
    for (const k of graph.nodes()) expect(k.startsWith(`${graph.getNodeAttribute(k, 'kind')}:`)).toBe(true);
  });
});

describe('merge: meetings', () => {
  const P: Array<[string, 'person']> = [['Vladimir Putin', 'person'], ['Xi Jinping', 'person']];
  const ents = (place: string): Array<[string, 'person' | 'place']> => [...P, [place, 'place']];
  it.each([
    ['two reports of one meeting are one node', '2022-12-21', 'Beijing', 1],
    ['a day apart is another meeting', '2022-12-22', 'Beijing', 2],
    ['an undated report is not absorbed by a dated meeting', null, 'Beijing', 2],
    ['a week apart is another meeting', '2022-12-28', 'Beijing', 2],
    ['incompatible places are another meeting', '2022-12-21', 'Paris', 2],
  ] as const)('merge: %s', (_why, date, place, count) => {
    const a = extraction('a', '2022-12-22', ents('Beijing'), [{ parties: P, date: '2022-12-21', place: ['Beijing', 'place'] }]);
    const b = extraction('b', '2022-12-23', ents(place), [{ parties: P, date, place: [place, 'place'] }]);
    a.relations.push({ relation: 'located_in', source: { label: 'Beijing', kind: 'place' }, target: { label: 'China', kind: 'state' }, evidence: [] });
    const { graph, report } = buildGraph([a, b], { report: true });
    const meetings = nodesOf(graph, 'meeting');
    expect(meetings).toHaveLength(count);
    if (count === 1) {
      expect(meetings[0]!.articles).toEqual(['a', 'b']);
      expect(meetings[0]!.date).toBe('2022-12-21');
      expect(report.merges).toContainEqual(expect.objectContaining({ kind: 'meeting', merged: ['a', 'b'] }));
    } else {
      expect(report.declined.some((d) => d.kind === 'meeting')).toBe(true);
    }
  });

  it.each([
    ['the same sentence in two undated articles (a republished story) is one meeting', [], 1],
    ['different sentences in two undated articles may be two meetings', [['Moscow', 'place']], 2],
  ] as const)('merge: %s', (_why, extra, count) => {
    const a = extraction('a', null, [...P], [{ parties: P, date: null }]);
    const b = extraction('b', null, [...P, ...extra], [{ parties: P, date: null }]);
    const meetings = nodesOf(buildGraph([a, b]).graph, 'meeting');
    expect(meetings).toHaveLength(count);
  });

  it.each([
    ['undated reports in articles of the same day are one meeting', '2022-12-22', null, null, 1],
    ['undated reports in articles of different days are two', '2022-12-23', null, null, 2],
    ['two reports giving the same month and no day are one meeting', '2022-12-22', '2022-12', '2022-12', 1],
    ['a month-only report is not absorbed by a dated meeting of that month', '2022-12-22', '2022-12-21', '2022-12', 2],
  ] as const)('merge: %s', (_why, dateB, meetingA, meetingB, count) => {
    const a = extraction('a', '2022-12-22', [...P], [{ parties: P, date: meetingA }]);
    const b = extraction('b', dateB, [...P, ['Moscow', 'place']], [{ parties: P, date: meetingB }]);
    const meetings = nodesOf(buildGraph([a, b]).graph, 'meeting');
    expect(meetings).toHaveLength(count);
  });

  it('merge: a meeting in a city and one in its country are compatible', () => {
    const a = extraction('a', '2022-12-22', ents('Beijing'), [{ parties: P, date: '2022-12-21', place: ['Beijing', 'place'] }]);
    a.relations.push({ relation: 'located_in', source: { label: 'Beijing', kind: 'place' }, target: { label: 'China', kind: 'state' }, evidence: [] });
    const b = extraction('b', '2022-12-22', [...P, ['China', 'state']], [{ parties: P, date: '2022-12-21', place: ['China', 'state'] }]);
    const meetings = nodesOf(buildGraph([a, b]).graph, 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.place).toBe('Beijing');
  });
});

describe('merge: kinds across the corpus', () => {
  it('merge: a name read as an organization in most articles is one organization, and the report says so', () => {
    const xs = [
      extraction('a', '2022-12-20', [['Gazprom', 'organization'], ['Gazprom', 'organization']]),
      extraction('b', '2022-12-21', [['Gazprom', 'organization'], ['Gazprom', 'organization']]),
      extraction('c', '2022-12-22', [['Gazprom', 'person']]),
    ];
    const { graph, report } = buildGraph(xs);
    expect(graph.nodes()).toEqual(['organization:gazprom']);
    expect(graph.getNodeAttribute('organization:gazprom', 'articles')).toEqual(['a', 'b', 'c']);
    expect(report.merges).toContainEqual(expect.objectContaining({ key: 'organization:gazprom', reason: 'same name, read as organization in 4 of 5 mentions' }));
  });

  it('merge: without a clear majority the kinds stay apart and the near-miss is reported', () => {
    const { graph, report } = buildGraph([extraction('a', '2022-12-20', [['Chelsea', 'organization']]), extraction('b', '2022-12-21', [['Chelsea', 'person']])], { report: true });
    expect(graph.nodes().sort()).toEqual(['organization:chelsea', 'person:chelsea']);
    expect(report.declined).toContainEqual(expect.objectContaining({ reason: 'same name read as different kinds, no clear majority' }));
  });

  it('merge: a state is never re-kinded', () => {
    const { graph } = buildGraph([extraction('a', '2022-12-20', [['Jordan', 'state'], ['Jordan', 'state'], ['Jordan', 'state'], ['Jordan', 'state']]), extraction('b', '2022-12-21', [['Jordan', 'person']])]);
    expect(graph.nodes().sort()).toEqual(['person:jordan', 'state:jordan']);
  });
});
