/**
 * Human labels for resolved dates, honest to their precision: a month is
 * "June 2023", never "1 June 2023"; an approximate date says "c.", an
 * uncertain one "?". Dates are formatted with `Intl.DateTimeFormat` in UTC
 * from each day's UTC midnight, so the label never shifts with the time
 * zone. The connecting words ("Week of", "since", seasons) are English.
 */
import { dayToUTCDate, fromDayNumber, isoWeekday } from './calendar.js';
import type { DayNumber } from './calendar.js';
import { seasonSpan, seasons } from './edtf.js';
import type { ResolvedPoint, ResolvedWhen } from './types.js';

/** Defaults for the labels. */
const defaults = {
  locale: 'en-US',
} as const;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  const key = `${locale}\u0000${style}`;
  let f = formatters.get(key);
  if (f === undefined) {
    const options: Intl.DateTimeFormatOptions =
      style === 'day' ? { day: 'numeric', month: 'long', year: 'numeric' }
        : style === 'month' ? { month: 'long', year: 'numeric' }
          : { year: 'numeric' };
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/**
 * ICU sets range dashes between thin spaces ("11 – 12 July"). Style guides
 * close up a dash between plain numbers ("11–12 July") and space it between
 * compound dates ("11 July – 2 August"); plain spaces also read the same in
 * every font and screen reader.
 */
function tidyDash(text: string): string {
  // Only day numbers (one or two digits) close up: "2022 – 2 January" keeps its spaces.
  return text
    .replace(/(^|\s)(\d{1,2})\u2009–\u2009(\d{1,2})(?!\d)/g, '$1$2–$3')
    .replace(/\u2009–\u2009/g, ' – ');
}

function dayLabel(day: DayNumber, locale: string): string {
  return formatter(locale, 'day').format(dayToUTCDate(day));
}

function dayRangeLabel(first: DayNumber, last: DayNumber, locale: string): string {
  if (first === last) return dayLabel(first, locale);
  return tidyDash(formatter(locale, 'day').formatRange(dayToUTCDate(first), dayToUTCDate(last)));
}

const seasonNames = { spring: 'Spring', summer: 'Summer', autumn: 'Autumn', winter: 'Winter' } as const;

/** The label of a point's span at its precision, without qualifiers. */
function spanLabel(point: ResolvedPoint, locale: string): string {
  const { earliestDay: first, latestDay: last, precision } = point;
  if (first === last) return dayLabel(first, locale);
  const a = fromDayNumber(first), b = fromDayNumber(last);
  if (precision === 'week' && last - first === 6 && isoWeekday(first) === 1) {
    return `Week of ${dayLabel(first, locale)}`;
  }
  if (precision === 'month' && a.year === b.year && a.month === b.month && a.day === 1 && fromDayNumber(last + 1).day === 1) {
    return formatter(locale, 'month').format(dayToUTCDate(first));
  }
  if (precision === 'season') {
    for (const code of [21, 22, 23, 24] as const) {
      const [s, e] = seasonSpan(a.year, code);
      if (s === first && e === last) {
        const name = seasonNames[seasons[code].name];
        return code === 24 ? `${name} ${a.year}–${a.year + 1}` : `${name} ${a.year}`;
      }
    }
  }
  if (precision === 'year' && a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31) {
    const years = b.year - a.year + 1;
    if (years === 1) return formatter(locale, 'year').format(dayToUTCDate(first));
    if (years === 10 && a.year % 10 === 0) return `${a.year}s`;
    return `${a.year}–${b.year}`;
  }
  // A span that is no whole calendar unit ("earlier this week"): its days.
  return dayRangeLabel(first, last, locale);
}

function pointLabel(point: ResolvedPoint, locale: string): string {
  const core = spanLabel(point, locale);
  return `${point.approximate ? 'c. ' : ''}${core}${point.uncertain ? '?' : ''}`;
}

function isPlainDay(point: ResolvedPoint): boolean {
  return point.precision === 'day' && point.earliestDay === point.latestDay && !point.approximate && !point.uncertain;
}

/**
 * A human label for a resolved date at its precision: "13 July 2023"
 * (en-GB; "July 13, 2023" in en-US), "Week of 17 July 2023", "June 2023",
 * "Summer 2023", "2023", "11–12 July 2023", "c. June 2023", "2023?",
 * "since 11 July 2023", "until 2023", "from 11 July 2023" (the end unknown).
 *
 * @example describeWhen(parseEdtf('2023-06~').value, 'en-GB') // 'c. June 2023'
 */
export function describeWhen(when: ResolvedWhen, locale: string = defaults.locale): string {
  const { start, end } = when;
  if (!when.interval) return pointLabel(start, locale);
  if (start.open) return `until ${pointLabel(end, locale)}`;
  if (end.open) return `since ${pointLabel(start, locale)}`;
  // As people say them: an unknown start is "until", an unknown end "from" (never "? – …").
  if (start.unknown) return `until ${pointLabel(end, locale)}`;
  if (end.unknown) return `from ${pointLabel(start, locale)}`;
  if (isPlainDay(start) && isPlainDay(end)) return dayRangeLabel(start.earliestDay, end.latestDay, locale);
  return `${pointLabel(start, locale)} – ${pointLabel(end, locale)}`;
}

/**
 * The resolved span as days, whatever the precision: "17–23 July 2023" for
 * "next week" written on 14 July 2023, "13 July 2023" for a single day.
 */
export function describeSpan(when: Pick<ResolvedWhen, 'earliestDay' | 'latestDay'>, locale: string = defaults.locale): string {
  return dayRangeLabel(when.earliestDay, when.latestDay, locale);
}
