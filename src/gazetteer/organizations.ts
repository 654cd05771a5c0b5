/**
 * Well-known organizations: canonical name, acronyms and other names, and the state they belong to if any. News
 * often writes only the acronym ("UN", "SCO") or the short name ("Xinhua"); this table lets those mentions join the
 * organization's node. Only bodies that recur in international news are listed; everything else is recognised from
 * the text. International bodies are those of the PETRARCH2/Phoenix international actors dictionary
 * (github.com/openeventdata/petrarch2, Phoenix.International.actors.txt; The MIT License, Copyright (c) 2015 Open Event
 * Data Alliance, full notice in cameo-triggers.ts), with the finance groupings it lacks (Group of Five, Eurogroup,
 * Ecofin). US federal agencies are the acronym and name pairs of the USA section of the PETRARCH2 country actors
 * dictionary (Phoenix.Countries.actors.txt), listed where the acronym's letters are the name's initials and news writes
 * the acronym alone (the "FBI" of many articles is the "Federal Bureau of Investigation" of few). A body's label is its official English name; its other spelling (British "Organisation", American
 * "Organization") is an alias, so both resolve to one node.
 */
import { normName, wordTable } from './normalize.js';

export interface OrganizationEntry {
  name: string;
  aliases: string[];
  /** ISO code of the state it is part of (a national agency, a state media outlet). */
  state?: string;
  /** News agencies and outlets report meetings; they do not take part in them. */
  media?: boolean;
  /** An international body whose members are not states (a forum of business leaders, a humanitarian body). */
  notOfStates?: boolean;
  /** Acronyms that other bodies share ("ISIS" is also a think tank's): the entry's only where the article defines none
   * of them as another name (see organizationByFallbackAlias). */
  fallbackAliases?: string[];
  reason: string;
}

export const ORGANIZATIONS: OrganizationEntry[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.'], reason: 'international organization' },
  { name: 'UN Security Council', aliases: ['United Nations Security Council', 'U.N. Security Council', 'UNSC'], reason: 'UN organ' },
  { name: 'UN General Assembly', aliases: ['United Nations General Assembly', 'U.N. General Assembly', 'UNGA'], reason: 'UN organ' },
  { name: 'North Atlantic Treaty Organization', aliases: ['NATO', 'Nato', 'North Atlantic Treaty Organisation'], reason: 'military alliance' },
  { name: 'European Union', aliases: ['EU', 'E.U.'], reason: 'union of states' },
  { name: 'European Commission', aliases: ['EC Commission', 'Commission of the European Communities', 'European Community Commission', 'Commission of the European Community', 'European Communities Commission'], reason: 'EU executive (the European Community\'s Commission before 1993)' },
  { name: 'European Community', aliases: ['EC', 'EEC', 'European Economic Community'], reason: 'predecessor of the EU' },
  { name: 'European Central Bank', aliases: ['ECB'], reason: 'central bank' },
  { name: 'International Monetary Fund', aliases: ['IMF'], reason: 'international financial institution' },
  { name: 'World Bank', aliases: ['International Bank for Reconstruction and Development', 'IBRD'], reason: 'international financial institution' },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'], reason: 'trade body' },
  { name: 'General Agreement on Tariffs and Trade', aliases: ['GATT'], reason: 'trade treaty and its rounds of talks, predecessor of the WTO' },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'], reason: 'UN agency' },
  { name: 'Organization of Petroleum Exporting Countries', aliases: ['OPEC', 'Opec', 'Organisation of Petroleum Exporting Countries'], reason: 'oil cartel' },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'], reason: 'regional organization' },
  { name: 'BRICS', aliases: [], reason: 'grouping of Brazil, Russia, India, China, South Africa' },
  { name: 'Group of Twenty', aliases: ['G20', 'G-20', 'Group of 20'], reason: 'forum of major economies' },
  { name: 'Group of Seven', aliases: ['G7', 'G-7'], reason: 'forum of major economies' },
  { name: 'Group of Eight', aliases: ['G8', 'G-8'], reason: 'the Group of Seven and Russia' },
  { name: 'Group of Five', aliases: ['G5', 'G-5'], reason: 'finance ministers of five major economies (1985 Plaza Accord)' },
  { name: 'Group of Ten', aliases: ['G10', 'G-10'], reason: 'central banks of eleven economies, Basel' },
  { name: 'Group of 77', aliases: ['G77', 'G-77', 'Group of Seventy-Seven'], reason: 'coalition of developing states at the UN' },
  { name: 'Eurogroup', aliases: [], reason: 'finance ministers of the euro area' },
  { name: 'Economic and Financial Affairs Council', aliases: ['Ecofin', 'ECOFIN', 'Ecofin Council'], reason: 'EU council of finance ministers' },
  { name: 'World Economic Forum', aliases: ['WEF'], notOfStates: true, reason: 'forum of business and political leaders (Davos)' },
  { name: 'Organisation for Economic Co-operation and Development', aliases: ['OECD', 'Organization for Economic Cooperation and Development', 'Organisation for Economic Cooperation and Development', 'Organization for Economic Co-operation and Development'], reason: 'forum of industrialised economies' },
  { name: 'United Nations Conference on Trade and Development', aliases: ['UNCTAD', 'Unctad', 'UN Conference on Trade and Development'], reason: 'UN body' },
  { name: 'European Free Trade Association', aliases: ['EFTA', 'Efta'], reason: 'trade bloc' },
  { name: 'European Bank for Reconstruction and Development', aliases: ['EBRD'], reason: 'international financial institution' },
  { name: 'Asian Development Bank', aliases: ['ADB'], reason: 'international financial institution' },
  { name: 'African Development Bank', aliases: ['AfDB'], reason: 'international financial institution' },
  { name: 'Inter-American Development Bank', aliases: ['IDB', 'IADB'], reason: 'international financial institution' },
  { name: 'Paris Club', aliases: [], reason: 'creditor states\' forum for sovereign debt' },
  { name: 'International Coffee Organization', aliases: ['ICO', 'International Coffee Organisation'], reason: 'commodity body' },
  { name: 'International Cocoa Organization', aliases: ['ICCO', 'International Cocoa Organisation'], reason: 'commodity body' },
  { name: 'International Energy Agency', aliases: ['IEA'], reason: 'energy body of the OECD' },
  { name: 'International Labour Organization', aliases: ['ILO', 'International Labor Organization', 'International Labour Organisation'], reason: 'UN agency' },
  { name: 'Economic Community of West African States', aliases: ['ECOWAS', 'Ecowas'], reason: 'regional organization' },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN', 'Asean'], reason: 'regional organization' },
  { name: 'African Union', aliases: ['AU'], reason: 'regional organization' },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE', 'Organisation for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], reason: 'regional organization' },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'], reason: 'UN agency' },
  // More international bodies whose acronym and name the PETRARCH2 international actors dictionary gives under one
  // code (Phoenix.International.actors.txt).
  { name: 'International Court of Justice', aliases: ['ICJ'], reason: 'UN court (PETRARCH2: ICJ, INTERNATIONAL_COURT_OF_JUSTICE)' },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC'], notOfStates: true, reason: 'humanitarian body (PETRARCH2: ICRC)' },
  { name: 'Intergovernmental Panel on Climate Change', aliases: ['IPCC'], reason: 'UN body (PETRARCH2: IPCC)' },
  { name: 'Organization of American States', aliases: ['OAS'], reason: 'regional organization (PETRARCH2: OAS)' },
  { name: 'Organisation for the Prohibition of Chemical Weapons', aliases: ['OPCW', 'Organization for the Prohibition of Chemical Weapons'], reason: 'treaty body (PETRARCH2: OPCW)' },
  { name: 'United Nations Educational, Scientific and Cultural Organization', aliases: ['UNESCO', 'Unesco'], reason: 'UN agency (PETRARCH2: UNESCO)' },
  { name: 'World Food Programme', aliases: ['WFP', 'World Food Program'], reason: 'UN agency (PETRARCH2: WFP)' },
  { name: "United Nations Children's Fund", aliases: ['UNICEF', 'Unicef'], reason: "UN agency (PETRARCH2: UNICEF, UNITED_NATIONS_CHILDREN'S_FUND, code IGOUNOKID)" },
  { name: 'American Civil Liberties Union', aliases: ['ACLU'], state: 'US', reason: 'US rights group (PETRARCH2: ACLU)' },
  // Armed groups that news names by acronyms alone: the names of one block of the PETRARCH2 country actors dictionary
  // (Phoenix.Countries.actors.txt), coded as a militarized group (IMG).
  // "ISIS" is also the acronym of a think tank (the Institute for Science and International Security), which an article
  // that defines it means: it names the group only where the article does not define it.
  { name: 'Islamic State', aliases: ['ISIL', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'], fallbackAliases: ['ISIS'], notOfStates: true, reason: 'armed group (PETRARCH2: THE_ISLAMIC_STATE, +ISIS_, +ISIL_, +DAESH_, code IMGMUSISI; ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT_, +ISLAMIC_STATE_OF_IRAQ_AND_SYRIA_)' },
  // Armed groups of the PETRARCH2 non-state actors dictionary (Phoenix.MilNonState.actors.txt), each with the spellings
  // and transliterations its block lists, which no rule of names folds ("Qaeda", "Qaida", "Qa'ida"). A table's name is
  // an organization even where the recognizer reads it as a MISC word.
  { name: 'al-Qaeda', aliases: ['al-Qaida', "al-Qa'ida", "al-Qa'eda"], notOfStates: true, reason: "armed group (PETRARCH2: AL_QA'IDA, +AL_QAEDA, +AL_QAIDA, +AL-QA'EDA, code IMGMUSALQ)" },
  // Its regional branches are groups of their own, not the al-Qaeda node ("claimed by al-Qaeda in the Arabian Peninsula").
  // (AQI, al-Qaeda in Iraq's acronym, is also the Air Quality Index: not an alias.)
  { name: 'al-Qaeda in the Arabian Peninsula', aliases: ['al-Qaida in the Arabian Peninsula', 'AQAP'], notOfStates: true, reason: 'armed group (PETRARCH2: AL-QAEDA_IN_THE_ARABIAN_PENINSULA, +AQAP, code IMG)' },
  { name: 'al-Qaeda in Iraq', aliases: ['al-Qaida in Iraq'], notOfStates: true, reason: 'armed group (PETRARCH2: +AL-QAEDA_IN_IRAQ_, +AL_QAEDA_IN_IRAQ_)' },
  { name: 'al-Qaeda in the Islamic Maghreb', aliases: ['al-Qaida in the Islamic Maghreb', 'AQIM'], notOfStates: true, reason: 'armed group (PETRARCH2: AL-QAEDA_ORGANIZATION_IN_THE_ISLAMIC_MAGHREB_, +AL-QAEDA_COMMITTEE_IN_THE_ISLAMIC_MAGHREB_, code AFRREB)' },
  { name: 'Taliban', aliases: ['Taleban'], notOfStates: true, reason: 'armed group (PETRARCH2: TALIBAN_, +TALEBAN_, code AFGREB)' },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'], reason: 'regional organization' },
  { name: 'Federal Reserve', aliases: ['Fed', 'U.S. Federal Reserve', 'Federal Reserve Board'], state: 'US', reason: 'US central bank' },
  { name: 'Federal Open Market Committee', aliases: ['FOMC'], state: 'US', reason: 'US monetary policy body' },
  { name: 'United States Senate', aliases: ['U.S. Senate', 'US Senate', 'United States Senate'], state: 'US', reason: 'US legislature, upper house' },
  { name: 'United States House of Representatives', aliases: ['U.S. House of Representatives', 'US House of Representatives', 'U.S. House', 'US House'], state: 'US', reason: 'US legislature, lower house' },
  { name: 'United States Congress', aliases: ['U.S. Congress', 'US Congress'], state: 'US', reason: 'US legislature' },
  // US federal agencies whose acronym news writes far more often than the name: acronym and name are one group of
  // the PETRARCH2 country actors dictionary (Phoenix.Countries.actors.txt, USA section), whose initials match.
  { name: 'Federal Bureau of Investigation', aliases: ['FBI', 'F.B.I.'], state: 'US', reason: 'US federal police (PETRARCH2: FBI, FEDERAL_BUREAU_OF_INVESTIGATION)' },
  { name: 'Central Intelligence Agency', aliases: ['CIA', 'C.I.A.'], state: 'US', reason: 'US foreign intelligence (PETRARCH2: CIA, CENTRAL_INTELLIGENCE_AGENCY)' },
  { name: 'National Security Agency', aliases: ['NSA', 'N.S.A.'], state: 'US', reason: 'US signals intelligence (PETRARCH2: NSA, NATIONAL_SECURITY_AGENCY)' },
  { name: 'Office of the Director of National Intelligence', aliases: ['ODNI'], state: 'US', reason: 'US intelligence coordination (PETRARCH2: ODNI)' },
  { name: 'Drug Enforcement Administration', aliases: ['DEA'], state: 'US', reason: 'US drug police (PETRARCH2: DEA, DRUG_ENFORCEMENT_AGENCY; its official name is "Administration")' },
  { name: 'Environmental Protection Agency', aliases: ['EPA'], state: 'US', reason: 'US environment regulator (PETRARCH2: EPA, ENVIRONMENTAL_PROTECTION_AGENCY)' },
  { name: 'United States Agency for International Development', aliases: ['USAID', 'US Agency for International Development', 'U.S. Agency for International Development'], state: 'US', reason: 'US foreign aid (PETRARCH2: USAID)' },
  { name: 'Office of Management and Budget', aliases: ['OMB'], state: 'US', reason: 'US budget office (PETRARCH2: OMB)' },
  { name: 'United States Department of Agriculture', aliases: ['USDA', 'U.S. Department of Agriculture', 'US Department of Agriculture'], state: 'US', reason: 'US ministry (PETRARCH2: USDA)' },
  { name: 'Federal Emergency Management Agency', aliases: ['FEMA'], state: 'US', reason: 'US disaster relief (PETRARCH2: FEMA)' },
  { name: 'Federal Trade Commission', aliases: ['FTC'], state: 'US', reason: 'US competition regulator (PETRARCH2: FTC)' },
  { name: 'National Aeronautics and Space Administration', aliases: ['NASA', 'Nasa'], state: 'US', reason: 'US space agency (PETRARCH2: NASA)' },
  { name: 'Defense Advanced Research Projects Agency', aliases: ['DARPA'], state: 'US', reason: 'US military research (PETRARCH2: DARPA)' },
  { name: 'Deutsche Bundesbank', aliases: ['Bundesbank'], state: 'DE', reason: 'German central bank' },
  { name: 'Bank of England', aliases: ['BoE'], state: 'GB', reason: 'UK central bank' },
  { name: 'Bank of Japan', aliases: ['BOJ', 'BoJ'], state: 'JP', reason: 'Japanese central bank' },
  { name: 'Communist Party of China', aliases: ['CPC', 'Chinese Communist Party', 'CCP'], state: 'CN', reason: 'ruling party of China' },
  { name: 'Security Council of Russia', aliases: ['Russian Security Council', 'Security Council of the Russian Federation'], state: 'RU', reason: 'Russian state body' },
  { name: 'Xinhua News Agency', aliases: ['Xinhua'], state: 'CN', media: true, reason: 'Chinese state news agency' },
  { name: 'RIA Novosti', aliases: ['RIA'], state: 'RU', media: true, reason: 'Russian state news agency' },
  { name: 'TASS', aliases: ['Tass', 'ITAR-TASS'], state: 'RU', media: true, reason: 'Russian state news agency' },
  { name: 'Reuters', aliases: [], media: true, reason: 'news agency' },
  { name: 'Associated Press', aliases: ['AP'], media: true, reason: 'news agency' },
  { name: 'Agence France-Presse', aliases: ['AFP'], media: true, reason: 'news agency' },
  { name: 'BBC', aliases: ['British Broadcasting Corporation'], state: 'GB', media: true, reason: 'broadcaster' },
  { name: 'Kyodo News', aliases: ['Kyodo'], state: 'JP', media: true, reason: 'news agency' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], state: 'KR', media: true, reason: 'news agency' },
  // News outlets of the PETRARCH2 international actors dictionary (code MED) that are not above, and the US broadcast
  // networks that US news names most.
  { name: 'CNN', aliases: ['Cable News Network'], media: true, reason: 'broadcaster (PETRARCH2: CNN, MED)' },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT'], media: true, reason: 'newspaper (PETRARCH2: NEW_YORK_TIMES, MED)' },
  { name: 'The Washington Post', aliases: ['Washington Post'], media: true, reason: 'newspaper (PETRARCH2: WASHINGTON_POST, MED)' },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'], media: true, reason: 'newspaper (PETRARCH2: WALL_STREET_JOURNAL, MED)' },
  { name: 'The Guardian', aliases: [], media: true, reason: 'newspaper (PETRARCH2: THE_GUARDIAN, MED)' },
  { name: 'Al Jazeera', aliases: ['Al-Jazeera', 'Aljazeera'], media: true, reason: 'broadcaster (PETRARCH2: AL_JAZEERA, MED)' },
  { name: 'Al Arabiya', aliases: ['Al-Arabiya'], media: true, reason: 'broadcaster (PETRARCH2: AL-ARABIYA, MED)' },
  { name: 'Al-Monitor', aliases: ['Al Monitor'], media: true, reason: 'news site (PETRARCH2: AL-MONITOR, MED)' },
  { name: 'Haaretz', aliases: [], media: true, reason: 'newspaper (PETRARCH2: HAARETZ, ISRMED)' },
  { name: 'BuzzFeed', aliases: ['BuzzFeed News'], media: true, reason: 'news site (PETRARCH2: BUZZFEED, MED)' },
  { name: 'McClatchy', aliases: [], media: true, reason: 'newspaper group (PETRARCH2: MCCLATCHY, MED)' },
  { name: 'Der Spiegel', aliases: [], media: true, reason: 'magazine (PETRARCH2: DER_SPIEGEL, MED)' },
  { name: 'CBS', aliases: ['CBS News'], media: true, reason: 'US broadcast network' },
  { name: 'NBC', aliases: ['NBC News'], media: true, reason: 'US broadcast network' },
  { name: 'ABC News', aliases: [], media: true, reason: 'US broadcast network news' },
  { name: 'Fox News', aliases: ['Fox News Channel'], media: true, reason: 'US cable news network' },
  { name: 'MSNBC', aliases: [], media: true, reason: 'US cable news network' },
  { name: 'NPR', aliases: ['National Public Radio'], media: true, reason: 'US public radio' },
  { name: 'PBS', aliases: ['Public Broadcasting Service'], media: true, reason: 'US public television' },
  { name: 'Politico', aliases: [], media: true, reason: 'US political news site' },
];

const byName = new Map<string, OrganizationEntry>();
for (const o of ORGANIZATIONS) {
  for (const a of [o.name, ...o.aliases]) {
    const k = normName(a);
    // Acronyms are matched case-sensitively (see organizationByName), so "who" never finds the WHO.
    if (!byName.has(k)) byName.set(k, o);
  }
}

/** Numbers that name groupings of states, in the words their names are written with ("Group of Seven"). */
const GROUP_NUMBER_WORDS: Record<string, string> = wordTable({
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11',
  twelve: '12', fifteen: '15', twenty: '20', 'twenty four': '24', 'seventy seven': '77',
});

/**
 * A grouping of states named by its number of members, in any of its spellings ("G-7", "G7", "G 7", "Group of 7",
 * "Group of Seven"): the key of its "G" form ("g7"), or undefined. The short form needs its capital G.
 */
function groupKey(name: string): string | undefined {
  const short = /^G[-‐‑– ]?(\d{1,2})$/u.exec(name.trim());
  if (short) return `g${Number(short[1])}`;
  const long = /^(?:the )?group of (\d{1,2}|[a-z]+(?: [a-z]+)?)$/.exec(normName(name));
  if (!long || !/^G/.test(name.trim().replace(/^the /i, ''))) return undefined;
  const n = /^\d/.test(long[1]!) ? String(Number(long[1])) : GROUP_NUMBER_WORDS[long[1]!];
  return n ? `g${n}` : undefined;
}
const byGroup = new Map<string, OrganizationEntry>();
for (const o of ORGANIZATIONS) for (const a of [o.name, ...o.aliases]) {
  const k = groupKey(a);
  if (k && !byGroup.has(k)) byGroup.set(k, o);
}

/** The well-known organization a name denotes, or undefined. Short all-capital acronyms must be written so. */
export function organizationByName(name: string): OrganizationEntry | undefined {
  const group = groupKey(name);
  if (group) return byGroup.get(group);
  const e = byName.get(normName(name).replace(/^the /, ''));
  if (!e) return undefined;
  const bare = name.replace(/\./g, '');
  if (bare.length <= 4 && bare !== e.name && !e.aliases.includes(name) && !e.aliases.includes(bare)) return undefined;
  return e;
}

const byFallback = new Map<string, OrganizationEntry>();
for (const o of ORGANIZATIONS) for (const a of o.fallbackAliases ?? []) if (!byFallback.has(a)) byFallback.set(a, o);

/** The well-known organization an acronym names when the article defines it as no other body's ("ISIS" with no
 * "Institute for Science and International Security (ISIS)"): written exactly so, or undefined. */
export function organizationByFallbackAlias(acronym: string): OrganizationEntry | undefined {
  return byFallback.get(acronym);
}

/**
 * Organs named after their organization ("OPEC Fund Board of Governors", "IMF Executive Board"): a session of the organ
 * is one of the organization, so the mention stands for the organization. Matched at the end of an organization's
 * name, after at least one word of the organization's own name.
 */
export const ORGAN_SUFFIXES: ReadonlyArray<{ words: string; reason: string }> = [
  { words: 'board of governors', reason: 'governing board of a fund or bank' },
  { words: 'board of directors', reason: 'board of a company or bank' },
  { words: 'board of trustees', reason: 'board of a foundation or university' },
  { words: 'executive board', reason: 'IMF, WHO, UNICEF style executive organs' },
  { words: 'governing council', reason: 'ECB style decision body' },
];

/** "OPEC Fund Board of Governors" → "OPEC Fund"; undefined when the name is not an organ of a named organization. */
export function organOwner(label: string): string | undefined {
  const words = label.split(/\s+/);
  for (const { words: suffix } of ORGAN_SUFFIXES) {
    const n = suffix.split(' ').length;
    if (words.length <= n) continue;
    if (normName(words.slice(-n).join(' ')) !== suffix) continue;
    const owner = words.slice(0, -n).join(' ').replace(/['’]s$/u, '');
    if (/^\p{Lu}/u.test(owner) && normName(owner) !== 'the') return owner;
  }
  return undefined;
}

/**
 * A chamber named without its state ("the Senate", "the House of Representatives", "Congress") is the one of the state the article is about:
 * listed here for the states whose chambers the table knows, by state and word.
 */
export const BARE_CHAMBERS: ReadonlyArray<{ state: string; word: string; name: string }> = [
  { state: 'US', word: 'senate', name: 'United States Senate' },
  { state: 'US', word: 'house', name: 'United States House of Representatives' },
  { state: 'US', word: 'house of representatives', name: 'United States House of Representatives' },
  { state: 'US', word: 'congress', name: 'United States Congress' },
];

/** Names of the shape of a body whose members are states: a commodity or trade body ("International Tea Council",
 * "International Natural Rubber Organization"), a body named by its member countries ("Association of Tin Producing
 * Countries", "Organization of African States", "... Exporting Countries"). A company, a union or a guild of people
 * ("International Business Machines", "Producers Guild of America", "United States Chamber of Commerce") is none. */
const INTERNATIONAL_NAMES: ReadonlyArray<{ re: RegExp; reason: string }> = [
  { re: /^International( \p{Lu}\p{Ll}+){1,3} (Council|Organi[sz]ation|Agreement|Study Group)$/u, reason: 'a commodity or trade body of states' },
  { re: /\b(Producing|Exporting|Consuming|Member) (Countries|States|Nations)$/, reason: 'named by its member countries' },
  { re: /^(Association|Organi[sz]ation|Union|League|Community) of( \p{Lu}\p{Ll}+)+ (Countries|States|Nations)$/u, reason: 'named by its member states' },
];

/** Whether an organization is a body whose members are states: one of the table's international bodies (no state of
 * its own, no outlet, not marked notOfStates), or, for a name the table lacks, one of INTERNATIONAL_NAMES. */
export function isInternationalBody(label: string): boolean {
  const o = organizationByName(label);
  if (o) return !o.state && !o.media && !o.notOfStates;
  return INTERNATIONAL_NAMES.some((n) => n.re.test(label));
}
