/** How a sentence presents a body's own session: the features the meeting and participant decisions see. */
import { describe, expect, it } from 'vitest';
import { article } from './helpers/article.js';
import { prepareArticle } from '../src/pipeline/extract.js';
import { extractMeetings, type RawCandidate } from '../src/pipeline/05-meetings.js';

/** The raw candidate of a trigger, and the body-session features of the named organization's entry. */
function read(text: string, trigger: string, body: string): { features: string[]; party: string[] } {
  const { doc, roles } = prepareArticle(article(text, '2005-01-05'));
  const raw: RawCandidate[] = [];
  extractMeetings(doc, roles, { raw });
  const found = raw.find((r) => r.trigger === trigger);
  expect(found, `a candidate "${trigger}"`).toBeDefined();
  const entry = found!.pool.find((e) => e.mention.label === body);
  return { features: found!.features, party: (entry?.features ?? []).filter((f) => f.startsWith('body:')) };
}

describe('meetings: a body\'s own session', () => {
  it.each<[string, string, string, string, string[]]>([
    ['the body qualifies the noun', 'Central bankers flew to Ottawa for the G7 meeting on Saturday.', 'meeting', 'Group of Seven', ['body:attributive']],
    ['a session word between body and noun', 'The ICCO executive board meeting opens in London on Monday.', 'meeting', 'International Cocoa Organization', ['body:attributive']],
    ['a meeting of the body', 'Delegates prepared a meeting of the Paris Club in the spring.', 'meeting', 'Paris Club', ['body:of']],
    ['a meeting of its members', 'Markets are watching for a meeting of energy ministers from the G8 in May.', 'meeting', 'Group of Eight', ['body:members-of']],
    ['its members as the subject', 'OPEC oil ministers met in Vienna on Tuesday.', 'met', 'Organization of Petroleum Exporting Countries', ['body:members']],
    ['talks with a named counterpart', 'The World Bank held talks with Kenya on Tuesday.', 'held talks', 'World Bank', []],
  ])('meetings: %s', (_why, text, trigger, body, want) => {
    const { features, party } = read(text, trigger, body);
    expect(party).toEqual(want);
    if (want.length) expect(features).toContain('body-session');
    else expect(features).toContain('counterpart:named');
  });

  it('meetings: the kind of session and the modality are read', () => {
    const { features } = read('The coffee council will meet in London, and its council meeting is scheduled for May.', 'meeting', 'none');
    expect(features).toContain('session-noun:council');
    const { features: f2 } = read('Coffee producers will meet in London on Friday.', 'meet', 'none');
    expect(f2).toContain('modality:future');
  });
});
