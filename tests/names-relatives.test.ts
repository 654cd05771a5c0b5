/** People sharing a surname with a relative: a surname written with a title or an honorific joins a full name only
 * when nothing in the article keeps them apart, and across articles one kept apart joins only whom its title allows. */
import { describe, expect, it } from 'vitest';
import { article } from './helpers/article.js';
import { extraction } from './helpers/extraction.js';
import { extractArticle } from '../src/pipeline/extract.js';
import type { NerSpan, Recognizer } from '../src/pipeline/recognizer.js';
import { buildGraph } from '../src/graph/build.js';
import { apartForm, apartLabel, fullNameSex, titledKey } from '../src/names/index.js';
import { isTitleWord } from '../src/gazetteer/titles.js';
import { lexiconTag } from '../src/nlp/nlp.js';

/** A recognizer reading every occurrence of the given names as people. */
function people(names: string[]): Recognizer {
  return (text) => {
    const out: NerSpan[] = [];
    for (const s of names) {
      const re = new RegExp(`\\b${s}\\b`, 'g');
      for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + s.length, type: 'PER' });
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end).filter((x, i, all) => !all.some((y, j) => j !== i && y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start));
  };
}

/** Each person mention of the text as `written → label`. */
function resolved(text: string, names: string[]): string[] {
  const x = extractArticle(article(text, '2019-05-01'), { recognizer: people(names) });
  return x.entities.filter((e) => e.kind === 'person').map((e) => `${e.text} → ${e.label}`);
}

describe('names: a surname with a title and a relative', () => {
  it.each<[string, string, string[], string[]]>([
    ['a father with an office and his daughter named in full',
      'His daughter Marta Okafor toured the plant on Monday. Governor Okafor praised the workers. Mr. Okafor said the jobs would stay.',
      ['Marta Okafor', 'Okafor'], ['Marta Okafor → Marta Okafor', 'Okafor → Governor Okafor', 'Okafor → Governor Okafor']],
    ['a man\'s honorific against a woman\'s given name',
      'Margaret Delacroix opened the library, where she read to children. Mr. Delacroix, a former mayor, spoke after her.',
      ['Margaret Delacroix', 'Delacroix'], ['Margaret Delacroix → Margaret Delacroix', 'Delacroix → Mr. Delacroix']],
    ['a woman\'s honorific against a man\'s given name (through its full form: "Bill" is William)',
      'Bill Varga signed the letter before he left. Mrs. Varga, his wife, declined to comment.',
      ['Bill Varga', 'Varga'], ['Bill Varga → Bill Varga', 'Varga → Mrs. Varga']],
    ['a son named with his generation, and an honorific the lexicon\'s sex of his given name denies',
      'Walter Brisco Jr. spoke at the rally. Mrs. Brisco sent a message from Washington.',
      ['Walter Brisco Jr', 'Brisco'], ['Walter Brisco Jr → Walter Brisco Jr', 'Brisco → Mrs. Brisco']],
    ['of several full names none written with the title, none',
      'His son Paul Quill and his daughter Laura Quill spoke. Governor Quill thanked them.',
      ['Paul Quill', 'Laura Quill', 'Quill'], ['Paul Quill → Paul Quill', 'Laura Quill → Laura Quill', 'Quill → Governor Quill']],
    ['a first lady and a president',
      'First lady Nadia Halvorsen visited the school. President Halvorsen joined her later. Mrs. Halvorsen spoke first.',
      ['Nadia Halvorsen', 'Halvorsen'], ['Nadia Halvorsen → Nadia Halvorsen', 'Halvorsen → President Halvorsen', 'Halvorsen → Nadia Halvorsen']],
    ['a job between the kinship noun and the name keeps the apposition',
      'His son, actor Henry Okafor, arrived. Senator Okafor said the bill would pass.',
      ['Henry Okafor', 'Okafor'], ['Henry Okafor → Henry Okafor', 'Okafor → Senator Okafor']],
    ['so do a second kinship noun, an age and a participle before a title',
      'His brother and business partner Henry Okafor arrived with his son, retired general Paul Okafor, 32. Senator Okafor said the bill would pass.',
      ['Henry Okafor', 'Paul Okafor', 'Okafor'], ['Henry Okafor → Henry Okafor', 'Paul Okafor → Paul Okafor', 'Okafor → Senator Okafor']],
    ['and a hyphenated kinship noun',
      "The governor's daughter-in-law Marta Okafor arrived. Governor Okafor said the bill would pass.",
      ['Marta Okafor', 'Okafor'], ['Marta Okafor → Marta Okafor', 'Okafor → Governor Okafor']],
    ['untitled surnames go to the person kept apart, not to the relative',
      'His daughter Marta Okafor toured the plant. Governor Okafor praised it. Okafor said jobs would stay.',
      ['Marta Okafor', 'Okafor'], ['Marta Okafor → Marta Okafor', 'Okafor → Governor Okafor', 'Okafor → Governor Okafor']],
  ])('names: %s', (_why, text, names, expected) => {
    expect(resolved(text, names)).toEqual(expected);
  });

  it.each<[string, string, string[], string[]]>([
    ['a title alone keeps nothing apart: the full name holds the office',
      'Robert Lindqvist opened the summit in Ohio. President Lindqvist said the economy was strong.',
      ['Robert Lindqvist', 'Lindqvist'], ['Robert Lindqvist → Robert Lindqvist', 'Lindqvist → Robert Lindqvist']],
    ['nor a spouse\'s word, since a spouse may hold the office',
      'Ellen Marsh, wife of the former governor, spoke in Iowa. Secretary Marsh said she would run. Mrs. Marsh smiled.',
      ['Ellen Marsh', 'Marsh'], ['Ellen Marsh → Ellen Marsh', 'Marsh → Ellen Marsh', 'Marsh → Ellen Marsh']],
    ['a relative written with the office keeps it',
      'His son, Senator Henry Okafor, arrived late. Senator Okafor said the bill would pass.',
      ['Henry Okafor', 'Okafor'], ['Henry Okafor → Henry Okafor', 'Okafor → Henry Okafor']],
    ['a kinship noun that is the subject of a verb sets no name in apposition',
      'My father knew Robert Lindqvist well, the pastor wrote. President Lindqvist said the economy was strong.',
      ['Robert Lindqvist', 'Lindqvist'], ['Robert Lindqvist → Robert Lindqvist', 'Lindqvist → Robert Lindqvist']],
    ['nor one joined to the name by "and"',
      'My father and Robert Lindqvist were friends, the pastor wrote. President Lindqvist said the economy was strong.',
      ['Robert Lindqvist', 'Lindqvist'], ['Robert Lindqvist → Robert Lindqvist', 'Lindqvist → Robert Lindqvist']],
    ['a kinship noun nobody owns names no relative',
      'Tomas Varga, the son of a miner, grew up in Ohio. Governor Varga said he would sign the bill.',
      ['Tomas Varga', 'Varga'], ['Tomas Varga → Tomas Varga', 'Varga → Tomas Varga']],
    ['nor one of a count',
      'Helen Varga, a mother of five, spoke on Monday. Speaker Varga said the vote would be close.',
      ['Helen Varga', 'Varga'], ['Helen Varga → Helen Varga', 'Varga → Helen Varga']],
    ['the office of a relative\'s owner is not the relative\'s',
      "Eli Quill, the senator's son, spoke on Monday. Senator Quill said he was proud.",
      ['Eli Quill', 'Quill'], ['Eli Quill → Eli Quill', 'Quill → Senator Quill']],
    ['a relative beside the kin of that surname is not set apart',
      'Tomas Varga, the son of Governor Pavel Varga, was charged on Monday. Mr. Varga denied it.',
      ['Tomas Varga', 'Pavel Varga', 'Varga'], ['Tomas Varga → Tomas Varga', 'Pavel Varga → Pavel Varga', 'Varga → Tomas Varga']],
    ['a generation alone keeps no honorific apart when the lexicon does not deny it',
      'Odell Brisco Jr. caught two passes on Sunday. Mr. Brisco said he was happy.',
      ['Odell Brisco Jr', 'Brisco'], ['Odell Brisco Jr → Odell Brisco Jr', 'Brisco → Odell Brisco Jr']],
    ['a pronoun after another person named in the sentence is not the name\'s',
      'Lindsey Marsh met Helen Varga on Monday, and she thanked him. Mr. Marsh said the talks went well.',
      ['Lindsey Marsh', 'Helen Varga', 'Marsh'], ['Lindsey Marsh → Lindsey Marsh', 'Helen Varga → Helen Varga', 'Marsh → Lindsey Marsh']],
    ['"first daughter" names a relative',
      'First daughter Marta Okafor toured the plant on Monday. Governor Okafor praised the workers.',
      ['Marta Okafor', 'Okafor'], ['Marta Okafor → Marta Okafor', 'Okafor → Governor Okafor']],
    ['the name after "the daughter of" is her owner, not a relative',
      'Marta Okafor, the daughter of Governor Pavel Okafor, spoke on Monday. Okafor said the plant would stay.',
      ['Marta Okafor', 'Pavel Okafor', 'Okafor'], ['Marta Okafor → Marta Okafor', 'Pavel Okafor → Pavel Okafor', 'Okafor → Pavel Okafor']],
    ['two offices kept apart are two people',
      'His son Paul Quill and his daughter Laura Quill arrived. Governor Quill spoke first. Senator Quill spoke second.',
      ['Paul Quill', 'Laura Quill', 'Quill'], ['Paul Quill → Paul Quill', 'Laura Quill → Laura Quill', 'Quill → Governor Quill', 'Quill → Senator Quill']],
    ['the lexicon\'s sex of a given name of both sexes yields to the pronouns after the name',
      'Lindsey Marsh said he would vote against the bill. Mr. Marsh left early.',
      ['Lindsey Marsh', 'Marsh'], ['Lindsey Marsh → Lindsey Marsh', 'Marsh → Lindsey Marsh']],
    ['and without a pronoun or another honorific, an honorific alone keeps nothing apart',
      'Lindsey Marsh spoke in Iowa on Monday. Mr. Marsh left early.',
      ['Lindsey Marsh', 'Marsh'], ['Lindsey Marsh → Lindsey Marsh', 'Marsh → Lindsey Marsh']],
    ['a surname alone goes to the one of several full names not named as a relative',
      'His son Paul Quill Jr. arrived first. Paul Quill spoke later. Quill said the levee would hold.',
      ['Paul Quill Jr', 'Paul Quill', 'Quill'], ['Paul Quill Jr → Paul Quill Jr', 'Paul Quill → Paul Quill', 'Quill → Paul Quill']],
    ['a generation alone keeps no office apart (a "Jr" may hold it)',
      'Walter Brisco Jr. spoke at the rally. Senator Brisco sent a message from Washington.',
      ['Walter Brisco Jr', 'Brisco'], ['Walter Brisco Jr → Walter Brisco Jr', 'Brisco → Walter Brisco Jr']],
    ['an honorific of the same sex joins',
      'Margaret Delacroix opened the library. Mrs. Delacroix said it cost too much.',
      ['Margaret Delacroix', 'Delacroix'], ['Margaret Delacroix → Margaret Delacroix', 'Delacroix → Margaret Delacroix']],
    ['an abbreviated title before a full name is its title ("Rep." with its dot)',
      'Rep. Henry Okafor spoke first. His son Paul Okafor spoke later. Rep. Okafor said the bill would pass.',
      ['Henry Okafor', 'Paul Okafor', 'Okafor'], ['Henry Okafor → Henry Okafor', 'Paul Okafor → Paul Okafor', 'Okafor → Henry Okafor']],
    ['an honorific prefers a full name whose given name is not of the other sex',
      'Margaret Okafor spoke on Monday. George Okafor was nominated later. Margaret Okafor praised the choice. Mr. Okafor would lead the division.',
      ['Margaret Okafor', 'George Okafor', 'Okafor'], ['Margaret Okafor → Margaret Okafor', 'George Okafor → George Okafor', 'Margaret Okafor → Margaret Okafor', 'Okafor → George Okafor']],
    ['of two full names, the one written with the same title',
      'Governor Walter Brisco met his niece Laura Brisco, a lawyer. Governor Brisco said little.',
      ['Walter Brisco', 'Laura Brisco', 'Brisco'], ['Walter Brisco → Walter Brisco', 'Laura Brisco → Laura Brisco', 'Brisco → Walter Brisco']],
  ])('names: %s', (_why, text, names, expected) => {
    expect(resolved(text, names)).toEqual(expected);
  });
});

describe('names: a surname kept apart, across articles', () => {
  const nodes = (g: ReturnType<typeof buildGraph>['graph']) => g.filterNodes((_, a) => a.kind === 'person').map((k) => `${g.getNodeAttribute(k, 'label')}: ${[...g.getNodeAttribute(k, 'aliases')].sort().join(', ')}`).sort();

  it('merge: an office\'s title kept apart stays its own node, not the person the surname alone joins', () => {
    const { graph } = buildGraph([
      extraction('a', '2019-05-01', [['Ellen Marsh', 'person'], ['Marsh', 'person', 'Ellen Marsh']]),
      extraction('b', '2019-05-02', [['Ellen Marsh', 'person'], ['Marsh', 'person', 'Ellen Marsh']]),
      extraction('c', '2019-05-03', [['Ellen Marsh', 'person'], ['Marsh', 'person', 'Ellen Marsh']]),
      extraction('d', '2019-05-04', [['Paul Marsh', 'person'], ['Marsh', 'person']]),
      extraction('e', '2019-05-05', [['Dorothy Marsh', 'person'], ['Marsh', 'person', 'President Marsh']]),
    ]);
    const out = nodes(graph);
    expect(out).toContain('President Marsh: Marsh');
    expect(out.find((n) => n.startsWith('Ellen Marsh'))).not.toContain('President');
  });

  it('merge: an honorific kept apart joins the person the surname alone joins when their sexes agree', () => {
    const corpus = (honorific: string) => buildGraph([
      extraction('a', '2019-05-01', [['Robert Okafor', 'person'], ['Okafor', 'person', 'Robert Okafor']]),
      extraction('b', '2019-05-02', [['Robert Okafor', 'person'], ['Okafor', 'person', 'Robert Okafor']]),
      extraction('c', '2019-05-03', [['Robert Okafor', 'person'], ['Okafor', 'person', 'Robert Okafor']]),
      extraction('d', '2019-05-04', [['Robert Okafor', 'person'], ['Marta Okafor', 'person'], ['Okafor', 'person']]),
      extraction('e', '2019-05-05', [['Marta Okafor', 'person'], ['Okafor', 'person', `${honorific} Okafor`]]),
    ]).graph;
    expect(nodes(corpus('Mr.'))).toContain('Robert Okafor: Okafor, Robert Okafor');
    expect(nodes(corpus('Mr.'))).not.toContain('Mr. Okafor: Okafor');
    // "Mrs." is not Robert: the node stays apart
    expect(nodes(corpus('Mrs.'))).toContain('Mrs. Okafor: Okafor');
  });

  /** A graph of articles extracted from texts (each text one article), and its merge report. */
  const corpus = (texts: string[], names: string[]) => buildGraph(texts.map((t, i) => extractArticle(article(t, '2019-05-01', `t${i}`), { recognizer: people(names) })), { report: true });
  const NAMES = ['Robert Lindqvist', 'Marta Lindqvist', 'Paul Lindqvist', 'Lindqvist'];
  const RESOLVED = [
    'Robert Lindqvist opened the summit in Ohio. President Lindqvist said the economy was strong.',
    'Robert Lindqvist flew to Texas. President Lindqvist met farmers there.',
    'President Robert Lindqvist signed the bill on Friday.',
  ];

  it('merge: an office\'s title kept apart joins the person the articles writing it so resolve it to', () => {
    const { graph, report } = corpus([...RESOLVED, 'His daughter Marta Lindqvist toured the plant. President Lindqvist praised the workers.'], NAMES);
    const out = nodes(graph);
    expect(out.some((n) => n.startsWith('President Lindqvist'))).toBe(false);
    expect(out.find((n) => n.startsWith('Marta Lindqvist'))).toBe('Marta Lindqvist: Marta Lindqvist');
    expect(report.merges.find((m) => m.merged.includes('President Lindqvist'))?.reason).toMatch(/resolved to Robert Lindqvist in 3 of 3 articles/);
  });

  it('merge: of several full names none written with the title, the corpus\'s holder of the title', () => {
    const { graph } = corpus([...RESOLVED, 'Robert Lindqvist and his daughter Marta Lindqvist toured the plant. President Lindqvist praised the workers.'], NAMES);
    expect(nodes(graph).some((n) => n.startsWith('President Lindqvist'))).toBe(false);
  });

  it('merge: not when an article keeping it apart names that person in full as the only one of the surname', () => {
    const { graph, report } = corpus([...RESOLVED, 'His father Robert Lindqvist built the plant. President Lindqvist praised the workers.'], NAMES);
    expect(nodes(graph)).toContain('President Lindqvist: Lindqvist');
    expect(report.declined.find((d) => d.a === 'President Lindqvist')?.reason).toMatch(/naming Robert Lindqvist in full as the only person/);
  });

  it('merge: not when too few articles resolve the titled form, or they disagree', () => {
    const kept = 'His daughter Marta Lindqvist toured the plant. President Lindqvist praised the workers.';
    const few = corpus([RESOLVED[0]!, RESOLVED[1]!, kept], NAMES);
    expect(nodes(few.graph)).toContain('President Lindqvist: Lindqvist');
    expect(few.report.declined.find((d) => d.a === 'President Lindqvist')?.reason).toMatch(/too few articles .*2 of 2/);
    const split = corpus([...RESOLVED, 'President Paul Lindqvist spoke.', 'Paul Lindqvist spoke. President Lindqvist left.', kept], NAMES);
    expect(nodes(split.graph)).toContain('President Lindqvist: Lindqvist');
    expect(split.report.declined.find((d) => d.a === 'President Lindqvist')?.reason).toMatch(/3 of 5/);
  });

  it('names: apart forms, sexes of given names', () => {
    expect(apartLabel('Mr', 'Okafor')).toBe('Mr. Okafor');
    expect(apartLabel('Vice President', 'Okafor')).toBe('Vice President Okafor');
    expect(apartForm('Mrs. Okafor', isTitleWord)).toEqual({ title: 'Mrs.', surname: 'Okafor', sex: 'female' });
    expect(apartForm('Governor Okafor', isTitleWord)).toEqual({ title: 'Governor', surname: 'Okafor' });
    // a title as its abbreviation spells it out ("Rep." → "Representative"), but no given name ("Major Okafor")
    expect(apartForm('Representative Okafor', isTitleWord)).toEqual({ title: 'Representative', surname: 'Okafor' });
    expect(apartForm('Major Okafor', isTitleWord)).toBeUndefined();
    // one office written in other words is one key; a deputy's title is another
    expect(titledKey('Rep.', 'Okafor')).toBe(titledKey('Congressman', 'Okafor'));
    expect(titledKey('Mister', 'Okafor')).toBe(titledKey('Mr.', 'Okafor'));
    expect(titledKey('Vice President', 'Okafor')).not.toBe(titledKey('President', 'Okafor'));
    // a monarch's or royal's title is the name's own; a given name and a surname are no apart form
    expect(apartForm('Prince Okafor', isTitleWord)).toBeUndefined();
    expect(apartForm('Robert Okafor', isTitleWord)).toBeUndefined();
    expect(fullNameSex('Margaret Q. Delacroix', lexiconTag)).toBe('female');
    expect(fullNameSex('Bill Varga', lexiconTag)).toBe('male');
    expect(fullNameSex('Okafor', lexiconTag)).toBeUndefined();
  });
});

describe('names: a given name alone after a kinship noun', () => {
  it.each<[string, string, string[], string[]]>([
    ['a child named by a possessive and a given name is of the family',
      "Investigators asked about Tomas Varga's son Elian, and Elian declined to comment.",
      ['Tomas Varga', 'Elian'], ['Tomas Varga → Tomas Varga', 'Elian → Elian Varga', 'Elian → Elian Varga']],
    ['so is one after "his"',
      'Tomas Varga and his daughter, Ilse, toured the plant.',
      ['Tomas Varga', 'Ilse'], ['Tomas Varga → Tomas Varga', 'Ilse → Ilse Varga']],
    ['"his" after two people may be either\'s',
      'Tomas Varga praised Senator Olek Brandt, and his son Ilse spoke.',
      ['Tomas Varga', 'Olek Brandt', 'Ilse'], ['Tomas Varga → Tomas Varga', 'Olek Brandt → Olek Brandt', 'Ilse → Ilse']],
    ['a royal\'s child bears no surname of the royal\'s name',
      "Prince Anselm's son Harald visited Oslo.",
      ['Prince Anselm', 'Harald'], ['Prince Anselm → Prince Anselm', 'Harald → Harald']],
    ['nor a child of a name written family name first',
      "Xi Jinping's daughter Mingze studied abroad.",
      ['Xi Jinping', 'Mingze'], ['Xi Jinping → Xi Jinping', 'Mingze → Mingze']],
    ['the relative is the family\'s even when the given name is someone else\'s surname',
      "Tomas Varga's son Hale spoke first. Senator Duncan Hale then spoke.",
      ['Tomas Varga', 'Duncan Hale', 'Hale'], ['Tomas Varga → Tomas Varga', 'Hale → Hale Varga', 'Duncan Hale → Duncan Hale']],
    ['a spouse may bear another surname',
      'Tomas Varga and his wife, Ilse, toured the plant.',
      ['Tomas Varga', 'Ilse'], ['Tomas Varga → Tomas Varga', 'Ilse → Ilse']],
    ['elsewhere, a word that is the surname of someone else the article names is read as that surname',
      "Tomas Varga's son Hale spoke first. Senator Duncan Hale then spoke, and Hale left.",
      ['Tomas Varga', 'Duncan Hale', 'Hale'], ['Tomas Varga → Tomas Varga', 'Hale → Hale Varga', 'Duncan Hale → Duncan Hale', 'Hale → Duncan Hale']],
  ])('names: %s', (_why, text, names, expected) => {
    expect(resolved(text, names)).toEqual(expected);
  });
});
