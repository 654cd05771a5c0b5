/** Page furniture inside sentences: a news site's name cards (the name again, glued to linked headlines, ending in a
 * "MORE" link), in the shape such pages take. */
import { describe, expect, it } from 'vitest';
import { article } from './helpers/article.js';
import { blankInlineBoilerplate, inlineBoilerplate } from '../src/gazetteer/boilerplate.js';
import { extractArticle } from '../src/pipeline/extract.js';

const CARD_AFTER_NAME = 'Speaker Ada Quill Ada Marie QuillSenate passes farm bill | Quill: budget talks will go on MORE (D-Ore.) said the vote would come soon.';
const CARD_WITH_NICKNAME = 'It was reported by special counsel Tom Verlaine Thomas (Tom) Verlaine2020 hopefuls meet in Iowa Verlaine team interviews aides MORE that the inquiry had ended.';
const CARD_RUN_INTO_NAME = 'Among them was campaign adviser Piet HollanderPiet Johannes HollanderThe Morning Report: talks resume MORE and a consultant.';
const CARD_NAME_TWICE = 'She praised former Governor Ada Quill Ada Quill Verlaine: budget talks resume Five takeaways from the hearing MORE in a tweet on Monday.';
const CARD_AFTER_SUFFIX = 'She met Wade Lund Jr. Wade (Skip) Edward LundLund Jr. says he will run MORE in Denver last week.';

describe('inline page furniture: name cards', () => {
  it.each<[string, string, string]>([
    [CARD_AFTER_NAME, 'Speaker Ada Quill', '(D-Ore.) said'],
    [CARD_WITH_NICKNAME, 'counsel Tom Verlaine', 'that the inquiry'],
    [CARD_RUN_INTO_NAME, 'adviser Piet Hollander', 'and a consultant'],
    [CARD_AFTER_SUFFIX, 'She met Wade Lund Jr.', 'in Denver'],
    [CARD_NAME_TWICE, 'Governor Ada Quill', 'in a tweet'],
  ])('%s: the card between the name and the sentence goes', (text, before, after) => {
    const spans = inlineBoilerplate(text);
    expect(spans).toHaveLength(1);
    const blank = blankInlineBoilerplate(text);
    expect(blank).toHaveLength(text.length);
    expect(blank.replace(/\s+/g, ' ')).toContain(`${before} ${after}`);
    expect(blank).not.toContain('MORE');
  });

  it.each([
    'Ministers want MORE money for schools, said Ada Quill.',
    'Residents of McAllen said the McAllen Times would print MORE pages.',
    'Piet Hollander met Sam McKinley in Boise. READ MORE:',
    'WHAT HAS THE COUNCIL DONE, AND WHAT MORE CAN IT DO?',
    'The crowd chanted USA USA USA USA as the senator said: "We want MORE jobs!"',
  ])('%s: no card', (text) => {
    expect(inlineBoilerplate(text)).toEqual([]);
    expect(blankInlineBoilerplate(text)).toBe(text);
  });

  it('the sentence around a card reads as if the card were not there; offsets and evidence stay those of the article', () => {
    const text = 'Budget talks resumed in Salem.\n\nSpeaker Ada Quill Ada Marie QuillSenate passes farm bill | Quill: Tom Hale meets Lee Park on taxes MORE (D-Ore.) met Governor Bo Dunn in Salem on Monday.';
    const a = article(text, '2019-06-10');
    const x = extractArticle(a);
    const labels = x.entities.map((e) => e.label);
    expect(labels).toContain('Ada Quill');
    expect(labels.filter((l) => /Quill|Hale|Park/.test(l))).toEqual(['Ada Quill']);
    expect(x.meetings.map((m) => m.participants.map((p) => p.label).sort())).toEqual([['Ada Quill', 'Bo Dunn']]);
    for (const e of x.entities) expect(a.text.slice(e.start, e.end)).toBe(e.text);
    for (const s of x.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(x.meetings[0]!.evidence[0]!.sentence).toContain('MORE');
  });
});
