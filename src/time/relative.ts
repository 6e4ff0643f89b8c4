/**
 * Relative date phrases of news English ("on Thursday", "last month", "in
 * recent weeks"), resolved against an anchor day the way reporters mean them.
 *
 * News is written in the past tense, so a bare weekday or month is the most
 * recent one on or before the anchor (a Friday article's "Thursday" is the
 * day before; its "Friday" is the day itself). Weeks are ISO weeks, Monday to
 * Sunday. Phrases without a convention that fixes their days ("recently",
 * "a few days ago") are errors: the resolver never guesses.
 *
 * The grammar is a table of small named rules, tried in order; each rule is a
 * pattern over the normalized phrase and a resolver from the match and the
 * anchor day to calendar days. Nothing here reads the clock or time zone.
 */
import { daysInMonth, formatDay, fromDayNumber, isCalendarDate, isoWeekday, startOfIsoWeek, toDayNumber } from './calendar.js';
import type { DayNumber } from './calendar.js';
import { formatEdtf } from './edtf.js';
import { intervalWhen, pointOf, singleWhen } from './resolved.js';
import type { Precision, Resolution, ResolvedPoint, ResolvedWhen } from './types.js';

/** Weekday names to ISO weekday numbers (1 = Monday). */
const weekdays: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** Month names and the abbreviations news style uses, to month numbers. */
const months: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Counts written as words; "a few" and "several" are deliberately absent. */
const countWords: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const firstDay = toDayNumber(0, 1, 1);
const lastDay = toDayNumber(9999, 12, 31);

const weekdayNames = Object.keys(weekdays).join('|');
const monthNames = Object.keys(months).join('|');
const countNames = `\\d{1,4}|${Object.keys(countWords).join('|')}`;
const partOfDay = '(?: (?:morning|afternoon|evening|night))?';

/** A rule's result: a single span, or an interval of two spans. */
type Outcome =
  | { readonly ok: true; readonly start: ResolvedPoint; readonly end: ResolvedPoint; readonly interval: boolean }
  | { readonly ok: false; readonly reason: string };

/** One rule of the grammar: a pattern over the normalized phrase and its resolver. */
interface PhraseRule {
  readonly name: string;
  readonly pattern: RegExp;
  readonly resolve: (match: RegExpExecArray, anchor: DayNumber) => Outcome;
}

function span(first: DayNumber, last: DayNumber, precision: Precision, approximate = false): Outcome {
  if (first < firstDay || last > lastDay) return { ok: false, reason: 'it falls outside the years 0000–9999' };
  const point = pointOf(first, last, precision, { uncertain: false, approximate });
  return { ok: true, start: point, end: point, interval: false };
}

function day(n: DayNumber): Outcome {
  return span(n, n, 'day');
}

function isoWeek(n: DayNumber): Outcome {
  const monday = startOfIsoWeek(n);
  return span(monday, monday + 6, 'week');
}

/** The month `offset` months from the anchor's month. */
function monthFrom(anchor: DayNumber, offset: number): Outcome {
  const { year, month } = fromDayNumber(anchor);
  const index = year * 12 + (month - 1) + offset;
  const y = Math.floor(index / 12), m = index - y * 12 + 1;
  if (y < 0 || y > 9999) return { ok: false, reason: 'it falls outside the years 0000–9999' };
  return span(toDayNumber(y, m, 1), toDayNumber(y, m, daysInMonth(y, m)), 'month');
}

function yearFrom(anchor: DayNumber, offset: number): Outcome {
  const y = fromDayNumber(anchor).year + offset;
  if (y < 0 || y > 9999) return { ok: false, reason: 'it falls outside the years 0000–9999' };
  return span(toDayNumber(y, 1, 1), toDayNumber(y, 12, 31), 'year');
}

function periodFrom(anchor: DayNumber, unit: string, offset: number): Outcome {
  if (unit === 'week') return isoWeek(anchor + 7 * offset);
  if (unit === 'month') return monthFrom(anchor, offset);
  return yearFrom(anchor, offset);
}

function countOf(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : countWords[text]!;
}

/** A phrase's direction word as a period offset. */
const offsets: Readonly<Record<string, number>> = {
  last: -1, previous: -1, 'the previous': -1, this: 0, next: 1, following: 1, 'the following': 1,
};

/** The most recent day on or before `anchor` with the given month and day, if any. */
function mostRecentMonthDay(anchor: DayNumber, month: number, dayOfMonth: number): DayNumber | undefined {
  const { year } = fromDayNumber(anchor);
  // Eight years always reach back to a leap year's 29 February.
  for (let y = year; y >= Math.max(0, year - 8); y--) {
    if (isCalendarDate(y, month, dayOfMonth)) {
      const n = toDayNumber(y, month, dayOfMonth);
      if (n <= anchor) return n;
    }
  }
  return undefined;
}

function monthDay(anchor: DayNumber, monthName: string, dayText: string, yearText: string | undefined): Outcome {
  const month = months[monthName]!;
  const dayOfMonth = Number(dayText);
  if (yearText !== undefined) {
    const year = Number(yearText);
    return isCalendarDate(year, month, dayOfMonth)
      ? day(toDayNumber(year, month, dayOfMonth))
      : { ok: false, reason: 'it is not a calendar date' };
  }
  if (!isCalendarDate(2000, month, dayOfMonth)) return { ok: false, reason: 'it is not a calendar date' };
  const n = mostRecentMonthDay(anchor, month, dayOfMonth);
  return n === undefined ? { ok: false, reason: 'no such day falls on or before the anchor' } : day(n);
}

const vague = { ok: false, reason: 'it is vague: no news convention fixes its days, so write an EDTF date or range instead' } as const;

/**
 * The grammar, tried in order. Patterns see the normalized phrase: lower
 * case, single spaces, no trailing period, no possessive `'s`.
 */
const rules: readonly PhraseRule[] = [
  {
    name: 'anchor day',
    pattern: /^(?:today|now|currently|tonight|this (?:morning|afternoon|evening)|(?:earlier|later) today)$/,
    resolve: (_, anchor) => day(anchor),
  },
  {
    name: 'yesterday or tomorrow',
    pattern: new RegExp(`^(yesterday|tomorrow)${partOfDay}$`),
    resolve: (m, anchor) => day(anchor + (m[1] === 'yesterday' ? -1 : 1)),
  },
  {
    name: 'bare weekday, on or before the anchor',
    pattern: new RegExp(`^(?:(?:also|later|earlier|late|early) )?(?:on )?(${weekdayNames})${partOfDay}$`),
    resolve: (m, anchor) => day(anchor - ((isoWeekday(anchor) - weekdays[m[1]!]! + 7) % 7)),
  },
  {
    name: 'last weekday, strictly before the anchor',
    pattern: new RegExp(`^last (${weekdayNames})${partOfDay}$`),
    resolve: (m, anchor) => day(anchor - ((isoWeekday(anchor) - weekdays[m[1]!]! + 7) % 7 || 7)),
  },
  {
    name: 'next weekday, strictly after the anchor',
    pattern: new RegExp(`^next (${weekdayNames})${partOfDay}$`),
    resolve: (m, anchor) => day(anchor + ((weekdays[m[1]!]! - isoWeekday(anchor) + 7) % 7 || 7)),
  },
  {
    name: "weekday of the anchor's week",
    pattern: new RegExp(`^(?:on )?this (${weekdayNames})${partOfDay}$`),
    resolve: (m, anchor) => day(startOfIsoWeek(anchor) + weekdays[m[1]!]! - 1),
  },
  {
    name: 'vague count ago',
    pattern: /^(?:a few|few|several|some|many|a couple of|a couple|couple of) (?:day|week|month|year)s? ago$/,
    resolve: () => vague,
  },
  {
    name: 'count of days, weeks, months or years ago',
    pattern: new RegExp(`^(${countNames}) (day|week|month|year)s? ago$`),
    resolve: (m, anchor) => {
      const n = countOf(m[1]!);
      switch (m[2]) {
        case 'day': return day(anchor - n);
        case 'week': return isoWeek(anchor - 7 * n);
        case 'month': return monthFrom(anchor, -n);
        default: return yearFrom(anchor, -n);
      }
    },
  },
  {
    name: 'weekend',
    pattern: /^(last|this|next) weekend$/,
    // Saturday and Sunday as an interval of two days, each known to the day:
    // an event "last weekend" may have spanned both.
    resolve: (m, anchor) => {
      const saturday = startOfIsoWeek(anchor) + 7 * offsets[m[1]!]! + 5;
      const sat = day(saturday), sun = day(saturday + 1);
      if (!sat.ok) return sat;
      if (!sun.ok) return sun;
      return { ok: true, start: sat.start, end: sun.end, interval: true };
    },
  },
  {
    name: 'earlier or later in this period',
    pattern: /^(earlier|later) this (week|month|year)$/,
    resolve: (m, anchor) => {
      const period = periodFrom(anchor, m[2]!, 0);
      if (!period.ok) return period;
      const { earliestDay, latestDay, precision } = period.start;
      // When the anchor is the period's first (or last) day there is nothing
      // earlier (or later) in it; the anchor day is the honest fallback.
      return m[1] === 'earlier'
        ? span(earliestDay, Math.max(earliestDay, anchor - 1), precision)
        : span(Math.min(latestDay, anchor + 1), latestDay, precision);
    },
  },
  {
    name: 'whole week, month or year',
    pattern: /^(last|this|next|previous|following|the previous|the following) (week|month|year)$/,
    resolve: (m, anchor) => periodFrom(anchor, m[2]!, offsets[m[1]!]!),
  },
  {
    name: 'in recent days, weeks or months',
    pattern: /^(?:in|over) (?:the )?recent (days|weeks|months)$/,
    resolve: (m, anchor) => {
      if (m[1] === 'days') return span(anchor - 7, anchor, 'week', true);
      if (m[1] === 'weeks') return span(anchor - 42, anchor, 'week', true);
      const { year, month, day: dayOfMonth } = fromDayNumber(anchor);
      const index = year * 12 + month - 1 - 6;
      const y = Math.floor(index / 12), mo = index - y * 12 + 1;
      if (y < 0) return { ok: false, reason: 'it falls outside the years 0000–9999' };
      return span(toDayNumber(y, mo, Math.min(dayOfMonth, daysInMonth(y, mo))), anchor, 'month', true);
    },
  },
  {
    name: 'vague word',
    pattern: /^(?:recently|lately|soon|earlier|later|previously|in the past|some time ago|a while ago|the other day|in recent years|in the coming (?:days|weeks|months))$/,
    resolve: () => vague,
  },
  {
    name: 'month day, optionally with a year',
    pattern: new RegExp(`^(?:on )?(${monthNames})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$`),
    resolve: (m, anchor) => monthDay(anchor, m[1]!, m[2]!, m[3]),
  },
  {
    name: 'day month, optionally with a year',
    pattern: new RegExp(`^(?:on )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${monthNames})\\.?(?:,? (\\d{4}))?$`),
    resolve: (m, anchor) => monthDay(anchor, m[2]!, m[1]!, m[3]),
  },
  {
    name: 'month, optionally with a year',
    pattern: new RegExp(`^(?:(?:in|during) )?(${monthNames})\\.?(?:,? (\\d{4}))?$`),
    resolve: (m, anchor) => {
      const month = months[m[1]!]!;
      if (m[2] !== undefined) {
        const year = Number(m[2]);
        return span(toDayNumber(year, month, 1), toDayNumber(year, month, daysInMonth(year, month)), 'month');
      }
      const anchorDate = fromDayNumber(anchor);
      const year = month <= anchorDate.month ? anchorDate.year : anchorDate.year - 1;
      if (year < 0) return { ok: false, reason: 'it falls outside the years 0000–9999' };
      return span(toDayNumber(year, month, 1), toDayNumber(year, month, daysInMonth(year, month)), 'month');
    },
  },
];

/** Lower case, single spaces, no trailing period, no possessive `'s`. */
function normalize(phrase: string): string {
  return phrase
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .replace(/[’']s$/, '');
}

/**
 * Resolves a news-English relative phrase against an anchor day (usually the
 * publication day of the source that uses it). Case-insensitive; surrounding
 * whitespace, a trailing period and a possessive `'s` ("last month's") are
 * tolerated. Anything not understood, or vague, is an error quoting the
 * phrase: nothing is guessed.
 *
 * `anchorDay` must be a day number within the years 0000–9999 (a programmer
 * error otherwise: a `RangeError` is thrown).
 *
 * @example
 * const friday = toDayNumber(2023, 7, 14);
 * resolveRelative('on Thursday', friday, 'article') // 2023-07-13, day
 * resolveRelative('next week', friday, 'article')   // 2023-07-17 … 2023-07-23, week
 * resolveRelative('recently', friday, 'article')    // { ok: false, message: 'cannot resolve the phrase "recently"; it is vague…' }
 */
export function resolveRelative(phrase: string, anchorDay: DayNumber, anchorText: string): Resolution<ResolvedWhen> {
  if (!Number.isInteger(anchorDay) || anchorDay < firstDay || anchorDay > lastDay) {
    throw new RangeError(`resolveRelative: anchorDay must be an integer day number within 0000-01-01 … 9999-12-31, got ${String(anchorDay)}`);
  }
  const normalized = normalize(phrase);
  const quoted = `cannot resolve the phrase "${phrase.trim()}"`;
  for (const rule of rules) {
    const match = rule.pattern.exec(normalized);
    if (!match) continue;
    const outcome = rule.resolve(match, anchorDay);
    if (!outcome.ok) return { ok: false, message: `${quoted}; ${outcome.reason}` };
    const labels = {
      text: phrase,
      anchor: anchorText,
      anchorDay: formatDay(anchorDay),
      relative: true,
      edtf: formatEdtf(outcome),
    };
    return {
      ok: true,
      value: outcome.interval ? intervalWhen(outcome.start, outcome.end, labels) : singleWhen(outcome.start, labels),
    };
  }
  return {
    ok: false,
    message: `${quoted}; it is not a phrase this resolver knows (such as "on Thursday", "last week", "2 days ago", "in June"): write an EDTF date instead`,
  };
}

/** The names of the grammar's rules, in the order they are tried (for documentation and tests). */
export const relativePhraseRules: readonly string[] = rules.map((rule) => rule.name);
