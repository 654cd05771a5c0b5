/** Within one article, a later mention of a meeting by a definite noun is evidence of the earlier event, not another. */
import { describe, expect, it } from 'vitest';
import { article, extract } from './helpers/article.js';
import { prepareArticle } from '../src/pipeline/extract.js';
import { datedReports, datesEvent, fitsStatus, framedOccasion, namesGathering, namesOnlyPartiesOf, nounReference, referent, sessionReferent, type CorefEvent, type DatableEvent, type DatedReport } from '../src/pipeline/meeting-coref.js';
import type { Mention } from '../src/pipeline/model.js';

/** How the first occurrence of `noun` in a one-sentence text refers. */
function reference(text: string, noun: string): ReturnType<typeof nounReference> {
  const { doc } = prepareArticle(article(text, '2005-02-10'));
  const s = doc.sentences.find((x) => x.tokens.some((t) => t.text === noun))!;
  return nounReference(s.tokens, s.tokens.findIndex((t) => t.text === noun));
}

describe('meetings: how a meeting noun refers', () => {
  it.each<[string, string, string, ReturnType<typeof nounReference>]>([
    ['a definite article', 'The two unions blamed the ministry for the collapse of the talks.', 'talks', 'definite'],
    ['a possessive pronoun', 'Polls rose after her trip to Moscow.', 'trip', 'definite'],
    ['a name between article and noun', 'Officials said the Franco-German talks went well.', 'talks', 'definite'],
    ['a time in the genitive', "Traders were wary ahead of Tuesday's meeting.", 'meeting', 'definite'],
    ['"the next meeting" is another event', 'They will hold the next meeting in Accra.', 'meeting', 'new'],
    ['"another round of talks" is another event', 'Peru asked for another round of talks.', 'talks', 'new'],
    ['an indefinite article', 'Ministers will hold a meeting in Accra.', 'meeting', null],
  ])('meetings: %s', (_why, text, noun, want) => {
    expect(reference(text, noun)).toBe(want);
  });
});

describe('meetings: a later day dates an earlier event of the other status only when it fits that status', () => {
  it.each<[string, string | null, 'held' | 'planned', string | null, boolean]>([
    ['a held event is dated on or before the article', '2005-02-10', 'held', null, true],
    ['a held event is not dated after the article', '2005-02-11', 'held', null, false],
    ['a planned event is dated on or after the article', '2005-02-11', 'planned', null, true],
    ['a planned event is not dated before the article', '2005-02-07', 'planned', null, false],
    ['a month of the article fits both', '2005-02', 'held', null, true],
    ['an event with a date of its own keeps it', '2005-02-09', 'held', '2005-02-08', false],
  ])('meetings: %s', (_why, day, status, own, want) => {
    expect(datesEvent({ date: own, status }, { date: day }, '2005-02-10')).toBe(want);
    if (!own) expect(fitsStatus(day, status, '2005-02-10')).toBe(want);
  });
});

describe('meetings: the referent of an anaphoric mention', () => {
  const party = (cluster: number) => ({ cluster, mention: { cluster } as Mention });
  const event = (clusters: number[], date: string | null, extra: Partial<CorefEvent> = {}): CorefEvent => ({ parties: clusters.map(party), date, place: null, session: false, sentences: [0], ...extra });
  const always = () => true;
  it.each<[string, CorefEvent[], CorefEvent, number | undefined]>([
    ['a party subset refers to the event', [event([1, 2, 3], null)], event([2, 4], null, { reference: 'definite' }), 0],
    ['the latest such event is the referent', [event([1, 2], null), event([2, 5], null)], event([2], null, { reference: 'definite' }), 1],
    ['no shared party, no referent', [event([1, 2], null)], event([3, 4], null, { reference: 'definite' }), undefined],
    ['an indefinite mention refers to nothing', [event([1, 2], null)], event([1, 2], null, { reference: null }), undefined],
    ['"the next meeting" refers to nothing', [event([1, 2], null)], event([1, 2], null, { reference: 'new' }), undefined],
    ['one split group does not refer to itself', [event([1, 2], null, { group: 7 })], event([1, 3], null, { reference: 'definite', group: 7 }), undefined],
  ])('meetings: %s', (_why, earlier, cand, want) => {
    const found = referent(earlier, cand, always);
    expect(found === undefined ? undefined : earlier.indexOf(found)).toBe(want);
  });

  it.each<[string, number[], number[], boolean]>([
    ['two parties, both the event\'s', [1, 2, 3], [1, 2], true],
    ['one party of its own', [1, 2], [1, 4], false],
    ['one party alone is too little to tell', [1, 2], [1], false],
  ])('meetings: a mention names only the event\'s parties: %s', (_why, theirs, its, want) => {
    expect(namesOnlyPartiesOf(event(theirs, null), event(its, null))).toBe(want);
  });

  it('meetings: an incompatible event is passed over', () => {
    const earlier = [event([1, 2], '2005-02-01'), event([1, 2], '2005-02-08')];
    const cand = event([2], '2005-02-01', { reference: 'definite' });
    expect(referent(earlier, cand, (m, c) => !m.date || !c.date || m.date === c.date)).toBe(earlier[0]);
  });
});

describe('meetings: a definite mention naming who sat in a body\'s session is that session', () => {
  const party = (cluster: number) => ({ cluster, mention: { cluster } as Mention });
  type E = CorefEvent & { trigger: string; status: string; topics?: string[] };
  const event = (clusters: number[], extra: Partial<E> = {}): E => ({ parties: clusters.map(party), date: null, place: null, session: false, sentences: [0], trigger: 'meeting', status: 'held', ...extra });
  const session = (body: number, extra: Partial<E> = {}) => event([body], { session: true, date: '2005-02-09', ...extra });
  const the = (clusters: number[], extra: Partial<E> = {}) => event(clusters, { reference: 'definite', trigger: 'talks', ...extra });
  it.each<[string, E[], E, number | undefined]>([
    ['the latest event, a session of one body, is the referent', [session(1)], the([2, 3]), 0],
    ['a session not the latest event is not', [session(1), event([4, 5])], the([2, 3]), undefined],
    ['an event sharing a party elsewhere leaves it to the shared-party rule', [event([2, 6]), session(1)], the([2, 3]), undefined],
    ['a dated mention is not taken up', [session(1)], the([2, 3], { date: '2005-02-01' }), undefined],
    ['an indefinite mention is not taken up', [session(1)], the([2, 3], { reference: null }), undefined],
    ['"the next talks" are another event', [session(1)], the([2, 3], { reference: 'new' }), undefined],
    ['a held mention does not refer to a planned session', [session(1, { status: 'planned' })], the([2, 3]), undefined],
    ['a session of two or more named parties is not one of unnamed participants', [event([1, 7], { session: true })], the([2, 3]), undefined],
    ['a visit is not a session sat in', [session(1)], the([2, 3], { trigger: 'visit' }), undefined],
    ['talks with a subject of their own are other talks', [session(1, { topics: ['export quotas'] })], the([2, 3], { topics: ['fishing rights'] }), undefined],
    ['talks on the session\'s own subject are the session', [session(1, { topics: ['export quotas'] })], the([2, 3], { topics: ['export quotas'] }), 0],
  ])('meetings: %s', (_why, earlier, cand, want) => {
    const found = sessionReferent(earlier, cand);
    expect(found === undefined ? undefined : earlier.indexOf(found)).toBe(want);
  });

  it.each<[string, boolean]>([['talks', true], ['Meeting', true], ['negotiations', true], ['summit', true], ['visit', false], ['met', true]])('meetings: "%s" names a gathering: %s', (trigger, want) => {
    expect(namesGathering(trigger)).toBe(want);
  });

  it('meetings: a session of unnamed delegations and "the talks" the parties blamed each other for are one meeting', () => {
    const text = 'A special session of the International Pepper Council between growing and buying nations broke up without accord on Wednesday after six days of talks. Pepper prices fell in Singapore. Dealers expect further declines. Malaysia and India each blamed the other for the failure of the talks.';
    const ms = extract(text, '2005-02-10').meetings;
    const withPair = ms.filter((m) => m.participants.some((p) => p.label === 'India'));
    expect(withPair).toHaveLength(1);
    expect(withPair[0]!.participants.map((p) => p.label)).toContain('International Pepper Council');
    expect(withPair[0]!.date).toBe('2005-02-09');
  });
});

describe('meetings: a meeting noun framed as the occasion beside another event is another gathering', () => {
  const framed = (text: string, noun: string) => {
    const { doc } = prepareArticle(article(text, '2005-02-10'));
    const s = doc.sentences.find((x) => x.tokens.some((t) => t.text === noun))!;
    return framedOccasion(s.tokens, s.tokens.findIndex((t) => t.text === noun));
  };
  it.each<[string, string, string, boolean]>([
    ['on the sidelines of', 'The two premiers met on the sidelines of a Nordic summit in Tallinn.', 'summit', true],
    ['ahead of', 'Ministers held talks in Accra ahead of the annual ECOWAS summit.', 'summit', true],
    ['at the close of', 'Farm ministers will meet again at the close of a three-day summit meeting.', 'summit', true],
    ['before', 'The findings will be placed before the June board meeting.', 'meeting', true],
    ['a meeting the sentence reports', 'The two premiers held a summit in Tallinn on Monday.', 'summit', false],
    ['"of" after another noun', 'The outcome of the summit pleased Danish officials.', 'summit', false],
    ['"at" the meeting itself', 'Ruiz spoke to reporters at the summit in Lima.', 'summit', false],
    ['a time phrase before another phrase', 'Lehto will visit Oslo late in the month for talks with Berg.', 'talks', false],
    ['"after" a length of the same gathering', 'Lehto and Berg signed the accord in Oslo after a two-hour meeting.', 'meeting', false],
    ['during', "Lehto settled the dispute at a meeting with Berg during a trade ministers' conference in Oslo.", 'conference', true],
    ['"during" opening the sentence', 'During his visit, Lehto has met Berg and the Norwegian trade minister.', 'visit', true],
    ['"during" a length of the same gathering', 'Lehto and Berg agreed on the quotas during a two-hour meeting.', 'meeting', false],
  ])('meetings: %s', (_why, text, noun, want) => {
    expect(framed(text, noun)).toBe(want);
  });

  it('meetings: a body\'s session after the end of its leaders\' summit stays apart from that summit, whose two nouns are one', () => {
    const text = 'Farm ministers of the European Union will meet on Tuesday evening, after a three-day summit meeting of EU heads of government, to try again to agree on milk quotas.';
    const ms = extract(text, '2005-02-10').meetings;
    // Two events: the ministers' session, and the summit told by either of its two nouns ("summit meeting").
    expect(ms).toHaveLength(2);
    expect(ms.map((m) => m.trigger)).toContain('meet');
    expect(['summit', 'meeting']).toContain(ms.find((m) => m.trigger !== 'meet')?.trigger);
  });
});

describe('meetings: one event per meeting of an article', () => {
  const found = (text: string) => extract(text, '2005-02-10').meetings.map((m) => ({ parties: m.participants.map((p) => p.label).sort(), date: m.date }));

  it('meetings: "the talks" naming other parties of the same talks is that meeting', () => {
    const text = 'Tea growers and buyers could not settle on price bands at International Tea Council talks in Geneva, Kenya said on Monday. Prices dropped after the announcement. Brokers see more declines. Warehouses are full. Kenya and Sri Lanka each held the other responsible for the collapse of the talks.';
    const ms = found(text);
    expect(ms).toHaveLength(1);
    expect(ms[0]!.parties).toEqual(expect.arrayContaining(['International Tea Council', 'Kenya', 'Sri Lanka']));
  });

  it('meetings: two reports that each name a person of their own are two encounters of the people they share', () => {
    const text = 'Prime Minister Anna Virtanen and Foreign Minister Lena Holm met Chilean President Pablo Rojas in Lima on Tuesday. Prices of copper rose. Virtanen and Holm also held talks with Peruvian President Carlos Mendoza.';
    expect(found(text).map((m) => m.parties)).toEqual([['Anna Virtanen', 'Lena Holm', 'Pablo Rojas'], ['Anna Virtanen', 'Carlos Mendoza', 'Lena Holm']]);
  });

  it('meetings: two people of both reports on the same day are one meeting, each report naming an aide of its own', () => {
    const text = 'Prime Minister Anna Virtanen and Foreign Minister Lena Holm met Chilean President Pablo Rojas in Lima on Tuesday. Prices of copper rose. Virtanen held talks with Rojas and Finance Minister Jorge Vidal in Lima on Tuesday.';
    expect(found(text).map((m) => m.parties)).toEqual([['Anna Virtanen', 'Jorge Vidal', 'Lena Holm', 'Pablo Rojas']]);
  });

  it('meetings: a later report naming only people of the first one is the same encounter', () => {
    const text = 'Prime Minister Anna Virtanen and Foreign Minister Lena Holm met Chilean President Pablo Rojas in Lima on Tuesday. Prices of copper rose. Virtanen and Holm also held talks with Rojas.';
    expect(found(text).map((m) => m.parties)).toEqual([['Anna Virtanen', 'Lena Holm', 'Pablo Rojas']]);
  });

  it('meetings: "their next meeting" stays another event', () => {
    const text = "Finnish Trade Minister Anna Virtanen held talks with Chilean Economy Minister Pablo Rojas in Lima on Tuesday. Virtanen and Rojas will hold their next meeting in Helsinki on March 3.";
    expect(found(text)).toEqual([
      { parties: ['Anna Virtanen', 'Pablo Rojas'], date: '2005-02-08' },
      { parties: ['Anna Virtanen', 'Pablo Rojas'], date: '2005-03-03' },
    ]);
  });
});

describe('meetings: a noun of another event is no reference to the earlier one', () => {
  it.each<[string, string]>([
    ['"their previous meeting"', 'Foreign Minister Lena Holm met Norwegian Prime Minister Tomas Rand in Oslo on Monday. Holm and Rand signed a fishing accord at their previous meeting in Paris in March.'],
    ['"their last talks"', 'Foreign Minister Lena Holm met Norwegian Prime Minister Tomas Rand in Oslo on Monday. Holm and Rand held their last talks in Paris in March.'],
  ])('meetings: %s is an event of its own', (_why, text) => {
    expect(extract(text, '2006-06-07').meetings.map((m) => m.place?.label)).toEqual(['Oslo', 'Paris']);
  });
});

describe('meetings: a dated trigger that is no event of its own dates the one event that has its parties', () => {
  type E = DatableEvent;
  const ev = (clusters: number[], extra: Partial<E> = {}): E => ({ parties: clusters.map((cluster) => ({ cluster })), status: 'held', date: null, sentences: [0], ...extra });
  const report = (clusters: number[], extra: Partial<DatedReport> = {}): DatedReport => ({ parties: clusters.map((cluster) => ({ cluster })), date: '2005-02-08', status: 'held', sentence: 4, dateScore: 10, ...extra });
  // Dated 2005-02-10: a held meeting lies on or before that day, a planned one on or after it.
  // An event dated from a neighbouring sentence, below the report's score: only the condition a case names keeps it.
  const far: Partial<E> = { date: '2005-03-02', dateScore: 4 };
  it.each<[string, E[], DatedReport, Array<string | null>]>([
    ['"... this meeting" of the chair re-dates a meeting dated from a neighbouring sentence', [ev([1, 2, 3], { date: '2005-03-02', dateScore: 4 })], report([2]), ['2005-02-08']],
    ['an undated event stays undated', [ev([1, 2, 3])], report([2]), [null]],
    ['a date the learned decision rates higher replaces one read from a neighbouring sentence', [ev([1, 2], { date: '2005-03-02', dateScore: 4 })], report([1, 2]), ['2005-02-08']],
    ['a date the learned decision rates lower leaves the event\'s own', [ev([1, 2], { date: '2005-02-07', dateScore: 12 })], report([1, 2]), ['2005-02-07']],
    ['a date stated in the sentence of the event\'s own trigger is kept', [ev([1, 2], { date: '2005-02-07', dateScore: 4, dateHere: true })], report([1, 2]), ['2005-02-07']],
    ['a report in a sentence an event was read from dates no other event (that event read its own date there)', [ev([1, 2], far), ev([3, 4], { sentences: [4] })], report([1]), ['2005-03-02', null]],
    ['a report of a party of two events dates neither', [ev([1, 2], far), ev([1, 3], { ...far, sentences: [2] })], report([1]), ['2005-03-02', '2005-03-02']],
    ['a report with a party the event lacks is of another gathering', [ev([1, 2], far)], report([1, 5]), ['2005-03-02']],
    ['a report of the other status dates no event', [ev([1, 2], far)], report([1, 2], { status: 'planned', date: '2005-02-12' }), ['2005-03-02']],
    ['a held report after the article\'s day dates no event', [ev([1, 2], far)], report([1, 2], { date: '2005-02-12' }), ['2005-03-02']],
  ])('meetings: %s', (_why, events, r, want) => {
    datedReports(events, [r], '2005-02-10');
    expect(events.map((m) => m.date)).toEqual(want);
  });

  it('meetings: the dating sentence becomes evidence of the event', () => {
    const events = [ev([1, 2], { date: '2005-03-02', dateScore: 4 })];
    datedReports(events, [report([1])], '2005-02-10');
    expect(events[0]!.sentences).toEqual([0, 4]);
    expect(events[0]!.dateScore).toBe(10);
  });
});
