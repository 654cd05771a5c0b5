/**
 * Search over labels and aliases, with suggestions. Ranking: the whole name (label or alias alike), name prefix,
 * word prefix, alias prefix, then substring; ties go to what was read more often.
 */
import { el } from '../dom.ts';
import { KIND_COLORS, KIND_NAMES, UNKNOWN_KIND_COLOR, isKind } from '../theme.ts';
import type { ViewGraph } from '../data.ts';

export interface SearchEntry {
  key: string;
  label: string;
  kind: string;
  names: string[];
  lower: string[];
  weight: number;
}

export interface SearchHit {
  entry: SearchEntry;
  /** The alias that matched, when it is not the label. */
  via: string | null;
  rank: number;
}

export function buildSearchIndex(graph: ViewGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, a) => {
    const names = [a.label, ...a.aliases.filter((alias) => alias !== a.label)];
    entries.push({ key, label: a.label, kind: a.kind, names, lower: names.map((n) => n.toLowerCase()), weight: a.mentions + a.articles.length });
  });
  return entries;
}

function rankName(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(` ${q}`) || name.includes(`-${q}`)) return 2;
  if (name.includes(q)) return 4;
  return -1;
}

export function search(index: SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entry of index) {
    let best = -1;
    let bestAlias = -1;
    for (let i = 0; i < entry.lower.length; i++) {
      let r = rankName(entry.lower[i]!, q);
      if (r < 0) continue;
      // An alias ranks just after the same kind of match on the label, except a whole name: "Blair" is Tony Blair
      // (alias, 507 mentions) as much as the node labelled "Blair" (20), and the more prominent comes first.
      if (i > 0 && r > 0) r += 0.5;
      if (best < 0 || r < best) best = r;
      if (i > 0 && bestAlias < 0) bestAlias = i;
    }
    // Name the alias only when the label itself does not match.
    const labelMatches = rankName(entry.lower[0]!, q) >= 0;
    if (best >= 0) hits.push({ entry, via: labelMatches || bestAlias < 0 ? null : entry.names[bestAlias]!, rank: best });
  }
  hits.sort((a, b) => a.rank - b.rank || b.entry.weight - a.entry.weight || a.entry.label.localeCompare(b.entry.label));
  return hits.slice(0, limit);
}

export interface SearchBox {
  setIndex(index: SearchEntry[]): void;
  focus(): void;
  clear(): void;
}

export function mountSearch(container: HTMLElement, onPick: (key: string) => void): SearchBox {
  let index: SearchEntry[] = [];
  let hits: SearchHit[] = [];
  let active = -1;
  const input = el('input', {
    class: 'search-input',
    attrs: { type: 'search', placeholder: 'Search people, states, meetings…  ( / )', 'aria-label': 'Search the graph', autocomplete: 'off', spellcheck: 'false', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'search-list' },
  });
  const list = el('ul', { class: 'search-list', attrs: { id: 'search-list', role: 'listbox' } });
  list.hidden = true;
  container.append(input, list);

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.entry.label;
    close();
    input.blur();
    onPick(hit.entry.key);
  };
  const render = () => {
    list.replaceChildren();
    if (!hits.length) {
      if (input.value.trim()) list.append(el('li', { class: 'search-empty', text: 'No match' }));
      list.hidden = !input.value.trim();
      input.setAttribute('aria-expanded', String(!list.hidden));
      return;
    }
    hits.forEach((hit, i) => {
      const kind = hit.entry.kind;
      const item = el(
        'li',
        {
          class: `search-item${i === active ? ' active' : ''}`,
          attrs: { role: 'option', 'aria-selected': String(i === active) },
          dataset: { key: hit.entry.key },
          on: {
            mousedown: (event) => {
              event.preventDefault();
              pick(i);
            },
            mousemove: () => {
              if (active !== i) {
                active = i;
                render();
              }
            },
          },
        },
        [
          el('span', { class: 'dot', style: { background: isKind(kind) ? KIND_COLORS[kind] : UNKNOWN_KIND_COLOR } }),
          el('span', { class: 'search-label', text: hit.entry.label }),
          hit.via ? el('span', { class: 'search-via', text: `“${hit.via}”` }) : null,
          el('span', { class: 'search-kind', text: isKind(kind) ? KIND_NAMES[kind].one : String(kind) }),
        ],
      );
      list.append(item);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  input.addEventListener('input', () => {
    hits = search(index, input.value);
    active = hits.length ? 0 : -1;
    render();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) {
      hits = search(index, input.value);
      render();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!hits.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      input.value = '';
      hits = [];
      close();
      input.blur();
    }
  });
  return {
    setIndex(next) {
      index = next;
      hits = [];
      input.value = '';
      close();
    },
    focus() {
      input.focus();
      input.select();
    },
    clear() {
      input.value = '';
      close();
    },
  };
}
