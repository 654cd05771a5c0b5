/** An organization's own session: what the rule tables read against it, and how it stands beside other events. */
import { describe, expect, it } from 'vitest';
import { article, extract } from './helpers/article.js';
import { prepareArticle } from '../src/pipeline/extract.js';
import { extractMeetings, type RawCandidate } from '../src/pipeline/05-meetings.js';

/** Every trigger occurrence of a text with the vetoes the rule tables raise against it. */
function vetoes(text: string): Array<[string, string[]]> {
  const { doc, roles } = prepareArticle(article(text, '2005-01-05'));
  const raw: RawCandidate[] = [];
  extractMeetings(doc, roles, { raw });
  return raw.map((r) => [r.trigger, r.vetoes]);
}

describe('meetings: hedges and idioms bear on the trigger they govern', () => {
  it.each<[string, string, string, string | null]>([
    ['an intransitive "meets on" has no object to read as an idiom', 'The Andean Club of creditors meets on 9 March to consider a loan rescheduling for Bolivia.', 'meets', null],
    ['a transitive "meet" keeps its idiom', 'The Andean Club of creditors could not meet its debt payments in January.', 'meet', 'not-meeting-object'],
    ['a hedge on what is discussed at a stated meeting', 'The Trade Policy Council is expected to weigh possible duties on Chilean wine at a meeting on Thursday.', 'meeting', null],
    ['a hedge on the meeting itself', 'Officials spoke of a possible meeting of the Trade Policy Council on Thursday.', 'meeting', 'not-event:possibility'],
    ['"so-called" is no call for talks', 'Poor nations of the so-called Lima Group are due to meet in Quito in May.', 'meet', null],
    ['"called for" is one', 'The Lima Group called for talks with the creditor banks of Peru.', 'talks', 'not-event:"called for talks"'],
  ])('meetings: %s', (_why, text, trigger, veto) => {
    const found = vetoes(text).find(([t]) => t === trigger);
    expect(found).toBeDefined();
    const raised = found![1].filter((v) => v.startsWith('not-'));
    if (veto) expect(raised).toContain(veto);
    else expect(raised).toEqual([]);
  });
});

describe('meetings: a body\'s own session beside talks with that body', () => {
  it('meetings: the session is an event of its own, not part of the talks', () => {
    const found = extract("Kenyan Trade Minister Ana Ruiz will hold talks with the International Tea Council in Geneva next week. A ruling could follow, when the ITC's members convene for their annual conference.", '2005-01-05').meetings;
    expect(found.map((m) => m.participants.map((p) => p.label).sort())).toEqual([['Ana Ruiz', 'International Tea Council'], ['International Tea Council']]);
  });
});

describe('meetings: a body the report does not name is a counterpart', () => {
  it.each<[string, string, boolean]>([
    ['an advisory committee', 'Peru will meet again with the 12-bank advisory committee in New York next week.', true],
    ['creditor banks after "between ... and"', 'Talks between Bolivian negotiators and the nation\'s commercial bank creditors resumed on Tuesday.', true],
    ['a syndicate', 'The Finance Ministry will start negotiating with the underwriting syndicate on Friday.', true],
    ['a named counterpart is no unnamed one', 'Peru will meet again with the Paris Club in New York next week.', false],
    ['generic people are no body', 'Peru will meet again with private bankers in New York next week.', false],
  ])('meetings: %s', (_why, text, want) => {
    const { doc, roles } = prepareArticle(article(text, '2005-01-05'));
    const raw: RawCandidate[] = [];
    extractMeetings(doc, roles, { raw });
    expect(raw.some((r) => r.features.includes('unnamed-counterpart'))).toBe(want);
  });

  it('meetings: one named party meeting such a body is a meeting', () => {
    const found = extract('Peru will meet again with the 12-bank advisory committee in New York on January 12.', '2005-01-05').meetings;
    expect(found.map((m) => [m.participants.map((p) => p.label), m.date])).toEqual([[['Peru'], '2005-01-12']]);
  });
});
