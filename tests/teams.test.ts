import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract.js';
import { buildGraph } from '../src/graph/build.js';
import type { Article } from '../src/types.js';
import { isScoreline } from '../src/pipeline/teams.js';
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
