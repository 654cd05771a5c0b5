#!/usr/bin/env node
/**
 * Turns graded meeting predictions on modern news into the annotation file the meeting decision is also trained on
 * (models/training/news-meetings.labels.jsonl, read by scripts/train-meetings.ts).
 *
 *   node scripts/news-labels.mjs GRADES.md[=PRED.jsonl] ... [-o FILE]
 *
 * GRADES.md holds one line per graded prediction, "N. `ARTICLEID#i` | meeting **Y|N**: class | ..." or
 * "N. `ARTICLEID#i` | meeting **Y** (note) | ...", where i indexes the `meetings` array of that article's line in
 * PRED.jsonl (the output of `kg extract`). Without "=PRED.jsonl", the prediction file is found beside the grades by
 * name: "allsides-X-grades.md" goes with "allsides-X-400.pred.jsonl" ("allsides-grades.md" with
 * "allsides-400.pred.jsonl"). Each label line gives the article id, the character spans of the prediction's evidence
 * sentences, the trigger word the prediction reports, whether it is a meeting, the grader's class or note, and the
 * archive of ../shared/data the article is read from (ARCHIVES, by the id's prefix); the article text stays there.
 * The output is sorted by article and item and rewritten whole, so the same grade files give the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The archive under ../shared/data that holds an article, by the prefix of its id. */
const ARCHIVES = [
  ['allsides-', 'news/allsides-15k.jsonl.gz'],
  ['bbc-', 'news/bbc.jsonl'],
];

/** The archive of an article id, or an error naming the id. */
export function archiveOf(id) {
  const hit = ARCHIVES.find(([prefix]) => id.startsWith(prefix));
  if (!hit) throw new Error(`news-labels: no news archive holds article ${id} (known prefixes: ${ARCHIVES.map(([p]) => p).join(', ')})`);
  return hit[1];
}

/** A grade line: `id#i`, Y or N, and the rest of the meeting field (": class" or " (note)"). */
const GRADE = /^\s*\d+\.\s+`([^#`]+)#(\d+)`\s*\|\s*meeting\s+\*\*([YN])\*\*([^|]*)/;

/** The grades of one file: { article, index, meeting, reason } in file order. */
export function parseGrades(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const m = GRADE.exec(line);
    if (!m) continue;
    const rest = m[4].trim();
    const reason = rest.startsWith(':') ? rest.slice(1).trim() : rest.replace(/^\((.*)\)$/s, '$1').trim();
    out.push({ article: m[1], index: Number(m[2]), meeting: m[3] === 'Y', reason });
  }
  return out;
}

/** The prediction file that goes with a grade file by name. */
export function predictionsFor(grades) {
  const base = path.basename(grades).replace(/-grades\.md$/, '');
  return path.join(path.dirname(grades), `${base}-400.pred.jsonl`);
}

/** The label lines of one grade file and its predictions (`sample`: the grade file's name without "-grades.md"). */
export function labelsOf(gradesText, predLines, sample) {
  const preds = new Map();
  for (const line of predLines) if (line.trim()) {
    const d = JSON.parse(line);
    preds.set(String(d.id), d);
  }
  return parseGrades(gradesText).map((g) => {
    const m = preds.get(g.article)?.meetings?.[g.index];
    if (!m) throw new Error(`news-labels: ${g.article}#${g.index} (${sample}) is not in the predictions`);
    return {
      article: g.article,
      item: g.index,
      sample,
      archive: archiveOf(g.article),
      meeting: g.meeting,
      trigger: m.trigger ?? null,
      spans: m.evidence.filter((e) => e.article === undefined || e.article === g.article).map((e) => [e.start, e.end]),
      reason: g.reason,
    };
  });
}

function main(argv) {
  let out = path.join(root, 'models/training/news-meetings.labels.jsonl');
  const inputs = [];
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === '-o') out = path.resolve(argv[++k]);
    else inputs.push(argv[k]);
  }
  if (!inputs.length) throw new Error('usage: node scripts/news-labels.mjs GRADES.md[=PRED.jsonl] ... [-o FILE]');
  const labels = [];
  for (const input of inputs) {
    const [grades, pred = predictionsFor(grades)] = input.split('=');
    // The held-out sample is scored, never learned from.
    if (/test/i.test(path.basename(grades)) || /test/i.test(path.basename(pred))) throw new Error(`news-labels: ${grades} is a held-out test sample`);
    const sample = path.basename(grades).replace(/-grades\.md$/, '').replace(/\.md$/, '');
    try {
      labels.push(...labelsOf(fs.readFileSync(grades, 'utf8'), fs.readFileSync(pred, 'utf8').split('\n'), sample));
    } catch (e) {
      throw new Error(`news-labels: ${grades}: ${(e instanceof Error ? e.message : String(e)).replace(/^news-labels: /, '')}`);
    }
  }
  const key = (l) => `${l.article}#${String(l.item).padStart(4, '0')}`;
  labels.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : x.sample < y.sample ? -1 : 1));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const yes = labels.filter((l) => l.meeting).length;
  console.log(`news-labels: ${labels.length} graded predictions (${yes} meetings, ${labels.length - yes} not) from ${inputs.length} file(s) -> ${path.relative(process.cwd(), out)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
