#!/usr/bin/env node
/**
 * `npm run eval`: measures the project against the shared development data in ../shared.
 *
 * Each section is one entry of SECTIONS: a name, what it needs from ../shared, and a run(ctx) that prints its
 * table and returns 'ok' | 'skipped' | 'failed'. Adding a measurement (meetings, RAMS...) is one more entry.
 * Sections whose data is absent are skipped with a message; the script then still exits 0.
 *
 *   node scripts/eval.mjs [section...]     (default: all sections)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');

/** Runs a command; stdout goes to `stdoutFile` when given. Returns {ok, stdout, stderr}. */
function run(cmd, args, { stdoutFile, env } = {}) {
  const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'pipe';
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', out, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  if (stdoutFile) fs.closeSync(out);
  return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

let built;
/** Builds dist/ once (bin/kg.js runs the compiled CLI). */
function build() {
  built ??= run('npm', ['run', '--silent', 'build']);
  return built;
}

/** Fold splits (and training orders) of the repeated cross-validation; the default split is train-meetings' own. */
const CV_SEEDS = [1, 2, 3, 4];

const SECTIONS = [
  {
    name: 'ner',
    title: 'Named entities, CoNLL-2003 dev (exact spans; person→PER, organization→ORG, state/place→LOC)',
    needs: ['data/conll2003/dev.txt', 'tools/conll-docs.mjs', 'tools/ner-score.mjs'],
    run(ctx) {
      const dev = path.join(ctx.tmp, 'dev.jsonl');
      const pred = path.join(ctx.tmp, 'pred.jsonl');
      let r = run('node', [path.join(shared, 'tools/conll-docs.mjs'), path.join(shared, 'data/conll2003/dev.txt')], { stdoutFile: dev });
      if (!r.ok) return fail('conll-docs', r);
      const b = build();
      r = b.ok ? run('node', ['bin/kg.js', 'extract', dev], { stdoutFile: pred }) : b;
      if (!r.ok || !fs.statSync(pred).size) {
        // Until `kg extract` carries the recognizer, measure the recognizer alone.
        console.log(`(kg extract unavailable: ${firstLine(r.stderr) || 'no output'}; measuring src/ner directly)`);
        r = run('npx', ['--no-install', 'tsx', 'scripts/ner-dev.ts', '--docs', dev, '--pred', pred]);
        if (!r.ok) return fail('ner-dev', r);
        console.log(r.stdout.trimEnd());
        return 'ok';
      }
      r = run('node', [path.join(shared, 'tools/ner-score.mjs'), dev, pred]);
      if (!r.ok) return fail('ner-score', r);
      console.log(r.stdout.trimEnd());
      console.log(`F1 with gold spans trimmed as the scorer trims predictions ("U.S." -> "U.S"): ${symmetricF1(dev, pred)}`);
      return 'ok';
    },
  },
  {
    name: 'meetings-cv',
    title: 'Meeting events, 5-fold cross-validation over the 360 articles of meetings-train (train on 4/5 + meetings-dev, score the fifth)',
    needs: ['data/meetings-train/meetings.gold.jsonl', 'data/meetings-train/articles', 'data/meetings-dev/meetings.gold.jsonl', 'data/news/allsides-15k.jsonl.gz', 'tools/meeting-score.mjs'],
    run() {
      const r = run('npx', ['--no-install', 'tsx', 'scripts/train-meetings.ts', '--cv']);
      if (!r.ok) return fail('train-meetings --cv', r);
      console.log(r.stdout.trimEnd());
      return 'ok';
    },
  },
  {
    name: 'meetings-cv-seeds',
    title: `Meeting events, 5-fold cross-validation repeated over ${CV_SEEDS.length} other fold splits and training orders (SEED=${CV_SEEDS.join(',')}), and their mean: one split's figure moves by a few points with the split alone`,
    needs: ['data/meetings-train/meetings.gold.jsonl', 'data/meetings-train/articles', 'data/meetings-dev/meetings.gold.jsonl', 'data/news/allsides-15k.jsonl.gz', 'tools/meeting-score.mjs'],
    run() {
      const rows = [];
      console.log('seed       P      R      F1     tp/fp/fn    date           place');
      for (const seed of CV_SEEDS) {
        const r = run('npx', ['--no-install', 'tsx', 'scripts/train-meetings.ts', '--cv'], { env: { SEED: String(seed) } });
        if (!r.ok) return fail(`train-meetings --cv (SEED=${seed})`, r);
        const line = r.stdout.split('\n').find((l) => l.startsWith('overall'));
        const m = line && /^overall\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+\S+\s+([\d.]+)\s+\S+\s+([\d.]+)/.exec(line);
        if (!m) return fail(`train-meetings --cv (SEED=${seed})`, { stderr: `no overall line in: ${firstLine(r.stdout)}` });
        rows.push(m.slice(1, 6).map(Number));
        console.log(`${String(seed).padEnd(10)} ${line.slice('overall'.length).trim()}`);
      }
      const mean = (i) => (rows.reduce((a, r) => a + r[i], 0) / rows.length).toFixed(3);
      console.log(`mean       ${mean(0)}  ${mean(1)}  ${mean(2)}               ${mean(3)}          ${mean(4)}`);
      return 'ok';
    },
  },
  {
    name: 'meetings',
    title: 'Meeting events, 20 annotated Reuters articles (in the shipped weights\' training data) (meeting P/R/F1; date and place accuracy over matched meetings)',
    needs: ['data/meetings-dev/meetings.gold.jsonl', 'data/meetings-dev/articles', 'tools/meeting-score.mjs'],
    run(ctx) {
      return scoreMeetings(ctx, path.join(shared, 'data/meetings-dev/articles'), path.join(shared, 'data/meetings-dev/meetings.gold.jsonl'), 'meetings.jsonl');
    },
  },
  {
    name: 'rams',
    title: 'Meeting participants, RAMS 1.0 dev meeting/negotiation events (a second, noisier check)',
    needs: ['data/rams/meet-dev.jsonl', 'tools/meeting-score.mjs'],
    run(ctx) {
      return scoreMeetings(ctx, path.join(shared, 'data/rams/meet-dev.jsonl'), path.join(shared, 'data/rams/meet-dev.jsonl'), 'rams.jsonl');
    },
  },
];

/**
 * F1 per type and micro over PER/ORG/LOC as ../shared/tools/ner-score.mjs counts it, except that gold spans are trimmed of the
 * same punctuation as predicted ones: the shared scorer trims only predictions, so a gold span ending in a full stop
 * ("U.S.", "U.N.", "Corp.") can never be matched by any prediction. Printed beside the shared figure, not instead.
 */
function symmetricF1(goldFile, predFile) {
  const read = (f) => new Map(fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => { const o = JSON.parse(l); return [o.id, o]; }));
  const gold = read(goldFile), pred = read(predFile);
  const map = { person: 'PER', organization: 'ORG', state: 'LOC', place: 'LOC' };
  const c = { PER: [0, 0, 0], ORG: [0, 0, 0], LOC: [0, 0, 0] }; // tp, fp, fn
  for (const [id, g] of gold) {
    const text = g.text;
    const key = (s, e, t) => { while (s < e && /[\s.,;:'"“”’()]/.test(text[s])) s++; while (e > s && /[\s.,;:'"“”’()]/.test(text[e - 1])) e--; return `${s}:${e}:${t}`; };
    const gs = new Set(g.gold.filter((m) => ['PER', 'ORG', 'LOC'].includes(m.type)).map((m) => key(m.start, m.end, m.type)));
    const p = pred.get(id) ?? {};
    const ps = new Set((p.entities ?? p.mentions ?? []).map((m) => map[String(m.kind ?? m.type).toLowerCase()] && key(m.start, m.end, map[String(m.kind ?? m.type).toLowerCase()])).filter(Boolean));
    for (const k of ps) c[k.split(':')[2]][gs.has(k) ? 0 : 1]++;
    for (const k of gs) if (!ps.has(k)) c[k.split(':')[2]][2]++;
  }
  const f1 = ([tp, fp, fn]) => { const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1); return ((2 * P * R) / (P + R || 1)).toFixed(3); };
  const all = [0, 1, 2].map((i) => c.PER[i] + c.ORG[i] + c.LOC[i]);
  return `PER ${f1(c.PER)}, ORG ${f1(c.ORG)}, LOC ${f1(c.LOC)}, micro ${f1(all)}`;
}

/** Extracts `input` with `kg extract` and scores its meetings against `gold` with the shared scorer. */
function scoreMeetings(ctx, input, gold, name) {
  const b = build();
  if (!b.ok) return fail('build', b);
  const pred = path.join(ctx.tmp, name);
  let r = run('node', ['bin/kg.js', 'extract', input], { stdoutFile: pred });
  if (!r.ok) return fail('kg extract', r);
  r = run('node', [path.join(shared, 'tools/meeting-score.mjs'), gold, pred]);
  if (!r.ok) return fail('meeting-score', r);
  console.log(r.stdout.trimEnd());
  return 'ok';
}

function firstLine(s) {
  return (s || '').split('\n').find((l) => l.trim() && !/npm warn/i.test(l))?.trim() ?? '';
}
function fail(step, r) {
  console.log(`${step} failed: ${firstLine(r.stderr) || 'exit code non-zero'}`);
  return 'failed';
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
if (unknown.length) {
  console.error(`eval: unknown section ${unknown.map((u) => JSON.stringify(u)).join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
if (!fs.existsSync(shared)) {
  console.log(`eval: ${shared} is absent, so there is nothing to measure against; skipping.`);
  process.exit(0);
}
let failed = 0;
for (const section of SECTIONS) {
  if (wanted.length && !wanted.includes(section.name)) continue;
  console.log(`\n== ${section.name}: ${section.title}`);
  const missing = section.needs.filter((p) => !fs.existsSync(path.join(shared, p)));
  if (missing.length) {
    console.log(`skipped: ../shared lacks ${missing.join(', ')}`);
    continue;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `kg-eval-${section.name}-`));
  const t0 = Date.now();
  let status;
  try {
    status = section.run({ tmp });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`(${section.name}: ${status}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (status === 'failed') failed++;
}
process.exit(failed ? 1 : 0);
