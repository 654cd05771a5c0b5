/** Meeting events from text: tables of [text, article date, expected meetings]. */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers/article.js';

type Want = { with: string[]; date?: string | null; place?: string | null; status?: 'held' | 'planned' };

const meetingsOf = (text: string, date = '2022-12-22') =>
  extract(text, date).meetings.map((m) => ({ with: m.participants.map((p) => p.label).sort(), date: m.date, place: m.place?.label ?? null, status: m.status, topics: m.topics ?? [] }));

describe('meetings: events found', () => {
  it.each<[string, string, Want]>([
    ['met with, in a city, on a weekday', 'Russian President Vladimir Putin met with Chinese President Xi Jinping in Beijing on Tuesday.', { with: ['Vladimir Putin', 'Xi Jinping'], date: '2022-12-20', place: 'Beijing', status: 'held' }],
    ['held talks with, explicit day', 'German Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris on December 12.', { with: ['Emmanuel Macron', 'Olaf Scholz'], date: '2022-12-12', place: 'Paris', status: 'held' }],
    ['a planned meeting', 'U.S. Secretary of State Antony Blinken will meet Indian Prime Minister Narendra Modi in New Delhi next Tuesday.', { with: ['Antony Blinken', 'Narendra Modi'], date: '2022-12-27', status: 'planned' }],
    ['a visit with talks is one event, the visited country its place', 'Japanese Prime Minister Fumio Kishida visited Australia on Monday to hold talks with Prime Minister Anthony Albanese.', { with: ['Anthony Albanese', 'Fumio Kishida'], date: '2022-12-19', place: 'Australia' }],
    ['"have not met since" a day: the last meeting, on that day', 'Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan have not met since September 16.', { with: ['Recep Tayyip Erdogan', 'Vladimir Putin'], date: '2022-09-16', status: 'held' }],
    ['"the first meeting since" is this meeting, not the earlier one', 'U.S. President Joe Biden met Chinese President Xi Jinping in Bali on Monday, their first meeting since November 2021.', { with: ['Joe Biden', 'Xi Jinping'], date: '2022-12-19', status: 'held' }],
    ['a phone call', 'French President Emmanuel Macron held a phone call with Ukrainian President Volodymyr Zelenskyy on Wednesday.', { with: ['Emmanuel Macron', 'Volodymyr Zelenskyy'], date: '2022-12-21' }],
  ])('meetings: %s', (_why, text, want) => {
    const found = meetingsOf(text);
    expect(found).toHaveLength(1);
    const m = found[0]!;
    expect(m.with).toEqual(want.with);
    if (want.date !== undefined) expect(m.date).toBe(want.date);
    if (want.place !== undefined) expect(m.place).toBe(want.place);
    if (want.status) expect(m.status).toBe(want.status);
  });

  it('meetings: two reports of one visit in an article are one event with both sentences as evidence', () => {
    const x = extract('Ukrainian President Volodymyr Zelenskyy met U.S. President Joe Biden at the White House on Wednesday. Zelenskyy held a joint news conference with Biden in Washington.');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.evidence).toHaveLength(2);
  });

  it('meetings: a trip to several countries is one event per country', () => {
    const found = meetingsOf('Brazilian Finance Minister Dilson Funaro completed a week-long trip to France, Italy and Switzerland on Friday.', '1987-03-05');
    expect(found.map((m) => m.with)).toEqual([['Dilson Funaro', 'France'], ['Dilson Funaro', 'Italy'], ['Dilson Funaro', 'Switzerland']]);
    expect(found.map((m) => m.place)).toEqual(['France', 'Italy', 'Switzerland']);
  });

  it('meetings: a repeated "with" names separate encounters', () => {
    const found = meetingsOf('White House chief of staff Howard Baker has had conversations with Senator Pete Domenici, and with House Speaker Jim Wright.', '1987-03-13');
    expect(found.map((m) => m.with)).toEqual([['Howard Baker', 'Pete Domenici'], ['Howard Baker', 'Jim Wright']]);
  });

  it('meetings: participants carry what they represent', () => {
    const x = extract('Japanese Finance Minister Kiichi Miyazawa met U.S. Treasury Secretary James Baker in Washington on Monday.', '1987-03-03');
    const miyazawa = x.meetings[0]?.participants.find((p) => p.label === 'Kiichi Miyazawa');
    expect(miyazawa?.represents?.map((r) => r.label)).toContain('Japan');
  });

  it('meetings: a session named by its month elsewhere gets that sentence, and who voted in it', () => {
    const x = extract('The Federal Open Market Committee met on March 14-15 in Washington. The March FOMC voted eight to one to keep rates unchanged. Kansas City Fed President Esther George favored an increase. Chair Jerome Powell spoke to reporters afterwards.', '2023-04-05');
    expect(x.meetings).toHaveLength(1);
    const m = x.meetings[0]!;
    expect(m.date).toBe('2023-03-14');
    expect(m.participants.map((p) => p.label).sort()).toEqual(['Esther George', 'Federal Open Market Committee']);
    expect(m.evidence.map((e) => e.sentence.slice(0, 14))).toEqual(['The Federal Op', 'The March FOMC', 'Kansas City Fe']);
  });

  it('meetings: a month names a session only when the article has it', () => {
    const x = extract('The Federal Open Market Committee met on March 14-15 in Washington. The May FOMC voted eight to one. Esther George favored an increase.', '2023-04-05');
    expect(x.meetings.map((m) => m.participants.map((p) => p.label))).toEqual([['Federal Open Market Committee']]);
  });

  it.each<[string, string, string]>([
    ['travel to a city of the country', 'Brazilian Finance Minister Fernando Haddad will visit Japan next month for talks. Haddad will fly to Tokyo on Sunday.', 'Tokyo'],
    ['being in a city is no travel', 'Brazilian Finance Minister Fernando Haddad will visit Italy next month for talks. Haddad is in Rome today.', 'Italy'],
    ['a city of another country', 'Brazilian Finance Minister Fernando Haddad will visit Japan next month for talks. Haddad will fly to Beijing on Sunday.', 'Japan'],
  ])('meetings: the place of a visit to a country: %s', (_why, text, place) => {
    const found = meetingsOf(text, '2023-04-05');
    expect(found.map((m) => m.place)).toEqual([place]);
  });

  it('meetings: "she met" is the subject of the sentence before, not the last person it names', () => {
    const found = meetingsOf('Senator Maria Lopez told reporters her office had never worked with lobbyist John Carter. She said she had met with Carter twice.', '2023-04-05');
    expect(found.map((m) => m.with)).toEqual([['John Carter', 'Maria Lopez']]);
  });

  it.each<[string, string, string]>([
    ['the author of an embedded post', 'Informal meeting of EU leaders with Ukraine next week in Brussels — Jane Porter (@janeporter) June 24, 2016', 'Jane Porter'],
    ['the author of an account', 'Harper’s account shows how Secretary of State Hillary Clinton held secret talks with Oman in 2009.', 'Harper'],
  ])('meetings: a source credit is no participant: %s', (_why, text, who) => {
    const found = meetingsOf(text, '2016-06-25');
    expect(found.length).toBeGreaterThan(0);
    expect(found.flatMap((m) => m.with)).not.toContain(who);
  });

  it('meetings: an official\'s tour and a host with a guest are meetings', () => {
    expect(meetingsOf('Foreign Secretary Jack Straw began a tour of Thailand on Monday.', '2005-01-04').map((m) => m.with)).toEqual([['Jack Straw', 'Thailand']]);
    expect(meetingsOf('Chinese President Xi Jinping hosted French President Emmanuel Macron in Beijing on Thursday.', '2023-04-08').map((m) => m.with)).toEqual([['Emmanuel Macron', 'Xi Jinping']]);
  });

  it('meetings: talks stay events in a sports article', () => {
    const found = meetingsOf('Arsenal beat Chelsea in the cup match, and the striker scored twice. Club director Terry Brady held talks with manager Gordon Strachan on Saturday.', '2004-12-13');
    expect(found.map((m) => m.with)).toEqual([['Gordon Strachan', 'Terry Brady']]);
  });

  it('meetings: "the two sides" are the two bodies of the sentence before', () => {
    const found = meetingsOf('The Senate Budget Committee plan differs from the plan of the House Budget Committee. The two sides have not had a formal negotiating meeting since May 13.', '1987-06-01');
    expect(found.map((m) => [m.with, m.date])).toEqual([[['House Budget Committee', 'Senate Budget Committee'], '1987-05-13']]);
  });

  it('meetings: topics are kept', () => {
    const found = meetingsOf('Russian President Vladimir Putin and Chinese President Xi Jinping met to discuss the situation in Ukraine, officials said.');
    expect(found[0]?.topics.join(' ')).toMatch(/situation in Ukraine/);
  });
});

describe('meetings: not events', () => {
  it.each([
    ['"meet demand"', 'Saudi Aramco said it would raise output to meet demand from China and India.'],
    ['"met expectations"', 'Apple results met expectations, Chief Executive Tim Cook said on Tuesday.'],
    ['a hypothetical', 'Biden said he could meet Putin if Russia withdrew its troops from Ukraine.'],
    ['a denial with no time', 'Putin and Erdogan have not met, officials said.'],
    ['one party\'s press conference', 'French President Emmanuel Macron held a press conference in Paris on Monday.'],
    ['a proposal', 'Turkey proposed that Putin and Zelenskyy meet in Istanbul.'],
    ['a third party supporting talks between others', 'Brazil supports direct talks between Venezuela and Guyana, Foreign Minister Mauro Vieira said.'],
    ['a band\'s world tour', 'Bono, The Edge, Adam Clayton and Larry Mullen Jr begin a world tour of Japan and Australia on 28 March.'],
    ['a team\'s tour', 'Coach Clive Woodward said the Lions will tour New Zealand in June.'],
    ['co-hosts of a show', 'A charity concert, hosted by Eliza Carthy and Benjamin Zephaniah, will take place in Gateshead on 5 March.'],
    ['hosting a ceremony', 'Tom Kenny hosted Sunday\'s ceremony at the Alex Theater in Los Angeles.'],
    ['a fixture in a sports article', 'Lleyton Hewitt beat Juan Ferrero in the tournament on Monday. The top seed will meet Roger Federer in the next round, and the match is on Friday. She will now meet Venus Williams.'],
    ['a trigger that qualifies a noun', 'Michael Howard posed with his family on the conference stage beside Alan Milburn.'],
    ['a passive "be met" of targets', 'At Heathrow, BAA said it was working with British Airways to see how the noise targets for a third runway can be met.'],
    ['how a couple met', 'At Cardiff University, Neil Kinnock met his future wife Glenys.'],
    ['"meet their duty"', 'Britain and France must meet their duty of care to refugees, Amnesty International said.'],
    ['a visit to a site named after someone', 'Prime Minister Tony Blair briefly visited the tomb of Yasser Arafat in Ramallah.'],
    ['a cancelled meeting', 'In 1997 a meeting between Tony Blair and John Major was cancelled when a format could not be agreed.'],
    ['a called-off visit', 'French President Emmanuel Macron called off a visit to Algeria to meet President Abdelmadjid Tebboune.'],
    ['one party pressing another to talk', 'The United States has been pressing India to discuss farm subsidies at the next round of World Trade Organization talks.'],
    ['a byline is no participant', 'By John Smith\n\nThe weather in Paris was cold on Monday.'],
  ])('meetings: %s', (_why, text) => {
    expect(meetingsOf(text)).toEqual([]);
  });
});

describe('meetings: rule tables hold only their words', () => {
  it('meetings: words that name Object.prototype members are no rule ("constructor", "tostring")', () => {
    // "constructor" stands within the six words before "met" that are checked against the hypothetical-context table.
    const found = meetingsOf('Herbert Lutz, head of the constructor Hochtief, met German Chancellor Olaf Scholz in Berlin on Tuesday.');
    expect(found.map((m) => m.with)).toEqual([['Herbert Lutz', 'Olaf Scholz']]);
  });
});
