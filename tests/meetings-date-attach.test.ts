/** What a time expression modifies: the nearest head to its left within its clause, a verb of saying after it, a
 * possessive day, a "since" clause. */
import { describe, expect, it } from 'vitest';
import { dateAttachment, inSinceClause } from '../src/pipeline/meeting-date-attach.js';

/** The attachment features of `expr` in `sentence`, with `trigger` (if any) as the candidate's trigger. */
function attach(sentence: string, expr: string, trigger?: string): string[] {
  const start = sentence.indexOf(expr);
  const t = trigger === undefined ? null : { start: sentence.indexOf(trigger), end: sentence.indexOf(trigger) + trigger.length };
  return dateAttachment(sentence, 0, sentence.length, start, start + expr.length, t);
}

describe('dateAttachment', () => {
  it.each([
    ['The two ministers will hold talks in Rome on Friday.', 'Friday', 'talks', 'attach:trigger'],
    ['The envoy held talks with the premier, the agency said on Sunday.', 'Sunday', 'talks', 'attach:reporting'],
    ['The farm union today warned that the collapse of the talks would hurt growers.', 'today', 'talks', 'attach:reporting'],
    ["Growers blamed Tuesday's collapse for the slide, after the talks.", 'Tuesday', 'talks', 'attach:possessive'],
    ['Ministers ended their talks hoping to settle the dispute at a meeting in Oslo on June 3.', 'June 3', 'talks', 'attach:other-meeting'],
    ['The envoy, who arrived in Lima on Monday, began talks with the rebels.', 'Monday', 'talks', 'attach:relative-of-other'],
    ['The envoy began a tour, which runs from May 4 to 9, of the region.', 'May 4 to 9', 'tour', 'attach:relative-of-meeting'],
  ])('%s (%s)', (sentence, expr, trigger, expected) => {
    expect(attach(sentence, expr, trigger)).toContain(expected);
  });

  it('reads a meeting word of a neighbouring sentence as another meeting when indefinite, a mention when definite', () => {
    expect(attach('They hope to agree at a meeting in Paris on May 18.', 'May 18')).toContain('attach:other-meeting');
    expect(attach('The meeting in Paris ended on May 18.', 'May 18')).toContain('attach:meeting-word');
  });

  it.each([
    ["Traders stayed cautious ahead of today's meeting of the farm ministers.", 'today', 'meeting', true],
    ['Markets looked to the May 4 Lisbon economic summit for a signal.', 'May 4', 'summit', true],
    ["Last week's talks in Lima ended without a deal.", 'Last week', 'talks', true],
    ['The minister said on Monday that talks would resume.', 'Monday', 'talks', false],
    ['On Friday he met the envoy.', 'Friday', 'met', false],
    ['Prices rose in May and talks stalled.', 'May', 'talks', false],
    ['The ministers will hold talks in Rome on Friday.', 'Friday', 'talks', false],
  ])('a time that qualifies the trigger noun from before it: %s', (sentence, expr, trigger, expected) => {
    expect(attach(sentence, expr, trigger).includes('attach:premodifies-trigger')).toBe(expected);
  });

  it.each([
    ['The deal must be ready before October, when the ministers are due to meet in Oslo.', 'October', 'meet', true],
    ['The pact was signed on Monday, when the two leaders met in Lima.', 'Monday', 'met', true],
    ['The ministers met in Lima on Monday.', 'Monday', 'met', false],
    ['Prices fell in May, when rains came, and the ministers met in June.', 'May', 'met', false],
    ['Rojas said Tuesday when asked about the talks that progress was slow.', 'Tuesday', 'talks', false],
    ['Prices fell on Monday when traders feared that the summit would fail.', 'Monday', 'summit', false],
  ])('a time a "when" clause holding the trigger follows: %s', (sentence, expr, trigger, expected) => {
    expect(attach(sentence, expr, trigger).includes('attach:when-clause-of-trigger')).toBe(expected);
  });

  it('marks a time in a "since" clause', () => {
    expect(attach('He is the first envoy to visit since the embargo took effect on March 2.', 'March 2', 'visit')).toContain('attach:since-clause');
    expect(attach('He will visit Madrid on March 2.', 'March 2', 'visit')).not.toContain('attach:since-clause');
  });

  it.each([
    ['Their first meeting since November was cordial.', 'November', true],
    ['He is the first envoy to visit since the government said it would impose duties on imports on May 2.', 'May 2', true],
    ['Since the talks failed, the two sides will meet again on May 2.', 'May 2', false],
    ['The ministers will meet on May 2.', 'May 2', false],
  ])('"since" clause: %s', (sentence, expr, expected) => {
    expect(inSinceClause(sentence, 0, sentence.indexOf(expr))).toBe(expected);
  });
});
