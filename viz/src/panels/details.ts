/**
 * The side panel of the selected node: what it is, its names, roles, meetings (date, place, participants), other
 * relations, and the sentences it was read from with their article. All text goes through textContent (dom.ts).
 */
import type { ArticleRecord, Evidence } from '../../../src/types.ts';
import type { ViewGraph, ViewNode } from '../data.ts';
import { el, formatDate, plural, safeHref } from '../dom.ts';
import { KIND_COLORS, KIND_NAMES, UNKNOWN_KIND_COLOR, isKind } from '../theme.ts';

/** Longest list shown in one section before "and N more". */
const LIST_LIMIT = 40;

export interface DetailsHandlers {
  onPick(key: string): void;
  onClose(): void;
  /** Shows only this node's neighbourhood, `hops` edges deep. */
  onFocus?(key: string, hops: number): void;
}

/** Co-mentioned entities listed in the panel, strongest first. */
const NAMED_WITH_LIMIT = 15;

function kindChip(kind: string): HTMLElement {
  const known = isKind(kind);
  return el('span', { class: 'kind-chip', style: { '--kind': known ? KIND_COLORS[kind] : UNKNOWN_KIND_COLOR } }, [
    el('span', { class: 'dot' }),
    el('span', { text: known ? KIND_NAMES[kind].one : kind }),
  ]);
}

function section(title: string, name: string, body: Node[], count?: number): HTMLElement {
  return el('section', { class: 'detail-section', dataset: { section: name } }, [
    el('h3', {}, [el('span', { text: title }), count !== undefined ? el('span', { class: 'count', text: count.toLocaleString('en-US') }) : null]),
    ...body,
  ]);
}

function limited<T>(items: T[], render: (item: T) => Node): Node[] {
  const out = items.slice(0, LIST_LIMIT).map(render);
  if (items.length > LIST_LIMIT) out.push(el('p', { class: 'muted small', text: `and ${(items.length - LIST_LIMIT).toLocaleString('en-US')} more` }));
  return out;
}

export function renderDetails(container: HTMLElement, graph: ViewGraph, key: string, handlers: DetailsHandlers): void {
  container.replaceChildren();
  if (!graph.hasNode(key)) return;
  const a = graph.getNodeAttributes(key);
  const articles = (graph.getAttribute('articles') ?? {}) as Record<string, ArticleRecord>;

  const link = (target: string): HTMLElement => {
    const t = graph.getNodeAttributes(target);
    return el(
      'button',
      { class: 'node-link', attrs: { type: 'button' }, dataset: { key: target }, title: `${isKind(t.kind) ? KIND_NAMES[t.kind].one : t.kind}: ${t.label}`, on: { click: () => handlers.onPick(target) } },
      [el('span', { class: 'dot', style: { background: t.color } }), el('span', { text: t.label })],
    );
  };

  const close = el('button', { class: 'close', text: '×', title: 'Close (Esc)', attrs: { type: 'button', 'aria-label': 'Close details' }, on: { click: handlers.onClose } });
  const header = el('header', { class: 'detail-header' }, [kindChip(a.kind), close]);
  const title = el('h2', { class: 'detail-title', text: a.label });
  const facts: string[] = [];
  if (a.kind !== 'meeting') facts.push(`${plural(a.mentions, 'mention')} in ${plural(a.articles.length, 'article')}`);
  else facts.push(`Reported in ${plural(a.articles.length, 'article')}`);
  if (a.kind !== 'meeting' && typeof a.iso === 'string') facts.push(`ISO ${a.iso}`);
  const body: Node[] = [header, title, el('p', { class: 'facts', text: facts.join(' · ') })];
  if (handlers.onFocus && graph.degree(key) > 0) {
    body.push(
      el('div', { class: 'focus-actions' }, [
        el('button', { class: 'button', text: 'Focus', title: 'Show only this node and its neighbours', attrs: { type: 'button' }, dataset: { focus: '1' }, on: { click: () => handlers.onFocus!(key, 1) } }),
        el('button', { class: 'button', text: 'Focus, 2 hops', title: 'Show this node, its neighbours and theirs', attrs: { type: 'button' }, dataset: { focus: '2' }, on: { click: () => handlers.onFocus!(key, 2) } }),
      ]),
    );
  }

  const aliases = a.aliases.filter((alias) => alias !== a.label);
  if (aliases.length) body.push(section('Also called', 'aliases', [el('div', { class: 'chips' }, aliases.map((alias) => el('span', { class: 'chip', text: alias })))]));

  if (a.kind === 'meeting') body.push(...meetingSections(graph, key, a, link));

  // Roles: held by this person, or held at this state/organization.
  const roles: Node[] = [];
  graph.forEachOutEdge(key, (_e, e, _s, target) => {
    if (e.relation === 'role') roles.push(roleRow(e.title, e.former, link(target)));
  });
  const holders: Node[] = [];
  graph.forEachInEdge(key, (_e, e, source) => {
    if (e.relation === 'role') holders.push(roleRow(e.title, e.former, link(source)));
  });
  if (roles.length) body.push(section('Roles', 'roles', limited(roles, (n) => n), roles.length));
  if (holders.length) body.push(section('People with a role here', 'holders', limited(holders, (n) => n), holders.length));

  if (a.kind !== 'meeting') {
    const meetings: string[] = [];
    graph.forEachOutEdge(key, (_e, e, _s, target) => {
      if (e.relation === 'participant' && !meetings.includes(target)) meetings.push(target);
    });
    graph.forEachInEdge(key, (_e, e, source) => {
      if (e.relation === 'held_in' && !meetings.includes(source)) meetings.push(source);
    });
    meetings.sort((x, y) => String(graph.getNodeAttribute(x, 'date' as keyof ViewNode) ?? '').localeCompare(String(graph.getNodeAttribute(y, 'date' as keyof ViewNode) ?? '')));
    if (meetings.length) body.push(section('Meetings', 'meetings', limited(meetings, (m) => meetingCard(graph, m, key, link)), meetings.length));
    const discussed: string[] = [];
    graph.forEachInEdge(key, (_e, e, source) => {
      if (e.relation === 'about' && !discussed.includes(source) && !meetings.includes(source)) discussed.push(source);
    });
    if (discussed.length) body.push(section('Meetings about it', 'about', limited(discussed, (m) => meetingCard(graph, m, key, link)), discussed.length));
  }

  // Other relations, grouped.
  const groups: Array<[string, string, string[]]> = [
    ['Part of', 'part_of-out', []],
    ['Members', 'part_of-in', []],
    ['Located in', 'located_in-out', []],
    ['Places in it', 'located_in-in', []],
    ['Member of', 'member_of-out', []],
    ['People who are members', 'member_of-in', []],
  ];
  graph.forEachOutEdge(key, (_e, e, _s, t) => {
    if (e.relation === 'part_of') groups[0]![2].push(t);
    if (e.relation === 'located_in') groups[2]![2].push(t);
    if (e.relation === 'member_of') groups[4]![2].push(t);
  });
  graph.forEachInEdge(key, (_e, e, s) => {
    if (e.relation === 'part_of') groups[1]![2].push(s);
    if (e.relation === 'located_in') groups[3]![2].push(s);
    if (e.relation === 'member_of') groups[5]![2].push(s);
  });
  // Named in the same sentence, strongest first.
  const named: Array<{ key: string; count: number }> = [];
  graph.forEachEdge(key, (_e, e, s, t) => {
    if (e.relation === 'co_mentioned') named.push({ key: s === key ? t : s, count: typeof e.count === 'number' ? e.count : e.articles.length });
  });
  named.sort((x, y) => y.count - x.count || (x.key < y.key ? -1 : 1));
  if (named.length) {
    const shown = named.slice(0, NAMED_WITH_LIMIT);
    body.push(
      section('Named with', 'named-with', [
        el('div', { class: 'links' }, shown.map((n) => el('span', { class: 'named-with', title: `${plural(n.count, 'sentence')} name both` }, [link(n.key), el('span', { class: 'muted small', text: `×${n.count}` })]))),
        ...(named.length > shown.length ? [el('p', { class: 'muted small', text: `${shown.length} of ${named.length.toLocaleString('en-US')} shown` })] : []),
      ], named.length),
    );
  }
  for (const [name, id, keys] of groups) {
    const unique = [...new Set(keys)];
    if (unique.length) body.push(section(name, id, [el('div', { class: 'links' }, limited(unique, link))], unique.length));
  }

  const raw = Array.isArray(a.evidence) ? (a.evidence as Evidence[]) : [];
  const evidence = uniqueEvidence(raw);
  if (evidence.length) {
    // The graph keeps the first few mentions of each node; say so when it read more.
    const kept = raw.length;
    const total = Math.max(a.mentions, kept);
    const names = [a.label, ...a.aliases];
    body.push(
      section('Evidence', 'evidence', [
        total > kept
          ? el('p', {
              class: 'muted small evidence-count',
              text: `${kept.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} shown${evidence.length < kept ? `, in ${plural(evidence.length, 'sentence')}` : ''}`,
            })
          : null,
        ...evidence.map((ev) => evidenceItem(ev, articles, names, a.kind !== 'meeting')),
      ].filter((n): n is HTMLElement => n !== null), evidence.length),
    );
  }

  if (a.articles.length) {
    body.push(
      section(
        'Articles',
        'articles',
        limited(a.articles, (id) => articleLine(id, articles[id])),
        a.articles.length,
      ),
    );
  }
  container.append(...body);
  container.scrollTop = 0;
}

function roleRow(title: string | undefined, former: boolean | undefined, target: HTMLElement): HTMLElement {
  return el('div', { class: 'role-row' }, [
    el('span', { class: 'role-title', text: title || 'role' }),
    former ? el('span', { class: 'tag', text: 'former' }) : null,
    el('span', { class: 'muted', text: 'at' }),
    target,
  ]);
}

function meetingFacts(m: ViewNode): string {
  if (m.kind !== 'meeting') return '';
  const parts = [formatDate(m.date)];
  if (m.place) parts.push(m.place);
  if (m.status === 'planned') parts.push('planned');
  return parts.join(' · ');
}

function participantsOf(graph: ViewGraph, meeting: string): Array<{ key: string; represents: string[] }> {
  const out: Array<{ key: string; represents: string[] }> = [];
  graph.forEachInEdge(meeting, (_e, e, source) => {
    if (e.relation !== 'participant') return;
    const existing = out.find((p) => p.key === source);
    const reps = Array.isArray(e.represents) ? e.represents.filter((r) => typeof r === 'string' && graph.hasNode(r)) : [];
    if (existing) existing.represents.push(...reps.filter((r) => !existing.represents.includes(r)));
    else out.push({ key: source, represents: reps });
  });
  return out;
}

function meetingCard(graph: ViewGraph, meeting: string, self: string, link: (key: string) => HTMLElement): HTMLElement {
  const m = graph.getNodeAttributes(meeting);
  const others = participantsOf(graph, meeting).filter((p) => p.key !== self);
  return el('div', { class: 'meeting-card', dataset: { key: meeting } }, [
    el('div', { class: 'meeting-head' }, [link(meeting)]),
    el('div', { class: 'meeting-facts', text: meetingFacts(m) }),
    others.length ? el('div', { class: 'links' }, [el('span', { class: 'muted small', text: 'with' }), ...others.slice(0, 12).map((p) => link(p.key))]) : null,
  ]);
}

function meetingSections(graph: ViewGraph, key: string, m: ViewNode, link: (key: string) => HTMLElement): Node[] {
  if (m.kind !== 'meeting') return [];
  const rows: Array<[string, Node | string]> = [
    ['Date', formatDate(m.date)],
    ['Status', m.status === 'planned' ? 'Planned' : 'Held'],
  ];
  let placeNode: string | null = null;
  graph.forEachOutEdge(key, (_e, e, _s, t) => {
    if (e.relation === 'held_in' && !placeNode) placeNode = t;
  });
  if (placeNode) rows.push(['Place', link(placeNode)]);
  else if (m.place) rows.push(['Place', m.place]);
  const about: string[] = [];
  graph.forEachOutEdge(key, (_e, e, _s, t) => {
    if (e.relation === 'about' && !about.includes(t)) about.push(t);
  });
  if (about.length) rows.push(['About', el('div', { class: 'links' }, about.map((t) => link(t)))]);
  if (Array.isArray(m.topics) && m.topics.length) rows.push(['Topics', m.topics.join(', ')]);
  const table = el(
    'dl',
    { class: 'facts-table' },
    rows.flatMap(([name, value]) => [el('dt', { text: name }), typeof value === 'string' ? el('dd', { text: value }) : el('dd', {}, [value])]),
  );
  const participants = participantsOf(graph, key);
  const list = participants.map((p) =>
    el('div', { class: 'participant' }, [
      link(p.key),
      p.represents.length ? el('span', { class: 'muted small', text: 'for' }) : null,
      ...p.represents.map((r) => link(r)),
    ]),
  );
  return [section('Meeting', 'meeting', [table]), section('Participants', 'participants', limited(list, (n) => n), participants.length)];
}

/** Evidence items, each sentence once: the same sentence quoted twice (two mentions in it, or a republished story)
 * is one item, citing its first article. */
export function uniqueEvidence(evidence: Evidence[]): Array<Evidence & { also: string[] }> {
  const out: Array<Evidence & { also: string[] }> = [];
  const seen = new Map<string, Evidence & { also: string[] }>();
  for (const ev of evidence) {
    const text = typeof ev.sentence === 'string' ? ev.sentence.replace(/\s+/g, ' ').trim() : '';
    const first = seen.get(text);
    if (first) {
      if (ev.article !== first.article && !first.also.includes(String(ev.article))) first.also.push(String(ev.article));
      continue;
    }
    const item = { ...ev, also: [] as string[] };
    seen.set(text, item);
    out.push(item);
  }
  return out;
}

/**
 * Where the mention stands in the sentence: the name as written there, `end - start` characters long (the offsets'
 * length), among the node's label and aliases ("Mr Blair", "Blair", "Tony Blair"), longest first; else any of those
 * names. Returns [start, end) spans in the sentence, without overlaps.
 */
export function mentionSpans(sentence: string, names: string[], length: number | null): Array<[number, number]> {
  const lower = sentence.toLowerCase();
  const forms = [...new Set(names.filter((n) => n && n.length >= 2).map((n) => n.toLowerCase()))].sort((x, y) => y.length - x.length);
  const find = (candidates: string[]) => {
    const spans: Array<[number, number]> = [];
    for (const f of candidates) {
      for (let at = lower.indexOf(f); at >= 0; at = lower.indexOf(f, at + 1)) {
        const before = at > 0 ? lower[at - 1]! : ' ';
        const after = at + f.length < lower.length ? lower[at + f.length]! : ' ';
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
        if (spans.some(([s, e]) => at < e && s < at + f.length)) continue;
        spans.push([at, at + f.length]);
      }
    }
    return spans.sort((x, y) => x[0] - y[0]);
  };
  // Every name, longest first (so "Blair" inside "Tony Blair" is part of the longer name), then the ones of the
  // mention's length.
  const all = find(forms);
  const exact = length !== null ? all.filter(([a, b]) => b - a === length) : [];
  return exact.length ? exact : all;
}

/** The sentence with the mention marked (split into text nodes, never parsed). */
function highlightedSentence(sentence: string, spans: Array<[number, number]>): Node[] {
  const out: Node[] = [];
  let from = 0;
  for (const [s, e] of spans) {
    out.push(document.createTextNode(sentence.slice(from, s)));
    out.push(el('mark', { text: sentence.slice(s, e) }));
    from = e;
  }
  out.push(document.createTextNode(sentence.slice(from)));
  return out;
}

function articleLine(id: string, record: ArticleRecord | undefined): HTMLElement {
  const title = record?.title || id;
  const href = safeHref(record?.url);
  const titleNode = href ? el('a', { text: title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }) : el('span', { class: 'article-title', text: title });
  return el('div', { class: 'article-line' }, [
    titleNode,
    el('span', { class: 'muted small', text: [record?.date ? formatDate(record.date) : null, record?.source, record?.title ? id : null].filter(Boolean).join(' · ') }),
  ]);
}

function evidenceItem(ev: Evidence & { also: string[] }, articles: Record<string, ArticleRecord>, names: string[], isMention: boolean): HTMLElement {
  const sentence = typeof ev.sentence === 'string' ? ev.sentence : '';
  // An entity's evidence spans its mention (offsets in the article): its length picks the name as written there.
  const length = isMention && Number.isFinite(ev.end - ev.start) && ev.end > ev.start ? ev.end - ev.start : null;
  return el('figure', { class: 'evidence' }, [
    el('blockquote', {}, highlightedSentence(sentence, mentionSpans(sentence, names, length))),
    el('figcaption', {}, [
      articleLine(String(ev.article), articles[String(ev.article)]),
      ev.also.length ? el('span', { class: 'muted small', text: `also in ${ev.also.join(', ')}` }) : null,
    ]),
  ]);
}
