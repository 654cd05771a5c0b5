/** Graded meeting predictions as training examples: the grade file read into label lines (scripts/news-labels.mjs),
 * and a graded span mapped to the candidates whose trigger lies in it (scripts/meeting-labels.ts). */
import { describe, expect, it } from 'vitest';
import { article } from './helpers/article.js';
import { prepareArticle } from '../src/pipeline/extract.js';
import { extractMeetings, type MeetingCandidate, type RawCandidate } from '../src/pipeline/05-meetings.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gradedMeetingCandidates, labeledCandidates, meetingFor, readLabels, type NewsLabel } from '../scripts/meeting-labels.js';
// @ts-expect-error: a plain ES module script without types
import { archiveOf, gradedParticipants, gradedValue, keptLabels, labelsOf, parseGrades, predictionsFor, sortLabels } from '../scripts/news-labels.mjs';

const TEXT = [
  'Finance Minister Ana Duarte met Spanish Prime Minister Luis Vidal in Lisbon on Tuesday.',
  'Duarte will host a radio phone-in programme with listeners on Friday.',
  'Vidal later visited a wine cooperative outside the city.',
].join(' ');

function prepared(id: string) {
  const a = article(TEXT, '2019-03-14', id);
  const { doc, roles } = prepareArticle(a);
  const raws: RawCandidate[] = [];
  extractMeetings(doc, roles, { raw: raws });
  return { doc, raws };
}

/** The character span of the sentence that contains `words`. */
function span(doc: ReturnType<typeof prepared>['doc'], words: string): [number, number] {
  const s = doc.sentences.find((x) => doc.article.text.slice(x.start, x.end).includes(words));
  expect(s, `a sentence with "${words}"`).toBeDefined();
  return [s!.start, s!.end];
}

const label = (article: string, meeting: boolean, spans: Array<[number, number]>, item = 0): NewsLabel => ({ article, item, sample: 'own', archive: 'news/own.jsonl', meeting, trigger: null, spans, reason: '' });

describe('graded predictions as examples of the meeting decision', () => {
  it('labels the candidates whose trigger lies in a graded span, and only those', () => {
    const { doc, raws } = prepared('g1');
    const labeled = labeledCandidates(doc, raws, [label('g1', true, [span(doc, 'met Spanish')]), label('g1', false, [span(doc, 'radio phone-in')], 1)]);
    const byTrigger = Object.fromEntries(labeled.map((c) => [c.raw.trigger, c.meeting]));
    expect(byTrigger.met).toBe(true);
    expect(byTrigger.host).toBe(false);
    // The third sentence is graded by no one: its candidate is no example.
    expect(raws.some((r) => r.trigger === 'visited')).toBe(true);
    expect('visited' in byTrigger).toBe(false);
  });

  it('reads nothing from the grades of another article', () => {
    const { doc, raws } = prepared('g2');
    expect(labeledCandidates(doc, raws, [label('other', true, [span(doc, 'met Spanish')])])).toEqual([]);
  });

  it('a candidate in a prediction graded Y and one graded N is a meeting', () => {
    const { doc, raws } = prepared('g3');
    const whole: [number, number] = [0, doc.article.text.length];
    const labeled = labeledCandidates(doc, raws, [label('g3', false, [whole]), label('g3', true, [span(doc, 'met Spanish')], 1)]);
    expect(labeled.find((c) => c.raw.trigger === 'met')?.meeting).toBe(true);
    expect(labeled.find((c) => c.raw.trigger === 'host')?.meeting).toBe(false);
  });

  it("gives a graded meeting's truth to the candidates of its first span with the graded trigger word only", () => {
    const { doc, raws } = prepared('g4');
    const met: NewsLabel = { ...label('g4', true, [span(doc, 'met Spanish'), span(doc, 'wine cooperative')]), trigger: 'met', participants: ['Ana Duarte', 'Luis Vidal'] };
    const truths = gradedMeetingCandidates(doc, raws, [met]);
    expect(truths.map((x) => x.raw.trigger)).toEqual(['met']);
    expect(truths[0]!.label).toBe(met);
    // A trigger word no candidate of the first span has, a grade of no meeting, a grade with no trigger: no truth.
    expect(gradedMeetingCandidates(doc, raws, [{ ...met, trigger: 'visited' }])).toEqual([]);
    expect(gradedMeetingCandidates(doc, raws, [{ ...met, meeting: false }])).toEqual([]);
    expect(gradedMeetingCandidates(doc, raws, [{ ...met, trigger: null }])).toEqual([]);
  });

  it('finds the output meeting that stands for a graded prediction', () => {
    const { doc } = prepared('g5');
    const first = doc.sentences.findIndex((x) => doc.article.text.slice(x.start, x.end).includes('met Spanish'));
    const third = doc.sentences.findIndex((x) => doc.article.text.slice(x.start, x.end).includes('wine cooperative'));
    const meeting = (trigger: string, sentences: number[]) => ({ trigger, sentences }) as unknown as MeetingCandidate;
    const graded: NewsLabel = { ...label('g5', true, [span(doc, 'wine cooperative')]), trigger: 'visited' };
    // One whose first sentence is the span's, with the graded word, comes before one that only reaches it, and that
    // before one with another word.
    expect(meetingFor(doc, [meeting('talks', [third]), meeting('visited', [first, third]), meeting('visited', [third])], graded)).toBe(2);
    expect(meetingFor(doc, [meeting('talks', [third]), meeting('visited', [first, third])], graded)).toBe(1);
    expect(meetingFor(doc, [meeting('met', [first]), meeting('talks', [third])], graded)).toBe(1);
    expect(meetingFor(doc, [meeting('met', [first])], graded)).toBe(-1);
  });

  it('turns grade lines and their predictions into label lines', () => {
    const grades = [
      '# Grades',
      '1. `allsides-7#0` | meeting **N**: TV host/show appearance | parties n.a. | date n.a.',
      '2. `allsides-7#1` | meeting **Y** (the minister met her counterpart) | parties ok | date ok (null)',
      'A line that grades nothing.',
    ].join('\n');
    const pred = JSON.stringify({
      id: 'allsides-7',
      meetings: [
        { trigger: 'host', evidence: [{ article: 'allsides-7', sentence: 'x', start: 88, end: 157 }] },
        { trigger: 'met', evidence: [{ article: 'allsides-7', sentence: 'y', start: 0, end: 87 }, { article: 'allsides-7', sentence: 'z', start: 200, end: 240 }] },
      ],
    });
    expect(parseGrades(grades)).toHaveLength(2);
    expect(labelsOf(grades, [pred], 'own')).toEqual([
      { article: 'allsides-7', item: 0, sample: 'own', archive: 'news/allsides-15k.jsonl.gz', meeting: false, trigger: 'host', spans: [[88, 157]], reason: 'TV host/show appearance' },
      { article: 'allsides-7', item: 1, sample: 'own', archive: 'news/allsides-15k.jsonl.gz', meeting: true, trigger: 'met', spans: [[0, 87], [200, 240]], reason: 'the minister met her counterpart', date: null },
    ]);
    expect(() => labelsOf('1. `allsides-8#0` | meeting **N**: panel', [pred], 'own')).toThrow(/not in the predictions/);
  });

  it("reads who took part and the date, place and status from a meeting's grade notes", () => {
    const grades = '1. `bbc-x-2#0` | meeting **Y** (the ministers met) | parties both: extra Kenya (host, only the place), Tom Hale (quoted); missing Ruth Okafor (\'joined by\') | date wrong: 2020-03-02 (day of the statement) → 2020-02-28 (\'last Friday\') | place wrong: Kenya → Mombasa (\'in the port city\') | status wrong: planned → held';
    const pred = JSON.stringify({
      id: 'bbc-x-2',
      meetings: [{
        trigger: 'met', date: '2020-03-02', place: { label: 'Kenya' }, status: 'planned',
        participants: [{ label: 'Ana Duarte' }, { label: 'Kenya' }, { label: 'Luis Vidal' }, { label: 'Tom Hale' }],
        evidence: [{ article: 'bbc-x-2', sentence: 'x', start: 0, end: 50 }],
      }],
    });
    expect(labelsOf(grades, [pred], 'own')[0]).toMatchObject({ participants: ['Ana Duarte', 'Luis Vidal', 'Ruth Okafor'], date: '2020-02-28', place: 'Mombasa', status: 'held' });
    // A surname marks the full name extra; "ok" keeps the prediction's parties.
    expect(gradedParticipants('extra: Hale (the spokesman)', ['Ana Duarte', 'Tom Hale'])).toEqual(['Ana Duarte']);
    expect(gradedParticipants('ok', ['Ana Duarte', 'Tom Hale'])).toEqual(['Ana Duarte', 'Tom Hale']);
    // A note that names an extra party the prediction does not have, or says something else, gives no parties.
    expect(gradedParticipants('extra: Luis Vidal', ['Ana Duarte', 'Tom Hale'])).toBeNull();
    expect(gradedParticipants('n.a.', ['Ana Duarte'])).toBeNull();
    // A name with "and" in it is one name; a remark after ";" is no party; alternatives or a remark make the note unread.
    expect(gradedParticipants('missing: Senate Ways and Means Committee', ['Ana Duarte'])).toEqual(['Ana Duarte', 'Senate Ways and Means Committee']);
    expect(gradedParticipants('extra: Tom Hale; the aides are acceptable', ['Ana Duarte', 'Tom Hale'])).toEqual(['Ana Duarte']);
    expect(gradedParticipants('missing: Lusitania / Luis Vidal', ['Ana Duarte'])).toBeNull();
    expect(gradedParticipants("extra: 'Hale' should be Tom Hale", ['Ana Duarte', 'Hale'])).toBeNull();
    // Values: the prediction's when ok, what follows the arrow otherwise, nothing when no plain value is given.
    expect(gradedValue('ok (2020-02)', '2020-02', 'date')).toBe('2020-02');
    expect(gradedValue('ok (null)', undefined, 'place')).toBeNull();
    expect(gradedValue('partial: 2020-02 → 2020-02-28', '2020-02', 'date')).toBe('2020-02-28');
    expect(gradedValue('wrong: 2020-02-28 → null (undated)', '2020-02-28', 'date')).toBeNull();
    expect(gradedValue('wrong: Kenya → the lodge or the embassy', 'Kenya', 'date')).toBeUndefined();
    expect(gradedValue('wrong: Kenya → Nairobi, Mombasa', 'Kenya', 'place')).toBeUndefined();
    expect(gradedValue('n.a.', 'held', 'status')).toBeUndefined();
  });

  it('adds a sample to the labels already converted: the earlier samples are kept, a sample given again is replaced, the order is the file order', () => {
    const line = (article: string, item: number, sample: string) => JSON.stringify({ article, item, sample, meeting: false });
    const file = [line('allsides-a', 0, 'one'), line('allsides-c', 1, 'two'), ''].join('\n');
    const kept = keptLabels(file, 'labels.jsonl', new Set(['two']));
    expect(kept.map((l: { article: string }) => l.article)).toEqual(['allsides-a']);
    const added = [{ article: 'allsides-b', item: 10, sample: 'two' }, { article: 'allsides-b', item: 2, sample: 'two' }];
    expect(sortLabels([...kept, ...added]).map((l: { article: string; item: number }) => `${l.article}#${l.item}`)).toEqual(['allsides-a#0', 'allsides-b#2', 'allsides-b#10']);
    expect(() => keptLabels('{"article":"allsides-a"}\nnot json\n', 'labels.jsonl', new Set())).toThrow(/labels\.jsonl:2: not a JSON line/);
  });

  it('names the archive an article is read from by its id, and refuses an id of no known archive', () => {
    expect(archiveOf('bbc-politics-001')).toBe('news/bbc.jsonl');
    expect(archiveOf('allsides-abc')).toBe('news/allsides-15k.jsonl.gz');
    const pred = JSON.stringify({ id: 'wire-9', meetings: [{ trigger: 'met', evidence: [{ article: 'wire-9', sentence: 'x', start: 0, end: 10 }] }] });
    expect(() => labelsOf('1. `wire-9#0` | meeting **Y** (a meeting)', [pred], 'own')).toThrow(/no news archive holds article wire-9/);
  });

  it('reads label lines, and names the file and line of one that is no label', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-labels-test-'));
    const file = path.join(dir, 'labels.jsonl');
    const good = { article: 'bbc-x-1', item: 0, sample: 'own', archive: 'news/bbc.jsonl', meeting: true, trigger: 'met', spans: [[0, 10]], reason: '' };
    try {
      fs.writeFileSync(file, JSON.stringify(good) + '\n\n');
      expect(readLabels(file)).toEqual([good]);
      const { archive: _, ...old } = good;
      fs.writeFileSync(file, JSON.stringify(good) + '\n' + JSON.stringify(old) + '\n');
      expect(() => readLabels(file)).toThrow(`train-meetings: ${file}:2: no "archive"`);
      fs.writeFileSync(file, JSON.stringify({ ...good, archive: '../../etc/passwd' }) + '\n');
      expect(() => readLabels(file)).toThrow(/labels\.jsonl:1: archive .* is not a path under/);
      fs.writeFileSync(file, JSON.stringify({ ...good, spans: [['0', '10']] }) + '\n');
      expect(() => readLabels(file)).toThrow(/labels\.jsonl:1: a span is no \[start, end\] pair/);
      fs.writeFileSync(file, JSON.stringify({ ...good, date: 'last Friday' }) + '\n');
      expect(() => readLabels(file)).toThrow(/labels\.jsonl:1: "date" "last Friday" is no YYYY\[-MM\[-DD\]\] date/);
      fs.writeFileSync(file, JSON.stringify({ ...good, participants: ['Ana Duarte', 3] }) + '\n');
      expect(() => readLabels(file)).toThrow(/labels\.jsonl:1: "participants" is no list of names/);
      fs.writeFileSync(file, '{"article": \n');
      expect(() => readLabels(file)).toThrow(/labels\.jsonl:1: not a JSON line/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the predictions beside a grade file by name', () => {
    expect(predictionsFor('/d/allsides-grades.md')).toBe('/d/allsides-400.pred.jsonl');
    expect(predictionsFor('/d/allsides-trainA-grades.md')).toBe('/d/allsides-trainA-400.pred.jsonl');
  });
});
