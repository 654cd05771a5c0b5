/** The legend, which is also the kind filter: one toggle per kind, with its colour and count. */
import type { NodeKind } from '../../../src/types.ts';
import { el } from '../dom.ts';
import { KIND_COLORS, KIND_NAMES, KIND_ORDER } from '../theme.ts';

export interface Legend {
  update(counts: Record<NodeKind, number>, enabled: ReadonlySet<NodeKind>): void;
}

export function mountLegend(container: HTMLElement, onToggle: (kind: NodeKind, on: boolean) => void, onOnly: (kind: NodeKind) => void): Legend {
  const rows = new Map<NodeKind, { row: HTMLElement; input: HTMLInputElement; count: HTMLElement }>();
  const list = el('div', { class: 'legend' });
  for (const kind of KIND_ORDER) {
    const input = el('input', { attrs: { type: 'checkbox', 'aria-label': `Show ${KIND_NAMES[kind].many.toLowerCase()}` }, dataset: { kind } });
    input.checked = true;
    input.addEventListener('change', () => onToggle(kind, input.checked));
    const count = el('span', { class: 'legend-count' });
    const only = el('button', {
      class: 'legend-only',
      text: 'only',
      title: `Show only ${KIND_NAMES[kind].many.toLowerCase()}`,
      attrs: { type: 'button' },
      on: { click: () => onOnly(kind) },
    });
    const row = el('label', { class: 'legend-row', dataset: { kind } }, [
      input,
      el('span', { class: 'swatch', style: { '--swatch': KIND_COLORS[kind] } }),
      el('span', { class: 'legend-name', text: KIND_NAMES[kind].many }),
      count,
      only,
    ]);
    rows.set(kind, { row, input, count });
    list.append(row);
  }
  container.append(list);
  return {
    update(counts, enabled) {
      for (const [kind, { row, input, count }] of rows) {
        input.checked = enabled.has(kind);
        row.classList.toggle('off', !enabled.has(kind));
        row.classList.toggle('empty', !counts[kind]);
        count.textContent = (counts[kind] ?? 0).toLocaleString('en-US');
      }
    },
  };
}
