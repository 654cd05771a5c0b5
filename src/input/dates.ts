/**
 * Article dates as corpora write them, read to the day (`YYYY-MM-DD`).
 *
 * Read, in this order:
 * - ISO 8601: `2022-12-21`, `2022-12-21T14:03:00Z`, `2022-12-21 14:03:00.5+01:00`; years 0000-9999;
 * - epoch time: an integer of 9-10 digits is seconds, of 12-13 digits milliseconds (a JSON number or a string of
 *   digits), read in UTC; 8 digits are `YYYYMMDD`;
 * - everything else by chrono-node's strict English parser, which must cover the whole value: RFC 2822 (`Wed, 21 Dec
 *   2022 23:30:00 -0500`), `26-FEB-1987 15:01:01.79`, `December 31, 2017`, `Dec. 31, 2017`, `31 December 2017`,
 *   `12/31/2017` (month/day, as in the US; `31/12/2017`, which can only be day/month, is read so), the output of
 *   JavaScript's `Date.toString()`.
 * A value with a time and a zone gives the day as written in that zone, the day its publisher printed.
 *
 * chrono-node already parses the dates inside article text; its strict mode reads every format above, refuses
 * impossible days (`2022-02-30`) and trailing garbage, and needs no table of formats kept here. Measured on one core:
 * 25 µs for `December 31, 2017` or `12/31/2017`, 60 µs for `26-FEB-1987 15:01:01.79`, 180 µs for RFC 2822, against
 * about 50 ms to extract one BBC article: under 0.4% of a build. ISO and epoch values (about 5 µs), the common case,
 * never reach it.
 */
import * as chrono from 'chrono-node';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/i;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const EPOCH_SECONDS = /^\d{9,10}$/;
const EPOCH_MILLISECONDS = /^\d{12,13}$/;
/** A zone name in parentheses after a date, as `Date.toString()` writes it: "(Coordinated Universal Time)". */
const ZONE_NAME = /\s*\([A-Za-z][A-Za-z .+-]*\)$/;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DD` for a real calendar day, or null (2022-02-30 and 2022-13-45 are not days). */
function day(y: number, mo: number, d: number): string | null {
  if (y < 0 || y > 9999 || mo < 1 || mo > 12 || d < 1) return null;
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d); // unlike Date.UTC, keeps years 0-99 as written
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
}

/** True when `s` is a real calendar day written `YYYY-MM-DD` (2022-02-30 and 2022-13-45 are not). */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && day(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

function fromEpoch(ms: number): string | null {
  const t = new Date(ms);
  return Number.isNaN(t.getTime()) ? null : day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The day a date string names, or null when it names none. */
export function parseArticleDate(value: string): string | null {
  const s = value.trim();
  const iso = ISO.exec(s);
  if (iso) {
    const [h, mi, sec, zh, zm] = [iso[4], iso[5], iso[6], iso[7], iso[8]].map((x) => (x === undefined ? 0 : Number(x)));
    if (h! > 24 || mi! > 59 || sec! > 60 || zh! > 14 || zm! > 59) return null;
    return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  const compact = COMPACT_DAY.exec(s);
  if (compact) return day(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (EPOCH_SECONDS.test(s)) return fromEpoch(Number(s) * 1000);
  if (EPOCH_MILLISECONDS.test(s)) return fromEpoch(Number(s));
  if (/^\d+$/.test(s)) return null;
  const text = s.replace(ZONE_NAME, '');
  const [r] = chrono.en.strict.parse(text, new Date(Date.UTC(2000, 0, 1)));
  if (!r || r.index !== 0 || r.text.length !== text.length) return null;
  const c = r.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  return day(c.get('year')!, c.get('month')!, c.get('day')!);
}

export type DateReading = { date: string | null; problem?: string };

/**
 * Reads a date value from front matter or a JSONL record (a string, an epoch number, a YAML date). A value that
 * names no day gives `date: null` and a `problem` to report: the article is kept, undated.
 */
export function normaliseDate(value: unknown): DateReading {
  if (value === undefined || value === null || value === '') return { date: null };
  if (value instanceof Date) {
    const d = fromEpoch(value.getTime());
    if (d) return { date: d };
  } else if (typeof value === 'string') {
    const d = parseArticleDate(value);
    if (d) return { date: d };
  } else if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    const d = parseArticleDate(String(value));
    if (d) return { date: d };
  }
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 60 ? value.slice(0, 59) + '…' : value) : JSON.stringify(value) ?? String(value);
  return { date: null, problem: `impossible or unreadable date ${shown}; the article is kept without a date` };
}
