import { describe, expect, it } from 'vitest';
import { resolveRelative, relativePhraseRules } from '../../../src/time/relative.js';
import { parseDay } from '../../../src/time/calendar.js';
import type { ResolvedWhen } from '../../../src/time/types.js';

function dayOf(text: string): number {
  const n = parseDay(text);
  if (n === undefined) throw new Error(`bad day ${text}`);
  return n;
}

function resolved(phrase: string, anchor: string): ResolvedWhen {
  const result = resolveRelative(phrase, dayOf(anchor), 'article');
  if (!result.ok) throw new Error(`expected "${phrase}" to resolve: ${result.message}`);
  return result.value;
}

/** earliest, latest, precision, approximate, interval, edtf: the whole answer in one line. */
function summary(phrase: string, anchor: string): [string, string, string, boolean, boolean, string] {
  const w = resolved(phrase, anchor);
  return [w.earliest, w.latest, w.precision, w.approximate, w.interval, w.edtf];
}

function errorOf(phrase: string, anchor = '2023-07-14'): string {
  const result = resolveRelative(phrase, dayOf(anchor), 'article');
  if (result.ok) throw new Error(`expected "${phrase}" to be rejected, got ${result.value.edtf}`);
  return result.message;
}

// The article was published on Friday 2023-07-14.
const friday = '2023-07-14';

describe('resolveRelative: the article of Friday 14 July 2023', () => {
  it.each([
    ['on Thursday', '2023-07-13'],
    ['Thursday', '2023-07-13'],
    ['later on Thursday', '2023-07-13'],
    ['earlier on Thursday', '2023-07-13'],
    ['late on Thursday', '2023-07-13'],
    ['early on Thursday', '2023-07-13'],
    ['late Thursday', '2023-07-13'],
    ['on Thursday morning', '2023-07-13'],
    ['on Thursday afternoon', '2023-07-13'],
    ['on Thursday evening', '2023-07-13'],
    ['Thursday night', '2023-07-13'],
    ['Also on Wednesday', '2023-07-12'],
    ['also on Wednesday', '2023-07-12'],
    ['on Wednesday', '2023-07-12'],
    ['  On THURSDAY.  ', '2023-07-13'],
    ['on Friday', '2023-07-14'],
    ['on Saturday', '2023-07-08'],
    ['on Monday', '2023-07-10'],
    ['last Thursday', '2023-07-13'],
    ['last Friday', '2023-07-07'],
    ['next Monday', '2023-07-17'],
    ['next Friday', '2023-07-21'],
    ['this Friday', '2023-07-14'],
    ['this Monday', '2023-07-10'],
    ['this Sunday', '2023-07-16'],
    ['today', '2023-07-14'],
    ['now', '2023-07-14'],
    ['currently', '2023-07-14'],
    ['this morning', '2023-07-14'],
    ['this evening', '2023-07-14'],
    ['tonight', '2023-07-14'],
    ["today's", '2023-07-14'],
    ['yesterday', '2023-07-13'],
    ['tomorrow', '2023-07-15'],
    ['yesterday afternoon', '2023-07-13'],
    ['2 days ago', '2023-07-12'],
    ['two days ago', '2023-07-12'],
    ['a day ago', '2023-07-13'],
    ['twelve days ago', '2023-07-02'],
    ['14 days ago', '2023-06-30'],
    ['on June 5', '2023-06-05'],
    ['June 5', '2023-06-05'],
    ['June 5th', '2023-06-05'],
    ['5 June', '2023-06-05'],
    ['the 5th of June', '2023-06-05'],
    ['on June 5, 2023', '2023-06-05'],
    ['Sept. 9, 2017', '2017-09-09'],
    ['Nov. 9, 2017', '2017-11-09'],
    ['July 14', '2023-07-14'],
    ['July 15', '2022-07-15'],
    ['December 25', '2022-12-25'],
  ])('%s → %s', (phrase, day) => {
    expect(summary(phrase, friday)).toEqual([day, day, 'day', false, false, day]);
  });

  it.each([
    ['last week', '2023-07-03', '2023-07-09', 'week'],
    ["last week's", '2023-07-03', '2023-07-09', 'week'],
    ['the previous week', '2023-07-03', '2023-07-09', 'week'],
    ['this week', '2023-07-10', '2023-07-16', 'week'],
    ['next week', '2023-07-17', '2023-07-23', 'week'],
    ['the following week', '2023-07-17', '2023-07-23', 'week'],
    ['2 weeks ago', '2023-06-26', '2023-07-02', 'week'],
    ['a week ago', '2023-07-03', '2023-07-09', 'week'],
    ['last month', '2023-06-01', '2023-06-30', 'month'],
    ["last month's", '2023-06-01', '2023-06-30', 'month'],
    ['last month’s', '2023-06-01', '2023-06-30', 'month'],
    ['this month', '2023-07-01', '2023-07-31', 'month'],
    ['next month', '2023-08-01', '2023-08-31', 'month'],
    ['2 months ago', '2023-05-01', '2023-05-31', 'month'],
    ['seven months ago', '2022-12-01', '2022-12-31', 'month'],
    ['last year', '2022-01-01', '2022-12-31', 'year'],
    ['this year', '2023-01-01', '2023-12-31', 'year'],
    ['next year', '2024-01-01', '2024-12-31', 'year'],
    ['2 years ago', '2021-01-01', '2021-12-31', 'year'],
    ['in June', '2023-06-01', '2023-06-30', 'month'],
    ['June', '2023-06-01', '2023-06-30', 'month'],
    ['in July', '2023-07-01', '2023-07-31', 'month'],
    ['in August', '2022-08-01', '2022-08-31', 'month'],
    ['in June 2021', '2021-06-01', '2021-06-30', 'month'],
    ['earlier this week', '2023-07-10', '2023-07-13', 'week'],
    ['later this week', '2023-07-15', '2023-07-16', 'week'],
    ['earlier this month', '2023-07-01', '2023-07-13', 'month'],
    ['later this month', '2023-07-15', '2023-07-31', 'month'],
    ['earlier this year', '2023-01-01', '2023-07-13', 'year'],
    ['later this year', '2023-07-15', '2023-12-31', 'year'],
  ])('%s → %s … %s (%s)', (phrase, earliest, latest, precision) => {
    const [e, l, p, approximate, interval] = summary(phrase, friday);
    expect([e, l, p, approximate, interval]).toEqual([earliest, latest, precision, false, false]);
  });

  it('writes periods as EDTF: a month, a year, a week as its days', () => {
    expect(resolved('last month', friday).edtf).toBe('2023-06');
    expect(resolved('last year', friday).edtf).toBe('2022');
    expect(resolved('next week', friday).edtf).toBe('2023-07-17/2023-07-23');
    expect(resolved('earlier this year', friday).edtf).toBe('2023-01-01/2023-07-13');
  });

  it.each([
    ['in recent days', '2023-07-07', 'week', '2023-07-07~/2023-07-14~'],
    ['in recent weeks', '2023-06-02', 'week', '2023-06-02~/2023-07-14~'],
    ['In recent weeks', '2023-06-02', 'week', '2023-06-02~/2023-07-14~'],
    ['over recent weeks', '2023-06-02', 'week', '2023-06-02~/2023-07-14~'],
    ['in recent months', '2023-01-14', 'month', '2023-01-14~/2023-07-14~'],
  ])('%s is an approximate range ending on the anchor', (phrase, earliest, precision, edtf) => {
    expect(summary(phrase, friday)).toEqual([earliest, friday, precision, true, false, edtf]);
    expect(resolved(phrase, friday).start.approximate).toBe(true);
  });

  it('weekends are Saturday–Sunday intervals of two days, each known to the day', () => {
    expect(summary('last weekend', friday)).toEqual(['2023-07-08', '2023-07-09', 'day', false, true, '2023-07-08/2023-07-09']);
    expect(summary('this weekend', friday)).toEqual(['2023-07-15', '2023-07-16', 'day', false, true, '2023-07-15/2023-07-16']);
    expect(summary('next weekend', friday)).toEqual(['2023-07-22', '2023-07-23', 'day', false, true, '2023-07-22/2023-07-23']);
    const weekend = resolved('last weekend', friday);
    expect([weekend.start.earliest, weekend.start.latest, weekend.end.earliest]).toEqual(['2023-07-08', '2023-07-08', '2023-07-09']);
  });

  it('keeps the phrase, the anchor and its day', () => {
    const when = resolved('  on Thursday ', friday);
    expect(when).toMatchObject({ text: '  on Thursday ', anchor: 'article', anchorDay: '2023-07-14', relative: true, uncertain: false });
    expect(when.start).toBe(when.end);
  });
});

describe('resolveRelative: month, year and leap-day boundaries', () => {
  it('yesterday across a leap day and a year end', () => {
    expect(summary('yesterday', '2024-03-01')[0]).toBe('2024-02-29');
    expect(summary('yesterday', '2023-03-01')[0]).toBe('2023-02-28');
    expect(summary('yesterday', '2024-01-01')[0]).toBe('2023-12-31');
    expect(summary('tomorrow', '2023-12-31')[0]).toBe('2024-01-01');
    expect(summary('tomorrow', '2024-02-28')[0]).toBe('2024-02-29');
  });

  it('a Monday anchor on New Year’s Day', () => {
    const monday = '2024-01-01';
    expect(summary('last week', monday).slice(0, 3)).toEqual(['2023-12-25', '2023-12-31', 'week']);
    expect(summary('this week', monday).slice(0, 3)).toEqual(['2024-01-01', '2024-01-07', 'week']);
    expect(summary('last month', monday)).toEqual(['2023-12-01', '2023-12-31', 'month', false, false, '2023-12']);
    expect(summary('last year', monday)[5]).toBe('2023');
    expect(summary('on Sunday', monday)[0]).toBe('2023-12-31');
    expect(summary('on Monday', monday)[0]).toBe('2024-01-01');
    expect(summary('last Monday', monday)[0]).toBe('2023-12-25');
    expect(summary('in December', monday)[5]).toBe('2023-12');
    expect(summary('in January', monday)[5]).toBe('2024-01');
    // Nothing earlier in the week than its first day: the anchor itself.
    expect(summary('earlier this week', monday).slice(0, 3)).toEqual(['2024-01-01', '2024-01-01', 'week']);
    expect(summary('earlier this year', monday).slice(0, 2)).toEqual(['2024-01-01', '2024-01-01']);
  });

  it('a Sunday anchor: later this week is the anchor, this weekend includes it', () => {
    expect(summary('later this week', '2023-07-16').slice(0, 2)).toEqual(['2023-07-16', '2023-07-16']);
    expect(summary('this weekend', '2023-07-16').slice(0, 2)).toEqual(['2023-07-15', '2023-07-16']);
    expect(summary('next Sunday', '2023-07-16')[0]).toBe('2023-07-23');
  });

  it('months ago across a year end and months of unequal length', () => {
    expect(summary('2 months ago', '2024-01-31').slice(0, 2)).toEqual(['2023-11-01', '2023-11-30']);
    expect(summary('last month', '2024-03-31').slice(0, 2)).toEqual(['2024-02-01', '2024-02-29']);
    expect(summary('next month', '2023-12-15').slice(0, 2)).toEqual(['2024-01-01', '2024-01-31']);
    expect(summary('12 months ago', '2024-02-29')[5]).toBe('2023-02');
    expect(summary('in recent months', '2023-08-31').slice(0, 2)).toEqual(['2023-02-28', '2023-08-31']);
    expect(summary('in recent months', '2024-03-01').slice(0, 2)).toEqual(['2023-09-01', '2024-03-01']);
  });

  it('weeks ago take the whole ISO week, across a year end', () => {
    expect(summary('2 weeks ago', '2024-01-10').slice(0, 3)).toEqual(['2023-12-25', '2023-12-31', 'week']);
    expect(summary('in recent days', '2024-01-03').slice(0, 2)).toEqual(['2023-12-27', '2024-01-03']);
  });

  it('29 February without a year is the most recent leap day', () => {
    expect(summary('February 29', '2023-07-14')[0]).toBe('2020-02-29');
    expect(summary('on Feb 29', '2024-02-29')[0]).toBe('2024-02-29');
    expect(summary('29 February', '2024-02-28')[0]).toBe('2020-02-29');
    expect(summary('on February 29, 2024', '2023-07-14')[0]).toBe('2024-02-29');
    expect(errorOf('on February 29, 2023')).toBe('cannot resolve the phrase "on February 29, 2023"; it is not a calendar date');
    expect(errorOf('April 31')).toBe('cannot resolve the phrase "April 31"; it is not a calendar date');
  });

  it('out-of-range results are errors', () => {
    expect(errorOf('last year', '0000-06-01')).toBe('cannot resolve the phrase "last year"; it falls outside the years 0000–9999');
    expect(errorOf('tomorrow', '9999-12-31')).toMatch(/outside the years 0000–9999/);
    expect(errorOf('9999 days ago', '0001-01-01')).toMatch(/outside the years 0000–9999/);
  });

  it('throws on an anchor that is no day number (a programmer error)', () => {
    expect(() => resolveRelative('today', 1.5, 'x')).toThrow(RangeError);
    expect(() => resolveRelative('today', Number.NaN, 'x')).toThrow(RangeError);
  });
});

describe('resolveRelative: never guesses', () => {
  it.each(['recently', 'lately', 'a few days ago', 'several weeks ago', 'A few months ago', 'soon'])('%s is vague', (phrase) => {
    expect(errorOf(phrase)).toBe(`cannot resolve the phrase "${phrase}"; it is vague: no news convention fixes its days, so write an EDTF date or range instead`);
  });

  it.each(['blorp', '', 'last Thursday week', 'on Thursday or Friday', 'in five years', 'Thursday 13', 'next Thursdays'])(
    'rejects "%s", quoting it', (phrase) => {
      const message = errorOf(phrase);
      expect(message.startsWith(`cannot resolve the phrase "${phrase.trim()}"; `)).toBe(true);
    },
  );

  it('documents its grammar as named rules', () => {
    expect(relativePhraseRules).toContain('bare weekday, on or before the anchor');
    expect(new Set(relativePhraseRules).size).toBe(relativePhraseRules.length);
  });
});
