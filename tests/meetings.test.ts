/** Meeting events from text: tables of [text, article date, expected meetings]. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { article, extract } from './helpers/article.js';
import { extractArticle, prepareArticle } from '../src/pipeline/extract.js';
import { datesFor, extractMeetings, partySummary, type RawCandidate } from '../src/pipeline/05-meetings.js';
import { isInternationalBody } from '../src/gazetteer/organizations.js';
import { defaultMeetingModel, MEETING_MODEL_URL, parseMeetingModel, serializeMeetingModel, reasons, score } from '../src/pipeline/meeting-model.js';
import { cabinetSession, holdsGathering, journeyDestination } from '../src/pipeline/meeting-triggers.js';
import type { TriggerKind, TriggerRule } from '../src/gazetteer/meetings.js';

/** The raw meeting candidates of one article, before any decision. */
function rawCandidates(text: string, date: string): RawCandidate[] {
  const { doc, roles } = prepareArticle(article(text, date));
  const raw: RawCandidate[] = [];
  extractMeetings(doc, roles, { raw });
  return raw;
}

type Want = { with: string[]; date?: string | null; place?: string | null; status?: 'held' | 'planned' };

const meetingsOf = (text: string, date = '2022-12-22') =>
  extract(text, date).meetings.map((m) => ({ with: m.participants.map((p) => p.label).sort(), date: m.date, place: m.place?.label ?? null, status: m.status, topics: m.topics ?? [] }));

/** The text has exactly one meeting, with these parties and, where given, this date, place and status. */
function expectOneMeeting(text: string, date: string | undefined, want: Want): void {
  const found = meetingsOf(text, date);
  expect(found).toHaveLength(1);
  const m = found[0]!;
  expect(m.with).toEqual(want.with);
  if (want.date !== undefined) expect(m.date).toBe(want.date);
  if (want.place !== undefined) expect(m.place).toBe(want.place);
  if (want.status) expect(m.status).toBe(want.status);
}

describe('meetings: events found', () => {
  it.each<[string, string, Want]>([
    ['met with, in a city, on a weekday', 'Russian President Vladimir Putin met with Chinese President Xi Jinping in Beijing on Tuesday.', { with: ['Vladimir Putin', 'Xi Jinping'], date: '2022-12-20', place: 'Beijing', status: 'held' }],
    ['held talks with, explicit day', 'German Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris on December 12.', { with: ['Emmanuel Macron', 'Olaf Scholz'], date: '2022-12-12', place: 'Paris', status: 'held' }],
    ['a planned meeting', 'U.S. Secretary of State Antony Blinken will meet Indian Prime Minister Narendra Modi in New Delhi next Tuesday.', { with: ['Antony Blinken', 'Narendra Modi'], date: '2022-12-27', status: 'planned' }],
    ['a visit with talks is one event, the visited country its place', 'Japanese Prime Minister Fumio Kishida visited Australia on Monday to hold talks with Prime Minister Anthony Albanese.', { with: ['Anthony Albanese', 'Fumio Kishida'], date: '2022-12-19', place: 'Australia' }],
    ['"have not met since" a day: the last meeting, on that day', 'Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan have not met since September 16.', { with: ['Recep Tayyip Erdogan', 'Vladimir Putin'], date: '2022-09-16', status: 'held' }],
    ['"the first meeting since" is this meeting, not the earlier one', 'U.S. President Joe Biden met Chinese President Xi Jinping in Bali on Monday, their first meeting since November 2021.', { with: ['Joe Biden', 'Xi Jinping'], date: '2022-12-19', status: 'held' }],
    ['a phone call', 'French President Emmanuel Macron held a phone call with Ukrainian President Volodymyr Zelenskyy on Wednesday.', { with: ['Emmanuel Macron', 'Volodymyr Zelenskyy'], date: '2022-12-21' }],
  ])('meetings: %s', (_why, text, want) => expectOneMeeting(text, undefined, want));

  it('meetings: two reports of one visit in an article are one event with both sentences as evidence', () => {
    const x = extract('Ukrainian President Volodymyr Zelenskyy met U.S. President Joe Biden at the White House on Wednesday. Zelenskyy held two hours of talks with Biden in Washington.');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.evidence).toHaveLength(2);
  });

  it.each<[string, string, string, Want]>([
    ['a city visit by a minister, named in what someone else said: the minister visits the city\'s state', 'Ivan Sorokin told reporters on Tuesday that the timing was deliberate, only a week before a scheduled Moscow visit by U.S. Secretary of State Paul Hendry.', '1987-04-01', { with: ['Paul Hendry', 'Soviet Union'], place: 'Moscow', status: 'planned' }],
    ['the same visit in today\'s news: the state of the city today', 'Ivan Sorokin told reporters on Tuesday that the timing was deliberate, only a week before a scheduled Moscow visit by U.S. Secretary of State Paul Hendry.', '2013-05-02', { with: ['Paul Hendry', 'Russia'], place: 'Moscow', status: 'planned' }],
    ['words of time between the visit and its visitor', 'Ivan Sorokin told reporters on Tuesday that the timing was deliberate, only days before a Tokyo visit next week by U.S. Secretary of State Paul Hendry.', '2013-05-02', { with: ['Japan', 'Paul Hendry'], place: 'Tokyo', status: 'planned' }],
    ['a visit abroad to a city that names no one there is a visit to its state', 'Peruvian Finance Minister Rosa Marin recently visited Tokyo hoping to secure new credits, but came home without an agreement.', '2013-05-02', { with: ['Japan', 'Rosa Marin'], place: 'Tokyo' }],
  ])('meetings: %s', (_why, text, date, want) => expectOneMeeting(text, date, want));

  it('meetings: a visit to a city of the visitor\'s own state is no meeting with that state', () => {
    expect(meetingsOf('Peruvian Finance Minister Rosa Marin recently visited Lima hoping to secure new credits, but came home without an agreement.', '2013-05-02')).toEqual([]);
  });

  it('meetings: a trip to several countries is one event per country', () => {
    const found = meetingsOf('Argentine Finance Minister Carla Soto ended a five-day trip to Spain, Greece and Austria on Friday.', '1987-03-05');
    expect(found.map((m) => m.with)).toEqual([['Carla Soto', 'Spain'], ['Carla Soto', 'Greece'], ['Austria', 'Carla Soto']]);
    expect(found.map((m) => m.place)).toEqual(['Spain', 'Greece', 'Austria']);
  });

  // A state named in what a visitor says after the visit's clause is a borderline party of the learned decision when a
  // clause follows it: the word after the name ("next:which") speaks for it, the reporting verb before it
  // (after-reporting) against it. The shipped weights score Vietnam just above 0 (+0.15) and take it as a party: a known
  // shortfall, kept exact so that a model that gets it right shows here.
  it.fails('meetings: states a visitor speaks about are neither parties nor stops of the visit', () => {
    expectOneMeeting('Trade Secretary Mark Hale, visiting Seoul on Monday, said the rules applied to China but not to Vietnam, which had a poor record.', '2005-02-10', { with: ['Mark Hale', 'South Korea'], place: 'Seoul' });
  });

  it('meetings: states a visitor speaks about, with no clause after them, are neither parties nor stops of the visit', () => {
    expectOneMeeting('Trade Secretary Mark Hale, visiting Seoul on Monday, said the rules applied to China but not to Vietnam.', '2005-02-10', { with: ['Mark Hale', 'South Korea'], place: 'Seoul' });
  });

  it('meetings: a region listed between the countries of a trip does not break the list', () => {
    const found = meetingsOf('Finance Minister Carla Soto visited Canada, Asia and Mexico last week.', '2013-05-02');
    expect(found.map((m) => m.with)).toEqual([['Canada', 'Carla Soto'], ['Carla Soto', 'Mexico']]);
  });

  it('meetings: a visited country stays a party when its place is the country and one person travels', () => {
    expectOneMeeting('Foreign Minister Jana Novak began a three-day private visit to Canada on Monday.', '2013-05-02', { with: ['Canada', 'Jana Novak'], place: 'Canada' });
  });

  it('meetings: a repeated "with" names separate encounters', () => {
    const found = meetingsOf('Cabinet Secretary Laura Finch has had meetings with Senator Mark Doyle, and with House Speaker Ruth Kaplan.', '1987-03-13');
    expect(found.map((m) => m.with)).toEqual([['Laura Finch', 'Mark Doyle'], ['Laura Finch', 'Ruth Kaplan']]);
  });

  it('meetings: the people a meeting verb lists one after the other are met one by one', () => {
    const found = meetingsOf('Indian Foreign Minister Subrahmanyam Jaishankar will meet Secretary of State Antony Blinken, Defense Secretary Lloyd Austin and Commerce Secretary Gina Raimondo in Washington next week.');
    expect(found.map((m) => m.with)).toEqual([['Antony Blinken', 'Subrahmanyam Jaishankar'], ['Lloyd Austin', 'Subrahmanyam Jaishankar'], ['Gina Raimondo', 'Subrahmanyam Jaishankar']]);
    expect(found.every((m) => m.status === 'planned' && m.place === 'Washington')).toBe(true);
  });

  it('meetings: two people met together stay one meeting', () => {
    const found = meetingsOf('Indian Foreign Minister Subrahmanyam Jaishankar met Secretary of State Antony Blinken and Defense Secretary Lloyd Austin in Washington on Monday.');
    expect(found.map((m) => m.with)).toEqual([['Antony Blinken', 'Lloyd Austin', 'Subrahmanyam Jaishankar']]);
  });

  it('meetings: participants carry what they represent', () => {
    const x = extract('Swedish Finance Minister Karin Lind met U.S. Treasury Secretary Ellen Ward in Washington on Monday.', '1987-03-03');
    const lind = x.meetings[0]?.participants.find((p) => p.label === 'Karin Lind');
    expect(lind?.represents?.map((r) => r.label)).toContain('Sweden');
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

  it('meetings: "she met" is the subject of the sentence before, not the last person it names', () => {
    const found = meetingsOf('Senator Maria Lopez told reporters her office had never worked with lobbyist John Carter. She said she had met with Carter twice.', '2023-04-05');
    expect(found.map((m) => m.with)).toEqual([['John Carter', 'Maria Lopez']]);
  });

  it.each<[string, string, string]>([
    ['the author of an embedded post', 'Informal meeting of EU leaders with Ukraine next week in Brussels — Jane Porter (@janeporter) June 24, 2016', 'Jane Porter'],
  ])('meetings: a source credit is no participant: %s', (_why, text, who) => {
    const x = extractArticle(article(text, '2016-06-25'), { explain: true });
    expect(x.candidates?.length).toBeGreaterThan(0);
    expect(x.candidates!.flatMap((c) => c.parties.map((p) => p.label))).not.toContain(who);
  });

  it('meetings: a host with a guest is a meeting', () => {
    expect(meetingsOf('Chinese President Xi Jinping hosted French President Emmanuel Macron in Beijing on Thursday.', '2023-04-08').map((m) => m.with)).toEqual([['Emmanuel Macron', 'Xi Jinping']]);
  });

  it('meetings: talks stay events in a sports article', () => {
    const found = meetingsOf('Arsenal beat Chelsea in the cup match, and the striker scored twice. Club director Terry Brady held talks with manager Gordon Strachan on Saturday.', '2004-12-13');
    expect(found.map((m) => m.with)).toEqual([['Gordon Strachan', 'Terry Brady']]);
  });

  it('meetings: "the two sides" are the two bodies of the sentence before', () => {
    const found = meetingsOf('The Senate Budget Committee plan differs from the plan of the House Budget Committee. The two sides last held a formal bargaining meeting on May 13.', '1987-06-01');
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
    ['a team\'s tour', 'Coach Clive Woodward said the Lions will tour New Zealand in June.'],
    ['a fixture in a sports article', 'Lleyton Hewitt beat Juan Ferrero in the tournament on Monday. The top seed will meet Roger Federer in the next round, and the match is on Friday. She will now meet Ana Novak.'],
    ['a trigger that qualifies a noun', 'Michael Howard posed with his family on the conference stage beside Alan Milburn.'],
    ['a passive "be met" of targets', 'At Schiphol, the airport operator said it was working with KLM to see how the emission limits for a new terminal can be met.'],
    ['how a couple met', 'At Cardiff University, Neil Kinnock met his future wife Glenys.'],
    ['a private encounter', 'At a festival in Austin, singer Mara Quist met her boyfriend Tom Reyes.'],
    ['"meet their duty"', 'Britain and France must meet their duty of care to refugees, Amnesty International said.'],
    ['a byline is no participant', 'By John Smith\n\nThe weather in Paris was cold on Monday.'],
  ])('meetings: %s', (_why, text) => {
    expect(meetingsOf(text)).toEqual([]);
  });
});

describe('meetings: a visit is an official one when the article names the visitor with an office', () => {
  // The office may be named in another sentence than the visit's: the visit-untitled and tour-unofficial vetoes speak
  // only of a traveller the article names with no office at all.
  it.each<[string, string, string, string[]]>([
    ['a title in an earlier sentence', 'Chancellor Tom Hale set out his budget plans on Monday. Hale\'s trip to Kenya next week will focus on debt relief.', 'trip', []],
    ['a minister named so before the visit', 'Foreign Minister Jana Novak set out her plans on Monday. Novak will visit Canada next week.', 'visit', []],
    ['a writer holds no office', 'Novelist Tom Hale set out his plans on Monday. Hale\'s trip to Kenya next week will focus on safaris.', 'trip', ['visit-untitled', 'tour-unofficial']],
    ['a singer holds no office', 'The singer Jana Novak set out her plans on Monday. Novak will visit Canada next week.', 'visit', ['visit-untitled']],
    ['a band\'s manager holds no public office', 'The rock band\'s manager Tom Hale announced the new album on Monday. Hale\'s trip to Japan next week will include three concerts.', 'trip', ['visit-untitled', 'tour-unofficial']],
    ['a former minister holds no office now', 'Former Foreign Minister Jana Novak of Canada set out her plans on Monday. Novak will visit Chile next week.', 'visit', ['visit-untitled']],
    ['a band\'s manager in the visit\'s own sentence', 'The rock band\'s manager Tom Hale will visit Japan next week for three concerts.', 'visit', ['visit-untitled']],
    ['a minister in the visit\'s own sentence', 'Canadian Foreign Minister Jana Novak will visit Chile next week.', 'visit', []],
    ['an office of several words that ends in no title word', 'Canadian Trade Representative Jana Novak will visit Chile next week.', 'visit', []],
    ['a visitor with an office of several words, received by a minister', 'Trade Minister Ana Ruiz told visiting U.S. Trade Representative Tom Hale that tariffs would fall.', 'visiting', []],
  ])('meetings: %s', (_why, text, trigger, want) => {
    const raw = rawCandidates(text, '2005-01-05');
    const found = raw.find((r) => r.trigger === trigger);
    expect(found).toBeDefined();
    expect(found!.vetoes.filter((v) => v === 'visit-untitled' || v === 'tour-unofficial')).toEqual(want);
  });
});

describe('meetings: hosting needs a guest besides the host', () => {
  it.each<[string, string, boolean]>([
    ['a state hosts a guest', 'Japan will host Chinese President Wen Bao in Tokyo next month.', false],
    ['an occasion hosted by a minister, the guest the clause\'s subject', 'At a dinner hosted by Finance Minister Tom Hale on Friday, he told Ana Ruiz of the plan.', false],
    ['an occasion hosted by a minister, a guest named after it', 'At a conference hosted by Finance Minister Tom Hale, Ana Ruiz said rates would float.', false],
    ['co-hosts of a gala and no guest', 'The gala, hosted by Tom Hale and Ana Ruiz, raised two million dollars.', true],
    ['a show hosted by a presenter', 'The quiz show hosted by Tom Hale drew nine million viewers.', true],
    ['a ceremony hosted by a presenter that features performers', 'The music awards will be hosted by Tom Hale and will feature songs by Ana Ruiz and Mia Lund.', true],
  ])('meetings: %s', (_why, text, vetoed) => {
    const found = rawCandidates(text, '2005-01-05').find((r) => /^host/.test(r.trigger));
    expect(found).toBeDefined();
    expect(found!.vetoes.includes('host-no-guest')).toBe(vetoed);
  });
});

describe('meetings: how many states the parties act for', () => {
  it.each<[string, string, string, string]>([
    ['ministers of two states', 'Chilean Foreign Minister Ana Ruiz hosted Peruvian Foreign Minister Pedro Gomez in Santiago on Monday.', '2021-05-12', 'states-apart:2+'],
    ['a minister and the state she visits', 'Foreign Minister Ana Ruiz of Chile visited Peru on Monday.', '2021-05-12', 'states-apart:2+'],
    ['two politicians of no named state', 'Senator Mark Doyle hosted Governor Ana Lopes at a fundraiser in Denver on Monday.', '2021-05-12', 'states-apart:0'],
    ['two ministers of one state', 'Chilean Foreign Minister Ana Ruiz met Chilean Trade Minister Pedro Gomez in Santiago on Monday.', '2021-05-12', 'states-apart:1'],
    ['a former president acts for no state now', 'Former Peruvian President Ana Ruiz met Chilean Trade Minister Pedro Gomez in Santiago on Monday.', '2021-05-12', 'states-apart:1'],
    ['a republic\'s minister visiting the union in its years is one side', 'Ukrainian Prime Minister Oleg Marchuk visited the Soviet Union on Monday.', '1988-04-02', 'states-apart:1'],
    ['the union\'s minister visiting a republic in its years is one side', 'Soviet Foreign Minister Oleg Marchuk visited Ukraine on Monday.', '1988-04-02', 'states-apart:1'],
    ['the same visit after the union is two', 'Russian Foreign Minister Oleg Marchuk visited Ukraine on Monday.', '2008-04-02', 'states-apart:2+'],
  ])('meetings: %s', (_why, text, date, want) => {
    // Over the parties the shipped participant decision chooses, as the meeting decision sees them.
    const raw = rawCandidates(text, date)[0]!;
    const participant = defaultMeetingModel().participant;
    const summary = partySummary(raw, raw.pool.map((e) => score(participant, e.features)));
    expect(summary.filter((f) => f.startsWith('states-apart:'))).toEqual([want]);
  });
});

describe('meetings: how sure the participant decision is of the first and second party', () => {
  const raw = () => rawCandidates('Foreign Minister Ana Ruiz met Chilean President Tom Vidal in Lima on Monday.', '2022-12-22')[0]!;
  it.each<[string, number[], string, string]>([
    ['two parties well clear of the line', [12, 11], 'first-party:high', 'second-party:high'],
    ['a second party just above the line', [12, 0.5], 'first-party:high', 'second-party:low'],
    ['a second party just below the line', [5, -1], 'first-party:mid', 'second-party:near'],
    ['a second party far below the line', [5, -20], 'first-party:mid', 'second-party:out'],
    ['scores on the bands\' upper bounds', [10, 3], 'first-party:mid', 'second-party:low'],
    ['scores on the line and on the lower bound', [0, -3], 'first-party:near', 'second-party:out'],
  ])('meetings: %s', (_why, top, first, second) => {
    const r = raw();
    expect(r.pool.length).toBeGreaterThanOrEqual(2);
    // The given scores for two entries of the pool, all others far below the line; in any order.
    const scores = r.pool.map((_, i) => (i === r.pool.length - 1 ? top[0]! : i === 0 ? top[1]! : -50));
    const summary = partySummary(r, scores);
    expect(summary).toContain(first);
    expect(summary).toContain(second);
  });
  it('meetings: with one possible party, there is no second', () => {
    const r = { ...raw(), pool: raw().pool.slice(0, 1) };
    expect(partySummary(r, [4])).toEqual(expect.arrayContaining(['first-party:mid', 'second-party:none']));
  });
  it('meetings: with no possible party, there is neither', () => {
    expect(partySummary({ ...raw(), pool: [] }, [])).toEqual(expect.arrayContaining(['first-party:none', 'second-party:none']));
  });
});

describe('meetings: a body of states', () => {
  it.each<[string, boolean]>([
    ['International Cocoa Council', true],
    ['Organization of Petroleum Exporting Countries', true],
    ['Association of Nickel Producing Countries', true],
    ['World Bank', true],
    ['Federal Reserve', false],
    ['Labour Party', false],
    ['Toyota Motor', false],
    ['Reuters', false],
    ['International Tin Council', true],
    ['Association of Tin Producing Countries', true],
    ['International Business Machines', false],
    ['World Wrestling Entertainment', false],
    ['Producers Guild of America', false],
    ['United States Chamber of Commerce', false],
    ['African National Congress', false],
    ['International Olympic Committee', false],
    ['World Economic Forum', false],
  ])('meetings: %s is one: %s', (label, want) => expect(isInternationalBody(label)).toBe(want));

  it('meetings: a session of a body of states and one of a party are told apart', () => {
    const features = (text: string) => {
      const raw = rawCandidates(text, '1987-03-12');
      return raw[0]!.features.filter((f) => f.startsWith('body:'));
    };
    expect(features('The International Cocoa Council will meet in London next week.')).toContain('body:states|session');
    expect(features('The Labour Party will meet in Brighton next week.')).toContain('body:other|session');
  });
});

describe('meetings: talks in an article about sport', () => {
  // A fixture word keeps the article's veto; a club's talks are weighed by a feature of their own.
  it('meetings: "meet" is a fixture there, "held talks" is not under the article\'s veto', () => {
    const text = 'Lleyton Hewitt beat Juan Ferrero in the tournament on Monday. The top seed will meet Roger Federer in the next round, and the match is on Friday. Club director Tom Brady held talks with coach Ana Novak on Saturday about the squad.';
    const raw = rawCandidates(text, '2005-01-05');
    const meet = raw.find((r) => r.trigger === 'meet')!;
    const talks = raw.find((r) => r.trigger === 'held talks')!;
    expect(meet.vetoes).toContain('sports-article');
    expect(talks.vetoes).not.toContain('sports-article');
    expect(talks.features).toContain('sports-article|talks');
  });
});

describe('meetings: hosting without a guest', () => {
  // A passive "hosted by" with two named people: the host-without-guest veto outweighs the evidence for a meeting.
  it('meetings: co-hosts of a show are no meeting', () => {
    expect(meetingsOf('A charity concert, hosted by Eliza Carthy and Benjamin Zephaniah, will take place in Gateshead on 5 March.')).toEqual([]);
  });
});

/** The one sentence of `text`, its mentions, the token span of `word` in it and the mention named `name`. */
function spans(text: string, word: string, name: string) {
  const { doc } = prepareArticle(article(text, '1987-03-05'));
  const s = doc.sentences[0]!;
  const a = s.tokens.findIndex((t) => t.text === word);
  const ms = doc.mentions.filter((m) => m.sentence === 0);
  return { toks: s.tokens, a, b: a + 1, ms, m: ms.find((m) => m.text === name)! };
}
const rule = (word: string, kind: TriggerKind, noun: boolean): TriggerRule => ({ phrase: [word], kind, noun, reason: 'test' });

describe('meetings: where a journey goes', () => {
  it.each<[string, string, string, string, 'alone' | 'met' | undefined]>([
    ['after "for", over words of time', 'Trade Minister Karl Olsen leaves on Friday for Brazil to press for lower tariffs.', 'leaves', 'Brazil', 'alone'],
    ['right after the verb, someone met there named later', 'Finance Minister Ivo Marek visited Chile on Tuesday and met President Ana Soto.', 'visited', 'Chile', 'met'],
    ['after "to the"', 'Premier Lena Holm will travel to the Netherlands in May.', 'travel', 'Netherlands', 'alone'],
    ['a state past a comma is not where it goes', 'Premier Lena Holm will travel on Monday, Sweden said.', 'travel', 'Sweden', undefined],
    ['a state before the trigger is not where it goes', 'Chile said Finance Minister Ivo Marek will travel next week.', 'travel', 'Chile', undefined],
  ])('meetings: %s', (_why, text, word, name, want) => {
    const { toks, b, ms, m } = spans(text, word, name);
    expect(journeyDestination(toks, m, b, rule(word, 'visit', false), ms)).toBe(want);
  });

  it('meetings: a traveller whose destination names no one to meet has a meeting with the state', () => {
    expect(meetingsOf('Trade Minister Karl Olsen leaves on Friday for Brazil to press for lower tariffs on coffee.', '1987-03-05').map((m) => m.with)).toEqual([['Brazil', 'Karl Olsen']]);
  });
});

describe('meetings: the subject of the verb that holds a gathering', () => {
  it.each<[string, string, string, string, boolean]>([
    ['"held" a meeting', 'The Nordic Council of Ministers held an informal meeting on Monday.', 'meeting', 'Nordic Council of Ministers', true],
    ['auxiliaries and adverbs before the verb', 'The Cairns Group had also held talks with Canada.', 'talks', 'Cairns Group', true],
    ['"convened"', 'The Arctic Council convened an emergency session in Oslo.', 'session', 'Arctic Council', true],
    ['a reporting verb is no holding verb', 'The Arctic Council said talks would start in Oslo.', 'talks', 'Arctic Council', false],
    ['the object of another verb before the noun', 'Canada held its position at the talks in Oslo.', 'talks', 'Canada', false],
    ['a possessive owns the noun, it does not hold it', "Canada's held talks resumed in Oslo.", 'talks', 'Canada', false],
    ['a readiness is no gathering held', 'Canada is open to talks in Oslo.', 'talks', 'Canada', false],
    ['"resumed"', 'Canada resumed fisheries talks in Oslo.', 'talks', 'Canada', true],
    ['a name after a preposition is no subject', 'Farmers in Canada held rallies before the fisheries talks.', 'talks', 'Canada', false],
    ['a preposition before the noun ends its modifiers', 'Canada held rallies before the talks in Oslo.', 'talks', 'Canada', false],
    ['a passive "held" holds its subject, not the gathering', 'Canada was held responsible at the talks.', 'talks', 'Canada', false],
  ])('meetings: %s', (_why, text, word, name, want) => {
    const { toks, a, m } = spans(text, word, name);
    expect(holdsGathering(toks, m, a, rule(word, 'meeting', true))).toBe(want);
  });
});

describe("meetings: a national cabinet's own session", () => {
  it.each<[string, string, string, boolean]>([
    ['"a cabinet meeting"', 'The plan was approved at a cabinet meeting on Tuesday.', 'meeting', true],
    ['"a meeting of the Danish cabinet"', 'The plan was approved at a meeting of the Danish cabinet on Tuesday.', 'meeting', true],
    ['a meeting of another body', 'The plan was approved at a meeting of the shadow board on Tuesday.', 'meeting', false],
    ['"cabinet" elsewhere in the sentence', 'The cabinet minister will attend the meeting on Tuesday.', 'meeting', false],
  ])('meetings: %s', (_why, text, word, want) => {
    const { toks, a, b } = spans(text, word, '');
    expect(cabinetSession(toks, a, b, rule(word, 'meeting', true)) >= 0).toBe(want);
  });

  it.each<[string, string, string, string[]]>([
    ['the state of the minister who chairs it', "Portugal's Prime Minister Rui Costa chaired a cabinet meeting on Tuesday to approve the budget.", '1987-03-05', ['Portugal', 'Rui Costa']],
    ['the state of the dateline', 'LISBON, March 4 - Portugal will cut its budget deficit. After a Cabinet meeting today, Premier Rui Costa said the plan would be published in April.', '1987-03-04', ['Portugal', 'Rui Costa']],
    ['the state of the adjective before "cabinet", alone', 'Greece said on Monday it would cut spending. The Greek cabinet meeting on Tuesday approved the plan, Premier Nikos Varkas said.', '1987-03-04', ['Greece']],
  ])('meetings: its country takes part: %s', (_why, text, date, want) => {
    const found = meetingsOf(text, date);
    expect(found).toHaveLength(1);
    for (const w of want) expect(found[0]!.with).toContain(w);
  });

  it('meetings: persons of the sentence serving two states name no cabinet country', () => {
    const text = "Spain's Foreign Minister Luis Vidal arrived in Lisbon on Tuesday as Portugal's Prime Minister Rui Costa held a cabinet meeting.";
    const x = extractArticle(article(text, '1987-03-04'), { explain: true });
    const rules = x.candidates!.flatMap((c) => c.parties.filter((p) => p.rule === 'cabinet-session-country').map((p) => p.label));
    expect(rules).toEqual([]);
    const alone = extractArticle(article("Portugal's Prime Minister Rui Costa held a cabinet meeting on Tuesday.", '1987-03-04'), { explain: true });
    expect(alone.meetings.flatMap((m) => m.participants.map((p) => p.label))).toContain('Portugal');
  });

  it('meetings: --explain names the rule that made a country a party against its score', () => {
    const text = 'Portuguese Trade Minister Rui Costa leaves on Friday for Brazil to discuss coffee quotas.';
    const x = extractArticle(article(text, '1987-03-04'), { explain: true });
    const c = x.candidates!.find((k) => k.decision === 'meeting')!;
    expect(c.parties.filter((p) => p.chosen).map((p) => p.label).sort()).toEqual(['Brazil', 'Rui Costa']);
    expect(c.parties.find((p) => p.label === 'Brazil')).toMatchObject({ chosen: true, rule: 'journey-destination' });
    // Every party chosen against its own score says which rule chose it; one chosen by its score names none.
    for (const p of x.candidates!.flatMap((k) => k.parties)) {
      if (p.chosen && p.score <= 0) expect(p.rule).toBeTruthy();
      if (p.chosen && p.score > 0) expect(p.rule).toBeUndefined();
    }
  });
});

describe('meetings: rule tables hold only their words', () => {
  it('meetings: words that name Object.prototype members are no rule ("constructor", "tostring")', () => {
    // "constructor" stands within the six words before "met" that are checked against the hypothetical-context table.
    const found = meetingsOf('Herbert Lutz, head of the constructor Hochtief, met German Chancellor Olaf Scholz in Berlin on Tuesday.');
    expect(found.map((m) => m.with)).toEqual([['Herbert Lutz', 'Olaf Scholz']]);
  });
});

describe('meetings: learned decisions', () => {
  const explained = (text: string, date = '2021-05-12') => extractArticle(article(text, date), { explain: true });

  it('meetings: every trigger occurrence is a candidate with a decision, a score and its reasons', () => {
    const x = explained('Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Pedro Gomez in Lima on Monday. The talks focused on fishing rights, and a summit is planned.');
    expect(x.candidates?.map((c) => c.trigger)).toEqual(['met', 'talks', 'summit']);
    for (const c of x.candidates ?? []) {
      expect(['meeting', 'not a meeting', 'too few parties', 'vetoed']).toContain(c.decision);
      expect(c.reasons.length).toBeGreaterThan(0);
    }
    const met = x.candidates![0]!;
    expect(met.decision).toBe('meeting');
    expect(met.parties.filter((p) => p.score > 0).map((p) => p.label).sort()).toEqual(['Ana Ruiz', 'Pedro Gomez']);
    // The talks are the meeting of Monday; "a summit is planned" is a planned meeting of its own, if any.
    expect(x.meetings.filter((m) => m.status === 'held').map((m) => [m.participants.map((p) => p.label).sort(), m.date, m.place?.label])).toEqual([[['Ana Ruiz', 'Pedro Gomez'], '2021-05-10', 'Lima']]);
    expect(x.meetings.filter((m) => m.status !== 'held').length).toBeLessThanOrEqual(1);
  });

  it('meetings: --explain shows, for a meeting, the place chosen and every place option with its score, best first', () => {
    const x = explained('Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Pedro Gomez in Lima on Monday.');
    const met = x.candidates!.find((c) => c.trigger === 'met')!;
    expect(met.place?.value).toBe('Lima');
    const options = met.place!.options;
    expect(options[0]!.value).toBe('Lima');
    expect(options.some((o) => o.value === null)).toBe(true);
    for (let i = 1; i < options.length; i++) expect(options[i - 1]!.score).toBeGreaterThanOrEqual(options[i]!.score);
    expect(options[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('meetings: a genre veto decides alone however much else speaks for a meeting, and says so', () => {
    const text = 'Chilean Foreign Minister Ana Ruiz will attend a concert with Peruvian Foreign Minister Pedro Gomez in Lima on Monday.';
    const shipped = parseMeetingModel(fs.readFileSync(MEETING_MODEL_URL, 'utf8'));
    // Everything but the veto made to speak for a meeting: a bias beyond the veto's own weight.
    const veto = shipped.meeting.weights['veto:audience-occasion']!;
    expect(veto).toBeLessThan(0);
    const eager = { ...shipped, meeting: { ...shipped.meeting, bias: shipped.meeting.bias - veto + 10 } };
    const { doc, roles } = prepareArticle(article(text, '2021-05-12'));
    const trace: NonNullable<Parameters<typeof extractMeetings>[2]>['trace'] = [];
    const events = extractMeetings(doc, roles, { model: eager, trace });
    const c = trace!.find((k) => k.trigger === 'attend')!;
    expect(c.score).toBeGreaterThan(0);
    expect(c.decision).toBe('vetoed');
    expect(c.reasons[0]![0]).toBe('veto:audience-occasion');
    expect(events).toEqual([]);
    // The shipped model rejects it too.
    expect(explained(text).meetings).toEqual([]);
  });

  it('meetings: without --explain the extraction carries no candidates', () => {
    expect(extract('Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Pedro Gomez in Lima on Monday.').candidates).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['a cancelled meeting', 'A meeting between Ana Ruiz and Pedro Gomez was cancelled.', 'veto:cancelled-after'],
    ['a meeting put off with no new day', 'Ana Ruiz on Monday postponed her visit to Peruvian President Pedro Gomez in Lima.', 'veto:postponed-undated'],
    ['a proposal', 'Ecuador proposed that Ruiz and Gomez meet in Quito.', 'veto:not-event:proposal'],
    ['a request', 'Chilean Foreign Minister Ana Ruiz requested a meeting with Peruvian President Pedro Gomez.', 'veto:request'],
    ['an idiom', 'Chilean miner Codelco said it would raise output to meet demand from China and India.', 'veto:not-meeting-object'],
    ['an idiom of a gerund "meeting"', 'Siemens said its new turbines were capable of meeting the power demand of Germany and Denmark for a decade.', 'veto:not-meeting-object'],
    ['"met a cool reception"', 'The speech by Rishi Sunak met a cool reception from Emmanuel Macron on Friday.', 'veto:not-meeting-object'],
    ['a fixture of a sports sentence', 'Striker Carlos Vela scored twice as Mexico beat Peru, and Mexico will meet Chile in the semi-final.', 'veto:sports-sentence'],
  ])('meetings: a rule table speaks against %s with a negative weight', (_why, text, veto) => {
    const c = explained(text).candidates!.find((x) => x.reasons.some(([f]) => f === veto));
    expect(c).toBeDefined();
    expect(c!.reasons.find(([f]) => f === veto)![1]).toBeLessThan(0);
  });

  it('meetings: a reason is a feature and its weight; the strongest come first', () => {
    const m = { bias: 0.5, weights: { a: 2, b: -3, c: 0.25 } };
    expect(score(m, ['a', 'b', 'c', 'unknown'])).toBeCloseTo(-0.25);
    expect(reasons(m, ['a', 'b', 'c', 'unknown'], 2)).toEqual([['b', -3], ['a', 2]]);
  });

  it('meetings: the shipped weights are in their canonical form (training writes the same bytes)', () => {
    const text = fs.readFileSync(MEETING_MODEL_URL, 'utf8');
    expect(serializeMeetingModel(parseMeetingModel(text))).toBe(text);
  });
});

describe('meetings: dates and places a reader would give', () => {
  it.each<[string, string, string, Want]>([
    ['a weekday of a planned meeting in a present-tense sentence is the coming one', 'PARIS, March 3 - French Finance Minister Jean Morel is unlikely to back the plan at his meeting with German Finance Minister Karl Braun on Thursday, aides said.', '1987-03-03', { with: ['Jean Morel', 'Karl Braun'], date: '1987-03-05', status: 'planned' }],
    ['"starts a visit on Sunday" is the coming Sunday, one event', 'Chilean Foreign Minister Ana Ruiz begins a five-day visit to Lima on Sunday, where she will meet Peruvian Foreign Minister Pedro Gomez.', '2022-12-22', { with: ['Ana Ruiz', 'Pedro Gomez'], date: '2022-12-25', place: 'Lima', status: 'planned' }],
    ['a place qualifying the meeting noun', 'British Prime Minister Jane Hollis and Italian Prime Minister Marco Ferri held the Downing Street talks on Monday.', '2022-12-22', { with: ['Jane Hollis', 'Marco Ferri'], place: 'Downing Street' }],
    ['a place after a kind of place and "of"', 'Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Pedro Gomez at a forum in the French resort of Biarritz.', '2022-12-22', { with: ['Ana Ruiz', 'Pedro Gomez'], place: 'Biarritz' }],
    ['"Number 10" is a venue', 'British Prime Minister Gordon Brown held talks with Irish Taoiseach Brian Cowen at Number 10 on Monday.', '2022-12-22', { with: ['Brian Cowen', 'Gordon Brown'], place: 'Number 10' }],
    ['a later reference to the meeting that states its place', 'Norwegian Trade Minister Lars Berg met Swedish Trade Minister Eva Lind on Tuesday. The Stockholm talks, which lasted three hours, covered fishing quotas.', '2022-12-22', { with: ['Eva Lind', 'Lars Berg'], place: 'Stockholm' }],
  ])('meetings: %s', (_why, text, date, want) => expectOneMeeting(text, date, want));


  // Guideline rule 12: a visit and a meeting during it that the text reports apart are two events.
  it('meetings: a meeting in a state whose person is visiting a city of it is placed in the city; the visit is its own event', () => {
    const found = meetingsOf('Chinese Foreign Minister Li Wei met British Foreign Secretary Tom Hale in China on Monday. Mr Hale, visiting Beijing, signed a tourism deal.');
    expect(found.find((m) => m.with.includes('Li Wei'))).toMatchObject({ with: ['Li Wei', 'Tom Hale'], place: 'Beijing' });
    expect(found.map((m) => m.with)).toContainEqual(['China', 'Tom Hale']);
  });

  it('meetings: a date that depends on the tense is offered in both readings, each standing for one status', () => {
    const raw = rawCandidates('Dutch Finance Minister Jan Vos meets his Belgian counterpart Marc Peeters on Friday.', '2022-12-21');
    const options = raw[0]!.dateOptions.filter((o) => o.value);
    expect(options.map((o) => [o.value, o.tense]).sort()).toEqual([['2022-12-16', 'past'], ['2022-12-23', 'future']]);
    expect(datesFor(raw[0]!.dateOptions, 'planned').map((o) => o.value)).toEqual([null, '2022-12-23']);
    expect(datesFor(raw[0]!.dateOptions, 'held').map((o) => o.value)).toEqual([null, '2022-12-16']);
  });

  it('meetings: --explain gives the status decided and the date chosen with every option weighed', () => {
    const x = extractArticle(article('Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Pedro Gomez in Lima on Monday.', '2021-05-12'), { explain: true });
    const met = x.candidates!.find((c) => c.trigger === 'met')!;
    expect(met.status).toBe('held');
    expect(met.date?.value).toBe('2021-05-10');
    expect(met.date?.text).toContain('Monday');
    expect(met.date?.options.map((o) => o.value)).toContain(null);
    expect(met.date?.options[0]!.value).toBe('2021-05-10');
    expect(met.date?.options[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('meetings: where a date option lies from the reference day is weighed with the status', () => {
    const raw = rawCandidates('Dutch Finance Minister Jan Vos met his Belgian counterpart Marc Peeters on December 2 and will see him again on January 9.', '2022-12-21');
    const relation = (status: 'held' | 'planned', value: string) => datesFor(raw[0]!.dateOptions, status).find((o) => o.value === value)?.features.filter((f) => f.startsWith('ref:'));
    expect(relation('held', '2022-12-02')).toEqual(['ref:before-far', 'ref:before-far|held']);
    expect(relation('planned', '2023-01-09')).toEqual(['ref:after-far', 'ref:after-far|planned']);
  });

  it.each<[string, string, number, string, string]>([
    ['a visit in the sentence before: its destination, a city, is an option of the meeting after', 'Norwegian Trade Minister Lars Berg starts a three-day visit to Stockholm on Monday. Berg will meet Swedish Trade Minister Eva Lind and Finance Minister Anna Ek.', 1, 'Stockholm', 'visit-destination'],
    ['a visit to a state and a city of it stated later: the city is an option, the state learns it', 'Norwegian Trade Minister Lars Berg will visit Sweden next week to meet Swedish Trade Minister Eva Lind. Fish quotas lead the agenda. Berg will be in Stockholm from Monday.', 0, 'Stockholm', 'city-of-state'],
  ])('meetings: place options: %s', (_, text, sentence, place, feature) => {
    const raw = rawCandidates(text, '2022-12-21');
    const candidate = raw.find((r) => r.sentence === sentence)!;
    const option = candidate.placeOptions.find((o) => o.value?.label === place);
    expect(option?.features).toContain(feature);
  });

  it.each<[string, string, string, string[]]>([
    ['two alternatives', 'Kenya is due to hold new talks with the World Bank in late May or June on its farm loans.', 'talks', ['pair-first', 'pair-second']],
    ['two days of one meeting', 'Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Pedro Gomez on Monday and Tuesday.', 'met', ['pair-first', 'pair-second']],
  ])('meetings: date options know the first and the second of a pair: %s', (_, text, trigger, want) => {
    const raw = rawCandidates(text, '2022-04-13');
    const candidate = raw.find((r) => r.trigger === trigger)!;
    const dated = candidate.dateOptions.filter((o) => o.value && o.features.some((f) => f.startsWith('side:')));
    expect(new Set(dated.map((o) => o.text)).size).toBe(2);
    const first = Math.min(...dated.map((o) => text.indexOf(o.text!)));
    for (const o of dated) expect(o.features).toContain(text.indexOf(o.text!) === first ? want[0] : want[1]);
  });

  it("meetings: the encounters a visit announces are where the visit goes, one meeting each", () => {
    const found = meetingsOf('Norwegian Trade Minister Lars Berg begins a five-day visit to Washington on Sunday. Berg said he will meet President Donald Trump, Secretary of State Mike Pompeo and Treasury Secretary Steven Mnuchin.');
    const met = found.filter((m) => m.with.includes('Lars Berg') && m.with.length === 2 && ['Donald Trump', 'Mike Pompeo', 'Steven Mnuchin'].includes(m.with[0] === 'Lars Berg' ? m.with[1]! : m.with[0]!));
    expect(met.length).toBe(3);
    for (const m of met) expect(m.place).toBe('Washington');
  });

  it("meetings: the dateline's day is no date option of the lead sentence", () => {
    const raw = rawCandidates('TRADE TALKS\nOSLO, Dec 21 - Norwegian Trade Minister Lars Berg met Swedish Trade Minister Eva Lind.', '2022-12-21');
    expect(raw[0]!.dateOptions.map((o) => o.value)).toEqual([null]);
  });
});

describe('meetings: one day, two tenses', () => {
  it('meetings: a meeting announced and then reported, on the same day, is one event', () => {
    const x = extract('German Chancellor Olaf Scholz was due to meet French President Emmanuel Macron in Paris on December 20, officials said last week. Scholz and Macron talked for two hours in Paris on December 20 about energy prices.', '2022-12-22');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toBe('2022-12-20');
    expect(x.meetings[0]!.evidence).toHaveLength(2);
  });
  it('meetings: the same parties on two different days are two events, whatever the tenses', () => {
    const x = extract('German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on December 12. Scholz will meet Macron again in Paris on January 9.', '2022-12-22');
    expect(x.meetings.map((m) => m.date).sort()).toEqual(['2022-12-12', '2023-01-09']);
  });
});
