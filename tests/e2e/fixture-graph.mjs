// Graph files that follow the output contract (src/types.ts), made without the extraction pipeline: a small graph
// shaped like the seeds graph, a generated graph of any size for benchmarks, and a graph with hostile text.
// Plain JavaScript so that both the tests (TypeScript) and scripts/bench-viz.mjs can import it.

import { mulberry32 as prng } from '../../dist/util/random.js';

const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false };

function ev(article, sentence) {
  return { article, sentence, start: 0, end: sentence.length };
}

/** A small graph shaped like the one `kg build seeds` makes (used until the pipeline exists, and in unit tests). */
export function seedsLikeGraph() {
  const A = '000_cbff509867a88b03.txt';
  const B = '002_b2843b5470f89d05.txt';
  const s1 =
    'Former Russian President and current Deputy Chairman of the Federal Security Council Dmitry Medvedev (Dmitry Medvedev) visited China on December 21 to hold talks with Xi Jinping.';
  const s2 = "RUSSIA'S former president Dmitry Medvedev met with China's President Xi Jinping in Beijing on Wednesday, December 21, to deliver a message from President Putin.";
  const s3 = 'Around the same time, Ukrainian President Volodymyr Zelenskyy met with U.S. President Joe Biden at the White House.';
  const nodes = [];
  const node = (key, kind, label, extra = {}) => {
    nodes.push({
      key,
      attributes: { kind, label, aliases: extra.aliases ?? [label], articles: extra.articles ?? [A, B], mentions: extra.mentions ?? 3, evidence: extra.evidence ?? [ev(A, s1)], ...extra.more },
    });
  };
  node('person:dmitry-medvedev', 'person', 'Dmitry Medvedev', { aliases: ['Dmitry Medvedev', 'Medvedev'], mentions: 14, evidence: [ev(A, s1), ev(B, s2)] });
  node('person:xi-jinping', 'person', 'Xi Jinping', { aliases: ['Xi', 'Xi Jinping'], mentions: 11, evidence: [ev(A, s1), ev(B, s2)] });
  node('person:vladimir-putin', 'person', 'Vladimir Putin', { aliases: ['Putin', 'Vladimir Putin'], mentions: 6, evidence: [ev(B, s2)] });
  node('person:volodymyr-zelenskyy', 'person', 'Volodymyr Zelenskyy', { aliases: ['Volodymyr Zelenskyy', 'Zelensky'], articles: [A], mentions: 2, evidence: [ev(A, s3)] });
  node('person:joe-biden', 'person', 'Joe Biden', { aliases: ['Biden', 'Joe Biden'], articles: [A], mentions: 1, evidence: [ev(A, s3)] });
  node('state:russia', 'state', 'Russia', { aliases: ['Russia', 'Russian Federation'], mentions: 12, more: { iso: 'RU' } });
  node('state:china', 'state', 'China', { aliases: ['China'], mentions: 10, more: { iso: 'CN' } });
  node('state:ukraine', 'state', 'Ukraine', { mentions: 6, more: { iso: 'UA' } });
  node('state:united-states', 'state', 'United States', { aliases: ['U.S.', 'United States'], articles: [A], mentions: 1, more: { iso: 'US' } });
  node('organization:xinhua', 'organization', 'Xinhua News Agency', { aliases: ['Xinhua News Agency'], articles: [A], mentions: 1 });
  node('organization:cpc', 'organization', 'Communist Party of China', { aliases: ['CPC', 'Communist Party of China'], mentions: 2 });
  node('organization:security-council', 'organization', 'Security Council of Russia', { aliases: ['Federal Security Council', 'Security Council'], mentions: 2 });
  node('place:beijing', 'place', 'Beijing', { articles: [B], mentions: 1, evidence: [ev(B, s2)] });
  node('place:white-house', 'place', 'White House', { articles: [A], mentions: 1, evidence: [ev(A, s3)] });
  node('meeting:medvedev-xi', 'meeting', 'Dmitry Medvedev – Xi Jinping', {
    mentions: 4,
    evidence: [ev(A, s1), ev(B, s2)],
    more: { date: '2022-12-21', status: 'held', place: 'Beijing', topics: ['Ukraine', 'cooperation'] },
  });
  node('meeting:zelenskyy-biden', 'meeting', 'Volodymyr Zelenskyy – Joe Biden', {
    articles: [A],
    mentions: 1,
    evidence: [ev(A, s3)],
    more: { date: '2022-12-21', status: 'held', place: 'White House' },
  });
  const edges = [];
  const edge = (source, target, relation, extra = {}) =>
    edges.push({ key: `e${edges.length}`, source, target, attributes: { relation, articles: extra.articles ?? [A, B], evidence: extra.evidence ?? [ev(A, s1)], ...extra.more } });
  edge('person:dmitry-medvedev', 'meeting:medvedev-xi', 'participant', { more: { represents: ['state:russia'] } });
  edge('person:xi-jinping', 'meeting:medvedev-xi', 'participant', { more: { represents: ['state:china'] } });
  edge('meeting:medvedev-xi', 'place:beijing', 'held_in', { articles: [B], evidence: [ev(B, s2)] });
  edge('person:volodymyr-zelenskyy', 'meeting:zelenskyy-biden', 'participant', { articles: [A], evidence: [ev(A, s3)], more: { represents: ['state:ukraine'] } });
  edge('person:joe-biden', 'meeting:zelenskyy-biden', 'participant', { articles: [A], evidence: [ev(A, s3)], more: { represents: ['state:united-states'] } });
  edge('meeting:zelenskyy-biden', 'place:white-house', 'held_in', { articles: [A], evidence: [ev(A, s3)] });
  edge('person:dmitry-medvedev', 'state:russia', 'role', { more: { title: 'President', former: true } });
  edge('person:dmitry-medvedev', 'state:russia', 'role', { more: { title: 'Prime Minister', former: true } });
  edge('person:dmitry-medvedev', 'organization:security-council', 'role', { more: { title: 'Deputy Chairman' } });
  edge('person:xi-jinping', 'state:china', 'role', { more: { title: 'President' } });
  edge('person:vladimir-putin', 'state:russia', 'role', { more: { title: 'President' } });
  edge('person:volodymyr-zelenskyy', 'state:ukraine', 'role', { articles: [A], more: { title: 'President' } });
  edge('person:joe-biden', 'state:united-states', 'role', { articles: [A], more: { title: 'President' } });
  edge('organization:cpc', 'state:china', 'part_of');
  edge('organization:security-council', 'state:russia', 'part_of');
  edge('place:beijing', 'state:china', 'located_in', { articles: [B] });
  edge('place:white-house', 'state:united-states', 'located_in', { articles: [A] });
  return {
    options: GRAPH_OPTIONS,
    attributes: {
      schemaVersion: 1,
      articles: {
        [A]: { date: '2022-12-22', hash: 'cbff509867a88b03', title: 'Medvedev visits China' },
        [B]: { date: '2022-12-21', hash: 'b2843b5470f89d05', title: 'Russia and China reach agreement', url: 'https://example.org/russia-china' },
      },
    },
    nodes,
    edges,
  };
}

const FIRST = ['Anna', 'Boris', 'Chen', 'Dara', 'Emil', 'Fatima', 'Goran', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Mehdi', 'Nora', 'Omar', 'Priya'];
const LAST = ['Adams', 'Brandt', 'Castro', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen', 'Kim', 'Lopez', 'Moreau', 'Novak', 'Okafor', 'Petrov'];

/**
 * A graph of `nodes` nodes and about `edges` edges that looks like a large news graph: clustered communities, many
 * meetings, a few hub states, dated articles over two years. `positions: true` adds x/y (a clustered spread, no
 * layout run), as `kg build --layout` would. `isolated` more entities have no edge at all (as most names of a real
 * corpus read once), `coMentioned` edges join entities of one community named in the same sentence, and `showcase`
 * adds a prominent person ("Tony Blair", 507 mentions, 12 evidence items, one sentence quoted twice, a mention
 * written "Mr Blair").
 */
export function generateGraph({ nodes: order = 20_000, edges: size = 50_000, seed = 7, positions = false, isolated = 0, coMentioned = 0, showcase = false } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const communities = Math.max(1, Math.round(order / 120));
  const articleCount = Math.max(10, Math.round(order / 8));
  const articles = {};
  const articleIds = [];
  const start = Date.UTC(2004, 0, 1);
  for (let i = 0; i < articleCount; i++) {
    const id = `bbc-${String(i).padStart(5, '0')}`;
    const date = new Date(start + Math.floor(random() * 730) * 86400000).toISOString().slice(0, 10);
    articles[id] = { date, hash: (i * 2654435761 >>> 0).toString(16).padStart(16, '0').slice(0, 16), title: `Article ${i}: talks and tensions` };
    articleIds.push(id);
  }
  const kinds = [];
  const byKind = { person: [], state: [], organization: [], place: [], meeting: [] };
  const nodeList = [];
  const centres = Array.from({ length: communities }, () => ({ x: (random() - 0.5) * 2000, y: (random() - 0.5) * 2000 }));
  const states = Math.min(200, Math.max(4, Math.round(order * 0.01)));
  for (let i = 0; i < order; i++) {
    const r = random();
    const kind = i < states ? 'state' : r < 0.42 ? 'person' : r < 0.6 ? 'organization' : r < 0.75 ? 'place' : 'meeting';
    kinds.push(kind);
    const community = i % communities;
    const key = `${kind}:${i}`;
    const label =
      kind === 'person'
        ? `${pick(FIRST)} ${pick(LAST)} ${i}`
        : kind === 'state'
          ? `State ${i}`
          : kind === 'organization'
            ? `Org ${i} Council`
            : kind === 'place'
              ? `City ${i}`
              : `Meeting ${i}`;
    const own = [pick(articleIds)];
    if (random() < 0.3) own.push(pick(articleIds));
    own.sort();
    const mentions = kind === 'state' ? 20 + Math.floor(random() * 400) : 1 + Math.floor(-Math.log(1 - random() * 0.999) * 3);
    const attributes = {
      kind,
      label,
      aliases: [label],
      articles: [...new Set(own)],
      mentions,
      evidence: [ev(own[0], `${label} was mentioned in a sentence about talks.`)],
    };
    if (kind === 'meeting') {
      const date = articles[own[0]].date;
      Object.assign(attributes, { date: random() < 0.1 ? null : random() < 0.2 ? date.slice(0, 7) : date, status: random() < 0.8 ? 'held' : 'planned', place: null });
    }
    if (kind === 'state') attributes.iso = 'ZZ';
    if (positions) {
      const c = kind === 'state' ? { x: 0, y: 0 } : centres[community];
      const spread = kind === 'state' ? 900 : 90;
      attributes.x = Math.round((c.x + (random() - 0.5) * spread) * 1000) / 1000;
      attributes.y = Math.round((c.y + (random() - 0.5) * spread) * 1000) / 1000;
    }
    nodeList.push({ key, attributes });
    byKind[kind].push({ key, community, i });
  }
  const edges = [];
  const add = (source, target, relation, extra = {}) => {
    if (source === target) return;
    const a = pick(articleIds);
    edges.push({ key: `e${edges.length}`, source, target, attributes: { relation, articles: [a], evidence: [ev(a, 'They met for talks.')], ...extra } });
  };
  const entities = [...byKind.person, ...byKind.organization, ...byKind.state];
  // Pre-index by community for speed.
  const index = {};
  for (const kind of Object.keys(byKind)) {
    index[kind] = Array.from({ length: communities }, () => []);
    for (const n of byKind[kind]) index[kind][n.community].push(n);
  }
  const local = (kind, community) => {
    const list = index[kind][community];
    return list.length && random() < 0.9 ? pick(list) : pick(byKind[kind].length ? byKind[kind] : entities);
  };
  // Every meeting gets participants and maybe a place.
  for (const m of byKind.meeting) {
    const n = 2 + Math.floor(random() * 3);
    for (let j = 0; j < n && edges.length < size; j++) add(local(random() < 0.8 ? 'person' : 'organization', m.community).key, m.key, 'participant');
    if (byKind.place.length && random() < 0.6) add(m.key, local('place', m.community).key, 'held_in');
  }
  for (const p of byKind.place) if (edges.length < size) add(p.key, pick(byKind.state).key, 'located_in');
  for (const o of byKind.organization) if (edges.length < size && random() < 0.5) add(o.key, pick(byKind.state).key, 'part_of');
  while (edges.length < size) {
    const person = pick(byKind.person.length ? byKind.person : entities);
    const r = random();
    if (r < 0.3) add(person.key, random() < 0.5 ? pick(byKind.state).key : local('organization', person.community).key, 'role', { title: pick(['President', 'Minister', 'Chairman', 'Spokesman']), former: random() < 0.2 });
    else if (byKind.meeting.length) add(person.key, local('meeting', person.community).key, 'participant');
    else add(person.key, pick(byKind.state).key, 'role', { title: 'Member' });
  }
  for (let j = 0; j < coMentioned; j++) {
    const a = pick(entities);
    const b = local(random() < 0.5 ? 'person' : 'organization', a.community);
    const count = 1 + Math.floor(-Math.log(1 - random() * 0.999) * 2);
    add(a.key < b.key ? a.key : b.key, a.key < b.key ? b.key : a.key, 'co_mentioned', { count });
  }
  for (let j = 0; j < isolated; j++) {
    const key = `person:lone-${j}`;
    const label = `${pick(FIRST)} ${pick(LAST)} lone ${j}`;
    const a = pick(articleIds);
    const attributes = { kind: 'person', label, aliases: [label], articles: [a], mentions: 1, evidence: [ev(a, `${label} spoke once.`)] };
    if (positions) Object.assign(attributes, { x: Math.round((random() - 0.5) * 2400), y: Math.round((random() - 0.5) * 2400) });
    nodeList.push({ key, attributes });
  }
  if (showcase) {
    const key = 'person:tony-blair';
    const ids = articleIds.slice(0, 11);
    const sentences = ids.map((id, i) => (i === 3 ? `Mr Blair told MPs in article ${i} that talks would go on.` : `Tony Blair met ministers again, report ${i} says.`));
    const evidence = sentences.map((sentence, i) => {
      const at = sentence.startsWith('Mr') ? 3 : 0;
      return { article: ids[i], sentence, start: 100 + at, end: 100 + at + (at ? 5 : 10) };
    });
    // A republished story: the same sentence in a twelfth article.
    evidence.push({ ...evidence[0], article: articleIds[11] });
    nodeList.push({
      key,
      attributes: { kind: 'person', label: 'Tony Blair', aliases: ['Blair', 'Tony Blair'], articles: [...ids, articleIds[11]].sort(), mentions: 507, evidence, ...(positions ? { x: 0, y: 0 } : {}) },
    });
    for (const other of byKind.state.slice(0, 6)) add(key, other.key, 'co_mentioned', { count: 9 });
    for (const other of byKind.person.slice(0, 12)) add(key < other.key ? key : other.key, key < other.key ? other.key : key, 'co_mentioned', { count: 3 });
  }
  return { options: GRAPH_OPTIONS, attributes: { schemaVersion: 1, articles }, nodes: nodeList, edges };
}

/** A tiny graph whose texts try to run code when rendered as HTML. */
export function hostileGraph() {
  const graph = seedsLikeGraph();
  const evil = '<img src=x onerror=window.__pwned=1>';
  graph.nodes.push({
    key: 'person:evil',
    attributes: {
      kind: 'person',
      label: evil,
      aliases: [evil, '<script>window.__pwned=2</script>'],
      articles: ['000_cbff509867a88b03.txt'],
      mentions: 30,
      evidence: [{ article: '000_cbff509867a88b03.txt', sentence: `He said ${evil} and <b onmouseover=window.__pwned=3>bold</b>.`, start: 0, end: 5 }],
    },
  });
  graph.edges.push({
    key: 'evil-role',
    source: 'person:evil',
    target: 'state:russia',
    attributes: { relation: 'role', title: '<svg onload=window.__pwned=4>', articles: ['000_cbff509867a88b03.txt'], evidence: [] },
  });
  graph.attributes.articles['000_cbff509867a88b03.txt'].title = '<iframe src=javascript:window.__pwned=5>';
  graph.attributes.articles['000_cbff509867a88b03.txt'].url = 'javascript:window.__pwned=6';
  return graph;
}
