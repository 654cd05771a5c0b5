/**
 * Document-level consistency: one name is one kind of thing all through an article. When the same name (same
 * words, case aside) is read as different types in one document, every reading takes the type the document gives
 * it most surely: the sum of the span scores of each type, where a person's full name ("Mette Frederiksen") also
 * votes PER for its last word alone ("Frederiksen"). Headline and body agree this way too, since the headline is
 * one more sentence of the document.
 *
 * Some words after a name say it is a person's whatever the name's other readings: "the Obama administration", "the
 * Reagan era", "the Clinton campaign". A name of an administration or an era is a person's name used as a modifier;
 * one such reading of a location or an organization makes every reading of the name in the document a person, unless
 * the gazetteer knows the name as a country, a region, an organization or an ordinary word ("the Ohio campaign", "a
 * Facebook campaign", "a Republican presidency").
 */
import type { NerSpan } from './index.js';
import type { EntityType } from './tags.js';
import { gazetteer, wordClasses, GAZ_CLASSES } from './gazetteer.js';
import { organizationNames, placeReading, tableTypes } from './org-cues.js';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

const keyOf = (text: string, s: NerSpan): string =>
  text.slice(s.start, s.end).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/^the /, '');

/** Nouns right after a name (or its possessive) that make the name a person's, with the reason. */
export const PERSON_MODIFIED_NOUNS: Record<string, string> = {
  administration: 'a president\'s government ("the Obama administration")',
  presidency: 'a president\'s term',
  era: 'a period named after a leader ("the Reagan era")',
  campaign: 'a candidate\'s campaign ("the Clinton campaign")',
  aides: 'a politician\'s staff',
  loyalists: 'a politician\'s followers',
  appointees: 'a president\'s nominees',
};

const PERSON_CUE = new RegExp(`^(?:['’]s)?\\s+(${Object.keys(PERSON_MODIFIED_NOUNS).join('|')})\\b`, 'i');

/** Gazetteer classes of names that stay what they are before those nouns ("the Ohio campaign", "the Meiji era"), and
 * of adjectives ("a Republican presidency", "the American campaign"). */
const NOT_PERSON_CLASSES: readonly string[] = ['country', 'region', 'subdiv', 'city', 'org', 'company', 'porg', 'team', 'demonym', 'common'];
let notPersonMask = -1;

/** Whether the gazetteer knows some word of the name as a country, region, city or organization. */
function namesNoPerson(key: string): boolean {
  const g = gazetteer();
  if (notPersonMask < 0) notPersonMask = NOT_PERSON_CLASSES.reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as never)), 0);
  if (g.phrases.has(key) && g.phrases.get(key)! & notPersonMask) return true;
  return key.split(' ').some((w) => wordClasses(g, w) & notPersonMask);
}

/** Whether a span is joined by a hyphen to a lowercase word after it ("Taliban-led", "U.N.-backed"). */
function attributive(text: string, s: NerSpan): boolean {
  return /^[-‐‑]\p{Ll}/u.test(text.slice(s.end, s.end + 2));
}

/** Relabels, in place, the spans whose type the rest of the document outvotes; returns how many changed. */
export function voteTypes(text: string, spans: NerSpan[]): number {
  const votes = new Map<string, Float64Array>();
  const vote = (key: string, type: EntityType, w: number): void => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Float64Array(TYPES.length)));
    v[TYPES.indexOf(type)]! += w;
  };
  const keys = spans.map((s) => keyOf(text, s));
  const organizations = organizationNames(text, spans, keys);
  const persons = new Set<string>();
  spans.forEach((s, i) => {
    if ((s.type === 'LOC' || s.type === 'ORG') && PERSON_CUE.test(text.slice(s.end, s.end + 20)) && !persons.has(keys[i]!) && !namesNoPerson(keys[i]!)) persons.add(keys[i]!);
  });
  spans.forEach((s, i) => {
    // A name written as the first part of a compound ("the Taliban-led government", "Kremlin-backed") is used as an
    // adjective, which the recognizer reads as a MISC word whatever the name is: it keeps its own reading and has no
    // say in the others'.
    if (attributive(text, s)) return;
    // an unscored span counts as a sure one
    vote(keys[i]!, s.type, s.score ?? 1);
    if (s.type === 'PER') {
      const words = keys[i]!.split(' ');
      if (words.length > 1) vote(words[words.length - 1]!, 'PER', s.score ?? 1);
    }
  });
  let changed = 0;
  spans.forEach((s, i) => {
    // (a name seen only as the first part of compounds has no votes: it keeps its own reading)
    const v = votes.get(keys[i]!) ?? new Float64Array(TYPES.length);
    if (persons.has(keys[i]!)) v[TYPES.indexOf('PER')] = Infinity;
    let best = TYPES.indexOf(s.type);
    for (let t = 0; t < TYPES.length; t++) if (v[t]! > v[best]!) best = t;
    if (!persons.has(keys[i]!) && organizations.has(keys[i]!) && s.type === 'LOC' && !placeReading(text, s)) best = TYPES.indexOf('ORG');
    if (TYPES[best] !== s.type) {
      s.type = TYPES[best]!;
      changed++;
    }
  });
  // a row of a table reads as the other rows of its table, whatever the rest of the document says of the name
  return changed + tableTypes(text, spans);
}
