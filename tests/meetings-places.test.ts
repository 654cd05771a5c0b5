/** A meeting's place: the most specific place stated, the place of the meeting word it qualifies. */
import { describe, expect, it } from 'vitest';
import { article, extract } from './helpers/article.js';
import { prepareArticle } from '../src/pipeline/extract.js';
import { extractMeetings, type RawCandidate } from '../src/pipeline/05-meetings.js';
import { containsPlace, isMonthWord } from '../src/pipeline/meeting-places.js';

/** The place options of each trigger of a text, with the relation features read for them. */
function options(text: string): Array<{ trigger: string; places: Array<[string, string[]]> }> {
  const { doc, roles } = prepareArticle(article(text, '2005-01-05'));
  const raw: RawCandidate[] = [];
  extractMeetings(doc, roles, { raw });
  return raw.map((r) => ({
    trigger: r.trigger,
    places: r.placeOptions.filter((o) => o.value).map((o) => [o.value!.label, o.features.filter((f) => /option|trigger-/.test(f))] as [string, string[]]),
  }));
}

describe('meetings: places that contain one another', () => {
  it.each<[string, string, string, string]>([
    ['"X in Y"', 'The finance ministers of the Group of Seven will meet at Versailles in France on Friday.', 'Versailles', 'France'],
    ['a city and its state by the gazetteers', 'The finance ministers of the Group of Seven will meet in Japan on Friday, in Tokyo.', 'Tokyo', 'Japan'],
  ])('meetings: %s marks the container and the contained', (_why, text, inner, outer) => {
    const meet = options(text).find((c) => c.trigger === 'meet')!;
    const byLabel = new Map(meet.places);
    expect(byLabel.get(inner)).toContain('within-option');
    expect(byLabel.get(outer)).toContain('contains-option');
  });

  it('meetings: the meeting is placed in the contained place', () => {
    const found = extract('The finance ministers of the Group of Seven will meet at Versailles in France on Friday.', '2005-01-05').meetings;
    expect(found.map((m) => m.place?.label)).toEqual(['Versailles']);
  });

  // Containment read from the text needs a container that can hold a city: a state or a region, not another city.
  it.each<[string, string, string, string, boolean]>([
    ['a city, a region', 'The two presidents will meet at Annapolis, Maryland, on Friday.', 'Maryland', 'Annapolis', true],
    ['a city in a region', 'The two presidents will meet at Annapolis in Maryland on Friday.', 'Maryland', 'Annapolis', true],
    ['a list of cities', 'Trade ministers will hold talks in London, Paris and Berlin next week.', 'Paris', 'London', false],
    ['two cities after a comma', 'The envoys will meet in Geneva, Vienna being ruled out.', 'Vienna', 'Geneva', false],
  ])('meetings: %s: the first place contains the second or not', (_why, text, outer, inner, contained) => {
    const { doc } = prepareArticle(article(text, '2005-01-05'));
    const o = doc.mentions.find((m) => m.text === outer)!;
    const i = doc.mentions.find((m) => m.text === inner)!;
    expect(containsPlace(doc.sentences[o.sentence]!.tokens, o, i)).toBe(contained);
  });
});

describe('meetings: a place belongs to the nearest meeting word', () => {
  it('meetings: a place after a second meeting noun is nearer to it than to the first', () => {
    const found = options('Proposals of the Lagos conference will go to the September summit of the African Union in Addis Ababa, officials said.');
    const first = found.find((c) => c.trigger === 'conference')!;
    const second = found.find((c) => c.trigger === 'summit')!;
    expect(new Map(first.places).get('Addis Ababa')).toEqual(expect.arrayContaining(['other-trigger-nearer', 'trigger-between']));
    expect(new Map(second.places).get('Addis Ababa') ?? []).not.toContain('other-trigger-nearer');
  });
});

describe('meetings: a place that another meeting discusses', () => {
  it('meetings: is not offered as the place of the next sentence\'s meeting', () => {
    const found = options('Norwegian Trade Minister Lars Berg met Swedish Trade Minister Eva Lind on Tuesday to discuss the situation in Ukraine. Berg later held talks with Danish Trade Minister Ole Holm.');
    const talks = found.find((c) => c.trigger.endsWith('talks'))!;
    expect(talks.places.map(([label]) => label)).not.toContain('Ukraine');
  });
});

describe('meetings: a region of the world as a place', () => {
  /** The features of each place option of the trigger `word`. */
  function regionFeatures(text: string, word: string): Map<string, string[]> {
    const { doc, roles } = prepareArticle(article(text, '2005-01-05'));
    const raw: RawCandidate[] = [];
    extractMeetings(doc, roles, { raw });
    const r = raw.find((c) => c.trigger === word)!;
    return new Map(r.placeOptions.filter((o) => o.value).map((o) => [o.value!.label, o.features.filter((f) => f.startsWith('world-region'))]));
  }

  it.each<[string, string, string, string, string | null]>([
    ['a continent with a city stated', 'Norwegian Trade Minister Lars Berg begins a tour of Africa on Monday and will meet ministers in Nairobi.', 'tour', 'Africa', 'Nairobi'],
    ['a region with a state stated', 'Finance Minister Eva Lind left for the Far East on Sunday and will hold talks in Japan with Finance Minister Taro Sato.', 'left', 'Far East', 'Japan'],
    ['a continent alone', 'Norwegian Trade Minister Lars Berg will meet his counterparts in Europe next week.', 'meet', 'Europe', null],
  ])('meetings: %s', (_why, text, word, region, specific) => {
    const byLabel = regionFeatures(text, word);
    expect(byLabel.get(region)).toEqual(['world-region', `world-region|${specific ? 'with-specific' : 'alone'}`]);
    if (specific) expect(byLabel.get(specific)).toEqual([]);
  });

  it('meetings: the meeting is placed in the city rather than the continent its journey goes to', () => {
    const found = extract('Norwegian Trade Minister Lars Berg begins a tour of Africa on Monday. He will meet Kenyan Trade Minister John Mwangi in Nairobi on Tuesday.', '2005-01-05').meetings;
    expect(found.map((m) => m.place?.label)).toContain('Nairobi');
    expect(found.some((m) => m.place?.label === 'Africa' && m.parties.some((p) => p.label === 'John Mwangi'))).toBe(false);
  });
});

describe('meetings: a state named as a party and stated as a place', () => {
  it('meetings: a state the sentence names without a locative is still offered where the next sentence states it', () => {
    const { doc, roles } = prepareArticle(article("Norwegian Trade Minister Lars Berg met Japan's Trade Minister Taro Sato on Sunday. Berg, who arrived in Japan on Saturday for a week of talks on fisheries, said the two sides were close to a deal.", '2005-01-05'));
    const raw: RawCandidate[] = [];
    extractMeetings(doc, roles, { raw });
    const met = raw.find((c) => c.trigger === 'met')!;
    const japan = met.placeOptions.find((o) => o.value?.label === 'Japan');
    expect(japan?.features).toEqual(expect.arrayContaining(['next-sentence', 'next-sentence|prep:in']));
  });
});

describe('meetings: the dateline and the stated places', () => {
  it('meetings: a state stated for the meeting does not contain the dateline city', () => {
    const { doc, roles } = prepareArticle(article('NAIROBI, Jan 5 - Norwegian Trade Minister Lars Berg will travel to Kenya on Tuesday to meet Kenyan Trade Minister John Mwangi, officials said.', '2005-01-05'));
    const raw: RawCandidate[] = [];
    extractMeetings(doc, roles, { raw });
    const travel = raw.find((c) => c.trigger === 'travel')!;
    const kenya = travel.placeOptions.find((o) => o.value?.label === 'Kenya')!;
    const dateline = travel.placeOptions.find((o) => o.features.includes('dateline'))!;
    expect(dateline.value?.label.toLowerCase()).toBe('nairobi');
    expect(kenya.features).not.toContain('contains-option');
    // Its own feature: the dateline city is where the report was filed, not a city stated within the state.
    expect(dateline.features).toContain('within-option|dateline');
    expect(dateline.features).not.toContain('within-option');
  });
});

describe('meetings: where the candidate\'s own journey goes', () => {
  it.each<[string, string, string]>([
    ['a state past a time phrase', 'Norwegian Trade Minister Lars Berg leaves next week for Kenya, officials said.', 'Kenya'],
    ['a state after "a visit to"', 'Officials said the accord was reached during Lars Berg\'s visit to Kenya in March.', 'Kenya'],
  ])('meetings: %s is offered as a place', (_why, text, state) => {
    const { doc, roles } = prepareArticle(article(text, '2005-01-05'));
    const raw: RawCandidate[] = [];
    extractMeetings(doc, roles, { raw });
    const option = raw.flatMap((c) => c.placeOptions).find((o) => o.value?.label === state);
    expect(option?.features).toEqual(expect.arrayContaining(['journey-destination']));
  });
});

describe('meetings: a month word is not a place', () => {
  it.each<[string, boolean]>([
    ['Feburary', true],
    ['Septembre', true],
    ['March', true],
    ['Augusta', false],
    ['Geneva', false],
    ['Marseille', false],
  ])('meetings: %s → %s', (word, month) => {
    expect(isMonthWord(word)).toBe(month);
  });
});

describe('meetings: a place stated for a meeting noun elsewhere in the article', () => {
  it.each<[string, string, boolean]>([
    ['after the noun\'s "of" phrase', 'Trade ministers of the Nordic countries opened a meeting of Nordic fisheries and trade experts in Bergen on Monday.', true],
    ['not past a comma', 'Trade ministers of the Nordic countries opened a meeting of fisheries experts, hosted in Bergen, on Monday.', false],
  ])('meetings: %s', (_why, first, offered) => {
    const text = `${first} The talks were expected to last three days. Officials said the results would be published in March. Norwegian Trade Minister Lars Berg told the meeting that quotas should be cut.`;
    const { doc, roles } = prepareArticle(article(text, '2005-01-05'));
    const raw: RawCandidate[] = [];
    extractMeetings(doc, roles, { raw });
    const told = raw.find((c) => c.trigger === 'meeting' && c.sentence === 3)!;
    const bergen = told.placeOptions.find((o) => o.value?.label === 'Bergen');
    if (offered) expect(bergen?.features).toEqual(expect.arrayContaining(['article', 'article|same-word']));
    else expect(bergen).toBeUndefined();
  });
});
