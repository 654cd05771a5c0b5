/** Entities an analyst can trust: no junk, no duplicates, no conflations. Tables of cases, one per class of failure. */
import { describe, expect, it } from 'vitest';
import { article, extract } from './helpers/article.js';
import { extraction } from './helpers/extraction.js';
import { extractArticle } from '../src/pipeline/extract.js';
import type { NerSpan, Recognizer } from '../src/pipeline/recognizer.js';
import { buildGraph } from '../src/graph/build.js';
import { initialsMatch, organizationFormKey, samePerson } from '../src/names/index.js';

/** A recognizer that reads the given spans of the text as the given types (every occurrence). */
function reading(spans: Array<[string, NerSpan['type']]>): Recognizer {
  return (text) => {
    const out: NerSpan[] = [];
    for (const [s, type] of spans) for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push({ start: i, end: i + s.length, type });
    return out.sort((a, b) => a.start - b.start);
  };
}
const entitiesOf = (text: string, spans: Array<[string, NerSpan['type']]>) =>
  extractArticle(article(text, '2005-03-01'), { recognizer: reading(spans) }).entities.map((e) => [e.label, e.kind] as const);
const nodes = (g: ReturnType<typeof buildGraph>['graph'], kind: string) => g.filterNodes((_, a) => a.kind === kind).map((k) => g.getNodeAttribute(k, 'label')).sort();

describe('names: junk is no entity', () => {
  it.each<[string, string, Array<[string, NerSpan['type']]>, string]>([
    ['a wire sign-off', 'The central bank raised its rates on Tuesday.\nREUTER', [['REUTER', 'ORG']], 'REUTER'],
    ['a gallery caption', 'The senator spoke in Ohio.\nHide Caption 3 of 12 Photos: Jane Doolittle greets voters in Akron.', [['Jane Doolittle', 'PER'], ['Hide Caption', 'ORG']], 'Jane Doolittle'],
    ['a video player', 'The governor spoke.\nJUST WATCHED Governor on the budget Replay More Videos ... MUST WATCH', [['Replay More Videos', 'ORG']], 'Replay More Videos'],
    ['an advertisement slot', 'The vote was close.\n\nADVERTISEMENT\n\nThe bill now goes to the floor.', [['ADVERTISEMENT', 'ORG']], 'ADVERTISEMENT'],
    ['a row of figures', 'Oak Valley Mills Inc reported results.\nNine Mths Shr 1.20 vs 1.05\nN.Z. Dlrs 5.1 mln', [['Nine Mths', 'ORG'], ['N.Z. Dlrs', 'ORG']], 'Mths'],
    ['a party and state designation', 'Rep. Ann Quill (D-Calif.) voted against the bill.', [['Ann Quill', 'PER'], ['D-Calif', 'PER']], 'D-Calif'],
    ['a policy coined from a name', 'Voters were asked about Brantcare and the budget.', [['Brantcare', 'PER']], 'Brantcare'],
    ['words glued by a scraper', 'Senator Ann QuillQuill says the vote will pass MORE said on Monday.', [['Ann QuillQuill', 'PER']], 'Quill'],
    ['a faith group', 'Muslims gathered in the city for prayers.', [['Muslims', 'PER']], 'Muslims'],
    ['an ordinary word in capitals, a link of a web page', 'Senator Ann Quill voted for the budget bill MORE on Monday.', [['Ann Quill', 'PER'], ['MORE', 'ORG']], 'MORE'],
    ['a gerund in capitals, a label of a web page', 'BREAKING: the mayor will resign.', [['BREAKING', 'ORG']], 'BREAKING'],
    ['a lone advertisement line', 'The vote was close.\n\nAD\n\nThe bill now goes to the floor.', [['AD', 'ORG']], 'AD'],
  ])('names: %s', (_why, text, spans, junk) => {
    expect(entitiesOf(text, spans).some(([l]) => l.includes(junk))).toBe(false);
  });

  it.each<[string, string, Array<[string, NerSpan['type']]>, string]>([
    ['a sentence-initial "When" is not part of the name', 'When Marta Lindqvist arrived, the talks began.', [['When Marta Lindqvist', 'PER']], 'Marta Lindqvist'],
    ['nor "Unless"', 'Unless Lindqvist agrees, nothing moves.', [['Unless Lindqvist', 'PER']], 'Lindqvist'],
    ['mid-sentence, a capitalised particle is the name\'s own first word', 'The shot was saved when De Halloran dived low.', [['De Halloran', 'PER']], 'De Halloran'],
    ['so is a given name that is also a preposition', 'The company spokesman Per Lindqvist told reporters the deal was done.', [['Per Lindqvist', 'PER']], 'Per Lindqvist'],
    ['a description before a given name is not part of the name', 'Sprinter Kelly Brannagh won again.', [['Sprinter Kelly Brannagh', 'PER']], 'Kelly Brannagh'],
    ['nor an office with an abbreviation', 'Euro MP Robert Fenwick-Hale left the party.', [['Euro MP Robert Fenwick-Hale', 'PER']], 'Robert Fenwick-Hale'],
    ['nor the last words of an office\'s "of" phrase', 'Assistant Secretary of Public Affairs Marta Lindqvist resigned.', [['Affairs Marta Lindqvist', 'PER']], 'Marta Lindqvist'],
    ['nor a title in the plural before its holder', 'U.S. Senators Robert Fenwick of Ohio spoke.', [['Senators Robert Fenwick', 'PER']], 'Robert Fenwick'],
    ['so is one written twice before a scraped headline\'s first word', 'Marta Lindqvist Marta Lindqvist Parnas: envoy removed, she said.', [['Marta Lindqvist Marta Lindqvist Parnas', 'PER']], 'Marta Lindqvist'],
    ['a name written twice in a row is the name once', 'Marta Lindqvist Marta Lindqvist said she would run.', [['Marta Lindqvist Marta Lindqvist', 'PER']], 'Marta Lindqvist'],
    ['an East Asian given name goes on after its hyphen', 'Kim Jong-un spoke in Pyongyang.', [['Kim Jong', 'PER']], 'Kim Jong-un'],
    ['a royal title stays before a name of one word', 'Prince Charles visited the school.', [['Prince Charles', 'PER']], 'Prince Charles'],
    ['even when the recognizer leaves it out', 'The school was visited by Prince Charles on Monday.', [['Charles', 'PER']], 'Prince Charles'],
    ['an honorific makes a name read as a place a person', 'Voters who chose Mr. Halvorsen in 2016 stayed home.', [['Mr. Halvorsen', 'LOC']], 'Halvorsen'],
    ['or one read as an organization', 'The board said Mrs. Okonjo would chair it.', [['Mrs. Okonjo', 'ORG']], 'Okonjo'],
  ])('names: %s', (_why, text, spans, name) => {
    expect(entitiesOf(text, spans).filter(([, k]) => k === 'person').map(([l]) => l)).toEqual([name]);
  });

  it('names: a title alone is a person only as the surname of one the article names', () => {
    const people = (text: string, spans: Array<[string, NerSpan['type']]>) => entitiesOf(text, spans).filter(([, k]) => k === 'person').map(([l]) => l);
    expect(people('Coach Marta Lindqvist King picked the team. King said she was happy.', [['Marta Lindqvist King', 'PER'], ['King', 'PER']])).toEqual(['Marta Lindqvist King', 'Marta Lindqvist King']);
    expect(people('Marta Lindqvist met the envoy. King said she was happy.', [['Marta Lindqvist', 'PER'], ['King', 'PER']])).toEqual(['Marta Lindqvist']);
  });

  it('names: a country name that is also a surname is a person when the recognizer reads one', () => {
    const kinds = entitiesOf('Kevin Holland escaped from prison. Holland was caught on Monday.', [['Kevin Holland', 'PER'], ['Holland', 'PER']]);
    expect(kinds.filter(([, k]) => k === 'person').map(([l]) => l)).toEqual(['Kevin Holland', 'Kevin Holland']);
  });

  it('names: the headlines of a scraped link preview name no one of the article', () => {
    const text = 'Sen. Ann Quill Ann Marie QuillVance Corbel wins Dakota primary Five things to watch MORE (D-Ohio) met Tom Brisco on Friday.';
    const labels = entitiesOf(text, [['Ann Quill', 'PER'], ['Vance Corbel', 'PER'], ['Dakota', 'LOC'], ['Tom Brisco', 'PER']]).map(([l]) => l);
    expect(labels).toEqual(expect.arrayContaining(['Ann Quill', 'Tom Brisco']));
    expect(labels.some((l) => /Corbel|Dakota/.test(l))).toBe(false);
    const digit = entitiesOf('Rep. Ann Quill Ann Marie Quill2024 Dakota race tightens MORE said so.', [['Ann Quill', 'PER'], ['Dakota', 'LOC']]).map(([l]) => l);
    expect(digit.some((l) => /Dakota/.test(l))).toBe(false);
    // a brand's inner capital is no glue point
    const brand = entitiesOf('YouTube said Vance Corbel broke its rules. MORE to come.', [['YouTube', 'ORG'], ['Vance Corbel', 'PER']]).map(([l]) => l);
    expect(brand).toContain('Vance Corbel');
  });

  it.each<[string, string, Array<[string, NerSpan['type']]>]>([
    ['a doctrine named after a person', 'Critics of the Halvorsen Doctrine say Halvorsen erred.', [['Halvorsen Doctrine', 'ORG'], ['Halvorsen', 'PER']]],
    ['a department under the person', 'The Halvorsen Justice Department sued, and the Justice Department won, Halvorsen said.', [['Halvorsen Justice Department', 'ORG'], ['Justice Department', 'ORG'], ['Halvorsen', 'PER']]],
    ['a department the article names no other way', 'The Halvorsen Energy Department sued, Halvorsen said.', [['Halvorsen Energy Department', 'ORG'], ['Halvorsen', 'PER']]],
  ])('names: the person of %s stays a person', (_why, text, spans) => {
    expect(entitiesOf(text, spans).filter(([l]) => l === 'Halvorsen').map(([, k]) => k)).toEqual(['person']);
  });

  it('names: an acronym in capitals that is also a word stays a name', () => {
    const ents = entitiesOf('Agents of ICE detained him, and the WHO said cases rose.', [['ICE', 'ORG'], ['WHO', 'ORG']]);
    expect(ents.map(([l]) => l)).toEqual(expect.arrayContaining(['ICE']));
    expect(ents.some(([l]) => /WHO|World Health/.test(l))).toBe(true);
  });

  it('names: a possessive inside a person\'s span is two names', () => {
    const people = entitiesOf("Mike Lanning's Vera Drake won the prize.", [["Mike Lanning's Vera Drake", 'PER']]).map(([l]) => l);
    expect(people).toEqual(['Mike Lanning', 'Vera Drake']);
  });

  it('names: a name broken across a hard line wrap is one name', () => {
    const text = 'Peru said today its finance minister Marcos\nTeixeira would fly to Ottawa on Thursday to meet\nlenders about the country\'s loans, officials said\nand the central bank approved the plan for the meeting.\n';
    const people = extract(text, '1987-03-02').entities.filter((e) => e.kind === 'person').map((e) => e.label);
    expect(people).toContain('Marcos Teixeira');
    expect(people).not.toContain('Teixeira');
  });

  it.each<[string, string, Array<[string, NerSpan['type']]>, string, string]>([
    ['a company named after its kind of business', 'Shares rose after oil firm Petrovask said output grew.', [['Petrovask', 'PER']], 'Petrovask', 'organization'],
    ['shares in a company', 'Investors bought shares in Zandoo after the results.', [['Zandoo', 'PER']], 'Zandoo', 'organization'],
    ['a legal suffix', 'Brackwell Inc said profits fell.', [['Brackwell Inc', 'PER']], 'Brackwell Inc', 'organization'],
    ['the first word of a firm the article names', 'Trading at Dunmore Pryce and Co was brisk, and Dunmore said it would hire.', [['Dunmore Pryce and Co', 'ORG'], ['Dunmore', 'PER']], 'Dunmore Pryce and Co', 'organization'],
    ['a person named in full stays a person', 'Anna Petrovask said her firm would grow, and Petrovask shares rose.', [['Anna Petrovask', 'PER'], ['Petrovask', 'PER']], 'Anna Petrovask', 'person'],
  ])('names: companies are not people: %s', (_why, text, spans, label, kind) => {
    const ents = entitiesOf(text, spans);
    expect(ents.length).toBeGreaterThan(0);
    for (const e of ents) expect(e).toEqual([label, kind]);
  });
});

describe('names: one entity, one node', () => {
  it.each<[string, Array<[string, string]>, string]>([
    ['a middle name', [['Hillary Clinton', 'person'], ['Hillary Rodham Clinton', 'person']], 'Hillary Rodham Clinton'],
    ['a middle initial', [['Donald Trump', 'person'], ['Donald J. Trump', 'person']], 'Donald J. Trump'],
    ['"George Bush" is "George W Bush" when he is the only fuller George Bush', [['George Bush', 'person'], ['George W Bush', 'person']], 'George W Bush'],
    ['a nickname of the given name', [['Bill Hartwell', 'person'], ['William P. Hartwell', 'person']], 'William P. Hartwell'],
    ['"Department of X" is the "X Department"', [['Department of Justice', 'organization'], ['Justice Department', 'organization']], ''],
    ['a legal suffix', [['Merrill Lynch and Co Inc', 'organization'], ['Merrill Lynch', 'organization']], ''],
    ['"& Co"', [['Dunmore Pryce & Co', 'organization'], ['Dunmore Pryce', 'organization']], ''],
    ['"plc"', [['Harwood Foods plc', 'organization'], ['Harwood Foods', 'organization']], ''],
    ['British and American spellings', [['Organisation for Economic Co-operation and Development', 'organization'], ['Organization for Economic Cooperation and Development', 'organization']], ''],
    ['"Lib Dems"', [['Lib Dems', 'organization'], ['Liberal Democrats', 'organization']], ''],
    ['"UKIP"', [['UKIP', 'organization'], ['UK Independence Party', 'organization']], ''],
    ['"Tories"', [['Tories', 'organization'], ['Conservatives', 'organization']], ''],
    ['"GOP"', [['GOP', 'organization'], ['Republican Party', 'organization']], ''],
  ])('names: %s', (_why, [[a, ka], [b, kb]], label) => {
    const { graph, report } = buildGraph([extraction('a', '2005-01-10', [[a, ka as 'person']]), extraction('b', '2005-01-11', [[b, kb as 'person']])], { report: true });
    const all = graph.filterNodes((_, x) => x.kind !== 'meeting');
    expect(all).toHaveLength(1);
    if (label) expect(graph.getNodeAttribute(all[0]!, 'label')).toBe(label);
    expect(report.merges.length).toBeGreaterThan(0);
    expect(report.merges.every((m) => m.reason.length > 0)).toBe(true);
  });

  it('names: a surname of several people joins the one that the articles naming both write in full', () => {
    const resolved = ['a', 'b', 'c', 'd'].map((id) => extraction(id, '2014-01-10', [['Barack Obama', 'person'], ['Obama', 'person', 'Barack Obama']]));
    const other = extraction('e', '2014-01-11', [['Michelle Obama', 'person']]);
    const alone = extraction('f', '2014-01-12', [['Obama', 'person']]);
    const { graph, report } = buildGraph([...resolved, other, alone], { report: true });
    expect(nodes(graph, 'person')).toEqual(['Barack Obama', 'Michelle Obama']);
    expect(report.merges).toContainEqual(expect.objectContaining({ label: 'Barack Obama', merged: ['Obama'], reason: expect.stringContaining('in 4 of 4') }));
  });

  it('names: a given name alone joins the person the articles name in full with it', () => {
    const resolved = ['a', 'b', 'c'].map((id) => extraction(id, '2016-01-10', [['Hillary Clinton', 'person'], ['Hillary', 'person', 'Hillary Clinton']]));
    const { graph } = buildGraph([...resolved, extraction('d', '2016-01-11', [['Hillary', 'person']])]);
    expect(nodes(graph, 'person')).toEqual(['Hillary Clinton']);
  });

  it('names: a one-word chamber joins the name most articles resolve it to', () => {
    const resolved = ['a', 'b', 'c'].map((id) => extraction(id, '2016-01-10', [['United States Senate', 'organization'], ['Senate', 'organization', 'United States Senate']]));
    const { graph } = buildGraph([...resolved, extraction('d', '2016-01-11', [['Senate', 'organization']])]);
    expect(nodes(graph, 'organization')).toEqual(['United States Senate']);
  });

  it('names: an acronym defined in one article joins its long form in the others', () => {
    const { graph } = buildGraph([
      extract('The Serious Fraud Office (SFO) opened an inquiry into the bank.', '2005-02-01', 'a'),
      extract('The SFO said on Friday that the inquiry would take a year.', '2005-02-03', 'b'),
    ]);
    const sfo = graph.filterNodes((_, a) => a.kind === 'organization' && a.label === 'Serious Fraud Office');
    expect(sfo).toHaveLength(1);
    expect(graph.getNodeAttribute(sfo[0]!, 'articles')).toEqual(['a', 'b']);
  });

  it('names: a person read as an organization in a few articles is the person', () => {
    const people = ['a', 'b', 'c', 'd'].map((id) => extraction(id, '2017-01-10', [['Donald Trump', 'person'], ['Trump', 'person', 'Donald Trump']]));
    const orgs = [extraction('e', '2017-01-11', [['Trump', 'organization']])];
    const { graph } = buildGraph([...people, ...orgs, extraction('g', '2017-01-12', [['Trump', 'person']])]);
    expect(nodes(graph, 'organization')).toEqual([]);
    expect(nodes(graph, 'person')).toEqual(['Donald Trump']);
  });
});

describe('names: companies across articles', () => {
  it('names: a one-word name never given in full, read as an organization in two articles, is the organization', () => {
    const people = ['a', 'b', 'c', 'd', 'e'].map((id) => extraction(id, '2005-01-10', [['Zandoo', 'person']]));
    const orgs = ['f', 'g'].map((id) => extraction(id, '2005-01-11', [['Zandoo', 'organization']]));
    const { graph } = buildGraph([...people, ...orgs]);
    expect(nodes(graph, 'person')).toEqual([]);
    expect(nodes(graph, 'organization')).toEqual(['Zandoo']);
  });

  it('names: a surname of someone named in full stays a person', () => {
    const people = ['a', 'b', 'c', 'd', 'e'].map((id) => extraction(id, '2005-01-10', [['Zandoo', 'person']]));
    const orgs = ['f', 'g'].map((id) => extraction(id, '2005-01-11', [['Zandoo', 'organization']]));
    const { graph } = buildGraph([...people, ...orgs, extraction('h', '2005-01-12', [['Mia Zandoo', 'person']])]);
    expect(nodes(graph, 'person')).toEqual(['Mia Zandoo']);
  });
});

describe('names: no conflations', () => {
  it.each<[string, Array<[string, string]>]>([
    ['a two-letter acronym is not a long name of other words ("ID" cards, "ITV Digital")', [['ITV Digital', 'organization'], ['ID', 'organization']]],
    ['"XP" is not "Xerox PARC"', [['Xerox PARC', 'organization'], ['XP', 'organization']]],
    ['an acronym is never a person', [['Chen Liang Ping', 'person'], ['CLP', 'organization']]],
    ['a father is not his son', [['Donald Trump', 'person'], ['Donald Trump Jr', 'person']]],
    ['two given names, one surname', [['Joe Biden', 'person'], ['Hunter Biden', 'person']]],
    ['two middle names', [['George W Bush', 'person'], ['George H W Bush', 'person']]],
    ['a family-first name inside another', [['Kim Jong', 'person'], ['Kim Yo Jong', 'person']]],
    ['a bank is not a person with its name as surname', [['Harwood', 'organization'], ['Lucy Harwood', 'person']]],
  ])('names: %s', (_why, ents) => {
    const { graph } = buildGraph(ents.map(([l, k], i) => extraction(`a${i}`, '2005-01-10', [[l, k as 'person']])));
    expect(graph.filterNodes((_, a) => a.kind !== 'meeting')).toHaveLength(2);
  });

  it('names: "Prince Charles" is not "Ray Charles", and "Charles" alone joins neither without the articles saying which', () => {
    const { graph } = buildGraph([
      extraction('a', '2005-01-10', [['Ray Charles', 'person']]),
      extraction('b', '2005-01-11', [['Prince Charles', 'person']]),
      extraction('c', '2005-01-12', [['Charles', 'person']]),
    ]);
    expect(nodes(graph, 'person')).toEqual(['Charles', 'Prince Charles', 'Ray Charles']);
  });

  it('names: an acronym used alone in most articles stays apart from the long name a few define it as', () => {
    const defined = extraction('a', '2015-01-10', [['Institute for Science and International Security', 'organization'], ['ISIS', 'organization', 'Institute for Science and International Security']]);
    const alone = ['b', 'c', 'd', 'e', 'f', 'g'].map((id) => extraction(id, '2015-01-11', [['ISIS', 'organization']]));
    const { graph, report } = buildGraph([defined, ...alone], { report: true });
    expect(nodes(graph, 'organization')).toEqual(['ISIS', 'Institute for Science and International Security']);
    expect(report.declined).toContainEqual(expect.objectContaining({ a: 'ISIS', reason: expect.stringContaining('too few') }));
  });

  it('names: a middle initial joins the one middle name it fits, and a name inside both joins them', () => {
    const { graph } = buildGraph([
      extraction('a', '2005-01-10', [['Donald J. Trump', 'person']]),
      extraction('b', '2005-01-11', [['Donald John Trump', 'person']]),
      extraction('c', '2005-01-12', [['Donald Trump', 'person']]),
      extraction('d', '2005-01-12', [['Donald Trump Jr', 'person']]),
    ]);
    expect(nodes(graph, 'person')).toHaveLength(2);
  });

  it('names: a middle initial that fits two middle names joins neither, and the report says why', () => {
    const { graph, report } = buildGraph([
      extraction('a', '2005-01-10', [['John Q. Hale', 'person']]),
      extraction('b', '2005-01-11', [['John Quincy Hale', 'person']]),
      extraction('c', '2005-01-12', [['John Quentin Hale', 'person']]),
    ], { report: true });
    expect(nodes(graph, 'person')).toHaveLength(3);
    expect(report.declined).toContainEqual(expect.objectContaining({ a: expect.stringContaining('John Q. Hale'), reason: 'an initial that fits several middle names' }));
  });

  it('names: an initial joins no two middle names that disagree, in whatever order the names come', () => {
    for (const counts of [[1, 3, 1], [3, 1, 1], [1, 1, 3]]) {
      const names = ['John A. Bruce Hale', 'John Arthur B. Hale', 'John Arthur Ben Hale'];
      const { graph } = buildGraph(names.map((n, i) => extraction(`a${i}`, '2005-01-10', Array.from({ length: counts[i]! }, () => [n, 'person'] as [string, 'person']))));
      expect(nodes(graph, 'person')).toHaveLength(3);
    }
  });

  it('names: a double surname is no middle name', () => {
    const { graph } = buildGraph([extraction('a', '2005-01-10', [['Ana L. Garcia', 'person']]), extraction('b', '2005-01-11', [['Ana Lopez-Garcia', 'person']])]);
    expect(nodes(graph, 'person')).toHaveLength(2);
  });

  it('names: "George Bush" stays apart when two fuller George Bushes are named, and the report says why', () => {
    const { graph, report } = buildGraph([
      extraction('a', '2005-01-10', [['George W Bush', 'person']]),
      extraction('b', '2005-01-11', [['George H W Bush', 'person']]),
      extraction('c', '2005-01-12', [['George Bush', 'person']]),
    ], { report: true });
    expect(nodes(graph, 'person')).toHaveLength(3);
    expect(report.declined).toContainEqual(expect.objectContaining({ a: 'George Bush', reason: 'a full name inside several fuller names' }));
  });

  it('names: the report compares no "Jr" as a surname and no entities of different kinds', () => {
    const { report } = buildGraph([
      extraction('a', '2005-01-10', [['Martin Luther King Jr', 'person'], ['Jr', 'organization']]),
      extraction('b', '2005-01-11', [['Sammy Davis Jr', 'person']]),
    ], { report: true });
    expect(report.declined.filter((d) => d.kind === 'person')).toEqual([]);
  });
});

describe('names: rules', () => {
  it.each<[string, string, boolean]>([
    ['CPC', 'Communist Party of China', true],
    ['UKIP', 'UK Independence Party', true],
    ['OSCE', 'Organization for Security and Co-operation in Europe', true],
    ['ID', 'ITV', false],
    ['ISIS', 'Islamic State', false],
  ])('names: initialsMatch(%s, %s) is %s', (acronym, name, expected) => {
    expect(initialsMatch(acronym, name)).toBe(expected);
  });

  it.each<[string, string, boolean | null]>([
    ['Blair', 'Tony Blair', true],
    ['Xi', 'Xi Jinping', true],
    ['Hillary Clinton', 'Hillary Rodham Clinton', true],
    ['Bill Clinton', 'Hillary Rodham Clinton', false],
    ['Donald Trump', 'Donald Trump Jr', false],
    ['Charles', 'Tony Blair', null],
    ['Assad', 'Bashar al-Assad', true],
    ['Laden', 'Osama bin Laden', true],
    ['De Wilde', 'Filip De Wilde', true],
    ['De Wilde', 'Filip Wilde', false],
    ['De Wilde Jr', 'Filip De Wilde Sr', false],
    ['Van Gaal Sr', 'Louis Van Gaal', false],
    ['Scolds Franken', 'Al Franken', false],
    ['Donald J. Trump', 'Donald John Trump', true],
    ['George H. W. Bush', 'George Herbert Walker Bush', true],
    ['George H.W. Bush', 'George H. W. Bush', true],
    ['George H.W. Bush', 'George Herbert Walker Bush', true],
    ['George H.W. Bush', 'George W. Bush', false],
    ['George HW Bush', 'George H.W. Bush', true],
    ['George HW Bush', 'George W. Bush', false],
    ['George H. W. Bush', 'George Harold Walker Bush', true],
    ['George H. W. Bush', 'George Henry Marsh Bush', false],
    ['John Q. Adams', 'John Paul Adams', false],
    ['Donald J. Trump', 'Donald John Trump Jr', false],
  ])('names: samePerson(%s, %s) is %s', (a, b, expected) => {
    expect(samePerson(a, b)?.same ?? null).toBe(expected);
  });

  it.each<[string, string]>([
    ['Barclays plc', 'Barclays'],
    ['Merrill Lynch & Co Inc', 'Merrill Lynch'],
    ['Labour Party', 'Labour'],
    ['Tories', 'Conservatives'],
    ['U.S. Supreme Court', 'Supreme Court'],
    ['US Coast Guard', 'Coast Guard'],
    ['United States Census Bureau', 'Census Bureau'],
    ['Democrat Party', 'Democratic Party'],
    ['House Judiciary', 'House Judiciary Committee'],
    ['el-Nusra Front', 'al-Nusra Front'],
    ['Jamaat el Tabligh', 'Jamaat al-Tabligh'],
  ])('names: organizationFormKey(%s) is that of %s', (a, b) => {
    expect(organizationFormKey(a)).toBe(organizationFormKey(b));
  });

  it.each<[string, string]>([
    ['U.S. Steel', 'Steel'],
    ['US Airways', 'Airways'],
    ['U.S. District Court', 'District Court'],
    ['U.S. Chamber of Commerce', 'Chamber of Commerce'],
    ['House Judiciary Committee', 'Senate Judiciary Committee'],
    ['House Committee', 'House'],
    ['El Paso Electric', 'Al Paso Electric'],
  ])('names: organizationFormKey(%s) is not that of %s (a company\'s or a district\'s "U.S." is its own)', (a, b) => {
    expect(organizationFormKey(a)).not.toBe(organizationFormKey(b));
  });
});
