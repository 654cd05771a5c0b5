/** Names glued to what they are not: companies written with a possessive, buildings and bodies named after people,
 * an outlet's head word alone, programmes read as bodies, credits before names, contractions before names. Table
 * cases. */
import { describe, expect, it } from 'vitest';
import { article } from './helpers/article.js';
import { extractArticle } from '../src/pipeline/extract.js';
import type { NerSpan } from '../src/pipeline/recognizer.js';
import { reading } from './helpers/recognizer.js';
import { contractionReason, creditReason, facilityReading } from '../src/names/index.js';
import { lexiconTag } from '../src/nlp/nlp.js';

const extracted = (text: string, spans: Array<[string, NerSpan['type']]>) => extractArticle(article(text, '2019-03-02'), { recognizer: reading(spans) }).entities;
const entitiesOf = (text: string, spans: Array<[string, NerSpan['type']]>) => [...new Set(extracted(text, spans).map((e) => `${e.label} (${e.kind})`))].sort();
const namesOf = (text: string, spans: Array<[string, NerSpan['type']]>) => [...new Set(extracted(text, spans).map((e) => `${e.text} → ${e.label}`))].sort();

describe('names: a company written with its possessive', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['a chain the gazetteers know with its "\'s" is the company', 'Shoppers lined up outside Kohl’s on Friday, and Kohl’s said sales rose.', [['Kohl', 'PER']], ["Kohl's (organization)"]],
    ['a given name with "\'s" is a person\'s possessive', 'Activists said Macy’s plan failed, and Macy’s aide resigned.', [['Macy', 'PER']], ['Macy (person)']],
    ['the surname of a person named in full stays the person', 'Senator Ada McDonald spoke. McDonald’s bill passed on Tuesday.', [['Ada McDonald', 'PER'], ['McDonald', 'PER']], ['Ada McDonald (person)']],
    ['written once without "\'s", the word is a person', 'McDonald’s lawyer spoke. McDonald declined to comment on the case.', [['McDonald', 'PER']], ['McDonald (person)']],
    ['a title before it makes it a person', 'Protesters gathered near McDonald’s restaurant before Mr. McDonald’s speech.', [['McDonald', 'PER']], ['McDonald (person)']],
    ['a name the gazetteers do not know with "\'s" stays a person', 'Voters liked Brennicke’s plan, and Brennicke’s aides cheered.', [['Brennicke', 'PER']], ['Brennicke (person)']],
  ])('names: %s', (_, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });

  it('names: the company is written with its possessive', () => {
    expect(namesOf('Shoppers lined up outside Kohl’s on Friday.', [['Kohl', 'PER']])).toEqual(["Kohl’s → Kohl's"]);
  });
});

describe('names: buildings and bodies named after people', () => {
  it.each<[string, string, string | undefined]>([
    ['Orlov Tower', 'place', undefined],
    ['Orlov International Hotel', 'place', undefined],
    ['Brennicke Stadium', 'place', undefined],
    ['Orlov Organization', 'organization', undefined],
    ['Halvorsen Center', 'organization', undefined],
    ['John Tower', '', 'a given name first: a person'],
    ['Margaret Halvorsen Center', 'organization', 'a full name before the word'],
    ['Ronald Brennicke Building', 'place', 'a full name before the word'],
    ['Orlov', '', 'one word'],
    ['Orlov Tower Grill', '', 'the last word is no building'],
    ['Peter J. Tower', '', 'a given name and an initial first: a person'],
    ['Anna Karin Plaza', '', 'two given names first: a person'],
    ['Peter J. Brennicke Center', 'organization', 'a full name with an initial before the word'],
  ])('names: facilityReading(%s) is %s', (label, kind) => {
    expect(facilityReading(label, (w) => ['MaleName', 'FemaleName', 'FirstName'].includes(lexiconTag(w) ?? ''))?.kind ?? '').toBe(kind);
  });

  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['a tower read as a person is the building', 'Protesters marched to Orlov Tower on Sunday.', [['Orlov Tower', 'PER']], ['Orlov Tower (place)']],
    ['a hotel read as a person is the building', 'Delegates stayed at the Orlov International Hotel.', [['Orlov International Hotel', 'PER']], ['Orlov International Hotel (place)']],
    ['a given name first keeps the person', 'Senator John Tower spoke on Monday.', [['John Tower', 'PER']], ['John Tower (person)']],
    ['the namesake alone stays the person, not the firm named after him', 'President Orlov spoke on Monday. The Orlov Organization owns the hotel, and Orlov declined to comment.', [['Orlov Organization', 'ORG'], ['Orlov', 'PER']], ['Orlov (person)', 'Orlov Organization (organization)']],
    ['a given name and an initial keep the person and the meeting', 'Senator Peter J. Tower of Ohio met Ambassador Ilya Orlov in Geneva on Friday.', [['Peter J. Tower', 'PER'], ['Ilya Orlov', 'PER']], ['Ilya Orlov (person)', 'Peter J. Tower (person)']],
    ['two given names keep the person', 'Anna Karin Plaza told reporters she would run again.', [['Anna Karin Plaza', 'PER']], ['Anna Karin Plaza (person)']],
    ['a title before a name keeps the person', 'Former Ambassador Yobel Plaza spoke in Quito on Monday.', [['Yobel Plaza', 'PER']], ['Yobel Plaza (person)']],
    ['the same name without a title is the square', 'Crowds filled Yobel Plaza on Monday.', [['Yobel Plaza', 'PER']], ['Yobel Plaza (place)']],
    ['a tower read as an organization is the building', 'Aides met the lawyer at Orlov Tower in June.', [['Orlov Tower', 'ORG']], ['Orlov Tower (place)']],
    ['a hotel read as an organization is the building', 'The leaders dined at the Varnek Metropole Hotel in Hanoi.', [['Varnek Metropole Hotel', 'ORG']], ['Varnek Metropole Hotel (place)']],
    ['a stadium read as an organization is the building', 'Fans filled Brennicke Stadium on Sunday.', [['Brennicke Stadium', 'ORG']], ['Brennicke Stadium (place)']],
    ['a given name first keeps a name read as an organization off the buildings', 'Senator John Tower met the envoy.', [['John Tower', 'ORG']], ['John Tower (organization)']],
    ['a casino group read as an organization stays one', 'Groupe Casino raised its forecast.', [['Groupe Casino', 'ORG']], ['Groupe Casino (organization)']],
    ['a theatre troupe read as an organization stays one', 'The Dunmore Ballet Theatre toured Asia in May.', [['Dunmore Ballet Theatre', 'ORG']], ['Dunmore Ballet Theatre (organization)']],
    ['a firm\'s first word alone is still the firm', 'Analysts praised Westrup Lynch. Westrup raised its forecast.', [['Westrup Lynch', 'ORG'], ['Westrup', 'PER']], ['Westrup Lynch (organization)']],
  ])('names: %s', (_, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });
});

describe('names: a person whose surname is a building\'s word meets', () => {
  it('names: "Senator Peter J. Tower met Ambassador Ilya Orlov" is a meeting of the two', () => {
    const text = 'Senator Peter J. Tower of Ohio met Ambassador Ilya Orlov in Geneva on Friday.';
    const meetings = extractArticle(article(text, '2019-03-02'), { recognizer: reading([['Peter J. Tower', 'PER'], ['Ilya Orlov', 'PER']]) }).meetings;
    expect(meetings.map((m) => m.participants.map((p) => p.label).sort())).toContainEqual(['Ilya Orlov', 'Peter J. Tower']);
  });
});

describe('names: an outlet\'s head word alone', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['"the Courier Times" then "the Times" is the outlet', 'The Dunmore Courier Times ran the story. A reporter told the Times more on Monday.', [['Dunmore Courier Times', 'ORG'], ['Times', 'ORG']], ['Dunmore Courier Times (organization)']],
    ['a head word without "the" is no short form', 'Bayside Evening News carried the poll. News outlets followed on Monday.', [['Bayside Evening News', 'ORG'], ['News', 'ORG']], ['Bayside Evening News (organization)']],
    ['"the" and a head word in an article naming no longer outlet is a paper of that name', 'The Post said on Monday that talks failed.', [['Post', 'ORG']], ['Post (organization)']],
  ])('names: %s', (_, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
    expect(namesOf(text, spans).some((n) => /^(News|Post) → (?!Post$)/.test(n))).toBe(false);
  });
});

describe('names: programmes read as bodies', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['a spelled-out programme with its acronym', 'The Rural Grain Aid for Smallholders (RGAS) ended. The RGAS program had 8,000 members, said the Farm Bureau.', [['Rural Grain Aid for Smallholders', 'ORG'], ['RGAS', 'ORG'], ['Farm Bureau', 'ORG']], ['Farm Bureau (organization)']],
    ['an acronym written before "recipients" in most mentions', 'RGAS recipients protested. Lawmakers said RGAS recipients would wait.', [['RGAS', 'ORG']], []],
    ['an agency\'s programme keeps the agency', 'The National Mapping Agency program ended, the National Mapping Agency said.', [['National Mapping Agency', 'ORG']], ['National Mapping Agency (organization)']],
    ['an acronym written once before "program" among others is the body', 'The KVX program ended. KVX said it would appeal, and KVX hired lawyers.', [['KVX', 'ORG']], ['KVX (organization)']],
    ['a spelled-out name written once before "program" among others is the body', 'The Norvik Robotics program was shut down in May. Norvik Robotics said it would cut 200 jobs, and Norvik Robotics hired a new chief.', [['Norvik Robotics', 'ORG']], ['Norvik Robotics (organization)']],
    ['a spelled-out name without an acronym before "program" in most mentions', 'The Rural Grain Aid program ended. Farmers said the Rural Grain Aid program paid late.', [['Rural Grain Aid', 'ORG']], []],
  ])('names: %s', (_, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });
});

describe('names: credits and contractions before a name', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['a picture agency after a caption separator', 'A crowd in the rain. | Getty Ingrid Halvorsen wins the vote in Tromso.', [['Getty Ingrid Halvorsen', 'PER']], ['Ingrid Halvorsen (person)']],
    ['a credit line is no entity', 'The minister arrived. Ola Berg/Pool Photo via AP', [['Pool Photo', 'ORG']], []],
    ['a credit line after a comma is no entity', 'The minister arrived. Ola Berg, Lundby Photo via AP', [['Lundby Photo', 'ORG']], []],
    ['a picture agency first in a sentence before a person\'s name', 'Getty Ingrid Halvorsen waves to supporters in Tromso.', [['Getty Ingrid Halvorsen', 'PER']], ['Ingrid Halvorsen (person)']],
    ['an organization first in a sentence starting with an agency\'s word is whole', 'Getty Vineyards announced a record harvest on Thursday.', [['Getty Vineyards', 'ORG']], ['Getty Vineyards (organization)']],
    ['an organization the gazetteers know starting with an agency\'s word is whole', 'Bloomberg Philanthropies pledged new grants to ten cities.', [['Bloomberg Philanthropies', 'ORG']], ['Bloomberg Philanthropies (organization)']],
    ['a name first in a sentence going on with no name word keeps the agency\'s word', 'AP Styleguide editors changed the entry for drones.', [['AP Styleguide', 'ORG']], ['AP Styleguide (organization)']],
    ['a film studio ending with "Pictures" is an organization', 'Halvorsen Pictures chief executive Ada Quill met investors in Oslo.', [['Halvorsen Pictures', 'ORG'], ['Ada Quill', 'PER']], ['Ada Quill (person)', 'Halvorsen Pictures (organization)']],
    ['a photo agency in running text is an organization', 'Lundby Photos said on Monday it had sold its archive.', [['Lundby Photos', 'ORG']], ['Lundby Photos (organization)']],
    ['a pronoun contracted with a verb', '“I’m Ingrid Halvorsen and I approve this message,” she said.', [['I’m Ingrid Halvorsen', 'PER']], ['Ingrid Halvorsen (person)']],
  ])('names: %s', (_, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });

  it.each<[string, boolean]>([
    ['I’m', true], ["He's", true], ["That's", true], ["O'Neill", false], ["D'Souza", false],
  ])('names: contractionReason(%s) is %s', (w, expected) => {
    expect(!!contractionReason(w, lexiconTag)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['Getty Images', true], ['Pool Photo', true], ['AP Photos', true], ['Oslo Pool Photo', true], ['Photo', false], ['Halvorsen', false],
    ['Halvorsen Pictures', false], ['Lundby Photo', false],
  ])('names: creditReason(%s) is %s', (w, expected) => {
    expect(!!creditReason(w)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['Lundby Photo', true], ['Lundby Photos', true], ['Halvorsen Pictures', false], ['Halvorsen', false],
  ])('names: creditReason(%s) at a caption\'s credit is %s', (w, expected) => {
    expect(!!creditReason(w, true)).toBe(expected);
  });
});

describe('names: an honorific after a contraction', () => {
  it('names: "It\'s Mr. Halvorsen" is Halvorsen', () => {
    expect(entitiesOf('“It’s Mr. Halvorsen who decides,” she said. Halvorsen agreed.', [['It’s Mr. Halvorsen', 'PER'], ['Halvorsen', 'PER']])).toEqual(['Halvorsen (person)']);
  });
});

describe('names: programmes defined and apposed', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['"Long Name, or ACR" and an apposition', 'Rural Grain Aid for Smallholders, or RGAS, ended. Farmers relied on RGAS, the program that paid them, said the Farm Bureau.', [['Rural Grain Aid for Smallholders', 'ORG'], ['RGAS', 'ORG'], ['Farm Bureau', 'ORG']], ['Farm Bureau (organization)']],
    ['"Long Name program (ACR)"', 'The Rural Grain Aid for Smallholders program (RGAS) ended. RGAS paid farmers, RGAS said.', [['Rural Grain Aid for Smallholders', 'ORG'], ['RGAS', 'ORG']], []],
    ['a headline\'s capitalised noun', 'RGAS Recipients Wait', [['RGAS', 'ORG']], []],
  ])('names: %s', (_, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });
});
