/** Validation of article dates given as `YYYY-MM-DD`. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar day written `YYYY-MM-DD` (2022-02-30 and 2022-13-45 are not). */
export function isIsoDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Normalises a date value from front matter or JSONL (a string or a YAML date) to `YYYY-MM-DD`, or returns an
 * error message. */
export function normaliseDate(value: unknown): { date: string | null } | { error: string } {
  if (value === undefined || value === null || value === '') return { date: null };
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { date: value.toISOString().slice(0, 10) };
  if (typeof value === 'string') {
    const s = value.trim();
    const day = s.slice(0, 10);
    if (isIsoDay(day) && (s.length === 10 || /^[T ]/.test(s.slice(10)))) return { date: day };
    return { error: `impossible or unreadable date "${value}" (expected YYYY-MM-DD)` };
  }
  return { error: `date must be a string YYYY-MM-DD, got ${JSON.stringify(value)}` };
}
