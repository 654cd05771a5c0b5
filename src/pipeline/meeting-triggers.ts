/**
 * Triggers beside the rule table and the CAMEO lexicon, and what a trigger's place among the others says.
 *
 * Journeys as meeting triggers: an office holder travelling to a state or city goes there to meet it ("the premier
 * is travelling to Canada on Monday", "the minister leaves on Tuesday for Kenya", "will go to Oslo to sign the
 * accord"). A verb of travel (TRAVEL_VERBS with "to", "leave" and "head" with "for") is a candidate only when a destination is named
 * right after it; the learned decisions weigh it as any visit.
 */
import { TRAVEL_VERBS, type TriggerRule } from '../gazetteer/meetings.js';
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
