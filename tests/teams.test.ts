import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract.js';
import { buildGraph } from '../src/graph/build.js';
import type { Article } from '../src/types.js';
import { isScoreline, isSportsArticle } from '../src/pipeline/teams.js';
import { prepareArticle } from '../src/pipeline/extract.js';
import { tokenize } from '../src/nlp/tokenize.js';

const article = (id: string, text: string): Article => ({ id, text, origin: id, bodyStart: 0, date: '2005-02-01' });

// [sentence, surface of the mention, is it a national team]
const TABLE: Array<[string, string, boolean]> = [
  ['Ireland beat England 19-13 at Lansdowne Road on Saturday.', 'Ireland', true],
  ['Ireland beat England 19-13 at Lansdowne Road on Saturday.', 'England', true],
  ['France lost to Italy after a late penalty.', 'Italy', true],
  ['Wales drew with Scotland in a tense match in Cardiff.', 'Scotland', true],
  ['Keane played for Ireland in the World Cup.', 'Ireland', true],
  ['Exports to Germany rose after the Trade Secretary beat her own target.', 'Germany', false],
  ["Ireland's prime minister met the French president in Dublin on Monday.", 'Ireland', false],
  ['Trade between England and France grew by five per cent last year.', 'England', false],
  ['Trade between England and France grew by five per cent last year.', 'France', false],
];

describe('teams: national sports teams in extraction', () => {
  it.each(TABLE)('%s: %s team=%s', (text, surface, team) => {
    const x = extractArticle(article('a', text));
    const e = x.entities.find((m) => m.text === surface);
    expect(e).toBeDefined();
    expect(!!e!.team).toBe(team);
  });
});

describe('teams: an article about sport that names national sides', () => {
  const x = extractArticle(article('a', 'Wales beat Italy 38-8 in the Six Nations match on Saturday. Earlier in the tournament Wales had played in Brazil. Ireland are favourites for the championship, said the coach.'));
  const sentenceOf = (surface: string, sentence: number) => x.entities.find((e) => e.text === surface && e.sentence === sentence);
  it('makes a state with no cue of its own a team', () => expect(sentenceOf('Ireland', 2)?.team).toBe(true));
  it('keeps a location the place it is', () => expect(sentenceOf('Brazil', 1)?.team).toBeUndefined());
});

describe('teams: the graph puts team mentions on a team node', () => {
  const sport = extractArticle(article('sport', 'Ireland beat England 19-13 in Dublin on Saturday. France lost to Italy after a late penalty.'));
  const politics = extractArticle(article('politics', "Ireland's prime minister met the French president in Dublin on Monday."));
  const { graph } = buildGraph([sport, politics]);

  it('a team is an organization part_of its state, and its mention is not the state\'s', () => {
    expect(graph.getNodeAttributes('organization:ireland-national-team').kind).toBe('organization');
    expect(graph.hasEdge('part_of:organization:ireland-national-team->state:ireland')).toBe(true);
    const ireland = graph.getNodeAttributes('state:ireland');
    expect(ireland.evidence.every((e) => e.article === 'politics')).toBe(true);
    expect(ireland.mentions).toBe(1);
  });

  it('a home nation plays for the United Kingdom', () => {
    expect(graph.hasEdge('part_of:organization:england-national-team->state:united-kingdom')).toBe(true);
  });

  it('no meeting takes a team as a party', () => {
    const fixture = extractArticle(article('fixture', 'England will meet Wales in the Six Nations match at Twickenham, with the squad named on Monday.'));
    expect(fixture.meetings).toEqual([]);
  });
});

describe('teams: a city that names its club', () => {
  const kinds = (text: string, surface: string): string[] =>
    extractArticle(article('club', text)).entities.filter((e) => e.text === surface).map((e) => e.kind);
  it.each<[string, string, string, string[]]>([
    ['a side of a result in a match report', 'Wrexham beat Chester 2-1 in the league match on Saturday. Wrexham scored twice after the break and the goal by their striker settled it.', 'Wrexham', ['organization', 'organization']],
    ['a results table', 'Second division results on Saturday:\nWrexham 2 Chester 1\nStockport 0 Bury 3\nWalsall 1 Chester 1\n', 'Chester', ['organization', 'organization']],
    ['no sport: the city', 'Chester council said the flood defences had failed. Residents of Chester won a court case against the council on Monday.', 'Chester', ['place', 'place']],
  ])('teams: %s', (_why, text, surface, expected) => {
    expect(kinds(text, surface)).toEqual(expected);
  });

  it('teams: rows of a table keep their line breaks when wire copy is unwrapped', async () => {
    const { unwrapLines } = await import('../src/pipeline/extract.js');
    const text = 'The second division results of Saturday were\nas follows, with two games\npostponed because of the frost\nWrexham 2 Chester 1\nStockport 0 Bury 3\n';
    const out = unwrapLines(text);
    expect(out.length).toBe(text.length);
    expect(out).toContain('were as follows, with two games postponed');
    expect(out).toContain('frost\nWrexham 2 Chester 1\nStockport 0 Bury 3');
  });
});

describe('teams: a scoreline is two numbers joined by a dash, not a range', () => {
  const toks = (s: string) => tokenize(s, 0)[0]!.tokens;
  it.each<[string, boolean]>([
    ['Norway beat Chile 3-1 in the final.', true],
    ['She won 6-4 7-5 and plays Ortiz next.', true],
    ['The fair runs from 3-8 May in the city.', false],
    ['The fair runs 3-8 May in the city.', false],
    ['The summit is set for June 8-10.', false],
    ['Prices rose 80-85 cents a bushel.', false],
    ['The council voted 5-2 to approve the plan.', false],
    ['The Senate passed the bill 52-48 on Tuesday.', false],
    ['The court issued a 6-3 ruling.', false],
  ])('%s: %s', (text, score) => {
    const t = toks(text);
    expect(t.some((_, k) => isScoreline(t, k))).toBe(score);
  });
});

describe('teams: an article about sport', () => {
  const doc = (text: string) => prepareArticle(article('a', text)).doc;
  const politics = [
    'Senator Ana Ruiz claimed victory in the primary on Tuesday and thanked her volunteers in Dayton.',
    'Her campaign said the goals of the new budget were modest and that the state would not bring back the death penalty.',
    'Ruiz met Governor Paul Kern in Columbus on Wednesday to discuss the budget, the schools and the roads.',
    'The two agreed that the talks would continue next month, when the legislature returns from its recess.',
    'Kern said the state was ahead of its neighbours on jobs and on taxes, and that the budget office agreed with him.',
    'The budget office said on Thursday that revenue from the sales tax had risen for the third quarter in a row.',
    'Spending on the schools would rise by four per cent, while spending on the roads would stay where it was last year.',
    'The legislature must pass the budget before the end of June, when the state begins its new fiscal year.',
    'Democrats in the state senate said they would not support a bill that cut the money the cities receive.',
    'The mayors of the three largest cities wrote to the governor last week to ask for more money for their police.',
    'A spokesman for the governor said the letter had been received and that the governor would answer it soon.',
    'Ruiz, who was first elected to the senate in 2010, has made the schools the centre of her campaign this year.',
    'She told reporters in Dayton that the state had spent too little on its teachers for more than a decade.',
    'Her opponent in the general election, a businessman from Toledo, has promised to cut the income tax instead.',
    'Polls taken over the summer showed the two candidates close, with many voters still undecided about the race.',
    'The election will be held on the first Tuesday of November, and early voting begins in the first week of October.',
    'Officials in Columbus said the count of ballots sent by mail would begin on the evening of the election.',
    'Both campaigns have raised more money this year than any campaign for the senate seat has raised before.',
    'Ruiz said on Tuesday night that she would spend the coming weeks in the small towns of the southern counties.',
    'The southern counties lost more than a tenth of their factory jobs in the ten years after the plants closed.',
    'Several of the towns have asked the state for help to rebuild their water systems and to repair their bridges.',
    'The governor has said that the state cannot pay for all of the repairs at once and that the towns must wait.',
    'Ruiz has criticised that answer and said that a plan for the bridges should be part of the budget this year.',
    'The senate is expected to vote on its version of the budget in the middle of May, after hearings in April.',
  ].join(' ');
  const sport = [
    'Ireland beat England 19-13 in a tense match at Lansdowne Road on Saturday.',
    'The striker scored two goals before half-time, and the replay showed a clear penalty.',
    'England will meet France in the semi-final of the cup next week.',
  ].join(' ');
  it('a politics article that uses a few words of sport is not about sport', () => {
    expect(isSportsArticle(doc(politics).sentences)).toBe(false);
  });
  it('a match report is about sport', () => {
    expect(isSportsArticle(doc(sport).sentences)).toBe(true);
  });
  // Dense figures of speech of a policy article ("tackle poverty", "development goals", "match the funding") name no
  // sport, competition, player or fixture.
  const policy = [
    'The minister wants rich countries to tackle poverty and to meet the development goals by 2015.',
    'Donors should match the funding of the vaccine plan and tackle debt, she said.',
    'The goals were set by the United Nations five years ago.',
  ].join(' ');
  it('a policy article dense with figures of speech from sport is not about sport', () => {
    expect(isSportsArticle(doc(policy).sentences)).toBe(false);
  });
});
