/**
 * How a sentence presents a body's own session, as features for the meeting and participant decisions. The
 * annotation counts an organization's session (an OPEC conference, a council or board meeting, a ministerial meeting
 * of the G7) as a meeting with the body as its participant; it does not count talks a body merely takes part in
 * without a counterpart, nor legislative proceedings. What tells them apart is grammar, not the body's name:
 *   - the body qualifies the meeting noun: "the G7 meeting", "a Tea Council steering committee meeting";
 *   - the meeting noun is of the body or its members: "a meeting of the Eurogroup", "meetings of G7 finance ministers",
 *     "a meeting of energy ministers from the G7";
 *   - the body's members are the subject of a meeting verb: "G7 finance ministers met", "OPEC ministers will meet";
 *   - the kind of session the noun names: "council meeting", "board session", "ministerial meeting";
 *   - whether a counterpart is named ("talks with ...", "between ... and ...") and the clause's modality.
 */
import { lowerWord, type Token } from '../nlp/tokenize.js';
import type { Mention } from './model.js';
import type { TriggerRule } from '../gazetteer/meetings.js';
import { wordTable } from '../gazetteer/normalize.js';

/** Plural nouns for the members of a body acting together. */
export const MEMBER_NOUNS: Record<string, string> = wordTable({
  ministers: '"G7 finance ministers"', leaders: '"EU leaders"', members: '"OPEC members"', delegates: '"TC delegates"',
  governors: '"central bank governors of the G10"', officials: '"IMF officials"', chiefs: '"finance chiefs"',
  representatives: '"member representatives"', heads: '"heads of government"', delegations: '"member delegations"',
});

/** Nouns naming the kind of session a body holds, right before or as the meeting noun. */
export const SESSION_NOUNS: Record<string, string> = wordTable({
  council: '"the council meeting"', board: '"an executive board meeting"', committee: '"a committee meeting"',
  ministerial: '"a ministerial meeting"', plenary: '"a plenary session"', executive: '"the executive board"',
  cabinet: '"a cabinet meeting"', assembly: '"the general assembly"', annual: '"the annual meeting"',
  regular: '"its regular meeting"', quarterly: '"a quarterly meeting"', monthly: '"its monthly meeting"',
  session: '"a council session"', sessions: '"board sessions"', extraordinary: '"an extraordinary meeting"',
  emergency: '"an emergency meeting"', special: '"a special session"', ordinary: '"an ordinary session"',
});

/** Trigger kinds that name a gathering (the kinds a body's own session is read for). */
const SESSION_KINDS = new Set(['meeting', 'conference', 'summit', 'call']);

/** Words that give a clause its modality. */
const MODALS: Record<string, string> = wordTable({
  will: 'future', would: 'conditional', could: 'conditional', might: 'conditional', may: 'conditional', should: 'conditional',
  if: 'conditional', unless: 'conditional', scheduled: 'scheduled', due: 'scheduled', expected: 'expected', plans: 'planned', planned: 'planned',
});

const lower = (t: Token | undefined): boolean => !!t && /^\p{Ll}/u.test(t.text);
const breaks = (t: Token | undefined): boolean => !!t && /[,;:()"]/.test(t.post);

export interface BodyReading {
  /** Features of the candidate as a body's session. */
  features: string[];
  /** Features of each organization of the sentence, by cluster, for the participant decision. */
  bodies: Map<number, string[]>;
}

/**
 * Reads the trigger at tokens [a, b) of a sentence with the given mentions (in token order) for a body's session.
 */
export function readBodySession(toks: Token[], ms: Mention[], a: number, b: number, rule: TriggerRule, clauseStart: number, clauseEnd: number): BodyReading {
  const features: string[] = [];
  const bodies = new Map<number, string[]>();
  // Only a gathering can be a body's session: "an IMF mission", "an OPEC delegation" are the body's envoys, who meet
  // someone else.
  const gathering = SESSION_KINDS.has(rule.kind);
  const mark = (m: Mention, kind: string) => {
    const how = gathering ? kind : `${kind}|envoys`;
    const list = bodies.get(m.cluster) ?? bodies.set(m.cluster, []).get(m.cluster)!;
    if (!list.includes(`body:${how}`)) list.push(`body:${how}`);
    if (!features.includes(`body:${how}`)) features.push(`body:${how}`, `body:${how}|${rule.kind}`);
  };
  const orgs = ms.filter((m) => m.kind === 'organization' && !m.media);
  // The body qualifies the noun: at most two lowercase or session words between them ("Tea Council board meeting").
  if (rule.noun) {
    for (const m of orgs) {
      if (m.tokenEnd > a || a - m.tokenEnd > 2) continue;
      let ok = true;
      for (let k = m.tokenEnd; k < a; k++) if (breaks(toks[k - 1]) || !(lower(toks[k]) || lowerWord(toks[k]) in SESSION_NOUNS)) ok = false;
      if (ok && !breaks(toks[a - 1]) && !/['’]s?$/.test(m.text) && lowerWord(toks[m.tokenEnd]) !== "'s") mark(m, 'attributive');
    }
    // "a meeting of (the) (20) (Nordic) farm ministers (from the G7)": "of", then a phrase up to its clause's stop.
    if (lowerWord(toks[b]) === 'of') {
      let members = false;
      for (let k = b + 1; k < Math.min(clauseEnd, b + 10); k++) {
        const at = orgs.find((m) => m.tokenStart === k);
        if (at) {
          mark(at, members ? 'members-of' : 'of');
          break;
        }
        const w = lowerWord(toks[k]);
        if (w in MEMBER_NOUNS) members = true;
        if (breaks(toks[k]) || (/^\p{Lu}/u.test(toks[k]!.text) && !ms.some((m) => m.tokenStart <= k && k < m.tokenEnd))) break;
        if (['with', 'between', 'on', 'in', 'at', 'to', 'for', 'which', 'that', 'who'].includes(w)) break;
      }
      if (members) features.push('members-of', `members-of|${rule.kind}`);
    }
  }
  // The body's members are the subject: "G7 finance ministers met", "OPEC oil ministers will meet".
  for (let k = a - 1; k >= Math.max(clauseStart, a - 6); k--) {
    if (!(lowerWord(toks[k]) in MEMBER_NOUNS)) continue;
    features.push('members-before', `members-before|${rule.noun ? 'noun' : 'verb'}`);
    for (const m of orgs) if (m.tokenEnd <= k && k - m.tokenEnd <= 2 && !breaks(toks[m.tokenEnd - 1])) mark(m, 'members');
    break;
  }
  // The kind of session: the word before the noun, or the noun itself.
  const kind = rule.noun ? [lowerWord(toks[a - 1]), ...rule.phrase].find((w) => w in SESSION_NOUNS) : undefined;
  if (kind) features.push(`session-noun:${kind}`, 'session-noun');
  // A counterpart named after "with" or between two named sides.
  let counterpart = false;
  for (let k = b; k < Math.min(clauseEnd, b + 8); k++) {
    const w = lowerWord(toks[k]);
    if (w !== 'with' && w !== 'between') continue;
    if (ms.some((m) => m.kind !== 'place' && m.tokenStart > k && m.tokenStart <= k + 4)) counterpart = true;
    break;
  }
  features.push(counterpart ? 'counterpart:named' : 'counterpart:none');
  const modality = [];
  for (let k = Math.max(clauseStart, a - 4); k < a; k++) if (MODALS[lowerWord(toks[k])]) modality.push(MODALS[lowerWord(toks[k])]!);
  features.push(`modality:${modality[modality.length - 1] ?? 'plain'}`);
  if (gathering && bodies.size && !counterpart) features.push('body-session', `body-session|${rule.kind}`);
  return { features, bodies };
}
