/**
 * Human labels for resolved dates, honest to their precision: a month is
 * "June 2023", never "1 June 2023"; an approximate date says "c.", an
 * uncertain one "?". Dates are formatted with `Intl.DateTimeFormat` in UTC
 * from each day's UTC midnight, so the label never shifts with the time
 * zone. The connecting words ("Week of", "since", seasons) come from a
 * small table of templates, English by default; the message tables of
 * `src/i18n` carry them in every shipped language.
 */
import { fillTemplate } from '../i18n/template.js';
import { dayToUTCDate, fromDayNumber, isoWeekday } from './calendar.js';
import type { DayNumber } from './calendar.js';
import { seasonSpan, seasons } from './edtf.js';
import type { ResolvedPoint, ResolvedWhen } from './types.js';

/** The locale of dates and words when none is given, here and in the renderer. */
export const defaultLocale = 'en-GB';

/**
 * The words around dates, as templates with named placeholders: `{date}`
 * a formatted date, `{from}`/`{to}` the ends of a range, `{years}` a year
 * or two ("2023–2024" for a winter), `{decade}` its first year.
 */
export interface DateWords {
  /** "Week of {date}" */
  readonly 'date.weekOf': string;
  /** "c. {date}": approximate. */
  readonly 'date.approximate': string;
  /** "{date}?": uncertain. */
  readonly 'date.uncertain': string;
  /** "since {date}": the end is open (still going on). */
  readonly 'date.since': string;
  /** "until {date}": the start is open or unknown. */
  readonly 'date.until': string;
  /** "from {date}": the end is unknown. */
  readonly 'date.from': string;
  /** "{from} – {to}": two dates that are not plain days. */
  readonly 'date.range': string;
  readonly 'date.spring': string;
  readonly 'date.summer': string;
  readonly 'date.autumn': string;
  readonly 'date.winter': string;
  /** "{decade}s" */
  readonly 'date.decade': string;
}

/** The English words, used when no others are given. */
export const englishDateWords: DateWords = {
  'date.weekOf': 'Week of {date}',
  'date.approximate': 'c. {date}',
  'date.uncertain': '{date}?',
  'date.since': 'since {date}',
  'date.until': 'until {date}',
  'date.from': 'from {date}',
  'date.range': '{from} – {to}',
  'date.spring': 'Spring {years}',
  'date.summer': 'Summer {years}',
  'date.autumn': 'Autumn {years}',
  'date.winter': 'Winter {years}',
  'date.decade': '{decade}s',
};

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

/** The label of a point's span at its precision, without qualifiers. */
function spanLabel(point: ResolvedPoint, locale: string, words: DateWords): string {
  const { earliestDay: first, latestDay: last, precision } = point;
  if (first === last) return dayLabel(first, locale);
  const a = fromDayNumber(first), b = fromDayNumber(last);
  if (precision === 'week' && last - first === 6 && isoWeekday(first) === 1) {
    return fillTemplate(words['date.weekOf'], { date: dayLabel(first, locale) });
  }
  if (precision === 'month' && a.year === b.year && a.month === b.month && a.day === 1 && fromDayNumber(last + 1).day === 1) {
    return formatter(locale, 'month').format(dayToUTCDate(first));
  }
  if (precision === 'season') {
    for (const code of [21, 22, 23, 24] as const) {
      const [s, e] = seasonSpan(a.year, code);
      if (s === first && e === last) {
        const years = code === 24 ? `${a.year}–${a.year + 1}` : String(a.year);
        return fillTemplate(words[`date.${seasons[code].name}`], { years });
      }
    }
  }
  if (precision === 'year' && a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31) {
    const years = b.year - a.year + 1;
    if (years === 1) return formatter(locale, 'year').format(dayToUTCDate(first));
    if (years === 10 && a.year % 10 === 0) return fillTemplate(words['date.decade'], { decade: a.year });
    return `${a.year}–${b.year}`;
  }
  // A span that is no whole calendar unit ("earlier this week"): its days.
  return dayRangeLabel(first, last, locale);
}

function pointLabel(point: ResolvedPoint, locale: string, words: DateWords): string {
  let label = spanLabel(point, locale, words);
  if (point.uncertain) label = fillTemplate(words['date.uncertain'], { date: label });
  if (point.approximate) label = fillTemplate(words['date.approximate'], { date: label });
  return label;
}

function isPlainDay(point: ResolvedPoint): boolean {
  return point.precision === 'day' && point.earliestDay === point.latestDay && !point.approximate && !point.uncertain;
}

/**
 * A human label for a resolved date at its precision: "13 July 2023"
 * (en-GB; "July 13, 2023" in en-US), "Week of 17 July 2023", "June 2023",
 * "Summer 2023", "2023", "11–12 July 2023", "c. June 2023", "2023?",
 * "since 11 July 2023", "until 2023", "from 11 July 2023" (the end unknown).
 * The dates follow `locale` (default `'en-GB'`); the words around them
 * come from `words` (default English), e.g. `messagesFor('fr')`.
 *
 * @example describeWhen(parseEdtf('2023-06~').value, 'en-GB') // 'c. June 2023'
 * @example describeWhen(parseEdtf('2023-06~').value, 'fr', messagesFor('fr')) // 'vers juin 2023'
 */
export function describeWhen(when: ResolvedWhen, locale: string = defaultLocale, words: DateWords = englishDateWords): string {
  const { start, end } = when;
  const point = (p: ResolvedPoint) => pointLabel(p, locale, words);
  if (!when.interval) return point(start);
  if (start.open) return fillTemplate(words['date.until'], { date: point(end) });
  if (end.open) return fillTemplate(words['date.since'], { date: point(start) });
  // As people say them: an unknown start is "until", an unknown end "from" (never "? – …").
  if (start.unknown) return fillTemplate(words['date.until'], { date: point(end) });
  if (end.unknown) return fillTemplate(words['date.from'], { date: point(start) });
  if (isPlainDay(start) && isPlainDay(end)) return dayRangeLabel(start.earliestDay, end.latestDay, locale);
  return fillTemplate(words['date.range'], { from: point(start), to: point(end) });
}

/**
 * The resolved span as days, whatever the precision: "17–23 July 2023" for
 * "next week" written on 14 July 2023, "13 July 2023" for a single day.
 */
export function describeSpan(when: Pick<ResolvedWhen, 'earliestDay' | 'latestDay'>, locale: string = defaultLocale): string {
  return dayRangeLabel(when.earliestDay, when.latestDay, locale);
}
