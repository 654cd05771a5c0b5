/**
 * Step 4: roles, and the descriptions that point to people.
 *
 * A title phrase is read around a person's name: before it ("Former Russian President and current Deputy Chairman
 * of the Federal Security Council Dmitry Medvedev", "China's President Xi Jinping", "U.S. President Joe Biden"),
 * after it ("Medvedev, deputy chairman of Russia's Security Council,") or after a copula ("Xi Jinping is President of
 * China"). Each segment gives a `role` relation to the state or organization it names, `former` when marked so.
 *
 * A title phrase with no name ("the Chinese President", "Russia's Deputy Chairman of the Security Council") is a
 * description of a person: it resolves to the person of the article who holds that role, or else to the nearest
 * preceding person tied to the same state who holds no other current office there. Descriptions give the meeting
 * step its participants; they are not entity mentions.
 *
 * An organization preceded by a state reference ("China's official Xinhua News Agency", "Russian state-controlled
 * media outlet RIA") is `part_of` that state, and is looked up again with the state's name ("Security Council" of
 * Russia → Security Council of Russia).
 */
import { normName } from '../gazetteer/normalize.js';
import { demonymsOf, stateByDemonym, stateByIso, stateOnDate } from '../gazetteer/states.js';
import { organizationByName } from '../gazetteer/organizations.js';
import { isTitle, isTitleWord, displayTitle, FORMER_MARKERS, CURRENT_MARKERS, LOCAL_TITLES, TITLES, TITLE_DOMAIN_WORDS } from '../gazetteer/titles.js';
import { lowerWord, type Token } from '../nlp/tokenize.js';
import type { Doc, DocSentence, Mention } from './model.js';

/** Nouns that state membership of the organization named after "of" ("X, a member of the Labour Party"), with why. */
const MEMBERSHIP_NOUNS: Record<string, string> = {
  member: 'belongs to the body named after it',
  members: 'plural apposition of one person is rare, but "one of the members of Y" reads the same',
  fellow: 'a fellow of a society or college belongs to it',
};
/** Only the table's own words: `in` would also take the names every object inherits ("constructor"). */
const isMembershipNoun = (word: string) => Object.hasOwn(MEMBERSHIP_NOUNS, word);
/** Words allowed between the apposition's comma and the membership noun: articles, relatives, copulas, and the
 * lowercase qualifiers that do not change the fact ("a senior member", "a long-standing member", "one of the"). */
const MEMBERSHIP_LEAD = new Set(['a', 'an', 'the', 'who', 'is', 'was', 'has', 'been', 'one', 'of', 'also', 'still', 'now']);

/** Words that join two title segments of one person. */
const SEGMENT_JOINERS = new Set(['and', '&']);
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'as']);

export interface RoleFact {
  person: number; // cluster
  personLabel: string;
  title: string;
  former: boolean;
  target: { kind: 'state' | 'organization'; label: string; iso?: string };
  sentence: number;
}

export interface Description {
  /** The person it resolves to. */
  person: Mention;
  sentence: number;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

export interface PartOfFact {
  org: string;
  state: string; // label
  iso: string;
  sentence: number;
}

export interface MembershipFact {
  person: number; // cluster
  personLabel: string;
  org: string; // label
  sentence: number;
}

export interface RoleResult {
  roles: RoleFact[];
  /** "X, a member of Y", "X is a member of Y": person → organization. */
  memberships: MembershipFact[];
  descriptions: Description[];
  partOf: PartOfFact[];
  /** Mentions that stand inside a title phrase: they qualify a person and are not meeting participants themselves. */
  qualifiers: Set<Mention>;
  /** States and organizations each person (cluster) is tied to in this article. */
  ties: Map<number, Array<{ kind: 'state' | 'organization'; label: string; iso?: string; former: boolean; title: string }>>;
  /** Person (cluster) → codes of the states the article names beside that person as the side they act for
   * ("Canadian Trade Minister Lena Ostrow", "Lena Ostrow, Canada's trade minister"), even where no title of the
   * roles ties them. */
  sides: Map<number, Set<string>>;
}

interface Segment {
  title: string[];
  /** Token range of the title words, to show the title as written ("Secretary-General"). */
  titleStart: number;
  titleEnd: number;
  former: boolean;
  stateRef?: { label: string; iso: string; mention?: Mention };
  orgRef?: Mention;
  target?: Mention;
  start: number; // token index
  end: number; // token index (exclusive)
}

type MentionIndex = Map<number, Mention[]>; // sentence → mentions by token start

function mentionEndingAt(list: Mention[] | undefined, tok: number): Mention | undefined {
  return list?.find((m) => m.tokenEnd - 1 === tok);
}
function mentionStartingAt(list: Mention[] | undefined, tok: number): Mention | undefined {
  return list?.find((m) => m.tokenStart === tok);
}
const low = (t: Token | undefined) => (t ? normName(t.text) : '');
const isPossessive = (t: Token | undefined) => !!t && /^['’‘][sS]?$/.test(t.text);
/** A hard break between tokens: punctuation after `a` (comma, colon, bracket, quote). */
const breakAfter = (a: Token | undefined) => !!a && /[,;:()"“”]/.test(a.post);

/** Parses one title segment backwards, ending just before token `end`; `closed`: the phrase ends there (an
 * apposition's "X, the finance minister, said"), so a comma after its last word does not cut it from what it names. */
function parseSegmentBackward(toks: Token[], ms: Mention[] | undefined, end: number, closed = false): Segment | null {
  const open = (k: number) => !breakAfter(toks[k]) || (closed && k === end - 1);
  let j = end - 1;
  let target: Mention | undefined;
  // "... of [the] <Org|State>"
  const tm = mentionEndingAt(ms, j);
  if (tm && (tm.kind === 'organization' || tm.kind === 'state')) {
    let k = tm.tokenStart - 1;
    if (low(toks[k]) === 'the') k--;
    if (low(toks[k]) === 'of' && isTitleWord(toks[k - 1]?.text ?? '')) {
      target = tm;
      j = k - 1;
    }
  }
  // Title head and its words.
  const titleToks: string[] = [];
  if (j < 0 || !isTitleWord(toks[j]!.text) || mentionEndingAt(ms, j) || !open(j)) return null;
  while (j >= 0 && !mentionEndingAt(ms, j) && open(j) && (isTitleWord(toks[j]!.text) || normName(toks[j]!.text) in TITLE_DOMAIN_WORDS)) {
    titleToks.unshift(toks[j]!.text);
    j--;
  }
  const titleEnd = j + 1 + titleToks.length;
  // Titles with "of" inside: "Secretary of State", "Chief of Staff", "Minister of Finance".
  while (j >= 1 && low(toks[j]) === 'of' && isTitleWord(toks[j - 1]!.text) && isTitle([toks[j - 1]!.text, 'of', ...titleToks].join(' '))) {
    titleToks.unshift(toks[j - 1]!.text, 'of');
    j -= 2;
    while (j >= 0 && !mentionEndingAt(ms, j) && !breakAfter(toks[j]) && (isTitleWord(toks[j]!.text) || normName(toks[j]!.text) in TITLE_DOMAIN_WORDS)) {
      titleToks.unshift(toks[j]!.text);
      j--;
    }
  }
  while (titleToks.length > 1 && !isTitle(titleToks.join(' ')) && !(normName(titleToks[0]!) in TITLE_DOMAIN_WORDS)) {
    titleToks.shift();
    j++;
  }
  if (!titleToks.length || !isTitle(titleToks.join(' ')) && !Object.prototype.hasOwnProperty.call(TITLES, normName(titleToks[titleToks.length - 1]!))) return null;
  const seg: Segment = { title: titleToks, titleStart: j + 1, titleEnd, former: false, start: j + 1, end, ...(target ? { target } : {}) };
  // Qualifiers before the title: former/current markers, a state or organization reference.
  for (let guard = 0; guard < 6 && j >= 0 && !breakAfter(toks[j]); guard++) {
    const w = low(toks[j]);
    if (w in FORMER_MARKERS || w === 'ex') {
      seg.former = true;
      j--;
      continue;
    }
    if (w in CURRENT_MARKERS || w === 'the') {
      j--;
      continue;
    }
    let k = j;
    if (isPossessive(toks[k])) k--;
    const m = mentionEndingAt(ms, k);
    if (m && m.kind === 'state' && !seg.stateRef) {
      seg.stateRef = { label: m.label, iso: m.iso ?? '', mention: m };
      j = m.tokenStart - 1;
      continue;
    }
    if (m && m.kind === 'organization' && !seg.orgRef && !seg.stateRef) {
      seg.orgRef = m;
      j = m.tokenStart - 1;
      continue;
    }
    if (!m) {
      const two = j >= 1 ? stateByDemonym(`${toks[j - 1]!.text} ${toks[j]!.text}`) : undefined;
      const one = stateByDemonym(toks[j]!.text);
      const dem = two ?? one;
      if (dem && /^\p{Lu}/u.test(toks[j]!.text) && !seg.stateRef) {
        seg.stateRef = { label: dem.name, iso: dem.iso };
        j -= two ? 2 : 1;
        continue;
      }
    }
    break;
  }
  seg.start = j + 1;
  return seg;
}

/** Parses a chain of segments ("Former Russian President and current Deputy Chairman of X") ending before `end`. */
function parseChainBackward(toks: Token[], ms: Mention[] | undefined, end: number): Segment[] {
  const out: Segment[] = [];
  let e = end;
  for (;;) {
    const seg = parseSegmentBackward(toks, ms, e);
    if (!seg) break;
    out.unshift(seg);
    const before = seg.start - 1;
    if (before >= 1 && SEGMENT_JOINERS.has(low(toks[before]))) {
      e = before;
      continue;
    }
    break;
  }
  return out;
}

/** Parses a segment forwards from token `from` ("deputy chairman of Russia's Security Council", "the Chinese
 * President"). */
function parseSegmentForward(toks: Token[], ms: Mention[] | undefined, from: number): Segment | null {
  // Find the end of a title phrase starting at `from`, then parse it backwards (one grammar, read once).
  let j = from;
  while (j < toks.length && (low(toks[j]) === 'the' || low(toks[j]) === 'a' || low(toks[j]) in FORMER_MARKERS || low(toks[j]) in CURRENT_MARKERS)) j++;
  for (let guard = 0; guard < 4 && j < toks.length; guard++) {
    const m = mentionStartingAt(ms, j);
    if (m && (m.kind === 'state' || m.kind === 'organization')) {
      j = m.tokenEnd;
      if (isPossessive(toks[j])) j++;
      continue;
    }
    if (stateByDemonym(toks[j]!.text) && /^\p{Lu}/u.test(toks[j]!.text)) {
      j++;
      continue;
    }
    break;
  }
  let sawTitle = false;
  while (j < toks.length && !mentionStartingAt(ms, j) && (isTitleWord(toks[j]!.text) || normName(toks[j]!.text) in TITLE_DOMAIN_WORDS)) {
    sawTitle ||= isTitleWord(toks[j]!.text);
    j++;
    if (breakAfter(toks[j - 1])) break;
  }
  if (!sawTitle) return null;
  // "of [the] <Org|State>" (the org may itself be qualified: "of Russia's Security Council")
  if (low(toks[j]) === 'of' && !breakAfter(toks[j - 1])) {
    let k = j + 1;
    if (low(toks[k]) === 'the') k++;
    let m = mentionStartingAt(ms, k);
    if (m && m.kind === 'state' && isPossessive(toks[m.tokenEnd])) {
      const org = mentionStartingAt(ms, m.tokenEnd + 1);
      if (org && org.kind === 'organization') m = org;
    }
    if (m && (m.kind === 'organization' || m.kind === 'state')) j = m.tokenEnd;
  }
  const seg = parseSegmentBackward(toks, ms, j, true);
  if (!seg || seg.start > from + 2) return null;
  return seg;
}

/** "a [senior] member of [the] <Org>" starting at token `from`: the organization, or null. At most three lowercase
 * qualifiers may stand between the lead words and the noun; a comma or another name ends the phrase. */
function parseMembership(toks: Token[], ms: Mention[] | undefined, from: number): Mention | null {
  let j = from;
  let qualifiers = 0;
  while (j < toks.length && !mentionStartingAt(ms, j) && !isMembershipNoun(low(toks[j]))) {
    const w = low(toks[j]);
    if (!MEMBERSHIP_LEAD.has(w)) {
      if (!/^\p{Ll}/u.test(toks[j]!.text) || ++qualifiers > 3) return null;
    }
    if (breakAfter(toks[j]) || j - from > 6) return null;
    j++;
  }
  if (j >= toks.length || !isMembershipNoun(low(toks[j])) || breakAfter(toks[j])) return null;
  j++;
  if (low(toks[j]) !== 'of') return null;
  j++;
  if (low(toks[j]) === 'the') j++;
  const m = mentionStartingAt(ms, j);
  return m && m.kind === 'organization' ? m : null;
}

/** "of [the] <State>" right after a name ending before token `end`, with no break between them: the state. */
function ofAfterName(toks: Token[], ms: Mention[] | undefined, end: number): Mention | undefined {
  if (breakAfter(toks[end - 1]) || low(toks[end]) !== 'of' || breakAfter(toks[end])) return undefined;
  let k = end + 1;
  if (low(toks[k]) === 'the') k++;
  const m = mentionStartingAt(ms, k);
  return m?.kind === 'state' ? m : undefined;
}

function segmentTarget(seg: Segment): RoleFact['target'] | null {
  if (seg.target) return { kind: seg.target.kind as 'state' | 'organization', label: seg.target.label, ...(seg.target.iso ? { iso: seg.target.iso } : {}) };
  if (seg.orgRef) return { kind: 'organization', label: seg.orgRef.label };
  if (seg.stateRef) return { kind: 'state', label: seg.stateRef.label, iso: seg.stateRef.iso };
  return null;
}

/** Re-labels an organization qualified by a state ("the Security Council" of Russia) when the gazetteer knows the
 * qualified name ("Security Council of Russia", "Russian Security Council"). */
function qualifyOrganization(org: Mention, iso: string): void {
  const st = stateByIso(iso);
  if (!st || organizationByName(org.label)?.state) return;
  const core = org.label.replace(/^the /i, '');
  const candidates = [`${core} of ${st.name}`, ...demonymsOf(iso).map((d) => `${d} ${core}`)];
  for (const candidate of candidates) {
    const hit = organizationByName(candidate);
    if (hit && hit.state === iso) {
      org.label = hit.name;
      return;
    }
  }
}

/** The title as the text writes it, in title case: "deputy chairman" → "Deputy Chairman", "Secretary-General". */
function titleText(text: string, s: DocSentence, seg: Segment): string {
  const a = s.tokens[seg.titleStart];
  const b = s.tokens[seg.titleEnd - 1];
  const raw = a && b && b.end > a.start ? text.slice(a.start, b.end).replace(/\s+/g, ' ') : seg.title.join(' ');
  return displayTitle(raw);
}

export function extractRoles(doc: Doc): RoleResult {
  const { sentences, mentions } = doc;
  const bySentence: MentionIndex = new Map();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const roles: RoleFact[] = [];
  const memberships: MembershipFact[] = [];
  const partOf: PartOfFact[] = [];
  const qualifiers = new Set<Mention>();
  const ties: RoleResult['ties'] = new Map();
  const tie = (cluster: number, t: RoleFact['target'], former: boolean, title: string) => {
    const list = ties.get(cluster) ?? [];
    if (!list.some((x) => x.label === t.label && x.title === title)) list.push({ ...t, former, title });
    ties.set(cluster, list);
  };
  const addSegments = (person: Mention, segs: Segment[], s: DocSentence) => {
    for (const seg of segs) {
      for (const q of [seg.target, seg.orgRef, seg.stateRef?.mention]) if (q) qualifiers.add(q);
      if (seg.target?.kind === 'organization' && seg.stateRef) qualifyOrganization(seg.target, seg.stateRef.iso);
      const target = segmentTarget(seg);
      if (!target) continue;
      const title = titleText(doc.article.text, s, seg);
      roles.push({ person: person.cluster, personLabel: person.label, title, former: seg.former, target, sentence: s.index });
      tie(person.cluster, target, seg.former, title);
      if (seg.stateRef && seg.target?.kind === 'organization') tie(person.cluster, { kind: 'state', label: seg.stateRef.label, iso: seg.stateRef.iso }, seg.former, title);
    }
  };

  for (const s of sentences) {
    if (s.boilerplate) continue;
    const ms = bySentence.get(s.index);
    if (!ms) continue;
    const toks = s.tokens;
    for (const p of ms) {
      if (p.kind !== 'person') continue;
      // Before the name; a title of a national office held now, with no state of its own, may take the state of "of"
      // right after the name ("President Musharraf of Pakistan", "Prime Minister Yasuhiro Nakasone of Japan"). Not an
      // organization ("Prime Minister Thatcher of the Conservative Party" leads a government, not the party), not a
      // former office ("Former President Jimmy Carter of Georgia", his home state), not a region's or a legislature's
      // (LOCAL_TITLES: "Governor Jimmy Carter of Georgia").
      const before = parseChainBackward(toks, ms, p.tokenStart);
      const nearest = before[before.length - 1];
      if (nearest && nearest.end === p.tokenStart && !nearest.former && !segmentTarget(nearest) && !nearest.title.some((w) => normName(w) in LOCAL_TITLES)) {
        const of = ofAfterName(toks, ms, p.tokenEnd);
        if (of) nearest.target = of;
      }
      addSegments(p, before, s);
      // After the name: apposition "X, deputy chairman of ...," or copula "X is President of ...".
      let k = p.tokenEnd;
      if (/,/.test(toks[k - 1]?.post ?? '') || COPULAS.has(low(toks[k]))) {
        const org = parseMembership(toks, ms, k);
        if (org) {
          qualifiers.add(org);
          tie(p.cluster, { kind: 'organization', label: org.label }, false, '');
          if (!memberships.some((x) => x.person === p.cluster && x.org === org.label)) memberships.push({ person: p.cluster, personLabel: p.label, org: org.label, sentence: s.index });
        }
      }
      if (/,/.test(toks[k - 1]?.post ?? '')) {
        const seg = parseSegmentForward(toks, ms, k);
        if (seg) addSegments(p, [seg], s);
        // An organization inside the apposition ("Hartley, the ranking Democrat on the House Energy Committee,")
        // describes the person: it qualifies, it is not a party of its own.
        for (let j = k; j < Math.min(toks.length, k + 9); j++) {
          const m = mentionStartingAt(ms, j);
          if (m && m.kind === 'person') break;
          if (m && m.kind === 'organization') {
            qualifiers.add(m);
            tie(p.cluster, { kind: 'organization', label: m.label }, false, '');
            break;
          }
          if (/[,;:)]/.test(toks[j]!.post) || (j > k && /^\p{Lu}/u.test(toks[j]!.text) && !mentionStartingAt(ms, j) && !isTitleWord(toks[j]!.text))) break;
        }
      } else if (COPULAS.has(low(toks[k]))) {
        k++;
        const seg = parseSegmentForward(toks, ms, k);
        if (seg) addSegments(p, [seg], s);
      }
    }
    // Organizations qualified by a state: "China's official Xinhua News Agency", "Russian state-controlled media outlet RIA".
    for (const o of ms) {
      if (o.kind !== 'organization') continue;
      let j = o.tokenStart - 1;
      let gap = 0;
      while (j >= 0 && gap < 4 && /^\p{Ll}/u.test(toks[j]!.text) && !breakAfter(toks[j]) && !mentionEndingAt(ms, j)) {
        j--;
        gap++;
      }
      let ref: { label: string; iso: string } | undefined;
      if (isPossessive(toks[j])) {
        const m = mentionEndingAt(ms, j - 1);
        if (m?.kind === 'state' && m.iso) ref = { label: m.label, iso: m.iso };
      } else if (j >= 0 && !breakAfter(toks[j])) {
        const m = mentionEndingAt(ms, j);
        if (m?.kind === 'state' && m.iso && gap > 0) ref = { label: m.label, iso: m.iso };
        const dem = !m ? stateByDemonym(toks[j]!.text) : undefined;
        if (dem && /^\p{Lu}/u.test(toks[j]!.text)) ref = { label: dem.name, iso: dem.iso };
      }
      if (!ref) continue;
      qualifyOrganization(o, ref.iso);
      partOf.push({ org: o.label, state: ref.label, iso: ref.iso, sentence: s.index });
    }
  }
  const descriptions = resolveDescriptions(doc, bySentence, roles, ties, qualifiers);
  return { roles, memberships, descriptions, partOf, qualifiers, ties, sides: statesNamedWith(doc, bySentence) };
}

/** Title phrases with no name ("the Chinese President") resolved to the person they describe. */
function resolveDescriptions(doc: Doc, bySentence: MentionIndex, roles: RoleFact[], ties: RoleResult['ties'], qualifiers: Set<Mention>): Description[] {
  const out: Description[] = [];
  const people = doc.mentions.filter((m) => m.kind === 'person');
  for (const s of doc.sentences) {
    if (s.boilerplate) continue;
    const ms = bySentence.get(s.index);
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!isTitleWord(toks[i]!.text) || !Object.prototype.hasOwnProperty.call(TITLES, normName(toks[i]!.text))) continue;
      if (mentionStartingAt(ms, i + 1)?.kind === 'person') continue; // a title before a name: a role, not a description
      if (people.some((p) => p.sentence === s.index && p.tokenEnd === i)) continue;
      // The phrase: parse forward from the first qualifier before the head.
      let from = i;
      while (from > 0 && !breakAfter(toks[from - 1]) && (isTitleWord(toks[from - 1]!.text) || normName(toks[from - 1]!.text) in TITLE_DOMAIN_WORDS || low(toks[from - 1]) === 'the' || isPossessive(toks[from - 1]) || stateByDemonym(toks[from - 1]!.text) || (mentionEndingAt(ms, from - 1)?.kind === 'state'))) {
        const m = mentionEndingAt(ms, from - 1);
        from = m ? m.tokenStart : from - 1;
      }
      const seg = parseSegmentForward(toks, ms, from);
      if (!seg || seg.end <= i) continue;
      const target = segmentTarget(seg);
      if (!target) continue;
      const title = titleText(doc.article.text, s, seg);
      if (people.some((p) => p.sentence === s.index && p.tokenStart === seg.end)) continue;
      const stateIso = seg.stateRef?.iso ?? target.iso;
      // 1. The person holding this role in the article.
      const holder = roles.find((r) => r.title === title && r.target.label === target.label && !r.former);
      let person = holder ? people.find((p) => p.cluster === holder.person) : undefined;
      // 2. The nearest preceding person tied to the same state with no other current office there.
      if (!person && stateIso) {
        const candidates = people.filter((p) => (p.sentence < s.index && p.sentence >= s.index - 2) || (p.sentence === s.index && p.tokenEnd <= seg.start));
        for (let c = candidates.length - 1; c >= 0; c--) {
          const p = candidates[c]!;
          const t = ties.get(p.cluster) ?? [];
          const sameState = t.some((x) => x.iso === stateIso);
          const otherOffice = t.some((x) => x.iso === stateIso && !x.former && x.title !== title);
          if (sameState && !otherOffice) {
            person = p;
            break;
          }
        }
      }
      if (!person) continue;
      for (const q of [seg.target, seg.orgRef, seg.stateRef?.mention]) if (q) qualifiers.add(q);
      if (seg.target?.kind === 'organization' && seg.stateRef) qualifyOrganization(seg.target, seg.stateRef.iso);
      const finalTarget = segmentTarget(seg)!;
      if (!roles.some((r) => r.person === person!.cluster && r.title === title && r.target.label === finalTarget.label)) {
        roles.push({ person: person.cluster, personLabel: person.label, title, former: seg.former, target: finalTarget, sentence: s.index });
      }
      const st = toks[seg.start]!;
      const en = toks[seg.end - 1]!;
      out.push({ person, sentence: s.index, start: st.start, end: en.end, tokenStart: seg.start, tokenEnd: seg.end });
      i = seg.end - 1;
    }
  }
  return out;
}

/**
 * The states an article names as a person's side anywhere it names the person: a state or national adjective in the
 * words of a title just before the name ("U.S. Labor Secretary Dana Whitcombe", "Canadian Trade Minister Lena
 * Ostrow", "Norway's Finance Minister Ola Dahl"), or in an apposition just after it ("Lena Ostrow, Canada's trade
 * minister"). A state so named beside a party is usually that person's side rather than a party of its own.
 */
function statesNamedWith(doc: Doc, bySentence: MentionIndex): Map<number, Set<string>> {
  const table = new Map<number, Set<string>>();
  for (const p of doc.mentions) {
    if (p.kind !== 'person') continue;
    const s = doc.sentences[p.sentence];
    if (!s) continue;
    const toks = s.tokens;
    const here = bySentence.get(p.sentence) ?? [];
    const found = table.get(p.cluster) ?? new Set<string>();
    const add = (iso: string | undefined) => iso && found.add(stateOnDate(iso, doc.article.date));
    // A state's mention, or a national adjective that is no part of another name ("American Airlines" is a firm).
    const stateAtToken = (k: number): string | undefined => {
      const covering = here.filter((x) => x.tokenStart <= k && k < x.tokenEnd);
      if (covering.length) return covering.find((x) => x.kind === 'state')?.iso;
      const t = toks[k];
      return t && /^\p{Lu}/u.test(t.text) ? stateByDemonym(t.text)?.iso : undefined;
    };
    // Title words before the name: capitalised words or title words, no punctuation but an abbreviation's stop.
    // "Special Envoy for Sudan Dana Whitcombe", "Ambassador to the United States": a state after "for" or "to"
    // (and "the") is where the office looks, not its side; the title may still name the side before it ("Peru's
    // Ambassador to the United States").
    let reach = 5;
    for (let k = p.tokenStart - 1; k >= 0 && k >= p.tokenStart - reach; k--) {
      const t = toks[k]!;
      if (!/^\s*$/.test(t.post)) break;
      const iso = stateAtToken(k);
      if (iso) {
        const first = here.find((x) => x.kind === 'state' && x.tokenStart <= k && k < x.tokenEnd)?.tokenStart ?? k;
        const det = lowerWord(toks[first - 1]) === 'the' ? 1 : 0;
        const prep = lowerWord(toks[first - 1 - det]);
        if (!/^(for|to|in|on|from|of|and|with)$/.test(prep)) {
          add(iso);
          break;
        }
        if (!/^(for|to)$/.test(prep) || !/^\s*$/.test(toks[first - 1 - det]!.post)) break;
        k = first - 1 - det;
        reach = p.tokenStart - k + 5;
        continue;
      }
      if (here.some((x) => x.kind === 'person' && x.tokenStart <= k && k < x.tokenEnd)) break;
      if (!/^\p{Lu}/u.test(t.text) && !/^'s?$/.test(lowerWord(t))) break;
    }
    // An apposition: "Name, Japan's vice minister", "Name, the British prime minister".
    if (/,/.test(toks[p.tokenEnd - 1]?.post ?? '')) {
      for (let k = p.tokenEnd; k < toks.length && k <= p.tokenEnd + 2; k++) {
        const iso = stateAtToken(k);
        if (iso) {
          // Only as a title's words: "Japan's vice minister", "the British prime minister", not "a British-born national".
          const state = here.find((x) => x.kind === 'state' && x.tokenStart <= k && k < x.tokenEnd);
          const after = state ? state.tokenEnd : k + 1;
          if (/^\s*$/.test(toks[after - 1]!.post) && (/^'s?$/.test(lowerWord(toks[after])) || isTitleWord(toks[after]?.text ?? '') || isTitleWord(toks[after + 1]?.text ?? ''))) add(iso);
          break;
        }
        if (!/^(the|a|an)$/.test(lowerWord(toks[k]))) break;
      }
    }
    if (found.size) table.set(p.cluster, found);
  }
  return table;
}
