/** International bodies: their acronyms, numbered-group spellings and British/American spellings resolve to one label. */
import { describe, expect, it } from 'vitest';
import { organizationByName } from '../src/gazetteer/organizations.js';
import { extractArticle, prepareArticle } from '../src/pipeline/extract.js';
import { writtenSpelling } from '../src/names/organizations.js';

/** The organization labels the mention step finds in a text. */
function orgs(text: string): string[] {
  const { doc } = prepareArticle({ id: 't', text, date: '1999-05-02' });
  return [...new Set(doc.mentions.filter((m) => m.kind === 'organization').map((m) => m.label))].sort();
}

describe('names: international bodies', () => {
  it.each<[string, string | undefined]>([
    ['G-7', 'Group of Seven'],
    ['G 7', 'Group of Seven'],
    ['Group of 7', 'Group of Seven'],
    ['G-5', 'Group of Five'],
    ['the Group of Five', 'Group of Five'],
    ['G 20', 'Group of Twenty'],
    ['G-77', 'Group of 77'],
    ['Group of Seventy-Seven', 'Group of 77'],
    ['Ecofin', 'Economic and Financial Affairs Council'],
    ['European Community Commission', 'European Commission'],
    ['Organization for Economic Cooperation and Development', 'Organisation for Economic Co-operation and Development'],
    ['World Trade Organisation', 'World Trade Organization'],
    ['International Labour Organisation', 'International Labour Organization'],
    ['International Coffee Organisation', 'International Coffee Organization'],
    ['ICCO', 'International Cocoa Organization'],
    ['G-99', undefined],
    ['g7', undefined],
    ['Ico', undefined],
  ])('names: %s is %s', (name, want) => {
    expect(organizationByName(name)?.name).toBe(want);
  });

  it.each<[string, string[]]>([
    ['Finance ministers of the G-7 gathered in Bonn while the Group of 77 met in Havana.', ['Group of 77', 'Group of Seven']],
    ['The Eurogroup and Ecofin will discuss the budget rules on Tuesday.', ['Economic and Financial Affairs Council', 'Eurogroup']],
    ['The European Community Commission proposed new farm prices.', ['European Commission']],
    ['Central bankers gathered before the G8 talks, and the G7 statement followed.', ['Group of Eight', 'Group of Seven']],
    ['Delegates at the World Economic Forum heard the OECD chief.', ['Organisation for Economic Co-operation and Development', 'World Economic Forum']],
  ])('names: bodies found in "%s"', (text, want) => {
    expect(orgs(text)).toEqual(want);
  });

  it.each<[string, string, string[], string | undefined]>([
    ['a British spelling of the label', 'World Trade Organization', ['WTO', 'the World Trade Organisation'], 'World Trade Organisation'],
    ['"Co-operation" for "Cooperation"', 'Organisation for Economic Co-operation and Development', ['Organization for Economic Cooperation and Development'], 'Organization for Economic Cooperation and Development'],
    ['the label as written', 'World Trade Organization', ['World Trade Organization', 'WTO'], undefined],
    ['an acronym only', 'World Health Organization', ['WHO'], undefined],
    ['a legal suffix left off is another form, not a spelling', 'Merrill Lynch and Co', ['Merrill Lynch'], undefined],
    ['another name, not a spelling', 'International Coffee Organization', ['Coffee Organisation'], undefined],
  ])('names: the written spelling, %s', (_why, label, surfaces, want) => {
    expect(writtenSpelling(label, surfaces)).toBe(want);
  });

  it('names: a meeting party keeps its node label and carries the article\'s spelling', () => {
    const x = extractArticle({ id: 't', date: '2005-03-02', text: 'Iraq held talks with the World Trade Organisation in Geneva on Tuesday about joining the body.' });
    const wto = x.meetings.flatMap((m) => m.participants).find((p) => p.kind === 'organization');
    expect(wto).toMatchObject({ label: 'World Trade Organization', name: 'World Trade Organisation' });
  });
});
