#!/usr/bin/env node
/**
 * Turns graded meeting predictions on modern news into the annotation file the meeting decision is also trained on
 * (models/training/news-meetings.labels.jsonl, read by scripts/train-meetings.ts).
 *
 *   node scripts/news-labels.mjs GRADES.md[=PRED.jsonl] ... [-o FILE] [--add]
 *
 * GRADES.md holds one line per graded prediction, "N. `ARTICLEID#i` | meeting **Y|N**: class | ..." or
 * "N. `ARTICLEID#i` | meeting **Y** (note) | ...", where i indexes the `meetings` array of that article's line in
 * PRED.jsonl (the output of `kg extract`). Without "=PRED.jsonl", the prediction file is found beside the grades by
 * name: "allsides-X-grades.md" goes with "allsides-X-400.pred.jsonl" ("allsides-grades.md" with
 * "allsides-400.pred.jsonl"). Each label line gives the article id, the character spans of the prediction's evidence
 * sentences, the trigger word the prediction reports, whether it is a meeting, the grader's class or note, and the
 * archive of ../shared/data the article is read from (ARCHIVES, by the id's prefix); the article text stays there.
 * The output is sorted by article and item and rewritten whole, so the same grade files give the same bytes. With
 * --add, the label lines already in the output file are kept, except those of the samples given again: the grade files
 * of earlier samples need not be at hand to add a new one, and the result is the same bytes as converting them all.
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

/** The grades of one file: { article, index, meeting, reason, fields } in file order. */
export function parseGrades(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const m = GRADE.exec(line);
    if (!m) continue;
    const rest = m[4].trim();
    const reason = rest.startsWith(':') ? rest.slice(1).trim() : rest.replace(/^\((.*)\)$/s, '$1').trim();
    out.push({ article: m[1], index: Number(m[2]), meeting: m[3] === 'Y', reason, fields: gradeFields(line) });
  }
  return out;
}

/** The fields of a grade line after the meeting field: { parties, date, place, status } as written. */
export function gradeFields(line) {
  const out = {};
  for (const part of line.split('|').slice(2)) {
    const m = /^\s*(parties|date|place|status)\s+(.*?)\s*$/s.exec(part);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** Text without its parenthesised remarks and the quote marks at its words' edges (a possessive's apostrophe stays). */
const bare = (s) => {
  let t = s;
  for (let prev = ''; prev !== t; ) [prev, t] = [t, t.replace(/\([^()]*\)/g, ' ')];
  return t.replace(/[()]/g, ' ').replace(/(^|[\s,;])['"‘’“”]+|['"‘’“”]+(?=$|[\s,;])/g, '$1').replace(/\s+/g, ' ').trim();
};

/** Whether a listed item reads as one name: at most eight words, each capitalised, a number or a joining word
 * ("House Ways and Means Committee", "Organization for Security and Co-operation in Europe"). */
const isName = (x) => {
  const words = x.split(' ');
  return words.length <= 8 && /^[\p{Lu}\d]/u.test(words[0]) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|and|for|the|in|on|de|du|la|le|von|van|al|bin|&|-)$/.test(w));
};

/** A name folded as the shared scorer folds it. */
const fold = (s) => String(s ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/^(the|mr|mrs|ms|dr)\.? /, '').replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Whether two names name the same party as the shared scorer matches them (equal, or one a whole-word suffix). */
const sameName = (a, b) => {
  const x = fold(a), y = fold(b);
  return !!x && !!y && (x === y || x.endsWith(' ' + y) || y.endsWith(' ' + x));
};

/** The names a party note lists after `word` ("extra: A, B (why); missing C"), up to the next ";"; null when an
 * item is no plain name (a remark, "A / B" alternatives, "X should be Y"). */
function listed(note, word) {
  const m = new RegExp(`\\b${word}:?\\s+([^;]*)`, 's').exec(note);
  if (!m) return [];
  const items = bare(m[1]).split(',').map((x) => x.trim()).filter(Boolean);
  return items.every(isName) ? items : null;
}

/**
 * Who took part in a graded meeting by the grader's party note: the prediction's parties less those marked extra,
 * plus those marked missing. Null when the note cannot be read that way (an extra name that is none of the
 * prediction's parties, or a note that is neither ok, extra, missing nor both).
 */
export function gradedParticipants(note, predicted) {
  if (!note) return null;
  if (/^ok\b/.test(note)) return [...predicted];
  if (!/^(extra|missing|both)\b/.test(note)) return null;
  const extra = listed(note, 'extra'), missing = listed(note, 'missing');
  if (!extra || !missing) return null;
  if (extra.some((x) => !predicted.some((p) => sameName(p, x)))) return null;
  const kept = predicted.filter((p) => !extra.some((x) => sameName(p, x)));
  return [...kept, ...missing.filter((x) => !kept.some((p) => sameName(p, x)))];
}

/** The value a graded date, place or status should have: the prediction's when graded ok, else what follows the
 * arrow ("wrong: 2019-06-30 → 2019-06 (why)"); null for "null"; undefined when the note gives no value. */
export function gradedValue(note, predicted, kind) {
  if (!note) return undefined;
  if (/^ok\b/.test(note)) return predicted ?? null;
  const after = /→\s*(.*)$/s.exec(note)?.[1];
  if (after === undefined) return undefined;
  if (/^null\b/.test(after)) return null;
  if (kind === 'date') return /^\d{4}(-\d\d){0,2}\b/.exec(after)?.[0];
  if (kind === 'status') return /^(held|planned)\b/.exec(after)?.[1];
  const place = bare(after.replace(/\s*\(.*$/s, ''));
  return place && !/[,/]| and /.test(place) ? place : undefined;
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
    const label = {
      article: g.article,
      item: g.index,
      sample,
      archive: archiveOf(g.article),
      meeting: g.meeting,
      trigger: m.trigger ?? null,
      spans: m.evidence.filter((e) => e.article === undefined || e.article === g.article).map((e) => [e.start, e.end]),
      reason: g.reason,
    };
    if (!g.meeting) return label;
    // What the grader says the meeting's parties, date, place and status are, where the note says it plainly.
    const predicted = (m.participants ?? []).map((p) => (typeof p === 'string' ? p : p.name ?? p.label ?? ''));
    const participants = gradedParticipants(g.fields.parties, predicted);
    if (participants?.length) label.participants = participants;
    for (const [kind, value] of [['date', m.date], ['place', typeof m.place === 'string' ? m.place : m.place?.name ?? m.place?.label], ['status', m.status]]) {
      const v = gradedValue(g.fields[kind], value, kind);
      if (v !== undefined) label[kind] = v;
    }
    return label;
  });
}

/** The label lines of a labels file (`file` names it in errors) that belong to none of `samples`: what --add keeps. */
export function keptLabels(text, file, samples) {
  const out = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let label;
    try {
      label = JSON.parse(line);
    } catch {
      throw new Error(`news-labels: ${file}:${i + 1}: not a JSON line`);
    }
    if (!samples.has(label.sample)) out.push(label);
  });
  return out;
}

/** Label lines in the file's order: by article, then item (then sample), whatever order they were read in. */
export function sortLabels(labels) {
  const key = (l) => `${l.article}#${String(l.item).padStart(4, '0')}`;
  return labels.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : x.sample < y.sample ? -1 : 1));
}

/** The sample a grade file holds: its name without "-grades.md". */
const sampleOf = (grades) => path.basename(grades).replace(/-grades\.md$/, '').replace(/\.md$/, '');

function main(argv) {
  let out = path.join(root, 'models/training/news-meetings.labels.jsonl');
  const inputs = [];
  let add = false;
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === '-o') out = path.resolve(argv[++k]);
    else if (argv[k] === '--add') add = true;
    else inputs.push(argv[k]);
  }
  if (!inputs.length) throw new Error('usage: node scripts/news-labels.mjs GRADES.md[=PRED.jsonl] ... [-o FILE] [--add]');
  const labels = [];
  if (add && fs.existsSync(out)) labels.push(...keptLabels(fs.readFileSync(out, 'utf8'), out, new Set(inputs.map((input) => sampleOf(input.split('=')[0])))));
  for (const input of inputs) {
    const [grades, pred = predictionsFor(grades)] = input.split('=');
    // The held-out sample is scored, never learned from.
    if (/test/i.test(path.basename(grades)) || /test/i.test(path.basename(pred))) throw new Error(`news-labels: ${grades} is a held-out test sample`);
    const sample = sampleOf(grades);
    try {
      labels.push(...labelsOf(fs.readFileSync(grades, 'utf8'), fs.readFileSync(pred, 'utf8').split('\n'), sample));
    } catch (e) {
      throw new Error(`news-labels: ${grades}: ${(e instanceof Error ? e.message : String(e)).replace(/^news-labels: /, '')}`);
    }
  }
  sortLabels(labels);
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
