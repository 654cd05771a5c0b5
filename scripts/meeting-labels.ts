/**
 * Graded meeting predictions on modern news as examples of the meeting decision (scripts/train-meetings.ts).
 *
 * models/training/news-meetings.labels.jsonl (made by scripts/news-labels.mjs) says, for a prediction `kg extract`
 * made on an article of a news archive of ../shared/data (`archive`), whether a reader grading it against the
 * annotation guideline found it a meeting, and gives the character spans of its evidence sentences. The articles are
 * read from the archive and run through the pipeline as the annotated articles are; a candidate whose trigger word lies
 * in a graded span is an example of the meeting decision with the grade as its label. The other candidates of those
 * articles have no label and are not used. A meeting's grade may also say who took part and what its date, place and
 * status are (`participants`, `date`, `place`, `status`), where the grader's note says so plainly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import readline from 'node:readline';
import { PassThrough } from 'node:stream';
import { readArticles } from '../src/input/read.js';
import { InputError } from '../src/errors.js';
import type { Doc } from '../src/pipeline/model.js';
import type { MeetingCandidate, RawCandidate } from '../src/pipeline/05-meetings.js';

/** One line of the annotation file. */
export interface NewsLabel {
  article: string;
  item: number;
  sample: string;
  /** The archive the article is read from, relative to ../shared/data ("news/allsides-15k.jsonl.gz"). */
  archive: string;
  meeting: boolean;
  trigger: string | null;
  /** Character spans [start, end) of the graded prediction's evidence sentences in the article's text. */
  spans: Array<[number, number]>;
  reason: string;
  /** For a meeting, who took part as the grader's party note gives it (absent when the note does not say plainly). */
  participants?: string[];
  /** For a meeting, the date ("2019-06", "2019-06-05") or null for none, as graded; absent when the note gives none. */
  date?: string | null;
  /** For a meeting, the place's name or null for none, as graded; absent when the note gives none. */
  place?: string | null;
  /** For a meeting, "held" or "planned" as graded. */
  status?: 'held' | 'planned';
}

/** The label lines of `file`; a line that is no label (bad JSON, a missing field, an archive path leaving ../shared/data)
 * is an error naming the file and line. */
export function readLabels(file: string): NewsLabel[] {
  const out: NewsLabel[] = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, k) => {
    if (!line.trim()) return;
    const where = `train-meetings: ${file}:${k + 1}`;
    let l: NewsLabel;
    try {
      l = JSON.parse(line) as NewsLabel;
    } catch (e) {
      throw new Error(`${where}: not a JSON line (${e instanceof Error ? e.message : e})`);
    }
    for (const field of ['article', 'sample', 'archive'] as const) if (typeof l[field] !== 'string' || !l[field]) throw new Error(`${where}: no "${field}"`);
    if (typeof l.meeting !== 'boolean' || !Array.isArray(l.spans) || !l.spans.length) throw new Error(`${where}: no "meeting" or "spans"`);
    if (!l.spans.every((x) => Array.isArray(x) && x.length === 2 && Number.isInteger(x[0]) && Number.isInteger(x[1]) && x[0] < x[1])) throw new Error(`${where}: a span is no [start, end] pair of character offsets`);
    if (l.participants !== undefined && !(Array.isArray(l.participants) && l.participants.every((x) => typeof x === 'string' && x))) throw new Error(`${where}: "participants" is no list of names`);
    if (l.date !== undefined && l.date !== null && !/^\d{4}(-\d\d){0,2}$/.test(l.date)) throw new Error(`${where}: "date" ${JSON.stringify(l.date)} is no YYYY[-MM[-DD]] date`);
    if (l.place !== undefined && l.place !== null && (typeof l.place !== 'string' || !l.place)) throw new Error(`${where}: "place" is no name`);
    if (l.status !== undefined && l.status !== 'held' && l.status !== 'planned') throw new Error(`${where}: "status" is neither "held" nor "planned"`);
    if (path.isAbsolute(l.archive) || l.archive.split(/[\\/]/).includes('..')) throw new Error(`${where}: archive "${l.archive}" is not a path under ../shared/data`);
    out.push(l);
  });
  return out;
}

/**
 * The label of each candidate whose trigger word lies in a graded span of the article. A grade speaks for the
 * candidates with the trigger its prediction reports (another trigger of the sentence, such as a name read as one, is
 * not what was graded); when none in the span has it, for all candidates in the span. A candidate that two graded
 * predictions speak for is a meeting when either grade says so (a prediction that merged it into a real meeting stands
 * for it). Candidates no grade speaks for are left out.
 */
export function labeledCandidates(doc: Doc, raws: RawCandidate[], labels: NewsLabel[]): Array<{ raw: RawCandidate; meeting: boolean; label: NewsLabel }> {
  const out: Array<{ raw: RawCandidate; meeting: boolean; label: NewsLabel }> = [];
  const spoken = new Map<RawCandidate, NewsLabel[]>();
  for (const l of labels) {
    if (l.article !== doc.article.id) continue;
    const inSpan = raws.filter((raw) => l.spans.some((x) => triggerIn(doc, raw, x)));
    const same = l.trigger ? inSpan.filter((raw) => raw.trigger.toLowerCase() === l.trigger!.toLowerCase()) : [];
    for (const raw of same.length ? same : inSpan) spoken.set(raw, [...(spoken.get(raw) ?? []), l]);
  }
  for (const raw of raws) {
    const covering = spoken.get(raw);
    if (!covering) continue;
    const yes = covering.find((l) => l.meeting);
    out.push({ raw, meeting: !!yes, label: yes ?? covering[0]! });
  }
  return out;
}

/** Whether a candidate's trigger word starts inside the span [start, end) of the article's text. */
function triggerIn(doc: Doc, raw: RawCandidate, [start, end]: [number, number]): boolean {
  const at = doc.sentences[raw.sentence]!.tokens[raw.a]!.start;
  return start <= at && at < end;
}

/**
 * The candidates whose parties, date, place and status a graded meeting gives the truth of: those in the first evidence
 * span (the sentence the grade speaks for) with the trigger word the prediction reports. Its later spans are mentions
 * the prediction merged in, and another trigger of the first sentence may be another event or none; a grade whose
 * trigger no candidate of the span has speaks for none. A candidate two graded meetings speak for takes the first.
 */
export function gradedMeetingCandidates(doc: Doc, raws: RawCandidate[], labels: NewsLabel[]): Array<{ raw: RawCandidate; label: NewsLabel }> {
  const out: Array<{ raw: RawCandidate; label: NewsLabel }> = [];
  for (const l of labels) {
    if (l.article !== doc.article.id || !l.meeting || !l.trigger) continue;
    for (const raw of raws) {
      if (raw.trigger.toLowerCase() !== l.trigger.toLowerCase() || !triggerIn(doc, raw, l.spans[0]!) || out.some((x) => x.raw === raw)) continue;
      out.push({ raw, label: l });
    }
  }
  return out;
}

/**
 * The output meeting that stands for a graded prediction: one reported in the grade's first evidence span, preferring
 * one whose first sentence it is, with the graded trigger word, then one with that word, then any; -1 when none is.
 */
export function meetingFor(doc: Doc, meetings: readonly MeetingCandidate[], label: NewsLabel): number {
  const [start, end] = label.spans[0]!;
  const inSpan = (k: number) => doc.sentences[k]!.start < end && start < doc.sentences[k]!.end;
  const word = (m: MeetingCandidate) => !!label.trigger && m.trigger.toLowerCase() === label.trigger.toLowerCase();
  const tiers = [
    (m: MeetingCandidate) => inSpan(Math.min(...m.sentences)) && word(m),
    (m: MeetingCandidate) => m.sentences.some(inSpan) && word(m),
    (m: MeetingCandidate) => m.sentences.some(inSpan),
  ];
  for (const t of tiers) {
    const at = meetings.findIndex(t);
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * The articles of `ids`, read from a JSON-lines archive (gzipped when it ends in .gz) the way `kg extract` reads a
 * .jsonl file, in the archive's order.
 */
export async function readArchiveArticles(archive: string, ids: Set<string>) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-labels-'));
  const file = path.join(tmp, 'articles.jsonl');
  try {
    const lines: string[] = [];
    const input = fs.createReadStream(archive).pipe(archive.endsWith('.gz') ? zlib.createGunzip() : new PassThrough());
    for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const id = /"id"\s*:\s*"([^"]*)"/.exec(line)?.[1];
      if (id && ids.has(id)) lines.push(line);
    }
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const articles = [];
    for await (const a of readArticles([file])) {
      if (a instanceof InputError) throw a;
      if ('text' in a) articles.push(a);
    }
    return articles;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
