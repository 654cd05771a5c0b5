/**
 * Dates in queries. Meetings are dated `YYYY-MM-DD`, `YYYY-MM` (the month is known, not the day) or not at all, so a
 * date stands for a span of days: a day for itself, a month for its first to its last day, a year for the whole year.
 */
import { UsageError } from '../errors.js';

/** Inclusive span of days, both `YYYY-MM-DD`. */
export interface DateSpan {
  start: string;
  end: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The span of days a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date stands for; null for anything else (or an impossible
 * date such as 2022-02-30). */
export function dateSpan(date: string | null | undefined): DateSpan | null {
  if (!date) return null;
  const m = PARTIAL_DATE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (m[3] === undefined) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  const d = Number(m[3]);
  if (d < 1 || d > last) return null;
  return { start: date, end: date };
}

/** Parses a `from`/`to` bound given by a caller; throws UsageError naming `what` when it is not a date. */
export function parseDateBound(value: string, what: string): DateSpan {
  const span = dateSpan(value.trim());
  if (!span) throw new UsageError(`${what}: invalid date "${value}" (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
  return span;
}

/** Orders dates by the start of their span, then the end (a month before its days' later ones), undated last. */
export function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  if (!sa || !sb) return sa ? -1 : sb ? 1 : 0;
  return sa.start < sb.start ? -1 : sa.start > sb.start ? 1 : sa.end < sb.end ? 1 : sa.end > sb.end ? -1 : 0;
}

/** True when the spans share at least one day. */
export function overlaps(a: DateSpan, b: DateSpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export interface DateWindow {
  /** On or after this date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`). */
  from?: string;
  /** On or before this date. */
  to?: string;
}

/** The window a query asks for, or null when it asks for none. Throws UsageError naming `method` on a bad date. */
export function dateWindow(method: string, w: DateWindow): DateSpan | null {
  if (w.from === undefined && w.to === undefined) return null;
  const from = w.from !== undefined ? parseDateBound(w.from, `${method}: from`).start : '0000-01-01';
  const to = w.to !== undefined ? parseDateBound(w.to, `${method}: to`).end : '9999-12-31';
  if (from > to) throw new UsageError(`${method}: from ${w.from} is after to ${w.to}`);
  return { start: from, end: to };
}

/** An item with its own date is in the window when that date is; one without, when one of its articles is. */
export function inWindow(date: string | null, articles: ReadonlyArray<{ date: string | null }>, window: DateSpan): boolean {
  const own = dateSpan(date);
  if (own) return overlaps(own, window);
  return articles.some((a) => {
    const span = dateSpan(a.date);
    return span !== null && overlaps(span, window);
  });
}
