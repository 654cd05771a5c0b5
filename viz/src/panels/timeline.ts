/**
 * The meeting timeline: a histogram of meetings over time and a two-handle date-range slider. Meetings outside the
 * range are hidden (a filter: it changes the `hidden` attribute, like the kind toggles).
 */
import { el, formatDate, plural } from '../dom.ts';

export interface MeetingSpan {
  key: string;
  /** Day numbers (days since 1970-01-01) of the first and last day the date can mean; null when undated. */
  start: number | null;
  end: number | null;
}

export interface DateRange {
  /** Day numbers; -Infinity / Infinity when a handle is at its end (open-ended). */
  from: number;
  to: number;
  includeUndated: boolean;
  /** True when the range covers every dated meeting (the timeline filters nothing). */
  full: boolean;
}

const DAY = 86_400_000;

/** `YYYY-MM-DD` → that day; `YYYY-MM` → the whole month; else null. */
export function dateSpan(date: unknown): { start: number; end: number } | null {
  if (typeof date !== 'string') return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  if (mo < 0 || mo > 11) return null;
  if (m[3]) {
    const d = Date.UTC(y, mo, Number(m[3])) / DAY;
    return { start: d, end: d };
  }
  return { start: Date.UTC(y, mo, 1) / DAY, end: Date.UTC(y, mo + 1, 0) / DAY };
}

export function dayToDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function inRange(span: MeetingSpan, range: DateRange): boolean {
  if (span.start === null || span.end === null) return range.includeUndated;
  return span.end >= range.from && span.start <= range.to;
}

export interface Timeline {
  reset(): void;
}

export function mountTimeline(container: HTMLElement, meetings: MeetingSpan[], onChange: (range: DateRange) => void): Timeline {
  container.replaceChildren();
  const dated = meetings.filter((m) => m.start !== null) as Array<MeetingSpan & { start: number; end: number }>;
  const undated = meetings.length - dated.length;
  if (!meetings.length) {
    container.append(el('p', { class: 'muted', text: 'No meetings in this graph.' }));
    return { reset() {} };
  }
  // A timeline needs two dates: with fewer, it says why there is none (the meetings stay shown).
  const days = new Set(dated.map((m) => m.start));
  if (days.size < 2) {
    const why = dated.length
      ? `All ${plural(dated.length, 'dated meeting')} fall on one date (${formatDate(dayToDate(dated[0]!.start))}): no timeline to filter.`
      : `None of the ${plural(meetings.length, 'meeting')} has a date: no timeline to filter.`;
    container.append(el('p', { class: 'muted small timeline-note', text: why }));
    return { reset() {} };
  }
  const first = dated.reduce((lo, m) => Math.min(lo, m.start), dated.length ? Infinity : 0);
  const last = dated.reduce((hi, m) => Math.max(hi, m.end), dated.length ? -Infinity : 0);
  // The slider spans the 1st to 99th percentile when a few stray dates (a misread year) stretch the whole span
  // more than fourfold; a handle at either end is open-ended, so those meetings still show by default.
  let min = first;
  let max = last;
  if (dated.length >= 20) {
    const starts = dated.map((m) => m.start).sort((a, b) => a - b);
    const ends = dated.map((m) => m.end).sort((a, b) => a - b);
    const p1 = starts[Math.floor(starts.length * 0.01)]!;
    const p99 = ends[Math.ceil(ends.length * 0.99) - 1]!;
    if ((p99 - p1 + 1) * 4 < last - first + 1) {
      min = p1;
      max = p99;
    }
  }

  // Histogram: up to 48 bins over the slider's span (stray dates counted in the end bins).
  const bins = Math.max(1, Math.min(48, max - min + 1));
  const counts = new Array<number>(bins).fill(0);
  for (const m of dated) counts[Math.max(0, Math.min(bins - 1, Math.floor(((m.start - min) / (max - min + 1)) * bins)))]!++;
  const peak = counts.reduce((a, b) => Math.max(a, b), 1);
  const histogram = el('div', { class: 'histogram', attrs: { 'aria-hidden': 'true' } });
  const bars = counts.map((c) => {
    const bar = el('span', { class: 'bar', style: { height: `${Math.max(c ? 8 : 0, (c / peak) * 100)}%` } });
    histogram.append(bar);
    return bar;
  });

  const lo = el('input', { class: 'range lo', attrs: { type: 'range', min: String(min), max: String(max), step: '1', 'aria-label': 'Meetings from' } });
  const hi = el('input', { class: 'range hi', attrs: { type: 'range', min: String(min), max: String(max), step: '1', 'aria-label': 'Meetings until' } });
  lo.value = String(min);
  hi.value = String(max);
  const single = max <= min;
  lo.disabled = hi.disabled = single || !dated.length;
  const label = el('div', { class: 'range-label' });
  const undatedBox = el('input', { attrs: { type: 'checkbox', 'aria-label': 'Include undated meetings' } });
  undatedBox.checked = true;
  const summary = el('div', { class: 'muted small' });

  const current = (): DateRange => {
    const a = Math.min(Number(lo.value), Number(hi.value));
    const b = Math.max(Number(lo.value), Number(hi.value));
    const from = a <= min ? -Infinity : a;
    const to = b >= max ? Infinity : b;
    return { from, to, includeUndated: undatedBox.checked, full: from === -Infinity && to === Infinity && undatedBox.checked };
  };
  const paint = () => {
    const r = current();
    const a = formatDate(dayToDate(Number.isFinite(r.from) ? r.from : first));
    const b = formatDate(dayToDate(Number.isFinite(r.to) ? r.to : last));
    label.textContent = dated.length ? (a === b ? a : `${a} – ${b}`) : 'No dated meetings';
    bars.forEach((bar, i) => {
      const binStart = min + Math.floor((i * (max - min + 1)) / bins);
      const binEnd = min + Math.floor(((i + 1) * (max - min + 1)) / bins) - 1;
      bar.classList.toggle('out', binEnd < r.from || binStart > r.to);
    });
    const shown = meetings.filter((m) => inRange(m, r)).length;
    summary.textContent = `${plural(shown, 'meeting')} of ${meetings.length.toLocaleString('en-US')} shown`;
  };
  let pending = false;
  const changed = () => {
    paint();
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      onChange(current());
    });
  };
  lo.addEventListener('input', changed);
  hi.addEventListener('input', changed);
  undatedBox.addEventListener('change', changed);

  const parts: Array<Node | null> = [
    dated.length ? histogram : null,
    dated.length ? el('div', { class: 'dual-range' }, [lo, hi]) : null,
    label,
    undated ? el('label', { class: 'check small' }, [undatedBox, el('span', { text: `Include ${plural(undated, 'undated meeting')}` })]) : null,
    summary,
  ];
  container.append(...parts.filter((p): p is Node => p !== null));
  paint();
  return {
    reset() {
      lo.value = String(min);
      hi.value = String(max);
      undatedBox.checked = true;
      paint();
      onChange(current());
    },
  };
}
