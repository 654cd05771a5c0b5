/**
 * The view's filters besides kinds and dates: isolated nodes and a minimum of mentions (a large graph opens on its
 * connected core), the relations drawn, and the colouring (by kind, or by community). Controllers only: the state
 * lives in the viewer (app.ts), which these call back.
 */
import type { Relation } from '../../../src/types.ts';
import { el } from '../dom.ts';
import { RELATION_COLORS, RELATION_NAMES } from '../theme.ts';

export type ColorMode = 'kind' | 'community';

export interface FilterState {
  showIsolated: boolean;
  minMentions: number;
  relations: ReadonlySet<Relation>;
  color: ColorMode;
}

export interface FilterHandlers {
  onIsolated(show: boolean): void;
  onMinMentions(min: number): void;
  onRelation(relation: Relation, on: boolean): void;
  onColor(mode: ColorMode): void;
}

export interface Filters {
  /** Shows the state, the relations present with their edge counts, and how many nodes each filter hides. */
  update(state: FilterState, counts: { relations: Partial<Record<Relation, number>>; isolated: number; belowMentions: number }): void;
}

/** Thresholds offered for the minimum of mentions. */
export const MENTION_STEPS = [1, 2, 3, 5, 10, 20, 50, 100];

export function mountFilters(container: HTMLElement, relationsContainer: HTMLElement, handlers: FilterHandlers): Filters {
  const isolated = el('input', { attrs: { type: 'checkbox', 'aria-label': 'Show isolated nodes' }, dataset: { filter: 'isolated' } });
  isolated.addEventListener('change', () => handlers.onIsolated(isolated.checked));
  const isolatedNote = el('span', { class: 'muted small filter-note' });
  const mentions = el('select', { attrs: { 'aria-label': 'Minimum mentions' }, dataset: { filter: 'mentions' } });
  for (const n of MENTION_STEPS) mentions.append(el('option', { text: n === 1 ? 'any' : `${n}+`, attrs: { value: String(n) } }));
  mentions.addEventListener('change', () => handlers.onMinMentions(Number(mentions.value)));
  const mentionsNote = el('span', { class: 'muted small filter-note' });
  const color = el('select', { attrs: { 'aria-label': 'Colour nodes by' }, dataset: { filter: 'color' } });
  color.append(el('option', { text: 'kind', attrs: { value: 'kind' } }), el('option', { text: 'community (Louvain)', attrs: { value: 'community' } }));
  color.addEventListener('change', () => handlers.onColor(color.value as ColorMode));
  container.append(
    el('label', { class: 'check filter-row' }, [isolated, el('span', { text: 'Show isolated nodes' }), isolatedNote]),
    el('label', { class: 'filter-row' }, [el('span', { text: 'Mentions' }), mentions, mentionsNote]),
    el('label', { class: 'filter-row' }, [el('span', { text: 'Colour by' }), color]),
  );

  const rows = new Map<Relation, { row: HTMLElement; input: HTMLInputElement; count: HTMLElement }>();
  const list = el('div', { class: 'legend relations' });
  relationsContainer.append(list);
  return {
    update(state, counts) {
      isolated.checked = state.showIsolated;
      isolatedNote.textContent = counts.isolated ? `${counts.isolated.toLocaleString('en-US')} ${state.showIsolated ? 'shown' : 'hidden'}` : '';
      mentions.value = String(state.minMentions);
      mentionsNote.textContent = counts.belowMentions ? `${counts.belowMentions.toLocaleString('en-US')} hidden` : '';
      color.value = state.color;
      for (const relation of Object.keys(RELATION_NAMES) as Relation[]) {
        const n = counts.relations[relation] ?? 0;
        let r = rows.get(relation);
        if (!r && n) {
          const input = el('input', { attrs: { type: 'checkbox', 'aria-label': `Show ${RELATION_NAMES[relation]} edges` }, dataset: { relation } });
          input.addEventListener('change', () => handlers.onRelation(relation, input.checked));
          const count = el('span', { class: 'legend-count' });
          const row = el('label', { class: 'legend-row', dataset: { relation } }, [
            input,
            el('span', { class: 'swatch line', style: { '--swatch': RELATION_COLORS[relation] } }),
            el('span', { class: 'legend-name', text: RELATION_NAMES[relation] }),
            count,
          ]);
          r = { row, input, count };
          rows.set(relation, r);
          list.append(row);
        }
        if (!r) continue;
        r.input.checked = state.relations.has(relation);
        r.row.classList.toggle('off', !state.relations.has(relation));
        r.count.textContent = n.toLocaleString('en-US');
      }
    },
  };
}
