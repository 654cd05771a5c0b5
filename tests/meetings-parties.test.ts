/** Parties a meeting sentence implies without naming them (src/pipeline/meeting-parties.ts). */
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../src/pipeline/extract.js';
import { impliedParties } from '../src/pipeline/meeting-parties.js';
import { extract } from './helpers/article.js';
import { stateByIso } from '../src/gazetteer/states.js';

/** The implied parties of the first sentence around its word `trigger`, as "origin:label"; `dateline` is the text of
 * the place the article's dateline names. */
function implied(text: string, trigger: string, date = '2013-05-02', dateline?: string): string[] {
  const { doc } = prepareArticle({ id: 't', text, date });
  const s = doc.sentences.find((x) => x.tokens.some((t) => t.text === trigger))!;
  const a = s.tokens.findIndex((t) => t.text === trigger);
  const ms = doc.mentions.filter((m) => m.sentence === s.index);
  const place = dateline === undefined ? undefined : doc.mentions.find((m) => m.text === dateline);
  return impliedParties(doc, s, ms, a, a + 1, place).map((p) => `${p.origin}:${p.mention.label}`);
}

describe('meetings: implied parties', () => {
  it.each<[string, string, string, string[]]>([
    ['a visited capital stands for its state, the visitor\'s adjective for the visitor\'s', 'The Indian prime minister will make a three-day visit to Tokyo next week.', 'visit', ['demonym:India', 'place-state:Japan']],
    ['a national adjective before officials', 'Treasury Secretary Jack Lew met West German trade officials on Monday.', 'met', ['demonym:West Germany']],
    ['a two-word national adjective before a delegation', 'A South Korean delegation held talks with the mayor.', 'talks', ['demonym:South Korea']],
    ['a national adjective before a cabinet: the state (a national cabinet is the country)', 'Ministers of the Dutch cabinet met on Friday to review spending.', 'met', ['demonym:Netherlands']],
    ['a national adjective before other nouns implies no one', 'Jack Lew praised the Italian cuisine at the meeting.', 'meeting', []],
    ['national adjectives coordinated before one word for officials', 'Our envoy briefed the press on Friday after meeting U.S., Swedish, and Greek farm ministers.', 'meeting', ['demonym:Sweden', 'demonym:Greece']],
    ['two-word adjectives in a coordination', 'The mayor met South Korean and West German officials in the morning.', 'met', ['demonym:South Korea', 'demonym:West Germany']],
    ['coordinated adjectives before a word that is no group imply no one', 'The chef met Italian and French cooks at the meeting.', 'met', []],
    ['a state the article names keeps its own label and cluster', 'Jack Lew met French officials in Paris. France said the talks went well.', 'met', ['place-state:France', 'demonym:France']],
  ])('meetings: %s', (_why, text, trigger, want) => {
    expect(implied(text, trigger).sort()).toEqual([...want].sort());
  });

  it.each<[string, string, string, string[]]>([
    ['"the government" no state qualifies is the state the article names', 'The lenders said Kenya had missed its targets. Their team will hold talks with the government in May.', 'talks', ['government:Kenya']],
    ['of several states, the one named most often', 'The lenders said Ghana and Uganda had missed targets, and Uganda asked for more time. The fund will hold talks with the authorities in May.', 'talks', ['government:Uganda']],
    ['a national adjective names the government\'s state itself', 'The lenders will hold talks with the Kenyan government in May.', 'talks', ['demonym:Kenya']],
    ['so does a state\'s possessive', "The lenders will hold talks with Kenya's government in May.", 'talks', []],
    ['a capitalised name is an organization, not a government', 'The fund said the Government Accountability Office met the lenders.', 'met', []],
  ])('meetings: %s', (_why, text, trigger, want) => {
    expect(implied(text, trigger).sort()).toEqual([...want].sort());
  });

  it('meetings: "the government" is the state of the article\'s dateline before the state named most', () => {
    const text = 'NAIROBI, May 2 - Uganda said on Thursday that a team from the fund had arrived for talks with the government. Uganda and the fund did not comment.';
    expect(implied(text, 'talks', '2013-05-02', 'NAIROBI')).toContain('government:Kenya');
    expect(implied(text, 'talks', '2013-05-02', 'NAIROBI')).not.toContain('government:Uganda');
  });

  it('meetings: a city stands for the state it was part of on the article\'s date', () => {
    const text = 'The British prime minister flew home after her visit to Moscow.';
    expect(implied(text, 'visit', '1987-04-06')).toContain('place-state:Soviet Union');
    expect(implied(text, 'visit', '2013-05-02')).toContain('place-state:Russia');
  });

  it('meetings: a state the article never names is one party however often it is implied', () => {
    const { doc } = prepareArticle({ id: 't', text: 'Jack Lew met Japanese officials in Tokyo on Monday.', date: '2013-05-02' });
    const s = doc.sentences[0]!;
    const a = s.tokens.findIndex((t) => t.text === 'met');
    const parties = impliedParties(doc, s, doc.mentions, a, a + 1);
    expect(parties.map((p) => p.mention.label)).toEqual(['Japan', 'Japan']);
    expect(new Set(parties.map((p) => p.mention.cluster)).size).toBe(1);
    expect(doc.mentions.some((m) => m.cluster === parties[0]!.mention.cluster)).toBe(false);
  });
});

describe('meetings: the state whose unnamed officials are met is a party', () => {
  const parties = (text: string) =>
    extract(text, '2013-05-02').meetings.map((m) => m.participants.map((p) => p.label).sort());
  it.each<[string, string, string[], string[]]>([
    ['officials as the object of "meet"', 'Trade Secretary Ana Lind will stop in Bergen to meet Swedish officials on Tuesday.', ['Ana Lind', 'Sweden'], []],
    ['a delegation after "talks with"', 'Trade Secretary Ana Lind held talks with a Finnish delegation in Oslo on Monday.', ['Ana Lind', 'Finland'], []],
    ['a named official is the state\'s side, not the state', 'Trade Secretary Ana Lind will meet Swedish Prime Minister Karl Berg in Bergen on Tuesday.', ['Ana Lind', 'Karl Berg'], ['Sweden']],
  ])('meetings: %s', (_why, text, want, never) => {
    const found = parties(text);
    expect(found.some((p) => want.every((w) => p.includes(w)))).toBe(true);
    for (const n of never) expect(found.flat()).not.toContain(n);
  });
});

/** The states the article names as the side of the person whose mention reads `name`, as labels. */
function sides(text: string, name: string): string[] {
  const { doc, roles } = prepareArticle({ id: 't', text, date: '2016-05-02' });
  const person = doc.mentions.find((m) => m.kind === 'person' && m.text === name)!;
  return [...(roles.sides.get(person.cluster) ?? [])].map((iso) => stateByIso(iso)?.name ?? iso).sort();
}

describe('meetings: the state a person acts for', () => {
  it.each<[string, string, string, string[]]>([
    ['a state in the title before the name', 'Canadian Trade Minister Lena Ostrow will meet the mayor on Monday.', 'Lena Ostrow', ['Canada']],
    ['a state abbreviation in the title', 'U.S. Labor Secretary Dana Whitcombe toured the plant with the union.', 'Dana Whitcombe', ['United States']],
    ['a state\'s possessive in an apposition', "Dana Whitcombe, Norway's trade minister, met the union on Monday.", 'Dana Whitcombe', ['Norway']],
    ['a state the office is for is not its side', 'Special Envoy for Sudan Dana Whitcombe met the rebels on Monday.', 'Dana Whitcombe', []],
    ['the state an ambassador is sent to is not the side; the state before the title is', "Peru's Ambassador to the United States Dana Whitcombe met the union on Monday.", 'Dana Whitcombe', ['Peru']],
    ['an envoy to a state named alone has no side', 'Envoy to the Netherlands Dana Whitcombe met the union on Monday.', 'Dana Whitcombe', []],
    ['a state ending a sentence of its own is not a title', 'Stay out of Chile! Dana Whitcombe wrote on Monday.', 'Dana Whitcombe', []],
    ['a national adjective of birth is no office', 'Dana Whitcombe, a Danish-born painter, met the mayor.', 'Dana Whitcombe', []],
    ['a national adjective inside a firm\'s name is the firm\'s, not the person\'s side', 'American Airlines CEO Dana Whitcombe met the mayor on Monday.', 'Dana Whitcombe', []],
  ])('meetings: %s', (_why, text, name, want) => {
    expect(sides(text, name)).toEqual(want);
  });

  it('meetings: a later bare mention of the person keeps the side the article named once', () => {
    const text = 'Canadian Trade Minister Lena Ostrow arrived on Sunday. Ostrow met the mayor of Lyon on Monday.';
    expect(sides(text, 'Ostrow')).toEqual(['Canada']);
  });
});

describe('meetings: sides joined by a hyphen', () => {
  it.each<[string, string, string, string[]]>([
    ['two national adjectives', 'Sino-Soviet talks opened in Moscow on Monday.', 'talks', ['demonym:China', 'demonym:Soviet Union', 'place-state:Russia']],
    ['a national adjective after a named state (the state is a mention of its own)', 'The U.S.-Soviet summit in Reykjavik ended on Sunday.', 'summit', ['demonym:Soviet Union', 'place-state:Iceland']],
    ['a national adjective alone is no side', 'The Soviet summit in Reykjavik ended on Sunday.', 'summit', ['place-state:Iceland']],
    ['an origin before a nationality is a people, no side', 'Cuban-American lawmakers met with the mayor on Monday.', 'met', []],
    ['an origin before a nationality, and a word for people after', 'The mayor met Chinese-American business leaders on Monday.', 'met', []],
    ['an origin and a nationality before a word of relations are two sides', 'Japanese-American trade talks ended on Monday.', 'talks', ['demonym:Japan', 'demonym:United States']],
  ])('meetings: %s', (_why, text, trigger, want) => {
    expect(implied(text, trigger).sort()).toEqual([...want].sort());
  });

  it.each<[string, string, string]>([
    ['before words of talks further on', 'Soviet-American arms control talks opened in Geneva on Monday.', 'talks'],
    ['before the sides\' negotiators', 'Soviet-American negotiators met in Geneva on Monday.', 'met'],
  ])('meetings: a nationality pair is two sides %s', (_why, text, trigger) => {
    expect(implied(text, trigger)).toEqual(expect.arrayContaining(['demonym:Soviet Union', 'demonym:United States']));
  });
});
