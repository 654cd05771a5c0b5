import type { ArticleExtraction, EntityKind, ExtractedMeeting } from '../../src/types.js';

type E = [text: string, kind: EntityKind, label?: string];
type M = { parties: Array<[label: string, kind: EntityKind]>; date: string | null; place?: [string, EntityKind]; status?: 'held' | 'planned' };

/** A minimal extraction as the pipeline would produce it: one sentence naming the entities in order. */
export function extraction(id: string, date: string | null, entities: E[], meetings: M[] = []): ArticleExtraction {
  let text = '';
  const ents = entities.map(([t, kind, label]) => {
    const start = text.length;
    text += t + ' ';
    return { text: t, kind, start, end: start + t.length, label: label ?? t, sentence: 0 };
  });
  const evidence = [{ article: id, sentence: text.trim(), start: 0, end: text.trim().length }];
  const ms: ExtractedMeeting[] = meetings.map((m) => ({
    participants: m.parties.map(([label, kind]) => ({ label, kind })),
    date: m.date,
    place: m.place ? { label: m.place[0], kind: m.place[1] } : null,
    status: m.status ?? 'held',
    trigger: 'met',
    evidence,
  }));
  return { id, date, hash: `h-${id}`, sentences: [{ start: 0, end: text.trim().length, text: text.trim() }], entities: ents, meetings: ms, relations: [] };
}
