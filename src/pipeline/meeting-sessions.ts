/**
 * A named party meeting a specific body the report does not name ("talks with the 9-bank advisory committee", "its
 * discussions with the dealers", "negotiations between Bolivian negotiators and the nation's commercial bank
 * creditors"): the annotation guideline counts it as a meeting with the named party alone (the body is an "other
 * party"), like an organization's own session. Generic people ("aides", "bankers", "officials") are not such a body.
 */
import { lowerWord, type Token } from '../nlp/tokenize.js';
import { wordTable } from '../gazetteer/normalize.js';

/** Head nouns of a specific but unnamed counterpart body. */
export const COUNTERPART_NOUNS: Record<string, string> = wordTable({
  committee: '"the bank advisory committee", "a steering committee"', creditors: '"its creditors", "30 creditors"',
  banks: '"the creditor banks", "private foreign banks"', lenders: '"its lenders"', dealers: '"the dealers" of a market',
  syndicate: '"the underwriting syndicate"', bondholders: '"the bondholders"',
});

/** Words that end the noun phrase after "with" or "and". */
const PHRASE_STOPS = new Set(['on', 'in', 'at', 'to', 'for', 'about', 'over', 'which', 'who', 'that', 'said', 'and', 'or', 'but', 'since', 'after', 'before', 'under', 'during', 'once', 'when', 'if', 'while', 'from', 'by']);


/**
 * Whether the trigger at tokens [a, b) has an unnamed counterpart body: after "with" (or the "and" of "between ...
 * and"), within its clause, a phrase of lowercase words, numbers and possessives whose words include a
 * COUNTERPART_NOUNS head, before any capitalised word.
 */
export function unnamedCounterpart(toks: Token[], b: number, clauseEnd: number): boolean {
  let between = false;
  for (let k = b; k < Math.min(clauseEnd, b + 12); k++) {
    const w = lowerWord(toks[k]);
    if (w === 'between') between = true;
    if (w !== 'with' && !(between && w === 'and')) continue;
    for (let j = k + 1; j < Math.min(toks.length, k + 9); j++) {
      const x = lowerWord(toks[j]);
      if (PHRASE_STOPS.has(x) || /^\p{Lu}/u.test(toks[j]!.text)) break;
      if (x in COUNTERPART_NOUNS) return true;
      if (/[,;:.()"]/.test(toks[j]!.post)) break;
    }
  }
  return false;
}
