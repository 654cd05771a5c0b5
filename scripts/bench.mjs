#!/usr/bin/env node
/**
 * npm run bench: throughput and memory of `kg build` over the BBC News corpus (shared/data/news/bbc.jsonl), replicated
 * ×1 and ×4 with distinct ids, against bare compromise (people/organizations/places) over the same texts in the same
 * run. Every measurement runs in its own child process; peak RSS is the child's own maxRSS (worker threads included).
 *
 * A scaling line follows: `kg build --report` of 1k, 2k, 4k and 8k generated short articles about the same few
 * people (many reports of the same meetings: the merge's worst case), each with its time and peak RSS.
 *
 *   node scripts/bench.mjs [--data FILE] [--quick] [--jobs N] [--reps R] [--scaling-only | --no-scaling]
 *     --quick   skip the ×4 run with --jobs 1 (the longest)
 *     --reps R  runs of each ×1 build, interleaved; ratios use their medians (default 3)
 *
 * Needs dist/ (npm run build). The machine should be otherwise idle: the load average is printed beside the figures,
 * and CPU seconds are given with wall seconds so a busy machine can be told apart from a slow pipeline.
 */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const DATA = path.resolve(opt('--data', path.join(ROOT, '../shared/data/news/bbc.jsonl')));
const QUICK = args.includes('--quick');
const CORES = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
const JOBS = Number(opt('--jobs', String(CORES)));
const REPS = Math.max(1, Number(opt('--reps', '3')));

/** The run with the median wall time. */
const median = (runs) => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)];

if (!existsSync(path.join(ROOT, 'dist/cli/index.js'))) {
  console.error('bench: dist/ is missing: run npm run build first');
  process.exit(2);
}
if (!existsSync(DATA)) {
  console.error(`bench: ${DATA} not found (the BBC News corpus in shared/data/news; give another with --data FILE)`);
  process.exit(2);
}

/** Runs a module snippet in a child node; it must print one JSON line of results last. */
function child(code, cwd) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', code], { cwd, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      const last = stdout.trim().split('\n').pop();
      try {
        resolve({ ...JSON.parse(last), stderr });
      } catch {
        reject(new Error(`bench child failed: ${err?.message ?? ''}\n${stderr.slice(-2000)}`));
      }
    });
  });
}

const MEASURE = `
const t0 = performance.now(); const c0 = process.cpuUsage();
const done = (extra = {}) => {
  const cpu = process.cpuUsage(c0);
  console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024, ...extra }));
};`;

function kgBuild(input, jobs, cwd, tag, extra = []) {
  const cli = JSON.stringify(path.join(ROOT, 'dist/cli/index.js'));
  return child(`${MEASURE}
const { main } = await import(${cli});
const code = await main(['node', 'kg', 'build', ${JSON.stringify(input)}, '-o', 'graph-${tag}-${jobs}.json', '--jobs', '${jobs}', ...${JSON.stringify(extra)}]);
done({ code });`, cwd);
}

const SAME_PEOPLE = [
  ['Chancellor', 'Olaf Scholz'],
  ['President', 'Emmanuel Macron'],
  ['President', 'Joe Biden'],
];
const SAME_PLACES = ['Paris', 'Berlin', 'Washington', 'Brussels'];

/** Short articles about the same few people meeting again and again: dated meetings on a few hundred days, and a
 * third of them undated (the case that made the merge compare every pair of reports). */
function sameFewPeople(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const [t1, a] = SAME_PEOPLE[i % 3];
    const [t2, b] = SAME_PEOPLE[(i + 1) % 3];
    const place = SAME_PLACES[i % SAME_PLACES.length];
    const date = `20${20 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const when = i % 3 === 0 ? '' : ' on Monday';
    const text =
      `${t1} ${a} met ${t2} ${b} in ${place}${when} to discuss trade, energy and security (report ${i}). ` +
      `${a.split(' ')[1]} said the talks with ${b.split(' ')[1]} had been useful and would continue. ` +
      `Officials from both governments are expected to meet again next month.`;
    out.push(JSON.stringify({ id: `same-${i}`, date, text }));
  }
  return out.join('\n') + '\n';
}

/** Builds 1k, 2k, 4k and 8k generated articles about the same few people, each in its own child process. */
async function scaling(dir) {
  const sizes = [1000, 2000, 4000, 8000];
  console.log(`scaling: kg build --report --jobs ${JOBS} of generated articles about the same ${SAME_PEOPLE.length} people`);
  const runs = [];
  for (const n of sizes) {
    const file = path.join(dir, `same-${n}.jsonl`);
    await fs.writeFile(file, sameFewPeople(n));
    const r = await kgBuild(file, JOBS, dir, `same-${n}`, ['--report', `report-${n}.json`]);
    runs.push(r);
    console.log(`scaling: ${fmt(n).padStart(6)} articles ${fmt(r.seconds, 1).padStart(7)} s wall ${fmt(r.cpuSeconds, 1).padStart(7)} s cpu  peak RSS ${fmt(r.maxRssMb).padStart(5)} MB${r.code ? `  (exit ${r.code})` : ''}`);
  }
  const ratio = runs[3].seconds / runs[0].seconds;
  const rss = runs[3].maxRssMb;
  const check = (ok) => (ok ? 'ok' : 'MISSED');
  console.log(`time(8k) / time(1k):                        ${fmt(ratio, 2)}    target ≤ 10                  ${check(ratio <= 10)}`);
  console.log(`peak RSS of the 8k run:                     ${fmt(rss)} MB    target ≤ 1,024 MB            ${check(rss <= 1024)}`);
  return { sizes, runs, ratio, rss };
}

function bareCompromise(input, cwd) {
  const compromise = JSON.stringify(import.meta.resolve('compromise'));
  return child(`
import { readFileSync } from 'node:fs';
const nlp = (await import(${compromise})).default;
const texts = readFileSync(${JSON.stringify(input)}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).text);
${MEASURE}
let found = 0;
for (const t of texts) {
  const doc = nlp(t);
  found += doc.people().out('array').length + doc.organizations().out('array').length + doc.places().out('array').length;
}
done({ found });`, cwd);
}

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function main() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-bench-'));
  try {
    if (args.includes('--scaling-only')) {
      console.log(`bench: load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
      await scaling(dir);
      return;
    }
    const lines = (await fs.readFile(DATA, 'utf8')).split('\n').filter((l) => l.trim());
    const records = lines.map((l) => JSON.parse(l));
    const words = records.reduce((n, r) => n + r.text.split(/\s+/).filter(Boolean).length, 0);
    const x1 = path.join(dir, 'x1.jsonl');
    const x4 = path.join(dir, 'x4.jsonl');
    await fs.writeFile(x1, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    await fs.writeFile(x4, [1, 2, 3, 4].flatMap((k) => records.map((r) => JSON.stringify({ ...r, id: `${r.id}-r${k}` }))).join('\n') + '\n');
    const n1 = records.length;
    const w1 = words;

    console.log(`bench: ${path.basename(DATA)}: ${fmt(n1)} articles, ${fmt(w1)} words; ×4: ${fmt(4 * n1)} articles. ${CORES} cores, default --jobs ${JOBS}.`);
    console.log(`bench: load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (figures are only meaningful on an idle machine)`);

    const results = [];
    const row = (name, articles, w, r) => {
      results.push({ name, articles, words: w, ...r });
      console.log(
        `${name.padEnd(34)} ${fmt(r.seconds, 1).padStart(7)} s wall ${fmt(r.cpuSeconds, 1).padStart(7)} s cpu ${fmt(articles / r.seconds, 1).padStart(8)} articles/s ${fmt(w / r.seconds).padStart(8)} words/s  peak RSS ${fmt(r.maxRssMb).padStart(5)} MB${r.code ? `  (exit ${r.code})` : ''}`,
      );
      return r;
    };

    // The ×1 runs are repeated, interleaved, and their medians compared: on a shared or throttled machine one run's wall
    // time can be off by a fifth, and a ratio of two single runs by more.
    const bare = row('bare compromise ×1', n1, w1, await bareCompromise(x1, dir));
    const j1Runs = [];
    const jNRuns = [];
    for (let r = 1; r <= REPS; r++) {
      j1Runs.push(row(`kg build --jobs 1 ×1 (run ${r})`, n1, w1, await kgBuild(x1, 1, dir, 'x1')));
      jNRuns.push(row(`kg build --jobs ${JOBS} ×1 (run ${r})`, n1, w1, await kgBuild(x1, JOBS, dir, 'x1')));
    }
    const j1x1 = median(j1Runs);
    const jNx1 = median(jNRuns);
    if (REPS > 1) {
      row('kg build --jobs 1 ×1 (median)', n1, w1, j1x1);
      row(`kg build --jobs ${JOBS} ×1 (median)`, n1, w1, jNx1);
    }
    const jNx4 = row(`kg build --jobs ${JOBS} ×4`, 4 * n1, 4 * w1, await kgBuild(x4, JOBS, dir, 'x4'));
    const j1x4 = QUICK ? null : row('kg build --jobs 1 ×4', 4 * n1, 4 * w1, await kgBuild(x4, 1, dir, 'x4'));

    const same = (await fs.readFile(path.join(dir, 'graph-x1-1.json'))).equals(await fs.readFile(path.join(dir, `graph-x1-${JOBS}.json`)));
    const ratio1 = bare.seconds / j1x1.seconds;
    const speedup = j1x1.seconds / jNx1.seconds;
    const scale = jNx4.seconds / jNx1.seconds;
    const peak = Math.max(jNx4.maxRssMb, j1x4?.maxRssMb ?? 0);
    const check = (ok) => (ok ? 'ok' : 'MISSED');
    console.log('');
    console.log(`--jobs 1 vs bare compromise (speed ratio):  ${fmt(ratio1, 2)}×   target ≥ 1.0× (stretch 2×)  ${check(ratio1 >= 1)}`);
    console.log(`--jobs ${JOBS} vs --jobs 1 (speed-up):            ${fmt(speedup, 2)}×   target ≥ 1.7×                ${check(speedup >= 1.7)}`);
    console.log(`time(×4) / time(×1), --jobs ${JOBS}:              ${fmt(scale, 2)}    target ≤ 4.4                 ${check(scale <= 4.4)}`);
    if (j1x4) console.log(`time(×4) / time(×1), --jobs 1:              ${fmt(j1x4.seconds / j1x1.seconds, 2)}`);
    console.log(`peak RSS of the ×4 runs:                    ${fmt(peak)} MB  target ≤ 1,536 MB           ${check(peak <= 1536)}`);
    console.log(`graph of --jobs 1 and --jobs ${JOBS} byte-identical: ${same ? 'yes' : 'NO'}`);
    console.log('');
    const scaled = args.includes('--no-scaling') ? null : await scaling(dir);
    console.log(`bench: load average at end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    if (args.includes('--json')) console.log(JSON.stringify({ results, ratio1, speedup, scale, peak, same, scaling: scaled }));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
