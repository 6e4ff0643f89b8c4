/**
 * fast-check generators for the time tests: valid EDTF level 0/1 strings of
 * the subset the parser claims, relative phrases, and anchors.
 */
import fc from 'fast-check';
import { daysInMonth, toDayNumber } from '../../../src/time/calendar.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const qualifier = fc.constantFrom('', '?', '~', '%');

export interface DateOptions {
  /** Include seasons (the edtf package reads 21–24 differently). */
  readonly seasons: boolean;
  /** Include decades and centuries (`202X`, `20XX`). */
  readonly yearDigits: boolean;
}

/** A valid EDTF date (no interval) within the given year. */
export function edtfDateIn(year: number, options: DateOptions): fc.Arbitrary<string> {
  const y = pad(year, 4);
  const forms: fc.Arbitrary<string>[] = [
    qualifier.map((q) => y + q),
    fc.tuple(fc.integer({ min: 1, max: 12 }), qualifier).map(([m, q]) => `${y}-${pad(m, 2)}${q}`),
    fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), qualifier)
      .map(([m, d, q]) => `${y}-${pad(m, 2)}-${pad(Math.min(d, daysInMonth(year, m)), 2)}${q}`),
    fc.constant(`${y}-XX`),
    fc.constant(`${y}-XX-XX`),
    fc.integer({ min: 1, max: 12 }).map((m) => `${y}-${pad(m, 2)}-XX`),
  ];
  if (options.yearDigits) forms.push(fc.constant(`${y.slice(0, 3)}X`), fc.constant(`${y.slice(0, 2)}XX`));
  if (options.seasons && year < 9999) {
    forms.push(fc.tuple(fc.integer({ min: 21, max: 24 }), qualifier).map(([s, q]) => `${y}-${s}${q}`));
  }
  return fc.oneof(...forms);
}

/**
 * A valid EDTF string: a date, or an interval whose start lies in an earlier
 * year than its end (so every combination is ordered), or an interval with
 * one open or unknown end.
 */
export function edtfString(options: DateOptions & { readonly endYearDigits?: boolean; readonly minYear?: number }): fc.Arbitrary<string> {
  const minYear = options.minYear ?? 0;
  const date = fc.integer({ min: minYear, max: 9999 }).chain((y) => edtfDateIn(y, options));
  const ordered = fc.tuple(fc.integer({ min: minYear, max: 9998 }), fc.integer({ min: 1, max: 300 }))
    .chain(([a, gap]) => fc.tuple(
      edtfDateIn(a, options),
      edtfDateIn(Math.min(9999, a + gap), { ...options, yearDigits: options.endYearDigits ?? options.yearDigits }),
    ))
    .map(([a, b]) => `${a}/${b}`);
  const missing = fc.constantFrom('..', '');
  const halfOpen = fc.oneof(
    fc.tuple(date, missing).map(([a, b]) => `${a}/${b}`),
    fc.tuple(missing, date).map(([a, b]) => `${a}/${b}`),
  );
  return fc.oneof(date, ordered, halfOpen);
}

/** Text built from EDTF's alphabet: mostly invalid, often close to valid. */
export const edtfishString = fc
  .array(fc.constantFrom('0', '1', '2', '3', '9', '20', '2023', '-', '-0', '-1', '-2', 'X', '/', '..', '?', '~', '%', 'Y', 'E', 'S'), { maxLength: 14 })
  .map((parts) => parts.join(''));

/** An anchor day with room for a few years either side. */
export const anchorDay = fc.integer({ min: toDayNumber(1, 1, 1), max: toDayNumber(9990, 12, 31) });

const weekday = fc.constantFrom('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday');
const month = fc.constantFrom('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Sept.', 'Feb');

/** Relative phrases across every rule of the grammar (some resolve to errors, e.g. "April 31"). */
export const relativePhrase: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('today', 'now', 'currently', 'tonight', 'this morning', 'yesterday', 'tomorrow',
    'last week', 'this week', 'next week', 'the previous week', 'the following week', "last week's",
    'last month', 'this month', 'next month', "last month's", 'last year', 'this year', 'next year',
    'last weekend', 'this weekend', 'next weekend', 'earlier this week', 'later this week',
    'earlier this month', 'later this month', 'earlier this year', 'later this year',
    'in recent days', 'in recent weeks', 'in recent months', 'recently', 'a few days ago'),
  fc.tuple(fc.constantFrom('', 'on ', 'also on ', 'later on ', 'late ', 'last ', 'next ', 'this '), weekday, fc.constantFrom('', ' morning', ' night'))
    .map(([a, b, c]) => a + b + c),
  fc.tuple(fc.oneof(fc.integer({ min: 0, max: 40 }).map(String), fc.constantFrom('a', 'one', 'two', 'twelve')), fc.constantFrom('day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'))
    .map(([n, unit]) => `${n} ${unit} ago`),
  fc.tuple(fc.constantFrom('', 'in '), month, fc.constantFrom('', ' 2023', ' 1999')).map(([a, b, c]) => a + b + c),
  fc.tuple(fc.constantFrom('', 'on '), month, fc.integer({ min: 1, max: 31 }), fc.constantFrom('', ', 2024', ', 2023'))
    .map(([a, m, d, y]) => `${a}${m} ${d}${y}`),
  fc.tuple(fc.integer({ min: 1, max: 31 }), month).map(([d, m]) => `${d} ${m}`),
).chain((text) => fc.constantFrom(text, text.toUpperCase(), ` ${text}. `));
