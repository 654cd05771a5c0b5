/**
 * How the places offered for one meeting relate to each other and to the sentence's other meeting words, and which
 * place an event keeps when several of its reports place it.
 *
 * - A place that contains another option is the less specific reading: "at Gleneagles in Scotland", "in Davos,
 *   Switzerland", "in China ... in Peking". The containment is read from the text ("X in Y", "X, Y") or from the
 *   gazetteers (a city's state).
 * - A place belongs to the meeting word nearest to it: in "the Nairobi meeting's report goes to the council meeting at
 *   Vienna", Nairobi qualifies the first meeting and Vienna the second.
 * - An event reported by several sentences keeps the place its reports give with the highest learned score, not the
 *   place of the first report.
 *
 * These are features for the learned place decision (weights in models/meetings.json), not decisions of their own.
 */
import { lowerWord, type Token } from '../nlp/tokenize.js';
import type { Mention } from './model.js';
import { venueByName, isRegionName as isWorldRegion } from '../gazetteer/places.js';
import { gazetteer, GAZ_CLASSES, phraseTokens, wordClasses } from '../ner/gazetteer.js';
import { editDistance } from '../util/edit-distance.js';
import { MONTHS } from './dates.js';

/** A meeting word of a sentence: its token range and whether it is a noun. */
export interface TriggerSpan {
  a: number;
  b: number;
  noun: boolean;
}

interface PlaceOption {
  value: Mention | null;
  features: string[];
}


const bits = (...classes: Array<(typeof GAZ_CLASSES)[number]>): number => classes.reduce((b, c) => b | (1 << GAZ_CLASSES.indexOf(c)), 0);
const REGION_BITS = bits('country', 'region', 'subdiv');
const CITY_BITS = bits('city');

const PLACE_BITS = bits('country', 'region', 'subdiv', 'city', 'town', 'place');

/**
 * Whether a name read as a place is a month word: a month ("in March") or a misspelled one ("Feburary", "Janaury": a
 * long month name with at most two letters changed) that the gazetteers do not know as a place ("Augusta" stays a
 * place). A month word is when a meeting is, never where; a month's own name is read as the month ("in March", not the
 * English town).
 */
export function isMonthWord(text: string): boolean {
  const t = phraseTokens(text);
  if (t.length !== 1) return false;
  const w = t[0]!.replace(/\.$/, '');
  if (MONTHS.includes(w)) return true;
  if (wordClasses(gazetteer(), w) & PLACE_BITS) return false;
  return MONTHS.some((m) => m.length >= 6 && w.length >= 6 && editDistance(w, m, 2) <= 2);
}

/** Whether the gazetteers know a place's name as a country, region or subdivision ("Maryland", "Bavaria") and not as a
 * city: a place that can contain a city ("London" is a subdivision too, but a city first). */
export function isRegionName(label: string): boolean {
  const t = phraseTokens(label);
  const g = gazetteer();
  const b = (t.length === 1 ? g.words.get(t[0]!) : g.phrases.get(t.join(' '))) ?? 0;
  return !!(b & REGION_BITS) && !(b & CITY_BITS);
}

/** Whether `outer` contains `inner`: a state and a place of it (gazetteer), or "inner in outer" / "inner, outer" in the
 * text when `outer` is a state or a region ("Davos, Switzerland", "Camp David, Maryland"; not "London, Paris and
 * Berlin", a list of cities). */
export function containsPlace(toks: Token[] | undefined, outer: Mention, inner: Mention): boolean {
  if (outer.cluster === inner.cluster) return false;
  if (outer.kind === 'state' && outer.iso && inner.kind !== 'state' && inner.stateIso === outer.iso) return true;
  if (!toks || outer.sentence !== inner.sentence || inner.kind === 'state') return false;
  if (outer.kind !== 'state' && !isRegionName(outer.label) && !isRegionName(outer.text)) return false;
  const gap = outer.tokenStart - inner.tokenEnd;
  if (gap === 0) return /,\s*$/.test(toks[inner.tokenEnd - 1]?.post ?? '');
  if (gap === 1) return lowerWord(toks[inner.tokenEnd]) === 'in' && !/[,;:]/.test(toks[inner.tokenEnd - 1]?.post ?? '');
  return false;
}

/**
 * Adds to a candidate's place options (its sentence's tokens `toks`, trigger [a, b)) the features of containment
 * ("contains-option", "within-option") and of a known venue ("venue"); and to those of its own sentence, of a nearer
 * meeting word ("other-trigger-nearer", by whether that word is a noun; "trigger-between" when another meeting word
 * stands between the place and the trigger).
 */
export function placeRelationFeatures(toks: Token[], sentence: number, options: PlaceOption[], a: number, b: number, triggers: TriggerSpan[]): void {
  const here = options.filter((o) => o.value && o.value.sentence === sentence);
  const all = options.filter((o) => o.value);
  // The dateline is where the report was filed, not a place stated for the meeting: no option contains it.
  const stated = all.filter((o) => !o.features.includes('dateline'));
  for (const o of all) {
    const m = o.value!;
    const mt = m.sentence === sentence ? toks : undefined;
    if (stated.some((x) => containsPlace(mt, m, x.value!) && (x.value!.sentence === m.sentence || m.kind === 'state'))) o.features.push('contains-option', `contains-option|${m.kind}`);
    // The dateline's city within a state stated for the meeting is still only where the report was filed: its own
    // feature, apart from a city stated within such a state.
    if (all.some((x) => containsPlace(x.value!.sentence === sentence ? toks : undefined, x.value!, m) && (x.value!.sentence === m.sentence || x.value!.kind === 'state'))) o.features.push(...(o.features.includes('dateline') ? ['within-option|dateline'] : ['within-option', `within-option|${m.kind}`]));
  }
  // A building where visits are received and talks held ("at Number 10", "at the White House") is a venue.
  for (const o of all) if (venueByName(o.value!.text) || venueByName(o.value!.label)) o.features.push('venue');
  // A region of the world ("a tour of Africa", "a trip to the Far East") is where a journey goes, rarely where its
  // meetings are stated to be: a reader names the state or city, when one is offered too.
  const worldRegion = (m: Mention) => isWorldRegion(m.label) || isWorldRegion(m.text);
  const specific = all.some((o) => !worldRegion(o.value!) && (o.value!.kind === 'state' || o.value!.kind === 'place'));
  for (const o of all) if (worldRegion(o.value!)) o.features.push('world-region', `world-region|${specific ? 'with-specific' : 'alone'}`);
  const distTo = (m: Mention, t: { a: number; b: number }): number => (m.tokenEnd <= t.a ? t.a - m.tokenEnd : m.tokenStart >= t.b ? m.tokenStart - t.b : 0);
  for (const o of here) {
    const m = o.value!;
    const own = distTo(m, { a, b });
    const others = triggers.filter((t) => t.a !== a && (t.b <= m.tokenStart || t.a >= m.tokenEnd));
    const nearer = others.filter((t) => distTo(m, t) < own);
    if (nearer.length) o.features.push('other-trigger-nearer', `other-trigger-nearer|${nearer.some((t) => t.noun) ? 'noun' : 'verb'}`);
    const lo = Math.min(m.tokenEnd, a);
    const hi = Math.max(m.tokenStart, b);
    if (others.some((t) => t.a >= lo && t.b <= hi)) o.features.push('trigger-between');
  }
}

/** The learned score of the place each event (or candidate) was given, with that place. */
const placeScores = new WeakMap<object, { place: Mention | null; score: number }>();

export function notePlaceScore(holder: object, place: Mention | null, score: number): void {
  placeScores.set(holder, { place, score });
}

/** Gives an event the place score of the candidate it came from, when it kept the candidate's place. */
export function inheritPlaceScore(from: object, event: { place: Mention | null }): void {
  const x = placeScores.get(from);
  if (x && x.place === event.place) placeScores.set(event, x);
}

/**
 * The place an event keeps when a report `into` absorbs another report `from` (their places compatible): the one with
 * the higher learned score; on a tie or without scores, the more specific one (`prefer`).
 */
export function mergedPlace(into: { place: Mention | null }, from: { place: Mention | null }, prefer: (x: Mention, y: Mention) => Mention): Mention | null {
  if (!into.place || !from.place) {
    const keep = into.place ? into : from;
    const x = placeScores.get(keep);
    if (keep === from && x) placeScores.set(into, x);
    return keep.place;
  }
  const x = placeScores.get(into);
  const y = placeScores.get(from);
  if (!x || !y || x.place !== into.place || y.place !== from.place || x.score === y.score || into.place.cluster === from.place.cluster) return prefer(into.place, from.place);
  if (y.score > x.score) {
    placeScores.set(into, y);
    return from.place;
  }
  return into.place;
}


/**
 * A reader gives the most specific place the text states: when the chosen place contains another option stated with
 * it in the same sentence ("at Gleneagles in Scotland", "in Davos, Switzerland", "in Peking, China"), the contained
 * one. Returns the index of the option to keep.
 */
export function narrowestPlace(toks: Token[], sentence: number, options: PlaceOption[], at: number): number {
  const chosen = options[at]?.value;
  if (!chosen || chosen.sentence !== sentence) return at;
  const inner = options.findIndex((o) => o.value && o.value.sentence === sentence && containsPlace(toks, chosen, o.value));
  return inner >= 0 ? inner : at;
}

/**
 * A place named in what another sentence's meeting discusses ("met to discuss the situation in Ukraine") is a topic,
 * not where a meeting is held: the options of other sentences that an earlier event has among its topics' names are
 * dropped.
 */
export function withoutTopicPlaces<T extends PlaceOption>(options: T[], sentence: number, earlier: ReadonlyArray<{ about: Mention[] }>): T[] {
  return options.filter((o) => {
    const m = o.value;
    if (!m || m.sentence === sentence) return true;
    return !earlier.some((e) => e.about.some((x) => x.sentence === m.sentence && x.tokenStart === m.tokenStart && x.cluster === m.cluster));
  });
}
