#!/usr/bin/env node
/**
 * `npm run audit`: the top entities of real corpora, for reading by hand, and counts to follow between commits.
 *
 * Builds the BBC corpus (../shared/data/news/bbc.jsonl) and a sample of the AllSides corpus of modern US news
 * (../shared/data/news/allsides-15k.jsonl.gz: every 5th article, 3,000), then prints for each the top 100 persons and
 * the top 60 organizations by mentions, with their other names, and three machine-checkable counts:
 *   - one-word persons whose word is the surname of exactly one full-name person (a missed surname merge);
 *   - person nodes carrying a corporate suffix ("Inc", "Corp", "plc", ...) in their label or a name (a company read
 *     as a person);
 *   - nodes with an acronym among their names whose letters are not the initials of their label (a conflation).
 *
 *   node scripts/audit.mjs [--corpus bbc|allsides] [--sample N] [--keep DIR] [--merge-only]
 *
 * --keep keeps extractions and graphs in DIR (default: a temporary folder, removed); --merge-only re-runs the merge
 * on extractions kept there earlier (to follow a change of the merge alone).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import readline from 'node:readline';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const only = opt('--corpus', null);
const sampleSize = Number(opt('--sample', '3000'));
const keep = opt('--keep', null);
const mergeOnly = args.includes('--merge-only');
const dir = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'kg-audit-'));
fs.mkdirSync(dir, { recursive: true });

const CORPORA = [
  { name: 'bbc', title: 'BBC News 2004-05 (2,225 articles)', prepare: () => path.join(shared, 'data/news/bbc.jsonl') },
  { name: 'allsides', title: `AllSides US news 2012-2020 (every 5th article, ${sampleSize})`, prepare: sampleAllsides },
];

/** Every 5th line of the AllSides corpus, up to the sample size: the same sample on every run. */
async function sampleAllsides() {
  const src = path.join(shared, 'data/news/allsides-15k.jsonl.gz');
  const out = path.join(dir, `allsides-${sampleSize}.jsonl`);
  if (fs.existsSync(out)) return out;
  const rl = readline.createInterface({ input: fs.createReadStream(src).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const lines = [];
  let n = 0;
  for await (const line of rl) {
    if (n++ % 5 === 0 && line.trim()) lines.push(line);
    if (lines.length >= sampleSize) break;
  }
  rl.close();
  fs.writeFileSync(out, lines.join('\n') + '\n');
  return out;
}

const { buildGraph } = await import(path.join(root, 'dist/graph/build.js'));
const { initialsMatch } = await import(path.join(root, 'dist/names/index.js'));

/** Corporate suffixes as the last word of a name. */
const CORPORATE = /\b(inc|corp|corporation|co|plc|ltd|llc|llp|ag|sa|nv|gmbh|bancorp|holdings)\.?$/i;
const ACRONYM = /^[\p{Lu}][\p{Lu}&]{1,7}$/u;

function audit(graph) {
  const nodes = graph.nodes.map((n) => ({ key: n.key, ...n.attributes }));
  const byMentions = (kind) => nodes.filter((n) => n.kind === kind).sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1));
  const persons = byMentions('person');
  const orgs = byMentions('organization');
  const fold = (w) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}]/gu, '');
  const fullBySurname = new Map();
  for (const p of persons) {
    const words = p.label.split(/\s+/);
    if (words.length < 2) continue;
    const s = fold(words[words.length - 1]);
    fullBySurname.set(s, (fullBySurname.get(s) ?? 0) + 1);
  }
  const loneSurnames = persons.filter((p) => !p.label.includes(' ') && fullBySurname.get(fold(p.label)) === 1);
  const corporatePersons = persons.filter((p) => [p.label, ...p.aliases].some((a) => CORPORATE.test(a.trim())));
  const badAcronyms = [];
  for (const n of nodes) {
    // States carry their gazetteer's abbreviations ("USA").
    if (n.kind === 'meeting' || n.kind === 'state' || !n.label.includes(' ')) continue;
    // An acronym matches when it abbreviates the label or another of the node's names ("DOJ", "Department of
    // Justice"); a name written in capitals ("TRUMP") is no acronym.
    const names = [n.label, ...n.aliases].filter((x) => x.includes(' '));
    const words = new Set([n.label, ...n.aliases].flatMap((x) => x.toUpperCase().split(/\s+/)));
    for (const a of n.aliases) {
      const bare = a.replace(/\./g, '');
      if (ACRONYM.test(bare) && !words.has(a.toUpperCase()) && !names.some((x) => initialsMatch(bare, x))) badAcronyms.push(`${a} → ${n.label} (${n.kind})`);
    }
  }
  return { persons, orgs, loneSurnames, corporatePersons, badAcronyms };
}

function row(i, n) {
  const others = n.aliases.filter((a) => a !== n.label).slice(0, 8);
  return `${String(i + 1).padStart(3)} ${String(n.mentions).padStart(6)}  ${n.label}${others.length ? `  [${others.join(' | ')}${n.aliases.length - 1 > others.length ? ' | …' : ''}]` : ''}`;
}

for (const c of CORPORA) {
  if (only && c.name !== only) continue;
  const input = await c.prepare();
  const xfile = path.join(dir, `${c.name}.extractions.jsonl`);
  const t0 = Date.now();
  if (!mergeOnly || !fs.existsSync(xfile)) {
    const fd = fs.openSync(xfile, 'w');
    const r = spawnSync('node', ['bin/kg.js', 'extract', input, '--jobs', String(Math.max(1, os.availableParallelism?.() ?? 2))], { cwd: root, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
    fs.closeSync(fd);
    if (r.status !== 0) console.error(`audit: kg extract ${input} exited ${r.status}: ${(r.stderr ?? '').split('\n').slice(0, 3).join(' ')}`);
  }
  const extractions = fs.readFileSync(xfile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const { graph, report } = buildGraph(extractions);
  const json = graph.export();
  if (keep) fs.writeFileSync(path.join(dir, `${c.name}.merges.json`), JSON.stringify(report, null, 1));
  const a = audit(json);
  console.log(`\n== ${c.title}: ${extractions.length} articles, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  console.log(`\n-- top 100 persons (mentions, label, other names)`);
  a.persons.slice(0, 100).forEach((n, i) => console.log(row(i, n)));
  console.log(`\n-- top 60 organizations`);
  a.orgs.slice(0, 60).forEach((n, i) => console.log(row(i, n)));
  console.log(`\n-- counts`);
  console.log(`one-word persons whose word is the surname of exactly one full-name person: ${a.loneSurnames.length}` + (a.loneSurnames.length ? `  (${a.loneSurnames.slice(0, 12).map((p) => `${p.label} ${p.mentions}`).join(', ')}${a.loneSurnames.length > 12 ? ', …' : ''})` : ''));
  console.log(`person nodes carrying corporate suffixes: ${a.corporatePersons.length}` + (a.corporatePersons.length ? `  (${a.corporatePersons.slice(0, 12).map((p) => p.label).join(', ')})` : ''));
  console.log(`nodes with an acronym alias whose letters do not match: ${a.badAcronyms.length}` + (a.badAcronyms.length ? `  (${a.badAcronyms.slice(0, 12).join(', ')})` : ''));
  console.log(`merge report: ${report.merges.length} merges, ${report.declined.length} declined`);
}
if (!keep) fs.rmSync(dir, { recursive: true, force: true });
