/**
 * One article in, everything it contributes out: the steps run in the order of their file names. Pure and
 * deterministic: the same article always gives the same extraction.
 */
import type { Article, ArticleExtraction, EntityRef, Evidence, ExtractedMeeting, ExtractedRelation } from '../types.js';
import { articleHash } from '../input/read.js';
import { stateByIso, stateByName } from '../gazetteer/states.js';
import { splitSentences } from './01-sentences.js';
import { toMentions } from './02-mentions.js';
import { resolveMentions } from './03-resolve.js';
import { extractRoles } from './04-roles.js';
import { extractMeetings, type CandidateTrace } from './05-meetings.js';
import type { MeetingModel } from './meeting-model.js';
import type { RoleResult } from './04-roles.js';
import { datelineDay } from './dates.js';
import type { Doc, Mention } from './model.js';
import { defaultRecognizer, type Recognizer } from './recognizer.js';

export interface ExtractOptions {
  recognizer?: Recognizer;
  /** The meeting step's learned decisions (default: the shipped ones). */
  meetingModel?: MeetingModel;
  /** Adds `candidates` to the extraction: every meeting candidate's decision and its strongest reasons. */
  explain?: boolean;
}

/** Steps 1-4: sentences, mentions, resolution and roles, which the meeting step reads. */
export function prepareArticle(article: Article, options: ExtractOptions = {}): { doc: Doc; roles: RoleResult } {
  const text = article.text;
  const recognize = options.recognizer ?? defaultRecognizer;
  const sentences = splitSentences(article);
  const spans = recognize(unwrapLines(text), sentences.filter((s) => !s.boilerplate));
  const mentions = toMentions(text, sentences, spans);
  resolveMentions(text, mentions, sentences);
  const doc: Doc = { article, sentences, mentions, refDate: datelineDay(text, article.bodyStart, article.date) ?? article.date };
  return { doc, roles: extractRoles(doc) };
}

export function extractArticle(article: Article, options: ExtractOptions = {}): ArticleExtraction {
  const text = article.text;
  const { doc, roles } = prepareArticle(article, options);
  const { sentences, mentions } = doc;
  const trace: CandidateTrace[] | undefined = options.explain ? [] : undefined;
  const meetings = extractMeetings(doc, roles, { model: options.meetingModel, trace });

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
      return { label: p.mention.label, kind: p.mention.kind, ...(represents.length && p.mention.kind === 'person' ? { represents } : {}) };
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
  const pushRel = (r: ExtractedRelation) => {
    const key = `${r.relation}|${r.source.label}|${r.target.label}|${r.title ?? ''}|${r.former ?? ''}`;
    const existing = relations.find((x) => `${x.relation}|${x.source.label}|${x.target.label}|${x.title ?? ''}|${x.former ?? ''}` === key);
    if (existing) {
      for (const e of r.evidence) if (!existing.evidence.some((x) => x.start === e.start)) existing.evidence.push(e);
      return;
    }
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
    entities: mentions.map((m) => ({ text: m.text, kind: m.kind, start: m.start, end: m.end, label: m.label, sentence: m.sentence })),
    meetings: outMeetings,
    relations,
    ...(Object.keys(codes).length ? { codes: sortKeys(codes) } : {}),
    ...(trace ? { candidates: trace } : {}),
  };
}

/** Wire copy is hard-wrapped at a fixed width: most of its lines end in mid-sentence. Such line breaks are spaces to
 * the recognizer, which otherwise reads a line end as a sentence end ("Dilson\nFunaro"). Same length, so every offset
 * stays valid. Text written one sentence a line keeps its line breaks. */
export function unwrapLines(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim().length >= 20);
  if (lines.length < 3) return text;
  const open = lines.filter((l) => !/[.!?:;"'”’)\]]\s*$/.test(l)).length;
  if (open / lines.length < 0.7) return text;
  return text.replace(/([^\n])\n(?=[^\n\s])/g, '$1 ');
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
