/**
 * Triggers beside the rule table and the CAMEO lexicon, and what a trigger's place among the others says.
 *
 * Journeys as meeting triggers: an office holder travelling to a state or city goes there to meet it ("the premier
 * is travelling to Canada on Monday", "the minister leaves on Tuesday for Kenya", "will go to Oslo to sign the
 * accord"). A verb of travel (TRAVEL_VERBS with "to", "leave" and "head" with "for") is a candidate only when a destination is named
 * right after it; the learned decisions weigh it as any visit.
 */
import { PASSIVE_AUXILIARIES, TRAVEL_VERBS, type TriggerRule } from '../gazetteer/meetings.js';
import { wordTable } from '../gazetteer/normalize.js';
import { lowerWord, type Token } from '../nlp/tokenize.js';
import type { Mention } from './model.js';

/** Verbs of setting out whose destination follows "for" ("leaves for Tokyo"); "to" after them is no destination ("the
 * decision was left to Norway"). */
const DEPARTURE_VERBS: Record<string, string> = wordTable({
  leave: 'departure ("leave for")', leaves: 'departure', left: 'departure', leaving: 'departure', depart: 'departure',
  departs: 'departure', departed: 'departure', departing: 'departure',
  head: '"head for"', heads: '"heads for"', headed: '"headed for"', heading: '"heading for"',
});

/** Verbs of travel whose destination follows "to", beside TRAVEL_VERBS ("flew to Seoul"). */
const TO_VERBS: Record<string, string> = wordTable({ gone: 'travel ("has gone to")' });

/** The preposition that introduces a destination after a verb of travel or of setting out: "to" after TRAVEL_VERBS,
 * "for" after DEPARTURE_VERBS, either after "head" ("heads to", "heads for"). */
function destinationPrepositions(w: string): Set<string> {
  const out = new Set<string>();
  if (w in TRAVEL_VERBS || w in TO_VERBS) out.add('to');
  if (w in DEPARTURE_VERBS) out.add('for');
  return out;
}

/** How many words (times, adverbs: "next week", "on Sunday") may stand between the verb and its destination. */
const REACH = 3;

/** The reason a journey's rule gives (`--explain`, and the training script's choice of what a journey teaches). */
export const JOURNEY_REASON = 'a journey to a named destination';

const RULE: TriggerRule = { phrase: [], kind: 'visit', noun: false, reason: JOURNEY_REASON };

/** The trigger rule of a journey at token i, or undefined: a verb of travel followed, within REACH words, by the
 * preposition of a destination it takes ("to" or "for", destinationPrepositions) and a state or city. */
export function travelTrigger(toks: Token[], i: number, ms: Mention[]): TriggerRule | undefined {
  const w = toks[i]!.text.toLowerCase();
  const takes = destinationPrepositions(w);
  if (!takes.size) return undefined;
  if (/[,;:.]/.test(toks[i]!.post)) return undefined;
  for (let k = i + 1; k <= Math.min(toks.length - 2, i + 1 + REACH); k++) {
    const p = toks[k]!.text.toLowerCase();
    if (takes.has(p)) {
      const at = lowerWord(toks[k + 1]) === 'the' ? k + 2 : k + 1;
      const dest = ms.find((m) => m.tokenStart === at && (m.kind === 'state' || m.kind === 'place'));
      return dest ? { ...RULE, phrase: [w] } : undefined;
    }
    if (/[,;:.]/.test(toks[k]!.post)) return undefined;
  }
  return undefined;
}


/**
 * "met on Monday to discuss trade", "a visit to Seoul to consult the government": a verb of consulting (CAMEO 040) in
 * an infinitive after another trigger of its sentence states that meeting's agenda, not a meeting of its own. Returns
 * the veto's name, or undefined.
 */
export function agendaVeto(toks: Token[], i: number, rule: TriggerRule, earlierTrigger: boolean): string | undefined {
  return earlierTrigger && rule.cameo === '040' && !rule.noun && lowerWord(toks[i - 1]) === 'to' ? 'agenda' : undefined;
}

/**
 * Whether the mention `m` is where the journey or visit at tokens [.., b) goes: its object ("visited Japan", "visiting
 * the Netherlands"), or named after "to" or "for" (and "the") at most REACH words of time after it ("leaves on Friday
 * for Brazil", "a visit on Monday to Seoul"). Returns 'alone' when the sentence names no person after it (a state so
 * visited hosts the traveller), 'met' when it does (the state is where the person named is met: "visited Chile, where
 * he met the president"), undefined when it is not the destination.
 */
export function journeyDestination(toks: Token[], m: Mention, b: number, rule: TriggerRule, ms: Mention[]): 'alone' | 'met' | undefined {
  if (rule.kind !== 'visit' || m.tokenStart < b) return undefined;
  // The object of the verb: "visited Japan", "visiting the Netherlands".
  let at = lowerWord(toks[b]) === 'the' ? b + 1 : b;
  if (at !== m.tokenStart) {
    at = -1;
    for (let k = b; k <= Math.min(b + REACH, toks.length - 2); k++) {
      if (/[,;:.]/.test(toks[k - 1]!.post)) break;
      const w = lowerWord(toks[k]);
      if (w === 'to' || w === 'for') {
        at = lowerWord(toks[k + 1]) === 'the' ? k + 2 : k + 1;
        break;
      }
    }
    if (at !== m.tokenStart) return undefined;
  }
  return ms.some((x) => x.kind === 'person' && x.tokenStart >= m.tokenEnd) ? 'met' : 'alone';
}

/** Verbs that hold a gathering named by their object ("the council held a meeting", "is holding talks with"): their
 * subject takes part in it. */
const HOLDING_VERBS: Record<string, string> = wordTable({
  hold: 'holding a gathering', holds: 'holding', held: 'holding', holding: 'holding', convene: 'convening a gathering',
  convenes: 'convening', convened: 'convening', convening: 'convening', resume: 'resuming talks', resumes: 'resuming',
  resumed: 'resuming', resuming: 'resuming', opens: 'opening talks', opened: 'opening talks',
});
/** Words that may stand between a subject and the verb that holds the gathering ("had held", "is also holding"). */
const HOLDER_AUXILIARIES: Record<string, string> = wordTable({
  has: 'perfect', have: 'perfect', had: 'perfect', is: 'progressive', are: 'progressive', was: 'progressive',
  were: 'progressive', will: 'future', would: 'conditional', to: 'infinitive', be: 'passive or progressive', been: 'perfect',
  also: 'adverb', already: 'adverb', again: 'adverb', recently: 'adverb', later: 'adverb', today: 'time', yesterday: 'time',
});

/** Words that tie a name or a noun phrase to something else, so that the name is no subject ("protesters in Iran held
 * rallies") and the words after the verb are no modifiers of the gathering noun ("held rallies before the talks"). */
const NOT_MODIFIERS: Record<string, string> = wordTable({
  to: 'infinitive or direction', in: 'preposition', on: 'preposition', at: 'preposition', of: 'preposition',
  for: 'preposition', from: 'preposition', with: 'preposition', by: 'preposition', about: 'preposition',
  before: 'preposition', after: 'preposition', during: 'preposition', ahead: 'preposition', amid: 'preposition',
  over: 'preposition', into: 'preposition', against: 'preposition', despite: 'preposition', since: 'preposition',
  until: 'preposition', as: 'conjunction', and: 'conjunction', or: 'conjunction', but: 'conjunction', than: 'conjunction',
  that: 'conjunction', while: 'conjunction', when: 'conjunction', if: 'conjunction', because: 'conjunction',
});


/**
 * Whether a name before the gathering noun at token `a` is the subject of the verb that holds it: the name (not the
 * object of a preposition), auxiliaries or adverbs, a holding verb in the active voice, then at most three lowercase
 * modifiers of the noun, none a preposition or conjunction ("the council held an ad hoc meeting", "the bank had held
 * merger talks with"), with no punctuation between.
 */
export function holdsGathering(toks: Token[], m: Mention, a: number, rule: TriggerRule): boolean {
  if (!rule.noun || m.tokenEnd >= a) return false;
  if (lowerWord(toks[m.tokenStart - 1]) in NOT_MODIFIERS) return false;
  let k = m.tokenEnd;
  if (/^'s?$/.test(lowerWord(toks[k]))) return false;
  while (k < a && lowerWord(toks[k]) in HOLDER_AUXILIARIES) k++;
  if (k >= a || !(lowerWord(toks[k]) in HOLDING_VERBS)) return false;
  const verb = k;
  if (/ed$|^held$/.test(lowerWord(toks[verb])) && lowerWord(toks[verb - 1]) in PASSIVE_AUXILIARIES) return false;
  for (let j = m.tokenEnd; j < a; j++) if (/[,;:.()"]/.test(toks[j - 1]!.post)) return false;
  if (a - verb - 1 > 3) return false;
  // Lowercase words or numbers only, and no preposition: "is open to talks" is a readiness, not a gathering held.
  for (let j = verb + 1; j < a; j++) if ((!/^\p{Ll}/u.test(toks[j]!.text) && !/^\d/.test(toks[j]!.text)) || lowerWord(toks[j]) in NOT_MODIFIERS) return false;
  return true;
}

/**
 * The token of "cabinet" when the gathering noun at tokens [a, b) is a national cabinet's own session: "a cabinet
 * meeting", "today's Cabinet session", "a meeting of the Italian cabinet"; -1 otherwise. The guideline writes such a
 * session's participant as the government's country (rule 7), beside the ministers the text places there.
 */
export function cabinetSession(toks: Token[], a: number, b: number, rule: TriggerRule): number {
  if (!rule.noun) return -1;
  if (lowerWord(toks[a - 1]) === 'cabinet') return a - 1;
  if (lowerWord(toks[b]) !== 'of' || lowerWord(toks[b + 1]) !== 'the') return -1;
  for (let k = b + 2; k <= Math.min(b + 4, toks.length - 1); k++) {
    if (lowerWord(toks[k]) === 'cabinet') return k;
    if (/[,;:.]/.test(toks[k]!.post)) break;
  }
  return -1;
}
