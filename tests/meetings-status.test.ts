/** The cues of the held-or-planned decision: the verbs and auxiliaries of the trigger's sentence, the days the sentence
 * and the next one name against the article's day, and the headline. */
import { describe, expect, it } from 'vitest';
import { article } from './helpers/article.js';
import { prepareArticle } from '../src/pipeline/extract.js';
import { extractMeetings, type RawCandidate } from '../src/pipeline/05-meetings.js';

/** The status features of a trigger of a text (article of Wednesday 5 January 2005). */
function cues(text: string, trigger: string): string[] {
  const { doc, roles } = prepareArticle(article(text, '2005-01-05'));
  const raw: RawCandidate[] = [];
  extractMeetings(doc, roles, { raw });
  const found = raw.find((r) => r.trigger === trigger);
  expect(found).toBeDefined();
  return found!.statusFeatures;
}

describe('meetings-status: cues of a planned or held meeting', () => {
  it.each<[string, string, string, string[], string[]]>([
    // The weekday is told with the expectation ("is unlikely to"): the coming Friday, whatever the tense of the report.
    ['an expectation governs the meeting', 'The Baltic Fund is unlikely to raise its fees at its board meeting on Friday.', 'meeting', ['clause-future|pre', 'span:future', 'sent-day:after'], ['clause-past|pre', 'sent-day:either']],
    ['a present of schedule', 'Trade Minister Ana Ruiz leaves on Saturday for talks with Chile.', 'talks', ['clause-schedule-present'], []],
    ['a day after the article day in the next sentence', 'Trade Minister Ana Ruiz leaves on Saturday on a trip to Chile. She will be in Santiago from January 12 to 14.', 'trip', ['next-day:after'], ['next-day:before']],
    ['a day before the article day, a past auxiliary', 'The talks between Peru and Chile were held in Lima on December 20.', 'talks', ['span:past', 'sent-day:before'], ['sent-day:after']],
    ['the expression says "next"', 'Peru and Chile agreed to resume talks next month.', 'talks', ['sent-expr:future'], ['sent-expr:past']],
    ['a passive after "be" takes the time of the word before it', 'The talks between Peru and Chile will be held in Lima.', 'talks', ['span:future'], ['span:past', 'clause-past|post']],
    ['the expression says "last"', 'Peru and Chile broke off talks last month.', 'talks', ['sent-expr:past'], ['sent-expr:future']],
    ['the meeting is awaited ("ahead of")', 'Ruiz flew to Lima ahead of her Monday meeting with the Chilean envoy.', 'meeting', ['awaited'], []],
    ['the meeting is awaited ("on the eve of")', 'Prices rose on the eve of the summit in Lima.', 'summit', ['awaited'], []],
    ['a meeting that is no awaited one', 'Ruiz flew to Lima after her meeting with the Chilean envoy.', 'meeting', [], ['awaited']],
    ['a verb after an awaited meeting is not awaited', 'Ahead of the summit Ruiz met Rojas in Lima.', 'met', [], ['awaited']],
    ['the meeting is awaited ("in the run-up to")', 'Markets rallied in the run-up to the summit in Lima.', 'summit', ['awaited'], []],
    ['any verb\'s past form before a meeting noun', 'The ministers traded accusations during a Friday meeting in Lima.', 'meeting', ['tense-before:past', 'tense-before|noun:past'], ['tense-before:modal']],
    ['a modal before a bare verb of meeting', 'Peru\'s envoy Ana Ruiz will meet Chilean officials in Lima.', 'meet', ['tense-before:modal', 'tense-before|trigger:modal|base'], ['tense-before:past']],
    ['a past form after a subject trigger', 'The talks ended without agreement in Lima.', 'talks', ['tense-after:past'], []],
    ['the trigger\'s own past form', 'Ana Ruiz met Chilean officials in Lima.', 'met', ['tense-trigger:past'], []],
    // Names before the trigger are read as a shape: what is learned is the words of time, not who was named.
    ['names before the trigger', 'Envoy Ana Ruiz will visit Lima.', 'visit', ['before:<Cap>', 'prev:will'], ['before:ruiz', 'before:ana']],
    ['a word of time that opens the sentence is no name', 'Next week Ana Ruiz will visit Lima.', 'visit', ['before:next', 'before:<Cap>'], ['before:ana']],
    ['a verb of a clause set off by commas is not the trigger\'s', 'Ana Ruiz, who will visit Japan, met Chilean officials in Lima.', 'met', ['tense-trigger:past'], ['tense-before:base', 'tense-before:modal']],
  ])('meetings-status: %s', (_why, text, trigger, present, absent) => {
    const f = cues(text, trigger);
    for (const x of present) expect(f).toContain(x);
    for (const x of absent) expect(f).not.toContain(x);
  });

  it('meetings-status: a headline that announces is a cue for the first sentences', () => {
    const f = cues('FINNISH ENVOY TO VISIT KENYA\nHELSINKI, Jan 5 - Envoy Liisa Koski will go to Kenya for talks on Monday.', 'talks');
    expect(f).toContain('headline:future');
    expect(f).not.toContain('headline:past');
  });
});
