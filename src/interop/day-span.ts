/**
 * Calendar spans as other formats can say them. Most formats hold a date
 * with fewer parts (`2023`, `2023-06`) or a pair of days; these helpers
 * find the most honest of those for a span of calendar days, and build an
 * EDTF string back from what a format held.
 */
import { daysInMonth, formatDay, fromDayNumber, toDayNumber, type DayNumber } from '../time/calendar.js';
import type { ResolvedPoint, ResolvedWhen } from '../time/types.js';

/** A date with as many parts as are known (ISO 8601 reduced precision). */
export interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/**
 * The calendar unit (a day, a whole month, a whole year) that covers exactly
 * the inclusive span, or undefined when no single unit does (a week, a
 * season, a decade, an interval of days).
 */
export function unitOfSpan(earliestDay: DayNumber, latestDay: DayNumber): DateParts | undefined {
  const first = fromDayNumber(earliestDay);
  if (earliestDay === latestDay) return first;
  const last = fromDayNumber(latestDay);
  if (first.year !== last.year || first.day !== 1) return undefined;
  if (first.month === last.month && last.day === daysInMonth(last.year, last.month)) return { year: first.year, month: first.month };
  if (first.month === 1 && last.month === 12 && last.day === 31) return { year: first.year };
  return undefined;
}

/** Reduced dates for a start and an optional end, as formats with a start and end date hold them. */
export interface ReducedDates {
  readonly start: DateParts;
  readonly end?: DateParts;
}

/**
 * A resolved date as a start and an optional end, each a reduced date (the
 * rule TimelineJS `start_date`/`end_date` and schema.org
 * `startDate`/`endDate` share): a single date is the unit that covers it
 * (`2023-06`), or else its first and last day; an interval has each end
 * reduced on its own, the start to its earliest day and the end to its
 * latest when no unit covers it. An open or unknown end, or an end that
 * says the same as the start, is left out.
 *
 * @example reducedDates(parseEdtf('2023-06/2023-07').value) // { start: { year: 2023, month: 6 }, end: { year: 2023, month: 7 } }
 */
export function reducedDates(when: Pick<ResolvedWhen, 'interval' | 'earliestDay' | 'latestDay' | 'start' | 'end'>): ReducedDates {
  if (!when.interval) {
    const unit = unitOfSpan(when.earliestDay, when.latestDay);
    return unit ? { start: unit } : { start: fromDayNumber(when.earliestDay), end: fromDayNumber(when.latestDay) };
  }
  const start = reducedPoint(when.start, when.start.earliestDay);
  if (when.end.open || when.end.unknown) return { start };
  const end = reducedPoint(when.end, when.end.latestDay);
  return start.year === end.year && start.month === end.month && start.day === end.day ? { start } : { start, end };
}

function reducedPoint(point: ResolvedPoint, outerDay: DayNumber): DateParts {
  return unitOfSpan(point.earliestDay, point.latestDay) ?? fromDayNumber(outerDay);
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for date parts. */
export function formatDateParts(parts: DateParts): string {
  const year = String(parts.year).padStart(4, '0');
  if (parts.month === undefined) return year;
  const month = `${year}-${String(parts.month).padStart(2, '0')}`;
  return parts.day === undefined ? month : `${month}-${String(parts.day).padStart(2, '0')}`;
}

/** The first and last calendar day that date parts cover. The parts must be valid. */
export function spanOfParts(parts: DateParts): readonly [DayNumber, DayNumber] {
  if (parts.month === undefined) return [toDayNumber(parts.year, 1, 1), toDayNumber(parts.year, 12, 31)];
  if (parts.day === undefined) return [toDayNumber(parts.year, parts.month, 1), toDayNumber(parts.year, parts.month, daysInMonth(parts.year, parts.month))];
  const day = toDayNumber(parts.year, parts.month, parts.day);
  return [day, day];
}

/**
 * The EDTF string for an inclusive span of days: one unit when a unit
 * covers it exactly (`2023-06`), else an interval of days.
 */
export function edtfOfSpan(earliestDay: DayNumber, latestDay: DayNumber): string {
  const unit = unitOfSpan(earliestDay, latestDay);
  return unit ? formatDateParts(unit) : `${formatDay(earliestDay)}/${formatDay(latestDay)}`;
}

/** The EDTF string for an interval between two reduced dates, or one date when they are the same. */
export function edtfOfParts(start: DateParts, end: DateParts | undefined): string {
  const from = formatDateParts(start);
  if (end === undefined) return from;
  const to = formatDateParts(end);
  return from === to ? from : `${from}/${to}`;
}
