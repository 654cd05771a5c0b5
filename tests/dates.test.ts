/** Date resolution against the reference day, tense-aware: tables of [text, reference, tense, expected]. */
import { describe, expect, it } from 'vitest';
import { clauseTense, datelineDay, datelineSpan, findDates, statedYears } from '../src/pipeline/dates.js';

// 2022-12-22 is a Thursday.
const REF = '2022-12-22';

describe('dates: weekdays follow the tense', () => {
  it.each([
    ['they met on Tuesday', 'past', '2022-12-20'],
    ['they met on Thursday', 'past', '2022-12-22'],
    ['they met on Friday', 'past', '2022-12-16'],
    ['they will meet on Tuesday', 'future', '2022-12-27'],
    ['they will meet on Friday', 'future', '2022-12-23'],
    ['they will meet next Tuesday', 'future', '2022-12-27'],
    ['they met last Thursday', 'past', '2022-12-15'],
    ['negotiators will reconvene Friday at 0900 GMT', 'future', '2022-12-23'],
  ] as const)('dates: %s (%s) → %s', (text, tense, expected) => {
    expect(findDates(text, REF, tense)[0]?.date).toBe(expected);
  });
});

describe('dates: a weekday takes the tense of the verb it is told with, whatever the tense of the report', () => {
  it.each([
    ['Shares on Tuesday closed lower across the region.', 'future', '2022-12-20'],
    ['On Monday, the two governors signed a water pact.', 'future', '2022-12-19'],
    ['The regulator fined the airline on Monday for late refunds.', 'future', '2022-12-19'],
    ['The proposed vote on Friday was called off.', 'future', '2022-12-16'],
    ['The envoys will sign the accord on Tuesday.', 'past', '2022-12-27'],
    ["The council won't decide on Friday.", 'past', '2022-12-23'],
    ['The union is expected to vote on Monday.', 'past', '2022-12-26'],
    ['The panel is unlikely to change its stance at its session on Tuesday.', 'past', '2022-12-27'],
    // A compound or adverb-led adjective is no verb: the verb of the clause decides.
    ['The governors will hold a long-awaited summit on Friday.', 'past', '2022-12-23'],
    ['The mayors will attend a U.N.-backed forum on Tuesday.', 'past', '2022-12-27'],
    ['They will hold a hastily arranged meeting on Friday.', 'past', '2022-12-23'],
    ['Talks will indeed resume on Friday.', 'past', '2022-12-23'],
    ['The long-awaited summit on Friday will test the truce.', 'past', '2022-12-23'],
    ['A hastily arranged meeting on Tuesday ended without a deal.', 'future', '2022-12-20'],
  ] as const)('dates: %s (report %s) → %s', (text, tense, expected) => {
    expect(findDates(text, REF, tense)[0]?.date).toBe(expected);
  });

  // A verb group that tells no direction of its own leaves the tense of the report to decide.
  it.each([
    ['A session scheduled for Friday may be delayed.', '2022-12-16', '2022-12-23'],
    ['The board agreed to meet on Monday.', '2022-12-19', '2022-12-26'],
    ['Talks were scheduled to resume on Friday.', '2022-12-16', '2022-12-23'],
    ['A vote was expected on Friday.', '2022-12-16', '2022-12-23'],
    ['The hearing had been planned for Friday.', '2022-12-16', '2022-12-23'],
  ] as const)('dates: %s → past %s, future %s', (text, past, future) => {
    expect(findDates(text, REF, 'past')[0]?.date).toBe(past);
    expect(findDates(text, REF, 'future')[0]?.date).toBe(future);
  });

  // "May" is read apart from the other months (it is also a modal verb) but by the same tense of its verb.
  it.each([
    ['The ministers met in May to discuss prices.', 'past', '2022-05'],
    ['The ministers met in August to discuss prices.', 'past', '2022-08'],
    ['The ministers will meet in May.', 'past', '2023-05'],
    ['The ministers will meet again next May.', 'past', '2023-05'],
    ['The ministers met last May.', 'future', '2022-05'],
  ] as const)('dates: %s (report of April, %s) → %s', (text, tense, expected) => {
    expect(findDates(text, '2023-04-10', tense)[0]?.date).toBe(expected);
  });

  it('dates: the tense is read within the clause of the expression', () => {
    const text = 'The mayor resigned, and the council will elect a successor on Friday.';
    const at = text.indexOf('on Friday');
    expect(clauseTense(text, at, at + 9)).toBe('future');
    const text2 = 'Officials who will attend the forum arrived on Sunday.';
    const at2 = text2.indexOf('on Sunday');
    expect(clauseTense(text2, at2, at2 + 9)).toBe('past');
  });
});

describe('dates: explicit days, ordinals, months, ranges', () => {
  it.each([
    ['visited China on December 21', 'past', REF, '2022-12-21'],
    ['met on Wednesday, December 21, to deliver', 'past', REF, '2022-12-21'],
    ['On the 21st, Putin said', 'past', REF, '2022-12-21'],
    ['on the 28th they met', 'past', REF, '2022-11-28'],
    ['at its two-day February 10-11 session', 'past', '1987-04-03', '1987-02-10'],
    ['the summit on June 1-5', 'future', '1987-04-03', '1987-06-01'],
    ['when the board last gathered in mid-December', 'past', '1987-04-03', '1986-12'],
    ['talks in March', 'future', '2022-12-22', '2023-03'],
    ['talks earlier this month', 'past', REF, '2022-12'],
    ['the December 1986 conference', 'past', '1987-06-16', '1986-12'],
    ['they met yesterday', 'past', REF, '2022-12-21'],
    ['on March 3, 2021 they met', 'past', REF, '2021-03-03'],
    ['delegates prepared the May 14 session', 'past', '2019-05-02', '2019-05-14'],
    ['the ministers met on January 3', 'past', '2019-01-05', '2019-01-03'],
    ['the envoys met on December 30', 'past', '2019-01-04', '2018-12-30'],
    ['the forum is set for October 8/9 in Oslo', 'future', '2019-09-20', '2019-10-08'],
    ['the negotiators met late yesterday', 'past', REF, '2022-12-21'],
    ['the two met last November', 'past', '2019-05-02', '2018-11'],
    ['the two met last April', 'past', '2019-05-02', '2019-04'],
    ['they will meet next March', 'future', '2019-03-02', '2020-03'],
    ['the round which ended on Friday', 'past', REF, '2022-12-16'],
    ['the envoys conferred the day before yesterday', 'past', REF, '2022-12-20'],
    ['the envoys confer again the day after tomorrow', 'future', REF, '2022-12-24'],
  ] as const)('dates: %s (%s, ref %s) → %s', (text, tense, ref, expected) => {
    expect(findDates(text, ref, tense)[0]?.date).toBe(expected);
  });
});

describe('dates: expressions that name no day', () => {
  it.each([
    ['they met last week', 'past'],
    ['they will meet next week', 'future'],
    ['talks this weekend', 'future'],
  ] as const)('dates: %s → null', (text, tense) => {
    const found = findDates(text, REF, tense);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.date).toBeNull();
  });

  it('dates: without a reference day only absolute dates resolve', () => {
    expect(findDates('they met on Tuesday', null, 'past')[0]?.date ?? null).toBeNull();
    expect(findDates('they met on December 21, 2022', null, 'past')[0]?.date).toBe('2022-12-21');
  });
});

describe('dates: datelines', () => {
  it.each([
    ['UAW STRIKES GM PLANT\nPONTIAC, Mich., March 26 - The union struck', '1987-03-26', '1987-03-26'],
    ['TOKYO, June 16 - Officials said', '1987-06-15', '1987-06-16'],
    ['No dateline here at all.', '1987-06-15', null],
    ['GENEVA, May 4, 1990 - Ministers met', null, '1990-05-04'],
    ['GENEVA, May 4, 1990 (Reuters) - Ministers met', '1990-05-07', '1990-05-04'],
    ['GENEVA, Feb 30, 1990 - Ministers met', null, null],
    ['GENEVA, May 4 - Ministers met', null, null],
  ] as const)('dates: dateline of %j (article %s) → %s', (text, date, expected) => {
    expect(datelineDay(text, 0, date)).toBe(expected);
  });
});

describe('dates: ordinals that qualify a noun name no day', () => {
  it.each(['the group held its 20th annual meeting', 'a 3rd round of talks opened', 'the 12th session of the council'])('dates: %s', (text) => {
    expect(findDates(text, REF, 'past')).toEqual([]);
  });
});

describe('dates: a month that heads the name of an event names no month', () => {
  it.each(['the governor will attend the March for Life on the Mall', 'she walked in the March on Washington', 'a gift to the March of Dimes', 'crowds at the annual March for Life', "this year's March for Life drew crowds"])('dates: %s', (text) => {
    expect(findDates(text, REF, 'future').map((e) => e.text)).toEqual([]);
  });
  it.each([
    ['the March meeting of the council was cancelled', 'March'],
    ['ministers met in March on the island', 'March'],
  ])('dates: %s keeps its month', (text, month) => {
    expect(findDates(text, REF, 'past').map((e) => e.text)).toEqual([month]);
  });
});

describe('dates: parts of the reference day', () => {
  it.each([
    ['the minister resigned during a meeting with the president this afternoon', 'past'],
    ['the envoys met again this morning with the lenders', 'past'],
    ['the two leaders will dine together this evening', 'future'],
  ] as const)('dates: %s → the reference day', (text, tense) => {
    expect(findDates(text, REF, tense).map((e) => e.date)).toEqual([REF]);
  });
});

describe('dates: spans and counts that name no day', () => {
  it.each([
    ['Following long hours of meetings with the farm minister, he briefed journalists', 'past'],
    ['the ministers met two days before the summit', 'past'],
    ['yields have risen over the past few weeks', 'past'],
    ['exports climbed 300 million euros over the last two months', 'past'],
  ] as const)('dates: %s → no date', (text, tense) => {
    expect(findDates(text, REF, tense).filter((e) => e.date)).toEqual([]);
  });

  it('dates: a count of days from the reference day is a date', () => {
    expect(findDates('the envoys will return in three days', REF, 'future')[0]?.date).toBe('2022-12-25');
    expect(findDates('the envoys met two days ago', REF, 'past')[0]?.date).toBe('2022-12-20');
    // Counted back in months, only the month is known; in years or centuries, not even that.
    expect(findDates('the envoys met three months ago', REF, 'past').map((d) => d.date)).toEqual(['2022-09']);
    expect(findDates('the last pilgrim left for Rome 700 years ago', REF, 'past').every((d) => d.date === null)).toBe(true);
    expect(findDates('the two met two years ago', REF, 'past').every((d) => d.date === null)).toBe(true);
  });
});

describe('dates: a counted unit of time is written whole', () => {
  it.each(['dealers in the money market expect lower rates', 'liquidity in a money market fund rose'])('dates: %s → no date', (text) => {
    expect(findDates(text, REF, 'past')).toEqual([]);
  });

  it('dates: "in a month" is still a month', () => {
    expect(findDates('the envoys will return in a month', REF, 'future')[0]?.date).toBe('2023-01');
  });
});

describe('dates: fractions are no days', () => {
  it.each(['a premium of 5/8 pct above Libor', 'the bond rose 1-1/8 points', 'a spread of 3/4 percent'])('dates: %s → no date', (text) => {
    expect(findDates(text, REF, 'past')).toEqual([]);
  });

  it('dates: a day written with a slash is still a day', () => {
    expect(findDates('the forum is set for October 8/9 in Oslo', '2019-09-20', 'future')[0]?.date).toBe('2019-10-08');
  });
});

describe('dates: a part of a month names the month, no day', () => {
  it.each([
    ['the panel reconvenes at the end of February', 'future', '2023-02'],
    ['a vote is expected before the end of the month', 'future', '2022-12'],
    ['ministers gather at the beginning of next month', 'future', '2023-01'],
    ['the board sat at the start of November', 'past', '2022-11'],
  ] as const)('dates: %s (%s) → %s', (text, tense, expected) => {
    expect(findDates(text, REF, tense).map((e) => e.date)).toEqual([expected]);
  });
});

describe('dates: May, the month and the verb', () => {
  it.each([
    ['the ministers meet in May', 'future', '2023-05'],
    ['the envoys return in mid-May', 'future', '2023-05'],
    ['a second round opens at the end of May', 'future', '2023-05'],
    ['the accord signed during May', 'past', '2022-05'],
    ['a decision is expected by early May', 'future', '2023-05'],
  ] as const)('dates: %s (%s) → %s', (text, tense, expected) => {
    expect(findDates(text, REF, tense).map((e) => e.date)).toEqual([expected]);
  });

  it.each(['the ministers may meet again', 'talks in May be delayed, he said', 'officials said rates may rise'])('dates: %s → no date', (text) => {
    expect(findDates(text, REF, 'future')).toEqual([]);
  });
});

describe('dates: the end of an event in progress is the coming day', () => {
  it.each([
    ['envoys are negotiating in Lisbon until Tuesday', 'past', '2022-12-27'],
    ['the conference runs until Saturday', 'past', '2022-12-24'],
    ['the envoys negotiated until Tuesday', 'past', '2022-12-20'],
    ['the envoys were negotiating until Tuesday, when the round broke up', 'past', '2022-12-20'],
    ['the trade team had been staying in Lisbon until Monday', 'past', '2022-12-19'],
    ['the envoys were still negotiating in Lisbon until Monday', 'past', '2022-12-19'],
    ['the mission stayed in Nanjing until Friday', 'past', '2022-12-16'],
  ] as const)('dates: %s (%s) → %s', (text, tense, expected) => {
    expect(findDates(text, REF, tense)[0]?.date).toBe(expected);
  });
});

describe('dates: a schedule names the coming day, whatever the tense of the report', () => {
  it.each([
    ['the envoy said the round is due to close Tuesday', 'past', '2022-12-27'],
    ['the trade secretary leaves on Saturday for Seoul', 'past', '2022-12-24'],
    ['officials said the panel will convene Friday', 'past', '2022-12-23'],
    ['the envoys closed the round on Tuesday', 'past', '2022-12-20'],
    ['the round, which was due to close Tuesday, ran a day longer', 'past', '2022-12-20'],
    ['the panel had been scheduled to convene Monday', 'past', '2022-12-19'],
  ] as const)('dates: %s (%s) → %s', (text, tense, expected) => {
    expect(findDates(text, REF, tense)[0]?.date).toBe(expected);
  });
});

describe('dates: a weekday abbreviation that is a word', () => {
  it.each(['the board sat until late', 'the Sun carried the story'])('dates: %s → no date', (text) => {
    expect(findDates(text, REF, 'past')).toEqual([]);
  });
});

describe('dates: the dateline span', () => {
  it('dates: the dateline is found with its offsets, so its day is not read as an event date', () => {
    const text = 'GRAIN TALKS OPEN\nOTTAWA, March 4 - Canadian and U.S. officials met today.';
    const span = datelineSpan(text, 0)!;
    expect(text.slice(span.start, span.end).trim()).toBe('OTTAWA, March 4 -');
    expect(datelineSpan('No dateline in this text.', 0)).toBeNull();
    const dated = 'LIMA, June 2, 1991 - Ministers met today.';
    const at = datelineSpan(dated, 0)!;
    expect(dated.slice(at.start, at.end).trim()).toBe('LIMA, June 2, 1991 -');
  });
});

describe('dates: the end of a stated span of days dates its first day', () => {
  it.each([
    ['delegates met in a two-day session ending today', 'past', '2022-12-21'],
    ['the three-day talks which end on Friday', 'future', '2022-12-21'],
    ['the 3-day conference closed yesterday', 'past', '2022-12-19'],
    ['talks which ended on Friday', 'past', '2022-12-16'],
    ['a two-day visit beginning today', 'future', '2022-12-22'],
  ] as const)('dates: %s (%s) → %s', (text, tense, expected) => {
    expect(findDates(text, REF, tense)[0]?.date).toBe(expected);
  });
});


describe('dates: a coming weekday that names the reference day is that day', () => {
  // REF 2022-12-22 is a Thursday.
  it.each([
    ['the governors will confer Thursday in Denver', 'future', '2022-12-22'],
    ['the governors will confer Thursday in Denver', 'past', '2022-12-22'],
    ['the treasurer is scheduled to brief the mayors Thursday', 'past', '2022-12-22'],
    ['the caucus is due to reconvene later Thursday', 'past', '2022-12-22'],
    ['the governors will confer next Thursday', 'future', '2022-12-29'],
    ['the governors will confer on Friday', 'future', '2022-12-23'],
    ['the governors conferred on Thursday', 'past', '2022-12-22'],
    ['the governors conferred last Thursday', 'past', '2022-12-15'],
  ] as const)('dates: %s (report %s) → %s', (text, tense, expected) => {
    expect(findDates(text, REF, tense)[0]?.date).toBe(expected);
  });
});

describe('dates: the tense of the verb puts a day or month without a year on its side of the reference day', () => {
  it.each([
    // A past verb: the day or month before the reference day, a year back if need be.
    ['the treasurer said he conferred on Nov. 28 with the envoy', 'future', '2019-07-15', '2018-11-28'],
    ['the two mayors met secretly in September', 'future', '2019-04-10', '2018-09'],
    ['the two mayors met in January', 'past', REF, '2022-01'],
    ['the two mayors met earlier in December', 'past', REF, '2022-12'],
    ['the two mayors met on December 23', 'past', REF, '2022-12-23'],
    // A coming one: after the reference day.
    ['the mayors will confer on January 9', 'past', '2019-12-20', '2020-01-09'],
    ['the mayors will confer in February', 'past', '2019-12-20', '2020-02'],
    // A date before its noun, or after a noun, a verb of schedule or a verb told with a saying: the nearest occurrence.
    ['aides drafted the agenda of the July 2 forum', 'past', '2019-06-20', '2019-07-02'],
    ['a spokeswoman said the tour is set for May 6 to 8', 'past', '2019-04-29', '2019-05-06'],
    ['the envoys hope to get down to detailed haggling at a session in Oslo on May 18', 'past', '2019-04-29', '2019-05-18'],
    ['the mayors hope to sign when they confer again in Oslo on June 1, aides said', 'past', '2019-03-19', '2019-06-01'],
    // A plan told in the past, a date that is the verb's object, a verb of another phrase: the nearest occurrence.
    ['the two mayors were scheduled to confer on March 3, but the talks were called off', 'past', '2023-04-10', '2023-03-03'],
    ['the guild has circled July 4 as the target for the vote', 'future', '2023-05-01', '2023-07-04'],
    ['the levy was passed; on June 3, the council will vote again', 'future', '2023-02-10', '2023-06-03'],
  ] as const)('dates: %s (report %s, ref %s) → %s', (text, tense, ref, expected) => {
    expect(findDates(text, ref, tense)[0]?.date).toBe(expected);
  });
});

describe('dates: ordinals, day ranges and relative months', () => {
  it.each([
    ['the guild held its 20th annual meeting on Tuesday', 'past', '2022-12-20'],
    ['the 40th annual convention of the guild opened in Reno', 'past', undefined],
    ['the forum is set for March 9/12 in Oslo', 'future', '2023-03-09'],
    ['the envoys held talks which ended on Friday', 'past', '2022-12-16'],
    ['the envoys conferred late yesterday', 'past', '2022-12-21'],
    ['the envoys conferred last November', 'past', '2022-11'],
    ['the envoys conferred earlier this month', 'past', '2022-12'],
    ['the envoys will confer later this month', 'future', '2022-12'],
  ] as const)('dates: %s (%s) → %s', (text, tense, expected) => {
    expect(findDates(text, REF, tense)[0]?.date).toBe(expected);
  });
});

describe('dates: the date an anniversary commemorates is no date of the report', () => {
  it.each([
    ['Leaders will mark the 80th anniversary of the May 8, 1945, surrender in Prague on Friday.', 'future', ['2022-12-23']],
    ['They met on the anniversary of the March 3, 1991, accord on Monday.', 'past', ['2022-12-19']],
    ['The pact of March 3, 1991, was signed in Oslo.', 'past', ['1991-03-03']],
  ] as const)('dates: %s (%s) → %j', (text, tense, expected) => {
    expect(findDates(text, REF, tense).map((e) => e.date)).toEqual(expected);
  });
});

describe('dates: the second or later day of talks is dated by their first day', () => {
  it.each([
    ['Officials of both sides held a second day of talks on fishing quotas on Thursday.', 'past', '2022-12-21'],
    ['On the third day of his visit to Oslo on Friday, he met the king.', 'past', '2022-12-14'],
    ['Officials met on Thursday.', 'past', '2022-12-22'],
    ['Crowds marched for a fifth day of protests on Thursday.', 'past', '2022-12-22'],
  ] as const)('dates: %s (%s) → %s', (text, tense, expected) => {
    expect(findDates(text, REF, tense)[0]?.date).toBe(expected);
  });
});

describe('dates: "in the day" counts no day', () => {
  it.each([
    ['The two envoys met earlier in the day to discuss the border.', 'past', ['2022-12-22']],
    ['Later in the day, the ministers met again.', 'past', ['2022-12-22']],
    ['Shares traded thinly in the day.', 'past', []],
    ['They will meet again in a day.', 'future', ['2022-12-23']],
  ] as const)('dates: %s (%s) → %j', (text, tense, expected) => {
    expect(findDates(text, REF, tense).map((e) => e.date)).toEqual(expected);
  });
});


describe('dates: years named by number alone', () => {
  it.each<[string, number[]]>([
    ['They first met in 1998 in Lima.', [1998]],
    ['Vidal met Ruiz during his 2004 visit to Chile.', [2004]],
    ['The 2009 talks failed.', [2009]],
    ["2010's talks failed.", [2010]],
    ['They met in Lima on May 15, 1998.', [1998]],
    ['Talks open in Geneva at 1900 GMT on Tuesday.', []],
    ['The 2000 delegates met in Lima.', []],
    ['Officials from 2015 member states met in Lima.', []],
  ])('dates: %s', (text, want) => {
    expect(statedYears(text)).toEqual(want);
  });
});
