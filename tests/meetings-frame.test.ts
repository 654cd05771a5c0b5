/** Gatherings the guideline excludes by their frame: the vetoes the meeting decision sees, and what it decides. */
import { describe, expect, it } from 'vitest';
import { article } from './helpers/article.js';
import { prepareArticle } from '../src/pipeline/extract.js';
import { extractMeetings, type RawCandidate } from '../src/pipeline/05-meetings.js';
import { bodyClass, FRAME_VETOES } from '../src/pipeline/meeting-frame.js';

/** The frame's vetoes and features of the candidate of a trigger. */
function frame(text: string, trigger: string): string[] {
  const { doc, roles } = prepareArticle(article(text, '2005-03-09'));
  const raw: RawCandidate[] = [];
  extractMeetings(doc, roles, { raw });
  const found = raw.find((r) => r.trigger === trigger);
  expect(found, `a candidate "${trigger}"`).toBeDefined();
  return found!.features.filter((f) => f.startsWith('frame:') || Object.keys(FRAME_VETOES).some((v) => f === `veto:${v}`));
}

describe('meetings: the frame of a gathering noun', () => {
  it.each<[string, string, string, string | null]>([
    ["a company's general meeting", 'Shareholders of Acme Holdings approved the merger at the annual general meeting in Frankfurt.', 'meeting', 'veto:shareholders-session'],
    ['a general meeting with a second party', 'Acme Holdings presented the bid at a general meeting with Brill Industries in Frankfurt.', 'meeting', null],
    ["a legislature's drafting session", 'The Assembly Budget Committee opens a drafting session on the farm bill on Tuesday.', 'session', 'veto:legislative-session'],
    ["a party's own conference", 'Delegates gathered in Brighton for the Labour Party conference on Sunday.', 'conference', 'veto:legislative-session'],
    ["a party's conference after \"its\"", 'The Liberal Party will hold its 2007 spring conference in Harrogate.', 'conference', 'veto:legislative-session'],
    ["a union's membership meetings", 'The nurses union has called membership meetings for Tuesday in Cardiff.', 'meetings', 'veto:legislative-session'],
    ["a group's family meeting", 'Speaker Tom Vidal called the party\'s members together on Tuesday for a two-hour "family meeting" on the budget.', 'meeting', 'veto:legislative-session'],
    ['a session of a legislature named in lowercase', 'President Tom Vidal praised the debt accord on Monday in an address to a joint session of parliament.', 'session', 'veto:legislative-session'],
    ['a news conference where one party speaks', 'Oil Minister Ade Bello told a news conference in Abuja that output would rise.', 'news conference', 'veto:statement-setting'],
    ['a news conference "with" no one named', 'Oil Minister Ade Bello told a news conference with reporters in Abuja that output would rise.', 'news conference', 'veto:statement-setting'],
    ['a news conference with a second party', 'Oil Minister Ade Bello spoke at a news conference with Kenyan President Tom Mbeki in Abuja.', 'news conference', null],
    ['a span of negotiations', 'The fishing pact was concluded in March after years of negotiations.', 'negotiations', 'veto:background-process'],
    ['weeks of talks are one round', 'U.S. and Soviet negotiators ended three weeks of talks in Geneva on Friday.', 'talks', null],
    ['days of talks are one meeting', 'The ministers agreed on quotas after two days of talks in Lima.', 'talks', null],
    ['a named round of talks', 'Exporters want farm trade covered by the Tokyo round of talks.', 'talks', 'veto:background-process'],
    ['a new round of talks is one meeting', 'Zambia completed a new round of talks with the IMF on Friday.', 'talks', null],
    ["a city council's own meeting", 'Members of the Dayton City Council rejected the levy at a City Council meeting on Tuesday.', 'meeting', 'veto:legislative-session'],
    ['an intergovernmental body\'s session', 'OPEC oil ministers will hold their ordinary conference in Vienna on June 25.', 'conference', null],
  ])('meetings: %s', (_why, text, trigger, want) => {
    const vetoes = frame(text, trigger).filter((f) => f.startsWith('veto:'));
    expect(vetoes).toEqual(want ? [want] : []);
  });

  it.each<[string, string | null, boolean]>([
    ['a dated wire report', '2005-03-09', false],
    ['an undated web article', null, true],
  ])("meetings: a cabinet's meeting in %s", (_why, date, vetoed) => {
    const { doc, roles } = prepareArticle(article('The minister announced the new tariffs in Quito after a cabinet meeting on Tuesday.', date));
    const raw: RawCandidate[] = [];
    extractMeetings(doc, roles, { raw });
    const f = raw.find((r) => r.trigger === 'meeting')!.features;
    expect(f).toContain('frame:cabinet');
    expect(f.includes('veto:cabinet-undated')).toBe(vetoed);
  });

  it('meetings: a conference committee is a body, not an event', () => {
    const { doc, roles } = prepareArticle(article('The farm bill now goes to a House-Senate conference committee for a final text.', '2005-03-09'));
    const raw: RawCandidate[] = [];
    extractMeetings(doc, roles, { raw });
    expect(raw.find((r) => r.trigger === 'conference')?.features).toContain('veto:trigger-modifies');
  });

  it.each<[string, string]>([
    ['Moore Business Forms Ltd', 'company'],
    ['Senate Budget Committee', 'legislature'],
    ['Parliamentary Labour Party', 'party'],
    ['Group of Seven', 'other'],
    ['Paris Club', 'other'],
    ['Dayton City Council', 'legislature'],
    ['Fairfax County Board of Supervisors', 'legislature'],
    ['New York City Commission on Human Rights', 'other'],
    ['Dayton County Board of Health', 'other'],
    ['UN Security Council', 'other'],
    ['Gulf Cooperation Council', 'other'],
  ])('meetings: the class of %s is %s', (label, want) => {
    expect(bodyClass({ label } as Parameters<typeof bodyClass>[0])).toBe(want);
  });

  it('meetings: the shipped decision weighs a frame veto against the meeting and shows it among its reasons', () => {
    const { doc, roles } = prepareArticle(article('Oil Minister Ade Bello told a news conference in Abuja that output would rise.', '2005-03-09'));
    const trace: NonNullable<Parameters<typeof extractMeetings>[2]>['trace'] = [];
    extractMeetings(doc, roles, { trace });
    const reason = trace!.find((t) => t.trigger === 'news conference')?.reasons.find(([f]) => f === 'veto:statement-setting');
    expect(reason?.[1]).toBeLessThan(0);
  });
});

describe('meetings: a meeting of the parties\' history', () => {
  /** The history features of the candidate of a trigger, in an article of 9 March 2005. */
  const history = (text: string, trigger: string): string[] => {
    const { doc, roles } = prepareArticle(article(text, '2005-03-09'));
    const raw: RawCandidate[] = [];
    extractMeetings(doc, roles, { raw });
    const found = raw.find((r) => r.trigger === trigger);
    expect(found, `a candidate "${trigger}"`).toBeDefined();
    return found!.features.filter((f) => f.startsWith('age:') || f.startsWith('clause-year:'));
  };
  it.each<[string, string, string, string[]]>([
    ['a date years before the article', 'Vidal met Chilean President Ana Ruiz in Lima on May 15, 1998.', 'met', ['age:year+', 'clause-year:2+-before']],
    ['a year before the article in the clause', 'Vidal first met Ruiz during his 2004 visit to Chile, aides said.', 'visit', ['clause-year:1-before']],
    ['a meeting of the months before is news', 'Vidal met Chilean President Ana Ruiz in Lima last December.', 'met', []],
    ['a meeting of this week', 'Vidal met Chilean President Ana Ruiz in Lima on Monday.', 'met', []],
    ['a clock time is no year', 'Vidal will hold talks with Ruiz in Lima at 1900 GMT on Monday.', 'hold talks', []],
  ])('meetings: %s', (_why, text, trigger, want) => {
    expect(history(text, trigger)).toEqual(want);
  });
});
