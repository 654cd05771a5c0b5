/**
 * One article in, everything it contributes out: the steps run in the order of their file names. Pure and
 * deterministic: the same article always gives the same extraction.
 */
import type { Article, ArticleExtraction, EntityRef, Evidence, ExtractedMeeting, ExtractedRelation } from '../types.js';
import { articleHash } from '../input/read.js';
import { stateByIso, stateByName } from '../gazetteer/states.js';
import { blankInlineBoilerplate } from '../gazetteer/boilerplate.js';
import { splitSentences } from './01-sentences.js';
import { toMentions } from './02-mentions.js';
import { resolveMentions } from './03-resolve.js';
import { extractRoles } from './04-roles.js';
import { extractMeetings, type CandidateTrace } from './05-meetings.js';
import type { MeetingModel } from './meeting-model.js';
import type { RoleResult } from './04-roles.js';
import { datelineDay } from './dates.js';
import { teamMentions } from './teams.js';
import { writtenSpelling } from '../names/organizations.js';
import { isSingleName, samePerson } from '../names/persons.js';
import type { Doc, Mention } from './model.js';
import { defaultRecognizer, type Recognizer } from './recognizer.js';

export interface ExtractOptions {
  recognizer?: Recognizer;
  /** The meeting step's learned decisions (default: the shipped ones). */
  meetingModel?: MeetingModel;
  /** Adds `candidates` to the extraction: every meeting candidate's decision and its strongest reasons. */
  explain?: boolean;
}

/** An article longer than this is read in windows of at most this many characters, cut at paragraph or sentence
 * ends: the steps' cost grows faster than the length of what they read at once, so one long text (a book, a
 * concatenated dump) must not be one unit. A news article fits in one window. */
export const WINDOW_CHARS = 20_000;

export function extractArticle(article: Article, options: ExtractOptions = {}): ArticleExtraction {
  const refDate = datelineDay(article.text, article.bodyStart, article.date) ?? article.date;
  if (article.text.length <= WINDOW_CHARS) return extractWindow(article, refDate, options);
  return joinWindows(
    article,
    windows(article.text, article.bodyStart, WINDOW_CHARS).map(([start, end]) => {
      const part: Article = { ...article, text: article.text.slice(start, end), bodyStart: Math.max(0, article.bodyStart - start) };
      return [start, extractWindow(part, refDate, options)] as const;
    }),
  );
}

/** Cuts `text` into consecutive [start, end) windows of at most `max` characters (the first one holding the header
 * up to `bodyStart`): at the last paragraph break of the window's second half, else the last line break, else the
 * last sentence end, else the last space. */
export function windows(text: string, bodyStart: number, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > max) {
    const floor = Math.max(start + Math.floor(max / 2), Math.min(bodyStart, start + max - 1));
    const slice = text.slice(floor, start + max);
    let cut = -1;
    for (const re of [/\n\s*\n/g, /\n/g, /[.!?]["'”’)]?\s/g, /\s/g]) {
      for (const m of slice.matchAll(re)) cut = floor + m.index + m[0].length;
      if (cut > start) break;
    }
    if (cut <= start) {
      cut = start + max;
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--; // never between the halves of a surrogate pair
    }
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * A surname alone in one window of a long article ("Darity") is the person another window names in full ("William
 * Darity"), by the rule step 3 applies within a window (src/names/persons.ts): of several full names it can denote,
 * the one the article names most. Returns surname → full name.
 */
function surnamesAcrossWindows(parts: readonly ArticleExtraction[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const x of parts) for (const e of x.entities) if (e.kind === 'person' && !isSingleName(e.label)) count.set(e.label, (count.get(e.label) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const x of parts) {
    for (const e of x.entities) {
      if (e.kind !== 'person' || !isSingleName(e.label) || out.has(e.label)) continue;
      const fits = [...count.entries()].filter(([full]) => samePerson(e.label, full)?.same).sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1));
      if (fits.length && (fits.length === 1 || fits[0]![1] > fits[1]![1])) out.set(e.label, fits[0]![0]);
    }
  }
  return out;
}

/** An extraction with every entity reference passed through `ref`. */
function withRefs(x: ArticleExtraction, ref: <T extends EntityRef>(e: T) => T): ArticleExtraction {
  return {
    ...x,
    entities: x.entities.map(ref),
    meetings: x.meetings.map((m) => ({
      ...m,
      participants: m.participants.map((p) => ({ ...ref(p), ...(p.represents ? { represents: p.represents.map(ref) } : {}) })),
      place: m.place ? ref(m.place) : null,
      ...(m.about ? { about: m.about.map(ref) } : {}),
    })),
    relations: x.relations.map((r) => ({ ...r, source: ref(r.source), target: ref(r.target) })),
  };
}

/** One extraction of the whole article from its windows' (each with its start offset): offsets and sentence indices
 * become the article's, relations stated in several windows are one. */
function joinWindows(article: Article, parts: ReadonlyArray<readonly [number, ArticleExtraction]>): ArticleExtraction {
  const sentences: ArticleExtraction['sentences'] = [];
  const entities: ArticleExtraction['entities'] = [];
  const meetings: ExtractedMeeting[] = [];
  const relations: ExtractedRelation[] = [];
  const relationIndex = new Map<string, ExtractedRelation>();
  const codes: Record<string, string> = {};
  const candidates: NonNullable<ArticleExtraction['candidates']> = [];
  const person = surnamesAcrossWindows(parts.map(([, x]) => x));
  const refOf = <T extends EntityRef>(e: T): T => (e.kind === 'person' && person.has(e.label) ? { ...e, label: person.get(e.label)! } : e);
  for (const [offset, x0] of parts) {
    const x = person.size ? withRefs(x0, refOf) : x0;
    const base = sentences.length;
    const shift = (e: Evidence): Evidence => ({ ...e, start: e.start + offset, end: e.end + offset });
    for (const s of x.sentences) sentences.push({ ...s, start: s.start + offset, end: s.end + offset });
    for (const e of x.entities) entities.push({ ...e, start: e.start + offset, end: e.end + offset, sentence: e.sentence + base });
    for (const m of x.meetings) meetings.push({ ...m, evidence: m.evidence.map(shift) });
    for (const r of x.relations) {
      const key = relationKey(r);
      const existing = relationIndex.get(key);
      if (existing) existing.evidence.push(...r.evidence.map(shift));
      else {
        const copy = { ...r, evidence: r.evidence.map(shift) };
        relationIndex.set(key, copy);
        relations.push(copy);
      }
    }
    Object.assign(codes, x.codes ?? {});
    if (x.candidates) for (const c of x.candidates) candidates.push({ ...c, sentence: c.sentence + base, start: c.start + offset, end: c.end + offset });
  }
  const first = parts[0]![1];
  return {
    ...first,
    hash: articleHash(article.text),
    sentences,
    entities,
    meetings,
    relations,
    ...(Object.keys(codes).length ? { codes: sortKeys(codes) } : {}),
    ...(first.candidates ? { candidates } : {}),
  };
}

const relationKey = (r: ExtractedRelation) => `${r.relation}|${r.source.label}|${r.target.label}|${r.title ?? ''}|${r.former ?? ''}`;

/** Steps 1-4: sentences, mentions, resolution and roles, which the meeting step reads. */
export function prepareArticle(
  article: Article,
  options: ExtractOptions = {},
  refDate: string | null = datelineDay(article.text, article.bodyStart, article.date) ?? article.date,
): { doc: Doc; roles: RoleResult } {
  // Page furniture inside sentences (a site's name cards) is blanked to spaces: no step reads it, and every offset
  // stays one in the article's text.
  const text = blankInlineBoilerplate(article.text);
  const read = text === article.text ? article : { ...article, text };
  const recognize = options.recognizer ?? defaultRecognizer;
  const sentences = splitSentences(read);
  const spans = recognize(unwrapLines(text), sentences.filter((s) => !s.boilerplate));
  const mentions = toMentions(text, sentences, spans);
  resolveMentions(text, mentions, sentences);
  const doc: Doc = { article: read, sentences, mentions, refDate };
  return { doc, roles: extractRoles(doc) };
}

/** An organization's name as the article spells it, when that is its label in the other British or American spelling
 * (src/names/organizations.ts), from the mentions of its cluster; else undefined. */
export function spelledName(mentions: readonly Mention[], party: Mention): string | undefined {
  if (party.kind !== 'organization') return undefined;
  return writtenSpelling(party.label, mentions.filter((x) => x.cluster === party.cluster).map((x) => x.text));
}

/** The extraction of one window of an article (or of the whole article when it fits in one), with offsets in
 * `article.text`. */
function extractWindow(article: Article, refDate: string | null, options: ExtractOptions): ArticleExtraction {
  const text = article.text;
  const { doc, roles } = prepareArticle(article, options, refDate);
  const { sentences, mentions } = doc;
  const trace: CandidateTrace[] | undefined = options.explain ? [] : undefined;
  const teams = teamMentions(doc);
  // A national team is no party to a meeting: a meeting naming one in its sentences as a party is a fixture.
  const teamIn = new Set([...teams.keys()].map((m) => `${m.sentence}|${m.label}`));
  const meetings = extractMeetings(doc, roles, { model: options.meetingModel, trace }).filter(
    (m) => !m.parties.some((p) => p.mention.kind !== 'person' && [...m.sentences].some((s) => teamIn.has(`${s}|${p.mention.label}`))),
  );

  const evidenceOf = (sentence: number): Evidence => {
    const s = sentences[sentence]!;
    return { article: article.id, sentence: text.slice(s.start, s.end), start: s.start, end: s.end };
  };
  const clusterLabel = new Map<number, Mention>();
  for (const m of mentions) if (!clusterLabel.has(m.cluster)) clusterLabel.set(m.cluster, m);
  const ref = (m: Mention): EntityRef => ({ label: m.label, kind: m.kind });

  const outMeetings: ExtractedMeeting[] = meetings.map((m) => ({
    participants: m.parties.map((p) => {
      const ties = (roles.ties.get(p.cluster) ?? []).filter((t) => t.label !== p.mention.label);
      ties.sort((a, b) => Number(a.former) - Number(b.former));
      const represents: EntityRef[] = [];
      for (const t of ties) if (!represents.some((r) => r.label === t.label)) represents.push({ label: t.label, kind: t.kind });
      // A state the article names beside the person ("Canadian Trade Minister Lena Ostrow", "Ostrow, Canada's trade
      // minister") is the side the person acts for, even where no title of the roles step ties them.
      if (p.mention.kind === 'person') {
        for (const iso of roles.sides.get(p.cluster) ?? []) {
          const label = mentions.find((x) => x.kind === 'state' && x.iso === iso && !x.media)?.label ?? stateByIso(iso)?.name;
          if (label && label !== p.mention.label && !represents.some((r) => r.label === label)) represents.push({ label, kind: 'state' });
        }
      }
      const name = spelledName(mentions, p.mention);
      return { label: p.mention.label, kind: p.mention.kind, ...(name ? { name } : {}), ...(represents.length && p.mention.kind === 'person' ? { represents } : {}) };
    }),
    date: m.date,
    place: m.place ? ref(m.place) : null,
    status: m.status,
    trigger: m.trigger,
    ...(m.topics.length ? { topics: m.topics } : {}),
    ...(m.about.length ? { about: m.about.map(ref) } : {}),
    evidence: [...m.sentences].sort((a, b) => a - b).map(evidenceOf),
  }));

  const relations: ExtractedRelation[] = [];
  const byKey = new Map<string, ExtractedRelation>();
  const pushRel = (r: ExtractedRelation) => {
    const key = relationKey(r);
    const existing = byKey.get(key);
    if (existing) {
      for (const e of r.evidence) if (!existing.evidence.some((x) => x.start === e.start)) existing.evidence.push(e);
      return;
    }
    byKey.set(key, r);
    relations.push(r);
  };
  for (const r of roles.roles) {
    pushRel({
      relation: 'role',
      source: { label: clusterLabel.get(r.person)?.label ?? r.personLabel, kind: 'person' },
      target: { label: r.target.label, kind: r.target.kind },
      title: r.title,
      ...(r.former ? { former: true } : {}),
      evidence: [evidenceOf(r.sentence)],
    });
  }
  for (const m of roles.memberships) {
    pushRel({
      relation: 'member_of',
      source: { label: clusterLabel.get(m.person)?.label ?? m.personLabel, kind: 'person' },
      target: { label: m.org, kind: 'organization' },
      evidence: [evidenceOf(m.sentence)],
    });
  }
  for (const p of roles.partOf) pushRel({ relation: 'part_of', source: { label: p.org, kind: 'organization' }, target: { label: p.state, kind: 'state' }, evidence: [evidenceOf(p.sentence)] });
  // Places in a known state (capitals, venues): located_in, evidenced by the place's first mention.
  const placed = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'place' || !m.stateIso || placed.has(m.label)) continue;
    const st = stateByIso(m.stateIso);
    if (!st) continue;
    placed.add(m.label);
    pushRel({ relation: 'located_in', source: { label: m.label, kind: 'place' }, target: { label: st.name, kind: 'state' }, evidence: [evidenceOf(m.sentence)] });
  }
  const codes: Record<string, string> = {};
  const stateLabels = [
    ...mentions.filter((m) => m.kind === 'state').map((m) => m.label),
    ...relations.flatMap((r) => [r.source, r.target]).filter((e) => e.kind === 'state').map((e) => e.label),
    ...outMeetings.flatMap((m) => [...m.participants, ...m.participants.flatMap((p) => p.represents ?? []), ...(m.place ? [m.place] : []), ...(m.about ?? [])]).filter((e) => e.kind === 'state').map((e) => e.label),
  ];
  for (const label of stateLabels) {
    const iso = stateByName(label)?.iso;
    if (iso) codes[label] = iso;
  }

  return {
    id: article.id,
    date: article.date,
    ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(article.source ? { source: article.source } : {}),
    hash: articleHash(text),
    sentences: sentences.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
    entities: mentions.map((m) => ({ text: m.text, kind: m.kind, start: m.start, end: m.end, label: m.label, sentence: m.sentence, ...(teams.has(m) ? { team: true as const } : {}) })),
    meetings: outMeetings,
    relations,
    ...(Object.keys(codes).length ? { codes: sortKeys(codes) } : {}),
    ...(trace ? { candidates: trace } : {}),
  };
}

/** A row of a table, a dateline or a heading: capitalized names and numbers only, ending in a number ("Leeds 2 Hull 1",
 * "HAWKS 70 63 .526 -", "LEEDS 2024-05-04"); or a line with no lowercase letter ("WESTERN DIVISION", "HAWKS AT
 * WOLVES"). */
const TABLE_ROW = /^\s*(?:(?:\p{Lu}[\p{L}'’.&-]*|[-+]?\d[\d.,/-]*|\.\d+|-|[()])\s+)*(?:[-+]?\d[\d.,/-]*|\.\d+)(?:\s+-)?\s*$|^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** Wire copy is hard-wrapped at a fixed width: most of its lines end in mid-sentence. Such line breaks are spaces to
 * the recognizer, which otherwise reads a line end as a sentence end ("Dilson\nFunaro"). Same length, so every offset
 * stays valid. Text written one sentence a line keeps its line breaks, and so does a row of a table (TABLE_ROW), which
 * is no wrapped sentence: the recognizer reads the rows of a table as one table. */
export function unwrapLines(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim().length >= 20 && !TABLE_ROW.test(l));
  if (lines.length < 3) return text;
  const open = lines.filter((l) => !/[.!?:;"'”’)\]]\s*$/.test(l)).length;
  if (open / lines.length < 0.7) return text;
  const rows = text.split('\n');
  let out = rows[0]!;
  for (let i = 1; i < rows.length; i++) {
    const prev = rows[i - 1]!;
    const line = rows[i]!;
    const join = prev.length > 0 && /^[^\s]/.test(line) && !TABLE_ROW.test(prev) && !TABLE_ROW.test(line);
    out += (join ? ' ' : '\n') + line;
  }
  return out;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
