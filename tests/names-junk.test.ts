/** Names an analyst reads as junk, duplicates or glue: handles, generic one-word bodies, names in capitals, towns that
 * are companies, rooms that are places, acronyms and their long names. Table cases. */
import { describe, expect, it } from 'vitest';
import { article } from './helpers/article.js';
import { extraction } from './helpers/extraction.js';
import { extractArticle } from '../src/pipeline/extract.js';
import type { NerSpan } from '../src/pipeline/recognizer.js';
import { reading } from './helpers/recognizer.js';
import { buildGraph } from '../src/graph/build.js';
import { handleWords, preferredSpelling, shownSpelling, withoutCapitalsDuplicates } from '../src/names/index.js';

const entitiesOf = (text: string, spans: Array<[string, NerSpan['type']]>) =>
  [...new Set(extractArticle(article(text, '2018-06-10'), { recognizer: reading(spans) }).entities.map((e) => `${e.label} (${e.kind})`))].sort();
const nodes = (g: ReturnType<typeof buildGraph>['graph'], kind: string) => g.filterNodes((_, a) => a.kind === kind).map((k) => g.getNodeAttribute(k, 'label')).sort();

describe('names: social-media handles', () => {
  it.each<[string, string, boolean]>([
    ['realMartaLindqvist', '', true],
    ['SenLindqvist', '@', true],
    ['eBay', '', false],
    ['iPhone', '', false],
    ['iOS', '', false],
    ['mRNA', '', false],
    ['eSIMs', '', false],
    ['Lindqvist', '', false],
  ])('names: handleWords(%s) after "%s" is a handle: %s', (word, before, handle) => {
    expect(handleWords(word, before) !== undefined).toBe(handle);
  });

  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['a handle is the person the article names with its words',
      'Marta Lindqvist said the deal was dead. — Marta J. Lindqvist (@realMartaLindqvist) June 9, 2018',
      [['Marta Lindqvist', 'PER'], ['Marta J. Lindqvist', 'PER'], ['realMartaLindqvist', 'ORG']], ['Marta J. Lindqvist (person)']],
    ['a handle of someone the article does not name is no entity',
      'The mayor spoke on Monday. Skip Twitter post by @realTomBrisco The budget passed.',
      [['realTomBrisco', 'ORG']], []],
    ['a handle of an organization the article names is that organization',
      'Harbor Freight Lines said it would hire. (@HarborFreightLines) The port agreed.',
      [['Harbor Freight Lines', 'ORG'], ['HarborFreightLines', 'ORG']], ['Harbor Freight Lines (organization)']],
  ])('names: %s', (_why, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });
});

describe('names: generic one-word bodies', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['a programme title cut short names no body', 'Senator Ann Quill said on "State of the Union" that the bill would pass.',
      [['Ann Quill', 'PER'], ['Union', 'ORG']], ['Ann Quill (person)']],
    ['nor does a talk show', 'Ann Quill told "Face the Nation" on Sunday that she would run.', [['Ann Quill', 'PER'], ['Nation', 'ORG']], ['Ann Quill (person)']],
    ['a lowercase "super PAC" is no body', 'A super PAC backing Ann Quill spent heavily.', [['PAC', 'ORG'], ['Ann Quill', 'PER']], ['Ann Quill (person)']],
    ['a generic word is the body the article names in full', 'Ridgeline Forward PAC ran ads, and the PAC said it would spend more.',
      [['Ridgeline Forward PAC', 'ORG'], ['PAC', 'ORG']], ['Ridgeline Forward PAC (organization)']],
    ['"the Union" of an article naming the union in full', 'The Baltic Trade Union met in Riga, and the Union agreed to strike.',
      [['Baltic Trade Union', 'ORG'], ['Union', 'ORG'], ['Riga', 'LOC']], ['Baltic Trade Union (organization)', 'Riga (place)']],
  ])('names: %s', (_why, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });
});

describe('names: places and companies', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['a room of the White House is a place', 'The president met the senators in the Oval Office on Tuesday.', [['Oval Office', 'ORG']], ['Oval Office (place)']],
    ['a town that runs a poll is the pollster', 'Support rose to 40 percent, a Gallup poll found, and Gallup said it would poll again.',
      [['Gallup', 'LOC']], ['Gallup (organization)']],
    ['a company the gazetteers know as no place is the company', 'Amazon said it would hire 500 people in Ohio.', [['Amazon', 'LOC'], ['Ohio', 'LOC']], ['Amazon (organization)', 'Ohio (place)']],
    ['"the Amazon" stays a place', 'Fires spread across the Amazon this week.', [['Amazon', 'LOC']], ['Amazon (place)']],
    ['a town that reports is a source, no town', 'Support rose to 40 percent, Gallup reports, up from 35 percent.', [['Gallup', 'LOC']], ['Gallup (organization)']],
    ['so is one "according to" which', 'Support is at 47 percent, according to Gallup.', [['Gallup', 'LOC']], ['Gallup (organization)']],
    ['a town people live in stays a town', 'Families in Gallup said the water was safe.', [['Gallup', 'LOC']], ['Gallup (place)']],
    ['a state that has a poll stays a state', 'A Florida poll found support at 40 percent in Florida.', [['Florida', 'LOC']], ['Florida (place)']],
  ])('names: %s', (_why, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });
});

describe('names: names written in capitals', () => {
  it.each<[string, string, string, string]>([
    ['SAN FRANCISCO', 'San Francisco', 'place', 'San Francisco'],
    ['TRUMP', 'Trump', 'person', 'Trump'],
    ['Trump', 'TRUMP', 'person', 'Trump'],
    ['NAACP', 'Naacp', 'organization', 'NAACP'],
    ['USA TODAY', 'USA Today', 'organization', 'USA Today'],
  ])('names: preferredSpelling(%s, %s) of a %s is %s', (a, b, kind, expected) => {
    expect(preferredSpelling(a, b, kind)).toBe(expected);
  });

  it('names: capitals beside the same name in mixed case are no other name; an acronym stays', () => {
    expect(withoutCapitalsDuplicates(['DONALD TRUMP', 'Donald Trump', 'TRUMP', 'Trump', 'POTUS'], 'person')).toEqual(['Donald Trump', 'Trump', 'POTUS']);
    expect(withoutCapitalsDuplicates(['ISIS', 'Isis'], 'organization')).toEqual(['ISIS', 'Isis']);
  });

  it('names: a node first named in capitals takes the mixed-case spelling of a later article', () => {
    const { graph } = buildGraph([
      extraction('a', '2018-01-10', [['MARTA LINDQVIST', 'person'], ['PORT ELLIS', 'place']]),
      extraction('b', '2018-01-11', [['Marta Lindqvist', 'person'], ['Port Ellis', 'place']]),
    ]);
    expect(nodes(graph, 'person')).toEqual(['Marta Lindqvist']);
    expect(nodes(graph, 'place')).toEqual(['Port Ellis']);
    const key = graph.filterNodes((_, a) => a.kind === 'person')[0]!;
    expect(graph.getNodeAttribute(key, 'aliases')).toEqual(['Marta Lindqvist']);
  });

  it.each<[string, string, string]>([
    ['PORT ELLIS', 'place', 'Port Ellis'],
    ['ST. ANSELM', 'place', 'St. Anselm'],
    ['KELLER-BROOK', 'place', 'Keller-Brook'],
    ['LAKE TOWN D.C.', 'place', 'Lake Town D.C.'],
    ['Port Ellis', 'place', 'Port Ellis'],
    ['MARTA LINDQVIST', 'person', 'MARTA LINDQVIST'],
    ['NAACP', 'organization', 'NAACP'],
  ])('names: a %s node of kind %s is shown as %s', (label, kind, expected) => {
    expect(shownSpelling(label, kind)).toBe(expected);
  });

  it('names: a place the corpus writes only in capitals (a dateline) is shown in the case of a name', () => {
    const { graph } = buildGraph([extraction('a', '2018-01-10', [['PORT ELLIS', 'place'], ['MARTA LINDQVIST', 'person']])]);
    expect(nodes(graph, 'place')).toEqual(['Port Ellis']);
    expect(nodes(graph, 'person')).toEqual(['MARTA LINDQVIST']);
  });
});

describe('names: an acronym and its long name', () => {
  const long = 'National Harbor Revenue Service';
  const defining = (id: string) => extraction(id, '2018-01-10', [[long, 'organization'], ['NHRS', 'organization', long]]);
  const full = (id: string) => extraction(id, '2018-01-11', [[long, 'organization']]);
  const alone = (id: string) => extraction(id, '2018-01-12', [['NHRS', 'organization']]);

  it('names: an acronym used alone in many articles joins the long name that the corpus names often and defines so', () => {
    const { graph } = buildGraph([...['a', 'b', 'c'].map(defining), ...['d', 'e', 'f'].map(full), ...Array.from({ length: 25 }, (_, i) => alone(`g${i}`))]);
    expect(nodes(graph, 'organization')).toEqual([long]);
  });

  it('names: it stays apart when the long name is rare beside it', () => {
    const { graph } = buildGraph([...['a', 'b', 'c'].map(defining), ...'ghijklmnopqrstuvwxyz'.split('').map(alone)]);
    expect(nodes(graph, 'organization')).toEqual(['NHRS', long]);
  });
});

describe('names: a long article read in windows', () => {
  it('names: a surname alone in a later window is the person an earlier window names in full', () => {
    const filler = 'The council met again to discuss the harbour budget and the roads.\n\n'.repeat(400);
    const text = `Marta Lindqvist led the talks on Monday.\n\n${filler}Lindqvist said the deal would hold.\n`;
    expect(text.length).toBeGreaterThan(20_000);
    const x = extractArticle(article(text, '2018-06-10'), { recognizer: reading([['Marta Lindqvist', 'PER'], ['Lindqvist', 'PER']]) });
    expect([...new Set(x.entities.filter((e) => e.kind === 'person').map((e) => e.label))]).toEqual(['Marta Lindqvist']);
  });
});

describe('names: nothing glued together', () => {
  it('names: a dash set between words parts two names', () => {
    expect(entitiesOf('It echoed a remark that haunted Sen. Tom Brisco — Halvorsen\'s sparring partner — in 2004.', [['Tom Brisco — Halvorsen', 'PER']]))
      .toEqual(['Halvorsen (person)', 'Tom Brisco (person)']);
  });

  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ["a poll's two sponsors", 'A new Harbor News/Ridgeline Gazette poll puts Quill ahead.', [['Harbor News/Ridgeline Gazette', 'ORG']], ['Harbor News (organization)', 'Ridgeline Gazette (organization)']],
    ['three sponsors', 'The KTVB/Ridgeline/Marwick survey was released.', [['KTVB/Ridgeline/Marwick', 'ORG']], ['KTVB (organization)', 'Marwick (organization)', 'Ridgeline (organization)']],
    ['two lenders', 'Delegates met ahead of the full Tessaly Fund/Harbor Bank session.', [['Tessaly Fund/Harbor Bank', 'ORG']], ['Harbor Bank (organization)', 'Tessaly Fund (organization)']],
    ['a name of two-letter parts stays whole', 'Tickets for AC/DC went fast.', [['AC/DC', 'ORG']], ['AC/DC (organization)']],
  ])('names: a slash between names parts them: %s', (_, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });
});

describe('names: laws are no bodies', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['an amendment', 'Ann Quill said the First Amendment protects the speech.', [['Ann Quill', 'PER'], ['First Amendment', 'ORG']], ['Ann Quill (person)']],
    ['a statute', 'Repeal of the Harbor Care Act passed the Ridgeline Assembly.', [['Harbor Care Act', 'ORG'], ['Ridgeline Assembly', 'ORG']], ['Ridgeline Assembly (organization)']],
    ['a constitution read as a place', 'Critics said the Constitution forbids it.', [['Constitution', 'LOC']], []],
    ['a territory in capitals stays', 'Fires burned across the ACT on Sunday.', [['ACT', 'LOC']], ['ACT (place)']],
    ['a title of a code of laws', 'Schools must follow Title IX, the Ridgeline Assembly said.', [['Title IX', 'ORG'], ['Ridgeline Assembly', 'ORG']], ['Ridgeline Assembly (organization)']],
  ])('names: %s', (_why, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });
});

describe('names: spans read as organizations that are no organizations', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['a surname with a junior\'s generation is a person', 'Critics said Lindqvist Jr. misled the Ridgeline Assembly.', [['Lindqvist Jr.', 'ORG'], ['Ridgeline Assembly', 'ORG']], ['Lindqvist Jr (person)', 'Ridgeline Assembly (organization)']],
    ['a row of share buttons before a caption', 'Facebook Twitter Pinterest Delegates of the Ridgeline Assembly arrive.', [['Facebook Twitter Pinterest', 'ORG'], ['Ridgeline Assembly', 'ORG']], ['Ridgeline Assembly (organization)']],
    ['a contraction opening a quotation', '“I’ve never seen this,” said the Ridgeline Assembly.', [['I’ve', 'ORG'], ['Ridgeline Assembly', 'ORG']], ['Ridgeline Assembly (organization)']],
  ])('names: %s', (_why, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });
});

describe('names: words glued before a surname', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['a protest sign\'s verb', 'Marchers held signs reading Impeach Lindqvist. President Marta Lindqvist did not answer. Lindqvist left.',
      [['Impeach Lindqvist', 'PER'], ['Marta Lindqvist', 'PER'], ['Lindqvist', 'PER']], ['Marta Lindqvist (person)']],
    ['a camp\'s noun, the surname alone named', 'Aides of Team Lindqvist met donors. Lindqvist arrived late.',
      [['Team Lindqvist', 'PER'], ['Lindqvist', 'PER']], ['Lindqvist (person)']],
    ['a mock title before a surname named in full', 'Critics called him Emperor Brisco. Tom Brisco laughed it off.',
      [['Emperor Brisco', 'PER'], ['Tom Brisco', 'PER']], ['Tom Brisco (person)']],
    ['a mock title before a known surname named alone', 'Critics called him Emperor Obama. Obama shrugged.',
      [['Emperor Obama', 'PER'], ['Obama', 'PER']], ['Obama (person)']],
    ['a royal title before a name of its own stays', 'Emperor Haruto greeted the guests. Haruto spoke briefly.',
      [['Emperor Haruto', 'PER'], ['Haruto', 'PER']], ['Emperor Haruto (person)']],
    ['an honorific inside the span starts the name', 'The winner? It\'s Mr. Brisco, who led the count.',
      [['It\'s Mr. Brisco', 'PER']], ['Brisco (person)']],
    ['a slogan\'s verb before a given name', 'Signs reading Impeach Marta Lindqvist lined the road.',
      [['Impeach Marta Lindqvist', 'PER']], ['Marta Lindqvist (person)']],
    ['a pronoun glued before a given name', 'Asked who would win, he said It’s Marta Lindqvist.',
      [['It’s Marta Lindqvist', 'PER']], ['Marta Lindqvist (person)']],
    ['a camp\'s noun before a given name alone', 'Team Marta raised funds. Marta Lindqvist thanked them. Marta smiled.',
      [['Team Marta', 'PER'], ['Marta Lindqvist', 'PER'], ['Marta', 'PER']], ['Marta Lindqvist (person)']],
    ['a peer\'s title stays before the surname', 'Lord Brisco advised the cabinet. Tom Brisco has served since 2001.',
      [['Lord Brisco', 'PER'], ['Tom Brisco', 'PER']], ['Lord Brisco (person)', 'Tom Brisco (person)']],
    ['a given name that is also a word stays', 'Will Lindqvist and Marta Lindqvist spoke. Lindqvist left.',
      [['Will Lindqvist', 'PER'], ['Marta Lindqvist', 'PER'], ['Lindqvist', 'PER']], ['Marta Lindqvist (person)', 'Will Lindqvist (person)']],
  ])('names: %s', (_why, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });
});

describe('names: common words, regions, seats and agencies', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['a seat of government is a place', 'Talks were held at the Kremlin on Friday.', [['Kremlin', 'ORG']], ['Kremlin (place)']],
    ['a region is a place, whatever the recognizer read', 'Storms battered the Caribbean this week.', [['Caribbean', 'ORG']], ['Caribbean (place)']],
    ['a region a company list holds stays a place', 'Tourism in the Caribbean fell sharply.', [['Caribbean', 'LOC']], ['Caribbean (place)']],
    ['an agency\'s acronym is its name', 'The FBI opened an inquiry. The Federal Bureau of Investigation declined to comment.',
      [['FBI', 'ORG'], ['Federal Bureau of Investigation', 'ORG']], ['Federal Bureau of Investigation (organization)']],
    ['an intelligence agency\'s acronym is its name', 'Officials at the CIA briefed the panel.', [['CIA', 'ORG']], ['Central Intelligence Agency (organization)']],
  ])('names: %s', (_why, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });

  it('names: a time word alone is no short form of the outlet whose name it ends', () => {
    const x = extractArticle(article('USA Today reported the vote first. Today the council meets again.', '2018-06-10'),
      { recognizer: reading([['USA Today', 'ORG'], ['Today', 'ORG']]) });
    expect(x.entities.filter((e) => e.label === 'USA Today').map((e) => e.text)).toEqual(['USA Today']);
  });
});

describe('names: a glued word is no other name', () => {
  it('names: the mention of "Impeach Lindqvist" is the surname\'s word', () => {
    const x = extractArticle(article('Signs read Impeach Lindqvist. Marta Lindqvist said nothing.', '2018-06-10'),
      { recognizer: reading([['Impeach Lindqvist', 'PER'], ['Marta Lindqvist', 'PER']]) });
    expect(x.entities.filter((e) => e.kind === 'person').map((e) => `${e.text} -> ${e.label}`)).toEqual(['Lindqvist -> Marta Lindqvist', 'Marta Lindqvist -> Marta Lindqvist']);
  });
});

describe('names: titles before a name are no part of it', () => {
  it.each<[string, string]>([
    ['Gov.-elect Tova Brandt toured the plant in Fargo on Monday.', 'Tova Brandt'],
    ['Sen.-elect Oren Kask thanked volunteers in Boise.', 'Oren Kask'],
    ['Sheriff Dale Wimmer said the road would reopen.', 'Dale Wimmer'],
    ['Prosecutor Lena Vukic filed the charges in Split.', 'Lena Vukic'],
    ['Foreign Minister-designate Ivo Marsh arrived in Riga.', 'Ivo Marsh'],
  ])('%s -> %s', (text, name) => {
    const labels = extractArticle(article(text, '2018-06-10')).entities.filter((e) => e.kind === 'person').map((e) => e.label);
    expect(labels).toEqual([name]);
  });
});

describe('names: conventions of US news', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['a state written in its AP abbreviation is the state', 'Mayor Dana Voss of Glenford, Calif., met the council.',
      [['Dana Voss', 'PER'], ['Glenford', 'LOC'], ['Calif', 'LOC']], ['California (place)', 'Dana Voss (person)', 'Glenford (place)']],
    ['so is one in its postal code written in capitals', 'Dana Voss is banned from running a charity in NY now.',
      [['Dana Voss', 'PER'], ['NY', 'LOC']], ['Dana Voss (person)', 'New York (place)']],
    ['"LA" is no state', 'Dana Voss flew to LA on Monday.', [['Dana Voss', 'PER'], ['LA', 'LOC']], ['Dana Voss (person)', 'LA (place)']],
    ['Georgia beside other US states is the US state', 'Sen. Tom Hale of Georgia and Sen. Amy Cole of Ohio wrote the bill.',
      [['Tom Hale', 'PER'], ['Georgia', 'LOC'], ['Amy Cole', 'PER'], ['Ohio', 'LOC']], ['Amy Cole (person)', 'Georgia (place)', 'Ohio (place)', 'Tom Hale (person)']],
    ['Georgia beside Washington, the capital, is the state', "Georgia's prime minister met the secretary of state in Washington on Tuesday.",
      [['Georgia', 'LOC'], ['Washington', 'LOC']], ['Georgia (state)', 'Washington (place)']],
    ['Georgia of Tbilisi is the state', 'Georgia and Armenia signed a transit pact in Tbilisi, and Ohio firms welcomed it.',
      [['Georgia', 'LOC'], ['Armenia', 'LOC'], ['Tbilisi', 'LOC'], ['Ohio', 'LOC']], ['Armenia (state)', 'Georgia (state)', 'Ohio (place)', 'Tbilisi (place)']],
    ['a court case names none of its parties', 'The court may overturn Roe v. Wade, Justice Ann Quill said.',
      [['Roe', 'ORG'], ['Wade', 'PER'], ['Justice', 'ORG'], ['Ann Quill', 'PER']], ['Ann Quill (person)']],
    ['nor when read as one person', 'Brown v. Board of Education ended school segregation.', [['Brown v. Board of Education', 'PER']], []],
    ['a row of share buttons is no organization', 'SHARE THIS ARTICLE Share Tweet Post Email. The mayor spoke.', [['Tweet Post', 'ORG']], []],
    ['a plural title abbreviation is no organization', 'Sens. Ann Quill and Tom Hale wrote the bill.',
      [['Sens', 'ORG'], ['Ann Quill', 'PER'], ['Tom Hale', 'PER']], ['Ann Quill (person)', 'Tom Hale (person)']],
    ['an abbreviated title makes a place a person', 'Rep. Ann Quill, a progressive, spoke first.', [['Rep. Ann Quill', 'LOC']], ['Ann Quill (person)']],
    ['a state and a party before a name are no body', 'New York Democrat Ann Quill spoke first.', [['New York Democrat', 'ORG'], ['Ann Quill', 'PER']], ['Ann Quill (person)']],
    ['one of several committees named by its head word alone is none', 'The Judiciary Committee and the Finance Committee met, and the Committee chair left.',
      [['Judiciary Committee', 'ORG'], ['Finance Committee', 'ORG'], ['Committee', 'ORG']], ['Finance Committee (organization)', 'Judiciary Committee (organization)']],
    ['the one committee named in full is the one named by its head word', 'The Finance Committee met, and the Committee chair left.',
      [['Finance Committee', 'ORG'], ['Committee', 'ORG']], ['Finance Committee (organization)']],
    ['a given name after a kinship noun is a person of the family, whatever the recognizer read', 'Tomas Varga and his son, Elian, left early.',
      [['Tomas Varga', 'PER'], ['Elian', 'LOC']], ['Elian Varga (person)', 'Tomas Varga (person)']],
    ['an adverb opening a sentence is no one', 'Sadly, Ann Quill lost the vote.', [['Sadly', 'PER'], ['Ann Quill', 'PER']], ['Ann Quill (person)']],
    ['nor part of the name after it', 'Currently Ann Quill leads the race.', [['Currently Ann Quill', 'PER']], ['Ann Quill (person)']],
    ['a surname ending in -ly is a name', 'Donnelly said the talks went well.', [['Donnelly', 'PER']], ['Donnelly (person)']],
    ['a court case ends where its sentence does', 'The justices cited Roe v. Wade. Ann Quill met Tom Hale in Oslo.',
      [['Roe', 'ORG'], ['Wade', 'PER'], ['Ann Quill', 'PER'], ['Tom Hale', 'PER'], ['Oslo', 'LOC']], ['Ann Quill (person)', 'Oslo (place)', 'Tom Hale (person)']],
    ['a given name ending in -ly is a name', 'Kelly spoke first, and Ann Quill spoke after her.', [['Kelly', 'PER'], ['Ann Quill', 'PER']], ['Ann Quill (person)', 'Kelly (person)']],
    ['an epithet before a full name is no part of the name', 'He said Crooked Hilda Marsh would lose.', [['Crooked Hilda Marsh', 'PER']], ['Hilda Marsh (person)']],
    ['nor before a given name alone', 'He said Crooked Hilda would lose.', [['Crooked Hilda', 'PER']], ['Hilda (person)']],
    ['a given name that reads like a participle is a name', 'Fareed Zakaria and Nidal Kamal spoke.', [['Fareed Zakaria', 'PER'], ['Nidal Kamal', 'PER']], ['Fareed Zakaria (person)', 'Nidal Kamal (person)']],
    ['a religion and a historical period are no places', 'Ann Quill wrote about Christianity and the Great Depression.',
      [['Ann Quill', 'PER'], ['Christianity', 'LOC'], ['Great Depression', 'LOC']], ['Ann Quill (person)']],
    ['a programme named a "Deal" is no place', 'Ann Quill backs the Green New Deal.', [['Ann Quill', 'PER'], ['Green New Deal', 'LOC']], ['Ann Quill (person)']],
  ])('names: %s', (_why, text, spans, expected) => {
    expect(entitiesOf(text, spans)).toEqual(expected);
  });
});
