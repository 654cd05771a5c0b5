/**
 * How a sentence frames a gathering noun, as features for the meeting decision. The annotation guideline excludes
 * whole classes of gatherings whatever the words around them, and what tells them apart is the frame of the noun:
 *   - a company's own meeting of its shareholders with no second party ("the annual general meeting", "a shareholders'
 *     meeting") — guideline rule 9;
 *   - a legislature's, a party's or a union's own proceeding ("a drafting session", "committee hearings", "the party
 *     caucus", "the Labour Party conference", "the Assembly committee opens its spring session", "a union's branch
 *     meetings") — rule 8;
 *   - a press or news conference, where one party speaks ("told a news conference") — rule 9;
 *   - a negotiation process in the background ("months of negotiations", "the Uruguay round of talks", "a series of
 *     meetings"), with no counterpart named — rule 11;
 *   - a cabinet's routine meeting, in an article with no date (web copy reports a government's weekly sessions as its
 *     routine; a dated wire report names a cabinet meeting as its state's event, rule 7);
 * Each is a veto (a feature `veto:<name>` that training starts from a prior weight, like the rule tables' vetoes), raised
 * only when no counterpart is named after the noun ("a news conference with Ana Ruiz" is a joint appearance). The
 * features name the class of frame (the kind of session, the class of the body, the governing noun), never the words
 * of one sentence.
 */
import { lowerWord, type Token } from '../nlp/tokenize.js';
import { DETERMINERS, LEGISLATURE_WORDS, type TriggerRule } from '../gazetteer/meetings.js';
import { wordTable } from '../gazetteer/normalize.js';
import type { Mention } from './model.js';

/** The frame's vetoes (features `veto:<name>`), each a class of gathering the annotation guideline excludes. */
export const FRAME_VETOES: Record<string, string> = wordTable({
  'shareholders-session': "a company's annual or general meeting of its shareholders, no second party named",
  'legislative-session': "a legislature's, a party's or a union's own proceeding (drafting session, hearing, caucus, party conference, membership meeting)",
  'statement-setting': 'a press or news conference, where one party speaks, no second party named',
  'background-process': '"months of negotiations", "the Uruguay round of talks": a process, not one meeting',
  'cabinet-undated': "a cabinet's meeting in an undated article (a broadcaster's page, not a wire report): the government's routine, not an encounter of parties",
});

/** Words right before a gathering noun that make it a routine session of one body's members, by class. */
const SESSION_CLASSES: Record<string, string> = wordTable({
  general: 'shareholders', shareholders: 'shareholders', stockholders: 'shareholders', shareholder: 'shareholders',
  stockholder: 'shareholders', drafting: 'legislative', markup: 'legislative', hearing: 'legislative', hearings: 'legislative',
  caucus: 'party', membership: 'members', family: 'members ("a family meeting": a group among its own members)',
  // US usage: "a congressional hearing", "the subcommittee markup", "a confirmation hearing", "the lame duck session".
  congressional: 'legislative', legislative: 'legislative', subcommittee: 'legislative', oversight: 'legislative',
  confirmation: 'legislative', impeachment: 'legislative', duck: 'legislative ("a lame-duck session")', floor: 'legislative',
  caucuses: 'party', testimony: 'legislative',
});

/** Words of a body's name that give its class ("Moore Corp Ltd": company; "Senate Budget Committee": legislature;
 * "Parliamentary Labour Party": party). Words of international bodies ("Group of Seven", "Paris Club") give none. */
const BODY_CLASSES: Record<string, string> = wordTable({
  inc: 'company', corp: 'company', corporation: 'company', co: 'company', ltd: 'company', plc: 'company', ag: 'company',
  company: 'company', motors: 'company', airlines: 'company', holdings: 'company', industries: 'company',
  party: 'party', caucus: 'party', labour: 'party', conservatives: 'party', democrats: 'party', republicans: 'party',
  gop: 'party', caucuses: 'party',
  ...Object.fromEntries(Object.keys(LEGISLATURE_WORDS).filter((w) => w !== 'caucus').map((w) => [w, 'legislature'])),
});

/** A local government's elected body ("the City Council", "Fairfax County Board of Supervisors", "the school board"):
 * its sitting is a legislative proceeding of one body, as a parliament's is (guideline rule 8). An agency named with
 * "of", "on" or "for" is not one ("the City Commission on Human Rights", "the County Board of Health"). */
const LOCAL_LEGISLATURE = /\b(?:city|county|town|borough|municipal|village|parish|school)\s+(?:council|commission|board|assembly|aldermen|supervisors|committee)\b(?!\s+(?:of|on|for)\b(?!\s+(?:supervisors|aldermen|trustees|education)\b))/i;

/** Nouns that, with "of" before a trigger noun, make it a process rather than one meeting ("months of negotiations").
 * "round" counts only for a named round ("the Uruguay round of talks"): "a new round of talks" is one meeting. */
const PROCESS_SPANS: Record<string, string> = wordTable({
  months: 'a long span', years: 'a long span', decades: 'a long span', decade: 'a long span', pace: 'a process',
  round: '"the Uruguay round of talks": a named process', series: '"a series of meetings": several events', process: 'a process',
});


const breaks = (t: Token | undefined): boolean => !!t && /[,;:()"“”]/.test(t.post);
/** A break within a noun phrase's modifiers: quotation marks stay inside it ("its “lame duck” session"). */
const splits = (t: Token | undefined): boolean => !!t && /[,;:()]/.test(t.post);
const isLower = (t: Token | undefined): boolean => !!t && /^\p{Ll}/u.test(t.text);

/** The class of a body, by the words of its name: company, party, legislature, or other. */
export function bodyClass(m: Mention): string {
  let out = 'other';
  for (const w of m.label.toLowerCase().split(/[\s-]+/)) if (BODY_CLASSES[w]) out = BODY_CLASSES[w]!;
  if (LOCAL_LEGISLATURE.test(m.label)) out = 'legislature';
  return out;
}

/**
 * Reads the frame of the trigger at tokens [a, b) of a sentence with the given mentions, whose clause starts at
 * `clauseStart`; `counterpart` tells whether the sentence names a counterpart after the noun (the body-session reading's
 * `counterpart:named`, meeting-bodies.ts); `dated` whether the article carries a date line (a wire report) or not (a
 * broadcaster's web page, whose cabinet meetings are the government's routine). Returns features (`frame:*`) and vetoes
 * (`veto:*`, see FRAME_VETOES).
 */
export function readFrame(toks: Token[], ms: Mention[], a: number, rule: TriggerRule, clauseStart: number, counterpart: boolean, dated = true): string[] {
  const f: string[] = [];
  if (!rule.noun) return f;
  const veto = (name: keyof typeof FRAME_VETOES) => {
    if (!counterpart && !f.includes(`veto:${name}`)) f.push(`veto:${name}`);
  };
  if (rule.kind === 'meeting' || rule.kind === 'conference' || rule.kind === 'summit') {
    // The kind of session the lowercase words before the noun name ("the annual general meeting", "a drafting session").
    for (let k = a - 1; k >= Math.max(0, a - 3) && isLower(toks[k]) && !splits(toks[k]); k--) {
      const c = SESSION_CLASSES[lowerWord(toks[k])];
      if (!c) continue;
      f.push(`frame:session-class:${c}`);
      veto(c === 'shareholders' ? 'shareholders-session' : 'legislative-session');
      break;
    }
    // The body whose session it is: named right before the noun and its lowercase modifiers ("the Labour Party
    // conference", "Acme's annual meeting"), or the clause's body before "its" ("the party will hold its 2031 spring
    // conference").
    let k = a - 1;
    while (k > 0 && (isLower(toks[k]) || /^\d/.test(toks[k]!.text)) && !(lowerWord(toks[k]) in DETERMINERS) && a - k <= 3 && !splits(toks[k])) k--;
    if (lowerWord(toks[k]) === "'s" || lowerWord(toks[k]) === "'") k--;
    let owner = ms.find((m) => m.kind === 'organization' && m.tokenEnd === k + 1 && !breaks(toks[k]));
    if (!owner && ['its', 'their'].includes(lowerWord(toks[k]))) owner = ms.find((m) => m.kind === 'organization' && m.tokenStart >= clauseStart && m.tokenEnd <= k);
    if (owner) {
      const c = bodyClass(owner);
      f.push(`frame:own-session:${c}`);
      if (c === 'legislature' || c === 'party') veto('legislative-session');
    }
    // The body named after "of" ("a meeting of the House Republican conference", "an emergency meeting of
    // Senate Republicans", "the meeting of the full Senate Finance Committee"): over a determiner and lowercase modifiers.
    let j = a + rule.phrase.length;
    if (lowerWord(toks[j]) === 'of' && !breaks(toks[j - 1])) {
      j++;
      while (j < toks.length && j - a <= 5 && isLower(toks[j]) && !breaks(toks[j]) && !ms.some((m) => m.tokenStart === j)) j++;
      const after = ms.find((m) => m.kind === 'organization' && m.tokenStart === j);
      // "a new session of congress", "a sitting of parliament": a legislature the text names with a lowercase noun.
      const first = a + rule.phrase.length + 1;
      const at = lowerWord(toks[first]) in DETERMINERS ? first + 1 : first;
      const lower = lowerWord(toks[at]);
      if (!after && isLower(toks[at]) && lower in LEGISLATURE_WORDS && !['house', 'diet'].includes(lower)) {
        f.push('frame:of-session:legislature-noun');
        veto('legislative-session');
      }
      if (after) {
        const c = bodyClass(after);
        f.push(`frame:of-session:${c}`);
        if (c === 'legislature' || c === 'party') veto('legislative-session');
      }
    }
  }
  // A cabinet's meeting ("following a cabinet meeting", "at today's Cabinet meeting"): one government's own session. A
  // wire report names it as an event of its state; an undated web article mostly as the routine of government.
  if (toks.slice(Math.max(0, a - 3), a).some((t) => lowerWord(t) === 'cabinet')) {
    f.push('frame:cabinet', `frame:cabinet|${dated ? 'dated' : 'undated'}`);
    if (!dated) veto('cabinet-undated');
  }
  // A press or news conference ("told a news conference", "at a press conference"): one party speaks.
  if (rule.phrase.length === 2 && (rule.phrase[0] === 'news' || rule.phrase[0] === 'press') && rule.phrase[1] === 'conference') veto('statement-setting');
  // "months of negotiations", "a series of meetings", "the Uruguay round of talks": the complement of a process noun,
  // back over the noun's lowercase modifiers and an optional determiner.
  let k = a - 1;
  while (k > 0 && a - k <= 3 && (isLower(toks[k]) || /^\p{Lu}/u.test(toks[k]!.text)) && lowerWord(toks[k]) !== 'of' && !breaks(toks[k])) k--;
  if (lowerWord(toks[k]) === 'of' && !breaks(toks[k]) && !breaks(toks[k - 1])) {
    const head = lowerWord(toks[k - 1]);
    const named = /^\p{Lu}/u.test(toks[k - 2]?.text ?? '') && !breaks(toks[k - 2]);
    if (head in PROCESS_SPANS && (head !== 'round' || named)) {
      f.push('frame:process-of');
      veto('background-process');
    }
  }
  return f;
}
