/** The triggers beside the rule table: verbs of consulting and attending from CAMEO, journeys to a named destination, and
 * a consulting verb that states another meeting's agenda. */
import { describe, expect, it } from 'vitest';
import { article } from './helpers/article.js';
import { prepareArticle } from '../src/pipeline/extract.js';
import { extractMeetings, type RawCandidate } from '../src/pipeline/05-meetings.js';
import { CAMEO_TRIGGERS } from '../src/gazetteer/cameo-triggers.js';

const JOURNEY = 'a journey to a named destination';

/** Every trigger occurrence of a text: its words, kind and vetoes. */
function candidates(text: string): Array<{ trigger: string; kind: string; reason: string; vetoes: string[] }> {
  const { doc, roles } = prepareArticle(article(text, '2006-03-08'));
  const raw: RawCandidate[] = [];
  extractMeetings(doc, roles, { raw });
  return raw.map((r) => ({ trigger: r.trigger, kind: r.rule.kind, reason: r.rule.reason, vetoes: r.vetoes }));
}

describe('meetings: the CAMEO lexicon takes the verbs coded as meetings on their own', () => {
  it.each<[string, string | null]>([
    ['discussed', '040'],
    ['consult', '040'],
    ['attended', '042'],
    ['convened', '042'],
    ['debated', null],
    ['brokered', null],
    ['said', null],
  ])('meetings: %s', (word, code) => {
    expect(CAMEO_TRIGGERS.find((c) => c.word === word)?.code ?? null).toBe(code);
  });
});

describe('meetings: a journey is a candidate when its destination is named', () => {
  it.each<[string, string, string | null]>([
    ['"travelling to" a state', 'Finance Minister Karl Lindqvist is travelling to Norway next week for the pension review.', 'travelling'],
    ['"leaves ... for" a state', 'Prime Minister Anna Berg leaves on Tuesday for Kenya with a farm delegation.', 'leaves'],
    ['"go to" a city', 'Trade Minister Paul Okafor said he would go to Nairobi in May to sign the accord.', 'go'],
    ['"has gone to" a city', 'Our envoys have gone to Lisbon to the central bank to present the plan.', 'gone'],
    ['no destination named', 'Prime Minister Anna Berg will travel widely this spring.', null],
    ['a destination that is no place', 'Prime Minister Anna Berg left for the airport after lunch.', null],
    ['"go to" a share of the market', 'Half of the profit will go to shareholders of Nordbank.', null],
    ['"left to" a state is no departure', 'The final decision on the pipeline was left to Norway after the vote.', null],
    ['"travel for" a state is no destination', 'Prime Minister Anna Berg will travel for Portugal at the trade fair.', null],
    ['"headed for" a city', 'Foreign Minister Lena Holm headed on Sunday for Oslo with a trade delegation.', 'headed'],
  ])('meetings: %s', (_why, text, trigger) => {
    const found = candidates(text).filter((c) => c.reason === JOURNEY);
    expect(found.map((c) => c.trigger)).toEqual(trigger ? [trigger] : []);
  });
});

describe('meetings: "to discuss" after another trigger is that meeting\'s agenda', () => {
  it.each<[string, string, boolean]>([
    ['after "met"', 'Foreign Minister Lena Holm met Premier Tomas Rand on Monday to discuss fishing quotas.', true],
    ['after a visit', 'Trade Minister Paul Okafor will visit Nairobi next week to consult the Kenyan government.', true],
    ['a consulting verb of its own', 'Foreign Minister Lena Holm discussed fishing quotas with Premier Tomas Rand on Monday.', false],
    ['an infinitive with no trigger before it', 'Foreign Minister Lena Holm plans to discuss fishing quotas with Premier Tomas Rand.', false],
  ])('meetings: %s', (_why, text, agenda) => {
    const found = candidates(text).find((c) => /^(discuss|consult)/.test(c.trigger));
    expect(found).toBeDefined();
    expect(found!.vetoes.includes('agenda')).toBe(agenda);
  });
});

describe('meetings: a time in a "since" phrase or clause dates an earlier event', () => {
  it.each<[string, string]>([
    ['a "since" clause', 'Lena Holm met Tomas Rand in Oslo on Tuesday, her first trip since the coalition collapsed last March.'],
    ['a "since" phrase', 'Lena Holm met Tomas Rand in Oslo on Tuesday, their first meeting since March 2004.'],
    ['a time after the clause ends', 'Since the coalition collapsed, Lena Holm has met Tomas Rand twice, most recently on Tuesday.'],
  ])('meetings: %s', (_why, text) => {
    const { doc, roles } = prepareArticle(article(text, '2006-03-08'));
    const raw: RawCandidate[] = [];
    extractMeetings(doc, roles, { raw });
    const values = raw.find((r) => r.trigger === 'met')!.dateOptions.map((o) => o.value);
    expect(values).toContain('2006-03-07');
    expect(values.filter((v) => v && v.length === 7)).toEqual([]);
  });
  it.each<[string, string, string]>([
    ['"and will" ends the "since" phrase', 'Lena Holm has not visited Norway since 2004 and will meet Tomas Rand in Oslo on March 14.', '2006-03-14'],
    ['"but" ends the "since" phrase', 'Lena Holm has not been to Norway since 2004 but met Tomas Rand in Oslo on March 2.', '2006-03-02'],
  ])('meetings: %s: the later time dates the event', (_why, text, day) => {
    const { doc, roles } = prepareArticle(article(text, '2006-03-08'));
    const raw: RawCandidate[] = [];
    extractMeetings(doc, roles, { raw });
    const values = raw.find((r) => /^meet|^met/.test(r.trigger))!.dateOptions.map((o) => o.value);
    expect(values).toContain(day);
  });
});
