/**
 * The genre of the occasion a meeting word names, as features for the meeting decision. News of 2010s and 2020s
 * writes meeting words for occasions the annotation guideline never counts as meetings:
 *   - a broadcast: a show's host ("the network's host Ana Ruiz", "guest host", "then-host"), a televised debate or an
 *     interview ("debates hosted by a network", "discussed at one of the debates", "negotiating an interview with")
 *     — rule 9: interviews and TV appearances are never meetings;
 *   - an occasion with an audience and no counterpart: attending a rally, a service, a speech or a school, a panel
 *     discussion, a town hall meeting;
 *   - a visit to a site (a hospital, a school, a factory, a memorial), whose staff are no named counterpart;
 *   - a witness's testimony before a legislature, whose agenda a consulting word states ("testified before the panel to
 *     discuss") — rule 8;
 *   - written communication ("an email discussing") — rule 9;
 *   - a conference call in which one party speaks to listeners ("said on a call with reporters", "an earnings
 *     conference call") — rule 9;
 *   - one organisation's routine staff meetings ("our strategy meetings", "his daily editorial meetings");
 *   - one party speaking of a topic ("he talked about his record") — rule 9;
 *   - the history of an agreement ("a pact negotiated by the county board") — rule 10;
 *   - a legislature or a party group that sits or convenes alone ("the new Congress convenes") — rule 8;
 *   - what an unnamed source knows of ("according to a source familiar with the discussions"): an attribution;
 *   - a meeting that did not take place, told by an inverted conditional ("had the two leaders met") — rule 5;
 *   - a bodily touch or a glance ("intimate contact with", "eye contact").
 * Each is a veto (a feature `veto:<name>` that training starts from a prior weight); the features name the class of
 * the occasion, never the words of one sentence.
 */
import { lowerWord, type Token } from '../nlp/tokenize.js';
import { ADDRESSEE_VERBS, DETERMINERS, type TriggerRule } from '../gazetteer/meetings.js';
import { wordTable } from '../gazetteer/normalize.js';
import { bodyClass } from './meeting-frame.js';
import { bothSidesSubject, coordinatedSides } from './meeting-sense.js';
import { isTitleWord } from '../gazetteer/titles.js';
import type { Mention } from './model.js';

/** The genre's vetoes (features `veto:<name>`), each a class of occasion the annotation guideline excludes. */
export const GENRE_VETOES: Record<string, string> = wordTable({
  broadcast: 'a show\'s host, a televised debate or an interview ("guest host", "debates hosted by a network"): a broadcast, not a meeting',
  'audience-occasion': 'attending a rally, a service, a speech or a school; a panel discussion, a town hall: an audience, no counterpart',
  'site-visit': '"visited the Royal Infirmary": a visit to a site, whose staff are no named counterpart',
  testimony: '"testified to the panel to discuss": a witness heard by a legislature',
  written: '"an email discussing", "a letter discussing": written communication',
  'one-party-call': '"said on a call with reporters", "an earnings conference call": one party speaks, no counterpart named',
  'speech-topic': '"he talked about his record", "the order talks about exceptions": one party speaks of a topic, no counterpart',
  'internal-routine': '"our strategy meetings", "his daily editorial meetings": one organisation\'s routine staff meetings, no counterpart',
  'agreement-history': '"a water pact negotiated by the county board": the negotiation is the history of an agreement, not a meeting',
  'legislature-sits': '"the new Congress convenes", "the Senate met": a legislature\'s or a party group\'s own sitting',
  bargain: '"in return for a White House meeting", "in exchange for talks": the meeting is the price of a bargain, neither held nor set',
  'source-attribution': '"a source familiar with the discussions", "people briefed on the talks": the meeting word names what a source knows of, an attribution, not a report of a meeting',
  'physical-contact': '"intimate contact with", "physical contact", "eye contact": a bodily touch or glance, not a meeting of parties',
  counterfactual: '"had the two leaders met", "had experts kept in contact": an inverted conditional, a meeting that did not take place',
  'campaign-event': '"traveled to Ohio to campaign", "visited the city to headline a fundraiser", "trips through the state, at rallies": a visit or a journey in a sentence about an election campaign, with no named counterpart',
  'family-visit': '"was visiting his grandmother", "a humanitarian visit to her grandmother": a visit to one\'s family or friends, a private life',
  'private-trip': '"flew to Cancun for a family vacation", "went to Germany for medical treatment": a journey whose stated purpose is leisure or care, with no one named to meet',
  'public-discourse': '"the political discussion", "the same kinds of conversations", "conversations like that": a discussion as public discourse or as a kind of talk, no counterpart',
});

/** Modifiers of a discussion noun that make it public discourse rather than a meeting ("the political discussion", "a
 * national conversation", "the broader debate"). */
const DISCOURSE_MODIFIERS: Record<string, string> = wordTable({
  political: '"the political discussion"', public: '"the public discussion"', national: '"a national conversation"',
  broader: '"the broader discussion"', wider: '"the wider discussion"', cultural: '"the cultural conversation"',
  online: '"the online discussion"', societal: '"a societal conversation"', ongoing: '"the ongoing conversation"',
});
/** Nouns of kind before "of" that make a discussion noun a kind of talk ("the same kinds of conversations"). */
const KIND_NOUNS = new Set(['kind', 'kinds', 'sort', 'sorts', 'type', 'types']);

/** Nouns of broadcasting: a trigger in their phrase is part of a programme. */
const BROADCAST_NOUNS: Record<string, string> = wordTable({
  debate: 'a televised debate', debates: 'televised debates', interview: 'an interview', interviews: 'interviews',
  show: 'a programme', shows: 'programmes', podcast: 'a podcast', podcasts: 'podcasts', broadcast: 'a broadcast',
  broadcasts: 'broadcasts', program: 'a programme', programme: 'a programme', episode: 'an episode', segment: 'a segment',
  telecast: 'a broadcast', webcast: 'a broadcast', livestream: 'a broadcast',
});

/** Words right before "host" that make it a presenter's title ("guest host", "talk show host", "radio host"). */
const PRESENTER_MODIFIERS: Record<string, string> = wordTable({
  guest: '"guest host"', talk: '"talk show host"', show: '"show host"', radio: '"radio host"', tv: '"TV host"',
  television: '"television host"', cable: '"cable host"', podcast: '"podcast host"', program: '"program host"',
  programme: '"programme host"', network: '"network host"', anchor: '"anchor and host"',
});
/** Words joined to "host" by a hyphen that make it a presenter's title ("then-host", "co-host", "late-night host"). */
const HYPHENATED_PRESENTER: Record<string, string> = wordTable({ then: '"then-host"', co: '"co-host"', former: '"former-host"' });

/** Words before a verb that make "host" a verb ("will host", "to host"). */
const VERB_CONTEXT = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'did', 'does', 'do', 'also', 'not', "n't", 'and', 'or']);

/** Lowercase nouns of occasions with an audience: attending one is no meeting. */
const AUDIENCE_OCCASIONS: Record<string, string> = wordTable({
  rally: 'a rally', rallies: 'rallies', service: 'a religious service', services: 'religious services', mass: 'a mass',
  speech: 'a speech', speeches: 'speeches', lecture: 'a lecture', lectures: 'lectures', ceremony: 'a ceremony',
  ceremonies: 'ceremonies', concert: 'a concert', concerts: 'concerts', game: 'a game', games: 'games', festival: 'a festival',
  parade: 'a parade', march: 'a march', protest: 'a protest', protests: 'protests', fundraiser: 'a fundraiser',
  fundraisers: 'fundraisers', class: 'a class', classes: 'classes', sermon: 'a sermon', vigil: 'a vigil', funeral: 'a funeral',
  wedding: 'a wedding', graduation: 'a graduation', commencement: 'a graduation', premiere: 'a premiere', screening: 'a screening',
  school: 'a school', college: 'a college', university: 'a university', church: 'a church', mosque: 'a mosque',
  synagogue: 'a synagogue', temple: 'a temple', debate: 'a debate', debates: 'debates', show: 'a show', match: 'a match',
  gala: 'a gala', galas: 'galas', dedication: 'a dedication', celebration: 'a celebration',
  inauguration: 'an inauguration', commemoration: 'a commemoration', memorial: 'a memorial', screenings: 'screenings',
});

/** Last words of names of sites: a visit to one, or attending one, has no counterpart ("visited the Royal Infirmary",
 * "attends Wellesley College"). */
const SITE_HEADS: Record<string, string> = wordTable({
  hospital: 'a hospital', infirmary: 'a hospital', clinic: 'a clinic', school: 'a school', college: 'a college',
  university: 'a university', academy: 'a school', factory: 'a factory', plant: 'a plant', mill: 'a mill', mine: 'a mine',
  farm: 'a farm', museum: 'a museum', memorial: 'a memorial', cathedral: 'a church', church: 'a church', chapel: 'a church',
  mosque: 'a mosque', temple: 'a temple', shrine: 'a shrine', synagogue: 'a synagogue', abbey: 'a church', cemetery: 'a cemetery',
  prison: 'a prison', zoo: 'a zoo', park: 'a park', stadium: 'a stadium', arena: 'an arena', monument: 'a monument',
  website: 'a website', site: 'a website or a site', homepage: 'a website', store: 'a shop', campus: 'a campus',
});

/** Nouns before a gathering noun that make it an occasion with an audience ("a panel discussion", "town hall meetings"). */
const AUDIENCE_MODIFIERS: Record<string, string> = wordTable({
  panel: '"a panel discussion"', hall: '"a town hall meeting"', campaign: '"a campaign rally"', prayer: '"a prayer meeting"',
  roundtable: '"a roundtable discussion" before an audience',
});

/** Modifiers of a gathering noun that make it one organisation's routine work among its staff. */
const ROUTINE_MODIFIERS: Record<string, string> = wordTable({
  staff: '"staff meetings"', editorial: '"editorial meetings"', strategy: '"strategy meetings"', internal: '"internal meetings"',
  planning: '"planning meetings"', team: '"team meetings"', daily: '"daily meetings"', newsroom: '"newsroom meetings"',
});

/** Words of a witness's testimony before a legislature. */
const TESTIMONY_WORDS: Record<string, string> = wordTable({
  testify: 'testimony', testified: 'testimony', testifies: 'testimony', testifying: 'testimony', testimony: 'testimony',
  deposition: 'a deposition', deposed: 'a deposition',
});

/** Nouns of written communication: a consulting word that qualifies one is its content ("an email discussing"). */
const DOCUMENT_NOUNS: Record<string, string> = wordTable({
  email: 'an email', emails: 'emails', 'e-mail': 'an email', 'e-mails': 'emails', letter: 'a letter', letters: 'letters',
  memo: 'a memo', memos: 'memos', memorandum: 'a memo', text: 'a text message', texts: 'text messages', message: 'a message',
  messages: 'messages', tweet: 'a tweet', tweets: 'tweets', post: 'a post', posts: 'posts', note: 'a note', notes: 'notes',
  report: 'a report', document: 'a document', documents: 'documents', transcript: 'a transcript', transcripts: 'transcripts',
  article: 'an article', book: 'a book', column: 'a column', filing: 'a filing',
});

/** Pronouns that are a speaker as the subject of "talk". */
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you', 'who', 'which']);

/** Nouns of a discussion, which a broadcast can be. */
const DISCUSSION_NOUNS = new Set(['discussion', 'discussions', 'conversation', 'conversations', 'dialogue']);

/** Nouns of agreements: negotiated ones have a history, which the report does not tell as a meeting (rule 10). */
const AGREEMENT_NOUNS: Record<string, string> = wordTable({
  deal: 'a deal', deals: 'deals', agreement: 'an agreement', agreements: 'agreements', accord: 'an accord', accords: 'accords',
  treaty: 'a treaty', treaties: 'treaties', pact: 'a pact', pacts: 'pacts', ceasefire: 'a ceasefire', truce: 'a truce',
  settlement: 'a settlement', compromise: 'a compromise', partnership: 'a trade partnership',
});

/** Phrases after which a meeting noun is what an unnamed source knows of ("people familiar with the talks", "officials
 * briefed on the negotiations"): the words before the noun's determiner, by the phrase's last word. */
const SOURCE_PHRASES: Record<string, string[][]> = {
  with: [['familiar'], ['acquainted']],
  on: [['briefed'], ['informed']],
  of: [['knowledge'], ['aware']],
  in: [['involved']],
  to: [['close']],
};
/** Nouns of an anonymous source, one of which must precede the phrase ("a source familiar with", "people involved in").
 * Not nouns of those who sit in talks ("negotiators involved in the talks", "members", "lawmakers"). */
const SOURCE_NOUNS = new Set(['source', 'sources', 'person', 'people', 'official', 'officials', 'aide', 'aides', 'diplomat',
  'diplomats', 'insider', 'insiders', 'someone', 'one', 'others', 'individual', 'individuals', 'adviser', 'advisers', 'advisor',
  'advisors', 'staffer', 'staffers']);

/** Words of a source's leave to speak, before "to" and a verb of talk ("requested anonymity to discuss", "anonymity in
 * order to discuss", "not authorized to discuss"). */
const SPEAKING_LEAVE: Record<string, string> = wordTable({
  anonymity: '"spoke on condition of anonymity to discuss"', authorized: '"not authorized to discuss"', authorised: '"not authorised to discuss"',
  permitted: '"not permitted to discuss"', cleared: '"not cleared to discuss"',
});

/** Adverbs between a singular subject and a verb in -s ("Ruiz just talks over them", "she often talks to"). */
const VERB_ADVERBS = new Set(['just', 'also', 'often', 'never', 'always', 'still', 'even', 'rarely', 'seldom', 'sometimes', 'usually', 'then', 'now', 'simply', 'only', 'frequently', 'regularly', 'openly']);

/** Modifiers that make "contact" a bodily touch or a glance ("inappropriate intimate contact", "eye contact"). */
const BODILY_MODIFIERS: Record<string, string> = wordTable({
  intimate: '"intimate contact"', sexual: '"sexual contact"', physical: '"physical contact"', eye: '"eye contact"',
  bodily: '"bodily contact"', skin: '"skin contact"', unwanted: '"unwanted contact"', romantic: '"romantic contact"',
});

/** Nouns of the press as an audience ("told reporters"), and the sessions a speaker holds with it. */
const PRESS_NOUNS = new Set(['reporters', 'journalists', 'correspondents', 'press']);
const PRESS_SESSIONS = new Set(['discussion', 'discussions', 'session', 'sessions', 'conversation', 'conversations', 'roundtable', 'round-table']);

/** Forms of "attend". */
const ATTEND_WORDS = new Set(['attend', 'attends', 'attended', 'attending']);

/** Verbs of a body sitting or deliberating on its own ("the caucus met", "House Democrats will discuss the bill"). */
const SITTING_VERBS = new Set(['convene', 'convenes', 'convened', 'convening', 'meet', 'meets', 'met', 'discuss', 'discusses', 'discussed', 'discussing', 'deliberate', 'deliberates', 'deliberated', 'deliberating']);

const breaks = (t: Token | undefined): boolean => !!t && /[,;:()"“”]/.test(t.post);
const isLower = (t: Token | undefined): boolean => !!t && /^\p{Ll}/u.test(t.text);
/** Words over which a noun's head is read: determiners, and "one of". */
const beforeHead = (w: string): boolean => w in DETERMINERS || w === 'one' || w === 'of';

/** The last lowercase word of the noun phrase starting at k (over determiners and modifiers, up to `reach` words), or
 * the mention that heads it. */
function headAfter(toks: Token[], ms: Mention[], k: number, end: number, reach = 5): { word?: string; mention?: Mention } {
  for (let n = 0; k < end && n < reach; k++, n++) {
    const m = ms.find((x) => x.tokenStart === k);
    if (m) return { mention: m };
    const w = lowerWord(toks[k]);
    if (!isLower(toks[k])) return {};
    if (beforeHead(w) && !breaks(toks[k])) continue;
    // The head is the last lowercase word before a break, a preposition or a name.
    if (!breaks(toks[k]) && isLower(toks[k + 1]) && !['with', 'at', 'in', 'on', 'for', 'to', 'by', 'from', 'and', 'or', 'about', 'that', 'where', 'which', 'who'].includes(lowerWord(toks[k + 1])) && !ms.some((x) => x.tokenStart === k + 1)) continue;
    return { word: w };
  }
  return {};
}

/** The tokens before position a back to the nearest break (a comma, a colon, a bracket), at most `reach`. */
function phraseBefore(toks: Token[], a: number, reach: number): Token[] {
  let k = a - 1;
  while (k > 0 && a - k < reach && !/[,;:()]/.test(toks[k - 1]!.post)) k--;
  return toks.slice(Math.max(0, k), a);
}


/** Whether a named party (no place, no news outlet) follows "with" or "between" within the clause after the trigger. */
function namedCounterpart(toks: Token[], ms: Mention[], b: number, clauseEnd: number): boolean {
  for (let k = b; k < Math.min(clauseEnd, b + 6); k++) {
    const w = lowerWord(toks[k]);
    if (w !== 'with' && w !== 'between') continue;
    return ms.some((m) => m.kind !== 'place' && !m.media && m.tokenStart > k && m.tokenStart <= k + 4);
  }
  return false;
}

/**
 * Reads the genre of the occasion of the trigger at tokens [a, b) of a sentence with the given mentions, whose clause
 * runs [clauseStart, clauseEnd). Returns features (`genre:*`) and vetoes (`veto:*`, see GENRE_VETOES).
 */
export function readGenre(toks: Token[], ms: Mention[], a: number, b: number, rule: TriggerRule, clauseStart: number, clauseEnd: number): string[] {
  const f: string[] = [];
  const veto = (name: keyof typeof GENRE_VETOES, why: string) => {
    f.push(`genre:${why}`);
    if (!f.includes(`veto:${name}`)) f.push(`veto:${name}`);
  };
  const w = toks.slice(a, b).map(lowerWord).join(' ');
  const prev = lowerWord(toks[a - 1]);
  const counterpart = namedCounterpart(toks, ms, b, clauseEnd);
  // A talk's two sides may also be its subject ("Ruiz and Vidal talked about trade", "Ruiz and Vidal had a discussion",
  // "the two leaders had talked about Kashmir").
  const twoSides = counterpart || coordinatedSides(toks, ms, a, clauseStart) || bothSidesSubject(toks, a, clauseStart);
  const mediaEndingAt = (k: number) => ms.some((m) => m.media && (m.tokenEnd === k || (m.tokenEnd === k - 1 && /^'s?$/.test(lowerWord(toks[k - 1])))));

  // A presenter's title: "MSNBC host Rachel Maddow", "guest host", "then-host", "Chris Wallace, host of 'Fox News Sunday'".
  if (w === 'host' || w === 'hosts') {
    const hyphenated = (toks[a - 1]?.post === '-' && prev in HYPHENATED_PRESENTER) || (prev === 'night' && toks[a - 2]?.post === '-');
    const named = w === 'host' && ms.some((m) => m.kind === 'person' && m.tokenStart === b) && !VERB_CONTEXT.has(prev) && !ms.some((m) => m.tokenEnd === a && (m.kind === 'state' || m.kind === 'place'));
    const ofShow = w === 'host' && lowerWord(toks[b]) === 'of' && /^["“'‘\p{Lu}]/u.test(toks[b + 1]?.text ?? '') && !VERB_CONTEXT.has(prev);
    if ((prev in PRESENTER_MODIFIERS && !VERB_CONTEXT.has(lowerWord(toks[a - 2]))) || hyphenated || mediaEndingAt(a) || named || ofShow) veto('broadcast', 'presenter');
  }
  // "told NBC's “Meet the Press”": a capitalised meeting word opening a quotation after a news outlet's name is the
  // title of its programme.
  if (/["“'‘]/.test(toks[a]!.pre) && /^\p{Lu}/u.test(toks[a]!.text) && mediaEndingAt(a)) veto('broadcast', 'programme-title');
  // "told reporters in a round-table discussion", "off-the-record sessions with reporters": a discussion whose only
  // counterpart is the press is a briefing, where one party speaks (rule 9).
  if (rule.noun && !counterpart && PRESS_SESSIONS.has(w)) {
    const told = toks.slice(Math.max(clauseStart, a - 5), a).some((t, i, all) => PRESS_NOUNS.has(lowerWord(t)) && all.slice(i + 1).some((x) => ['in', 'at', 'during'].includes(lowerWord(x))));
    const withPress = lowerWord(toks[b]) === 'with' && toks.slice(b + 1, b + 4).some((t) => PRESS_NOUNS.has(lowerWord(t)));
    if (told || withPress) veto('one-party-call', 'press-session');
  }
  // "a talk show", "talk radio", "a discussion programme": the trigger qualifies a broadcast noun.
  // ("the talks show progress": a plural trigger before "show" is its subject.)
  if (!breaks(toks[b - 1]) && (lowerWord(toks[b]) in BROADCAST_NOUNS || lowerWord(toks[b]) === 'radio') && !/s$/.test(w)) veto('broadcast', 'broadcast-modifier');
  // "debates hosted by a network", "an interview hosted by": the broadcast noun the trigger qualifies.
  if (prev in BROADCAST_NOUNS && !breaks(toks[a - 1])) veto('broadcast', 'broadcast-noun');
  // "hosted by CNN": a news outlet is the agent.
  if (lowerWord(toks[b]) === 'by' && ms.some((m) => m.media && m.tokenStart === b + 1)) veto('broadcast', 'outlet-agent');
  // "negotiating an interview with", "raised during the debates", "talked on his show": the trigger's
  // object or the occasion after a preposition is a broadcast.
  if (!breaks(toks[b - 1])) {
    // Only a phrase after a preposition or a determiner ("the meeting shows that" has a verb after it).
    let k = b;
    if (['at', 'in', 'during', 'on', 'for'].includes(lowerWord(toks[k]))) k++;
    const head = k > b || beforeHead(lowerWord(toks[k])) ? headAfter(toks, ms, k, toks.length) : {};
    if (head.word && head.word in BROADCAST_NOUNS) veto('broadcast', 'broadcast-object');
  }
  // "the discussion went on for hours" in a sentence about a debate, "more conversations on our podcast": a discussion
  // or a conversation with no counterpart, in a sentence that names a broadcast, is that broadcast.
  if (DISCUSSION_NOUNS.has(w) && !counterpart && toks.some((t, k) => (k < a || k >= b) && isLower(t) && lowerWord(t) in BROADCAST_NOUNS && lowerWord(t) !== 'show' && lowerWord(t) !== 'shows')) veto('broadcast', 'broadcast-sentence');
  // Attending a rally, a service, a speech or a school.
  if (ATTEND_WORDS.has(w) && !breaks(toks[b - 1])) {
    const head = headAfter(toks, ms, b, toks.length);
    const site = head.mention && head.mention.kind !== 'person' && SITE_HEADS[head.mention.label.toLowerCase().split(/\s+/).pop() ?? ''];
    if ((head.word && head.word in AUDIENCE_OCCASIONS) || site) veto('audience-occasion', 'attend-occasion');
    // "attend the March for Life", "attending the Rally for Freedom": an occasion's name opens with its kind.
    let k = b;
    while (k < b + 2 && lowerWord(toks[k]) in DETERMINERS) k++;
    if (!isLower(toks[k]) && lowerWord(toks[k]) in AUDIENCE_OCCASIONS && ['for', 'of', 'on', 'against'].includes(lowerWord(toks[k + 1])) && !breaks(toks[k])) veto('audience-occasion', 'attend-named-occasion');
    // "attend a Hamptons fundraiser", "attend Saturday's ceremony": a capitalised word (a place, a day) or a possessive
    // before the occasion's noun qualifies it.
    let j = k;
    while (j < k + 3 && !isLower(toks[j]) && !breaks(toks[j]) && !ms.some((m) => m.tokenStart <= j && j < m.tokenEnd && m.kind !== 'place')) j++;
    if (lowerWord(toks[j]) === "'s") j++;
    if (j > k && isLower(toks[j])) {
      const qualified = headAfter(toks, ms, j, toks.length);
      if (qualified.word && qualified.word in AUDIENCE_OCCASIONS) veto('audience-occasion', 'attend-qualified-occasion');
    }
  }
  // "a panel discussion", "town hall meetings": a gathering noun whose modifier makes it an occasion with an audience.
  if (rule.noun && !counterpart && (prev in AUDIENCE_MODIFIERS && !breaks(toks[a - 1])) && (prev !== 'hall' || lowerWord(toks[a - 2]) === 'town')) veto('audience-occasion', 'audience-noun');
  // "our strategy meetings", "his daily editorial meetings": routine work among one organisation's staff.
  if (rule.noun && !counterpart) {
    for (let k = a - 1; k >= Math.max(0, a - 3) && isLower(toks[k]) && !breaks(toks[k]); k--) {
      if (lowerWord(toks[k]) in ROUTINE_MODIFIERS) {
        veto('internal-routine', 'routine');
        break;
      }
    }
  }
  // A visit to a site: "visited the Royal Infirmary", "toured Acme Memorial Hospital".
  if (rule.kind === 'visit' && !ATTEND_WORDS.has(w) && (!rule.noun || !(beforeHead(prev) || /'s?$/.test(prev))) && !breaks(toks[b - 1]) && !counterpart) {
    const at = lowerWord(toks[b]) === 'the' ? b + 1 : b;
    const m = ms.find((x) => x.tokenStart === at && x.kind !== 'person' && x.kind !== 'state');
    // The site's own word, or a lowercase noun of a site after the name ("the Acme plant", "the Acme website").
    if (m && (m.label.toLowerCase().split(/\s+/).pop()! in SITE_HEADS || (lowerWord(toks[m.tokenEnd]) in SITE_HEADS && !breaks(toks[m.tokenEnd - 1])))) veto('site-visit', 'site');
    // A site no name gives, after a determiner: "visiting a memorial to the victims", "toured the plant".
    if (!m && lowerWord(toks[b]) in DETERMINERS) {
      const head = headAfter(toks, ms, b, toks.length);
      if (head.word && head.word in SITE_HEADS) veto('site-visit', 'site-noun');
    }
  }
  // "had experts kept in contact with their counterparts", "had the two leaders met": an inverted conditional (the
  // auxiliary before its subject) tells a meeting that did not take place.
  {
    let k = a - 1;
    while (k > clauseStart && a - k <= 12 && !breaks(toks[k - 1]) && lowerWord(toks[k]) !== 'had') k--;
    // "and had a long meeting with" coordinates a finite verb: no inversion.
    const opens = k === clauseStart || breaks(toks[k - 1]) || ['that', 'if', 'but'].includes(lowerWord(toks[k - 1]));
    const subject = toks[k + 1] && (lowerWord(toks[k + 1]) in DETERMINERS || ms.some((m) => m.tokenStart === k + 1 && m.kind !== 'place') || (isLower(toks[k + 1]) && /[^s]s$/.test(lowerWord(toks[k + 1]))));
    // The participle after the subject and before the trigger ("had experts ... maintained close contact").
    // A word in -ed right after a determiner is an adjective of the noun ("had an extended meeting").
    const participle = toks.slice(k + 2, a).some((t, i) => isLower(t) && /ed$/.test(lowerWord(t)) && !(lowerWord(toks[k + 1 + i]) in DETERMINERS));
    if (lowerWord(toks[k]) === 'had' && opens && subject && participle && !counterpart && k + 1 < a && !['been', 'not', 'never', 'already', 'long', 'just', 'also', 'previously', 'earlier', 'recently'].includes(lowerWord(toks[k + 1]))) veto('counterfactual', 'inverted-conditional');
  }
  // "testified to the panel to discuss the fund": the agenda of a testimony.
  // "summoned as a witness": the party is heard, not met.
  if (prev === 'to' && !counterpart && phraseBefore(toks, a, 14).some((t) => lowerWord(t) in TESTIMONY_WORDS)) veto('testimony', 'testimony-agenda');
  if (!breaks(toks[b - 1]) && lowerWord(toks[b]) === 'as' && ['witness', 'witnesses'].includes(lowerWord(toks[b + 2]))) veto('testimony', 'witness');
  // "an email discussing", "a letter discussing": the content of a document.
  if (prev in DOCUMENT_NOUNS && !breaks(toks[a - 1]) && /ing$/.test(w)) veto('written', 'document-content');
  // "You can also contact us in the following ways", "contact us at the address": the outlet addresses its readers.
  if (['contact', 'email', 'e-mail'].includes(w) && lowerWord(toks[b]) === 'us' && !counterpart) veto('written', 'reader-address');
  // "negotiation documents", "the meeting transcript": a singular meeting noun qualifies a document, which the sentence
  // is about.
  if (rule.noun && !/s$/.test(w) && !breaks(toks[b - 1]) && isLower(toks[b]) && lowerWord(toks[b]) in DOCUMENT_NOUNS && !twoSides) veto('written', 'document-of');
  // "briefed reporters on a conference call", "the quarterly conference call": a call with no counterpart named.
  // A named party told or briefed on the call is its counterpart ("told the Senate caucus in a conference call").
  const from = a - phraseBefore(toks, a, 12).length;
  const toldAt = (m: Mention) => {
    for (let j = m.tokenStart - 1; j >= Math.max(from, m.tokenStart - 5); j--) {
      if (lowerWord(toks[j]) in ADDRESSEE_VERBS) return true;
      if (!isLower(toks[j]) || breaks(toks[j])) return false;
    }
    return false;
  };
  const told = ms.some((m) => m.kind !== 'place' && !m.media && m.tokenEnd <= a && m.tokenStart >= from && toldAt(m));
  if (w === 'conference' && ['call', 'calls'].includes(lowerWord(toks[b])) && !told && !namedCounterpart(toks, ms, b + 1, clauseEnd)) veto('one-party-call', 'conference-call');
  // "he talks about his campaign", "the order talks about exceptions", "Ruiz often talked about": "talk" as a verb (after
  // its subject or an adverb, not after a determiner or "held") with "about" and no counterpart is one party speaking.
  if (['talk', 'talks', 'talked', 'talking'].includes(w) && lowerWord(toks[b]) === 'about' && !twoSides && !toks.slice(b, Math.min(toks.length, b + 8)).some((t) => ['with', 'to', 'between'].includes(lowerWord(t)))) {
    const subject = ms.some((m) => m.tokenEnd === a && m.kind !== 'place') || SPEAKER_PRONOUNS.has(prev) || /ly$/.test(prev) || VERB_ADVERBS.has(prev) || ['has', 'have', 'had', 'was', 'is'].includes(prev);
    if (subject) veto('speech-topic', 'talk-about');
  }
  // "came before the cameras and talked about the attack": "talked" or "talking" after "and" is a verb coordinated with
  // the subject's earlier one.
  if (['talked', 'talking'].includes(w) && prev === 'and' && lowerWord(toks[b]) === 'about' && !twoSides && !toks.slice(b, Math.min(toks.length, b + 8)).some((t) => ['with', 'to', 'between'].includes(lowerWord(t)))) veto('speech-topic', 'and-talked-about');
  // "the political discussion", "the same kinds of conversations", "conversations like that": public discourse or a kind
  // of talk, with no counterpart.
  if (DISCUSSION_NOUNS.has(w) && !twoSides) {
    // Singular only: "the political discussions at the forum" are the forum's sessions.
    const modifier = !breaks(toks[a - 1]) && prev in DISCOURSE_MODIFIERS && !/s$/.test(w);
    const kind = prev === 'of' && KIND_NOUNS.has(lowerWord(toks[a - 2]));
    const like = !breaks(toks[b - 1]) && lowerWord(toks[b]) === 'like' && ['that', 'this', 'these', 'those'].includes(lowerWord(toks[b + 1]));
    if (modifier || kind || like) veto('public-discourse', modifier ? 'discourse-modifier' : kind ? 'kind-of-talk' : 'talk-like-this');
  }
  // "according to a source familiar with the discussions", "people briefed on the talks": an unnamed source's
  // knowledge of a meeting, which the report tells (if at all) elsewhere; a counterpart named after the noun makes it
  // the report's own ("people familiar with the talks between Ruiz and Vidal").
  if (rule.noun && !counterpart) {
    let k = a - 1;
    while (k > 0 && a - k <= 4 && !breaks(toks[k]) && (lowerWord(toks[k]) in DETERMINERS || !(lowerWord(toks[k]) in SOURCE_PHRASES))) k--;
    const phrases = SOURCE_PHRASES[lowerWord(toks[k])];
    const lead = phrases?.find((p) => p.every((x, i) => lowerWord(toks[k - p.length + i]) === x));
    if (lead && !breaks(toks[k - 1])) {
      // The source noun: right before the phrase, or before a "who are"/"directly" between them.
      const at = k - lead.length - 1;
      const near = [at, at - 1, at - 2].some((j) => j >= 0 && SOURCE_NOUNS.has(lowerWord(toks[j])) && !toks.slice(j, k - lead.length).some((t) => breaks(t)));
      if (near) veto('source-attribution', 'source-knows');
    }
  }
  // "officials who spoke on condition of anonymity to discuss the talks", "aides not authorized to discuss the plans",
  // "others decided to discuss it on the condition of anonymity": the verb is the unnamed source speaking to the
  // reporter, an attribution of what the report says, not a meeting.
  if (!rule.noun && /^(discuss|talk|speak|comment)/.test(w)) {
    // The leave right before "to" ("anonymity to discuss"), or "anonymity in order to discuss"; a permission only when
    // denied ("not authorized to discuss"; "Reagan authorized Shultz to meet" is a meeting).
    const leave = (k: number) => {
      const x = lowerWord(toks[k]);
      if (!SPEAKING_LEAVE[x] || breaks(toks[k])) return false;
      const before = lowerWord(toks[k - 1]);
      return x === 'anonymity' || before === 'not' || before === 'never' || /n['’]t$/.test(before);
    };
    const toBefore = lowerWord(toks[a - 1]) === 'to' && (leave(a - 2) || (lowerWord(toks[a - 4]) === 'anonymity' && lowerWord(toks[a - 3]) === 'in' && lowerWord(toks[a - 2]) === 'order'));
    const after = toks.slice(b, Math.min(clauseEnd, b + 8));
    const anonymityAfter = after.some((t, i) => lowerWord(t) === 'anonymity' && !after.slice(0, i).some((x) => breaks(x)));
    if (toBefore || anonymityAfter) veto('source-attribution', 'anonymity');
  }
  // "Chairman Ruiz just talks over them", "the ambassador talks to all parties": "talks" is a verb of one speaker when a
  // singular subject (a person's name, "he", "she", a title after "the") stands right before it, over an adverb; with
  // no counterpart named it is no meeting.
  if (w === 'talks' && !counterpart && !breaks(toks[a - 1])) {
    let j = a - 1;
    if (VERB_ADVERBS.has(lowerWord(toks[j])) && !breaks(toks[j - 1])) j--;
    const person = ms.find((m) => m.tokenEnd === j + 1 && m.kind === 'person');
    // A name after a determiner or a possessive qualifies the noun ("the Vidal talks").
    // So does a name joined to another ("the Kerry-Lavrov talks", "Ruiz and Vidal talks").
    const before = person ? toks[person.tokenStart - 1] : undefined;
    const qualifies = person && (!before ? false : lowerWord(before) in DETERMINERS || /'s?$/.test(lowerWord(before)) || /[-–]/.test(before.post) || (/^\p{Lu}/u.test(before.text) && !isTitleWord(before.text)) || ['and', '&'].includes(lowerWord(before)));
    const pronoun = ['he', 'she'].includes(lowerWord(toks[j]));
    const adverb = j < a - 1;
    if ((person && !qualifies && (adverb || !['with', 'between'].includes(lowerWord(toks[b])))) || pronoun) veto('speech-topic', 'talks-verb');
  }
  // "inappropriate intimate contact with", "made eye contact with": a touch or a glance, whoever the other side is.
  if (['contact', 'contacts'].includes(w) && !breaks(toks[a - 1]) && (prev in BODILY_MODIFIERS || (lowerWord(toks[a - 2]) in BODILY_MODIFIERS && isLower(toks[a - 1]) && !breaks(toks[a - 2])))) veto('physical-contact', 'bodily-contact');
  // "in return for a White House meeting", "in exchange for talks with the rebels": the price of a bargain, back over a
  // determiner and the noun's modifiers.
  if (rule.noun) {
    let k = a - 1;
    while (k > 0 && a - k <= 4 && !breaks(toks[k]) && lowerWord(toks[k]) !== 'for') k--;
    if (lowerWord(toks[k]) === 'for' && ['return', 'exchange'].includes(lowerWord(toks[k - 1])) && lowerWord(toks[k - 2]) === 'in') veto('bargain', 'price-of-bargain');
  }
  // "a call with caucus members", "met with the Senate Democratic caucus": a party's own group in the chamber.
  for (let k = b; k < Math.min(toks.length, b + 6); k++) {
    if (lowerWord(toks[k]) !== 'with' || breaks(toks[k - 1])) continue;
    if (toks.slice(k + 1, k + 6).some((t) => ['caucus', 'caucuses'].includes(lowerWord(t)))) veto('legislature-sits', 'with-caucus');
    break;
  }
  // "a water pact which was negotiated by the county", "the accord negotiated in 2015": the participle tells the
  // history of an agreement named just before it.
  if (w === 'negotiated' && !counterpart) {
    let j = a - 1;
    while (j >= 0 && a - j <= 4 && ['that', 'which', 'was', 'were', 'been', 'had', 'has', 'have', 'being', 'is', 'are', 'jointly', 'carefully', 'painstakingly'].includes(lowerWord(toks[j])) && !breaks(toks[j])) j--;
    if (lowerWord(toks[j]) in AGREEMENT_NOUNS && !breaks(toks[j])) veto('agreement-history', 'negotiated-agreement');
  }
  // "the new Congress convenes", "the caucus met", "House Democrats will discuss on Tuesday how to move forward": a
  // legislature or party group sits or deliberates with no counterpart.
  // Not when the verb has a named object ("House Democrats met President Obama").
  const namedObject = ms.some((m) => m.kind !== 'place' && !m.media && m.tokenStart >= b && m.tokenStart <= b + 2);
  if (SITTING_VERBS.has(w) && !twoSides && !namedObject) {
    let j = a - 1;
    while (j >= clauseStart && isLower(toks[j]) && !breaks(toks[j]) && a - j <= 4) j--;
    const subject = ms.find((m) => m.tokenEnd === j + 1 && m.kind === 'organization');
    // "House Democrats", "Senate Republicans": a chamber's party group, whose name the recognizer may leave unnamed.
    const group = !subject && j >= clauseStart && ['democrats', 'republicans'].includes(lowerWord(toks[j]));
    const c = subject ? bodyClass(subject) : group ? 'party' : 'other';
    if (c === 'legislature' || c === 'party') veto('legislature-sits', `sits:${c}`);
  }
  return f;
}

/**
 * The context of an occasion, as features for the meeting decision (no vetoes; the learned decision weighs them):
 *   - `occasion:campaign`: the sentence speaks of an election campaign (CAMPAIGN_WORDS: a rally, a fundraiser, a
 *     battleground, voters, a stump speech): trips, visits and stops in it are a candidate's campaign events;
 *   - vetoes `campaign-event` (a visit or journey with no named counterpart in a sentence about a campaign's events)
 *     and `family-visit` (a visit to one's family or friends);
 *   - `occasion:background`: a definite meeting noun after a preposition and with no counterpart named ("a factor in the
 *     talks", "disengaged from the negotiations"): a process the report refers to, not a meeting it reports;
 *   - `counterpart:common-plural` and `counterpart:public`: the counterpart after "with" is a common noun in the plural
 *     ("with law enforcement agencies", "with allies") or the public (PUBLIC_NOUNS: voters, activists, donors, staff),
 *     not a named party.
 */
export const CAMPAIGN_WORDS: Record<string, string> = wordTable({
  campaign: 'an election campaign', campaigns: 'election campaigns', campaigning: 'campaigning', campaigned: 'campaigning',
  rally: 'a campaign rally', rallies: 'campaign rallies', fundraiser: 'a fundraiser', fundraisers: 'fundraisers',
  fundraising: 'fundraising', stump: 'a stump speech', battleground: 'a battleground state', battlegrounds: 'battleground states',
  voters: 'voters', supporters: 'supporters', primaries: 'primaries', nominating: 'the nominating contests',
  delegates: 'convention delegates', canvassing: 'canvassing', rallygoers: 'a rally crowd', crowd: 'a crowd', crowds: 'crowds',
  tour: 'a campaign tour', swing: 'a campaign swing', stops: 'campaign stops', trail: 'the campaign trail',
  headline: 'to headline an event', donors: 'donors', heckled: 'a heckled appearance', cheering: 'a cheering crowd',
});

/** Words that make a sentence about an election campaign's own events (a subset of CAMPAIGN_WORDS): a visit or a
 * journey in it, with no named counterpart, is a campaign event. */
const CAMPAIGN_EVENTS = new Set(['campaign', 'campaigns', 'campaigning', 'campaigned', 'rally', 'rallies', 'fundraiser', 'fundraisers', 'stump', 'battleground', 'battlegrounds', 'nominating', 'primaries', 'rallygoers']);

/** Nouns of one's family and friends: visiting them is a private life. */
export const KIN_NOUNS: Record<string, string> = wordTable({
  grandmother: 'family', grandfather: 'family', grandparents: 'family', mother: 'family', father: 'family', parents: 'family',
  son: 'family', daughter: 'family', sons: 'family', daughters: 'family', children: 'family', grandchildren: 'family',
  brother: 'family', sister: 'family', family: 'family', relatives: 'family', uncle: 'family', aunt: 'family', cousin: 'family',
  friend: 'a friend', friends: 'friends', mom: 'family', dad: 'family', wife: 'family', husband: 'family', girlfriend: 'a private life',
  boyfriend: 'a private life', grandson: 'family', granddaughter: 'family', nephew: 'family', niece: 'family',
});

/** Nouns of the public and of one side's staff: a counterpart that is no named party. */
export const PUBLIC_NOUNS: Record<string, string> = wordTable({
  voters: 'voters', activists: 'activists', donors: 'donors', supporters: 'supporters', constituents: 'constituents',
  residents: 'residents', students: 'students', workers: 'workers', families: 'families', citizens: 'citizens', fans: 'fans',
  veterans: 'veterans', parents: 'parents', teachers: 'teachers', farmers: 'farmers', people: 'people', staff: 'staff',
  staffers: 'staffers', employees: 'employees', aides: 'aides', reporters: 'reporters', journalists: 'journalists',
  members: 'members', leaders: 'leaders', officials: 'officials', experts: 'experts', advocates: 'advocates', victims: 'victims',
  survivors: 'survivors', owners: 'business owners', executives: 'executives', agencies: 'agencies', allies: 'allies',
  groups: 'groups', organizations: 'organizations', lawmakers: 'lawmakers', stakeholders: 'stakeholders', women: 'women', men: 'men',
});

/** Purposes of a private journey ("for a vacation", "on holiday", "for medical treatment"): nouns after "for" or "on". */
export const PRIVATE_PURPOSES: Record<string, string> = wordTable({
  vacation: 'leisure', vacations: 'leisure', holiday: 'leisure', holidays: 'leisure', honeymoon: 'leisure', getaway: 'leisure',
  skiing: 'leisure', sightseeing: 'leisure', treatment: 'medical care', treatments: 'medical care', surgery: 'medical care',
  checkup: 'medical care', 'check-up': 'medical care', rehabilitation: 'medical care',
});

/** Words that may stand between "for" or "on" and a private purpose: determiners, possessives and the modifiers of a
 * private journey ("for a long family vacation", "on his annual skiing holiday"). */
const PURPOSE_MODIFIERS: Record<string, string> = wordTable({
  a: 'determiner', an: 'determiner', the: 'determiner', his: 'possessive', her: 'possessive', their: 'possessive',
  family: 'kind', private: 'kind', personal: 'kind', long: 'length', short: 'length', brief: 'length', annual: 'frequency',
  summer: 'season', winter: 'season', christmas: 'season', beach: 'kind', ski: 'kind', skiing: 'kind', golf: 'kind',
  golfing: 'kind', medical: 'kind', cancer: 'kind', heart: 'kind', knee: 'kind', back: 'kind',
});

/**
 * Whether a journey or a visit at tokens [a, b) states a private purpose in its clause: "for" or "on", determiners and
 * modifiers of PURPOSE_MODIFIERS, then a noun of PRIVATE_PURPOSES that ends its phrase ("for a family vacation in
 * Cancun"), with no break between. A purpose noun with an "of" phrase or a noun after it is a topic ("talks on the
 * treatment of prisoners", "discussions on the holiday ceasefire").
 */
function privatePurpose(toks: Token[], b: number, clauseEnd: number): boolean {
  for (let k = b; k < clauseEnd - 1; k++) {
    if (breaks(toks[k - 1])) return false;
    const w = lowerWord(toks[k]);
    if ((w !== 'for' && w !== 'on') || !isLower(toks[k])) continue;
    let j = k + 1;
    while (j < clauseEnd && j - k <= 4 && isLower(toks[j]) && !breaks(toks[j]) && lowerWord(toks[j]) in PURPOSE_MODIFIERS) j++;
    if (j >= clauseEnd || !isLower(toks[j]) || !(lowerWord(toks[j]) in PRIVATE_PURPOSES)) continue;
    const next = toks[j + 1];
    if (!breaks(toks[j]) && next && isLower(next) && !PURPOSE_FOLLOWERS.has(lowerWord(next))) continue;
    return true;
  }
  return false;
}

/** Words after a private purpose that end its phrase ("for a vacation in Cancun", "on holiday with his wife"). */
const PURPOSE_FOLLOWERS = new Set(['in', 'at', 'with', 'on', 'and', 'to', 'last', 'this', 'next', 'over', 'during', 'until', 'after', 'before', 'when', 'while', 'where']);

const PP_WORDS = new Set(['in', 'from', 'of', 'during', 'into', 'over', 'on', 'about', 'throughout', 'to']);

export function readOccasion(toks: Token[], ms: Mention[], a: number, b: number, rule: TriggerRule, clauseStart: number, clauseEnd: number): string[] {
  const f: string[] = [];
  const counterpart = namedCounterpart(toks, ms, b, clauseEnd);
  const named = counterpart ? 'named' : 'unnamed';
  if (toks.some((t, k) => (k < a || k >= b) && isLower(t) && lowerWord(t) in CAMPAIGN_WORDS)) f.push('occasion:campaign', `occasion:campaign|${rule.kind}`, `occasion:campaign|${named}`);
  // A visit or a journey with no named person or state as its object, in a sentence about a campaign's events.
  // A state visited is a counterpart of its own ("on a campaign trip abroad, visited Israel").
  // The first name after the trigger, over capitalised words (titles): a person or a state is a counterpart.
  const first = ms.filter((m) => m.tokenStart >= b && m.tokenStart < clauseEnd && toks.slice(b, m.tokenStart).every((t) => !isLower(t) || ['the', 'to', 'with'].includes(lowerWord(t)))).sort((x, y) => x.tokenStart - y.tokenStart)[0];
  const personObject = (first?.kind === 'person' && first.tokenStart <= b + 5) || ms.some((m) => m.kind === 'state' && m.tokenStart >= b && m.tokenStart < clauseEnd);
  // Attending an occasion is weighed by its genre (audience-occasion).
  if (rule.kind === 'visit' && !ATTEND_WORDS.has(lowerWord(toks[a])) && !counterpart && !personObject && toks.some((t, k) => (k < a || k >= b) && isLower(t) && CAMPAIGN_EVENTS.has(lowerWord(t)))) f.push('veto:campaign-event');
  // "flew to Cancun for a family vacation": a journey for leisure or care, with no person named to meet.
  if (rule.kind === 'visit' && !counterpart && first?.kind !== 'person' && privatePurpose(toks, b, clauseEnd)) f.push('genre:private-purpose', 'veto:private-trip');
  // "visiting his grandmother", "a visit to her grandmother", "visited friends": family or friends, over a possessive.
  if (rule.kind === 'visit' && !breaks(toks[b - 1])) {
    let k = lowerWord(toks[b]) === 'to' ? b + 1 : b;
    // Over a possessive and the kin noun's modifiers ("her 90-year-old grandmother", "an old family friend").
    for (let n = 0; n < 6 && k < toks.length && /^[\p{Ll}\d-]/u.test(toks[k]!.text) && !(lowerWord(toks[k]) in KIN_NOUNS) && !breaks(toks[k]) && !['in', 'at', 'on', 'to', 'with', 'for', 'and', 'of'].includes(lowerWord(toks[k])); n++) k++;
    if (lowerWord(toks[k]) in KIN_NOUNS && isLower(toks[k])) f.push('genre:family', 'veto:family-visit');
  }
  // A definite meeting noun after a preposition, back over its modifiers.
  if (rule.noun && !counterpart) {
    let k = a - 1;
    while (k > clauseStart && a - k <= 4 && isLower(toks[k]) && !breaks(toks[k]) && !(lowerWord(toks[k]) in DETERMINERS)) k--;
    if (['the', 'these', 'those'].includes(lowerWord(toks[k])) && PP_WORDS.has(lowerWord(toks[k - 1])) && !breaks(toks[k - 1])) f.push('occasion:background');
  }
  // The counterpart after "with": its head over modifiers and mentions that qualify it ("with Hispanic voters").
  for (let k = b; k < Math.min(toks.length, b + 3); k++) {
    if (breaks(toks[k - 1])) break;
    if (lowerWord(toks[k]) !== 'with') continue;
    let j = k + 1;
    let head: string | undefined;
    for (let n = 0; j < Math.min(toks.length, k + 7) && n < 6; j++, n++) {
      const m = ms.find((x) => x.tokenStart === j);
      if (m) {
        j = m.tokenEnd - 1;
        if (breaks(toks[j]) || !isLower(toks[j + 1])) break;
        continue;
      }
      if (!isLower(toks[j])) break;
      head = lowerWord(toks[j]);
      if (breaks(toks[j]) || !isLower(toks[j + 1]) || ['and', 'or', 'of', 'to', 'in', 'at', 'on', 'for', 'about', 'who', 'that', 'from'].includes(lowerWord(toks[j + 1]))) break;
    }
    if (head && !(head in DETERMINERS)) {
      if (head in PUBLIC_NOUNS) f.push('counterpart:public', `counterpart:public|${rule.kind}`);
      else if (/[^s]s$/.test(head)) f.push('counterpart:common-plural');
    }
    break;
  }
  return f;
}
