/** Occasions of another genre than a meeting (a broadcast, an audience, a site, a testimony, a document, a one-party
 * call, a legislature sitting alone), and US usage of a legislature's own proceedings: the vetoes the decision sees. */
import { describe, expect, it } from 'vitest';
import { article } from './helpers/article.js';
import { prepareArticle } from '../src/pipeline/extract.js';
import { extractMeetings, type RawCandidate, VETO_FEATURES } from '../src/pipeline/05-meetings.js';
import { GENRE_VETOES } from '../src/pipeline/meeting-genre.js';
import { FRAME_VETOES } from '../src/pipeline/meeting-frame.js';

const NAMES = [...Object.keys(GENRE_VETOES), ...Object.keys(FRAME_VETOES)].map((v) => `veto:${v}`);

/** The features the decision sees for the candidate of a trigger. */
function features(text: string, trigger: string): string[] {
  const { doc, roles } = prepareArticle(article(text, '2019-03-06'));
  const raw: RawCandidate[] = [];
  extractMeetings(doc, roles, { raw });
  const found = raw.find((r) => r.trigger === trigger);
  expect(found, `a candidate "${trigger}"`).toBeDefined();
  return found!.features;
}

/** The genre's and the frame's vetoes of the candidate of a trigger. */
function vetoes(text: string, trigger: string): string[] {
  return [...new Set(features(text, trigger).filter((f) => NAMES.includes(f)))];
}

const CASES: Array<[string, string, string, string | string[] | null]> = [
  // A broadcast: a presenter, a televised debate, an interview.
  ['a network presenter', 'Senator Ana Ruiz made the remark on Daily Planet host Tom Vidal\'s evening programme.', 'host', 'veto:broadcast'],
  ['a guest presenter', 'On Sunday guest host Mark Baird asked Governor Lena Ortiz about the levee budget.', 'host', 'veto:broadcast'],
  ['a presenter of a named show', 'The mayor later complained to Mark Baird, host of "Morning Watch," about the levee.', 'host', 'veto:broadcast'],
  ['a debate a network hosts', 'Eight candidates face off in Denver on Monday in two debates hosted by the Daily Planet.', 'hosted', 'veto:broadcast'],
  ['a topic raised at a debate', 'Ana Ruiz said the levee budget was discussed during both televised debates.', 'discussed', 'veto:broadcast'],
  ['an interview being arranged', 'For weeks her agent was negotiating an interview with Mark Baird of the Daily Planet.', 'negotiating', 'veto:broadcast'],
  ['a state hosting a guest', 'Japan will host Chinese President Wen Bao in Tokyo next month.', 'host', null],
  ['a summit hosted by a state', 'The talks hosted by Norway in Oslo ended on Friday.', 'hosted', null],
  // An occasion with an audience, a site.
  ['attending a rally', 'Mayor Paul Kern spent Saturday attending the farmers rally in Dayton.', 'attending', 'veto:audience-occasion'],
  ['attending a fundraiser a place qualifies', 'Senator Ana Ruiz will attend a Hamptons fundraiser at the home of a donor.', 'attend', 'veto:audience-occasion'],
  ['attending a day\'s ceremony', 'Film stars including Tom Vidal are expected to attend Saturday\'s ceremony in Paris.', 'attend', 'veto:audience-occasion'],
  ['attending a gala', 'Secretary Ana Ruiz will attend a health care gala in Boston on Wednesday.', 'attend', 'veto:audience-occasion'],
  ['attending a body\'s session', 'Foreign Minister Ana Ruiz will attend the OPEC conference in Vienna on Friday.', 'attend', null],
  ['attending a march by its name', 'Governor Paul Kern will attend the March for Life in Washington on Friday.', 'attend', 'veto:audience-occasion'],
  ['attending a summit by its name', 'Governor Paul Kern will attend the Summit of the Americas in Lima on Friday.', 'attend', null],
  ['attending a service', 'Prime Minister Ana Ruiz attended a memorial service at the cathedral in Lyon.', 'attended', 'veto:audience-occasion'],
  ['attending a college', 'Her daughter Lena Ortiz attends Hadley College in Vermont.', 'attends', 'veto:audience-occasion'],
  ['a panel discussion', 'Governor Paul Kern spoke during a panel discussion at the Harlow Institute in Denver.', 'discussion', 'veto:audience-occasion'],
  ['attending talks with a counterpart', 'Foreign Minister Ana Ruiz attended talks with Spanish Prime Minister Luis Vidal in Madrid.', 'attended', null],
  ['visiting a hospital', 'King Harald visited the Oslo University Hospital on Tuesday.', 'visited', 'veto:site-visit'],
  ['visiting a company\'s plant', 'Governor Paul Kern visited the Acme Motors plant in Flint on Monday.', 'visited', 'veto:site-visit'],
  ['visiting a leader', 'Foreign Minister Ana Ruiz visited Spanish Prime Minister Luis Vidal in Madrid on Monday.', 'visited', null],
  // Testimony, documents, calls, a legislature sitting.
  ['the agenda of a testimony', 'Ana Ruiz and two nurses testified before a Senate panel on Tuesday to discuss the funding of the clinics.', 'discuss', 'veto:testimony'],
  ['a witness summoned', 'The panel voted to have the former treasurer Tom Vidal summoned as a witness in May.', 'summoned', 'veto:testimony'],
  ['an email\'s content', 'Tom Vidal forwarded the memo discussing the levee budget to three aides.', 'discussing', 'veto:written'],
  ['a call with reporters', 'Prices will fall by June, Energy Secretary Ana Ruiz said on a conference call with analysts.', 'conference', 'veto:one-party-call'],
  ['an earnings call', 'Sales slowed in the spring, chief executive Tom Vidal said during the quarterly conference call.', 'conference', 'veto:one-party-call'],
  ['a call with a named party', 'Senate leader Ana Ruiz told House Republicans in a conference call on Tuesday that the bill would pass.', 'conference', null],
  ['a call with a body told, its words between', 'Governor Ana Ruiz told the Harlow County Board of Supervisors in a conference call that the levee plan would go ahead.', 'conference', null],
  ['talking about a topic', 'Governor Tom Vidal often talked about his record on schools.', 'talked', 'veto:speech-topic'],
  ['talking about a topic with a counterpart', 'Ana Ruiz talked about trade with Spanish Prime Minister Luis Vidal on Monday.', 'talked', null],
  ['talks about a topic as a noun', 'Japan and Canada began the talks about fishing rights in Ottawa on Monday.', 'talks', null],
  ['talking about a topic after another verb', 'Mayor Paul Kern stood on the courthouse steps on Friday and talked about the flood damage.', 'talked', 'veto:speech-topic'],
  ['two sides as the subject that talked about a topic', 'Chilean President Ana Ruiz and Peruvian President Luis Vidal sat down in Lima on Friday and talked about the border.', 'talked', null],
  ['two leaders as the subject that talked about a topic', 'Governor Ana Ruiz said the two leaders had talked about the border and the dam.', 'talked', null],
  ['both sides as the subject that talked about a topic', 'A spokesman said both sides talked about fishing rights for three hours.', 'talked', null],
  ['one speaker who had talked about a topic', 'Governor Ana Ruiz said she had talked about the border in every speech.', 'talked', 'veto:speech-topic'],
  ['two sides as the subject of a frank and honest discussion', 'Chilean President Ana Ruiz and Peruvian President Luis Vidal had a frank and honest discussion in Lima on Friday.', 'discussion', null],
  // A meeting as the price of a bargain.
  ['a meeting offered in return', 'Aides of Governor Tom Vidal sought a budget vote in return for a Statehouse meeting with Ana Ruiz.', 'meeting', 'veto:bargain'],
  ['talks offered in exchange', 'The rebels offered to free the hostages in exchange for talks with the Harlow government.', 'talks', 'veto:bargain'],
  // A discussion as public discourse, or as a kind of talk.
  ['a political discussion', 'In Ohio, where farm prices can dominate the political discussion, Governor Tom Vidal won easily.', 'discussion', 'veto:public-discourse'],
  ['kinds of conversations', 'The new guide from Lena Ortiz helps readers hold the same kinds of conversations at home.', 'conversations', 'veto:public-discourse'],
  ['conversations like that', 'The inspector wrote that conversations like that harmed trust in Tom Vidal\'s office.', 'conversations', 'veto:public-discourse'],
  ['the political discussions of a forum', 'Ana Ruiz held political discussions with Spanish Prime Minister Luis Vidal in Madrid on Monday.', 'discussions', null],
  ['routine staff meetings', 'Tom Vidal set the tone of the paper at his daily editorial meetings.', 'meetings', 'veto:internal-routine'],
  ['daily meetings with a counterpart', 'Ana Ruiz held daily meetings with Spanish Prime Minister Luis Vidal in Madrid.', 'meetings', null],
  ['a discussion in a sentence about a debate', 'After the first debate on the Denver stage, the discussion went on for two hours.', 'discussion', 'veto:broadcast'],
  ['a call with the caucus', 'On Friday Speaker Tom Vidal set up a conference call with the caucus to plan the vote.', 'conference', ['veto:one-party-call', 'veto:legislature-sits']],
  ['an agreement\'s history', 'The mayor wants out of the water pact negotiated by the county board in 2009.', 'negotiated', 'veto:agreement-history'],
  ['a negotiation with a counterpart', 'Ana Ruiz negotiated with Spanish Prime Minister Luis Vidal in Madrid on Monday.', 'negotiated', null],
  ['a legislature convening', 'The levee bill waits until Congress convenes after the August recess.', 'convenes', 'veto:legislature-sits'],
  ['a party group deliberating alone', 'House Democrats will discuss on Tuesday how to move forward on the levee bill.', 'discuss', 'veto:legislature-sits'],
  ['a party group meeting a named leader', 'House Democrats met President Ana Ruiz at the White House on Tuesday.', 'met', null],
  ['a party group discussing with a counterpart', 'Senate Republicans discussed the levee bill with Governor Ana Ruiz on Tuesday.', 'discussed', null],
  // A legislature's or a party's own proceeding in US terms.
  ['a lame duck session', 'Few bills pass once Congress starts its "lame duck" session after the vote.', 'session', 'veto:legislative-session'],
  ['a congressional session', 'Ana Ruiz spoke for an hour at a congressional session on Tuesday.', 'session', 'veto:legislative-session'],
  ['a meeting of a party group', 'Tom Vidal presented the plan at a meeting of the House Republican Conference on Tuesday.', 'meeting', 'veto:legislative-session'],
  ['a meeting of a chamber\'s committee', 'Tom Vidal asked about the bill during a meeting of the Senate Finance Committee on Thursday.', 'meeting', 'veto:legislative-session'],
  // An unnamed source's knowledge of a meeting, and "talks" as the verb of one speaker.
  ['a source familiar with the discussions', 'The levy was dropped on Monday, according to a source familiar with the discussions.', 'discussions', 'veto:source-attribution'],
  ['people briefed on the talks', 'Officials briefed on the budget talks said the levy would stay, the Harlow Gazette reported.', 'talks', 'veto:source-attribution'],
  ['a source granted anonymity to discuss', 'The levy will stay, said two aides who spoke on condition of anonymity to discuss the budget.', 'discuss', 'veto:source-attribution'],
  ['a source not authorized to discuss', 'An official who was not authorized to discuss the plans said the levy would stay.', 'discuss', 'veto:source-attribution'],
  ['a source who discusses on condition of anonymity', 'Others decided to discuss the plans on the condition of anonymity.', 'discuss', 'veto:source-attribution'],
  ['a leader authorized to meet', 'President Ana Ruiz authorized Tom Vidal to meet Luis Gomez in Lima next month.', 'meet', null],
  ['an envoy authorized to discuss', 'President Ana Ruiz authorized Tom Vidal to discuss the border with Luis Gomez in Lima.', 'discuss', null],
  ['a meeting told beside an anonymous source', 'Ana Ruiz will discuss the levee with Luis Vidal in Madrid, an aide said on condition of anonymity.', 'discuss', null],
  ['talks named with their counterparts', 'People familiar with the talks between Ana Ruiz and Luis Vidal said they would resume in Madrid.', 'talks', null],
  ['a chairman who talks over witnesses', 'Chairman Tom Vidal just talks over the witnesses and keeps reading his statement.', 'talks', 'veto:speech-topic'],
  ['talks named by their two sides', 'The Ruiz-Vidal talks resumed in Madrid on Monday after a week of delay.', 'talks', null],
  ['a leader who talks with a counterpart', 'Ana Ruiz talks with Spanish Prime Minister Luis Vidal in Madrid on Monday.', 'talks', null],
  ['a visit to an unnamed site', 'Governor Tom Vidal marked the date by visiting a memorial to the miners of Harlow.', 'visiting', 'veto:site-visit'],
  ['a visit to a named leader', 'Governor Tom Vidal marked the date by visiting Spanish Prime Minister Luis Vidal in Madrid.', 'visiting', null],
  ['an inverted conditional', 'Doctors told the board that had inspectors from the agency maintained close contact with Harlow officials, the outbreak would have ended.', 'contact', 'veto:counterfactual'],
  ['a past perfect after its subject', 'Ana Ruiz said that she had maintained close contact with Luis Vidal since March.', 'contact', null],
  ['"and had" an adjective\'s meeting with a counterpart', 'Governor Tom Vidal landed in Madrid on Monday and had an extended meeting with Spanish Prime Minister Luis Vidal.', 'meeting', null],
  ['two sides as the subject of a document of the summit', 'Chilean President Ana Ruiz and Peruvian President Luis Vidal signed the summit document in Lima on Friday.', 'summit', null],
  ['negotiators in the talks are no anonymous source', 'Chilean and Peruvian negotiators involved in the border talks in Lima agreed on Friday to meet again.', 'talks', null],
  ['talks held in a relative clause', 'The firm that had talks with Acme Corp in May said on Monday it would bid.', 'talks', null],
  ['bodily contact', 'The coach admitted to inappropriate physical contact with Lena Ortiz in 2009.', 'contact', 'veto:physical-contact'],
  ['close contact between officials', 'Ana Ruiz kept in close contact with Spanish Prime Minister Luis Vidal during the crisis.', 'contact', null],
  ['a document a meeting noun qualifies', 'Quoting negotiation documents sent to the lenders, the Harlow Gazette said the bonds would run five years.', 'negotiation', 'veto:written'],
  ['a programme\'s title', 'Governor Tom Vidal told NBC\'s "Meet the Press" on Sunday that the levee would hold.', 'Meet', 'veto:broadcast'],
  ['a discussion with the press', 'Senator Ana Ruiz told reporters in a round-table discussion on Friday that the levee would hold.', 'discussion', 'veto:one-party-call'],
  ['a discussion with a named counterpart', 'Senator Ana Ruiz told reporters that her discussion with Spanish Prime Minister Luis Vidal went well.', 'discussion', null],
  ['an outlet addressing its readers', 'The Harlow Gazette is on Twitter. You can also contact us in the following ways:', 'contact', 'veto:written'],
  ['a meeting of an international body', 'Ana Ruiz spoke at a meeting of the World Health Organization in Geneva on Thursday.', 'meeting', null],
];

describe('meetings: the genre of the occasion', () => {
  it.each(CASES)('meetings: %s', (_why, text, trigger, want) => {
    expect(vetoes(text, trigger).sort()).toEqual(want ? [want].flat().sort() : []);
  });

  it('meetings: every veto these sentences raise is one training starts from a prior weight', () => {
    const raised = new Set(CASES.flatMap(([, text, trigger]) => features(text, trigger).filter((f) => f.startsWith('veto:'))));
    expect(raised.size).toBeGreaterThan(0);
    for (const v of raised) expect(VETO_FEATURES, v).toContain(v);
  });

  it('meetings: the shipped decision rejects a rally attended with no counterpart and keeps a visit to a leader', () => {
    const decide = (text: string) => {
      const { doc, roles } = prepareArticle(article(text, '2019-03-06'));
      return extractMeetings(doc, roles).length;
    };
    expect(decide('Mayor Paul Kern spent Saturday attending the farmers rally in Dayton.')).toBe(0);
    expect(decide('Foreign Minister Ana Ruiz visited Spanish Prime Minister Luis Vidal in Madrid on Monday.')).toBe(1);
  });
});

describe('meetings: a meeting asked for, or put off with no new day, is neither held nor planned', () => {
  it.each<[string, string, string, string, boolean]>([
    // [why, sentence, trigger, veto, raised]
    ['a meeting requested', 'Foreign Minister Ana Ruiz requested a meeting with Peruvian President Pedro Gomez.', 'meeting', 'veto:request', true],
    ['talks sought', 'Ana Ruiz sought urgent talks with Peruvian President Pedro Gomez on the border.', 'talks', 'veto:request', true],
    ['terms sought in talks', 'Chile is seeking new terms in negotiations with the Andean Development Corporation.', 'negotiations', 'veto:request', false],
    ['talks held after a request', 'The talks, which Chile had requested, opened in Lima on Monday.', 'talks', 'veto:request', false],
    ['long-sought talks', 'The long-sought talks between Chile and Peru opened in Lima on Monday.', 'talks', 'veto:request', false],
    ['concessions sought during talks', 'Chile sought concessions during talks with Peruvian negotiators in Lima last week.', 'talks', 'veto:request', false],
    ['put off, no new day', 'Foreign Minister Ana Ruiz on Monday postponed a visit to Peruvian President Pedro Gomez in Lima.', 'visit', 'veto:postponed-undated', true],
    ['the meeting was postponed', 'A meeting between Ana Ruiz and Pedro Gomez in Lima was postponed because of the storm.', 'meeting', 'veto:postponed-undated', true],
    ['put off until a month', 'Ana Ruiz postponed the talks with Pedro Gomez until March.', 'talks', 'veto:postponed-undated', false],
    ['put off to a day', 'The meeting between Ana Ruiz and Pedro Gomez was postponed to May 3.', 'meeting', 'veto:postponed-undated', false],
    ['another thing postponed', 'Ana Ruiz met Pedro Gomez in Lima on Monday, and the vote was postponed.', 'met', 'veto:postponed-undated', false],
    ['twice-postponed talks that opened', 'The twice-postponed talks between Chile and Peru finally opened in Lima.', 'talks', 'veto:postponed-undated', false],
    ['a meeting after another event was postponed', 'Ana Ruiz met Pedro Gomez in Lima after the summit was postponed.', 'met', 'veto:postponed-undated', false],
  ])('meetings: %s', (_why, text, trigger, veto, raised) => {
    expect(features(text, trigger).includes(veto)).toBe(raised);
  });
});

describe('meetings: the context of an occasion (a campaign, family, a process, a generic counterpart)', () => {
  it.each<[string, string, string, string, boolean]>([
    // [why, sentence, trigger, feature, present]
    ['a journey in a campaign sentence', 'Senator Ana Ruiz flew to Ohio on Friday to campaign for the governor and spoke at a rally in Akron.', 'flew', 'veto:campaign-event', true],
    ['a visit to headline a fundraiser', 'Governor Paul Kern briefly visited Dayton on Tuesday to headline a fundraiser for the party.', 'visited', 'veto:campaign-event', true],
    ['a visit to a state during a campaign', 'Campaigning abroad, Senator Ana Ruiz visited Portugal and later flew home.', 'visited', 'veto:campaign-event', false],
    ['a visit to a leader during a campaign', 'Between rallies Senator Ana Ruiz visited Spanish Prime Minister Luis Vidal in Madrid.', 'visited', 'veto:campaign-event', false],
    ['a visit to a grandmother', 'On the day of the storm, Tom Vidal was visiting his grandmother in Dayton.', 'visiting', 'veto:family-visit', true],
    ['a visit to an elderly relative', 'Lena Ortiz made a humanitarian visit to her 90-year-old grandmother in Hebron on Friday.', 'visit', 'veto:family-visit', true],
    ['a visit to a minister', 'Lena Ortiz paid a visit to her counterpart Tom Vidal in Lima on Monday.', 'visit', 'veto:family-visit', false],
    ['a journey for a family holiday', 'Senator Ana Ruiz flew to Portugal on Friday for a long family vacation.', 'flew', 'veto:private-trip', true],
    ['a journey for medical care', 'The former premier Luis Vidal travelled to Germany last week for medical treatment.', 'travelled', 'veto:private-trip', true],
    ['a visit on holiday', 'Governor Paul Kern visited Spain on holiday with his wife in August.', 'visited', 'veto:private-trip', true],
    ['a journey for talks', 'Senator Ana Ruiz flew to Portugal on Friday for talks on the fishing quota.', 'flew', 'veto:private-trip', false],
    ['a visit to a leader on holiday', 'Governor Paul Kern visited Spanish Prime Minister Luis Vidal in Madrid on holiday.', 'visited', 'veto:private-trip', false],
    ['a journey for talks on a treatment', 'Minister Ana Ruiz flew to Geneva on Monday for talks on the treatment of prisoners.', 'flew', 'veto:private-trip', false],
    ['a journey for talks on a holiday truce', 'Minister Ana Ruiz flew to Cairo on Monday for talks on the holiday ceasefire.', 'flew', 'veto:private-trip', false],
    ['talks as the object of a preposition, no counterpart', 'The cost of the reactors became a central issue in the talks, officials in Lima said.', 'talks', 'occasion:background', true],
    ['talks with a named counterpart', 'Peru made progress in the talks with Chile on Monday, officials said.', 'talks', 'occasion:background', false],
    ['a session with the public', 'Governor Ana Ruiz will hold a session with voters and volunteers in Akron on Monday.', 'session', 'counterpart:public', true],
    ['a meeting with agencies', 'Tom Vidal will hold a meeting with transit planners in Dayton next week.', 'meeting', 'counterpart:common-plural', true],
  ])('meetings: %s', (_why, text, trigger, feature, present) => {
    expect(features(text, trigger).includes(feature)).toBe(present);
  });
});

describe('meetings: the sense of a meeting noun from its frame', () => {
  it.each<[string, string, string, string, boolean]>([
    ['a trigger noun qualifying a noun after it', 'The county will hire forty contact tracers in Dayton before June.', 'contact', 'noun-sense:modifier', true],
    ['a tour of a book', 'Senator Paul Kern begins a national book tour in Denver in January.', 'tour', 'veto:occasion-kind', true],
    ['an apology tour', 'The anchor Tom Vidal went on an apology tour on Monday after his remarks.', 'tour', 'veto:occasion-kind', true],
    ['a tour of a region by a minister', 'Foreign Minister Ana Ruiz began a tour of Asia with talks in Tokyo on Monday.', 'tour', 'veto:occasion-kind', false],
    ['a session in a studio', 'Leaving a late recording session with Tom Vidal in Denver, the singer Lena Ortiz hurt her hand.', 'session', 'veto:occasion-kind', true],
    ['a session with an audience', 'Mayor Paul Kern took questions from students in a question-and-answer session in Akron.', 'session', 'veto:occasion-kind', true],
    ['a session of autographs', 'The striker Tom Vidal signed shirts for fans at an autograph session in Leeds.', 'session', 'veto:occasion-kind', true],
    ['a soldier\'s combat tours', 'Sergeant Tom Vidal served four combat tours in Afghanistan before he retired.', 'tours', 'veto:occasion-kind', true],
    ['talks of hard bargaining', 'Chancellor Ana Ruiz and Tom Vidal held horse-trading talks in Berlin on Monday.', 'talks', 'veto:occasion-kind', false],
    ['a special session of a council', 'Minister Ana Ruiz and Chile\'s Tom Vidal met in a special session of the fisheries council.', 'session', 'veto:occasion-kind', false],
  ])('meetings: %s', (_why, text, trigger, feature, present) => {
    expect(features(text, trigger).includes(feature)).toBe(present);
  });
});
