import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/nlp/tokenize.js';
import { recognize, loadModel, MODEL_URL, type NerSpan } from '../src/ner/index.js';
import { decodeModel, tagSentence } from '../src/ner/model.js';
import { documentFeatures } from '../src/ner/features.js';
import { TITLE_SET } from '../src/ner/titles.js';

type Expected = Array<[surface: string, type: NerSpan['type']]>;

const found = (text: string): Array<[string, NerSpan['type']]> =>
  recognize(text, tokenize(text)).map((s) => [text.slice(s.start, s.end), s.type]);

/** Each expected entity must be found with exactly this span and type (other finds are not judged here). */
function expectEntities(text: string, expected: Expected): void {
  const got = found(text);
  for (const e of expected) expect(got, `${e[1]} "${e[0]}" in: ${text}`).toContainEqual(e);
}

// Written for these tests (modern news, not CoNLL-2003): names the 1996 training data never saw.
const NON_WESTERN_NAMES: Array<[string, Expected]> = [
  ['Chinese President Xi Jinping arrived in San Francisco on Tuesday.', [['Xi Jinping', 'PER'], ['San Francisco', 'LOC']]],
  ['North Korean leader Kim Jong Un welcomed Russian President Vladimir Putin to Pyongyang.', [['Kim Jong Un', 'PER'], ['Vladimir Putin', 'PER'], ['Pyongyang', 'LOC']]],
  ['Indian Prime Minister Narendra Modi spoke by phone with Brazilian President Luiz Inacio Lula da Silva.', [['Narendra Modi', 'PER'], ['Luiz Inacio Lula da Silva', 'PER']]],
  ['Saudi Crown Prince Mohammed bin Salman received Turkish President Recep Tayyip Erdogan in Riyadh.', [['Mohammed bin Salman', 'PER'], ['Recep Tayyip Erdogan', 'PER'], ['Riyadh', 'LOC']]],
  ['Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met at Camp David.', [['Fumio Kishida', 'PER'], ['Yoon Suk Yeol', 'PER']]],
  ['Vietnamese Prime Minister Pham Minh Chinh and Nigerian President Bola Ahmed Tinubu spoke by phone.', [['Pham Minh Chinh', 'PER'], ['Bola Ahmed Tinubu', 'PER']]],
  ['Mexican President Andrés Manuel López Obrador said on Monday that Pemex would invest more.', [['Andrés Manuel López Obrador', 'PER']]],
  ['Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, hosted talks in Doha.', [['Tamim bin Hamad Al Thani', 'PER'], ['Doha', 'LOC']]],
  ['Egyptian President Abdel Fattah el-Sisi met European Commission President Ursula von der Leyen in Cairo.', [['Abdel Fattah el-Sisi', 'PER'], ['European Commission', 'ORG'], ['Ursula von der Leyen', 'PER'], ['Cairo', 'LOC']]],
  ['European Commission President Ursula von der Leyen arrived in Kyiv.', [['European Commission', 'ORG'], ['Ursula von der Leyen', 'PER'], ['Kyiv', 'LOC']]],
  ['Nigerian President Bola Tinubu flew to Abuja after talks with Ghana\'s Nana Akufo-Addo.', [['Bola Tinubu', 'PER'], ['Abuja', 'LOC'], ['Ghana', 'LOC']]],
];

const TITLES_EXCLUDED: Array<[string, Expected]> = [
  ['President Joe Biden met the press at the White House.', [['Joe Biden', 'PER']]],
  ['German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin.', [['Olaf Scholz', 'PER'], ['Emmanuel Macron', 'PER'], ['Berlin', 'LOC']]],
  ['Mr. Smith and Dr. Angela Merkel attended the dinner.', [['Smith', 'PER'], ['Angela Merkel', 'PER']]],
  ["Israel's Prime Minister Benjamin Netanyahu said Hamas must release the hostages.", [['Benjamin Netanyahu', 'PER'], ['Israel', 'LOC'], ['Hamas', 'ORG']]],
  ['Secretary of State Antony Blinken landed in Cairo.', [['Antony Blinken', 'PER'], ['Cairo', 'LOC']]],
  ["Mr. Romney's numbers should rise, said Dr. Smith.", [['Romney', 'PER'], ['Smith', 'PER']]],
];

const ACRONYMS: Array<[string, Expected]> = [
  ['Statements came on Monday from NATO, the UN, OPEC and the IMF.', [['NATO', 'ORG'], ['UN', 'ORG'], ['OPEC', 'ORG'], ['IMF', 'ORG']]],
  ['NATO said on Monday it would send more troops.', [['NATO', 'ORG']]],
  ['The EU and NATO held a joint summit in Brussels.', [['EU', 'ORG'], ['NATO', 'ORG'], ['Brussels', 'LOC']]],
  ['The IMF, the World Bank and NATO issued statements.', [['IMF', 'ORG'], ['World Bank', 'ORG'], ['NATO', 'ORG']]],
];

const STATE_ABBREVIATIONS: Array<[string, Expected]> = [
  ['The US economy grew last year, US officials said.', [['US', 'LOC']]],
  ['US President Joe Biden met UK Prime Minister Rishi Sunak.', [['US', 'LOC'], ['Joe Biden', 'PER'], ['UK', 'LOC'], ['Rishi Sunak', 'PER']]],
  ['He told us the U.S. would act.', [['U.S.', 'LOC']]],
];

const LONG_ORGANIZATIONS: Array<[string, Expected]> = [
  ['The International Monetary Fund cut its forecast, the Organization of the Petroleum Exporting Countries said in Vienna.', [['International Monetary Fund', 'ORG'], ['Organization of the Petroleum Exporting Countries', 'ORG'], ['Vienna', 'LOC']]],
  ['The United Nations Security Council met in New York.', [['United Nations Security Council', 'ORG'], ['New York', 'LOC']]],
  ['The European Central Bank raised rates, said its president Christine Lagarde.', [['European Central Bank', 'ORG'], ['Christine Lagarde', 'PER']]],
];

const COMPANIES: Array<[string, Expected]> = [
  ['Microsoft said on Monday it would buy Activision Blizzard.', [['Microsoft', 'ORG'], ['Activision Blizzard', 'ORG']]],
  ['Tesla chief executive Elon Musk said SpaceX would launch from Texas.', [['Tesla', 'ORG']]],
  ['Toyota Motor Corp said on Thursday it would build a plant in Kentucky.', [['Toyota Motor Corp', 'ORG'], ['Kentucky', 'LOC']]],
];

const SPORTS_CLUBS: Array<[string, Expected]> = [
  ['Manchester United beat Real Madrid 2-1, while Bayern Munich drew with Juventus.', [['Manchester United', 'ORG'], ['Real Madrid', 'ORG'], ['Bayern Munich', 'ORG'], ['Juventus', 'ORG']]],
];

const HEADLINES: Array<[string, Expected]> = [
  ['WASHINGTON, Jan 5 (Reuters) - The Federal Reserve held rates steady on Wednesday.', [['WASHINGTON', 'LOC'], ['Reuters', 'ORG'], ['Federal Reserve', 'ORG']]],
  ['BIDEN AND XI AGREE TO RESUME MILITARY TALKS\n\nPresident Joe Biden and Chinese leader Xi Jinping agreed on Wednesday to resume military talks.', [['BIDEN', 'PER'], ['XI', 'PER'], ['Joe Biden', 'PER'], ['Xi Jinping', 'PER']]],
  ['NATO TO SEND MORE TROOPS TO KOSOVO', [['NATO', 'ORG'], ['KOSOVO', 'LOC']]],
  ['Fed Chair Powell Signals Rate Cuts as Inflation Cools\n\nFederal Reserve Chair Jerome Powell said on Wednesday the central bank could cut rates.', [['Powell', 'PER'], ['Federal Reserve', 'ORG'], ['Jerome Powell', 'PER']]],
  ['PUTIN SAYS RUSSIA WILL RESPOND', [['PUTIN', 'PER'], ['RUSSIA', 'LOC']]],
  // a headline alone: the word classes of "Biden" and "Xi" (read in Title Case) tell the names from the words
  ['BIDEN AND XI AGREE TO RESUME MILITARY TALKS', [['BIDEN', 'PER'], ['XI', 'PER']]],
];

// Names of the last decade, in sentences written for these tests: the recognizer knows them from word classes
// induced on 2012-2020 news and from gazetteers, not from its 1996 training data.
const LAST_DECADE: Array<[string, Expected]> = [
  ['Ukrainian President Volodymyr Zelenskyy asked allies for more air defence systems on Thursday.', [['Volodymyr Zelenskyy', 'PER']]],
  ['Danish Prime Minister Mette Frederiksen called an early election.', [['Mette Frederiksen', 'PER']]],
  ['Turkish President Recep Tayyip Erdoğan hosted the talks in Ankara.', [['Recep Tayyip Erdoğan', 'PER'], ['Ankara', 'LOC']]],
  ['New Zealand Prime Minister Jacinda Ardern announced a ban on semi-automatic weapons.', [['New Zealand', 'LOC'], ['Jacinda Ardern', 'PER']]],
  ['The European Central Bank left its deposit rate unchanged, and the euro fell.', [['European Central Bank', 'ORG']]],
  // a family name alone, as 2020s news spells it; the lists give "Erdogan", and "Erdoğan" is read with its letters folded
  ['Zelenskyy told lawmakers in Kyiv that the front line was holding.', [['Zelenskyy', 'PER'], ['Kyiv', 'LOC']]],
  ['Erdoğan said Turkey would not back down.', [['Erdoğan', 'PER'], ['Turkey', 'LOC']]],
  ['Erdogan met Putin in Sochi on Tuesday.', [['Erdogan', 'PER'], ['Putin', 'PER'], ['Sochi', 'LOC']]],
  ['Frederiksen said Denmark would meet its climate targets.', [['Frederiksen', 'PER'], ['Denmark', 'LOC']]],
  ['Prime Minister Jacinda Ardern visited Christchurch with Mette Frederiksen.', [['Jacinda Ardern', 'PER'], ['Christchurch', 'LOC'], ['Mette Frederiksen', 'PER']]],
  // a two-syllable given name written with a hyphen
  ['South Korean President Moon Jae-in met North Korean leader Kim Jong Un at Panmunjom.', [['Moon Jae-in', 'PER'], ['Kim Jong Un', 'PER']]],
  ['North Korean leader Kim Jong-un fired another missile, Seoul said.', [['Kim Jong-un', 'PER'], ['Seoul', 'LOC']]],
  ['Former UN Secretary-General Ban Ki-moon visited Seoul on Monday.', [['UN', 'ORG'], ['Ban Ki-moon', 'PER'], ['Seoul', 'LOC']]],
  // companies of the 2010s, from the company list
  ['TikTok, the video app owned by Beijing-based ByteDance, faces a ban in the United States.', [['TikTok', 'ORG'], ['ByteDance', 'ORG'], ['United States', 'LOC']]],
  ['SpaceX launched another batch of Starlink satellites from Cape Canaveral on Sunday.', [['SpaceX', 'ORG']]],
  ['SpaceX and Tesla are both run by Elon Musk.', [['SpaceX', 'ORG'], ['Tesla', 'ORG'], ['Elon Musk', 'PER']]],
  ['Shares of Microsoft and Nvidia rose after Google reported earnings.', [['Microsoft', 'ORG'], ['Nvidia', 'ORG'], ['Google', 'ORG']]],
  ['Nvidia said demand for its chips from Microsoft was rising.', [['Nvidia', 'ORG'], ['Microsoft', 'ORG']]],
  ['ECB President Christine Lagarde said the European Central Bank and the Bank of England would act.', [['ECB', 'ORG'], ['Christine Lagarde', 'PER'], ['European Central Bank', 'ORG'], ['Bank of England', 'ORG']]],
];

// A company of the last decade alone in a sentence, in a context that 1996 news used for places ("added X to",
// "suppliers in X", "the owner of X"): the company list is trusted on a name the 1996 training data never had.
const MODERN_COMPANIES: Array<[string, Expected]> = [
  ['Washington added Huawei to a trade blacklist, cutting the company off from American suppliers.', [['Huawei', 'ORG']]],
  ['Shares in Huawei suppliers fell after SpaceX and TikTok announced new deals.', [['Huawei', 'ORG'], ['SpaceX', 'ORG'], ['TikTok', 'ORG']]],
  ['ByteDance, the owner of TikTok, hired bankers for a listing in Hong Kong.', [['ByteDance', 'ORG'], ['TikTok', 'ORG'], ['Hong Kong', 'LOC']]],
  ['Regulators in Brussels fined Huawei and questioned executives of ByteDance.', [['Brussels', 'LOC'], ['Huawei', 'ORG'], ['ByteDance', 'ORG']]],
  ['The deal gave Snapchat access to suppliers in Shenzhen.', [['Snapchat', 'ORG'], ['Shenzhen', 'LOC']]],
];

// A romanized two-syllable given name after a one-syllable family name is a person's name, whatever the first
// syllable reads as alone ("Park").
const HYPHENATED_GIVEN_NAMES: Array<[string, Expected]> = [
  ['Park Geun-hye was removed from office in 2017.', [['Park Geun-hye', 'PER']]],
  ['Park Geun-hye and Lee Myung-bak were both jailed.', [['Park Geun-hye', 'PER'], ['Lee Myung-bak', 'PER']]],
  ['Yoon Suk-yeol won the election in Seoul.', [['Yoon Suk-yeol', 'PER'], ['Seoul', 'LOC']]],
];

// Titles of office before names in a list: "<office> of <department>" names the office, and the name after it is a
// person's; an acronym before a title is an organization.
const OFFICE_TITLES: Array<[string, Expected]> = [
  ['He will meet Secretary of State Antony Blinken and Treasury Secretary Janet Yellen.', [['Antony Blinken', 'PER'], ['Janet Yellen', 'PER']]],
  ['She met Secretary of State Mike Pompeo and Treasury Secretary Steven Mnuchin on Monday.', [['Mike Pompeo', 'PER'], ['Steven Mnuchin', 'PER']]],
  ['NATO Secretary-General Jens Stoltenberg arrived in Vilnius.', [['NATO', 'ORG'], ['Jens Stoltenberg', 'PER'], ['Vilnius', 'LOC']]],
  ['EU foreign policy chief Josep Borrell met Chinese Foreign Minister Wang Yi.', [['EU', 'ORG'], ['Josep Borrell', 'PER'], ['Wang Yi', 'PER']]],
];

/** Known weaknesses, kept as expected failures: when one starts passing, vitest says so and it moves up. */
const KNOWN_LIMITATIONS: Array<[string, Expected]> = [
  // An acronym at the start of a sentence, before a hyphenated title and a name: the model reads the acronym into the
  // person's span and the title trim takes it away ("NATO Secretary-General Jens Stoltenberg" is right).
  ['UN Secretary-General Antonio Guterres spoke in Geneva.', [['UN', 'ORG'], ['Antonio Guterres', 'PER'], ['Geneva', 'LOC']]],
  // A romanized given name whose second syllable has five letters ("myung"): a syllable that long is as often an
  // ordinary word making a compound ("Kong-based"), so the name is cut at the hyphen.
  ['Yoon Suk-yeol won the election, defeating Lee Jae-myung.', [['Yoon Suk-yeol', 'PER'], ['Lee Jae-myung', 'PER']]],
  // A company missing from the company list, in an apposition with no company word around it: read as a place.
  ['Alibaba, the parent of Taobao, reported higher profits.', [['Alibaba', 'ORG'], ['Taobao', 'ORG']]],
];

const TABLES: Array<[string, Array<[string, Expected]>]> = [
  ['non-Western names', NON_WESTERN_NAMES],
  ['names of the last decade', LAST_DECADE],
  ['titles stay out of names', TITLES_EXCLUDED],
  ['acronyms', ACRONYMS],
  ['state abbreviations', STATE_ABBREVIATIONS],
  ['long organization names', LONG_ORGANIZATIONS],
  ['companies', COMPANIES],
  ['sports clubs', SPORTS_CLUBS],
  ['ALL-CAPS headlines', HEADLINES],
  ['companies of the last decade', MODERN_COMPANIES],
  ['hyphenated given names', HYPHENATED_GIVEN_NAMES],
  ['titles of office', OFFICE_TITLES],
];

/** Spans are ordered, disjoint, non-empty and inside the text. */
function expectOrderedInside(text: string, spans: Array<{ start: number; end: number }>): void {
  let last = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    last = s.end;
  }
}

describe('ner: recognize', () => {
  for (const [name, table] of TABLES) {
    describe(name, () => {
      it.each(table)('ner: %s', (text, expected) => expectEntities(text, expected));
    });
  }

  describe('known limitations', () => {
    it.fails.each(KNOWN_LIMITATIONS)('ner: %s', (text, expected) => expectEntities(text, expected));
  });

  it.each([
    'BIDEN AND XI AGREE TO RESUME MILITARY TALKS\n\nPresident Joe Biden and Chinese leader Xi Jinping agreed on Wednesday to resume military talks.',
    'Biden and Xi Agree to Resume Military Talks\n\nPresident Joe Biden and Chinese leader Xi Jinping agreed on Wednesday to resume military talks.',
  ])('ner: common words in a headline are not entities: %s', (text) => {
    for (const [surface] of found(text)) expect(surface).not.toMatch(/\b(AGREE|RESUME|MILITARY|TALKS|Agree|Resume|Military|Talks)\b/);
  });

  it.each([
    'U.S. Officials said the U.S. And Canada would resume talks next week. Trade officials in Ottawa agreed.',
    'U.S. Officials said on Monday that a U.S. Position on rice would be set. The officials said the position was firm.',
  ])('ner: in copy that capitalizes every word after an abbreviation, an ordinary word there is no name: %s', (text) => {
    const surfaces = found(text).map(([s]) => s);
    for (const s of surfaces) expect(s).not.toMatch(/Officials|Position|And/);
    expect(surfaces).toContain('U.S.');
  });

  it.each([
    ['U.S. Steel said on Monday that the U.S. And Japan had approved the deal.', 'U.S. Steel'],
    ['U.S. Officials met Japanese officials, and U.S. Trade Representative Clayton Yeutter met Nakasone.', 'Clayton Yeutter'],
  ])('ner: in such copy, a name after an abbreviation is still read: %s', (text, name) => {
    expect(found(text).map(([s]) => s)).toContain(name);
  });

  it('ner: a person\'s name wrapped over a line break of running text is one name; names one per line stay apart', () => {
    const wrapped = 'Mr Sato told a press conference on Monday that Prime Minister Yasuhiro\nNakasone is unlikely to take the package to Washington.';
    expect(found(wrapped).filter(([, t]) => t === 'PER').map(([s]) => s.replace(/\s+/g, ' '))).toContain('Yasuhiro Nakasone');
    const long = 'The meeting was attended by Treasury Secretary James Baker, said John Smith\nMary Jones was also present at the meeting in Paris on Sunday.';
    const people = found(long).filter(([, t]) => t === 'PER').map(([s]) => s);
    expect(people).toContain('John Smith');
    expect(people).toContain('Mary Jones');
    const list = 'Members:\nJohn Smith\nMary Jones\nPeter Brown\n';
    expect(found(list).filter(([, t]) => t === 'PER').map(([s]) => s)).toEqual(['John Smith', 'Mary Jones', 'Peter Brown']);
  });

  it.each([
    'The Bush-era tax cuts expire this year, and the Biden-led coalition wants more.',
    'Jim Crow-era laws were passed across the South, Moon Jae-in said.',
  ])('ner: a word that makes a compound of a name after a hyphen is no part of it: %s', (text) => {
    const surfaces = found(text).map(([s]) => s);
    for (const s of surfaces) expect(s).not.toMatch(/-(era|led)$/);
    if (text.includes('Jae-in')) expect(surfaces).toContain('Moon Jae-in');
  });

  it.each<[string, Expected]>([
    ['Officials blamed al-Qaeda for the bombing of the pipeline.', [['al-Qaeda', 'ORG']]],
    ['Prosecutors said the two men had trained with al-Qaida in Yemen.', [['al-Qaida', 'ORG']]],
  ])('ner: the Arabic article that starts a name is part of it: %s', (text, expected) => expectEntities(text, expected));

  it('ner: spans are trimmed: no surrounding punctuation or space, no leading title on a person', () => {
    const text = 'Former President Barack Obama ("the 44th president") met Mr. Kim, Dr. Jane Goodall and "Greenpeace" in Paris. Reuters\'s reporters (Reuters) saw it, as did the government\'s Cabinet Office.';
    const spans = recognize(text, tokenize(text));
    expect(spans.length).toBeGreaterThan(3);
    for (const s of spans) {
      const surface = text.slice(s.start, s.end);
      expect(surface).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}.]$|^[\p{L}\p{N}]$/u);
      expect(surface).not.toMatch(/^\p{Ll}+[\s-]/u); // no lowercase word in front ("s Cabinet Office")
      if (s.type === 'PER') expect(TITLE_SET.has(surface.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, ''))).toBe(false);
    }
  });

  it('ner: every span has a score in [0, 1), higher for a clear name than for a guess', () => {
    const text = 'President Joe Biden met the Qwertz Zuiop delegation.';
    const spans = recognize(text, tokenize(text));
    for (const s of spans) expect(s.score).toBeGreaterThanOrEqual(0), expect(s.score).toBeLessThan(1);
    const biden = spans.find((s) => text.slice(s.start, s.end) === 'Joe Biden');
    expect(biden?.score).toBeGreaterThan(0.8);
  });

  it('ner: spans are in order and within the text', () => {
    const text = 'Kim Jong Un met Moon Jae-in at Panmunjom. Later, Donald Trump joined them.';
    expectOrderedInside(text, recognize(text, tokenize(text)));
  });

  it.each([[''], ['   \n\n  '], ['🙂 🇺🇦 ‮ \u0000 \ud800'], ['Ünïcödé Çafé in São Paulo met 習近平 and Владимир Путин.'], ['....'], ['A'.repeat(5000)]])(
    'ner: never throws on odd input %#',
    (text) => {
      const spans = recognize(text, tokenize(text));
      for (const s of spans) expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
    },
  );
});

describe('ner: properties', () => {
  const names = ['Xi', 'Jinping', 'NATO', 'Putin', 'U.S.', 'Kim', "O'Neill", 'São', 'Paulo', 'Ünal', 'Mr.', 'President', 'Inc.'];
  const word = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...names, 'the', 'and', 'of', 'said', 'met', 'in', "'s", '’s', '--', '/', '"', '(', ')') },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,9}$/) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
  );
  const newsy = fc
    .array(fc.tuple(word, fc.constantFrom(' ', ' ', ', ', '. ', '\n', '\n\n', '', '-')), { maxLength: 80 })
    .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
  const anyText = fc.oneof(newsy, fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }));

  it('ner: on any text, spans are ordered, disjoint, inside the text and start and end on a letter or digit', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const spans = recognize(text, tokenize(text));
        expectOrderedInside(text, spans);
        for (const s of spans) {
          const surface = text.slice(s.start, s.end);
          expect(surface).toMatch(/^[\p{L}\p{N}]/u);
          expect(surface).toMatch(/[\p{L}\p{N}.]$/u);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});

describe('ner: model', () => {
  it('ner: loading and recognising are deterministic', () => {
    const text = 'UKRAINE TALKS\n\nUkrainian President Volodymyr Zelenskiy met NATO chief Jens Stoltenberg in Kyiv on Friday, Reuters reported.';
    const sentences = tokenize(text);
    const first = recognize(text, sentences);
    expect(recognize(text, sentences)).toEqual(first);
    // a second, independent load of the shipped file tags the same
    const fresh = decodeModel(fs.readFileSync(MODEL_URL));
    const shipped = loadModel();
    for (const f of documentFeatures(text, sentences)) expect(Array.from(tagSentence(fresh, f))).toEqual(Array.from(tagSentence(shipped, f)));
    expect(first.length).toBeGreaterThan(0);
  });

  it('ner: the shipped model was trained with the gazetteer in use (else: npm run train-ner)', async () => {
    const { gazetteerFingerprint } = await import('../src/ner/gazetteer.js');
    expect(gazetteerFingerprint(), 'compromise lexicon, world-countries or src/ner/gazetteer.ts changed: retrain').toBe(loadModel().gazetteer);
  });

  it('ner: the shipped model is compact and loads quickly', () => {
    expect(fs.statSync(MODEL_URL).size).toBeLessThan(20e6);
    const t = performance.now();
    decodeModel(fs.readFileSync(MODEL_URL));
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('ner: a corrupt model file is refused with ModelFormatError', async () => {
    const { gzipSync } = await import('node:zlib');
    const { ModelFormatError } = await import('../src/ner/model.js');
    expect(() => decodeModel(gzipSync(Buffer.from('not a model at all, clearly')))).toThrow(ModelFormatError);
  });
});

describe('ner: document consistency', () => {
  it('ner: a name outvoted by its surer readings elsewhere in the document takes their type', async () => {
    const { voteTypes } = await import('../src/ner/consistency.js');
    const text = 'Mette Frederiksen spoke. Frederiksen left. Frederiksen won.';
    const at = (s: string, from = 0): number => text.indexOf(s, from);
    const spans: NerSpan[] = [
      { start: 0, end: 17, type: 'PER', score: 0.95 },
      { start: at('Frederiksen left'), end: at('Frederiksen left') + 11, type: 'ORG', score: 0.3 },
      { start: at('Frederiksen won'), end: at('Frederiksen won') + 11, type: 'ORG', score: 0.2 },
    ];
    expect(voteTypes(text, spans)).toBe(2);
    expect(spans.map((s) => s.type)).toEqual(['PER', 'PER', 'PER']);
  });

  it('ner: a sure reading is not overturned by weaker ones, and different names do not vote for each other', async () => {
    const { voteTypes } = await import('../src/ner/consistency.js');
    const text = 'Jordan beat Chile. Jordan said. Chile won.';
    const spans: NerSpan[] = [
      { start: 0, end: 6, type: 'LOC', score: 0.9 },
      { start: 12, end: 17, type: 'LOC', score: 0.9 },
      { start: 19, end: 25, type: 'PER', score: 0.4 },
      { start: 32, end: 37, type: 'ORG', score: 0.95 },
    ];
    voteTypes(text, spans);
    expect(spans.map((s) => s.type)).toEqual(['LOC', 'ORG', 'LOC', 'ORG']);
  });

  it('ner: a name used as the first part of a compound adjective has no say in the type of its other mentions', async () => {
    const { voteTypes } = await import('../src/ner/consistency.js');
    const text = 'The Veltra said it met envoys. The Veltra-led council rejected it.';
    const at = (s: string): number => text.indexOf(s);
    const spans: NerSpan[] = [
      { start: at('Veltra said'), end: at('Veltra said') + 6, type: 'ORG', score: 0.9 },
      { start: at('Veltra-led'), end: at('Veltra-led') + 6, type: 'MISC', score: 0.99 },
    ];
    voteTypes(text, spans);
    expect(spans[0]!.type).toBe('ORG');
  });
});

describe('ner: a person\'s name before administration, era, presidency, campaign', () => {
  const spansOf = (text: string, readings: Array<[string, NerSpan['type']]>): NerSpan[] => {
    const out: NerSpan[] = [];
    for (const [s, type] of readings) for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push({ start: i, end: i + s.length, type, score: 0.9 });
    return out.sort((a, b) => a.start - b.start);
  };
  it.each<[string, string, Array<[string, NerSpan['type']]>]>([
    ['an administration', 'Halvorsen spoke at noon. Halvorsen left early. The Halvorsen administration cut taxes.', [['The Halvorsen', 'ORG'], ['Halvorsen', 'LOC']]],
    ['an era', 'Critics of Quillmore say the Quillmore era ended. Quillmore lied, they said.', [['Quillmore', 'LOC']]],
    ['a campaign, with a possessive', "Okafor's campaign raised funds, and Okafor won Iowa.", [['Okafor', 'ORG']]],
  ])('ner: %s makes every reading of the name a person', async (_why, text, readings) => {
    const { voteTypes } = await import('../src/ner/consistency.js');
    const spans = spansOf(text, readings);
    voteTypes(text, spans);
    expect(spans.map((s) => s.type)).toEqual(spans.map(() => 'PER'));
  });

  it.each<[string, string, NerSpan['type']]>([
    ['a region', 'Volunteers of the Ohio campaign met in Ohio.', 'LOC'],
    ['a company', 'A Facebook campaign urged users to leave Facebook.', 'ORG'],
    ['an ordinary word', 'Under a Republican presidency the Republican share grew.', 'ORG'],
    ['a party adjective read as MISC', 'Under a Republican presidency the Republican share grew.', 'MISC'],
  ])('ner: a name the gazetteer knows as %s keeps its type', async (_why, text, type) => {
    const { voteTypes } = await import('../src/ner/consistency.js');
    const name = text.match(/(Ohio|Facebook|Republican)/)![1]!;
    const spans = spansOf(text, [[name, type]]);
    voteTypes(text, spans);
    expect(spans.map((s) => s.type)).toEqual([type, type]);
  });
});

describe('ner: word classes', () => {
  it('ner: a frequent word has a class path of three levels; case falls back to Title Case and lower case', async () => {
    const { clusterOf } = await import('../src/ner/clusters.js');
    const c = clusterOf('Huawei');
    expect(c).toHaveLength(3);
    expect(c![2]!.startsWith(c![1]! + '.')).toBe(true);
    expect(clusterOf('HUAWEI')).toEqual(c);
    expect(clusterOf('Senate')).toBeDefined();
    expect(clusterOf('Qzxwvtplk')).toBeUndefined();
  });
});

describe('ner: a place name that names a club or a company', () => {
  const spansOf = (text: string, readings: Array<[string, NerSpan['type']]>): NerSpan[] => {
    const out: NerSpan[] = [];
    for (const [s, type] of readings) for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push({ start: i, end: i + s.length, type, score: 0.9 });
    return out.sort((a, b) => a.start - b.start);
  };
  const typesAfterVote = async (text: string, readings: Array<[string, NerSpan['type']]>): Promise<string[]> => {
    const { voteTypes } = await import('../src/ner/consistency.js');
    const spans = spansOf(text, readings);
    voteTypes(text, spans);
    return spans.map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
  };
  it.each<[string, string, Array<[string, NerSpan['type']]>, string[]]>([
    ['sides of a result in a match report', 'Wrexham beat Chester 2-1 in the league match on Saturday. Wrexham scored twice after the break and Chester never found a goal.',
      [['Wrexham', 'LOC'], ['Chester', 'LOC']], ['Wrexham/ORG', 'Chester/ORG', 'Wrexham/ORG', 'Chester/ORG']],
    ['sides of results rows', 'Second division results on Saturday:\nWrexham 2 Chester 1\nStockport 0 Bury 3\n',
      [['Wrexham', 'LOC'], ['Chester', 'LOC'], ['Stockport', 'LOC'], ['Bury', 'ORG']], ['Wrexham/ORG', 'Chester/ORG', 'Stockport/ORG', 'Bury/ORG']],
    ['a club fielding a player', 'The goal came early in the second half at the cup tie. Chester defender Tom Hale was sent off and Chester lost the replay.',
      [['Chester', 'LOC'], ['Tom Hale', 'PER']], ['Chester/ORG', 'Tom Hale/PER', 'Chester/ORG']],
    ['a dateline and a venue stay the place', 'CHESTER 2024-05-04\nWrexham beat Chester 2-1 in the league match in Chester on Saturday. The goal came late.',
      [['CHESTER', 'LOC'], ['Chester', 'LOC'], ['Wrexham', 'LOC']], ['CHESTER/LOC', 'Wrexham/ORG', 'Chester/ORG', 'Chester/LOC']],
    ['a country stays a country: national teams are their countries', 'Italy beat Norway 2-1 in the World Cup match. The only goal of the first half came from a penalty.',
      [['Italy', 'LOC'], ['Norway', 'LOC']], ['Italy/LOC', 'Norway/LOC']],
    ['no sport, no club', 'Chester council said the Chester flood defences had failed. Residents of Chester won a court case against the council.',
      [['Chester', 'LOC']], ['Chester/LOC', 'Chester/LOC', 'Chester/LOC']],
    ['a company named by its shares and officers', 'Investors bought 20 percent of Talvora \'s shares. The general manager of Talvora resigned, and Talvora moved from Oslo to Bergen.',
      [['Talvora', 'LOC'], ['Oslo', 'LOC'], ['Bergen', 'LOC']], ['Talvora/ORG', 'Talvora/ORG', 'Talvora/ORG', 'Oslo/LOC', 'Bergen/LOC']],
    ['an armed group named by its fighters, its attacks and its recruits', 'Zarvani State fighters seized the road. Zarvani State claimed the attack on Monday, and two brothers joined the Zarvani State last year.',
      [['Zarvani State', 'LOC']], ['Zarvani State/ORG', 'Zarvani State/ORG', 'Zarvani State/ORG']],
    ['an armed group fought, and its remnants', 'The villages were freed from Zarvani State last year. Remnants of Zarvani State fled, and the war against Zarvani State went on.',
      [['Zarvani State', 'LOC']], ['Zarvani State/ORG', 'Zarvani State/ORG', 'Zarvani State/ORG']],
    ['a person\'s possessive after "members of" is no group', 'Forty members of Nyla Orrin\'s family met in Ohio. Nyla Orrin spoke first.',
      [['Nyla Orrin', 'LOC']], ['Nyla Orrin/LOC', 'Nyla Orrin/LOC']],
    ['a place the gazetteer knows stays a place among an armed group\'s words', 'Fighters crossed into Aleppo on Monday. Aleppo militants said the war against Aleppo was over.',
      [['Aleppo', 'LOC']], ['Aleppo/LOC', 'Aleppo/LOC', 'Aleppo/LOC']],
    ['a town is no company by a share price alone', 'Shares in Oslo fell on Monday, and Oslo \'s shares index closed lower.',
      [['Oslo', 'LOC']], ['Oslo/LOC', 'Oslo/LOC']],
    ['a row of a standings table reads as its table', 'Standings:\nHAWKS 70 63 .526\nWOLVES 69 65 .515\nTORONTO 63 71 .470\nBEARS 48 86 .358\nGames at TORONTO on Sunday.',
      [['HAWKS', 'ORG'], ['WOLVES', 'ORG'], ['TORONTO', 'LOC'], ['BEARS', 'ORG']], ['HAWKS/ORG', 'WOLVES/ORG', 'TORONTO/ORG', 'BEARS/ORG', 'TORONTO/LOC']],
    ['a table of places keeps its places', 'Temperatures:\nOslo 12 8\nBergen 10 6\nTromso 4 1\n',
      [['Oslo', 'LOC'], ['Bergen', 'ORG'], ['Tromso', 'LOC']], ['Oslo/LOC', 'Bergen/LOC', 'Tromso/LOC']],
  ])('ner: %s', async (_why, text, readings, expected) => {
    expect(await typesAfterVote(text, readings)).toEqual(expected);
  });
});
