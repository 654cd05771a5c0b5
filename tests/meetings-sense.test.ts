/** The sense of a verb of encounter (who meets or visits whom, or what), and the score veto: the features the meeting
 * decision sees, and what it decides. */
import { describe, expect, it } from 'vitest';
import { article } from './helpers/article.js';
import { prepareArticle } from '../src/pipeline/extract.js';
import { extractMeetings, type RawCandidate } from '../src/pipeline/05-meetings.js';

/** The features of the candidate of a trigger. */
function features(text: string, trigger: string): string[] {
  const { doc, roles } = prepareArticle(article(text, '2006-05-17'));
  const raw: RawCandidate[] = [];
  extractMeetings(doc, roles, { raw });
  const found = raw.find((r) => r.trigger === trigger);
  expect(found, `a candidate "${trigger}"`).toBeDefined();
  return found!.features;
}

const sense = (f: string[], part: 'obj' | 'subj') => f.find((x) => x.startsWith(`sense:${part}:`))?.slice(`sense:${part}:`.length);

describe('meetings: the sense of a verb of encounter', () => {
  it.each<[string, string, string, string, string]>([
    // [why, sentence, trigger, object class, subject class]
    ['a named party met', 'Finance Minister Ana Duarte met Spanish Prime Minister Luis Vidal in Lisbon on Tuesday.', 'met', 'name', 'name'],
    ['people met', 'Trade officials from both countries met union leaders in Oslo on Friday.', 'met', 'people', 'people'],
    ['a pronoun meets a body', 'He will meet the steering committee in Geneva next week.', 'meet', 'people', 'pronoun'],
    ['a thing as the object', 'Few small lenders will meet the solvency test set by the regulator.', 'meet', 'thing', 'people'],
    ['"met with" a reception', "The writer's new novel met with a frosty response from reviewers.", 'met', 'thing', 'thing'],
    ['a site visited', 'Many residents visit the archive every week to read old editions.', 'visit', 'thing', 'people'],
    ['a time is no object', 'The cartel said its ministers will meet next month in Vienna.', 'meet', 'none', 'people'],
    ['a time between subject and verb', 'Kenyan envoy Tom Odhiambo last week visited Ottawa for trade talks.', 'visited', 'place', 'name'],
    ['a quantity before the people', 'The governor has met a great number of regional councils this spring.', 'met', 'people', 'people'],
  ])('meetings: %s', (_why, text, trigger, obj, subj) => {
    const f = features(text, trigger);
    expect(sense(f, 'obj')).toBe(obj);
    expect(sense(f, 'subj')).toBe(subj);
  });

  it.each<[string, string, string, string | null]>([
    ['a thing as the object of "meet"', 'Few small lenders will meet the solvency test set by the regulator.', 'meet', 'veto:object-thing'],
    ['a coordinated gerund with a thing as object', '"Sales were good, meeting or beating each of our annual targets," the chairman said.', 'meeting', 'veto:object-thing'],
    ['a thing as the subject of a passive', 'Most of the repair bill has been met by the insurers of the ferry.', 'met', 'veto:subject-thing'],
    ['a thing as the subject of a journey', 'Much foreign capital has gone to Singapore since the crisis.', 'gone', 'veto:subject-thing'],
    ['an attribute of a noun', 'The castle was the most visited attraction in the region last year.', 'visited', 'veto:attributive'],
    ['a denied meeting', 'The two finance ministers have not met with the bank creditors, an aide said.', 'met', 'veto:negated-verb'],
    ['a denial of an earlier time', 'Vidal and Duarte, who had never met before, spoke about fishing quotas in Lisbon.', 'met', null],
    ['a party meets a party', 'Finance Minister Ana Duarte met Spanish Prime Minister Luis Vidal in Lisbon on Tuesday.', 'met', null],
    ['a host holds a gathering', 'President Ruiz hosted a dinner for the visiting Chilean trade delegation.', 'hosted', null],
  ])('meetings: %s', (_why, text, trigger, want) => {
    const vetoes = features(text, trigger).filter((f) => ['veto:object-thing', 'veto:subject-thing', 'veto:attributive', 'veto:negated-verb'].includes(f));
    expect(vetoes).toEqual(want ? [want] : []);
  });
});

describe('meetings: a form in -s that is a plural noun', () => {
  it.each<[string, string, string, boolean]>([
    ['after a determiner', 'The league said the meets would draw record crowds across the county.', 'meets', true],
    ['after a number', 'Riders are expected at more than 40 meets across the valley this winter.', 'meets', true],
    ['opening a quotation', 'The curator said: "Visits from Asia rose by a fifth compared to last year."', 'Visits', true],
    ['after a gerund', 'The ministry site is blocking visits from foreign addresses for security reasons.', 'visits', true],
    ['a body meets', 'The coffee council meets in Lagos next week to review export quotas.', 'meets', false],
    ['a named party visits', 'Prime Minister Luis Vidal visits Chile next month for trade talks.', 'visits', false],
    ['visits with a destination', 'The envoy made three visits to Nairobi last year to meet rebel leaders.', 'visits', false],
    ['a possessive keeps the party', 'Her visits to the region have strained ties with the neighbours.', 'visits', false],
  ])('meetings: %s', (_why, text, trigger, vetoed) => {
    expect(features(text, trigger).includes('veto:plural-noun')).toBe(vetoed);
  });
});

describe('meetings: a meeting permitted is not one held or set', () => {
  it.each<[string, string, string, boolean]>([
    ['permitted to meet', 'The detained sailors will be allowed to meet their consul on Friday.', 'meet', true],
    ['permitted a visit', 'Each prisoner is permitted a visit by two relatives in Tirana this month.', 'visit', true],
    ['a meeting set', 'The detained sailors will meet their consul in Tirana on Friday.', 'meet', false],
  ])('meetings: %s', (_why, text, trigger, vetoed) => {
    expect(features(text, trigger).includes('veto:not-event:permission')).toBe(vetoed);
  });
});

describe('meetings: a sentence that reports a score', () => {
  it.each<[string, string, string, boolean]>([
    ['a tennis score', 'Moreau won 7-5 6-4 and will meet the top seed Ivan Petrov in the final.', 'meet', true],
    ['a football score', 'The two sides last met in the cup in 1998, when the visitors won 3-1.', 'met', true],
    ['a range of days', 'The ministers will meet in Quito on March 8-10 to discuss prices.', 'meet', false],
    ['a range of amounts', 'Prices rose 40-45 cents a barrel after the ministers met on Friday.', 'met', false],
  ])('meetings: %s', (_why, text, trigger, vetoed) => {
    expect(features(text, trigger).includes('veto:sports-scoreline')).toBe(vetoed);
  });

  it('meetings: the shipped decision rejects a fixture reported with its score', () => {
    const { doc, roles } = prepareArticle(article('Moreau won 7-5 6-4 and will meet the top seed Ivan Petrov in the final on Sunday.', '2006-05-17'));
    const trace: NonNullable<Parameters<typeof extractMeetings>[2]>['trace'] = [];
    const out = extractMeetings(doc, roles, { trace });
    expect(out).toEqual([]);
    expect(trace!.find((t) => t.trigger === 'meet')?.reasons.some(([f, w]) => f === 'veto:sports-scoreline' && w < 0)).toBe(true);
  });
});

describe('meetings: a word of consulting with one side, or denied', () => {
  it.each<[string, string, string, string[]]>([
    ['one person goes on to discuss a topic', 'Asked about the levee, Governor Tom Vidal went on to discuss his record on schools.', 'discuss', ['veto:consult-one-side', 'veto:consult-no-counterpart']],
    ['an office holder uses a speech to discuss', 'Addresses to the nation are rare, and the president has in the past used them to discuss wars.', 'discuss', ['veto:consult-one-side', 'veto:consult-no-counterpart']],
    ['the agenda of a meeting with a named party', 'Senator Ana Ruiz met on Friday with Governor Tom Vidal to discuss the levee budget.', 'discuss', ['veto:consult-no-counterpart']],
    ['two named sides discuss', 'Ana Ruiz and Luis Vidal discussed fishing quotas in Lisbon on Tuesday.', 'discussed', []],
    ['one person discusses with a counterpart', 'Governor Tom Vidal discussed the levee with Mayor Ana Ruiz on Friday.', 'discussed', []],
    ['a counterpart named by a group noun after an adjective in -ed', 'Governor Tom Vidal said he would discuss the levee with allied leaders at next week\'s regional summit.', 'discuss', []],
    ['the two sides as the subject', 'Officials said the two ministers would discuss the levee on Friday.', 'discuss', []],
    ['consulting denied by "without"', 'The ministry sent the team to Lagos without ever consulting Ambassador Ana Ruiz.', 'consulting', ['veto:negated-verb']],
    ['meeting denied by "without"', 'Tom Vidal left Lisbon on Friday without meeting Prime Minister Luis Vidal.', 'meeting', ['veto:negated-verb']],
    ['"talks" as the verb of one named person, of a topic', 'Governor Tom Vidal talks of raising the levee tax in every speech.', 'talks', ['veto:consult-one-side', 'veto:consult-no-counterpart']],
    ['"talks" as the verb of a pronoun, about a topic', 'On the radio each Sunday, she talks about the budget of the port.', 'talks', ['veto:consult-one-side', 'veto:consult-no-counterpart']],
    ['"talks" as a verb with a counterpart', 'Governor Tom Vidal talks with Mayor Ana Ruiz every Friday about the levee.', 'talks', []],
    ['"talks" as the noun after two joined names', 'The Vidal-Ruiz talks on the levee ended in Lisbon on Friday.', 'talks', []],
    ['"talks" as the noun after a name that modifies it', 'Ministers said the Ruiz talks on fishing quotas would resume in Lisbon.', 'talks', []],
    ['"talks" as the noun after a preposition', 'Tom Vidal flew home after talks with Ana Ruiz in Lisbon on Friday.', 'talks', []],
    ['a compound noun whose head reads as a bare verb', 'Governor Tom Vidal said he discussed the election campaign with Mayor Ana Ruiz on Friday.', 'discussed', []],
  ])('meetings: %s', (_why, text, trigger, want) => {
    const vetoes = features(text, trigger).filter((f) => ['veto:consult-one-side', 'veto:consult-no-counterpart', 'veto:negated-verb'].includes(f));
    expect([...new Set(vetoes)].sort()).toEqual(want.sort());
  });
});
