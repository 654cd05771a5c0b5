/**
 * Rule tables for meeting events: the words that name a meeting (triggers), the contexts that make a trigger not a
 * meeting, and the words that mark a meeting as planned. All lowercase; phrases are token sequences.
 */
import { wordTable } from './normalize.js';

export type TriggerKind = 'meeting' | 'talks' | 'visit' | 'summit' | 'call' | 'negotiation' | 'conference' | 'host';

export interface TriggerRule {
  phrase: string[];
  kind: TriggerKind;
  /** A noun trigger can stand in a definite description ("the meeting") that refers back to an earlier event. */
  noun: boolean;
  /** Only with a second party in the same clause ("joint news conference with Biden"): alone it is one party's event. */
  needsCounterpart?: boolean;
  reason: string;
  /** The CAMEO event code of a word taken from the CAMEO lexicon (gazetteer/cameo-triggers.ts). */
  cameo?: string;
}

const t = (phrase: string, kind: TriggerKind, noun: boolean, reason: string, needsCounterpart = false): TriggerRule => ({
  phrase: phrase.split(' '),
  kind,
  noun,
  reason,
  ...(needsCounterpart ? { needsCounterpart } : {}),
});

/** Longest phrases first, so "news conference" wins over "conference". */
export const TRIGGERS: TriggerRule[] = [
  t('joint news conference', 'conference', true, 'a joint appearance of two parties', true),
  t('joint press conference', 'conference', true, 'a joint appearance of two parties', true),
  t('phone call', 'call', true, 'talks by telephone'),
  t('telephone call', 'call', true, 'talks by telephone'),
  t('phone conversation', 'call', true, 'talks by telephone'),
  t('telephone conversation', 'call', true, 'talks by telephone'),
  t('telephone conference', 'call', true, 'a meeting held by telephone'),
  t('video conference', 'call', true, 'a meeting held by video'),
  t('video call', 'call', true, 'a meeting held by video'),
  t('video link', 'call', true, 'a meeting held by video'),
  t('spoke by phone', 'call', false, 'talks by telephone'),
  t('spoke by telephone', 'call', false, 'talks by telephone'),
  t('held talks', 'talks', false, 'talks'),
  t('hold talks', 'talks', false, 'talks'),
  t('holding talks', 'talks', false, 'talks'),
  t('news conference', 'conference', true, 'a joint appearance when a second party is named', true),
  t('press conference', 'conference', true, 'a joint appearance when a second party is named', true),
  t('videoconference', 'call', true, 'a meeting held by video'),
  t('teleconference', 'call', true, 'a meeting held by telephone'),
  t('phoned', 'call', false, 'talks by telephone'),
  t('meet', 'meeting', false, 'verb'),
  t('meets', 'meeting', false, 'verb'),
  t('met', 'meeting', false, 'verb'),
  t('meeting', 'meeting', true, 'noun or progressive verb'),
  t('meetings', 'meeting', true, 'noun'),
  t('talks', 'talks', true, 'noun'),
  t('talked', 'talks', false, 'verb ("talked with")', true),
  t('discussions', 'talks', true, 'noun', true),
  t('consultations', 'talks', true, 'noun', true),
  t('conversations', 'talks', true, 'noun', true),
  t('visit', 'visit', true, 'noun or verb'),
  t('visits', 'visit', true, 'noun or verb'),
  t('visited', 'visit', false, 'verb'),
  t('visiting', 'visit', false, 'verb'),
  t('trip', 'visit', true, 'noun: with a destination or a second party'),
  t('tour', 'visit', true, 'noun: with a destination or a second party'),
  t('summit', 'summit', true, 'noun'),
  t('summits', 'summit', true, 'noun'),
  t('negotiations', 'negotiation', true, 'noun'),
  t('negotiated', 'negotiation', false, 'verb', true),
  t('negotiating', 'negotiation', false, 'verb or adjective', true),
  t('conference', 'conference', true, "an organization's own session, or a conference of parties"),
  t('session', 'conference', true, "an organization's own session"),
  t('hosted', 'host', false, 'verb', true),
  t('hosts', 'host', false, 'verb', true),
  t('hosting', 'host', false, 'verb', true),
  t('conferred', 'talks', false, 'verb', true),
  t('conferring', 'talks', false, 'verb', true),
  t('confer', 'talks', false, 'verb', true),
];

/** People of one's private life after "meet": how a couple or a family met is a personal encounter, not a meeting of
 * parties ("met his future wife", "met her boyfriend"). A veto of its own, apart from NOT_MEETING_OBJECTS, whose words
 * also stand after "meet" in true meetings ("met to discuss the budget"). */
export const PERSONAL_RELATIONS: Record<string, string> = wordTable({
  wife: 'how a couple met', husband: 'how a couple met', girlfriend: 'a private life', boyfriend: 'a private life',
  fiancee: 'a private life', fiance: 'a private life', spouse: 'how a couple met', bride: 'how a couple met',
});

/** Words right after "meet"/"met" that make it not a meeting ("meet demand", "met expectations"). Checked within the
 * next words of the clause. */
export const NOT_MEETING_OBJECTS: Record<string, string> = wordTable({
  demand: 'meet demand', demands: 'meet demands', target: 'meet a target', targets: 'meet targets',
  expectation: 'meet expectations', expectations: 'meet expectations', requirement: 'requirements', requirements: 'requirements',
  obligation: 'obligations', obligations: 'obligations', deadline: 'deadline', deadlines: 'deadlines', criteria: 'criteria',
  criterion: 'criteria', standard: 'standards', standards: 'standards', needs: 'needs', need: 'needs', costs: 'costs',
  cost: 'costs', condition: 'conditions', conditions: 'conditions', goal: 'goals', goals: 'goals', quota: 'quotas',
  quotas: 'quotas', payment: 'payments', payments: 'payments', forecast: 'forecasts', forecasts: 'forecasts',
  estimate: 'estimates', estimates: 'estimates', commitment: 'commitments', commitments: 'commitments',
  threshold: 'thresholds', challenge: 'challenges', challenges: 'challenges', resistance: 'met resistance',
  opposition: 'met opposition', criticism: 'met criticism', approval: 'met approval', fate: 'met his fate',
  end: 'met an end', death: 'met death', match: 'a match, not a meeting', game: 'a game', shortfall: 'shortfall',
  debts: 'debts', debt: 'debt', bills: 'bills', liabilities: 'liabilities', specifications: 'specifications',
  problems: 'meet problems', problem: 'meet a problem', concerns: 'meet concerns', shortfalls: 'shortfalls',
  rules: 'meet the rules', rule: 'meet a rule', terms: 'meet the terms', limits: 'limits', limit: 'limit', budget: 'budget',
  directors: '"meet directors": an athletics meet', organisers: '"meet organisers": an athletics meet', organizers: 'an athletics meet',
  duty: '"meet our duty of care"', duties: 'duties', responsibility: 'responsibilities', responsibilities: 'responsibilities',
  pledge: 'a pledge', pledges: 'pledges', promise: 'a promise', promises: 'promises', reception: '"met a cool reception"', response: '"met with a muted response"',
  interests: '"its interests were met"', request: 'a request', requests: 'requests', wishes: 'wishes',
});

/** Nouns after a trigger that make the trigger a modifier, not an event: "the conference stage", "a meeting room". */
export const TRIGGER_MODIFIES: Record<string, string> = wordTable({
  room: 'a room', rooms: 'rooms', hall: 'a hall', centre: 'a building', center: 'a building', stage: 'a stage',
  platform: 'a platform', place: 'a place', point: '"meeting point"', venue: 'a venue', season: '"conference season"',
  circuit: '"conference circuit"', table: '"the negotiating table"', tactics: '"negotiating tactics"',
  position: '"negotiating position"', skills: 'skills', team: '"negotiating team"', record: '"meeting record": athletics',
  committee: '"a conference committee", "the negotiating committee": a body, not an event',
  firm: '"a consulting firm": a business', firms: '"consulting firms"', fee: '"a consulting fee"', fees: '"consulting fees"',
});

/** Words that make a sentence about sport, where "meet", "host", "visit" and "meetings" are fixtures and matches,
 * not meetings between parties. */
export const SPORTS_CONTEXT: Record<string, string> = wordTable({
  beat: 'result', beating: 'result', beaten: 'result', victory: 'result', defeated: 'result', match: 'fixture',
  matches: 'fixture', game: 'fixture', games: 'fixture', goal: 'score', goals: 'score', replay: 'fixture', cup: 'competition',
  league: 'competition', 'semi-final': 'round', 'quarter-final': 'round', fixture: 'fixture', fixtures: 'fixture',
  tournament: 'competition', championship: 'competition', striker: 'player', midfielder: 'player', scored: 'score',
  derby: 'fixture', premiership: 'competition', innings: 'cricket', tries: 'rugby', olympic: 'sport', olympics: 'sport',
  athletics: 'sport', seeded: 'tennis', seed: '"top seed" in tennis', grand: '"grand slam"', wildcard: 'tennis',
  cross: 'football: "met his cross"', header: 'football', kick: 'football: "free kick"', ball: 'ball games',
  penalty: 'football, rugby', squad: 'team sport', rugby: 'sport', football: 'sport', tennis: 'sport', cricket: 'sport',
  golf: 'sport', medal: 'competition', champion: 'competition', champions: 'competition', 'semi-finals': 'round',
  'quarter-finals': 'round', wicket: 'cricket', tackle: 'football, rugby', coach: 'team sport', captain: 'team sport',
});

/**
 * In an article about sport (three or more distinct SPORTS_CONTEXT words), these triggers are fixtures, draws and
 * tours of teams, whatever the sentence says: "He now meets the top seed in the final", "the Lions tour to New Zealand",
 * "Chelsea face a trip to Newcastle", "the hosts". Talks, negotiations and meetings with someone stay events there
 * ("Cole is in talks with Arsenal", "a meeting of its Executive Committee").
 */
export const SPORTS_FIXTURE_TRIGGERS: Record<string, string> = wordTable({
  meet: 'a draw or a fixture', meets: 'a fixture', met: 'a fixture, or a ball met in play', visit: 'an away fixture',
  visits: 'an away fixture', visited: 'an away fixture', visiting: 'the visiting team', trip: 'an away fixture',
  tour: 'a team\'s tour', hosts: 'the home team', hosted: 'a home fixture', hosting: 'a home fixture',
});
/** Meals a host gives for guests ("a dinner hosted by the prime minister"), which a meeting may be held at. */
export const HOSTED_MEALS: Record<string, string> = wordTable({
  dinner: 'a dinner', lunch: 'a lunch', luncheon: 'a luncheon', breakfast: 'a breakfast', banquet: 'a banquet', reception: 'a reception',
});
/** Distinct SPORTS_CONTEXT words that make an article one about sport. */
export const SPORTS_ARTICLE_MIN_WORDS = 3;
/** SPORTS_CONTEXT words in every thousand words of an article about sport. Politics uses them too ("an election
 * victory", "the goals of the talks", "the death penalty", "a game changer"), but sparsely, while a match report is
 * full of them. */
export const SPORTS_ARTICLE_DENSITY = 8;
/** SPORTS_CONTEXT words that politics and business use as figures of speech ("to tackle poverty", "the development
 * goals", "to match the funding", "an election victory", "the death penalty"): an article about sport also names a
 * sport, a competition, a player or a fixture with a word outside this list. */
export const SPORTS_FIGURATIVE: Record<string, string> = wordTable({
  beat: '"beat inflation"', beating: '"beating expectations"', beaten: '"beaten down"', victory: '"an election victory"',
  defeated: '"the bill was defeated"', match: '"match the funding"', goal: '"the goal of the talks"', goals: '"development goals"',
  cross: '"cross the border"', ball: '"the ball is in their court"', kick: '"kick-start"', penalty: '"the death penalty"',
  champion: '"a champion of reform"', champions: '"champions of free trade"', grand: '"a grand coalition"',
  seed: '"seed money"', header: 'a page header', tackle: '"tackle poverty"', captain: '"captains of industry"',
});

/** Words before a trigger (in its clause, within five tokens) that make it hypothetical or a proposal, not an event.
 * A permission ("will be allowed to meet the consul", "is permitted a visit by") is neither held nor set. */
export const NOT_EVENT_CONTEXT: Record<string, string> = wordTable({
  if: 'condition', unless: 'condition', whether: 'open question', could: 'possibility', might: 'possibility',
  should: 'recommendation', ready: '"ready to meet"', willing: '"willing to talk"', prepared: '"prepared to meet"',
  proposed: 'proposal', propose: 'proposal', proposes: 'proposal', proposal: 'proposal', suggested: 'proposal',
  offered: 'offer', urged: 'appeal', urges: 'appeal', demanded: 'appeal', refused: 'refusal', declined: 'refusal',
  rejected: 'refusal', no: '"no need for a meeting", "no plans"', not: 'negated', never: 'negated',
  possible: 'possibility', possibility: 'possibility', prospect: 'prospect', prospects: 'prospect', hope: 'wish', hopes: 'wish', hoping: 'wish',
  hoped: 'wish', want: 'wish', wants: 'wish', wanted: 'wish', issue: '"the issue of peace talks": a topic',
  question: 'a topic', idea: 'a topic', favour: 'an opinion', favor: 'an opinion', support: 'an opinion', resumption: 'a call for resumption',
  supports: '"supports direct talks between": an opinion', supporting: 'an opinion', backs: '"backs talks": an opinion',
  calls: '"calls for talks"', called: '"called for talks"', call: '"call for talks"', any: '"any talks": hypothetical',
  allowed: 'permission', permitted: 'permission',
});

/** Verbs of asking for a meeting: with the trigger noun as their object ("requested a meeting with", "sought talks
 * with", "seeking an audience"), the meeting is a request, neither held nor set (guideline rule 5); not so with the
 * talks as a setting ("seeking new terms in talks with"). */
export const REQUEST_VERBS: Record<string, string> = wordTable({
  requested: 'request', request: 'request', requests: 'request', requesting: 'request', sought: 'request', seek: 'request',
  seeks: 'request', seeking: 'request',
});

/** Verbs that ask someone else to act: followed by "to" before the trigger ("pressing Japan to discuss the issue at
 * the talks", "urged both sides to meet"), the meeting is what one party wants, not what happened or is planned. */
export const URGING_VERBS: Record<string, string> = wordTable({
  press: 'appeal', presses: 'appeal', pressed: 'appeal', pressing: 'appeal', urge: 'appeal', urging: 'appeal',
  ask: 'request', asks: 'request', asked: 'request', asking: 'request', encourage: 'appeal', encouraged: 'appeal',
  encouraging: 'appeal', persuade: 'appeal', persuaded: 'appeal', persuading: 'appeal', push: 'appeal',
  pushing: 'appeal', invite: 'invitation, not yet accepted', invited: 'invitation, not yet accepted',
});

/**
 * Verbs of taking part in a body's vote or session. A person who is their subject, in a sentence about a dated session
 * ("The June committee voted seven to two ... Ana Reyes favored a larger cut") or the sentence after it, was at
 * that session. "favored", "preferred" and "opposed" count only after a sentence saying the body voted.
 */
export const SESSION_PART_VERBS: Record<string, string> = wordTable({
  voted: 'vote', dissented: 'vote', abstained: 'vote', chaired: 'chair', presided: 'chair', attended: 'attendance',
  favored: 'position in the vote', favoured: 'position in the vote', preferred: 'position in the vote', opposed: 'position in the vote',
});

/** Works a person's possessive names as their author, not as a party: "Landler's account shows how Clinton ... were
 * involved in the talks" is a reporter's account of talks he did not take part in. */
export const AUTHORED_WORKS: Record<string, string> = wordTable({
  account: 'narration', book: 'publication', memoir: 'publication', memoirs: 'publication', column: 'publication',
  article: 'publication', report: 'publication', reporting: 'journalism', story: 'journalism', biography: 'publication',
  documentary: 'film', podcast: 'broadcast', piece: 'publication', diary: 'publication', diaries: 'publication',
});

/** Words near a trigger that say the meeting will not or did not take place: neither held nor planned ("the talks
 * were cancelled", "called off a visit to", "plans for a debate collapsed"). "off" stands for "called off". */
export const CANCELLED_MARKERS: Record<string, string> = wordTable({
  cancelled: 'cancelled', canceled: 'cancelled', cancel: 'cancelled', cancels: 'cancelled', cancelling: 'cancelled',
  scrapped: 'cancelled', abandoned: 'cancelled', aborted: 'cancelled', collapsed: '"plans for talks collapsed"',
  'called off': 'cancelled', 'call off': 'cancelled', 'calls off': 'cancelled', 'calling off': 'cancelled',
  'put off': 'postponed without a date', 'putting off': 'postponed without a date',
});

/** Words that put a meeting off: with no new day or "until" after them it is neither held nor planned ("postponed a trip
 * to Kyiv"; guideline rule 5, an undecided trip); "postponed the talks until March" sets them again (rule 4). */
export const POSTPONED_MARKERS: Record<string, string> = wordTable({
  postponed: 'postponed', postpone: 'postponed', postpones: 'postponed', postponing: 'postponed', shelved: 'shelved',
  deferred: 'deferred',
});

/** Determiners: words before a noun that make the word after them a noun ("the hosts", "visited the tomb", "this
 * session", "another round"). */
export const DETERMINERS: Record<string, string> = wordTable({
  the: 'article', a: 'article', an: 'article', its: 'possessive', his: 'possessive', her: 'possessive',
  their: 'possessive', our: 'possessive', my: 'possessive', your: 'possessive', this: 'demonstrative',
  that: 'demonstrative', these: 'demonstrative', those: 'demonstrative', any: 'quantifier', some: 'quantifier',
  no: 'quantifier', another: 'quantifier',
});

/** Auxiliaries of the passive: "the targets can be met", "was met by". */
export const PASSIVE_AUXILIARIES: Record<string, string> = wordTable({
  be: 'passive', been: 'passive', being: 'passive', is: 'passive', are: 'passive', was: 'passive', were: 'passive',
});

/** Words before a trigger (in its clause) that mark the meeting as planned. */
export const PLANNED_MARKERS: Record<string, string> = wordTable({
  will: 'future', "'ll": 'future', shall: 'future', would: 'reported future ("said he would meet")', due: '"is due to meet"',
  scheduled: 'schedule', expected: 'expectation', planned: 'plan', plans: 'plan', plan: 'plan', planning: 'plan',
  set: '"set to meet"', going: '"going to meet"', upcoming: 'future', forthcoming: 'future', next: 'future',
  tomorrow: 'future', later: '"later this month"', intends: 'intention', aims: 'intention', postponed: '"postponed to"',
  resume: '"talks will resume"', arrange: 'arrangement', arranged: 'arrangement', invited: 'invitation',
});

/** Clause boundaries: a meeting's participants are read within the clause of its trigger. */
export const CLAUSE_BOUNDARIES: Record<string, string> = wordTable({
  while: 'contrast clause', whereas: 'contrast clause', but: 'contrast clause', although: 'concession', though: 'concession',
  because: 'cause clause', since: 'cause or time clause', however: 'contrast', after: 'another event before this one',
  before: 'another event after this one', when: 'time clause', that: '"a report that Japan agreed to hold talks"',
});

/** Words that open a subordinate clause at the start of a sentence ("Since Poland rejoined the IMF, ..."): the main
 * clause, where the event is, starts after the comma that closes it. */
export const SUBORDINATORS: Record<string, string> = wordTable({
  since: 'time or cause', although: 'concession', though: 'concession', after: 'time', before: 'time', when: 'time',
  while: 'time', as: 'time or cause', if: 'condition', because: 'cause', once: 'time', until: 'time',
});

/** Names of legislatures: a legislature sitting alone (a session, a hearing, a caucus, a drafting meeting) is a
 * legislative proceeding, not a meeting between parties. */
export const LEGISLATURE_WORDS: Record<string, string> = wordTable({
  house: 'lower chamber', senate: 'upper chamber', congress: 'US legislature', parliament: 'legislature', assembly: 'legislature',
  duma: 'Russian legislature', knesset: 'Israeli legislature', bundestag: 'German legislature', diet: 'Japanese legislature',
  lords: 'House of Lords', commons: 'House of Commons', legislature: 'legislature', caucus: 'party caucus',
});

/** Words in a trigger's clause that make it a habit or a series, not one event. */
export const HABITUAL_MARKERS: Record<string, string> = wordTable({
  occasions: '"on three occasions"', regularly: 'habit', often: 'habit', frequently: 'habit', usually: 'habit',
  routinely: 'habit', repeatedly: 'series', annually: 'habit', every: '"every year"', several: '"several times"', times: '"three times"',
});

/** Plural descriptions that refer back to the people just named ("The two will travel to Chile in May"). */
export const PLURAL_ANAPHORS: ReadonlyArray<{ words: string[]; refersTo: 'people' | 'sides' }> = [
  { words: ['the', 'two'], refersTo: 'people' }, { words: ['both', 'men'], refersTo: 'people' },
  { words: ['both', 'leaders'], refersTo: 'people' }, { words: ['the', 'two', 'leaders'], refersTo: 'people' },
  { words: ['the', 'two', 'men'], refersTo: 'people' }, { words: ['the', 'pair'], refersTo: 'people' },
  // "The two sides have held no talks since March": the two bodies or states of the sentence before.
  { words: ['both', 'sides'], refersTo: 'sides' }, { words: ['the', 'two', 'sides'], refersTo: 'sides' },
];

/** Head nouns of organization names that news uses alone, in lower case, for the body it named before ("committee
 * members discussed", "the council reconvenes"). */
export const ORGANIZATION_HEAD_NOUNS: Record<string, string> = wordTable({
  committee: 'committee', council: 'council', board: 'board', commission: 'commission', union: 'union', bank: 'bank',
  fund: 'fund', group: 'group', association: 'association', federation: 'federation', organization: 'organization',
  organisation: 'organisation', cabinet: 'cabinet', assembly: 'assembly', conference: 'conference', alliance: 'alliance',
});

/** Common nouns for people or bodies that can be a party to an encounter ("met officials", "visiting troops", "the two
 * sides met"), beside the nouns compromise tags as people (Actor) and the titles: the subject or object of "meet" or
 * "visit" that is none of them is a thing ("meet the test", "visit the site"). */
export const PARTY_NOUNS: Record<string, string> = wordTable({
  officials: 'officials', official: 'an official', leaders: 'leaders', leader: 'a leader', delegation: 'a delegation',
  delegations: 'delegations', delegates: 'delegates', representatives: 'representatives', representative: 'a representative',
  executives: 'executives', executive: 'an executive', counterpart: 'a counterpart', counterparts: 'counterparts',
  ministers: 'ministers', envoy: 'an envoy', envoys: 'envoys', negotiators: 'negotiators', members: 'members',
  government: 'a government', governments: 'governments', sides: '"the two sides"', side: 'a side', authorities: 'authorities',
  colleagues: 'colleagues', partners: 'partners', creditors: 'creditors', investors: 'investors', shareholders: 'shareholders',
  diplomats: 'diplomats', experts: 'experts', mediators: 'mediators', staff: 'staff', management: 'management',
  parties: 'parties', allies: 'allies', rebels: 'rebels', opposition: 'the opposition', troops: 'troops', people: 'people',
  workers: 'workers', families: 'families', relatives: 'relatives', residents: 'residents', victims: 'victims',
  producers: 'producers', consumers: 'consumers', lenders: 'lenders', bankers: 'bankers', chiefs: 'chiefs', heads: 'heads',
  governors: 'governors', nations: 'nations', countries: 'countries', states: 'states', companies: 'companies', firms: 'firms',
  unions: 'unions', groups: 'groups', panel: 'a panel', mission: 'a mission', regulators: 'regulators',
});

/** Reporting verbs whose next party is the one spoken to, not a participant ("told the SEC"). */
export const ADDRESSEE_VERBS: Record<string, string> = wordTable({
  told: 'addressee', tells: 'addressee', tell: 'addressee', informed: 'addressee', assured: 'addressee', briefed: 'addressee',
  briefs: 'addressee', brief: 'addressee', updated: 'addressee', warned: 'addressee', addressed: 'addressee',
});

/** Reporting verbs: who speaks is not, by speaking, a participant; a pronoun subject after them refers to the speaker. */
export const REPORTING_VERBS: Record<string, string> = wordTable({
  said: 'report', says: 'report', told: 'report', announced: 'report', reported: 'report', stated: 'report',
  added: 'report', noted: 'report', according: '"according to"', quoted: 'report', confirmed: 'report', claimed: 'report',
});

/** Words after which the object of a trigger ends (relative clauses, purpose clauses, new events). */
export const OBJECT_STOPS: Record<string, string> = wordTable({
  which: 'relative clause', who: 'relative clause', that: 'complement clause', where: 'relative clause',
  after: 'another event', before: 'another event', because: 'cause', said: 'report', says: 'report',
  while: 'contrast', but: 'contrast', among: '"among other things"', following: 'another event', amid: 'background',
  than: 'comparison', since: 'background', during: 'another period',
});

/** Prepositions before a place or state that make it the meeting's place rather than a party. */
export const LOCATIVES: Record<string, string> = wordTable({
  in: 'location', at: 'venue', inside: 'venue', outside: 'venue', near: 'location', to: 'destination of a visit',
  visited: 'destination of a visit', visiting: 'destination of a visit', visit: 'destination ("visit China")', visits: 'destination',
  into: 'destination', from: 'origin (a party\'s home, not the meeting place)',
});

/** Words that may stand between a locative and its place: a part of the place ("in central Japan"), or a kind of place
 * with "of" ("in the Alpine town of Zermatt", "in the capital of Kenya"). */
export const PLACE_MODIFIERS: Record<string, string> = wordTable({
  central: 'part of a place', northern: 'part of a place', southern: 'part of a place', eastern: 'part of a place',
  western: 'part of a place', north: 'part of a place', south: 'part of a place', east: 'part of a place', west: 'part of a place',
  downtown: 'part of a city', suburban: 'part of a city', rural: 'part of a country', coastal: 'part of a country',
});
export const PLACE_NOUNS: Record<string, string> = wordTable({
  resort: 'kind of place', city: 'kind of place', town: 'kind of place', capital: 'kind of place', village: 'kind of place',
  port: 'kind of place', region: 'kind of place', province: 'kind of place', state: 'kind of place', island: 'kind of place',
  suburb: 'kind of place', outskirts: 'part of a place', centre: 'part of a place', center: 'part of a place',
});

/**
 * Verbs of travel that, followed by "to" or "in", name where a traveller is going: a party to a meeting in a country who
 * "will fly to Tokyo" meets there, so the city is the meeting's place. Being somewhere ("is in Rome today") is not
 * travel, and says nothing about where the meeting is.
 */
export const TRAVEL_VERBS: Record<string, string> = wordTable({
  fly: 'travel', flies: 'travel', flew: 'travel', flying: 'travel', travel: 'travel', travels: 'travel',
  travelled: 'travel', traveled: 'travel', travelling: 'travel', traveling: 'travel', head: 'travel', heads: 'travel',
  headed: 'travel', heading: 'travel', arrive: 'arrival ("arrive in")', arrives: 'arrival', arrived: 'arrival',
  arriving: 'arrival', go: 'travel', goes: 'travel', going: 'travel', went: 'travel',
});

/** Phrases that refer to the time of the previously stated event. */
export const SAME_TIME_PHRASES: RegExp = /\b(at|around|about) the same time\b|\bthe same day\b|\bmeanwhile\b|\bon that day\b|\bthe same evening\b/i;

/** Words that introduce a meeting's topic. */
export const TOPIC_INTRODUCERS: string[][] = [['to', 'discuss'], ['discussed'], ['discussing'], ['talks', 'on'], ['talks', 'about'], ['talk', 'about'], ['talked', 'about'], ['talking', 'about'], ['focused', 'on'], ['focusing', 'on'], ['to', 'talk', 'about'], ['on', 'the', 'issue', 'of'], ['concerning'], ['regarding']];
