/**
 * Words around a name read as a place that say it names an organization, for document consistency
 * (src/ner/consistency.ts) to carry through the article:
 *
 * - In an article about sport (SPORTS_CONTEXT words, or rows of results), a town, region or club name that is a side of
 *   a result ("Leeds beat Newcastle", "victory over Hull", "lost to Valencia"), of a results row ("Leeds 2
 *   Newcastle 1") or that fields players ("Chelsea defender", "Leeds's Tom Hale") names its club. A country
 *   stays a location: national teams are read as their countries, as CoNLL-2003 annotates them and as
 *   src/pipeline/teams.ts expects.
 * - In any article, a name the gazetteer knows as no place, with the words of a company around it ("Talvora's shares",
 *   "general manager of Talvora", "a stake in X"), names a company; with the words of an armed group around it ("X
 *   fighters", "X claimed the attack", "pledged allegiance to X", "murdered by X", "the war against X"), the group: a
 *   group named like a polity ("Islamic State") is read as a place for its head word.
 *
 * Rows of one table name one kind of thing: a name heading a row of numbers ("HAWKS 70 63 .526") takes the type of
 * most of the table's row heads.
 */
import type { NerSpan } from './index.js';
import type { EntityType } from './tags.js';
import { gazetteer, wordClasses, GAZ_CLASSES } from './gazetteer.js';
import { SPORTS_CONTEXT, SPORTS_ARTICLE_MIN_WORDS } from '../gazetteer/meetings.js';

/** Words right after a side of a result, with the reason ("Leeds beat Newcastle", "Hull defeated Leeds"). */
export const RESULT_VERBS_AFTER: Record<string, string> = {
  beat: 'result', beats: 'result', defeated: 'result', thrashed: 'result', hammered: 'result', edged: 'result',
  trounced: 'result', crushed: 'result', routed: 'result', blanked: 'result (baseball)', swept: 'result (series)',
  drew: 'result', lost: 'result', won: 'result', outscored: 'result', overcame: 'result', downed: 'result',
};

/** Nouns after a side and its possessive or right after it: its players, staff and results ("Chelsea defender",
 * "Leeds's lead over Hull"). */
export const CLUB_NOUNS_AFTER: Record<string, string> = {
  defender: 'player', striker: 'player', midfielder: 'player', goalkeeper: 'player', keeper: 'player', winger: 'player',
  forward: 'player', pitcher: 'baseball player', shortstop: 'baseball player', outfielder: 'baseball player',
  quarterback: 'american football player', coach: 'team staff', manager: 'team staff', chairman: 'club official',
  fans: 'supporters', supporters: 'supporters', lead: 'standing in a table ("Leeds\'s lead over Hull")',
  victory: 'result', win: 'result', defeat: 'result', squad: 'team', side: 'team',
};

/** Words right before a side: the other side of a result or fixture, a club joined or coached. */
export const SIDE_WORDS_BEFORE: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /\b(?:victory|victories|win|wins|winners|lead|success|successes|triumph) over$/i, reason: 'the beaten side ("victory over Leeds")' },
  { pattern: /\b(?:beat|beating|defeated|defeating|blanked|against|v|v\.|vs|vs\.)$/i, reason: 'the other side of a result or fixture' },
  { pattern: /\b(?:lost|losing|defeat|defeats) to$/i, reason: 'the winning side ("lost to Valencia")' },
  { pattern: /\b(?:drew|draw|draws|tied) with$/i, reason: 'a drawn result' },
  { pattern: /\bfans of$/i, reason: 'a club\'s supporters' },
  { pattern: /\bcoach at$/i, reason: 'a club\'s staff' },
];

/** A side given a lead ("to give Leeds a 2-1 lead"): a scoreline and a result noun after it. */
const SCORE_AFTER = /^\s+an?\s+\d{1,3}-\d{1,3}\s+(?:lead|win|victory|defeat)\b/i;

/** Words after a name that make it a company's, with the reason ("the firm's shares", "its general manager"). */
export const COMPANY_WORDS_AFTER: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /^\s*['’]s\s+(?:shares|stock|shareholders|board|head office|headquarters|chief executive|general manager|management|subsidiary|net profit|profit|revenues?|earnings)\b/i, reason: 'a company\'s shares, board or results' },
  { pattern: /^\s+(?:general manager|chief executive|shareholders)\b/i, reason: 'a company\'s officers or owners' },
];

/** Words before a name that make it a company's ("a stake in X", "chief executive officer of X"). */
export const COMPANY_WORDS_BEFORE: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /\b(?:stake|stakes|shares|holding) in$/i, reason: 'a holding in a company' },
  { pattern: /\b(?:general manager|chief executive|chief executive officer|board of directors|shareholders|takeover|privatisation|privatization) of$/i, reason: 'a company\'s officers, owners or sale' },
];

/** Head words of names that armed groups take after a polity or a force ("Islamic State", "Islamic Emirate", "Nusra
 * Front", "Mahdi Army", "Qassam Brigades"), which the recognizer may read as places. */
export const GROUP_HEAD_WORDS: ReadonlySet<string> = new Set(['state', 'emirate', 'caliphate', 'front', 'army', 'brigade', 'brigades', 'movement', 'legion', 'battalion', 'battalions', 'militia', 'forces']);

/** Words after a name that make it an armed group's, with the reason ("Islamic State fighters", "X claimed the attack"). */
export const ARMED_GROUP_WORDS_AFTER: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /^\s+(?:group|militants?|fighters?|jihadists?|insurgents?|extremists?|terrorists?|militias?|sympathi[sz]ers|affiliates?|operatives|captives?)\b/i, reason: 'an armed group\'s members, followers or captives' },
  { pattern: /^\s+(?:(?:has|had|have|also|quickly|later)\s+)?claimed\s+(?:responsibility|credit|(?:the|an|a|both)\s+(?:\w+\s+)?(?:attacks?|bombings?|killings?|blasts?|assaults?))\b/i, reason: 'a group claiming an attack' },
];

/** Words before a name that make it an armed group's ("pledged allegiance to X", "murdered by X", "the fight against X"). */
export const ARMED_GROUP_WORDS_BEFORE: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /\b(?:allegiance|loyalty) to(?: the)?$/i, reason: 'allegiance pledged to a group' },
  { pattern: /\b(?:join|joins|joined|joining|members of|remnants of|collapse of)(?: the)?$/i, reason: 'a group joined, or its members and remnants' },
  { pattern: /\b(?:killed|murdered|kidnapped|abducted|executed|beheaded|targeted|victimi[sz]ed|radicali[sz]ed|committed|carried out|inspired|recruited|claimed|directed) by(?: the)?$/i, reason: 'an act of a group' },
  { pattern: /\b(?:(?:war|fight|fighting|fought|battle|campaign|coalition|offensive|struggle) against|war on|defeat of|defeating)(?: the)?$/i, reason: 'a group fought' },
];

const PLACE_CLASSES = ['country', 'city', 'region', 'place', 'town', 'subdiv', 'demonym'] as const;
let countryMask = -1;
let placeMask = -1;

/** The gazetteer classes of a name and of each of its words, ORed. */
function classesOf(key: string): number {
  const g = gazetteer();
  let m = g.phrases.get(key) ?? 0;
  for (const w of key.split(' ')) m |= wordClasses(g, w);
  // an abbreviation written with full stops ("U.S.", "U.K.") as the gazetteer writes it without
  if (/^(?:\p{L}\.)+$/u.test(key)) m |= g.phrases.get(key.replace(/\./g, '')) ?? wordClasses(g, key.replace(/\./g, ''));
  return m;
}

function masks(): void {
  if (countryMask >= 0) return;
  countryMask = 1 << GAZ_CLASSES.indexOf('country');
  placeMask = PLACE_CLASSES.reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c)), 0);
}

/** A row of a table: a name, then numbers only ("HAWKS 70 63 .526 4"); or a results row ("Leeds 2 Newcastle 1"). */
const NUMBER = /^(?:[-+]?\d[\d.,/-]*|\.\d+|-)$/;

/** Whether a stretch of text is numbers alone, at least one with a digit ("63 71 .470 11 1/2", "54", "75 58 .564 -"). */
function numbersOnly(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  return words.length > 0 && /^\s/.test(s) && words.every((w) => NUMBER.test(w)) && words.some((w) => /\d/.test(w));
}

interface Line {
  start: number;
  end: number;
}

function lineOf(text: string, at: number): Line {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/** Spans heading the cells of a table row: the line is spans each followed by numbers, and nothing else. */
function rowHeads(text: string, line: Line, spans: readonly NerSpan[], order: readonly number[], from: number): number[] | undefined {
  const heads: number[] = [];
  let at = line.start;
  let k = from;
  while (at < line.end) {
    while (at < line.end && /\s/.test(text[at]!)) at++;
    if (at >= line.end) break;
    const i = order[k];
    if (i === undefined || spans[i]!.start !== at) return undefined;
    const s = spans[i]!;
    // the numbers after the name, up to the next name of the line
    let to = line.end;
    const next = order[k + 1];
    if (next !== undefined && spans[next]!.start < line.end) to = spans[next]!.start;
    if (!numbersOnly(text.slice(s.end, to))) return undefined;
    heads.push(i);
    at = to;
    k++;
  }
  return heads.length ? heads : undefined;
}

/**
 * Tables of the document: blocks of consecutive rows, each the list of its row heads (span indexes). A results row
 * ("Leeds 2 Newcastle 1") has two heads.
 */
export function tableRows(text: string, spans: readonly NerSpan[]): number[][][] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const tables: number[][][] = [];
  let block: number[][] = [];
  let lastEnd = -2;
  for (let k = 0; k < order.length; k++) {
    const s = spans[order[k]!]!;
    const line = lineOf(text, s.start);
    if (line.start !== s.start) continue;
    const heads = rowHeads(text, line, spans, order, k);
    if (!heads) continue;
    if (line.start !== lastEnd + 1 && block.length) {
      tables.push(block);
      block = [];
    }
    block.push(heads);
    lastEnd = line.end;
  }
  if (block.length) tables.push(block);
  return tables;
}

/** Relabels, in place, the row heads of each table of three or more rows to the type most of its heads have (more than
 * half); returns how many changed. */
export function tableTypes(text: string, spans: NerSpan[]): number {
  let changed = 0;
  for (const rows of tableRows(text, spans)) {
    if (rows.length < 3) continue;
    const heads = rows.flat();
    const counts = new Map<EntityType, number>();
    for (const i of heads) counts.set(spans[i]!.type, (counts.get(spans[i]!.type) ?? 0) + 1);
    for (const [type, n] of counts) {
      if (n * 2 <= heads.length) continue;
      for (const i of heads) if (spans[i]!.type !== type && spans[i]!.type !== 'PER') {
        spans[i]!.type = type;
        changed++;
      }
    }
  }
  return changed;
}

/** An article about sport: SPORTS_ARTICLE_MIN_WORDS or more distinct SPORTS_CONTEXT words, or two results rows. */
export function isSportsText(text: string, spans: readonly NerSpan[]): boolean {
  const words = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}-]+/gu) ?? []) if (w in SPORTS_CONTEXT) words.add(w);
  if (words.size >= SPORTS_ARTICLE_MIN_WORDS) return true;
  return tableRows(text, spans).flat().filter((r) => r.length === 2).length >= 2;
}

/** A dateline ("LEEDS , England 2024-05-04", "LEEDS 2024-05-04"): the place an article was written. */
const DATELINE_AFTER = /^(?:\s*,\s*[^\n,]{1,40})?\s+\d{4}-\d{2}-\d{2}/;

/** Whether a span is where an article was written or where something is ("in Leeds"): such a reading stays a place
 * whatever other readings of the name say. */
export function placeReading(text: string, s: NerSpan): boolean {
  const lineStart = s.start === 0 || text[s.start - 1] === '\n';
  if (lineStart && DATELINE_AFTER.test(text.slice(s.end, s.end + 60))) return true;
  if (/^\s+\d{4}-\d{2}-\d{2}/.test(text.slice(s.end, s.end + 20))) return true;
  return /\b(?:in|at|near)\s+$/i.test(text.slice(Math.max(0, s.start - 6), s.start));
}

/**
 * The names (keys) of the document that name an organization though read as places somewhere, each with the reason.
 * `keys[i]` is the consistency key of `spans[i]`.
 */
export function organizationNames(text: string, spans: readonly NerSpan[], keys: readonly string[]): Map<string, string> {
  masks();
  const out = new Map<string, string>();
  let sports: boolean | undefined;
  const byStart = new Map<number, NerSpan>();
  for (const s of spans) byStart.set(s.start, s);
  const resultSides = new Set<number>();
  for (const rows of tableRows(text, spans)) for (const r of rows) if (r.length === 2) for (const i of r) resultSides.add(i);
  spans.forEach((s, i) => {
    if (s.type !== 'LOC' || out.has(keys[i]!)) return;
    const key = keys[i]!;
    const classes = classesOf(key);
    const after = text.slice(s.end, s.end + 60);
    const before = text.slice(Math.max(0, s.start - 40), s.start).replace(/\s+$/, '');
    if (!(classes & placeMask)) {
      for (const c of COMPANY_WORDS_AFTER) if (c.pattern.test(after)) return void out.set(key, c.reason);
      for (const c of COMPANY_WORDS_BEFORE) if (c.pattern.test(before)) return void out.set(key, c.reason);
      // An armed group's words make a name the group's only when the name is made like a group's, with a polity's or a
      // force's head word (GROUP_HEAD_WORDS: "Islamic State", "Nusra Front"): "Swat Valley militants" and "Rojava
      // fighters" are where fighters come from.
      if (GROUP_HEAD_WORDS.has(text.slice(s.start, s.end).split(/\s+/).pop()!.toLowerCase())) {
        for (const c of ARMED_GROUP_WORDS_AFTER) if (c.pattern.test(after)) return void out.set(key, c.reason);
        // ... not a possessive that only qualifies the noun after it ("members of Jane Doe's family")
        if (!/^['’]s\b/u.test(after)) for (const c of ARMED_GROUP_WORDS_BEFORE) if (c.pattern.test(before)) return void out.set(key, c.reason);
      }
    }
    if (classes & countryMask) return;
    sports ??= isSportsText(text, spans);
    if (!sports) return;
    if (resultSides.has(i)) return void out.set(key, 'a side of a results row ("Leeds 2 Newcastle 1")');
    if (!(s.start === 0 || text[s.start - 1] === '\n') || !DATELINE_AFTER.test(after)) {
      const w = /^\s*(?:['’]s\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(after);
      const w1 = w?.[1]?.toLowerCase() ?? '';
      const w2 = w?.[2]?.toLowerCase() ?? '';
      const possessive = /^\s*['’]s\b/.test(after);
      if (!possessive && w1 in RESULT_VERBS_AFTER) return void out.set(key, `"${w1}" after it: ${RESULT_VERBS_AFTER[w1]}`);
      if (w1 in CLUB_NOUNS_AFTER) return void out.set(key, `"${w1}" after it: ${CLUB_NOUNS_AFTER[w1]}`);
      if (!possessive && w2 in CLUB_NOUNS_AFTER && !(w1 in SPORTS_CONTEXT)) return void out.set(key, `"${w2}" after it: ${CLUB_NOUNS_AFTER[w2]}`);
      const ofIt = /^\s*['’]s\s+/.exec(after);
      if (ofIt) {
        const next = byStart.get(s.end + ofIt[0].length);
        if (next?.type === 'PER') return void out.set(key, 'a player of it named after it ("Leeds\'s Tom Hale")');
      }
      if (SCORE_AFTER.test(after)) return void out.set(key, 'a side given a scoreline');
      for (const c of SIDE_WORDS_BEFORE) if (c.pattern.test(before)) return void out.set(key, c.reason);
    }
  });
  return out;
}
