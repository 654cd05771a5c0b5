/**
 * Entities across articles: which names of the corpus are one real-world entity. The merge (src/graph/build.ts) hands
 * over every entity as articles name it, and gets back, for each, the key of the entity it joins, with every merge
 * and every declined near-miss and its reason in the report.
 *
 * - Kinds: one name read as different kinds is the kind most of its mentions give it (three times as often), a
 *   person's reading counting the articles that resolve the word to a person named in full. States are never
 *   re-kinded.
 * - People (src/names/persons.ts): the same name up to spelling; a full name inside a fuller one with the same given
 *   name and surname ("Hillary Clinton", "Hillary Rodham Clinton"), when the fuller one is the only such name; a
 *   surname alone that is the surname of exactly one full name, or, when several, the one that the articles naming
 *   both write in full ("Obama" → "Barack Obama" in nearly all of them); a given name alone the same way; a surname
 *   an article kept apart with a title or an honorific ("President Obama", "Mr. Obama" in an article naming only
 *   Michelle Obama) the person the articles writing it with that title resolve it to, unless an article keeping it
 *   apart names that person in full as the only one of the surname; failing that, one kept apart with an honorific
 *   the person the surname alone joins, when their sexes agree, and one kept apart with an office's title stays apart.
 * - Organizations: an acronym joins the long name that articles define it as (src/names/acronyms.ts: its letters
 *   must be that name's initials) when enough of the articles using it do; a one-word name that articles resolve to
 *   one longer name ("Senate" → "United States Senate") likewise; forms of one name (legal suffix, spelling, plural,
 *   "Party", party short forms) are one (src/names/organizations.ts).
 */
import { normName, slug, cleanSurface } from '../gazetteer/normalize.js';
import type { EntityKind } from '../types.js';
import { initialsMatch, isAcronym } from './acronyms.js';
import { organizationFormKey, formReason } from './organizations.js';
import { apartForm, fullNameSex, isSingleName, personName, samePerson, titledKey, titleWritten, PERSON_RULES } from './persons.js';
import { isTitleWord } from '../gazetteer/titles.js';
import { lexiconTag } from '../nlp/nlp.js';

/** A surname an article kept apart from its full names, with the title that did ("President Smith", "Mr. Smith"). */
const apart = (label: string) => apartForm(label, isTitleWord);

/** What the rules need to know of an entity as the articles name it. */
export interface NamedEntity {
  kind: EntityKind;
  label: string;
  mentions: number;
  articles: Set<string>;
}

export interface NameMergeReport {
  merges: Array<{ kind: EntityKind | 'meeting'; key: string; label: string; merged: string[]; reason: string }>;
  /** Records a declined near-miss; absent when no report asks for them (the pairs are then not even compared). */
  decline?: (d: { kind: EntityKind | 'meeting'; a: string; b: string; reason: string }) => void;
}

/** The key of an entity as one article names it: its kind and folded label. */
export const entityKey = (kind: string, label: string) => `${kind}\u0000${normName(label)}`;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Thresholds of the corpus rules, with their reasons. */
export const MERGE_THRESHOLDS = {
  /** How much more often the winning kind must be read for a name to be re-kinded. */
  kindRatio: 3,
  /** Share of the articles resolving a short form that must name the same entity for it to decide. */
  resolvedShare: 0.75,
  /** Articles resolving a short form needed before their majority decides (one article may be wrong). */
  resolvedArticles: 3,
  /** An acronym or a one-word organization name joins its resolution only when at least this share of the articles
   * using it resolve it so ("ISIS" is defined as a think tank in a few articles and used for the armed group in
   * hundreds). */
  orgResolvedShare: 0.2,
  /** ...or when the corpus names that long name in full in articles amounting to this share of those using the
   * acronym alone, and at least `resolvedArticles` articles define it so: the long name is then the acronym's
   * ordinary reading ("IRS" and "Internal Revenue Service"), not a rare namesake ("ISIS" the think tank). */
  orgNamedShare: 0.2,
  /** A one-word name nobody is named in full with, read as an organization in this many articles... */
  orgArticles: 2,
  /** ...and in at least this share of its mentions, is an organization. */
  orgShare: 0.1,
  /** Full names sharing a surname that are all reported as near misses of each other; beyond, same initials only. */
  smallFamily: 3,
};

/**
 * Short forms as articles resolved them: an article writing "Obama" that resolves it to "Barack Obama" votes that
 * "Obama" is Barack Obama. The corpus rules use these votes to decide between several candidates.
 */
export class WrittenForms {
  private votes = new Map<string, Map<string, Set<string>>>();
  private titled = new Map<string, Map<string, Set<string>>>();

  /** `before`: the sentence's text before the mention, where a title or an honorific before a surname is read
   * ("President Smith" resolved to "Jane Smith" votes that "President Smith" is Jane Smith). */
  note(kind: EntityKind, surface: string, label: string, article: string, before?: string): void {
    const s = cleanSurface(surface);
    if (!s) return;
    const target = entityKey(kind, label);
    // A surname or a full name written with a title ("President Smith", "President Jane Smith") that resolves to a
    // full name votes for the surname with that title.
    if (kind === 'person' && before !== undefined && !isSingleName(label) && !apart(label)) {
      const title = titleAtEnd(before);
      if (title) add(this.titled, titledKey(title, isSingleName(s) ? s : personName(label).surname), target, article);
    }
    if (normName(s) !== normName(label)) add(this.votes, entityKey(kind, s), target, article);
  }

  /** Entity keys a written form was resolved to, with the number of articles that did. */
  of(key: string): Array<[string, number]> {
    return ranked(this.votes.get(key));
  }

  /** Entity keys a surname written with a title or an honorific was resolved to (src/names/persons.ts titledKey),
   * with the number of articles that did. */
  ofTitled(titleKey: string): Array<[string, number]> {
    return ranked(this.titled.get(titleKey));
  }
}

function add(votes: Map<string, Map<string, Set<string>>>, key: string, target: string, article: string): void {
  let m = votes.get(key);
  if (!m) votes.set(key, (m = new Map()));
  let arts = m.get(target);
  if (!arts) m.set(target, (arts = new Set()));
  arts.add(article);
}

const ranked = (m: Map<string, Set<string>> | undefined): Array<[string, number]> =>
  m ? [...m.entries()].map(([k, a]) => [k, a.size] as [string, number]).sort(([a, x], [b, y]) => y - x || cmp(a, b)) : [];

/** The title or honorific that ends a text (the words right before a mention), as the article step reads it. */
function titleAtEnd(before: string): string | undefined {
  if (!/\s$/u.test(before)) return undefined;
  const w = before.trimEnd().split(/\s+/);
  const prev = w.at(-1) ?? '';
  if (!/^[\p{L}][\p{L}.-]*$/u.test(prev)) return undefined;
  const prior = w.length > 1 && /^[\p{L}][\p{L}.-]*$/u.test(w.at(-2)!) ? w.at(-2)! : '';
  return titleWritten(prev, prior)?.written;
}

/** Resolves the entities of a corpus: fills `canon` (entity key → the key of the entity it joins). */
export function resolveEntities(local: Map<string, NamedEntity>, canon: Map<string, string>, written: WrittenForms, report: NameMergeReport): void {
  const find = (k: string): string => {
    let c = canon.get(k) ?? k;
    while (canon.get(c) !== c) c = canon.get(c)!;
    return c;
  };
  const join = (from: string, to: string) => canon.set(find(from), find(to));
  voteKinds(local, canon, written, report);
  resolvePeople(local, find, join, written, report);
  resolveOrganizations(local, find, join, written, report);
}

/** Kinds the recognizer confuses for one name ("Google" read as a person in some articles). */
const VOTED_KINDS = new Set<EntityKind>(['person', 'organization', 'place']);

function voteKinds(local: Map<string, NamedEntity>, canon: Map<string, string>, written: WrittenForms, report: NameMergeReport): void {
  const byName = new Map<string, Array<[string, NamedEntity]>>();
  for (const [k, a] of local) {
    if (!VOTED_KINDS.has(a.kind)) continue;
    const n = normName(a.label);
    (byName.get(n) ?? byName.set(n, []).get(n)!).push([k, a]);
  }
  // A word read as a person's in some articles and as an organization's in others ("Trump" in "the Trump
  // administration") counts, on the person side, the articles that wrote it and resolved it to a person named in full.
  const resolvedToPerson = (k: string, a: NamedEntity) => (a.kind === 'person' && isSingleName(a.label) ? written.of(k).filter(([t]) => local.get(t)?.kind === 'person').reduce((n, [, c]) => n + c, 0) : 0);
  const surnames = new Set([...local.values()].filter((a) => a.kind === 'person' && !isSingleName(a.label) && !apart(a.label)).map((a) => personName(a.label).surname));
  for (const group of [...byName.values()].filter((g) => g.length > 1).sort((x, y) => cmp(x[0]![0], y[0]![0]))) {
    const support = new Map(group.map(([k, a]) => [k, a.mentions + resolvedToPerson(k, a)]));
    const ranked = [...group].sort(([ka], [kb]) => support.get(kb)! - support.get(ka)! || cmp(ka, kb));
    const [winKey, win] = ranked[0]!;
    const rest = ranked.slice(1).reduce((n, [, a]) => n + a.mentions, 0);
    const winSupport = support.get(winKey)!;
    const total = group.reduce((n, [, a]) => n + a.mentions, 0);
    // A one-word "person" that the corpus never names in full (nobody's surname, never resolved to a full name) is
    // weak evidence: read as an organization or a place in two articles or more ("analyst Gartner", "Ferguson,
    // Missouri"), it is that.
    const person = group.find(([, a]) => a.kind === 'person');
    const org = group.filter(([, a]) => a.kind !== 'person').sort(([ka, a], [kb, b]) => b.mentions - a.mentions || cmp(ka, kb))[0];
    if (win.kind === 'person' && person && org && isSingleName(person[1].label) && !surnames.has(personName(person[1].label).surname) && !resolvedToPerson(person[0], person[1])
      && org[1].articles.size >= MERGE_THRESHOLDS.orgArticles && org[1].mentions >= MERGE_THRESHOLDS.orgShare * person[1].mentions) {
      const others = group.filter(([k]) => k !== org[0]);
      for (const [k] of others) canon.set(k, org[0]);
      report.merges.push({ kind: org[1].kind, key: `${org[1].kind}:${slug(org[1].label)}`, label: org[1].label, merged: others.map(([, a]) => `${a.label} (${a.kind})`), reason: `a one-word name never given in full as a person's, read as ${org[1].kind === 'place' ? 'a place' : 'an organization'} in ${org[1].articles.size} articles` });
      continue;
    }
    if (winSupport < MERGE_THRESHOLDS.kindRatio * Math.max(1, rest)) {
      report.decline?.({ kind: win.kind, a: `${win.label} (${win.kind})`, b: ranked.slice(1).map(([, a]) => `${a.label} (${a.kind})`).join(' | '), reason: 'same name read as different kinds, no clear majority' });
      continue;
    }
    for (const [k] of ranked.slice(1)) canon.set(k, winKey);
    const why = `same name, read as ${win.kind} in ${win.mentions} of ${total} mentions` + (winSupport > win.mentions ? `, and resolved to a person named in full in ${winSupport - win.mentions} articles` : '');
    report.merges.push({ kind: win.kind, key: `${win.kind}:${slug(win.label)}`, label: win.label, merged: ranked.slice(1).map(([, a]) => `${a.label} (${a.kind})`), reason: why });
  }
}

function resolvePeople(local: Map<string, NamedEntity>, find: (k: string) => string, join: (a: string, b: string) => void, written: WrittenForms, report: NameMergeReport): void {
  const people = [...local.entries()].filter(([k, a]) => a.kind === 'person' && find(k) === k).sort(([a], [b]) => cmp(a, b));
  const label = (k: string) => local.get(k)!.label;
  const merged = (to: string, from: string[], reason: string) => report.merges.push({ kind: 'person', key: `person:${slug(label(to))}`, label: label(to), merged: from, reason });
  const weight = (a: NamedEntity) => personName(a.label).core.length * 1_000_000 + a.mentions;

  // 1. The same name up to spelling.
  const bySpelling = new Map<string, string[]>();
  for (const [k, a] of people) {
    const p = personName(a.label);
    const f = `${p.core.join(' ')}|${p.generation ?? ''}|${isSingleName(a.label) ? 1 : 2}`;
    (bySpelling.get(f) ?? bySpelling.set(f, []).get(f)!).push(k);
  }
  for (const ks of bySpelling.values()) {
    if (ks.length < 2) continue;
    const best = [...ks].sort((x, y) => weight(local.get(y)!) - weight(local.get(x)!) || cmp(x, y))[0]!;
    for (const k of ks) if (k !== best) join(k, best);
    merged(best, ks.map(label).sort(cmp), PERSON_RULES.sameName);
  }

  // Full names indexed by surname (and East Asian family name). A surname kept apart with its title ("President
  // Smith") is no full name (4. below).
  const full = () => people.filter(([k, a]) => find(k) === k && !isSingleName(a.label) && !apart(a.label));
  const index = (list: Array<[string, NamedEntity]>) => {
    const bySurname = new Map<string, Array<[string, NamedEntity]>>();
    for (const e of list) {
      const p = personName(e[1].label);
      const keys = new Set([p.surname, ...(p.familyFirst ? [p.core[0]!] : [])]);
      for (const s of keys) (bySurname.get(s) ?? bySurname.set(s, []).get(s)!).push(e);
    }
    return bySurname;
  };

  // 1b. A middle name written as its initial ("Donald J. Trump" and "Donald John Trump"): the names that initials tie
  // together are one person when every two of them agree ("John A. Smith", "John Arthur Smith"); when two of them do
  // not ("John Arthur Smith", "John Andrew Smith"), none is joined, whatever order they come in.
  const groupOf = new Map<string, Set<string>>();
  for (const group of index(full()).values()) {
    group.forEach(([ka, x], i) => {
      for (const [kb, y] of group.slice(i + 1)) {
        if (samePerson(x.label, y.label)?.reason !== PERSON_RULES.middleInitial) continue;
        const ga = groupOf.get(ka) ?? new Set([ka]);
        const gb = groupOf.get(kb) ?? new Set([kb]);
        for (const k of gb) ga.add(k);
        for (const k of ga) groupOf.set(k, ga);
      }
    });
  }
  for (const ks of [...new Set(groupOf.values())].map((g) => [...g].sort(cmp)).sort((x, y) => cmp(x[0]!, y[0]!))) {
    if (!ks.every((x, i) => ks.slice(i + 1).every((y) => samePerson(label(x), label(y))?.same))) {
      report.decline?.({ kind: 'person', a: ks.map(label).sort(cmp).join(' | '), b: '', reason: 'an initial that fits several middle names' });
      continue;
    }
    const best = [...ks].sort((x, y) => local.get(y)!.mentions - local.get(x)!.mentions || cmp(x, y))[0]!;
    for (const k of ks) if (k !== best) join(k, best);
    merged(best, ks.filter((k) => k !== best).map(label).sort(cmp), PERSON_RULES.middleInitial);
  }

  // 2. Full names inside fuller ones.
  let bySurname = index(full());
  for (const [k, a] of full()) {
    if (find(k) !== k) continue;
    const p = personName(a.label);
    const fuller = (bySurname.get(p.surname) ?? []).filter(([kb, b]) => kb !== k && personName(b.label).core.length > p.core.length && samePerson(a.label, b.label)?.same);
    const roots = [...new Set(fuller.map(([kb]) => find(kb)))];
    if (roots.length === 1) {
      // The node takes the form the articles write most ("Barack Obama" over "Barack Hussein Obama").
      const [from, to] = a.mentions > local.get(roots[0]!)!.mentions ? [roots[0]!, k] : [k, roots[0]!];
      join(from, to);
      merged(to, [label(from)], PERSON_RULES.contains);
    } else if (roots.length > 1) {
      report.decline?.({ kind: 'person', a: a.label, b: roots.map(label).sort(cmp).join(' | '), reason: 'a full name inside several fuller names' });
    }
  }

  // 3. A surname (or given name) alone.
  bySurname = index(full());
  for (const [k, a] of people) {
    if (!isSingleName(a.label) || find(k) !== k) continue;
    const p = personName(a.label);
    const candidates = [...new Set((bySurname.get(p.surname) ?? []).filter(([, b]) => samePerson(a.label, b.label)?.same).map(([kb]) => find(kb)))];
    if (candidates.length === 1) {
      join(k, candidates[0]!);
      merged(candidates[0]!, [a.label], 'surname alone matches one full name in the corpus');
      continue;
    }
    // Several candidates, or none (a given name alone): the articles that wrote it and named the person in full decide.
    const votes = new Map<string, number>();
    for (const [t, n] of written.of(k)) {
      const root = find(t);
      if (local.get(root)?.kind !== 'person' || (candidates.length && !candidates.includes(root))) continue;
      votes.set(root, (votes.get(root) ?? 0) + n);
    }
    const ranked = [...votes.entries()].sort(([x, n], [y, m]) => m - n || cmp(x, y));
    const total = ranked.reduce((s, [, n]) => s + n, 0);
    const [top, n] = ranked[0] ?? ['', 0];
    if (top && n >= MERGE_THRESHOLDS.resolvedArticles && n >= MERGE_THRESHOLDS.resolvedShare * total) {
      join(k, top);
      merged(top, [a.label], `${candidates.length ? 'surname' : 'given name'} alone: the articles naming the person in full name ${label(top)} in ${n} of ${total}`);
    } else if (candidates.length > 1) {
      report.decline?.({ kind: 'person', a: a.label, b: candidates.map(label).sort(cmp).join(' | '), reason: 'surname alone matches several full names' });
    }
  }

  // 4. A surname an article kept apart with a title or an honorific ("President Smith" in an article naming only the
  // president's daughter Jane Smith; "Mr. Smith" where the only Smith named in full is a woman).
  // a. It joins the person that the articles writing that surname with that title and resolving it to a full name
  // resolve it to ("President Smith" → "Robert Smith"), by the thresholds of a surname alone, unless an article keeping
  // it apart names that person in full as the only person of that surname (it then told them apart; naming several,
  // none written with the title, it told nothing), or an honorific is of the other sex than the given name.
  const fullOfSurname = new Map<string, Map<string, Set<string>>>();
  for (const [kb, b] of people) {
    if (isSingleName(b.label) || apart(b.label)) continue;
    const s = personName(b.label).surname;
    const byArticle = fullOfSurname.get(s) ?? fullOfSurname.set(s, new Map()).get(s)!;
    for (const x of b.articles) (byArticle.get(x) ?? byArticle.set(x, new Set()).get(x)!).add(find(kb));
  }
  for (const [k, a] of people) {
    const f = apart(a.label);
    if (!f || find(k) !== k) continue;
    const votes = new Map<string, number>();
    for (const [t, n] of written.ofTitled(titledKey(f.title, f.surname))) {
      const root = find(t);
      if (local.get(root)?.kind !== 'person' || apart(label(root)) || !samePerson(f.surname, label(root))?.same) continue;
      votes.set(root, (votes.get(root) ?? 0) + n);
    }
    const byVotes = [...votes.entries()].sort(([x, n], [y, m]) => m - n || cmp(x, y));
    const total = byVotes.reduce((s, [, n]) => s + n, 0);
    const [top, n] = byVotes[0] ?? ['', 0];
    if (!top) continue;
    const why = `"${a.label}" resolved to ${label(top)} in ${n} of ${total} articles`;
    if (n < MERGE_THRESHOLDS.resolvedArticles || n < MERGE_THRESHOLDS.resolvedShare * total) {
      report.decline?.({ kind: 'person', a: a.label, b: byVotes.map(([r]) => label(r)).slice(0, 4).join(' | '), reason: `a surname kept apart with its title, resolved to one full name in too few articles (${why})` });
      continue;
    }
    const sex = fullNameSex(label(top), lexiconTag);
    const byArticle = fullOfSurname.get(personName(f.surname).surname);
    const toldApart = [...a.articles].filter((x) => {
      const named = byArticle?.get(x);
      return !!named && named.size === 1 && find([...named][0]!) === top;
    }).length;
    if ((f.sex && sex && sex !== f.sex) || toldApart) {
      report.decline?.({ kind: 'person', a: a.label, b: label(top), reason: toldApart ? `a surname kept apart with its title, by ${toldApart} article(s) naming ${label(top)} in full as the only person of that surname (${why})` : `an honorific of the other sex than the given name (${why})` });
      continue;
    }
    join(k, top);
    merged(top, [a.label], `a surname kept apart with its title joins the person the articles writing it so resolve it to (${why})`);
  }

  // b. One kept apart with an honorific that the articles do not resolve so is the person the surname alone joined in
  // 3., when that person's given name is of the honorific's sex or of none the lexicon knows, and no article keeping it
  // apart names that person in full. An office's title tells no sex: "President Smith" stays apart.
  for (const [k, a] of people) {
    const f = apart(a.label);
    if (!f?.sex || find(k) !== k) continue;
    const bare = entityKey('person', f.surname);
    if (!local.has(bare)) continue;
    const target = find(bare);
    if (target === bare || local.get(target)?.kind !== 'person') continue;
    const sex = fullNameSex(label(target), lexiconTag);
    const named = people.some(([kb, b]) => find(kb) === target && !isSingleName(b.label) && [...a.articles].some((x) => b.articles.has(x)));
    if ((sex && sex !== f.sex) || named) {
      report.decline?.({ kind: 'person', a: a.label, b: label(target), reason: sex && sex !== f.sex ? 'an honorific of the other sex than the given name' : 'kept apart by an article naming the person in full' });
      continue;
    }
    join(k, target);
    merged(target, [a.label], `a surname kept apart with an honorific joins ${label(target)}, whom the surname alone joins`);
  }

  // Same surname, different given names or generations: never merged, reported. Only full names sharing a surname
  // are compared, and only people (entities of different kinds are never compared). Among many people of a common
  // surname ("Smith"), only given names with the same initial are near misses.
  if (report.decline) for (const group of index(full()).values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [ka, a] = group[i]!;
        const [kb, b] = group[j]!;
        if (find(ka) === find(kb)) continue;
        if (group.length > MERGE_THRESHOLDS.smallFamily && personName(a.label).core[0]![0] !== personName(b.label).core[0]![0]) continue;
        const v = samePerson(a.label, b.label) ?? samePerson(b.label, a.label);
        if (v && !v.same) report.decline?.({ kind: 'person', a: a.label, b: b.label, reason: v.reason });
      }
    }
  }
}

function resolveOrganizations(local: Map<string, NamedEntity>, find: (k: string) => string, join: (a: string, b: string) => void, written: WrittenForms, report: NameMergeReport): void {
  const orgs = [...local.entries()].filter(([, a]) => a.kind === 'organization').sort(([a], [b]) => cmp(a, b));
  const label = (k: string) => local.get(k)!.label;
  // Articles naming an organization by its root's own name or by a form that joined it so far.
  const namedArticles = (root: string): number => {
    const arts = new Set<string>();
    for (const [k, a] of orgs) if (find(k) === root) a.articles.forEach((x) => arts.add(x));
    return arts.size;
  };
  // 1. Acronyms and short names that articles resolve to one longer name ("Senate" → "United States Senate").
  for (const [k, a] of orgs) {
    if (find(k) !== k) continue;
    const bare = a.label.replace(/\./g, '');
    const acronym = isAcronym(a.label);

    const votes = new Map<string, number>();
    for (const [t, n] of written.of(k)) {
      const target = local.get(t);
      if (!target || target.kind !== 'organization') continue;
      // An acronym only joins a name whose words it abbreviates.
      if (acronym && !initialsMatch(bare, target.label)) continue;
      const root = find(t);
      if (root !== k) votes.set(root, (votes.get(root) ?? 0) + n);
    }
    const ranked = [...votes.entries()].sort(([x, n], [y, m]) => m - n || cmp(x, y));
    const total = ranked.reduce((s, [, n]) => s + n, 0);
    const [top, n] = ranked[0] ?? ['', 0];
    const alone = a.articles.size;
    const enough = acronym ? n >= 1 : n >= MERGE_THRESHOLDS.resolvedArticles;
    // Articles naming the long name in full (the acronym's defining articles among them).
    const named = top && acronym ? namedArticles(top) : 0;
    const common = acronym && n >= MERGE_THRESHOLDS.resolvedArticles && named >= MERGE_THRESHOLDS.orgNamedShare * alone;
    if (top && enough && n >= MERGE_THRESHOLDS.resolvedShare * total && (n >= MERGE_THRESHOLDS.orgResolvedShare * alone || common)) {
      join(k, top);
      const why = n >= MERGE_THRESHOLDS.orgResolvedShare * alone ? `(of ${alone} using it alone)` : `(of ${alone} using it alone; ${named} articles name it in full)`;
      report.merges.push({ kind: 'organization', key: `organization:${slug(label(top))}`, label: label(top), merged: [a.label], reason: `${acronym ? 'acronym' : 'short name'} resolved to this name in ${n} articles ${why}` });
    } else if (top) {
      report.decline?.({ kind: 'organization', a: a.label, b: ranked.map(([r]) => label(r)).slice(0, 4).join(' | '), reason: `${acronym ? 'acronym' : 'short name'} resolved to this name in too few of the articles using it (${n} of ${alone + total})` });
    }
  }
  // 2. Forms of one name.
  const groups = new Map<string, Array<[string, NamedEntity]>>();
  for (const [k, a] of orgs) {
    if (find(k) !== k) continue;
    const f = organizationFormKey(a.label);
    (groups.get(f) ?? groups.set(f, []).get(f)!).push([k, a]);
  }
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const [headKey, head] = [...members].sort(([ka, a], [kb, b]) => b.mentions - a.mentions || b.label.length - a.label.length || cmp(ka, kb))[0]!;
    for (const [k] of members) if (k !== headKey) join(k, headKey);
    const reasons = [...new Set(members.filter(([k]) => k !== headKey).map(([, a]) => formReason(a.label, head.label)))].sort(cmp);
    report.merges.push({ kind: 'organization', key: `organization:${slug(head.label)}`, label: head.label, merged: members.map(([, a]) => a.label).sort(cmp), reason: reasons.join('; ') });
  }
}
